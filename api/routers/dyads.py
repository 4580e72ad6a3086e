"""Dyads: both directions of a pair of actors, from the precomputed summaries."""

from __future__ import annotations

import logging
from typing import Annotated

from diplograph.api.deps import KG
from diplograph.graph import dyads
from diplograph.graph.dyads import DyadReport
from diplograph.graph.ids import split_pair
from diplograph.graph.selection import Counting
from fastapi import APIRouter, Query

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/dyads", tags=["dyads"])


@router.get("/{pair:path}", summary="A pair of actors: counts, mean Goldstein, monthly timeline")
def get_dyad(
    kg: KG,
    pair: str,
    count: Annotated[
        Counting,
        Query(description="events: happenings (default); reports: press coverage (one per article)."),
    ] = Counting.EVENTS,
) -> DyadReport:
    """Counts per PLOVER category and quad class in each direction (events, with their
    reports beside them), the mean Goldstein score and a monthly timeline, e.g.
    ``/dyads/RUS/UKR`` or ``/dyads/org/NATO/RUS``; ``?count=reports`` counts the
    categories in reports."""
    return dyads.dyad(kg, *split_pair(pair), count)
