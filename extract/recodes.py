"""Recode rules (``extract/data/recodes.toml``): the relation each named rule codes
to, validated at load: every rule the extractor knows is there, no other, each with
a known CAMEO code and PLOVER category."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from diplograph.ontology.vocabulary import Vocabulary, load_vocabulary

from diplograph.errors import ConfigError
from diplograph.model import Plover, Relation

#: the rules the extractor applies, by the name it records on an event
RULES = (
    "troops_arrived",
    "peacekeepers_arrived",
    "aid_arrived",
    "aid_sent",
    "peacekeeping_force",
    "sent_to_help",
    "deployed_under_pact",
    "armed_backing",
    "joint_exercises",
    "joint_operation",
    "allegation",
    "charges_faced",
    "prepared_attack",
    "reported_demand",
    "threat",
    "ultimatum",
    "ordered_to_leave",
    "people_ordered_out",
    "ordered_to_act",
    "show_of_force",
    "condemned_as",
    "dismissed_as",
    "praised_as",
    "civil_obstruction",
    "riot",
    "labour_strike",
    "interception",
    "call_for",
    "protest_repressed",
    "signed_to_do",
    "fight_ended",
    "forces_stormed",
    "deadline_demand",
    "or_else",
)
_FIELDS = frozenset({"cameo", "plover"})


@dataclass(frozen=True, slots=True)
class Recodes:
    relations: dict[str, Relation]

    def __getitem__(self, rule: str) -> Relation:
        return self.relations[rule]


def default_path() -> Path:
    return Path(str(files("diplograph.extract").joinpath("data/recodes.toml")))


def load_recodes(path: Path | None = None) -> Recodes:
    return _load(path or default_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> Recodes:
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)  # a key given twice is a TOMLDecodeError
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot load the recode rules: {exc}") from exc
    return Recodes(parse_recodes(raw, path.name, load_vocabulary()))


def parse_recodes(raw: dict[str, object], where: str, vocabulary: Vocabulary) -> dict[str, Relation]:
    """The relation of every rule in ``RULES``; a ConfigError names the file and the key
    of anything unknown, missing or malformed."""
    unknown = sorted(set(raw) - set(RULES))
    if unknown:
        raise ConfigError(f"{where}: unknown recode rule {unknown[0]!r} (known: {', '.join(RULES)})")
    missing = [rule for rule in RULES if rule not in raw]
    if missing:
        raise ConfigError(f"{where}: missing recode rule {missing[0]!r}")
    return {rule: _relation(raw[rule], f"{where}: [{rule}]", vocabulary) for rule in RULES}


def _relation(table: object, where: str, vocabulary: Vocabulary) -> Relation:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table with 'cameo' and 'plover'")
    extra = sorted(set(table) - _FIELDS)
    if extra:
        raise ConfigError(f"{where}: unknown key {extra[0]!r} (known: cameo, plover)")
    if not set(table) >= _FIELDS:
        raise ConfigError(f"{where}: needs both 'cameo' and 'plover'")
    try:
        plover = Plover(str(table["plover"]).upper())
    except ValueError:
        raise ConfigError(f"{where}: unknown PLOVER category {table['plover']!r}") from None
    try:
        return vocabulary.relation(str(table["cameo"]), plover)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
