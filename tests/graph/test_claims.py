"""Guarded swaps: refreshes batched into few updates, each applied only while its claim holds."""

from __future__ import annotations

import pyoxigraph as ox
from diplograph.graph.claims import CLAIM, GuardedSwaps, claims
from diplograph.graph.store import META_GRAPH

G = ox.NamedNode("https://example.org/g")
P = ox.NamedNode("https://example.org/p")


def quad(s: int, o: int) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"https://example.org/s{s}"), P, ox.Literal(str(o)), G)


def node(s: int) -> ox.NamedNode:
    return ox.NamedNode(f"https://example.org/s{s}")


class _CountedUpdates:
    def __init__(self, native: ox.Store) -> None:
        self.native, self.updates = native, 0

    def update(self, text: str) -> None:
        self.updates += 1
        self.native.update(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.native, name)


def test_swaps_of_many_units_are_written_together() -> None:
    native = ox.Store()
    native.extend(quad(s, 0) for s in range(10))
    counted = _CountedUpdates(native)
    swaps = GuardedSwaps(counted, limit=9)  # type: ignore[arg-type]
    swaps.claim(node(s) for s in range(10))
    for s in range(10):  # each unit: one quad out, one in, and its claim
        swaps.add(node(s), [quad(s, 0)], [quad(s, 1)])
    assert counted.updates == 3 and len(native) == 10 + 1  # 3 units an update; one claim left
    swaps.flush()
    assert counted.updates == 4
    assert set(native) == {quad(s, 1) for s in range(10)} and not claims(native)  # type: ignore[arg-type]


def test_a_swap_whose_claim_another_refresh_took_changes_nothing() -> None:
    native = ox.Store()
    native.add(quad(1, 0))
    late, early = GuardedSwaps(native), GuardedSwaps(native)
    late.claim([node(1)])
    early.claim([node(1)])
    early.add(node(1), [quad(1, 0)], [quad(1, 2)])
    early.flush()  # committed first: removes every claim on the node, the late one's too
    late.add(node(1), [quad(1, 0)], [quad(1, 1)])
    late.flush()
    assert set(native) == {quad(1, 2)}
    stray = ox.Quad(node(2), CLAIM, ox.Literal("crashed"), META_GRAPH)  # a refresh that crashed
    native.add(stray)
    swaps = GuardedSwaps(native)
    swaps.claim([node(2)])
    swaps.add(node(2), [], [quad(2, 0)])
    swaps.flush()
    assert set(native) == {quad(1, 2), quad(2, 0)}  # the next refresh of the node removed it
