"""The REST API over the small test store: actors, relations (filters, sort,
cursor pagination, both query plans), dyads, events, health and stats."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from diplograph.model import Plover
from tests.api import service_data
from tests.api.service_data import SPECS


def relations(client: TestClient, actor: str = "RUS", **params: object) -> list[dict[str, object]]:
    """Every page of a relations listing, following the cursors."""
    rows: list[dict[str, object]] = []
    cursor = None
    for _ in range(100):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = client.get(f"/actors/{actor}/relations", params=query)
        assert r.status_code == 200, r.text
        rows += r.json()["relations"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return rows
    raise AssertionError("pagination does not end")


def expected(actor: str, *, negated: bool = False, hypothetical: bool = False) -> int:
    return sum(
        1
        for s in SPECS
        if actor in (s.source, s.target)
        and (negated or not s.negated)
        and (hypothetical or not s.hypothetical)
    )


# -- actors -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("russia", "RUS"),
        ("Russian Fed", "RUS"),
        ("united", "USA"),
        ("north atlantic", "org/NATO"),
        ("UKRAINE", "UKR"),
    ],
)
def test_search_by_name_or_alias(client: TestClient, q: str, first: str) -> None:
    r = client.get("/actors", params={"q": q})
    assert r.status_code == 200 and r.json()[0]["id"] == first


def test_search_needs_a_query(client: TestClient) -> None:
    assert client.get("/actors").status_code == 422
    assert client.get("/actors", params={"q": "zzzz"}).json() == []


def test_one_actor(client: TestClient) -> None:
    body = client.get("/actors/RUS").json()
    assert body["label"] == "Russia" and body["kind"] == "state" and "Russian Federation" in body["aliases"]
    assert body["events_as_source"] == service_data.asserted("RUS", "UKR")
    assert body["events_as_target"] == service_data.asserted("UKR", "RUS") + service_data.asserted(
        "USA", "RUS"
    )
    assert client.get("/actors/org/NATO").json()["label"] == "NATO"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/actors/XYZ", 404),
        ("/actors/a%20b", 400),
        ("/actors/RUS%3E%20%7D", 400),
        ("/events/123", 400),
        ("/events/0123456789abcdef", 404),
    ],
)
def test_bad_and_unknown_ids(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status and r.json()["detail"]


# -- relations ----------------------------------------------------------------------------------------
def test_relations_are_sorted_newest_first_and_pages_cover_everything_once(client: TestClient) -> None:
    rows = relations(client, limit=7)
    assert len(rows) == expected("RUS") and len({r["event_id"] for r in rows}) == len(rows)
    keys = [(r["date"], r["event_id"]) for r in rows]
    assert keys == sorted(keys, key=lambda k: (-dt.date.fromisoformat(str(k[0])).toordinal(), k[1]))
    assert relations(client, limit=100) == rows  # same order whatever the page size


def test_relation_fields(client: TestClient) -> None:
    first = client.get("/actors/RUS/relations", params={"limit": 1}).json()["relations"][0]
    assert first["date"] == "2024-12-10" and first["direction"] == "out" and first["category"] == "THREATEN"
    assert first["source"] == {"id": "RUS", "label": "Russia"} and first["target"]["label"] == "Ukraine"
    assert first["quad_class"] == "verbal-conflict" and first["goldstein"] == -7.0 and first["cameo"] == "138"


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"counterpart": "USA"}, 2),
        (
            {"direction": "out"},
            sum(1 for s in SPECS if s.source == "RUS" and not (s.negated or s.hypothetical)),
        ),
        ({"direction": "in"}, sum(1 for s in SPECS if s.target == "RUS")),
        ({"category": "SANCTION"}, 2),
        ({"category": ["SANCTION", "ACCUSE"]}, 14),
        ({"quad": "verbal-conflict"}, 36),
        (
            {"since": "2024-06-01"},
            sum(
                1
                for s in SPECS
                if "RUS" in (s.source, s.target)
                and s.date >= dt.date(2024, 6, 1)
                and not (s.negated or s.hypothetical)
            ),
        ),
        ({"since": "2024-03-01", "until": "2024-03-31"}, 3),
        (
            {"min_confidence": 0.8},
            sum(
                1
                for n, s in enumerate(SPECS)
                if "RUS" in (s.source, s.target) and n % 3 and not (s.negated or s.hypothetical)
            ),
        ),
        ({"include_negated": True}, expected("RUS", negated=True)),
        (
            {"include_negated": True, "include_hypothetical": True},
            expected("RUS", negated=True, hypothetical=True),
        ),
        ({"counterpart": "UKR", "direction": "in", "since": "2024-01-01"}, 6),
    ],
)
def test_relation_filters(client: TestClient, params: dict[str, object], count: int) -> None:
    assert len(relations(client, limit=4, **params)) == count


def test_both_query_plans_give_the_same_pages(client: TestClient) -> None:
    by_month = relations(client, limit=5, include_negated=True)
    assert client.get("/actors/RUS/relations", params={"limit": 5}).json()["plan"] == "months"
    every = [p.value for p in Plover]
    r = client.get("/actors/RUS/relations", params={"limit": 5, "category": every})
    assert r.json()["plan"] == "categories"
    assert relations(client, limit=5, include_negated=True, category=every) == by_month
    assert len(relations(client, limit=3, since="2023-06-01", until="2024-02-01")) == 8 + 4
    assert len(relations(client, limit=3, since="2023-06-01", until="2024-02-01", category=every)) == 8 + 4


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "garbage"},
        {"since": "2024-02-01", "until": "2024-01-01"},
        {"counterpart": "bad id!"},
        {"category": "HUG"},
        {"limit": 0},
        {"min_confidence": 2},
        {"direction": "up"},
    ],
)
def test_bad_relation_parameters(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/actors/RUS/relations", params=params).status_code in (400, 422)


def test_relations_of_an_organisation(client: TestClient) -> None:
    rows = relations(client, "org/NATO")
    assert [(r["direction"], r["source"]["id"]) for r in rows] == [("in", "UKR")]


# -- dyads --------------------------------------------------------------------------------------------
def test_dyad_counts_goldstein_and_timeline(client: TestClient) -> None:
    body = client.get("/dyads/RUS/UKR").json()
    out, back = body["directions"]
    assert (out["source"], out["target"], back["source"]) == ("RUS", "UKR", "UKR")
    assert out["counts"]["events"] == 24 and out["counts"]["verbal_conflict"] == 24
    assert out["counts"]["total"] == 26 and out["negated"] == 1 and out["hypothetical"] == 1
    assert out["counts"]["mean_goldstein"] == -7.0 and out["by_category"]["THREATEN"] == 24
    assert (out["first_date"], out["last_date"]) == ("2023-01-10", "2024-12-10")
    assert back["counts"]["events"] == 12 and back["by_category"] == {"ACCUSE": 12}
    months = [(m["month"], m["source"]) for m in body["timeline"]]
    assert months[0] == ("2023-01", "RUS") and months[1] == ("2023-01", "UKR") and len(months) == 24 + 12
    assert client.get("/dyads/UKR/RUS").json()["directions"][0]["source"] == "UKR"


def test_dyads_with_organisations_and_bad_paths(client: TestClient) -> None:
    body = client.get("/dyads/UKR/org/NATO").json()
    assert body["b"] == {"id": "org/NATO", "label": "NATO"} and body["directions"][0]["counts"]["events"] == 1
    assert client.get("/dyads/RUS").status_code == 400
    assert client.get("/dyads/RUS/UKR/USA").status_code == 400
    assert client.get("/dyads/XXX/YYY").status_code == 404
    assert client.get("/dyads/RUS/KOR").json()["directions"] == []


def test_dyad_counts_reports_beside_events_and_on_request(client: TestClient) -> None:
    out = client.get("/dyads/RUS/UKR").json()["directions"][0]
    assert out["counts"]["reports"] == out["counts"]["events"] == 24  # one article per happening here
    coverage = client.get("/dyads/RUS/UKR", params={"count": "reports"}).json()
    assert coverage["counted"] == "reports" and coverage["directions"][0]["by_category"]["THREATEN"] == 24
    r = client.get("/dyads/RUS/UKR", params={"count": "articles"})
    assert r.status_code in (400, 422) and "count" in r.text


# -- events -------------------------------------------------------------------------------------------
def test_an_event_with_its_sentence_offsets_and_article(client: TestClient) -> None:
    result = service_data.article_of(0, SPECS[0])
    event = result.events[0]
    report = client.get(f"/events/{event.id}").json()  # the article's report names its event
    assert report["kind"] == "report" and report["reports"] == 1 and report["event_id"]
    body = client.get(f"/events/{report['event_id']}").json()
    assert body["kind"] == "event" and body["report_ids"] == [event.id] and body["sources"] == 1
    assert body["sentence"] == result.article.text
    assert (body["sentence_start"], body["sentence_end"]) == (0, len(result.article.text))
    assert body["source"] == {"id": "RUS", "label": "Russia"} and body["category"] == "THREATEN"
    assert body["article"]["id"] == "a0" and body["article"]["url"] == "https://example.org/0"
    assert body["article"]["date"] == "2023-01-10" and body["extracted_by"] == "test-extractor/1"


# -- service ------------------------------------------------------------------------------------------
def test_health_and_stats(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    stats = client.get("/stats").json()
    assert stats["events"] == len(SPECS) and stats["articles"] == len(SPECS)
    assert stats["reports"] == len(SPECS) and stats["hypothetical"] + stats["negated"] >= 1


def test_the_openapi_document_lists_every_resource(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/sparql",
        "/actors",
        "/actors/{actor_id}/relations",
        "/actors/{actor_id}",
        "/dyads/{pair}",
        "/events/{event_id}",
        "/articles",
        "/health",
        "/stats",
        "/graph-store",
    ):
        assert path in paths


# -- errors in one shape ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "params", "missing"),
    [
        ("/actors/XXX/relations", {}, "XXX"),  # a typo is not "no relations"
        ("/actors/org/NOPE/relations", {}, "org/NOPE"),
        ("/actors/RUS/relations", {"counterpart": "YYY"}, "YYY"),
        ("/actors/RUS/relations", {"counterpart": "ZZZ", "category": "AID"}, "ZZZ"),
    ],
)
def test_unknown_actors_are_404(client: TestClient, url: str, params: dict[str, str], missing: str) -> None:
    r = client.get(url, params=params)
    assert r.status_code == 404 and r.json() == {"error": "not-found", "detail": f"no actor {missing!r}"}
    assert client.get(f"/actors/{missing}").status_code == 404  # as the actor itself


def test_known_actors_without_relations_are_an_empty_page(client: TestClient) -> None:
    r = client.get("/actors/RUS/relations", params={"counterpart": "KOR"})
    assert r.status_code == 200 and r.json()["relations"] == []


@pytest.mark.parametrize(
    ("url", "params", "detail"),
    [
        ("/actors", {}, "q: Field required"),
        ("/actors/RUS/relations", {"limit": 0}, "limit: Input should be greater than or equal to 1"),
        (
            "/actors/RUS/relations",
            {"direction": "up", "min_confidence": 2},
            "direction: Input should be 'out', 'in' or 'both'; "
            "min_confidence: Input should be less than or equal to 1",
        ),
        ("/actors/RUS/relations", {"category": "HUG"}, "category.0: Input should be "),
    ],
)
def test_validation_errors_have_the_error_shape(
    client: TestClient, url: str, params: dict[str, object], detail: str
) -> None:
    r = client.get(url, params=params)
    assert r.status_code == 422 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == {"error", "detail"} and body["error"] == "invalid"
    assert body["detail"].startswith(detail)


def test_the_openapi_document_shows_the_error_shape(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    invalid = doc["paths"]["/actors/{actor_id}/relations"]["get"]["responses"]["422"]
    assert invalid["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/ErrorBody"
    assert set(doc["components"]["schemas"]["ErrorBody"]["properties"]) == {"error", "detail"}
