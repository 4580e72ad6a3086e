"""Answers the service keeps until its next write: pair graphs, centrality and graph
exports, which read every pair of a selection (whole-graph algorithms that take seconds
at millions of triples, even from the summaries), and a background worker that computes
what the page asks first (centrality of every actor, from the summaries' cells, which the
other pair networks then sum without reading the store) after start-up and after each write.

The service is the store's only writer (the store's folder is locked to it) and clears the
cache on every write it makes; an answer computed while a write happened is not kept.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any, TypeVar

import networkx as nx
from diplograph.graph import analytics
from diplograph.graph.cells import CellRow, read_cells
from diplograph.graph.network import pair_network
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph

from diplograph.errors import DiplographError

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: what the page asks first: ``/analytics/centrality`` without filters
START_UP = Selection()


#: the key of the summaries' cells, which the other pair networks are summed from
CELLS = "cells"


class ViewCache:
    """At most ``size`` answers by key, the least recently used dropped first (a pair graph
    of every pair of a 10M-triple store is tens of megabytes: few are kept); the keys of
    ``pinned`` are never dropped for others (only when the store changes)."""

    def __init__(self, size: int = 16, pinned: frozenset[Hashable] = frozenset({CELLS})) -> None:
        self.size = size
        self.pinned = pinned
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._gates: dict[Hashable, threading.Lock] = {}  # keys being computed
        self._generation = 0  # how many times the store changed

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept for ``key``, else ``compute()``, kept unless the store changed
        meanwhile. One computation of a key at a time: a request that comes while the
        answer is computed (the start-up view, say) waits for it instead of computing it again."""
        with self._lock:
            if key in self._items:
                return self._hit(key)
            gate = self._gates.setdefault(key, threading.Lock())
        with gate:
            try:
                with self._lock:
                    if key in self._items:
                        return self._hit(key)
                    generation = self._generation
                value = compute()
                with self._lock:
                    if generation == self._generation:
                        self._keep(key, value)
                return value
            finally:
                with self._lock:
                    self._gates.pop(key, None)

    def _hit(self, key: Hashable) -> Any:
        self._items.move_to_end(key)
        return self._items[key]

    def _keep(self, key: Hashable, value: object) -> None:
        self._items[key] = value
        while len(self._items) > self.size + len(self.pinned & self._items.keys()):
            oldest = next(k for k in self._items if k not in self.pinned)
            del self._items[oldest]

    def clear(self) -> None:
        """The store changed: forget every answer."""
        with self._lock:
            self._items.clear()
            self._generation += 1

    def __len__(self) -> int:
        return len(self._items)


def cells(kg: KnowledgeGraph, cache: ViewCache) -> list[CellRow]:
    """Every cell of the summaries: each pair network without dates is a sum of them."""
    return cache.get(CELLS, lambda: read_cells(kg))


def cells_of(kg: KnowledgeGraph, cache: ViewCache) -> Callable[[], list[CellRow]]:
    """The cells when a pair network needs them (kept in ``cache`` once read)."""
    return lambda: cells(kg, cache)


def pair_graph(kg: KnowledgeGraph, cache: ViewCache, selection: Selection) -> nx.DiGraph:
    """The selection's graph of pairs (the analyses read it, never change it)."""
    selection = replace(selection, per_event=False)
    return cache.get(
        ("pair graph", selection), lambda: pair_network(kg, selection, cells_of(kg, cache)).graph
    )


def centrality(kg: KnowledgeGraph, cache: ViewCache, selection: Selection) -> list[analytics.Centrality]:
    """Centrality of every actor of the selection, most central first."""
    return cache.get(
        ("centrality", selection), lambda: analytics.centrality(pair_graph(kg, cache, selection))
    )


class Warmer:
    """One background thread that computes the page's start-up view when asked (after
    start-up and after each write; asks made while it works are one more round)."""

    def __init__(self, kg: KnowledgeGraph, cache: ViewCache) -> None:
        self._kg = kg
        self._cache = cache
        self._wanted = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="diplograph-views", daemon=True)
        self._thread.start()

    def ask(self) -> None:
        self._wanted.set()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._stopping:
                return
            try:
                centrality(self._kg, self._cache, START_UP)
            except DiplographError as exc:  # a broken store: the request will say so
                logger.warning("could not compute the page's start-up view: %s", exc)

    def stop(self) -> None:
        """Finish the round under way (the store stays open until then) and stop."""
        self._stopping = True
        self._wanted.set()
        self._thread.join()
