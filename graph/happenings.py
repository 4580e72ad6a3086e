"""One event per happening: the reports of several articles merged into one ``dg:Event``.

Each article's graph keeps what the article says: one ``dg:Report`` per happening it
reports, with its mentions. The **events graph** (``ns.events_graph()``, derived, written
by diplograph only) holds the ``dg:Event`` nodes: the reports of one key (source, target,
category, negated, hypothetical) are clustered by single linkage, closest dates first;
two reports may belong together when

* their modes are compatible (equal, or one has none),
* both dates lie within ``window`` days of one day (``DIPLOGRAPH_MERGE_WINDOW_DAYS``, 1 by
  default: at most two days apart; a report without a date stays alone), and
* their places are compatible (the same stated place, or either states none),

and a group never holds two stated places, two modes, or dates spanning more than twice
the window (pure single linkage chains: a report without a place joined Kharkiv to
Odesa, daily reports made a week one event; ``bench/merging.py`` measured F1 0.88 for it
against 0.945 for this rule).

A cluster is one event whose id comes from its smallest report id, so the same reports
give the same events in whatever order their articles came (and an event keeps its id
when a later report joins it). The event links every report (``dg:report``), article
(``dg:article``) and mention (``prov:wasDerivedFrom``), counts its reports
(``dg:reports``) and distinct outlets (``dg:sources``: publishers, else URL hosts) and
takes its date from the report that dates it best (stated before relative before the
article's date; day before week, month, year; then the earliest).

Writes follow the summaries' pattern (graph/summaries.py): an article's transaction
writes a "stale key" mark of its own for every key its reports touch (:func:`stale_key_marks`);
:func:`recluster` rewrites the events of those keys and clears the marks it read, guarded
against a concurrent merge of the same key (:mod:`~diplograph.graph.claims`);
:func:`marked_keys` lists what a crash, or a write during a merge, left to do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import pyoxigraph as ox
from diplograph.graph import rdf, terms
from diplograph.graph.claims import GuardedSwaps
from diplograph.graph.ids import actor_iri, article_graph, event_id_of, event_iri, is_actor_iri, report_iri
from diplograph.graph.store import META_GRAPH, KnowledgeGraph, data_block
from diplograph.graph.terms import Props, first
from diplograph.ontology import namespaces as ns

from diplograph.model import ArticleResult, stable_id

logger = logging.getLogger(__name__)

EVENTS_GRAPH = ox.NamedNode(ns.events_graph())
#: Version of the recipe of event ids (a cluster's smallest report id).
HAPPENING_ID_SCHEME = "happening/1"
_STALE_KEY = rdf.dg("staleEventKey")
_WINDOW = rdf.dg("mergeWindowDays")
REBUILD_MARK = ox.Quad(EVENTS_GRAPH, rdf.dg("rebuildPending"), rdf.boolean(True), META_GRAPH)
_DATE_BASIS_RANK = {"stated": 0, "relative": 1, "reported": 2}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
#: properties an event takes from its leading report as they are
_COPIED = (
    *(rdf.dg(p) for p in ("sourceText", "targetText", "sourceSector", "targetSector", "sourcePerson")),
    *(rdf.dg(p) for p in ("targetPerson", "cameo", "goldstein", "quadClass", "trigger")),
    rdf.GENERATED_BY,
)
_DATED = tuple(rdf.dg(p) for p in ("date", "datePrecision", "dateBasis", "dateText"))
_PLACED = (rdf.iri(ns.SCHEMA, "location"), rdf.dg("placeBasis"))
#: the properties of a report (local names) that merging reads: all a run keeps of its reports
MERGED_PROPERTIES = frozenset(
    {terms.property_name(p.value) for p in (*_COPIED, *_DATED, *_PLACED)}
    | {"mode", "confidence", "reportDate", "wasDerivedFrom", "article"}
)


@dataclass(frozen=True, slots=True, order=True)
class Key:
    """What reports of one happening share: the IRIs of source, target (``""`` for none)
    and category, and the flags."""

    source: str
    target: str
    category: str
    negated: bool
    hypothetical: bool

    @property
    def pair(self) -> tuple[str, str] | None:
        """(source, target) as actor ids when both are actors (the pair of a summary)."""
        if is_actor_iri(self.source) and is_actor_iri(self.target):
            return (self.source.removeprefix(str(ns.ACTOR)), self.target.removeprefix(str(ns.ACTOR)))
        return None

    def encode(self) -> str:
        return " ".join(
            (
                self.source,
                self.target or "-",
                self.category,
                str(int(self.negated)),
                str(int(self.hypothetical)),
            )
        )

    @classmethod
    def decode(cls, text: str) -> Key | None:
        parts = text.split(" ")
        if len(parts) != 5:
            return None
        s, t, c, n, h = parts
        return cls(s, "" if t == "-" else t, c, n == "1", h == "1")


@dataclass(frozen=True, slots=True)
class Report:
    """One stored report of a key, as the clustering needs it."""

    iri: ox.NamedNode
    props: Props
    article: ox.NamedNode | None
    outlet: str | None  # publisher, else the URL's host

    @property
    def id(self) -> str:
        return terms.local_name(self.iri) or self.iri.value

    @property
    def date(self) -> dt.date | None:
        return terms.day(first(self.props, "date"))

    @property
    def mode(self) -> str | None:
        return terms.text(first(self.props, "mode"))

    @property
    def stated_place(self) -> str | None:
        if terms.text(first(self.props, "placeBasis")) != "stated":
            return None
        return terms.text(first(self.props, "location"))

    @property
    def confidence(self) -> float:
        return terms.number(first(self.props, "confidence")) or 0.0

    def date_rank(self) -> tuple[int, int, dt.date, str]:
        """Lower is better: how the report's date was found, how precise it is, how early."""
        basis = _DATE_BASIS_RANK.get(terms.text(first(self.props, "dateBasis")) or "", 2)
        precision = _PRECISION_RANK.get(terms.text(first(self.props, "datePrecision")) or "", 0)
        return (basis, precision, self.date or dt.date.max, self.id)


