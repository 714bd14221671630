"""A real gunicorn (``gunicorn -c gunicorn.conf.py app:app``) in a subprocess, for tests and benchmarks."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http(url: str, data: bytes | None = None, timeout: float = 60, content_type: str = "application/json",
         headers: dict | None = None):
    """(status, headers, body) of a GET, or of a POST when ``data`` is given; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


class Gunicorn:
    """Start gunicorn on a free loopback port with extra environment; ``stop()`` ends it with SIGTERM."""

    def __init__(self, log: Path, **env):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = Path(log)
        environ = {**os.environ, "BIND": f"127.0.0.1:{self.port}", **env}
        environ["STANZA_RESOURCES_DIR"] = os.path.abspath(environ["STANZA_RESOURCES_DIR"])
        self.started = time.monotonic()
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "app:app"],
                                         cwd=REPO, env=environ, stdout=out, stderr=subprocess.STDOUT)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_ready(self, seconds: float = 180) -> float:
        """Seconds from start until /ready answered 200; raises RuntimeError on exit or timeout."""
        deadline = self.started + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited {self.proc.returncode}:\n{self.output()}")
            try:
                if http(f"{self.base}/ready", timeout=5)[0] == 200:
                    return time.monotonic() - self.started
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"gunicorn not ready after {seconds} s:\n{self.output()}")

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
        return sorted(int(pid) for pid in children)

    def stop(self, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode
