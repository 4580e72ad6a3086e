"""Export formats: the network as GraphML, GEXF, Cytoscape.js JSON, D3
node-link JSON, Graphviz DOT and CSV; the selected events as RDF; pictures.

Names follow networkx ``readwrite``: ``<fmt>_data(G)`` returns the data,
``write_<fmt>(G, path)`` writes it, and networkx's own writers do the work
wherever one exists. :data:`FORMATS` is the registry of exports (name, media
type, file extension, writer) the command line and the HTTP service use; the
RDF exports take their media type and extension from the format registry
(:mod:`diplograph.graph.formats`). An unknown export name is a NotFoundError.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
from diplograph.graph import formats, rdf, terms
from diplograph.graph.cells import CellRow
from diplograph.graph.ids import actor_id_of, event_iri, is_run_iri
from diplograph.graph.network import Network, build_network, pair_network
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

from diplograph.errors import NotFoundError

logger = logging.getLogger(__name__)

PathLike = str | Path


# -- network formats ---------------------------------------------------------------------------------
def graphml_data(G: nx.DiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(G, buffer)
    return buffer.getvalue().decode("utf-8")


def write_graphml(G: nx.DiGraph, path: PathLike) -> None:
    nx.write_graphml(G, str(path))


def gexf_data(G: nx.DiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_gexf(G, buffer)
    return buffer.getvalue().decode("utf-8")


def write_gexf(G: nx.DiGraph, path: PathLike) -> None:
    nx.write_gexf(G, str(path))


def cytoscape_data(G: nx.DiGraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON; multi-edges get their event id as ``id``."""
    data: dict[str, Any] = nx.cytoscape_data(G, name="label")
    for edge in data["elements"]["edges"]:
        d = edge["data"]
        d.setdefault("id", d.get("key") or f"{d['source']}->{d['target']}")
    return data


def write_cytoscape(G: nx.DiGraph, path: PathLike) -> None:
    _write_json(cytoscape_data(G), path)


def node_link_data(G: nx.DiGraph) -> dict[str, Any]:
    """D3 node-link JSON (``nodes`` and ``links``)."""
    data: dict[str, Any] = nx.node_link_data(G, edges="links")
    return data


def write_node_link(G: nx.DiGraph, path: PathLike) -> None:
    _write_json(node_link_data(G), path)


def dot_data(G: nx.DiGraph) -> str:
    """Graphviz DOT, through networkx's pydot writer."""
    from networkx.drawing import nx_pydot

    return str(nx_pydot.to_pydot(G).to_string())


def write_dot(G: nx.DiGraph, path: PathLike) -> None:
    from networkx.drawing import nx_pydot

    nx_pydot.write_dot(G, str(path))


