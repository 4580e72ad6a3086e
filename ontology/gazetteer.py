"""The actor gazetteer: states, organisations, armed groups and officials.

Read from the TOML files in ``ontology/gazetteer/`` into typed entries. Actor
ids: a state's ISO 3166-1 alpha-3 code (``RUS``), ``org/<ID>`` for an
organisation, ``group/<ID>`` for an armed group, ``person/<id>`` for a person.
The generated ``places.tsv`` of the same folder (scripts/build_places.py) adds
world cities as places of their state.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from diplograph.ontology import data_path

from diplograph.errors import ConfigError
from diplograph.model import Actor, ActorKind, Sector

logger = logging.getLogger(__name__)

_ISO3 = re.compile(r"^[A-Z]{3}$")
PLACES_FILE = "places.tsv"
PLACES_COLUMNS = ("name", "country", "population", "latitude", "longitude")
SEATS_FILE = "seats.tsv"
SEATS_COLUMNS = ("name", "country", "latitude", "longitude")
#: a monarch's file name: "Mohammed VI of Morocco", "Willem-Alexander of the Netherlands"
_REGNAL = re.compile(r"^(?P<given>[A-Z][\w-]+(?: [A-Z][a-z]+)?)(?: (?P<numeral>[IVX]+))? of (?:the )?[A-Z]")
#: the titles of monarchs news puts before their given names
_MONARCHS = frozenset({"King", "Queen", "Emir", "Sultan"})
_FAMILY_NAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG"}
#: Capitalised words that are mostly not a person: never a surname on their own.
_NOT_SURNAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "King",
    "Prince",
    "Bishop",
    "Pope",
    "General",
    "Major",
    "Power",
    "Rice",
    "Jr.",
    "Jr",
    "Sr.",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "Bin",
    "Al",
    "Abu",
    "Van",
    "Von",
    "De",
    "Da",
    "El",
    "Le",
    "La",
}


class NameKind(StrEnum):
    """How a surface form names its actor; the extractor weighs them."""

    NAME = "name"
    ALIAS = "alias"
    DEMONYM = "demonym"
    METONYM = "metonym"
    INSTITUTION = "institution"
    PLACE = "place"
    PERSON = "person"
    SURNAME = "surname"


@dataclass(frozen=True, slots=True)
class Name:
    """One surface form of an actor."""

    text: str
    actor_id: str
    kind: NameKind
    sector: Sector | None = None


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """Where a named place is: its state and WGS84 coordinates (GeoNames)."""

    name: str
    country: str
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person holds for ``of`` (a state or organisation id)."""

    of: str
    title: str
    sector: Sector
    start: dt.date | None
    end: dt.date | None

    def active_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry: the actor and what the files say about it."""

    actor: Actor
    official: str | None = None
    iso2: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    institutions: tuple[tuple[str, Sector], ...] = ()
    shared: tuple[str, ...] = ()  # names it shares with another state ("Congo"): the text decides
    parent: str | None = None
    sector: Sector | None = None
    roles: tuple[Role, ...] = ()
    un: str | None = None
    unnamed: bool = False  # stands for groups a story does not name ("rights groups said")


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: not a YYYY-MM-DD date: {value!r}") from None


def _sector(value: Any, where: str) -> Sector | None:
    if value in (None, ""):
        return None
    try:
        return Sector(str(value))
    except ValueError:
        raise ConfigError(f"{where}: unknown sector {value!r}") from None


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key!r} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _required(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: missing {key!r}")
    return value.strip()


class Gazetteer:
    """All actors, by id, with their names and (for people) dated roles."""

    def __init__(
        self, entries: list[Entry], places: Iterable[Name] = (), points: Iterable[GeoPoint] = ()
    ) -> None:
        self._entries: dict[str, Entry] = {}
        self._places = tuple(places)  # of places.tsv, after the places of the entries
        self._points: dict[tuple[str, str], GeoPoint] = {}
        for point in points:
            self._points.setdefault((point.name.casefold(), point.country), point)
        for entry in entries:
            if entry.actor.id in self._entries:
                raise ConfigError(f"gazetteer: duplicate actor id {entry.actor.id!r}")
            self._entries[entry.actor.id] = entry
        for entry in entries:
            for ref in [entry.parent, entry.actor.country, *(r.of for r in entry.roles)]:
                if ref and self.resolve_id(ref) is None:
                    raise ConfigError(f"gazetteer: {entry.actor.id} refers to unknown actor {ref!r}")
        for entry in entries:
            if entry.roles:
                self._entries[entry.actor.id] = self._resolve_roles(entry)

    def point(self, name: str, country: str) -> GeoPoint | None:
        """The coordinates of the city ``name`` of ``country`` (places.tsv and the seats of
        seats.tsv), or None for a place without them (a region, an unknown city)."""
        return self._points.get((name.casefold().removeprefix("the "), country))

    def _resolve_roles(self, entry: Entry) -> Entry:
        """Roles name states or organisations by key ("RUS", "WHO"); make them actor ids,
        and give the person the country of their latest role for a state."""
        roles = []
        for role in entry.roles:
            key = role.of.removeprefix("org/")
            of = key if self.is_state(key) else self.resolve_id(key) or role.of
            roles.append(replace(role, of=of))
        states = [r.of for r in roles if self.is_state(r.of)]
        actor = replace(entry.actor, country=states[-1] if states else None)
        return replace(entry, roles=tuple(roles), actor=actor)

    def is_state(self, key: str) -> bool:
        e = self._entries.get(key)
        return e is not None and e.actor.kind is ActorKind.STATE

    # -- lookup -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def entry(self, actor_id: str) -> Entry:
        try:
            return self._entries[actor_id]
        except KeyError:
            raise ConfigError(f"gazetteer: no actor {actor_id!r}") from None

    def actor(self, actor_id: str) -> Actor:
        return self.entry(actor_id).actor

    def resolve_id(self, ref: str) -> str | None:
        """The actor id for ``ref``: an id, or an organisation's short key."""
        for candidate in (ref, f"org/{ref}", f"group/{ref}"):
            if candidate in self._entries:
                return candidate
        return None

    def country_on(self, actor_id: str, day: dt.date | None) -> str | None:
        """The state an actor belongs to on ``day``: a person's through the office held
        then (or their last, with no day), an organisation's none; None for unknown ids."""
        if actor_id not in self._entries:
            return None
        if self.actor(actor_id).kind is ActorKind.PERSON:
            role = self.role_on(actor_id, day)
            if role is not None:
                actor_id = role.of
            elif (former := self.former_role(actor_id, day)) is not None:
                return former.of
        return self.actor(actor_id).country

    def former_role(self, person_id: str, day: dt.date | None) -> Role | None:
        """The state office a person last left before ``day``: an ousted or former president
        is still of that state ("soldiers ousted President Alpha Conde", reported the day
        after). None with no day, or when their last office was an organisation's."""
        if day is None:
            return None
        ended = [r for r in self.entry(person_id).roles if r.end is not None and r.end < day]
        if not ended:
            return None
        last = max(ended, key=lambda r: r.end or dt.date.min)
        known = last.of in self._entries and self.actor(last.of).kind is ActorKind.STATE
        return last if known else None

    def role_on(self, person_id: str, day: dt.date | None) -> Role | None:
        """The person's role on ``day`` (the most recent one started, if several)."""
        roles = [r for r in self.entry(person_id).roles if r.active_on(day)]
        if not roles and day is None:
            roles = list(self.entry(person_id).roles[-1:])
        if not roles:
            return None
        return max(roles, key=lambda r: r.start or dt.date.min)

    def surnames(self, e: Entry) -> set[str]:
        """The surnames a person is called by alone: the ``surname`` of the file, else the
        family name of each full name (first for Chinese and Korean names, last otherwise),
        never a word that is mostly something else ("May", "King")."""
        if e.official:  # the explicit ``surname`` key of a person
            return {e.official}
        family_first = any(r.of in _FAMILY_NAME_FIRST for r in e.roles)
        found = set()
        for name in (e.actor.label, *e.aliases):
            parts = name.replace("-", " ").split() if family_first else name.split()
            if len(parts) > 1:
                found.add(parts[0] if family_first else parts[-1])
        return {s for s in found if s not in _NOT_SURNAMES and (len(s) > 2 or family_first)}

    def regnal_names(self) -> dict[str, str]:
        """The names news gives a monarch filed as "<name> [numeral] of <State>": "Mohammed
        VI" and "King Mohammed VI", "King Felipe" (a form two monarchs share, such as "King
        Abdullah" of Jordan and of Saudi Arabia, is left out: it names neither for sure)."""
        found: dict[str, set[str]] = {}
        for e in self._entries.values():
            match = _REGNAL.match(e.actor.label) if e.actor.kind is ActorKind.PERSON else None
            if match is None:
                continue
            given, numeral = match["given"], match["numeral"]
            titles = {r.title for r in e.roles if r.title in _MONARCHS}
            forms = {f"{given} {numeral}"} if numeral else set()
            for title in titles:
                forms |= {f"{title} {given}", *({f"{title} {given} {numeral}"} if numeral else set())}
            for form in forms:
                found.setdefault(form, set()).add(e.actor.id)
        return {form: next(iter(ids)) for form, ids in found.items() if len(ids) == 1}

    def names(self) -> Iterator[Name]:
        """Every surface form of every actor."""
        for form, actor_id in self.regnal_names().items():
            yield Name(form, actor_id, NameKind.PERSON)
        for e in self._entries.values():
            a = e.actor
            if a.kind is ActorKind.PERSON:
                yield Name(a.label, a.id, NameKind.PERSON)
                for alias in e.aliases:
                    yield Name(alias, a.id, NameKind.PERSON)
                for surname in self.surnames(e):
                    yield Name(surname, a.id, NameKind.SURNAME)
                continue
            yield Name(a.label, a.id, NameKind.NAME, e.sector)
            for text in (e.official, *e.aliases, *e.shared):
                if text:
                    yield Name(text, a.id, NameKind.ALIAS, e.sector)
            for text in e.demonyms:
                yield Name(text, a.id, NameKind.DEMONYM)
            for text in e.metonyms:
                yield Name(text, a.id, NameKind.METONYM, Sector.GOVERNMENT)
            for text in e.places:
                yield Name(text, a.id, NameKind.PLACE)
            for text, sector in e.institutions:
                yield Name(text, a.id, NameKind.INSTITUTION, sector)
        yield from self._places


