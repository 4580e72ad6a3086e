"""The summaries' cells (``dg:DyadCell``) as one table in memory: what the events of
one pair, one PLOVER category and one pair of flags (negated, hypothetical) add up to.

Every pair network without dates or confidence is a sum of cells
(:func:`diplograph.graph.network.pair_network`). Reading the table costs two
queries whose joins any engine plans well (each cell's own quads, and each pair's
two sides), seconds at 10M triples where a join of a cell's nine properties took
10–40 s in Oxigraph; the service reads it once and keeps it until its next write
(``api/views.py``), and every selection is then a filter over ~100k rows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from diplograph.graph import terms
from diplograph.graph.ids import actor_id_of
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import SUMMARY_GRAPH
from diplograph.ontology import namespaces as ns

from diplograph.model import Plover

logger = logging.getLogger(__name__)

Pair = tuple[str, str]

_PLOVER_OF = {f"{ns.PLOVER}{p.value}": p for p in Plover}
# each cell's quads, found from its link to its pair; and each pair's sides
_CELL_QUADS = """SELECT ?c ?p ?o WHERE {{ GRAPH {graph} {{ ?c dg:cellOf ?d . ?c ?p ?o }} }}"""
_PAIR_SIDES = """SELECT ?d ?s ?t WHERE {{ GRAPH {graph} {{ ?d dg:source ?s ; dg:target ?t }} }}"""


@dataclass(frozen=True, slots=True)
class CellRow:
    """One cell: the pair, the category and the flags, and what its events add up to."""

    source: str
    target: str
    category: Plover
    negated: bool
    hypothetical: bool
    events: int
    reports: int
    goldstein_total: float
    first: dt.date | None
    last: dt.date | None

    @property
    def pair(self) -> Pair:
        return self.source, self.target


def _pair_sides(kg: KnowledgeGraph) -> dict[str, Pair]:
    found: dict[str, Pair] = {}
    for r in kg.query(_PAIR_SIDES.format(graph=SUMMARY_GRAPH)):
        found[r["d"].value] = (actor_id_of(r["s"].value), actor_id_of(r["t"].value))
    return found


def _cell_properties(kg: KnowledgeGraph) -> dict[str, dict[str, ox.NamedNode | ox.Literal]]:
    """Each cell's properties by local name (a cell has one value of each)."""
    cells: dict[str, dict[str, ox.NamedNode | ox.Literal]] = defaultdict(dict)
    for r in kg.query(_CELL_QUADS.format(graph=SUMMARY_GRAPH)):
        cells[r["c"].value][terms.property_name(r["p"].value)] = r["o"]
    return cells


def _row(props: dict[str, ox.NamedNode | ox.Literal], sides: dict[str, Pair]) -> CellRow | None:
    """The cell's row; None for a cell of a category outside PLOVER (no event row either)
    or of a pair without a summary."""
    category = _PLOVER_OF.get(terms.text(props.get("eventType")) or "")
    pair = sides.get(terms.text(props.get("cellOf")) or "")
    if category is None or pair is None:
        return None
    return CellRow(
        *pair,
        category,
        terms.flag(props.get("negated")),
        terms.flag(props.get("hypothetical")),
        terms.integer(props.get("eventCount")) or 0,
        terms.integer(props.get("reportCount")) or 0,
        terms.number(props.get("goldsteinTotal")) or 0.0,
        terms.day(props.get("firstDate")),
        terms.day(props.get("lastDate")),
    )


def read_cells(kg: KnowledgeGraph) -> list[CellRow]:
    """Every cell of the store's summaries."""
    sides = _pair_sides(kg)
    rows = [row for props in _cell_properties(kg).values() if (row := _row(props, sides)) is not None]
    logger.debug("read %d summary cells of %d pairs", len(rows), len(sides))
    return rows


def _kept_categories(selection: Selection) -> set[Plover]:
    return {
        p
        for p in Plover
        if (not selection.categories or p in selection.categories)
        and (not selection.quad_classes or p.quad in selection.quad_classes)
    }


def selected(cells: Iterable[CellRow], selection: Selection) -> Iterator[CellRow]:
    """The cells whose events the selection keeps (by category, quad class and flags;
    dates and confidence are not in cells: :func:`diplograph.graph.network.summaries_answer`)."""
    kept = _kept_categories(selection)
    for cell in cells:
        if (
            cell.category in kept
            and (selection.include_negated or not cell.negated)
            and (selection.include_hypothetical or not cell.hypothetical)
        ):
            yield cell
