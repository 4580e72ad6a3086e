"""The knowledge graph: an rdflib ``Dataset`` over an Oxigraph store.

Oxigraph (through oxrdflib) holds the data, on disk (RocksDB) by default or in
memory for tests. rdflib users get :attr:`KnowledgeGraph.dataset`; the hot
paths (writes, SPARQL) use the native store directly, which is what oxrdflib
wraps, so both always see the same data.

The store behind it is either embedded (a ``pyoxigraph.Store``) or remote (a
:class:`~diplograph.graph.remote.RemoteStore` over a SPARQL 1.1 endpoint, with an
rdflib ``SPARQLUpdateStore`` as ``dataset``); both answer the same calls
(:data:`Native`), so the modules above run unchanged.

Each article lives in its own named graph, written in one transaction: a crash
mid-write leaves either the whole article or none of it.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.ids import article_graph, article_iri
from diplograph.graph.remote import Endpoints, RemoteStore, data_block, has_blank_node
from diplograph.graph.terms import Props, count, local_name, props_of, python_value
from diplograph.ontology import data_path
from diplograph.ontology import namespaces as ns
from diplograph.ontology.gazetteer import Gazetteer, load_gazetteer
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

from diplograph.errors import ArticleError, QueryError, StoreError
from diplograph.model import ArticleResult

if TYPE_CHECKING:
    from diplograph.settings import Settings

logger = logging.getLogger(__name__)

META_GRAPH = ox.NamedNode(str(ns.GRAPH["meta"]))
FINGERPRINT = rdf.dg("fingerprint")
#: In an embedded store that no session holds: the last session closed it cleanly, after a
#: deep repair if one was due (:attr:`KnowledgeGraph.deep_repair_due`). Taken away at open.
CLEAN_CLOSE = ox.Quad(META_GRAPH, rdf.dg("closedCleanly"), rdf.boolean(True), META_GRAPH)
#: quads a transaction of a long article's part holds, at most
PART_QUADS = 20_000
_EXTRACTED_BY = rdf.dg("extractedBy")  # an article's link to its extraction run: "stored"
#: Graphs only diplograph writes: reference data, its fingerprints, the events (merged from
#: the articles' reports) and the per-pair summaries (derived from the events). Graph Store
#: writes and SPARQL Update may not touch them.
PROTECTED_GRAPHS = frozenset(
    {
        ns.ontology_graph(),
        ns.vocabulary_graph(),
        ns.actor_graph(),
        ns.summary_graph(),
        ns.events_graph(),
        META_GRAPH.value,
    }
)
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph
#: The store behind a KnowledgeGraph: embedded (pyoxigraph) or remote (graph/remote.py),
#: called alike
Native = ox.Store | RemoteStore


class ProtectedGraphError(StoreError):
    """A write through the Graph Store or SPARQL Update would change a graph only
    diplograph writes (reference data, summaries)."""


def refuse_protected(graphs: Iterable[GraphName]) -> None:
    """Raise :class:`ProtectedGraphError` if any of ``graphs`` is protected."""
    hit = sorted({g.value for g in graphs if isinstance(g, ox.NamedNode) and g.value in PROTECTED_GRAPHS})
    if hit:
        raise ProtectedGraphError(
            f"{', '.join(hit)} {'is' if len(hit) == 1 else 'are'} written by diplograph only "
            "(reference data, events and summaries); change the articles' graphs instead"
        )


class WriteStatus(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    """What writing one article did."""

    article_key: str
    status: WriteStatus
    events: int
    previous_version: str | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    location: str
    triples: int
    articles: int
    events: int
    actors: int
    events_by_category: dict[str, int] = field(default_factory=dict)
    negated: int = 0  # of ``events``: said not to have happened ("did not condemn")
    hypothetical: int = 0  # of ``events``: planned, possible, conditional
    reports: int = 0  # what the articles say: one happening reported by three articles is 3 reports


def _fingerprint(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part)
    return h.hexdigest()[:32]


def result_quads(result: ArticleResult, run: rdf.Run) -> Iterator[ox.Quad]:
    """One article and its reports as quads of the article's graph (what
    :meth:`KnowledgeGraph.write_article` writes)."""
    graph = article_graph(result.article.key)
    yield from rdf.article_quads(result.article, run, graph)
    for event in result.events:
        yield from rdf.event_quads(event, graph)


class KnowledgeGraph:
    """The store of diplograph: reference data (ontology, vocabulary, actors)
    and one named graph per article."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        read_only: bool = False,
        reference_data: bool = True,
        merge_window_days: int = 1,
        remote: RemoteStore | None = None,
    ) -> None:
        self.path = None if remote is not None else path
        #: reports of one happening are at most this many days apart (graph/happenings.py)
        self.merge_window_days = merge_window_days
        self.read_only = read_only
        self.remote = remote
        self.native: Native = remote if remote is not None else _open_embedded(path, read_only)
        #: whether the store needs the deep check of :func:`~diplograph.graph.summaries.repair`
        #: (events against reports, summaries against events): an embedded store whose last
        #: session did not close it cleanly (a crash, a kill) nor deep-repaired it, or one in
        #: memory (nothing says how it was filled). The marks every write leaves cover a crash;
        #: this check also covers what they cannot (stores written before them, a disk that
        #: lost a write). A remote store is shared by replicas that come and go: never due
        #: (``diplograph repair`` runs the check).
        self.deep_repair_due = remote is None and not self._take_clean_close()
        self.dataset = _dataset(self.native)
        for prefix, namespace in ns.PREFIXES.items():
            self.dataset.bind(prefix, namespace)
        self._gazetteer = gazetteer
        if reference_data and not read_only:
            self.ensure_reference_data()

    @classmethod
    def open(cls, settings: Settings, *, read_only: bool = False) -> KnowledgeGraph:
        """The store ``settings`` name: a remote SPARQL endpoint (``store`` is a URL), an
        in-memory store, or the store folder (``store`` or ``data``)."""
        url = settings.remote_url()
        if url is not None:
            endpoints = Endpoints.from_url(
                url, update=settings.store_update, graph_store=settings.store_graph_store
            )
            remote = RemoteStore(endpoints, timeout=settings.store_timeout)
            return cls(remote=remote, read_only=read_only, merge_window_days=settings.merge_window_days)
        path = None if settings.in_memory else settings.store_folder()
        return cls(path, read_only=read_only, merge_window_days=settings.merge_window_days)

    # -- life cycle ------------------------------------------------------------------------------
    @property
    def location(self) -> str:
        if self.remote is not None:
            return self.remote.url
        return str(self.path) if self.path else "memory"

    @property
    def embedded(self) -> ox.Store:
        """The embedded pyoxigraph store; StoreError for a remote store."""
        if not isinstance(self.native, ox.Store):
            raise StoreError(f"{self.location} is a remote store: this needs an embedded one (--data DIR)")
        return self.native

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.native.flush()

    def _take_clean_close(self) -> bool:
        """Whether the last session closed the store cleanly; a writer takes the mark away
        (it is put back by :meth:`close`), so that a crash of this session leaves none."""
        mark = CLEAN_CLOSE
        found = any(
            True
            for _ in self.native.quads_for_pattern(mark.subject, mark.predicate, mark.object, mark.graph_name)
        )
        if found and not self.read_only:
            self.native.remove(CLEAN_CLOSE)
            self.flush()
        return found

    def close(self, *, clean: bool = True) -> None:
        """Flush and release the store (and its lock on the data folder). An embedded store
        on disk is marked closed cleanly unless ``clean`` is false (the session ends with an
        error) or a deep repair is still due."""
        if getattr(self, "native", None) is None:
            return
        if clean and self.path is not None and not self.read_only and not self.deep_repair_due:
            self.native.add(CLEAN_CLOSE)
        self.flush()
        self.dataset.close()
        if self.remote is not None:
            self.remote.close()
        self.native = None  # type: ignore[assignment]
        gc.collect()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(clean=kind is None)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    # -- reference data -------------------------------------------------------------------------
    def _stored_fingerprint(self, graph: ox.NamedNode) -> str | None:
        for quad in self.native.quads_for_pattern(graph, FINGERPRINT, None, META_GRAPH):
            if isinstance(quad.object, ox.Literal):
                return quad.object.value
        return None

    def _replace_reference(self, graph: ox.NamedNode, fingerprint: str, load: Any) -> bool:
        if self._stored_fingerprint(graph) == fingerprint:
            return False
        logger.info("loading reference graph %s", graph.value)
        if self.native.contains_named_graph(graph):
            self.native.remove_graph(graph)
        self.native.update(f"DELETE WHERE {{ GRAPH <{META_GRAPH.value}> {{ <{graph.value}> ?p ?o }} }}")
        load()
        self.native.add(ox.Quad(graph, FINGERPRINT, ox.Literal(fingerprint), META_GRAPH))
        return True

    def ensure_reference_data(self) -> None:
        """Load the ontology, the relation vocabulary and the actors through
        Oxigraph's bulk loader, when missing or changed since the last load."""
        for name, graph_iri in (
            ("diplomacy.ttl", ns.ontology_graph()),
            ("relations.ttl", ns.vocabulary_graph()),
        ):
            path = data_path(name)
            if not path.exists():
                raise StoreError(f"ontology file missing: {path}")
            graph = ox.NamedNode(graph_iri)
            self._replace_reference(
                graph,
                _fingerprint(path.read_bytes()),
                lambda p=path, g=graph: self.native.bulk_load(
                    path=str(p), format=ox.RdfFormat.TURTLE, to_graph=g
                ),
            )
        actors = ox.NamedNode(ns.actor_graph())
        gaz_files = sorted(data_path("gazetteer").glob("*.toml"))
        self._replace_reference(
            actors,
            _fingerprint(rdf.ACTOR_MAPPING.encode(), *(p.read_bytes() for p in gaz_files)),
            lambda: self.native.bulk_extend(rdf.actor_quads(self.gazetteer, actors)),
        )
        self.flush()

    # -- articles --------------------------------------------------------------------------------
    def stored_version(self, article_key: str) -> str | None:
        """The extractor version that wrote the article, or None if absent."""
        graph = article_graph(article_key)
        article = article_iri(article_key)
        for quad in self.native.quads_for_pattern(article, rdf.dg("extractedBy"), None, graph):
            run = quad.object
            if not isinstance(run, ox.NamedNode):
                return ""
            for v in self.native.quads_for_pattern(run, rdf.dg("extractorVersion"), None, graph):
                if isinstance(v.object, ox.Literal):
                    return v.object.value
            return ""
        return None

    def has_article(self, article_key: str) -> bool:
        return self.native.contains_named_graph(article_graph(article_key))

    def write_article(
        self, result: ArticleResult, run: rdf.Run, *, also: Iterable[ox.Quad] = ()
    ) -> WriteOutcome:
        """Store one article and its events atomically, with the quads ``also`` (in any
        graph: the summaries' "to refresh" marks) in the same transaction.

        The same content written by the same extractor version changes nothing;
        another version replaces the article's events.
        """
        key = result.article.key
        graph = article_graph(key)
        previous = self.stored_version(key)
        if previous == run.version:
            return WriteOutcome(key, WriteStatus.UNCHANGED, 0, previous)

        also = list(also)
        try:
            if self.remote is not None and not also:
                self.remote.put_graph(
                    graph, (ox.Triple(q.subject, q.predicate, q.object) for q in result_quads(result, run))
                )
            elif previous is None:
                # one transaction: an exception while the quads are made aborts it whole
                self.native.extend(itertools.chain(result_quads(result, run), also))
            else:
                body = "\n".join(
                    f"{ox.Triple(q.subject, q.predicate, q.object)} ." for q in result_quads(result, run)
                )
                self.native.update(
                    f"DROP SILENT GRAPH <{graph.value}> ;\n"
                    f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{body}\n}}\n{data_block(also)} }}"
                )
        except OSError as exc:
            raise StoreError(f"cannot write article {result.article.id}: {exc}") from exc
        except ValueError as exc:  # a value RDF cannot hold (a lone surrogate, ...): nothing was written
            where = ascii(result.article.source or result.article.id)
            raise ArticleError(f"cannot be stored: {exc}", where=where) from exc
        status = WriteStatus.ADDED if previous is None else WriteStatus.REPLACED
        events = len({event.id for event in result.events})  # an exact repeat is one event
        logger.debug("%s article %s (%d events)", status, key, events)
        return WriteOutcome(key, status, events, previous)

    def holds_articles(self) -> bool:
        """Whether any article is stored."""
        kind = ox.NamedNode(f"{ns.SCHEMA}NewsArticle")
        return any(True for _ in self.native.quads_for_pattern(None, rdf.RDF_TYPE, kind))

    def load_new_articles(self, results: Iterable[ArticleResult], run: rdf.Run, batch: int = 200_000) -> int:
        """Write articles to a store that holds none yet through Oxigraph's bulk loader, in
        batches of about ``batch`` quads: the quads :meth:`write_article` writes, without its
        transaction (a crash leaves part of them: for building a new store only). Returns
        how many articles were written; the caller merges and summarises them."""
        if self.holds_articles():
            raise StoreError(
                f"the store at {self.location} already holds articles: bulk loading is for a new store"
            )
        quads: list[ox.Quad] = []
        n = 0
        for result in results:
            quads.extend(result_quads(result, run))
            n += 1
            if len(quads) >= batch:
                self.native.bulk_extend(quads)
                quads = []
        if quads:
            self.native.bulk_extend(quads)
        self.flush()
        return n

    # -- graph writes (Graph Store Protocol, SPARQL Update) --------------------------------------
    def put_graph(self, graph: GraphName, triples: Iterable[ox.Triple], *, replace: bool) -> bool:
        """Replace (``replace``) or add to one graph in one transaction; returns whether the
        graph is new. Protected graphs are refused."""
        refuse_protected([graph])
        self._refuse_remote_default(graph)
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        created = not self.has_graph(graph)
        try:
            if not replace:
                self.native.extend(quads)
            else:
                drop = (
                    "DROP SILENT DEFAULT"
                    if isinstance(graph, ox.DefaultGraph)
                    else f"DROP SILENT GRAPH {graph}"
                )
                insert = f" ;\nINSERT DATA {{\n{data_block(quads)}\n}}" if quads else ""
                self.native.update(drop + insert)
        except OSError as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from exc
        return created

    def drop_graph(self, graph: GraphName) -> None:
        """Delete one graph (empty the default graph); protected graphs are refused."""
        refuse_protected([graph])
        self._refuse_remote_default(graph)
        try:
            if isinstance(graph, ox.DefaultGraph):
                self.native.clear_graph(graph)
            else:
                self.native.remove_graph(graph)
        except OSError as exc:
            raise StoreError(f"cannot delete graph {graph}: {exc}") from exc

    def _refuse_remote_default(self, graph: GraphName) -> None:
        if self.remote is not None and isinstance(graph, ox.DefaultGraph):
            raise ProtectedGraphError(
                "the default graph of a remote store is the union of its named graphs and cannot "
                "be written; write a named graph"
            )

    def has_graph(self, graph: GraphName) -> bool:
        return isinstance(graph, ox.DefaultGraph) or self.native.contains_named_graph(graph)

    def apply_changes(self, removed: list[ox.Quad], added: list[ox.Quad]) -> None:
        """Apply what an update computed elsewhere: ground quads in one transaction
        (DELETE DATA + INSERT DATA), then quads with blank nodes (which DELETE DATA
        cannot name) one by one. Protected graphs are refused before anything is written."""
        refuse_protected(q.graph_name for q in (*removed, *added))
        ground_removed = [q for q in removed if not has_blank_node(q)]
        ground_added = [q for q in added if not has_blank_node(q)]
        parts = [f"DELETE DATA {{\n{data_block(ground_removed)}\n}}"] if ground_removed else []
        if ground_added:
            parts.append(f"INSERT DATA {{\n{data_block(ground_added)}\n}}")
        try:
            if parts:
                self.native.update(" ;\n".join(parts))
            for quad in removed:
                if has_blank_node(quad):
                    self.native.remove(quad)
            self.native.extend(q for q in added if has_blank_node(q))
        except OSError as exc:
            raise StoreError(f"cannot apply the update: {exc}") from exc

    # -- queries ---------------------------------------------------------------------------------
    def query(self, sparql: str, **kwargs: Any) -> Any:
        """Run a SPARQL query on Oxigraph; the default graph is the union of all graphs
        unless ``default_graph`` is given."""
        kwargs.setdefault("use_default_graph_as_union", "default_graph" not in kwargs)
        try:
            return self.native.query(sparql, prefixes=ns.PREFIXES, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def select(self, sparql: str, **kwargs: Any) -> list[dict[str, Any]]:
        """Rows of a SELECT query as dicts of Python values (str, int, float, bool)."""
        result = self.query(sparql, **kwargs)
        names = [v.value for v in result.variables]
        return [{n: python_value(row[n]) for n in names} for row in result]

    def properties(self, subject: ox.NamedNode, graph: ox.NamedNode | None = None) -> Props:
        """The objects of every property of ``subject`` (in ``graph``, or in any graph),
        keyed by the property's local name (after ``#`` or the last ``/``)."""
        return props_of(self.native.quads_for_pattern(subject, None, None, graph))

    def stats(self) -> Stats:
        articles = self._count("?a a schema:NewsArticle")
        events = self._count("?e a dg:Event")
        actors = self._count("?e dg:source|dg:target ?x", distinct="?x")
        rows = self.query(
            "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a dg:Event ; dg:eventType ?c } GROUP BY ?c ORDER BY ?c"
        )
        by_category = {local_name(r["c"]) or "": count(r["n"]) for r in rows}
        negated = self._count("?e a dg:Event ; dg:negated true")
        hypothetical = self._count("?e a dg:Event ; dg:hypothetical true")
        reports = self._count("?r a dg:Report")
        return Stats(
            self.location,
            len(self.native),
            articles,
            events,
            actors,
            by_category,
            negated,
            hypothetical,
            reports,
        )

    def _count(self, pattern: str, distinct: str | None = None) -> int:
        what = f"DISTINCT {distinct}" if distinct else "*"
        rows = self.select(f"SELECT (COUNT({what}) AS ?n) WHERE {{ {pattern} }}")
        return int(rows[0]["n"]) if rows else 0

    # -- batched and piecewise writes (``diplograph ingest``) ----------------------------------------
    def write_new_articles(
        self,
        results: Iterable[ArticleResult],
        run: rdf.Run,
        *,
        also: Iterable[ox.Quad] = (),
        bulk: bool = False,
        written: Written | None = None,
    ) -> list[WriteOutcome | ArticleError]:
        """Store articles that have no graph in the store yet, all at once; returns, for
        each, its outcome or the error that kept it out (an article RDF cannot hold is
        refused alone: its quads are all made before anything is written).

        Without ``bulk``, one transaction holds them all and ``also``. With ``bulk``,
        ``also`` (the stale marks of the keys and pairs) is written first, in one
        transaction, then the events and the articles' nodes through Oxigraph's bulk writer
        (not atomic), last, in one transaction, what says that an article is stored (its
        ``dg:extractedBy``, :meth:`stored_version`): an article counts as stored only once
        all its quads are in, so a crash leaves articles that the next ingest extracts
        again (replacing their graphs whole) and marks that
        :func:`~diplograph.graph.summaries.repair` clears.

        ``written`` is given the quads of each article once all are written: the article's
        own (its node and its run's) and its reports' (a run's merge keeps what it needs of
        them instead of reading them back, :mod:`~diplograph.graph.run_merge`)."""
        made: list[tuple[list[ox.Quad], list[ox.Quad]]] = []
        quads: list[ox.Quad] = []
        stored: list[ox.Quad] = []  # the articles' dg:extractedBy
        outcomes: list[WriteOutcome | ArticleError] = []
        for result in results:
            graph = article_graph(result.article.key)
            try:
                head = list(rdf.article_quads(result.article, run, graph))
                body = [q for event in result.events for q in rdf.event_quads(event, graph)]
            except ValueError as exc:  # a value RDF cannot hold (a lone surrogate, ...)
                where = ascii(result.article.source or result.article.id)
                outcomes.append(ArticleError(f"cannot be stored: {exc}", where=where))
                continue
            for q in head:
                (stored if q.predicate == _EXTRACTED_BY else quads).append(q)
            quads += body
            if written is not None:
                made.append((head, body))
            events = len({event.id for event in result.events})
            outcomes.append(WriteOutcome(result.article.key, WriteStatus.ADDED, events))
        try:
            if bulk:
                self.native.extend(also)
                self.native.bulk_extend(quads)
                self.native.extend(stored)
            else:
                self.native.extend(itertools.chain(also, quads, stored))
        except OSError as exc:
            raise StoreError(f"cannot write a batch of {len(outcomes)} articles: {exc}") from exc
        if written is not None:
            for head, body in made:
                written(head, body)
        for outcome in outcomes:
            if isinstance(outcome, WriteOutcome):
                logger.debug("%s article %s (%d events)", outcome.status, outcome.article_key, outcome.events)
        return outcomes

    def write_article_part(
        self, result: ArticleResult, run: rdf.Run, *, first: bool, last: bool, also: Iterable[ox.Quad] = ()
    ) -> None:
        """Store one part of an article too long to write at once (``result.events`` are the
        part's) with ``also`` (the stale marks of what it touches), in transactions of
        :data:`PART_QUADS` quads: a part of 1M characters makes ~200k quads, which one
        transaction would hold in memory whole. The first part empties the article's graph
        (a previous version, or the parts of an interrupted write; ``also`` is written
        before, so it must mark that graph's keys and pairs); the article's own node comes
        with the last transaction of the last part, so the article counts as stored only
        once every part is in. A failure may leave some of the part: the caller removes
        the article's graph (as :mod:`~diplograph.graph.ingest` does)."""
        graph = article_graph(result.article.key)
        chunk = list(also)
        try:
            if first and self.native.contains_named_graph(graph):
                self.native.extend(chunk)
                self.native.remove_graph(graph)
            for event in result.events:
                chunk += rdf.event_quads(event, graph)
                if len(chunk) >= PART_QUADS:
                    self.native.extend(chunk)
                    chunk = []
            if last:
                chunk += rdf.article_quads(result.article, run, graph)
            self.native.extend(chunk)
        except OSError as exc:
            raise StoreError(f"cannot write article {result.article.id}: {exc}") from exc
        except ValueError as exc:
            where = ascii(result.article.source or result.article.id)
            raise ArticleError(f"cannot be stored: {exc}", where=where) from exc
        logger.debug("wrote part of article %s (%d events)", result.article.key, len(result.events))


#: what :meth:`KnowledgeGraph.write_new_articles` tells of each article written: its own
#: quads and its reports' quads
Written = Callable[[list[ox.Quad], list[ox.Quad]], None]


def swap_quads(native: Native, old: Iterable[ox.Quad], new: Iterable[ox.Quad]) -> None:
    """Remove ``old`` and add ``new`` (ground quads) in one update: one transaction."""
    old, new = list(old), list(new)
    parts = [f"DELETE DATA {{ {data_block(old)} }}"] if old else []
    if new:
        parts.append(f"INSERT DATA {{ {data_block(new)} }}")
    if parts:
        native.update(" ;\n".join(parts))


def _open_embedded(path: Path | None, read_only: bool) -> ox.Store:
    try:
        if path is None:
            return ox.Store()
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"the store at {path} is in use by another process (a running `diplograph serve` "
                "or `ingest`?): stop it, or choose another --data folder"
            ) from None
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


class _RemoteRdflibStore(SPARQLUpdateStore):
    """rdflib's SPARQL store, naming a graph without failing when the graph exists
    (``Dataset.graph(iri)`` creates it: ``CREATE SILENT GRAPH``)."""

    def add_graph(self, graph: Graph) -> None:
        if graph.identifier != DATASET_DEFAULT_GRAPH_ID:
            self.update(f"CREATE SILENT GRAPH {self.node_to_sparql(graph.identifier)}")


def _dataset(native: Native) -> Dataset:
    """An rdflib ``Dataset`` over the same store: through oxrdflib for the embedded store,
    through rdflib's SPARQL store for a remote one."""
    if isinstance(native, RemoteStore):
        endpoints = native.endpoints
        store = _RemoteRdflibStore(
            query_endpoint=endpoints.query,
            update_endpoint=endpoints.update,
            method="POST_FORM",
            returnFormat="json",
        )
        return Dataset(store=store, default_union=True)
    assert isinstance(native, ox.Store)
    return Dataset(store=OxigraphStore(store=native), default_union=True)
