# Deliberately not cache-friendly: the dependency step (the virtualenv) comes after the whole source
# is copied, so every source change makes it again, with new files. docker-check.sh must fail on it.
FROM python:3.12-slim AS builder
WORKDIR /build
COPY . .
RUN python -m venv --without-pip /opt/venv

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY app/ ./app/
USER 10001:10001
EXPOSE 3000
CMD ["/opt/venv/bin/python", "-m", "app.main"]
