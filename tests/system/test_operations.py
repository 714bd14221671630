"""Operations against a real gunicorn (gunicorn.conf.py): slow clients, the deadline, overload
shedding, background model loading, metrics, JSON logs and gunicorn's own errors (issue #15)."""
from __future__ import annotations

import json
import re
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from quotes.testing.gunicorn import Gunicorn, http

pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]

PARAGRAPH = ("The finance minister said on Monday that the government would cut fuel taxes next month. "
             '"We will not let families pay for this crisis," he told reporters in the capital. '
             "Opposition leaders said the plan came too late and accused the cabinet of ignoring warnings. ")
ARTICLE = PARAGRAPH * 2
SECRET = "Zanzibarian-marker-sentence"  # article text that must never reach the log at INFO


def post(base: str, body: dict, path: str = "/v1/extract", timeout: float = 120, headers: dict | None = None):
    return http(f"{base}{path}", json.dumps(body).encode(), timeout=timeout)


def stalled_body(port: int) -> socket.socket:
    """A client that announces a body and never sends it."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 5000\r\n\r\n{\"text\": \"")
    return sock


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("ops") / "gunicorn.log"
    gunicorn = Gunicorn(log, WEB_WORKERS="2", WEB_THREADS="4", WEB_TIMEOUT="60", REQUEST_DEADLINE="2",
                        BODY_TIMEOUT="3", LOG_LEVEL="INFO")
    try:
        gunicorn.wait_ready(240)
        yield gunicorn
    finally:
        gunicorn.stop()


# ---------------------------------------------------------------- defect 2: slow clients

def test_health_stays_fast_while_clients_stall_their_bodies(server):
    # three stalled clients (the report had two): fewer than a worker's threads, however gunicorn
    # spreads them over the workers
    stalled = [stalled_body(server.port) for _ in range(3)]
    try:
        time.sleep(0.5)
        for _ in range(5):
            started = time.monotonic()
            status, _, _ = http(f"{server.base}/health", timeout=10)
            assert status == 200
            assert time.monotonic() - started < 1.0
        # and a real extraction still goes through meanwhile
        status, _, raw = post(server.base, {"text": ARTICLE})
        assert status == 200, raw
        # the stalled clients get a 408 problem after BODY_TIMEOUT, freeing their threads
        stalled[0].settimeout(15)
        answer = ""
        while "}" not in answer:  # headers and body may come in two packets
            chunk = stalled[0].recv(4096).decode("latin-1")
            if not chunk:
                break
            answer += chunk
        assert answer.startswith("HTTP/1.1 408"), answer
        assert "application/problem+json" in answer and "body_timeout" in answer
    finally:
        for sock in stalled:
            sock.close()


# ---------------------------------------------------------------- defect 4: the deadline

def test_an_over_time_request_gets_a_problem_503_with_its_request_id_before_the_timeout(server):
    articles = [{"text": ARTICLE * 8, "id": str(i)} for i in range(16)]  # far more than 2 s of work
    started = time.monotonic()
    status, headers, raw = http(f"{server.base}/v1/extract/batch", json.dumps({"articles": articles}).encode(),
                                timeout=60)
    seconds = time.monotonic() - started
    assert status == 503, raw[:300]
    assert headers["Content-Type"] == "application/problem+json"
    body = json.loads(raw)
    assert body["code"] == "deadline_exceeded" and body["request_id"] == headers["X-Request-ID"]
    assert "Retry-After" in headers
    assert seconds < 60  # before gunicorn's WEB_TIMEOUT
    lines = [json.loads(line) for line in server.output().splitlines() if body["request_id"] in line]
    assert any(line["message"] == "request started" for line in lines)


# ---------------------------------------------------------------- metrics and logs

def test_metrics_count_real_requests_over_both_workers(server):
    before = scrape(server)
    sent = 6
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda i: post(server.base, {"text": ARTICLE, "id": str(i)}), range(sent)))
    assert [a[0] for a in answers] == [200] * sent
    after = scrape(server)
    key = 'quotes_http_requests_total{method="POST",route="/v1/extract",status="200"}'
    assert after.get(key, 0) - before.get(key, 0) == sent
    assert after['quotes_http_request_duration_seconds_count{route="/v1/extract"}'] >= sent
    assert after["quotes_article_quotes_count"] - before.get("quotes_article_quotes_count", 0) == sent
    assert after["quotes_article_characters_sum"] - before.get("quotes_article_characters_sum", 0) == sent * len(ARTICLE)
    assert after['quotes_pipeline_stage_seconds_count{stage="annotate"}'] >= sent
    assert after['quotes_pipeline_stage_seconds_count{stage="detect"}'] >= sent
    assert after["quotes_model_load_seconds"] > 0
    assert "quotes_queue_depth" in after and "quotes_active_extractions" in after
    assert after.get('quotes_shed_requests_total{reason="deadline"}', 0) >= 0


def scrape(server) -> dict[str, float]:
    status, headers, raw = http(f"{server.base}/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    values = {}
    for line in raw.decode().splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            values[re.sub(r',?pid="\d+"', "", name).replace("{}", "")] = float(value)
    return values


def test_logs_are_json_lines_with_request_ids_and_no_article_text(server):
    status, headers, _ = post(server.base, {"text": f"{SECRET} said the talks would resume, officials said."})
    assert status == 200
    time.sleep(0.5)
    output = server.output()
    assert SECRET not in output
    records = []
    for line in output.splitlines():
        if line.startswith("{"):
            records.append(json.loads(line))
    mine = [r for r in records if r.get("request_id") == headers["X-Request-ID"]]
    assert [r["message"] for r in mine] == ["request started", "request finished"]
    assert mine[1]["status"] == 200 and mine[1]["route"] == "/v1/extract"
    assert any(r["logger"].startswith("gunicorn") for r in records)  # gunicorn's own lines too
    assert all({"time", "level", "logger", "pid", "request_id", "message"} <= set(r) for r in records)


# ---------------------------------------------------------------- defect 7: gunicorn's own errors

def test_gunicorns_own_errors_are_problem_json(server):
    status, headers, raw = http(f"{server.base}/v1/extract?{'a' * 9000}")
    assert status == 414 and headers["Content-Type"] == "application/problem+json"
    assert json.loads(raw)["code"] == "uri_too_long"
    status, headers, raw = http(f"{server.base}/health", headers={f"X-H{i}": "v" for i in range(120)})
    assert status == 431 and json.loads(raw)["code"] == "headers_too_large"
    status, headers, _ = http(f"{server.base}/health")
    assert not re.search(r"\d", headers.get("Server", ""))  # no version in Server


# ---------------------------------------------------------------- overload

def test_overload_is_shed_with_retry_after_not_queued(tmp_path):
    gunicorn = Gunicorn(tmp_path / "gunicorn.log", WEB_WORKERS="1", WEB_THREADS="6", MAX_QUEUE="1",
                        RETRY_AFTER="3", LOG_LEVEL="WARNING")
    try:
        gunicorn.wait_ready(240)
        with ThreadPoolExecutor(5) as pool:
            answers = list(pool.map(lambda i: post(gunicorn.base, {"text": ARTICLE * 2, "id": str(i)}), range(5)))
        statuses = sorted(a[0] for a in answers)
        assert statuses.count(200) >= 2 and statuses.count(503) >= 1, statuses
        for status, headers, raw in answers:
            if status == 503:
                assert json.loads(raw)["code"] == "overloaded" and headers["Retry-After"] == "3"
        values = scrape(gunicorn)
        assert values['quotes_shed_requests_total{reason="overloaded"}'] == statuses.count(503)
    finally:
        gunicorn.stop()


# ---------------------------------------------------------------- defect 3: background loading

def test_background_loading_becomes_ready_in_every_worker(tmp_path):
    gunicorn = Gunicorn(tmp_path / "gunicorn.log", WEB_WORKERS="2", MODEL_LOADING="background", LOG_LEVEL="INFO")
    try:
        started = time.monotonic()
        health = None
        while time.monotonic() - started < 60 and health is None:
            try:
                health = http(f"{gunicorn.base}/health", timeout=5)
            except OSError:
                time.sleep(0.2)
        assert health and health[0] == 200  # the port answers before the model is loaded
        gunicorn.wait_ready(300)
        ready_pids = set()
        deadline = time.monotonic() + 240
        while len(ready_pids) < 2 and time.monotonic() < deadline:
            status, headers, _ = http(f"{gunicorn.base}/ready", timeout=10)
            if status == 200:
                ready_pids.add(headers["X-Worker-PID"])
            else:
                time.sleep(0.5)
        assert len(ready_pids) == 2, gunicorn.output()[-2000:]
        status, _, raw = post(gunicorn.base, {"text": ARTICLE})
        assert status == 200, raw
    finally:
        gunicorn.stop()
