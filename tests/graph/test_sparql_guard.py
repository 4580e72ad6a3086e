"""The check made on SPARQL text before the engine sees it: SERVICE and LOAD are
refused unless their host is allowed, however they are written, and deep
nesting is refused; text that only mentions the words passes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from diplograph.graph.sparql_guard import QueryPolicy, QueryTooDeepError, RemoteAccessError, check

from tests.http_probe import probe_server

OFF = QueryPolicy()
LOCAL = QueryPolicy(remote_hosts=frozenset({"127.0.0.1"}), prefixes={"dg": "https://w3id.org/diplograph/"})

EVASIONS = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/x> { ?a ?b ?c } }",
    "select * where { service <http://127.0.0.1:1/x> { ?a ?b ?c } }",
    "SELECT * WHERE { SeRvIcE SILENT <http://127.0.0.1:1/x> { ?a ?b ?c } }",
    "SELECT * WHERE { ?a ?b ?c .SERVICE<http://127.0.0.1:1/x>{?a ?b ?c} }",
    "SELECT * WHERE { SERVICESILENT<http://127.0.0.1:1/x>{?a ?b ?c} }",
    "PREFIX e: <http://127.0.0.1:1/> SELECT * WHERE { SERVICE e:x { ?a ?b ?c } }",
    "SELECT * WHERE { SERVICE:x { ?a ?b ?c } }",
    "SELECT * WHERE { { SELECT ?a WHERE { { SERVICE ?where { ?a ?b ?c } } } } }",
    "SELECT * WHERE { FILTER EXISTS { SERVICE <http://127.0.0.1:1/x> { ?a ?b ?c } } }",
    "# SERVICE in a comment, then for real\nSELECT * WHERE { #\n SERVICE <http://127.0.0.1:1/x> {} }",
    'SELECT * WHERE { ?s ?p "a string" . SERVICE <http://127.0.0.1:1/x> { ?a ?b ?c } }',
    # '<' read as an IRI by a naive lexer, as an operator (then a comment, a string) by the engine
    'SELECT * WHERE { ?a ?b ?c FILTER(?a<dg:b#>"""\n) SERVICE <http://127.0.0.1:1/x> {} #"""\n}',
    "SELECT * WHERE { ?a ?b ?c FILTER(?a<'x>') SERVICE <http://127.0.0.1:1/x> {} #'\n}",
    "LOAD <http://127.0.0.1:1/data.ttl>",
    "load silent <http://127.0.0.1:1/data.ttl> into graph <urn:g>",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; LOAD <http://127.0.0.1:1/x>",
]


@pytest.mark.parametrize("text", EVASIONS)
def test_service_and_load_are_refused_however_written(text: str) -> None:
    with pytest.raises(RemoteAccessError, match=r"SERVICE|LOAD"):
        check(text, OFF)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "service" }',
        "SELECT ?service ?load WHERE { ?service <http://x.example/SERVICE> ?load } # SERVICE",
        "SELECT * WHERE { ?s <https://schema.org/serviceType> ?o ; dg:loadDate ?d }",
        "SELECT * WHERE { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ?o FILTER(?o != 'LOAD') }",
        'SELECT * WHERE { ?s ?p """ SERVICE <http://127.0.0.1:1/x> { } """ }',
        "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) }",
        'SELECT * WHERE { ?s a ?t FILTER(?t = <http://x.example/o#Load> && ?l = "load")\n}',
    ],
)
def test_the_words_in_strings_iris_names_and_comments_pass(text: str) -> None:
    check(text, OFF)


@pytest.mark.parametrize("text", [EVASIONS[1], EVASIONS[4], EVASIONS[6]])
def test_the_engine_itself_follows_such_texts(text: str) -> None:
    """Why the check exists: Oxigraph calls the URL of these texts (lower case, glued
    keywords, a prefix named like nothing) when nothing stops it."""
    with probe_server() as probe:
        target = text.replace("http://127.0.0.1:1/x", probe.url)
        store = ox.Store()
        store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
        list(store.query(target, prefixes={"": probe.url}))  # type: ignore[arg-type]
        assert probe.hits
        with pytest.raises(RemoteAccessError):
            check(target, QueryPolicy(prefixes={"": probe.url}))


def test_allowed_hosts_open_service_to_those_hosts_only() -> None:
    check("SELECT * WHERE { SERVICE <http://127.0.0.1:8890/sparql> { ?a ?b ?c } }", LOCAL)
    check("PREFIX r: <http://127.0.0.1:8890/> SELECT * WHERE { SERVICE SILENT r:sparql { ?a ?b ?c } }", LOCAL)
    for text, why in (
        ("SELECT * WHERE { SERVICE <http://169.254.169.254/latest> { ?a ?b ?c } }", "not in"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1.evil.example/x> { ?a ?b ?c } }", "not in"),
        ("SELECT * WHERE { SERVICE ?endpoint { ?a ?b ?c } }", "absolute"),
        ("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?a ?b ?c } }", "not in"),
    ):
        with pytest.raises(RemoteAccessError, match=why):
            check(text, LOCAL)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { FILTER(" + "(" * 300 + "1" + ")" * 300 + ") }",
        "SELECT * WHERE " + "{" * 300 + "?a ?b ?c" + "}" * 300,
        "SELECT * WHERE { " + " UNION ".join(["{ ?a ?b ?c }"] * 300) + " }",
        "SELECT * WHERE { FILTER(" + " && ".join(["true"] * 300) + ") }",
        "SELECT * WHERE { ?a " + "/".join(["<urn:p>"] * 300) + " ?c }",
        "INSERT DATA { <urn:a> <urn:b> " + "(" * 50_000 + ")" * 50_000 + " }",
    ],
)
def test_deep_nesting_is_refused_before_the_engine(text: str) -> None:
    with pytest.raises(QueryTooDeepError, match="limit is 256"):
        check(text, OFF)


def test_long_flat_data_is_not_nesting() -> None:
    body = " ".join(f"<urn:a{i}> <urn:p> -{i} ." for i in range(5000))
    check(f"INSERT DATA {{ {body} }}", OFF)
    check("SELECT * WHERE { FILTER(" + "(" * 200 + "1" + ")" * 200 + ") }", OFF)


def test_a_dataset_clause_is_found_only_in_code() -> None:
    assert check("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", OFF).dataset_clause
    assert check("select * from named <urn:g> where { graph ?g { ?s ?p ?o } }", OFF).dataset_clause
    for text in (
        'SELECT * WHERE { ?s ?p "FROM" }',
        "SELECT ?from WHERE { ?from <urn:FROM> ?o } # FROM",
        "SELECT * WHERE { ?s dg:from ?o }",
    ):
        assert not check(text, OFF).dataset_clause