def _columns(rows: Iterable[dict[str, Any]], first: list[str]) -> list[str]:
    seen = dict.fromkeys(first)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _csv(rows: list[dict[str, Any]], first: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_columns(rows, first), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def edges_csv_data(G: nx.DiGraph) -> str:
    """One CSV row per edge: ``source``, ``target``, (``key``,) then the attributes."""
    if G.is_multigraph():
        rows = [{"source": s, "target": t, "key": k, **d} for s, t, k, d in G.edges(keys=True, data=True)]
        return _csv(rows, ["source", "target", "key"])
    return _csv([{"source": s, "target": t, **d} for s, t, d in G.edges(data=True)], ["source", "target"])


def write_edges_csv(G: nx.DiGraph, path: PathLike) -> None:
    Path(path).write_text(edges_csv_data(G), encoding="utf-8")


def nodes_csv_data(G: nx.DiGraph) -> str:
    """One CSV row per node: ``id`` then the attributes."""
    return _csv([{"id": n, **d} for n, d in G.nodes(data=True)], ["id", "label", "kind", "iso_code"])


def write_nodes_csv(G: nx.DiGraph, path: PathLike) -> None:
    Path(path).write_text(nodes_csv_data(G), encoding="utf-8")


def _write_json(data: dict[str, Any], path: PathLike) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


# -- RDF of the selected events ----------------------------------------------------------------------
_FOLLOW = (rdf.DERIVED_FROM, rdf.GENERATED_BY, rdf.dg("article"), rdf.dg("report"))
_ACTOR_PROPS = {f"{ns.DG}{p}" for p in ("source", "target", "sourcePerson", "targetPerson")}


def event_quads(kg: KnowledgeGraph, event_ids: Iterable[str]) -> Iterator[ox.Quad]:
    """The quads of the events (in the events graph), their reports, mentions, articles and
    extraction runs (in the articles' graphs) and of their actors (in the actor graph)."""
    done: set[str] = set()
    actors: set[str] = set()

    def describe(subject: ox.NamedNode | ox.BlankNode) -> Iterator[ox.Quad]:
        if subject.value in done:
            return
        done.add(subject.value)
        quads = list(kg.native.quads_for_pattern(subject, None, None))
        yield from quads
        for q in quads:
            if isinstance(q.object, ox.NamedNode) and is_run_iri(q.object.value):
                yield from describe(q.object)

    for event_id in event_ids:
        node = event_iri(event_id)
        quads = list(describe(node))
        yield from quads
        for q in quads:
            if q.subject == node and isinstance(q.object, ox.NamedNode):
                if q.predicate.value in _ACTOR_PROPS:
                    actors.add(q.object.value)
                elif q.predicate in _FOLLOW:
                    yield from describe(q.object)
    actor_graph = ox.NamedNode(ns.actor_graph())
    for actor in sorted(actors):
        yield from kg.native.quads_for_pattern(ox.NamedNode(actor), None, None, actor_graph)


# -- map ------------------------------------------------------------------------------------------
# A place's IRI is shared by every article that names it, and each article's graph holds its
# own copy of the place's triples: read them in the event's graph, or the union of graphs
# answers every copy of every property (n⁴ rows for a place n articles name).
_LOCATED = """SELECT ?e ?s ?t ?type ?quad ?g ?d ?p ?basis WHERE {{
  VALUES ?e {{ {events} }}
  ?e dg:source ?s ; dg:eventType ?type ; dg:quadClass ?quad ; dg:goldstein ?g ; schema:location ?p .
  OPTIONAL {{ ?e dg:target ?t }} OPTIONAL {{ ?e dg:date ?d }} OPTIONAL {{ ?e dg:placeBasis ?basis }}
}}"""


@dataclass(frozen=True, slots=True)
class _Point:
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


def _point(kg: KnowledgeGraph, place: ox.NamedNode) -> _Point:
    """A place's name, state and coordinates. Every article that names the place holds a
    copy of them, so they are read by subject (each value once), not joined per event."""
    p = kg.properties(place)
    country = terms.first(p, "placeCountry")
    return _Point(
        terms.text(terms.first(p, "name")),
        actor_id_of(country.value) if isinstance(country, ox.NamedNode) else None,
        terms.number(terms.first(p, "lat")),
        terms.number(terms.first(p, "long")),
    )


def geojson_data(kg: KnowledgeGraph, event_ids: Iterable[str]) -> dict[str, Any]:
    """The events that have coordinates as a GeoJSON FeatureCollection (RFC 7946): one Point
    feature per event, with its actors, category, quad class, Goldstein score, date and place."""
    ids = sorted(set(event_ids))
    features: dict[str, dict[str, Any]] = {}
    points: dict[str, _Point] = {}
    for start in range(0, len(ids), 1000):
        values = " ".join(str(event_iri(i)) for i in ids[start : start + 1000])
        for r in kg.query(_LOCATED.format(events=values)):
            event_id = terms.local_name(r["e"]) or ""
            place = r["p"]
            if event_id in features or not isinstance(place, ox.NamedNode):
                continue
            point = points.get(place.value) or points.setdefault(place.value, _point(kg, place))
            if point.lat is not None and point.lon is not None:
                features[event_id] = _feature(event_id, r, point)
    return {"type": "FeatureCollection", "features": [features[i] for i in sorted(features)]}


def _feature(event_id: str, r: ox.QuerySolution, point: _Point) -> dict[str, Any]:
    day = terms.day(r["d"])
    return {
        "type": "Feature",
        "id": event_id,
        "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
        "properties": {
            "source": actor_id_of(r["s"].value),
            "target": actor_id_of(r["t"].value) if r["t"] is not None else None,
            "category": terms.local_name(r["type"]),
            "quad_class": terms.local_name(r["quad"]),
            "goldstein": terms.number(r["g"]),
            "date": day.isoformat() if day else None,
            "place": point.name,
            "country": point.country,
            "place_from": terms.text(r["basis"]),
        },
    }


def write_geojson(kg: KnowledgeGraph, event_ids: Iterable[str], path: PathLike) -> None:
    _write_json(geojson_data(kg, event_ids), path)


def rdf_data(kg: KnowledgeGraph, event_ids: Iterable[str], fmt: str = "turtle") -> bytes:
    """The selected events as RDF; TriG keeps each article's named graph, the
    other formats give the triples."""
    spec = formats.named(fmt)
    rdf_format = spec.rdf_format
    quads = list(event_quads(kg, event_ids))
    data: list[ox.Quad] | list[ox.Triple]
    if spec.kind is formats.Kind.DATASET:
        data = quads
    else:
        data = list({ox.Triple(q.subject, q.predicate, q.object): None for q in quads})
    prefixes = ns.PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    out = ox.serialize(data, format=rdf_format, prefixes=prefixes)
    assert out is not None  # no output file given: serialize returns the bytes
    return out


def write_rdf(kg: KnowledgeGraph, event_ids: Iterable[str], path: PathLike, fmt: str = "turtle") -> None:
    Path(path).write_bytes(rdf_data(kg, event_ids, fmt))


# -- the registry ------------------------------------------------------------------------------------
class FormatKind(StrEnum):
    NETWORK = "network"
    RDF = "rdf"
    PICTURE = "picture"
    MAP = "map"


Writer = Callable[[KnowledgeGraph, Network, IO[bytes]], None]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its name, media type, file extension and writer."""

    name: str
    media_type: str
    extension: str
    writer: Writer
    kind: FormatKind
    description: str

    @property
    def binary(self) -> bool:
        return not (self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml")))

    def write(self, kg: KnowledgeGraph, network: Network, out: IO[bytes]) -> None:
        self.writer(kg, network, out)


def _text(render: Callable[[nx.DiGraph], str]) -> Writer:
    def writer(kg: KnowledgeGraph, network: Network, out: IO[bytes]) -> None:
        out.write(render(network.graph).encode("utf-8"))

    return writer


def _json(render: Callable[[nx.DiGraph], dict[str, Any]]) -> Writer:
    return _text(lambda G: json.dumps(render(G), ensure_ascii=False) + "\n")


def _rdf(fmt: str) -> Writer:
    def writer(kg: KnowledgeGraph, network: Network, out: IO[bytes]) -> None:
        out.write(rdf_data(kg, network.event_ids, fmt))

    return writer


def _rdf_export(name: str, description: str) -> ExportFormat:
    """An RDF export: its media type and extension come from the format registry."""
    spec = formats.named(name)
    return ExportFormat(name, spec.media_type, spec.extension, _rdf(name), FormatKind.RDF, description)


def _geojson(kg: KnowledgeGraph, network: Network, out: IO[bytes]) -> None:
    out.write((json.dumps(geojson_data(kg, network.event_ids), ensure_ascii=False) + "\n").encode("utf-8"))


def _picture(fmt: str) -> Writer:
    def writer(kg: KnowledgeGraph, network: Network, out: IO[bytes]) -> None:
        from diplograph.graph.draw import draw

        draw(network, out, fmt)

    return writer


_N, _P = FormatKind.NETWORK, FormatKind.PICTURE
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("graphml", "application/graphml+xml", "graphml", _text(graphml_data), _N, "GraphML"),
        ExportFormat("gexf", "application/gexf+xml", "gexf", _text(gexf_data), _N, "GEXF (Gephi)"),
        ExportFormat("cytoscape", "application/json", "cyjs", _json(cytoscape_data), _N, "Cytoscape.js JSON"),
        ExportFormat("d3", "application/json", "json", _json(node_link_data), _N, "D3 node-link JSON"),
        ExportFormat("dot", "text/vnd.graphviz", "dot", _text(dot_data), _N, "Graphviz DOT"),
        ExportFormat("edges-csv", "text/csv", "edges.csv", _text(edges_csv_data), _N, "CSV edge list"),
        ExportFormat("nodes-csv", "text/csv", "nodes.csv", _text(nodes_csv_data), _N, "CSV node list"),
        _rdf_export("turtle", "RDF Turtle of the events"),
        _rdf_export("ntriples", "RDF N-Triples"),
        _rdf_export("jsonld", "RDF JSON-LD"),
        _rdf_export("trig", "RDF TriG (one graph per article)"),
        ExportFormat(
            "geojson",
            "application/geo+json",
            "geojson",
            _geojson,
            FormatKind.MAP,
            "GeoJSON of located events",
        ),
        ExportFormat("svg", "image/svg+xml", "svg", _picture("svg"), _P, "picture of the ego network (SVG)"),
        ExportFormat("png", "image/png", "png", _picture("png"), _P, "picture of the ego network (PNG)"),
    )
}


def export_format(name: str) -> ExportFormat:
    """The registered format called ``name``."""
    key = name.strip().lower()
    if key not in FORMATS:
        raise NotFoundError(f"no export format {name!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[key]


def export(
    kg: KnowledgeGraph,
    selection: Selection,
    fmt: str | ExportFormat,
    out: IO[bytes],
    cells: Callable[[], list[CellRow]] | None = None,
) -> Network:
    """Select, build the network and write it to ``out`` in ``fmt`` (``cells``: the store's
    summary cells, when the caller keeps them)."""
    spec = fmt if isinstance(fmt, ExportFormat) else export_format(fmt)
    # the formats of the graph alone take its pairs from the summaries; the others list events
    of_graph = spec.kind in (FormatKind.NETWORK, FormatKind.PICTURE) and not selection.per_event
    network = pair_network(kg, selection, cells) if of_graph else build_network(kg, selection)
    logger.info(
        "exporting %s as %s: %d nodes, %d edges, %d events",
        selection.describe(),
        spec.name,
        network.graph.number_of_nodes(),
        network.graph.number_of_edges(),
        network.event_count,
    )
    spec.write(kg, network, out)
    return network
