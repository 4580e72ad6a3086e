"""The 4xx (and 503) answers each group of operations can give, declared once for
the OpenAPI document: ``app.include_router(router, responses=errors_for(router))``.

Every error body has the one shape ``{"error": kind, "detail": message}``
(:mod:`diplograph.api.errors`); each declared status carries an example of it.
"""

from __future__ import annotations

from typing import Any

from diplograph.api.errors import ErrorBody
from fastapi import APIRouter

#: status -> (what it means, an example body)
EXAMPLES: dict[int, tuple[str, dict[str, str]]] = {
    400: ("Bad input: a parameter or query is wrong", {"error": "input", "detail": "since is after until"}),
    401: (
        "The API key is missing",
        {
            "error": "unauthorized",
            "detail": "this operation needs the API key",
        },
    ),
    403: ("Wrong API key, or the feature is disabled", {"error": "forbidden", "detail": "wrong API key"}),
    404: ("Nothing by that name", {"error": "not-found", "detail": "no actor RUX"}),
    406: (
        "No result format matches the Accept header",
        {"error": "not-acceptable", "detail": "cannot answer in text/html"},
    ),
    422: (
        "Invalid parameters or an article that cannot be read",
        {"error": "invalid", "detail": "query.limit: Input should be less than or equal to 1000"},
    ),
    413: (
        "The request body is too large",
        {"error": "too-large", "detail": "the body is over 1000000 bytes"},
    ),
    503: (
        "The query ran out of time or the store is busy",
        {"error": "timeout", "detail": "the query took over 10 s"},
    ),
}

#: the statuses of each router, by its first tag (others: 400 and 404)
STATUSES_BY_TAG: dict[str, tuple[int, ...]] = {
    "SPARQL": (400, 401, 403, 404, 406, 413, 422, 503),
    "articles": (400, 401, 403, 404, 413, 422),
    "service": (),
    "page": (404,),
}
DEFAULT_STATUSES = (400, 404, 422)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for ``statuses``, each with the error model and an example."""
    return {
        status: {
            "model": ErrorBody,
            "description": EXAMPLES[status][0],
            "content": {"application/json": {"example": EXAMPLES[status][1]}},
        }
        for status in statuses
    }


def errors_for(router: APIRouter) -> dict[int | str, dict[str, Any]]:
    """The error responses a router's operations declare (by the router's first tag)."""
    tag = str(router.tags[0]) if router.tags else ""
    return error_responses(*STATUSES_BY_TAG.get(tag, DEFAULT_STATUSES))
