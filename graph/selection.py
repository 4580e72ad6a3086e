"""Which events to look at: :class:`Selection`, the one filter of the REST
relations, the exports and the analyses, and :func:`sparql_conditions`, the one
place that turns it into SPARQL.

User values never become query text: dates and the confidence are bound with
pyoxigraph ``substitutions=``; categories and quad classes are enum members
written as IRIs; actor ids are checked by :mod:`diplograph.graph.ids`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.ids import check_actor_id
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError
from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)

MAX_DEPTH = 5


def _tuple(values: Iterable[Any] | None) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values or ()))


class Counting(StrEnum):
    """What the weights of a network and the counts of a pair measure: happenings (events,
    the default) or press coverage (reports: one per article that reported an event)."""

    EVENTS = "events"
    REPORTS = "reports"


@dataclass(frozen=True, slots=True)
class Selection:
    """The filters of an actor's relations, an export or an analysis.

    ``categories`` / ``quad_classes`` keep events of those PLOVER categories or
    quad classes, ``since`` / ``until`` those of those days, ``min_confidence``
    those extracted with at least that confidence; hypothetical and negated
    events are left out unless asked for. For networks, ``countries`` (actor
    ids) keep only their ego network to ``depth`` hops (no countries: the whole
    graph), ``min_events`` drops directed pairs with fewer events and
    ``per_event`` asks for one edge per event instead of one per directed pair;
    ``count`` says whether the edges' ``weight`` counts events or reports.
    """

    countries: tuple[str, ...] = ()
    depth: int = 1
    since: dt.date | None = None
    until: dt.date | None = None
    categories: tuple[Plover, ...] = ()
    quad_classes: tuple[QuadClass, ...] = ()
    min_confidence: float | None = None
    min_events: int = 1
    include_hypothetical: bool = False
    include_negated: bool = False
    per_event: bool = False
    count: Counting = Counting.EVENTS

    def __post_init__(self) -> None:
        for name in ("countries", "categories", "quad_classes"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))
        for country in self.countries:
            check_actor_id(country, where="countries")
        if not 0 <= self.depth <= MAX_DEPTH:
            raise InputError(f"must be between 0 and {MAX_DEPTH}", where="depth")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise InputError("must be between 0 and 1", where="min_confidence")
        if self.min_events < 1:
            raise InputError("must be at least 1", where="min_events")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"since ({self.since}) is after until ({self.until})", where="since")

    @classmethod
    def parse(
        cls,
        *,
        countries: Sequence[str] | None = (),
        categories: Sequence[str] | None = (),
        quad_classes: Sequence[str] | None = (),
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        **rest: Any,
    ) -> Selection:
        """A selection from the strings of a command line or a query string; each list
        may repeat values and hold comma-separated ones ("RUS,UKR")."""
        return cls(
            countries=_items(countries),
            categories=tuple(parse_category(c) for c in _items(categories)),
            quad_classes=tuple(parse_quad_class(q) for q in _items(quad_classes)),
            since=parse_date(since, "since"),
            until=parse_date(until, "until"),
            **rest,
        )

    def with_countries(self, countries: Sequence[str], depth: int | None = None) -> Selection:
        return replace(self, countries=tuple(countries), depth=self.depth if depth is None else depth)

    def describe(self) -> str:
        """One line saying what is selected, for titles and logs."""
        parts = []
        if self.countries:
            parts.append(f"{', '.join(self.countries)} (depth {self.depth})")
        if self.since or self.until:
            parts.append(f"{self.since or '…'} – {self.until or '…'}")
        if self.categories:
            parts.append(" ".join(c.value for c in self.categories))
        if self.quad_classes:
            parts.append(" ".join(q.value for q in self.quad_classes))
        if self.min_confidence is not None:
            parts.append(f"confidence ≥ {self.min_confidence}")
        if self.min_events > 1:
            parts.append(f"≥ {self.min_events} events per pair")
        return "; ".join(parts) or "all events"


def _items(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


def parse_counting(value: str) -> Counting:
    try:
        return Counting(value.strip().lower())
    except ValueError:
        raise InputError(
            f"unknown count {value!r}; use one of {', '.join(c.value for c in Counting)}", where="count"
        ) from None


def parse_category(value: str) -> Plover:
    try:
        return Plover(value.strip().upper())
    except ValueError:
        raise InputError(
            f"unknown PLOVER category {value!r}; use one of {', '.join(p.value for p in Plover)}",
            where="categories",
        ) from None


def parse_quad_class(value: str) -> QuadClass:
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    for quad in QuadClass:
        if text in (quad.value, str(quad.number)):
            return quad
    raise InputError(
        f"unknown quad class {value!r}; use one of {', '.join(q.value for q in QuadClass)} or 1-4",
        where="quad_classes",
    )


def parse_date(value: str | dt.date | None, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {value!r}", where=where) from None


# -- the one SPARQL builder ---------------------------------------------------------------------
Substitutions = dict[ox.Variable, ox.Literal]


def _one_of(var: str, prop: str, iris: Iterable[ox.NamedNode], scan: bool) -> list[str]:
    """``?e prop ?var`` with ``?var`` one of ``iris``: as VALUES when the query scans
    for events (the values lead Oxigraph's plan), as a FILTER when the events come
    from an index (a VALUES join would read every event of those values)."""
    terms = [str(i) for i in iris]
    if scan:
        return [f"VALUES ?{var} {{ {' '.join(terms)} }}", f"?e {prop} ?{var} ."]
    return [f"?e {prop} ?{var} . FILTER(?{var} IN ({', '.join(terms)}))"]


def sparql_conditions(
    selection: Selection, *, scan: bool = True, categories: bool = True
) -> tuple[list[str], Substitutions]:
    """The patterns and FILTERs that keep the events ``selection`` asks for, and the
    values to substitute in them.

    They constrain ``?e`` (the event) and ``?d`` (its date, which the query must
    bind). ``scan``: the query looks events up by their properties (exports), so
    categories and quad classes lead; otherwise the events come from an index (the
    summaries' month nodes) and are filtered. ``categories=False`` leaves the
    category filter to the caller (the relations page reads the pairs' category
    nodes instead). Countries, depth and ``min_events`` are not event filters: the
    network applies them.
    """
    lines: list[str] = []
    subs: Substitutions = {}
    if categories and selection.categories:
        plover = (rdf.iri(ns.PLOVER, c.value) for c in selection.categories)
        lines += _one_of("ftype", "dg:eventType", plover, scan)
    if selection.quad_classes:
        quads = (rdf.iri(ns.QUAD, q.value) for q in selection.quad_classes)
        lines += _one_of("fquad", "dg:quadClass", quads, scan)
    if selection.min_confidence is not None:
        subs[ox.Variable("minconf")] = rdf.decimal(selection.min_confidence)
        lines.append("?e dg:confidence ?fconf . FILTER(?fconf >= ?minconf)")
    if selection.since:
        subs[ox.Variable("since")] = rdf.date(selection.since)
        lines.append("FILTER(?d >= ?since)")
    if selection.until:
        subs[ox.Variable("until")] = rdf.date(selection.until)
        lines.append("FILTER(?d <= ?until)")
    if not selection.include_negated:
        lines.append("FILTER NOT EXISTS { ?e dg:negated true }")
    if not selection.include_hypothetical:
        lines.append("FILTER NOT EXISTS { ?e dg:hypothetical true }")
    return lines, subs


def projected(subs: Substitutions) -> str:
    """The substituted variables as a projection list (the queries project what they substitute)."""
    return " ".join(f"?{v.value}" for v in subs)
