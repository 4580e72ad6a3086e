"""Ingest: extract articles and write them to the knowledge graph, one
transaction per article, reporting what happened to each."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from diplograph.graph.happenings import Key
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph, WriteOutcome, WriteStatus
from diplograph.graph.summaries import rebuild_all, repair, settle, write_with_summaries

from diplograph.errors import DiplographError
from diplograph.model import Article, ArticleResult
from diplograph.settings import Settings

if TYPE_CHECKING:
    from diplograph.extract.pipeline import Extractor

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestSummary:
    location: str
    articles: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    outcomes: list[tuple[ArticleResult, WriteOutcome]] = field(default_factory=list)

    def count(self, result: ArticleResult, outcome: WriteOutcome) -> None:
        self.articles += 1
        self.outcomes.append((result, outcome))
        if outcome.status is WriteStatus.ADDED:
            self.added += 1
        elif outcome.status is WriteStatus.REPLACED:
            self.replaced += 1
        else:
            self.unchanged += 1
        self.events += outcome.events


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
    extractor: Extractor | None = None,
    processes: int = 1,
    on_article: Callable[[WriteOutcome], None] | None = None,
) -> IngestSummary:
    """Extract and store ``articles`` in ``kg``. Articles already stored by this
    extractor version are not extracted again; summaries a crashed run left stale
    are rebuilt first (the marks: :func:`diplograph.graph.summaries.repair`)."""
    from diplograph.extract.pipeline import Extractor

    repair(kg)
    ex = extractor if extractor is not None else Extractor(n_process=processes)
    run = Run(ex.name, ex.version)
    summary = IngestSummary(kg.location)
    fresh: list[Article] = []
    for article in articles:
        if kg.stored_version(article.key) == run.version:
            result = ArticleResult(article)
            outcome = WriteOutcome(article.key, WriteStatus.UNCHANGED, 0, run.version)
            summary.count(result, outcome)
            if on_article:
                on_article(outcome)
        else:
            fresh.append(article)
    touched: set[Key] = set()  # keys whose reports to merge again, and whose pairs' summaries to refresh
    try:
        for result in ex.process(fresh):
            try:
                outcome = write_with_summaries(kg, result, run, touched)
            except DiplographError as exc:
                summary.failures.append(f"{result.article.source or result.article.id}: {exc}")
                continue
            summary.count(result, outcome)
            if on_article:
                on_article(outcome)
    finally:
        settle(kg, touched)  # each touched key and pair once per batch (graph/summaries.py)
    kg.flush()
    logger.info("ingested %d articles (%d events) into %s", summary.articles, summary.events, kg.location)
    return summary


def ingest(
    settings: Settings,
    articles: Iterable[Article],
    *,
    extractor: Extractor | None = None,
    processes: int = 1,
    on_article: Callable[[WriteOutcome], None] | None = None,
) -> IngestSummary:
    """Open the store of ``settings``, check its summaries against its events (a store
    written before the marks may have lost some) and ingest ``articles`` into it (with
    ``extractor``, or a new one using ``processes`` worker processes)."""
    with KnowledgeGraph(
        None if settings.in_memory else settings.data, merge_window_days=settings.merge_window_days
    ) as kg:
        repair(kg, deep=True)
        return ingest_into(kg, articles, extractor=extractor, processes=processes, on_article=on_article)