# -- the rule ---------------------------------------------------------------------------------------
def compatible_modes(a: Report, b: Report) -> bool:
    return a.mode is None or b.mode is None or a.mode == b.mode


def compatible_places(a: Report, b: Report) -> bool:
    pa, pb = a.stated_place, b.stated_place
    return pa is None or pb is None or pa == pb


def close_in_time(a: Report, b: Report, window: int) -> bool:
    """Both dates within ``window`` days of one day (the happening's): at most twice the
    window apart. A report without a date is close to none."""
    da, db = a.date, b.date
    return da is not None and db is not None and abs((da - db).days) <= 2 * window


def same_happening(a: Report, b: Report, window: int) -> bool:
    """Whether two reports of one key tell of one happening."""
    return close_in_time(a, b, window) and compatible_modes(a, b) and compatible_places(a, b)


@dataclass(slots=True)
class _Group:
    """A group of reports being built, with the stated places and modes it holds."""

    members: list[int]
    places: set[str]
    modes: set[str]
    first: dt.date
    last: dt.date

    def accepts(self, other: _Group, window: int) -> bool:
        """Whether the two groups may be one: at most one stated place and one mode between
        them (a report that states neither must not bridge Kharkiv and Odesa), and all
        their dates within ``window`` of one day (reports a day either side of the
        happening: a chain of reports a day apart must not join a week's happenings)."""
        span = (max(self.last, other.last) - min(self.first, other.first)).days
        return (
            span <= 2 * window and len(self.places | other.places) <= 1 and len(self.modes | other.modes) <= 1
        )

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.places |= other.places
        self.modes |= other.modes
        self.first, self.last = min(self.first, other.first), max(self.last, other.last)


def _candidate_links(ordered: Sequence[Report], window: int) -> list[tuple[int, str, str, int, int]]:
    """The pairs of reports that may tell of one happening, closest in time first."""
    links = []
    for i, a in enumerate(ordered):
        if a.date is None:
            continue
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.date is None or (b.date - a.date).days > 2 * window:
                break  # sorted by date: every later report is further away
            if same_happening(a, b, window):
                links.append(((b.date - a.date).days, a.id, b.id, i, j))
    return sorted(links)


def _group(i: int, r: Report) -> _Group:
    day = r.date or dt.date.max
    return _Group([i], {p} if (p := r.stated_place) else set(), {m} if (m := r.mode) else set(), day, day)


