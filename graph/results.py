"""Serialise SPARQL results straight from Oxigraph (no rdflib round trip)."""

from __future__ import annotations

import logging
from typing import Any

import pyoxigraph as ox

from diplograph.errors import UnsupportedFormatError

logger = logging.getLogger(__name__)

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def render(result: Any, fmt: str) -> str:
    """A query result as text in ``fmt`` (json, xml, csv, tsv; turtle, ntriples, rdfxml)."""
    if isinstance(result, ox.QueryTriples):
        if fmt not in GRAPH_FORMATS:
            raise UnsupportedFormatError(
                f"format {fmt!r} does not fit a graph result; use one of {', '.join(GRAPH_FORMATS)}"
            )
        return (ox.serialize(result, format=GRAPH_FORMATS[fmt]) or b"").decode("utf-8")
    if fmt not in RESULT_FORMATS:
        raise UnsupportedFormatError(
            f"format {fmt!r} does not fit a SELECT/ASK result; "
            f"use table or one of {', '.join(RESULT_FORMATS)}"
        )
    return result.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
