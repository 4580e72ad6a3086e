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
#: slots read off the parse (extract/strategies.py, Reader.slot) ...
STRUCTURAL_SLOTS = frozenset({"subj", "dobj", "iobj", "poss", "compound", "by"})
#: ... and prepositions whose object fills the slot ("sanctions on X")
PREPOSITION_SLOTS = frozenset(
    [
        "about",
        "after",
        "against",
        "along",
        "alongside",
        "amid",
        "among",
        "around",
        "at",
        "behind",
        "beside",
        "between",
        "beyond",
        "by",
        "during",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "outside",
        "over",
        "past",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "under",
        "upon",
        "via",
        "with",
        "within",
    ]
)


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
    #: done by both sides even when the text makes one the subject: "Pakistan exchanged fire
    #: with Afghanistan" is fire both ways (only with ``reciprocal``)
    mutual: bool = False
    #: the target only where the entry says ("voted against X"): no fallback ("the council
    #: voted 13-0, with Russia abstaining" is no rejection of Russia)
    only_slots: bool = False
    #: an act only when promised or threatened ("vowed to respond", "said it would respond"):
    #: "Iran responded to the letter" is no act
    promised_only: bool = False
    #: an act only as a verb of naming that says what its object is ("described the move as a
    #: provocation"): "described the situation" is none
    named_only: bool = False
    #: an act only as someone's reported verdict on a party or its act ("Mexico said the U.S.
    #: tariffs violated the pact": Mexico accuses the U.S.); "the tariffs violated the pact",
    #: told by the writer, is no one's act
    verdict: bool = False

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
        self.words = frozenset(lemma for lemma, _ in self._by_head)  # any trigger of the word at all

    def candidates(self, lemma: str, pos: str) -> list[Trigger]:
        return self._by_head.get((lemma, pos), [])

    def lemmas(self, pos: str) -> set[str]:
        return {lemma for (lemma, p) in self._by_head if p == pos}

    def __iter__(self) -> Iterator[Trigger]:
        for entries in self._by_head.values():
            yield from entries


def default_path() -> Path:
    return Path(str(files("diplograph.extract").joinpath("data/lexicon.toml")))


#: an object that any person named by name fills ("received Burhan in Cairo")
NAMED_PERSON = "<person>"
#: an object that any organisation named by name fills ("said they were leaving ECOWAS")
NAMED_ORGANISATION = "<organisation>"


def _objects(raw: dict[str, Any], where: str, classes: dict[str, list[str]]) -> frozenset[str]:
    """An entry's required object lemmas, a class ("@weapons") standing for its lemmas."""
    found: set[str] = set()
    for o in raw.get("objects", []):
        name = str(o).lower()
        if not name.startswith("@"):
            found.add(name)
        elif name[1:] in classes:
            found.update(str(w).lower() for w in classes[name[1:]])
        else:
            raise ConfigError(
                f"{where}: unknown object class {name!r} (the [classes] table has {sorted(classes)})"
            )
    return frozenset(found)


def _trigger(
    raw: dict[str, Any], where: str, vocabulary: Vocabulary, classes: dict[str, list[str]] | None = None
) -> Trigger:
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
    source = tuple(raw.get("source", VERB_SOURCE if pos == "verb" else NOUN_SOURCE))
    for field, slots in (("target", target), ("source", source)):
        unknown = [s for s in slots if s not in STRUCTURAL_SLOTS and s not in PREPOSITION_SLOTS]
        if unknown:
            raise ConfigError(f"{where}: unknown slot {unknown[0]!r} in {field!r}")
    mode = raw.get("mode") or None
    relation = vocabulary.relation(cameo, plover, mode)
    return Trigger(
        lemma=lemma,
        pos=pos,
        objects=_objects(raw, where, classes or {}),
        particle=str(raw.get("particle", "")).lower(),
        target=target,
        source=source,
        relation=relation,
        reciprocal=bool(raw.get("reciprocal", False)),
        mutual=bool(raw.get("mutual", False)),
        only_slots=bool(raw.get("only_slots", False)),
        promised_only=bool(raw.get("promised_only", False)),
        named_only=bool(raw.get("named_only", False)),
        verdict=bool(raw.get("verdict", False)),
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
    classes = raw.get("classes", {})
    triggers = [
        _trigger(entry, f"{path.name}: entry #{n} ({entry.get('lemma', '?')})", vocabulary, classes)
        for n, entry in enumerate(raw.get("entry", []), 1)
    ]
    if not triggers:
        raise ConfigError(f"{path}: no [[entry]] tables")
    _check_unique(triggers, path.name)
    logger.debug("lexicon: %d triggers from %s", len(triggers), path)
    return Lexicon(triggers)


def _check_unique(triggers: list[Trigger], where: str) -> None:
    """One entry per head, pos, required objects and particle: a second one would
    never be used."""
    seen: set[tuple[str, str, frozenset[str], str]] = set()
    for n, t in enumerate(triggers, 1):
        key = (t.lemma, t.pos, t.objects, t.particle)
        if key in seen:
            raise ConfigError(
                f"{where}: entry #{n} ({t.lemma}): a second entry for {t.pos} {t.lemma!r}"
                + (f" with {sorted(t.objects)}" if t.objects else "")
                + (f" {t.particle!r}" if t.particle else "")
            )
        seen.add(key)
