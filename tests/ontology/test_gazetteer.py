"""The gazetteer's answers about actors: which state an actor belongs to on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.ontology.gazetteer import Gazetteer, NameKind, load_gazetteer


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


@pytest.mark.parametrize(
    ("actor_id", "day", "country"),
    [
        ("person/emomali-rahmon", dt.date(2018, 3, 1), "TJK"),
        ("person/shavkat-mirziyoyev", dt.date(2010, 3, 1), "UZB"),  # as prime minister
        ("person/assimi-goita", dt.date(2022, 9, 4), "MLI"),
        ("person/samia-suluhu-hassan", dt.date(2022, 1, 1), "TZA"),
        ("person/mohamed-bazoum", dt.date(2022, 1, 1), "NER"),
        ("person/manasseh-sogavare", dt.date(2021, 11, 26), "SLB"),
    ],
)
def test_heads_of_state_added_in_session_14(
    gazetteer: Gazetteer, actor_id: str, day: dt.date | None, country: str | None
) -> None:
    assert gazetteer.country_on(actor_id, day) == country


def test_a_surname_of_one_leader_is_not_taken_from_another_name(gazetteer: Gazetteer) -> None:
    # "King Hassan of Morocco": Samia Suluhu Hassan is known alone as Samia, and Abiy Ahmed as Abiy
    ids = ("person/samia-suluhu-hassan", "person/abiy-ahmed")
    surnames = {n.text for n in gazetteer.names() if n.kind is NameKind.SURNAME and n.actor_id in ids}
    assert "Hassan" not in surnames and {"Samia", "Abiy"} <= surnames


def test_names_written_without_their_diacritics_or_in_another_spelling_are_known(
    gazetteer: Gazetteer,
) -> None:
    texts = {n.text: n.actor_id for n in gazetteer.names()}
    assert texts.get("Jonas Gahr Store") == "person/jonas-gahr-store"
    assert texts.get("Atal Behari Vajpayee") == texts.get("Atal Bihari Vajpayee") is not None


def test_monarchs_are_known_by_title_and_regnal_number(gazetteer: Gazetteer) -> None:
    regnal = gazetteer.regnal_names()
    assert regnal["King Mohammed VI"] == regnal["Mohammed VI"] == "person/mohammed-vi-of-morocco"
    assert regnal["King Willem-Alexander"] == "person/willem-alexander-of-the-netherlands"
    assert regnal["Queen Margrethe"] == "person/margrethe-ii-of-denmark"
    assert "King Abdullah" not in regnal  # two kings of that name (Jordan, Saudi Arabia)
    names = {(n.text, n.actor_id) for n in gazetteer.names() if n.kind is NameKind.PERSON}
    assert ("King Felipe VI", "person/felipe-vi-of-spain") in names
