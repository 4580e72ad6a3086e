"""Speed of the extractor next to spaCy alone, on the same texts, in one run.

    .venv/bin/python bench/extraction.py [FILE ...] [--repeat N] [--processes N]

Reads articles from the files given (text, HTML, JSONL; default: samples/ and,
when present, ../shared/eval/gold/*.jsonl), repeats them to get a steady
measurement, then times, in alternating rounds (best of ``--rounds`` each),
(1) raw ``nlp.pipe`` of the plain spaCy pipeline and (2) the full extractor
(furniture filter, actor recogniser, relation extractor, events) and prints both
and their ratio (raw time / full time; 1.0 = no cost).
The model is loaded once for each, before timing.

The machine's speed drifts between rounds here (other jobs, clock changes), so the best
rounds of the two may come from different moments: each round's own ratio (its raw time
over its full time, taken one right after the other) is printed too, to show how far the
machine moved during the run (rounds far apart say the run is not to be trusted).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy
from diplograph.extract.pipeline import DEFAULT_MODEL, Extractor, load_pipeline
from diplograph.extract.readers import read_paths

from diplograph.errors import ArticleError
from diplograph.model import Article

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds of each; the best counts")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    a = ap.parse_args()
    articles = bench_articles(a.paths) * a.repeat
    chars = sum(len(x.text) for x in articles)

    raw = spacy.load(DEFAULT_MODEL)
    full = Extractor(load_pipeline(), n_process=a.processes, batch_size=a.batch_size)
    texts = [x.text for x in articles]
    list(raw.pipe(texts[:20]))
    list(full.process(articles[:20]))  # warm up both

    raw_times, full_times = [], []
    events = 0
    for _ in range(a.rounds):  # alternate, and keep the best of each (as timeit does): less noise
        t0 = time.perf_counter()
        for _ in raw.pipe(texts, batch_size=a.batch_size, n_process=a.processes):
            pass
        raw_times.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        events = sum(len(r.events) for r in full.process(articles))
        full_times.append(time.perf_counter() - t0)
    t_raw, t_full = min(raw_times), min(full_times)
    paired = [r / f for r, f in zip(raw_times, full_times, strict=True)]

    print(f"articles: {len(articles)} ({chars} characters), processes: {a.processes}")
    print(f"spaCy nlp.pipe alone : {t_raw:7.2f} s  ({chars / t_raw / 1000:.0f} k chars/s)")
    print(f"full extractor       : {t_full:7.2f} s  ({chars / t_full / 1000:.0f} k chars/s, {events} events)")
    print(f"ratio (raw / full)   : {t_raw / t_full:.3f}   (goal >= 0.85; best of {a.rounds} rounds each)")
    rounds = ", ".join(f"{x:.3f}" for x in paired)
    print(f"each round's ratio   : {rounds}   (median {statistics.median(paired):.3f})")


def bench_articles(paths: list[Path]) -> list[Article]:
    """The articles of ``paths`` (default: samples/ and the gold files next to the
    repository), those that could be read."""
    paths = paths or [ROOT / "samples", *sorted((ROOT.parent / "shared" / "eval" / "gold").glob("*.jsonl"))]
    return [x for x in read_paths(p for p in paths if p.exists()) if not isinstance(x, ArticleError)]


if __name__ == "__main__":
    main()
