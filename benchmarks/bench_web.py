"""Workbench latency and memory under load: every page and the main API calls, 8 concurrent clients.

    python benchmarks/bench_web.py --db corpus.db               # a corpus built with `newsintel ingest`
    python benchmarks/bench_web.py --documents 300              # builds one from ../shared/eval/news/ first
    python benchmarks/bench_web.py --db corpus.db --requests 2000 --clients 8

Starts `newsintel serve` on a free loopback port in its own process, waits until the claims
ledger is computed (reported apart, as `ledger_warm_s`), then sends `--requests` requests from
`--clients` threads, each on its own keep-alive connection, cycling through the URLs. Records
per URL the time of a first visit (alone, before the load), the median and 95th percentile latency, and
the server's resident memory every 100
requests. Targets: every URL median < 500 ms and p95 < 2 s; memory flat (the last sample within
1.2 x the one after the first 100 requests). Writes benchmarks/results/web.json and prints a
table. Figures depend on what else the machine runs: the load averages are recorded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_ARTICLES = REPO.parent / "shared" / "eval" / "news" / "articles.jsonl"
RESULTS = HERE / "results"
NEWSINTEL = [sys.executable, "-m", "newsintel"]


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def build_corpus(documents: int, folder: Path) -> Path:
    """The first `documents` articles of the shared news set, ingested into a new SQLite file."""
    if not SHARED_ARTICLES.is_file():
        sys.exit(f"{SHARED_ARTICLES} is not there: pass --db with a corpus built by `newsintel ingest`")
    subset = folder / "articles.jsonl"
    with SHARED_ARTICLES.open(encoding="utf-8") as source, subset.open("w", encoding="utf-8") as out:
        for i, line in enumerate(source):
            if i >= documents:
                break
            out.write(line)
    db = folder / "corpus.db"
    subprocess.run([*NEWSINTEL, "ingest", str(subset), "--db", str(db), "--quiet"], check=True)
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def get(port: int, path: str, timeout: float = 600) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def start_server(db: Path, port: int, ledger_documents: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [*NEWSINTEL, "serve", "--db", str(db), "--port", str(port), "--ledger-documents", str(ledger_documents)],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if get(port, "/api/health", timeout=2)[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("the workbench did not start within 120 s")


def urls(port: int) -> list[str]:
    """Every page and the main API calls, with ids and filters taken from the corpus."""

    def first(path: str, key: str) -> str:
        return json.loads(get(port, path)[1])["items"][0][key]

    actor = quote(first("/api/actors?limit=1", "id"), safe="")
    document = quote(first("/api/documents?limit=1", "id"), safe="")
    cluster = quote(first("/api/claims/clusters?limit=1", "id"), safe="")
    busiest = json.loads(get(port, "/api/events?limit=500&sort=place_country")[1])["items"]
    country = next((e["place_country"] for e in busiest if e["place_country"]), "USA")
    return [
        "/",
        "/?sort=-events",
        "/?has_events=true&since=2016-01-01",
        "/search?q=islamic+state",
        f"/documents/{document}",
        "/actors",
        "/actors?sort=name&type=person",
        f"/actors/{actor}",
        "/events",
        f"/events?place_country={country}&sort=-date",
        f"/events?actor={actor}&since=2016-01-01",
        "/network",
        f"/network?country={country}",
        "/disputes",
        "/claims",
        f"/claims/{cluster}",
        "/sourcing",
        "/api/documents",
        "/api/events?limit=200&format=geojson",
        "/api/events?limit=200&format=csv",
        f"/api/actors/{actor}",
        "/api/disputes",
        "/api/claims/clusters",
        "/api/sourcing",
    ]


def hammer(port: int, paths: list[str], *, requests: int, clients: int, server_pid: int) -> dict:
    latencies: dict[str, list[float]] = {path: [] for path in paths}
    failures: list[str] = []
    memory: list[tuple[int, float]] = []
    counter = iter(range(requests))
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            path = paths[n % len(paths)]
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies[path].append(elapsed)
                if response.status != 200:
                    failures.append(f"{response.status} {path}")
                if (n + 1) % 100 == 0:
                    memory.append((n + 1, round(rss_mb(server_pid), 1)))
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    per_url = {
        path: {
            "n": len(times),
            "median_ms": round(statistics.median(times) * 1000, 1),
            "p95_ms": round(sorted(times)[max(0, int(len(times) * 0.95) - 1)] * 1000, 1),
        }
        for path, times in latencies.items()
        if times
    }
    every = sorted(t for times in latencies.values() for t in times)
    return {
        "wall_s": round(wall, 1),
        "requests_per_s": round(requests / wall, 1),
        "failures": failures,
        "overall": {
            "median_ms": round(statistics.median(every) * 1000, 1),
            "p95_ms": round(every[int(len(every) * 0.95) - 1] * 1000, 1),
        },
        "per_url": per_url,
        "memory_mb": sorted(memory),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a corpus database (else one is built)")
    parser.add_argument("--documents", type=int, default=300, help="articles to ingest when building a corpus")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--ledger-documents", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_corpus(args.documents, Path(tmp))
        port = free_port()
        load_before = load()
        server = start_server(db, port, args.ledger_documents)
        try:
            started = time.perf_counter()
            get(port, "/api/disputes?limit=1")  # waits for the warm-up computation
            ledger_warm = time.perf_counter() - started
            paths = urls(port)
            cold = {}
            for path in paths:  # one pass alone: what a first visit costs (the per-view caches fill)
                started = time.perf_counter()
                get(port, path)
                cold[path] = round((time.perf_counter() - started) * 1000, 1)
            result = hammer(port, paths, requests=args.requests, clients=args.clients, server_pid=server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
        from newsintel.store import open_store

        with open_store(db) as store:
            documents = store.count("documents")
    memory = result["memory_mb"]
    summary = {
        "corpus": str(db),
        "documents": documents,
        "clients": args.clients,
        "requests": args.requests,
        "ledger_documents": args.ledger_documents,
        "ledger_warm_s": round(ledger_warm, 1),
        "load_before": load_before,
        "load_after": load(),
        "first_visit_ms": cold,
        "targets_met": {
            "median_under_500ms": all(u["median_ms"] < 500 for u in result["per_url"].values()),
            "p95_under_2s": all(u["p95_ms"] < 2000 for u in result["per_url"].values()),
            "memory_flat": bool(memory) and memory[-1][1] <= 1.2 * memory[0][1],
            "no_failures": not result["failures"],
        },
        **result,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "web.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"{'URL':58} {'first':>8} {'median':>8} {'p95':>8}")
    for path, figures in result["per_url"].items():
        print(f"{path[:58]:58} {cold[path]:8.0f} {figures['median_ms']:8.0f} {figures['p95_ms']:8.0f}")
    print(
        f"overall median {result['overall']['median_ms']} ms, p95 {result['overall']['p95_ms']} ms; "
        f"{result['requests_per_s']} requests/s; memory {memory[0][1] if memory else '?'} -> "
        f"{memory[-1][1] if memory else '?'} MB; ledger warm-up {ledger_warm:.1f} s; load {load_before} -> {load()}"
    )
    print(json.dumps(summary["targets_met"]))


if __name__ == "__main__":
    main()
