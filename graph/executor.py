"""Run SPARQL queries and updates with a time limit that really stops them.

pyoxigraph cannot cancel a query running in a thread, so queries and updates run
in a small pool of worker processes (:mod:`diplograph.graph.sparql_worker`). A job
that runs past its limit gets its worker killed and replaced, and the caller gets a
:class:`~diplograph.errors.QueryTimeoutError` (HTTP 503); a worker that crashes
(the engine can overflow its stack) is replaced too, and the caller gets a
:class:`StoreUnavailableError`; the other workers go on serving.

Fair use: each client may have :attr:`Limits.per_client` jobs running or waiting
(past that :class:`ClientBusyError`, HTTP 429), and at most :attr:`Limits.queue`
jobs wait for a worker (past that :class:`QueueFullError`, HTTP 503, at once).
A query's result comes back as a :class:`ResultStream`, read chunk by chunk
while the worker serialises it.

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
import itertools
import logging
import multiprocessing
import queue
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from diplograph.graph.sparql_guard import QueryPolicy, QueryTooDeepError, RemoteAccessError
from diplograph.graph.sparql_worker import (
    ReplyEnd,
    ReplyHead,
    Snapshot,
    SparqlJob,
    UpdateDelta,
    UpdateJob,
    UpdateRan,
    WorkerError,
    serve,
)

from diplograph.errors import (
    DiplographError,
    InputError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    UnsupportedFormatError,
)

logger = logging.getLogger(__name__)

#: Seconds an update's changes may take to be found once the update itself ran (within
#: the time limit): comparing the copy with the snapshot is linear in the store (about
#: 5 s per 300k quads on disk here), and the caller's own code, not the user's.
COMPARE_SECONDS = 300.0


class StoreUnavailableError(StoreError):
    """The query workers could not answer (HTTP 503)."""


class QueueFullError(StoreUnavailableError):
    """Every worker is busy and the queue is full (HTTP 503, try again later)."""


class ClientBusyError(DiplographError):
    """This client already has as many queries running or waiting as it may (HTTP 429)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Fair use of the workers."""

    per_client: int = 2
    queue: int = 8


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
        self._copies = itertools.count()

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

    def private_copy(self) -> Snapshot:
        """A copy of the store as it is now, for one update to change; the caller
        removes it with :meth:`discard`."""
        with self._lock:
            name = f"update-{next(self._copies)}"
            return self._make(self.generation, name)

    def discard(self, copy: Snapshot) -> None:
        _remove(Path(copy.path))

    def _make(self, generation: int, name: str | None = None) -> Snapshot:
        target = self.folder / (name or f"gen-{generation}")
        started = time.perf_counter()
        try:
            if self._on_disk:
                self._checkpoint(target)
                snapshot = Snapshot(generation, "checkpoint", str(target))
            else:
                path = target.with_suffix(".nq")
                self.store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
                snapshot = Snapshot(generation, "dump", str(path))
        except (OSError, RuntimeError) as exc:
            raise StoreUnavailableError(f"cannot snapshot the store for queries: {exc}") from exc
        logger.debug("snapshot %d made in %.1f ms", generation, (time.perf_counter() - started) * 1000)
        return snapshot

    def _checkpoint(self, target: Path, attempts: int = 3) -> None:
        """A RocksDB checkpoint of the live store. A write landing while the checkpoint copies
        the write-ahead log makes RocksDB report the copy short ("Corruption: File smaller
        than expected for copy"): the half-made folder is removed and the checkpoint taken
        again, after a flush."""
        for attempt in range(1, attempts + 1):
            self.store.flush()
            try:
                self.store.backup(str(target))
                return
            except RuntimeError as exc:
                _remove(target)
                if attempt == attempts:
                    raise
                logger.info("snapshot raced a write (%s); taking it again", exc)

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
    def __init__(
        self, ctx: multiprocessing.context.ForkServerContext, prefixes: dict[str, str], offline: bool
    ) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=serve,
            args=(child, prefixes, offline),
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


class _Admission:
    """Counts the jobs each client has running or waiting, and all of them."""

    def __init__(self, workers: int, limits: Limits) -> None:
        self.capacity = workers + limits.queue
        self.per_client = limits.per_client
        self._lock = threading.Lock()
        self._by_client: Counter[str] = Counter()
        self._total = 0

    def enter(self, client: str) -> Callable[[], None]:
        """Take a place for ``client`` or refuse; returns the function that gives it back."""
        with self._lock:
            if self._by_client[client] >= self.per_client:
                raise ClientBusyError(
                    f"this client already has {self.per_client} SPARQL requests running or waiting; "
                    "wait for one to finish"
                )
            if self._total >= self.capacity:
                raise QueueFullError("every query worker is busy and the queue is full; try again shortly")
            self._by_client[client] += 1
            self._total += 1
        released = threading.Event()

        def leave() -> None:
            if released.is_set():
                return
            released.set()
            with self._lock:
                self._by_client[client] -= 1
                if not self._by_client[client]:
                    del self._by_client[client]
                self._total -= 1

        return leave


class _Lease:
    """One worker lent to one job until a deadline."""

    def __init__(self, pool: QueryPool, worker: _Worker, deadline: float, timeout: float) -> None:
        self.pool = pool
        self.worker = worker
        self.deadline = deadline
        self.timeout = timeout
        self.done = False

    def send(self, message: object) -> None:
        try:
            self.worker.conn.send(message)
        except (OSError, ValueError) as exc:
            self.finish(healthy=False)
            raise StoreUnavailableError(f"the query worker failed: {exc}") from exc

    def receive(self) -> object:
        """The worker's next message; a timeout or a dead worker ends the lease."""
        try:
            if not self.worker.conn.poll(max(0.0, self.deadline - time.monotonic())):
                self.finish(healthy=False)
                raise QueryTimeoutError(
                    f"the request ran past the {self.timeout:g} s time limit and was stopped; "
                    "narrow it (LIMIT, more specific patterns) or ask for a longer limit"
                )
            return self.worker.conn.recv()
        except (EOFError, OSError) as exc:
            self.worker.process.join(timeout=1)
            code = self.worker.process.exitcode
            self.finish(healthy=False)
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            raise StoreUnavailableError(
                f"the query worker stopped ({how}) while running the request; the server goes on"
            ) from exc

    @contextlib.contextmanager
    def given_back_on_error(self) -> Iterator[None]:
        """Give the (still idle) worker back if what the block prepares for it fails."""
        try:
            yield
        except BaseException:
            self.finish(healthy=True)
            raise

    def finish(self, healthy: bool) -> None:
        """Give the worker back (or replace it when it may still be busy or is dead)."""
        if self.done:
            return
        self.done = True
        if healthy and self.worker.process.is_alive():
            self.pool._idle.put(self.worker)
        else:
            self.pool._replace(self.worker)


class ResultStream:
    """A query's answer: :attr:`head` (type, row count, cut or not), then the body
    in chunks as the worker sends them. Read it whole or :meth:`close` it."""

    def __init__(self, head: ReplyHead, lease: _Lease, release: Callable[[], None]) -> None:
        self.head = head
        self._lease = lease
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        healthy = False
        try:
            while True:
                message = self._lease.receive()
                if isinstance(message, bytes):
                    yield message
                elif isinstance(message, ReplyEnd):
                    healthy = True
                    return
                else:
                    assert isinstance(message, WorkerError)
                    logger.error("query failed after its first byte: %s", message.message)
                    healthy = True
                    return
        except DiplographError as exc:
            logger.error("query stream cut: %s", exc)
        finally:
            self._lease.finish(healthy)
            self._release()

    def read(self) -> bytes:
        return b"".join(self)

    def close(self) -> None:
        """Stop reading: the worker, which may still be sending, is replaced."""
        self._lease.finish(healthy=False)
        self._release()

    def __del__(self) -> None:  # a stream dropped unread must not keep its worker
        self.close()


class QueryPool:
    """``size`` worker processes; :meth:`query` and :meth:`update` are blocking and thread-safe."""

    def __init__(
        self,
        snapshots: Snapshots,
        prefixes: dict[str, str],
        size: int = 2,
        *,
        limits: Limits | None = None,
        offline: bool = True,
    ) -> None:
        self.snapshots = snapshots
        self.prefixes = prefixes
        self.size = size
        self.offline = offline
        self._admission = _Admission(size, limits or Limits())
        self._ctx: multiprocessing.context.ForkServerContext = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["diplograph.graph.sparql_worker"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._start()

    def _start(self) -> None:
        worker = _Worker(self._ctx, self.prefixes, self.offline)
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

    def _lease(self, timeout: float) -> _Lease:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeoutError(
                f"all {self.size} query workers stayed busy for {timeout:g} s; try again later"
            ) from None
        return _Lease(self, worker, deadline, timeout)

    def _ask(self, lease: _Lease, message: Callable[[Snapshot], object]) -> object:
        """Send the job built for the current snapshot; returns the worker's first answer."""
        with lease.given_back_on_error():
            snapshot = self.snapshots.acquire()
        try:
            lease.send(message(snapshot))
            return lease.receive()
        finally:
            self.snapshots.release(snapshot)

    def query(self, job: SparqlJob, timeout: float, client: str = "") -> ResultStream:
        """Start ``job``; returns once the worker has the first part of the answer."""
        release = self._admission.enter(client)
        try:
            lease = self._lease(timeout)
            head = self._ask(lease, lambda snapshot: (snapshot, job))
        except BaseException:
            release()
            raise
        if isinstance(head, WorkerError):
            lease.finish(healthy=True)
            release()
            raise _error(head)
        assert isinstance(head, ReplyHead)
        return ResultStream(head, lease, release)

    def update(self, text: str, policy: QueryPolicy, timeout: float, client: str = "") -> UpdateDelta:
        """Run an update on a private copy of the store in a worker; returns what it
        changed (the caller applies it, and must hold the write lock throughout)."""
        release = self._admission.enter(client)
        try:
            lease = self._lease(timeout)
            with lease.given_back_on_error():
                copy = self.snapshots.private_copy()
            try:
                reply = self._ask(lease, lambda snapshot: (snapshot, UpdateJob(text, copy, policy)))
                if isinstance(reply, UpdateRan):
                    lease.deadline = time.monotonic() + COMPARE_SECONDS
                    reply = lease.receive()
            finally:
                self.snapshots.discard(copy)
        finally:
            release()
        lease.finish(healthy=True)
        if isinstance(reply, WorkerError):
            raise _error(reply)
        assert isinstance(reply, UpdateDelta)
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
    if reply.kind == "remote":
        return RemoteAccessError(reply.message)
    if reply.kind == "deep":
        return QueryTooDeepError(reply.message)
    if reply.kind == "format":
        return UnsupportedFormatError(reply.message)
    if reply.kind == "input":
        return InputError(reply.message, where="query")
    return StoreError(f"query failed: {reply.message}")
