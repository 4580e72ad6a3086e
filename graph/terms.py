"""RDF terms as Python values: the one converter every reader uses.

Each function takes whatever a pyoxigraph solution or quad holds (a term or
``None``) and gives a plain value, or ``None`` when there is none or it does
not parse: a malformed literal in the store never breaks a read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox
from diplograph.ontology import namespaces as ns

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
#: The objects of a subject's properties, by the property's local name
#: (:meth:`diplograph.graph.store.KnowledgeGraph.properties`).
Props = dict[str, list[Term]]

_XSD = str(ns.XSD)
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "nonNegativeInteger")}
_DECIMALS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_BOOLEAN = f"{_XSD}boolean"


def text(term: object) -> str | None:
    """The lexical value of an IRI or a literal."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def number(term: object) -> float | None:
    value = text(term)
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


def integer(term: object) -> int | None:
    value = text(term)
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def count(term: object) -> int:
    """A count: an integer literal, 0 when missing or malformed."""
    return integer(term) or 0


def flag(term: object) -> bool:
    """An ``xsd:boolean`` literal as a bool (anything else is false)."""
    return text(term) == "true"


def day(term: object) -> dt.date | None:
    """A date (or the date part of a date-time)."""
    value = text(term)
    try:
        return None if value is None else dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def local_name(term: object) -> str | None:
    """The last segment of an IRI (after the last ``/``): ``plover/THREATEN`` → ``THREATEN``."""
    value = text(term)
    return None if value is None else value.rsplit("/", 1)[-1]


def property_name(iri: str) -> str:
    """A property's local name, after ``#`` or the last ``/``."""
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def props_of(quads: Iterable[ox.Quad]) -> Props:
    """The objects of the properties of ``quads`` (of one subject), each once, keyed by the
    property's local name (:func:`property_name`)."""
    found: Props = defaultdict(list)
    for quad in quads:
        values = found[property_name(quad.predicate.value)]
        if quad.object not in values:
            values.append(quad.object)
    return found


def first(props: Props, name: str) -> Term | None:
    """The first object of property ``name``, if any."""
    values = props.get(name)
    return values[0] if values else None


def python_value(term: Any) -> Any:
    """A term as a plain Python value: numbers and booleans by datatype, IRIs and
    other literals as strings."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        if datatype in _INTEGERS:
            return integer(term)
        if datatype in _DECIMALS:
            return number(term)
        if datatype == _BOOLEAN:
            return flag(term)
        return term.value
    return term.value
