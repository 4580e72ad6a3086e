"""The line breaker's reading of a doc's lines and dateline (no model: a blank English
tokenizer)."""

from __future__ import annotations

import spacy
from diplograph.extract.actors import (
    DATELINE_KEY,
    ActorRecognizer,
    _variants,
    dateline_end,
    dateline_tokens,
    doc_dateline,
    line_breaks,
)


def test_line_breaks_are_the_whitespace_tokens_holding_one() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Mali expels envoy\nThe junta ordered  him out.\n")
    assert [doc[i].text for i in line_breaks(doc)] == ["\n"]  # not the last token, nor a double space
    assert doc[line_breaks(doc)[0] + 1].text == "The"
    assert line_breaks(nlp("One line, with  two spaces.")) == []


def test_a_dateline_is_found_once_and_read_off_the_text_given() -> None:
    nlp = spacy.blank("en")
    text = "BAMAKO, Mali — The junta expelled the envoy."
    doc = nlp(text)
    assert doc_dateline(doc) == (0, text.index("The"))
    assert [doc[i].text for i in sorted(dateline_tokens(doc))] == ["BAMAKO", ",", "Mali", "—"]
    end = dateline_end(doc)
    assert end is not None and end.text == "The"

    given = nlp(text)
    assert doc_dateline(given, text) == doc_dateline(doc)
    assert given.user_data[DATELINE_KEY] == (0, text.index("The"))  # kept: not looked for again
    plain = nlp("The junta expelled the envoy.")
    assert doc_dateline(plain) is None and dateline_tokens(plain) == set() and dateline_end(plain) is None


def test_a_name_is_also_matched_as_wire_copy_writes_it_without_diacritics() -> None:
    assert _variants("Ibrahim Traoré") == ["Ibrahim Traoré", "Ibrahim Traore"]
    assert "Jonas Gahr Store" in _variants("Jonas Gahr Støre")
    assert _variants("the Kremlin") == ["the Kremlin", "Kremlin"]


class _RecordingTokenizer:
    """A tokenizer that notes the cache size in force each time names are tokenized."""

    def __init__(self, tokenizer: object) -> None:
        self.tokenizer = tokenizer
        self.max_cache_size = 10_000
        self.sizes_seen: set[int] = set()

    def pipe(self, texts):
        self.sizes_seen.add(self.max_cache_size)
        return self.tokenizer.pipe(texts)


def test_the_gazetteer_names_are_tokenized_without_filling_the_tokenizer_cache() -> None:
    nlp = spacy.blank("en")
    recording = _RecordingTokenizer(nlp.tokenizer)
    nlp.tokenizer = recording  # type: ignore[assignment]
    recogniser = ActorRecognizer(nlp)
    assert recording.sizes_seen == {0}  # no name kept in the cache the articles' words need
    assert recording.max_cache_size == 10_000  # and the cache is the articles' again after
    assert recogniser.matcher is not None and len(recogniser.matcher) > 100
