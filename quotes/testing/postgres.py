"""A throwaway PostgreSQL server for the store's tests and benchmark (Debian's ``postgresql`` binaries).

initdb and postgres refuse to run as root, so as root the server runs as the ``postgres``
user (or ``nobody``) through ``runuser``/``setpriv``, with a data directory that user owns, on
a free loopback port and a private unix-socket directory. ``stop()`` ends it and removes the
directory.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class Unavailable(RuntimeError):
    """No PostgreSQL binaries here (the message says what was looked for)."""


def find_bin_dir() -> Path:
    configured = os.environ.get("PG_BIN_DIR")  # when set, the only place looked at
    candidates = [configured] if configured else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for directory in candidates:
        if directory and (Path(directory) / "initdb").exists() and (Path(directory) / "pg_ctl").exists():
            return Path(directory)
    found = None if configured else shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    raise Unavailable("no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin, PG_BIN_DIR or PATH; "
                      "install Debian's postgresql package")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self):
        self.bin = find_bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="quotes-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.port = free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            user = "postgres" if _user_exists("postgres") else "nobody"
            entry = pwd.getpwnam(user)
            for path in (self.root,):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            if shutil.which("runuser"):
                self.prefix = ["runuser", "-u", user, "--"]
            else:
                self.prefix = ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups"]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=120, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> "PostgresServer":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        self._run("mkdir", "-p", str(self.sockets))
        options = (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        except Exception:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
