"""RDF terms to Python values: every reader converts through ``graph.terms``."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from diplograph.graph import rdf, terms
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns


def _typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(f"{ns.XSD}{datatype}"))


def test_round_trips_through_the_literals_rdf_writes() -> None:
    day = dt.date(2024, 2, 29)
    assert terms.day(rdf.date(day)) == day
    assert terms.integer(rdf.integer(42)) == 42 and terms.count(rdf.integer(7)) == 7
    assert terms.number(rdf.decimal(-7.25)) == -7.25
    assert terms.flag(rdf.boolean(True)) is True and terms.flag(rdf.boolean(False)) is False
    assert terms.text(rdf.string("Kyiv")) == "Kyiv"
    assert terms.python_value(rdf.integer(3)) == 3
    assert terms.python_value(rdf.decimal(0.5)) == 0.5
    assert terms.python_value(rdf.boolean(True)) is True
    assert terms.python_value(rdf.date(day)) == "2024-02-29"  # dates stay text, as SPARQL shows them


def test_iris_and_local_names() -> None:
    threaten = rdf.iri(ns.PLOVER, "THREATEN")
    assert terms.text(threaten) == f"{ns.PLOVER}THREATEN" and terms.local_name(threaten) == "THREATEN"
    assert terms.python_value(threaten) == threaten.value
    assert terms.property_name(f"{ns.SKOS}prefLabel") == "prefLabel"
    assert terms.property_name(f"{ns.SCHEMA}headline") == "headline"


@pytest.mark.parametrize(
    "term",
    [None, ox.BlankNode("b"), _typed("x", "integer"), _typed("n/a", "decimal"), _typed("2024-13-01", "date")],
)
def test_missing_or_malformed_values_are_none(term: object) -> None:
    assert terms.integer(term) is None and terms.count(term) == 0 and terms.number(term) is None
    assert terms.day(term) is None and terms.flag(term) is False
    if not isinstance(term, ox.Literal):
        assert terms.text(term) is None and terms.local_name(term) is None


def test_date_times_give_their_day() -> None:
    assert terms.day(_typed("2024-06-01T12:30:00Z", "dateTime")) == dt.date(2024, 6, 1)


def test_properties_by_local_name() -> None:
    kg = KnowledgeGraph(None, reference_data=False)
    s = ox.NamedNode(f"{ns.EVENT}0123456789abcdef")
    g = ox.NamedNode(ns.article_graph("k"))
    kg.native.extend(
        [
            ox.Quad(s, rdf.dg("goldstein"), rdf.decimal(-2.0), g),
            ox.Quad(s, rdf.DERIVED_FROM, rdf.string("m"), g),
            ox.Quad(s, rdf.DERIVED_FROM, rdf.string("n"), g),
        ]
    )
    props = kg.properties(s)
    assert terms.number(terms.first(props, "goldstein")) == -2.0
    assert sorted(terms.text(t) for t in props["wasDerivedFrom"]) == ["m", "n"]
    assert terms.first(props, "absent") is None
    assert kg.properties(s, ox.NamedNode(ns.actor_graph())) == {}
