"""Events: one event with its sentence and article (``GET /events/{id}``), and
the events a :class:`~diplograph.graph.selection.Selection` picks, as the
network, the exports and the pair report read them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from diplograph.graph import happenings, rdf, terms
from diplograph.graph.actors import ActorRef, labels
from diplograph.graph.happenings import EVENTS_GRAPH
from diplograph.graph.ids import (
    actor_id_of,
    actor_iri,
    article_key_of,
    event_id_of,
    event_iri,
    report_id_of,
    report_iri,
    run_of_iri,
)
from diplograph.graph.selection import Selection, projected, sparql_conditions
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH
from diplograph.graph.terms import Props, first
from diplograph.ontology import namespaces as ns

from diplograph.errors import NotFoundError
from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)


# -- one event ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ArticleInfo:
    key: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class MentionView:
    """One place the article reports the event."""

    sentence: str | None
    sentence_start: int | None
    sentence_end: int | None
    trigger: str | None
    confidence: float | None


@dataclass(frozen=True, slots=True)
class PlaceView:
    """Where the event happened: a place, its state, WGS84 coordinates when known, and
    whether the sentence named it ("stated") or the article's dateline gave it."""

    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    basis: str | None


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    date: dt.date | None
    source: ActorRef
    target: ActorRef | None
    source_text: str | None
    target_text: str | None
    category: str | None
    mode: str | None
    cameo: str | None
    quad_class: str | None
    goldstein: float | None
    confidence: float | None
    negated: bool
    hypothetical: bool
    trigger: str | None
    sentence: str | None
    sentence_start: int | None
    sentence_end: int | None
    article: ArticleInfo | None
    extracted_by: str | None
    date_precision: str | None = None  # day, week, month, year: what ``date`` stands for
    date_basis: str | None = None  # stated, relative or reported (the article's date)
    date_text: str | None = None  # the words that gave the date ("on Tuesday")
    reported: dt.date | None = None  # the day the article reported it
    location: PlaceView | None = None
    mentions: list[MentionView] = field(default_factory=list)
    kind: str = "event"  # "event": one happening (events graph); "report": what one article says
    reports: int = 1  # the articles that reported the event
    sources: int | None = None  # distinct outlets among them (publishers, else URL hosts), when known
    report_ids: list[str] = field(default_factory=list)  # its reports (an event), or itself (a report)
    articles: list[ArticleInfo] = field(default_factory=list)  # every article that reported it
    event_id: str | None = None  # the event a report was merged into


def _article(kg: KnowledgeGraph, iri: object) -> ArticleInfo | None:
    if not isinstance(iri, ox.NamedNode):
        return None
    p = kg.properties(iri)
    return ArticleInfo(
        key=article_key_of(iri.value),
        id=terms.text(first(p, "identifier")),
        title=terms.text(first(p, "headline")),
        url=terms.text(first(p, "url")),
        date=terms.day(first(p, "datePublished")),
        publisher=terms.text(first(p, "publisher")),
    )


def _ref(term: object, names: dict[str, str]) -> ActorRef | None:
    if not isinstance(term, ox.NamedNode):
        return None
    a = actor_id_of(term.value)
    return ActorRef(a, names.get(a))


def _node(kg: KnowledgeGraph, event_id: str) -> tuple[str, Props, list[str], str | None]:
    """The properties of the event ``event_id``, or of the report of that id (what the
    ids of ``POST /articles`` name), with its kind, report ids and merged event."""
    p = kg.properties(event_iri(event_id), EVENTS_GRAPH)
    if p:
        reports = sorted(report_id_of(r.value) for r in p.get("report", []) if isinstance(r, ox.NamedNode))
        return "event", p, reports, event_id
    p = kg.properties(report_iri(event_id))
    if p:
        return "report", p, [event_id], happenings.events_of_reports(kg, [event_id]).get(event_id)
    p = kg.properties(event_iri(event_id))  # an event written as it is (SPARQL Update, Graph Store)
    if p:
        return "event", p, [], event_id
    raise NotFoundError(f"no event or report {event_id!r}")


