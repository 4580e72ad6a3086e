"""``/analytics``: centrality, the signed cooperation–conflict view, blocs, the
chain of relations between two actors, counterparts, an actor's summary and a
pair's events, all over the selection given as query parameters
(:data:`diplograph.api.deps.SelectionDep`)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict
from typing import Annotated

from diplograph.api import views
from diplograph.api.deps import KG, ActorName, SelectionDep, Top, Views
from diplograph.graph import analytics
from diplograph.graph.actors import resolve_actor
from diplograph.graph.network import pair_report
from fastapi import APIRouter, Query
from pydantic import BaseModel

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/analytics", tags=["analytics"])


class PairEvent(BaseModel):
    id: str
    category: str
    quad_class: str
    goldstein: float
    date: dt.date | None
    negated: bool
    hypothetical: bool
    confidence: float | None
    sentence: str | None
    url: str | None
    headline: str | None


class PairOut(BaseModel):
    source: str
    target: str
    source_label: str
    target_label: str
    goldstein: float
    first_date: dt.date | None
    last_date: dt.date | None
    events: list[PairEvent]


class BalanceOut(BaseModel):
    actor: str
    label: str
    cooperation_given: float
    conflict_given: float
    cooperation_received: float
    conflict_received: float
    net_given: float


class SignedOut(BaseModel):
    edges: list[analytics.SignedEdge]
    balances: list[BalanceOut]


@router.get(
    "/centrality",
    response_model=list[analytics.Centrality],
    summary="Degree and weighted centrality of each actor",
)
def centrality(
    selection: SelectionDep,
    kg: KG,
    cache: Views,
    top: Annotated[int | None, Query(ge=1, description="Only the most central.")] = None,
) -> list[analytics.Centrality]:
    everyone = views.centrality(kg, cache, selection)
    return everyone[:top] if top else everyone


@router.get(
    "/signed",
    response_model=SignedOut,
    summary="The cooperation–conflict view: signed, weighted pairs and each actor's balance",
)
def signed(selection: SelectionDep, kg: KG, cache: Views) -> SignedOut:
    view = analytics.signed_view(views.pair_graph(kg, cache, selection))
    balances = [BalanceOut(**asdict(b), net_given=b.net_given) for b in view.balances]
    return SignedOut(edges=view.edges, balances=balances)


@router.get(
    "/blocs", response_model=list[analytics.Bloc], summary="Blocs: communities of the cooperation graph"
)
def blocs(
    selection: SelectionDep,
    kg: KG,
    cache: Views,
    min_size: Annotated[int, Query(ge=1, description="Smallest bloc listed.")] = 2,
) -> list[analytics.Bloc]:
    return analytics.blocs(views.pair_graph(kg, cache, selection), min_size=min_size)


@router.get(
    "/chain", response_model=analytics.Chain, summary="The shortest chain of relations linking two actors"
)
def chain(
    selection: SelectionDep,
    kg: KG,
    cache: Views,
    source: ActorName,
    target: ActorName,
    cooperative_only: Annotated[bool, Query(description="Only through cooperation.")] = False,
) -> analytics.Chain:
    a, b = resolve_actor(kg, source), resolve_actor(kg, target)
    graph = views.pair_graph(kg, cache, selection)
    return analytics.relation_chain(graph, a, b, cooperative_only=cooperative_only)


@router.get(
    "/counterparts",
    response_model=list[analytics.Counterparts],
    summary="Each actor's most cooperative and most hostile counterparts",
)
def counterparts(
    selection: SelectionDep,
    kg: KG,
    cache: Views,
    actor: Annotated[list[str] | None, Query(description="Actor ids (default: all states).")] = None,
    top: Top = 3,
) -> list[analytics.Counterparts]:
    actors = [resolve_actor(kg, a) for a in actor or []]
    return analytics.counterparts(
        views.pair_graph(kg, cache, selection), actors or None, top=top, kind=None if actors else "state"
    )


@router.get("/summary", response_model=analytics.ActorSummary, summary="One actor's relations in brief")
def summary(
    selection: SelectionDep, kg: KG, cache: Views, actor: ActorName, top: Top = 3
) -> analytics.ActorSummary:
    return analytics.actor_summary(views.pair_graph(kg, cache, selection), resolve_actor(kg, actor), top=top)


@router.get(
    "/relation",
    response_model=PairOut,
    summary="The events from one actor to another, with their sentences and articles",
)
def relation(selection: SelectionDep, kg: KG, source: ActorName, target: ActorName) -> PairOut:
    r = pair_report(kg, selection, source, target)
    events = [
        PairEvent.model_validate(
            {**asdict(e), "category": e.category.value, "quad_class": e.quad_class.value}
        )
        for e in r.events
    ]
    return PairOut.model_validate({**asdict(r), "events": events})
