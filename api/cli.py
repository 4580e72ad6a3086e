"""The ``diplograph`` command line.

Every command takes ``--data DIR`` (or ``DIPLOGRAPH_DATA``) to choose the store, or
``--store URL`` (or ``DIPLOGRAPH_STORE``) for a remote SPARQL store;
``DIPLOGRAPH_LOG_LEVEL`` (default WARNING) sets what is logged to stderr.
Errors in one input are reported on one line each and the batch goes on; the
exit code is 1 when anything failed, 2 for usage errors.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from diplograph.api.commands_export import analytics_cmd, export_cmd
from diplograph.api.commands_store import backup_cmd, repair_cmd, restore_cmd
from diplograph.api.options import DataOption, StoreOption
from diplograph.api.serve import serve_cmd
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from diplograph.errors import ArticleError, DiplographError, StoreError
from diplograph.model import Article

if TYPE_CHECKING:
    from diplograph.extract.pipeline import Extractor, PartsExtractor
from diplograph.settings import Settings, load_settings

if TYPE_CHECKING:
    from diplograph.extract.explain import Explanation

logger = logging.getLogger(__name__)

MemoryOption = Annotated[bool, typer.Option("--in-memory", help="Use a throw-away in-memory store.")]
ProcessesOption = Annotated[
    int | None,
    typer.Option(
        "--processes",
        "-p",
        min=1,
        help="Extraction processes (default: every core this process may use); one writer.",
        show_default=False,
    ),
]


ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Extract on a Dask distributed cluster: the scheduler's address (tcp://scheduler:8786), "
        "or 'local' for a local cluster of --processes worker processes. Needs diplograph[cluster].",
        show_default=False,
    ),
]


def _settings(data: Path | None, store: str | None = None) -> Settings:
    return load_settings(data=data, store=store)


def _console(stderr: bool = True) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """``1 event``, ``2 events``, ``1 entry``/``3 entries`` (given ``plural_form``)."""
    return f"{n:,} {word if n == 1 else plural_form or word + 's'}"


class RateColumn(ProgressColumn):
    """Articles per second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f} articles/s", style="progress.data.speed")


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def count_articles(paths: list[Path]) -> int | None:
    """How many articles ``paths`` hold, for the progress bar: a file each, a line each of
    JSONL (unreadable inputs are counted as they will be reported, once). None when
    counting is not possible (a file that cannot be read yet)."""
    from diplograph.extract.readers import iter_files

    total = 0
    try:
        for item in iter_files(paths):
            if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
                with item.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            else:
                total += 1
    except OSError:
        return None
    return total


def _load_extractor(console: Console, processes: int | None) -> Extractor:
    """The extractor, with ``processes`` worker processes (None: one per core); close it after use."""
    from diplograph.extract.pipeline import Extractor, default_processes

    with console.status("loading the language model (spaCy) and the gazetteer…"):
        return Extractor(n_process=processes or default_processes())


def _load_backend(console: Console, processes: int | None, cluster: str | None) -> PartsExtractor:
    """This process's extractor, or with ``cluster`` a client of a Dask cluster (a local one
    of ``processes`` workers for ``local``); close it after use."""
    if cluster is None:
        return _load_extractor(console, processes)
    from diplograph.extract.cluster import LOCAL, ClusterExtractor

    if processes is not None and cluster != LOCAL:
        raise typer.BadParameter("the workers of a remote cluster are its own; use it without --processes")
    with console.status(f"connecting to the Dask cluster ({cluster})…"):
        return ClusterExtractor.connect(cluster, processes=processes)


def _articles(paths: list[Path], errors: list[ArticleError], max_bytes: int) -> Iterator[Article]:
    from diplograph.extract.readers import read_paths

    for item in read_paths(paths, max_bytes=max_bytes):
        if isinstance(item, ArticleError):
            errors.append(item)
            _console().print(f"[red]error[/red] {escape(str(item))}")
        else:
            yield item


def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")
    ] = None,
    processes: ProcessesOption = None,
) -> None:
    """Extract events from articles; write one JSON line per article (the scorer's format)."""
    from diplograph.extract.output import prediction_record

    console = _console()
    errors: list[ArticleError] = []
    total = count_articles(paths)
    extractor = _load_extractor(console, processes)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    n_articles = n_events = n_negated = 0
    try:
        with _progress(console) as progress:
            task = progress.add_task("extracting", total=total)
            articles = _articles(paths, errors, load_settings().max_article_bytes)
            for result in extractor.process(articles):
                out.write(json.dumps(prediction_record(result), ensure_ascii=False) + "\n")
                n_articles += 1
                n_events += sum(not e.negated for e in result.events)
                n_negated += sum(e.negated for e in result.events)
                progress.advance(task)
    finally:
        extractor.close()
        if output:
            out.close()
    console.print(
        f"{plural(n_articles, 'article')}, {plural(n_events, 'event')} "
        f"(and {n_negated:,} negated, listed apart), {plural(len(errors), 'error')}"
    )
    if errors:
        raise typer.Exit(1)


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Text, HTML or JSONL files, or folders.")],
    data: DataOption = None,
    store: StoreOption = None,
    processes: ProcessesOption = None,
    batch_size: Annotated[
        int | None,
        typer.Option(
            "--batch-size",
            min=1,
            help="Articles written together, in one write (at most 1M characters) [default: 1024].",
        ),
    ] = None,
    cluster: ClusterOption = None,
) -> None:
    """Extract events from articles and store them in the knowledge graph, a batch at a time."""
    from diplograph.graph.ingest import DEFAULT_BATCH, ingest

    settings = _settings(data, store)
    console = _console()
    errors: list[ArticleError] = []
    total = count_articles(paths)
    extractor = _load_backend(console, processes, cluster)
    with closing(extractor), _progress(console) as progress:
        task = progress.add_task("ingesting", total=total)
        summary = ingest(
            settings,
            _articles(paths, errors, settings.max_article_bytes),
            extractor=extractor,
            batch_size=batch_size or DEFAULT_BATCH,
            on_article=lambda outcome: progress.advance(task),
        )
    for failure in summary.failures:
        console.print(f"[red]error[/red] {escape(failure)}")
    total_errors = len(errors) + len(summary.failures)
    console.print(
        f"{plural(summary.articles, 'article')}: {summary.added:,} added, {summary.replaced:,} replaced, "
        f"{summary.unchanged:,} unchanged (already stored); {plural(summary.events, 'event')} stored "
        f"(counted as `diplograph stats` counts them); {plural(total_errors, 'error')}. "
        f"Store: {summary.location}"
    )
    if total_errors:
        raise typer.Exit(1)


