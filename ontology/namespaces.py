"""IRIs of the diplograph ontology, its vocabularies and its instances.

One place for every namespace, so the Turtle files, the RDF mapping in
``graph`` and the SPARQL queries of ``api`` agree.

Instance IRIs are stable (derived from gazetteer keys and content hashes), so
the same data can live in any SPARQL store.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/diplograph/"

#: Ontology terms (classes and properties): dg:Event, dg:source, ...
DG = Namespace(BASE + "ontology#")
#: Instances
ACTOR = Namespace(BASE + "actor/")  # actor/RUS, actor/NATO, actor/person/andrey-rudenko
ROLE = Namespace(BASE + "role/")  # role/<person-id>/<n>
EVENT = Namespace(BASE + "event/")  # event/<id> (one per happening, in the events graph)
REPORT = Namespace(BASE + "report/")  # report/<id> (what one article says of a happening)
MENTION = Namespace(BASE + "mention/")  # mention/<id>
ARTICLE = Namespace(BASE + "article/")  # article/<key>
RUN = Namespace(BASE + "run/")  # run/<extractor>/<version>
DYAD = Namespace(BASE + "dyad/")  # dyad/<source-id>/<target-id> (per-pair summaries)
PLACE = Namespace(BASE + "place/")  # place/<state-id>/<name> (where events happened)
#: Vocabularies (SKOS concept schemes)
VOCAB = Namespace(BASE + "vocab/")  # vocab/plover, vocab/cameo, vocab/quad (schemes)
PLOVER = Namespace(BASE + "vocab/plover/")  # plover/THREATEN, plover/THREATEN/violence (mode)
CAMEO = Namespace(BASE + "vocab/cameo/")  # cameo/138
QUAD = Namespace(BASE + "vocab/quad/")  # quad/verbal-conflict
#: Named graphs
GRAPH = Namespace(BASE + "graph/")  # graph/article/<key>, graph/actors, graph/vocabulary, ...

#: Reused vocabularies
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")  # wgs:lat, wgs:long
GEO = Namespace("http://www.opengis.net/ont/geosparql#")  # geo:asWKT, geo:wktLiteral

#: W3C namespaces of the SPARQL protocol (not prefixes of the data)
SPARQL_RESULTS = Namespace("http://www.w3.org/2005/sparql-results#")  # the XML results format
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

PREFIXES: dict[str, str] = {
    "dg": str(DG),
    "actor": str(ACTOR),
    "event": str(EVENT),
    "place": str(PLACE),
    "wgs": str(WGS84),
    "geo": str(GEO),
    "mention": str(MENTION),
    "article": str(ARTICLE),
    "plover": str(PLOVER),
    "cameo": str(CAMEO),
    "quad": str(QUAD),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def sparql_prefixes() -> str:
    """The ``PREFIX`` lines for every prefix above."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def actor_graph() -> str:
    return str(GRAPH["actors"])


def vocabulary_graph() -> str:
    return str(GRAPH["vocabulary"])


def ontology_graph() -> str:
    return str(GRAPH["ontology"])


def summary_graph() -> str:
    return str(GRAPH["summary"])


def events_graph() -> str:
    """The derived graph of the events: one ``dg:Event`` per happening, merged from the reports."""
    return str(GRAPH["events"])


def article_graph(key: str) -> str:
    return str(GRAPH[f"article/{key}"])
