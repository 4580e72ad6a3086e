"""Headlines and photo captions read again in the past tense.

News headlines and captions tell what happened in the present tense and without
articles ("Riot police fire tear gas at protesters", "Junta orders French envoy
out"), and the small English model takes many such verbs for nouns ("fire" as a
compound of "tear gas", "orders" as the subject of a later verb). The same line
with the verb in the past tense ("Riot police fired tear gas at protesters") is
parsed well. So, for a headline or a caption whose candidate verb the parser did
not read as a verb with a subject, this component parses the line again with that
word in the past tense and, when the word then is a verb with a subject, keeps that
parse for the line (heads, labels, tags, lemmas), the word tagged as the present
tense it is. Everything else in the article is left as parsed.

It runs right after spaCy's entity recogniser (a caption is known by its closing
date), before the actor recogniser and the relation extractor, which read the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from diplograph.extract.lexicon import Lexicon, load_lexicon
from lemminflect import getInflection, getLemma
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

#: the spaCy components that make the parse the line is read again with
PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "diplograph_lemmas")
#: a headline is short; longer unpunctuated lines are list items or run-on furniture
HEADLINE_TOKENS = 30
_FINAL = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})
_ATTRS = [HEAD, DEP, TAG, POS, LEMMA]


def headline_like(sent: Span) -> bool:
    """A line that does not end as a sentence does ("Mali junta orders French envoy
    out"), or a caption that ends on its date ("Police fire tear gas in Nairobi,
    Kenya, Wednesday, July 19, 2023.")."""
    if len(sent) > 2 * HEADLINE_TOKENS:
        return False  # most sentences of a story: no need to look closer
    end = sent.end - 1
    while end >= sent.start and (sent.doc[end].is_space or sent.doc[end].text in _CLOSERS):
        end -= 1
    if end <= sent.start or (sent.doc[end].text in _FINAL and sent.doc[end - 1].ent_type_ != "DATE"):
        return False  # the usual case, checked first: a sentence that ends as one
    words = [t for t in sent if not t.is_space and t.text not in _CLOSERS]
    if len(words) > HEADLINE_TOKENS:
        return False
    if words[-1].text not in _FINAL:
        return True
    return _ends_on_a_date(words)


def _ends_on_a_date(words: list[Token]) -> bool:
    """ "..., Kenya, Wednesday, July 19, 2023.", "... in Tbilisi, Georgia, on Thursday.": a
    caption's closing date after a comma."""
    last = words[-2] if len(words) > 1 else words[0]
    if last.ent_type_ != "DATE":
        return False
    start = last
    while start.i > words[0].i and start.nbor(-1).ent_type_ == "DATE":
        start = start.nbor(-1)
    if start.i > words[0].i + 1 and start.nbor(-1).lower_ == "on":
        start = start.nbor(-1)
    return start.i > words[0].i and start.nbor(-1).text == ","


def verb_lemma(tok: Token) -> str:
    """The word's lemma as a verb: "summons" read as a plural noun is "summon" ("Pakistan
    summons Afghan envoy")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS":
        return lemma
    as_verb = getLemma(tok.lower_, upos="VERB")
    return as_verb[0] if as_verb else lemma


def present_tense_form(tok: Token, lemma: str) -> bool:
    """ "fire", "orders", "rallies": the word is its lemma's present tense."""
    form = tok.lower_
    return form == lemma or (form,) == getInflection(lemma, tag="VBZ")


def past_tense(tok: Token, lemma: str) -> str | None:
    """The word in the past tense, capitalised as it was ("Orders" → "Ordered")."""
    forms = getInflection(lemma, tag="VBD")
    if not forms:
        return None
    past = forms[0]
    return past[:1].upper() + past[1:] if tok.text[:1].isupper() else past


def _read_as_verb(tok: Token) -> bool:
    """The parser already took the word for a verb with a subject of its own."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _after_its_subject(tok: Token, sent: Span, acts: Callable[[Token], bool]) -> bool:
    """The word follows a noun that can be its subject ("police fire", "junta orders",
    "Thousands rally") and is not itself followed by a verb ("Border clashes kill 12":
    there "clashes" is the subject) — one that ``acts`` (a trigger verb), not a noun the
    tagger took for one ("Bolivia severs ties with Israel")."""
    if tok.i == sent.start:
        return False
    before = tok.nbor(-1)
    after = tok.nbor(1) if tok.i + 1 < sent.end else None
    named = before.ent_type_ in ("GPE", "ORG", "PERSON")  # "Pakistan" read as an adjective
    if (before.pos_ not in ("NOUN", "PROPN") and not named) or before.dep_ == "pobj":
        return False
    if after is None or after.pos_ not in ("VERB", "AUX", "PART"):
        return True
    return after.pos_ == "VERB" and not acts(after)


@dataclass(frozen=True, slots=True)
class Reading:
    """A line's tokens with its present-tense verbs put in the past tense: the word read
    again and the others after it ("orders ... out, accuses ..."), by index in the line."""

    words: list[str]
    spaces: list[bool]
    verb: int
    changed: tuple[int, ...]


class HeadlineReader:
    """The component: headlines and captions whose verb the parser missed are parsed
    again with the verb in the past tense, and that parse is kept. The lines of a batch
    of docs are parsed again together (one small parse a line costs ten times more)."""

    def __init__(
        self,
        *,
        lexicon: Lexicon,
        parse: Callable[[list[Doc]], list[Doc]],
        name: str = "diplograph_headlines",
    ) -> None:
        self.name = name
        self.lexicon = lexicon
        self.parse = parse

    def __call__(self, doc: Doc) -> Doc:
        self._reread_all([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        for docs in minibatch(stream, size=batch_size):
            self._reread_all(docs)
            yield from docs

    def candidates(self, sent: Span) -> Iterator[Token]:
        """Words of the line that may be its verb: a present-tense form of a trigger verb,
        not read as the verb of a clause, right after a noun that can be its subject."""
        for tok in sent:
            lemma = verb_lemma(tok)
            if (
                tok.pos_ in ("NOUN", "PROPN", "VERB")
                and not _heads_a_clause(tok)
                and self.lexicon.candidates(lemma, "verb")
                and present_tense_form(tok, lemma)
                and _after_its_subject(tok, sent, self._acts)
            ):
                yield tok

    def _reread_all(self, docs: list[Doc]) -> None:
        """Each headline of ``docs`` with its first candidate verb in the past tense, then
        the lines that did not read well with their second."""
        lines = [(doc, sent) for doc in docs for sent in doc.sents if headline_like(sent)]
        pending = [(doc, sent, list(self.candidates(sent))[:2]) for doc, sent in lines]
        for attempt in range(2):
            tries = [
                (doc, sent, reading)
                for doc, sent, verbs in pending
                if len(verbs) > attempt and (reading := self._reading(sent, verbs[attempt])) is not None
            ]
            if not tries:
                return
            parsed = self.parse([Doc(d.vocab, words=r.words, spaces=r.spaces) for d, _, r in tries])
            read = set()
            for (doc, sent, reading), line in zip(tries, parsed, strict=True):
                if _heads_a_clause(line[reading.verb]):
                    _keep(doc, sent, line, reading)
                    read.add((id(doc), sent.start))
            pending = [p for p in pending if (id(p[0]), p[1].start) not in read]

    def _reading(self, sent: Span, tok: Token) -> Reading | None:
        """The line with ``tok`` in the past tense, and the trigger verbs in the present
        tense after it too (the model reads a line of one tense better)."""
        words = [t.text for t in sent]
        changed = []
        for other in sent[tok.i - sent.start :]:
            lemma = verb_lemma(other) if other.i == tok.i else other.lemma_.lower()
            if other.i != tok.i and not self._present_trigger_verb(other, lemma):
                continue
            past = past_tense(other, lemma)
            if past is None:
                return None
            words[other.i - sent.start] = past
            changed.append(other.i - sent.start)
        spaces = [bool(t.whitespace_) for t in sent]
        return Reading(words, spaces, tok.i - sent.start, tuple(changed))

    def _acts(self, tok: Token) -> bool:
        """The word may be a verb of an event ("kill"; not "ties")."""
        return bool(self.lexicon.candidates(tok.lemma_.lower(), "verb"))

    def _present_trigger_verb(self, tok: Token, lemma: str) -> bool:
        return tok.tag_ in ("VBZ", "VBP") and bool(self.lexicon.candidates(lemma, "verb"))


def _heads_a_clause(tok: Token) -> bool:
    """A verb with a subject that heads its clause (not a word the parser still took for
    a noun's part: "ordered" as the subject of "accuses")."""
    return _read_as_verb(tok) and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis")


def _keep(doc: Doc, sent: Span, parsed: Doc, reading: Reading) -> None:
    """The new parse for the line's tokens (heads stay inside the line), the verbs tagged
    in the present tense they were written in."""
    rows = doc.to_array(_ATTRS)
    new = parsed.to_array(_ATTRS)
    for i in reading.changed:
        present = "VBZ" if doc[sent.start + i].lower_.endswith("s") else "VBP"
        new[i, _ATTRS.index(TAG)] = doc.vocab.strings.add(present)
    rows[sent.start : sent.end] = new
    doc.from_array(_ATTRS, rows.astype(np.uint64))  # type: ignore[arg-type]  # spaCy takes uint64 rows


def parser_of(nlp: Language) -> Callable[[list[Doc]], list[Doc]]:
    """Run the pipeline's parsing components (not the recognisers) on docs, as a batch."""
    steps = [nlp.get_pipe(name) for name in PARSING if name in nlp.pipe_names]

    def parse(docs: list[Doc]) -> list[Doc]:
        for step in steps:
            docs = list(step.pipe(docs)) if hasattr(step, "pipe") else [step(d) for d in docs]
        return docs

    return parse


@Language.factory("diplograph_headlines")
def make_headline_reader(nlp: Language, name: str) -> HeadlineReader:
    return HeadlineReader(lexicon=load_lexicon(), parse=parser_of(nlp), name=name)
