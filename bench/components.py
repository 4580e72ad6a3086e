"""CPU time of diplograph's own components after the parse, for comparing changes to
their speed: steadier than ``bench/extraction.py`` on a shared machine, as no model runs
in the timed rounds (but the components run warm, not after spaCy's work as in the
pipeline: check a gain there too).

    .venv/bin/python -m bench.components [FILE ...] [--rounds 15] [--only NAME] [--docs DOCS]

Reads the articles ``bench/extraction.py`` reads, parses the pieces of their stories
once with the pipeline up to the actor recogniser, then runs each of the actor
recogniser, the relation extractor and the setting finder over all the docs, round
after round, and prints the best round of each (CPU time of this process). With
``--only NAME``, the components before it run once first (untimed): they write what it reads.

``--docs DOCS`` keeps the parsed docs in a file (written on the first run, read on the
next ones, so that no model runs at all). For a count of instructions, which repeats
from run to run where the clock does not, run one component under callgrind with
``--instructions``: a first round warms it up, then only the next ``--rounds`` are counted
(callgrind's "Collected" line; about 30 s for the relation extractor):

    .venv/bin/python -m bench.components --docs /tmp/docs.spacy --rounds 0
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no .venv/bin/python -m \
        bench.components --docs /tmp/docs.spacy --only diplograph_relations --rounds 1 --instructions
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from diplograph.extract.actors import set_doc_date
from diplograph.extract.pipeline import load_pipeline, story_parts
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from bench.extraction import bench_articles

#: the components timed, in pipeline order (those after the actor recogniser are left out of the parse)
TIMED = ("diplograph_actors", "diplograph_relations", "diplograph_setting")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=15, help="rounds of each component; the best counts")
    ap.add_argument("--only", choices=TIMED, help="time this component alone")
    ap.add_argument("--docs", type=Path, help="keep the parsed docs in this file (read it if it exists)")
    ap.add_argument(
        "--instructions",
        action="store_true",
        help="under callgrind (--instr-atstart=no): count the timed rounds only, after a warm-up round",
    )
    a = ap.parse_args()
    nlp = load_pipeline()
    if a.docs is not None and a.docs.exists():
        docs = list(DocBin(store_user_data=True).from_disk(a.docs).get_docs(nlp.vocab))
    else:
        docs = _parsed(nlp, a.paths)
        if a.docs is not None:
            DocBin(store_user_data=True, docs=docs).to_disk(a.docs)
    if a.only:  # the components before it write what it reads (the setting finder: the findings)
        for name in TIMED[: TIMED.index(a.only)]:
            _cpu_time(nlp.get_pipe(name), docs)
    for name in [a.only] if a.only else TIMED:  # each runs on what the ones before it wrote into the docs
        if a.instructions:
            _cpu_time(nlp.get_pipe(name), docs)  # warm (caches filled, tables loaded): not counted
            _count_instructions(True)
        times = [_cpu_time(nlp.get_pipe(name), docs) for _ in range(a.rounds)]
        if a.instructions:
            _count_instructions(False)
        if times:
            print(f"{name:22s} {min(times) * 1000:8.1f} ms  ({len(docs)} docs, best of {a.rounds} rounds)")


def _parsed(nlp: Language, paths: list[Path]) -> list[Doc]:
    """The pieces of the articles' stories, parsed up to the actor recogniser."""
    pieces = [
        (piece, article.date)
        for article in bench_articles(paths)
        for part in story_parts(article.text)
        for _, piece in part
    ]
    with nlp.select_pipes(disable=list(TIMED[1:])):
        return list(nlp.pipe(set_doc_date(nlp.make_doc(text), day) for text, day in pieces))


def _count_instructions(on: bool) -> None:
    """Switch callgrind's counting on or off for this process (run under ``valgrind
    --tool=callgrind --instr-atstart=no``)."""
    switch = ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())]
    subprocess.run(switch, check=True, capture_output=True)


def _cpu_time(component: Callable[[Doc], Doc], docs: list[Doc]) -> float:
    start = time.process_time()
    for doc in docs:
        component(doc)
    return time.process_time() - start


if __name__ == "__main__":
    main()
