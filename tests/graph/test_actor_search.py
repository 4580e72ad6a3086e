"""Ranking actor searches: exact codes, names and aliases first, capitals as
metonyms, then prefixes, word starts, and last the query inside a word."""

from __future__ import annotations

import pytest
from diplograph.graph.actor_search import Candidate, NameKind, Rank, normalise, rank_actors, rank_name
from diplograph.graph.actors import search_actors
from diplograph.graph.store import KnowledgeGraph


@pytest.mark.parametrize(
    ("query", "name", "kind", "rank"),
    [
        ("RUS", "RUS", NameKind.CODE, Rank.EXACT_NAME),
        ("russia", "Russia", NameKind.LABEL, Rank.EXACT_NAME),
        ("us", "US", NameKind.ALIAS, Rank.EXACT_ALIAS),
        ("kremlin", "the Kremlin", NameKind.METONYM, Rank.EXACT_METONYM),
        ("russ", "Russia", NameKind.LABEL, Rank.NAME_PREFIX),
        ("russ", "Russian Federation", NameKind.ALIAS, Rank.ALIAS_PREFIX),
        ("korea", "North Korea", NameKind.LABEL, Rank.WORD_START),
        ("britain", "Great Britain", NameKind.ALIAS, Rank.WORD_START),
        ("russ", "Liz Truss", NameKind.LABEL, Rank.INSIDE_WORD),
        ("russ", "Brunei Darussalam", NameKind.ALIAS, Rank.INSIDE_WORD),
        ("russ", "Ukraine", NameKind.LABEL, None),
        ("", "Ukraine", NameKind.LABEL, None),
    ],
)
def test_rank_name(query: str, name: str, kind: NameKind, rank: Rank | None) -> None:
    assert rank_name(query, name, kind) is rank


def test_normalise_drops_case_spaces_and_a_leading_the() -> None:
    assert normalise("  The   Kremlin ") == "kremlin"
    assert normalise("the") == "the"


def test_rank_match_says_whether_to_ask() -> None:
    assert [r.match for r in Rank] == ["exact"] * 3 + ["prefix"] * 2 + ["word", "inside"]


def test_rank_actors_keeps_each_actors_best_name_best_first() -> None:
    candidates = [
        Candidate("person/truss", "Liz Truss", "Liz Truss", NameKind.LABEL),
        Candidate("BRN", "Brunei", "Brunei Darussalam", NameKind.ALIAS),
        Candidate("RUS", "Russia", "Russian Federation", NameKind.ALIAS),
        Candidate("RUS", "Russia", "Russia", NameKind.LABEL),
    ]
    ranked = rank_actors("russ", candidates)
    assert [(r.candidate.actor, r.rank) for r in ranked] == [
        ("RUS", Rank.NAME_PREFIX),
        ("BRN", Rank.INSIDE_WORD),
        ("person/truss", Rank.INSIDE_WORD),
    ]


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph(None)


@pytest.mark.parametrize(
    ("query", "first", "match"),
    [
        ("US", "USA", "exact"),
        ("uk", "GBR", "exact"),
        ("Britain", "GBR", "exact"),
        ("america", "USA", "exact"),
        ("Moscow", "RUS", "exact"),
        ("the kremlin", "RUS", "exact"),
        ("russ", "RUS", "prefix"),
    ],
)
def test_search_actors_finds_codes_aliases_and_capitals_first(
    kg: KnowledgeGraph, query: str, first: str, match: str
) -> None:
    hits = search_actors(kg, query)
    assert (hits[0].id, hits[0].match) == (first, match), hits[:3]


def test_search_actors_offers_both_koreas_before_anything_inside_a_word(kg: KnowledgeGraph) -> None:
    hits = search_actors(kg, "Korea")
    assert [h.id for h in hits[:2]] == ["KOR", "PRK"]  # "Korea Republic" starts with it
    assert [h.match for h in hits[:2]] == ["prefix", "word"]


def test_search_actors_ranks_word_starts_before_matches_inside_words(kg: KnowledgeGraph) -> None:
    hits = search_actors(kg, "russ", limit=50)
    ranks = [["exact", "prefix", "word", "inside"].index(h.match) for h in hits]
    assert ranks == sorted(ranks) and hits[0].id == "RUS"
    assert any(h.match == "inside" for h in hits)  # Brunei Darussalam, Liz Truss ... come last
