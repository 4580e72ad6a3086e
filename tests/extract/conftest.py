"""Fixtures of the extractor tests: run a sentence through the extractor, and read
its events as (source, category, target) triples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Article, Event

#: the date sentences are read on, unless a test gives another
DAY = dt.date(2024, 11, 24)

Triples = set[tuple[str, str, str | None]]


@pytest.fixture(scope="module")
def run(extractor) -> Callable[..., list[Event]]:
    def extract(text: str, date: dt.date | None = DAY) -> list[Event]:
        return list(extractor.extract([Article(id="t", text=text, date=date)]))

    return extract


@pytest.fixture(scope="session")
def triples() -> Callable[[list[Event]], Triples]:
    """The asserted (not negated) events as (source id, PLOVER category, target id)."""

    def read(events: list[Event]) -> Triples:
        return {
            (e.source.actor.id, e.relation.plover.value, e.target.actor.id if e.target else None)
            for e in events
            if not e.negated
        }

    return read
