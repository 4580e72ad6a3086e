"""Lemmas the small English model gets wrong for the lexicon's own words, set right.

spaCy's rule lemmatiser strips an inflection by rules and keeps the first base form
its word list knows, which for some of the words news of conflict and diplomacy
turns on is the wrong word: "waged war" is lemmatised "wag", "staged drills" and
"staging a protest" "stag", "rebels raped" "rap", "the army retook the town"
"retook", "cordoned off" "cordone", "forgave" "forgave", and the plural nouns
"bases" "basis", "doses" "dos", "taxes" "taxis". A lexicon entry for "wage war"
then never fires.

This component, run right after spaCy's lemmatiser (and in the parse a headline is
read again with), looks at each inflected verb and plural noun whose lemma is no
word of the lexicon and asks lemminflect's tables for the word's lemmas: when one of
them is a word of the lexicon (a trigger, or a thing a trigger names as its object),
that is the token's lemma. Words the lexicon does not know are left as spaCy read
them, so the mending reaches only the vocabulary the rules read.
"""

from __future__ import annotations

from functools import lru_cache

from diplograph.extract.lexicon import Lexicon, load_lexicon
from lemminflect import getAllLemmas
from spacy.language import Language
from spacy.tokens import Doc

#: the tags of a verb form ("waged", "waging", "wages"; an unknown past the tagger took for a
#: base form, "retook")
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: the tag of a plural noun ("bases", "doses")
_PLURAL_TAGS = frozenset({"NNS"})


class LemmaMender:
    """Give an inflected word of the lexicon's vocabulary its lexicon lemma (see the module)."""

    def __init__(
        self, *, verbs: frozenset[str], nouns: frozenset[str], name: str = "diplograph_lemmas"
    ) -> None:
        self.name = name
        self._known = {"VERB": verbs, "NOUN": nouns}

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon, *, name: str = "diplograph_lemmas") -> LemmaMender:
        """The vocabulary of a lexicon: its verbs, and its nouns with every object its
        triggers name ("war" of "wage war", "base" of "close bases")."""
        objects = {word for trigger in lexicon for word in trigger.objects}
        return cls(
            verbs=frozenset(lexicon.lemmas("verb")),
            nouns=frozenset(lexicon.lemmas("noun") | objects),
            name=name,
        )

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            upos = _word_class(tok.tag_)
            if upos is None or tok.lemma_ in self._known[upos]:
                continue
            lemma = self.vocabulary_lemma(tok.lower_, upos, tok.lemma_)
            if lemma is not None:
                tok.lemma_ = lemma
        return doc

    def vocabulary_lemma(self, word: str, upos: str, read: str = "") -> str | None:
        """The lemma of ``word`` as a verb or noun that is a word of the lexicon, if any:
        "waged" -> "wage", "bases" -> "base"; "wagged" -> None. A verb form that is also
        another verb's (``read``, the lemma spaCy gave) keeps spaCy's reading: "the bodies
        lay in the street" is "lie", not "lay"; "the talks wound up" is "wind"."""
        lemmas = _lemmas(word, upos)
        if upos == "VERB" and read.lower() in lemmas:
            return None
        return next((lemma for lemma in lemmas if lemma in self._known[upos]), None)


def _word_class(tag: str) -> str | None:
    """ "VERB" for an inflected verb's tag, "NOUN" for a plural noun's, else None."""
    if tag in _VERB_TAGS:
        return "VERB"
    return "NOUN" if tag in _PLURAL_TAGS else None


@lru_cache(maxsize=65536)
def _lemmas(word: str, upos: str) -> tuple[str, ...]:
    return getAllLemmas(word, upos=upos).get(upos, ())


@Language.factory("diplograph_lemmas")
def make_lemma_mender(nlp: Language, name: str) -> LemmaMender:
    return LemmaMender.from_lexicon(load_lexicon(), name=name)
