"""A country's relations (``GET /actors/{id}/relations``): one page of an
actor's events with its counterparts, newest first, filtered by a
:class:`~diplograph.graph.selection.Selection`, with a cursor to the next page.

Values from requests never become SPARQL text as they came: ids become IRIs
in :mod:`diplograph.graph.ids`, the filters become SPARQL in
:func:`~diplograph.graph.selection.sparql_conditions` (literal values bound with
pyoxigraph ``substitutions``), and the cursor is decoded and checked here.

The page is read through the per-pair summaries (:mod:`diplograph.graph.summaries`):
their month and category nodes list their events, so a page of a busy actor's
newest relations touches the events of its newest months, and a category filter
the events of that category, never the rest.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
from dataclasses import dataclass
from enum import StrEnum

import pyoxigraph as ox
from diplograph.graph import rdf, terms
from diplograph.graph.actors import ActorRef, labels, require_actors
from diplograph.graph.events import months_back
from diplograph.graph.ids import actor_id_of, actor_iri, check_event_id, dyad_iri, event_iri
from diplograph.graph.selection import Selection, projected, sparql_conditions
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH

from diplograph.errors import InputError

logger = logging.getLogger(__name__)


class Direction(StrEnum):
    """Which way a relation goes, seen from the actor asked about."""

    OUT = "out"  # the actor is the source
    IN = "in"  # the actor is the target
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page of relations ends: the (date, event id) of its last row."""

    date: dt.date
    event_id: str


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Which page of whose relations: the actor, optionally one counterpart and a
    direction, the page size and where the previous page ended."""

    actor: str
    counterpart: str | None = None
    direction: Direction = Direction.BOTH
    limit: int = 50
    cursor: Cursor | None = None


@dataclass(frozen=True, slots=True)
class RelationView:
    """One event between the actor and a counterpart."""

    event_id: str
    date: dt.date | None
    direction: Direction
    source: ActorRef
    target: ActorRef | None
    category: str
    mode: str | None
    cameo: str | None
    quad_class: str | None
    goldstein: float | None
    confidence: float | None
    negated: bool
    hypothetical: bool
    trigger: str | None
    article: str | None  # the first article that reported it
    reports: int = 1  # the articles that reported it
    sources: int | None = None  # distinct outlets among them, when known


@dataclass(frozen=True, slots=True)
class RelationPage:
    actor: str
    relations: list[RelationView]
    next_cursor: str | None
    plan: str  # "categories" or "months": how the page was found (for tuning)


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps({"d": cursor.date.isoformat(), "e": cursor.event_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(value: str) -> Cursor:
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        return Cursor(dt.date.fromisoformat(raw["d"]), check_event_id(raw["e"]))
    except (ValueError, KeyError, TypeError, binascii.Error, InputError):
        raise InputError(
            "malformed cursor: pass next_cursor from the previous page", where="cursor"
        ) from None


# The candidates are read from the summaries' index (``dg:event`` links of a pair's month and
# category nodes), so a lookup touches the actor's events of the months it shows, never all
# of them. Node IRIs are built from validated ids and months (or the PLOVER enum) and written
# as IRIs rendered by pyoxigraph: Oxigraph plans joins on constants, not on substituted
# variables. Literal values from the request (dates, confidence, cursor) are ``substitutions``.
Part = tuple[ox.NamedNode, Direction]  # a month or category node of a pair, and the pair's direction


def _sides(page: PageRequest) -> list[Direction]:
    return [d for d in (Direction.OUT, Direction.IN) if page.direction in (d, Direction.BOTH)]


def _dyads(kg: KnowledgeGraph, page: PageRequest) -> list[Part]:
    """The summary nodes of the pairs the page looks at."""
    a = actor_iri(page.actor)
    found: list[Part] = []
    for side in _sides(page):
        if page.counterpart:
            pair = (page.actor, page.counterpart) if side is Direction.OUT else (page.counterpart, page.actor)
            candidates = [dyad_iri(*pair)]
        else:
            prop = rdf.dg("source" if side is Direction.OUT else "target")
            candidates = [
                q.subject
                for q in kg.native.quads_for_pattern(None, prop, a, SUMMARY_GRAPH)
                if isinstance(q.subject, ox.NamedNode)
            ]
        found += [(d, side) for d in candidates]
    return found


def _span(kg: KnowledgeGraph, dyads: list[Part]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last date of the pairs' events (every event, any status)."""
    first = last = None
    for d, _ in dyads:
        for q in kg.native.quads_for_pattern(d, rdf.dg("firstDate"), None, SUMMARY_GRAPH):
            day = terms.day(q.object)
            first = day if first is None or (day and day < first) else first
        for q in kg.native.quads_for_pattern(d, rdf.dg("lastDate"), None, SUMMARY_GRAPH):
            day = terms.day(q.object)
            last = day if last is None or (day and day > last) else last
    return first, last


_PAGE_FIELDS = (
    "?e ?d ?dir ?s ?t ?type ?mode ?cameo ?quad ?g ?conf ?neg ?hyp ?trigger ?article ?reports ?sources"
)