def cluster(reports: Iterable[Report], window: int) -> list[list[Report]]:
    """Single linkage over :func:`same_happening`, closest pairs first, never joining two
    groups with different stated places or modes or whose dates would span more than
    twice the window (no chain of reports a day apart joins a week's happenings).

    Returns the groups, each sorted by id, sorted by their first id. Reports and links
    are taken in an order of their own (dates and ids), so the groups depend on the set
    of reports only, not on the order their articles came in."""
    ordered = sorted(reports, key=lambda r: (r.date or dt.date.max, r.id))
    groups = [_group(i, r) for i, r in enumerate(ordered)]
    group_of = list(range(len(ordered)))
    for *_, i, j in _candidate_links(ordered, window):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not groups[gi].accepts(groups[gj], window):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        groups[keep].absorb(groups[gone])
        for k in groups[gone].members:
            group_of[k] = keep
    found = [
        sorted((ordered[k] for k in g.members), key=lambda r: r.id)
        for n, g in enumerate(groups)
        if group_of[g.members[0]] == n
    ]
    return sorted(found, key=lambda g: g[0].id)


def happening_id(reports: Sequence[Report]) -> str:
    """The event id of a group of reports: from its smallest report id (order-independent,
    distinct for distinct groups since a report is in one group only)."""
    return stable_id(HAPPENING_ID_SCHEME, min(r.id for r in reports))


def combined_confidence(values: Iterable[float]) -> float:
    """1 - prod(1 - c), at most 0.99: several independent reports make an event surer."""
    doubt = 1.0
    for c in values:
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    return min(1.0 - doubt, 0.99)


# -- the event of a group ---------------------------------------------------------------------------
def _chosen_mode(reports: Sequence[Report], lead: Report) -> ox.NamedNode | None:
    modes = sorted({m for r in reports if (m := r.mode)})
    if not modes:
        return None
    return ox.NamedNode(lead.mode if lead.mode in modes else modes[0])


def _place_report(reports: Sequence[Report], lead: Report) -> Report | None:
    """The report whose place the event takes: the most stated place, else the lead's
    (a dateline), else the first with any place."""
    stated = Counter(p for r in reports if (p := r.stated_place))
    if stated:
        place = min(stated, key=lambda p: (-stated[p], p))
        return next(r for r in reports if r.stated_place == place)
    with_place = [r for r in reports if first(r.props, "location") is not None]
    if lead in with_place:
        return lead
    return with_place[0] if with_place else None


def _outlets(reports: Sequence[Report]) -> int:
    return len({r.outlet for r in reports if r.outlet})


def _copied(event: ox.NamedNode, report: Report, predicates: Iterable[ox.NamedNode]) -> Iterator[ox.Quad]:
    for p in predicates:
        for o in report.props.get(terms.property_name(p.value), [])[:1]:
            yield ox.Quad(event, p, o, EVENTS_GRAPH)


def event_quads(key: Key, reports: Sequence[Report]) -> Iterator[ox.Quad]:
    """The ``dg:Event`` of one group of reports of ``key``, in the events graph."""
    g = EVENTS_GRAPH
    e = event_iri(happening_id(reports))
    lead = min(reports, key=Report.date_rank)
    yield ox.Quad(e, rdf.RDF_TYPE, rdf.dg("Event"), g)
    yield ox.Quad(e, rdf.dg("source"), ox.NamedNode(key.source), g)
    if key.target:
        yield ox.Quad(e, rdf.dg("target"), ox.NamedNode(key.target), g)
    yield ox.Quad(e, rdf.dg("eventType"), ox.NamedNode(key.category), g)
    yield ox.Quad(e, rdf.dg("negated"), rdf.boolean(key.negated), g)
    yield ox.Quad(e, rdf.dg("hypothetical"), rdf.boolean(key.hypothetical), g)
    mode = _chosen_mode(reports, lead)
    if mode is not None:
        yield ox.Quad(e, rdf.dg("mode"), mode, g)
    yield from _copied(e, lead, _COPIED)
    yield from _copied(e, lead, _DATED)
    reported = [d for r in reports if (d := terms.day(first(r.props, "reportDate")))]
    if reported:
        yield ox.Quad(e, rdf.dg("reportDate"), rdf.date(min(reported)), g)
    placed = _place_report(reports, lead)
    if placed is not None:
        yield from _copied(e, placed, _PLACED)
    yield ox.Quad(e, rdf.dg("confidence"), rdf.decimal(combined_confidence(r.confidence for r in reports)), g)
    yield ox.Quad(e, rdf.dg("reports"), rdf.integer(len(reports)), g)
    yield ox.Quad(e, rdf.dg("sources"), rdf.integer(_outlets(reports)), g)
    for r in reports:
        yield ox.Quad(e, rdf.dg("report"), r.iri, g)
        if r.article is not None:
            yield ox.Quad(e, rdf.dg("article"), r.article, g)
        for m in r.props.get("wasDerivedFrom", []):
            yield ox.Quad(e, rdf.DERIVED_FROM, m, g)


