"""Ingest in bounded batches (issue 11): articles are read as they are written, the
summary keeps counts only, new articles go in a batch at a time (the bulk writer
too), and a long article is written part by part."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
from diplograph.extract.pipeline import Extractor
from diplograph.graph import rdf
from diplograph.graph.ids import article_graph, event_iri
from diplograph.graph.ingest import ingest_into
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH, marked_pairs, rebuild
from diplograph.ontology import namespaces as ns

from bench.generated import generated_article
from diplograph.errors import StoreError
from diplograph.model import Article

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
        expected_quads, expected_summaries = article_quads(one), summaries(one)
    with KnowledgeGraph(tmp_path / "batch") as kg:
        summary = ingest_into(kg, items, extractor=extractor, batch_size=64, bulk=bulk)
        assert (summary.added, summary.unchanged, summary.events) == (30, 1, expected.events)
        assert article_quads(kg) == expected_quads
        assert summaries(kg) == expected_summaries


def test_an_article_rdf_cannot_hold_fails_alone(extractor) -> None:
    items = generated(3)
    items[1] = Article(id="bad\ud800", text=items[1].text, date=items[1].date)
    with KnowledgeGraph(None) as kg:
        summary = ingest_into(kg, items, extractor=extractor)
        assert summary.added == 2
        assert len(summary.failures) == 1 and "cannot be stored" in summary.failures[0]
        assert kg.stats().articles == 2


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
        expected_quads, expected_summaries = article_quads(clean), summaries(clean)
    with KnowledgeGraph(tmp_path / "cut") as kg:
        native = kg.native
        kg.native = _FailingHeads(native)  # type: ignore[assignment]
        with pytest.raises(StoreError, match="disk full"):
            ingest_into(kg, items, extractor=extractor, bulk=True)
        kg.native = native
        assert all(kg.stored_version(a.key) is None for a in items)  # events in, articles not stored
        summary = ingest_into(kg, items, extractor=extractor, bulk=True)
        assert summary.added == 12
        assert not marked_pairs(kg)
        assert article_quads(kg) == expected_quads
        assert summaries(kg) == expected_summaries


def test_a_long_article_is_written_in_parts_and_stored_once_all_are_in(nlp) -> None:
    article = long_article()
    extractor = Extractor(nlp, part_chars=20_000)
    parts = list(extractor.process_parts([article]))
    assert len(parts) >= 2
    assert [(p.index, p.last) for p in parts] == [(i, i == len(parts) - 1) for i in range(len(parts))]
    events = {e.id for p in parts for e in p.result.events}
    run = rdf.Run(extractor.name, extractor.version)
    with KnowledgeGraph(None) as kg:
        graph = article_graph(article.key)
        kg.write_article_part(parts[0].result, run, first=True, last=False)  # then a crash
        assert kg.stored_version(article.key) is None
        kg.native.add(ox.Quad(event_iri("0123456789abcdef"), rdf.RDF_TYPE, rdf.dg("Event"), graph))
        summary = ingest_into(kg, [article], extractor=extractor, batch_size=2)
        assert (summary.added, summary.events) == (1, len(events))
        assert kg.stored_version(article.key) == extractor.version
        stored = {r["e"] for r in kg.select("SELECT ?e WHERE { ?e a dg:Event }")}
        assert stored == {event_iri(i).value for i in events}  # no left-over of the cut write
        before = summaries(kg)
        rebuild(kg)
        assert summaries(kg) == before  # the summaries count every part
