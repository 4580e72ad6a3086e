"""Dyads: both directions of a pair of actors, from the precomputed summaries."""

from __future__ import annotations

import logging

from diplograph.api.deps import KG
from diplograph.graph import lookups
from diplograph.graph.views import DyadReport
from fastapi import APIRouter

from diplograph.errors import InputError

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/dyads", tags=["dyads"])
_PREFIXED = {"org", "group", "person"}


def split_pair(path: str) -> tuple[str, str]:
    """``RUS/UKR``, ``org/NATO/RUS``, ``person/x/org/UN`` as two actor ids."""
    parts = [p for p in path.split("/") if p]
    ids = []
    while parts:
        take = 2 if parts[0] in _PREFIXED and len(parts) > 1 else 1
        ids.append("/".join(parts[:take]))
        parts = parts[take:]
    if len(ids) != 2:
        raise InputError(f"expected two actor ids, as /dyads/RUS/UKR, not {path!r}", where="path")
    return ids[0], ids[1]


@router.get("/{pair:path}", summary="A pair of actors: counts, mean Goldstein, monthly timeline")
def get_dyad(kg: KG, pair: str) -> DyadReport:
    """Counts per PLOVER category and quad class in each direction, the mean Goldstein
    score and a monthly timeline, e.g. ``/dyads/RUS/UKR`` or ``/dyads/org/NATO/RUS``."""
    a, b = split_pair(pair)
    return lookups.dyad(kg, a, b)
