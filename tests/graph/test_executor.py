"""The query workers: results come back in chunks as they are serialised (the
server never holds a whole large result), a stream left unread gives its worker
back, an update's changes come back as quads, and a worker with no allowed host
cannot reach the network at all."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from diplograph.graph.executor import QueryPool, Snapshots
from diplograph.graph.sparql_guard import QueryPolicy
from diplograph.graph.sparql_worker import CHUNK, SparqlJob

from tests.http_probe import probe_server

JSON = (("application/sparql-results+json", 1.0),)
ROWS = 20_000


@pytest.fixture(scope="module")
def pool() -> Iterator[QueryPool]:
    store = ox.Store()
    p = ox.NamedNode("urn:p")
    g = ox.NamedNode("urn:g")
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(f"value {i}"), g) for i in range(ROWS))
    store.add(ox.Quad(ox.BlankNode("b1"), p, ox.Literal("blank"), g))
    workers = QueryPool(Snapshots(store, None), {}, size=1)
    try:
        yield workers
    finally:
        workers.close()


def test_a_large_result_is_streamed_in_chunks(pool: QueryPool) -> None:
    stream = pool.query(SparqlJob("SELECT ?s ?o WHERE { ?s ?p ?o }", accept=JSON), timeout=30)
    assert stream.head.content_type.startswith("application/sparql-results+json")
    assert stream.head.rows is None and not stream.head.truncated
    chunks = list(stream)
    assert len(chunks) > 10 and max(len(c) for c in chunks) < 2 * CHUNK
    assert len(json.loads(b"".join(chunks))["results"]["bindings"]) == ROWS + 1


def test_a_row_limit_cuts_and_says_so(pool: QueryPool) -> None:
    stream = pool.query(SparqlJob("SELECT * WHERE { ?s ?p ?o }", accept=JSON, row_limit=10), timeout=30)
    assert stream.head.rows == 10 and stream.head.truncated
    assert len(json.loads(stream.read())["results"]["bindings"]) == 10


def test_a_stream_left_unread_gives_its_worker_back(pool: QueryPool) -> None:
    stream = pool.query(SparqlJob("SELECT * WHERE { ?s ?p ?o }", accept=JSON), timeout=30)
    stream.close()
    deadline = time.monotonic() + 10
    while pool.alive < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    again = pool.query(SparqlJob("ASK { ?s ?p ?o }", accept=JSON), timeout=30)
    assert json.loads(again.read())["boolean"] is True


def test_an_update_comes_back_as_the_quads_it_changed(pool: QueryPool) -> None:
    delta = pool.update(
        'DELETE { GRAPH <urn:g> { ?s ?p ?o } } INSERT { GRAPH <urn:g> { ?s ?p "changed" } } '
        'WHERE { GRAPH <urn:g> { ?s ?p ?o FILTER(?o IN ("value 7", "blank")) } }',
        QueryPolicy(),
        timeout=30,
    )
    removed = list(ox.parse(delta.removed, format=ox.RdfFormat.N_QUADS))
    added = list(ox.parse(delta.added, format=ox.RdfFormat.N_QUADS))
    assert sorted(q.object.value for q in removed) == ["blank", "value 7"]
    assert [q.object.value for q in added] == ["changed", "changed"]
    assert ox.BlankNode("b1") in {q.subject for q in added}  # the same blank node, not a new one


_OFFLINE = """
import socket, sys
import pyoxigraph as ox
from diplograph.graph.sparql_worker import cut_network
if not cut_network():
    sys.exit(3)
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2)
    sys.exit(1)
except OSError:
    pass
try:
    list(ox.Store().query("SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}"))
    sys.exit(2)
except OSError:
    pass
"""


def test_a_worker_without_allowed_hosts_cannot_reach_the_network() -> None:
    """Beyond the text check: the engine in an offline worker cannot connect even to 127.0.0.1."""
    with probe_server() as probe:
        code = _OFFLINE.format(port=probe.port, url=probe.url)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        if done.returncode == 3:
            pytest.skip("this machine lets no process leave the network (no namespaces)")
        assert done.returncode == 0, done.stderr
        assert probe.hits == []


class _RacingStore:
    """A store whose checkpoint fails as RocksDB's does when a write lands during the copy."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.backups = 0

    def flush(self) -> None:
        pass

    def backup(self, target: str) -> None:
        self.backups += 1
        Path(target).mkdir(parents=True)
        if self.failures:
            self.failures -= 1
            raise RuntimeError("Corruption: File smaller than expected for copy: 001010.log")


def test_a_snapshot_that_raced_a_write_is_taken_again(tmp_path: Path) -> None:
    store = _RacingStore(failures=1)
    snapshots = Snapshots(store, tmp_path / "store")  # type: ignore[arg-type]
    snapshot = snapshots.acquire()
    assert store.backups == 2 and Path(snapshot.path).is_dir()


def test_a_snapshot_that_keeps_failing_is_a_503_not_a_crash(tmp_path: Path) -> None:
    from diplograph.graph.executor import StoreUnavailableError

    snapshots = Snapshots(_RacingStore(failures=10), tmp_path / "store")  # type: ignore[arg-type]
    with pytest.raises(StoreUnavailableError, match="cannot snapshot"):
        snapshots.acquire()
