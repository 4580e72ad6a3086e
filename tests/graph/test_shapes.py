"""The store built from the sample articles conforms to the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from diplograph.extract.readers import read_paths
from diplograph.graph.ingest import ingest_into
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import data_path
from diplograph.ontology import namespaces as ns
from pyshacl import validate
from rdflib import Graph

from diplograph.errors import ArticleError

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def sample_store(extractor) -> KnowledgeGraph:
    kg = KnowledgeGraph(None)
    articles = [a for a in read_paths([SAMPLES]) if not isinstance(a, ArticleError)]
    summary = ingest_into(kg, articles, extractor=extractor)
    assert summary.events > 5 and not summary.failures
    return kg


def data_graph(kg: KnowledgeGraph) -> Graph:
    """Articles with their reports, the events and actors (without the ontology, which goes in
    as ont_graph)."""
    g = Graph()
    prefix = ns.article_graph("")
    for graph_name in kg.native.named_graphs():
        name = graph_name.value
        if name.startswith(prefix) or name in (ns.actor_graph(), ns.vocabulary_graph(), ns.events_graph()):
            data = kg.native.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph_name)
            g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validated(g: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(data_path("shapes.ttl"))
    ontology = Graph().parse(data_path("diplomacy.ttl"))
    conforms, _, report = validate(g, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return bool(conforms), str(report)


@pytest.mark.slow
def test_sample_store_conforms_to_the_shapes(sample_store: KnowledgeGraph) -> None:
    shapes = Graph().parse(data_path("shapes.ttl"))
    ontology = Graph().parse(data_path("diplomacy.ttl"))
    conforms, _, report = validate(
        data_graph(sample_store), shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
    )
    assert conforms, report


@pytest.mark.slow
def test_a_broken_event_is_reported(sample_store: KnowledgeGraph) -> None:
    g = data_graph(sample_store)
    from rdflib import URIRef

    event = next(g.subjects(URIRef(str(ns.DG["eventType"])), None))
    g.remove((event, URIRef(str(ns.DG["source"])), None))
    conforms, report = validated(g)
    assert not conforms
    assert "source" in report


@pytest.mark.slow
def test_an_event_without_its_reports_is_reported(sample_store: KnowledgeGraph) -> None:
    from rdflib import RDF, URIRef

    g = data_graph(sample_store)
    event = next(g.subjects(RDF.type, URIRef(str(ns.DG["Event"]))))
    g.remove((event, URIRef(str(ns.DG["report"])), None))
    conforms, report = validated(g)
    assert not conforms
    assert "dg:report" in report
