"""The one registry of serialisations: SPARQL results formats and RDF formats,
each with its media types, file extension, pyoxigraph format and rdflib plugin
name; content negotiation over it; serialisation of query results straight from
pyoxigraph terms (no rdflib round trip).

Kept small (pyoxigraph, the namespaces and the error tree): the query worker
processes import it.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from diplograph.ontology.namespaces import SPARQL_RESULTS, XSD

from diplograph.errors import UnsupportedFormatError

logger = logging.getLogger(__name__)

_XSD_STRING = str(XSD.string)


class Kind(StrEnum):
    RESULTS = "results"  # SELECT and ASK results
    GRAPH = "graph"  # triples: CONSTRUCT and DESCRIBE results, a graph of the Graph Store
    DATASET = "dataset"  # quads: named graphs kept (exports, the command line)


Native = ox.RdfFormat | ox.QueryResultsFormat


@dataclass(frozen=True, slots=True)
class Format:
    """One serialisation: its names, media types, file extension, pyoxigraph
    format and rdflib plugin name."""

    name: str
    kind: Kind
    media_types: tuple[str, ...]  # the first is the Content-Type of the response
    extension: str
    native: Native
    rdflib: str  # the rdflib parser/serializer plugin
    names: tuple[str, ...] = ()  # short names for format= / output= parameters

    @property
    def media_type(self) -> str:
        return self.media_types[0]

    @property
    def content_type(self) -> str:
        mt = self.media_types[0]
        return f"{mt}; charset=utf-8" if mt.startswith("text/") or mt.endswith(("json", "xml")) else mt

    @property
    def rdf_format(self) -> ox.RdfFormat:
        if not isinstance(self.native, ox.RdfFormat):
            raise UnsupportedFormatError(f"{self.name} is a query results format, not RDF")
        return self.native

    @property
    def results_format(self) -> ox.QueryResultsFormat:
        if not isinstance(self.native, ox.QueryResultsFormat):
            raise UnsupportedFormatError(f"{self.name} is an RDF format, not a query results format")
        return self.native


_R, _G, _D = Kind.RESULTS, Kind.GRAPH, Kind.DATASET
#: Every format diplograph reads or writes, in the server's order of preference.
FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        _R,
        ("application/sparql-results+json", "application/json"),
        "srj",
        ox.QueryResultsFormat.JSON,
        "json",
        ("json", "srj"),
    ),
    Format(
        "xml",
        _R,
        ("application/sparql-results+xml", "application/xml", "text/xml"),
        "srx",
        ox.QueryResultsFormat.XML,
        "xml",
        ("xml", "srx"),
    ),
    Format("csv", _R, ("text/csv",), "csv", ox.QueryResultsFormat.CSV, "csv", ("csv",)),
    Format("tsv", _R, ("text/tab-separated-values",), "tsv", ox.QueryResultsFormat.TSV, "tsv", ("tsv",)),
    Format(
        "turtle",
        _G,
        ("text/turtle", "application/x-turtle"),
        "ttl",
        ox.RdfFormat.TURTLE,
        "turtle",
        ("turtle", "ttl"),
    ),
    Format(
        "ntriples",
        _G,
        ("application/n-triples", "text/plain"),
        "nt",
        ox.RdfFormat.N_TRIPLES,
        "nt",
        ("ntriples", "nt", "n-triples"),
    ),
    Format(
        "jsonld",
        _G,
        ("application/ld+json", "application/json"),
        "jsonld",
        ox.RdfFormat.JSON_LD,
        "json-ld",
        ("jsonld", "json-ld", "json"),
    ),
    Format(
        "rdfxml",
        _G,
        ("application/rdf+xml", "application/xml", "text/xml"),
        "rdf",
        ox.RdfFormat.RDF_XML,
        "xml",
        ("rdfxml", "rdf", "xml"),
    ),
    Format("trig", _D, ("application/trig",), "trig", ox.RdfFormat.TRIG, "trig", ("trig",)),
    Format("nquads", _D, ("application/n-quads",), "nq", ox.RdfFormat.N_QUADS, "nquads", ("nquads", "nq")),
)
#: Views of the registry by name, for the SPARQL worker.
RESULT_FORMAT: dict[str, ox.QueryResultsFormat] = {f.name: f.results_format for f in FORMATS if f.kind is _R}
RDF_FORMAT: dict[str, ox.RdfFormat] = {f.name: f.rdf_format for f in FORMATS if f.kind is not _R}
#: The parser of each media type of a graph (a Graph Store upload), by media type.
GRAPH_PARSERS: dict[str, ox.RdfFormat] = {
    mt: f.rdf_format for f in FORMATS if f.kind is _G for mt in f.media_types
}


def named(name: str, kinds: tuple[Kind, ...] = (Kind.GRAPH, Kind.DATASET)) -> Format:
    """The format called ``name`` (its name, a short name or a media type) among ``kinds``."""
    for kind in kinds:
        fmt = by_name(name, kind)
        if fmt is not None:
            return fmt
    offered = ", ".join(f.name for f in FORMATS if f.kind in kinds)
    raise UnsupportedFormatError(f"unknown format {name!r}; use one of {offered}")


def of_media_type(media_type: str, kind: Kind = Kind.GRAPH) -> Format | None:
    """The format of ``kind`` a Content-Type names (parameters ignored), if any."""
    media = media_type.split(";")[0].strip().lower()
    return next((f for f in FORMATS if f.kind is kind and media in f.media_types), None)


def media_types(kind: Kind) -> list[str]:
    """Every media type of ``kind``, in the registry's order."""
    return list(dict.fromkeys(mt for f in FORMATS if f.kind is kind for mt in f.media_types))


