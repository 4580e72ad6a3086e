"""The gazetteer's answers about actors: which state an actor belongs to on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.ontology.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("actor_id", "day", "country"),
    [
        ("KEN", None, "KEN"),
        ("person/yoweri-museveni", dt.date(2020, 1, 1), "UGA"),  # through his office
        ("person/yoweri-museveni", dt.date(1980, 1, 1), "UGA"),  # before it: his own country
        ("person/antonio-guterres", dt.date(2020, 1, 1), None),  # a UN office: no state
        ("person/alpha-conde", dt.date(2021, 9, 6), "GIN"),  # the day after his overthrow: still Guinea's
        ("person/ban-ki-moon", dt.date(2020, 1, 1), None),  # after a UN office: none
        ("org/UN", None, None),
        ("XYZ", None, None),
        ("", None, None),
    ],
)
def test_country_on(gazetteer: Gazetteer, actor_id: str, day: dt.date | None, country: str | None) -> None:
    assert gazetteer.country_on(actor_id, day) == country


def test_a_former_role_is_the_state_office_last_left_before_the_day(gazetteer: Gazetteer) -> None:
    role = gazetteer.former_role("person/alpha-conde", dt.date(2021, 9, 6))
    assert role is not None and (role.of, role.title) == ("GIN", "President")
    assert gazetteer.former_role("person/alpha-conde", dt.date(2015, 1, 1)) is None  # in office then
    assert gazetteer.former_role("person/alpha-conde", None) is None
    assert gazetteer.former_role("person/ban-ki-moon", dt.date(2020, 1, 1)) is None  # an organisation's
