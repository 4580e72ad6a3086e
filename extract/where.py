"""Where an event happened: the place its sentence names, or the article's dateline.

"Sudanese troops shelled rebel positions in Khartoum" happened in Khartoum
(Sudan, 15.55 N 32.53 E). The place is found by these named steps, in order:

- ``stated``: a place the sentence puts the event in, through a locative
  preposition ("in Khartoum", "near the border town of Kirkuk", "outside the
  parliament in Tbilisi", "districts of Idlib"): a city of places.tsv, a capital
  or seat ("in Moscow"), a region the gazetteer knows ("in the Gaza Strip") or
  a state ("in Sudan"). The one in the trigger's own clause and nearest to it
  wins;
- ``dateline``: the city of the article's dateline ("BAMAKO, Mali —", "KINSHASA
  (Reuters) —"), for events whose sentence names no place.

A city comes with its coordinates (GeoNames, through the gazetteer); a region or
a state with its country only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from diplograph.extract.dateline import LINES, find_dateline
from diplograph.extract.syntax import LOCATIVE, clause_of
from diplograph.ontology.gazetteer import Gazetteer, NameKind
from spacy.tokens import Span, Token

from diplograph.model import ActorKind, EventPlace, PlaceBasis

#: how an actor span may name a place (``id_`` of the recogniser's spans)
PLACE_KINDS = frozenset(
    {NameKind.PLACE.value, NameKind.METONYM.value, NameKind.NAME.value, NameKind.ALIAS.value}
)


def place_of(gazetteer: Gazetteer, name: str, country: str, basis: PlaceBasis) -> EventPlace:
    """An :class:`EventPlace` for ``name`` in ``country``, with its coordinates if known."""
    point = gazetteer.point(name, country)
    if point is None:
        return EventPlace(name, country, None, None, basis)
    return EventPlace(name, country, point.latitude, point.longitude, basis)


# -- stated: a locative phrase of the sentence ------------------------------------------------------
def _locative_head(span: Span) -> Token | None:
    """The preposition that makes ``span`` a place: "in Khartoum", "near the town of Kirkuk",
    "districts of Idlib" (one "of" hop); None when the span is not in a locative phrase."""
    head = span.root.head
    if head.lower_ == "of" and head.head.i != head.i:
        head = head.head.head
    return head if head.lower_ in LOCATIVE and head.dep_ == "prep" else None


def _state_of(gazetteer: Gazetteer, actor_id: str) -> str | None:
    if actor_id not in gazetteer:
        return None
    actor = gazetteer.actor(actor_id)
    return actor.id if actor.kind is ActorKind.STATE else None


def stated_place(
    spans: Sequence[Span], sentence: Span, trigger: Token, gazetteer: Gazetteer
) -> EventPlace | None:
    """The place the sentence puts the event in (the trigger's clause first, then the nearest),
    among the doc's actor spans (``spans``: read once a doc, as each read of the doc's span
    group makes its spans anew)."""
    clause = clause_of(trigger)
    candidates = []
    for span in spans:
        if not (sentence.start <= span.start < sentence.end) or span.id_ not in PLACE_KINDS:
            continue
        prep = _locative_head(span)
        country = _state_of(gazetteer, span.label_)
        if prep is None or country is None:
            continue
        candidates.append(((clause_of(prep).i != clause.i, abs(span.root.i - trigger.i)), span, country))
    if not candidates:
        return None
    _, span, country = min(candidates, key=lambda c: c[0])
    name = span.text.removeprefix("the ").removeprefix("The ")
    if span.id_ == NameKind.NAME or span.id_ == NameKind.ALIAS:
        name = gazetteer.actor(country).label  # "in Sudan": the state itself
    return place_of(gazetteer, name, country, PlaceBasis.STATED)


# -- dateline ------------------------------------------------------------------------------------
@cache
def _place_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """Lower-cased city, capital and seat names → (name, state)."""
    names: dict[str, tuple[str, str]] = {}
    for n in gazetteer.names():
        if n.kind in (NameKind.PLACE, NameKind.METONYM) and _state_of(gazetteer, n.actor_id):
            names.setdefault(n.text.lower().removeprefix("the "), (n.text, n.actor_id))
    for entry in gazetteer:
        if entry.capital and entry.actor.kind is ActorKind.STATE:
            names.setdefault(entry.capital.lower(), (entry.capital, entry.actor.id))
    return names


@cache
def _state_names(gazetteer: Gazetteer) -> dict[str, str]:
    return {
        n.text.lower(): n.actor_id
        for n in gazetteer.names()
        if n.kind in (NameKind.NAME, NameKind.ALIAS) and _state_of(gazetteer, n.actor_id)
    }


def dateline_place(text: str, gazetteer: Gazetteer, *, lines: int = LINES) -> EventPlace | None:
    """The city of the dateline that opens the article's body ("BAMAKO, Mali —"), if one of
    its first ``lines`` lines starts with one and the gazetteer knows the city or the state."""
    found = find_dateline(text.lstrip(), lines=lines)
    if found is None:
        return None
    city = " ".join(w.capitalize() for w in found.city.split())
    state = _state_names(gazetteer).get((found.region or "").lower())
    known = _place_names(gazetteer).get(city.lower())
    if known is not None and state in (None, known[1]):
        return place_of(gazetteer, known[0], known[1], PlaceBasis.DATELINE)
    if state is not None:  # a city the gazetteer does not know, of a state it does
        return place_of(gazetteer, city, state, PlaceBasis.DATELINE)
    return None
