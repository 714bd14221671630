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
    word, base = steps[0]
    assert word == "FROM" and re.fullmatch(r"python:3\.11-slim@sha256:[0-9a-f]{64}", base)  # pinned by digest
    runs = [args for word, args in steps if word == "RUN"]
    install = next(i for i, r in enumerate(runs) if "-r requirements.lock" in r)
    assert "--require-hashes" in runs[install] and "--no-deps" in runs[install]
    assert "https://download.pytorch.org/whl/cpu" in runs[install]  # the CPU torch of the lock
    assert not any("-r requirements.txt" in r or "pip install torch" in r for r in runs)
    download = next(i for i, r in enumerate(runs) if "stanza.download(" in r)
    assert download > install
    assert "model_dir='/opt/stanza_resources'" in runs[download]
    assert "processors='tokenize,mwt,pos,lemma,depparse,ner'" in runs[download]
    env = " ".join(args for word, args in steps if word == "ENV")
    assert "STANZA_RESOURCES_DIR=/opt/stanza_resources" in env and "BIND=0.0.0.0:8000" in env
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert [w for w, _ in steps].index("USER") > download
    assert any("useradd" in r and users[-1] in r for r in runs)


def test_the_application_code_is_read_only_for_the_runtime_user():
    steps = dockerfile_instructions()
    user_at = [w for w, _ in steps].index("USER")
    copies = [args for word, args in steps[:user_at] if word == "COPY"]
    code = [c for c in copies if any(name in c.split() for name in ("quotes", "models", "app.py"))]
    assert code and all("--chown=root:root" in c for c in code)
    assert any("chmod -R a-w" in args and "/app" in args for word, args in steps[:user_at] if word == "RUN")


def test_the_lock_file_pins_every_dependency_with_hashes():
    lock = (REPO / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", lock.split("\n", 6)[-1])
    entries = []
    for block in blocks:
        head = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if head:
            entries.append((head.group(1), head.group(2), re.findall(r"--hash=sha256:[0-9a-f]{64}", block)))
    assert len(entries) >= 20
    assert all(hashes for _, _, hashes in entries), [n for n, _, h in entries if not h]
    locked = {name.lower().replace("_", "-"): version for name, version, _ in entries}
    assert locked["torch"] == "2.13.0+cpu"
    for line in (REPO / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            assert locked[name.lower()].split("+")[0] == version, name  # the lock is requirements.txt, resolved


def test_data_packages_are_pinned_with_hashes_and_installed_without_their_dependencies():
    """requirements-data.txt: packages whose data files are read, never their code (nomquamgender's
    code would bring pandas and the GPL Unidecode). The image and make venv install them with
    --no-deps; they stay out of requirements.txt and its lock."""
    text = (REPO / "requirements-data.txt").read_text()
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", text, re.M)
    assert ("nomquamgender", "0.1.4") in pins
    assert len(re.findall(r"--hash=sha256:[0-9a-f]{64}", text)) >= len(pins) > 0
    runs = [args for word, args in dockerfile_instructions() if word == "RUN"]
    assert any("-r requirements-data.txt" in r and "--no-deps" in r and "--require-hashes" in r for r in runs)
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"pip install .*--no-deps -r requirements-data.txt", makefile)
    lock = (REPO / "requirements.lock").read_text().lower()
    required = (REPO / "requirements.txt").read_text().lower()
    for name, _ in pins:
        assert f"\n{name.lower()}==" not in lock and f"\n{name.lower()}==" not in required
    assert "\nunidecode==" not in lock and "\npandas==" not in lock


def test_dockerfile_healthcheck_and_command():
    steps = dict(dockerfile_instructions())
    health = steps["HEALTHCHECK"]
    start = re.search(r"--start-period=(\d+)s", health)
    assert start and int(start.group(1)) >= 120
    assert "http://127.0.0.1:8000/ready" in health  # readiness: healthy once the model is loaded
    assert shlex.split(steps["CMD"].strip("[]").replace(",", " ")) == ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
    assert steps["EXPOSE"] == "8000"
    copied = " ".join(args for word, args in dockerfile_instructions() if word == "COPY")
    for needed in ("app.py", "gunicorn.conf.py", "quotes", "models", "requirements.lock", "requirements-data.txt"):
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


def test_compose_puts_a_buffering_nginx_in_front_of_gthread_workers():
    compose = (REPO / "compose.yaml").read_text()
    assert "image: nginx:" in compose and "./deploy/nginx.conf:/etc/nginx/nginx.conf:ro" in compose
    assert '"127.0.0.1:8080:8080"' in compose  # the proxy only, on loopback; the service is not published
    assert "condition: service_healthy" in compose and "read_only: true" in compose
    nginx = (REPO / "deploy" / "nginx.conf").read_text()
    for directive in ("proxy_request_buffering on;", "proxy_buffering on;", "client_max_body_size 1m;",
                      "client_body_timeout 10s;", "server_tokens off;", "proxy_next_upstream off;",
                      "proxy_set_header X-Request-ID $rid;"):
        assert directive in nginx, directive
    timeout = int(re.search(r"proxy_read_timeout (\d+)s;", nginx).group(1))
    assert timeout > 120  # past WEB_TIMEOUT: the service's own deadline answers first
    conf = (REPO / "gunicorn.conf.py").read_text()
    assert 'worker_class = "gthread"' in conf
