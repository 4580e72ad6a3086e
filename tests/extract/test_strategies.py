"""The source and target strategies, each on a parse built by hand (no model): the
first strategy that finds someone wins and its name is what the event records."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from diplograph.extract.cues import load_cues
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.mentions import ActorResolver, Via
from diplograph.extract.strategies import (
    SOURCE_STRATEGIES,
    TARGET_STRATEGIES,
    Act,
    Found,
    Reader,
    find_sources,
    find_targets,
)
from diplograph.extract.triggers import TriggerMatcher
from diplograph.ontology.gazetteer import load_gazetteer
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def read(lexicon_entry) -> Callable[..., tuple[Found | None, Found | None]]:
    """Sources and targets of the trigger at ``i`` in a hand-built doc."""
    gazetteer, cues, lexicon = load_gazetteer(), load_cues(), load_lexicon()

    def run(doc: Doc, i: int, lemma: str, pos: str = "verb", obj: str | None = None):
        actors = ActorResolver(gazetteer, cues, doc)
        matcher = TriggerMatcher(lexicon, cues)
        reader = Reader(actors, matcher, cues)
        trigger = lexicon_entry(lemma, pos, obj)
        tok = doc[i]
        anchor = [tok, *(t for t in doc if obj and t.lemma_ == obj and t.i != i)]
        act = Act(tok, trigger, anchor, doc[:], tok)
        sources = find_sources(reader, act)
        act = Act(tok, trigger, anchor, doc[:], tok, tuple(sources.mentions) if sources else ())
        return sources, find_targets(reader, act)

    return run


def ids(found: Found | None) -> list[str]:
    return [m.actor_id for m in found.mentions] if found else []


def test_every_strategy_is_named_once_and_documented_with_an_example() -> None:
    for strategies in (SOURCE_STRATEGIES, TARGET_STRATEGIES):
        names = [s.name for s in strategies]
        assert len(names) == len(set(names))
        for s in strategies:
            assert s.find.__doc__ and s.example.endswith(".")


def test_subject_and_object(hand_doc, read) -> None:
    # Paris summoned Moscow 's envoy .
    doc = hand_doc(
        [
            ("Paris", 1, "nsubj", "PROPN"),
            ("summoned", 1, "ROOT", "VERB", "VBD", "summon"),
            ("Moscow", 4, "poss", "PROPN"),
            ("'s", 2, "case", "PART"),
            ("envoy", 1, "dobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "FRA", "metonym", "government"), (2, 3, "RUS", "metonym", "government")],
    )
    sources, targets = read(doc, 1, "summon", obj="envoy")
    assert (ids(sources), sources.via) == (["FRA"], "subject")
    assert (ids(targets), targets.via, targets.own) == (["RUS"], "object", True)


def test_inherited_subject_and_prepositional_target(hand_doc, read) -> None:
    # Oslo pledged to send aid to Kyiv .
    doc = hand_doc(
        [
            ("Oslo", 1, "nsubj", "PROPN"),
            ("pledged", 1, "ROOT", "VERB", "VBD", "pledge"),
            ("to", 3, "aux", "PART"),
            ("send", 1, "xcomp", "VERB", "VB"),
            ("aid", 3, "dobj", "NOUN"),
            ("to", 3, "prep", "ADP"),
            ("Kyiv", 5, "pobj", "PROPN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "NOR", "metonym", "government"), (6, 7, "UKR", "metonym", "government")],
    )
    sources, targets = read(doc, 3, "send", obj="aid")
    assert (ids(sources), sources.via, sources.inherited) == (["NOR"], "inherited_subject", True)
    assert (ids(targets), targets.via) == (["UKR"], "to_phrase")


def test_the_opponent_of_a_hostile_act(hand_doc, read) -> None:
    # Kyiv threatened action against Moscow .
    doc = hand_doc(
        [
            ("Kyiv", 1, "nsubj", "PROPN"),
            ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
            ("action", 1, "dobj", "NOUN"),
            ("against", 2, "prep", "ADP"),
            ("Moscow", 3, "pobj", "PROPN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "UKR", "metonym", "government"), (4, 5, "RUS", "metonym", "government")],
    )
    _, targets = read(doc, 1, "threaten")
    assert (ids(targets), targets.via, targets.own) == (["RUS"], "against_phrase", False)


def test_the_nearest_actor_before_a_main_verb_without_a_subject(hand_doc, read) -> None:
    # Oslo , in a statement , welcomed Kyiv .  (the parse gives no subject)
    doc = hand_doc(
        [
            ("Oslo", 6, "dep", "PROPN"),
            (",", 6, "punct", "PUNCT"),
            ("in", 6, "prep", "ADP"),
            ("a", 4, "det", "DET"),
            ("statement", 2, "pobj", "NOUN"),
            (",", 6, "punct", "PUNCT"),
            ("welcomed", 6, "ROOT", "VERB", "VBD", "welcome"),
            ("Kyiv", 6, "dobj", "PROPN"),
            (".", 6, "punct", "PUNCT"),
        ],
        [(0, 1, "NOR", "metonym", "government"), (7, 8, "UKR", "metonym", "government")],
    )
    sources, targets = read(doc, 6, "welcome")
    assert (ids(sources), sources.via) == (["NOR"], "nearest_before")
    assert sources.mentions[0].via is Via.NEAREST
    assert (ids(targets), targets.via) == (["UKR"], "object")


def test_a_protest_with_no_target_is_against_the_protesters_government(hand_doc, read) -> None:
    # Kenyans marched .
    doc = hand_doc(
        [
            ("Kenyans", 1, "nsubj", "PROPN", "NNPS"),
            ("marched", 1, "ROOT", "VERB", "VBD", "march"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "KEN", "demonym")],
    )
    sources, targets = read(doc, 1, "march")
    assert [(m.actor_id, m.sector) for m in sources.mentions] == [("KEN", "civilians")]
    assert (targets.via, [(m.actor_id, m.sector, m.via) for m in targets.mentions]) == (
        "own_government",
        [("KEN", "government", Via.IMPLIED)],
    )


def test_a_threat_is_for_the_party_its_condition_names(hand_doc, read) -> None:
    # Ankara threatened an offensive unless Baghdad accepted .
    doc = hand_doc(
        [
            ("Ankara", 1, "nsubj", "PROPN"),
            ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
            ("an", 3, "det", "DET"),
            ("offensive", 1, "dobj", "NOUN"),
            ("unless", 6, "mark", "SCONJ"),
            ("Baghdad", 6, "nsubj", "PROPN"),
            ("accepted", 1, "advcl", "VERB", "VBD", "accept"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "TUR", "metonym", "government"), (5, 6, "IRQ", "metonym", "government")],
    )
    _, targets = read(doc, 1, "threaten")
    assert (ids(targets), targets.via) == (["IRQ"], "condition")


def test_no_strategy_finds_a_target_that_is_not_there(hand_doc, read) -> None:
    # Oslo welcomed the decision .
    doc = hand_doc(
        [
            ("Oslo", 1, "nsubj", "PROPN"),
            ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
            ("the", 3, "det", "DET"),
            ("decision", 1, "dobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "NOR", "metonym", "government")],
    )
    sources, targets = read(doc, 1, "welcome")
    assert ids(sources) == ["NOR"]
    assert targets is None
