"""The query worker: a process that runs SPARQL queries on a snapshot of the
store and sends back the serialised result.

Oxigraph cannot cancel a query that runs in a thread, so user queries run here,
in processes the service can kill (:mod:`diplograph.graph.executor`). Each job names the
snapshot of the store it must see (a RocksDB checkpoint opened read-only, or an
N-Quads dump for in-memory stores); the worker reopens only when that changes.

Imports stay light (pyoxigraph and the error tree): workers start fast.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox
from diplograph.graph.formats import RDF_FORMAT, RESULT_FORMAT, Accept, Kind, negotiate, write_solutions

from diplograph.errors import DiplographError, UnsupportedFormatError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A read-only copy of the store at one generation."""

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


@dataclass(frozen=True, slots=True)
class SparqlReply:
    content_type: str
    body: bytes
    form: str  # "select", "ask" or "graph"
    rows: int | None = None  # counted only when a row limit applies
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class WorkerError:
    kind: str  # "syntax", "format", "input", "store"
    message: str


_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
)
_FROM = re.compile(r"(?<![?$\w:])FROM\b(?!\s*:)", re.IGNORECASE)


def has_dataset_clause(query: str) -> bool:
    """Whether the query text has FROM / FROM NAMED (outside strings, IRIs and comments)."""
    return bool(_FROM.search(_STRIP.sub(" ", query)))


def open_snapshot(snapshot: Snapshot) -> ox.Store:
    if snapshot.kind == "checkpoint":
        return ox.Store.read_only(snapshot.path)
    store = ox.Store()
    store.bulk_load(path=snapshot.path, format=ox.RdfFormat.N_QUADS)
    return store


def _graphs(iris: tuple[str, ...]) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(iri) for iri in iris]
    except ValueError as exc:
        raise DiplographError(f"not an IRI in default-graph-uri/named-graph-uri: {exc}") from exc


def execute(store: ox.Store, job: SparqlJob, prefixes: dict[str, str]) -> SparqlReply:
    """Run ``job`` on ``store`` and serialise its result in the negotiated format."""
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] | None = None
    if job.default_graphs:
        default = list(_graphs(job.default_graphs))
    named: list[ox.NamedNode | ox.BlankNode] | None = (
        list(_graphs(job.named_graphs)) if job.named_graphs else None
    )
    union = not job.default_graphs and not has_dataset_clause(job.query)
    result = store.query(
        job.query,
        prefixes=prefixes,
        use_default_graph_as_union=union,
        default_graph=default,
        named_graphs=named,
    )
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(job.accept, Kind.GRAPH, job.format)
        triples: Iterable[ox.Triple] = result
        rows = None
        truncated = False
        if job.row_limit is not None:
            cut: list[ox.Triple] = []
            for triple in result:
                if len(cut) == job.row_limit:
                    truncated = True
                    break
                cut.append(triple)
            triples, rows = cut, len(cut)
        body = ox.serialize(triples, format=RDF_FORMAT[fmt.name], prefixes=prefixes) or b""
        return SparqlReply(fmt.content_type, body, "graph", rows, truncated)
    fmt = negotiate(job.accept, Kind.RESULTS, job.format)
    if isinstance(result, ox.QueryBoolean):
        return SparqlReply(fmt.content_type, result.serialize(format=RESULT_FORMAT[fmt.name]) or b"", "ask")
    if job.row_limit is None:
        return SparqlReply(
            fmt.content_type, result.serialize(format=RESULT_FORMAT[fmt.name]) or b"", "select"
        )
    variables = [v.value for v in result.variables]
    kept: list[list[object]] = []
    truncated = False
    for solution in result:
        if len(kept) == job.row_limit:
            truncated = True
            break
        kept.append([solution[v] for v in variables])
    extra: dict[str, object] | None = (
        {"diplograph": {"rowLimit": job.row_limit, "truncated": True}} if truncated else None
    )
    return SparqlReply(
        fmt.content_type, write_solutions(variables, kept, fmt.name, extra), "select", len(kept), truncated
    )


def serve(conn: Connection, prefixes: dict[str, str]) -> None:
    """The worker loop: (snapshot, job) in, SparqlReply or WorkerError out; None stops it."""
    store: ox.Store | None = None
    generation = -1
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        snapshot, job = message
        reply: SparqlReply | WorkerError
        try:
            if store is None or snapshot.generation != generation:
                store = None
                store = open_snapshot(snapshot)
                generation = snapshot.generation
            reply = execute(store, job, prefixes)
        except SyntaxError as exc:
            reply = WorkerError("syntax", str(exc))
        except UnsupportedFormatError as exc:
            reply = WorkerError("format", str(exc))
        except (DiplographError, ValueError, TypeError) as exc:
            reply = WorkerError("input", str(exc))
        except OSError as exc:
            reply = WorkerError("store", str(exc))
        except Exception as exc:  # keep the worker alive; the service maps this to a 500
            logger.exception("query failed")
            reply = WorkerError("store", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