# -- reading the reports of a key -------------------------------------------------------------------
def _key_pattern(var: str, key: Key) -> str:
    """The triple patterns that pick the nodes ``var`` of ``key`` (constants: Oxigraph plans
    its joins on them)."""
    s, c = ox.NamedNode(key.source), ox.NamedNode(key.category)
    lines = [
        f"{var} dg:source {s} ; dg:eventType {c} ; dg:negated {str(key.negated).lower()} ;",
        f"   dg:hypothetical {str(key.hypothetical).lower()} .",
    ]
    if key.target:
        lines.append(f"{var} dg:target {ox.NamedNode(key.target)} .")
    else:
        lines.append(f"FILTER NOT EXISTS {{ {var} dg:target ?anyTarget }}")
    return "\n    ".join(lines)


def outlet_of(article: Props) -> str | None:
    """Who published an article (its properties): the publisher, else the URL's host."""
    publisher = terms.text(first(article, "publisher"))
    if publisher:
        return publisher.strip().lower()
    url = terms.text(first(article, "url"))
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _outlet(kg: KnowledgeGraph, article: ox.NamedNode | None) -> str | None:
    return None if article is None else outlet_of(kg.properties(article))


def article_of(props: Props) -> ox.NamedNode | None:
    """The article a report's properties name."""
    article = first(props, "article")
    return article if isinstance(article, ox.NamedNode) else None


def key_of(props: Props) -> Key | None:
    """The key of a report (or an event) from its properties; None when it lacks one."""
    s, t, c = first(props, "source"), first(props, "target"), first(props, "eventType")
    if not isinstance(s, ox.NamedNode) or not isinstance(c, ox.NamedNode):
        return None
    target = t.value if isinstance(t, ox.NamedNode) else ""
    negated, hypothetical = terms.flag(first(props, "negated")), terms.flag(first(props, "hypothetical"))
    return Key(s.value, target, c.value, negated, hypothetical)


def reports_of(kg: KnowledgeGraph, key: Key) -> list[Report]:
    """The stored reports of ``key`` (in the articles' graphs)."""
    text = f"SELECT DISTINCT ?r ?g WHERE {{ GRAPH ?g {{ ?r a dg:Report .\n    {_key_pattern('?r', key)} }} }}"
    found = []
    for row in kg.query(text):
        r, g = row["r"], row["g"]
        if not isinstance(r, ox.NamedNode) or not isinstance(g, ox.NamedNode):
            continue
        props = kg.properties(r, g)
        article = article_of(props)
        found.append(Report(r, props, article, _outlet(kg, article)))
    return found


def _stored_events(kg: KnowledgeGraph, key: Key) -> set[ox.Quad]:
    pattern = _key_pattern("?e", key)
    text = f"SELECT DISTINCT ?e WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e a dg:Event .\n    {pattern} }} }}"
    stored: set[ox.Quad] = set()
    for row in kg.query(text):
        stored.update(kg.native.quads_for_pattern(row["e"], None, None, EVENTS_GRAPH))
    return stored


def merged_events(key: Key, reports: Iterable[Report], window: int) -> Iterator[list[ox.Quad]]:
    """The events (each as its quads) that ``reports`` of ``key`` make."""
    for group in cluster(reports, window):
        yield list(event_quads(key, group))


def key_quads(kg: KnowledgeGraph, key: Key) -> set[ox.Quad]:
    """The events ``key``'s stored reports make."""
    return {q for event in merged_events(key, reports_of(kg, key), kg.merge_window_days) for q in event}


# -- stale marks and writes -------------------------------------------------------------------------
def _mark_node(key: Key) -> ox.NamedNode:
    return ox.NamedNode(f"{EVENTS_GRAPH.value}/key/{stable_id(key.encode())}")


def stale_key_marks(kg: KnowledgeGraph, keys: Iterable[Key], tag: str) -> Iterator[ox.Quad]:
    """The marks that say "the events of these keys may be stale" (meta graph), unique to
    one write (``tag``, a :func:`~diplograph.graph.claims.token`), and the merge window on
    a store's first write."""
    if not _stored_window(kg):
        yield _window_quad(kg)
    for key in keys:
        node = ox.NamedNode(f"{_mark_node(key).value}/{tag}")
        yield ox.Quad(node, _STALE_KEY, ox.Literal(key.encode()), META_GRAPH)


