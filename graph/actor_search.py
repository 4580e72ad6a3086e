"""How well a name answers an actor search: exact codes and names first, then
aliases, then capitals and other metonyms, then names that start with the query,
then words inside names that start with it, and last the query inside a word
("russ" finds Russia before Brunei Darussalam and Liz Truss).

``GET /actors?q=`` and the relations page both rank with :func:`rank_name`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, IntEnum


class NameKind(Enum):
    """What a searched name is to its actor."""

    CODE = "code"  # the actor id, ISO alpha-3 or alpha-2 code
    LABEL = "label"  # the preferred name (skos:prefLabel)
    ALIAS = "alias"  # another name (skos:altLabel)
    METONYM = "metonym"  # a capital or seat of government standing for it (skos:hiddenLabel, dg:capital)


class Rank(IntEnum):
    """Best first."""

    EXACT_NAME = 0  # the code or the preferred name itself
    EXACT_ALIAS = 1
    EXACT_METONYM = 2
    NAME_PREFIX = 3  # the preferred name starts with the query
    ALIAS_PREFIX = 4
    WORD_START = 5  # a later word starts with the query ("korea" in "North Korea")
    INSIDE_WORD = 6  # anywhere else ("russ" in "Truss")

    @property
    def match(self) -> str:
        """exact, prefix, word or inside: how the page decides whether to ask."""
        if self <= Rank.EXACT_METONYM:
            return "exact"
        return "prefix" if self <= Rank.ALIAS_PREFIX else "word" if self is Rank.WORD_START else "inside"


_EXACT = {
    NameKind.CODE: Rank.EXACT_NAME,
    NameKind.LABEL: Rank.EXACT_NAME,
    NameKind.ALIAS: Rank.EXACT_ALIAS,
    NameKind.METONYM: Rank.EXACT_METONYM,
}


def normalise(text: str) -> str:
    """Lower case, single spaces, no leading "the " ("the Kremlin" is "kremlin")."""
    words = text.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def rank_name(query: str, name: str, kind: NameKind) -> Rank | None:
    """How well ``name`` (a ``kind`` of name) answers ``query``; None if it does not contain it."""
    q, n = normalise(query), normalise(name)
    if not q or q not in n:
        return None
    if n == q:
        return _EXACT[kind]
    if n.startswith(q):
        return Rank.NAME_PREFIX if kind in (NameKind.LABEL, NameKind.CODE) else Rank.ALIAS_PREFIX
    if re.search(r"(?<![^\W_])" + re.escape(q), n):  # q starts a word (after a space, hyphen, ...)
        return Rank.WORD_START
    return Rank.INSIDE_WORD


@dataclass(frozen=True, slots=True)
class Candidate:
    """One name of one actor that contains the query."""

    actor: str
    label: str
    name: str
    kind: NameKind


@dataclass(frozen=True, slots=True)
class Ranked:
    candidate: Candidate
    rank: Rank


def rank_actors(query: str, candidates: Iterable[Candidate]) -> list[Ranked]:
    """Each actor once, by its best name (of equally good names, the first in alphabetical
    order: the answer does not depend on the order the store lists them), best first (then
    by label and id)."""
    best: dict[str, Ranked] = {}
    for c in candidates:
        rank = rank_name(query, c.name, c.kind)
        if rank is None:
            continue
        kept = best.get(c.actor)
        if kept is None or (rank, c.name) < (kept.rank, kept.candidate.name):
            best[c.actor] = Ranked(c, rank)
    return sorted(best.values(), key=lambda r: (r.rank, r.candidate.label.casefold(), r.candidate.actor))
