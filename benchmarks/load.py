"""Load benchmark through REAL gunicorn (gunicorn.conf.py) on loopback: closed-loop clients.

For each client count (default 4 and 16) every client posts the seed articles to /v1/extract in
turn for ``--seconds``; a shed request (503 ``overloaded``) waits its ``Retry-After`` as a polite
client would and tries again. Prints per run: requests answered 200, throughput, latency p50/p95/p99
of the 200s, shed answers (503 overloaded), errors (anything else: other statuses, resets,
timeouts), and the memory (PSS of master + workers, from /proc/PID/smaps_rollup) sampled over time.
Bounded in count and time; loopback only; it stops by itself.

Usage: STANZA_RESOURCES_DIR=... python benchmarks/load.py [--clients 4 16] [--seconds 60]
       (or: make load)
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import tempfile
import threading
import time
from pathlib import Path

from quotes.testing.gunicorn import Gunicorn

MAX_REQUESTS_PER_CLIENT = 2000


def pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def seed_bodies() -> list[bytes]:
    seeds = Path(os.environ["STANZA_RESOURCES_DIR"]).resolve().parent / "seeds"
    return [json.dumps({"text": p.read_text(encoding="utf-8"), "id": p.name}).encode()
            for p in sorted(seeds.glob("*.txt"))]


def client(port: int, bodies: list[bytes], stop_at: float, out: dict, lock: threading.Lock, offset: int):
    i = offset
    sent = 0
    while time.monotonic() < stop_at and sent < MAX_REQUESTS_PER_CLIENT:
        body = bodies[i % len(bodies)]
        i += 1
        sent += 1
        started = time.monotonic()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=150)
            conn.request("POST", "/v1/extract", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            raw = response.read()
            status, retry = response.status, response.getheader("Retry-After")
            conn.close()
        except OSError as exc:
            with lock:
                out["errors"].append(type(exc).__name__)
            continue
        seconds = time.monotonic() - started
        with lock:
            if status == 200:
                out["latencies"].append(seconds)
            elif status == 503 and b'"overloaded"' in raw:
                out["shed"] += 1
            else:
                out["errors"].append(str(status))
        if status == 503 and retry:
            time.sleep(min(float(retry), max(stop_at - time.monotonic(), 0)))


def run(server: Gunicorn, clients: int, seconds: float, bodies: list[bytes]) -> dict:
    out = {"latencies": [], "shed": 0, "errors": []}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    pids = [server.proc.pid, *server.workers()]
    memory = [pss_mb(pids)]
    threads = [threading.Thread(target=client, args=(server.port, bodies, stop_at, out, lock, n), daemon=True)
               for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        time.sleep(2)
        memory.append(pss_mb([server.proc.pid, *server.workers()]))
    elapsed = time.monotonic() - started
    lat = out["latencies"]
    return {"clients": clients, "seconds": round(elapsed, 1), "ok": len(lat),
            "throughput_rps": round(len(lat) / elapsed, 2),
            "p50_s": round(percentile(lat, 0.5), 2), "p95_s": round(percentile(lat, 0.95), 2),
            "p99_s": round(percentile(lat, 0.99), 2), "shed_503": out["shed"], "errors": len(out["errors"]),
            "error_kinds": sorted(set(out["errors"])),
            "pss_mb_start_max_end": [round(memory[0]), round(max(memory)), round(memory[-1])]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[4, 16])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", default="2")
    args = parser.parse_args()
    bodies = seed_bodies()
    with tempfile.TemporaryDirectory() as tmp:
        server = Gunicorn(Path(tmp) / "gunicorn.log", WEB_WORKERS=args.workers, LOG_LEVEL="WARNING")
        try:
            ready = server.wait_ready(300)
            print(f"gunicorn ready in {ready:.1f} s; workers {args.workers}, threads per worker "
                  f"{os.environ.get('WEB_THREADS', '4')}, MAX_QUEUE {os.environ.get('MAX_QUEUE', '2')}", flush=True)
            for clients in args.clients:
                result = run(server, clients, args.seconds, bodies)
                print(json.dumps(result), flush=True)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