def key_marks(kg: KnowledgeGraph, key: Key) -> list[ox.Quad]:
    """The stored stale marks of ``key``: one per write since its last merge (none when its
    events are up to date)."""
    return list(kg.native.quads_for_pattern(None, _STALE_KEY, ox.Literal(key.encode()), META_GRAPH))


def store_has_key(kg: KnowledgeGraph, key: Key) -> bool:
    """Whether the store holds anything of ``key``: a report or an event."""
    return bool(kg.query(f"ASK {{ {_key_pattern('?x', key)} }}"))


def marked_keys(kg: KnowledgeGraph) -> set[Key]:
    """The keys a write marked and no recluster has cleared yet."""
    found = set()
    for q in kg.native.quads_for_pattern(None, _STALE_KEY, None, META_GRAPH):
        key = Key.decode(q.object.value) if isinstance(q.object, ox.Literal) else None
        if key is not None:
            found.add(key)
    return found


def recluster(kg: KnowledgeGraph, keys: Iterable[Key]) -> int:
    """Rewrite the events of ``keys`` from their stored reports: what changed is replaced
    and the marks read before the reports cleared in the same update (one update for many
    keys: :class:`~diplograph.graph.claims.GuardedSwaps`, which applies none of a key's
    swap if another merge of the key committed meanwhile). Returns the number of keys."""
    chosen = sorted(set(keys))
    swaps = GuardedSwaps(kg.native)
    swaps.claim(_mark_node(key) for key in chosen)  # before reading anything of them
    for key in chosen:
        marks = key_marks(kg, key)  # before the reports: a later write keeps its mark
        stored, made = _stored_events(kg, key), key_quads(kg, key)
        swaps.add(_mark_node(key), (stored - made) | set(marks), made - stored)
    swaps.flush()
    logger.debug("reclustered %d event keys", len(chosen))
    return len(chosen)


# -- which keys ------------------------------------------------------------------------------------
_KEYS = """SELECT DISTINCT ?s ?t ?c ?n ?h WHERE {{
    {graph} {{ ?x a {cls} ; dg:source ?s ; dg:eventType ?c ; dg:negated ?n ; dg:hypothetical ?h .
    OPTIONAL {{ ?x dg:target ?t }} {extra} }}
}}"""


def _keys(kg: KnowledgeGraph, text: str, **kwargs: object) -> set[Key]:
    found = set()
    for r in kg.query(text, **kwargs):
        s, c, t = r["s"], r["c"], r["t"]
        if not isinstance(s, ox.NamedNode) or not isinstance(c, ox.NamedNode):
            continue
        target = t.value if isinstance(t, ox.NamedNode) else ""
        found.add(Key(s.value, target, c.value, terms.flag(r["n"]), terms.flag(r["h"])))
    return found


def keys_in_graph(kg: KnowledgeGraph, graph: ox.NamedNode | ox.DefaultGraph) -> set[Key]:
    """The keys of the reports in one graph."""
    if isinstance(graph, ox.NamedNode) and not kg.native.contains_named_graph(graph):
        return set()
    text = _KEYS.format(graph="", cls="dg:Report", extra="")
    return _keys(kg, text, default_graph=graph)


def keys_of_article(kg: KnowledgeGraph, article_key: str) -> set[Key]:
    return keys_in_graph(kg, article_graph(article_key))


def keys_of_result(result: ArticleResult) -> set[Key]:
    return {
        Key(
            actor_iri(e.source.actor.id).value,
            actor_iri(e.target.actor.id).value if e.target else "",
            rdf.iri(ns.PLOVER, e.relation.plover.value).value,
            e.negated,
            e.hypothetical,
        )
        for e in result.events
    }


def all_keys(kg: KnowledgeGraph) -> set[Key]:
    return _keys(kg, _KEYS.format(graph="", cls="dg:Report", extra=""))


def unmerged_keys(kg: KnowledgeGraph) -> set[Key]:
    """Keys whose reports and events disagree: a report no event lists, or an event that
    lists a report no longer stored (a pass over every report: for ``repair --deep``)."""
    unlisted = _KEYS.format(
        graph="", cls="dg:Report", extra=f"FILTER NOT EXISTS {{ GRAPH {EVENTS_GRAPH} {{ ?e dg:report ?x }} }}"
    )
    dangling = _KEYS.format(
        graph=f"GRAPH {EVENTS_GRAPH}",
        cls="dg:Event",
        extra="?x dg:report ?r . FILTER NOT EXISTS { GRAPH ?g { ?r a dg:Report } }",
    )
    return _keys(kg, unlisted) | _keys(kg, dangling)


