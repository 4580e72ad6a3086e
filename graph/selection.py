"""Which events to look at: the :class:`Selection` filters and the SPARQL that
fetches the selected events from the knowledge graph.

User values never become query text: dates and search strings are bound with
pyoxigraph ``substitutions=``; categories and quad classes are enum members;
actor IRIs are built with :class:`pyoxigraph.NamedNode`, which rejects anything
that is not an IRI, from ids checked against :data:`ACTOR_ID`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import pyoxigraph as ox
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError, NotFoundError
from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)

#: What an actor id looks like: ``RUS``, ``org/NATO``, ``person/andrey-rudenko``.
ACTOR_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*$")
MAX_DEPTH = 5
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def _tuple(values: Iterable[Any] | None) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values or ()))


@dataclass(frozen=True, slots=True)
class Selection:
    """The filters of an export or an analysis.

    ``countries`` (actor ids) keep only their ego network to ``depth`` hops
    (no countries: the whole graph); ``categories`` / ``quad_classes`` keep
    events of those PLOVER categories or quad classes; ``min_events`` drops
    directed pairs with fewer events; hypothetical and negated events are left
    out unless asked for. ``per_event`` asks for one edge per event instead of
    one per directed pair.
    """

    countries: tuple[str, ...] = ()
    depth: int = 1
    since: dt.date | None = None
    until: dt.date | None = None
    categories: tuple[Plover, ...] = ()
    quad_classes: tuple[QuadClass, ...] = ()
    min_events: int = 1
    include_hypothetical: bool = False
    include_negated: bool = False
    per_event: bool = False

    def __post_init__(self) -> None:
        for name in ("countries", "categories", "quad_classes"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        for country in self.countries:
            if not ACTOR_ID.match(country):
                raise InputError(f"not an actor id: {country!r}", where="countries")
        if not 0 <= self.depth <= MAX_DEPTH:
            raise InputError(f"must be between 0 and {MAX_DEPTH}", where="depth")
        if self.min_events < 1:
            raise InputError("must be at least 1", where="min_events")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"since ({self.since}) is after until ({self.until})", where="since")

    @classmethod
    def parse(
        cls,
        *,
        countries: Sequence[str] | None = (),
        categories: Sequence[str] | None = (),
        quad_classes: Sequence[str] | None = (),
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        **rest: Any,
    ) -> Selection:
        """A selection from the strings of a command line or a query string; each list
        may repeat values and hold comma-separated ones ("RUS,UKR")."""
        return cls(
            countries=_items(countries),
            categories=tuple(parse_category(c) for c in _items(categories)),
            quad_classes=tuple(parse_quad_class(q) for q in _items(quad_classes)),
            since=parse_date(since, "since"),
            until=parse_date(until, "until"),
            **rest,
        )

    def with_countries(self, countries: Sequence[str], depth: int | None = None) -> Selection:
        return replace(self, countries=tuple(countries), depth=self.depth if depth is None else depth)

    def describe(self) -> str:
        """One line saying what is selected, for titles and logs."""
        parts = []
        if self.countries:
            parts.append(f"{', '.join(self.countries)} (depth {self.depth})")
        if self.since or self.until:
            parts.append(f"{self.since or '…'} – {self.until or '…'}")
        if self.categories:
            parts.append(" ".join(c.value for c in self.categories))
        if self.quad_classes:
            parts.append(" ".join(q.value for q in self.quad_classes))
        if self.min_events > 1:
            parts.append(f"≥ {self.min_events} events per pair")
        return "; ".join(parts) or "all events"


def _items(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


def parse_category(value: str) -> Plover:
    try:
        return Plover(value.strip().upper())
    except ValueError:
        raise InputError(
            f"unknown PLOVER category {value!r}; use one of {', '.join(p.value for p in Plover)}",
            where="categories",
        ) from None


def parse_quad_class(value: str) -> QuadClass:
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    for quad in QuadClass:
        if text in (quad.value, str(quad.number)):
            return quad
    raise InputError(
        f"unknown quad class {value!r}; use one of {', '.join(q.value for q in QuadClass)} or 1-4",
        where="quad_classes",
    )


def parse_date(value: str | dt.date | None, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {value!r}", where=where) from None


# -- rows ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EventRow:
    """One selected event, as the network and the page need it."""

    id: str
    source: str
    target: str
    category: Plover
    goldstein: float
    date: dt.date | None
    negated: bool = False
    hypothetical: bool = False
    confidence: float | None = None
    sentence: str | None = None
    url: str | None = None
    headline: str | None = None

    @property
    def quad_class(self) -> QuadClass:
        return self.category.quad


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    label: str
    kind: str | None = None
    iso_code: str | None = None


def actor_node(actor_id: str) -> ox.NamedNode:
    """The IRI of an actor id, refusing anything that is not an actor id."""
    if not ACTOR_ID.match(actor_id):
        raise InputError(f"not an actor id: {actor_id!r}")
    return ox.NamedNode(f"{ns.ACTOR}{actor_id}")


def actor_id_of(iri: str) -> str:
    return iri.removeprefix(str(ns.ACTOR))


def event_node(event_id: str) -> ox.NamedNode:
    if not re.fullmatch(r"[0-9a-f]{6,64}", event_id):
        raise InputError(f"not an event id: {event_id!r}")
    return ox.NamedNode(f"{ns.EVENT}{event_id}")


_EVENTS = """
SELECT ?e ?s ?t ?type ?g ?date ?neg ?hyp {projected} {details_vars} WHERE {{
  {values}
  ?e a dg:Event ; dg:source ?s ; dg:target ?t ; dg:eventType ?type ; dg:goldstein ?g ;
     dg:negated ?neg ; dg:hypothetical ?hyp .
  OPTIONAL {{ ?e dg:date ?date }}
  {details}
  {filters}
}}
"""
_DETAILS = """
  OPTIONAL { ?e dg:confidence ?conf }
  OPTIONAL { ?e prov:wasDerivedFrom ?m . ?m dg:text ?text }
  OPTIONAL { ?e dg:article ?a . OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?headline } }
