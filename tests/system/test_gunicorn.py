"""Real gunicorn with gunicorn.conf.py: preloaded model, two forked workers both answering."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from quotes.testing.gunicorn import Gunicorn, http

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
ARTICLE = '"We want peace," Khawaja Asif told reporters in Islamabad. He said that talks would resume.'


def parent_pid(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def test_two_preforked_workers_answer_extractions(tmp_path):
    server = Gunicorn(tmp_path / "gunicorn.log", WEB_WORKERS="2", WEB_THREADS="1", LOG_LEVEL="info")
    try:
        server.wait_ready(180)
        body = json.dumps({"text": ARTICLE, "outlet": "Dawn"}).encode()
        pids = set()
        with ThreadPoolExecutor(4) as pool:
            for _ in range(10):  # bounded: concurrent requests spread over the sync workers
                for status, headers, raw in pool.map(lambda _: http(f"{server.base}/v1/extract", body), range(4)):
                    assert status == 200, raw
                    result = json.loads(raw)
                    assert result["quotes"] and result["meta"]["request_id"] == headers["X-Request-ID"]
                    pids.add(int(headers["X-Worker-PID"]))
                if len(pids) >= 2:
                    break
        assert len(pids) == 2, pids
        assert all(pid != server.proc.pid and parent_pid(pid) == server.proc.pid for pid in pids)
        status, headers, raw = http(f"{server.base}/nowhere")
        assert status == 404 and headers["Content-Type"] == "application/problem+json"
        status, headers, raw = http(f"{server.base}/")  # the review page, its files found under gunicorn
        assert status == 200 and headers["Content-Type"].startswith("text/html") and b"ui/review.js" in raw
        assert http(f"{server.base}/ui/review.js")[0] == 200
    finally:
        returncode = server.stop()
    text = server.output()
    assert returncode == 0, text
    assert text.count("torch threads 1") == 2  # post_fork ran in each worker
    assert text.count("loaded Stanza models") == 1  # once, in the master (preload)
    assert text.count(f"Review page: {server.base}/") == 1  # what `make run` prints for the user to open


def test_missing_models_stop_gunicorn_with_a_plain_message(tmp_path):
    missing = tmp_path / "none"
    server = Gunicorn(tmp_path / "gunicorn.log", STANZA_RESOURCES_DIR=str(missing), STANZA_DOWNLOAD="0")
    try:
        server.proc.wait(timeout=120)
    finally:
        server.stop()
    text = server.output()
    assert server.proc.returncode == 3, text
    assert f"no Stanza English models in {missing}" in text and "STANZA_RESOURCES_DIR" in text
    assert "Traceback" not in text
