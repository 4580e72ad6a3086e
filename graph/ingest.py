"""Ingest: extract articles and write them to the knowledge graph, reporting what
happened to each.

Articles stream through in batches of ``batch_size``: read as the extractor needs
them, extracted (in worker processes when there are several), written, and let go;
memory does not grow with the number of articles. Each batch of new articles is
one transaction (or, with ``bulk``, goes through Oxigraph's bulk writer: see
:meth:`~diplograph.graph.store.KnowledgeGraph.write_new_articles`); an article
already stored under another extractor version is replaced in a transaction of its
own; an article too long to extract at once is written part by part
(:meth:`~diplograph.graph.store.KnowledgeGraph.write_article_part`), each part as
soon as it is extracted. The store is flushed after every batch.

Every write marks, in its own transaction, the happenings' keys of the reports it adds
or removes and their pairs (:func:`~diplograph.graph.summaries.touched_marks`); the
run merges those keys' reports into events and refreshes their pairs' summaries once,
at its end (:class:`~diplograph.graph.run_merge.RunMerge`: keys and pairs new to the
store from what the run kept of the reports it wrote, the others from the store), and
the marks let :func:`~diplograph.graph.summaries.repair` finish that job after a
crash: the store then answers as if the articles had been ingested one at a time.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox
from diplograph.graph import happenings
from diplograph.graph.happenings import Key
from diplograph.graph.ids import article_graph
from diplograph.graph.rdf import Run
from diplograph.graph.run_merge import RunMerge
from diplograph.graph.store import KnowledgeGraph, WriteOutcome, WriteStatus
from diplograph.graph.summaries import rebuild_all, repair, touched_marks, write_with_summaries

from diplograph.errors import ArticleError, DiplographError
from diplograph.model import Article, ArticleResult
from diplograph.settings import Settings

if TYPE_CHECKING:
    from diplograph.extract.pipeline import ArticlePart, PartsExtractor

logger = logging.getLogger(__name__)

#: articles written together (one transaction, or one bulk write: each call of Oxigraph's
#: bulk writer costs about as much as 100 short articles' quads, so batches are large)
DEFAULT_BATCH = 1024
#: characters of text written together, at most (and at least one part): a batch of long
#: articles is cut short, so a batch's memory does not depend on the articles' lengths
BATCH_CHARS = 1_000_000

OnArticle = Callable[[WriteOutcome], None]


@dataclass(slots=True)
class IngestSummary:
    """Counts of an ingest run. ``outcomes`` (each article's result and what writing it
    did) is kept only when asked for (``keep_outcomes``): a long run keeps counts only."""

    location: str
    articles: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    outcomes: list[tuple[ArticleResult, WriteOutcome]] = field(default_factory=list)
    keep_outcomes: bool = False

    def count(self, result: ArticleResult, outcome: WriteOutcome) -> None:
        self.articles += 1
        if self.keep_outcomes:
            self.outcomes.append((result, outcome))
        if outcome.status is WriteStatus.ADDED:
            self.added += 1
        elif outcome.status is WriteStatus.REPLACED:
            self.replaced += 1
        else:
            self.unchanged += 1
        self.events += outcome.events

    def fail(self, result: ArticleResult, error: DiplographError) -> None:
        self.failures.append(f"{result.article.source or result.article.id}: {error}")


@dataclass(slots=True)
class _Writer:
    """Writes extracted parts in batches and keeps the counts. Every write marks the keys
    of the reports it adds or removes (and their pairs) stale in its own transaction
    (:func:`~diplograph.graph.summaries.touched_marks`); the run merges them into events
    and refreshes their summaries once, at its end (:meth:`settle`)."""

    kg: KnowledgeGraph
    run: Run
    summary: IngestSummary
    on_article: OnArticle | None
    bulk: bool
    merge: RunMerge
    touched: set[Key] = field(default_factory=set)  # keys to merge again from the store
    previous: str | None = None  # stored version of the long article being written in parts
    broken: str | None = None  # key of a long article whose earlier part failed

    def done(self, result: ArticleResult, outcome: WriteOutcome) -> None:
        self.summary.count(result, outcome)
        if self.on_article:
            self.on_article(outcome)

    def marks(self, keys: set[Key]) -> list[ox.Quad]:
        """The stale marks of ``keys`` (to write with the reports), which the run settles."""
        self.touched |= keys
        return list(touched_marks(self.kg, keys))

    def write(self, parts: list[ArticlePart]) -> None:
        remote = self.kg.remote is not None  # a remote store takes one article a request
        new: dict[str, ArticleResult] = {}  # by key: a repeat in the batch is written once
        for p in parts:
            key = p.result.article.key
            if p.whole and not remote and key not in new and not self.kg.has_article(key):
                new[key] = p.result
        self.write_new(list(new.values()))
        written = {id(r) for r in new.values()}
        for part in parts:
            if id(part.result) in written:
                continue
            if part.whole and (remote or self.kg.stored_version(part.result.article.key) is not None):
                self.write_one(part.result)
            else:  # a part of a long article, or the leftovers of an interrupted write
                self.write_part(part)

    def write_new(self, results: list[ArticleResult]) -> None:
        if not results:
            return
        keys = set().union(*(happenings.keys_of_result(r) for r in results))
        self.touched |= self.merge.stored(keys)  # the others are merged from what the run keeps
        also = list(touched_marks(self.kg, keys))
        outcomes = self.kg.write_new_articles(
            results, self.run, also=also, bulk=self.bulk, written=self.merge.keep
        )
        for result, outcome in zip(results, outcomes, strict=True):
            if isinstance(outcome, ArticleError):
                self.summary.fail(result, outcome)
            else:
                self.done(result, outcome)

    def write_one(self, result: ArticleResult) -> None:
        try:
            outcome = write_with_summaries(self.kg, result, self.run, self.touched)
        except DiplographError as exc:
            self.summary.fail(result, exc)
            return
        self.done(result, outcome)

    def write_part(self, part: ArticlePart) -> None:
        result = part.result
        key = result.article.key
        first = part.index == 0
        if first:
            self.broken = None
            self.previous = self.kg.stored_version(key)
        elif self.broken == key:
            return
        keys = happenings.keys_of_result(result)
        if first:  # the reports it replaces
            keys |= happenings.keys_of_article(self.kg, key)
        try:
            self.kg.write_article_part(result, self.run, first=first, last=part.last, also=self.marks(keys))
        except DiplographError as exc:
            self.summary.fail(result, exc)
            self.broken = key
            self.kg.native.extend(self.marks(happenings.keys_of_article(self.kg, key)))
            self.kg.drop_graph(article_graph(key))  # no article half stored
            return
        self.summary.events += len({event.id for event in result.events})
        if part.last:
            status = WriteStatus.ADDED if self.previous is None else WriteStatus.REPLACED
            self.done(result, WriteOutcome(key, status, 0, self.previous))

    def settle(self, failed: bool) -> None:
        """Merge the keys the run touched into events and refresh their pairs' summaries;
        after a failed run, every key from the store (a write may have stopped half-way)."""
        try:
            self.merge.settle(self.touched | self.merge.new_keys if failed else self.touched)
        finally:
            self.merge.close()


def _batches(parts: Iterator[ArticlePart], size: int) -> Iterator[list[ArticlePart]]:
    """``parts`` in lists of ``size``, or fewer when their texts reach :data:`BATCH_CHARS`;
    a part of a long article ends its list (it is written as soon as it is made, so the
    events of a long article are never all held at once)."""
    batch: list[ArticlePart] = []
    chars = 0
    for part in parts:
        batch.append(part)
        chars += len(part.result.article.text)
        if len(batch) >= size or chars >= BATCH_CHARS or not part.whole:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _not_stored(
    kg: KnowledgeGraph, articles: Iterable[Article], run: Run, writer: _Writer
) -> Iterator[Article]:
    """``articles`` that this extractor version has not stored yet (the others are counted
    as unchanged on the way)."""
    for article in articles:
        if kg.stored_version(article.key) == run.version:
            writer.done(
                ArticleResult(article), WriteOutcome(article.key, WriteStatus.UNCHANGED, 0, run.version)
            )
        else:
            yield article


def _extracted(parts: Iterable[ArticlePart], summary: IngestSummary) -> Iterator[ArticlePart]:
    """``parts`` less those whose article could not be extracted (a batch that failed on a
    cluster worker), which are counted as failures on the way."""
    for part in parts:
        if part.error is None:
            yield part
        else:
            summary.fail(part.result, part.error)


@dataclass(frozen=True, slots=True)
class BulkIngest:
    """What :func:`bulk_ingest` wrote, and how long each step took."""

    articles: int
    reports: int
    pairs: int
    load_seconds: float
    merge_seconds: float


def bulk_ingest(kg: KnowledgeGraph, results: Iterable[ArticleResult], run: Run) -> BulkIngest:
    """Build a new store from extraction results: the articles' graphs through Oxigraph's
    bulk loader (not atomic: :meth:`KnowledgeGraph.load_new_articles` refuses a store that
    holds articles), then every report merged into events and every pair summarised
    (:func:`diplograph.graph.summaries.rebuild_all`): the store :func:`ingest_into` would
    make of the same results, built in one pass instead of one transaction per article."""
    reports = 0

    def counted() -> Iterator[ArticleResult]:
        nonlocal reports
        for result in results:
            reports += len(result.events)
            yield result

    started = time.perf_counter()
    articles = kg.load_new_articles(counted(), run)
    loaded = time.perf_counter()
    pairs = rebuild_all(kg)
    kg.flush()
    logger.info("bulk-loaded %d articles (%d reports) into %s", articles, reports, kg.location)
    return BulkIngest(articles, reports, pairs, loaded - started, time.perf_counter() - loaded)


def ingest_into(
    kg: KnowledgeGraph,
    articles: Iterable[Article],
    *,
    extractor: PartsExtractor | None = None,
    processes: int = 1,
    batch_size: int = DEFAULT_BATCH,
    bulk: bool = False,
    keep_outcomes: bool = False,
    on_article: OnArticle | None = None,
) -> IngestSummary:
    """Extract and store ``articles`` in ``kg``, ``batch_size`` at a time. Articles already
    stored by this extractor version are not extracted again; summaries a crashed run
    left stale are rebuilt first (the marks: :func:`diplograph.graph.summaries.repair`).
    ``bulk`` writes new articles through Oxigraph's bulk writer (for a store no one else
    reads meanwhile); ``keep_outcomes`` keeps every article's result in the summary."""
    from diplograph.extract.pipeline import Extractor

    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    repair(kg)
    ex: PartsExtractor = extractor if extractor is not None else Extractor(n_process=processes)
    run = Run(ex.name, ex.version)
    summary = IngestSummary(kg.location, keep_outcomes=keep_outcomes)
    writer = _Writer(kg, run, summary, on_article, bulk, RunMerge(kg, bulk))
    parts = _extracted(ex.process_parts(_not_stored(kg, articles, run, writer)), summary)
    failed = True
    try:
        for batch in _batches(parts, batch_size):
            writer.write(batch)
            # the store's write buffers (a memtable per index, up to 64 MB each) to disk after
            # each batch: memory stays flat in the number and the length of the articles
            kg.flush()
        failed = False
    finally:
        writer.settle(failed)  # each touched key and pair once per run (graph/run_merge.py)
        if extractor is None:
            ex.close()
    kg.flush()
    logger.info("ingested %d articles (%d events) into %s", summary.articles, summary.events, kg.location)
    return summary


def ingest(
    settings: Settings,
    articles: Iterable[Article],
    *,
    extractor: PartsExtractor | None = None,
    processes: int = 1,
    batch_size: int = DEFAULT_BATCH,
    bulk: bool = True,
    on_article: OnArticle | None = None,
) -> IngestSummary:
    """Open the store of ``settings``, check its summaries against its events (a store
    written before the marks may have lost some) and ingest ``articles`` into it (with
    ``extractor``, or a new one using ``processes`` worker processes). The store is
    this process's alone meanwhile, so new articles go through the bulk writer unless
    ``bulk`` is False or the store is remote (one atomic request per article)."""
    with KnowledgeGraph.open(settings) as kg:
        repair(kg, deep=True)
        return ingest_into(
            kg,
            articles,
            extractor=extractor,
            processes=processes,
            batch_size=batch_size,
            bulk=bulk and not settings.in_memory and kg.remote is None,
            on_article=on_article,
        )
