"""The pair network read from the summaries' cells equals the one built from the events,
and a store bulk-loaded from extraction results equals one written article by article."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import networkx as nx
import pyoxigraph as ox
import pytest
from diplograph.graph import analytics, summaries
from diplograph.graph.cells import read_cells
from diplograph.graph.events import fetch_events, window_events
from diplograph.graph.happenings import EVENTS_GRAPH
from diplograph.graph.ingest import bulk_ingest
from diplograph.graph.network import build_network, pair_network, summaries_answer, window_answer
from diplograph.graph.selection import Selection
from diplograph.graph.store import META_GRAPH, KnowledgeGraph
from diplograph.ontology import namespaces as ns

from bench.bigstore import RUN, generate
from diplograph.model import ArticleResult
from tests.api import service_data

HAPPENINGS = 400


def results() -> list[ArticleResult]:
    return list(generate(HAPPENINGS, seed=7))


def written_one_by_one(items: list[ArticleResult]) -> KnowledgeGraph:
    """The store ``diplograph ingest`` makes: one transaction per article, then one merge."""
    kg = KnowledgeGraph(None)
    summaries.repair(kg)  # what every ingest does first: marks the new store's summary scheme
    pending: set = set()
    for result in items:
        summaries.write_with_summaries(kg, result, RUN, pending)
    summaries.settle(kg, pending)
    return kg


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    store = written_one_by_one(results())
    yield store
    store.close()


SELECTIONS = [
    Selection(),
    Selection(countries=("USA",)),
    Selection(countries=("CHN",), depth=2, min_events=2),
    Selection.parse(categories=["ACCUSE", "AGREE"], include_negated=True, include_hypothetical=True),
    Selection.parse(quad_classes=["verbal-conflict", "material-conflict"], include_hypothetical=True),
    Selection.parse(countries=["RUS"], categories=["CONSULT"], quad_classes=["1"], count="reports"),
    Selection(include_negated=True, min_events=3),
]


@pytest.mark.parametrize("selection", SELECTIONS, ids=lambda s: s.describe())
def test_the_cells_give_the_network_of_the_events(kg: KnowledgeGraph, selection: Selection) -> None:
    assert summaries.has_cells(kg) and summaries_answer(selection)
    from_events = build_network(kg, selection).graph
    from_cells = pair_network(kg, selection).graph
    assert from_events.number_of_edges() > 0
    assert dict(from_cells.nodes(data=True)) == dict(from_events.nodes(data=True))
    assert {(s, t): d for s, t, d in from_cells.edges(data=True)} == {
        (s, t): d for s, t, d in from_events.edges(data=True)
    }
    assert analytics.centrality(from_cells) == analytics.centrality(from_events)


DATED = [
    Selection.parse(since="2019-01-01", until="2019-12-31"),
    Selection.parse(since="2019-03-15", until="2019-04-02", include_hypothetical=True),
    Selection.parse(since="2023-06-10", countries=["USA"], include_negated=True),
    Selection.parse(until="2017-02-03", categories=["ACCUSE", "AGREE"], quad_classes=["1"]),
    Selection.parse(since="2020-01-01", min_confidence=0.5, count="reports", min_events=2),
    Selection.parse(since="2040-01-01"),
]


@pytest.mark.parametrize("dated", DATED, ids=lambda s: s.describe())
def test_dates_are_read_from_the_events_of_their_months(kg: KnowledgeGraph, dated: Selection) -> None:
    assert not summaries_answer(dated) and window_answer(dated)
    network = pair_network(kg, dated)
    from_events = build_network(kg, dated)
    assert nx.utils.graphs_equal(network.graph, from_events.graph)
    assert network.events == from_events.events
    assert network.event_count == len(network.events)


def test_the_window_gives_the_events_fetch_events_gives(kg: KnowledgeGraph) -> None:
    dated = Selection.parse(since="2018-05-20", until="2021-02-10", include_hypothetical=True)
    assert window_events(kg, dated) == fetch_events(kg, dated)
    assert len(fetch_events(kg, dated)) > 50


def test_confidence_alone_is_read_from_the_events(kg: KnowledgeGraph) -> None:
    confident = Selection(min_confidence=0.9)
    assert not summaries_answer(confident) and not window_answer(confident)
    assert not summaries_answer(Selection(per_event=True)) and not window_answer(
        Selection(per_event=True, since=dt.date(2020, 1, 1))
    )
    network = pair_network(kg, confident)
    assert network.events and network.event_count == len(network.events)


def test_a_network_from_cells_counts_its_events(kg: KnowledgeGraph) -> None:
    network = pair_network(kg, Selection())
    assert network.events == []
    assert network.event_count == len(build_network(kg, Selection()).events)


def _written_before_cells() -> KnowledgeGraph:
    """A store whose summaries were written before cells were: no cells, no scheme mark."""
    store = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(store)
    cells = ox.NamedNode("https://w3id.org/diplograph/ontology#DyadCell")
    for quad in list(store.native.quads_for_pattern(None, None, cells, summaries.SUMMARY_GRAPH)):
        for q in list(store.native.quads_for_pattern(quad.subject, None, None, summaries.SUMMARY_GRAPH)):
            store.native.remove(q)
    mark = ox.NamedNode("https://w3id.org/diplograph/ontology#summaryScheme")
    for q in list(store.native.quads_for_pattern(None, mark, None, META_GRAPH)):
        store.native.remove(q)
    return store


def test_a_store_written_article_by_article_has_cells() -> None:
    store = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(store)  # no repair first: the first write marks the scheme
    assert summaries.has_cells(store)


def test_a_store_without_cells_is_read_from_the_events() -> None:
    store = _written_before_cells()
    assert not summaries.has_cells(store)
    network = pair_network(store, Selection())
    assert network.events and network.graph.number_of_edges() == 6


def test_repair_rebuilds_summaries_written_before_cells() -> None:
    store = _written_before_cells()
    done = summaries.repair(store)
    assert done.rebuilt and done.pairs == 6 and summaries.has_cells(store)
    assert nx.utils.graphs_equal(
        pair_network(store, Selection()).graph, build_network(store, Selection()).graph
    )


def test_repair_marks_a_new_store_without_rebuilding() -> None:
    store = KnowledgeGraph(None)
    assert summaries.repair(store) == summaries.Repair(False, 0)
    assert summaries.has_cells(store)


def _quads(kg: KnowledgeGraph) -> set[ox.Quad]:
    """The articles', events' and summaries' quads (not the reference data, not the marks)."""
    reference = {ns.ontology_graph(), ns.vocabulary_graph(), ns.actor_graph(), META_GRAPH.value}
    return {q for q in kg.native if q.graph_name.value not in reference}


