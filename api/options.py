"""Options every store command shares: ``--data`` (the store folder) and ``--store`` (a
remote SPARQL endpoint, or a folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Store folder (default: $DIPLOGRAPH_DATA or the user data folder).", show_default=False
    ),
]
StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="The store: a SPARQL 1.1 endpoint URL (a remote store: Oxigraph server "
        "http://HOST:7878/query, Virtuoso http://HOST:8890/sparql, a Fuseki dataset) or a store "
        "folder (default: $DIPLOGRAPH_STORE, else --data).",
        show_default=False,
    ),
]