def query_cmd(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    data: DataOption = None,
    store: StoreOption = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table, json, csv, tsv (SELECT/ASK); turtle, ntriples (CONSTRUCT/DESCRIBE).",
        ),
    ] = "table",
) -> None:
    """Run a SPARQL query on the knowledge graph (default graph = all graphs).
    SERVICE is refused unless DIPLOGRAPH_ALLOW_SERVICE_HOSTS lists its host."""
    from diplograph.graph.formats import render
    from diplograph.graph.sparql_guard import check, policy_from_settings
    from diplograph.graph.store import KnowledgeGraph

    if sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    settings = _settings(data, store)
    check(sparql, policy_from_settings(settings))  # before the engine: no fetch, no deep nesting
    with KnowledgeGraph.open(settings, read_only=True) as kg:
        result = kg.query(sparql)
        try:
            if fmt == "table":
                _print_table(result)
            else:
                sys.stdout.write(render(result, fmt))
        except (OSError, RuntimeError) as exc:  # raised while the engine yields rows
            raise StoreError(f"the query failed while running: {exc}") from exc


def _print_table(result: object) -> None:
    import pyoxigraph as ox
    from diplograph.graph.terms import python_value

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
    table = Table(show_lines=False)
    for name in names:
        table.add_column(name, overflow="fold")  # long values wrap; nothing is cut off
    rows = 0
    for row in result:
        table.add_row(*("" if row[n] is None else compact(python_value(row[n])) for n in names))
        rows += 1
    console.print(table)
    console.print(plural(rows, "row"))


def compact(value: object) -> str:
    """An IRI under a predeclared prefix as a prefixed name (``actor:RUS``); other values as text."""
    from diplograph.ontology.namespaces import PREFIXES

    text = str(value)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        local = text[len(namespace) :]
        if text.startswith(namespace) and re.fullmatch(r"[\w.-]+", local):
            return f"{prefix}:{local}"
    return text


def stats_cmd(data: DataOption = None, store: StoreOption = None) -> None:
    """What the knowledge graph holds, and where it lives."""
    from diplograph.graph.store import KnowledgeGraph

    settings = _settings(data, store)
    path = settings.store_folder()
    console = Console(highlight=False)
    if settings.remote_url() is None and not settings.in_memory and not path.exists():
        console.print(f"Store: {path} (empty: nothing ingested yet)")
        return
    with KnowledgeGraph.open(settings, read_only=True) as kg:
        s = kg.stats()
    console.print(f"Store: {s.location}")
    asserted = s.events - s.negated - s.hypothetical
    console.print(
        f"{plural(s.articles, 'article')}, {plural(s.events, 'event')} "
        f"({asserted:,} asserted, {s.hypothetical:,} hypothetical, {s.negated:,} negated) "
        f"from {plural(s.reports, 'report')}, "
        f"{plural(s.actors, 'actor')} in events, {plural(s.triples, 'triple')}"
    )
    console.print(
        "An event is one happening (source–relation–target, when, where); a report is what one "
        "article says of it (what `ingest` counts): the reports of several articles are merged "
        "into one event. REST lookups, exports, analytics and the graph page count the asserted "
        "events unless hypothetical or negated ones (or reports: count=reports) are asked for."
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
    app.command("repair")(repair_cmd)
    app.command("backup")(backup_cmd)
    app.command("restore")(restore_cmd)
    app.callback()(_version_option)
    return app


def _show_version(value: bool) -> None:
    if value:
        from diplograph import __version__

        typer.echo(f"diplograph {__version__}")
        raise typer.Exit()


def _version_option(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """A knowledge graph of diplomatic relations built from the news."""


def main() -> None:
    level = os.environ.get("DIPLOGRAPH_LOG_LEVEL", "WARNING").upper()  # DEBUG logs every article written
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    app = create_cli()
    try:
        app()
    except DiplographError as exc:
        _console().print(f"[red]error[/red] {escape(str(exc))}")
        sys.exit(1)
