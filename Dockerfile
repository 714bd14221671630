# The quote-extraction service: CPU-only torch, the official Stanza English models baked in,
# gunicorn with gunicorn.conf.py (model preloaded once, workers forked), running as a non-root user.
#   docker build -t quotes .
#   docker run --rm -p 8000:8000 quotes
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STANZA_RESOURCES_DIR=/opt/stanza_resources \
    BIND=0.0.0.0:8000

WORKDIR /app

# CPU-only torch first: an unpinned or PyPI torch would pull a multi-GB CUDA build.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY requirements.txt .
RUN pip install -r requirements.txt

# The official English models, downloaded at build time (the service never downloads at run time).
RUN python -c "import stanza; stanza.download('en', model_dir='/opt/stanza_resources', processors='tokenize,mwt,pos,lemma,depparse,ner')"

RUN useradd --create-home --uid 10001 quotes
COPY --chown=quotes:quotes app.py gunicorn.conf.py ./
COPY --chown=quotes:quotes quotes ./quotes
COPY --chown=quotes:quotes models ./models
USER quotes

EXPOSE 8000
# Liveness only; the port opens once the model is loaded (preload), hence the long start period.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)" || exit 1

CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
