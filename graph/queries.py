"""The read queries behind the REST service, with typed results (``diplograph.graph.views``).

Values from requests never become SPARQL text as they came: actor and event
ids are validated before they become IRIs, categories and quad classes are
enums, and literal values (dates, confidence, the cursor) are bound with
pyoxigraph ``substitutions``. Generated text is made of pyoxigraph terms only.

An actor's relations are read through the per-pair summaries
(``diplograph.graph.summaries``): their month and category nodes list their events, so a
page of a busy actor's newest relations touches the events of its newest
months, and a category filter the events of that category, never the rest.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.actor_search import Candidate, NameKind, normalise, rank_actors
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH, actor_id, dyad_iri
from diplograph.graph.views import (
    ActorMatch,
    ActorRef,
    Cursor,
    Direction,
    RelationFilter,
    RelationPage,
    RelationView,
)
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError

logger = logging.getLogger(__name__)

ACTOR_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,63})?$")
EVENT_ID = re.compile(r"^[0-9a-f]{16}$")
SKOS = "http://www.w3.org/2004/02/skos/core#"
V = ox.Variable


def validate_actor_id(value: str) -> str:
    if not ACTOR_ID.match(value):
        raise InputError(
            f"not an actor id: {value!r} (e.g. RUS, org/NATO, person/andrey-rudenko)", where="actor"
        )
    return value


def validate_event_id(value: str) -> str:
    if not EVENT_ID.match(value):
        raise InputError(f"not an event id: {value!r} (16 hexadecimal digits)", where="event")
    return value


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps({"d": cursor.date.isoformat(), "e": cursor.event_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(value: str) -> Cursor:
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        return Cursor(dt.date.fromisoformat(raw["d"]), validate_event_id(raw["e"]))
    except (ValueError, KeyError, TypeError, binascii.Error, InputError):
        raise InputError(
            "malformed cursor: pass next_cursor from the previous page", where="cursor"
        ) from None


def term_text(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def term_float(term: object) -> float | None:
    text = term_text(term)
    try:
        return None if text is None else float(text)
    except ValueError:
        return None


def term_date(term: object) -> dt.date | None:
    text = term_text(term)
    try:
        return None if text is None else dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def term_local(term: object) -> str | None:
    text = term_text(term)
    return None if text is None else text.rsplit("/", 1)[-1]


# -- actors ---------------------------------------------------------------------------------------
SEARCH = f"""SELECT ?a ?label ?kind ?name ?p ?q WHERE {{
    GRAPH <{ns.actor_graph()}> {{
        VALUES ?p {{ skos:prefLabel skos:altLabel skos:hiddenLabel dg:capital dg:isoCode dg:iso2 }}
        ?a ?p ?name .
        FILTER(CONTAINS(LCASE(STR(?name)), ?q))
        ?a skos:prefLabel ?label .
        OPTIONAL {{ ?a dg:kind ?kind }}
    }}
}}"""
_NAME_KINDS = {
    SKOS + "prefLabel": NameKind.LABEL,
    SKOS + "altLabel": NameKind.ALIAS,
    SKOS + "hiddenLabel": NameKind.METONYM,
    rdf.dg("capital").value: NameKind.METONYM,
    rdf.dg("isoCode").value: NameKind.CODE,
    rdf.dg("iso2").value: NameKind.CODE,
}


def search_actors(kg: KnowledgeGraph, q: str, limit: int = 20) -> list[ActorMatch]:
    """Actors with a name, alias, code or capital containing ``q`` (case-insensitive),
    ranked by :func:`diplograph.graph.actor_search.rank_name`: exact first, then
    prefixes, then word starts, then the rest."""
    needle = normalise(q)
    if not needle:
        raise InputError("empty search", where="q")
    rows = list(kg.query(SEARCH, substitutions={V("q"): ox.Literal(needle)}))
    kinds = {actor_id(r["a"].value): term_text(r["kind"]) for r in rows}
    candidates = [
        Candidate(actor_id(r["a"].value), r["label"].value, r["name"].value, _NAME_KINDS[r["p"].value])
        for r in rows
    ]
    return [
        ActorMatch(c.actor, c.label, kinds[c.actor], c.name, r.rank.match)
        for r in rank_actors(needle, candidates)[:limit]
        for c in (r.candidate,)
    ]


def labels(kg: KnowledgeGraph, actor_ids: Iterable[str]) -> dict[str, str]:
    """Preferred labels of actors (from the actors graph); unknown ids are left out."""
    graph = ox.NamedNode(ns.actor_graph())
    pref = ox.NamedNode(SKOS + "prefLabel")
    found: dict[str, str] = {}
    for a in set(actor_ids):
        for quad in kg.native.quads_for_pattern(rdf.actor_iri(a), pref, None, graph):
            found[a] = term_text(quad.object) or a
            break
    return found


# -- relations ------------------------------------------------------------------------------------
# The candidates are read from the summaries' index (``dg:event`` links of a pair's month and
# category nodes), so a lookup touches the actor's events of the months it shows, never all
# of them. Node IRIs are built from validated ids and months (or the PLOVER enum) and written
# as IRIs rendered by pyoxigraph: Oxigraph plans joins on constants, not on substituted
# variables. Literal values from the request (dates, confidence, cursor) are ``substitutions``.
Part = tuple[ox.NamedNode, Direction]  # a month or category node of a pair, and the pair's direction


def _sides(f: RelationFilter) -> list[Direction]:
    return [d for d in (Direction.OUT, Direction.IN) if f.direction in (d, Direction.BOTH)]


def _dyads(kg: KnowledgeGraph, f: RelationFilter) -> list[tuple[ox.NamedNode, Direction]]:
    """The summary nodes of the pairs ``f`` looks at."""
    a = rdf.actor_iri(f.actor)
    found: list[tuple[ox.NamedNode, Direction]] = []
    for side in _sides(f):
        if f.counterpart:
            pair = (f.actor, f.counterpart) if side is Direction.OUT else (f.counterpart, f.actor)
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


def _span(
    kg: KnowledgeGraph, dyads: list[tuple[ox.NamedNode, Direction]]
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last date of the pairs' events (every event, any status)."""
    first = last = None
    for d, _ in dyads:
        for q in kg.native.quads_for_pattern(d, rdf.dg("firstDate"), None, SUMMARY_GRAPH):
            day = term_date(q.object)
            first = day if first is None or (day and day < first) else first
        for q in kg.native.quads_for_pattern(d, rdf.dg("lastDate"), None, SUMMARY_GRAPH):
            day = term_date(q.object)
            last = day if last is None or (day and day > last) else last
    return first, last


