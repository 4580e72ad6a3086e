"""Analyses of the relations network (networkx): centrality, the signed
cooperation–conflict view, blocs, the chain of relations between two actors,
each actor's most cooperative and most hostile counterparts, and an actor's
summary.

Every function takes a pair graph (one edge per directed pair, as
:func:`diplograph.graph.network.build_network` makes it; event graphs are folded into one)
and returns dataclasses.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from diplograph.graph.network import pair_graph

from diplograph.errors import InputError, NotFoundError

logger = logging.getLogger(__name__)


def _label(G: nx.DiGraph, node: str) -> str:
    return str(G.nodes[node].get("label", node)) if node in G else node


def _need(G: nx.DiGraph, *actors: str) -> None:
    for actor in actors:
        if actor not in G:
            raise NotFoundError(f"actor {actor!r} has no relations in this selection")


# -- centrality --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Centrality:
    actor: str
    label: str
    out_degree: int
    in_degree: int
    degree_centrality: float
    events_sent: int
    events_received: int
    strength: int
    weighted_centrality: float
    betweenness: float


def centrality(G: nx.DiGraph, top: int | None = None) -> list[Centrality]:
    """Degree and weighted (event-count) centrality of each actor, most central first.

    ``weighted_centrality`` is an actor's share of all event endpoints;
    ``betweenness`` is computed on the undirected pairs."""
    G = pair_graph(G)
    degree = nx.degree_centrality(G) if len(G) > 1 else dict.fromkeys(G, 0.0)
    undirected = G.to_undirected(as_view=True)
    between = nx.betweenness_centrality(undirected) if len(G) > 2 else dict.fromkeys(G, 0.0)
    total = sum(d.get("events", 1) for _s, _t, d in G.edges(data=True)) or 1
    rows = []
    for node in G:
        sent = int(G.out_degree(node, weight="events"))
        received = int(G.in_degree(node, weight="events"))
        rows.append(
            Centrality(
                node,
                _label(G, node),
                G.out_degree(node),
                G.in_degree(node),
                round(degree[node], 4),
                sent,
                received,
                sent + received,
                round((sent + received) / (2 * total), 4),
                round(between[node], 4),
            )
        )
    rows.sort(key=lambda c: (-c.strength, -c.degree_centrality, c.actor))
    return rows[:top] if top else rows


# -- signed view -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SignedEdge:
    source: str
    target: str
    sign: int
    weight: float
    goldstein_mean: float
    events: int


@dataclass(frozen=True, slots=True)
class Balance:
    """An actor's cooperation and conflict, given and received (sums of Goldstein weights)."""

    actor: str
    label: str
    cooperation_given: float
    conflict_given: float
    cooperation_received: float
    conflict_received: float

    @property
    def net_given(self) -> float:
        return round(self.cooperation_given - self.conflict_given, 3)


@dataclass(frozen=True, slots=True)
class SignedView:
    edges: list[SignedEdge]
    balances: list[Balance]


def signed_graph(G: nx.DiGraph) -> nx.DiGraph:
    """The cooperation–conflict view: each directed pair with ``sign`` (+1 when
    its Goldstein total is positive, −1 when negative) and ``weight`` (the
    absolute Goldstein total). Pairs that add up to exactly zero are left out."""
    G = pair_graph(G)
    signed = nx.DiGraph()
    signed.add_nodes_from(G.nodes(data=True))
    for s, t, d in G.edges(data=True):
        total = float(d.get("goldstein_total", d.get("goldstein", 0.0) * d.get("events", 1)))
        if total:
            signed.add_edge(
                s,
                t,
                sign=1 if total > 0 else -1,
                weight=round(abs(total), 3),
                goldstein=d.get("goldstein", 0.0),
                events=d.get("events", 1),
            )
    return signed


