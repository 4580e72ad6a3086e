"""The relation extractor alone, on the speed benchmark's texts parsed once: for counting its
instructions, which (unlike the clock on a shared machine) come out the same on every run.

    .venv/bin/python bench/relation_passes.py save DOCS.spacy
    valgrind --tool=callgrind .venv/bin/python bench/relation_passes.py run DOCS.spacy 2
    valgrind --tool=callgrind .venv/bin/python bench/relation_passes.py run DOCS.spacy 0

``save`` parses the texts of ``bench/extraction.py`` (samples/ and the gold files) with the
pipeline up to the relation extractor and writes the docs; ``run`` loads them and runs the
relation extractor over them N times. The component's count is the total of ``run ... 2``
less that of ``run ... 0`` (loading and setting up), over two passes. Set
``PYTHONHASHSEED=0`` for counts that repeat to about ±1 % of the component.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from spacy.tokens import DocBin

COMPONENT = "diplograph_relations"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("save", "run"))
    ap.add_argument("docs", type=Path)
    ap.add_argument("passes", nargs="?", type=int, default=2)
    a = ap.parse_args()
    if a.mode == "save":
        save(a.docs)
    else:
        run(a.docs, a.passes)


def save(path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from diplograph.extract.pipeline import load_pipeline
    from extraction import bench_articles

    nlp = load_pipeline()
    later = nlp.pipe_names[nlp.pipe_names.index(COMPONENT) :]
    with nlp.select_pipes(disable=later):
        docs = list(nlp.pipe(a.text for a in bench_articles([])))
    DocBin(store_user_data=True, docs=docs).to_disk(path)
    print(f"{len(docs)} docs parsed up to {COMPONENT}: {path}")


def run(path: Path, passes: int) -> None:
    import spacy
    from diplograph.extract import pipeline  # noqa: F401  (the components' doc extensions)
    from diplograph.extract.relations import RelationExtractor

    nlp = spacy.blank("en")
    relations = RelationExtractor(nlp)
    docs = list(DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab))
    for _ in range(passes):
        for doc in docs:
            relations(doc)
    print(f"{passes} passes over {len(docs)} docs")


if __name__ == "__main__":
    main()
