"""How well the extractor does on gold files, with the project's scorer.

    .venv/bin/python bench/accuracy.py [GOLD.jsonl ...] [--scorer PATH] [--errors N]

Runs the extractor once (model loaded once) on each gold file given (default: the
PLOVER gold records and the seed article of ../shared/eval/gold/, the project's
own paragraphs in bench/data/own_paragraphs.jsonl, and the held-out news items in
bench/data/heldout_news.jsonl, annotated by someone who had not seen the
extractor's output and never used to write rules: keep it that way), and the
wire-style news corpus (bench/data/news_dev.jsonl, 100 paragraphs, bench/data/news_dev2.jsonl, 80 more, and
bench/data/news_sentences_dev.jsonl, 150 single sentences,
bench/data/news_sentences_dev3.jsonl, 120 more, bench/data/news_dev4.jsonl, 80 items, and
bench/data/news_sentences_dev5.jsonl, 120 sentences, by other writers (session 7), and
bench/data/news_dev6.jsonl, 80 items, bench/data/news_sentences_dev7.jsonl, 120 sentences, and
bench/data/news_dev8.jsonl, 40 whole articles, by other writers (session 8), and
bench/data/news_dev9.jsonl, 60 items, and bench/data/news_sentences_dev10.jsonl, 130
sentences (session 9), bench/data/news_dev11.jsonl, 60 items, and
bench/data/news_sentences_dev12.jsonl, 130 sentences (session 10), bench/data/news_dev13.jsonl,
60 items, and bench/data/news_sentences_dev14.jsonl, 130 sentences (session 11),
bench/data/news_dev15.jsonl, 60 items, and bench/data/news_sentences_dev16.jsonl, 130 sentences
(session 12), bench/data/news_dev17.jsonl, 60 items, and
bench/data/news_sentences_dev18.jsonl, 130 sentences (session 13), bench/data/news_dev19.jsonl,
60 items, and bench/data/news_sentences_dev20.jsonl, 130 sentences (session 14), bench/data/news_dev21.jsonl,
60 items, and bench/data/news_sentences_dev22.jsonl, 130 sentences (session 15), bench/data/news_dev23.jsonl,
60 items, and bench/data/news_sentences_dev24.jsonl, 130 sentences, bench/data/news_dev25.jsonl, 60 items,
and bench/data/news_sentences_dev26.jsonl, 130 sentences (session 16), bench/data/news_sentences_dev27.jsonl,
bench/data/news_sentences_dev28.jsonl and bench/data/news_sentences_dev29.jsonl, 130 sentences each
(session 17), bench/data/news_sentences_dev30.jsonl, bench/data/news_sentences_dev31.jsonl and
bench/data/news_sentences_dev32.jsonl, 130 sentences each (session 18), and
bench/data/news_sentences_dev33.jsonl to bench/data/news_sentences_dev36.jsonl, 130 sentences
each (session 19; 34 the session's transfer probe, its misses never read), and
bench/data/news_sentences_dev37.jsonl and bench/data/news_sentences_dev38.jsonl, 130 sentences
each, and bench/data/news_sentences_dev39.jsonl, 120 sentences (session 20; 39 a transfer probe,
its misses never read), and bench/data/news_sentences_dev40.jsonl and
bench/data/news_sentences_dev41.jsonl, 120 sentences each (session 21; 40 a transfer probe, its
misses never read), and bench/data/news_sentences_dev42.jsonl and
bench/data/news_sentences_dev43.jsonl, 120 sentences each (session 22; 43 a transfer probe,
its misses never read), and bench/data/news_sentences_dev44.jsonl and
bench/data/news_sentences_dev45.jsonl, 120 sentences each (session 23; 45 a transfer probe,
its misses never read), and bench/data/news_sentences_dev46.jsonl and
bench/data/news_sentences_dev47.jsonl, bench/data/news_sentences_dev48.jsonl,
bench/data/news_sentences_dev49.jsonl to bench/data/news_sentences_dev52.jsonl, 120
sentences each (session 24; 50 a transfer probe, its misses never read), and
bench/data/news_sentences_dev53.jsonl to bench/data/news_sentences_dev56.jsonl, 120 sentences
each (session 25; 56 a transfer probe, its misses never read), and
bench/data/news_sentences_dev57.jsonl to bench/data/news_sentences_dev60.jsonl, 120 sentences
each (session 26; 60 a transfer probe, its misses never read), and
bench/data/news_sentences_dev61.jsonl and bench/data/news_sentences_dev62.jsonl, 120
sentences each (session 27; 62 a transfer probe, its misses never read), and
bench/data/news_sentences_dev63.jsonl, 120 sentences (session 28), for development;
bench/data/news_heldout.jsonl,
52 paragraphs, and bench/data/news_sentences_heldout.jsonl, 120 single sentences,
written and annotated apart, never used to write rules), writes the predictions to a
temporary directory in the scorer's format (the same records `diplograph extract`
writes), and prints the scorer's table for each, with the share of found pairs whose
category is right (PLOVER true positives over dyad true positives).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from diplograph.extract.output import prediction_record
from diplograph.extract.pipeline import Extractor, load_pipeline
from diplograph.extract.readers import read_paths

from diplograph.errors import ArticleError

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--scorer", type=Path, default=SHARED / "score.py")
    ap.add_argument("--errors", type=int, default=0, help="list this many records with misses")
    a = ap.parse_args()
    golds = a.gold or [
        SHARED / "gold" / "plover_gsr.jsonl",
        SHARED / "gold" / "seed_article.jsonl",
        ROOT / "bench" / "data" / "own_paragraphs.jsonl",
        ROOT / "bench" / "data" / "heldout_news.jsonl",
        ROOT / "bench" / "data" / "news_dev.jsonl",
        ROOT / "bench" / "data" / "news_dev2.jsonl",
        ROOT / "bench" / "data" / "news_heldout.jsonl",
        ROOT / "bench" / "data" / "news_sentences_heldout.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev3.jsonl",
        ROOT / "bench" / "data" / "news_dev4.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev5.jsonl",
        ROOT / "bench" / "data" / "news_dev6.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev7.jsonl",
        ROOT / "bench" / "data" / "news_dev8.jsonl",
        ROOT / "bench" / "data" / "news_dev9.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev10.jsonl",
        ROOT / "bench" / "data" / "news_dev11.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev12.jsonl",
        ROOT / "bench" / "data" / "news_dev13.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev14.jsonl",
        ROOT / "bench" / "data" / "news_dev15.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev16.jsonl",
        ROOT / "bench" / "data" / "news_dev17.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev18.jsonl",
        ROOT / "bench" / "data" / "news_dev19.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev20.jsonl",
        ROOT / "bench" / "data" / "news_dev21.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev22.jsonl",
        ROOT / "bench" / "data" / "news_dev23.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev24.jsonl",
        ROOT / "bench" / "data" / "news_dev25.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev26.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev27.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev28.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev29.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev30.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev31.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev32.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev33.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev34.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev35.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev36.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev37.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev38.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev39.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev40.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev41.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev42.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev43.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev44.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev45.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev46.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev47.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev48.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev49.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev50.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev51.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev52.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev53.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev54.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev55.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev56.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev57.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev58.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev59.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev60.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev61.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev62.jsonl",
        ROOT / "bench" / "data" / "news_sentences_dev63.jsonl",
    ]
    if not a.scorer.exists():
        sys.exit(f"scorer not found: {a.scorer}")
    extractor = Extractor(load_pipeline())
    with tempfile.TemporaryDirectory() as tmp:
        for gold in golds:
            if not gold.exists():
                print(f"== {gold}: not found, skipped")
                continue
            articles = [x for x in read_paths([gold]) if not isinstance(x, ArticleError)]
            predictions = Path(tmp) / f"{gold.stem}.pred.jsonl"
            with predictions.open("w", encoding="utf-8") as out:
                for result in extractor.process(articles):
                    out.write(json.dumps(prediction_record(result), ensure_ascii=False) + "\n")
            print(f"== {gold} ({len(articles)} records)")
            command = [sys.executable, str(a.scorer), str(gold), str(predictions)]
            if a.errors:
                command += ["--errors", str(a.errors)]
            table = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            print("\n".join(line for line in table.splitlines() if not line.startswith("{")))
            print(category_share(a.scorer, gold, predictions))


def category_share(scorer: Path, gold: Path, predictions: Path) -> str:
    """The share of found pairs (dyad true positives) whose PLOVER category is right too."""
    command = [sys.executable, str(scorer), str(gold), str(predictions), "--json"]
    scores = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    found, right = scores["dyad"]["tp"], scores["plover"]["tp"]
    share = right / found if found else 0.0
    return f"category right on found pairs: {share:.3f} ({right}/{found})"


if __name__ == "__main__":
    main()
