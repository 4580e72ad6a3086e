"""The hand-written ontology and SHACL shapes: they parse, agree with each other
and with the generated vocabulary, and the shapes accept and reject what they should."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from decimal import Decimal

import pytest
from diplograph.ontology import data_path
from diplograph.ontology.namespaces import (
    ACTOR,
    ARTICLE,
    CAMEO,
    DG,
    EVENT,
    MENTION,
    PLOVER,
    QUAD,
    RUN,
    SCHEMA,
)
from diplograph.ontology.vocabulary import load_vocabulary
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

SH = "http://www.w3.org/ns/shacl#"
DECLARED_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

#: The terms the RDF mapping relies on (the ontology's contract).
REQUIRED_CLASSES = [
    *("Actor", "State", "InternationalOrganization", "NonGovernmentalOrganization", "ArmedGroup", "Group"),
    *("Person", "Role", "Event", "Mention", "ExtractionRun", "Extractor", "DyadSummary"),
]
REQUIRED_PROPERTIES = [
    *("isoCode", "iso2", "demonym", "capital", "sector", "country", "parentOrganization", "holdsRole"),
    *("roleTitle", "roleOf", "startDate", "endDate", "source", "target", "sourcePerson", "targetPerson"),
    *("sourceSector", "targetSector", "sourceText", "targetText", "eventType", "mode", "cameo", "goldstein"),
    *(
        "quadClass",
        "confidence",
        "negated",
        "hypothetical",
        "date",
        "trigger",
        "article",
        "text",
        "beginIndex",
    ),
    *(
        "endIndex",
        "contentHash",
        "readFrom",
        "extractedBy",
        "extractorName",
        "extractorVersion",
        "eventCount",
    ),
    *("countVerbalCooperation", "countMaterialCooperation", "countVerbalConflict", "countMaterialConflict"),
    *("meanGoldstein", "firstDate", "lastDate", "ploverScore", "requiresRecipient", "goldsteinIcews"),
    *("goldsteinPhoenix", "ploverMode"),
]


def _parse(name: str) -> Graph:
    return Graph().parse(data_path(name), format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _parse("diplomacy.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse("shapes.ttl")


@pytest.fixture(scope="module")
def relations() -> Graph:
    return _parse("relations.ttl")


def _dg_terms(g: Graph) -> set[URIRef]:
    return {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(str(DG))}


def _declared(ontology: Graph) -> set[URIRef]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARED_TYPES and isinstance(s, URIRef)}


# -- the files ----------------------------------------------------------------------------------
def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(str(DG).rstrip("#"))
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, RDFS.label) is not None
    assert ontology.value(onto, OWL.versionInfo) is not None


def test_shapes_parse(shapes: Graph) -> None:
    targets = set(shapes.objects(None, URIRef(SH + "targetClass")))
    assert {DG.Event, DG.Actor, DG.State, DG.Mention, SCHEMA.NewsArticle} <= targets


def test_required_terms_declared(ontology: Graph) -> None:
    declared = _declared(ontology)
    for name in REQUIRED_CLASSES:
        assert (DG[name], RDF.type, OWL.Class) in ontology, name
    missing = [p for p in REQUIRED_PROPERTIES if DG[p] not in declared]
    assert not missing


def test_every_term_documented(ontology: Graph) -> None:
    for term in _declared(ontology):
        if str(term).startswith(str(DG)):
            assert ontology.value(term, RDFS.label) is not None, term
            assert ontology.value(term, RDFS.comment) is not None, term


def test_dg_terms_of_shapes_and_vocabulary_are_declared(
    ontology: Graph, shapes: Graph, relations: Graph
) -> None:
    declared = _declared(ontology)
    assert not _dg_terms(shapes) - declared
    assert not _dg_terms(relations) - declared


def test_ontology_reuses_standard_terms(ontology: Graph) -> None:
    assert (DG.Event, RDFS.subClassOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")) in ontology
    assert (DG.Person, RDFS.subClassOf, PROV.Person) in ontology
    assert (DG.State, RDFS.subClassOf, SCHEMA.Country) in ontology
    assert (DG.ExtractionRun, RDFS.subClassOf, PROV.Activity) in ontology


def test_vocabulary_graph_shape(relations: Graph) -> None:
    plover_scheme = URIRef(str(PLOVER).rstrip("/"))
    categories = set(relations.subjects(SKOS.topConceptOf, plover_scheme))
    assert len(categories) == 16
    assert (CAMEO["138"], SKOS.closeMatch, PLOVER["THREATEN"]) in relations
    assert (CAMEO["138"], DG.ploverMode, PLOVER["THREATEN/violence"]) in relations
    assert relations.value(QUAD["verbal-conflict"], SKOS.notation) == Literal("3")


# -- SHACL ----------------------------------------------------------------------------------------
TEXT = "Russia threatened South Korea with military force on Monday."


@pytest.fixture()
def event_graph() -> Graph:
    """A tiny, valid graph: two states, an article, a mention, a run and one report of an event
    (what the article says; the shapes of dg:Event and dg:Report apply to it)."""
    vocab = load_vocabulary()
    relation = vocab.relation("138")
    g = Graph()
    rus, kor = ACTOR["RUS"], ACTOR["KOR"]
    for node, label in ((rus, "Russia"), (kor, "South Korea")):
        g.add((node, RDF.type, DG.State))
        g.add((node, SKOS.prefLabel, Literal(label, lang="en")))
        g.add((node, DG.isoCode, Literal(str(node).rsplit("/", 1)[1])))
    article = ARTICLE["a1"]
    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, RDF.type, PROV.Entity))
    g.add((article, DG.contentHash, Literal(hashlib.sha256(TEXT.encode()).hexdigest())))
    g.add((article, SCHEMA.datePublished, Literal(dt.date(2024, 3, 4))))
    mention = MENTION["m1"]
    g.add((mention, RDF.type, DG.Mention))
    g.add((mention, DG.text, Literal(TEXT)))
    g.add((mention, DG.beginIndex, Literal(0)))
    g.add((mention, DG.endIndex, Literal(len(TEXT))))
    g.add((mention, DG.article, article))
    run, extractor = RUN["rules/0.1.0"], URIRef(str(RUN) + "rules")
    g.add((run, RDF.type, DG.ExtractionRun))
    g.add((run, PROV.wasAssociatedWith, extractor))
    g.add((extractor, RDF.type, DG.Extractor))
    event = EVENT["e1"]
    g.add((event, RDF.type, DG.Report))
    g.add((event, DG.source, rus))
    g.add((event, DG.target, kor))
    g.add((event, DG.sourceSector, Literal("military")))
    g.add((event, DG.eventType, PLOVER[relation.plover.value]))
    g.add((event, DG.mode, PLOVER[f"{relation.plover.value}/{relation.mode}"]))
    g.add((event, DG.cameo, CAMEO[relation.cameo]))
    g.add((event, DG.goldstein, Literal(Decimal(str(relation.goldstein)))))
    g.add((event, DG.quadClass, QUAD[relation.quad.value]))
    g.add((event, DG.confidence, Literal(Decimal("0.9"))))
    g.add((event, DG.negated, Literal(False)))
    g.add((event, DG.hypothetical, Literal(False)))
    g.add((event, DG.date, Literal(dt.date(2024, 3, 4))))
    g.add((event, DG.trigger, Literal("threatened")))
    g.add((event, PROV.wasDerivedFrom, mention))
    g.add((event, PROV.wasGeneratedBy, run))
    g.add((event, DG.article, article))
    return g


def _conforms(data: Graph, shapes: Graph, ontology: Graph, relations: Graph) -> tuple[bool, str]:
    """Validate as the store does: the data with the vocabulary as the data graph,
    the ontology's class hierarchy mixed in by pySHACL."""
    graph = Graph()
    for part in (data, relations):
        for triple in part:
            graph.add(triple)
    conforms, _report, text = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(conforms), str(text)


