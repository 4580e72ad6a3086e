"""One filter, one SPARQL builder: an actor's relations page and the exports'
event fetch pick the same events for the same :class:`Selection`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from diplograph.graph import summaries
from diplograph.graph.events import fetch_events
from diplograph.graph.relations import Direction, PageRequest, relations
from diplograph.graph.selection import Selection, sparql_conditions
from diplograph.graph.store import KnowledgeGraph

from diplograph.errors import InputError, NotFoundError
from diplograph.model import Plover, QuadClass
from tests.graph.relations_data import SPECS, build_relations


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph(None) as store:
        build_relations(store)
        summaries.rebuild(store)
        yield store


SELECTIONS: list[dict[str, Any]] = [
    {},
    {"since": dt.date(2024, 3, 1), "until": dt.date(2024, 8, 31)},
    {"categories": (Plover.ASSAULT, Plover.AID)},
    {"quad_classes": (QuadClass.MATERIAL_COOPERATION,)},
    {"include_negated": True, "include_hypothetical": True},
    {"min_confidence": 0.95},
    {"min_confidence": 0.5, "quad_classes": (QuadClass.MATERIAL_CONFLICT, QuadClass.VERBAL_COOPERATION)},
]


def _page_ids(kg: KnowledgeGraph, actor: str, selection: Selection) -> set[str]:
    page = relations(kg, PageRequest(actor, limit=1000), selection)
    assert page.next_cursor is None
    return {r.event_id for r in page.relations}


def _fetched_ids(kg: KnowledgeGraph, actor: str, selection: Selection) -> set[str]:
    rows = fetch_events(kg, selection, sources={actor}) + fetch_events(kg, selection, targets={actor})
    return {e.id for e in rows if e.date is not None}  # a page lists dated events (month nodes)


@pytest.mark.parametrize("kw", SELECTIONS, ids=lambda kw: ",".join(kw) or "default")
@pytest.mark.parametrize("actor", ["UKR", "USA", "RUS"])
def test_relations_and_exports_pick_the_same_events(
    kg: KnowledgeGraph, actor: str, kw: dict[str, Any]
) -> None:
    selection = Selection(**kw)
    picked = _page_ids(kg, actor, selection)
    assert picked == _fetched_ids(kg, actor, selection)
    if not kw:
        assert len(picked) == sum(
            1 for s in SPECS if actor in (s.source, s.target) and s.date and not (s.negated or s.hypothetical)
        )


def test_every_filter_is_a_condition_and_values_are_substituted() -> None:
    selection = Selection(
        since=dt.date(2024, 1, 1),
        until=dt.date(2024, 2, 1),
        categories=(Plover.AID,),
        quad_classes=(QuadClass.MATERIAL_COOPERATION,),
        min_confidence=0.5,
    )
    lines, subs = sparql_conditions(selection)
    text = "\n".join(lines)
    assert {v.value for v in subs} == {"since", "until", "minconf"}
    assert "2024" not in text and "0.5" not in text  # literal values are bound, never written
    assert "plover/AID>" in text and "quad/material-cooperation>" in text
    assert "dg:negated" in text and "dg:hypothetical" in text
    assert "plover/AID" not in "\n".join(sparql_conditions(selection, categories=False)[0])
    everything = Selection(include_negated=True, include_hypothetical=True)
    assert sparql_conditions(everything) == ([], {})


def test_a_page_of_an_unknown_actor_or_counterpart_is_not_found(kg: KnowledgeGraph) -> None:
    with pytest.raises(NotFoundError, match="no actor 'XXX'"):
        relations(kg, PageRequest("XXX"))
    with pytest.raises(NotFoundError, match="no actor 'YYY'"):
        relations(kg, PageRequest("RUS", counterpart="YYY", direction=Direction.OUT))
    assert relations(kg, PageRequest("RUS", counterpart="JPN")).relations == []  # known, no relations


def test_bad_selections() -> None:
    with pytest.raises(InputError, match="min_confidence"):
        Selection(min_confidence=1.5)
    with pytest.raises(InputError, match="countries: not an actor id"):
        Selection(countries=("a/b/c",))
