"""POST /articles: the API key, one article or a JSONL batch, idempotence, and
what the rest of the service sees afterwards (events, summaries, SPARQL).

The extractor is a stand-in (no spaCy model); ``test_real_extractor`` runs the
real pipeline and is marked slow."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import pytest
from diplograph.api.deps import get_extractor
from diplograph.extract.pipeline import ArticlePart, Extractor
from fastapi.testclient import TestClient

from diplograph.model import ActorMention, Article, ArticleResult, Event, Plover, Relation
from tests.api import service_data
from tests.api.conftest import API_KEY, open_client

KEY = {"x-api-key": API_KEY}


class FakeExtractor(Extractor):
    """'<Name> threatens <Name>.' sentences become THREATEN events."""

    name = "fake-extractor"

    def __init__(self, version: str = "1") -> None:  # no spaCy, no vocabulary
        self.version = version
        self.gazetteer = service_data.gazetteer()

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        labels = {e.actor.label: e.actor for e in self.gazetteer}
        for article in articles:
            events = []
            for sentence in article.text.split("."):
                words = sentence.strip().split(" threatens ")
                if len(words) == 2 and words[0] in labels and words[1] in labels:
                    start = article.text.index(sentence)
                    source, target = labels[words[0]], labels[words[1]]
                    events.append(
                        Event(
                            article.key,
                            ActorMention(source, source.label, start, start + len(source.label)),
                            ActorMention(target, target.label, start, start + 1),
                            Relation(Plover.THREATEN, "138", -7.0),
                            article.date,
                            sentence.strip(),
                            start,
                            start + len(sentence),
                            "threatens",
                            start,
                            start + 9,
                            0.7,
                            self.name,
                            self.version,
                        )
                    )
            yield ArticleResult(article, events, [] if events else ["no events found"])

    def process_parts(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        return (ArticlePart(result) for result in self.process(articles))


@pytest.fixture
def writable() -> Iterator[TestClient]:
    with open_client(None) as c:
        c.app.dependency_overrides[get_extractor] = FakeExtractor  # type: ignore[attr-defined]
        yield c


ARTICLE = {"id": "w1", "text": "South Korea threatens Germany. Nothing else.", "date": "2025-01-05"}


def test_writes_need_the_api_key(writable: TestClient) -> None:
    assert writable.post("/articles", json=ARTICLE).status_code == 401
    assert writable.post("/articles", json=ARTICLE, headers={"x-api-key": "nope"}).status_code == 403
    assert (
        writable.post("/articles", json=ARTICLE, headers={"authorization": f"Bearer {API_KEY}"}).status_code
        == 200
    )


def test_writes_are_off_without_a_configured_key() -> None:
    with open_client(None, api_key=None) as c:
        c.app.dependency_overrides[get_extractor] = FakeExtractor  # type: ignore[attr-defined]
        r = c.post("/articles", json=ARTICLE, headers=KEY)
        assert r.status_code == 403 and r.json()["error"] == "disabled"


def test_one_article_is_ingested_and_seen_everywhere(writable: TestClient) -> None:
    assert writable.get("/dyads/KOR/DEU").json()["directions"] == []
    r = writable.post("/articles", json=ARTICLE, headers=KEY)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 1 and body["articles"][0]["status"] == "added"
    [event] = body["articles"][0]["events"]
    assert (event["source"], event["target"], event["category"]) == ("KOR", "DEU", "THREATEN")
    assert writable.get(f"/events/{event['id']}").json()["sentence"] == "South Korea threatens Germany"
    assert writable.get("/dyads/KOR/DEU").json()["directions"][0]["counts"]["events"] == 1
    q = f"ASK {{ <https://w3id.org/diplograph/event/{event['event']}> a dg:Event ; dg:report ?r }}"
    assert writable.get("/sparql", params={"query": q}).json()["boolean"] is True  # queries see the write
    again = writable.post("/articles", json=ARTICLE, headers=KEY).json()
    assert again["unchanged"] == 1 and again["articles"][0]["events"] == []
    assert writable.get("/dyads/KOR/DEU").json()["directions"][0]["counts"]["events"] == 1


def test_a_jsonl_batch_reports_bad_lines_and_goes_on(writable: TestClient) -> None:
    lines = [
        json.dumps({"id": "b1", "text": "Russia threatens Germany."}),
        "{not json",
        json.dumps({"id": "b3"}),
        json.dumps({"id": "b4", "text": "Ukraine threatens Russia. Again."}),
    ]
    r = writable.post(
        "/articles", content="\n".join(lines), headers={"content-type": "application/x-ndjson", **KEY}
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 2 and [a["id"] for a in body["articles"]] == ["b1", "b4"]
    assert any(e.startswith("line 2") for e in body["errors"]) and any("line 3" in e for e in body["errors"])


def test_a_new_extractor_version_replaces_the_events(writable: TestClient) -> None:
    writable.post("/articles", json=ARTICLE, headers=KEY)
    writable.app.dependency_overrides[get_extractor] = lambda: FakeExtractor("2")  # type: ignore[attr-defined]
    changed = writable.post("/articles", json=ARTICLE, headers=KEY).json()
    assert changed["replaced"] == 1 and len(changed["articles"][0]["events"]) == 1
    assert writable.get("/dyads/KOR/DEU").json()["directions"][0]["counts"]["events"] == 1


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        (b"{", {"content-type": "application/json"}, 400),
        (b'{"id": "x"}', {"content-type": "application/json"}, 422),
        (b"hello", {"content-type": "application/pdf"}, 400),
        (b"\xff\xfe", {"content-type": "application/json"}, 400),
        (json.dumps({"id": "big", "text": "x" * 5000}).encode(), {"content-type": "application/json"}, 413),
    ],
)
def test_bad_bodies(content: bytes, headers: dict[str, str], status: int) -> None:
    with open_client(None, max_upload_bytes=4096) as c:
        c.app.dependency_overrides[get_extractor] = FakeExtractor  # type: ignore[attr-defined]
        r = c.post("/articles", content=content, headers={**headers, **KEY})
        assert r.status_code == status, r.text


def test_deeply_nested_json_is_a_400_json_error(writable: TestClient) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    r = writable.post("/articles", content=deep, headers={"content-type": "application/json", **KEY})
    assert r.status_code == 400 and r.json() == {"error": "input", "detail": "body: JSON nested too deeply"}
    lines = deep + b"\n" + json.dumps({"id": "after", "text": "Russia threatens Germany."}).encode()
    r = writable.post("/articles", content=lines, headers={"content-type": "application/x-ndjson", **KEY})
    assert r.status_code == 200 and r.json()["added"] == 1
    assert r.json()["errors"] == ["line 1: JSON nested too deeply"]


def test_an_id_that_is_a_boolean_is_refused(writable: TestClient) -> None:
    r = writable.post("/articles", json={"id": True, "text": "Russia threatens Germany."}, headers=KEY)
    assert r.status_code == 422 and "'id' must be a string or an integer, not true" in r.json()["detail"]


def test_an_article_over_the_size_limit_is_refused_and_the_batch_goes_on() -> None:
    with open_client(None, max_article_bytes=2000) as c:
        c.app.dependency_overrides[get_extractor] = FakeExtractor  # type: ignore[attr-defined]
        batch = [
            {"id": "long", "text": "Russia threatens Germany. " * 100},
            {"id": "short", "text": "Russia threatens Germany."},
        ]
        r = c.post("/articles", json=batch, headers=KEY)
        assert r.status_code == 200, r.text
        assert [a["id"] for a in r.json()["articles"]] == ["short"]
        assert r.json()["errors"] == ["article 1: article text too large (2600 bytes; the limit is 2000)"]


@pytest.mark.slow
def test_real_extractor() -> None:
    text = (
        "MOSCOW, March 12, 2024 — Russia accused the United States of provoking the conflict, "
        "and Washington imposed new sanctions on Moscow on Tuesday."
    )
    with open_client(None) as c:
        r = c.post("/articles", json={"id": "real", "text": text, "date": "2024-03-12"}, headers=KEY)
        assert r.status_code == 200, r.text
        events = r.json()["articles"][0]["events"]
        assert {(e["source"], e["target"]) for e in events} & {("RUS", "USA"), ("USA", "RUS")}