# -- loading ------------------------------------------------------------------------------------
def _state(raw: dict[str, Any], where: str) -> Entry:
    code = _required(raw, "id", where)
    if not _ISO3.match(code):
        raise ConfigError(f"{where}: state id {code!r} is not an ISO 3166-1 alpha-3 code")
    institutions = []
    for inst in raw.get("institutions", []):
        sector = _sector(inst.get("sector"), where) or Sector.GOVERNMENT
        institutions.append((_required(inst, "name", where), sector))
    return Entry(
        actor=Actor(code, _required(raw, "name", where), ActorKind.STATE, code),
        official=raw.get("official") or None,
        iso2=raw.get("iso2") or None,
        aliases=_strings(raw, "aliases", where),
        demonyms=_strings(raw, "demonyms", where),
        capital=raw.get("capital") or None,
        metonyms=_strings(raw, "metonyms", where),
        places=_strings(raw, "places", where),
        institutions=tuple(institutions),
        shared=_strings(raw, "shared", where),
        un=raw.get("un") or None,
    )


def _organization(raw: dict[str, Any], where: str) -> Entry:
    key = _required(raw, "id", where)
    kind = {"igo": ActorKind.IGO, "ngo": ActorKind.NGO}.get(raw.get("kind", "igo"))
    if kind is None:
        raise ConfigError(f"{where}: kind must be 'igo' or 'ngo', not {raw.get('kind')!r}")
    parent = raw.get("parent") or None
    return Entry(
        actor=Actor(f"org/{key}", _required(raw, "name", where), kind, None),
        official=raw.get("official") or None,
        aliases=_strings(raw, "aliases", where),
        metonyms=_strings(raw, "metonyms", where),
        parent=f"org/{parent}" if parent else None,
        capital=raw.get("seat") or None,
        unnamed=bool(raw.get("unnamed", False)),
    )


