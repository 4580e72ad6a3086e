"""The SPARQL 1.1 Protocol endpoint (``/sparql``) and its query page.

- Query by ``GET ?query=``, ``POST`` form (``application/x-www-form-urlencoded``)
  or ``POST`` direct (``application/sparql-query``); ``default-graph-uri`` and
  ``named-graph-uri`` override the query's FROM clauses; without either, the
  default graph is the union of all graphs. Parameters the protocol does not
  define (``format=``, ``output=`` ...) are honoured when they name a format
  that fits, and otherwise ignored.
- Queries and updates run in worker processes (``diplograph.graph.executor``) and
  are stopped at the configured timeout with a 503; each client may have a few
  running or waiting (then 429), and the queue is bounded (then 503).
- ``SERVICE`` and ``LOAD`` are refused (400) unless their host is listed in
  ``DIPLOGRAPH_ALLOW_SERVICE_HOSTS``; text nested deeper than
  ``DIPLOGRAPH_MAX_QUERY_DEPTH`` is refused (400) before the engine sees it.
- Results are streamed as the worker serialises them; the row limit (10,000 by
  default) is announced in the ``Diplograph-Row-Limit`` header, and a cut result
  in ``Diplograph-Truncated`` and ``Warning``.
- Update (``POST`` form ``update=`` or ``application/sparql-update``) is off
  unless enabled, and then needs the API key and is refused from other sites;
  it cannot write the summary or reference graphs (403).
- ``GET /sparql`` without a query: the query page for browsers, else the
  service description (Turtle).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qsl

import pyoxigraph as ox
from diplograph.api.deps import ServiceDep, read_body, refuse_cross_site, require_api_key
from diplograph.graph.executor import ResultStream
from diplograph.graph.formats import Kind, acceptable_at_all, negotiate, parse_accept
from diplograph.graph.remote_queries import WholeResult
from diplograph.graph.sparql_worker import SparqlJob
from diplograph.ontology import namespaces as ns
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials
from starlette.background import BackgroundTask

from diplograph.errors import FeatureDisabledError, InputError, UnsupportedFormatError

logger = logging.getLogger(__name__)

router = APIRouter(tags=["SPARQL"])
PAGE = Path(__file__).resolve().parent.parent / "static" / "sparql" / "index.html"
SD = str(ns.SD)
_FORMATS_NS = str(ns.FORMATS)
FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY = "application/sparql-query"
DIRECT_UPDATE = "application/sparql-update"
_DOC_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The result, in the negotiated format.",
        "content": {
            mt: {}
            for mt in (
                "application/sparql-results+json",
                "application/sparql-results+xml",
                "text/csv",
                "text/tab-separated-values",
                "text/turtle",
                "application/n-triples",
                "application/ld+json",
                "application/rdf+xml",
                "text/html",
            )
        },
    },
    400: {"description": "Malformed request or query (the parser's message)."},
    406: {"description": "No acceptable format for this result."},
    403: {"description": "Update disabled, sent from another site, or aimed at a protected graph."},
    413: {"description": "The body is over the size limit."},
    429: {"description": "This client already has its share of queries running or waiting."},
    503: {"description": "The query ran past the time limit and was stopped, or all workers were busy."},
}
_POST_BODY = {
    "requestBody": {
        "content": {
            FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "update": {"type": "string"},
                        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                    },
                }
            },
            DIRECT_QUERY: {"schema": {"type": "string"}},
            DIRECT_UPDATE: {"schema": {"type": "string"}},
        }
    }
}


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise InputError(f"more than one {name!r} parameter", where=name)
    return values[0] if values else None


def _all(params: list[tuple[str, str]], name: str) -> tuple[str, ...]:
    return tuple(v for k, v in params if k == name)


def _utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"the {what} is not UTF-8", where="body") from None


def _charset_ok(content_type: str) -> bool:
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value.strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


def _respond(stream: ResultStream | WholeResult, row_limit: int | None) -> Response:
    head = stream.head
    headers = {"Vary": "Accept"}
    if row_limit is not None and head.form != "ask":
        headers["Diplograph-Row-Limit"] = str(row_limit)
        if head.truncated:
            headers["Diplograph-Truncated"] = "true"
            headers["Warning"] = f'199 diplograph "result cut at the server\'s row limit of {row_limit}"'
    return StreamingResponse(
        iter(stream), media_type=head.content_type, headers=headers, background=BackgroundTask(stream.close)
    )


async def _query(
    service: ServiceDep, request: Request, query: str, params: list[tuple[str, str]]
) -> Response:
    accept = parse_accept(request.headers.get("accept"))
    override = _one(params, "format") or _one(params, "output")
    if not acceptable_at_all(accept, override):
        raise UnsupportedFormatError("none of the accepted types is a SPARQL result or RDF format")
    row_limit = service.settings.row_limit or None
    job = SparqlJob(
        query=query,
        accept=accept,
        format=override,
        default_graphs=_all(params, "default-graph-uri"),
        named_graphs=_all(params, "named-graph-uri"),
        row_limit=row_limit,
        policy=service.policy(),
    )
    stream = await run_in_threadpool(service.sparql, job, _client(request))
    return _respond(stream, row_limit)


async def _update(
    service: ServiceDep, request: Request, update: str, params: list[tuple[str, str]]
) -> Response:
    if not service.settings.enable_update:
        raise FeatureDisabledError("SPARQL Update is disabled (DIPLOGRAPH_ENABLE_UPDATE)")
    refuse_cross_site(request)
    require_api_key(service, request.headers.get("x-api-key"), _bearer_of(request))
    if _all(params, "using-graph-uri") or _all(params, "using-named-graph-uri"):
        raise InputError("using-graph-uri / using-named-graph-uri are not supported; use USING in the update")
    await run_in_threadpool(service.update, update, _client(request))
    return Response(status_code=204)


def _bearer_of(request: Request) -> HTTPAuthorizationCredentials | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return (
        HTTPAuthorizationCredentials(scheme=scheme, credentials=token) if scheme.lower() == "bearer" else None
    )


def _service_description(request: Request, service: ServiceDep) -> Response:
    accept = parse_accept(request.headers.get("accept"))
    fmt = negotiate(accept, Kind.GRAPH)
    from diplograph.graph.formats import RDF_FORMAT

    s = ox.BlankNode("service")
    rdf_type = ox.NamedNode(str(ns.RDF.type))
    triples = [
        ox.Triple(s, rdf_type, ox.NamedNode(SD + "Service")),
        ox.Triple(s, ox.NamedNode(SD + "endpoint"), ox.NamedNode(str(request.url_for("sparql_get")))),
        ox.Triple(s, ox.NamedNode(SD + "supportedLanguage"), ox.NamedNode(SD + "SPARQL11Query")),
        ox.Triple(s, ox.NamedNode(SD + "feature"), ox.NamedNode(SD + "UnionDefaultGraph")),
    ]
    if service.settings.enable_update:
        triples.append(
            ox.Triple(s, ox.NamedNode(SD + "supportedLanguage"), ox.NamedNode(SD + "SPARQL11Update"))
        )
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ):
        triples.append(ox.Triple(s, ox.NamedNode(SD + "resultFormat"), ox.NamedNode(_FORMATS_NS + name)))
    body = ox.serialize(triples, format=RDF_FORMAT[fmt.name], prefixes={"sd": SD})
    return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})


def _wants_html(request: Request) -> bool:
    accept = parse_accept(request.headers.get("accept"))
    html = max((q for media, q in accept if media in ("text/html", "application/xhtml+xml")), default=0.0)
    rdf = max(
        (
            q
            for media, q in accept
            if media in ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
        ),
        default=0.0,
    )
    return html > 0 and html >= rdf


@router.get("/sparql", name="sparql_get", responses=_DOC_RESPONSES, summary="SPARQL query (GET)")
async def sparql_get(
    service: ServiceDep,
    request: Request,
    query: Annotated[str | None, Query(description="The SPARQL query.")] = None,
    default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri")] = None,
    named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri")] = None,
) -> Response:
    """Run a query given in the URL; without one, the query page (browsers) or the
    service description."""
    params = list(request.query_params.multi_items())
    if _all(params, "update"):
        raise InputError("SPARQL Update must be sent with POST", where="update")
    text = _one(params, "query")
    if text is None:
        if _wants_html(request):
            return FileResponse(PAGE, media_type="text/html; charset=utf-8", headers={"Vary": "Accept"})
        return _service_description(request, service)
    return await _query(service, request, text, params)


@router.post(
    "/sparql",
    name="sparql_post",
    responses=_DOC_RESPONSES,
    openapi_extra=_POST_BODY,
    summary="SPARQL query or update (POST)",
)
async def sparql_post(service: ServiceDep, request: Request) -> Response:
    """A query or update, as a form or directly in the body."""
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    url_params = list(request.query_params.multi_items())
    body = await read_body(request, service.settings.max_upload_bytes)
    if not _charset_ok(content_type):
        raise InputError("only UTF-8 request bodies are accepted", where="content-type")
    if media == FORM:
        try:
            params = url_params + parse_qsl(_utf8(body, "form"), keep_blank_values=True, errors="strict")
        except UnicodeDecodeError:
            raise InputError("the form is not UTF-8", where="body") from None
        query, update = _one(params, "query"), _one(params, "update")
        if (query is None) == (update is None):
            raise InputError("a form needs exactly one of 'query' or 'update'", where="body")
        if query is not None:
            return await _query(service, request, query, params)
        assert update is not None
        return await _update(service, request, update, params)
    if media == DIRECT_QUERY:
        return await _query(service, request, _utf8(body, "query"), url_params)
    if media == DIRECT_UPDATE:
        return await _update(service, request, _utf8(body, "update"), url_params)
    raise InputError(
        f"POST /sparql takes {FORM}, {DIRECT_QUERY} or {DIRECT_UPDATE}, not {media or 'nothing'!r}",
        where="content-type",
    )