def event(kg: KnowledgeGraph, event_id: str) -> EventView:
    """One event (or report) with its sentences, their offsets and its articles."""
    kind, p, report_ids, merged = _node(kg, event_id)
    source, target = first(p, "source"), first(p, "target")
    names = labels(kg, [actor_id_of(x.value) for x in (source, target) if isinstance(x, ox.NamedNode)])
    mentions = sorted(
        (_mention(kg, x) for x in p.get("wasDerivedFrom", []) if isinstance(x, ox.NamedNode)),
        key=lambda v: (v.sentence_start or 0, v.sentence or ""),
    )
    lead = mentions[0] if mentions else MentionView(None, None, None, None, None)
    run = first(p, "wasGeneratedBy")
    articles = sorted(
        (a for x in p.get("article", []) if (a := _article(kg, x)) is not None),
        key=lambda a: (a.date or dt.date.max, a.key),
    )
    mode = terms.text(first(p, "mode"))
    return EventView(
        id=event_id,
        date=terms.day(first(p, "date")),
        source=_ref(source, names) or ActorRef("?"),
        target=_ref(target, names),
        source_text=terms.text(first(p, "sourceText")),
        target_text=terms.text(first(p, "targetText")),
        category=terms.local_name(first(p, "eventType")),
        mode=mode.split("/")[-1] if mode else None,
        cameo=terms.local_name(first(p, "cameo")),
        quad_class=terms.local_name(first(p, "quadClass")),
        goldstein=terms.number(first(p, "goldstein")),
        confidence=terms.number(first(p, "confidence")),
        negated=terms.flag(first(p, "negated")),
        hypothetical=terms.flag(first(p, "hypothetical")),
        trigger=terms.text(first(p, "trigger")),
        sentence=lead.sentence,
        sentence_start=lead.sentence_start,
        sentence_end=lead.sentence_end,
        article=articles[0] if articles else None,
        extracted_by=run_of_iri(run.value) if isinstance(run, ox.NamedNode) else None,
        date_precision=terms.text(first(p, "datePrecision")),
        date_basis=terms.text(first(p, "dateBasis")),
        date_text=terms.text(first(p, "dateText")),
        reported=terms.day(first(p, "reportDate")),
        location=_place(kg, first(p, "location"), terms.text(first(p, "placeBasis"))),
        mentions=mentions,
        kind=kind,
        reports=terms.integer(first(p, "reports")) or 1,
        sources=terms.integer(first(p, "sources")),
        report_ids=report_ids,
        articles=articles,
        event_id=merged,
    )


def _mention(kg: KnowledgeGraph, iri: ox.NamedNode) -> MentionView:
    m = kg.properties(iri)
    return MentionView(
        sentence=terms.text(first(m, "text")),
        sentence_start=terms.integer(first(m, "beginIndex")),
        sentence_end=terms.integer(first(m, "endIndex")),
        trigger=terms.text(first(m, "trigger")),
        confidence=terms.number(first(m, "confidence")),
    )


def _place(kg: KnowledgeGraph, iri: object, basis: str | None) -> PlaceView | None:
    if not isinstance(iri, ox.NamedNode):
        return None
    p = kg.properties(iri)
    country = first(p, "placeCountry")
    return PlaceView(
        name=terms.text(first(p, "name")),
        country=actor_id_of(country.value) if isinstance(country, ox.NamedNode) else None,
        lat=terms.number(first(p, "lat")),
        lon=terms.number(first(p, "long")),
        basis=basis,
    )


# -- the selected events --------------------------------------------------------------------------
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
    reports: int = 1  # the articles that reported it

    @property
    def quad_class(self) -> QuadClass:
        return self.category.quad


_EVENTS = """
SELECT ?e ?s ?t ?type ?g ?d ?neg ?hyp ?reports {projected} {details_vars} WHERE {{
  {values}
  {conditions}
  ?e a dg:Event ; dg:source ?s ; dg:target ?t ; dg:eventType ?type ; dg:goldstein ?g ;
     dg:negated ?neg ; dg:hypothetical ?hyp .
  OPTIONAL {{ ?e dg:date ?d }}
  OPTIONAL {{ ?e dg:reports ?reports }}
  {details}
}}
"""
_DETAILS = """
  OPTIONAL { ?e dg:confidence ?conf }
  OPTIONAL { ?e prov:wasDerivedFrom ?m . ?m dg:text ?text }
  OPTIONAL { ?e dg:article ?a . OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?headline } }
"""


