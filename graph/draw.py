"""Static pictures of a network for reports (SVG or PNG), drawn with matplotlib.

Edges are coloured by mean Goldstein score (red: conflict, green: cooperation)
and sized by the number of events; the selected countries sit in the middle.
A legend says so.
"""

from __future__ import annotations

import logging
from typing import IO, Any

import networkx as nx
from diplograph.graph.network import Network, pair_graph

from diplograph.errors import NotFoundError, UnsupportedFormatError

logger = logging.getLogger(__name__)

PICTURE_FORMATS = ("svg", "png")
MAX_LABELS = 40
_SELECTED, _OTHER = "#f4c542", "#dfe7f2"
_NODE_SIZE = 1300


def _label(G: nx.DiGraph, node: Any) -> str:
    return str(G.nodes[node].get("label", node))


def _title(G: nx.DiGraph, network: Network) -> str:
    sel = network.selection
    who = ", ".join(_label(G, c) if c in G else c for c in sel.countries)
    head = f"Relations of {who}" if who else "Relations"
    if sel.countries and sel.depth != 1:
        head += f" (to depth {sel.depth})"
    if sel.since or sel.until:
        head += f", {sel.since or '…'} to {sel.until or '…'}"
    return head


def _layout(G: nx.DiGraph, centre: list[str]) -> dict[Any, Any]:
    if centre and len(G) > len(centre):
        rest = sorted(set(G) - set(centre), key=lambda n: (-G.degree(n), str(n)))
        shells = [centre, rest] if len(rest) <= 16 else [centre, rest[:16], rest[16:]]
        return dict(nx.shell_layout(G, shells))
    return dict(nx.spring_layout(G, seed=7, weight=None))


def draw(network: Network, out: IO[bytes], fmt: str = "svg", *, title: str | None = None) -> None:
    """Draw ``network`` to ``out`` as ``fmt`` (svg or png), with a legend."""
    if fmt not in PICTURE_FORMATS:
        raise UnsupportedFormatError(f"cannot draw {fmt!r}; use one of {', '.join(PICTURE_FORMATS)}")
    G = pair_graph(network.graph)
    if len(G) == 0:
        raise NotFoundError(f"nothing to draw: no relations match {network.selection.describe()}")
    from matplotlib import colormaps
    from matplotlib.colors import Normalize
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    centre = [c for c in network.selection.countries if c in G]
    pos = _layout(G, centre)
    fig = Figure(figsize=(11, 8.5), dpi=110)
    ax = fig.add_axes((0.02, 0.1, 0.76, 0.82))
    ax.set_axis_off()
    cmap, norm = colormaps["RdYlGn"], Normalize(vmin=-10, vmax=10)
    edges = list(G.edges(data=True))
    most = max((d.get("events", 1) for _s, _t, d in edges), default=1)

    def width(n: float) -> float:
        return 1.0 + 7.0 * (n / most) ** 0.5

    if edges:
        nx.draw_networkx_edges(
            G,
            pos,
            ax=ax,
            edgelist=[(s, t) for s, t, _d in edges],
            edge_color=[cmap(norm(d.get("goldstein", 0.0))) for _s, _t, d in edges],
            width=[width(d.get("events", 1)) for _s, _t, d in edges],
            arrows=True,
            arrowsize=14,
            connectionstyle="arc3,rad=0.12",
            node_size=_NODE_SIZE,
            alpha=0.85,
        )
    nodes = list(G.nodes)
    nx.draw_networkx_nodes(
        G,
        pos,
        ax=ax,
        nodelist=nodes,
        node_size=_NODE_SIZE,
        edgecolors="#44546a",
        node_color=[_SELECTED if n in centre else _OTHER for n in nodes],
    )
    shown = sorted(nodes, key=lambda n: (n not in centre, -G.degree(n)))[:MAX_LABELS]
    nx.draw_networkx_labels(
        G,
        pos,
        ax=ax,
        font_size=8,
        labels={n: _label(G, n) for n in shown},
        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75},
    )
    ax.set_title(title or _title(G, network), fontsize=13)

    sizes = sorted({1, max(1, most // 2), most})
    handles = [
        Line2D([], [], color="#666", lw=width(n), label=f"{n} event{'s' if n > 1 else ''}") for n in sizes
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            markersize=12,
            markerfacecolor=_SELECTED,
            markeredgecolor="#44546a",
            label="selected country",
        ),
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            markersize=12,
            markerfacecolor=_OTHER,
            markeredgecolor="#44546a",
            label="counterpart",
        ),
    ]
    fig.legend(
        handles=handles,
        loc="upper right",
        bbox_to_anchor=(0.99, 0.92),
        title="volume and actors",
        frameon=False,
        fontsize=9,
    )
    from matplotlib.cm import ScalarMappable

    cax = fig.add_axes((0.81, 0.14, 0.025, 0.4))
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=cax)
    bar.set_label("mean Goldstein score\n(conflict − / cooperation +)", fontsize=9)
    fig.text(
        0.02,
        0.03,
        f"{G.number_of_nodes()} actors, {G.number_of_edges()} directed relations, "
        f"{network.event_count} events. Arrows point from source to target.",
        fontsize=9,
        color="#444",
    )
    fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    logger.debug("drew %d nodes, %d edges as %s", len(G), G.number_of_edges(), fmt)
