"""Benchmark of the service: REST lookups of a busy country's relations next to
the bare store queries they rest on, over ~1M triples of synthetic events.

    .venv/bin/python bench/service.py                 # 1M triples, 300 rounds
    .venv/bin/python bench/service.py --triples 200000 --rounds 100

The events are random (fixed seed) but written with the real RDF mapping
(``diplograph.graph.rdf``), and the summaries are built as ingest builds them. The server
runs as ``diplograph serve`` in its own process; the bare queries run here on a
checkpoint of the same store, with the exact SPARQL (and bound values) the REST
handler sends. Goal: REST <= 1.5x bare, REST p99 < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplograph.graph import actors, ids, rdf, relations, summaries
from diplograph.graph.relations import Direction, PageRequest
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns
from diplograph.ontology.vocabulary import load_vocabulary

from bench.serving import free_port, start_server
from diplograph.model import Actor, ActorKind, ActorMention, Article, Event, Plover, Relation

logger = logging.getLogger("bench.service")

STATES = [
    "USA",
    "RUS",
    "CHN",
    "UKR",
    "KOR",
    "PRK",
    "JPN",
    "DEU",
    "FRA",
    "GBR",
    "IRN",
    "ISR",
    "TUR",
    "IND",
    "PAK",
    "SYR",
    "SAU",
    "EGY",
    "BRA",
    "POL",
    "ITA",
    "ESP",
    "CAN",
    "AUS",
    "MEX",
    "ZAF",
    "NGA",
    "ETH",
    "KEN",
    "IRQ",
    "AFG",
    "VNM",
    "PHL",
    "IDN",
    "THA",
    "MYS",
    "ARG",
    "CHL",
    "COL",
    "VEN",
    "CUB",
    "BLR",
    "GEO",
    "ARM",
    "AZE",
    "KAZ",
    "UZB",
    "SRB",
    "HUN",
    "ROU",
    "GRC",
    "NLD",
    "BEL",
    "SWE",
    "NOR",
    "FIN",
    "DNK",
    "QAT",
    "ARE",
    "LBN",
]
WEIGHTS = [30, 25, 20, 15, 8, 8, 6, 6, 6, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3] + [1] * 40
SEED = 20240601


def synthetic_quads(n_triples: int, seed: int = SEED) -> Iterator[list[ox.Quad]]:
    """Batches of quads: articles of three events between weighted random states."""
    rng = random.Random(seed)
    vocab = load_vocabulary()
    cameo = {p: vocab.default_cameo(p) for p in Plover}
    actors = [Actor(code, code, ActorKind.STATE, code) for code in STATES]
    run = rdf.Run("synthetic", "1")
    start = dt.date(2020, 1, 1)
    made, n, batch = 0, 0, []
    while made < n_triples:
        n += 1
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        text = f"Synthetic article {n} of {day.isoformat()}."
        article = Article(id=f"synthetic-{n}", text=text, date=day, title=f"Synthetic {n}")
        graph = ids.article_graph(article.key)
        quads = list(rdf.article_quads(article, run, graph))
        for k in range(3):
            source, target = rng.choices(actors, WEIGHTS, k=2)
            if source == target:
                continue
            plover = rng.choice(list(Plover))
            relation = vocab.relation(cameo[plover])
            event = Event(
                article.key,
                ActorMention(source, source.id, 0, 3),
                ActorMention(target, target.id, 8, 11),
                Relation(plover, relation.cameo, relation.goldstein, relation.mode),
                day,
                text,
                0,
                len(text),
                "did",
                4 + k,
                7 + k,
                round(rng.uniform(0.3, 1.0), 2),
                run.name,
                run.version,
                negated=rng.random() < 0.04,
                hypothetical=rng.random() < 0.04,
            )
            quads.extend(rdf.event_quads(event, graph))
        made += len(quads)
        batch.extend(quads)
        if len(batch) >= 200_000:
            yield batch
            batch = []
    if batch:
        yield batch


def build(path: Path, n_triples: int) -> dict[str, float]:
    timings = {}
    started = time.perf_counter()
    kg = KnowledgeGraph(path)
    for batch in synthetic_quads(n_triples):
        kg.native.bulk_extend(batch)
    kg.flush()
    timings["load"] = time.perf_counter() - started
    started = time.perf_counter()
    timings["pairs"] = summaries.rebuild_all(kg)
    timings["summaries"] = time.perf_counter() - started
    kg.native.optimize()
    timings["triples"] = len(kg.native)
    kg.native.backup(str(path.parent / "bare"))
    del kg
    gc.collect()
    return timings


class _NativeSpy:
    """Stands in for the pyoxigraph store and records index lookups."""

    def __init__(self, store: ox.Store, calls: list[tuple[str, Any]]) -> None:
        self._store = store
        self._calls = calls

    def quads_for_pattern(self, *pattern: Any) -> Any:
        self._calls.append(("quads", pattern))
        return self._store.quads_for_pattern(*pattern)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class Recorder:
    """Records the store calls (SPARQL queries with their bound values, index
    lookups) one library call makes, to replay them bare on the store."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.calls: list[tuple[str, Any]] = []
        self._query = kg.query
        self._native = kg.native

    def __enter__(self) -> Recorder:
        def spy(sparql: str, **kwargs: Any) -> Any:
            self.calls.append(("query", (sparql, dict(kwargs))))
            return self._query(sparql, **kwargs)

        self.kg.query = spy  # type: ignore[method-assign]
        self.kg.native = _NativeSpy(self._native, self.calls)  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        self.kg.query = self._query  # type: ignore[method-assign]
        self.kg.native = self._native

    @property
    def queries(self) -> int:
        return sum(kind == "query" for kind, _ in self.calls)

    def replay(self) -> int:
        """The same store calls, straight on pyoxigraph, results read to the end."""
        store, prefixes, rows = self._native, dict(ns.PREFIXES), 0
        for kind, args in self.calls:
            if kind == "quads":
                rows += sum(1 for _ in store.quads_for_pattern(*args))
                continue
            sparql, kwargs = args
            kwargs = dict(kwargs)
            kwargs.setdefault("use_default_graph_as_union", "default_graph" not in kwargs)
            result: Any = store.query(sparql, prefixes=prefixes, **kwargs)
            rows += sum(1 for _ in result)
        return rows


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def describe(ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100)
    return f"p50 {q[49]:6.2f}  p90 {q[89]:6.2f}  p99 {q[98]:6.2f}  mean {statistics.fmean(ms):6.2f} ms"


