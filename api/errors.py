"""The one place that turns diplograph's error tree into HTTP responses.

Library code raises :class:`~diplograph.errors.DiplographError` subclasses and
never ``HTTPException``; :func:`install` registers a handler per class, and
Starlette picks the most specific one (a ``QueryTimeoutError`` is a
``QueryError`` but gets a 503, not a 400).

Every error body is JSON: ``{"error": "<kind>", "detail": "<message>"}``; FastAPI's
own request validation errors too (422, kind ``invalid``, the detail lists
``<field>: <message>`` for each bad field).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from diplograph.graph.executor import ClientBusyError, StoreUnavailableError
from diplograph.graph.store import ProtectedGraphError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from diplograph.errors import (
    ArticleError,
    AuthError,
    ConfigError,
    DiplographError,
    FeatureDisabledError,
    InputError,
    NotFoundError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    UnsupportedFormatError,
)

logger = logging.getLogger(__name__)


class MissingCredentialsError(AuthError):
    """No API key was sent (401); a wrong one is a plain AuthError (403)."""


class PayloadTooLargeError(InputError):
    """A request body over the configured size (413)."""


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: str
    detail: str


#: (error class, status, kind) — most specific first; Starlette matches along the MRO.
STATUS: list[tuple[type[DiplographError], int, str]] = [
    (QueryTimeoutError, 503, "timeout"),
    (QueryError, 400, "query"),
    (NotFoundError, 404, "not-found"),
    (MissingCredentialsError, 401, "unauthorized"),
    (AuthError, 403, "forbidden"),
    (FeatureDisabledError, 403, "disabled"),
    (UnsupportedFormatError, 406, "not-acceptable"),
    (PayloadTooLargeError, 413, "too-large"),
    (ArticleError, 422, "article"),
    (InputError, 400, "input"),
    (ClientBusyError, 429, "too-many-requests"),
    (ProtectedGraphError, 403, "protected-graph"),
    (StoreUnavailableError, 503, "unavailable"),
    (StoreError, 500, "store"),
    (ConfigError, 500, "config"),
    (DiplographError, 500, "error"),
]


def status_of(exc: DiplographError) -> tuple[int, str]:
    for cls, status, kind in STATUS:
        if isinstance(exc, cls):
            return status, kind
    return 500, "error"


def error_response(exc: DiplographError) -> JSONResponse:
    status, kind = status_of(exc)
    headers: dict[str, str] = {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="diplograph", charset="UTF-8"'
    if status in (429, 503):
        headers["Retry-After"] = "1"
    if status >= 500:
        logger.error("%s: %s", type(exc).__name__, exc)
    return JSONResponse({"error": kind, "detail": str(exc)}, status_code=status, headers=headers)


async def _handle(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DiplographError)
    return error_response(exc)


def _field(loc: Iterable[Any]) -> str:
    """The name of a bad field: ``("query", "limit")`` → ``limit``, ``("body",)`` → ``body``."""
    parts = [str(p) for p in loc]
    named = (
        parts[1:] if len(parts) > 1 and parts[0] in ("query", "path", "header", "cookie", "body") else parts
    )
    return ".".join(named) or "request"


def validation_detail(errors: Iterable[Mapping[str, Any]]) -> str:
    """FastAPI's validation errors as one line: ``limit: Input should be ...; q: Field required``."""
    return "; ".join(f"{_field(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors)


async def _handle_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"error": "invalid", "detail": validation_detail(exc.errors())}, status_code=422)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    for cls, _, _ in STATUS:
        app.add_exception_handler(cls, _handle)
    app.add_exception_handler(RequestValidationError, _handle_validation)