def signed_view(G: nx.DiGraph) -> SignedView:
    signed = signed_graph(G)
    edges = [
        SignedEdge(s, t, d["sign"], d["weight"], d["goldstein"], d["events"])
        for s, t, d in signed.edges(data=True)
    ]
    edges.sort(key=lambda e: (-e.weight, e.source, e.target))
    balances = []
    for node in signed:
        out = [d for _s, _t, d in signed.out_edges(node, data=True)]
        inc = [d for _s, _t, d in signed.in_edges(node, data=True)]

        def total(ds: list[dict[str, float]], sign: int) -> float:
            return round(float(sum(d["weight"] for d in ds if d["sign"] == sign)), 3)

        balances.append(
            Balance(node, _label(signed, node), total(out, 1), total(out, -1), total(inc, 1), total(inc, -1))
        )
    balances.sort(key=lambda b: (-b.net_given, b.actor))
    return SignedView(edges, balances)


# -- blocs -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Bloc:
    members: tuple[str, ...]
    labels: tuple[str, ...]
    cooperation_events: int


def cooperation_graph(G: nx.DiGraph) -> nx.Graph:
    """Undirected pairs whose relations add up to cooperation (positive
    Goldstein total, both directions), weighted by their cooperation events."""
    G = pair_graph(G)
    coop = nx.Graph()
    for s, t, d in G.edges(data=True):
        if s == t:
            continue
        e = coop.get_edge_data(s, t) or {"total": 0.0, "weight": 0}
        e["total"] += float(d.get("goldstein_total", 0.0))
        e["weight"] += int(d.get("cooperation", 0))
        coop.add_edge(s, t, **e)
    weak = [(s, t) for s, t, d in coop.edges(data=True) if d["total"] <= 0 or d["weight"] <= 0]
    coop.remove_edges_from(weak)
    coop.remove_nodes_from([n for n in list(coop) if coop.degree(n) == 0])
    for n in coop:
        coop.nodes[n]["label"] = _label(G, n)
    return coop


def blocs(G: nx.DiGraph, *, min_size: int = 2, seed: int = 42, resolution: float = 1.0) -> list[Bloc]:
    """Blocs: Louvain communities of the cooperation graph, largest first."""
    coop = cooperation_graph(G)
    if coop.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(coop, weight="weight", seed=seed, resolution=resolution)
    out = []
    for members in communities:
        if len(members) < min_size:
            continue
        ordered = tuple(sorted(members, key=str))
        inside = int(coop.subgraph(members).size(weight="weight"))
        out.append(Bloc(ordered, tuple(_label(G, m) for m in ordered), inside))
    out.sort(key=lambda b: (-len(b.members), -b.cooperation_events, b.members))
    return out


# -- the chain of relations between two actors -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChainEdge:
    """What one actor did to another in the selection (one direction)."""

    source: str
    target: str
    events: int
    goldstein: float
    main_category: str | None


@dataclass(frozen=True, slots=True)
class ChainStep:
    source: str
    target: str
    relations: list[ChainEdge]


@dataclass(frozen=True, slots=True)
class Chain:
    actors: list[str]
    labels: list[str]
    steps: list[ChainStep]


def _relation(G: nx.DiGraph, s: str, t: str) -> ChainEdge | None:
    if not G.has_edge(s, t):
        return None
    d = G.edges[s, t]
    cats = {k: v for k, v in d.items() if k.isupper() and isinstance(v, int) and v > 0}
    main = max(sorted(cats), key=lambda k: cats[k]) if cats else None
    return ChainEdge(s, t, int(d.get("events", 1)), float(d.get("goldstein", 0.0)), main)


def relation_chain(G: nx.DiGraph, source: str, target: str, *, cooperative_only: bool = False) -> Chain:
    """The shortest chain of relations (either direction) linking two actors;
    among chains of the same length, the one through the most events."""
    G = pair_graph(G)
    _need(G, source, target)
    if source == target:
        raise InputError("the two actors are the same", where="target")
    links = cooperation_graph(G) if cooperative_only else G.to_undirected()
    if source not in links or target not in links:
        raise NotFoundError(f"no chain of relations links {source} and {target}")
    eps = 1.0 / (len(links) + 1)
    volume: Counter[frozenset[str]] = Counter()
    for s, t, d in G.edges(data=True):
        volume[frozenset((s, t))] += int(d.get("events", 1))
    try:
        path = nx.shortest_path(
            links, source, target, weight=lambda u, v, _d: 1.0 + eps / max(1, volume[frozenset((u, v))])
        )
    except nx.NetworkXNoPath:
        raise NotFoundError(f"no chain of relations links {source} and {target}") from None
    steps = []
    for u, v in itertools.pairwise(path):
        relations = [r for r in (_relation(G, u, v), _relation(G, v, u)) if r is not None]
        steps.append(ChainStep(u, v, relations))
    return Chain(list(path), [_label(G, n) for n in path], steps)


