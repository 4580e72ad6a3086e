"""A pair of actors (``GET /dyads/{a}/{b}``): both directions' counts per PLOVER
category and quad class, mean Goldstein and a monthly timeline, read from the
per-pair summaries (:mod:`diplograph.graph.summaries` builds them)."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from diplograph.graph import rdf, terms
from diplograph.graph.actors import ActorRef, require_actors
from diplograph.graph.ids import dyad_iri
from diplograph.graph.selection import Counting
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH
from diplograph.graph.terms import Props, first

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Counts:
    """Asserted events (neither negated nor hypothetical), the reports of them (one per
    article that reported one) and their mean Goldstein."""

    events: int = 0
    reports: int = 0
    total: int = 0
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    mean_goldstein: float | None = None


@dataclass(frozen=True, slots=True)
class DyadDirection:
    source: str
    target: str
    counts: Counts
    negated: int
    hypothetical: int
    first_date: dt.date | None
    last_date: dt.date | None
    by_category: dict[str, int] = field(default_factory=dict)  # asserted events (or reports: ``counted``)


@dataclass(frozen=True, slots=True)
class DyadMonth:
    month: str  # YYYY-MM
    source: str
    target: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class DyadReport:
    a: ActorRef
    b: ActorRef
    directions: list[DyadDirection]
    timeline: list[DyadMonth]
    counted: Counting = Counting.EVENTS  # what ``by_category`` counts


def _count(props: Props, name: str) -> int:
    return terms.count(first(props, name))


def _counts(props: Props) -> Counts:
    return Counts(
        events=_count(props, "eventCount"),
        reports=_count(props, "reportCount"),
        total=_count(props, "totalCount"),
        verbal_cooperation=_count(props, "countVerbalCooperation"),
        material_cooperation=_count(props, "countMaterialCooperation"),
        verbal_conflict=_count(props, "countVerbalConflict"),
        material_conflict=_count(props, "countMaterialConflict"),
        mean_goldstein=terms.number(first(props, "meanGoldstein")),
    )


#: what a month or category node says besides its events (a busy month lists thousands)
_PART_FIELDS = tuple(
    rdf.dg(p)
    for p in (
        "yearMonth",
        "eventType",
        "eventCount",
        "reportCount",
        "totalCount",
        "countVerbalCooperation",
        "countMaterialCooperation",
        "countVerbalConflict",
        "countMaterialConflict",
        "meanGoldstein",
    )
)


def _part_props(kg: KnowledgeGraph, node: ox.NamedNode) -> Props:
    """A month or category node's counts, without reading its ``dg:event`` links."""
    found: Props = defaultdict(list)
    for predicate in _PART_FIELDS:
        for q in kg.native.quads_for_pattern(node, predicate, None, SUMMARY_GRAPH):
            found[terms.property_name(predicate.value)].append(q.object)
    return found


_PARTS = "SELECT ?part ?p ?o WHERE { GRAPH ?g { ?part dg:dyad ?d ; ?p ?o } }"


def _parts(kg: KnowledgeGraph, d: ox.NamedNode) -> list[Props]:
    """The counts of a pair's month and category nodes: read by pattern from the embedded
    store; over a remote store in one query (a pattern request per field of each node
    would be hundreds of round trips)."""
    if kg.remote is None:
        nodes = [q.subject for q in kg.native.quads_for_pattern(None, rdf.dg("dyad"), d, SUMMARY_GRAPH)]
        return [_part_props(kg, n) for n in nodes if isinstance(n, ox.NamedNode)]
    wanted = set(_PART_FIELDS)
    found: dict[str, Props] = defaultdict(lambda: defaultdict(list))
    rows = kg.query(_PARTS, substitutions={ox.Variable("d"): d, ox.Variable("g"): SUMMARY_GRAPH})
    for row in rows:
        if row["p"] in wanted:
            found[row["part"].value][terms.property_name(row["p"].value)].append(row["o"])
    return list(found.values())


def _direction(
    kg: KnowledgeGraph, source: str, target: str, count: Counting
) -> tuple[DyadDirection, list[DyadMonth]] | None:
    """One direction of the pair and its months, or None when it has no events."""
    d = dyad_iri(source, target)
    props = kg.properties(d, SUMMARY_GRAPH)
    if not props:
        return None
    by_category: dict[str, int] = {}
    months: list[DyadMonth] = []
    for p in _parts(kg, d):
        month = terms.text(first(p, "yearMonth"))
        if month:
            months.append(DyadMonth(month, source, target, _counts(p)))
        elif first(p, "eventType") is not None:
            counted = "reportCount" if count is Counting.REPORTS else "eventCount"
            by_category[terms.local_name(first(p, "eventType")) or "?"] = _count(p, counted)
    direction = DyadDirection(
        source=source,
        target=target,
        counts=_counts(props),
        negated=_count(props, "negatedCount"),
        hypothetical=_count(props, "hypotheticalCount"),
        first_date=terms.day(first(props, "firstDate")),
        last_date=terms.day(first(props, "lastDate")),
        by_category=dict(sorted(by_category.items())),
    )
    return direction, months


def dyad(kg: KnowledgeGraph, a: str, b: str, count: Counting = Counting.EVENTS) -> DyadReport:
    """Both directions of a pair: counts per category and quad class, mean Goldstein,
    and a monthly timeline, from the precomputed summaries; ``count`` says whether the
    counts per category are of events or of reports (press coverage)."""
    names = require_actors(kg, a, b)
    directions: list[DyadDirection] = []
    timeline: list[DyadMonth] = []
    for source, target in ((a, b), (b, a)):
        found = _direction(kg, source, target, count)
        if found is not None:
            directions.append(found[0])
            timeline += found[1]
    timeline.sort(key=lambda m: (m.month, m.source != a))
    return DyadReport(ActorRef(a, names.get(a)), ActorRef(b, names.get(b)), directions, timeline, count)
