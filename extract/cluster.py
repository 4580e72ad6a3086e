"""Extraction past one machine: on Dask distributed workers, or inside another engine.

:func:`extract_articles` is the extraction as a plain function over an iterable of
articles, yielding results in order, with the model loaded once per process: a Spark
``mapPartitions``, a Ray task or a Dask bag partition calls it on its own articles.

:class:`ClusterExtractor` sends batches of articles to the workers of a Dask
distributed cluster (``diplograph ingest --cluster tcp://scheduler:8786``, or
``--cluster local`` for a :class:`~distributed.LocalCluster` of worker processes on
this machine) and gives their parts back in input order to the one writer, as
:class:`~diplograph.extract.pipeline.Extractor` does with its own worker processes.
Each worker loads the model once (:func:`process_extractor`, cached per process), a
bounded number of batches is in flight, and a batch that fails on a worker (an error,
a worker that died) comes back as a failed part for each of its articles: reported,
never stored, and the other batches go on.

Dask is an optional dependency (``pip install 'diplograph[cluster]'``); it is imported
only when a cluster is asked for.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from diplograph.extract.pipeline import (
    DEFAULT_MODEL,
    EXTRACTOR_NAME,
    PART_CHARS,
    ArticlePart,
    Extractor,
    default_processes,
    extractor_version,
)

from diplograph.errors import ArticleError, ClusterError
from diplograph.model import Article, ArticleResult

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

logger = logging.getLogger(__name__)

#: articles sent to a worker in one task
CLUSTER_BATCH = 64
#: seconds to wait for the scheduler, and for a first worker to join it
CONNECT_TIMEOUT = 30.0
LOCAL = "local"

#: one extraction at a time in a process (a worker with several threads shares one model)
_EXTRACTING = threading.Lock()


@lru_cache(maxsize=4)
def process_extractor(
    model: str = DEFAULT_MODEL, batch_size: int = CLUSTER_BATCH, part_chars: int = PART_CHARS
) -> Extractor:
    """This process's extractor for these settings: the model is loaded on the first call,
    then kept for the life of the process (a Dask worker, a Spark executor's Python worker)."""
    return Extractor(model=model, batch_size=batch_size, part_chars=part_chars)


def extract_articles(
    articles: Iterable[Article], *, model: str = DEFAULT_MODEL, batch_size: int = CLUSTER_BATCH
) -> Iterator[ArticleResult]:
    """An :class:`~diplograph.model.ArticleResult` for every article, in order, extracted in
    this process (the model loaded once per process and kept): the function a Spark
    partition, a Ray task or a Dask bag partition runs over its articles. A broken article
    gets a warning in its own result and never stops the others."""
    return process_extractor(model, batch_size).process(articles)


def _extract_on_worker(
    articles: list[Article], model: str, batch_size: int, part_chars: int, version: str
) -> list[ArticlePart]:
    """The task a worker runs: the parts of one batch, extracted by the worker's extractor."""
    extractor = process_extractor(model, batch_size, part_chars)
    if extractor.version != version:
        raise ClusterError(_version_mismatch(extractor.version, version))
    with _EXTRACTING:
        return list(extractor.process_parts(articles))


def worker_version() -> str:
    """The extractor version of the process it runs in (each worker's, at connection)."""
    return extractor_version()


def _version_mismatch(theirs: str, ours: str) -> str:
    return (
        f"a worker extracts with diplograph extractor {theirs}, this process with {ours}: "
        "install the same diplograph on the workers as here"
    )


def failed_parts(batch: list[Article], exc: BaseException) -> list[ArticlePart]:
    """One failed part for each article of a batch that failed on the cluster."""
    reason = f"extraction failed on the cluster: {type(exc).__name__}: {exc}"
    return [ArticlePart(ArticleResult(article), error=ArticleError(reason)) for article in batch]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            "--cluster needs Dask distributed, which is not installed: pip install 'diplograph[cluster]'"
        ) from None
    return distributed


