"""Per-pair summaries: refreshed at ingest for the pairs an article touches,
replaced with the article, and equal to a full rebuild."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from diplograph.graph import claims, happenings, rdf, summaries
from diplograph.graph.ids import article_graph
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import ArticleResult, Plover
from tests.api import service_data


def summary_quads(kg: KnowledgeGraph) -> set[str]:
    return {str(q) for q in kg.native.quads_for_pattern(None, None, None, summaries.SUMMARY_GRAPH)}


def value(kg: KnowledgeGraph, subject: str, prop: str) -> str | None:
    predicate = ox.NamedNode(f"https://w3id.org/diplograph/ontology#{prop}")
    for q in kg.native.quads_for_pattern(ox.NamedNode(subject), predicate, None, summaries.SUMMARY_GRAPH):
        return str(q.object.value)
    return None


def test_incremental_summaries_equal_a_rebuild() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    incremental = summary_quads(kg)
    assert summaries.rebuild(kg) == 6  # RUS-UKR, UKR-RUS, USA-RUS, DEU-UKR, USA-KOR, UKR-NATO
    assert summary_quads(kg) == incremental


def test_pair_month_and_category_nodes() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    d = summaries.dyad_iri("RUS", "UKR").value
    assert value(kg, d, "eventCount") == "24" and value(kg, d, "totalCount") == "26"
    assert value(kg, d, "negatedCount") == "1" and value(kg, d, "hypotheticalCount") == "1"
    assert value(kg, d, "countVerbalConflict") == "24" and float(value(kg, d, "meanGoldstein") or 0) == -7.0
    assert (value(kg, d, "firstDate"), value(kg, d, "lastDate")) == ("2023-01-10", "2024-12-10")
    assert value(kg, f"{d}#2024-07", "totalCount") == "3" and value(kg, f"{d}#2024-07", "eventCount") == "1"
    assert value(kg, f"{d}#2024-07", "yearMonth") == "2024-07"
    assert value(kg, f"{d}#THREATEN", "eventCount") == "24" and value(kg, f"{d}#ASSAULT", "totalCount") == "1"


def test_a_replaced_article_refreshes_old_and_new_pairs() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    n = len(service_data.SPECS) - 7  # USA sanctions RUS
    first = service_data.article_of(n, service_data.SPECS[n])
    summaries.write_with_summaries(kg, first, service_data.RUN)
    assert value(kg, summaries.dyad_iri("USA", "RUS").value, "eventCount") == "1"
    moved = service_data.article_of(
        n, service_data.Spec("USA", Plover.CONSULT, "KOR", service_data.SPECS[n].date)
    )
    moved.article = first.article  # same article, a new version reads it differently
    moved.events = [
        e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "article_key": first.article.key})
        for e in moved.events
    ]
    summaries.write_with_summaries(kg, moved, Run(service_data.RUN.name, "2"))
    assert value(kg, summaries.dyad_iri("USA", "RUS").value, "eventCount") is None  # no events: no summary
    assert value(kg, summaries.dyad_iri("USA", "KOR").value, "eventCount") == "1"
    before = summary_quads(kg)
    summaries.write_with_summaries(kg, moved, Run(service_data.RUN.name, "2"))  # unchanged: nothing to do
    assert summary_quads(kg) == before


def _written_without_refresh(kg: KnowledgeGraph) -> None:
    """Every article written, its pairs' refresh never run: a crash after the writes."""
    pending: set[summaries.Pair] = set()
    for n, spec in enumerate(service_data.SPECS):
        summaries.write_with_summaries(kg, service_data.article_of(n, spec), service_data.RUN, pending)


def _rebuilt(kg: KnowledgeGraph) -> set[str]:
    clean = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(clean)
    return summary_quads(clean)


def test_a_crash_before_the_refresh_leaves_marks_that_repair_rebuilds() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    _written_without_refresh(kg)
    assert summary_quads(kg) == set() and len(summaries.marked_pairs(kg)) == 6
    assert summaries.repair(kg) == summaries.Repair(rebuilt=False, pairs=6)
    assert summary_quads(kg) == _rebuilt(kg)
    assert summaries.marked_pairs(kg) == set()
    assert summaries.repair(kg) == summaries.Repair(rebuilt=False, pairs=0)  # nothing left to do


def test_a_crash_during_a_full_rebuild_is_finished_by_repair() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    expected = summary_quads(kg)

    class Crash(Exception):
        pass

    def crash(quads: object) -> None:
        raise Crash

    kg.native = _StorePatched(kg.native, extend=crash)
    with pytest.raises(Crash):
        summaries.rebuild(kg)
    kg.native = kg.native.store
    assert summary_quads(kg) == set()  # the old summaries are gone, the new ones not written
    assert summaries.repair(kg).rebuilt
    assert summary_quads(kg) == expected


def test_a_deep_repair_finds_what_a_store_without_marks_lost() -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    for n, spec in enumerate(service_data.SPECS):  # written as before the marks: no summaries, no marks
        kg.write_article(service_data.article_of(n, spec), service_data.RUN)
    assert summaries.repair(kg).pairs == 0  # the cheap check trusts the marks
    assert summaries.repair(kg, deep=True).pairs == 6
    assert summary_quads(kg) == _rebuilt(kg)
    gone = service_data.article_of(len(service_data.SPECS) - 7, service_data.SPECS[-7])  # USA sanctions RUS
    kg.native.remove_graph(article_graph(gone.article.key))
    assert value(kg, summaries.dyad_iri("USA", "RUS").value, "eventCount") == "2"  # one dangling
    assert summaries.repair(kg, deep=True).pairs == 1
    assert value(kg, summaries.dyad_iri("USA", "RUS").value, "eventCount") == "1"
    assert summary_quads(kg) == summaries_after_rebuild(kg)


