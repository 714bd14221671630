"""Prometheus metrics, at ``GET /metrics``.

Under gunicorn every worker is a process of its own, so prometheus-client runs in multiprocess
mode: ``gunicorn.conf.py`` sets ``PROMETHEUS_MULTIPROC_DIR`` (a fresh directory) before this module
is imported, each process writes its values to files there, ``/metrics`` adds them up over all
workers (and the master, which loaded the model), and a worker that exits is marked dead
(``child_exit``). Without that variable (tests, ``flask run``) the process's own registry is served.
"""
from __future__ import annotations

import os

from flask import Response
from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Gauge, Histogram,
                               generate_latest, multiprocess)

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120)

REQUESTS = Counter("quotes_http_requests", "HTTP requests answered, by route, method and status.",
                   ["route", "method", "status"])
LATENCY = Histogram("quotes_http_request_duration_seconds", "Time to answer a request, by route.", ["route"],
                    buckets=LATENCY_BUCKETS)
QUOTES = Histogram("quotes_article_quotes", "Quotes found per extracted article.",
                   buckets=(0, 1, 2, 5, 10, 20, 50, 100, 200, 500))
CHARACTERS = Histogram("quotes_article_characters", "Characters per extracted article.",
                       buckets=(500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000))
STAGE_SECONDS = Histogram("quotes_pipeline_stage_seconds", "Time per pipeline stage and article.", ["stage"],
                          buckets=LATENCY_BUCKETS)
MODEL_LOAD_SECONDS = Gauge("quotes_model_load_seconds", "Seconds the Stanza model took to load.",
                           multiprocess_mode="max")
QUEUE_DEPTH = Gauge("quotes_queue_depth", "Extraction requests waiting for a worker's model.",
                    multiprocess_mode="livesum")
ACTIVE = Gauge("quotes_active_extractions", "Extraction requests being computed.", multiprocess_mode="livesum")
SHED = Counter("quotes_shed_requests", "Requests answered without (all of) their work, by reason: "
               "overloaded (queue full), deadline (REQUEST_DEADLINE passed), client_closed (caller left).",
               ["reason"])


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def metrics_response() -> Response:
    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST.split(";")[0],
                    headers={"Content-Type": CONTENT_TYPE_LATEST})


def mark_process_dead(pid: int) -> None:
    """For gunicorn's ``child_exit``: drop a dead worker's live gauges."""
    if multiprocess_dir():
        multiprocess.mark_process_dead(pid)
