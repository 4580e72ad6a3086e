"""Per-pair summaries (``dg:DyadSummary``), precomputed at ingest.

One summary per ordered pair of actors (source, target) that has at least one
event, in the named graph ``ns.summary_graph()``, with one node per month and
one per PLOVER category, so the service and exports read a few nodes instead of
aggregating the events of the whole graph on every request.

    dyad/RUS/KOR             a dg:DyadSummary ; dg:source actor:RUS ; dg:target actor:KOR ;
                             dg:eventCount, dg:count<QuadClass> x4, dg:meanGoldstein   (asserted events)
                             dg:totalCount, dg:negatedCount, dg:hypotheticalCount,
                             dg:firstDate, dg:lastDate                                 (all events)
    dyad/RUS/KOR#2024-06     a dg:DyadMonth ; dg:dyad <dyad/RUS/KOR> ;
                             dg:yearMonth "2024-06"^^xsd:gYearMonth ;
                             dg:eventCount, dg:count<QuadClass> x4, dg:meanGoldstein, dg:totalCount ;
                             dg:event <event/...>, ...                                 (every event)
    dyad/RUS/KOR#THREATEN    a dg:DyadCategory ; dg:dyad <dyad/RUS/KOR> ; dg:eventType plover:THREATEN ;
                             dg:eventCount, dg:totalCount, dg:meanGoldstein ; dg:event <event/...>, ...

"Asserted" events are those neither negated nor hypothetical; the totals count
every event of the pair. Month nodes exist for every month with any event. The
``dg:event`` links of month and category nodes are an index: the service finds
an actor's events of a month, or of a category, without scanning its others.

:func:`refresh_pairs` recomputes the summaries of a few pairs from their events
(the ingest path calls it for the pairs an article touched); :func:`rebuild`
recomputes every summary in one pass over the events.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from diplograph.graph import happenings, rdf, terms
from diplograph.graph.claims import GuardedSwaps, claims, token
from diplograph.graph.happenings import Key
from diplograph.graph.ids import actor_id_of, actor_iri, dyad_iri, is_actor_id
from diplograph.graph.store import (
    META_GRAPH,
    KnowledgeGraph,
    WriteOutcome,
    WriteStatus,
    swap_quads,
)
from diplograph.ontology import namespaces as ns

from diplograph.model import ArticleResult, QuadClass

logger = logging.getLogger(__name__)

SUMMARY_GRAPH = ox.NamedNode(ns.summary_graph())
_QUAD_PROPERTY = {
    QuadClass.VERBAL_COOPERATION: "countVerbalCooperation",
    QuadClass.MATERIAL_COOPERATION: "countMaterialCooperation",
    QuadClass.VERBAL_CONFLICT: "countVerbalConflict",
    QuadClass.MATERIAL_CONFLICT: "countMaterialConflict",
}
_QUAD_OF_IRI = {f"{ns.QUAD}{q.value}": q for q in QuadClass}

Pair = tuple[str, str]
_STALE_SOURCE = rdf.dg("staleSummarySource")
_STALE_TARGET = rdf.dg("staleSummaryTarget")
_REBUILD_MARK = ox.Quad(SUMMARY_GRAPH, rdf.dg("rebuildPending"), rdf.boolean(True), META_GRAPH)
#: Version of what the summaries hold ("cells/1": pairs, months, categories and cells);
#: the views read cells only from a store marked with it.
SUMMARY_SCHEME = "cells/1"
_SCHEME = rdf.dg("summaryScheme")
_SCHEME_MARK = ox.Quad(SUMMARY_GRAPH, _SCHEME, ox.Literal(SUMMARY_SCHEME), META_GRAPH)

_EVENT_FIELDS = """?e dg:eventType ?type ; dg:quadClass ?quad ; dg:goldstein ?g ;
       dg:negated ?neg ; dg:hypothetical ?hyp .
    OPTIONAL { ?e dg:date ?d }
    OPTIONAL { ?e dg:reports ?n }"""
# the pair's IRIs are written in (rendered by pyoxigraph from actor ids): Oxigraph plans
# its joins on constants, not on substituted variables
PAIR_EVENTS = """SELECT ?e ?type ?quad ?g ?neg ?hyp ?d ?n WHERE {{
    ?e dg:source {s} ; dg:target {t} ; a dg:Event .
    {fields}
}}"""
ALL_EVENTS = f"""SELECT ?e ?s ?t ?type ?quad ?g ?neg ?hyp ?d ?n WHERE {{
    ?e a dg:Event ; dg:source ?s ; dg:target ?t .
    {_EVENT_FIELDS}
}}"""
#: the variables of :data:`PAIR_EVENTS` and the properties (local names) they stand for
_EVENT_VARIABLES = {
    "e": "e",
    "type": "eventType",
    "quad": "quadClass",
    "g": "goldstein",
    "neg": "negated",
    "hyp": "hypothetical",
    "d": "date",
    "n": "reports",
}
ARTICLE_PAIRS = "SELECT DISTINCT ?s ?t WHERE { ?e a dg:Event ; dg:source ?s ; dg:target ?t }"


def widened(
    first: dt.date | None, last: dt.date | None, day: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The span from ``first`` to ``last`` widened to hold ``day`` (when there is one)."""
    if day is None:
        return first, last
    return (day if first is None else min(first, day)), (day if last is None else max(last, day))


