"""One event per happening in an article: its mentions merged.

An article that says "Mali expels French ambassador" in its headline, "Mali's
junta ordered the French ambassador out on Tuesday" in its first paragraph and
quotes the order later reports one expulsion, not three. Mentions are one event
when they agree on:

- ``same_kind``: source and target actors, PLOVER category, negation and the
  hypothetical flag;
- ``compatible_mode``: the same mode, or one of them has none;
- ``compatible_sectors``: on each side the same sector, or one of them has none
  ("the Sudanese government and the rebels" are two parties of one state);
- ``compatible_dates``: the same day, unless the text states different days for
  them ("clashes on Monday ... new clashes on Thursday" are two events; a mention
  dated only by the report is compatible with any);
- ``compatible_places``: the same place, unless the text names different places
  for them ("shelling in Kharkiv ... shelling in Odesa").

Each mention is kept (sentence, offsets, trigger, confidence, the actors' words);
the event takes its first mention's words and relation, the most precise date
and place any mention gives, and a confidence that combines its mentions'
(``1 - ∏(1 - c)``: two mentions at 0.6 give 0.84), capped at 0.99.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable

from diplograph.model import DateBasis, Event, EventDate, EventPlace, PlaceBasis, Precision

MAX_CONFIDENCE = 0.99


def same_kind(a: Event, b: Event) -> bool:
    """ "Russia accused Kyiv ..." and "Moscow also accused Ukraine ..." are the same kind of event."""
    return (
        a.source.actor.id == b.source.actor.id
        and (a.target.actor.id if a.target else None) == (b.target.actor.id if b.target else None)
        and a.relation.plover is b.relation.plover
        and a.negated == b.negated
        and a.hypothetical == b.hypothetical
    )


def compatible_mode(a: Event, b: Event) -> bool:
    """ "Imposed sanctions" (discontinue) and "sanctioned" (no mode) may be one act."""
    return a.relation.mode is None or b.relation.mode is None or a.relation.mode == b.relation.mode


def _sectors_agree(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def compatible_sectors(a: Event, b: Event) -> bool:
    """ "Britain urged the Sudanese government and the rebels ..." names two parties of Sudan;
    "Mali's junta" and "Mali" may be one."""
    return _sectors_agree(a.source.sector, b.source.sector) and _sectors_agree(
        a.target.sector if a.target else None, b.target.sector if b.target else None
    )


def _stated_day(when: EventDate | None) -> tuple[object, str] | None:
    if when is None or when.basis is DateBasis.REPORTED:
        return None
    return (when.day, when.precision.value)


def compatible_dates(a: Event, b: Event) -> bool:
    """ "Clashes on Monday" and "clashes on Thursday" are two events; "the clashes" is either."""
    da, db = _stated_day(a.when), _stated_day(b.when)
    return da is None or db is None or da == db


def _stated_place(place: EventPlace | None) -> tuple[str, str] | None:
    if place is None or place.basis is not PlaceBasis.STATED:
        return None
    return (place.name, place.country)


def compatible_places(a: Event, b: Event) -> bool:
    """ "Shelling in Kharkiv" and "shelling in Odesa" are two events; a dateline place is no claim."""
    pa, pb = _stated_place(a.place), _stated_place(b.place)
    return pa is None or pb is None or pa == pb


def one_happening(a: Event, b: Event) -> bool:
    return (
        same_kind(a, b)
        and compatible_mode(a, b)
        and compatible_sectors(a, b)
        and compatible_dates(a, b)
        and compatible_places(a, b)
    )


def combined_confidence(confidences: Iterable[float]) -> float:
    """How sure several independent mentions make us: ``1 - ∏(1 - c)``, at most 0.99."""
    doubt = math.prod(1.0 - c for c in confidences)
    return min(MAX_CONFIDENCE, 1.0 - doubt)


def _best_date(events: list[Event]) -> EventDate | None:
    stated = [e.when for e in events if _stated_day(e.when) is not None]
    precise = sorted((w for w in stated if w is not None), key=lambda w: list(Precision).index(w.precision))
    return precise[0] if precise else events[0].when


def _best_place(events: list[Event]) -> EventPlace | None:
    return next((e.place for e in events if _stated_place(e.place)), events[0].place)


def combine(events: list[Event]) -> Event:
    """One event of ``events`` (mentions of one happening, in text order)."""
    lead = events[0]
    if len(events) == 1 and len(lead.mentions) <= 1:  # one mention (evidence is at least the lead)
        return lead
    mentions = tuple(m for e in events for m in e.evidence)
    when = _best_date(events)
    mode = next((e.relation.mode for e in events if e.relation.mode), None)
    relation = (
        lead.relation
        if lead.relation.mode == mode
        else next(e.relation for e in events if e.relation.mode == mode)
    )
    return dataclasses.replace(
        lead,
        relation=relation,
        date=when.day if when else lead.date,
        when=when,
        place=_best_place(events),
        confidence=combined_confidence(m.confidence for m in mentions),
        mentions=mentions,
    )


def merge_mentions(events: Iterable[Event]) -> list[Event]:
    """The events of one article, mentions of one happening merged (see the module); the
    order is that of each event's first mention."""
    groups: list[list[Event]] = []
    of_kind: dict[tuple[object, ...], list[list[Event]]] = {}  # only events of one kind merge
    for event in sorted(events, key=lambda e: (e.trigger_start, e.trigger_end)):
        candidates = of_kind.setdefault(_kind(event), [])
        home = (
            next((g for g in candidates if all(one_happening(event, other) for other in g)), None)
            if candidates  # most events: the first of their kind
            else None
        )
        if home is None:
            groups.append([event])
            candidates.append(groups[-1])
        else:
            home.append(event)
    return [combine(g) for g in groups]


def _kind(e: Event) -> tuple[object, ...]:
    """What :func:`same_kind` compares: events of different kinds never merge."""
    target = e.target.actor.id if e.target else None
    return (e.source.actor.id, target, e.relation.plover, e.negated, e.hypothetical)
