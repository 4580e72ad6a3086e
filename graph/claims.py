"""Refreshes of derived data that a concurrent refresh cannot undo (the events of a key,
the summary of a pair), over any store, embedded or remote.

Several writers (service replicas over one remote store, or one process's threads) may
refresh the same node at once. Two rules keep the store from being left behind its
sources:

* **Marks are unique to a write.** A write marks what it makes stale with marks of its
  own (a fresh :func:`token` in the mark's node), in the write's own transaction, and a
  refresh removes only the marks it read *before* reading the sources. A write that lands
  during a refresh leaves a mark the refresh never read, which the next refresh (anyone's,
  or the next ingest's cheap repair) picks up.
* **A refresh commits only if no other committed since it began.** Before reading
  anything, a refresh writes a *claim* on each node it refreshes (:meth:`GuardedSwaps.claim`);
  its swap is a ``DELETE … INSERT … WHERE`` that applies only while its own claim is still
  there, and removes every claim of the node. A refresh that read older sources than one
  which committed in between finds its claim gone and changes nothing; the marks it read
  stay (unless the other refresh read and removed them too), so nothing is lost.

With both, whatever the interleaving, a node whose last committed refresh missed a write
still carries that write's mark. A crash between the claim and the swap leaves the claim
(and the marks): the next refresh of the node removes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from diplograph.graph import rdf
from diplograph.graph.remote import RemoteStore
from diplograph.graph.store import META_GRAPH, Native

CLAIM = rdf.dg("refreshClaim")
#: quads an update of guarded swaps holds, at most: on the embedded store (a commit costs
#: more than its few quads), and over a remote one (Virtuoso 7.2 compiles an update into
#: one SQL procedure of at most 32 KB of code: measured, 1,000 quads of ``DELETE … INSERT …
#: WHERE`` pass, 10,000 do not)
EMBEDDED_UPDATE_QUADS = 10_000
REMOTE_UPDATE_QUADS = 1_000


def token() -> str:
    """A fresh token: no other write or refresh, in any process, has the same."""
    return uuid.uuid4().hex


def claims(native: Native) -> list[ox.Quad]:
    """Every claim in the store (those of refreshes under way, or that crashed)."""
    return list(native.quads_for_pattern(None, CLAIM, None, META_GRAPH))


_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _template_term(term: Term) -> Term:
    """``term`` as a template of ``DELETE``/``INSERT … WHERE`` names it: a decimal with a
    point (Virtuoso 7.2 reads ``"-7"^^xsd:decimal`` there as the integer -7; Oxigraph
    stores either as the same decimal)."""
    if isinstance(term, ox.Literal) and term.datatype == _DECIMAL and "." not in term.value:
        return ox.Literal(f"{term.value}.0", datatype=_DECIMAL)
    return term


def _template(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of a template (:func:`~diplograph.graph.remote.data_block`'s
    layout: one GRAPH block per graph; named graphs only), decimals with a point."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(
            f"{q.subject} {q.predicate} {_template_term(q.object)} ."
        )
    return "\n".join(f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}" for graph, lines in by_graph.items())


def guarded_swap(node: ox.NamedNode, claim: str, old: Iterable[ox.Quad], new: Iterable[ox.Quad]) -> str:
    """A SPARQL Update operation that removes ``old`` and adds ``new`` (ground quads) only
    while the claim ``claim`` on ``node`` is stored, and removes every claim on ``node``."""
    held = f"{node} {CLAIM} {ox.Literal(claim)} .\n{node} {CLAIM} ?claim ."
    new = list(new)
    insert = f"INSERT {{\n{_template(new)}\n}}\n" if new else ""
    return (
        f"DELETE {{\n{_template(old)}\nGRAPH {META_GRAPH} {{ {node} {CLAIM} ?claim }}\n}}\n"
        f"{insert}WHERE {{ GRAPH {META_GRAPH} {{\n{held}\n}} }}"
    )


@dataclass(slots=True)
class GuardedSwaps:
    """The swaps of one refresh of many nodes, each applied only if no other refresh of its
    node committed since :meth:`claim` (see the module's documentation): one update (one
    transaction) every ``limit`` quads and at :meth:`flush`. A single swap larger than
    that (the summary of a pair with thousands of new events) is still one update, which
    Virtuoso may refuse."""

    native: Native
    limit: int = 0  # quads an update: by default, as the store takes them
    claim_token: str = field(default_factory=token)
    operations: list[str] = field(default_factory=list)
    size: int = 0

    def __post_init__(self) -> None:
        if not self.limit:
            self.limit = (
                REMOTE_UPDATE_QUADS if isinstance(self.native, RemoteStore) else EMBEDDED_UPDATE_QUADS
            )

    def claim(self, nodes: Iterable[ox.NamedNode]) -> None:
        """Claim ``nodes`` (one transaction every ``limit``); call before reading their marks
        and sources."""
        tag = ox.Literal(self.claim_token)
        quads = [ox.Quad(node, CLAIM, tag, META_GRAPH) for node in nodes]
        for start in range(0, len(quads), self.limit):
            self.native.extend(quads[start : start + self.limit])

    def add(self, node: ox.NamedNode, old: Iterable[ox.Quad], new: Iterable[ox.Quad]) -> None:
        """Swap ``old`` for ``new`` if the claim on ``node`` still holds (every claimed node
        needs its swap, even an empty one: it removes the claim)."""
        old, new = list(old), list(new)
        self.operations.append(guarded_swap(node, self.claim_token, old, new))
        self.size += len(old) + len(new) + 1
        if self.size >= self.limit:
            self.flush()
            self.native.flush()  # a long run of swaps: the store's write buffers to disk

    def flush(self) -> None:
        if self.operations:
            self.native.update(" ;\n".join(self.operations))
        self.operations, self.size = [], 0
