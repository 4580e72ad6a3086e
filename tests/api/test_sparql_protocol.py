"""The SPARQL 1.1 Protocol, behaviour by behaviour, after the W3C protocol tests
(w3c/rdf-tests sparql/sparql11/protocol): query by GET / POST form / POST
direct, datasets, content types, bad requests, and updates."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from diplograph.ontology import namespaces as ns
from fastapi.testclient import TestClient

from tests.api import service_data
from tests.api.conftest import API_KEY, open_client

COUNT = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a dg:Event }"
#: what the articles' graphs hold: one report per article here (the events are in the events graph)
REPORTS = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a dg:Report }"
EVENTS = len(service_data.SPECS)
SRJ = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"


def count_of(response) -> int:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


# -- query operations --------------------------------------------------------------------------------
def test_query_get(client: TestClient) -> None:
    assert count_of(client.get("/sparql", params={"query": COUNT})) == EVENTS


def test_query_post_form(client: TestClient) -> None:
    r = client.post("/sparql", content=f"query={quote(COUNT)}", headers={"content-type": FORM})
    assert count_of(r) == EVENTS


def test_query_post_direct(client: TestClient) -> None:
    r = client.post("/sparql", content=COUNT, headers={"content-type": "application/sparql-query"})
    assert count_of(r) == EVENTS


def test_unknown_parameters_are_ignored_and_format_is_honoured_when_it_fits(client: TestClient) -> None:
    assert count_of(client.get("/sparql", params={"query": COUNT, "timeout": "0", "foo": "bar"})) == EVENTS
    r = client.get("/sparql", params={"query": COUNT, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv") and r.text.splitlines()[1] == str(EVENTS)
    r = client.get("/sparql", params={"query": COUNT, "output": "json"})
    assert r.headers["content-type"].startswith(SRJ)
    r = client.get("/sparql", params={"query": COUNT, "format": "nonsense"})
    assert count_of(r) == EVENTS


# -- datasets ----------------------------------------------------------------------------------------
def test_default_graph_is_the_union_and_default_graph_uri_restricts_it(client: TestClient) -> None:
    key = service_data.article_of(0, service_data.SPECS[0]).article.key
    graph = ns.article_graph(key)
    assert count_of(client.get("/sparql", params={"query": REPORTS, "default-graph-uri": graph})) == 1
    both = [
        ("query", REPORTS),
        ("default-graph-uri", graph),
        (
            "default-graph-uri",
            ns.article_graph(service_data.article_of(1, service_data.SPECS[1]).article.key),
        ),
    ]
    assert count_of(client.get("/sparql", params=both)) == 2


def test_named_graph_uri_limits_graph_patterns(client: TestClient) -> None:
    key = service_data.article_of(0, service_data.SPECS[0]).article.key
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e a dg:Report } }"
    assert count_of(client.get("/sparql", params={"query": q})) == EVENTS
    assert count_of(client.get("/sparql", params={"query": q, "named-graph-uri": ns.article_graph(key)})) == 1


def test_from_in_the_query_is_honoured_and_protocol_parameters_override_it(client: TestClient) -> None:
    g0 = ns.article_graph(service_data.article_of(0, service_data.SPECS[0]).article.key)
    q = f"SELECT (COUNT(?e) AS ?n) FROM <{g0}> WHERE {{ ?e a dg:Report }}"
    assert count_of(client.get("/sparql", params={"query": q})) == 1
    empty = ns.summary_graph()
    assert count_of(client.get("/sparql", params={"query": q, "default-graph-uri": empty})) == 0


def test_a_bad_graph_iri_is_a_400(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": COUNT, "default-graph-uri": "not an iri"})
    assert r.status_code == 400


# -- content types -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (SRJ, SRJ),
        ("application/json", SRJ),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/turtle, text/csv;q=0.2", "text/csv"),
        ("application/*;q=0.8, text/tab-separated-values;q=0.1", SRJ),
        ("*/*", SRJ),
    ],
)
def test_select_formats(client: TestClient, accept: str, media: str) -> None:
    r = client.get("/sparql", params={"query": COUNT}, headers={"accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
    assert "Accept" in r.headers["vary"]
    if media == SRJ:
        assert json.loads(r.text)["results"]["bindings"][0]["n"]["value"] == str(EVENTS)
    elif media.endswith("xml"):
        assert ET.fromstring(r.text).tag.endswith("sparql")
    elif media == "text/csv":
        assert list(csv.reader(io.StringIO(r.text))) == [["n"], [str(EVENTS)]]
    else:
        assert r.text.splitlines()[0] == "?n"


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", SRJ),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
    ],
)
def test_ask_formats(client: TestClient, accept: str, media: str) -> None:
    r = client.get("/sparql", params={"query": "ASK { actor:RUS ?p ?o }"}, headers={"accept": accept})
    assert r.headers["content-type"].split(";")[0] == media and "true" in r.text


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/rdf+xml;q=0.3, text/turtle;q=0.9", "text/turtle", ox.RdfFormat.TURTLE),
        (
            "application/sparql-results+json, application/n-triples;q=0.5",
            "application/n-triples",
            ox.RdfFormat.N_TRIPLES,
        ),
        (None, "text/turtle", ox.RdfFormat.TURTLE),
    ],
)
def test_construct_and_describe_formats(
    client: TestClient, accept: str | None, media: str, fmt: ox.RdfFormat
) -> None:
    headers = {"accept": accept} if accept else {}
    for q in ("CONSTRUCT { actor:RUS ?p ?o } WHERE { actor:RUS ?p ?o }", "DESCRIBE actor:RUS"):
        r = client.get("/sparql", params={"query": q}, headers=headers)
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
        triples = list(ox.parse(r.content, format=fmt))
        assert any(t.subject == ox.NamedNode(str(ns.ACTOR["RUS"])) for t in triples)


def test_406_when_nothing_fits(client: TestClient) -> None:
    assert client.get("/sparql", params={"query": COUNT}, headers={"accept": "image/png"}).status_code == 406
    r = client.get(
        "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, headers={"accept": "text/csv"}
    )
    assert r.status_code == 406 and "text/turtle" in r.json()["detail"]
    r = client.get("/sparql", params={"query": COUNT}, headers={"accept": "text/csv;q=0, image/*"})
    assert r.status_code == 406


# -- bad requests -------------------------------------------------------------------------------------
def test_syntax_error_is_a_400_with_the_parsers_message(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
    assert r.status_code == 400 and r.json()["error"] == "query" and "error at 1:" in r.json()["detail"]


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "GET", "url": "/sparql?query=ASK%7B%7D&query=ASK%7B%7D"},  # two queries
        {"method": "POST", "url": "/sparql", "content": "ASK {}", "headers": {"content-type": "text/plain"}},
        {"method": "POST", "url": "/sparql", "content": "ASK {}"},  # no content type
        {
            "method": "POST",
            "url": "/sparql",
            "content": "foo=bar",
            "headers": {"content-type": FORM},
        },  # no query
        {
            "method": "POST",
            "url": "/sparql",
            "content": "query=ASK%7B%7D&update=CLEAR%20ALL",
            "headers": {"content-type": FORM},
        },
        {
            "method": "POST",
            "url": "/sparql",
            "content": 'ASK { ?s ?p "\xe9" }'.encode("latin-1"),
            "headers": {"content-type": "application/sparql-query"},
        },  # not UTF-8
        {
            "method": "POST",
            "url": "/sparql",
            "content": "ASK {}",
            "headers": {"content-type": "application/sparql-query; charset=ISO-8859-1"},
        },
        {"method": "GET", "url": "/sparql?update=CLEAR%20ALL"},  # update by GET
    ],
)
def test_bad_requests_are_400(client: TestClient, request_kwargs: dict[str, object]) -> None:
    r = client.request(**request_kwargs)  # type: ignore[arg-type]
    assert r.status_code == 400, r.text


def test_other_methods_are_405(client: TestClient) -> None:
    assert client.put("/sparql", content="ASK {}").status_code == 405


# -- update -------------------------------------------------------------------------------------------
def test_update_is_off_by_default(client: TestClient) -> None:
    r = client.post(
        "/sparql",
        content="CLEAR ALL",
        headers={"content-type": "application/sparql-update", "x-api-key": API_KEY},
    )
    assert r.status_code == 403 and r.json()["error"] == "disabled"
    assert count_of(client.get("/sparql", params={"query": COUNT})) == EVENTS


def test_update_when_enabled_needs_the_key_and_is_seen_by_queries() -> None:
    with open_client(None, enable_update=True) as c:
        insert = 'INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:p> "x" } }'
        direct = {"content-type": "application/sparql-update"}
        assert c.post("/sparql", content=insert, headers=direct).status_code == 401
        assert c.post("/sparql", content=insert, headers={**direct, "x-api-key": "wrong"}).status_code == 403
        assert (
            c.post("/sparql", content="INSERT DATA {", headers={**direct, "x-api-key": API_KEY}).status_code
            == 400
        )
        assert c.post("/sparql", content=insert, headers={**direct, "x-api-key": API_KEY}).status_code == 204
        ask = c.get("/sparql", params={"query": 'ASK { <urn:a> <urn:p> "x" }'})
        assert ask.json()["boolean"] is True
        form = {"content-type": FORM, "authorization": f"Bearer {API_KEY}"}
        delete = 'DELETE DATA { GRAPH <urn:test> { <urn:a> <urn:p> "x" } }'
        r = c.post("/sparql", content=f"update={quote(delete)}", headers=form)
        assert r.status_code == 204
        assert c.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }"}).json()["boolean"] is False


# -- the query page ------------------------------------------------------------------------------------
def test_the_query_page_and_its_assets_are_served_from_the_package(client: TestClient) -> None:
    r = client.get("/sparql", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "/static/yasgui/yasgui.min.js" in r.text and "//cdn" not in r.text
    js = client.get("/static/yasgui/yasgui.min.js")
    assert js.status_code == 200 and len(js.content) > 100_000
    page_js = client.get("/static/sparql/sparql.js").text
    for example in ("A country's relations", "Conflict between two states by month", "Who sanctioned whom"):
        assert example in page_js


def test_without_a_query_machines_get_the_service_description(client: TestClient) -> None:
    r = client.get("/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and "sparql-service-description" in r.text and "SPARQL11Query" in r.text


def test_the_example_queries_of_the_page_run_and_find_something(client: TestClient) -> None:
    import re

    from diplograph.api.app import STATIC
    from diplograph.ontology.namespaces import sparql_prefixes

    js = (STATIC / "sparql" / "sparql.js").read_text()
    examples = re.findall(r"query: `\$\{PREFIXES\}(.*?)`,", js, re.S)  # the page's PREFIXES: the server's
    assert len(examples) == 3
    for example in examples:
        r = client.get("/sparql", params={"query": sparql_prefixes() + example})
        assert r.status_code == 200 and r.json()["results"]["bindings"], example
