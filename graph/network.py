"""The relations as a networkx graph: one node per actor, one edge per directed
pair (or, on request, one edge per event).

Node attributes: ``label``, ``kind``, ``iso_code`` (states), ``selected`` (one of
the selection's countries). Pair edges: ``events`` and ``weight`` (the number of
events), ``goldstein`` (mean) and ``goldstein_total``, ``cooperation`` and
``conflict`` counts, ``first_date`` / ``last_date``, and a count per quad class
(``verbal_cooperation`` …) and per PLOVER category (``AGREE`` …). Event edges
(key = event id): ``category``, ``quad_class``, ``goldstein``, ``date``,
``negated``, ``hypothetical``, ``confidence``, ``sentence``, ``url``, ``headline``.
Attributes that have no value are left out, so every writer can take them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

import networkx as nx
from diplograph.graph.actors import ActorNode, actor_nodes, resolve_actor, resolve_countries
from diplograph.graph.cells import CellRow, read_cells, selected
from diplograph.graph.events import EventRow, fetch_events, window_events
from diplograph.graph.selection import Counting, Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import has_cells

from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)

Pair = tuple[str, str]
COOPERATION = (QuadClass.VERBAL_COOPERATION, QuadClass.MATERIAL_COOPERATION)


def quad_key(quad: QuadClass) -> str:
    """The edge attribute counting events of a quad class (``verbal_cooperation``)."""
    return quad.value.replace("-", "_")


# the attribute names of the quad classes and categories, and each category's quad class,
# made once (an edge has ~30 attributes; a pair graph of a big store 16k edges)
_QUAD_KEYS = [(q, quad_key(q)) for q in QuadClass]
_CATEGORY_KEYS = [(c, c.value) for c in Plover]
_QUAD_OF = {c: c.quad for c in Plover}


@dataclass(slots=True)
class PairStats:
    """What the events of one directed pair add up to."""

    events: int = 0
    reports: int = 0  # the articles that reported the events
    goldstein_total: float = 0.0
    first: dt.date | None = None
    last: dt.date | None = None
    by_category: dict[Plover, int] = field(default_factory=dict)

    def add(self, event: EventRow) -> None:
        self.add_many(event.category, 1, event.reports, event.goldstein, event.date, event.date)

    def add_many(
        self,
        category: Plover,
        events: int,
        reports: int,
        goldstein_total: float,
        first: dt.date | None,
        last: dt.date | None,
    ) -> None:
        """Add ``events`` events of one category (an event, or a summary's cell)."""
        self.events += events
        self.reports += reports
        self.goldstein_total += goldstein_total
        self.by_category[category] = self.by_category.get(category, 0) + events
        if first:
            self.first = min(self.first or first, first)
        if last:
            self.last = max(self.last or last, last)

    @property
    def goldstein(self) -> float:
        return round(self.goldstein_total / self.events, 3) if self.events else 0.0

    def by_quad(self) -> dict[QuadClass, int]:
        counts = dict.fromkeys(QuadClass, 0)
        for category, n in self.by_category.items():
            counts[_QUAD_OF[category]] += n
        return counts

    def attributes(self, count: Counting = Counting.EVENTS) -> dict[str, object]:
        """The edge attributes; ``weight`` counts events, or reports with ``count``."""
        quads = self.by_quad()
        attrs: dict[str, object] = {
            "events": self.events,
            "reports": self.reports,
            "weight": float(self.reports if count is Counting.REPORTS else self.events),
            "goldstein": self.goldstein,
            "goldstein_total": round(self.goldstein_total, 3),
            "cooperation": sum(quads[q] for q in COOPERATION),
            "conflict": sum(n for q, n in quads.items() if q not in COOPERATION),
        }
        if self.first and self.last:
            attrs["first_date"] = self.first.isoformat()
            attrs["last_date"] = self.last.isoformat()
        attrs.update({key: quads[q] for q, key in _QUAD_KEYS})
        attrs.update({key: self.by_category.get(c, 0) for c, key in _CATEGORY_KEYS})
        return attrs


def aggregate(events: Iterable[EventRow]) -> dict[Pair, PairStats]:
    stats: dict[Pair, PairStats] = {}
    for event in events:
        stats.setdefault((event.source, event.target), PairStats()).add(event)
    return stats


def event_attributes(event: EventRow, count: Counting = Counting.EVENTS) -> dict[str, object]:
    attrs: dict[str, object] = {
        "event": event.id,
        "category": event.category.value,
        "quad_class": event.quad_class.value,
        "goldstein": event.goldstein,
        "reports": event.reports,
        "weight": float(event.reports if count is Counting.REPORTS else 1),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "date": event.date.isoformat() if event.date else None,
        "confidence": event.confidence,
        "sentence": event.sentence,
        "url": event.url,
        "headline": event.headline,
    }
    return {k: v for k, v in attrs.items() if v is not None}


def node_attributes(info: ActorNode, selected: bool) -> dict[str, object]:
    attrs: dict[str, object] = {
        "label": info.label,
        "kind": info.kind,
        "iso_code": info.iso_code,
        "selected": selected,
    }
    return {k: v for k, v in attrs.items() if v is not None}


def ego_pairs(pairs: Iterable[Pair], countries: Iterable[str], depth: int) -> tuple[set[str], set[Pair]]:
    """The nodes within ``depth`` hops (either direction) of any of ``countries``
    and the pairs among them (networkx ``ego_graph`` semantics)."""
    pair_set = set(pairs)
    undirected = nx.Graph(list(pair_set))
    nodes: set[str] = set()
    for country in countries:
        nodes.add(country)
        if country in undirected:
            nodes |= set(nx.single_source_shortest_path_length(undirected, country, cutoff=depth))
    return nodes, {(s, t) for s, t in pair_set if s in nodes and t in nodes}


@dataclass(slots=True)
class Network:
    """A selection's graph and the events behind it (none when it was built from the
    pairs' summaries: :func:`pair_network`)."""

    graph: nx.DiGraph
    selection: Selection
    events: list[EventRow]

    @property
    def event_ids(self) -> list[str]:
        return [e.id for e in self.events]

    @property
    def event_count(self) -> int:
        """The events the graph shows (of its edges when it was built from summaries)."""
        if self.events or self.graph.is_multigraph():
            return len(self.events)
        return sum(int(d.get("events", 0)) for _s, _t, d in self.graph.edges(data=True))


def _kept_pairs(stats: Mapping[Pair, PairStats], selection: Selection) -> tuple[set[str], set[Pair]]:
    """The nodes and pairs of the network: pairs with enough events, within the ego network
    of the selection's countries when it has some."""
    pairs = {p for p, s in stats.items() if s.events >= selection.min_events}
    nodes = {n for p in pairs for n in p}
    if selection.countries:
        nodes, pairs = ego_pairs(pairs, selection.countries, selection.depth)
    return nodes, pairs


def _add_nodes(
    graph: nx.DiGraph, nodes: set[str], selection: Selection, infos: Mapping[str, ActorNode]
) -> None:
    for node in sorted(nodes):
        info = infos.get(node, ActorNode(node, node))
        graph.add_node(node, **node_attributes(info, node in selection.countries))


def _log(graph: nx.DiGraph, selection: Selection) -> None:
    logger.debug(
        "network of %s: %d nodes, %d edges",
        selection.describe(),
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )


def graph_from_events(
    events: Iterable[EventRow], selection: Selection, actors: Mapping[str, ActorNode] | None = None
) -> Network:
    """The network of already fetched ``events`` (countries already resolved)."""
    rows = list(events)
    stats = aggregate(rows)
    nodes, pairs = _kept_pairs(stats, selection)
    kept = [e for e in rows if (e.source, e.target) in pairs]
    graph: nx.DiGraph = nx.MultiDiGraph() if selection.per_event else nx.DiGraph()
    _add_nodes(graph, nodes, selection, actors or {})
    if selection.per_event:
        for event in kept:
            graph.add_edge(
                event.source, event.target, key=event.id, **event_attributes(event, selection.count)
            )
    else:
        for pair in sorted(pairs):
            graph.add_edge(*pair, **stats[pair].attributes(selection.count))
    _log(graph, selection)
    return Network(graph, selection, kept)


def ego_events(kg: KnowledgeGraph, selection: Selection) -> list[EventRow]:
    """The events among the actors of the selection's ego network, read hop by
    hop (events touching the frontier, then those among all the nodes found)
    rather than by reading every event of the store."""
    nodes = set(selection.countries)
    frontier = set(nodes)
    touching: dict[str, EventRow] = {}
    for _ in range(selection.depth):
        touching.update((e.id, e) for e in fetch_events(kg, selection, sources=frontier))
        touching.update((e.id, e) for e in fetch_events(kg, selection, targets=frontier))
        strong = [p for p, s in aggregate(touching.values()).items() if s.events >= selection.min_events]
        reached = {n for s, t in strong if s in nodes or t in nodes for n in (s, t)}
        frontier = reached - nodes
        nodes |= reached
        if not frontier:
            break
    return fetch_events(kg, selection, sources=nodes, targets=nodes)


def build_network(kg: KnowledgeGraph, selection: Selection) -> Network:
    """The network of the events ``selection`` picks from ``kg``."""
    selection = resolve_countries(kg, selection)
    rows = ego_events(kg, selection) if selection.countries else fetch_events(kg, selection)
    first = graph_from_events(rows, selection)
    if selection.per_event:
        pairs = {(e.source, e.target) for e in first.events}
        rows = fetch_events(kg, selection, details=True, pairs=sorted(pairs))
    actors = actor_nodes(kg, first.graph.nodes)
    return graph_from_events(rows, selection, actors)


# -- the pair network from the summaries ----------------------------------------------------------
def summaries_answer(selection: Selection) -> bool:
    """Whether the pairs' summary cells hold the selection's pair network: one edge per
    pair, and no filter on dates or confidence (the cells count whole categories)."""
    return (
        not selection.per_event
        and selection.since is None
        and selection.until is None
        and selection.min_confidence is None
    )


def cell_stats(cells: Iterable[CellRow], selection: Selection) -> dict[Pair, PairStats]:
    """What the selected events of each pair add up to, summed from the summaries' cells."""
    stats: dict[Pair, PairStats] = {}
    for c in selected(cells, selection):
        stats.setdefault(c.pair, PairStats()).add_many(
            c.category, c.events, c.reports, c.goldstein_total, c.first, c.last
        )
    return stats


def window_answer(selection: Selection) -> bool:
    """Whether the events of the selection's pair network are those of a date window, which
    the summaries' month nodes list (:func:`diplograph.graph.events.window_events`)."""
    return not selection.per_event and (selection.since is not None or selection.until is not None)


def pair_network(
    kg: KnowledgeGraph, selection: Selection, cells: Callable[[], list[CellRow]] | None = None
) -> Network:
    """The network of ``selection`` with one edge per directed pair, read from the pairs'
    summaries when they hold it (:func:`summaries_answer`: the network lists no events), or
    from the events of its date window that the summaries' month nodes list
    (:func:`window_answer`), else built from the events (:func:`build_network`): the same
    graph, without reading every event of the store (a store whose summaries predate cells
    is read from the events). ``cells`` gives the store's cells when the caller keeps them."""
    if not (summaries_answer(selection) or window_answer(selection)) or not has_cells(kg):
        return build_network(kg, replace(selection, per_event=False))
    selection = resolve_countries(kg, selection)
    if summaries_answer(selection):
        events: list[EventRow] = []
        stats = cell_stats(cells() if cells else read_cells(kg), selection)
    else:
        events = window_events(kg, selection)
        stats = aggregate(events)
    nodes, pairs = _kept_pairs(stats, selection)
    graph = nx.DiGraph()
    _add_nodes(graph, nodes, selection, actor_nodes(kg, nodes))
    for pair in sorted(pairs):
        graph.add_edge(*pair, **stats[pair].attributes(selection.count))
    _log(graph, selection)
    return Network(graph, selection, [e for e in events if (e.source, e.target) in pairs])


def pair_graph(G: nx.DiGraph) -> nx.DiGraph:
    """One edge per directed pair (``events``, ``goldstein`` mean and total, category
    counts), also from a graph with one edge per event."""
    if not G.is_multigraph():
        return G
    stats: dict[Pair, PairStats] = {}
    for s, t, d in G.edges(data=True):
        row = EventRow(
            str(d.get("event", "")),
            s,
            t,
            Plover(d["category"]),
            float(d.get("goldstein", 0.0)),
            dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            reports=int(d.get("reports", 1)),
        )
        stats.setdefault((s, t), PairStats()).add(row)
    view = nx.DiGraph()
    view.add_nodes_from(G.nodes(data=True))
    for pair, st in stats.items():
        view.add_edge(*pair, **st.attributes())
    return view


@dataclass(frozen=True, slots=True)
class PairReport:
    """The selected events of one directed pair, with their sentences and articles."""

    source: str
    target: str
    source_label: str
    target_label: str
    goldstein: float
    first_date: dt.date | None
    last_date: dt.date | None
    events: list[EventRow]


def pair_report(kg: KnowledgeGraph, selection: Selection, source: str, target: str) -> PairReport:
    """What ``source`` did to ``target`` in the selection (countries and depth
    do not apply: the pair is the selection)."""
    source, target = resolve_actor(kg, source), resolve_actor(kg, target)
    events = fetch_events(kg, selection, details=True, pairs=[(source, target)])
    stats = aggregate(events).get((source, target), PairStats())
    actors = actor_nodes(kg, [source, target])
    return PairReport(
        source,
        target,
        actors[source].label,
        actors[target].label,
        stats.goldstein,
        stats.first,
        stats.last,
        events,
    )
