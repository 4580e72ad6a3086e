"""Health and statistics."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from diplograph.api.deps import ServiceDep
from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from diplograph import __version__

logger = logging.getLogger(__name__)

router = APIRouter(tags=["service"])


@dataclass(frozen=True, slots=True)
class Health:
    status: str
    version: str
    store: str
    query_workers: int
    query_workers_alive: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    """What the graph holds: ``events`` are happenings (several articles' reports of one
    happening are one event), ``reports`` what the articles say."""

    store: str
    triples: int
    articles: int
    events: int
    actors: int
    events_by_category: dict[str, int]
    reports: int = 0
    hypothetical: int = 0
    negated: int = 0


@router.get("/health", summary="Is the service up")
def health(service: ServiceDep) -> Health:
    alive = service.pool.alive
    return Health("ok" if alive else "degraded", __version__, service.kg.location, service.pool.size, alive)


@router.get("/stats", summary="What the graph holds")
async def stats(service: ServiceDep) -> StoreStats:
    # counts over every event: kept until the next write
    s = await run_in_threadpool(service.views.get, "stats", service.kg.stats)
    return StoreStats(
        s.location,
        s.triples,
        s.articles,
        s.events,
        s.actors,
        s.events_by_category,
        s.reports,
        s.hypothetical,
        s.negated,
    )
