"""Distributed extraction (issue 11): extraction throughput on a Dask ``LocalCluster`` of
2 worker processes (``diplograph ingest --cluster local -p 2``) next to the extractor's
own pool of 2 worker processes (``--processes 2``), on the same generated articles:

    .venv/bin/python -m bench.cluster [--articles 2000] [--rounds 3] [--workers 2]

Each backend is started and warmed up first (workers started, the model loaded in each:
timed apart, as "start-up"), then the articles are extracted ``--rounds`` times, the
backends alternating, and the best round of each is kept (the machine may be shared:
only ratios taken within one run are compared). Articles come from
``bench/generated.py``; nothing is written (the store is the same one writer either way).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from diplograph.extract.cluster import ClusterExtractor
from diplograph.extract.pipeline import Extractor, PartsExtractor

from bench.scale import articles
from diplograph.model import Article


def extraction_time(extractor: PartsExtractor, items: list[Article]) -> tuple[float, int]:
    """Seconds to extract ``items`` (every part read), and the events found."""
    t0 = time.perf_counter()
    events = sum(len(part.result.events) for part in extractor.process_parts(items))
    return time.perf_counter() - t0, events


def started(make: Callable[[], PartsExtractor], warm_up: list[Article]) -> tuple[PartsExtractor, float]:
    """A backend, started and its workers' models loaded (by a first batch), and how long that took."""
    t0 = time.perf_counter()
    extractor = make()
    extraction_time(extractor, warm_up)
    return extractor, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    items = articles(args.articles)
    warm_up = articles(4 * 64 * args.workers, seed=12)  # several batches for every worker
    n = args.workers
    print(f"{len(items):,} generated articles ({sum(len(a.text) for a in items):,} characters), {n} workers")
    backends = {
        f"--processes {n}": lambda: Extractor(n_process=n),
        f"--cluster local -p {n}": lambda: ClusterExtractor.connect("local", processes=n),
    }
    running: dict[str, PartsExtractor] = {}
    try:
        for name, make in backends.items():
            running[name], startup = started(make, warm_up)
            print(f"{name:<22} start-up (workers, model loaded in each): {startup:6.2f} s")
        best: dict[str, float] = {}
        found: dict[str, int] = {}
        for _ in range(args.rounds):
            for name, extractor in running.items():
                t, found[name] = extraction_time(extractor, items)
                best[name] = min(t, best.get(name, t))
    finally:
        for extractor in running.values():
            extractor.close()
    for name, t in best.items():
        print(f"{name:<22} extract {t:6.2f} s ({len(items) / t:5.0f} articles/s, {found[name]:,} events)")
    pool, cluster = best.values()
    print(f"cluster / pool throughput: {pool / cluster:.2f} (best of {args.rounds} alternating rounds)")
    if len(set(found.values())) != 1:
        raise SystemExit(f"the backends found different numbers of events: {found}")


if __name__ == "__main__":
    main()
