"""Event identifiers: distinct events never share one, so ingest's count of events
is the store's count of ``dg:Event`` nodes (issue 14, item 3)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from diplograph.extract.readers import read_paths
from diplograph.graph.ingest import ingest_into
from diplograph.graph.store import KnowledgeGraph

from diplograph import model
from diplograph.errors import ArticleError
from diplograph.model import ActorMention, Article, Sector
from tests.api import service_data
from tests.conftest import make_event

ROOT = Path(__file__).resolve().parents[2]
# one trigger, one source, the same target actor named twice (people and state,
# two sectors): two events that used to get one id
TWICE_NAMED = [
    "Russia threatened the Ukrainian government and Ukrainian civilians on Monday.",
    "India condemned Pakistan's army and Pakistan's government after the attack.",
    "Turkey warned Syria and Syrian rebels against any attack.",
]


def test_events_differing_only_in_their_target_mention_get_distinct_ids(article: Article) -> None:
    event = make_event(article)
    assert event.target is not None
    other_mention = ActorMention(event.target.actor, "South Korean civilians", 30, 52, Sector.CIVILIANS)
    other = dataclasses.replace(event, target=other_mention)
    assert other.id != event.id
    assert dataclasses.replace(event, negated=True).id != event.id
    assert dataclasses.replace(event, sentence_start=1).id != event.id
    assert make_event(article).id == event.id  # an exact repeat is the same event


def test_ids_are_stable_hex_of_the_length_the_api_accepts(article: Article) -> None:
    assert len(make_event(article).id) == 16 and int(make_event(article).id, 16) >= 0


def _corpus() -> list[Article]:
    paths = [ROOT / "samples", *sorted((ROOT / "bench" / "data").glob("*.jsonl"))]
    found = [a for a in read_paths(paths) if not isinstance(a, ArticleError)]
    return found + [Article(id=f"twice-{n}", text=t) for n, t in enumerate(TWICE_NAMED)]


@pytest.mark.slow
def test_ingest_counts_every_event_the_store_holds(extractor) -> None:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    summary = ingest_into(kg, _corpus(), extractor=extractor)
    assert summary.failures == [] and summary.events > 100
    stats = kg.stats()
    assert stats.reports == summary.events  # ingest counts what each article says
    assert 0 < stats.events <= stats.reports  # reports of one happening are one event


@pytest.mark.slow
def test_the_extractor_version_names_the_id_scheme(extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new id recipe changes the version, so stored articles are re-extracted."""
    from diplograph.extract import pipeline

    before = pipeline.Extractor(extractor.nlp, gazetteer=extractor.gazetteer).version
    monkeypatch.setattr(pipeline, "EVENT_ID_SCHEME", model.EVENT_ID_SCHEME + "-next")
    assert pipeline.Extractor(extractor.nlp, gazetteer=extractor.gazetteer).version != before