def test_bulk_ingest_makes_the_store_of_one_by_one_writes(kg: KnowledgeGraph) -> None:
    items = results()
    bulk = KnowledgeGraph(None)
    done = bulk_ingest(bulk, iter(items), RUN)
    assert done.articles == len(items) and done.reports == sum(len(r.events) for r in items)
    assert len(set(bulk.native.quads_for_pattern(None, None, None, EVENTS_GRAPH))) > 0
    assert _quads(bulk) == _quads(kg)
    assert summaries.has_cells(bulk)


def test_bulk_ingest_refuses_a_store_with_articles(kg: KnowledgeGraph) -> None:
    from diplograph.errors import StoreError

    with pytest.raises(StoreError, match="already holds articles"):
        bulk_ingest(kg, iter(results()[:1]), RUN)


def test_the_generator_is_seeded_and_plausible() -> None:
    first, again = results(), results()
    assert [r.article.key for r in first] == [r.article.key for r in again]
    events = [e for r in first for e in r.events]
    per_key = {(e.source.actor.id, e.target.actor.id if e.target else "") for e in events}
    categories = {e.relation.plover for e in events}
    assert len(per_key) > 50 and len(categories) >= 10
    assert any(e.hypothetical for e in events) and any(e.negated for e in events)
    assert max(len(r.events) for r in first) > 1
    days = sorted(e.date for e in events if e.date)
    assert (days[-1] - days[0]).days > 9 * 365
    sentences = itertools.chain.from_iterable(
        (r.article.text[e.sentence_start : e.sentence_end], e.sentence) for r in first for e in r.events
    )
    pairs = list(sentences)
    assert all(a == b for a, b in zip(pairs[::2], pairs[1::2], strict=True))


@pytest.mark.parametrize("selection", SELECTIONS, ids=lambda s: s.describe())
def test_one_read_of_the_cells_gives_every_selection(kg: KnowledgeGraph, selection: Selection) -> None:
    kept = read_cells(kg)  # every flag and category: the service reads them once for all
    assert {c.hypothetical for c in kept} == {False, True} and {c.negated for c in kept} == {False, True}
    from_kept = pair_network(kg, selection, lambda: kept).graph
    assert nx.utils.graphs_equal(from_kept, build_network(kg, selection).graph)


def test_the_cells_add_up_to_the_pairs_summaries(kg: KnowledgeGraph) -> None:
    totals: dict[tuple[str, str], int] = {}
    for cell in read_cells(kg):
        totals[cell.pair] = totals.get(cell.pair, 0) + cell.events
    stored = {
        (r["s"].value.rsplit("/", 1)[-1], r["t"].value.rsplit("/", 1)[-1]): int(r["n"].value)
        for r in kg.query(
            f"SELECT ?s ?t ?n WHERE {{ GRAPH <{summaries.SUMMARY_GRAPH.value}> "
            "{ ?d dg:source ?s ; dg:target ?t ; dg:totalCount ?n } }"
        )
    }
    assert totals == stored and len(totals) > 50
