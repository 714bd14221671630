"""Overload shedding, the in-app deadline and abandoned requests.

* :class:`Admission` bounds the extraction requests of one worker: ``MAX_ACTIVE`` computed at once
  (the annotator serialises them anyway) and ``MAX_QUEUE`` more waiting; beyond that a request is
  answered at once with 503 ``overloaded`` and ``Retry-After`` — shedding, not queueing without bound.
* :class:`RequestClock` is the request's deadline (``REQUEST_DEADLINE``, less than gunicorn's
  timeout): checked before each pipeline stage of each article (through
  :func:`quotes.extraction.pipeline.stage_hook`), it stops the work with a problem+json 503
  ``deadline_exceeded`` carrying the request id, instead of gunicorn's HTML 500 after a kill. It
  also records per-stage times and stops the work of a caller that has hung up (``client_closed``).
"""
from __future__ import annotations

import logging
import select
import socket
import threading
import time
from contextlib import contextmanager

from flask import request

from ..records.problems import Problem
from . import metrics

log = logging.getLogger(__name__)


def overloaded(retry_after: int) -> Problem:
    return Problem(503, "overloaded", "The service is at capacity; retry after the time in Retry-After.",
                   headers={"Retry-After": str(retry_after)})


def deadline_exceeded(seconds: float, where: str | None, retry_after: int) -> Problem:
    place = f" (before the {where} stage)" if where else ""
    return Problem(503, "deadline_exceeded",
                   f"The request ran past its deadline of {seconds:g} s (REQUEST_DEADLINE) and was stopped{place}. "
                   "Send a shorter text or fewer articles.", headers={"Retry-After": str(retry_after)})


def client_closed() -> Problem:
    return Problem(499, "client_closed", "The client closed the connection; the work was stopped.",
                   title="Client Closed Request")


class Admission:
    """At most ``active`` computing and ``queue`` waiting; the rest are refused at once."""

    def __init__(self, active: int, queue: int):
        self.active, self.queue = active, queue
        self._slots = threading.Semaphore(active)
        self._lock = threading.Lock()
        self.running = 0
        self.waiting = 0

    @contextmanager
    def admit(self, clock: RequestClock, retry_after: int):
        with self._lock:
            if self.running + self.waiting >= self.active + self.queue:
                metrics.SHED.labels("overloaded").inc()
                raise overloaded(retry_after)
            self.waiting += 1
            metrics.QUEUE_DEPTH.inc()
        try:
            acquired = self._slots.acquire(timeout=max(clock.remaining(), 0))
        finally:
            with self._lock:
                self.waiting -= 1
            metrics.QUEUE_DEPTH.dec()
        if not acquired:
            metrics.SHED.labels("deadline").inc()
            raise deadline_exceeded(clock.seconds, "queue", retry_after)
        with self._lock:
            self.running += 1
        metrics.ACTIVE.inc()
        try:
            clock.check(None)  # waited in the queue: is the caller still there?
            yield
        finally:
            with self._lock:
                self.running -= 1
            metrics.ACTIVE.dec()
            self._slots.release()


def peer_closed(sock) -> bool:
    """Whether the client of ``sock`` has closed its side (readable, and reading would give EOF)."""
    if sock is None:
        return False
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        if not readable:
            return False
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except (OSError, ValueError):
        return True


class RequestClock:
    """The request's deadline and the hook run between pipeline stages."""

    def __init__(self, seconds: float, retry_after: int, sock=None):
        self.seconds = seconds
        self.retry_after = retry_after
        self.started = time.monotonic()
        self.sock = sock
        self._stage: str | None = None
        self._stage_started = self.started

    @classmethod
    def for_request(cls, config) -> RequestClock:
        return cls(config["REQUEST_DEADLINE"], config["RETRY_AFTER"], request.environ.get("gunicorn.socket"))

    def remaining(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def check(self, where: str | None) -> None:
        if self.remaining() <= 0:
            metrics.SHED.labels("deadline").inc()
            log.warning("deadline of %s s passed before %s; stopping", self.seconds, where or "the work")
            raise deadline_exceeded(self.seconds, where, self.retry_after)
        if peer_closed(self.sock):
            metrics.SHED.labels("client_closed").inc()
            log.info("client closed the connection before %s; stopping", where or "the work")
            raise client_closed()

    def __call__(self, stage: str | None) -> None:
        """The pipeline's stage hook: time the stage that ended, then check before the next."""
        now = time.monotonic()
        if self._stage is not None:
            metrics.STAGE_SECONDS.labels(self._stage).observe(now - self._stage_started)
        self._stage, self._stage_started = stage, now
        if stage is not None:
            self.check(stage)
