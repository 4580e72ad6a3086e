"""CPU time of diplograph's own components after the parse, for comparing changes to
their speed: steadier than ``bench/extraction.py`` on a shared machine, as no model runs
in the timed rounds (but the components run warm, not after spaCy's work as in the
pipeline: check a gain there too).

    .venv/bin/python -m bench.components [FILE ...] [--rounds 15]

Reads the articles ``bench/extraction.py`` reads, parses the pieces of their stories
once with the pipeline up to the actor recogniser, then runs each of the actor
recogniser, the relation extractor and the setting finder over all the docs, round
after round, and prints the best round of each (CPU time of this process).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from diplograph.extract.actors import set_doc_date
from diplograph.extract.pipeline import load_pipeline, story_parts
from spacy.tokens import Doc

from bench.extraction import bench_articles

#: the components timed, in pipeline order (those after the actor recogniser are left out of the parse)
TIMED = ("diplograph_actors", "diplograph_relations", "diplograph_setting")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=15, help="rounds of each component; the best counts")
    a = ap.parse_args()
    nlp = load_pipeline()
    pieces = [
        (piece, article.date)
        for article in bench_articles(a.paths)
        for part in story_parts(article.text)
        for _, piece in part
    ]
    with nlp.select_pipes(disable=list(TIMED[1:])):
        docs = list(nlp.pipe(set_doc_date(nlp.make_doc(text), day) for text, day in pieces))
    for name in TIMED:  # each runs on what the ones before it wrote into the docs
        best = min(_cpu_time(nlp.get_pipe(name), docs) for _ in range(a.rounds))
        print(f"{name:22s} {best * 1000:8.1f} ms  ({len(docs)} docs, best of {a.rounds} rounds)")


def _cpu_time(component: Callable[[Doc], Doc], docs: list[Doc]) -> float:
    start = time.process_time()
    for doc in docs:
        component(doc)
    return time.process_time() - start


if __name__ == "__main__":
    main()
