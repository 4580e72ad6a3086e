"""Real clients against a real server: ``diplograph serve`` in its own process,
SPARQLWrapper and rdflib's SPARQLStore for SPARQL, httpx for REST."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from bench.serving import free_port, start_server
from tests.api import service_data

pytestmark = pytest.mark.server
DG = "https://w3id.org/diplograph/ontology#"
TIMEOUT = 2.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, store_template: Path) -> Iterator[str]:
    import shutil

    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(store_template, store)
    port = free_port()
    process = start_server(store, port, DIPLOGRAPH_QUERY_TIMEOUT=str(TIMEOUT), DIPLOGRAPH_QUERY_WORKERS="2")
    base = f"http://127.0.0.1:{port}"
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def wrapper(base: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{base}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_select_ask_construct(server: str) -> None:
    q = f"PREFIX dg: <{DG}> SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a dg:Event }}"
    result = wrapper(server, q, JSON).queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == len(service_data.SPECS)  # type: ignore[index]
    xml = wrapper(server, q, XML).queryAndConvert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == str(len(service_data.SPECS))  # type: ignore
    csv_text = wrapper(server, q, CSV).queryAndConvert()
    assert csv_text.decode().splitlines()[1] == str(len(service_data.SPECS))  # type: ignore[union-attr]
    ask = wrapper(server, "ASK { <https://w3id.org/diplograph/actor/RUS> ?p ?o }", JSON)
    assert ask.queryAndConvert()["boolean"] is True  # type: ignore[index]
    construct = wrapper(server, "CONSTRUCT WHERE { <https://w3id.org/diplograph/actor/RUS> ?p ?o }", TURTLE)
    graph = Graph().parse(data=construct.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert (URIRef("https://w3id.org/diplograph/actor/RUS"), None, None) in graph
    post = wrapper(server, q, JSON)
    post.setMethod("POST")
    assert post.queryAndConvert()["results"]["bindings"]  # type: ignore[index]


def test_sparqlwrapper_sees_syntax_errors(server: str) -> None:
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed):
        wrapper(server, "SELECT ?x WHERE { ?x", JSON).queryAndConvert()


def test_rdflib_sparqlstore(server: str) -> None:
    store = SPARQLStore(f"{server}/sparql", returnFormat="json")
    graph = Graph(store=store)
    rows = list(
        graph.query(
            f"PREFIX dg: <{DG}> SELECT ?e WHERE {{ ?e a dg:Event ; "
            "dg:source <https://w3id.org/diplograph/actor/USA> }"
        )
    )
    assert len(rows) == sum(1 for s in service_data.SPECS if s.source == "USA")
    assert (URIRef("https://w3id.org/diplograph/actor/RUS"), None, None) in graph


def test_httpx_rest(server: str) -> None:
    with httpx.Client(base_url=server) as client:
        page = client.get("/actors/RUS/relations", params={"counterpart": "USA"}).json()
        assert {r["category"] for r in page["relations"]} == {"SANCTION"}
        assert client.get("/dyads/RUS/UKR").json()["directions"][0]["counts"]["events"] == 24
        assert client.get("/actors", params={"q": "korea"}).json()[0]["id"] == "KOR"


def test_a_slow_query_gets_a_503_over_http_while_others_are_served(server: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result: dict[str, object] = {}

    def run() -> None:
        started = time.monotonic()
        result["response"] = httpx.get(f"{server}/sparql", params={"query": slow}, timeout=30)
        result["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.2)
    fast = 0
    with httpx.Client(base_url=server, timeout=5) as client:
        while thread.is_alive():
            assert client.get("/actors/UKR").status_code == 200
            assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200
            fast += 1
            time.sleep(0.05)
    thread.join()
    response = result["response"]
    assert isinstance(response, httpx.Response) and response.status_code == 503
    assert float(result["seconds"]) < TIMEOUT + 1.5 and fast >= 5  # type: ignore[arg-type]
