"""Map domain objects to RDF quads (pyoxigraph terms, Oxigraph's native path).

The terms are those of ``ontology/diplomacy.ttl``; IRIs come from
``diplograph.ontology.namespaces`` and are stable, so the same data can be loaded into any
SPARQL store.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from diplograph.graph.ids import actor_iri, article_iri, mention_iri, place_iri, report_iri, run_iri
from diplograph.ontology import namespaces as ns
from diplograph.ontology.gazetteer import Gazetteer

from diplograph.model import Actor, ActorKind, ActorMention, Article, Event, EventMention, EventPlace

logger = logging.getLogger(__name__)

_XSD = str(ns.XSD)
RDF_TYPE = ox.NamedNode(str(ns.RDF.type))
PREF_LABEL = ox.NamedNode(str(ns.SKOS.prefLabel))
ALT_LABEL = ox.NamedNode(str(ns.SKOS.altLabel))
HIDDEN_LABEL = ox.NamedNode(str(ns.SKOS.hiddenLabel))
DERIVED_FROM = ox.NamedNode(str(ns.PROV.wasDerivedFrom))
GENERATED_BY = ox.NamedNode(str(ns.PROV.wasGeneratedBy))
ASSOCIATED_WITH = ox.NamedNode(str(ns.PROV.wasAssociatedWith))

_CLASS_OF_KIND = {
    ActorKind.STATE: "State",
    ActorKind.IGO: "InternationalOrganization",
    ActorKind.NGO: "NonGovernmentalOrganization",
    ActorKind.ARMED_GROUP: "ArmedGroup",
    ActorKind.GROUP: "Group",
    ActorKind.PERSON: "Person",
}


# Vocabulary terms and datatypes are made once (cached): the mapping of a batch of articles
# makes hundreds of thousands of quads from a few hundred distinct terms.
_INTEGER = ox.NamedNode(_XSD + "integer")
_DECIMAL = ox.NamedNode(_XSD + "decimal")
_DATE = ox.NamedNode(_XSD + "date")
_TRUE = ox.Literal("true", datatype=ox.NamedNode(_XSD + "boolean"))
_FALSE = ox.Literal("false", datatype=ox.NamedNode(_XSD + "boolean"))


@lru_cache(maxsize=1024)
def dg(term: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ns.DG}{term}")


@lru_cache(maxsize=4096)
def iri(namespace: object, local: str) -> ox.NamedNode:
    return ox.NamedNode(f"{namespace}{local}")


def string(value: str) -> ox.Literal:
    return ox.Literal(value)


@lru_cache(maxsize=256)
def _word(value: str) -> ox.Literal:
    """A literal of a closed vocabulary (a date's precision or basis): made once."""
    return ox.Literal(value)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def decimal(value: float) -> ox.Literal:
    text = f"{value:.4f}".rstrip("0")
    return _decimal(text + "0" if text.endswith(".") else text)


@lru_cache(maxsize=8192)  # Goldstein scores and confidences: a few thousand values in all
def _decimal(text: str) -> ox.Literal:
    return ox.Literal(text, datatype=_DECIMAL)


def boolean(value: bool) -> ox.Literal:
    return _TRUE if value else _FALSE


@lru_cache(maxsize=8192)  # the days of a feed's events: few, each in many reports
def date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_DATE)


def year_month(value: str) -> ox.Literal:
    """A ``YYYY-MM`` month as ``xsd:gYearMonth``."""
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + "gYearMonth"))


@dataclass(frozen=True, slots=True)
class Run:
    """The extractor that produced a set of events."""

    name: str
    version: str

    @property
    def iri(self) -> ox.NamedNode:
        return run_iri(self.name, self.version)


