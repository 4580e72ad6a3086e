"""Lookups of single resources for the service: an actor, an event, a dyad's
summaries. They read the store's indexes directly (``quads_for_pattern``) on
IRIs built from validated ids: no query text at all."""

from __future__ import annotations

import logging
from collections import defaultdict

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.queries import (
    labels,
    term_date,
    term_float,
    term_local,
    term_text,
    validate_actor_id,
    validate_event_id,
)
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH, actor_id, dyad_iri
from diplograph.graph.views import (
    ActorInfo,
    ActorRef,
    ArticleInfo,
    Counts,
    DyadDirection,
    DyadMonth,
    DyadReport,
    EventView,
)
from diplograph.ontology import namespaces as ns

from diplograph.errors import NotFoundError

logger = logging.getLogger(__name__)

SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
Props = dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]]


def properties(kg: KnowledgeGraph, subject: ox.NamedNode, graph: ox.NamedNode | None = None) -> Props:
    """The objects of every property of ``subject`` (in ``graph``, or in any graph),
    keyed by the property's local name (after ``#`` or the last ``/``)."""
    found: Props = defaultdict(list)
    for quad in kg.native.quads_for_pattern(subject, None, None, graph):
        iri = quad.predicate.value
        name = iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]
        if quad.object not in found[name]:
            found[name].append(quad.object)
    return found


def _one(props: Props, name: str) -> object:
    values = props.get(name)
    return values[0] if values else None


def _int(props: Props, name: str) -> int:
    text = term_text(_one(props, name))
    return int(text) if text else 0


# -- actors ---------------------------------------------------------------------------------------
def actor_info(kg: KnowledgeGraph, actor: str) -> ActorInfo:
    validate_actor_id(actor)
    iri = rdf.actor_iri(actor)
    props = properties(kg, iri, ox.NamedNode(ns.actor_graph()))
    as_source = list(kg.native.quads_for_pattern(None, rdf.dg("source"), iri, SUMMARY_GRAPH))
    as_target = list(kg.native.quads_for_pattern(None, rdf.dg("target"), iri, SUMMARY_GRAPH))
    if not props and not as_source and not as_target:
        raise NotFoundError(f"no actor {actor!r}")
    counterparts: set[str] = set()
    totals = []
    for quads, other in ((as_source, "target"), (as_target, "source")):
        total = 0
        for quad in quads:
            assert isinstance(quad.subject, ox.NamedNode)
            summary = properties(kg, quad.subject, SUMMARY_GRAPH)
            total += _int(summary, "eventCount")
            counterpart = _one(summary, other)
            if isinstance(counterpart, ox.NamedNode):
                counterparts.add(counterpart.value)
        totals.append(total)
    country = _one(props, "country")
    return ActorInfo(
        id=actor,
        iri=iri.value,
        label=term_text(_one(props, "prefLabel")),
        kind=term_text(_one(props, "kind")),
        aliases=sorted(str(term_text(a)) for a in props.get("altLabel", [])),
        country=actor_id(country.value)
        if isinstance(country, ox.NamedNode)
        else (actor if _one(props, "isoCode") else None),
        events_as_source=totals[0],
        events_as_target=totals[1],
        counterparts=len(counterparts),
    )


# -- dyads ----------------------------------------------------------------------------------------
def _counts(props: Props) -> Counts:
    return Counts(
        events=_int(props, "eventCount"),
        total=_int(props, "totalCount"),
        verbal_cooperation=_int(props, "countVerbalCooperation"),
        material_cooperation=_int(props, "countMaterialCooperation"),
        verbal_conflict=_int(props, "countVerbalConflict"),
        material_conflict=_int(props, "countMaterialConflict"),
        mean_goldstein=term_float(_one(props, "meanGoldstein")),
    )


def _has_summary(kg: KnowledgeGraph, actor: str) -> bool:
    iri = rdf.actor_iri(actor)
    return any(
        next(iter(kg.native.quads_for_pattern(None, rdf.dg(side), iri, SUMMARY_GRAPH)), None) is not None
        for side in ("source", "target")
    )


