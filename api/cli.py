"""The ``diplograph`` command line.

Every command takes ``--data DIR`` (or ``DIPLOGRAPH_DATA``) to choose the store.
Errors in one input are reported on one line each and the batch goes on; the
exit code is 1 when anything failed, 2 for usage errors.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from diplograph.api.commands_export import analytics_cmd, export_cmd
from diplograph.api.serve import serve_cmd
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from diplograph.errors import ArticleError, DiplographError
from diplograph.model import Article
from diplograph.settings import Settings, load_settings

if TYPE_CHECKING:
    from diplograph.extract.explain import Explanation

logger = logging.getLogger(__name__)

DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Store folder (default: $DIPLOGRAPH_DATA or the user data folder).", show_default=False
    ),
]
MemoryOption = Annotated[bool, typer.Option("--in-memory", help="Use a throw-away in-memory store.")]


def _settings(data: Path | None, in_memory: bool = False) -> Settings:
    return load_settings(data=data, in_memory=in_memory or None)


def _console(stderr: bool = True) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def _articles(paths: list[Path], errors: list[ArticleError]) -> Iterator[Article]:
    from diplograph.extract.readers import read_paths

    for item in read_paths(paths):
        if isinstance(item, ArticleError):
            errors.append(item)
            _console().print(f"[red]error[/red] {item}")
        else:
            yield item


def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")
    ] = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="spaCy worker processes.")] = 1,
) -> None:
    """Extract events from articles; write one JSON line per article (the scorer's format)."""
    from diplograph.extract.output import prediction_record
    from diplograph.extract.pipeline import Extractor

    console = _console()
    errors: list[ArticleError] = []
    extractor = Extractor(n_process=processes)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    n_articles = n_events = 0
    try:
        with _progress(console) as progress:
            task = progress.add_task("extracting", total=None)
            for result in extractor.process(_articles(paths, errors)):
                out.write(json.dumps(prediction_record(result), ensure_ascii=False) + "\n")
                n_articles += 1
                n_events += sum(not e.negated for e in result.events)
                progress.advance(task)
    finally:
        if output:
            out.close()
    console.print(f"{n_articles} articles, {n_events} events, {len(errors)} errors")
    if errors:
        raise typer.Exit(1)


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    data: DataOption = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="spaCy worker processes.")] = 1,
) -> None:
    """Extract events from articles and store them in the knowledge graph."""
    from diplograph.graph.ingest import ingest

    settings = _settings(data)
    console = _console()
    errors: list[ArticleError] = []
    with _progress(console) as progress:
        task = progress.add_task("ingesting", total=None)
        summary = ingest(
            settings,
            _articles(paths, errors),
            processes=processes,
            on_article=lambda outcome: progress.advance(task),
        )
    for failure in summary.failures:
        console.print(f"[red]error[/red] {failure}")
    total_errors = len(errors) + len(summary.failures)
    console.print(
        f"{summary.articles} articles: {summary.added} added, {summary.replaced} replaced, "
        f"{summary.unchanged} unchanged (already stored); {summary.events} events; "
        f"{total_errors} errors. Store: {summary.location}"
    )
    if total_errors:
        raise typer.Exit(1)


def query_cmd(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    data: DataOption = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table, json, csv, tsv (SELECT/ASK); turtle, ntriples (CONSTRUCT/DESCRIBE).",
        ),
    ] = "table",
) -> None:
    """Run a SPARQL query on the knowledge graph (default graph = all graphs)."""
    from diplograph.graph.results import render
    from diplograph.graph.store import KnowledgeGraph

    if sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    settings = _settings(data)
    with KnowledgeGraph(None if settings.in_memory else settings.data, read_only=True) as kg:
        result = kg.query(sparql)
        if fmt == "table":
            _print_table(result)
        else:
            sys.stdout.write(render(result, fmt))


