"""Shared fixtures: small domain objects built by hand, and (slow) the real
extraction pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from diplograph.model import (
    Actor,
    ActorKind,
    ActorMention,
    Article,
    ArticleResult,
    Event,
    Plover,
    Relation,
    Sector,
)

# the Host name Starlette's TestClient sends; the service refuses names it was not given
os.environ.setdefault("DIPLOGRAPH_TRUSTED_HOSTS", "testserver")

RUSSIA = Actor("RUS", "Russia", ActorKind.STATE, "RUS")
SOUTH_KOREA = Actor("KOR", "South Korea", ActorKind.STATE, "KOR")


def make_event(
    article: Article,
    *,
    n: int = 0,
    plover: Plover = Plover.THREATEN,
    cameo: str = "138",
    goldstein: float = -7.0,
    version: str = "1",
) -> Event:
    sentence = article.text
    return Event(
        article_key=article.key,
        source=ActorMention(RUSSIA, "Russia", 0, 6, Sector.GOVERNMENT),
        target=ActorMention(SOUTH_KOREA, "Seoul", 20, 25),
        relation=Relation(plover, cameo, goldstein),
        date=article.date,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        trigger="warned",
        trigger_start=7 + n,
        trigger_end=13 + n,
        confidence=0.8,
        extractor="test-extractor",
        extractor_version=version,
    )


@pytest.fixture
def article() -> Article:
    return Article(
        id="t1",
        text="Russia warned that Seoul would regret arming Ukraine.",
        date=dt.date(2024, 11, 24),
        title="Warning",
        url="https://example.org/t1",
    )


@pytest.fixture
def result(article: Article) -> ArticleResult:
    return ArticleResult(
        article,
        [make_event(article), make_event(article, n=1, plover=Plover.ACCUSE, cameo="112", goldstein=-2.0)],
    )


@pytest.fixture(scope="session")
def nlp():
    from diplograph.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    from diplograph.extract.pipeline import Extractor

    return Extractor(nlp)
