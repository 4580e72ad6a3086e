"""Soak test of the service: mixed REST reads, article writes and hostile SPARQL
against ``diplograph serve`` on 127.0.0.1, for a bounded time and number of requests.

    .venv/bin/python bench/soak.py                       # 120 s, at most 3000 requests
    .venv/bin/python bench/soak.py --seconds 30 --requests 500 --clients 4

The server runs on a fresh temporary store (deleted at the end) with an API key.
Clients send, at random: REST reads (relations, pairs, search, stats), small SPARQL
queries, ``POST /articles`` (generated articles, each text new), and hostile
queries (cross joins, ``SERVICE`` back to the server itself, deeply nested
parentheses). Everything goes to the loopback address; the script stops by itself.

Printed: requests served, answers by status (and client-side failures), p50/p99
latency by kind, the server's peak memory (its own process and with its query
workers; psutil if installed, else /proc), and whether the final store is the
expected one: every article a 200 answer reported as added is stored, the events
count matches, and the summaries agree with the events (checked on the store once
the server has stopped).
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import random
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generated import STATES as GENERATED_STATES
from bench.generated import generated_article as article
from bench.serving import free_port, start_server

API_KEY = "soak-key"
STATES = sorted(GENERATED_STATES)
CODES = sorted(GENERATED_STATES.values())
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 100000000"
NESTED = "SELECT * WHERE { FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }"


@dataclass
class Tally:
    """What the clients saw (shared, under a lock)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0
    statuses: collections.Counter[str] = field(default_factory=collections.Counter)
    latencies: dict[str, list[float]] = field(default_factory=lambda: collections.defaultdict(list))
    added: set[str] = field(default_factory=set)  # keys of articles reported added
    events_added: int = 0

    def take(self, budget: int) -> bool:
        with self.lock:
            if self.sent >= budget:
                return False
            self.sent += 1
            return True

    def record(self, kind: str, status: str, ms: float) -> None:
        with self.lock:
            self.statuses[f"{kind} {status}"] += 1
            self.latencies[kind].append(ms)


def requests_for(port: int) -> dict[str, Callable[[httpx.Client, random.Random, Tally], httpx.Response]]:
    sparql = f"http://127.0.0.1:{port}/sparql"
    service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?a ?b ?c }} }}"

    def read(c: httpx.Client, rng: random.Random, _: Tally) -> httpx.Response:
        a, b = rng.sample(CODES, 2)
        url, params = rng.choice(
            [
                (f"/actors/{a}/relations", {"limit": 50}),
                (f"/dyads/{a}/{b}", {}),
                ("/actors", {"q": rng.choice(STATES)[:4]}),
                ("/stats", {}),
                (f"/actors/{a}", {}),
            ]
        )
        return c.get(url, params=params)

    def query(c: httpx.Client, rng: random.Random, _: Tally) -> httpx.Response:
        q = f"SELECT ?e WHERE {{ ?e a dg:Event ; dg:source actor:{rng.choice(CODES)} }} LIMIT 20"
        return c.get(sparql, params={"query": q}, headers={"accept": "application/sparql-results+json"})

    def write(c: httpx.Client, rng: random.Random, tally: Tally) -> httpx.Response:
        with tally.lock:
            n = tally.sent
        r = c.post(
            "/articles", json=article(rng, n * 1000 + rng.randrange(1000)), headers={"x-api-key": API_KEY}
        )
        if r.status_code == 200:
            body = r.json()
            with tally.lock:
                for a in body["articles"]:
                    if a["status"] == "added":
                        tally.added.add(a["key"])
                        tally.events_added += len(a["events"])
        return r

    def hostile(c: httpx.Client, rng: random.Random, _: Tally) -> httpx.Response:
        q = rng.choice([CROSS_JOIN, service, NESTED])
        return c.post(sparql, data={"query": q}, headers={"accept": "application/sparql-results+json"})

    return {"read": read, "sparql": query, "write": write, "hostile": hostile}


WEIGHTS = {"read": 60, "sparql": 15, "write": 10, "hostile": 15}


def client_loop(port: int, seed: int, deadline: float, budget: int, tally: Tally) -> None:
    rng = random.Random(seed)
    kinds = requests_for(port)
    names, weights = list(WEIGHTS), list(WEIGHTS.values())
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
        while time.monotonic() < deadline and tally.take(budget):
            kind = rng.choices(names, weights)[0]
            started = time.perf_counter()
            try:
                status = str(kinds[kind](c, rng, tally).status_code)
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            tally.record(kind, status, (time.perf_counter() - started) * 1000)


def rss_of(pid: int) -> tuple[int, int]:
    """Resident memory of ``pid`` and of it with its descendants (bytes)."""
    try:
        import psutil

        proc = psutil.Process(pid)
        own = proc.memory_info().rss
        return own, own + sum(_safe_rss(p) for p in proc.children(recursive=True))
    except ImportError:
        own = _proc_rss(pid)
        return own, own + sum(_proc_rss(child) for child in _proc_descendants(pid))
    except Exception:  # the process ended between two looks
        return 0, 0


def _safe_rss(proc: object) -> int:
    try:
        return int(proc.memory_info().rss)  # type: ignore[attr-defined]
    except Exception:
        return 0


def _proc_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _proc_descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            try:
                children = [int(x) for x in task.read_text().split()]
            except OSError:
                continue
            found += children
            todo += children
    return found


def watch_memory(pid: int, stop: threading.Event, peak: list[int]) -> None:
    while not stop.wait(0.25):
        own, total = rss_of(pid)
        peak[0], peak[1] = max(peak[0], own), max(peak[1], total)


