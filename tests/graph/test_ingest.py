"""Ingest in bounded batches (issue 11): articles are read as they are written, the
summary keeps counts only, new articles go in a batch at a time (the bulk writer
too), and a long article is written part by part."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from diplograph.api.app import create_app
from diplograph.extract.pipeline import Extractor
from diplograph.graph import happenings, rdf, run_merge, store
from diplograph.graph import ingest as ingest_module
from diplograph.graph.happenings import EVENTS_GRAPH, marked_keys
from diplograph.graph.ids import article_graph, event_id_of, report_iri
from diplograph.graph.ingest import ingest, ingest_into
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH, marked_pairs, rebuild_all, repair
from diplograph.ontology import namespaces as ns
from fastapi.testclient import TestClient

from bench.generated import generated_article
from diplograph.errors import StoreError
from diplograph.model import Article
from tests.api.conftest import settings_for

pytestmark = pytest.mark.slow


def generated(n: int, seed: int = 3) -> list[Article]:
    rng = random.Random(seed)
    made = (generated_article(rng, i) for i in range(n))
    return [Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in made]


def long_article(paragraphs: int = 250) -> Article:
    """Over 20,000 characters: pieces of at most 20,000 (the extractor's cut)."""
    text = "\n\n".join(a.text for a in generated(paragraphs, seed=8))
    return Article(id="long", text=text, date=dt.date(2024, 5, 4))


def summaries(kg: KnowledgeGraph) -> set[str]:
    return {str(q) for q in kg.native.quads_for_pattern(None, None, None, SUMMARY_GRAPH)}


def events(kg: KnowledgeGraph) -> set[str]:
    return {str(q) for q in kg.native.quads_for_pattern(None, None, None, EVENTS_GRAPH)}


def article_quads(kg: KnowledgeGraph) -> set[str]:
    """Every quad but the reference data's and the summaries'."""
    return {str(q) for q in kg.native if str(q.graph_name.value).startswith(ns.article_graph(""))}


def test_articles_are_read_as_they_are_written_and_not_kept(nlp) -> None:
    extractor = Extractor(nlp, batch_size=4)  # spaCy gets 4 x 8 pieces at a time
    read = 0
    ahead: list[int] = []

    def articles() -> Iterator[Article]:
        nonlocal read
        for a in generated(100):
            read += 1
            yield a

    def written(_: Any) -> None:
        ahead.append(read - len(ahead) - 1)

    with KnowledgeGraph(None) as kg:
        summary = ingest_into(kg, articles(), extractor=extractor, batch_size=10, on_article=written)
    assert summary.articles == summary.added == 100
    assert summary.outcomes == []  # counts only
    assert 0 < max(ahead) <= 10 + 4 * 8  # a write batch and spaCy's queue, never the whole input


def test_outcomes_are_kept_when_asked(extractor) -> None:
    with KnowledgeGraph(None) as kg:
        summary = ingest_into(kg, generated(5), extractor=extractor, keep_outcomes=True)
    assert [r.article.id for r, _ in summary.outcomes] == [f"gen-{i}" for i in range(5)]


@pytest.mark.parametrize("bulk", [False, True])
def test_batches_store_what_one_article_at_a_time_stores(extractor, tmp_path, bulk: bool) -> None:
    items = [*generated(30), generated(1)[0]]  # a repeat, in the same batch
    with KnowledgeGraph(tmp_path / "one") as one:
        expected = ingest_into(one, items, extractor=extractor, batch_size=1)
        expected_quads, expected_summaries, expected_events = article_quads(one), summaries(one), events(one)
    with KnowledgeGraph(tmp_path / "batch") as kg:
        summary = ingest_into(kg, items, extractor=extractor, batch_size=64, bulk=bulk)
        assert (summary.added, summary.unchanged, summary.events) == (30, 1, expected.events)
        assert article_quads(kg) == expected_quads
        assert events(kg) == expected_events and len(expected_events) > 0
        assert summaries(kg) == expected_summaries


def test_an_article_rdf_cannot_hold_fails_alone(extractor) -> None:
    items = generated(3)
    items[1] = Article(id="bad\ud800", text=items[1].text, date=items[1].date)
    with KnowledgeGraph(None) as kg:
        summary = ingest_into(kg, items, extractor=extractor)
        assert summary.added == 2
        assert len(summary.failures) == 1 and "cannot be stored" in summary.failures[0]
        assert kg.stats().articles == 2
        assert not marked_keys(kg) and not marked_pairs(kg)  # its keys' marks too are cleared


class _FailingHeads:
    """A store whose third ``extend`` of a batch (the articles' own nodes, after the
    marks and the bulk write of the events) fails, as a crash there would."""

    def __init__(self, native: ox.Store) -> None:
        self.native = native
        self.extends = 0

    def extend(self, quads: Any) -> None:
        self.extends += 1
        if self.extends == 2:
            raise OSError("disk full")
        self.native.extend(quads)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.native, name)


