"""Limits of the SPARQL endpoint: the query timeout (a slow query is stopped
with a 503 and does not hold up other requests), the announced row limit, and
the Graph Store Protocol (off unless enabled, then behind the API key)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from tests.api import service_data
from tests.api.conftest import API_KEY, open_client

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 1.5


def test_a_slow_query_is_stopped_with_a_503_and_others_are_served_meanwhile(store_copy: Path) -> None:
    with open_client(store_copy, query_timeout=TIMEOUT) as c:
        assert c.get("/health").json()["query_workers_alive"] == 2
        outcome: dict[str, object] = {}

        def slow() -> None:
            started = time.monotonic()
            outcome["response"] = c.get("/sparql", params={"query": SLOW})
            outcome["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=slow)
        thread.start()
        time.sleep(0.3)
        served = []
        while thread.is_alive():  # other requests are answered while the slow one runs
            started = time.monotonic()
            assert c.get("/actors/RUS/relations", params={"limit": 5}).status_code == 200
            assert c.get("/sparql", params={"query": "ASK { actor:RUS ?p ?o }"}).json()["boolean"] is True
            served.append(time.monotonic() - started)
            time.sleep(0.1)
        thread.join()
        response = outcome["response"]
        assert isinstance(response, httpx.Response)
        assert response.status_code == 503 and response.json()["error"] == "timeout"
        assert "time limit" in response.json()["detail"] and response.headers["retry-after"]
        assert TIMEOUT - 0.1 <= float(outcome["seconds"]) <= TIMEOUT + 1.5  # type: ignore[arg-type]
        assert len(served) >= 3 and max(served) < 1.0
        deadline = time.monotonic() + 10  # the killed worker is replaced
        while c.get("/health").json()["query_workers_alive"] < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert c.get("/health").json()["query_workers_alive"] == 2
        assert c.get("/sparql", params={"query": "ASK { actor:UKR ?p ?o }"}).json()["boolean"] is True


def test_all_workers_busy_is_a_503_not_a_hang(store_copy: Path) -> None:
    with open_client(store_copy, query_timeout=1.0, query_workers=1) as c:
        results: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: results.append(c.get("/sparql", params={"query": SLOW}).status_code)
            )
            for _ in range(2)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == [503, 503] and time.monotonic() - started < 4


def test_a_row_limit_is_announced_never_silent() -> None:
    with open_client(None, row_limit=5) as c:
        q = "SELECT ?e WHERE { ?e a dg:Event } ORDER BY ?e"
        r = c.get("/sparql", params={"query": q})
        assert r.headers["diplograph-row-limit"] == "5" and r.headers["diplograph-truncated"] == "true"
        assert "row limit" in r.headers["warning"]
        body = r.json()
        assert len(body["results"]["bindings"]) == 5 and body["diplograph"]["truncated"] is True
        for accept, lines in (("text/csv", 6), ("text/tab-separated-values", 6)):
            r = c.get("/sparql", params={"query": q}, headers={"accept": accept})
            assert len(r.text.strip().splitlines()) == lines and r.headers["diplograph-truncated"] == "true"
        r = c.get("/sparql", params={"query": q}, headers={"accept": "application/sparql-results+xml"})
        assert r.text.count("<result>") == 5
        r = c.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { ?e a dg:Event }"},
            headers={"accept": "text/turtle"},
        )
        assert r.headers["diplograph-truncated"] == "true"
        r = c.get("/sparql", params={"query": "SELECT ?e WHERE { ?e a dg:Event } LIMIT 3"})
        assert r.headers["diplograph-row-limit"] == "5" and "diplograph-truncated" not in r.headers
        assert len(r.json()["results"]["bindings"]) == 3


def test_the_graph_store_protocol_is_off_unless_enabled(client: TestClient) -> None:
    r = client.get("/graph-store", params={"graph": "urn:g"}, headers={"x-api-key": API_KEY})
    assert r.status_code == 403 and r.json()["error"] == "disabled"


def test_the_graph_store_protocol_when_enabled() -> None:
    with open_client(None, enable_graph_store=True) as c:
        key = {"x-api-key": API_KEY}
        ttl = {"content-type": "text/turtle", **key}
        g = {"graph": "urn:test:g"}
        assert (
            c.put(
                "/graph-store",
                params=g,
                content="<urn:a> <urn:p> 1 .",
                headers={"content-type": "text/turtle"},
            ).status_code
            == 401
        )
        assert c.put("/graph-store", params=g, content="<urn:a> <urn:p> 1 .", headers=ttl).status_code == 201
        assert c.post("/graph-store", params=g, content="<urn:b> <urn:p> 2 .", headers=ttl).status_code == 204
        r = c.get("/graph-store", params=g, headers={"accept": "application/n-triples", **key})
        assert r.status_code == 200 and r.text.count(" .") == 2
        assert c.put("/graph-store", params=g, content="<urn:c> <urn:p> 3 .", headers=ttl).status_code == 204
        assert "urn:a" not in c.get("/graph-store", params=g, headers=key).text
        ask = c.get("/sparql", params={"query": "ASK { GRAPH <urn:test:g> { <urn:c> ?p ?o } }"})
        assert ask.json()["boolean"] is True
        assert c.put("/graph-store", params=g, content="not turtle", headers=ttl).status_code == 400
        assert c.get("/graph-store", headers=key).status_code == 400  # neither graph nor default
        assert c.delete("/graph-store", params=g, headers=key).status_code == 204
        assert c.get("/graph-store", params=g, headers=key).status_code == 404
        assert c.delete("/graph-store", params=g, headers=key).status_code == 404


def test_deleting_an_article_graph_refreshes_its_pair_summaries() -> None:
    from diplograph.ontology import namespaces as ns

    with open_client(None, enable_graph_store=True) as c:
        before = c.get("/dyads/USA/RUS").json()["directions"][0]["counts"]["events"]
        assert before == service_data.asserted("USA", "RUS")
        key = service_data.article_of(len(service_data.SPECS) - 7, service_data.SPECS[-7]).article.key
        r = c.delete("/graph-store", params={"graph": ns.article_graph(key)}, headers={"x-api-key": API_KEY})
        assert r.status_code == 204
        assert c.get("/dyads/USA/RUS").json()["directions"][0]["counts"]["events"] == before - 1