def dyad(kg: KnowledgeGraph, a: str, b: str) -> DyadReport:
    """Both directions of a pair: counts per category and quad class, mean Goldstein,
    and a monthly timeline, from the precomputed summaries."""
    validate_actor_id(a)
    validate_actor_id(b)
    names = labels(kg, [a, b])
    for x in (a, b):
        if x not in names and not _has_summary(kg, x):
            raise NotFoundError(f"no actor {x!r}")
    directions: list[DyadDirection] = []
    timeline: list[DyadMonth] = []
    for source, target in ((a, b), (b, a)):
        d = dyad_iri(source, target)
        props = properties(kg, d, SUMMARY_GRAPH)
        if not props:
            continue
        by_category: dict[str, int] = {}
        for part in kg.native.quads_for_pattern(None, rdf.dg("dyad"), d, SUMMARY_GRAPH):
            assert isinstance(part.subject, ox.NamedNode)
            p = properties(kg, part.subject, SUMMARY_GRAPH)
            month = term_text(_one(p, "yearMonth"))
            if month:
                timeline.append(DyadMonth(month, source, target, _counts(p)))
            elif _one(p, "eventType") is not None:
                by_category[term_local(_one(p, "eventType")) or "?"] = _int(p, "eventCount")
        directions.append(
            DyadDirection(
                source=source,
                target=target,
                counts=_counts(props),
                negated=_int(props, "negatedCount"),
                hypothetical=_int(props, "hypotheticalCount"),
                first_date=term_date(_one(props, "firstDate")),
                last_date=term_date(_one(props, "lastDate")),
                by_category=dict(sorted(by_category.items())),
            )
        )
    timeline.sort(key=lambda m: (m.month, m.source != a))
    return DyadReport(ActorRef(a, names.get(a)), ActorRef(b, names.get(b)), directions, timeline)


# -- events ---------------------------------------------------------------------------------------
def _article(kg: KnowledgeGraph, iri: object) -> ArticleInfo | None:
    if not isinstance(iri, ox.NamedNode):
        return None
    p = properties(kg, iri)
    return ArticleInfo(
        key=iri.value.rsplit("/", 1)[-1],
        id=term_text(_one(p, "identifier")),
        title=term_text(_one(p, "headline")),
        url=term_text(_one(p, "url")),
        date=term_date(_one(p, "datePublished")),
        publisher=term_text(_one(p, "publisher")),
    )


def event(kg: KnowledgeGraph, event_id: str) -> EventView:
    """One event with its sentence, the sentence's offsets and its article."""
    validate_event_id(event_id)
    p = properties(kg, rdf.event_iri(event_id))
    if not p:
        raise NotFoundError(f"no event {event_id!r}")
    source, target = _one(p, "source"), _one(p, "target")
    ids = [actor_id(x.value) for x in (source, target) if isinstance(x, ox.NamedNode)]
    names = labels(kg, ids)
    mention = _one(p, "wasDerivedFrom")
    m = properties(kg, mention) if isinstance(mention, ox.NamedNode) else {}
    run = _one(p, "wasGeneratedBy")
    mode = term_text(_one(p, "mode"))

    def ref(term: object) -> ActorRef | None:
        if not isinstance(term, ox.NamedNode):
            return None
        a = actor_id(term.value)
        return ActorRef(a, names.get(a))

    begin, end = term_text(_one(m, "beginIndex")), term_text(_one(m, "endIndex"))
    return EventView(
        id=event_id,
        date=term_date(_one(p, "date")),
        source=ref(source) or ActorRef("?"),
        target=ref(target),
        source_text=term_text(_one(p, "sourceText")),
        target_text=term_text(_one(p, "targetText")),
        category=term_local(_one(p, "eventType")),
        mode=mode.split("/")[-1] if mode else None,
        cameo=term_local(_one(p, "cameo")),
        quad_class=term_local(_one(p, "quadClass")),
        goldstein=term_float(_one(p, "goldstein")),
        confidence=term_float(_one(p, "confidence")),
        negated=term_text(_one(p, "negated")) == "true",
        hypothetical=term_text(_one(p, "hypothetical")) == "true",
        trigger=term_text(_one(p, "trigger")),
        sentence=term_text(_one(m, "text")),
        sentence_start=int(begin) if begin else None,
        sentence_end=int(end) if end else None,
        article=_article(kg, _one(p, "article")),
        extracted_by=run.value.removeprefix(str(ns.RUN)) if isinstance(run, ox.NamedNode) else None,
    )