def run_quads(run: Run, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    agent = run_iri(run.name)
    yield ox.Quad(run.iri, RDF_TYPE, dg("ExtractionRun"), graph)
    yield ox.Quad(run.iri, dg("extractorName"), string(run.name), graph)
    yield ox.Quad(run.iri, dg("extractorVersion"), string(run.version), graph)
    yield ox.Quad(run.iri, ASSOCIATED_WITH, agent, graph)
    yield ox.Quad(agent, RDF_TYPE, dg("Extractor"), graph)
    yield ox.Quad(agent, PREF_LABEL, string(run.name), graph)


def article_quads(article: Article, run: Run, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    s = article_iri(article.key)
    schema = ns.SCHEMA
    yield ox.Quad(s, RDF_TYPE, iri(schema, "NewsArticle"), graph)
    yield ox.Quad(s, iri(schema, "identifier"), string(article.id), graph)
    yield ox.Quad(s, dg("contentHash"), string(article.content_hash), graph)
    yield ox.Quad(s, dg("extractedBy"), run.iri, graph)
    if article.title:
        yield ox.Quad(s, iri(schema, "headline"), string(article.title), graph)
    if article.url:
        yield ox.Quad(s, iri(schema, "url"), string(article.url), graph)
    if article.publisher:
        yield ox.Quad(s, iri(schema, "publisher"), string(article.publisher), graph)
    if article.date:
        yield ox.Quad(s, iri(schema, "datePublished"), date(article.date), graph)
    if article.source:
        yield ox.Quad(s, dg("readFrom"), string(article.source), graph)
    yield from run_quads(run, graph)


@dataclass(frozen=True, slots=True)
class _Terms:
    """The predicates and classes of a report, made once (see :func:`_terms`)."""

    report: ox.NamedNode
    mention: ox.NamedNode
    source: ox.NamedNode
    source_text: ox.NamedNode
    source_sector: ox.NamedNode
    source_person: ox.NamedNode
    target: ox.NamedNode
    target_text: ox.NamedNode
    target_sector: ox.NamedNode
    target_person: ox.NamedNode
    event_type: ox.NamedNode
    mode: ox.NamedNode
    cameo: ox.NamedNode
    goldstein: ox.NamedNode
    quad_class: ox.NamedNode
    confidence: ox.NamedNode
    negated: ox.NamedNode
    hypothetical: ox.NamedNode
    date: ox.NamedNode
    date_precision: ox.NamedNode
    date_basis: ox.NamedNode
    date_text: ox.NamedNode
    report_date: ox.NamedNode
    trigger: ox.NamedNode
    article: ox.NamedNode
    text: ox.NamedNode
    begin: ox.NamedNode
    end: ox.NamedNode


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    return _Terms(
        dg("Report"),
        dg("Mention"),
        *(dg(f"{side}{p}") for side in ("source", "target") for p in ("", "Text", "Sector", "Person")),
        *(dg(p) for p in ("eventType", "mode", "cameo", "goldstein", "quadClass", "confidence")),
        *(dg(p) for p in ("negated", "hypothetical", "date", "datePrecision", "dateBasis", "dateText")),
        *(dg(p) for p in ("reportDate", "trigger", "article", "text", "beginIndex", "endIndex")),
    )


def _side(
    add: Callable[[ox.Quad], None],
    e: ox.NamedNode,
    terms: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode, ox.NamedNode],
    mention: ActorMention,
    graph: ox.NamedNode,
) -> None:
    actor, text, sector, person = terms
    add(ox.Quad(e, actor, actor_iri(mention.actor.id), graph))
    add(ox.Quad(e, text, ox.Literal(mention.text), graph))
    if mention.sector:
        add(ox.Quad(e, sector, ox.Literal(mention.sector.value), graph))
    if mention.person:
        add(ox.Quad(e, person, actor_iri(mention.person.id), graph))


def event_quads(event: Event, graph: ox.NamedNode) -> list[ox.Quad]:
    """What one article says of a happening, as a ``dg:Report`` in the article's graph (the
    ``dg:Event`` that merges the reports of one happening is derived: graph/happenings.py).

    One list, its terms made once (:func:`_terms`): ``diplograph ingest`` maps hundreds of
    thousands of quads a minute, and this is most of its Python time."""
    t = _terms()
    e = report_iri(event.id)
    a = article_iri(event.article_key)
    r = event.relation
    out: list[ox.Quad] = [ox.Quad(e, RDF_TYPE, t.report, graph)]
    add = out.append
    _side(add, e, (t.source, t.source_text, t.source_sector, t.source_person), event.source, graph)
    if event.target:
        _side(add, e, (t.target, t.target_text, t.target_sector, t.target_person), event.target, graph)
    add(ox.Quad(e, t.event_type, iri(ns.PLOVER, r.plover.value), graph))
    if r.mode:
        add(ox.Quad(e, t.mode, iri(ns.PLOVER, f"{r.plover.value}/{r.mode}"), graph))
    add(ox.Quad(e, t.cameo, iri(ns.CAMEO, r.cameo), graph))
    add(ox.Quad(e, t.goldstein, decimal(r.goldstein), graph))
    add(ox.Quad(e, t.quad_class, iri(ns.QUAD, r.quad.value), graph))
    add(ox.Quad(e, t.confidence, decimal(event.confidence), graph))
    add(ox.Quad(e, t.negated, boolean(event.negated), graph))
    add(ox.Quad(e, t.hypothetical, boolean(event.hypothetical), graph))
    if event.date:
        add(ox.Quad(e, t.date, date(event.date), graph))
    if event.when:
        add(ox.Quad(e, t.date_precision, _word(event.when.precision.value), graph))
        add(ox.Quad(e, t.date_basis, _word(event.when.basis.value), graph))
        if event.when.expression:
            add(ox.Quad(e, t.date_text, ox.Literal(event.when.expression), graph))
    if event.reported:
        add(ox.Quad(e, t.report_date, date(event.reported), graph))
    if event.place:
        out += place_quads(e, event.place, graph)
    add(ox.Quad(e, t.trigger, ox.Literal(event.trigger), graph))
    add(ox.Quad(e, t.article, a, graph))
    add(ox.Quad(e, GENERATED_BY, run_iri(event.extractor, event.extractor_version), graph))
    for mention in event.evidence:
        m = mention_iri(mention.id(event.article_key))
        add(ox.Quad(e, DERIVED_FROM, m, graph))
        out += mention_quads(m, mention, a, graph)
    return out


def mention_quads(
    m: ox.NamedNode, mention: EventMention, article: ox.NamedNode, graph: ox.NamedNode
) -> list[ox.Quad]:
    """One place the article reports the event: its sentence, trigger and confidence."""
    t = _terms()
    return [
        ox.Quad(m, RDF_TYPE, t.mention, graph),
        ox.Quad(m, t.text, ox.Literal(mention.sentence), graph),
        ox.Quad(m, t.begin, integer(mention.sentence_start), graph),
        ox.Quad(m, t.end, integer(mention.sentence_end), graph),
        ox.Quad(m, t.trigger, ox.Literal(mention.trigger), graph),
        ox.Quad(m, t.confidence, decimal(mention.confidence), graph),
        ox.Quad(m, t.article, article, graph),
    ]


def place_quads(e: ox.NamedNode, place: EventPlace, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Where the event happened: schema:location, a schema:Place with its state, and its
    WGS84 coordinates (also as a GeoSPARQL point) when known."""
    p = place_iri(place)
    yield ox.Quad(e, iri(ns.SCHEMA, "location"), p, graph)
    yield ox.Quad(e, dg("placeBasis"), string(place.basis.value), graph)
    yield ox.Quad(p, RDF_TYPE, iri(ns.SCHEMA, "Place"), graph)
    yield ox.Quad(p, iri(ns.SCHEMA, "name"), string(place.name), graph)
    yield ox.Quad(p, dg("placeCountry"), actor_iri(place.country), graph)
    if place.latitude is not None and place.longitude is not None:
        yield ox.Quad(p, iri(ns.WGS84, "lat"), decimal(place.latitude), graph)
        yield ox.Quad(p, iri(ns.WGS84, "long"), decimal(place.longitude), graph)
        wkt = ox.Literal(f"POINT({place.longitude} {place.latitude})", datatype=iri(ns.GEO, "wktLiteral"))
        yield ox.Quad(p, iri(ns.GEO, "asWKT"), wkt, graph)


#: Part of the actors graph's fingerprint: change it when ``actor_quads`` changes, so
#: that stores built before reload their actors.
ACTOR_MAPPING = "2: metonyms as skos:hiddenLabel"


def _actor_quads(entry_actor: Actor, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    s = actor_iri(entry_actor.id)
    yield ox.Quad(s, RDF_TYPE, dg(_CLASS_OF_KIND[entry_actor.kind]), graph)
    yield ox.Quad(s, PREF_LABEL, ox.Literal(entry_actor.label, language="en"), graph)
    yield ox.Quad(s, dg("kind"), string(entry_actor.kind.value), graph)


def actor_quads(gazetteer: Gazetteer, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The gazetteer as RDF: actors with labels, aliases, codes and dated roles."""
    for entry in gazetteer:
        a = entry.actor
        s = actor_iri(a.id)
        yield from _actor_quads(a, graph)
        if a.kind is ActorKind.STATE:
            yield ox.Quad(s, dg("isoCode"), string(a.id), graph)
            if entry.iso2:
                yield ox.Quad(s, dg("iso2"), string(entry.iso2), graph)
            if entry.capital:
                yield ox.Quad(s, dg("capital"), string(entry.capital), graph)
            for demonym in entry.demonyms:
                yield ox.Quad(s, dg("demonym"), ox.Literal(demonym, language="en"), graph)
        elif a.country:
            yield ox.Quad(s, dg("country"), actor_iri(a.country), graph)
        if entry.sector:
            yield ox.Quad(s, dg("sector"), string(entry.sector.value), graph)
        if entry.parent:
            yield ox.Quad(s, dg("parentOrganization"), actor_iri(entry.parent), graph)
        for alias in dict.fromkeys(x for x in (entry.official, *entry.aliases) if x and x != a.label):
            yield ox.Quad(s, ALT_LABEL, ox.Literal(alias, language="en"), graph)
        for metonym in dict.fromkeys(entry.metonyms):  # "Moscow", "the Kremlin": found by search, not shown
            yield ox.Quad(s, HIDDEN_LABEL, ox.Literal(metonym, language="en"), graph)
        for n, role in enumerate(entry.roles, 1):
            r = iri(ns.ROLE, f"{a.id.removeprefix('person/')}/{n}")
            yield ox.Quad(s, dg("holdsRole"), r, graph)
            yield ox.Quad(r, RDF_TYPE, dg("Role"), graph)
            yield ox.Quad(r, dg("roleTitle"), string(role.title), graph)
            yield ox.Quad(r, dg("roleOf"), actor_iri(role.of), graph)
            yield ox.Quad(r, dg("sector"), string(role.sector.value), graph)
            if role.start:
                yield ox.Quad(r, dg("startDate"), date(role.start), graph)
            if role.end:
                yield ox.Quad(r, dg("endDate"), date(role.end), graph)
