"""The query worker: a process that runs SPARQL queries and updates on a copy of
the store and sends back the result, in chunks, or the changes an update made.

Oxigraph cannot cancel a query that runs in a thread, and its parser can overflow
the stack, so user queries and updates run here, in processes the service can kill
(:mod:`diplograph.graph.executor`); a crash here costs one request, not the server.
Each job names the snapshot of the store it must see (a RocksDB checkpoint opened
read-only, or an N-Quads dump for in-memory stores); the worker reopens only when
that changes. An update runs on a private writable copy of the snapshot, and the
worker answers with what it changed (quads removed and added, as N-Quads), which
the server then applies to the live store.

Every text passes :func:`diplograph.graph.sparql_guard.check` first (no SERVICE or
LOAD to hosts not allowed, no deep nesting). When no host is allowed, the worker
also leaves the network (a new, empty network namespace) where the OS lets it.

Imports stay light (pyoxigraph and the error tree): workers start fast.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Protocol, TypeVar, cast

import pyoxigraph as ox
from diplograph.graph.formats import RDF_FORMAT, RESULT_FORMAT, Accept, Kind, negotiate, write_solutions
from diplograph.graph.sparql_guard import QueryPolicy, QueryTooDeepError, RemoteAccessError, check

from diplograph.errors import DiplographError, UnsupportedFormatError

logger = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK = 64 * 1024  # bytes per message of a streamed result
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A copy of the store at one generation."""

    generation: int
    kind: str  # "checkpoint" (a store folder) or "dump" (an N-Quads file)
    path: str


@dataclass(frozen=True, slots=True)
class SparqlJob:
    query: str
    accept: Accept = (("*/*", 1.0),)
    format: str | None = None  # format= / output= parameter, honoured when it fits
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    row_limit: int | None = None
    policy: QueryPolicy = field(default_factory=QueryPolicy)


@dataclass(frozen=True, slots=True)
class UpdateJob:
    """A SPARQL Update to run on ``copy`` (a writable copy of the job's snapshot)."""

    update: str
    copy: Snapshot
    policy: QueryPolicy = field(default_factory=QueryPolicy)


@dataclass(frozen=True, slots=True)
class ReplyHead:
    """The first message of a query's answer; the body follows in ``bytes`` chunks, then
    :class:`ReplyEnd`."""

    content_type: str
    form: str  # "select", "ask" or "graph"
    rows: int | None = None  # counted only when a row limit applies
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class ReplyEnd:
    """The result was sent whole."""


@dataclass(frozen=True, slots=True)
class UpdateRan:
    """The update finished on the copy; its changes follow (an :class:`UpdateDelta`)."""


@dataclass(frozen=True, slots=True)
class UpdateDelta:
    """What an update changed, as N-Quads."""

    removed: bytes
    added: bytes


@dataclass(frozen=True, slots=True)
class WorkerError:
    kind: str  # "syntax", "format", "input", "remote", "deep", "store"
    message: str


def open_snapshot(snapshot: Snapshot) -> ox.Store:
    if snapshot.kind == "checkpoint":
        return ox.Store.read_only(snapshot.path)
    store = ox.Store()  # parse keeps blank node ids (bulk_load renames them): updates' changes apply
    store.bulk_extend(ox.parse(path=snapshot.path, format=ox.RdfFormat.N_QUADS))
    return store


def _graphs(iris: tuple[str, ...]) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(iri) for iri in iris]
    except ValueError as exc:
        raise DiplographError(f"not an IRI in default-graph-uri/named-graph-uri: {exc}") from exc


class Sender(Protocol):
    def send(self, message: object) -> None: ...


class _Chunks:
    """A binary writer that sends what it is given in chunks of about :data:`CHUNK` bytes."""

    def __init__(self, conn: Sender) -> None:
        self.conn = conn
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.conn.send(bytes(self.buffer))
            self.buffer.clear()