@dataclass(slots=True)
class Tally:
    """Counts of one pair, one month or one category."""

    asserted: int = 0
    total: int = 0
    reports: int = 0  # of the asserted events: how many articles reported them
    negated: int = 0
    hypothetical: int = 0
    goldstein_sum: float = 0.0
    quads: dict[QuadClass, int] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    events: list[ox.NamedNode] = field(default_factory=list)  # month and category nodes list their events

    def add(
        self,
        quad: QuadClass | None,
        goldstein: float,
        negated: bool,
        hypothetical: bool,
        day: dt.date | None,
        reports: int = 1,
    ) -> None:
        self.total += 1
        self.negated += negated
        self.hypothetical += hypothetical
        self.first, self.last = widened(self.first, self.last, day)
        if negated or hypothetical:
            return
        self.asserted += 1
        self.reports += reports
        self.goldstein_sum += goldstein
        if quad is not None:
            self.quads[quad] = self.quads.get(quad, 0) + 1

    @property
    def mean_goldstein(self) -> float | None:
        return self.goldstein_sum / self.asserted if self.asserted else None


@dataclass(slots=True)
class Cell:
    """What the events of one pair in one category with one pair of flags add up to."""

    events: int = 0
    reports: int = 0
    goldstein_total: float = 0.0
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, goldstein: float, day: dt.date | None, reports: int) -> None:
        self.events += 1
        self.reports += reports
        self.goldstein_total += goldstein
        self.first, self.last = widened(self.first, self.last, day)


CellKey = tuple[str, bool, bool]  # category (local name), negated, hypothetical


def cell_fragment(category: str, negated: bool, hypothetical: bool) -> str:
    """The fragment of a cell's IRI: ``THREATEN/asserted``, ``THREATEN/negated-hypothetical`` …"""
    flags = "-".join(name for name, on in (("negated", negated), ("hypothetical", hypothetical)) if on)
    return f"{category}/{flags or 'asserted'}"


@dataclass(slots=True)
class PairTally:
    pair: Tally = field(default_factory=Tally)
    months: dict[str, Tally] = field(default_factory=dict)
    categories: dict[str, Tally] = field(default_factory=dict)
    cells: dict[CellKey, Cell] = field(default_factory=dict)

    def add(self, row: ox.QuerySolution | Mapping[str, object]) -> None:
        """One event: a row of :data:`PAIR_EVENTS` (or :data:`ALL_EVENTS`), or the same
        values by the same names (:meth:`add_event_quads`)."""
        quad = _QUAD_OF_IRI.get(terms.text(row["quad"]) or "")
        goldstein = terms.number(row["g"]) or 0.0
        negated = terms.flag(row["neg"])
        hypothetical = terms.flag(row["hyp"])
        day = terms.day(row["d"])
        reports = terms.integer(row["n"]) or 1
        event = row["e"]
        assert isinstance(event, ox.NamedNode)
        self.pair.add(quad, goldstein, negated, hypothetical, day, reports)
        if day is not None:
            month = self.months.setdefault(day.strftime("%Y-%m"), Tally())
            month.add(quad, goldstein, negated, hypothetical, day, reports)
            month.events.append(event)
        name = terms.local_name(row["type"]) or ""
        category = self.categories.setdefault(name, Tally())
        category.add(quad, goldstein, negated, hypothetical, day, reports)
        category.events.append(event)
        self.cells.setdefault((name, negated, hypothetical), Cell()).add(goldstein, day, reports)

    def add_event_quads(self, quads: Iterable[ox.Quad]) -> None:
        """One event, from its quads (the merge of a run, :mod:`~diplograph.graph.run_merge`,
        which has just made them); an event without what :data:`PAIR_EVENTS` asks for is
        left out, as that query leaves it out."""
        by_name: dict[str, object] = {}
        for q in quads:
            by_name.setdefault(terms.property_name(q.predicate.value), q.object)
            by_name.setdefault("e", q.subject)
        row = {variable: by_name.get(name) for variable, name in _EVENT_VARIABLES.items()}
        if all(row[v] is not None for v in ("e", "type", "quad", "g", "neg", "hyp")):
            self.add(row)