def test_a_bulk_batch_cut_short_is_extracted_again_and_summaries_repaired(extractor, tmp_path) -> None:
    items = generated(12)
    with KnowledgeGraph(tmp_path / "clean") as clean:
        ingest_into(clean, items, extractor=extractor)
        expected_quads, expected_summaries, expected_events = (
            article_quads(clean),
            summaries(clean),
            events(clean),
        )
    with KnowledgeGraph(tmp_path / "cut") as kg:
        native = kg.native
        kg.native = _FailingHeads(native)  # type: ignore[assignment]
        with pytest.raises(StoreError, match="disk full"):
            ingest_into(kg, items, extractor=extractor, bulk=True)
        kg.native = native
        assert all(kg.stored_version(a.key) is None for a in items)  # events in, articles not stored
        summary = ingest_into(kg, items, extractor=extractor, bulk=True)
        assert summary.added == 12
        assert not marked_pairs(kg) and not marked_keys(kg)
        assert article_quads(kg) == expected_quads
        assert events(kg) == expected_events and len(expected_events) > 0
        assert summaries(kg) == expected_summaries


def test_a_long_article_is_written_in_parts_and_stored_once_all_are_in(nlp, monkeypatch) -> None:
    monkeypatch.setattr(store, "PART_QUADS", 500)  # each part in several transactions
    article = long_article()
    extractor = Extractor(nlp, part_chars=20_000)
    parts = list(extractor.process_parts([article]))
    assert len(parts) >= 2
    assert [(p.index, p.last) for p in parts] == [(i, i == len(parts) - 1) for i in range(len(parts))]
    reports = {e.id for p in parts for e in p.result.events}
    run = rdf.Run(extractor.name, extractor.version)
    with KnowledgeGraph(None) as kg:
        graph = article_graph(article.key)
        kg.write_article_part(parts[0].result, run, first=True, last=False)  # then a crash
        assert kg.stored_version(article.key) is None
        kg.native.add(ox.Quad(report_iri("0123456789abcdef"), rdf.RDF_TYPE, rdf.dg("Report"), graph))
        summary = ingest_into(kg, [article], extractor=extractor, batch_size=2)
        assert (summary.added, summary.events) == (1, len(reports))
        assert kg.stored_version(article.key) == extractor.version
        stored = {r["r"] for r in kg.select("SELECT ?r WHERE { GRAPH ?g { ?r a dg:Report } }")}
        assert stored == {report_iri(i).value for i in reports}  # no left-over of the cut write
        before = summaries(kg), events(kg)
        rebuild_all(kg)
        assert (summaries(kg), events(kg)) == before  # the events and summaries count every part


def _answers(path: Path, event_ids: list[str]) -> list[object]:
    urls = [
        "/stats",
        "/actors/RUS/relations?limit=200",
        "/actors/CHN/relations?limit=200&include_hypothetical=true",
        "/dyads/IND/PAK",
        "/dyads/FRA/DEU?count=reports",
        "/analytics/centrality",
        *(f"/events/{i}" for i in event_ids),
    ]
    with TestClient(create_app(settings_for(path, query_workers=1))) as client:
        answers = [client.get(url) for url in urls]
    gc.collect()
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers if a.status_code != 200]
    stats, *rest = (a.json() for a in answers)
    del stats["store"]  # the folder
    return [stats, *rest]


def test_the_command_answers_as_one_article_at_a_time_does(nlp, tmp_path) -> None:
    """``diplograph ingest``'s path (batches through the bulk writer, a long article in
    parts, one settle at the end) leaves the store as one run per article does: the same
    events graph (reports of several articles merged), summaries and REST answers."""
    extractor = Extractor(nlp, part_chars=20_000)
    corpus = [*generated(40, seed=5), long_article(), *generated(2, seed=5)]  # two repeats
    one_by_one = tmp_path / "one"
    with KnowledgeGraph(one_by_one) as kg:
        for article in corpus:
            ingest_into(kg, [article], extractor=extractor)
        expected = events(kg), summaries(kg), article_quads(kg)
        merged = kg.select(
            f"SELECT ?e WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e dg:reports ?n FILTER(?n > 1) }} }}"
        )
        event_ids = sorted(event_id_of(r["e"]) for r in kg.select("SELECT ?e WHERE { ?e a dg:Event }"))
    gc.collect()
    assert merged and len(event_ids) > 40  # reports of several articles make one event
    command = tmp_path / "command"
    summary = ingest(settings_for(command), corpus, extractor=extractor, batch_size=8)
    assert (summary.added, summary.unchanged, summary.failures) == (41, 2, [])
    with KnowledgeGraph(command) as kg:
        assert not marked_keys(kg) and not marked_pairs(kg)
        assert (events(kg), summaries(kg), article_quads(kg)) == expected
    gc.collect()
    assert _answers(command, event_ids[:10]) == _answers(one_by_one, event_ids[:10])


# -- the run's merge (graph/run_merge.py): new keys from what the run wrote, others from the store --
def _about(article_id: str, *sentences: str) -> Article:
    return Article(id=article_id, text=" ".join(sentences), date=dt.date(2024, 5, 10))


