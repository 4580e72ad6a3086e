"""SPARQL servers for the remote-store tests, started on free ports of 127.0.0.1 in
temporary folders and stopped afterwards: the Oxigraph server (``pip install oxigraph``,
in the dev extra) and Virtuoso (Debian's ``virtuoso-opensource``). A server whose
program is missing makes its tests skip, saying which program and how to get it."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from diplograph.graph.remote import Endpoints, RemoteStore
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

STARTUP_SECONDS = 90.0


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    query_url: str  # what `--store` is given


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _program(name: str, hint: str) -> str:
    """The path of the server program ``name``; the test skips without it, unless
    DIPLOGRAPH_REQUIRE_SERVERS is set (CI: a missing server is a failure there)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        message = f"{name} is not installed ({hint}): the remote-store tests against it cannot run"
        if os.environ.get("DIPLOGRAPH_REQUIRE_SERVERS"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{url}: the server stopped at start-up:\n{log.read_text(errors='replace')[-2000:]}"
            )
        with contextlib.suppress(httpx.HTTPError):
            if httpx.post(url, data={"query": "ASK {}"}, timeout=2).is_success:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {STARTUP_SECONDS:g} s")


@contextlib.contextmanager
def _running(command: list[str], url: str, folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    try:
        _wait_until_up(url, process, log)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[Server]:
    """``oxigraph serve`` on disk, the default graph the union of the named graphs."""
    program = _program("oxigraph", "pip install oxigraph, part of the dev extra")
    port = free_port()
    command = [program, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"]
    url = f"http://127.0.0.1:{port}/query"
    with _running([*command, "--union-default-graph"], url, folder):
        yield Server("oxigraph", url)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 0
DirsAllowed = ., {d}
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 8
MaxClientConnections = 8
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 120
MaxSortedTopRows = 10000000
DefaultGraph =
"""

#: The SPARQL user may update (SPARQL_UPDATE) and write every graph (default permissions 7:
#: read, write, list), as the Graph Store endpoint /sparql-graph-crud needs.
VIRTUOSO_GRANTS = (
    'GRANT SPARQL_UPDATE TO "SPARQL";'
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('SPARQL', 7);"
)


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[Server]:
    """Debian's Virtuoso 7, bound to 127.0.0.1, its result cap raised, the SPARQL user
    allowed to write."""
    program = _program("virtuoso-t", "apt-get install virtuoso-opensource")
    isql = _program("isql-vt", "apt-get install virtuoso-opensource")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port))
    url = f"http://127.0.0.1:{http_port}/sparql"
    with _running([program, "+foreground", "+configfile", str(ini)], url, folder):
        subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield Server("virtuoso", url)


SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}


@contextlib.contextmanager
def fresh_remote_store(server: Server) -> Iterator[KnowledgeGraph]:
    """The store of ``server`` emptied of all but its reference data (loaded once per
    server: its fingerprints are kept), opened as a KnowledgeGraph."""
    kg = KnowledgeGraph(remote=RemoteStore(Endpoints.from_url(server.query_url)))
    keep = {ns.ontology_graph(), ns.vocabulary_graph(), ns.actor_graph(), str(ns.GRAPH["meta"])}
    drops = [f"DROP SILENT GRAPH <{g.value}>" for g in kg.native.named_graphs() if g.value not in keep]
    kg.native.update(
        " ;\n".join(
            [
                *drops,
                f"DELETE {{ GRAPH <{ns.GRAPH['meta']}> {{ ?s ?p ?o }} }} "
                f"WHERE {{ GRAPH <{ns.GRAPH['meta']}> {{ ?s ?p ?o FILTER(?p != dg:fingerprint) }} }}",
            ]
        ),
        prefixes=ns.PREFIXES,
    )
    with kg:
        yield kg