def _values(variables: str, rows: Iterable[str]) -> str:
    return f"VALUES ({variables}) {{ {' '.join(f'({r})' for r in rows)} }}"


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
    if pairs is not None:
        values.append(_values("?s ?t", (f"{actor_iri(s)} {actor_iri(t)}" for s, t in pairs)))
    if sources is not None:
        values.append(_values("?s", (str(actor_iri(a)) for a in sorted(sources))))
    if targets is not None:
        values.append(_values("?t", (str(actor_iri(a)) for a in sorted(targets))))
    conditions, subs = sparql_conditions(selection)
    query = _EVENTS.format(
        projected=projected(subs),
        details_vars="?conf ?text ?url ?headline" if details else "",
        values="\n  ".join(values),
        details=_DETAILS if details else "",
        conditions="\n  ".join(conditions),
    )
    return query, subs


_PLOVER_OF = {f"{ns.PLOVER}{p.value}": p for p in Plover}


def _row(r: ox.QuerySolution, details: bool) -> EventRow | None:
    """One result row as an event (``None`` for a category outside PLOVER)."""
    category = _PLOVER_OF.get(r["type"].value)
    if category is None:
        return None
    return EventRow(
        id=event_id_of(r["e"].value),
        source=actor_id_of(r["s"].value),
        target=actor_id_of(r["t"].value),
        category=category,
        goldstein=terms.number(r["g"]) or 0.0,
        date=terms.day(r["d"]),
        negated=terms.flag(r["neg"]),
        hypothetical=terms.flag(r["hyp"]),
        confidence=terms.number(r["conf"]) if details else None,
        sentence=terms.text(r["text"]) if details else None,
        url=terms.text(r["url"]) if details else None,
        headline=terms.text(r["headline"]) if details else None,
        reports=terms.integer(r["reports"]) or 1,
    )


def months_back(hi: dt.date, lo: dt.date) -> list[str]:
    """``YYYY-MM`` from ``hi``'s month back to ``lo``'s."""
    out = []
    y, m = hi.year, hi.month
    while (y, m) >= (lo.year, lo.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


# The events of a date window, found through the summaries' month nodes (their ``dg:event``
# links index every dated event of a pair of actors): the window's events, never the others.
# Months are written in as literals (Oxigraph plans on constants); the selection's conditions
# come last, filtering the events the index gave.
_WINDOW = """
SELECT ?e ?s ?t ?type ?g ?d ?neg ?hyp ?reports {projected} WHERE {{
  GRAPH {summary} {{ VALUES ?ym {{ {months} }} ?m dg:yearMonth ?ym ; dg:event ?e }}
  ?e dg:date ?d ; dg:source ?s ; dg:target ?t ; dg:eventType ?type ; dg:goldstein ?g ;
     dg:negated ?neg ; dg:hypothetical ?hyp .
  OPTIONAL {{ ?e dg:reports ?reports }}
  {conditions}
}}
"""
_SPAN = """SELECT (MIN(?first) AS ?lo) (MAX(?last) AS ?hi) WHERE {{
  GRAPH {summary} {{ ?d a dg:DyadSummary ; dg:firstDate ?first ; dg:lastDate ?last }}
}}"""


def _window_months(kg: KnowledgeGraph, selection: Selection) -> list[str]:
    """The months of the selection's dates, within those of the store's events."""
    span = next(iter(kg.query(_SPAN.format(summary=SUMMARY_GRAPH))), None)
    first, last = (terms.day(span[k]) if span else None for k in ("lo", "hi"))
    if first is None or last is None:
        return []
    lo, hi = max(selection.since or first, first), min(selection.until or last, last)
    return months_back(hi, lo) if lo <= hi else []


def window_events(kg: KnowledgeGraph, selection: Selection) -> list[EventRow]:
    """The events of ``selection`` (which has dates) between two actors, read through
    the summaries' month nodes of its dates, ordered by date then id: what
    :func:`fetch_events` gives for those events, without looking at the others."""
    months = _window_months(kg, selection)
    if not months:
        return []
    conditions, subs = sparql_conditions(selection, scan=False)
    query = _WINDOW.format(
        projected=projected(subs),
        summary=SUMMARY_GRAPH,
        months=" ".join(str(rdf.year_month(m)) for m in months),
        conditions="\n  ".join(conditions),
    )
    rows = {row.id: row for r in kg.query(query, substitutions=subs) if (row := _row(r, False)) is not None}
    return sorted(rows.values(), key=lambda e: (e.date or dt.date.min, e.id))


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