SPANNING = "Brazil signed a trade agreement with Argentina on Monday."  # new to the store, in two batches
HELD = "Kenya held talks with Nigeria on energy on Monday."  # in the store before the second run


def _two_runs() -> tuple[list[Article], list[Article]]:
    first = [
        *generated(10, seed=21),
        _about("held-1", HELD, "Russia threatened Ukraine with sanctions on Monday."),
    ]
    second = [
        _about("span-1", SPANNING, "China sent humanitarian aid to Pakistan on Monday."),
        *generated(8, seed=22),
        _about("span-2", SPANNING, "Germany accused France of violating the ceasefire on Monday."),
        _about("held-2", HELD, "Turkey imposed sanctions on Iran on Monday."),
    ]
    return first, second


def _derived(kg: KnowledgeGraph) -> tuple[set[str], set[str], set[str]]:
    return events(kg), summaries(kg), article_quads(kg)


def _key_of_sentence(kg: KnowledgeGraph, sentence: str) -> Any:
    """The key of the event the sentence's first state makes (it makes one each way)."""
    source = sentence.split()[0]
    rows = kg.select(
        f"SELECT ?e WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e dg:reports 2 ; prov:wasDerivedFrom ?m ; "
        f"dg:sourceText {ox.Literal(source)} }} ?m dg:text {ox.Literal(sentence)} }}"
    )
    assert len({r["e"] for r in rows}) == 1, rows  # the two articles' reports make one event
    props = kg.properties(ox.NamedNode(rows[0]["e"]), EVENTS_GRAPH)
    return happenings.key_of(props)


def test_a_run_merges_keys_across_batches_and_with_what_the_store_held(
    extractor, tmp_path, monkeypatch
) -> None:
    first, second = _two_runs()
    with KnowledgeGraph(tmp_path / "one") as one:
        for article in [*first, *second]:
            ingest_into(one, [article], extractor=extractor)
        expected = _derived(one)
        spanning, held = _key_of_sentence(one, SPANNING), _key_of_sentence(one, HELD)
        event_ids = sorted(event_id_of(r["e"]) for r in one.select("SELECT ?e WHERE { ?e a dg:Event }"))
    read_back: list[Any] = []
    reports_of = happenings.reports_of
    monkeypatch.setattr(
        happenings, "reports_of", lambda kg, key: read_back.append(key) or reports_of(kg, key)
    )
    runs = tmp_path / "runs"
    with KnowledgeGraph(runs) as kg:
        ingest_into(kg, first, extractor=extractor, bulk=True)
        read_back.clear()
        summary = ingest_into(kg, second, extractor=extractor, batch_size=4, bulk=True)
        assert summary.added == len(second)
        assert held in read_back and spanning not in read_back  # only keys the store held are read back
        assert not marked_keys(kg) and not marked_pairs(kg)
        assert _derived(kg) == expected
    gc.collect()
    assert _answers(runs, event_ids[:10]) == _answers(tmp_path / "one", event_ids[:10])


@pytest.mark.parametrize("killed", ["before the merge", "during the merge"])
def _kill_the_merge(monkeypatch: pytest.MonkeyPatch, killed: str) -> list[int]:
    """Make the next run stop as a kill would: before its merge, or in its merge's second
    write of events (chunks of 50 quads). Returns the count of chunks written, to check."""
    chunks = [0]
    if killed == "before the merge":
        monkeypatch.setattr(ingest_module._Writer, "settle", lambda self, failed: None)
        return chunks
    monkeypatch.setattr(run_merge, "CHUNK", 50)
    written = run_merge.RunMerge._written

    def dies_in_the_second_chunk(self: Any, chunk: list[ox.Quad], at_least: int | None = None) -> Any:
        if len(chunk) >= (at_least or run_merge.CHUNK):
            chunks[0] += 1
            if chunks[0] == 2:
                raise SystemExit("killed")
        return written(self, chunk, at_least)

    monkeypatch.setattr(run_merge.RunMerge, "_written", dies_in_the_second_chunk)
    return chunks


@pytest.mark.parametrize("killed", ["before the merge", "during the merge"])
def test_a_run_killed_before_its_merge_ends_is_repaired(
    extractor, tmp_path, monkeypatch, killed: str
) -> None:
    first, second = _two_runs()
    with KnowledgeGraph(tmp_path / "clean") as clean:
        ingest_into(clean, [*first, *second], extractor=extractor)
        expected = _derived(clean)
    with KnowledgeGraph(tmp_path / "killed") as kg:
        ingest_into(kg, first, extractor=extractor, bulk=True)
        chunks = _kill_the_merge(monkeypatch, killed)
        with contextlib.suppress(SystemExit):
            ingest_into(kg, second, extractor=extractor, batch_size=4, bulk=True)
        monkeypatch.undo()
        assert chunks == [2 if killed == "during the merge" else 0]
        assert marked_keys(kg) and marked_pairs(kg)  # the work the run left
        repair(kg)
        assert not marked_keys(kg) and not marked_pairs(kg)
        assert _derived(kg) == expected
