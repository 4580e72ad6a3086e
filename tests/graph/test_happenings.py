"""One event per happening: reports of several articles merged in the events graph."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pyoxigraph as ox
import pytest
from diplograph.graph import dyads, events, happenings, network, summaries
from diplograph.graph.happenings import EVENTS_GRAPH
from diplograph.graph.ids import article_graph, dyad_iri
from diplograph.graph.rdf import Run
from diplograph.graph.relations import PageRequest, relations
from diplograph.graph.selection import Counting, Selection
from diplograph.graph.store import META_GRAPH, KnowledgeGraph

from diplograph.model import ArticleResult, Plover
from tests.graph.merging_data import RUN, ReportSpec, article_result

D = dt.date
#: Mali expels the French ambassador (5 March): four articles, their own words and dates
EXPULSION = [
    ReportSpec("a1", "MLI", Plover.REJECT, "FRA", D(2024, 3, 5), publisher="Le Monde", mentions=3),
    ReportSpec(
        "a2",
        "MLI",
        Plover.REJECT,
        "FRA",
        D(2024, 3, 5),
        url="https://www.rfi.fr/x",
        wording=1,
        published=D(2024, 3, 7),
    ),
    ReportSpec("a3", "MLI", Plover.REJECT, "FRA", D(2024, 3, 6), publisher="Reuters", wording=2),
    ReportSpec("a4", "MLI", Plover.REJECT, "FRA", D(2024, 3, 4), publisher="reuters "),
]
OTHERS = [
    ReportSpec("a5", "MLI", Plover.REJECT, "FRA", D(2024, 3, 12)),  # another expulsion a week later
    ReportSpec("a6", "MLI", Plover.ACCUSE, "FRA", D(2024, 3, 5)),  # another category
    ReportSpec("a7", "RUS", Plover.ASSAULT, "UKR", D(2024, 3, 5), place="Kharkiv"),
    ReportSpec("a8", "RUS", Plover.ASSAULT, "UKR", D(2024, 3, 5), place="Odesa"),  # another place
    ReportSpec("a9", "RUS", Plover.ASSAULT, "UKR", D(2024, 3, 5)),  # no place: joins one, not both
]
SPECS = EXPULSION + OTHERS


def store(specs: list[ReportSpec] = SPECS, **kwargs: int) -> KnowledgeGraph:
    kg = KnowledgeGraph(None, reference_data=False, **kwargs)
    for spec in specs:
        summaries.write_with_summaries(kg, article_result(spec), RUN)
    return kg


def events_graph(kg: KnowledgeGraph) -> set[ox.Quad]:
    return set(kg.native.quads_for_pattern(None, None, None, EVENTS_GRAPH))


def report_id(spec: ReportSpec) -> str:
    return article_result(spec).events[0].id


def event_of(kg: KnowledgeGraph, spec: ReportSpec) -> str:
    rid = report_id(spec)
    return happenings.events_of_reports(kg, [rid])[rid]


def event_ids(kg: KnowledgeGraph) -> set[str]:
    return {r["e"] for r in kg.select("SELECT ?e WHERE { ?e a dg:Event }")}


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return store()


def test_one_event_per_happening(kg: KnowledgeGraph) -> None:
    # the expulsion, the later expulsion, the accusation, Kharkiv, Odesa
    assert len(event_ids(kg)) == 5 and kg.stats().events == 5 and kg.stats().reports == 9
    assert len({event_of(kg, s) for s in EXPULSION}) == 1
    assert len({event_of(kg, s) for s in SPECS}) == 5


def test_different_places_stay_apart_even_through_a_report_without_one(kg: KnowledgeGraph) -> None:
    kharkiv, odesa, unplaced = (event_of(kg, s) for s in OTHERS[2:])
    assert kharkiv != odesa and unplaced in (kharkiv, odesa)


def test_the_event_keeps_every_report_mention_and_article(kg: KnowledgeGraph) -> None:
    view = events.event(kg, event_of(kg, EXPULSION[0]))
    assert view.kind == "event" and view.reports == 4 and len(view.report_ids) == 4
    assert view.sources == 3  # Le Monde, rfi.fr, Reuters (twice, spelt two ways)
    assert len(view.mentions) == 3 + 1 + 1 + 1 and len(view.articles) == 4
    assert view.date == D(2024, 3, 5) and view.date_basis == "relative"  # the best-dated report
    assert view.confidence == pytest.approx(0.99)  # 1 - prod(1 - c), capped
    assert (view.source.id, view.target and view.target.id, view.category) == ("MLI", "FRA", "REJECT")


def test_a_report_id_shows_the_report_and_its_event(kg: KnowledgeGraph) -> None:
    view = events.event(kg, report_id(EXPULSION[3]))
    assert view.kind == "report" and view.reports == 1 and len(view.articles) == 1
    assert view.event_id == event_of(kg, EXPULSION[0])


def test_counts_are_events_with_reports_beside_them(kg: KnowledgeGraph) -> None:
    report = dyads.dyad(kg, "MLI", "FRA")
    [direction] = report.directions
    assert (direction.counts.events, direction.counts.reports) == (3, 6)
    assert direction.by_category == {"ACCUSE": 1, "REJECT": 2}
    coverage = dyads.dyad(kg, "MLI", "FRA", Counting.REPORTS)
    assert coverage.directions[0].by_category == {"ACCUSE": 1, "REJECT": 5}
    page = relations(kg, PageRequest("MLI"))
    assert sorted(r.reports for r in page.relations) == [1, 1, 4]
    assert {r.sources for r in page.relations if r.reports == 4} == {3}


def test_network_edges_carry_events_and_reports(kg: KnowledgeGraph) -> None:
    edge = network.build_network(kg, Selection()).graph.edges["MLI", "FRA"]
    assert (edge["events"], edge["reports"], edge["weight"]) == (3, 6, 3.0)
    coverage = network.build_network(kg, Selection(count=Counting.REPORTS)).graph.edges["MLI", "FRA"]
    assert coverage["weight"] == 6.0


@pytest.mark.parametrize("order", [[2, 0, 1], [1, 2, 0], [0, 1, 2]])
def test_the_events_do_not_depend_on_the_order_of_the_articles(order: list[int]) -> None:
    reference = events_graph(store())
    groups = [EXPULSION[:2], EXPULSION[2:], OTHERS]
    shuffled = [spec for g in order for spec in reversed(groups[g])]
    assert events_graph(store(shuffled)) == reference


def test_a_batch_merges_once_at_the_end_as_each_article_would() -> None:
    kg = KnowledgeGraph(None, reference_data=False)
    pending: set[happenings.Key] = set()
    for spec in SPECS:
        summaries.write_with_summaries(kg, article_result(spec), RUN, pending)
    assert events_graph(kg) == set() and happenings.marked_keys(kg) == pending
    summaries.settle(kg, pending)
    assert events_graph(kg) == events_graph(store()) and happenings.marked_keys(kg) == set()


def drop(kg: KnowledgeGraph, specs: list[ReportSpec]) -> None:
    for spec in specs:
        graph = article_graph(article_result(spec).article.key)
        before = summaries.graph_state(kg, graph)
        kg.drop_graph(graph)
        summaries.after_graph_write(kg, before, graph)


def test_removing_articles_removes_their_reports_then_the_event() -> None:
    kg = store(EXPULSION)
    drop(kg, EXPULSION[:2])
    assert events_graph(kg) == events_graph(store(EXPULSION[2:]))
    assert events.event(kg, event_of(kg, EXPULSION[2])).reports == 2
    assert dyads.dyad(kg, "MLI", "FRA").directions[0].counts.reports == 2
    drop(kg, EXPULSION[2:])
    assert events_graph(kg) == set()
    assert not list(kg.native.quads_for_pattern(dyad_iri("MLI", "FRA"), None, None, summaries.SUMMARY_GRAPH))


def test_a_group_spans_at_most_twice_the_window() -> None:
    chain = [dataclasses.replace(EXPULSION[3], article=f"c{n}", day=D(2024, 3, 1 + n)) for n in range(5)]
    kg = store(chain)  # 1 to 5 March, a day apart: not one event of five days
    days: dict[str, list[dt.date]] = {}
    for spec in chain:
        days.setdefault(event_of(kg, spec), []).append(spec.day)
    assert len(days) in (2, 3) and all((max(d) - min(d)).days <= 2 for d in days.values())


def test_a_new_version_of_an_article_moves_its_report() -> None:
    kg = store(EXPULSION)
    moved = dataclasses.replace(article_result(EXPULSION[3]).events[0], date=D(2024, 2, 1))
    result = ArticleResult(article_result(EXPULSION[3]).article, [moved])
    summaries.write_with_summaries(kg, result, Run(RUN.name, "2"))
    assert len(event_ids(kg)) == 2
    assert events.event(kg, event_of(kg, EXPULSION[0])).reports == 3


def test_a_crash_before_the_merge_leaves_marks_that_repair_follows() -> None:
    kg = KnowledgeGraph(None, reference_data=False)
    pending: set[happenings.Key] = set()
    for spec in SPECS:  # written, never merged: as if the process died after each write
        summaries.write_with_summaries(kg, article_result(spec), RUN, pending)
    done = summaries.repair(kg)
    assert not done.rebuilt and done.pairs == 2  # MLI-FRA, RUS-UKR
    assert events_graph(kg) == events_graph(store()) and happenings.marked_keys(kg) == set()
    assert summaries.marked_pairs(kg) == set()


def test_a_deep_repair_finds_reports_no_event_lists() -> None:
    kg = store()
    expected = events_graph(kg)
    kg.native.clear_graph(EVENTS_GRAPH)
    assert summaries.repair(kg).pairs == 0  # the cheap check trusts the marks
    summaries.repair(kg, deep=True)
    assert events_graph(kg) == expected


def test_the_window_is_configurable_and_a_change_remerges() -> None:
    narrow = store(EXPULSION, merge_window_days=0)
    assert len(event_ids(narrow)) == 3  # 4 March, 5 March (two reports), 6 March
    wide = KnowledgeGraph(None, reference_data=False, merge_window_days=0)
    wide.native.extend(narrow.native)
    wide.merge_window_days = 1
    assert summaries.repair(wide).rebuilt
    assert events_graph(wide) == events_graph(store(EXPULSION))
    [window] = wide.native.quads_for_pattern(EVENTS_GRAPH, None, None, META_GRAPH)
    assert window.object.value == "1"


def test_the_events_graph_is_written_by_diplograph_only(kg: KnowledgeGraph) -> None:
    from diplograph.graph.store import ProtectedGraphError

    with pytest.raises(ProtectedGraphError):
        kg.drop_graph(EVENTS_GRAPH)


def test_the_combined_confidence_is_capped() -> None:
    assert happenings.combined_confidence([0.5, 0.5]) == pytest.approx(0.75)
    assert happenings.combined_confidence([0.9, 0.9, 0.9]) == 0.99
