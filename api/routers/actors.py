"""Actors: search by name or alias, one actor, and an actor's relations."""

from __future__ import annotations

import datetime as dt
import logging
from functools import cache
from typing import Annotated

from diplograph.api.deps import KG, PageSize, SearchLimit, ServiceDep
from diplograph.graph import actors, relations
from diplograph.graph.actors import ActorDetails, ActorMatch
from diplograph.graph.ids import check_actor_id
from diplograph.graph.relations import Direction, PageRequest, RelationPage
from diplograph.graph.selection import Selection
from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import TypeAdapter

from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("", summary="Search actors by name or alias")
def search_actors(
    kg: KG,
    q: Annotated[str, Query(min_length=1, max_length=100, description="Part of a name or alias.")],
    limit: SearchLimit = 20,
) -> list[ActorMatch]:
    """Actors whose name or an alias contains ``q`` (case-insensitive): exact
    matches first, then prefixes."""
    return actors.search_actors(kg, q, limit)


@cache
def _page_adapter() -> TypeAdapter[RelationPage]:
    return TypeAdapter(RelationPage)


@router.get(
    "/{actor_id:path}/relations",
    summary="An actor's relations",
    response_model=RelationPage,
    responses={404: {"description": "No such actor (or counterpart)."}},
)
def actor_relations(
    kg: KG,
    service: ServiceDep,
    actor_id: str,
    counterpart: Annotated[str | None, Query(description="Only relations with this actor id.")] = None,
    direction: Annotated[
        Direction, Query(description="out: the actor acts; in: it is acted upon.")
    ] = Direction.BOTH,
    category: Annotated[list[Plover] | None, Query(description="PLOVER categories (repeatable).")] = None,
    quad: Annotated[QuadClass | None, Query(description="Quad class.")] = None,
    since: Annotated[dt.date | None, Query(description="First date (inclusive).")] = None,
    until: Annotated[dt.date | None, Query(description="Last date (inclusive).")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    limit: PageSize = None,
    cursor: Annotated[
        str | None, Query(max_length=200, description="next_cursor of the previous page.")
    ] = None,
) -> Response:
    """The actor's events with a counterpart, newest first (then by event id), one
    page at a time: pass ``next_cursor`` back as ``cursor`` for the next page."""
    selection = Selection(
        categories=tuple(category or ()),
        quad_classes=(quad,) if quad else (),
        since=since,
        until=until,
        min_confidence=min_confidence,
        include_negated=include_negated,
        include_hypothetical=include_hypothetical,
    )
    page = PageRequest(
        actor=check_actor_id(actor_id),
        counterpart=check_actor_id(counterpart, where="counterpart") if counterpart else None,
        direction=direction,
        limit=limit or service.settings.page_size,
        cursor=relations.decode_cursor(cursor) if cursor else None,
    )
    result = relations.relations(kg, page, selection)  # serialised here: the hot path skips re-validation
    return Response(_page_adapter().dump_json(result), media_type="application/json")


@router.get("/{actor_id:path}", summary="One actor")
def get_actor(kg: KG, actor_id: str) -> ActorDetails:
    """The actor's names, kind and country, and how many events it has (from the summaries)."""
    return actors.actor_details(kg, actor_id)
