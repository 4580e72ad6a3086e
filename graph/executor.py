"""Run SPARQL queries with a time limit that really stops them.

pyoxigraph cannot cancel a query running in a thread, so queries run in a
small pool of worker processes (:mod:`diplograph.graph.sparql_worker`). A query that runs
past its limit gets its worker killed and replaced, and the caller gets a
:class:`~diplograph.errors.QueryTimeoutError` (HTTP 503); the other workers go
on serving.

Workers never open the live store: Oxigraph documents a read-only open of a
store another process writes as undefined behaviour. They read a *snapshot*
made after the last write: a RocksDB checkpoint for an on-disk store (hard
links: milliseconds, whatever the size), or an N-Quads dump for an in-memory
store (tests, demos). :meth:`QueryPool.invalidate` after a write makes the next
query take a new snapshot; old ones are deleted once no running query uses them.

Workers are forked from a ``forkserver`` (light, no threads inherited), which
imports the main script once, as multiprocessing does: a script that calls
``create_app`` must keep its top level under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox
from diplograph.graph.sparql_worker import Snapshot, SparqlJob, SparqlReply, WorkerError, serve

from diplograph.errors import InputError, QueryError, QueryTimeoutError, StoreError, UnsupportedFormatError

logger = logging.getLogger(__name__)


class StoreUnavailableError(StoreError):
    """The query workers could not answer (HTTP 503)."""


class Snapshots:
    """Snapshots of the live store, one per generation, made on demand."""

    def __init__(self, store: ox.Store, path: Path | None) -> None:
        self.store = store
        self.generation = 0
        parent = path.parent if path is not None else None
        self.folder = Path(
            tempfile.mkdtemp(prefix=f".{path.name if path else 'memory'}-snapshots-", dir=parent)
        )
        self._on_disk = path is not None
        self._lock = threading.Lock()
        self._made: dict[int, Snapshot] = {}
        self._users: dict[int, int] = {}

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1

    def acquire(self) -> Snapshot:
        with self._lock:
            generation = self.generation
            snapshot = self._made.get(generation)
            if snapshot is None:
                snapshot = self._make(generation)
                self._made[generation] = snapshot
            self._users[generation] = self._users.get(generation, 0) + 1
            self._collect()
            return snapshot

    def release(self, snapshot: Snapshot) -> None:
        with self._lock:
            self._users[snapshot.generation] -= 1
            self._collect()

    def _make(self, generation: int) -> Snapshot:
        target = self.folder / f"gen-{generation}"
        started = time.perf_counter()
        try:
            if self._on_disk:
                self.store.flush()
                self.store.backup(str(target))
                snapshot = Snapshot(generation, "checkpoint", str(target))
            else:
                path = target.with_suffix(".nq")
                self.store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
                snapshot = Snapshot(generation, "dump", str(path))
        except OSError as exc:
            raise StoreUnavailableError(f"cannot snapshot the store for queries: {exc}") from exc
        logger.debug("snapshot %d made in %.1f ms", generation, (time.perf_counter() - started) * 1000)
        return snapshot

    def _collect(self) -> None:
        for generation in [g for g in self._made if g < self.generation and not self._users.get(g)]:
            snapshot = self._made.pop(generation)
            self._users.pop(generation, None)
            _remove(Path(snapshot.path))

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class _Worker:
    def __init__(self, ctx: multiprocessing.context.ForkServerContext, prefixes: dict[str, str]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=serve,
            args=(child, prefixes),
            daemon=True,
            name="diplograph-query",
        )
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        with contextlib.suppress(OSError):
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.kill()


class QueryPool:
    """``size`` worker processes; :meth:`run` is blocking and thread-safe."""

    def __init__(self, snapshots: Snapshots, prefixes: dict[str, str], size: int = 2) -> None:
        self.snapshots = snapshots
        self.prefixes = prefixes
        self.size = size
        self._ctx: multiprocessing.context.ForkServerContext = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["diplograph.graph.sparql_worker"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._start()

    def _start(self) -> None:
        worker = _Worker(self._ctx, self.prefixes)
        with self._lock:
            if self._closed:
                worker.stop()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        threading.Thread(target=self._start, name="diplograph-query-respawn", daemon=True).start()

    @property
    def alive(self) -> int:
        with self._lock:
            return sum(w.process.is_alive() for w in self._all)

    def invalidate(self) -> None:
        """The store changed: the next queries see a new snapshot."""
        self.snapshots.invalidate()

    def run(self, job: SparqlJob, timeout: float) -> SparqlReply:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeoutError(
                f"all {self.size} query workers stayed busy for {timeout:g} s; try again later"
            ) from None
        snapshot: Snapshot | None = None
        reply: SparqlReply | WorkerError
        try:
            snapshot = self.snapshots.acquire()
            worker.conn.send((snapshot, job))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeoutError(
                    f"the query ran past the {timeout:g} s time limit and was stopped; "
                    "narrow it (LIMIT, more specific patterns) or ask for a longer limit"
                )
            reply = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise StoreUnavailableError(f"the query worker failed: {exc}") from exc
        except BaseException:
            if worker.process.is_alive() and worker in self._all:
                self._idle.put(worker)
            raise
        finally:
            if snapshot is not None:
                self.snapshots.release(snapshot)
        self._idle.put(worker)
        if isinstance(reply, WorkerError):
            raise _error(reply)
        return reply

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
        self.snapshots.close()


def _error(reply: WorkerError) -> Exception:
    if reply.kind == "syntax":
        return QueryError(f"SPARQL syntax error: {reply.message}")
    if reply.kind == "format":
        return UnsupportedFormatError(reply.message)
    if reply.kind == "input":
        return InputError(reply.message, where="query")
    return StoreError(f"query failed: {reply.message}")