"""


def _values(var: str, terms: Iterable[ox.NamedNode]) -> str:
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def events_query(
    selection: Selection,
    *,
    details: bool = False,
    pairs: Iterable[tuple[str, str]] | None = None,
    sources: Iterable[str] | None = None,
    targets: Iterable[str] | None = None,
) -> tuple[str, dict[ox.Variable, ox.Literal]]:
    """The SPARQL of the selected events and the values to substitute in it.

    Countries are not filtered here (their ego network is found on the graph);
    ``pairs`` limits the events to those directed (source, target) pairs,
    ``sources`` / ``targets`` to those from / to these actors.
    """
    values: list[str] = []
    filters: list[str] = []
    subs: dict[ox.Variable, ox.Literal] = {}
    if selection.categories:
        values.append(_values("type", (ox.NamedNode(f"{ns.PLOVER}{c.value}") for c in selection.categories)))
    if selection.quad_classes:
        values.append(
            _values(
                "type",
                (ox.NamedNode(f"{ns.PLOVER}{c.value}") for c in Plover if c.quad in selection.quad_classes),
            )
        )
    if pairs is not None:
        rows = " ".join(f"({actor_node(s)} {actor_node(t)})" for s, t in pairs)
        values.append(f"VALUES (?s ?t) {{ {rows} }}")
    if sources is not None:
        values.append(_values("s", (actor_node(a) for a in sorted(sources))))
    if targets is not None:
        values.append(_values("t", (actor_node(a) for a in sorted(targets))))
    if selection.since:
        filters.append("FILTER(?date >= ?since)")
        subs[ox.Variable("since")] = ox.Literal(selection.since.isoformat(), datatype=_XSD_DATE)
    if selection.until:
        filters.append("FILTER(?date <= ?until)")
        subs[ox.Variable("until")] = ox.Literal(selection.until.isoformat(), datatype=_XSD_DATE)
    if not selection.include_negated:
        filters.append("FILTER(?neg = false)")
    if not selection.include_hypothetical:
        filters.append("FILTER(?hyp = false)")
    query = _EVENTS.format(
        projected=" ".join(f"?{v.value}" for v in subs),
        details_vars="?conf ?text ?url ?headline" if details else "",
        values="\n  ".join(values),
        details=_DETAILS if details else "",
        filters="\n  ".join(filters),
    )
    return query, subs


_PLOVER_OF = {f"{ns.PLOVER}{p.value}": p for p in Plover}
_ACTOR_PREFIX, _EVENT_PREFIX = str(ns.ACTOR), str(ns.EVENT)


def _text(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _date(term: Any) -> dt.date | None:
    if term is None:
        return None
    try:
        return dt.date.fromisoformat(term.value)
    except ValueError:
        return None


def _row(r: ox.QuerySolution, details: bool) -> EventRow | None:
    """One result row as an event (read straight from the terms: this runs once per event)."""
    category = _PLOVER_OF.get(r["type"].value)
    if category is None:
        return None
    conf = r["conf"] if details else None
    return EventRow(
        id=r["e"].value.removeprefix(_EVENT_PREFIX),
        source=r["s"].value.removeprefix(_ACTOR_PREFIX),
        target=r["t"].value.removeprefix(_ACTOR_PREFIX),
        category=category,
        goldstein=float(r["g"].value),
        date=_date(r["date"]),
        negated=r["neg"].value == "true",
        hypothetical=r["hyp"].value == "true",
        confidence=float(conf.value) if conf is not None else None,
        sentence=_text(r["text"]) if details else None,
        url=_text(r["url"]) if details else None,
        headline=_text(r["headline"]) if details else None,
    )


def fetch_events(
    kg: KnowledgeGraph,
    selection: Selection,
    *,
    details: bool = False,
    pairs: Iterable[tuple[str, str]] | None = None,
    sources: Iterable[str] | None = None,
    targets: Iterable[str] | None = None,
) -> list[EventRow]:
    """The selected events (all countries, or only those of ``pairs``, from
    ``sources``, to ``targets``), ordered by date then id.

    Events without a target are not part of any relation and are left out.
    """
    pair_list = None if pairs is None else list(pairs)
    src = None if sources is None else set(sources)
    tgt = None if targets is None else set(targets)
    if pair_list == [] or src == set() or tgt == set():
        return []
    query, subs = events_query(selection, details=details, pairs=pair_list, sources=src, targets=tgt)
    seen: dict[str, EventRow] = {}
    for r in kg.query(query, substitutions=subs):
        row = _row(r, details)
        if row is not None and row.id not in seen:
            seen[row.id] = row
    rows = sorted(seen.values(), key=lambda e: (e.date or dt.date.min, e.id))
    logger.debug("selection %s: %d events", selection.describe(), len(rows))
    return rows


_ACTORS = """
SELECT ?a ?label ?kind ?iso WHERE {{
  {values}
  OPTIONAL {{ ?a skos:prefLabel ?label }}
  OPTIONAL {{ ?a dg:kind ?kind }}
  OPTIONAL {{ ?a dg:isoCode ?iso }}
}}
"""


def fetch_actors(kg: KnowledgeGraph, actor_ids: Iterable[str]) -> dict[str, ActorInfo]:
    """Label, kind and ISO code of each actor; an actor the store does not
    describe gets its id as label."""
    ids = sorted(set(actor_ids))
    found: dict[str, ActorInfo] = {}
    if ids:
        rows = kg.select(_ACTORS.format(values=_values("a", (actor_node(i) for i in ids))))
        for r in rows:
            aid = actor_id_of(str(r["a"]))
            if aid not in found or (r.get("label") and found[aid].label == aid):
                found[aid] = ActorInfo(aid, r.get("label") or aid, r.get("kind"), r.get("iso"))
    return {i: found.get(i, ActorInfo(i, i)) for i in ids}


_FIND_ACTOR = """
SELECT DISTINCT ?a ?q WHERE {
  ?a skos:prefLabel|skos:altLabel|dg:isoCode|dg:iso2 ?name .
  FILTER(LCASE(STR(?name)) = ?q)
} ORDER BY ?a
"""


def resolve_actor(kg: KnowledgeGraph, ref: str) -> str:
    """The actor id that ``ref`` (an id, an ISO code or a name) stands for."""
    text = ref.strip()
    if not text:
        raise InputError("empty actor reference")
    if ACTOR_ID.match(text):
        for candidate in dict.fromkeys((text, text.upper())):
            if next(kg.native.quads_for_pattern(actor_node(candidate), None, None), None) is not None:
                return candidate
    rows = kg.select(_FIND_ACTOR, substitutions={ox.Variable("q"): ox.Literal(text.lower())})
    ids = list(dict.fromkeys(actor_id_of(str(r["a"])) for r in rows if str(r["a"]).startswith(str(ns.ACTOR))))
    if not ids:
        raise NotFoundError(f"no actor called {ref!r}")
    if len(ids) > 1:
        logger.info("%r names %d actors; taking %s", ref, len(ids), ids[0])
    return ids[0]


def resolve_countries(kg: KnowledgeGraph, selection: Selection) -> Selection:
    """The selection with each of its countries resolved to an actor id."""
    if not selection.countries:
        return selection
    return selection.with_countries([resolve_actor(kg, c) for c in selection.countries])
