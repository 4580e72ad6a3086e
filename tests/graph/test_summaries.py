"""Per-pair summaries: refreshed at ingest for the pairs an article touches,
replaced with the article, and equal to a full rebuild."""

from __future__ import annotations

import pyoxigraph as ox
from diplograph.graph import summaries
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import Plover
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
