"""The write and read paths over a remote store against the embedded one.

    python bench/remote_store.py [--articles 200]

Starts the Oxigraph server and Virtuoso (when installed) on free ports of 127.0.0.1 in
temporary folders (tests/remote_servers.py), writes the same generated articles through
``write_with_summaries`` (one atomic request per article, then the summaries of the
pairs it touched) into each store, and times: articles written per second, a REST lookup
(an actor's first page of relations) and a pair's summary, p50 and p99 over 50 runs each.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplograph.graph import dyads, relations
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import write_with_summaries

from tests.api.service_data import RUN, SPECS, article_of
from tests.remote_servers import SERVERS, fresh_remote_store


def _percentiles(run: Callable[[], object], times: int = 50) -> tuple[float, float]:
    took = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    return statistics.median(took), took[int(0.99 * (len(took) - 1))]


def measure(kg: KnowledgeGraph, n: int) -> dict[str, float]:
    results = [article_of(i, SPECS[i % len(SPECS)]) for i in range(n)]
    started = time.perf_counter()
    for result in results:
        write_with_summaries(kg, result, RUN)
    rate = n / (time.perf_counter() - started)
    page = _percentiles(lambda: relations.relations(kg, relations.PageRequest(actor="RUS"), Selection()))
    pair = _percentiles(lambda: dyads.dyad(kg, "RUS", "UKR"))
    return {
        "articles/s": rate,
        "relations p50": page[0],
        "p99": page[1],
        "dyad p50": pair[0],
        "p99 ": pair[1],
    }


@contextlib.contextmanager
def _stores(folder: Path) -> Iterator[Iterator[tuple[str, KnowledgeGraph]]]:
    def each() -> Iterator[tuple[str, KnowledgeGraph]]:
        with KnowledgeGraph(folder / "embedded") as kg:
            yield "embedded (on disk)", kg
        for name, start in SERVERS.items():
            try:
                with start(folder / name) as server, fresh_remote_store(server) as kg:
                    yield name, kg
            except BaseException as exc:  # a missing program skips (pytest.skip): say so, go on
                if type(exc).__name__ != "Skipped":
                    raise
                print(f"{name}: not measured ({exc})")

    yield each()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in SERVERS:
            (folder / name).mkdir()
        with _stores(folder) as stores:
            for name, kg in stores:
                figures = measure(kg, args.articles)
                line = ", ".join(f"{k.strip()} {v:,.1f}" for k, v in figures.items())
                print(f"{name}: {args.articles} articles; {line} (ms)")


if __name__ == "__main__":
    main()