_PAGE_FIELDS = "?e ?d ?dir ?s ?t ?type ?mode ?cameo ?quad ?g ?conf ?neg ?hyp ?trigger ?article"


def _page_query(
    f: RelationFilter, parts: list[Part], by_category: bool, limit: int
) -> tuple[str, dict[ox.Variable, ox.Literal]]:
    """One query: the newest ``limit`` events listed by ``parts`` that pass ``f``, with details."""
    values = " ".join(f'({node} "{side.value}")' for node, side in parts)
    lines = [f"VALUES (?part ?dir) {{ {values} }}", "?part dg:event ?e .", "?e dg:date ?d ."]
    subs: dict[ox.Variable, ox.Literal] = {}
    if f.categories and not by_category:
        iris = ", ".join(str(rdf.iri(ns.PLOVER, p.value)) for p in f.categories)
        lines.append(f"?e dg:eventType ?ftype . FILTER(?ftype IN ({iris}))")
    if f.quad:
        lines.append(f"?e dg:quadClass ?fquad . FILTER(?fquad = {rdf.iri(ns.QUAD, f.quad.value)})")
    if f.min_confidence is not None:
        subs[V("minconf")] = rdf.decimal(f.min_confidence)
        lines.append("?e dg:confidence ?fconf . FILTER(?fconf >= ?minconf)")
    if f.since:
        subs[V("since")] = rdf.date(f.since)
        lines.append("FILTER(?d >= ?since)")
    if f.until:
        subs[V("until")] = rdf.date(f.until)
        lines.append("FILTER(?d <= ?until)")
    if not f.include_negated:
        lines.append("FILTER NOT EXISTS { ?e dg:negated true }")
    if not f.include_hypothetical:
        lines.append("FILTER NOT EXISTS { ?e dg:hypothetical true }")
    if f.cursor:
        subs[V("cdate")] = rdf.date(f.cursor.date)
        subs[V("cid")] = ox.Literal(rdf.event_iri(f.cursor.event_id).value)
        lines.append("FILTER(?d < ?cdate || (?d = ?cdate && STR(?e) > ?cid))")
    bound = " ".join(f"?{v.value}" for v in subs)
    body = "\n        ".join(lines)
    text = f"""SELECT {_PAGE_FIELDS} {bound} WHERE {{
    {{ SELECT DISTINCT ?e ?d ?dir {bound} WHERE {{
        {body}
    }} ORDER BY DESC(?d) ?e ?dir LIMIT {int(limit)} }}
    ?e dg:source ?s ; dg:target ?t ; dg:eventType ?type ; dg:cameo ?cameo ; dg:quadClass ?quad ;
       dg:goldstein ?g ; dg:confidence ?conf ; dg:negated ?neg ; dg:hypothetical ?hyp ; dg:trigger ?trigger ;
       dg:article ?article .
    OPTIONAL {{ ?e dg:mode ?mode }}
}} ORDER BY DESC(?d) ?e ?dir"""
    return text, subs


