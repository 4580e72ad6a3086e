"""Verbs the parser swallowed into a chain of names (extract/verbs.py), on parses built
by hand: the clause is rebuilt around the verb; other modifiers are left alone."""

from __future__ import annotations

from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.verbs import SwallowedVerbs


def test_a_verb_hung_on_the_name_after_it_heads_its_clause_again(hand_doc) -> None:
    # Hungarian Prime Minister Ana Kovac telephoned Dodik after the ruling .
    doc = hand_doc(
        [
            ("Hungarian", 2, "amod", "ADJ", "JJ"),
            ("Prime", 2, "compound", "PROPN", "NNP"),
            ("Minister", 4, "compound", "PROPN", "NNP"),
            ("Ana", 4, "compound", "PROPN", "NNP"),
            ("Kovac", 6, "compound", "PROPN", "NNP"),
            ("telephoned", 6, "amod", "VERB", "VBN"),
            ("Dodik", 6, "ROOT", "PROPN", "NNP"),
            ("after", 6, "prep", "ADP", "IN"),
            ("the", 9, "det", "DET", "DT"),
            ("ruling", 7, "pobj", "NOUN", "NN"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )
    SwallowedVerbs(lexicon=load_lexicon())(doc)
    verb = doc[5]
    assert (verb.dep_, verb.head.i, verb.lemma_, verb.pos_) == ("ROOT", 5, "telephone", "VERB")
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 5)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 5)
    assert doc[7].head.i == 5  # "after the ruling" is the call's
    assert doc[2].head.i == 4  # the subject's own phrase is left as parsed


def test_an_adjective_of_a_name_is_left_alone(hand_doc) -> None:
    # Kenyan armed forces chief Ali Njoroge spoke .
    doc = hand_doc(
        [
            ("Kenyan", 4, "amod", "ADJ", "JJ"),
            ("armed", 2, "amod", "VERB", "VBN", "arm"),
            ("forces", 4, "compound", "NOUN", "NNS", "force"),
            ("chief", 4, "compound", "NOUN", "NN"),
            ("Njoroge", 4, "ROOT", "PROPN", "NNP"),
            (".", 4, "punct", "PUNCT", "."),
        ]
    )
    before = [(t.dep_, t.head.i) for t in doc]
    SwallowedVerbs(lexicon=load_lexicon())(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
