"""The SPARQL endpoint under hostile use: no fetch from the network unless a host is
allowed, no forged Host, no cross-site writes, fair use of the workers, updates in
workers (stopped by the timeout, a crash costs one request), protected graphs,
and the default row cap."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from diplograph.ontology import namespaces as ns
from fastapi.testclient import TestClient

from diplograph.settings import load_settings
from tests.api.conftest import API_KEY, open_client
from tests.http_probe import probe_server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SLOW_UPDATE = (
    "DELETE { GRAPH <urn:x> { ?a ?b ?c } } WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
    "GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } }"
)
UPDATE = {"content-type": "application/sparql-update", "x-api-key": API_KEY}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(c: TestClient) -> int:
    return int(c.get("/sparql", params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"])


def test_service_and_load_are_not_followed_on_any_http_path() -> None:
    with probe_server() as probe, open_client(None, enable_update=True) as c:
        query = f"SELECT * WHERE {{ SERVICE <{probe.url}> {{ ?x ?y ?z }} }}"
        responses = [
            c.get("/sparql", params={"query": query}),
            c.get("/sparql", params={"query": query.lower().replace(probe.url.lower(), probe.url)}),
            c.post("/sparql", data={"query": query}),
            c.post("/sparql", content=query, headers={"content-type": "application/sparql-query"}),
            c.post("/sparql", content=f"LOAD <{probe.url}> INTO GRAPH <urn:g>", headers=UPDATE),
            c.post(
                "/sparql",
                content=f"INSERT {{ ?x ?x ?x }} WHERE {{ SERVICE <{probe.url}> {{ ?x ?y ?z }} }}",
                headers=UPDATE,
            ),
        ]
        for r in responses:
            assert r.status_code == 400 and r.json()["error"] == "query", r.text
            assert "disabled" in r.json()["detail"] and "DIPLOGRAPH_ALLOW_SERVICE_HOSTS" in r.json()["detail"]
        assert probe.hits == []


def test_an_allowed_host_is_reached_and_no_other() -> None:
    with probe_server() as probe, open_client(None, allow_service_hosts="127.0.0.1") as c:
        r = c.get("/sparql", params={"query": f"SELECT ?x WHERE {{ SERVICE <{probe.url}> {{ ?x ?y ?z }} }}"})
        assert r.status_code == 200 and r.json()["results"]["bindings"][0]["x"]["value"] == "probe"
        assert len(probe.hits) == 1
        other = f"http://localhost:{probe.port}/sparql"
        r = c.get("/sparql", params={"query": f"SELECT ?x WHERE {{ SERVICE <{other}> {{ ?x ?y ?z }} }}"})
        assert r.status_code == 400 and "not in DIPLOGRAPH_ALLOW_SERVICE_HOSTS" in r.json()["detail"]
        assert len(probe.hits) == 1


def test_a_forged_host_is_refused() -> None:
    with open_client(None) as c:
        r = c.get("/sparql", params={"query": "ASK {}"}, headers={"host": "attacker.example"})
        assert (
            r.status_code == 400 and r.json()["error"] == "input" and "attacker.example" in r.json()["detail"]
        )
        for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
            assert c.get("/health", headers={"host": host}).status_code == 200
    with open_client(None, trusted_hosts="kg.example.org") as c:
        assert c.get("/health", headers={"host": "kg.example.org"}).status_code == 200


def test_a_cross_site_form_cannot_change_the_store() -> None:
    with open_client(None, enable_update=True, enable_graph_store=True) as c:
        before = _count(c)
        form = {"update": "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"}
        for headers in ({"origin": "https://evil.example"}, {"sec-fetch-site": "cross-site"}):
            r = c.post("/sparql", data=form, headers={"x-api-key": API_KEY, **headers})
            assert r.status_code == 403 and "cannot change the store" in r.json()["detail"]
            r = c.put(
                "/graph-store",
                params={"graph": "urn:x"},
                content="<urn:a> <urn:b> <urn:c> .",
                headers={"content-type": "text/turtle", "x-api-key": API_KEY, **headers},
            )
            assert r.status_code == 403
        assert _count(c) == before
        same = c.post("/sparql", data=form, headers={"x-api-key": API_KEY, "origin": "http://127.0.0.1:8000"})
        assert same.status_code == 204 and _count(c) == before + 1


def _concurrently(c: TestClient, n: int, spacing: float = 0.2) -> list[httpx.Response]:
    results: list[httpx.Response] = []
    lock = threading.Lock()

    def one() -> None:
        r = c.get("/sparql", params={"query": SLOW})
        with lock:
            results.append(r)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
        time.sleep(spacing)
    for t in threads:
        t.join()
    return results


def test_one_client_gets_a_429_past_its_share(store_copy: Path) -> None:
    with open_client(store_copy, query_timeout=1.5, query_workers=2, client_queries=1) as c:
        started = time.monotonic()
        statuses = sorted(r.status_code for r in _concurrently(c, 2))
        assert statuses == [429, 503]  # the second at once, the first at its time limit
        assert time.monotonic() - started < 4
        r = c.get("/sparql", params={"query": SLOW})
        assert r.status_code == 503 and r.headers["retry-after"]


def test_by_default_one_client_cannot_hold_every_worker(store_copy: Path) -> None:
    defaults = load_settings()
    assert defaults.client_queries < defaults.query_workers
    with open_client(
        store_copy,
        query_timeout=2.0,
        query_workers=defaults.query_workers,
        client_queries=defaults.client_queries,
    ) as c:
        other = TestClient(c.app, client=("192.0.2.7", 50000))  # another client, same service
        threads = [
            threading.Thread(target=lambda: c.get("/sparql", params={"query": SLOW})) for _ in range(2)
        ]
        for t in threads:
            t.start()
        time.sleep(0.4)
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 429
        started = time.monotonic()
        assert other.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
        assert time.monotonic() - started < 1.0
        for t in threads:
            t.join()


def test_a_full_queue_is_a_503_at_once(store_copy: Path) -> None:
    with open_client(store_copy, query_timeout=2.0, query_workers=1, query_queue=0, client_queries=8) as c:
        thread = threading.Thread(target=lambda: c.get("/sparql", params={"query": SLOW}))
        thread.start()
        time.sleep(0.4)
        started = time.monotonic()
        r = c.get("/sparql", params={"query": "ASK {}"})
        assert time.monotonic() - started < 1.0
        assert r.status_code == 503 and r.json()["error"] == "unavailable" and r.headers["retry-after"] == "1"
        assert "queue is full" in r.json()["detail"]
        thread.join()


def test_a_pathological_update_is_stopped_by_the_timeout_and_changes_nothing(store_copy: Path) -> None:
    with open_client(store_copy, query_timeout=1.5, enable_update=True) as c:
        before = _count(c)
        started = time.monotonic()
        r = c.post("/sparql", content=SLOW_UPDATE, headers=UPDATE)
        assert r.status_code == 503 and r.json()["error"] == "timeout"
        assert time.monotonic() - started < 4
        assert _count(c) == before
        r = c.post(
            "/sparql", content="INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }", headers=UPDATE
        )
        assert r.status_code == 204 and _count(c) == before + 1


def test_a_deeply_nested_insert_data_is_refused_and_the_server_lives() -> None:
    with open_client(None, enable_update=True) as c:
        nested = "INSERT DATA { <urn:a> <urn:b> " + "(" * 50_000 + ")" * 50_000 + " }"
        r = c.post("/sparql", content=nested, headers=UPDATE)
        assert r.status_code == 400 and "nests" in r.json()["detail"]
        deep = "SELECT * WHERE " + "{" * 50_000 + "}" * 50_000
        r = c.post("/sparql", content=deep, headers={"content-type": "application/sparql-query"})
        assert r.status_code == 400 and "nests" in r.json()["detail"]
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_a_crash_of_the_engine_in_a_worker_is_a_503_and_the_server_lives() -> None:
    with open_client(None, enable_update=True, query_workers=1, query_timeout=10) as c:
        service = c.app.state.service  # type: ignore[attr-defined]
        (worker,) = list(service.pool._all)

        def crash() -> None:
            time.sleep(0.5)
            os.kill(worker.process.pid, signal.SIGSEGV)

        killer = threading.Thread(target=crash)
        killer.start()
        r = c.post("/sparql", content=SLOW_UPDATE, headers=UPDATE)
        killer.join()
        assert r.status_code == 503 and r.json()["error"] == "unavailable", r.text
        assert "killed by signal 11" in r.json()["detail"]
        deadline = time.monotonic() + 10
        while c.get("/health").json()["query_workers_alive"] < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


@pytest.mark.parametrize(
    "graph",
    [ns.summary_graph(), ns.events_graph(), ns.actor_graph(), ns.vocabulary_graph(), ns.ontology_graph()],
)
def test_summary_events_and_reference_graphs_cannot_be_written(graph: str) -> None:
    with open_client(None, enable_update=True, enable_graph_store=True) as c:
        before = _count(c)
        key = {"x-api-key": API_KEY}
        ttl = {"content-type": "text/turtle", **key}
        for r in (
            c.put("/graph-store", params={"graph": graph}, content="<urn:a> <urn:b> 1 .", headers=ttl),
            c.post("/graph-store", params={"graph": graph}, content="<urn:a> <urn:b> 1 .", headers=ttl),
            c.delete("/graph-store", params={"graph": graph}, headers=key),
            c.post("/sparql", content=f"DROP GRAPH <{graph}>", headers=UPDATE),
            c.post(
                "/sparql",
                content=f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:b> 1 }} }}",
                headers=UPDATE,
            ),
            c.post("/sparql", content="DROP ALL", headers=UPDATE),
            c.post("/sparql", content=f"MOVE <{graph}> TO <urn:elsewhere>", headers=UPDATE),
        ):
            assert r.status_code == 403 and r.json()["error"] == "protected-graph", r.text
        assert _count(c) == before


def test_the_default_row_cap_is_announced() -> None:
    assert load_settings().row_limit == 10_000
    with open_client(None, row_limit=load_settings().row_limit) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
        assert r.headers["diplograph-row-limit"] == "10000" and "diplograph-truncated" not in r.headers
    with open_client(None, row_limit=0) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert "diplograph-row-limit" not in r.headers and len(r.json()["results"]["bindings"]) > 100
        assert "content-length" not in r.headers  # streamed, not built whole first


def test_an_update_applies_its_changes_and_refreshes_the_summaries() -> None:
    from tests.api import service_data

    with open_client(None, enable_update=True) as c:
        before = c.get("/dyads/USA/RUS").json()["directions"][0]["counts"]["events"]
        key = service_data.article_of(len(service_data.SPECS) - 7, service_data.SPECS[-7]).article.key
        r = c.post("/sparql", content=f"DROP GRAPH <{ns.article_graph(key)}>", headers=UPDATE)
        assert r.status_code == 204
        assert c.get("/dyads/USA/RUS").json()["directions"][0]["counts"]["events"] == before - 1
        total = _count(c)
        insert = "INSERT DATA { GRAPH <urn:x> { _:b <urn:p> 1 . _:b <urn:q> <urn:o> . <urn:a> <urn:p> 2 } }"
        assert c.post("/sparql", content=insert, headers=UPDATE).status_code == 204
        assert _count(c) == total + 3
        delete = "DELETE WHERE { GRAPH <urn:x> { ?b <urn:p> 1 ; <urn:q> ?o } }"  # the blank node's quads
        assert c.post("/sparql", content=delete, headers=UPDATE).status_code == 204
        assert _count(c) == total + 1