def _page_query(
    selection: Selection, cursor: Cursor | None, parts: list[Part], by_category: bool, limit: int
) -> tuple[str, dict[ox.Variable, ox.Literal]]:
    """One query: the newest ``limit`` events listed by ``parts`` that pass the
    selection and come after the cursor, with their details."""
    values = " ".join(f'({node} "{side.value}")' for node, side in parts)
    conditions, subs = sparql_conditions(selection, scan=False, categories=not by_category)
    lines = [f"VALUES (?part ?dir) {{ {values} }}", "?part dg:event ?e .", "?e dg:date ?d .", *conditions]
    if cursor:
        subs[ox.Variable("cdate")] = rdf.date(cursor.date)
        subs[ox.Variable("cid")] = ox.Literal(event_iri(cursor.event_id).value)
        lines.append("FILTER(?d < ?cdate || (?d = ?cdate && STR(?e) > ?cid))")
    bound = projected(subs)
    body = "\n        ".join(lines)
    text = f"""SELECT {_PAGE_FIELDS} {bound} WHERE {{
    {{ SELECT DISTINCT ?e ?d ?dir {bound} WHERE {{
        {body}
    }} ORDER BY DESC(?d) ?e ?dir LIMIT {int(limit)} }}
    ?e dg:source ?s ; dg:target ?t ; dg:eventType ?type ; dg:cameo ?cameo ; dg:quadClass ?quad ;
       dg:goldstein ?g ; dg:confidence ?conf ; dg:negated ?neg ; dg:hypothetical ?hyp ; dg:trigger ?trigger ;
       dg:article ?article .
    OPTIONAL {{ ?e dg:mode ?mode }}
    OPTIONAL {{ ?e dg:reports ?reports }}
    OPTIONAL {{ ?e dg:sources ?sources }}
}} ORDER BY DESC(?d) ?e ?dir ?article"""
    return text, subs


Row = list[object]  # the terms of _PAGE_FIELDS, in order (None when unbound)


def _run_page(
    kg: KnowledgeGraph,
    selection: Selection,
    cursor: Cursor | None,
    parts: list[Part],
    by_category: bool,
    limit: int,
) -> list[Row]:
    if not parts or limit <= 0:
        return []
    text, subs = _page_query(selection, cursor, parts, by_category, limit)
    rows: list[Row] = []
    seen: set[tuple[object, object]] = set()
    width = len(_PAGE_FIELDS.split())
    for solution in kg.query(text, substitutions=subs) if subs else kg.query(text):
        row: Row = list(solution)[:width]
        if (row[0], row[2]) not in seen:  # one row per event and direction (an actor may have two labels)
            seen.add((row[0], row[2]))
            rows.append(row)
    return rows


def _actor(term: object) -> str:
    return actor_id_of(terms.text(term) or "")


def _views(kg: KnowledgeGraph, rows: list[Row]) -> list[RelationView]:
    names = labels(kg, {_actor(r[i]) for r in rows for i in (3, 4)})
    views = []
    for row in rows:
        e, d, direction, s_iri, t_iri, typ, mode, cameo, quad, g, conf, neg, hyp, trigger, article = row[:15]
        s, t = _actor(s_iri), _actor(t_iri)
        views.append(
            RelationView(
                event_id=str(terms.local_name(e)),
                date=terms.day(d),
                direction=Direction(terms.text(direction) or Direction.BOTH),
                source=ActorRef(s, names.get(s)),
                target=ActorRef(t, names.get(t)),
                category=terms.local_name(typ) or "",
                mode=terms.local_name(mode),
                cameo=terms.local_name(cameo),
                quad_class=terms.local_name(quad),
                goldstein=terms.number(g),
                confidence=terms.number(conf),
                negated=terms.flag(neg),
                hypothetical=terms.flag(hyp),
                trigger=terms.text(trigger),
                article=terms.local_name(article),
                reports=terms.integer(row[15]) or 1,
                sources=terms.integer(row[16]),
            )
        )
    return views


def _rows_by_month(
    kg: KnowledgeGraph, selection: Selection, page: PageRequest, dyads: list[Part], need: int
) -> list[Row]:
    """The rows of the pairs' month nodes, newest months first, 1, 2, 4 ... months at a time."""
    first, last = _span(kg, dyads)
    if not (first and last):
        return []
    bounds = [d for d in (selection.until, last, page.cursor.date if page.cursor else None) if d is not None]
    lows = [d for d in (selection.since, first) if d is not None]
    months = months_back(min(bounds), max(lows))
    rows: list[Row] = []
    window = 1
    while months and len(rows) < need:
        chosen, months = months[:window], months[window:]
        parts = [(ox.NamedNode(f"{d.value}#{m}"), side) for m in chosen for d, side in dyads]
        rows += _run_page(kg, selection, page.cursor, parts, False, need - len(rows))
        window *= 2
    return rows


def relations(kg: KnowledgeGraph, page: PageRequest, selection: Selection | None = None) -> RelationPage:
    """One page of the actor's relations that pass ``selection``, newest first
    (date, then event id), after ``page.cursor`` if given. With a category filter
    the pairs' category nodes list the candidates; otherwise their month nodes.
    An actor (or counterpart) the store knows nothing of is a :class:`NotFoundError`."""
    selection = selection or Selection()
    require_actors(kg, page.actor, *([page.counterpart] if page.counterpart else []))
    need = page.limit + 1
    dyads = _dyads(kg, page)
    if selection.categories:
        plan = "categories"
        parts = [
            (ox.NamedNode(f"{d.value}#{c.value}"), side) for d, side in dyads for c in selection.categories
        ]
        rows = _run_page(kg, selection, page.cursor, parts, True, need)
    else:
        plan = "months"
        rows = _rows_by_month(kg, selection, page, dyads, need)
    more = len(rows) > page.limit
    views = _views(kg, rows[: page.limit])
    last_row = views[-1] if views else None
    next_cursor = (
        encode_cursor(Cursor(last_row.date, last_row.event_id))
        if more and last_row and last_row.date
        else None
    )
    return RelationPage(page.actor, views, next_cursor, plan)
