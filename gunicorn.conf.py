"""gunicorn settings: ``gunicorn -c gunicorn.conf.py app:app`` (all values from the environment).

The model is loaded once, in the master (``preload_app``), and the forked workers share its
memory copy-on-write. A torch model loaded with several intra-op threads makes forked workers
hang (stanza #570, pytorch #49555, gunicorn #2478), so torch is limited to one thread here, at
import time of this file, *before* gunicorn preloads the app; ``post_fork`` then gives each
worker TORCH_THREADS threads. Workers are sync (gthread when WEB_THREADS > 1; the annotator
holds a lock around the pipeline).
"""
import gc
import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import torch  # noqa: E402  (after the thread variables)

torch.set_num_threads(1)

from quotes.service.config import server_config  # noqa: E402
from quotes.service.startup import fail_plainly  # noqa: E402

with fail_plainly():
    _settings = server_config()

bind = _settings["bind"]
workers = _settings["workers"]
threads = _settings["threads"]
worker_class = "sync"
timeout = _settings["timeout"]
graceful_timeout = _settings["graceful_timeout"]
max_requests = _settings["max_requests"]
max_requests_jitter = _settings["max_requests_jitter"]
loglevel = _settings["loglevel"]
preload_app = True
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s pid=%(p)s'
control_socket_disable = True  # no gunicornc; several instances (tests, dev) must not share one socket
TORCH_THREADS = _settings["torch_threads"]


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
