"""``diplograph export`` and ``diplograph analytics``: the relations as files
(GraphML, GEXF, Cytoscape.js, D3, DOT, CSV, RDF, SVG/PNG) and analyses of them,
over the same selection options."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from diplograph.api.options import DataOption, StoreOption
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from diplograph.errors import InputError
from diplograph.settings import load_settings

logger = logging.getLogger(__name__)

CountryOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--country", "-c", help="Actor id or name (repeat, or comma-separated): keep its ego network."
    ),
]
DepthOpt = Annotated[int, typer.Option("--depth", min=0, max=5, help="Hops around the countries.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")]
CategoryOpt = Annotated[
    list[str] | None,
    typer.Option("--category", help="PLOVER categories to keep (repeat, or comma-separated)."),
]
QuadOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--quad-class",
        help="Quad classes to keep: verbal-cooperation, material-cooperation, verbal-conflict, "
        "material-conflict (or 1-4).",
    ),
]
MinOpt = Annotated[int, typer.Option("--min-events", min=1, help="Drop directed pairs with fewer events.")]
HypoOpt = Annotated[bool, typer.Option("--hypothetical", help="Include hypothetical events.")]
NegOpt = Annotated[bool, typer.Option("--negated", help="Include negated events.")]


def _open(data: Path | None, store: str | None) -> Any:
    from diplograph.graph.store import KnowledgeGraph

    settings = load_settings(data=data, store=store)
    return KnowledgeGraph.open(settings, read_only=not settings.in_memory)


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def _selection(
    countries: list[str] | None,
    depth: int,
    since: str | None,
    until: str | None,
    categories: list[str] | None,
    quads: list[str] | None,
    min_events: int,
    hypothetical: bool,
    negated: bool,
    per_event: bool = False,
    count: str = "events",
) -> Any:
    from diplograph.graph.selection import Selection, parse_counting

    return Selection.parse(
        countries=countries,
        categories=categories,
        quad_classes=quads,
        since=since,
        until=until,
        depth=depth,
        min_events=min_events,
        include_hypothetical=hypothetical,
        include_negated=negated,
        per_event=per_event,
        count=parse_counting(count),
    )


def _format_for(fmt: str | None, output: Path | None) -> Any:
    from diplograph.graph.exports import FORMATS, export_format

    if fmt:
        return export_format(fmt)
    if output is not None:
        name = output.name.lower()
        for spec in sorted(FORMATS.values(), key=lambda f: -len(f.extension)):
            if name.endswith("." + spec.extension):
                return spec
    raise InputError(
        "say which format with --format (or give -o a file name with a known extension); "
        f"formats: {', '.join(FORMATS)}",
        where="--format",
    )


def export_cmd(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="graphml, gexf, cytoscape, d3, dot, edges-csv, nodes-csv, turtle, ntriples, "
            "jsonld, trig, svg, png (default: from the -o file name).",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (default: stdout).")
    ] = None,
    country: CountryOpt = None,
    depth: DepthOpt = 1,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: CategoryOpt = None,
    quad_class: QuadOpt = None,
    min_events: MinOpt = 1,
    hypothetical: HypoOpt = False,
    negated: NegOpt = False,
    per_event: Annotated[bool, typer.Option("--per-event", help="One edge per event, not per pair.")] = False,
    count: Annotated[
        str,
        typer.Option("--count", help="What edge weights count: events (default) or reports (coverage)."),
    ] = "events",
    data: DataOption = None,
    store: StoreOption = None,
) -> None:
    """Export the selected relations: a network file for Gephi, Cytoscape or D3, RDF,
    or a picture of a country's ego network (svg, png) for reports. Edges carry ``events``
    (happenings) and ``reports`` (articles that reported them)."""
    from diplograph.graph.exports import export

    spec = _format_for(fmt, output)
    selection = _selection(
        country,
        depth,
        since,
        until,
        category,
        quad_class,
        min_events,
        hypothetical,
        negated,
        per_event,
        count,
    )
    if spec.binary and output is None and sys.stdout.isatty():
        raise InputError(f"{spec.name} is binary: write it to a file with -o", where="--output")
    console = Console(stderr=True, highlight=False)
    buffer = io.BytesIO()
    with _open(data, store) as kg, _progress(console) as progress:
        progress.add_task(f"exporting {selection.describe()} as {spec.name}", total=None)
        network = export(kg, selection, spec, buffer)
    if output is None:
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.flush()
    else:
        output.write_bytes(buffer.getvalue())
    G = network.graph
    console.print(
        f"{spec.description}: {G.number_of_nodes()} actors, {G.number_of_edges()} edges, "
        f"{network.event_count} events" + (f" → {output}" if output else "")
    )


class Analysis(StrEnum):
    CENTRALITY = "centrality"
    SIGNED = "signed"
    BLOCS = "blocs"
    CHAIN = "chain"
    COUNTERPARTS = "counterparts"
    SUMMARY = "summary"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> Table:
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def _show(console: Console, what: Analysis, result: Any) -> None:
    data = _plain(result)
    if what is Analysis.CENTRALITY:
        console.print(
            _table(
                "Centrality",
                data,
                [
                    "actor",
                    "label",
                    "events_sent",
                    "events_received",
                    "degree_centrality",
                    "weighted_centrality",
                    "betweenness",
                ],
            )
        )
    elif what is Analysis.SIGNED:
        console.print(
            _table(
                "Signed relations (Goldstein totals)",
                data["edges"],
                ["source", "target", "sign", "weight", "goldstein_mean", "events"],
            )
        )
        console.print(
            _table(
                "Balance",
                data["balances"],
                [
                    "actor",
                    "label",
                    "cooperation_given",
                    "conflict_given",
                    "cooperation_received",
                    "conflict_received",
                ],
            )
        )
    elif what is Analysis.BLOCS:
        console.print(_table("Blocs (communities of cooperation)", data, ["labels", "cooperation_events"]))
    elif what is Analysis.CHAIN:
        console.print(" → ".join(data["labels"]))
        for step in data["steps"]:
            for r in step["relations"]:
                console.print(
                    f"  {r['source']} → {r['target']}: {r['events']} events, mean Goldstein "
                    f"{r['goldstein']:.1f}, mostly {r['main_category']}"
                )
    elif what is Analysis.COUNTERPARTS:
        rows = [
            {
                "actor": c["label"],
                "most cooperative": [x["label"] for x in c["cooperative"]],
                "most hostile": [x["label"] for x in c["hostile"]],
            }
            for c in data
        ]
        console.print(_table("Counterparts", rows, ["actor", "most cooperative", "most hostile"]))
    else:
        rows = [{"": k, "value": v} for k, v in data.items() if k not in ("cooperative", "hostile")]
        rows.append({"": "most cooperative", "value": [c["label"] for c in data["cooperative"]]})
        rows.append({"": "most hostile", "value": [c["label"] for c in data["hostile"]]})
        console.print(_table(data["label"], rows, ["", "value"]))


def analytics_cmd(
    analysis: Annotated[Analysis, typer.Argument(help="What to compute.")],
    actors: Annotated[
        list[str] | None,
        typer.Argument(
            help="chain: two actors; counterparts: actors (default: all states); summary: one actor."
        ),
    ] = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="How many to list.")] = None,
    cooperative_only: Annotated[
        bool, typer.Option("--cooperative-only", help="chain: only through cooperation.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    country: CountryOpt = None,
    depth: DepthOpt = 1,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: CategoryOpt = None,
    quad_class: QuadOpt = None,
    min_events: MinOpt = 1,
    hypothetical: HypoOpt = False,
    negated: NegOpt = False,
    data: DataOption = None,
    store: StoreOption = None,
) -> None:
    """Analyse the selected relations: centrality, the signed cooperation–conflict
    view, blocs, the chain linking two actors, counterparts, an actor's summary."""
    from diplograph.graph import analytics
    from diplograph.graph.actors import resolve_actor
    from diplograph.graph.network import pair_network

    selection = _selection(
        country, depth, since, until, category, quad_class, min_events, hypothetical, negated
    )
    names = list(actors or [])
    need = {Analysis.CHAIN: 2, Analysis.SUMMARY: 1}.get(analysis)
    if need is not None and len(names) != need:
        raise InputError(
            f"{analysis} takes {need} actor{'s' if need > 1 else ''}, not {len(names)}", where="ACTORS"
        )
    console = Console(stderr=True, highlight=False)
    with _open(data, store) as kg, _progress(console) as progress:
        progress.add_task(f"{analysis} of {selection.describe()}", total=None)
        ids = [resolve_actor(kg, a) for a in names]
        G = pair_network(kg, selection).graph
    result: Any
    if analysis is Analysis.CENTRALITY:
        result = analytics.centrality(G, top)
    elif analysis is Analysis.SIGNED:
        result = analytics.signed_view(G)
    elif analysis is Analysis.BLOCS:
        result = analytics.blocs(G)
    elif analysis is Analysis.CHAIN:
        result = analytics.relation_chain(G, ids[0], ids[1], cooperative_only=cooperative_only)
    elif analysis is Analysis.COUNTERPARTS:
        result = analytics.counterparts(G, ids or None, top=top or 3, kind=None if ids else "state")
    else:
        result = analytics.actor_summary(G, ids[0], top=top or 3)
    if as_json:
        sys.stdout.write(json.dumps(_plain(result), ensure_ascii=False, indent=1) + "\n")
    else:
        _show(Console(highlight=False), analysis, result)
