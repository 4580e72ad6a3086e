"""Map domain objects to RDF quads (pyoxigraph terms, Oxigraph's native path).

The terms are those of ``ontology/diplomacy.ttl``; IRIs come from
``diplograph.ontology.namespaces`` and are stable, so the same data can be loaded into any
SPARQL store.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass

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


def dg(term: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ns.DG}{term}")


def iri(namespace: object, local: str) -> ox.NamedNode:
    return ox.NamedNode(f"{namespace}{local}")


def string(value: str) -> ox.Literal:
    return ox.Literal(value)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))


def decimal(value: float) -> ox.Literal:
    text = f"{value:.4f}".rstrip("0")
    return ox.Literal(text + "0" if text.endswith(".") else text, datatype=ox.NamedNode(_XSD + "decimal"))


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))


def date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))


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


def _side(e: ox.NamedNode, side: str, mention: ActorMention, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    yield ox.Quad(e, dg(side), actor_iri(mention.actor.id), graph)
    yield ox.Quad(e, dg(f"{side}Text"), string(mention.text), graph)
    if mention.sector:
        yield ox.Quad(e, dg(f"{side}Sector"), string(mention.sector.value), graph)
    if mention.person:
        yield ox.Quad(e, dg(f"{side}Person"), actor_iri(mention.person.id), graph)


def event_quads(event: Event, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """What one article says of a happening, as a ``dg:Report`` in the article's graph (the
    ``dg:Event`` that merges the reports of one happening is derived: graph/happenings.py)."""
    e = report_iri(event.id)
    a = article_iri(event.article_key)
    r = event.relation
    yield ox.Quad(e, RDF_TYPE, dg("Report"), graph)
    yield from _side(e, "source", event.source, graph)
    if event.target:
        yield from _side(e, "target", event.target, graph)
    yield ox.Quad(e, dg("eventType"), iri(ns.PLOVER, r.plover.value), graph)
    if r.mode:
        yield ox.Quad(e, dg("mode"), iri(ns.PLOVER, f"{r.plover.value}/{r.mode}"), graph)
    yield ox.Quad(e, dg("cameo"), iri(ns.CAMEO, r.cameo), graph)
    yield ox.Quad(e, dg("goldstein"), decimal(r.goldstein), graph)
    yield ox.Quad(e, dg("quadClass"), iri(ns.QUAD, r.quad.value), graph)
    yield ox.Quad(e, dg("confidence"), decimal(event.confidence), graph)
    yield ox.Quad(e, dg("negated"), boolean(event.negated), graph)
    yield ox.Quad(e, dg("hypothetical"), boolean(event.hypothetical), graph)
    if event.date:
        yield ox.Quad(e, dg("date"), date(event.date), graph)
    yield from _when_quads(e, event, graph)
    if event.place:
        yield from place_quads(e, event.place, graph)
    yield ox.Quad(e, dg("trigger"), string(event.trigger), graph)
    yield ox.Quad(e, dg("article"), a, graph)
    yield ox.Quad(e, GENERATED_BY, run_iri(event.extractor, event.extractor_version), graph)
    for mention in event.evidence:
        m = mention_iri(mention.id(event.article_key))
        yield ox.Quad(e, DERIVED_FROM, m, graph)
        yield from mention_quads(m, mention, a, graph)


def mention_quads(
    m: ox.NamedNode, mention: EventMention, article: ox.NamedNode, graph: ox.NamedNode
) -> Iterator[ox.Quad]:
    """One place the article reports the event: its sentence, trigger and confidence."""
    yield ox.Quad(m, RDF_TYPE, dg("Mention"), graph)
    yield ox.Quad(m, dg("text"), string(mention.sentence), graph)
    yield ox.Quad(m, dg("beginIndex"), integer(mention.sentence_start), graph)
    yield ox.Quad(m, dg("endIndex"), integer(mention.sentence_end), graph)
    yield ox.Quad(m, dg("trigger"), string(mention.trigger), graph)
    yield ox.Quad(m, dg("confidence"), decimal(mention.confidence), graph)
    yield ox.Quad(m, dg("article"), article, graph)


def _when_quads(e: ox.NamedNode, event: Event, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """How the event's date was found, and the report's date."""
    if event.when:
        yield ox.Quad(e, dg("datePrecision"), string(event.when.precision.value), graph)
        yield ox.Quad(e, dg("dateBasis"), string(event.when.basis.value), graph)
        if event.when.expression:
            yield ox.Quad(e, dg("dateText"), string(event.when.expression), graph)
    if event.reported:
        yield ox.Quad(e, dg("reportDate"), date(event.reported), graph)


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