def test_valid_event_conforms(event_graph: Graph, shapes: Graph, ontology: Graph, relations: Graph) -> None:
    conforms, text = _conforms(event_graph, shapes, ontology, relations)
    assert conforms, text


def _set(s: URIRef, p: URIRef, value: object) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((s, p, None))
        if value is not None:
            g.add((s, p, value if isinstance(value, URIRef | BNode | Literal) else Literal(value)))

    return change


BROKEN: dict[str, Callable[[Graph], None]] = {
    "missing source": _set(EVENT["e1"], DG.source, None),
    "confidence 1.5": _set(EVENT["e1"], DG.confidence, Literal(Decimal("1.5"))),
    "goldstein -11": _set(EVENT["e1"], DG.goldstein, Literal(Decimal("-11"))),
    "goldstein not decimal": _set(EVENT["e1"], DG.goldstein, Literal("-7")),
    "event type is a mode": _set(EVENT["e1"], DG.eventType, PLOVER["THREATEN/violence"]),
    "cameo unknown": _set(EVENT["e1"], DG.cameo, CAMEO["9999"]),
    "negated missing": _set(EVENT["e1"], DG.negated, None),
    "source not an actor": _set(EVENT["e1"], DG.source, MENTION["m1"]),
    "sector unknown": _set(EVENT["e1"], DG.sourceSector, Literal("navy")),
    "no mention": _set(EVENT["e1"], PROV.wasDerivedFrom, None),
    "state without iso code": _set(ACTOR["KOR"], DG.isoCode, None),
    "iso code lowercase": _set(ACTOR["KOR"], DG.isoCode, Literal("kor")),
    "begin after end": _set(MENTION["m1"], DG.beginIndex, Literal(len(TEXT) + 5)),
    "negative begin": _set(MENTION["m1"], DG.beginIndex, Literal(-1)),
    "hash not hex": _set(ARTICLE["a1"], DG.contentHash, Literal("XYZ")),
    "date not a date": _set(ARTICLE["a1"], SCHEMA.datePublished, Literal("4 March 2024")),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_graph_does_not_conform(
    name: str, event_graph: Graph, shapes: Graph, ontology: Graph, relations: Graph
) -> None:
    BROKEN[name](event_graph)
    conforms, _text = _conforms(event_graph, shapes, ontology, relations)
    assert not conforms, name


def test_two_sources_do_not_conform(
    event_graph: Graph, shapes: Graph, ontology: Graph, relations: Graph
) -> None:
    event_graph.add((EVENT["e1"], DG.source, ACTOR["KOR"]))
    assert not _conforms(event_graph, shapes, ontology, relations)[0]
