"""The running service: the store, the query workers and the write path, built
once per app (in its lifespan) from the settings, and closed with it.

Over a remote store (``--store URL``) the service keeps no state of its own: queries
go to the store's endpoint (:mod:`diplograph.graph.remote_queries`), writes are one
request per article, and several services can run over one store."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from diplograph.api.views import ViewCache, Warmer
from diplograph.graph import leftovers, summaries
from diplograph.graph.executor import Limits, QueryPool, ResultStream, Snapshots
from diplograph.graph.ingest import IngestSummary, ingest_into
from diplograph.graph.remote_queries import RemoteQueries, WholeResult
from diplograph.graph.sparql_guard import QueryPolicy, policy_from_settings
from diplograph.graph.sparql_worker import SparqlJob
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

from diplograph.model import Article
from diplograph.settings import Settings

logger = logging.getLogger(__name__)


@dataclass
class Service:
    """What every request handler works with (``diplograph.api.deps`` hands it out)."""

    settings: Settings
    kg: KnowledgeGraph
    pool: QueryPool | RemoteQueries
    owns_store: bool = True
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    views: ViewCache = field(default_factory=ViewCache)
    _extractor: Any = None
    _claim: leftovers.FolderClaim | None = None
    _warmer: Warmer | None = None

    @classmethod
    def open(cls, settings: Settings, kg: KnowledgeGraph | None = None) -> Service:
        """Open the store (unless given one), bring its events and summaries up to date
        (what writes left marked; everything, when the last session did not close the store
        cleanly: :attr:`KnowledgeGraph.deep_repair_due`), delete snapshot folders killed
        servers left, and start the workers."""
        owns = kg is None
        if kg is None:
            kg = KnowledgeGraph.open(settings)
        if not kg.read_only:
            summaries.repair(kg, deep=kg.deep_repair_due)
        limits = Limits(per_client=settings.client_queries, queue=settings.query_queue)
        claim = None
        pool: QueryPool | RemoteQueries
        if kg.remote is not None:
            pool = RemoteQueries(kg.remote, dict(ns.PREFIXES), settings.query_workers, limits=limits)
        else:
            if kg.path is not None:
                leftovers.remove_stale_snapshots(kg.path)
            snapshots = Snapshots(kg.embedded, kg.path)
            claim = leftovers.claim(snapshots.folder)
            pool = QueryPool(
                snapshots,
                dict(ns.PREFIXES),
                size=settings.query_workers,
                limits=limits,
                offline=not settings.allow_service_hosts,
            )
        logger.info("service over %s with %d query workers", kg.location, settings.query_workers)
        service = cls(settings, kg, pool, owns, _claim=claim)
        service._warmer = Warmer(kg, service.views)
        service._warmer.ask()  # the page's first view, computed before anyone asks
        return service

    def close(self) -> None:
        if self._warmer is not None:
            self._warmer.stop()
        self.pool.close()
        if self._claim is not None:
            self._claim.release()
        self.kg.flush()
        if self.owns_store:
            self.kg.close()  # an embedded store: marked closed cleanly (store.CLEAN_CLOSE)

    # -- reads ------------------------------------------------------------------------------------
    def policy(self) -> QueryPolicy:
        """What user queries and updates may do (remote hosts, nesting)."""
        return policy_from_settings(self.settings)

    def sparql(self, job: SparqlJob, client: str = "") -> ResultStream | WholeResult:
        """Start a user query in a worker process, stopped at the configured timeout."""
        return self.pool.query(job, self.settings.query_timeout, client)

    # -- writes -----------------------------------------------------------------------------------
    def extractor(self) -> Any:
        """The extraction pipeline, loaded on first use (it takes seconds)."""
        if self._extractor is None:
            from diplograph.extract.pipeline import Extractor

            self._extractor = Extractor()
        return self._extractor

    def ingest(self, articles: Iterable[Article], extractor: Any) -> IngestSummary:
        """Extract and store articles (same idempotence as ``diplograph ingest``),
        refreshing the summaries of the pairs they touch."""
        with self.write_lock:
            try:
                return ingest_into(self.kg, articles, extractor=extractor, keep_outcomes=True)
            finally:
                self._changed()

    def update(self, sparql: str, client: str = "") -> None:
        """Run a SPARQL Update in a worker (on a copy, with the query timeout), apply what
        it changed, then rebuild the summaries (an update may touch any event)."""
        with self.write_lock:
            delta = self.pool.update(sparql, self.policy(), self.settings.query_timeout, client)
            removed, added = (
                list(ox.parse(part, format=ox.RdfFormat.N_QUADS)) for part in (delta.removed, delta.added)
            )
            if not removed and not added:
                return
            try:
                self.kg.apply_changes(removed, added)
            finally:
                self._changed()
            summaries.rebuild_all(self.kg)
            self.kg.flush()
            self._changed()

    def after_graph_write(self, before: summaries.GraphState, graph: ox.NamedNode | ox.DefaultGraph) -> None:
        """After a Graph Store write: merge the reports the graph held before or holds now
        into events again, refresh the summaries they feed, and let queries see the change."""
        if graph != ox.NamedNode(ns.summary_graph()):
            summaries.after_graph_write(self.kg, before, graph)
        self.kg.flush()
        self._changed()

    def _changed(self) -> None:
        """The store changed: queries read a new snapshot, views compute their answers again."""
        self.pool.invalidate()
        self.views.clear()
        if self._warmer is not None:
            self._warmer.ask()