def _print_table(result: object) -> None:
    import pyoxigraph as ox
    from diplograph.graph.store import python_value

    console = Console(highlight=False)
    if isinstance(result, ox.QueryBoolean):
        console.print("true" if bool(result) else "false")
        return
    if isinstance(result, ox.QueryTriples):
        for triple in result:
            console.print(f"{triple} .", soft_wrap=True)
        return
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    rows = 0
    for row in result:
        table.add_row(*("" if row[n] is None else str(python_value(row[n])) for n in names))
        rows += 1
    console.print(table)
    console.print(f"{rows} rows")


def stats_cmd(data: DataOption = None) -> None:
    """What the knowledge graph holds, and where it lives."""
    from diplograph.graph.store import KnowledgeGraph

    settings = _settings(data)
    path = settings.data
    console = Console(highlight=False)
    if not settings.in_memory and not path.exists():
        console.print(f"Store: {path} (empty: nothing ingested yet)")
        return
    with KnowledgeGraph(None if settings.in_memory else path, read_only=True) as kg:
        s = kg.stats()
    console.print(f"Store: {s.location}")
    console.print(
        f"{s.articles} articles, {s.events} events, {s.actors} actors in events, {s.triples} triples"
    )
    if s.events_by_category:
        table = Table("PLOVER category", "events")
        for category, n in sorted(s.events_by_category.items(), key=lambda kv: -kv[1]):
            table.add_row(category, str(n))
        console.print(table)


def explain_cmd(
    text: Annotated[str | None, typer.Argument(help="The sentence or text to explain.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Explain the text of this file.")] = None,
    date: Annotated[
        dt.datetime | None, typer.Option("--date", formats=["%Y-%m-%d"], help="Read the text on this day.")
    ] = None,
) -> None:
    """Why a text was coded as it was: actors, triggers, and for each event how its
    source, target and category were found (or why a trigger gave nothing)."""
    from diplograph.extract.explain import explain
    from diplograph.extract.pipeline import load_pipeline

    if (text is None) == (file is None):
        raise typer.BadParameter("give a text or --file, not both")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise typer.BadParameter(f"cannot read {file}: {exc}") from None
    assert text is not None
    _render_explanation(explain(text, load_pipeline(), date.date() if date else None))


def _render_explanation(x: Explanation) -> None:
    console = Console(highlight=False, soft_wrap=True)
    actors = Table("text", "actor", "named as", "sector", title="Actors")
    for a in x.actors:
        actors.add_row(a.text, a.actor_id or "(none)", a.how, a.sector or "")
    console.print(actors if x.actors else "No actors found.")
    triggers = Table("trigger", "lexicon", "outcome", title="Triggers")
    for t in x.triggers:
        outcome = f"[red]nothing:[/red] {t.reason}" if t.reason else "[green]event[/green]"
        triggers.add_row(t.text, f"{t.pos} {t.lemma} → {t.plover} ({t.cameo})", outcome)
    console.print(triggers if x.triggers else "No triggers of the lexicon found.")
    events = Table(
        "trigger", "source", "category", "target", "source via", "target via", "rule", title="Events"
    )
    for e in x.events:
        target = f"{e.target} ({e.target_text})" if e.target else "—"
        flags = " negated" * e.negated + " hypothetical" * e.hypothetical
        category = f"{e.plover} ({e.cameo}){flags}" + (
            f"\n[red]removed:[/red] {e.removed}" if e.removed else ""
        )
        events.add_row(
            e.trigger,
            f"{e.source} ({e.source_text})",
            category,
            target,
            e.source_via,
            e.target_via or "—",
            e.category_rule,
        )
    console.print(events if x.events else "No events.")


def create_cli() -> typer.Typer:
    """The ``diplograph`` command line application."""
    app = typer.Typer(
        name="diplograph",
        help="A knowledge graph of diplomatic relations built from the news.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.command("extract")(extract_cmd)
    app.command("ingest")(ingest_cmd)
    app.command("query")(query_cmd)
    app.command("stats")(stats_cmd)
    app.command("serve")(serve_cmd)
    app.command("export")(export_cmd)
    app.command("analytics")(analytics_cmd)
    app.command("explain")(explain_cmd)
    return app


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = create_cli()
    try:
        app()
    except DiplographError as exc:
        _console().print(f"[red]error[/red] {exc}")
        sys.exit(1)
