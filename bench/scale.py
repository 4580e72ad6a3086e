"""Scale on one machine (issue 11), every figure in one run:

    .venv/bin/python -m bench.scale [--quick] [--articles 2000] [--small 1000] [--large 20000]
                                  [--huge-mb 10] [--rounds 3] [--skip-memory | --only-memory]

``--quick`` (a few minutes): 600 articles, 2 rounds, memory of 300 vs 3,000 articles and
of a 1 MB article.

1. Throughput, as ratios within this run (the machine may be shared: only ratios of
   timings taken in alternating rounds are compared, best of ``--rounds``): raw spaCy
   ``nlp.pipe`` of the plain model, the extractor, and ingest (extract + store + merging
   reports into events + summaries, the bulk writer ``diplograph ingest`` uses, into a
   new store) on the same generated articles, with 1 process and with 2; the speed-up
   from 1 to 2 processes.
2. Bulk writing: the quads of the same articles written by the store's batch writer
   (quads made from the extracted events included; bulk, and one transaction a batch)
   next to pyoxigraph's own ``bulk_load`` of the same quads as N-Quads (parsing
   included, making the N-Quads text not); wall time and CPU time (all threads).
3. Peak memory (maximum resident set size, ``/usr/bin/time -v``) of ``diplograph
   ingest -p 1`` of ``--small`` and ``--large`` generated articles, and of one
   generated article of ``--huge-mb`` MB (``DIPLOGRAPH_MAX_ARTICLE_BYTES`` raised
   for it), each into a new store.

The load average is printed with each part: the figures are only as good as the share of
the machine the run had.
Articles come from ``bench/generated.py`` (three sentences between random states).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import spacy
from diplograph.extract.pipeline import DEFAULT_MODEL, Extractor, load_pipeline
from diplograph.graph import rdf
from diplograph.graph.ids import article_graph
from diplograph.graph.ingest import DEFAULT_BATCH, ingest_into
from diplograph.graph.store import KnowledgeGraph

from bench.generated import generated_article
from diplograph.model import Article, ArticleResult

DIPLOGRAPH = Path(sys.executable).parent / "diplograph"


def articles(n: int, seed: int = 11) -> list[Article]:
    rng = random.Random(seed)
    made = (generated_article(rng, i) for i in range(n))
    return [Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in made]


def timed(run: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def ingest_time(items: list[Article], extractor: Extractor) -> float:
    with tempfile.TemporaryDirectory() as folder, KnowledgeGraph(Path(folder)) as kg:
        return timed(lambda: ingest_into(kg, items, extractor=extractor, bulk=True))


def throughput(items: list[Article], rounds: int) -> list[ArticleResult]:
    """Part 1; returns the extracted results (for part 2)."""
    texts = [a.text for a in items]
    raw = spacy.load(DEFAULT_MODEL)
    list(raw.pipe(texts[:50]))
    best: dict[tuple[str, int], float] = {}
    results: list[ArticleResult] = []

    def keep(key: tuple[str, int], t: float) -> None:
        best[key] = min(t, best.get(key, t))

    with Extractor(load_pipeline()) as one, Extractor(load_pipeline(), n_process=2) as two:
        for ex in (one, two):
            list(ex.process(items[:256]))  # warm up (and start the workers)
        for _ in range(rounds):  # alternate, keep the best of each (as timeit does): less noise
            for n, ex in ((1, one), (2, two)):
                keep(("raw", n), timed(lambda n=n: list(raw.pipe(texts, batch_size=64, n_process=n))))
                t0 = time.perf_counter()
                results = list(ex.process(items))
                keep(("extract", n), time.perf_counter() - t0)
                keep(("ingest", n), ingest_time(items, ex))
    chars = sum(len(t) for t in texts)
    events = sum(len(r.events) for r in results)
    print(f"## Throughput: {len(items):,} generated articles ({chars:,} characters, {events:,} events)")
    print(f"best of {rounds} alternating rounds ({_load()} at the end)")
    print("ingest = extract + bulk store + merging reports into events + summaries, new store")
    for n in (1, 2):
        raw_t = best["raw", n]
        print(f"processes={n}: spaCy nlp.pipe {raw_t:6.2f} s ({len(items) / raw_t:5.0f} articles/s)")
        for what, goal in (("extract", 0.85), ("ingest", 0.80)):
            t = best[what, n]
            print(
                f"processes={n}: {what:<14} {t:6.2f} s ({len(items) / t:5.0f} articles/s); "
                f"ratio to nlp.pipe {raw_t / t:.2f} (goal >= {goal})"
            )
    for n in (1, 2):
        rest = best["ingest", n] - best["extract", n]
        print(f"processes={n}: store + merge + summaries (ingest - extract): {rest:.2f} s")
    for what in ("raw", "extract", "ingest"):
        print(f"speed-up 1 -> 2 processes, {what:<8}: {best[what, 1] / best[what, 2]:.2f}x")
    return results


def _timed_cpu(run: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU time (every thread of this process: Oxigraph's bulk loader uses several)."""
    t0, c0 = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - t0, time.process_time() - c0


