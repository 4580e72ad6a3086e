"""How well reports of one happening are merged into one event, on a synthetic fixture with
known ground truth.

    .venv/bin/python bench/merging.py [--happenings 300] [--seed 7] [--runs 5] [--window 1]

Makes ``--happenings`` happenings between a dozen states (some on the same pair and
category 2 to 10 days after another), each reported by 1 to 6 articles in their own words,
dated the happening's day jittered by up to a day either way, some naming the place;
for ``--runs`` seeds; writes the articles through the real path (RDF mapping, write_with_summaries, one merge
at the end of the batch as ``ingest`` does), then prints the pairwise precision, recall and
F1 of the merging (pairs of reports put in one event vs pairs truly of one happening),
checks that nothing is lost (every report's mentions reachable from exactly one event),
and that the articles in another order give the same events graph.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox
from diplograph.graph import happenings, rdf, summaries
from diplograph.graph.happenings import EVENTS_GRAPH
from diplograph.graph.ids import event_id_of, report_iri
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import Plover
from tests.graph.merging_data import CAMEO, NAMES, RUN, ReportSpec, article_result

PLACES = ("the capital", "the border", "Geneva", "the port")
PUBLISHERS = ("Reuters", "AFP", "AP", "Le Monde", "Al Jazeera", "BBC", None)


@dataclass(frozen=True, slots=True)
class Truth:
    """The reports written and the happening each belongs to."""

    specs: list[ReportSpec]
    happening: dict[str, int]  # article id -> happening number


def happenings_of(n: int, rng: random.Random) -> list[tuple[str, Plover, str, dt.date, str | None]]:
    """``n`` happenings: (source, category, target, day, place); about a third follow an
    earlier one on the same pair and category 2 to 10 days later. Two happenings of one
    pair and category are always at least 2 days apart (closer, nothing tells them apart)."""
    states = sorted(NAMES)
    found: list[tuple[str, Plover, str, dt.date, str | None]] = []
    days: dict[tuple[str, Plover, str], list[dt.date]] = {}
    while len(found) < n:
        place = rng.choice(PLACES) if rng.random() < 0.3 else None
        if found and rng.random() < 0.35:
            s, c, t, day, _ = rng.choice(found)
            day += dt.timedelta(days=rng.randint(2, 10))
        else:
            s, t = rng.sample(states, 2)
            c = rng.choice(sorted(CAMEO))
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
        taken = days.setdefault((s, c, t), [])
        if any(abs((day - other).days) < 2 for other in taken):
            continue  # too close to a happening of the same key: draw again
        taken.append(day)
        found.append((s, c, t, day, place))
    return found


def fixture(n: int, seed: int) -> Truth:
    rng = random.Random(seed)
    specs: list[ReportSpec] = []
    truth: dict[str, int] = {}
    for h, (source, category, target, day, place) in enumerate(happenings_of(n, rng)):
        for r in range(rng.randint(1, 6)):
            article = f"h{h}r{r}"
            publisher = rng.choice(PUBLISHERS)
            specs.append(
                ReportSpec(
                    article,
                    source,
                    category,
                    target,
                    day + dt.timedelta(days=rng.randint(-1, 1)),
                    place=place if place and rng.random() < 0.6 else None,
                    publisher=publisher,
                    url=None if publisher else f"https://news{rng.randint(1, 9)}.example/{article}",
                    mentions=rng.randint(1, 3),
                    wording=rng.randint(0, 2),
                )
            )
            truth[article] = h
    return Truth(specs, truth)


def build(specs: Iterable[ReportSpec], window: int) -> KnowledgeGraph:
    kg = KnowledgeGraph(None, reference_data=False, merge_window_days=window)
    pending: set[happenings.Key] = set()
    for spec in specs:
        summaries.write_with_summaries(kg, article_result(spec), RUN, pending)
    summaries.settle(kg, pending)
    return kg


def merged(kg: KnowledgeGraph, truth: Truth) -> dict[str, str]:
    """Article id -> the event its report was merged into."""
    report_of = {article_result(s).events[0].id: s.article for s in truth.specs}
    return {report_of[r]: e for r, e in happenings.events_of_reports(kg, report_of).items()}


def pairwise(predicted: dict[str, str], truth: dict[str, int]) -> tuple[float, float, float]:
    together = {frozenset(p) for p in itertools.combinations(sorted(truth), 2) if truth[p[0]] == truth[p[1]]}
    put = {
        frozenset(p)
        for p in itertools.combinations(sorted(predicted), 2)
        if predicted[p[0]] == predicted[p[1]]
    }
    hit = len(together & put)
    precision = hit / len(put) if put else 1.0
    recall = hit / len(together) if together else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def lost(kg: KnowledgeGraph, truth: Truth) -> list[str]:
    """Reports not listed by exactly one event, or whose mentions that event does not keep."""
    problems = []
    for spec in truth.specs:
        result = article_result(spec)
        report = result.events[0]
        holders = list(
            kg.native.quads_for_pattern(None, rdf.dg("report"), report_iri(report.id), EVENTS_GRAPH)
        )
        if len(holders) != 1:
            problems.append(f"{spec.article}: listed by {len(holders)} events")
            continue
        event = holders[0].subject
        kept = {q.object for q in kg.native.quads_for_pattern(event, rdf.DERIVED_FROM, None, EVENTS_GRAPH)}
        mentions = {
            q.object for q in kg.native.quads_for_pattern(report_iri(report.id), rdf.DERIVED_FROM, None)
        }
        if not mentions or not mentions <= kept:
            problems.append(f"{spec.article}: mentions not reachable from {event_id_of(event.value)}")
    return problems


def events_graph(kg: KnowledgeGraph) -> set[ox.Quad]:
    return set(kg.native.quads_for_pattern(None, None, None, EVENTS_GRAPH))


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float


def run(n: int, seed: int, window: int) -> Scores:
    """One fixture: its figures printed, its scores returned."""
    truth = fixture(n, seed)
    started = time.perf_counter()
    kg = build(truth.specs, window)
    took = time.perf_counter() - started
    scores = Scores(*pairwise(merged(kg, truth), truth.happening))
    stats = kg.stats()
    mentions = sum(len(article_result(s).events[0].mentions) for s in truth.specs)
    true = len(set(truth.happening.values()))
    problems = lost(kg, truth)
    shuffled = list(truth.specs)
    random.Random(seed + 1).shuffle(shuffled)
    same = events_graph(build(shuffled, window)) == events_graph(kg)
    print(
        f"seed {seed}: {n} happenings, {len(truth.specs)} reports, {mentions} mentions, "
        f"window ±{window} day(s)"
    )
    print(f"  events {stats.events} (true {true}), reports stored {stats.reports}, lost {len(problems)}")
    for p in problems[:10]:
        print(f"    {p}")
    print(f"  pairwise precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}")
    print(f"  another order gives the same events graph: {'yes' if same else 'NO'}")
    print(f"  written and merged in {took:.1f} s ({1000 * took / len(truth.specs):.1f} ms per article)")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--happenings", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7, help="the first fixture's seed")
    parser.add_argument("--runs", type=int, default=5, help="fixtures, with seeds seed, seed+1, ...")
    parser.add_argument("--window", type=int, default=1, help="merge window in days")
    args = parser.parse_args()
    scores = [run(args.happenings, args.seed + k, args.window) for k in range(args.runs)]
    mean = Scores(*(statistics.mean(getattr(s, f) for s in scores) for f in ("precision", "recall", "f1")))
    print(
        f"mean of {len(scores)}: precision {mean.precision:.3f}  recall {mean.recall:.3f}  F1 {mean.f1:.3f}"
    )


if __name__ == "__main__":
    main()
