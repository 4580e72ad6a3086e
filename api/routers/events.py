"""Events: one event with its sentence, offsets and article."""

from __future__ import annotations

import logging

from diplograph.api.deps import KG
from diplograph.graph import events
from diplograph.graph.events import EventView
from fastapi import APIRouter

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/events", tags=["events"])


@router.get("/{event_id}", summary="One event")
def get_event(kg: KG, event_id: str) -> EventView:
    """The event, the sentence it was read from (with its character offsets in the
    article) and the article."""
    return events.event(kg, event_id)
