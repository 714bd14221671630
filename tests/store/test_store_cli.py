"""``python -m quotes ingest | speakers | statements`` as subprocesses on both backends, with the real model."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def run(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url,
           "STANZA_RESOURCES_DIR": str(Path(os.environ["STANZA_RESOURCES_DIR"]).resolve())}
    return subprocess.run([sys.executable, "-m", "quotes", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=500, env=env)


def test_ingest_then_speakers_and_statements(database_url, tmp_path):
    lines = []
    for raw in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:2]:
        d = json.loads(raw)
        lines.append(json.dumps({k: d[k] for k in ("id", "text", "outlet", "published")}))
    lines.append('{"text": ""}')  # rejected: empty text
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run(database_url, "ingest", "--jsonl", str(jsonl))
    assert done.returncode == 1, done.stderr  # one article rejected
    assert "articles: 2 stored (0 replaced), 1 rejected" in done.stdout
    assert "new speakers:" in done.stdout and "statements:" in done.stdout
    assert "ingest" in done.stderr and "empty_text" in done.stderr  # the progress bar and the rejected line
    text_file = tmp_path / "article.txt"
    text_file.write_text(json.loads(lines[0])["text"], encoding="utf-8")
    again = run(database_url, "ingest", str(text_file), "--published", "2025-10-30")
    assert again.returncode == 0 and "1 stored (1 replaced)" in again.stdout, again.stdout + again.stderr

    speakers = json.loads(run(database_url, "speakers", "--q", "Asif", "--json").stdout)["speakers"]
    assert [s["name"] for s in speakers] == ["Khawaja Asif"] and speakers[0]["article_count"] == 2
    assert "Khawaja Asif" in run(database_url, "speakers", "--type", "person").stdout
    statements = json.loads(run(database_url, "statements", "--min-quotes", "2", "--json").stdout)["statements"]
    assert any(st["article_count"] == 2 for st in statements)  # the sources' word that talks would resume


def test_bad_arguments(database_url, tmp_path):
    assert run(database_url, "ingest").returncode == 2
    assert run(database_url, "ingest", str(tmp_path / "missing.txt")).returncode == 2
    bad = run("mysql://x/y", "speakers")
    assert bad.returncode == 3 and "DATABASE_URL" in bad.stderr
