"""Typed results of the service's read queries (``diplograph.graph.queries``).

Plain frozen dataclasses: the HTTP layer serialises them as they are, and the
same objects serve notebooks and exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from diplograph.model import Plover, QuadClass


class Direction(StrEnum):
    """Which way a relation goes, seen from the actor asked about."""

    OUT = "out"  # the actor is the source
    IN = "in"  # the actor is the target
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class ActorRef:
    id: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One hit of an actor search: the actor, the name that matched and how
    (exact, prefix, word or inside: :class:`diplograph.graph.actor_search.Rank`)."""

    id: str
    label: str
    kind: str | None
    matched: str
    match: str


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    iri: str
    label: str | None
    kind: str | None
    aliases: list[str]
    country: str | None
    events_as_source: int
    events_as_target: int
    counterparts: int


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page of relations ends: the (date, event id) of its last row."""

    date: dt.date
    event_id: str


@dataclass(frozen=True, slots=True)
class RelationFilter:
    """What ``GET /actors/{id}/relations`` asks for; every value is validated."""

    actor: str
    counterpart: str | None = None
    direction: Direction = Direction.BOTH
    categories: tuple[Plover, ...] = ()
    quad: QuadClass | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None
    include_negated: bool = False
    include_hypothetical: bool = False
    limit: int = 50
    cursor: Cursor | None = None


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    key: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class RelationView:
    """One event between the actor and a counterpart."""

    event_id: str
    date: dt.date | None
    direction: Direction
    source: ActorRef
    target: ActorRef | None
    category: str
    mode: str | None
    cameo: str | None
    quad_class: str | None
    goldstein: float | None
    confidence: float | None
    negated: bool
    hypothetical: bool
    trigger: str | None
    article: str | None


@dataclass(frozen=True, slots=True)
class RelationPage:
    actor: str
    relations: list[RelationView]
    next_cursor: str | None
    plan: str  # "actor" or "dates": how the page was found (for tuning)


@dataclass(frozen=True, slots=True)
class Counts:
    """Asserted events (neither negated nor hypothetical) and their mean Goldstein."""

    events: int = 0
    total: int = 0
    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    mean_goldstein: float | None = None


@dataclass(frozen=True, slots=True)
class DyadDirection:
    source: str
    target: str
    counts: Counts
    negated: int
    hypothetical: int
    first_date: dt.date | None
    last_date: dt.date | None
    by_category: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DyadMonth:
    month: str  # YYYY-MM
    source: str
    target: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class DyadReport:
    a: ActorRef
    b: ActorRef
    directions: list[DyadDirection]
    timeline: list[DyadMonth]


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    date: dt.date | None
    source: ActorRef
    target: ActorRef | None
    source_text: str | None
    target_text: str | None
    category: str | None
    mode: str | None
    cameo: str | None
    quad_class: str | None
    goldstein: float | None
    confidence: float | None
    negated: bool
    hypothetical: bool
    trigger: str | None
    sentence: str | None
    sentence_start: int | None
    sentence_end: int | None
    article: ArticleInfo | None
    extracted_by: str | None