_SOURCES = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?r a dg:Report ; dg:source ?s } }"
_REPORTS_OF_SOURCE = """SELECT DISTINCT ?r ?g ?t ?c ?n ?h WHERE {{ GRAPH ?g {{
    ?r dg:source {source} ; a dg:Report ; dg:eventType ?c ; dg:negated ?n ; dg:hypothetical ?h .
    OPTIONAL {{ ?r dg:target ?t }} }}
}}"""


def reports_by_key(kg: KnowledgeGraph, source: ox.NamedNode) -> dict[Key, list[Report]]:
    """The stored reports of every key of ``source``, read in one query (what
    :func:`reports_of` reads key by key)."""
    by_key: dict[Key, list[Report]] = {}
    outlets: dict[ox.NamedNode, str | None] = {}
    for row in kg.query(_REPORTS_OF_SOURCE.format(source=source)):
        r, g, t, c = row["r"], row["g"], row["t"], row["c"]
        if not (isinstance(r, ox.NamedNode) and isinstance(g, ox.NamedNode) and isinstance(c, ox.NamedNode)):
            continue
        target = t.value if isinstance(t, ox.NamedNode) else ""
        key = Key(source.value, target, c.value, terms.flag(row["n"]), terms.flag(row["h"]))
        props = kg.properties(r, g)
        article = article_of(props)
        if article is not None and article not in outlets:
            outlets[article] = _outlet(kg, article)
        by_key.setdefault(key, []).append(
            Report(r, props, article, outlets.get(article) if article else None)
        )
    return by_key


def rebuild(kg: KnowledgeGraph) -> int:
    """Recompute every event from the stored reports, reading the reports of one source
    at a time (one query each, not one per key). Returns the number of keys. A mark says a
    rebuild is under way, so that a crash half-way leaves work for :func:`repair`."""
    kg.native.add(REBUILD_MARK)
    stale = list(kg.native.quads_for_pattern(None, _STALE_KEY, None, META_GRAPH))  # before the reports
    kg.native.clear_graph(EVENTS_GRAPH)
    sources = [r["s"] for r in kg.query(_SOURCES) if isinstance(r["s"], ox.NamedNode)]
    keys = 0
    for source in sorted(sources, key=lambda s: s.value):
        by_key = reports_by_key(kg, source)
        keys += len(by_key)
        kg.native.extend(  # one transaction per source
            q
            for key, reports in sorted(by_key.items())
            for event in merged_events(key, reports, kg.merge_window_days)
            for q in event
        )
    parts = [f"DELETE DATA {{ {data_block([*stale, *_stored_window(kg), REBUILD_MARK])} }}"]
    parts.append(f"INSERT DATA {{ {data_block([_window_quad(kg)])} }}")
    kg.native.update(" ;\n".join(parts))
    logger.info("merged the reports of %d keys into events", keys)
    return keys


def _stored_window(kg: KnowledgeGraph) -> list[ox.Quad]:
    return list(kg.native.quads_for_pattern(EVENTS_GRAPH, _WINDOW, None, META_GRAPH))


def _window_quad(kg: KnowledgeGraph) -> ox.Quad:
    return ox.Quad(EVENTS_GRAPH, _WINDOW, rdf.integer(kg.merge_window_days), META_GRAPH)


def needs_rebuild(kg: KnowledgeGraph) -> bool:
    """A rebuild crashed half-way, or the events were merged with another window than the
    store's (``DIPLOGRAPH_MERGE_WINDOW_DAYS`` changed). (Reports written without a merge
    are found by :func:`unmerged_keys`.)"""
    m = REBUILD_MARK
    if any(True for _ in kg.native.quads_for_pattern(m.subject, m.predicate, m.object, m.graph_name)):
        return True
    stored = _stored_window(kg)
    return bool(stored) and terms.integer(stored[0].object) != kg.merge_window_days


def events_of_reports(kg: KnowledgeGraph, report_ids: Iterable[str]) -> dict[str, str]:
    """The event id each of ``report_ids`` was merged into (reports not merged are left out)."""
    found = {}
    for report_id in report_ids:
        for q in kg.native.quads_for_pattern(None, rdf.dg("report"), report_iri(report_id), EVENTS_GRAPH):
            if isinstance(q.subject, ox.NamedNode):
                found[report_id] = event_id_of(q.subject.value)
    return found
