"""Where an event happened: a locative place of its sentence, else the dateline; and when,
read from the sentence (the real pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.extract.where import dateline_place
from diplograph.ontology.gazetteer import load_gazetteer

from diplograph.model import DateBasis, PlaceBasis

THURSDAY = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("BAMAKO, Mali — The junta said on Monday ...", "Bamako", "MLI"),
        ("KINSHASA (wire) — A spokesman said ...", "Kinshasa", "COD"),
        ("HANOI, Oct. 14 — Officials met ...", "Hanoi", "VNM"),
        ("NEW DELHI, India -- The ministry ...", "New Delhi", "IND"),
        ("Headline of the day\n\nMOSUL, Iraq — Shelling ...", "Mosul", "IRQ"),
        ("ZINDER, Niger — Protesters ...", "Zinder", "NER"),  # a city known by its state only
    ],
)
def test_datelines(text: str, name: str, country: str) -> None:
    place = dateline_place(text, load_gazetteer())
    assert place is not None and (place.name, place.country) == (name, country)
    assert place.basis is PlaceBasis.DATELINE


def test_no_dateline() -> None:
    assert dateline_place("The UN Security Council met on Monday.", load_gazetteer()) is None
    assert dateline_place("NATO — an alliance of 32 states — met.", load_gazetteer()) is None


@pytest.mark.slow
def test_events_get_their_place_and_day(run) -> None:
    events = run(
        "Rebels shelled the airport in Goma on Tuesday, the army said. "
        "Chile and Peru will hold talks in Lima next Monday.",
        date=THURSDAY,
    )
    by_trigger = {e.trigger: e for e in events}
    shelled = by_trigger["shelled"]
    assert shelled.place is not None and (shelled.place.name, shelled.place.country) == ("Goma", "COD")
    assert shelled.place.latitude is not None and shelled.place.basis is PlaceBasis.STATED
    assert shelled.date == dt.date(2024, 3, 5) and shelled.reported == THURSDAY
    assert shelled.when is not None and shelled.when.basis is DateBasis.RELATIVE
    talks = [e for e in events if e.relation.plover.value == "AGREE"]
    assert talks and all(e.date == dt.date(2024, 3, 11) for e in talks)  # planned: ahead
    assert all(e.place is not None and e.place.name == "Lima" for e in talks)


@pytest.mark.slow
def test_without_a_date_in_the_text_the_report_date_is_used_and_said(run) -> None:
    (event,) = run("Kenya accused Somalia of harbouring militants.", date=THURSDAY)
    assert event.date == THURSDAY and event.when is not None and event.when.basis is DateBasis.REPORTED
    assert event.place is None
    (undated,) = run("Kenya accused Somalia of harbouring militants.", date=None)
    assert undated.date is None and undated.when is None


@pytest.mark.slow
def test_durations_are_not_the_events_date(run) -> None:
    events = run("Peru has demanded since April that Bolivia extradite the minister.", date=THURSDAY)
    assert events and all(e.when is not None and e.when.basis is DateBasis.REPORTED for e in events)
