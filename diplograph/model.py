"""Domain objects shared by extraction, the graph and the service.

Plain, typed dataclasses and enums: no dicts with magic keys. Everything here
is immutable so it can be cached, hashed and passed between processes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    """What an actor is. Values follow the scorer's kinds (``img`` = armed
    non-state group)."""

    STATE = "state"
    IGO = "igo"
    NGO = "ngo"
    ARMED_GROUP = "img"
    GROUP = "group"
    PERSON = "person"


class Sector(StrEnum):
    """The part of a state or society an actor stands for (CAMEO agent types)."""

    GOVERNMENT = "government"
    MILITARY = "military"
    POLICE = "police"
    REBELS = "rebels"
    OPPOSITION = "opposition"
    CIVILIANS = "civilians"
    BUSINESS = "business"
    JUDICIARY = "judiciary"
    LEGISLATURE = "legislature"
    MEDIA = "media"
    INTELLIGENCE = "intelligence"
    RELIGIOUS = "religious"


class QuadClass(StrEnum):
    VERBAL_COOPERATION = "verbal-cooperation"
    MATERIAL_COOPERATION = "material-cooperation"
    VERBAL_CONFLICT = "verbal-conflict"
    MATERIAL_CONFLICT = "material-conflict"

    @property
    def number(self) -> int:
        """The quad class number used by GDELT and ICEWS (1-4)."""
        return list(QuadClass).index(self) + 1


class Plover(StrEnum):
    """The 16 PLOVER 2.0 event categories."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"

    @property
    def quad(self) -> QuadClass:
        return _QUAD_OF_PLOVER[self]


_QUAD_OF_PLOVER: dict[Plover, QuadClass] = {
    **dict.fromkeys(
        [Plover.AGREE, Plover.CONSULT, Plover.SUPPORT, Plover.CONCEDE], QuadClass.VERBAL_COOPERATION
    ),
    **dict.fromkeys([Plover.COOPERATE, Plover.AID, Plover.RETREAT], QuadClass.MATERIAL_COOPERATION),
    **dict.fromkeys(
        [Plover.REQUEST, Plover.ACCUSE, Plover.REJECT, Plover.THREATEN], QuadClass.VERBAL_CONFLICT
    ),
    **dict.fromkeys(
        [Plover.PROTEST, Plover.SANCTION, Plover.MOBILIZE, Plover.COERCE, Plover.ASSAULT],
        QuadClass.MATERIAL_CONFLICT,
    ),
}


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hexadecimal id derived from ``parts``."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Actor:
    """A gazetteer actor: a state, organisation, group or person.

    ``id`` is the gazetteer key (``RUS``, ``NATO``, ``person/andrey-rudenko``);
    ``country`` the ISO 3166-1 alpha-3 code of the state it belongs to, if any.
    """

    id: str
    label: str
    kind: ActorKind
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as one event names it: the actor acting, the sector it acts
    through, the official who spoke or acted for it, and where the text says so."""

    actor: Actor
    text: str
    start: int
    end: int
    sector: Sector | None = None
    person: Actor | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a JSONL line or an HTTP request."""

    id: str
    text: str
    date: dt.date | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    source: str | None = None  # where it was read from (file path and line)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """Stable key of the article: derived from its content."""
        return self.content_hash[:24]


@dataclass(frozen=True, slots=True)
class Relation:
    """A coded relation type: PLOVER category and mode, CAMEO code, Goldstein."""

    plover: Plover
    cameo: str
    goldstein: float
    mode: str | None = None

    @property
    def quad(self) -> QuadClass:
        return self.plover.quad


@dataclass(frozen=True, slots=True)
class Event:
    """One extracted interaction: source – relation – target, and where the
    article says so."""

    article_key: str
    source: ActorMention
    target: ActorMention | None
    relation: Relation
    date: dt.date | None
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float
    extractor: str
    extractor_version: str
    negated: bool = False
    hypothetical: bool = False
    #: how the extractor found the source and the target (its strategies' names) and
    #: which rule set the category; "" when not recorded (events read back from a store)
    source_via: str = ""
    target_via: str | None = None
    category_rule: str = ""

    @property
    def id(self) -> str:
        target = self.target.actor.id if self.target else ""
        return stable_id(
            self.article_key,
            self.trigger_start,
            self.source.actor.id,
            target,
            self.relation.cameo,
            self.relation.plover,
        )

    @property
    def mention_id(self) -> str:
        return stable_id(self.article_key, self.sentence_start, self.sentence_end)


@dataclass(slots=True)
class ArticleResult:
    """What extraction made of one article: its events and any warnings."""

    article: Article
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
