"""``diplograph serve``: the HTTP service (SPARQL endpoint, REST API, query page)
over the embedded store, run by uvicorn."""

from __future__ import annotations

import logging
from typing import Annotated

import typer
from diplograph.api.options import DataOption, StoreOption

from diplograph.settings import load_settings

logger = logging.getLogger(__name__)


def serve_cmd(
    data: DataOption = None,
    store: StoreOption = None,
    in_memory: Annotated[
        bool, typer.Option("--in-memory", help="Serve a throw-away in-memory store.")
    ] = False,
    host: Annotated[str | None, typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    query_timeout: Annotated[
        float | None, typer.Option(help="Seconds a SPARQL query may run (default 10).")
    ] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the knowledge graph over HTTP: SPARQL 1.1 at /sparql, REST at /actors,
    /dyads, /events, /articles, API docs at /docs. Other settings come from
    DIPLOGRAPH_* variables (API_KEY, ROW_LIMIT, ENABLE_UPDATE, ENABLE_GRAPH_STORE,
    ALLOW_SERVICE_HOSTS, TRUSTED_HOSTS, ...; see the README's Security section).
    Over a remote store (--store URL) the service keeps no state: run several behind a
    load balancer."""
    import uvicorn
    from diplograph.api.app import create_app

    settings = load_settings(
        data=data,
        store=store,
        in_memory=in_memory or None,
        host=host,
        port=port,
        query_timeout=query_timeout,
    )
    if settings.host in ("0.0.0.0", "::") and not settings.trusted_hosts:
        logger.warning(
            "listening on all addresses: requests are answered only for Host 127.0.0.1, localhost "
            "and [::1]; list the server's names in DIPLOGRAPH_TRUSTED_HOSTS"
        )
    if not settings.in_memory:
        from diplograph.graph.store import KnowledgeGraph

        KnowledgeGraph.open(settings).close()  # a store in use or unreachable: one line here, not later
    app = create_app(settings)
    logger.info(
        "serving %s on http://%s:%d",
        settings.describe_store(),
        settings.host,
        settings.port,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=log_level, workers=1)
