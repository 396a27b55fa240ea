# findvideo: a slim image that runs `python -m bot`. Settings come from the environment
# (docker run --env-file .env ...); state lives in /data (mount a volume to keep it).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATA_DIR=/data \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080

RUN useradd --create-home --uid 10001 findvideo \
    && mkdir -p /data \
    && chown findvideo /data
WORKDIR /app

# Dependencies first, so a source change does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir bot cogs \
    && touch bot/__init__.py cogs/__init__.py \
    && pip install --no-cache-dir . \
    && pip uninstall --yes findvideo

COPY bot ./bot
COPY cogs ./cogs

USER 10001
VOLUME ["/data"]
# /healthz and /metrics (HTTP_PORT); the health check asks /healthz from inside the container.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "healthcheck"]
CMD ["python", "-m", "bot"]
