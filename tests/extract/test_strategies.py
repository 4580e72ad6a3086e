"""The source and target strategies, each on a parse built by hand (no model): the
first strategy that finds someone wins and its name is what the event records."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import pytest
from diplograph.extract.cues import load_cues
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.mentions import ActorResolver, Via
from diplograph.extract.strategies import (
    BACKGROUND_TARGETS,
    OWN_PHRASE,
    SOURCE_STRATEGIES,
    TARGET_STRATEGIES,
    Act,
    Found,
    Reader,
    Strategy,
    _source_strategies,
    _target_strategies,
    find_sources,
    find_targets,
)
from diplograph.extract.triggers import TriggerMatcher
from diplograph.ontology.gazetteer import load_gazetteer
from spacy.tokens import Doc

from diplograph.model import Plover


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


def test_a_strategy_reads_only_the_acts_it_is_declared_for() -> None:
    """ "claimer" reads verbs of attack only: a noun, a threat or a verdict never reaches its
    function (which takes those conditions as given)."""
    called: list[Act] = []
    strategy = Strategy(
        "probe", lambda r, a: called.append(a), "X.", verb=True, plovers=frozenset({Plover.ASSAULT})
    )
    assert strategy.reads(Plover.ASSAULT, True, False)
    assert not strategy.reads(Plover.ASSAULT, False, False)
    assert not strategy.reads(Plover.THREATEN, True, False)
    assert not strategy.reads(Plover.ASSAULT, True, True)
    noun_attack = SimpleNamespace(
        plover=Plover.ASSAULT, is_verb=False, trigger=SimpleNamespace(verdict=False)
    )
    assert strategy(None, noun_attack) is None and not called  # type: ignore[arg-type]
    verb_attack = [s.name for s in _source_strategies(Plover.ASSAULT, True, False)]
    noun_attack_sources = [s.name for s in _source_strategies(Plover.ASSAULT, False, False)]
    assert "claimer" in verb_attack and "claimer" not in noun_attack_sources
    assert "responsibility_claimed" in noun_attack_sources and "responsibility_claimed" not in verb_attack
    assert "claimer" not in [s.name for s in _source_strategies(Plover.THREATEN, True, False)]


@pytest.mark.parametrize("plover", list(Plover))
@pytest.mark.parametrize("is_verb", [True, False])
def test_the_finders_read_the_strategies_of_the_act_in_their_order(plover, is_verb) -> None:
    for table, strategies in (
        (_source_strategies(plover, is_verb, False), SOURCE_STRATEGIES),
        (_target_strategies(plover, is_verb, False, False), TARGET_STRATEGIES),
    ):
        positions = [strategies.index(s) for s in table]
        assert positions == sorted(positions)  # the lists' order: the first finder wins
        assert "slot" in [s.name for s in table]  # every act reads its lexicon slots
    # a verdict's own trigger: its speaker judges what is judged in it
    assert [s.name for s in _source_strategies(plover, is_verb, True)] == ["verdict_speaker"]
    assert [s.name for s in _target_strategies(plover, is_verb, True, False)] == ["judged_in_verdict"]
    # an act that names its sides in its own phrase: that phrase, or what answers it
    own = {s.name for s in _target_strategies(plover, is_verb, False, True)}
    assert own and own <= OWN_PHRASE | BACKGROUND_TARGETS


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


def test_a_target_inside_the_act_agreed_to(hand_doc, read) -> None:
    # Lisbon agreed to provide aid to Romania .
    doc = hand_doc(
        [
            ("Lisbon", 1, "nsubj", "PROPN"),
            ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
            ("to", 3, "aux", "PART"),
            ("provide", 1, "xcomp", "VERB", "VB"),
            ("aid", 3, "dobj", "NOUN"),
            ("to", 3, "prep", "ADP"),
            ("Romania", 5, "pobj", "PROPN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "PRT", "metonym", "government"), (6, 7, "ROU", "name")],
    )
    _, targets = read(doc, 1, "agree")
    assert (ids(targets), targets.via, targets.own) == (["ROU"], "complement", False)


def test_a_demand_is_of_the_doer_of_the_demanded_act(hand_doc, read) -> None:
    # Paris demanded the withdrawal of Serbian forces from the town .
    doc = hand_doc(
        [
            ("Paris", 1, "nsubj", "PROPN"),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("the", 3, "det", "DET"),
            ("withdrawal", 1, "dobj", "NOUN"),
            ("of", 3, "prep", "ADP"),
            ("Serbian", 6, "amod", "ADJ", "JJ"),
            ("forces", 4, "pobj", "NOUN", "NNS", "force"),
            ("from", 3, "prep", "ADP"),
            ("the", 9, "det", "DET"),
            ("town", 7, "pobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ],
        [(0, 1, "FRA", "metonym", "government"), (5, 6, "SRB", "demonym")],
    )
    _, targets = read(doc, 1, "demand")
    assert (ids(targets), targets.via) == (["SRB"], "demanded_of")
    assert targets.mentions[0].sector == "military"


def test_a_domestic_act_with_no_target_is_on_the_country_s_own_people(hand_doc, read) -> None:
    # Thai authorities imposed martial law .
    doc = hand_doc(
        [
            ("Thai", 1, "amod", "ADJ", "JJ"),
            ("authorities", 2, "nsubj", "NOUN", "NNS", "authority"),
            ("imposed", 2, "ROOT", "VERB", "VBD", "impose"),
            ("martial", 4, "amod", "ADJ", "JJ"),
            ("law", 2, "dobj", "NOUN"),
            (".", 2, "punct", "PUNCT"),
        ],
        [(0, 1, "THA", "demonym")],
    )
    sources, targets = read(doc, 2, "impose", obj="law")
    assert [(m.actor_id, m.sector) for m in sources.mentions] == [("THA", "government")]
    assert (targets.via, [(m.actor_id, m.sector) for m in targets.mentions]) == (
        "own_people",
        [("THA", "civilians")],
    )


def test_an_attack_nobody_is_named_for_is_the_country_where_it_happened(hand_doc, read) -> None:
    # A bomb near a market in Basra killed six people .
    doc = hand_doc(
        [
            ("A", 1, "det", "DET"),
            ("bomb", 7, "nsubj", "NOUN"),
            ("near", 1, "prep", "ADP"),
            ("a", 4, "det", "DET"),
            ("market", 2, "pobj", "NOUN"),
            ("in", 4, "prep", "ADP"),
            ("Basra", 5, "pobj", "PROPN"),
            ("killed", 7, "ROOT", "VERB", "VBD", "kill"),
            ("six", 9, "nummod", "NUM"),
            ("people", 7, "dobj", "NOUN", "NNS", "people"),
            (".", 7, "punct", "PUNCT"),
        ],
        [(6, 7, "IRQ", "place")],
    )
    sources, _ = read(doc, 7, "kill")
    assert (ids(sources), sources.via) == (["IRQ"], "unattributed_attack")
    assert (sources.mentions[0].sector, sources.mentions[0].via) == (None, Via.LOCATION)


def test_two_adjectives_hung_on_one_noun_are_both_its_owners(hand_doc, read) -> None:
    # Egyptian and Sudanese warplanes struck rebel camps .  (both adjectives on the noun)
    doc = hand_doc(
        [
            ("Egyptian", 3, "amod", "ADJ", "JJ"),
            ("and", 3, "cc", "CCONJ", "CC"),
            ("Sudanese", 3, "amod", "ADJ", "JJ"),
            ("warplanes", 4, "nsubj", "NOUN", "NNS", "warplane"),
            ("struck", 4, "ROOT", "VERB", "VBD", "strike"),
            ("camps", 4, "dobj", "NOUN", "NNS", "camp"),
            (".", 4, "punct", "PUNCT"),
        ],
        [(0, 1, "EGY", "demonym"), (2, 3, "SDN", "demonym")],
    )
    sources, _ = read(doc, 4, "strike")
    assert sorted(ids(sources)) == ["EGY", "SDN"]


def test_the_shallow_fallback_skips_the_doer_of_another_act(hand_doc, read) -> None:
    # Kyiv urged partners to hurry ahead of a Russian offensive .
    doc = hand_doc(
        [
            ("Kyiv", 1, "nsubj", "PROPN", "NNP"),
            ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
            ("partners", 1, "dobj", "NOUN", "NNS", "partner"),
            ("to", 4, "aux", "PART", "TO"),
            ("hurry", 1, "xcomp", "VERB", "VB"),
            ("ahead", 4, "advmod", "ADV", "RB"),
            ("of", 5, "prep", "ADP", "IN"),
            ("a", 9, "det", "DET", "DT"),
            ("Russian", 9, "amod", "ADJ", "JJ"),
            ("offensive", 6, "pobj", "NOUN", "NN"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        [(0, 1, "UKR", "metonym", "government"), (8, 9, "RUS", "demonym")],
    )
    _, targets = read(doc, 1, "urge")
    assert ids(targets) == []


def test_a_title_with_a_societys_modifier_is_of_that_society(hand_doc) -> None:
    # police arrested opposition leader Jane Moyo .
    doc = hand_doc(
        [
            ("police", 1, "nsubj", "NOUN", "NNS"),
            ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
            ("opposition", 3, "compound", "NOUN", "NN"),
            ("leader", 5, "compound", "NOUN", "NN"),
            ("Jane", 5, "compound", "PROPN", "NNP"),
            ("Moyo", 1, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    actors = ActorResolver(load_gazetteer(), load_cues(), doc)
    assert actors.sector_of(doc[5]) == "opposition"


def test_a_verbs_subjects_and_a_heads_actors_are_read_once_and_each_caller_gets_its_own_list(
    hand_doc,
) -> None:
    # Paris and Berlin summoned the envoy .
    doc = hand_doc(
        [
            ("Paris", 3, "nsubj", "PROPN"),
            ("and", 0, "cc", "CCONJ"),
            ("Berlin", 0, "conj", "PROPN"),
            ("summoned", 3, "ROOT", "VERB", "VBD", "summon"),
            ("the", 5, "det", "DET"),
            ("envoy", 3, "dobj", "NOUN", "NN"),
            (".", 3, "punct", "PUNCT"),
        ],
        [(0, 1, "FRA", "metonym", "government"), (2, 3, "DEU", "metonym", "government")],
    )
    cues = load_cues()
    actors = ActorResolver(load_gazetteer(), cues, doc)
    reader = Reader(actors, TriggerMatcher(load_lexicon(), cues), cues)
    heads, inherited = reader.subjects(doc[3])
    assert (heads, inherited) == ([doc[0]], False)
    heads.append(doc[5])  # a caller extending its list ...
    assert reader.subjects(doc[3]) == ([doc[0]], False)  # ... does not change what the next one reads
    assert list(reader._subjects) == [3]  # read once
    found = actors.resolve(doc[0])
    assert [m.actor_id for m in found] == ["FRA", "DEU"]  # the head and its conjunct
    found.clear()
    assert [m.actor_id for m in actors.resolve(doc[0])] == ["FRA", "DEU"]
    assert list(actors._resolved) == [0]
