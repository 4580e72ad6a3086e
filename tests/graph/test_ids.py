"""Identifiers: the actor-id rule matches what the gazetteer mints, and ids and
IRIs convert both ways."""

from __future__ import annotations

import pytest
from diplograph.graph import ids
from diplograph.ontology import namespaces as ns
from diplograph.ontology.gazetteer import load_gazetteer

from diplograph.errors import InputError


@pytest.mark.parametrize("value", ["RUS", "org/NATO", "group/hamas", "person/andrey-rudenko", "a" * 64])
def test_actor_ids(value: str) -> None:
    assert ids.check_actor_id(value) == value and ids.is_actor_id(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "a/b/c",  # at most one slash: /dyads/{a}/{b} and dyad/<s>/<t> rely on it
        "a" * 65,
        "org/" + "n" * 65,
        "/RUS",
        "RUS/",
        "-RUS",
        "bad id!",
        "RUS> } ; DROP ALL ; #",
        "org/NATO\n",
    ],
)
def test_not_actor_ids(value: str) -> None:
    assert not ids.is_actor_id(value)
    with pytest.raises(InputError, match="counterpart: not an actor id"):
        ids.check_actor_id(value, where="counterpart")
    with pytest.raises(InputError):
        ids.actor_iri(value)


def test_every_gazetteer_id_is_an_actor_id() -> None:
    minted = [entry.actor.id for entry in load_gazetteer()]
    assert len(minted) > 100
    assert [a for a in minted if not ids.is_actor_id(a)] == []


@pytest.mark.parametrize("actor", ["RUS", "org/NATO", "person/andrey-rudenko"])
def test_actor_iri_round_trip(actor: str) -> None:
    iri = ids.actor_iri(actor)
    assert iri.value == f"{ns.ACTOR}{actor}" and ids.is_actor_iri(iri.value)
    assert ids.actor_id_of(iri.value) == actor


def test_event_ids_and_iris() -> None:
    event = "0123456789abcdef"
    assert ids.event_id_of(ids.event_iri(event).value) == event
    for bad in ("0123456789ABCDEF", "0123", "0123456789abcdef0", "zz23456789abcdef"):
        with pytest.raises(InputError, match="not an event id"):
            ids.event_iri(bad)


def test_dyad_and_run_iris() -> None:
    assert ids.dyad_iri("org/NATO", "RUS").value == f"{ns.DYAD}org/NATO/RUS"
    with pytest.raises(InputError):
        ids.dyad_iri("RUS", "a/b/c")
    assert ids.run_of_iri(ids.run_iri("rules", "1.2").value) == "rules/1.2"
    assert ids.run_iri("rules").value == f"{ns.RUN}rules"


@pytest.mark.parametrize(
    ("path", "pair"),
    [
        ("RUS/UKR", ("RUS", "UKR")),
        ("org/NATO/RUS", ("org/NATO", "RUS")),
        ("person/x/org/UN", ("person/x", "org/UN")),
        ("/RUS//UKR/", ("RUS", "UKR")),
    ],
)
def test_split_pair(path: str, pair: tuple[str, str]) -> None:
    assert ids.split_pair(path) == pair


@pytest.mark.parametrize("path", ["RUS", "RUS/UKR/USA", "", "RUS/bad id!"])
def test_split_pair_refuses(path: str) -> None:
    with pytest.raises(InputError):
        ids.split_pair(path)