def _send_bytes(conn: Sender, body: bytes) -> None:
    for start in range(0, len(body), CHUNK):
        conn.send(body[start : start + CHUNK])


def _run_query(
    store: ox.Store, job: SparqlJob, prefixes: dict[str, str]
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    facts = check(job.query, job.policy)
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None
    if job.default_graphs:
        default = list(_graphs(job.default_graphs))
    named: list[ox.NamedNode | ox.BlankNode] | None = (
        list(_graphs(job.named_graphs)) if job.named_graphs else None
    )
    union = not job.default_graphs and not facts.dataset_clause
    return store.query(
        job.query,
        prefixes=prefixes,
        use_default_graph_as_union=union,
        default_graph=default,
        named_graphs=named,
    )


def _first(items: Iterable[T], limit: int) -> tuple[list[T], bool]:
    """At most ``limit`` items, and whether there were more."""
    kept: list[T] = []
    for item in items:
        if len(kept) == limit:
            return kept, True
        kept.append(item)
    return kept, False


def execute(store: ox.Store, job: SparqlJob, prefixes: dict[str, str], conn: Sender) -> None:
    """Run ``job`` on ``store`` and send its result in the negotiated format: a
    :class:`ReplyHead`, the body in chunks, then :class:`ReplyEnd`. Without a row
    limit the body is serialised as the engine yields it; with one, at most
    ``row_limit`` rows are held to learn whether the result was cut."""
    result = _run_query(store, job, prefixes)
    chunks = _Chunks(conn)
    out = cast(IO[bytes], chunks)  # pyoxigraph only calls write()
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(job.accept, Kind.GRAPH, job.format)
        if job.row_limit is None:
            conn.send(ReplyHead(fmt.content_type, "graph"))
            ox.serialize(result, output=out, format=RDF_FORMAT[fmt.name], prefixes=prefixes)
        else:
            triples, truncated = _first(result, job.row_limit)
            conn.send(ReplyHead(fmt.content_type, "graph", len(triples), truncated))
            ox.serialize(triples, output=out, format=RDF_FORMAT[fmt.name], prefixes=prefixes)
    else:
        fmt = negotiate(job.accept, Kind.RESULTS, job.format)
        if isinstance(result, ox.QueryBoolean):
            conn.send(ReplyHead(fmt.content_type, "ask"))
            result.serialize(output=out, format=RESULT_FORMAT[fmt.name])
        elif job.row_limit is None:
            conn.send(ReplyHead(fmt.content_type, "select"))
            result.serialize(output=out, format=RESULT_FORMAT[fmt.name])
        else:
            _send_cut_solutions(result, job, fmt.name, fmt.content_type, conn)
    chunks.flush()
    conn.send(ReplyEnd())


def _send_cut_solutions(
    result: ox.QuerySolutions, job: SparqlJob, fmt_name: str, content_type: str, conn: Sender
) -> None:
    assert job.row_limit is not None
    variables = [v.value for v in result.variables]
    solutions, truncated = _first(result, job.row_limit)
    kept = [[solution[v] for v in variables] for solution in solutions]
    extra: dict[str, object] | None = (
        {"diplograph": {"rowLimit": job.row_limit, "truncated": True}} if truncated else None
    )
    conn.send(ReplyHead(content_type, "select", len(kept), truncated))
    _send_bytes(conn, write_solutions(variables, kept, fmt_name, extra))


def open_writable(copy: Snapshot) -> ox.Store:
    """A store over ``copy`` that an update may change (it is the worker's alone)."""
    if copy.kind == "checkpoint":
        return ox.Store(copy.path)
    return open_snapshot(copy)


def _graph_names(store: ox.Store) -> set[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    return {ox.DefaultGraph(), *store.named_graphs()}


def diff(before: ox.Store, after: ox.Store) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """The quads removed from and added to ``before`` to make ``after``, graph by graph
    (linear in the store: about 3 s for 300k quads here)."""
    removed: list[ox.Quad] = []
    added: list[ox.Quad] = []
    for graph in _graph_names(before) | _graph_names(after):
        old = set(before.quads_for_pattern(None, None, None, graph))
        new = set(after.quads_for_pattern(None, None, None, graph))
        removed.extend(old - new)
        added.extend(new - old)
    return removed, added


def run_update(before: ox.Store, job: UpdateJob, prefixes: dict[str, str], conn: Sender) -> UpdateDelta:
    """Run ``job`` on its private copy, say so (:class:`UpdateRan`: the time limit covers
    the update, not the comparison that follows), and return what it changed."""
    check(job.update, job.policy)
    after = open_writable(job.copy)
    try:
        after.update(job.update, prefixes=prefixes)
        conn.send(UpdateRan())
        removed, added = diff(before, after)
    finally:
        del after
    nquads = ox.RdfFormat.N_QUADS
    return UpdateDelta(ox.serialize(removed, format=nquads) or b"", ox.serialize(added, format=nquads) or b"")


def cut_network() -> bool:
    """Move this process into a new network namespace, which has no usable interface
    (not even loopback), so the engine cannot reach any host. Needs Linux, and root or
    unprivileged user namespaces; returns whether it worked."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWNET) == 0:
            return True
        uid, gid = os.getuid(), os.getgid()
        if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
            return False
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
        return True
    except (AttributeError, OSError):
        return False


def failure_of(exc: BaseException) -> WorkerError:
    if isinstance(exc, SyntaxError):
        return WorkerError("syntax", str(exc))
    if isinstance(exc, RemoteAccessError):
        return WorkerError("remote", str(exc))
    if isinstance(exc, QueryTooDeepError):
        return WorkerError("deep", str(exc))
    if isinstance(exc, UnsupportedFormatError):
        return WorkerError("format", str(exc))
    if isinstance(exc, DiplographError | ValueError | TypeError):
        return WorkerError("input", str(exc))
    if isinstance(exc, OSError):
        return WorkerError("store", str(exc))
    logger.exception("query failed")
    return WorkerError("store", f"{type(exc).__name__}: {exc}")


class _Current:
    """The snapshot the worker has open, reopened when a job names another."""

    def __init__(self) -> None:
        self.store: ox.Store | None = None
        self.generation = -1

    def get(self, snapshot: Snapshot) -> ox.Store:
        if self.store is None or snapshot.generation != self.generation:
            self.store = None
            self.store = open_snapshot(snapshot)
            self.generation = snapshot.generation
        return self.store


class _PipeClosed(Exception):
    """The server end of the pipe is gone."""


class _Pipe:
    """The worker's end of the pipe; a failed send is :class:`_PipeClosed`, never an
    error of the job."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def send(self, message: object) -> None:
        try:
            self.conn.send(message)
        except (OSError, ValueError) as exc:
            raise _PipeClosed(str(exc)) from exc


def _answer(
    pipe: _Pipe, current: _Current, message: tuple[Snapshot, object], prefixes: dict[str, str]
) -> None:
    snapshot, job = message
    try:
        store = current.get(snapshot)
        if isinstance(job, UpdateJob):
            pipe.send(run_update(store, job, prefixes, pipe))
        else:
            assert isinstance(job, SparqlJob)
            execute(store, job, prefixes, pipe)
    except _PipeClosed:
        raise
    except Exception as exc:  # keep the worker alive; the service maps this to an HTTP error
        pipe.send(failure_of(exc))


def serve(conn: Connection, prefixes: dict[str, str], offline: bool = True) -> None:
    """The worker loop: (snapshot, job) in, answers out; None stops it."""
    if offline and not cut_network():
        logger.info("query worker: cannot leave the network here; relying on the SERVICE/LOAD check")
    current = _Current()
    pipe = _Pipe(conn)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        try:
            _answer(pipe, current, message, prefixes)
        except _PipeClosed:
            return