def p99(ms: list[float]) -> float:
    return statistics.quantiles(ms, n=100)[98]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument(
        "--dir",
        type=Path,
        help="work folder, kept and reused when it holds a store (default: a temporary one, removed after)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as tmp:
        root = args.dir or Path(tmp)
        store = root / "store"
        if args.dir and (root / "bare").exists():
            print(f"store: reusing {store}")
        else:
            info = build(store, args.triples)
            print(
                f"store: {int(info['triples']):,} triples ({args.triples:,} of events), loaded in "
                f"{info['load']:.1f} s; {int(info['pairs'])} pair summaries rebuilt in "
                f"{info['summaries']:.1f} s"
            )
        port = free_port()
        server = start_server(store, port)
        try:
            run(KnowledgeGraph(root / "bare", read_only=True), port, args.rounds)
        finally:
            server.terminate()
            server.wait(timeout=30)


CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "first page (50)": ({}, {}),
    "since 2024-06-01": ({"since": dt.date(2024, 6, 1)}, {"since": "2024-06-01"}),
    "counterpart RUS, conflict": (
        {"counterpart": "RUS", "quad": "material-conflict"},
        {"counterpart": "RUS", "quad": "material-conflict"},
    ),
    "category SANCTION, out": (
        {"categories": (Plover.SANCTION,), "direction": "out"},
        {"category": "SANCTION", "direction": "out"},
    ),
}


def run(bare_kg: KnowledgeGraph, port: int, rounds: int) -> None:
    from diplograph.model import QuadClass

    def events_of(actor: str) -> int:
        info = actors.actor_details(bare_kg, actor)
        return info.events_as_source + info.events_as_target

    busiest = max(STATES[:5], key=events_of)
    print(f"busy country: {busiest} ({events_of(busiest):,} asserted events as source or target)\n")
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    for name, (given, params) in CASES.items():
        fkw: dict[str, Any] = dict(given)
        if "quad" in fkw:
            fkw["quad_classes"] = (QuadClass(fkw.pop("quad")),)
        request = PageRequest(
            busiest,
            counterpart=fkw.pop("counterpart", None),
            direction=Direction(fkw.pop("direction", "both")),
        )
        with Recorder(bare_kg) as recorder:
            page = relations.relations(bare_kg, request, Selection(**fkw))
        url = f"/actors/{busiest}/relations"
        body = client.get(url, params=params).json()
        assert [r["event_id"] for r in body["relations"]] == [r.event_id for r in page.relations], name
        for _ in range(20):  # warm up
            recorder.replay()
            client.get(url, params=params)
        bare: list[float] = []
        rest: list[float] = []

        def lookup(url: str = url, params: dict[str, Any] = params) -> None:
            client.get(url, params=params).raise_for_status()

        for _ in range(rounds):  # interleaved, so both see the same machine
            bare += timed(recorder.replay, 1)
            rest += timed(lookup, 1)
        ratio50 = statistics.median(rest) / statistics.median(bare)
        ratio99 = p99(rest) / p99(bare)
        calls = f"{recorder.queries} SPARQL queries + {len(recorder.calls) - recorder.queries} index lookups"
        print(f"{name} [{page.plan} plan; {calls}; {len(page.relations)} rows]")
        print(f"  bare store calls  {describe(bare)}")
        print(f"  REST over HTTP    {describe(rest)}")
        verdict = "met" if ratio50 <= 1.5 and p99(rest) < 100 else "NOT met"
        goal = "goal (<= 1.5x, p99 < 100 ms)"
        print(f"  REST / bare: {ratio50:.2f}x at p50, {ratio99:.2f}x at p99; {goal} {verdict}\n")


if __name__ == "__main__":
    main()