def _group(raw: dict[str, Any], where: str) -> Entry:
    key = _required(raw, "id", where)
    country = raw.get("country") or None
    if country is not None and not _ISO3.match(country):
        raise ConfigError(f"{where}: country {country!r} is not an ISO alpha-3 code")
    return Entry(
        actor=Actor(f"group/{key}", _required(raw, "name", where), ActorKind.ARMED_GROUP, country),
        aliases=_strings(raw, "aliases", where),
        sector=_sector(raw.get("sector"), where) or Sector.REBELS,
    )


def _person(raw: dict[str, Any], where: str) -> Entry:
    key = _required(raw, "id", where)
    roles = []
    for n, r in enumerate(raw.get("roles", []), 1):
        rwhere = f"{where} role {n}"
        of = _required(r, "of", rwhere)
        role = Role(
            of=of,  # a state or organisation key, resolved to an actor id by Gazetteer
            title=_required(r, "title", rwhere),
            sector=_sector(r.get("sector"), rwhere) or Sector.GOVERNMENT,
            start=_date(r.get("start"), rwhere),
            end=_date(r.get("end"), rwhere),
        )
        if role.start and role.end and role.end < role.start:
            raise ConfigError(f"{rwhere}: ends before it starts")
        roles.append(role)
    roles.sort(key=lambda r: r.start or dt.date.min)
    surname = raw.get("surname")
    return Entry(
        actor=Actor(f"person/{key}", _required(raw, "name", where), ActorKind.PERSON, None),
        aliases=_strings(raw, "aliases", where),
        roles=tuple(roles),
        official=surname.strip() if isinstance(surname, str) and surname.strip() else None,
    )


