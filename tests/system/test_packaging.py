"""Dockerfile, .dockerignore, CI script and README commands, checked by reading them (no Docker daemon)."""
from __future__ import annotations

import os
import re
import shlex

from conftest import REPO


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = (REPO / "Dockerfile").read_text()
    logical = re.sub(r"\\\n", " ", "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#")))
    pairs = []
    for line in logical.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            pairs.append((word.upper(), rest.strip()))
    return pairs


def test_dockerfile_builds_a_cpu_only_image_with_models_and_a_non_root_user():
    steps = dockerfile_instructions()
    assert steps[0] == ("FROM", "python:3.11-slim")
    runs = [args for word, args in steps if word == "RUN"]
    torch = next(i for i, r in enumerate(runs) if "torch==2.13.0" in r)
    assert "--index-url https://download.pytorch.org/whl/cpu" in runs[torch]
    requirements = next(i for i, r in enumerate(runs) if "-r requirements.txt" in r)
    assert torch < requirements
    download = next(i for i, r in enumerate(runs) if "stanza.download(" in r)
    assert download > requirements
    assert "model_dir='/opt/stanza_resources'" in runs[download]
    assert "processors='tokenize,mwt,pos,lemma,depparse,ner'" in runs[download]
    env = " ".join(args for word, args in steps if word == "ENV")
    assert "STANZA_RESOURCES_DIR=/opt/stanza_resources" in env and "BIND=0.0.0.0:8000" in env
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert [w for w, _ in steps].index("USER") > download
    assert any("useradd" in r and users[-1] in r for r in runs)


def test_dockerfile_healthcheck_and_command():
    steps = dict(dockerfile_instructions())
    health = steps["HEALTHCHECK"]
    start = re.search(r"--start-period=(\d+)s", health)
    assert start and int(start.group(1)) >= 120
    assert "http://127.0.0.1:8000/health" in health
    assert shlex.split(steps["CMD"].strip("[]").replace(",", " ")) == ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
    assert steps["EXPOSE"] == "8000"
    copied = " ".join(args for word, args in dockerfile_instructions() if word == "COPY")
    for needed in ("app.py", "gunicorn.conf.py", "quotes", "models", "requirements.txt"):
        assert needed in copied


def test_dockerignore_keeps_the_context_small():
    ignored = set((REPO / ".dockerignore").read_text().split())
    assert {".venv", ".git", ".pytest_cache", "tests"} <= ignored


def test_ci_runs_the_readme_test_command():
    ci = REPO / ".ci" / "run"
    assert os.access(ci, os.X_OK)
    readme = (REPO / "README.md").read_text()
    commands = [l for l in ci.read_text().splitlines() if l.strip() and not l.startswith(("#", "set ", "cd "))]
    # System packages first (apt-get for PostgreSQL and Chromium), then exactly the README's command.
    assert commands[-1] == "make test"
    assert not any("pytest" in line or "pip " in line for line in commands)
    assert "make test" in readme and "make run" in readme


def test_requirements_pin_torch_first():
    lines = [l for l in (REPO / "requirements.txt").read_text().splitlines() if l and not l.startswith("#")]
    assert lines[0] == "torch==2.13.0"
    assert all("==" in line for line in lines)
