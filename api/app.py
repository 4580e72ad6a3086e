"""The HTTP service: ``create_app(settings)`` builds it; nothing is built at import time.

    from diplograph.api.app import create_app
    from diplograph.settings import load_settings
    app = create_app(load_settings())          # uvicorn runs it: `diplograph serve`

The store is opened (and the query workers started) in the app's lifespan and
closed with it. ``kg`` lets tests and benchmarks hand over a store they built.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from diplograph.api import errors
from diplograph.api.deps import check_host
from diplograph.api.responses import errors_for
from diplograph.api.routers import (
    actors,
    analytics,
    articles,
    dyads,
    events,
    export,
    graph_store,
    health,
    page,
    sparql,
)
from diplograph.api.service import Service
from diplograph.graph.store import KnowledgeGraph
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from diplograph import __version__
from diplograph.settings import Settings

logger = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
DESCRIPTION = """A knowledge graph of diplomatic relations extracted from the news.

* **SPARQL 1.1** at `/sparql` (Protocol: GET, POST form, POST direct; results as JSON,
  XML, CSV, TSV; graphs as Turtle, N-Triples, JSON-LD, RDF/XML). A query page for
  browsers is at `/sparql` too.
* **REST**: actors, their relations (filtered, cursor-paginated), pair summaries,
  events, ingest (`POST /articles`, API key).
* **Exports and analytics**: `/export/{format}` (GraphML, GEXF, Cytoscape.js, D3, DOT,
  CSV, RDF, SVG/PNG) and `/analytics/...` over the same filters; the relations page is `/`.

Errors are JSON: `{"error": kind, "detail": message}` (invalid parameters: 422,
`{"error": "invalid", "detail": "<field>: <message>; ..."}`).
"""


def create_app(settings: Settings, *, kg: KnowledgeGraph | None = None) -> FastAPI:
    """The FastAPI application over the store of ``settings`` (or over ``kg``)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = Service.open(settings, kg)
        app.state.service = service
        try:
            yield
        finally:
            service.close()

    app = FastAPI(
        title="diplograph",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # /docs and /redoc are served from vendored assets (routers/page.py)
        redoc_url=None,
        dependencies=[Depends(check_host)],  # the Host header must name this service
    )
    app.state.settings = settings
    errors.install(app)
    for router in (
        sparql.router,
        graph_store.router,
        actors.router,
        dyads.router,
        events.router,
        articles.router,
        export.router,
        analytics.router,
        health.router,
        page.router,  # the relations page at /, the API docs at /docs and /redoc
    ):
        app.include_router(router, responses=errors_for(router))
    for name in ("yasgui", "sparql"):
        app.mount(f"/static/{name}", StaticFiles(directory=STATIC / name), name=f"static-{name}")
    return app