# -- counterparts -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Counterpart:
    """An actor's relations with one counterpart, both directions together."""

    actor: str
    label: str
    events: int
    goldstein_total: float
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class Counterparts:
    actor: str
    label: str
    cooperative: list[Counterpart] = field(default_factory=list)
    hostile: list[Counterpart] = field(default_factory=list)


def _with(G: nx.DiGraph, actor: str) -> list[Counterpart]:
    totals: dict[str, list[float]] = {}
    for s, t, d in [*G.out_edges(actor, data=True), *G.in_edges(actor, data=True)]:
        other = t if s == actor else s
        acc = totals.setdefault(other, [0, 0.0])
        acc[0] += int(d.get("events", 1))
        acc[1] += float(d.get("goldstein_total", 0.0))
    return [
        Counterpart(o, _label(G, o), int(n), round(g, 3), round(g / n, 3) if n else 0.0)
        for o, (n, g) in totals.items()
        if o != actor
    ]


def counterparts(
    G: nx.DiGraph, actors: list[str] | None = None, *, top: int = 3, kind: str | None = None
) -> list[Counterparts]:
    """Each actor's most cooperative (highest Goldstein total) and most hostile
    (lowest) counterparts; ``kind`` (e.g. ``state``) limits the actors listed."""
    G = pair_graph(G)
    if actors:
        _need(G, *actors)
    chosen = actors or sorted(n for n in G if kind is None or G.nodes[n].get("kind") == kind)
    out = []
    for actor in chosen:
        rows = _with(G, actor)
        rows.sort(key=lambda r: (-r.goldstein_total, r.actor))
        coop = [r for r in rows if r.goldstein_total > 0]
        hostile = sorted(
            (r for r in rows if r.goldstein_total < 0), key=lambda r: (r.goldstein_total, r.actor)
        )
        out.append(Counterparts(actor, _label(G, actor), coop[:top], hostile[:top]))
    return out


# -- one actor ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ActorSummary:
    actor: str
    label: str
    kind: str | None
    iso_code: str | None
    events_sent: int
    events_received: int
    goldstein_sent: float | None
    goldstein_received: float | None
    first_date: str | None
    last_date: str | None
    categories_sent: dict[str, int]
    categories_received: dict[str, int]
    cooperative: list[Counterpart]
    hostile: list[Counterpart]
    counterparts: int


def _side(edges: list[dict[str, Any]]) -> tuple[int, float | None, Counter[str]]:
    events = sum(int(d.get("events", 1)) for d in edges)
    total = sum(float(d.get("goldstein_total", 0.0)) for d in edges)
    cats: Counter[str] = Counter()
    for d in edges:
        cats.update({k: v for k, v in d.items() if k.isupper() and isinstance(v, int) and v > 0})
    return events, (round(total / events, 3) if events else None), cats


def actor_summary(G: nx.DiGraph, actor: str, *, top: int = 3) -> ActorSummary:
    """What an actor did and had done to it in the selection."""
    G = pair_graph(G)
    _need(G, actor)
    node = G.nodes[actor]
    sent, g_sent, cats_sent = _side([d for _s, _t, d in G.out_edges(actor, data=True)])
    received, g_received, cats_received = _side([d for _s, _t, d in G.in_edges(actor, data=True)])
    dates = [
        str(d[k])
        for _s, _t, d in [*G.out_edges(actor, data=True), *G.in_edges(actor, data=True)]
        for k in ("first_date", "last_date")
        if d.get(k)
    ]
    [parts] = counterparts(G, [actor], top=top)
    return ActorSummary(
        actor,
        _label(G, actor),
        node.get("kind"),
        node.get("iso_code"),
        sent,
        received,
        g_sent,
        g_received,
        min(dates) if dates else None,
        max(dates) if dates else None,
        dict(cats_sent.most_common()),
        dict(cats_received.most_common()),
        parts.cooperative,
        parts.hostile,
        len(set(G.successors(actor)) | set(G.predecessors(actor))),
    )