Row = list[str | None]  # the values of _PAGE_FIELDS, in order


def _run_page(
    kg: KnowledgeGraph, f: RelationFilter, parts: list[Part], by_category: bool, limit: int
) -> list[Row]:
    if not parts or limit <= 0:
        return []
    text, subs = _page_query(f, parts, by_category, limit)
    rows: list[Row] = []
    seen: set[tuple[str | None, str | None]] = set()
    width = len(_PAGE_FIELDS.split())
    for solution in kg.query(text, substitutions=subs) if subs else kg.query(text):
        row = [None if t is None else t.value for t in solution][:width]
        if (row[0], row[2]) not in seen:  # one row per event and direction (an actor may have two labels)
            seen.add((row[0], row[2]))
            rows.append(row)
    return rows


def _tail(iri: str | None) -> str | None:
    return None if iri is None else iri.rsplit("/", 1)[-1]


def _number(text: str | None) -> float | None:
    try:
        return None if text is None else float(text)
    except ValueError:
        return None


def _views(kg: KnowledgeGraph, rows: list[Row]) -> list[RelationView]:
    actor_ns = str(ns.ACTOR)
    names = labels(kg, {str(r[i]).removeprefix(actor_ns) for r in rows for i in (3, 4)})
    views = []
    for e, d, direction, s_iri, t_iri, typ, mode, cameo, quad, g, conf, neg, hyp, trigger, article in rows:
        s, t = str(s_iri).removeprefix(actor_ns), str(t_iri).removeprefix(actor_ns)
        views.append(
            RelationView(
                event_id=str(_tail(e)),
                date=dt.date.fromisoformat(d[:10]) if d else None,
                direction=Direction(str(direction)),
                source=ActorRef(s, names.get(s)),
                target=ActorRef(t, names.get(t)),
                category=_tail(typ) or "",
                mode=_tail(mode),
                cameo=_tail(cameo),
                quad_class=_tail(quad),
                goldstein=_number(g),
                confidence=_number(conf),
                negated=neg == "true",
                hypothetical=hyp == "true",
                trigger=trigger,
                article=_tail(article),
            )
        )
    return views


def _months(hi: dt.date, lo: dt.date) -> list[str]:
    """``YYYY-MM`` from ``hi``'s month back to ``lo``'s."""
    out = []
    y, m = hi.year, hi.month
    while (y, m) >= (lo.year, lo.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def relations(kg: KnowledgeGraph, f: RelationFilter) -> RelationPage:
    """One page of the actor's relations, newest first (date, then event id), after
    ``f.cursor`` if given. With a category filter the pairs' category nodes list the
    candidates; otherwise their month nodes, newest months first, 1, 2, 4 ... at a time."""
    need = f.limit + 1
    dyads = _dyads(kg, f)
    rows: list[Row] = []
    if f.categories:
        plan = "categories"
        parts = [(ox.NamedNode(f"{d.value}#{c.value}"), side) for d, side in dyads for c in f.categories]
        rows = _run_page(kg, f, parts, True, need)
    else:
        plan = "months"
        first, last = _span(kg, dyads)
        bounds = [d for d in (f.until, last, f.cursor.date if f.cursor else None) if d is not None]
        lows = [d for d in (f.since, first) if d is not None]
        months = _months(min(bounds), max(lows)) if first and last else []
        window = 1
        while months and len(rows) < need:
            chosen, months = months[:window], months[window:]
            parts = [(ox.NamedNode(f"{d.value}#{m}"), side) for m in chosen for d, side in dyads]
            rows += _run_page(kg, f, parts, False, need - len(rows))
            window *= 2
    more = len(rows) > f.limit
    views = _views(kg, rows[: f.limit])
    last_row = views[-1] if views else None
    next_cursor = (
        encode_cursor(Cursor(last_row.date, last_row.event_id))
        if more and last_row and last_row.date
        else None
    )
    return RelationPage(f.actor, views, next_cursor, plan)
