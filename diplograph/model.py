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


class DateBasis(StrEnum):
    """Where an event's date comes from."""

    STATED = "stated"  # a calendar date in the text: "on 3 March"
    RELATIVE = "relative"  # an expression read against the article's date: "on Tuesday"
    REPORTED = "reported"  # nothing in the text: the article's date (a fallback)


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class EventDate:
    """The day an event happened (the first day of its week, month or year when the
    text is no more precise), how that was found, and the words that said so."""

    day: dt.date
    precision: Precision = Precision.DAY
    basis: DateBasis = DateBasis.REPORTED
    expression: str | None = None

    def to_row(self) -> tuple[str, str, str, str | None]:
        return (self.day.isoformat(), self.precision.value, self.basis.value, self.expression)

    @classmethod
    def from_row(cls, row: tuple[str, str, str, str | None] | list[object]) -> EventDate:
        day, precision, basis, expression = row
        return cls(
            dt.date.fromisoformat(str(day)),
            Precision(str(precision)),
            DateBasis(str(basis)),
            None if expression is None else str(expression),
        )


class PlaceBasis(StrEnum):
    STATED = "stated"  # named in the event's sentence
    DATELINE = "dateline"  # the article's dateline


@dataclass(frozen=True, slots=True)
class EventPlace:
    """Where an event happened: a place's name, its state, and WGS84 coordinates when known."""

    name: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    basis: PlaceBasis = PlaceBasis.STATED

    def to_row(self) -> tuple[str, str, float | None, float | None, str]:
        return (self.name, self.country, self.latitude, self.longitude, self.basis.value)

    @classmethod
    def from_row(cls, row: tuple[str, str, float | None, float | None, str] | list[object]) -> EventPlace:
        name, country, lat, lon, basis = row
        return cls(
            str(name),
            str(country),
            None if lat is None else float(str(lat)),
            None if lon is None else float(str(lon)),
            PlaceBasis(str(basis)),
        )


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hexadecimal id derived from ``parts``."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


#: Version of :attr:`Event.id`'s recipe. The extractor's version includes it, so a
#: store written under an older recipe has its articles re-extracted on the next ingest.
EVENT_ID_SCHEME = "2"


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


#: The default largest article text, in UTF-8 bytes (setting ``max_article_bytes``):
#: a longer article is refused with one line naming it (readers, ``POST /articles``).
DEFAULT_MAX_ARTICLE_BYTES = 2_000_000


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
class EventMention:
    """One place where an article reports an event: the sentence, the words that
    coded it, the actors' words, and how sure the extractor was there."""

    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float
    source_text: str = ""
    target_text: str | None = None

    def id(self, article_key: str) -> str:
        return stable_id(
            article_key, self.sentence_start, self.sentence_end, self.trigger_start, self.trigger_end
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One happening an article reports: source – relation – target, when and where,
    and every mention of it in the article (``mentions``; the fields ``sentence`` …
    ``confidence`` are those of the first mention, except that ``confidence``
    combines them all)."""

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
    #: how ``date`` (the day the event happened) was found; None when there is no date
    when: EventDate | None = None
    #: where it happened, when the text says
    place: EventPlace | None = None
    #: the article's date (the report's), which ``date`` may precede
    reported: dt.date | None = None
    #: every mention of the event in the article, in text order (empty: the fields above are its one)
    mentions: tuple[EventMention, ...] = ()
    #: how the extractor found the source and the target (its strategies' names) and
    #: which rule set the category; "" when not recorded (events read back from a store)
    source_via: str = ""
    target_via: str | None = None
    category_rule: str = ""

    @property
    def id(self) -> str:
        """Distinct for distinct events: everything that tells two events of one article
        apart goes in (both mentions with their spans, sectors and officials, the relation
        with its mode, the trigger and sentence spans, negation and hypothesis). Only an
        exact repeat of an event gets the same id. The scheme is versioned by
        :data:`EVENT_ID_SCHEME`."""
        return stable_id(
            EVENT_ID_SCHEME,
            self.article_key,
            *_mention_parts(self.source),
            *(_mention_parts(self.target) if self.target else ("",)),
            self.relation.plover,
            self.relation.mode or "",
            self.relation.cameo,
            self.trigger_start,
            self.trigger_end,
            self.sentence_start,
            self.sentence_end,
            self.negated,
            self.hypothetical,
        )

    @property
    def lead(self) -> EventMention:
        """The first mention (whose sentence and trigger are the event's own fields)."""
        if self.mentions:
            return self.mentions[0]
        return EventMention(
            self.sentence,
            self.sentence_start,
            self.sentence_end,
            self.trigger,
            self.trigger_start,
            self.trigger_end,
            self.confidence,
            self.source.text,
            self.target.text if self.target else None,
        )

    @property
    def evidence(self) -> tuple[EventMention, ...]:
        """Every mention of the event, at least its lead."""
        return self.mentions or (self.lead,)

    @property
    def mention_id(self) -> str:
        return self.lead.id(self.article_key)


def _mention_parts(mention: ActorMention) -> tuple[object, ...]:
    person = mention.person.id if mention.person else ""
    sector = mention.sector.value if mention.sector else ""
    return (mention.actor.id, mention.start, mention.end, sector, person)


@dataclass(slots=True)
class ArticleResult:
    """What extraction made of one article: its events and any warnings."""

    article: Article
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