def final_check(port: int, tally: Tally) -> dict[str, object]:
    q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
    r = httpx.get(
        f"http://127.0.0.1:{port}/sparql",
        params={"query": q},
        headers={"accept": "application/sparql-results+json"},
        timeout=60,
    )
    stored = int(r.json()["results"]["bindings"][0]["n"]["value"])
    stats = httpx.get(f"http://127.0.0.1:{port}/stats", timeout=60).json()
    return {
        "articles posted (added)": len(tally.added),
        "articles stored": stored,
        "reports posted": tally.events_added,
        "reports stored": stats["reports"],
        "events stored (happenings: reports merged)": stats["events"],
    }


def summaries_agree(store: Path) -> bool:
    from diplograph.graph import summaries
    from diplograph.graph.store import KnowledgeGraph

    with KnowledgeGraph(store) as kg:
        ok = not summaries.marked_pairs(kg) and not summaries.unsummarised_pairs(kg)
    gc.collect()
    return ok


def stop(server: object, timeout: float = 30.0) -> str:
    started = time.monotonic()
    server.send_signal(signal.SIGTERM)  # type: ignore[attr-defined]
    try:
        server.wait(timeout=timeout)  # type: ignore[attr-defined]
        return f"stopped on SIGTERM in {time.monotonic() - started:.1f} s"
    except Exception:
        server.kill()  # type: ignore[attr-defined]
        server.wait(timeout=10)  # type: ignore[attr-defined]
        return f"did NOT stop on SIGTERM within {timeout:g} s: killed"


def report(
    tally: Tally, elapsed: float, peak: list[int], check: dict[str, object], agree: bool, how: str
) -> bool:
    served = sum(tally.statuses.values())
    print(f"requests served: {served} in {elapsed:.0f} s ({served / elapsed:.1f}/s)")
    print("answers by kind and status:")
    for key, n in sorted(tally.statuses.items()):
        print(f"  {key:24} {n}")
    stopped = {k: n for k, n in tally.statuses.items() if k.startswith("hostile 503")}
    errors = {
        k: n
        for k, n in tally.statuses.items()
        if k not in stopped and not k.split()[1].startswith(("2", "4"))
    }
    print(f"hostile queries stopped (503, by design): {sum(stopped.values())}")
    print(f"errors (other 5xx, connection failures): {sum(errors.values())} {dict(errors)}")
    everything = [ms for v in tally.latencies.values() for ms in v]
    for kind, ms in [*sorted(tally.latencies.items()), ("all", everything)]:
        if len(ms) >= 2:
            q = statistics.quantiles(ms, n=100, method="inclusive")
            print(
                f"  latency {kind:8} n={len(ms):5}  p50 {q[49]:7.1f}  p99 {q[98]:7.1f}  max {max(ms):7.1f} ms"
            )
    print(f"server peak RSS: {peak[0] / 2**20:.0f} MB (with query workers: {peak[1] / 2**20:.0f} MB)")
    for key, value in check.items():
        print(f"  {key}: {value}")
    equal = (
        check["articles posted (added)"] == check["articles stored"]
        and check["reports posted"] == check["reports stored"]
        and 0 < check["events stored (happenings: reports merged)"] <= check["reports stored"]
        and agree
    )
    print(f"summaries agree with events: {agree}")
    print(f"server {how}")
    print(f"final store equals the expected one: {equal}")
    return equal


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=120.0, help="How long clients send (default 120).")
    parser.add_argument(
        "--requests", type=int, default=3000, help="At most this many requests (default 3000)."
    )
    parser.add_argument("--clients", type=int, default=4, help="Client threads (default 4).")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    if not 0 < args.seconds <= 1800 or not 0 < args.requests <= 100_000 or not 0 < args.clients <= 32:
        parser.error("bounded runs only: --seconds <= 1800, --requests <= 100000, --clients <= 32")

    folder = Path(tempfile.mkdtemp(prefix="diplograph-soak-"))
    store = folder / "store"
    port = free_port()
    server = start_server(
        store, port, DIPLOGRAPH_API_KEY=API_KEY, DIPLOGRAPH_QUERY_WORKERS="2", DIPLOGRAPH_QUERY_TIMEOUT="5"
    )
    try:
        print(f"server pid {server.pid} on 127.0.0.1:{port}, store {store}")
        warm = httpx.post(  # loads the extraction model before the clock starts
            f"http://127.0.0.1:{port}/articles",
            json=article(random.Random(0), -1),
            headers={"x-api-key": API_KEY},
            timeout=300,
        )
        tally = Tally()
        if warm.status_code == 200:
            tally.added |= {a["key"] for a in warm.json()["articles"] if a["status"] == "added"}
            tally.events_added += sum(len(a["events"]) for a in warm.json()["articles"])
        peak, stop_watch = [0, 0], threading.Event()
        watcher = threading.Thread(target=watch_memory, args=(server.pid, stop_watch, peak), daemon=True)
        watcher.start()
        started = time.monotonic()
        deadline = started + args.seconds
        clients = [
            threading.Thread(target=client_loop, args=(port, args.seed + i, deadline, args.requests, tally))
            for i in range(args.clients)
        ]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        elapsed = time.monotonic() - started
        check = final_check(port, tally)
        stop_watch.set()
        watcher.join()
    finally:
        how = stop(server)
    agree = summaries_agree(store)
    ok = report(tally, elapsed, peak, check, agree, how)
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"ok": ok}))
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
