"""The SPARQL 1.1 Graph Store HTTP Protocol (``/graph-store?graph=IRI`` or
``?default``): read, replace, add to or delete one graph.

Off unless ``DIPLOGRAPH_ENABLE_GRAPH_STORE`` is set, and then every operation
needs the API key, and writes are refused from other sites. The summary and
reference graphs cannot be written (403). A write refreshes the summaries of the
pairs whose events the graph held before or holds after.
"""

from __future__ import annotations

import logging
from typing import Annotated

import pyoxigraph as ox
from diplograph.api.deps import ApiKey, ServiceDep, read_body, refuse_cross_site
from diplograph.api.service import Service
from diplograph.graph import summaries
from diplograph.graph.formats import GRAPH_PARSERS, RDF_FORMAT, Kind, negotiate, parse_accept
from diplograph.ontology import namespaces as ns
from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from diplograph.errors import FeatureDisabledError, InputError, NotFoundError

logger = logging.getLogger(__name__)

router = APIRouter(tags=["SPARQL"], prefix="/graph-store")
GraphName = ox.NamedNode | ox.DefaultGraph
_PARSERS = GRAPH_PARSERS
GraphParam = Annotated[str | None, Query(description="The IRI of the named graph.")]
DefaultParam = Annotated[str | None, Query(description="Present (empty) to address the default graph.")]


def _enabled(service: Service) -> None:
    if not service.settings.enable_graph_store:
        raise FeatureDisabledError("the Graph Store Protocol is disabled (DIPLOGRAPH_ENABLE_GRAPH_STORE)")


def _enabled_dep(service: ServiceDep) -> None:
    _enabled(service)


GraphStoreOn = Annotated[None, Depends(_enabled_dep)]
SameSite = Annotated[None, Depends(refuse_cross_site)]


def _target(graph: str | None, default: str | None) -> GraphName:
    if (graph is None) == (default is None):
        raise InputError("give exactly one of ?graph=IRI or ?default", where="graph")
    if graph is None:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graph)
    except ValueError as exc:
        raise InputError(f"not an IRI: {exc}", where="graph") from None


async def _triples(service: Service, request: Request) -> list[ox.Triple]:
    body = await read_body(request, service.settings.max_upload_bytes)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = _PARSERS.get(media)
    if fmt is None:
        raise InputError(
            f"unsupported RDF type {media or 'none'!r}; send one of {', '.join(_PARSERS)}",
            where="content-type",
        )
    try:
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(body, format=fmt, base_iri=str(request.url))
        ]
    except SyntaxError as exc:
        raise InputError(f"cannot parse the body: {exc}", where="body") from None


def _write(service: Service, g: GraphName, triples: list[ox.Triple], replace: bool) -> bool:
    """Replace or extend graph ``g`` in one transaction; returns whether it was new."""
    with service.write_lock:
        before = summaries.graph_state(service.kg, g)
        created = service.kg.put_graph(g, triples, replace=replace)
        service.after_graph_write(before, g)
        return created


def _delete(service: Service, g: GraphName) -> None:
    with service.write_lock:
        if not service.kg.has_graph(g):
            raise NotFoundError(f"no graph {g}")
        before = summaries.graph_state(service.kg, g)
        service.kg.drop_graph(g)
        service.after_graph_write(before, g)


@router.get("", summary="Read a graph")
def read_graph(
    service: ServiceDep,
    _on: GraphStoreOn,
    _: ApiKey,
    request: Request,
    graph: GraphParam = None,
    default: DefaultParam = None,
) -> Response:
    g = _target(graph, default)
    if not service.kg.has_graph(g):
        raise NotFoundError(f"no graph {graph}")
    fmt = negotiate(
        parse_accept(request.headers.get("accept")), Kind.GRAPH, request.query_params.get("format")
    )
    triples = (
        ox.Triple(q.subject, q.predicate, q.object)
        for q in service.kg.native.quads_for_pattern(None, None, None, g)
    )
    body = ox.serialize(triples, format=RDF_FORMAT[fmt.name], prefixes=dict(ns.PREFIXES))
    return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})


@router.put("", status_code=204, summary="Replace a graph")
async def replace_graph(
    service: ServiceDep,
    _on: GraphStoreOn,
    _: ApiKey,
    _site: SameSite,
    request: Request,
    graph: GraphParam = None,
    default: DefaultParam = None,
) -> Response:
    g = _target(graph, default)
    created = await run_in_threadpool(_write, service, g, await _triples(service, request), True)
    return Response(status_code=201 if created else 204)


@router.post("", status_code=204, summary="Add to a graph")
async def add_to_graph(
    service: ServiceDep,
    _on: GraphStoreOn,
    _: ApiKey,
    _site: SameSite,
    request: Request,
    graph: GraphParam = None,
    default: DefaultParam = None,
) -> Response:
    g = _target(graph, default)
    created = await run_in_threadpool(_write, service, g, await _triples(service, request), False)
    return Response(status_code=201 if created else 204)


@router.delete("", status_code=204, summary="Delete a graph")
def delete_graph(
    service: ServiceDep,
    _on: GraphStoreOn,
    _: ApiKey,
    _site: SameSite,
    graph: GraphParam = None,
    default: DefaultParam = None,
) -> Response:
    _delete(service, _target(graph, default))
    return Response(status_code=204)
