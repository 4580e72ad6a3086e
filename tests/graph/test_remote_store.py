"""The graph layer over a remote store (graph/remote.py): the same answers as the embedded
store from the Oxigraph server and from Virtuoso (started by tests/remote_servers.py; the
store tests of test_store.py run on them too), ingest -> query round trips, one atomic
write per article, and transient failures retried (the retry tests need no server)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from diplograph.api.cli import create_cli
from diplograph.graph import actors, backup, dyads, events, network, relations
from diplograph.graph.ingest import ingest_into
from diplograph.graph.remote import Endpoints, RemoteRefusedError, RemoteStore, Retry, substitute
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import repair
from diplograph.ontology import namespaces as ns
from typer.testing import CliRunner

from diplograph.errors import QueryTimeoutError, StoreUnavailableError
from diplograph.model import Article
from tests.api import service_data
from tests.api.test_articles import FakeExtractor
from tests.remote_servers import Server, fresh_remote_store

NO_WAIT = Retry(attempts=4, backoff=0.0)


# -- without a server: endpoints, variables, retries ----------------------------------------------
def test_endpoints_are_guessed_from_the_query_url() -> None:
    ox_ = Endpoints.from_url("http://h:7878/query")
    assert (ox_.update, ox_.graph_store) == ("http://h:7878/update", "http://h:7878/store")
    virtuoso = Endpoints.from_url("http://h:8890/sparql")
    assert (virtuoso.update, virtuoso.graph_store) == (
        "http://h:8890/sparql",
        "http://h:8890/sparql-graph-crud",
    )
    fuseki = Endpoints.from_url("http://h:3030/ds", update="http://h:3030/ds/update")
    assert (fuseki.update, fuseki.graph_store) == ("http://h:3030/ds/update", "http://h:3030/ds")


def test_substitutions_replace_the_variables_in_the_where_clause() -> None:
    query = "SELECT ?a ?q WHERE { GRAPH ?g { ?a ?p ?name FILTER(CONTAINS(?name, ?q) || ?q2 = $q) } }"
    text = substitute(query, {ox.Variable("q"): ox.Literal("it's")})
    assert text == (
        'SELECT ?a ?q WHERE {\n  VALUES (?q) { ("it\'s") }\n'
        ' GRAPH ?g { ?a ?p ?name FILTER(CONTAINS(?name, "it\'s") || ?q2 = "it\'s") } }'
    )


def _store(handler: Callable[[httpx.Request], httpx.Response]) -> RemoteStore:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return RemoteStore(Endpoints.from_url("http://store.test/query"), retry=NO_WAIT, client=client)


def test_busy_and_failing_servers_are_asked_again() -> None:
    answers = [
        httpx.Response(503, headers={"Retry-After": "0"}),
        httpx.Response(502),
        httpx.Response(204),
    ]
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return answers[len(seen) - 1]

    _store(handler).update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    assert seen == ["/update"] * 3


def test_a_server_that_stays_down_is_unavailable_after_the_retries() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(StoreUnavailableError, match=r"store\.test/update is unreachable after 4 attempts"):
        _store(handler).update("CLEAR SILENT GRAPH <urn:g>")
    assert len(calls) == 4


def test_a_refusal_is_not_retried_and_says_why() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(400, text="bad literal")

    with pytest.raises(RemoteRefusedError, match="refused the request \\(400\\): bad literal"):
        _store(handler).update("INSERT DATA { }")
    assert len(calls) == 1


def test_a_slow_answer_is_a_timeout() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(QueryTimeoutError, match="did not answer within 2 s"):
        _store(handler).query("SELECT * WHERE { ?s ?p ?o }", timeout=2)


# -- against the servers ------------------------------------------------------------------------------
def _views(kg: KnowledgeGraph) -> dict[str, Any]:
    """What the service, exports and commands read, each through the graph layer."""
    stats = dataclasses.replace(kg.stats(), location="")
    page = relations.relations(kg, relations.PageRequest(actor="RUS", limit=20), Selection())
    graph = network.build_network(kg, Selection.parse(countries=["UKR"], depth=1)).graph
    monthly = kg.select(
        "SELECT ?m (COUNT(?e) AS ?n) WHERE { ?e a dg:Event ; dg:source actor:RUS ; dg:date ?d "
        "BIND(SUBSTR(STR(?d), 1, 7) AS ?m) } GROUP BY ?m ORDER BY ?m"
    )
    return {
        "stats": stats,
        "relations": page,
        "dyad": dyads.dyad(kg, "RUS", "UKR"),
        "search": actors.search_actors(kg, "ukr"),
        "resolve": actors.resolve_actor(kg, "Russia"),
        "events": events.fetch_events(kg, Selection.parse(since="2024-01-01")),
        "network": sorted((u, v, sorted(d.items())) for u, v, d in graph.edges(data=True)),
        "monthly": monthly,
    }


@pytest.mark.server
def test_the_graph_layer_answers_as_over_the_embedded_store(remote_server: Server, tmp_path: Path) -> None:
    with KnowledgeGraph(None) as local, fresh_remote_store(remote_server) as remote:
        service_data.fill(local)
        service_data.fill(remote)
        expected, got = _views(local), _views(remote)
        for view in expected:
            assert got[view] == expected[view], view
        assert backup.backup(remote, tmp_path / "remote.nq") == backup.backup(local, tmp_path / "local.nq")
        assert _ground(tmp_path / "remote.nq") == _ground(tmp_path / "local.nq")


def _ground(path: Path) -> set[ox.Quad]:
    """The quads of a backup without blank nodes (the servers name those as they like)."""
    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    return {
        q for q in quads if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


ARTICLES = [
    Article("r1", "Russia threatens Ukraine. Nothing more.", title="One"),
    Article("r2", "Ukraine threatens Russia.", title="Two"),
    Article("r3", "Germany threatens Russia. Russia threatens Ukraine.", title="Three"),
]


@pytest.mark.server
def test_ingest_then_query_round_trip(remote_server: Server) -> None:
    with KnowledgeGraph(None) as local, fresh_remote_store(remote_server) as remote:
        first = {
            name: ingest_into(kg, ARTICLES, extractor=FakeExtractor())
            for name, kg in (("local", local), ("remote", remote))
        }
        assert (first["remote"].added, first["remote"].events, first["remote"].failures) == (3, 4, [])
        again = ingest_into(remote, ARTICLES, extractor=FakeExtractor())
        assert again.unchanged == 3
        newer = ingest_into(remote, ARTICLES[:1], extractor=FakeExtractor("2"))
        ingest_into(local, ARTICLES[:1], extractor=FakeExtractor("2"))
        assert newer.replaced == 1
        assert _views(remote) == _views(local)
        assert repair(remote, deep=True).pairs == 0  # the summaries agree with the events


class _Refusing(httpx.HTTPTransport):
    """Forwards to the server, but answers 400 to any write that names ``marker``, and 503
    to the first attempt of every other write."""

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker.encode()
        self.busy_once: set[bytes] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        is_write = request.method == "PUT" or body.startswith(b"update=")
        if is_write and (self.marker in body or self.marker in str(request.url).encode()):
            return httpx.Response(400, text="refused for the test")
        if is_write and body not in self.busy_once:
            self.busy_once.add(body)
            return httpx.Response(503, headers={"Retry-After": "0"})
        return super().handle_request(request)


@pytest.mark.server
def test_a_refused_article_is_reported_alone_and_leaves_nothing(remote_server: Server) -> None:
    refused = ARTICLES[1]
    with fresh_remote_store(remote_server) as kg:
        endpoints = kg.remote.endpoints if kg.remote else None
        assert endpoints is not None
        flaky = RemoteStore(endpoints, retry=NO_WAIT, client=httpx.Client(transport=_Refusing(refused.key)))
        with KnowledgeGraph(remote=flaky) as over_flaky:
            summary = ingest_into(over_flaky, ARTICLES, extractor=FakeExtractor())
        assert summary.added == 2 and len(summary.failures) == 1
        assert summary.failures[0].startswith("r2: ") and "refused for the test" in summary.failures[0]
        assert not kg.has_article(refused.key)
        assert not bool(kg.query(f"ASK {{ GRAPH <{ns.article_graph(refused.key)}> {{ ?s ?p ?o }} }}"))
        assert kg.has_article(ARTICLES[0].key) and kg.has_article(ARTICLES[2].key)
        assert repair(kg, deep=True).pairs == 0


@pytest.mark.server
def test_commands_take_the_store_url(remote_server: Server, tmp_path: Path) -> None:
    runner, cli = CliRunner(), create_cli()
    with fresh_remote_store(remote_server) as kg:
        service_data.fill(kg)
    url = remote_server.query_url
    stats = runner.invoke(cli, ["stats", "--store", url])
    assert stats.exit_code == 0, stats.output
    assert f"Store: {url}" in stats.output and f"{len(service_data.SPECS)} articles" in stats.output
    query = runner.invoke(
        cli, ["query", "--store", url, "-f", "csv", "SELECT ?l WHERE { actor:UKR skos:prefLabel ?l }"]
    )
    assert query.exit_code == 0 and query.output.splitlines()[1:] == ["Ukraine"]
    env = {"DIPLOGRAPH_STORE": url}
    refused = runner.invoke(
        cli, ["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"], env=env
    )
    assert refused.exit_code != 0 and "SERVICE" in str(refused.exception)
    backed = runner.invoke(cli, ["backup", str(tmp_path / "b.nq")], env=env)
    assert backed.exit_code == 0, backed.output
    with fresh_remote_store(remote_server) as kg:
        assert kg.stats().articles == 0
        restored = runner.invoke(cli, ["restore", str(tmp_path / "b.nq")], env=env)
        assert restored.exit_code == 0, restored.output
        assert f"{len(service_data.SPECS)} articles" in restored.output
        assert runner.invoke(cli, ["stats"], env=env).output == stats.output
