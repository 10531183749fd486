# Shaped like `docker init`'s Python template (slim base, appuser 10001, pip cache and bind
# mounts, then the whole context).
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1
WORKDIR /app
ARG UID=10001
# docker init writes `adduser --disabled-password ... --uid "${UID}" appuser`; the lab's
# stand-in images lack adduser, so its useradd equivalent:
RUN useradd --no-create-home --home-dir /nonexistent --shell /sbin/nologin --uid "${UID}" appuser
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
USER appuser
COPY . .
EXPOSE 3000
CMD ["python", "-m", "app.main"]
