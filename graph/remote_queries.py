"""The service's SPARQL endpoint over a remote store: user queries go to the store's
endpoint, after the same checks as over the embedded store (no SERVICE or LOAD to hosts
not allowed, no deep nesting: :mod:`diplograph.graph.sparql_guard`), with the same
fair use (:class:`~diplograph.graph.executor.Limits`), time limit, row limit and result
formats (:func:`diplograph.graph.sparql_worker.execute`).

Nothing runs in local processes and nothing is kept between requests: the store is the
only state, so several services can answer over one store (replicas behind a load
balancer). The remote store stops what runs past the time limit on its side if it is
told to (``oxigraph serve --timeout-s``, Virtuoso's ``MaxQueryExecutionTime``); the
service stops waiting for it at the limit either way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from diplograph.graph.executor import Admission, Limits, error_of
from diplograph.graph.remote import RemoteStore
from diplograph.graph.sparql_guard import QueryPolicy
from diplograph.graph.sparql_worker import ReplyEnd, ReplyHead, SparqlJob, UpdateDelta, execute, failure_of

from diplograph.errors import DiplographError, FeatureDisabledError, QueryTimeoutError


@dataclass(slots=True)
class _Collected:
    """What :func:`execute` sends, kept: the head, then the body's chunks."""

    messages: list[object] = field(default_factory=list)

    def send(self, message: object) -> None:
        self.messages.append(message)


@dataclass(frozen=True, slots=True)
class WholeResult:
    """A query's answer, whole: :attr:`head` then the body, as a
    :class:`~diplograph.graph.executor.ResultStream` gives them."""

    head: ReplyHead
    chunks: tuple[bytes, ...]

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.chunks)

    def read(self) -> bytes:
        return b"".join(self.chunks)

    def close(self) -> None:
        """Nothing to give back."""


class RemoteQueries:
    """User queries on a remote store: at most ``size`` at a time."""

    def __init__(
        self, store: RemoteStore, prefixes: dict[str, str], size: int = 3, *, limits: Limits | None = None
    ) -> None:
        self.store = store
        self.prefixes = prefixes
        self.size = size
        self._admission = Admission(size, limits or Limits())
        self._slots = threading.BoundedSemaphore(size)

    @property
    def alive(self) -> int:
        """Requests that can run at once (no local process can die)."""
        return self.size

    def query(self, job: SparqlJob, timeout: float, client: str = "") -> WholeResult:
        release = self._admission.enter(client)
        try:
            if not self._slots.acquire(timeout=timeout):
                raise QueryTimeoutError(
                    f"all {self.size} query slots stayed busy for {timeout:g} s; try again later"
                )
            try:
                return self._run(job, timeout)
            finally:
                self._slots.release()
        finally:
            release()

    def _run(self, job: SparqlJob, timeout: float) -> WholeResult:
        collected = _Collected()
        store = _Timed(self.store, timeout)
        try:
            execute(store, job, self.prefixes, collected)  # type: ignore[arg-type]
        except DiplographError:
            raise
        except Exception as exc:  # what the engine's results raise, mapped as the workers map it
            raise error_of(failure_of(exc)) from exc
        head, *body = collected.messages
        assert isinstance(head, ReplyHead) and isinstance(body[-1], ReplyEnd)
        return WholeResult(head, tuple(m for m in body if isinstance(m, bytes)))

    def update(self, text: str, policy: QueryPolicy, timeout: float, client: str = "") -> UpdateDelta:
        raise FeatureDisabledError(
            "SPARQL Update through the service is not available over a remote store (its changes "
            "cannot be checked against the protected graphs first); write articles with POST "
            "/articles or `diplograph ingest --store URL`"
        )

    def invalidate(self) -> None:
        """Nothing to do: every query reads the store as it is."""

    def close(self) -> None:
        """Nothing to stop (the store is closed by its owner)."""


@dataclass(frozen=True, slots=True)
class _Timed:
    """The remote store, its queries limited to ``timeout`` seconds."""

    store: RemoteStore
    timeout: float

    def query(self, query: str, **kwargs: object) -> object:
        return self.store.query(query, timeout=self.timeout, **kwargs)  # type: ignore[arg-type]
