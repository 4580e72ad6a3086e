"""Shared fixtures: small domain objects built by hand, and (slow) the real
extraction pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
from diplograph.graph.store import KnowledgeGraph

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
from tests.remote_servers import SERVERS, Server, fresh_remote_store

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


# -- remote stores: SPARQL servers started for the session (tests/remote_servers.py) -----------------
def _serve(name: str, factory: pytest.TempPathFactory) -> Iterator[Server]:
    with SERVERS[name](factory.mktemp(name)) as server:
        yield server


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _serve("oxigraph", tmp_path_factory)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _serve("virtuoso", tmp_path_factory)


#: the stores a store test runs on: the embedded one, and each remote server
BACKENDS = [
    "embedded",
    pytest.param("oxigraph", marks=pytest.mark.server),
    pytest.param("virtuoso", marks=pytest.mark.server),
]


@pytest.fixture(params=[p for p in BACKENDS if p != "embedded"])
def remote_server(request: pytest.FixtureRequest) -> Server:
    """Each remote server in turn."""
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture(params=BACKENDS)
def backend_kg(request: pytest.FixtureRequest) -> Iterator[KnowledgeGraph]:
    """An empty store (reference data only) of each backend in turn."""
    if request.param == "embedded":
        with KnowledgeGraph(None) as kg:
            yield kg
        return
    server = request.getfixturevalue(f"{request.param}_server")
    with fresh_remote_store(server) as kg:
        yield kg
