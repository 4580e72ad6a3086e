"""Identifiers: what an actor id and an event id look like, and their IRIs.

The one place that validates ids from outside (URLs, query strings, command
lines) and turns ids into IRIs and back, so a value from a request reaches
query text only as an IRI built here.

Actor ids are what the gazetteer mints: a state's ISO code (``RUS``), or
``<kind>/<key>`` (``org/NATO``, ``group/hamas``, ``person/andrey-rudenko``):
at most one slash, each part at most 64 characters. ``/dyads/RUS/org/NATO``
and the summary IRIs ``dyad/<source>/<target>`` rely on that. Event ids are
16 hexadecimal digits (:func:`diplograph.model.stable_id`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError
from diplograph.model import EventPlace

_PART = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
#: An actor id: ``RUS``, ``org/NATO``, ``person/andrey-rudenko``.
ACTOR_ID = re.compile(rf"{_PART}(?:/{_PART})?")
#: An event id: 16 hexadecimal digits.
EVENT_ID = re.compile(r"[0-9a-f]{16}")


def is_actor_id(value: str) -> bool:
    return ACTOR_ID.fullmatch(value) is not None  # fullmatch: "$" would let a final newline in


def check_actor_id(value: str, where: str = "actor") -> str:
    """``value`` if it is an actor id; else an :class:`InputError` naming ``where``."""
    if not is_actor_id(value):
        raise InputError(
            f"not an actor id: {value!r} (e.g. RUS, org/NATO, person/andrey-rudenko)", where=where
        )
    return value


def check_event_id(value: str, where: str = "event") -> str:
    if not EVENT_ID.fullmatch(value):
        raise InputError(f"not an event id: {value!r} (16 hexadecimal digits)", where=where)
    return value


@lru_cache(maxsize=4096)  # a few hundred actors, named in every event
def actor_iri(actor_id: str) -> ox.NamedNode:
    """The IRI of an actor id (validated)."""
    return ox.NamedNode(f"{ns.ACTOR}{check_actor_id(actor_id)}")


def event_iri(event_id: str) -> ox.NamedNode:
    """The IRI of an event id (validated)."""
    return ox.NamedNode(f"{ns.EVENT}{check_event_id(event_id)}")


def report_iri(report_id: str) -> ox.NamedNode:
    """The IRI of what one article says of a happening (its article-level event id)."""
    return ox.NamedNode(f"{ns.REPORT}{check_event_id(report_id, 'report')}")


def dyad_iri(source: str, target: str) -> ox.NamedNode:
    """The summary node of the ordered pair of actor ids (validated)."""
    return ox.NamedNode(f"{ns.DYAD}{check_actor_id(source)}/{check_actor_id(target)}")


def actor_id_of(iri: str) -> str:
    """The actor id of an actor IRI (other IRIs come back whole)."""
    return iri.removeprefix(str(ns.ACTOR))


def event_id_of(iri: str) -> str:
    """The event id of an event IRI (other IRIs come back whole)."""
    return iri.removeprefix(str(ns.EVENT))


def report_id_of(iri: str) -> str:
    """The report id of a report IRI (other IRIs come back whole)."""
    return iri.removeprefix(str(ns.REPORT))


def is_actor_iri(iri: str) -> bool:
    return iri.startswith(str(ns.ACTOR))


def article_iri(key: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ns.ARTICLE}{key}")


def article_graph(key: str) -> ox.NamedNode:
    """The named graph that holds one article and its events."""
    return ox.NamedNode(ns.article_graph(key))


def place_iri(place: EventPlace) -> ox.NamedNode:
    """place/<state>/<name>: one node per named place of a state, shared by its events."""
    return ox.NamedNode(f"{ns.PLACE}{place.country}/{quote(place.name.replace(' ', '_'), safe='')}")


def mention_iri(mention_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ns.MENTION}{mention_id}")


@lru_cache(maxsize=64)
def run_iri(name: str, version: str | None = None) -> ox.NamedNode:
    """An extractor (``run/<name>``) or one of its versions (``run/<name>/<version>``)."""
    return ox.NamedNode(f"{ns.RUN}{name}" if version is None else f"{ns.RUN}{name}/{version}")


def article_key_of(iri: str) -> str:
    """The key of an article IRI (other IRIs come back whole)."""
    return iri.removeprefix(str(ns.ARTICLE))


def is_run_iri(iri: str) -> bool:
    return iri.startswith(str(ns.RUN))


def run_of_iri(iri: str) -> str:
    """``<name>/<version>`` of a run IRI."""
    return iri.removeprefix(str(ns.RUN))


#: The kinds of actor ids with a prefix (what the gazetteer mints: ``org/NATO``).
PREFIXED_KINDS = frozenset({"org", "group", "person"})


def split_pair(path: str) -> tuple[str, str]:
    """``RUS/UKR``, ``org/NATO/RUS``, ``person/x/org/UN`` as two actor ids (validated)."""
    parts = [p for p in path.split("/") if p]
    found = []
    while parts:
        take = 2 if parts[0] in PREFIXED_KINDS and len(parts) > 1 else 1
        found.append("/".join(parts[:take]))
        parts = parts[take:]
    if len(found) != 2:
        raise InputError(f"expected two actor ids, as /dyads/RUS/UKR, not {path!r}", where="path")
    return check_actor_id(found[0]), check_actor_id(found[1])