_LOADERS = {"state": _state, "organization": _organization, "group": _group, "person": _person}


def _read(path: Path) -> list[Entry]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read gazetteer file: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    entries = []
    for table, loader in _LOADERS.items():
        for n, raw in enumerate(data.get(table, []), 1):
            entries.append(loader(raw, f"{path.name}: {table} #{n} ({raw.get('id', '?')})"))
    return entries


def _table_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """The rows of a generated TSV file: ``#`` comment lines, then the header row
    ``columns``, then rows of that many fields; each row with its ``file:line``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read places file: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8: {exc}") from exc
    header = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        fields = [f.strip() for f in line.split("\t")]
        if not header:
            if tuple(fields) != columns:
                raise ConfigError(f"{where}: expected the header row {'<TAB>'.join(columns)}")
            header = True
            continue
        if len(fields) != len(columns):
            raise ConfigError(f"{where}: expected {len(columns)} tab-separated fields, not {len(fields)}")
        yield where, fields


def _point(where: str, name: str, code: str, states: Collection[str], lat: str, lon: str) -> GeoPoint:
    if not name:
        raise ConfigError(f"{where}: empty name")
    if code not in states:
        raise ConfigError(f"{where}: {code!r} is not the id of a state of the gazetteer")
    try:
        latitude, longitude = float(lat), float(lon)
    except ValueError:
        raise ConfigError(f"{where}: latitude/longitude are not numbers: {lat!r}, {lon!r}") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ConfigError(f"{where}: coordinates out of range: {latitude}, {longitude}")
    return GeoPoint(name, code, latitude, longitude)


def read_place_points(path: Path, states: Collection[str]) -> list[GeoPoint]:
    """The rows of a places file (``name, country, population, latitude, longitude``) as
    points of their state; ``country`` must be the ISO alpha-3 id of a state of ``states``."""
    points = []
    for where, (name, code, population, lat, lon) in _table_rows(path, PLACES_COLUMNS):
        if not population.isdigit():
            raise ConfigError(f"{where}: population is not a whole number: {population!r}")
        points.append(_point(where, name, code, states, lat, lon))
    return points


def read_places(path: Path, states: Collection[str]) -> list[Name]:
    """The rows of a places file as place names of their state."""
    return [Name(p.name, p.country, NameKind.PLACE) for p in read_place_points(path, states)]


def read_seats(path: Path, states: Collection[str]) -> list[GeoPoint]:
    """The rows of a seats file (``name, country, latitude, longitude``): where the capitals
    and seats of the TOML files are."""
    return [
        _point(w, name, code, states, lat, lon)
        for w, (name, code, lat, lon) in _table_rows(path, SEATS_COLUMNS)
    ]


def load_gazetteer(folder: Path | None = None, *, places: bool = True) -> Gazetteer:
    """Read every gazetteer file of ``folder`` (default: the packaged one), and
    its ``places.tsv`` if there is one, unless ``places`` is false."""
    if folder is None and places:
        return _default_gazetteer()
    folder = folder or data_path("gazetteer")
    entries: list[Entry] = []
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ConfigError(f"{folder}: no gazetteer files (*.toml)")
    for path in paths:
        entries.extend(_read(path))
    points: list[GeoPoint] = []
    states = {e.actor.id for e in entries if e.actor.kind is ActorKind.STATE}
    if places and (folder / PLACES_FILE).is_file():
        points = read_place_points(folder / PLACES_FILE, states)
    place_names = [Name(p.name, p.country, NameKind.PLACE) for p in points]
    if places and (folder / SEATS_FILE).is_file():
        points += read_seats(folder / SEATS_FILE, states)
    gazetteer = Gazetteer(entries, place_names, points)
    logger.debug(
        "gazetteer: %d actors, %d places.tsv names from %s", len(gazetteer), len(place_names), folder
    )
    return gazetteer


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return load_gazetteer(data_path("gazetteer"))
