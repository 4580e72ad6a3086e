"""Dyads: both directions of a pair of actors, from the precomputed summaries."""

from __future__ import annotations

import logging

from diplograph.api.deps import KG
from diplograph.graph import dyads
from diplograph.graph.dyads import DyadReport
from diplograph.graph.ids import split_pair
from fastapi import APIRouter

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/dyads", tags=["dyads"])


@router.get("/{pair:path}", summary="A pair of actors: counts, mean Goldstein, monthly timeline")
def get_dyad(kg: KG, pair: str) -> DyadReport:
    """Counts per PLOVER category and quad class in each direction, the mean Goldstein
    score and a monthly timeline, e.g. ``/dyads/RUS/UKR`` or ``/dyads/org/NATO/RUS``."""
    return dyads.dyad(kg, *split_pair(pair))
