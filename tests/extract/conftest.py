"""Fixtures of the extractor tests: run a sentence through the extractor, and read
its events as (source, category, target) triples."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import spacy
from diplograph.extract.actors import SPANS_KEY
from diplograph.extract.lexicon import Trigger, load_lexicon
from spacy.tokens import Doc, Span

from diplograph.model import Article, Event

#: the date sentences are read on, unless a test gives another
DAY = dt.date(2024, 11, 24)

Triples = set[tuple[str, str, str | None]]


@pytest.fixture(scope="module")
def run(extractor) -> Callable[..., list[Event]]:
    def extract(text: str, date: dt.date | None = DAY) -> list[Event]:
        return list(extractor.extract([Article(id="t", text=text, date=date)]))

    return extract


@pytest.fixture(scope="session")
def triples() -> Callable[[list[Event]], Triples]:
    """The asserted (not negated) events as (source id, PLOVER category, target id)."""

    def read(events: list[Event]) -> Triples:
        return {
            (e.source.actor.id, e.relation.plover.value, e.target.actor.id if e.target else None)
            for e in events
            if not e.negated
        }

    return read


#: one token of a hand-built parse: (word, head index, dep, POS[, tag[, lemma]]); the
#: lemma is the lower-cased word unless given
Row = tuple[str, int, str, str] | tuple[str, int, str, str, str] | tuple[str, int, str, str, str, str]
#: an actor span: (start token, end token, actor id, kind of name[, sector])
ActorSpan = tuple[int, int, str, str] | tuple[int, int, str, str, str]


@pytest.fixture(scope="session")
def hand_doc() -> Callable[..., Doc]:
    """A ``Doc`` built by hand, without the statistical model: words, heads, deps, POS
    (and tags, lemmas), with actor spans as the recogniser would set them."""

    vocab = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct), no model

    def build(rows: list[Row], actors: list[ActorSpan] = ()) -> Doc:  # type: ignore[assignment]
        doc = Doc(
            vocab,
            words=[r[0] for r in rows],
            heads=[r[1] for r in rows],
            deps=[r[2] for r in rows],
            pos=[r[3] for r in rows],
            tags=[r[4] if len(r) > 4 else "" for r in rows],  # type: ignore[misc]
            lemmas=[r[5] if len(r) > 5 else r[0].lower() for r in rows],  # type: ignore[misc]
        )
        doc.spans[SPANS_KEY] = [
            Span(doc, a[0], a[1], label=a[2], span_id=a[3], kb_id=a[4] if len(a) > 4 else "")  # type: ignore[misc]
            for a in actors
        ]
        return doc

    return build


@pytest.fixture(scope="session")
def lexicon_entry() -> Callable[..., Trigger]:
    """The lexicon's entry for a head: the bare one, or the one completed by ``obj``."""
    lexicon = load_lexicon()

    def find(lemma: str, pos: str = "verb", obj: str | None = None) -> Trigger:
        for t in lexicon.candidates(lemma, pos):
            if (obj is None and not t.objects) or (obj is not None and obj in t.objects):
                return t
        raise LookupError(f"no lexicon entry for {pos} {lemma!r} with {obj!r}")

    return find