def bulk_writing(results: list[ArticleResult], rounds: int) -> None:
    """Part 2."""
    run = rdf.Run(Extractor.name, results[0].events[0].extractor_version)
    quads = [
        q
        for r in results
        for q in (
            *rdf.article_quads(r.article, run, article_graph(r.article.key)),
            *(q for e in r.events for q in rdf.event_quads(e, article_graph(r.article.key))),
        )
    ]
    nquads = "".join(f"{q} .\n" for q in quads).encode()

    def batches(bulk: bool) -> Callable[[KnowledgeGraph], object]:
        def write(kg: KnowledgeGraph) -> None:
            for i in range(0, len(results), DEFAULT_BATCH):
                kg.write_new_articles(results[i : i + DEFAULT_BATCH], run, bulk=bulk)
            kg.flush()

        return write

    def bulk_load(kg: KnowledgeGraph) -> None:
        kg.native.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        kg.flush()

    ways = {
        "pyoxigraph bulk_load": bulk_load,
        "batches, bulk": batches(True),
        "batches, transactions": batches(False),
    }
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(rounds):  # alternating, best of each
        for name, write in ways.items():
            with tempfile.TemporaryDirectory() as folder, KnowledgeGraph(Path(folder)) as kg:
                t, c = _timed_cpu(lambda kg=kg, write=write: write(kg))
            wall[name], cpu[name] = min(t, wall.get(name, t)), min(c, cpu.get(name, c))
    base, base_cpu = wall["pyoxigraph bulk_load"], cpu["pyoxigraph bulk_load"]
    print(
        f"## Bulk writing: {len(quads):,} quads of {len(results):,} articles, batches of "
        f"{DEFAULT_BATCH:,} (best of {rounds}; {_load()})"
    )
    for name in ways:
        goal = " (goal <= 1.3)" if name == "batches, bulk" else ""
        print(
            f"{name:<22} {wall[name]:6.2f} s  {wall[name] / base:5.2f}x bulk_load{goal}; "
            f"CPU {cpu[name]:6.2f} s  {cpu[name] / base_cpu:5.2f}x"
        )


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min: {five:.1f}) on {len(os.sched_getaffinity(0))} cores"


def peak_rss(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Peak memory (MB) and wall time (s) of one ``diplograph`` command."""
    t0 = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", str(DIPLOGRAPH), *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - t0
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"diplograph {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return int(found[1]) / 1024, wall


def memory(small: int, large: int, huge_mb: float) -> None:
    """Part 3."""
    print(f"## Peak memory of `diplograph ingest -p 1` (maximum resident set size; {_load()})")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        peaks = {}
        for n in (small, large):
            path = root / f"articles-{n}.jsonl"
            rng = random.Random(5)
            path.write_text("".join(json.dumps(generated_article(rng, i)) + "\n" for i in range(n)))
            peaks[n], wall = peak_rss(["ingest", str(path), "--data", str(root / f"store-{n}"), "-p", "1"])
            print(f"{n:>7,} articles: {peaks[n]:7.0f} MB  ({wall:.0f} s)")
        print(f"ratio {large:,} / {small:,} articles: {peaks[large] / peaks[small]:.2f} (goal <= 1.2)")
        if not huge_mb:
            return
        huge = root / "huge.txt"
        size = write_huge(huge, int(huge_mb * 1_000_000))
        env = {"DIPLOGRAPH_MAX_ARTICLE_BYTES": str(size + 1000)}
        peak, wall = peak_rss(["ingest", str(huge), "--data", str(root / "store-huge"), "-p", "1"], env)
        print(f"one article of {size / 1e6:.1f} MB: {peak:7.0f} MB  ({wall:.0f} s; goal < 1024 MB for 10 MB)")


def write_huge(path: Path, size: int) -> int:
    """One article of about ``size`` characters: generated paragraphs under a dateline."""
    rng = random.Random(7)
    written = 0
    with path.open("w", encoding="utf-8") as f:
        written += f.write("May 4, 2024\n\nA long record of the week\n\n")
        n = 0
        while written < size:
            written += f.write(generated_article(rng, n)["text"] + "\n\n")
            n += 1
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes: a few minutes")
    ap.add_argument("--articles", type=int, help="articles for throughput and bulk writing [2000]")
    ap.add_argument("--small", type=int, help="[1000]")
    ap.add_argument("--large", type=int, help="[20000]")
    ap.add_argument("--huge-mb", type=float, help="0: no huge article [10]")
    ap.add_argument("--rounds", type=int, help="alternating timed rounds [3]")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--only-memory", action="store_true")
    a = ap.parse_args()
    sizes = (600, 300, 3000, 1.0, 2) if a.quick else (2000, 1000, 20000, 10.0, 3)
    given = (a.articles, a.small, a.large, a.huge_mb, a.rounds)
    n, small, large, huge_mb, rounds = (g if g is not None else d for g, d in zip(given, sizes, strict=True))
    print(f"bench.scale: {_load()} at start")
    if not a.only_memory:
        bulk_writing(throughput(articles(int(n)), int(rounds)), int(rounds))
    if not a.skip_memory:
        memory(int(small), int(large), huge_mb)


if __name__ == "__main__":
    main()
