# Naive: one stage, the full Python image, the whole context copied, running as root.
FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
EXPOSE 3000
CMD ["python", "-m", "app.main"]
