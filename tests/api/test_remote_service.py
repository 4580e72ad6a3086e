"""The service over a remote store (``diplograph serve --store URL``): it keeps no state of
its own, so two services over one store answer alike, a write through one is read through
the other, and user queries go to the store after the same checks."""

from __future__ import annotations

import pytest
from diplograph.api.app import create_app
from diplograph.api.deps import get_extractor
from fastapi.testclient import TestClient

from diplograph.settings import Settings
from tests.api.conftest import API_KEY
from tests.api.test_articles import ARTICLE, FakeExtractor
from tests.http_probe import probe_server
from tests.remote_servers import Server, fresh_remote_store

pytestmark = pytest.mark.server
KEY = {"x-api-key": API_KEY}


def _replica(server: Server, **overrides: object) -> TestClient:
    settings = Settings(
        store=server.query_url, api_key=API_KEY, query_timeout=30.0, query_workers=2, **overrides
    )  # type: ignore[arg-type]
    client = TestClient(create_app(settings))
    client.app.dependency_overrides[get_extractor] = FakeExtractor  # type: ignore[attr-defined]
    return client


def test_a_write_through_one_replica_is_read_through_the_other(remote_server: Server) -> None:
    with fresh_remote_store(remote_server):
        pass
    with _replica(remote_server) as one, _replica(remote_server) as two:
        assert two.get("/dyads/KOR/DEU").json()["directions"] == []
        r = one.post("/articles", json=ARTICLE, headers=KEY)
        assert r.status_code == 200, r.text
        [event] = r.json()["articles"][0]["events"]
        assert two.get(f"/events/{event['id']}").json()["sentence"] == "South Korea threatens Germany"
        assert two.get("/dyads/KOR/DEU").json()["directions"][0]["counts"]["events"] == 1
        page = two.get("/actors/KOR/relations").json()
        assert [(x["source"]["id"], x["target"]["id"]) for x in page["relations"]] == [("KOR", "DEU")]
        q = f"SELECT ?s WHERE {{ <https://w3id.org/diplograph/event/{event['event']}> dg:source ?s }}"
        rows = two.get("/sparql", params={"query": q}, headers={"accept": "application/sparql-results+json"})
        assert rows.status_code == 200, rows.text
        assert [b["s"]["value"] for b in rows.json()["results"]["bindings"]] == [
            "https://w3id.org/diplograph/actor/KOR"
        ]
        ask = two.get("/sparql", params={"query": "ASK { ?e a dg:Event }"}).json()
        assert ask["boolean"] is True
        stats_one, stats_two = one.get("/stats").json(), two.get("/stats").json()
        assert stats_one == stats_two and stats_one["articles"] == 1
        assert one.get("/health").json()["store"] == remote_server.query_url


def test_queries_are_checked_before_they_reach_the_store(remote_server: Server) -> None:
    with probe_server() as probe, _replica(remote_server) as c:
        r = c.get("/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{probe.url}> {{ ?x ?y ?z }} }}"})
        assert r.status_code == 400 and "DIPLOGRAPH_ALLOW_SERVICE_HOSTS" in r.json()["detail"], r.text
        bad = c.get("/sparql", params={"query": "SELECT WHERE {"})
        assert bad.status_code == 400 and bad.json()["error"] == "query"
        assert probe.hits == []


def test_row_limit_and_formats_hold_over_a_remote_store(remote_server: Server) -> None:
    with _replica(remote_server, row_limit=3) as c:
        r = c.get(
            "/sparql",
            params={"query": "SELECT ?a WHERE { ?a skos:prefLabel ?l } ORDER BY ?a LIMIT 10"},
            headers={"accept": "text/csv"},
        )
        assert r.status_code == 200 and r.headers["diplograph-truncated"] == "true", r.text
        assert len(r.text.strip().splitlines()) == 4  # the header and 3 rows
        turtle = c.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { actor:KOR skos:prefLabel ?l }"},
            headers={"accept": "text/turtle"},
        )
        assert turtle.status_code == 200 and "South Korea" in turtle.text, turtle.text


def test_sparql_update_through_the_service_is_refused_clearly(remote_server: Server) -> None:
    with _replica(remote_server, enable_update=True) as c:
        r = c.post(
            "/sparql",
            content="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
            headers={**KEY, "content-type": "application/sparql-update"},
        )
        assert r.status_code == 403 and "remote store" in r.json()["detail"]


def test_the_graph_store_protocol_over_a_remote_store(remote_server: Server) -> None:
    turtle = {**KEY, "content-type": "text/turtle"}
    with (
        _replica(remote_server, enable_graph_store=True) as one,
        _replica(remote_server, enable_graph_store=True) as two,
    ):
        graph = {"graph": "https://example.org/notes"}
        put = one.put("/graph-store", params=graph, content=b"<urn:a> <urn:b> 'noted' .", headers=turtle)
        assert put.status_code in (201, 204), put.text
        read = two.get("/graph-store", params=graph, headers={**KEY, "accept": "application/n-triples"})
        assert read.status_code == 200 and read.text.strip() == '<urn:a> <urn:b> "noted" .'
        assert two.delete("/graph-store", params=graph, headers=KEY).status_code == 204
        assert one.get("/graph-store", params=graph, headers=KEY).status_code == 404
        default = one.put(
            "/graph-store", params={"default": ""}, content=b"<urn:a> <urn:b> <urn:c> .", headers=turtle
        )
        assert default.status_code == 403 and "default graph of a remote store" in default.json()["detail"]
