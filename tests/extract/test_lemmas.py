"""The lemma mender: an inflected word of the lexicon's vocabulary gets its lexicon lemma
where spaCy's lemmatiser took another word ("waged" -> "wag")."""

from __future__ import annotations

import pytest
from diplograph.extract.lemmas import LemmaMender

MENDER = LemmaMender(verbs=frozenset({"wage", "stage", "retake"}), nouns=frozenset({"base", "war"}))


@pytest.mark.parametrize(
    ("word", "tag", "spacy_lemma", "lemma"),
    [
        ("waged", "VBD", "wag", "wage"),
        ("staging", "VBG", "stag", "stage"),
        ("retook", "VB", "retook", "retake"),
        ("bases", "NNS", "basis", "base"),
    ],
)
def test_a_vocabulary_word_gets_its_lexicon_lemma(
    hand_doc, word: str, tag: str, spacy_lemma: str, lemma: str
) -> None:
    pos = "NOUN" if tag == "NNS" else "VERB"
    doc = MENDER(
        hand_doc([("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"), (word, 1, "ROOT", pos, tag, spacy_lemma)])
    )
    assert doc[1].lemma_ == lemma


@pytest.mark.parametrize(
    ("word", "tag", "spacy_lemma"),
    [
        ("wagged", "VBD", "wag"),  # not a word of the lexicon: left as spaCy read it
        ("wages", "NNS", "wage"),  # a noun the lexicon does not list
        ("waged", "JJ", "waged"),  # not tagged as a verb or a plural
    ],
)
def test_other_words_keep_spacy_s_lemma(hand_doc, word: str, tag: str, spacy_lemma: str) -> None:
    doc = MENDER(
        hand_doc([("Dogs", 1, "nsubj", "NOUN", "NNS", "dog"), (word, 1, "ROOT", "VERB", tag, spacy_lemma)])
    )
    assert doc[1].lemma_ == spacy_lemma


def test_a_known_lemma_is_not_second_guessed(hand_doc) -> None:
    """ "stag" of "staged" would be mended; a lexicon that had "stag" keeps it."""
    mender = LemmaMender(verbs=frozenset({"stag", "stage"}), nouns=frozenset())
    doc = mender(
        hand_doc([("China", 1, "nsubj", "PROPN", "NNP"), ("staged", 1, "ROOT", "VERB", "VBD", "stag")])
    )
    assert doc[0].lemma_ == "china" and doc[1].lemma_ == "stag"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malian rebels waged a guerrilla campaign against the army for a decade.",
            ("MLI", "ASSAULT", "MLI"),
        ),
        ("China staged live-fire exercises near Taiwan on Saturday.", ("CHN", "MOBILIZE", "TWN")),
        ("Chadian troops retook the border post from Sudanese rebels.", ("TCD", "ASSAULT", "SDN")),
        ("Armed police cordoned off the Russian embassy in Vilnius.", ("LTU", "COERCE", "RUS")),
    ],
)
def test_the_pipeline_reads_what_the_lemmatiser_misread(run, triples, text: str, expected) -> None:
    assert expected in triples(run(text))


def test_a_verb_form_of_two_verbs_keeps_spacy_s_reading(hand_doc) -> None:
    """ "The bodies lay in the street": "lay" is the past of "lie" as spaCy read it, even when
    the lexicon knows "lay" ("lay siege") and not "lie"."""
    mender = LemmaMender(verbs=frozenset({"lay"}), nouns=frozenset())
    doc = mender(
        hand_doc([("bodies", 1, "nsubj", "NOUN", "NNS", "body"), ("lay", 1, "ROOT", "VERB", "VBD", "lie")])
    )
    assert doc[1].lemma_ == "lie"