def summaries_after_rebuild(kg: KnowledgeGraph) -> set[str]:
    summaries.rebuild(kg)
    return summary_quads(kg)


class _StorePatched:
    """A pyoxigraph store with one method replaced (Store's methods are read-only)."""

    def __init__(self, store: ox.Store, **methods: object) -> None:
        self.store = store
        self.methods = methods

    def __getattr__(self, name: str) -> object:
        return self.methods.get(name) or getattr(self.store, name)


# -- replicas refreshing one pair at once (graph/claims.py) -----------------------------------------
def _threats(n: int) -> list[ArticleResult]:
    """The first ``n`` articles of the service data: Russia threatens Ukraine, a month apart."""
    return [service_data.article_of(i, service_data.SPECS[i]) for i in range(n)]


def _write_during_first_tally(monkeypatch: pytest.MonkeyPatch, write: Callable[[], object]) -> None:
    """Make the next refresh run ``write`` right after it has read a pair's events (and
    before it writes the summary): another replica's write landing in between."""
    read = summaries.tally_pair
    pending = [write]

    def tally_then_write(kg: KnowledgeGraph, source: str, target: str) -> summaries.PairTally:
        tally = read(kg, source, target)
        if pending:
            pending.pop()()
        return tally

    monkeypatch.setattr(summaries, "tally_pair", tally_then_write)


def test_a_write_during_a_refresh_keeps_its_mark_for_the_next_cheap_repair(
    backend_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg, (first, second, third) = backend_kg, _threats(3)
    summaries.write_with_summaries(kg, first, service_data.RUN)
    summaries.write_with_summaries(kg, second, service_data.RUN, set())  # written, not yet refreshed
    late: set[summaries.Key] = set()  # the third is written while the refresh runs, and not refreshed
    _write_during_first_tally(
        monkeypatch, lambda: summaries.write_with_summaries(kg, third, service_data.RUN, late)
    )
    summaries.repair(kg)
    pair = summaries.dyad_iri("RUS", "UKR").value
    assert value(kg, pair, "eventCount") == "2"  # the refresh read the events before the third came
    assert summaries.marked_pairs(kg) == {("RUS", "UKR")}  # but the third's mark is still there
    assert summaries.repair(kg) == summaries.Repair(rebuilt=False, pairs=1)
    assert value(kg, pair, "eventCount") == "3" and not summaries.marked_pairs(kg)
    assert summary_quads(kg) == summaries_after_rebuild(kg)


def test_a_refresh_that_read_older_events_than_another_changes_nothing(
    backend_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg, (first, second, third) = backend_kg, _threats(3)
    summaries.write_with_summaries(kg, first, service_data.RUN)
    keys: set[summaries.Key] = set()
    summaries.write_with_summaries(kg, second, service_data.RUN, keys)
    happenings.recluster(kg, keys)  # its events merged, its pair's summary not yet refreshed
    # while this refresh runs, another replica writes the third and refreshes the pair itself
    _write_during_first_tally(
        monkeypatch, lambda: summaries.write_with_summaries(kg, third, service_data.RUN)
    )
    summaries.refresh_pairs(kg, {("RUS", "UKR")})
    assert value(kg, summaries.dyad_iri("RUS", "UKR").value, "eventCount") == "3"  # the newer stands
    assert not summaries.marked_pairs(kg) and not claims.claims(kg.native)
    assert summary_quads(kg) == summaries_after_rebuild(kg)


def test_a_write_during_a_merge_of_its_key_keeps_its_mark_for_the_next_cheap_repair(
    backend_kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    kg, (first, second, third) = backend_kg, _threats(3)  # one key: Russia threatens Ukraine
    keys: set[summaries.Key] = set()
    for result in (first, second):
        summaries.write_with_summaries(kg, result, service_data.RUN, keys)
    read = happenings.key_quads
    pending = [lambda: summaries.write_with_summaries(kg, third, service_data.RUN, set())]

    def read_then_write(kg_: KnowledgeGraph, key: summaries.Key) -> set[ox.Quad]:
        made = read(kg_, key)
        if pending:
            pending.pop()()
        return made

    monkeypatch.setattr(happenings, "key_quads", read_then_write)
    happenings.recluster(kg, keys)
    assert len(events_of(kg)) == 2 and happenings.marked_keys(kg) == keys  # the third's mark stays
    summaries.repair(kg)
    assert len(events_of(kg)) == 3 and not happenings.marked_keys(kg) and not summaries.marked_pairs(kg)
    assert value(kg, summaries.dyad_iri("RUS", "UKR").value, "eventCount") == "3"


def events_of(kg: KnowledgeGraph) -> set[ox.NamedNode]:
    found = kg.native.quads_for_pattern(None, rdf.RDF_TYPE, rdf.dg("Event"), happenings.EVENTS_GRAPH)
    return {q.subject for q in found}
