"""gunicorn settings: ``gunicorn -c gunicorn.conf.py app:app`` (all values from the environment).

The model is loaded once, in the master (``preload_app``), and the forked workers share its
memory copy-on-write. A torch model loaded with several intra-op threads makes forked workers
hang (stanza #570, pytorch #49555, gunicorn #2478), so torch is limited to one thread here, at
import time of this file, *before* gunicorn preloads the app; ``post_fork`` then gives each
worker TORCH_THREADS threads.

Workers are gthread (WEB_THREADS threads each): a slow client holds a thread, not the worker and
its model, and the other threads still answer /health, /ready and /metrics and shed overload. With
``MODEL_LOADING=background`` the app is not preloaded: each worker loads the model itself after the
fork, in a thread (a thread started in the master would not survive the fork).

Logs are one JSON object per line (``LOG_FORMAT=json``), gunicorn's own included; gunicorn's
access log is replaced by the service's "request finished" line. Metrics: prometheus-client in
multiprocess mode, in ``PROMETHEUS_MULTIPROC_DIR`` (a fresh temporary directory unless set).
"""
import gc
import os
import shutil
import tempfile

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# Before prometheus_client is first imported (by the app), so every process writes its files there.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="quotes-metrics-")
_METRICS_DIR = os.environ["PROMETHEUS_MULTIPROC_DIR"]
os.makedirs(_METRICS_DIR, exist_ok=True)
for _name in os.listdir(_METRICS_DIR):  # values of an earlier run are not this run's
    _path = os.path.join(_METRICS_DIR, _name)
    if _name.endswith(".db"):
        os.remove(_path)

import torch  # noqa: E402  (after the thread variables)

torch.set_num_threads(1)

from quotes.service.config import app_config, server_config  # noqa: E402
from quotes.service.startup import fail_plainly  # noqa: E402

with fail_plainly():
    _settings = server_config()
    _app_settings = app_config()

from quotes.web import gunicorn_hooks  # noqa: E402
from quotes.web.requestid import logging_dict  # noqa: E402

bind = _settings["bind"]
workers = _settings["workers"]
threads = _settings["threads"]
worker_class = "gthread"
timeout = _settings["timeout"]
graceful_timeout = _settings["graceful_timeout"]
keepalive = 5
max_requests = _settings["max_requests"]
max_requests_jitter = _settings["max_requests_jitter"]
loglevel = _settings["loglevel"]
# background loading: each worker loads after the fork (see the docstring)
preload_app = _settings["model_loading"] != "background"
errorlog = "-"
accesslog = None
logconfig_dict = logging_dict(_app_settings["LOG_LEVEL"], _app_settings["LOG_FORMAT"])
control_socket_disable = True  # no gunicornc; several instances (tests, dev) must not share one socket
TORCH_THREADS = _settings["torch_threads"]

# gunicorn's own 400/414/431 answers as problem+json, like every other error of the service
gunicorn_hooks.install_problem_error_pages()


def review_page_url(listener) -> str | None:
    """The review page's URL on a listening socket (``http://0.0.0.0:…`` is opened as 127.0.0.1)."""
    url = str(listener)
    if not url.startswith(("http://", "https://")):
        return None  # a unix socket: only a proxy in front of it has a URL
    return url.replace("//0.0.0.0:", "//127.0.0.1:").replace("//[::]:", "//[::1]:") + "/"


def when_ready(server):
    """After the preload, before the first fork: move every object to the permanent GC generation,
    so the workers' garbage collector does not write to (and so copy) the pages holding them.
    Then say where the review page is (``make run`` users open that URL)."""
    gc.freeze()
    for listener in server.LISTENERS:
        url = review_page_url(listener)
        if url:
            server.log.info("Review page: %s", url)


def post_fork(server, worker):
    """Give each worker its own torch thread count (the master kept one)."""
    torch.set_num_threads(TORCH_THREADS)
    server.log.info("worker %s: torch threads %d", worker.pid, TORCH_THREADS)


def child_exit(server, worker):
    """A worker ended: its live gauges (queue depth, active extractions) no longer count."""
    gunicorn_hooks.worker_exited(worker.pid)


def on_exit(server):
    if _METRICS_DIR.startswith(tempfile.gettempdir()) and os.path.basename(_METRICS_DIR).startswith("quotes-metrics-"):
        shutil.rmtree(_METRICS_DIR, ignore_errors=True)
