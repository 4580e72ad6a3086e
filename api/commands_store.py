"""``diplograph repair``, ``backup`` and ``restore``: keeping a store sound."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from diplograph.settings import load_settings

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Store folder (default: $DIPLOGRAPH_DATA or the user data folder).", show_default=False
    ),
]


def _console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def repair_cmd(
    data: DataOpt = None,
    full: Annotated[
        bool, typer.Option("--full", help="Recompute every summary, not only stale ones.")
    ] = False,
) -> None:
    """Rebuild the per-pair summaries that disagree with the stored events (after a
    crash), and delete snapshot folders that killed servers left next to the store."""
    from diplograph.graph import leftovers, summaries
    from diplograph.graph.store import KnowledgeGraph

    settings = load_settings(data=data)
    with KnowledgeGraph(
        settings.data, merge_window_days=settings.merge_window_days
    ) as kg:  # takes the store's lock: no server is running
        done = summaries.repair(kg, deep=True, full=full)
        removed = leftovers.remove_stale_snapshots(settings.data)
    what = (
        f"all {done.pairs} pair summaries rebuilt" if done.rebuilt else f"{done.pairs} pair summaries rebuilt"
    )
    _console().print(f"{what}; {len(removed)} stale snapshot folders removed. Store: {settings.data}")


def backup_cmd(
    file: Annotated[Path, typer.Argument(help="The N-Quads file to write (.nq).")],
    data: DataOpt = None,
) -> None:
    """Write the whole store (articles, events, reference data, summaries) to one N-Quads file."""
    from diplograph.graph.backup import backup
    from diplograph.graph.store import KnowledgeGraph

    settings = load_settings(data=data)
    with KnowledgeGraph(settings.data, merge_window_days=settings.merge_window_days) as kg:
        n = backup(kg, file)
    _console().print(f"{n} quads written to {file}. Store: {settings.data}")


def restore_cmd(
    file: Annotated[Path, typer.Argument(help="A backup (.nq) or a TriG export (.trig).")],
    data: DataOpt = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Drop what the store holds before loading.")
    ] = False,
) -> None:
    """Load a backup (N-Quads) or a TriG export into an empty store and rebuild its summaries."""
    from diplograph.graph.backup import restore
    from diplograph.graph.store import KnowledgeGraph

    settings = load_settings(data=data)
    with KnowledgeGraph(settings.data, merge_window_days=settings.merge_window_days) as kg:
        done = restore(kg, file, replace=replace)
    _console().print(
        f"{done.quads} quads read from {file}: {done.articles} articles, {done.events} events, "
        f"{done.pairs} pair summaries rebuilt. Store: {settings.data}"
    )
