"""Request dependencies and shared parameters: the service, the store, the
extractor, the API key check, the ``Host`` and cross-site checks, the one bounded
reader of request bodies, the selection filters of ``/export`` and ``/analytics``,
and the limits every router uses (``Annotated`` types, so a route declares
``kg: KG`` or ``top: Top`` and FastAPI does the rest)."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from typing import Annotated, Any

from diplograph.api.errors import MissingCredentialsError, PayloadTooLargeError
from diplograph.api.service import Service
from diplograph.api.views import ViewCache
from diplograph.graph.selection import MAX_DEPTH, Counting, Selection
from diplograph.graph.store import KnowledgeGraph
from fastapi import Depends, Query, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from diplograph.errors import AuthError, FeatureDisabledError, InputError

logger = logging.getLogger(__name__)


def get_service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]


def get_kg(service: ServiceDep) -> KnowledgeGraph:
    return service.kg


KG = Annotated[KnowledgeGraph, Depends(get_kg)]


def get_views(service: ServiceDep) -> ViewCache:
    return service.views


Views = Annotated[ViewCache, Depends(get_views)]


def get_extractor(service: ServiceDep) -> Any:
    """The extraction pipeline (tests override this dependency with a fake)."""
    return service.extractor()


ExtractorDep = Annotated[Any, Depends(get_extractor)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The service's API key.")
_bearer = HTTPBearer(auto_error=False, description="The service's API key as a bearer token.")


def require_api_key(
    service: ServiceDep,
    key: Annotated[str | None, Depends(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need the configured API key (``X-API-Key`` or ``Authorization: Bearer``)."""
    expected = service.settings.api_key
    if expected is None or not expected.get_secret_value():
        raise FeatureDisabledError("writes are disabled: the service has no API key (DIPLOGRAPH_API_KEY)")
    given = key or (bearer.credentials if bearer else None)
    if not given:
        raise MissingCredentialsError("this operation needs the API key (X-API-Key or Authorization: Bearer)")
    if not secrets.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise AuthError("wrong API key")


ApiKey = Annotated[None, Depends(require_api_key)]


# -- limits ---------------------------------------------------------------------------------------
MAX_PAGE = 1000  # relations per page
MAX_SEARCH = 200  # actor search hits
MAX_TOP = 50  # counterparts listed per actor

PageSize = Annotated[int | None, Query(ge=1, le=MAX_PAGE, description="Page size.")]
SearchLimit = Annotated[int, Query(ge=1, le=MAX_SEARCH)]
Top = Annotated[int, Query(ge=1, le=MAX_TOP)]
ActorName = Annotated[str, Query(description="Actor id or name.")]


# -- the selection of /export and /analytics ------------------------------------------------------
def selection_params(
    country: Annotated[
        list[str] | None,
        Query(description="Actor ids or names (repeat, or comma-separated); keeps their ego network."),
    ] = None,
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH, description="Hops around the countries.")] = 1,
    since: Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD).")] = None,
    category: Annotated[list[str] | None, Query(description="PLOVER categories (e.g. THREATEN).")] = None,
    quad_class: Annotated[
        list[str] | None,
        Query(
            description="Quad classes: verbal-cooperation, material-cooperation, verbal-conflict, "
            "material-conflict (or 1-4)."
        ),
    ] = None,
    min_events: Annotated[int, Query(ge=1, description="Drop directed pairs with fewer events.")] = 1,
    hypothetical: Annotated[bool, Query(description="Include hypothetical events.")] = False,
    negated: Annotated[bool, Query(description="Include negated events.")] = False,
    per_event: Annotated[bool, Query(description="One edge per event instead of per pair.")] = False,
    count: Annotated[
        Counting, Query(description="What edge weights count: events (default) or reports (coverage).")
    ] = Counting.EVENTS,
) -> Selection:
    return Selection.parse(
        countries=country,
        categories=category,
        quad_classes=quad_class,
        since=since,
        until=until,
        depth=depth,
        min_events=min_events,
        include_hypothetical=hypothetical,
        include_negated=negated,
        per_event=per_event,
        count=count,
    )


SelectionDep = Annotated[Selection, Depends(selection_params)]


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with a 413 as soon as it is known to pass ``limit`` bytes:
    at once from ``Content-Length``, else while the chunks arrive (nothing past the limit is
    kept in memory)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise InputError("Content-Length is not a number", where="content-length")
        if int(declared) > limit:
            raise PayloadTooLargeError(f"the body ({int(declared)} bytes) is over the limit of {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLargeError(f"the body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _host_name(header: str) -> str:
    """``Host`` without its port (``[::1]:8000`` -> ``[::1]``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def check_host(request: Request) -> None:
    """Refuse a ``Host`` header the service was not configured for (DNS rebinding)."""
    accepted = request.app.state.settings.accepted_hosts()
    host = _host_name(request.headers.get("host", ""))
    if host not in accepted:
        raise InputError(
            f"Host {host or '(none)'!r} is not served here; add it to DIPLOGRAPH_TRUSTED_HOSTS",
            where="host",
        )


def refuse_cross_site(request: Request) -> None:
    """Refuse a write a page on another site made the browser send (a form post)."""
    if request.headers.get("sec-fetch-site", "").lower() == "cross-site":
        raise AuthError("cross-site requests cannot change the store")
    origin = request.headers.get("origin")
    if origin is None:
        return
    name = _host_name(origin.partition("://")[2]) if "://" in origin else origin.lower()
    if name not in request.app.state.settings.accepted_hosts():
        raise AuthError(f"requests from {origin} cannot change the store")
