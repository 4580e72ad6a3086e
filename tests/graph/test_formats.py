"""The format registry: every entry's names, media types and extension lead back
to it, and what pyoxigraph writes in a format rdflib reads back with the
entry's rdflib name (and pyoxigraph too)."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from diplograph.graph import formats, rdf
from diplograph.graph.formats import FORMATS, Kind
from diplograph.ontology import namespaces as ns

from diplograph.errors import UnsupportedFormatError

RDF_FORMATS = [f for f in FORMATS if f.kind is not Kind.RESULTS]
RESULT_FORMATS = [f for f in FORMATS if f.kind is Kind.RESULTS]


def _quads() -> list[ox.Quad]:
    event = ox.NamedNode(f"{ns.EVENT}0123456789abcdef")
    graph = ox.NamedNode(ns.article_graph("k"))
    return [
        ox.Quad(event, rdf.RDF_TYPE, rdf.dg("Event"), graph),
        ox.Quad(event, rdf.dg("source"), ox.NamedNode(f"{ns.ACTOR}RUS"), graph),
        ox.Quad(event, rdf.dg("goldstein"), rdf.decimal(-7.0), graph),
        ox.Quad(event, rdf.dg("trigger"), ox.Literal('warned "twice"', language="en"), graph),
    ]


def test_names_media_types_and_extensions_lead_back() -> None:
    assert len({f.name for f in FORMATS}) == len(FORMATS)
    assert len({f.extension for f in FORMATS}) == len(FORMATS)
    for f in FORMATS:
        assert formats.by_name(f.name, f.kind) is f
        assert formats.by_name(f.media_type, f.kind) is f
        assert formats.of_media_type(f"{f.media_type}; charset=utf-8", f.kind) is f
        assert all(formats.by_name(n, f.kind) is f for n in f.names)
    assert {f.name: f.native for f in RDF_FORMATS} == formats.RDF_FORMAT
    assert {f.name: f.native for f in RESULT_FORMATS} == formats.RESULT_FORMAT


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_rdf_round_trip_through_rdflib_and_pyoxigraph(fmt: formats.Format) -> None:
    quads = _quads()
    if fmt.kind is Kind.DATASET:
        data: list[ox.Quad] | list[ox.Triple] = quads
        expected = {(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value) for q in quads}
    else:
        data = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        expected = {(q.subject.value, q.predicate.value, q.object.value, None) for q in quads}
    text = ox.serialize(data, format=fmt.rdf_format)
    assert text
    back = {
        (
            q.subject.value,
            q.predicate.value,
            q.object.value,
            q.graph_name.value if fmt.kind is Kind.DATASET else None,
        )
        for q in ox.parse(text, format=fmt.rdf_format)
    }
    assert back == expected
    read = rdflib.Dataset()
    read.parse(data=text, format=fmt.rdflib)
    assert {(str(s), str(p), str(o)) for s, p, o, _g in read.quads()} == {e[:3] for e in expected}


@pytest.mark.parametrize("fmt", RESULT_FORMATS, ids=lambda f: f.name)
def test_results_round_trip_through_rdflib(fmt: formats.Format) -> None:
    store = ox.Store()
    store.extend(_quads())
    query = "SELECT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?p"
    text = store.query(query).serialize(format=fmt.results_format)
    rows = rdflib.query.Result.parse(io.BytesIO(text), format=fmt.rdflib)
    assert [(str(r["p"]), str(r["o"])) for r in rows] == [
        (r["p"].value, r["o"].value) for r in store.query(query)
    ]


def test_kinds_keep_apart() -> None:
    assert formats.by_name("json", Kind.RESULTS).name == "json"
    assert formats.by_name("json", Kind.GRAPH).name == "jsonld"
    assert formats.by_name("trig", Kind.GRAPH) is None  # a dataset format is no CONSTRUCT result
    assert formats.named("trig").kind is Kind.DATASET
    with pytest.raises(UnsupportedFormatError, match="unknown format 'xlsx'"):
        formats.named("xlsx")
    with pytest.raises(UnsupportedFormatError):
        formats.named("json").results_format  # noqa: B018
    assert formats.of_media_type("application/trig") is None  # not a graph to upload
    assert "text/turtle" in formats.media_types(Kind.GRAPH)
    uploads = {
        "text/turtle",
        "application/x-turtle",
        "application/n-triples",
        "text/plain",
        "application/rdf+xml",
    }
    assert {mt: formats.GRAPH_PARSERS[mt] for mt in uploads} == {
        mt: formats.of_media_type(mt).rdf_format for mt in uploads
    }
    assert formats.GRAPH_PARSERS["application/ld+json"] == ox.RdfFormat.JSON_LD


def test_render_a_query_result() -> None:
    store = ox.Store()
    store.extend(_quads())
    assert (
        formats.render(store.query("ASK { GRAPH ?g { ?s ?p ?o } }"), "json") == '{"head":{},"boolean":true}'
    )
    turtle = formats.render(store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"), "ttl")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == 4
    with pytest.raises(UnsupportedFormatError, match="SELECT/ASK"):
        formats.render(store.query("SELECT * { ?s ?p ?o }"), "turtle")
