"""Headlines and captions read again in the past tense (extract/headlines.py), on lines of our own."""

from __future__ import annotations

import pytest
from diplograph.extract.headlines import headline_like, past_tense, present_tense_form

pytestmark = pytest.mark.slow


def _sentences(nlp, text: str):
    return list(nlp(text).sents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army rulers order out Dutch diplomat", True),
        ("Police fire tear gas at students in Dhaka, Bangladesh, Monday, March 4, 2024.", True),
        ("Police fire water cannon at students outside parliament in Tbilisi, Georgia, on Friday.", True),
        ("Police fired tear gas at students in Dhaka on Monday.", False),
    ],
)
def test_a_headline_or_a_caption_is_known_by_how_it_ends(nlp, text: str, expected: bool) -> None:
    assert headline_like(_sentences(nlp, text)[0]) is expected


def test_present_and_past_forms(nlp) -> None:
    doc = nlp("Junta orders envoy out")
    orders = doc[1]
    assert present_tense_form(orders, "order")
    assert past_tense(orders, "order") == "ordered"
    assert past_tense(nlp("Rallies")[0], "rally") == "Rallied"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Riot police fire tear gas at students in Dhaka, Bangladesh, Monday, March 4, 2024.", "fire"),
        ("Niger junta orders Belgian envoy out, accuses Brussels of meddling", "orders"),
        ("Chad severs ties with Morocco over Sahara dispute", "severs"),
        ("Pakistan summons Iranian envoy over cross-border mortar fire", "summons"),
    ],
)
def test_a_verb_the_model_took_for_a_noun_heads_the_line_again(nlp, text: str, verb: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP")
    assert any(c.dep_ == "nsubj" for c in tok.children)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]


def test_a_noun_before_the_verb_stays_its_subject(nlp) -> None:
    doc = nlp("Border clashes kill 12 in Kashmir")
    assert doc[1].dep_ == "nsubj" and doc[2].pos_ == "VERB"


def test_a_sentence_of_the_story_is_not_read_again(nlp) -> None:
    doc = nlp("The police fire was seen from the harbour. Riot police fire tear gas at students")
    first = next(iter(doc.sents))
    assert [t.dep_ for t in first] == [t.dep_ for t in nlp("The police fire was seen from the harbour.")]


def test_the_line_keeps_its_sentence_boundaries(nlp) -> None:
    text = "Junta orders Dutch envoy out\nThe army said the envoy had 48 hours to leave."
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == ["Junta orders Dutch envoy out", doc.text.split("\n")[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police fire tear gas at students in Dhaka, Bangladesh, Monday, March 4, 2024.", "BGD"),
        ("Mali junta orders Belgian envoy out, accuses Brussels of meddling", "MLI"),
    ],
)
def test_headlines_and_captions_give_their_events(run, triples, text: str, expected: str) -> None:
    assert any(s == expected for s, _, _ in triples(run(text)))


def test_a_headline_order_out_is_an_expulsion_and_the_second_verb_shares_the_subject(run, triples) -> None:
    found = triples(run("Mali junta orders Belgian envoy out, accuses Belgium of meddling"))
    assert ("MLI", "SANCTION", "BEL") in found
    assert any(s == "MLI" and c == "ACCUSE" for s, c, _ in found), found


def test_a_crowd_only_counted_protests_where_it_gathers(run, triples) -> None:
    assert ("PER", "PROTEST", "PER") in triples(run("Hundreds march in Lima against Peru's new mining law"))


def test_a_plural_noun_reading_of_a_headline_verb_is_read_as_the_verb(run, triples) -> None:
    assert ("PAK", "ACCUSE", "IND") in triples(run("Pakistan summons Indian envoy over shelling in Kashmir"))


def test_a_demonym_before_a_noun_is_no_subject_of_a_headline_verb(run, triples) -> None:
    found = triples(run("Venezuela recalls envoy to Brazil over veto, summons Brazilian charge d'affaires"))
    assert not any(s == "BRA" for s, _, _ in found)
