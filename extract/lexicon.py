"""The relation lexicon (``extract/data/lexicon.toml``): trigger words and
phrases mapped to PLOVER category and mode and CAMEO code."""

from __future__ import annotations

import logging
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from diplograph.ontology.vocabulary import Vocabulary, load_vocabulary

from diplograph.errors import ConfigError
from diplograph.model import Plover, Relation

logger = logging.getLogger(__name__)

VERB_SOURCE = ("subj",)
NOUN_SOURCE = ("poss", "by", "compound", "subj")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: a head lemma, what must go with it, where its
    actors are found, and the relation it codes."""

    lemma: str
    pos: str  # "verb" or "noun"
    objects: frozenset[str]
    particle: str
    target: tuple[str, ...]
    source: tuple[str, ...]
    relation: Relation
    reciprocal: bool = False

    @property
    def specificity(self) -> int:
        """Entries with required objects or particles beat bare ones."""
        return (2 if self.objects else 0) + (1 if self.particle else 0)


class Lexicon:
    def __init__(self, triggers: list[Trigger]) -> None:
        self._by_head: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
        for t in triggers:
            self._by_head[(t.lemma, t.pos)].append(t)
        for entries in self._by_head.values():
            entries.sort(key=lambda t: -t.specificity)
        self.size = len(triggers)

    def candidates(self, lemma: str, pos: str) -> list[Trigger]:
        return self._by_head.get((lemma, pos), [])

    def lemmas(self, pos: str) -> set[str]:
        return {lemma for (lemma, p) in self._by_head if p == pos}

    def __iter__(self) -> Iterator[Trigger]:
        for entries in self._by_head.values():
            yield from entries


def default_path() -> Path:
    return Path(str(files("diplograph.extract").joinpath("data/lexicon.toml")))


def _trigger(raw: dict[str, Any], where: str, vocabulary: Vocabulary) -> Trigger:
    try:
        lemma = str(raw["lemma"]).strip().lower()
        plover = Plover(str(raw["plover"]).upper())
        cameo = str(raw["cameo"])
    except KeyError as exc:
        raise ConfigError(f"{where}: missing {exc.args[0]!r}") from None
    except ValueError:
        raise ConfigError(f"{where}: unknown PLOVER category {raw.get('plover')!r}") from None
    pos = raw.get("pos", "verb")
    if pos not in ("verb", "noun"):
        raise ConfigError(f"{where}: pos must be 'verb' or 'noun', not {pos!r}")
    target = tuple(raw.get("target", ["dobj"]))
    if not target:
        raise ConfigError(f"{where}: empty 'target'")
    mode = raw.get("mode") or None
    relation = vocabulary.relation(cameo, plover, mode)
    return Trigger(
        lemma=lemma,
        pos=pos,
        objects=frozenset(o.lower() for o in raw.get("objects", [])),
        particle=str(raw.get("particle", "")).lower(),
        target=target,
        source=tuple(raw.get("source", VERB_SOURCE if pos == "verb" else NOUN_SOURCE)),
        relation=relation,
        reciprocal=bool(raw.get("reciprocal", False)),
    )


def load_lexicon(path: Path | None = None) -> Lexicon:
    return _load(path or default_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> Lexicon:
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot load the relation lexicon: {exc}") from exc
    vocabulary = load_vocabulary()
    triggers = [
        _trigger(entry, f"{path.name}: entry #{n} ({entry.get('lemma', '?')})", vocabulary)
        for n, entry in enumerate(raw.get("entry", []), 1)
    ]
    if not triggers:
        raise ConfigError(f"{path}: no [[entry]] tables")
    logger.debug("lexicon: %d triggers from %s", len(triggers), path)
    return Lexicon(triggers)
