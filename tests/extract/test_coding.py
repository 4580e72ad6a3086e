"""The category rules of extract/coding.py, on parses built by hand (no model)."""

from __future__ import annotations

import pytest
from diplograph.extract.coding import LEXICON, Coder, Commitment
from diplograph.extract.cues import load_cues
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.recodes import load_recodes
from diplograph.ontology.vocabulary import load_vocabulary

from diplograph.model import Plover


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(load_cues(), load_vocabulary(), load_recodes())


def test_a_threatened_sanction_is_a_threat(hand_doc, coder, lexicon_entry) -> None:
    # Russia threatened to impose sanctions
    doc = hand_doc(
        [
            ("Russia", 1, "nsubj", "PROPN"),
            ("threatened", 1, "ROOT", "VERB", "VBD", "threaten"),
            ("to", 3, "aux", "PART"),
            ("impose", 1, "xcomp", "VERB", "VB"),
            ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ]
    )
    coding = coder.code(doc[3], lexicon_entry("impose", "verb", "sanction"))
    assert coding.relation is not None
    assert (coding.relation.plover, coding.rule, coding.hypothetical) == (Plover.THREATEN, "threat", False)


def test_an_act_done_keeps_the_lexicon_s_category(hand_doc, coder, lexicon_entry) -> None:
    doc = hand_doc(
        [
            ("Russia", 1, "nsubj", "PROPN"),
            ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
            ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ]
    )
    coding = coder.code(doc[1], lexicon_entry("impose", "verb", "sanction"))
    assert coding.relation is not None
    assert (coding.relation.plover, coding.rule, coding.negated) == (Plover.SANCTION, LEXICON, False)


def test_refusing_to_sign_is_a_rejection(hand_doc, coder, lexicon_entry) -> None:
    # Minsk refused to sign the agreement
    doc = hand_doc(
        [
            ("Minsk", 1, "nsubj", "PROPN"),
            ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
            ("to", 3, "aux", "PART"),
            ("sign", 1, "xcomp", "VERB", "VB"),
            ("the", 5, "det", "DET"),
            ("agreement", 3, "dobj", "NOUN"),
        ]
    )
    coding = coder.code(doc[3], lexicon_entry("sign", "verb", "agreement"))
    assert coding.relation is not None
    assert (coding.relation.plover, coding.rule, coding.negated) == (Plover.REJECT, "refusal", False)


def test_suspending_talks_is_a_sanction(hand_doc, coder, lexicon_entry) -> None:
    # Seoul suspended talks
    doc = hand_doc(
        [
            ("Seoul", 1, "nsubj", "PROPN"),
            ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
        ]
    )
    coding = coder.code(doc[2], lexicon_entry("talk", "noun"))
    assert coding.relation is not None
    assert (coding.relation.plover, coding.rule) == (Plover.SANCTION, "halt")


def test_what_must_be_done_is_no_act(hand_doc, coder) -> None:
    # Israel must withdraw
    doc = hand_doc(
        [
            ("Israel", 2, "nsubj", "PROPN"),
            ("must", 2, "aux", "AUX"),
            ("withdraw", 2, "ROOT", "VERB", "VB"),
        ]
    )
    trigger = load_lexicon().candidates("withdraw", "verb")[-1]
    coding = coder.code(doc[2], trigger)
    assert (coding.relation, coding.rule) == (None, "content_of_a_demand")


def test_commitments_are_typed() -> None:
    assert Commitment.of_verb("threaten").menacing
    assert Commitment.of_verb("warn").menacing
    assert not Commitment.of_verb("pledge").menacing
    assert Commitment.of_verb("offer") is Commitment.PLEDGE
