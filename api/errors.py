"""The one place that turns diplograph's error tree into HTTP responses.

Library code raises :class:`~diplograph.errors.DiplographError` subclasses and
never ``HTTPException``; :func:`install` registers a handler per class, and
Starlette picks the most specific one (a ``QueryTimeoutError`` is a
``QueryError`` but gets a 503, not a 400).

Every error body is JSON: ``{"error": "<kind>", "detail": "<message>"}``.
"""

from __future__ import annotations

import logging

from diplograph.graph.executor import ClientBusyError, StoreUnavailableError
from diplograph.graph.store import ProtectedGraphError
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    for cls, _, _ in STATUS:
        app.add_exception_handler(cls, _handle)
