"""The command line (``python -m quotes extract``) as a subprocess, with the real model kit."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO, SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def run_cli(*args, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {**os.environ, "STANZA_RESOURCES_DIR": str(os.path.abspath(os.environ["STANZA_RESOURCES_DIR"])),
               **(env or {})}
    return subprocess.run([sys.executable, "-m", "quotes", "extract", *args], cwd=REPO, input=stdin,
                          capture_output=True, timeout=240, env=environ)


def without_run_facts(result: dict) -> dict:
    """The result minus what differs between two runs (timing, request id)."""
    return {**result, "meta": {k: v for k, v in result["meta"].items() if k not in ("processing_ms", "request_id")}}


def test_extract_file_prints_the_same_json_as_the_api(client, seed_texts):
    name, text = next(iter(seed_texts.items()))
    done = run_cli(str(SEEDS / name), "--outlet", "Dawn", "--published", "2025-10-25", "--id", "seed-0")
    assert done.returncode == 0, done.stderr.decode()
    cli = json.loads(done.stdout)
    api = client.post("/v1/extract", json={"text": text, "outlet": "Dawn", "published": "2025-10-25",
                                           "id": "seed-0"}).get_json()
    assert without_run_facts(cli) == without_run_facts(api)
    assert cli["quotes"], "the seed article has quotes"
    assert len(cli["meta"]["request_id"]) == 32


def test_jsonl_processes_every_line_and_reports_bad_ones():
    lines = [json.dumps({"text": '"We will talk," the minister said.', "id": "one"}).encode(),
             b"",
             b"{not json",
             json.dumps({"text": "a b", "published": "someday"}).encode(),
             "caf\u00e9".encode("latin-1"),
             json.dumps({"text": "Officials said that the border would reopen.", "id": "six"}).encode()]
    done = run_cli("--jsonl", "-", stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 1, done.stderr.decode()
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == 5  # the blank line is skipped
    assert out[0]["article"]["id"] == "one" and out[0]["quotes"]
    assert (out[1]["line"], out[1]["status"], out[1]["code"]) == (3, 400, "malformed_json")
    assert (out[2]["line"], out[2]["code"]) == (4, "validation_error") and "published" in out[2]["details"]
    assert (out[3]["line"], out[3]["code"]) == (5, "invalid_encoding")
    assert out[4]["article"]["id"] == "six"


def test_stdin_text_and_empty_text():
    done = run_cli("-", "--indent", "0", stdin=b"He said that it would rain.\r\nShe agreed.")
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["quotes"]
    empty = run_cli("-", stdin=b"  \n ")
    assert empty.returncode == 1
    assert json.loads(empty.stdout)["code"] == "empty_text"


def test_missing_models_exit_plainly_naming_the_directory(tmp_path):
    done = run_cli("-", stdin=b"text", env={"STANZA_RESOURCES_DIR": str(tmp_path), "STANZA_DOWNLOAD": "0"})
    assert done.returncode == 3
    err = done.stderr.decode()
    assert str(tmp_path) in err and "STANZA_RESOURCES_DIR" in err and "Traceback" not in err
    assert done.stdout == b""


def test_unreadable_file_is_a_usage_error(tmp_path):
    done = run_cli(str(tmp_path / "missing.txt"))
    assert done.returncode == 2 and "missing.txt" in done.stderr.decode()


def test_unreadable_speaker_registry_exits_plainly(tmp_path):
    done = run_cli("-", stdin=b"text", env={"SPEAKER_REGISTRY": str(tmp_path / "registry.json")})
    assert done.returncode == 3
    err = done.stderr.decode()
    assert "registry.json" in err and "Traceback" not in err