def _counts(s: ox.NamedNode, tally: Tally, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    yield ox.Quad(s, rdf.dg("eventCount"), rdf.integer(tally.asserted), graph)
    yield ox.Quad(s, rdf.dg("reportCount"), rdf.integer(tally.reports), graph)
    for quad, prop in _QUAD_PROPERTY.items():
        yield ox.Quad(s, rdf.dg(prop), rdf.integer(tally.quads.get(quad, 0)), graph)
    if tally.mean_goldstein is not None:
        yield ox.Quad(s, rdf.dg("meanGoldstein"), rdf.decimal(tally.mean_goldstein), graph)


def pair_quads(
    source: str, target: str, tally: PairTally, graph: ox.NamedNode = SUMMARY_GRAPH
) -> Iterator[ox.Quad]:
    """The summary of one pair as quads (nothing when the pair has no events)."""
    if tally.pair.total == 0:
        return
    d = dyad_iri(source, target)
    t = tally.pair
    yield ox.Quad(d, rdf.RDF_TYPE, rdf.dg("DyadSummary"), graph)
    yield ox.Quad(d, rdf.dg("source"), actor_iri(source), graph)
    yield ox.Quad(d, rdf.dg("target"), actor_iri(target), graph)
    yield from _counts(d, t, graph)
    yield ox.Quad(d, rdf.dg("totalCount"), rdf.integer(t.total), graph)
    yield ox.Quad(d, rdf.dg("negatedCount"), rdf.integer(t.negated), graph)
    yield ox.Quad(d, rdf.dg("hypotheticalCount"), rdf.integer(t.hypothetical), graph)
    yield from _span_quads(d, t.first, t.last, graph)
    for month, m in sorted(tally.months.items()):
        node = ox.NamedNode(f"{d.value}#{month}")
        yield ox.Quad(node, rdf.RDF_TYPE, rdf.dg("DyadMonth"), graph)
        yield ox.Quad(node, rdf.dg("dyad"), d, graph)
        yield ox.Quad(node, rdf.dg("yearMonth"), rdf.year_month(month), graph)
        yield from _counts(node, m, graph)
        yield ox.Quad(node, rdf.dg("totalCount"), rdf.integer(m.total), graph)
        for event in m.events:
            yield ox.Quad(node, rdf.dg("event"), event, graph)
    for category, c in sorted(tally.categories.items()):
        node = ox.NamedNode(f"{d.value}#{category}")
        yield ox.Quad(node, rdf.RDF_TYPE, rdf.dg("DyadCategory"), graph)
        yield ox.Quad(node, rdf.dg("dyad"), d, graph)
        yield ox.Quad(node, rdf.dg("eventType"), rdf.iri(ns.PLOVER, category), graph)
        yield ox.Quad(node, rdf.dg("eventCount"), rdf.integer(c.asserted), graph)
        yield ox.Quad(node, rdf.dg("reportCount"), rdf.integer(c.reports), graph)
        yield ox.Quad(node, rdf.dg("totalCount"), rdf.integer(c.total), graph)
        if c.mean_goldstein is not None:
            yield ox.Quad(node, rdf.dg("meanGoldstein"), rdf.decimal(c.mean_goldstein), graph)
        for event in c.events:
            yield ox.Quad(node, rdf.dg("event"), event, graph)
    for key, cell in sorted(tally.cells.items()):
        yield from cell_quads(d, key, cell, graph)


def cell_quads(d: ox.NamedNode, key: CellKey, cell: Cell, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """One cell of the pair ``d``: its events of one category with one pair of flags."""
    category, negated, hypothetical = key
    node = ox.NamedNode(f"{d.value}#{cell_fragment(category, negated, hypothetical)}")
    yield ox.Quad(node, rdf.RDF_TYPE, rdf.dg("DyadCell"), graph)
    yield ox.Quad(node, rdf.dg("cellOf"), d, graph)
    yield ox.Quad(node, rdf.dg("eventType"), rdf.iri(ns.PLOVER, category), graph)
    yield ox.Quad(node, rdf.dg("negated"), rdf.boolean(negated), graph)
    yield ox.Quad(node, rdf.dg("hypothetical"), rdf.boolean(hypothetical), graph)
    yield ox.Quad(node, rdf.dg("eventCount"), rdf.integer(cell.events), graph)
    yield ox.Quad(node, rdf.dg("reportCount"), rdf.integer(cell.reports), graph)
    yield ox.Quad(node, rdf.dg("goldsteinTotal"), rdf.decimal(cell.goldstein_total), graph)
    yield from _span_quads(node, cell.first, cell.last, graph)


def _span_quads(
    node: ox.NamedNode, first: dt.date | None, last: dt.date | None, graph: ox.NamedNode
) -> Iterator[ox.Quad]:
    if first and last:
        yield ox.Quad(node, rdf.dg("firstDate"), rdf.date(first), graph)
        yield ox.Quad(node, rdf.dg("lastDate"), rdf.date(last), graph)


def _stored_quads(kg: KnowledgeGraph, source: str, target: str) -> list[ox.Quad]:
    d = dyad_iri(source, target)
    found = list(kg.native.quads_for_pattern(d, None, None, SUMMARY_GRAPH))
    for link in (rdf.dg("dyad"), rdf.dg("cellOf")):
        for part in kg.native.quads_for_pattern(None, link, d, SUMMARY_GRAPH):
            found.extend(kg.native.quads_for_pattern(part.subject, None, None, SUMMARY_GRAPH))
    return found


def store_has_pair(kg: KnowledgeGraph, source: str, target: str) -> bool:
    """Whether the store holds a summary or an event of the pair."""
    if _stored_quads(kg, source, target):
        return True
    s, t = actor_iri(source), actor_iri(target)
    return bool(kg.query(f"ASK {{ ?e dg:source {s} ; dg:target {t} ; a dg:Event }}"))


def tally_pair(kg: KnowledgeGraph, source: str, target: str) -> PairTally:
    tally = PairTally()
    text = PAIR_EVENTS.format(s=actor_iri(source), t=actor_iri(target), fields=_EVENT_FIELDS)
    for row in kg.query(text):
        tally.add(row)
    return tally


def stale_marks(pairs: Iterable[Pair], tag: str) -> Iterator[ox.Quad]:
    """The marks that say "the summary of these pairs may be stale" (meta graph), unique
    to one write (``tag``, a :func:`~diplograph.graph.claims.token`): a refresh removes
    the marks it read, never one a write made while it ran."""
    for source, target in pairs:
        node = ox.NamedNode(f"{dyad_iri(source, target).value}#stale-{tag}")
        yield ox.Quad(node, _STALE_SOURCE, actor_iri(source), META_GRAPH)
        yield ox.Quad(node, _STALE_TARGET, actor_iri(target), META_GRAPH)


_PAIR_MARKS = """SELECT ?m WHERE {{ GRAPH {meta} {{
    ?m dg:staleSummaryTarget {t} ; dg:staleSummarySource {s} }} }}"""


def pair_marks(kg: KnowledgeGraph, source: str, target: str) -> list[ox.Quad]:
    """The stored stale marks of the pair's summary (none when it is up to date): one per
    write since its last refresh (and the one mark stores written before tokens hold)."""
    s, t = actor_iri(source), actor_iri(target)
    found = []
    for row in kg.query(_PAIR_MARKS.format(meta=META_GRAPH, s=s, t=t)):
        node = row["m"]
        if isinstance(node, ox.NamedNode):
            found += [
                ox.Quad(node, _STALE_SOURCE, s, META_GRAPH),
                ox.Quad(node, _STALE_TARGET, t, META_GRAPH),
            ]
    return found


def refresh_pairs(kg: KnowledgeGraph, pairs: Iterable[Pair]) -> int:
    """Recompute the summaries of ``pairs`` (actor ids) from their events; each pair
    is replaced, and the stale marks read before its events removed, in one update (several
    pairs an update: :class:`~diplograph.graph.claims.GuardedSwaps`), unless another
    refresh of the pair committed meanwhile (then that one stands, and a mark stays for
    any write it may have missed). Returns how many pairs were refreshed."""
    chosen = sorted(actor_pairs(pairs))
    swaps = GuardedSwaps(kg.native)
    swaps.claim(dyad_iri(s, t) for s, t in chosen)  # before reading anything of them
    for source, target in chosen:
        marks = pair_marks(kg, source, target)  # before the events: a later write keeps its mark
        stored = set(_stored_quads(kg, source, target))
        made = set(pair_quads(source, target, tally_pair(kg, source, target)))
        # only what changed: a busy pair lists many events
        swaps.add(dyad_iri(source, target), (stored - made) | set(marks), made - stored)
    swaps.flush()
    logger.debug("refreshed %d pair summaries", len(chosen))
    return len(chosen)


def pairs_of_keys(keys: Iterable[Key]) -> set[Pair]:
    """The (source, target) pairs of actors of ``keys`` (the pairs whose summaries they feed)."""
    return {p for k in keys if (p := k.pair) is not None}


def actor_pairs(pairs: Iterable[Pair]) -> set[Pair]:
    """The pairs whose sides are both actor ids: events between other resources
    (written through SPARQL Update or the Graph Store) have no summary."""
    kept = {p for p in pairs if is_actor_id(p[0]) and is_actor_id(p[1])}
    for source, target in set(pairs) - kept:
        logger.warning("no summary for events from %s to %s: not actor ids", source, target)
    return kept


def pairs_in_graph(kg: KnowledgeGraph, graph: ox.NamedNode | ox.DefaultGraph) -> set[Pair]:
    """The (source, target) pairs of the events in one graph."""
    if isinstance(graph, ox.NamedNode) and not kg.native.contains_named_graph(graph):
        return set()
    rows = kg.native.query(ARTICLE_PAIRS, prefixes=ns.PREFIXES, default_graph=graph)
    assert isinstance(rows, ox.QuerySolutions)
    return {(actor_id_of(r["s"].value), actor_id_of(r["t"].value)) for r in rows}


def settle(kg: KnowledgeGraph, keys: Iterable[Key], pairs: Iterable[Pair] = ()) -> None:
    """Merge the reports of ``keys`` into events again, then refresh the summaries of
    their pairs (and of ``pairs``): what follows any write of reports."""
    keys = set(keys)
    happenings.recluster(kg, keys)
    refresh_pairs(kg, pairs_of_keys(keys) | set(pairs))


def touched_marks(kg: KnowledgeGraph, keys: set[Key]) -> Iterator[ox.Quad]:
    """The marks a write of reports of ``keys`` makes in its transaction: the keys' events
    and their pairs' summaries may be stale (cleared by :func:`settle`, else by :func:`repair`);
    a new store's first write also marks its summaries' scheme."""
    tag = token()
    return itertools.chain(
        stale_marks(pairs_of_keys(keys), tag), happenings.stale_key_marks(kg, keys, tag), scheme_marks(kg)
    )


def write_with_summaries(
    kg: KnowledgeGraph, result: ArticleResult, run: rdf.Run, pending: set[Key] | None = None
) -> WriteOutcome:
    """Write one article, then merge the reports of the keys it touched (those of its new
    reports and of the reports it replaced) into events and refresh their pairs' summaries.
    The article's transaction marks those keys and pairs stale, so that a crash before the
    merge or the refresh leaves work for :func:`repair`.

    With ``pending``, the keys are added to it instead, for one :func:`settle` at the end
    of a batch: recomputing a busy pair costs ~0.1 s at 1M triples, so a batch should
    merge each key and refresh each pair once, not once per article."""
    key = result.article.key
    before = happenings.keys_of_article(kg, key) if kg.has_article(key) else set()
    touched = before | happenings.keys_of_result(result)
    outcome = kg.write_article(result, run, also=touched_marks(kg, touched))
    if outcome.status is not WriteStatus.UNCHANGED:
        if pending is None:
            settle(kg, touched)
        else:
            pending |= touched
    return outcome


def rebuild(kg: KnowledgeGraph) -> int:
    """Recompute every pair summary in one pass over the events. Returns the number of
    pairs. The whole summary graph is marked stale until the new one is written, so a
    crash half-way leaves a mark for :func:`repair`."""
    kg.native.add(_REBUILD_MARK)
    marks = _all_marks(kg)  # before the events: a write during the rebuild keeps its marks
    tallies: dict[Pair, PairTally] = {}
    for row in kg.query(ALL_EVENTS):
        pair = (actor_id_of(row["s"].value), actor_id_of(row["t"].value))
        tally = tallies.get(pair)
        if tally is None:
            tally = tallies[pair] = PairTally()
        tally.add(row)
    kg.native.clear_graph(SUMMARY_GRAPH)
    kept = actor_pairs(tallies)

    def quads() -> Iterator[ox.Quad]:
        for (source, target), tally in tallies.items():
            if (source, target) in kept:
                yield from pair_quads(source, target, tally)

    kg.native.extend(quads())
    schemes = list(kg.native.quads_for_pattern(SUMMARY_GRAPH, _SCHEME, None, META_GRAPH))
    swap_quads(kg.native, [*marks, *claims(kg.native), *schemes, _REBUILD_MARK], [_SCHEME_MARK])
    kg.flush()
    logger.info("rebuilt %d pair summaries", len(kept))
    return len(kept)


def rebuild_marks() -> list[ox.Quad]:
    """The marks of a rebuild of every event and summary under way (what :func:`rebuild_all`
    writes first and removes last): written with a store's new content, they make the next
    :func:`repair` finish the rebuild should it not end."""
    return [happenings.REBUILD_MARK, _REBUILD_MARK]


def rebuild_all(kg: KnowledgeGraph) -> int:
    """Merge every report into events again, then recompute every pair summary (after a
    restore or a SPARQL Update, which may change any report). Returns the number of pairs."""
    happenings.rebuild(kg)
    return rebuild(kg)


@dataclass(frozen=True, slots=True)
class GraphState:
    """What a graph feeds before a Graph Store write: the keys of its reports and the pairs
    of the events it holds itself."""

    keys: set[Key]
    pairs: set[Pair]


def graph_state(kg: KnowledgeGraph, graph: ox.NamedNode | ox.DefaultGraph) -> GraphState:
    return GraphState(happenings.keys_in_graph(kg, graph), pairs_in_graph(kg, graph))


def after_graph_write(kg: KnowledgeGraph, before: GraphState, graph: ox.NamedNode | ox.DefaultGraph) -> None:
    """After a Graph Store write: merge the reports of the keys the graph fed before or
    feeds now, and refresh the summaries of their pairs and of the events it held or holds."""
    now = graph_state(kg, graph)
    settle(kg, before.keys | now.keys, before.pairs | now.pairs)


def _all_marks(kg: KnowledgeGraph) -> list[ox.Quad]:
    return [
        q
        for p in (_STALE_SOURCE, _STALE_TARGET)
        for q in kg.native.quads_for_pattern(None, p, None, META_GRAPH)
    ]


def _has(kg: KnowledgeGraph, quad: ox.Quad) -> bool:
    return any(
        True for _ in kg.native.quads_for_pattern(quad.subject, quad.predicate, quad.object, quad.graph_name)
    )


def has_cells(kg: KnowledgeGraph) -> bool:
    """Whether every pair summary of the store holds its cells (the store is marked with
    :data:`SUMMARY_SCHEME`: :func:`repair` marks a new store, or rebuilds an older one)."""
    return _has(kg, _SCHEME_MARK)


def _has_summaries(kg: KnowledgeGraph) -> bool:
    kind = rdf.dg("DyadSummary")
    return any(True for _ in kg.native.quads_for_pattern(None, rdf.RDF_TYPE, kind, SUMMARY_GRAPH))


def scheme_marks(kg: KnowledgeGraph) -> list[ox.Quad]:
    """The mark of the summaries' scheme, for the first write to a store without summaries."""
    return [] if has_cells(kg) or _has_summaries(kg) else [_SCHEME_MARK]


def _scheme_outdated(kg: KnowledgeGraph) -> bool:
    """Summaries written before cells were (rebuild them), or a new store (mark it)."""
    if has_cells(kg):
        return False
    if _has_summaries(kg):
        return True
    kg.native.add(_SCHEME_MARK)
    return False


def _rebuild_pending(kg: KnowledgeGraph) -> bool:
    return _has(kg, _REBUILD_MARK)


def marked_pairs(kg: KnowledgeGraph) -> set[Pair]:
    """The pairs whose summaries a write marked and no refresh has cleared yet."""
    sources = {
        q.subject: q.object for q in kg.native.quads_for_pattern(None, _STALE_SOURCE, None, META_GRAPH)
    }
    pairs = set()
    for q in kg.native.quads_for_pattern(None, _STALE_TARGET, None, META_GRAPH):
        source = sources.get(q.subject)
        if isinstance(source, ox.NamedNode) and isinstance(q.object, ox.NamedNode):
            pairs.add((actor_id_of(source.value), actor_id_of(q.object.value)))
    return pairs


# events no summary indexes (every event of a pair is listed by its category node)
UNINDEXED_PAIRS = f"""SELECT DISTINCT ?s ?t WHERE {{
    ?e a dg:Event ; dg:source ?s ; dg:target ?t .
    FILTER NOT EXISTS {{ GRAPH <{SUMMARY_GRAPH.value}> {{ ?c dg:event ?e }} }}
}}"""
# summaries that index events no longer stored
DANGLING_PAIRS = f"""SELECT DISTINCT ?s ?t WHERE {{
    GRAPH <{SUMMARY_GRAPH.value}> {{ ?c dg:event ?e ; dg:dyad ?d . ?d dg:source ?s ; dg:target ?t }}
    FILTER NOT EXISTS {{ ?e a dg:Event }}
}}"""


def unsummarised_pairs(kg: KnowledgeGraph) -> set[Pair]:
    """Pairs whose stored events and summary disagree on which events there are (a
    pass over every event: for start-up and ``diplograph repair``, not every write)."""
    found: set[Pair] = set()
    for text in (UNINDEXED_PAIRS, DANGLING_PAIRS):
        found |= {(actor_id_of(r["s"].value), actor_id_of(r["t"].value)) for r in kg.query(text)}
    return found


@dataclass(frozen=True, slots=True)
class Repair:
    """What :func:`repair` did."""

    rebuilt: bool  # every summary was recomputed
    pairs: int  # pairs refreshed (all of them when rebuilt)


def repair(kg: KnowledgeGraph, *, deep: bool = False, full: bool = False) -> Repair:
    """Bring the events up to date with the stored reports, and the summaries with the
    events: the keys and pairs a crashed write, merge or refresh left marked (cheap: every
    ingest runs this); with ``deep``, also the keys whose reports no event lists (or
    whose events list reports gone) and the pairs whose events the summaries miss or list
    wrongly; with ``full`` (or after a crash during a rebuild, or when the merge window
    changed), every key and pair. Either of these clears :attr:`KnowledgeGraph.deep_repair_due`."""
    done = _repaired(kg, deep=deep, full=full)
    if deep or full:
        kg.deep_repair_due = False
    return done


def _repaired(kg: KnowledgeGraph, *, deep: bool, full: bool) -> Repair:
    if full or happenings.needs_rebuild(kg):
        happenings.rebuild(kg)
        return Repair(True, rebuild(kg))
    if _rebuild_pending(kg) or _scheme_outdated(kg):
        return Repair(True, rebuild(kg))
    keys = happenings.marked_keys(kg) | (happenings.unmerged_keys(kg) if deep else set())
    if keys:
        happenings.recluster(kg, keys)
        logger.warning("merged the reports of %d keys again (%s)", len(keys), kg.location)
    pairs = marked_pairs(kg) | pairs_of_keys(keys) | (unsummarised_pairs(kg) if deep else set())
    if not pairs:
        return Repair(False, 0)
    n = refresh_pairs(kg, pairs)
    kg.flush()
    logger.warning("repaired the summaries of %d pairs (%s)", n, kg.location)
    return Repair(False, n)