Accept = tuple[tuple[str, float], ...]


def parse_accept(header: str | None) -> Accept:
    """An Accept header as (media range, q) pairs; a missing or empty header is ``*/*``."""
    if not header or not header.strip():
        return (("*/*", 1.0),)
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else f"{media}/*"
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return tuple(ranges) or (("*/*", 1.0),)


def _quality(fmt: Format, accept: Accept) -> tuple[float, int]:
    """The q the client gives ``fmt`` (from its most specific matching range) and
    the rank of the media type that matched."""
    best = (-1, 0.0, 99)  # specificity, q, rank
    for media, q in accept:
        kind, _, sub = media.partition("/")
        for rank, mt in enumerate(fmt.media_types):
            mkind = mt.partition("/")[0]
            specificity = (
                3 if media == mt else 2 if (sub == "*" and kind == mkind) else 1 if media == "*/*" else -1
            )
            if specificity > best[0] or (specificity == best[0] and specificity >= 0 and rank < best[2]):
                best = (specificity, q, rank) if specificity >= 0 else best
    return (best[1], best[2]) if best[0] >= 0 else (0.0, 99)


def by_name(name: str | None, kind: Kind) -> Format | None:
    """The format a ``format=``/``output=`` parameter names (short name or media type), if it fits."""
    if not name:
        return None
    wanted = name.strip().lower()
    for fmt in FORMATS:
        if fmt.kind is kind and (wanted in fmt.names or wanted in fmt.media_types):
            return fmt
    return None


def negotiate(accept: Accept, kind: Kind, override: str | None = None) -> Format:
    """The best format of ``kind`` for the client: an explicit ``format=`` that fits wins,
    else the highest q (ties: the server's order). No acceptable format: 406."""
    named = by_name(override, kind)
    if named is not None:
        return named
    candidates = [
        (q, -rank, -n, fmt)
        for n, fmt in enumerate(FORMATS)
        if fmt.kind is kind
        for q, rank in [_quality(fmt, accept)]
        if q > 0
    ]
    if not candidates:
        offered = ", ".join(f.media_types[0] for f in FORMATS if f.kind is kind)
        raise UnsupportedFormatError(
            f"none of the accepted types fits this {kind.value} result; offered: {offered}"
        )
    return max(candidates, key=lambda c: c[:3])[3]


def acceptable_at_all(accept: Accept, override: str | None = None) -> bool:
    """Whether any format (of either kind) would do; checked before a query is run."""
    return any(
        by_name(override, k) or any(_quality(f, accept)[0] > 0 for f in FORMATS if f.kind is k)
        for k in (Kind.RESULTS, Kind.GRAPH)  # what a SPARQL query can answer with
    )


# -- serialisers of a cut SELECT result (the native ones serialise whole results) ----------------
def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(term.subject),
                "predicate": _json_term(term.predicate),
                "object": _json_term(term.object),
            },
        }
    raise TypeError(f"unexpected term {term!r}")


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (
            f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}"
            f"</predicate><object>{_xml_term(term.object)}</object></triple>"
        )
    raise TypeError(f"unexpected term {term!r}")


def _csv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def write_solutions(
    variables: Sequence[str],
    rows: Iterable[Sequence[object]],
    fmt: str,
    extra: dict[str, object] | None = None,
) -> bytes:
    """A SELECT result (rows of terms or None, in ``variables`` order) in ``fmt``."""
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
        ]
        doc: dict[str, object] = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
        doc.update(extra or {})
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            + "</result>"
            for row in rows
        )
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="{SPARQL_RESULTS}">'
            f"<head>{head}</head><results>{body}</results></sparql>\n"
        ).encode()
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) for t in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise UnsupportedFormatError(f"unknown results format {fmt!r}")


def render(result: object, name: str) -> str:
    """A query result as text in the format called ``name`` (json, xml, csv, tsv for
    SELECT/ASK; turtle, ntriples, rdfxml, nquads, ... for CONSTRUCT/DESCRIBE)."""
    if isinstance(result, ox.QueryTriples):
        fmt = named(name)
        return (ox.serialize(result, format=fmt.rdf_format) or b"").decode("utf-8")
    if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        raise TypeError(f"not a query result: {result!r}")
    results = by_name(name, Kind.RESULTS)
    if results is None:
        offered = ", ".join(f.name for f in FORMATS if f.kind is Kind.RESULTS)
        raise UnsupportedFormatError(
            f"format {name!r} does not fit a SELECT/ASK result; use table or one of {offered}"
        )
    return (result.serialize(format=results.results_format) or b"").decode("utf-8")