class ClusterExtractor:
    """Articles in, parts out, extracted on the workers of a Dask distributed cluster.

    Use :meth:`connect` (an address, or ``"local"``), then give it to
    :func:`~diplograph.graph.ingest.ingest_into` as its ``extractor``; close it after use.
    """

    name = EXTRACTOR_NAME

    def __init__(
        self,
        client: Client,
        *,
        cluster: LocalCluster | None = None,
        batch_size: int = CLUSTER_BATCH,
        part_chars: int = PART_CHARS,
        model: str = DEFAULT_MODEL,
        in_flight: int | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.client = client
        self._cluster = cluster  # started by connect("local"): closed with this extractor
        self.batch_size = batch_size
        self.part_chars = part_chars
        self.model = model
        self.version = extractor_version()
        #: batches sent and not yet given out, at most (None: two per worker thread)
        self.in_flight = in_flight

    @classmethod
    def connect(
        cls,
        address: str,
        *,
        processes: int | None = None,
        timeout: float = CONNECT_TIMEOUT,
        **options: Any,
    ) -> ClusterExtractor:
        """A client of the scheduler at ``address`` (``tcp://scheduler:8786``), or of a new
        :class:`~distributed.LocalCluster` of ``processes`` single-threaded worker processes
        (default: one per core) for ``"local"``; it waits up to ``timeout`` seconds for a
        worker and checks that every worker extracts with this extractor version."""
        client, cluster = _client(address, processes, timeout)
        extractor = cls(client, cluster=cluster, **options)
        try:
            extractor.wait_for_workers(timeout, address)
            extractor.check_workers()
        except ClusterError:
            extractor.close()
            raise
        return extractor

    def wait_for_workers(self, timeout: float, address: str = "") -> None:
        """Wait for a first worker (a cluster may still be starting); ClusterError if none joins."""
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            where = f" at {address}" if address else ""
            raise ClusterError(f"no Dask worker joined the scheduler{where} within {timeout:g} s") from None

    def check_workers(self) -> None:
        """ClusterError unless every worker runs diplograph with this extractor version."""
        try:
            versions = self.client.run(worker_version)
        except Exception as exc:  # raised on a worker: diplograph is missing there, most likely
            raise ClusterError(
                f"the Dask workers cannot run diplograph: {type(exc).__name__}: {exc}"
            ) from None
        for worker, theirs in sorted(versions.items()):
            if theirs != self.version:
                raise ClusterError(f"{worker}: {_version_mismatch(theirs, self.version)}")

    # -- life cycle --------------------------------------------------------------------------------
    def close(self) -> None:
        """Disconnect from the scheduler (and stop the local cluster, if this started one)."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> ClusterExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- extraction --------------------------------------------------------------------------------
    def process_parts(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        """An :class:`~diplograph.extract.pipeline.ArticlePart` for every part of every article,
        in input order, with at most ``in_flight`` batches sent and not yet given out; a batch
        that failed gives a failed part (``error`` set) for each of its articles."""
        window: deque[tuple[Future, list[Article]]] = deque()
        in_flight = self.in_flight or max(2, 2 * sum(self.client.nthreads().values()))
        for batch in _batches(articles, self.batch_size):
            window.append((self.submit(batch), batch))
            if len(window) >= in_flight:
                yield from self._collect(*window.popleft())
        while window:
            yield from self._collect(*window.popleft())

    def _collect(self, future: Future, batch: list[Article]) -> list[ArticlePart]:
        """The parts of a finished batch, or a failed part for each of its articles (whatever
        the worker raised, or the scheduler's KilledWorker for a worker that died on it).
        ClusterError once the scheduler is lost: every batch left would fail."""
        try:
            return future.result()
        except Exception as exc:
            if self.client.status != "running":
                raise self._lost(exc) from None
            logger.warning("a batch of %d articles failed on the cluster: %s", len(batch), exc)
            return failed_parts(batch, exc)
        finally:
            future.release()

    def submit(self, batch: list[Article]) -> Future:
        """Send one batch to the cluster: the future of its parts."""
        try:
            return self.client.submit(
                _extract_on_worker,
                batch,
                self.model,
                self.batch_size,
                self.part_chars,
                self.version,
                pure=False,  # no hashing of the articles for a key; a repeated batch runs again
            )
        except Exception as exc:  # the client is closed: the scheduler is gone
            raise self._lost(exc) from None

    def _lost(self, exc: Exception) -> ClusterError:
        return ClusterError(
            f"lost the Dask scheduler (client {self.client.status}): {type(exc).__name__}: {exc}; "
            "what was written is kept, and the next ingest goes on from there"
        )


def _client(address: str, processes: int | None, timeout: float) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``address``, or of a new local cluster for ``"local"``."""
    distributed = _import_distributed()
    cluster = None
    try:
        if address == LOCAL:
            cluster = distributed.LocalCluster(
                n_workers=processes or default_processes(),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # its HTTP server: loopback, any free port
            )
            return distributed.Client(cluster, timeout=timeout), cluster
        return distributed.Client(address, timeout=timeout), None
    except (OSError, ValueError, TypeError) as exc:  # unreachable, refused, malformed address
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    items = iter(articles)
    while batch := list(itertools.islice(items, size)):
        yield batch
