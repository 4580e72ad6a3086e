"""What merging and refreshing after a run costs: generated articles (``bench/bigstore.py``'s
generator) written one by one with their marks into a store on disk, then one
:func:`~diplograph.graph.summaries.settle` (every touched key merged into events again,
every pair's summary refreshed, each guarded by its claim: ``graph/claims.py``), then the
same settle again when nothing changed.

    nice .venv/bin/python bench/settle.py --articles 2000
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diplograph.graph import summaries
from diplograph.graph.happenings import Key
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph

from bench.bigstore import generate


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    results = list(itertools.islice(generate(args.articles * 3), args.articles))
    with tempfile.TemporaryDirectory() as folder, KnowledgeGraph(Path(folder) / "store") as kg:
        run, keys = Run("bench", "1"), set[Key]()
        began = time.perf_counter()
        for result in results:
            summaries.write_with_summaries(kg, result, run, keys)
        written = time.perf_counter() - began
        pairs = len(summaries.pairs_of_keys(keys))
        print(f"{len(results)} articles written one by one in {written:.1f} s")
        for what in ("settle", "settle again, nothing changed"):
            began = time.perf_counter()
            summaries.settle(kg, keys)
            print(f"{what}: {len(keys)} keys, {pairs} pairs in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
