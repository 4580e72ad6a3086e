"""One event per happening in an article: mentions merged (built by hand, no model), and
the pipeline on texts that report one happening several times."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from diplograph.extract.merge import combined_confidence, merge_mentions

from diplograph.model import (
    Article,
    DateBasis,
    Event,
    EventDate,
    EventPlace,
    PlaceBasis,
    Plover,
    Precision,
    Sector,
)
from tests.conftest import make_event

ARTICLE = Article("m1", "Russia warned Seoul. Moscow warned South Korea again.", date=dt.date(2024, 3, 7))


def mention(n: int, **changes: object) -> Event:
    return dataclasses.replace(make_event(ARTICLE, n=n * 20), confidence=0.6, **changes)  # type: ignore[arg-type]


def stated(day: int) -> EventDate:
    return EventDate(dt.date(2024, 3, day), Precision.DAY, DateBasis.RELATIVE, "on Monday")


def test_repeats_are_one_event_with_every_mention() -> None:
    (event,) = merge_mentions([mention(0), mention(1), mention(2)])
    assert len(event.mentions) == 3 and [m.trigger_start for m in event.mentions] == [7, 27, 47]
    assert event.trigger_start == 7  # the first mention leads
    assert event.confidence == pytest.approx(1 - 0.4**3)


def test_confidence_combines_and_is_capped() -> None:
    assert combined_confidence([0.6, 0.6]) == pytest.approx(0.84)
    assert combined_confidence([0.95, 0.95, 0.95]) == 0.99
    assert combined_confidence([0.7]) == pytest.approx(0.7)


def test_a_single_mention_is_left_as_it_is() -> None:
    one = mention(0)
    assert merge_mentions([one]) == [one]


def test_different_stated_days_or_places_are_two_events() -> None:
    assert len(merge_mentions([mention(0, when=stated(4)), mention(1, when=stated(6))])) == 2
    kharkiv = EventPlace("Kharkiv", "UKR", 50.0, 36.2)
    odesa = EventPlace("Odesa", "UKR", 46.5, 30.7)
    assert len(merge_mentions([mention(0, place=kharkiv), mention(1, place=odesa)])) == 2


def test_an_unstated_day_or_a_dateline_joins_a_stated_one() -> None:
    reported = EventDate(dt.date(2024, 3, 7))
    dateline = EventPlace("Seoul", "KOR", 37.6, 127.0, PlaceBasis.DATELINE)
    kharkiv = EventPlace("Kharkiv", "UKR", 50.0, 36.2)
    (event,) = merge_mentions(
        [mention(0, when=reported, place=dateline), mention(1, when=stated(4), place=kharkiv)]
    )
    assert event.date == dt.date(2024, 3, 4) and event.when == stated(4)  # the most precise date
    assert event.place == kharkiv


@pytest.mark.parametrize(
    "change",
    [
        {"negated": True},
        {"hypothetical": True},
        {"relation": dataclasses.replace(make_event(ARTICLE).relation, plover=Plover.ACCUSE)},
    ],
)
def test_other_kinds_are_not_merged(change: dict[str, object]) -> None:
    assert len(merge_mentions([mention(0), mention(1, **change)])) == 2


def test_two_parties_of_one_state_stay_two_events() -> None:
    first = mention(0)
    assert first.target is not None
    rebels = dataclasses.replace(first.target, sector=Sector.REBELS)
    government = dataclasses.replace(first.target, sector=Sector.GOVERNMENT)
    assert len(merge_mentions([mention(0, target=government), mention(1, target=rebels)])) == 2
    assert len(merge_mentions([mention(0, target=government), mention(1)])) == 1  # no sector: either


@pytest.mark.slow
def test_a_headline_and_its_lede_are_one_event(run) -> None:
    text = (
        "Mali expels French ambassador\n\n"
        "Mali's military government expelled the French ambassador on Tuesday, state television said. "
        "The junta expelled the envoy after France criticised its plans."
    )
    sanctions = [e for e in run(text, date=dt.date(2024, 3, 7)) if e.relation.plover is Plover.SANCTION]
    assert len(sanctions) == 1
    (event,) = sanctions
    assert len(event.mentions) >= 2 and event.date == dt.date(2024, 3, 5)
