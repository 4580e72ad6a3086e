from pathlib import Path

import diplograph.graph.rdf
import pyoxigraph as ox
import pytest
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph, WriteStatus
from diplograph.ontology import namespaces as ns

from diplograph.errors import QueryError
from diplograph.model import ArticleResult

RUN = Run("test-extractor", "1")


@pytest.fixture
def kg(backend_kg: KnowledgeGraph) -> KnowledgeGraph:
    """The store tests run on the embedded store and on each remote server (tests/conftest.py)."""
    return backend_kg


def events_in(kg: KnowledgeGraph) -> list[str]:
    """The reports the articles' graphs hold (``write_article`` merges nothing)."""
    return sorted(r["e"] for r in kg.select("SELECT ?e WHERE { ?e a dg:Report }"))


def test_reference_data_is_loaded(kg: KnowledgeGraph) -> None:
    rows = kg.select("SELECT ?label WHERE { actor:KOR skos:prefLabel ?label }")
    assert rows == [{"label": "South Korea"}]
    assert bool(kg.query("ASK { plover:THREATEN skos:inScheme ?scheme }"))


def test_rdflib_dataset_sees_the_same_data(kg: KnowledgeGraph, result: ArticleResult) -> None:
    from rdflib import URIRef

    kg.write_article(result, RUN)
    graph_iri = URIRef(ns.article_graph(result.article.key))
    assert len(kg.dataset.graph(graph_iri)) == sum(
        1 for _ in kg.native.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri)))
    )
    rows = list(kg.dataset.query("SELECT (COUNT(?e) AS ?n) WHERE { ?e a dg:Report }"))
    assert int(rows[0][0]) == 2


def test_ingesting_the_same_article_twice_changes_nothing(kg: KnowledgeGraph, result: ArticleResult) -> None:
    first = kg.write_article(result, RUN)
    triples = len(kg.native)
    second = kg.write_article(result, RUN)
    assert (first.status, second.status) == (WriteStatus.ADDED, WriteStatus.UNCHANGED)
    assert len(kg.native) == triples
    assert len(events_in(kg)) == 2
    assert kg.stats().articles == 1


def test_a_new_extractor_version_replaces_the_events(kg: KnowledgeGraph, result: ArticleResult) -> None:
    kg.write_article(result, RUN)
    before = events_in(kg)
    shorter = ArticleResult(result.article, result.events[:1])
    outcome = kg.write_article(shorter, Run("test-extractor", "2"))
    assert outcome.status is WriteStatus.REPLACED and outcome.previous_version == "1"
    assert len(events_in(kg)) == 1 and set(events_in(kg)) <= set(before)
    assert kg.stored_version(result.article.key) == "2"


def _failing_event_quads(real):
    def broken(event, graph_name):
        for n, quad in enumerate(real(event, graph_name)):
            if n == 5:
                raise RuntimeError("disk on fire")
            yield quad

    return broken


def test_a_failure_mid_article_leaves_nothing_of_it(
    kg: KnowledgeGraph, result: ArticleResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    triples = len(kg.native)
    monkeypatch.setattr(
        diplograph.graph.rdf, "event_quads", _failing_event_quads(diplograph.graph.rdf.event_quads)
    )
    with pytest.raises(RuntimeError, match="disk on fire"):
        kg.write_article(result, RUN)
    assert len(kg.native) == triples
    assert not kg.has_article(result.article.key)


def test_a_failed_replacement_keeps_the_old_version(
    kg: KnowledgeGraph, result: ArticleResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg.write_article(result, RUN)
    before = sorted(str(q) for q in kg.native.quads_for_pattern(None, None, None, None))
    monkeypatch.setattr(
        diplograph.graph.rdf, "event_quads", _failing_event_quads(diplograph.graph.rdf.event_quads)
    )
    with pytest.raises(RuntimeError):
        kg.write_article(result, Run("test-extractor", "2"))
    assert sorted(str(q) for q in kg.native.quads_for_pattern(None, None, None, None)) == before


def test_one_named_graph_per_article_with_stable_iris(kg: KnowledgeGraph, result: ArticleResult) -> None:
    kg.write_article(result, RUN)
    graphs = [g.value for g in kg.native.named_graphs()]
    assert ns.article_graph(result.article.key) in graphs
    assert not list(kg.native.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    data_graphs = f"FILTER(STRSTARTS(STR(?g), '{ns.article_graph('')}') || ?g = <{ns.actor_graph()}>)"
    blank = kg.select(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } "
        + data_graphs
        + " }"
    )
    assert blank == [{"n": 0}]
    assert events_in(kg) == sorted(f"{ns.REPORT}{e.id}" for e in result.events)


def test_store_on_disk_persists_and_reopens(tmp_path: Path, result: ArticleResult) -> None:
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.write_article(result, RUN)
    with KnowledgeGraph(tmp_path / "store") as kg:
        assert (kg.stats().reports, kg.stats().events) == (2, 0)  # write_article merges nothing
        assert kg.write_article(result, RUN).status is WriteStatus.UNCHANGED
    with KnowledgeGraph(tmp_path / "store", read_only=True) as kg:
        assert kg.stats().articles == 1


def test_the_event_answers_who_did_what_to_whom(kg: KnowledgeGraph, result: ArticleResult) -> None:
    kg.write_article(result, RUN)
    rows = kg.select("""
        SELECT ?source ?type ?target ?sentence ?date WHERE {
          ?e dg:source/skos:prefLabel ?source ; dg:target/skos:prefLabel ?target ;
             dg:eventType/skos:notation ?type ; dg:date ?date ;
             prov:wasDerivedFrom/dg:text ?sentence } ORDER BY ?type""")
    assert rows[1] == {
        "source": "Russia",
        "type": "THREATEN",
        "target": "South Korea",
        "sentence": result.article.text,
        "date": "2024-11-24",
    }


def test_a_bad_query_names_the_problem(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="syntax"):
        kg.query("SELECT WHERE {")


def test_a_value_rdf_cannot_hold_fails_that_article_alone(kg: KnowledgeGraph, result: ArticleResult) -> None:
    import dataclasses

    from diplograph.errors import ArticleError

    broken = ArticleResult(dataclasses.replace(result.article, id="caf\udce9", source="caf\udce9.txt"))
    before = len(kg.native)
    with pytest.raises(ArticleError, match=r"caf\\udce9\.txt.*cannot be stored"):
        kg.write_article(broken, RUN)
    assert len(kg.native) == before  # nothing of it was written
    assert kg.write_article(result, RUN).status is WriteStatus.ADDED
