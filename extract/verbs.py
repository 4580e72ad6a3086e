"""Verbs the parser swallowed into a chain of names, given back their clause.

Between two names the small English model often takes a past-tense verb for one
more word of a name: "Hungarian Prime Minister Viktor Orban telephoned Dodik" is
parsed as one noun phrase headed by "Dodik", "telephoned" an adjective of it, and
the sentence has no verb at all. This component, run after the entity recogniser
and before the actor recogniser, finds such a verb (a lower-case word in the
lexicon's verbs, hung as a modifier on a name to its right, right after a name or
noun, in a sentence whose root is no verb) and rebuilds the clause around it: the
phrase before it is its subject, the phrase after it its object, and what followed
the object (its prepositional phrases and clauses) hangs on the verb. Everything
else is left as parsed.

It mends other misreadings of the same model in wire copy. In a trailing attribution,
"Russia has massed more than 100,000 troops near Ukraine's borders, NATO's chief said"
is parsed with "troops" a second subject of "said" and "massed" left without an object;
the phrase is given back to the verb as its object; so is the one an order is said of
("ordered the ambassador expelled", read as a clause "the ambassador expelled"). In a
judgement set after its clause ("A court jailed the mayor, a ruling his party denounced
as a coup"), parsed as a clause of two subjects ("ruling", "party"), the judging verb is
made a relative clause of the noun that sums the act up, as it is parsed when the model
reads it right. A plural read as a verb after a coordinated noun ("imposed travel
bans and asset freezes") is a noun again. And two titled names joined by "and", read as
one name ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti" with
"Vucic and Kosovo" a modifier of "Kurti"), are two again, as are two parties read as one
("Colombia's government and ELN guerrillas" with "government" a modifier of "guerrillas").
A judgement put before the object ("Moscow brushed off as 'absurd' allegations by Warsaw
that ..."), parsed as the object's adjective after "as", is the verb's predicate again and
the noun its object. A participle of hearsay after a noun read as the main verb ("Gunmen
believed to belong to Boko Haram stormed a school", "believed" the root and "stormed" its
conjunct) is the noun's modifier again, and the verb after it the clause's; so is a present
participle ("West African leaders meeting in Abuja gave the junta a week", "meeting" the
root and "gave" hung on it). And the
subject of a second clause read as a conjunct of the first clause's last noun ("Hamas
freed 13 hostages on Friday and Israel freed 39 prisoners", "Israel" a conjunct of
"Friday") is that clause's subject again; a particle read as a number's modifier
("handed over 13 hostages", "over 13" as "more than 13") is the verb's particle again;
a deadline read as an adverb ("gave the junta one week to reinstate the president") is
what was given, the one it was given to the indirect object. A noun and the participle
after it read as a clause ("agreed, after talks mediated by Kenya, on a truce", "after" its
marker and "talks" its subject) are the preposition's object and its modifier again. The
verb of a relative with a gap after a verb of saying ("drills that Beijing said threatened
regional stability"), read as the adjective of its object, is the reported clause's verb again.
"""

from __future__ import annotations

from diplograph.extract.cues import load_cues
from diplograph.extract.lexicon import Lexicon, load_lexicon
from lemminflect import getLemma
from spacy.language import Language
from spacy.tokens import Doc, Token

#: what a verb taken for a name's modifier hangs on its name by
_SWALLOWED = frozenset({"amod", "compound", "nmod"})
#: adjectives news uses as nouns, which the parser may read as a modifier of what follows
_NOMINAL_ADJECTIVES = frozenset({"military"})
#: spans of time a deadline is given in
_SPANS = frozenset({"hour", "day", "week", "month"})
#: the entities a clause's subject may be named as
_ACTOR_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: a verb's past or present form, as the tagger may still tell it
_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ"})
#: prepositions of time a clause's first subject may be read as the object of ("days after
#: Quito and Bogota urged ...": ``_first_subject_read_as_object``)
_NAME_TIME_PREPOSITIONS = frozenset({"after", "before", "following", "during"})
#: what a noun the parser made a clause's head hangs by (a verb's place)
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "conj", "parataxis", "advcl"})
#: dependents of the object that belong to the clause once the verb is given back
_CLAUSE_DEPS = frozenset({"prep", "advcl", "npadvmod", "punct", "advmod", "conj", "cc", "xcomp", "ccomp"})
#: the labels and tags of the words the mendings of :meth:`SwallowedVerbs._mend` start from (a
#: word with neither is left as it is; in step with the mendings' first tests: each mending's
#: test in tests/extract/test_verbs.py fails without its entry)
_MENDED_DEPS = _SWALLOWED | {"ccomp", "relcl", "prep", "pobj", "npadvmod", "conj", "advcl", "dep"}
_MENDED_TAGS = frozenset({"VBN", "VBD", "VBG", "RP"})


class SwallowedVerbs:
    """Give a verb the parser read as part of a name its clause back (see the module)."""

    def __init__(
        self,
        *,
        lexicon: Lexicon,
        reporting_verbs: frozenset[str],
        act_nouns: frozenset[str],
        ordering_verbs: frozenset[str],
        hearsay_participles: frozenset[str],
        affiliation_participles: frozenset[str],
        name: str = "diplograph_verbs",
    ) -> None:
        self.name = name
        self.lexicon = lexicon
        self.reporting_verbs = reporting_verbs
        self.act_nouns = act_nouns
        self.ordering_verbs = ordering_verbs
        self.hearsay_participles = hearsay_participles
        self.affiliation_participles = affiliation_participles
        getLemma("hosted", upos="VERB")  # load lemminflect's tables now, not on the first article

    @classmethod
    def from_data(cls, *, name: str = "diplograph_verbs") -> SwallowedVerbs:
        """The component with the project's lexicon and cue words."""
        cues = load_cues()
        return cls(
            lexicon=load_lexicon(),
            reporting_verbs=cues.reporting_verbs,
            act_nouns=cues.act_nouns,
            ordering_verbs=cues.ordering_verbs,
            hearsay_participles=cues.hearsay_participles,
            affiliation_participles=cues.affiliation_words,
            name=name,
        )

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.dep_ in _MENDED_DEPS or tok.tag_ in _MENDED_TAGS:  # most words: none applies
                self._mend(tok)
        return doc

    def _mend(self, tok: Token) -> None:
        """Each mending whose first test ``tok`` passes, in turn (the word's label, tag and part
        of speech read once, and again after each mending tried: it may have changed them)."""
        dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep in _SWALLOWED and tok.is_lower and tok.head.i > tok.i:  # most words: not one
            phrase = self.swallowing_phrase(tok)
            lemma = self._verb_lemma(tok) if phrase is not None else None
            if phrase is not None and lemma is not None:
                _rebuild(tok, phrase, lemma)
                dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        elif dep in ("ccomp", "relcl") and tok.lemma_ in self.reporting_verbs:
            self._said_misread(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep == "ccomp" and pos == "VERB":
            self._judged_summary(tok)
            _plural_read_as_verb(tok)
            _noun_read_as_verb(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep in ("nmod", "compound") and pos in ("PROPN", "NOUN"):
            _two_names_read_as_one(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep == "prep" and tok.lower_ == "as" and tok.head.pos_ == "VERB":
            _judged_object_after_as(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if tag in ("VBN", "VBD", "VBG"):
            self._participle_misread(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if pos in ("PROPN", "NOUN"):
            _name_misattached(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep == "pobj" and pos == "PROPN" and tok.head.lower_ in _NAME_TIME_PREPOSITIONS:
            _first_subject_read_as_object(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if dep == "npadvmod" and tok.lemma_.lower() in _SPANS and tok.head.lemma_.lower() == "give":
            _deadline_read_as_adverb(tok)
            dep, tag, pos = tok.dep_, tok.tag_, tok.pos_
        if tag == "RP" and dep == "quantmod" and tok.i > 0 and tok.nbor(-1).pos_ == "VERB":
            tok.head, tok.dep_ = tok.nbor(-1), "prt"  # "handed over 13 hostages"
            dep = "prt"
        if tag in ("VBN", "VBD") and dep in ("ccomp", "acl"):
            order = tok.head.head if dep == "acl" and tok.head.dep_ == "dobj" else tok.head
            if order.lemma_ in self.ordering_verbs:
                _ordered_done_to(tok, order)

    def _participle_misread(self, tok: Token) -> None:
        """A participle after its noun read as the clause's verb ("Gunmen believed to belong to
        Boko Haram stormed ...", "leaders meeting in Abuja gave ...")."""
        if tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in self.hearsay_participles:
            _hearsay_read_as_verb(tok)
        elif tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in self.affiliation_participles:
            _affiliation_read_as_verb(tok)
        elif tok.tag_ == "VBG" and tok.dep_ == "ROOT":
            _participle_read_as_main(tok)
        if tok.tag_ == "VBN" and tok.dep_ == "advcl":
            _participle_read_as_clause(tok)
        if tok.tag_ == "VBD" and tok.dep_ in ("acl", "relcl"):
            _verb_read_as_modifier(tok)

    def _judged_summary(self, verb: Token) -> None:
        """ "[A court jailed the mayor], a ruling his party denounced as a coup": a clause of
        two subjects whose first is a noun that sums up the clause before it, right after
        its comma, is that noun's relative clause; the noun hangs on the clause it sums up."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 2 or subjects[0].i > verb.i or subjects[1].i > verb.i:
            return
        summary = subjects[0]
        named = summary.lemma_.lower() in self.act_nouns or summary.lower_ in self.act_nouns
        left = summary.left_edge
        if not named or left.i == 0 or left.nbor(-1).text != "," or left.lower_ not in ("a", "an", "the"):
            return
        summary.head, summary.dep_ = verb.head, "npadvmod"
        verb.head, verb.dep_ = summary, "relcl"

    def _said_misread(self, say: Token) -> None:
        """Mend what the parser misreads around a verb of saying, by how it hangs."""
        if say.dep_ == "ccomp":
            _give_back_the_object(say)
        else:
            self._gap_verb_read_as_adjective(say)

    def _gap_verb_read_as_adjective(self, say: Token) -> None:
        """ "..., drills that Beijing said threatened regional stability", "a step the EU said
        undermined press freedom": the verb right after a verb of saying in a relative clause,
        read as an adjective of the noun after it (that noun the saying's object), is the
        reported clause's verb again, the noun its object."""
        after = say.nbor(1) if say.i + 1 < len(say.doc) else None
        if after is None or after.dep_ != "amod" or not after.is_lower or not after.is_alpha:
            return
        noun = after.head
        if noun.head != say or noun.dep_ != "dobj" or noun.i < after.i:
            return
        lemma = self._verb_lemma(after)
        if lemma is None:
            return
        after.head, after.dep_, after.pos_, after.lemma_ = say, "ccomp", "VERB", lemma
        after.tag_ = "VBZ" if after.tag_ == "VBZ" else "VBD"
        noun.head = after

    def swallowing_phrase(self, tok: Token) -> Token | None:
        """The head of the noun phrase that swallowed ``tok``, when that phrase heads a
        clause (a noun the parser made a sentence's or a reported clause's head) and a
        name or noun comes right before ``tok``."""
        if tok.i == 0 or not tok.is_alpha or not _may_be_subject(tok.nbor(-1)):
            return None
        phrase = tok.head
        while phrase.dep_ in _SWALLOWED | {"poss"} and phrase.head.i > phrase.i:
            phrase = phrase.head
        if phrase.pos_ not in ("PROPN", "NOUN"):
            return None
        if phrase.dep_ in _CLAUSE_HEADS or _run_into_the_next_clause(phrase):
            return phrase
        return None

    def _verb_lemma(self, tok: Token) -> str | None:
        """The lexicon verb ``tok`` is a past or present form of ("telephoned", "hosted")."""
        if tok.tag_ not in _VERB_TAGS and not tok.lower_.endswith("ed"):
            return None
        for lemma in getLemma(tok.lower_, upos="VERB"):
            if self.lexicon.candidates(lemma, "verb"):
                return lemma
        return None


def _may_be_subject(tok: Token) -> bool:
    """A name or noun, or an adjective used as a noun ("Myanmar's military seized power", read
    with "military" an adjective of "power")."""
    return tok.pos_ in ("PROPN", "NOUN") or (tok.pos_ == "ADJ" and tok.lower_ in _NOMINAL_ADJECTIVES)


def _run_into_the_next_clause(phrase: Token) -> bool:
    """ "[Ruto hosted Mohamud in Nairobi], and the two leaders agreed ...": the swallowing
    phrase taken for the subject of the sentence's main verb, an "and" of it left over."""
    return (
        phrase.dep_ == "nsubj"
        and phrase.head.dep_ == "ROOT"
        and any(c.dep_ == "cc" and c.i > phrase.i for c in phrase.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > phrase.i for c in phrase.head.children)
    )


def _rebuild(verb: Token, phrase: Token, lemma: str) -> None:
    """Make ``verb`` the head of the clause ``phrase`` headed: the name before it its
    subject, the phrase after it its object."""
    doc = verb.doc
    subject = doc[verb.i - 1]
    for tok in doc[phrase.left_edge.i : verb.i - 1]:
        if tok.head.i >= verb.i - 1:
            tok.head = subject  # "Hungarian Prime Minister Viktor" -> Orban
    moved = [c for c in phrase.children if c.i > phrase.i and c.dep_ in _CLAUSE_DEPS]
    second = phrase.head if _run_into_the_next_clause(phrase) else None
    root = phrase.head.i == phrase.i or second is not None
    verb.head = verb if root else phrase.head
    verb.dep_ = "ROOT" if root else phrase.dep_
    if second is not None:  # the main verb becomes the second clause of the verb given back
        second.head = verb
        second.dep_ = "conj"
    verb.pos_ = "VERB"
    verb.tag_ = "VBZ" if verb.tag_ == "VBZ" else "VBD"
    verb.lemma_ = lemma
    subject.head = verb
    subject.dep_ = "nsubj"
    if subject.pos_ == "ADJ":  # "the military": a noun again
        subject.pos_, subject.tag_ = "NOUN", "NN"
    phrase.head = verb
    phrase.dep_ = "dobj"
    for c in moved:
        c.head = verb


def _give_back_the_object(say: Token) -> None:
    """ "[Russia has massed troops near Ukraine's borders], Stoltenberg said": a phrase
    after the reported verb and before the speaker, parsed as a second subject of the
    verb of saying, is the object the reported verb lacks."""
    verb = say.head
    subjects = [c for c in say.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or verb.pos_ != "VERB" or verb.i > say.i:
        return
    phrase = subjects[0]
    if phrase.i < verb.i or phrase.left_edge.i != _next_word(verb).i or _has_object(verb, besides=say):
        return
    phrase.head = verb
    phrase.dep_ = "dobj"


def _plural_read_as_verb(tok: Token) -> None:
    """ "The EU imposed [travel bans and asset freezes] on Iranian officials": the second of
    two coordinated plurals, read as a verb ("freezes") with the first as its subject, is a
    noun again, the pair the object of the verb that lacked one."""
    verb = tok.head
    first = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    before = tok.nbor(-1)
    if tok.tag_ != "VBZ" or verb.pos_ != "VERB" or verb.i > tok.i or first is None or first.i < verb.i:
        return
    if (
        before.pos_ != "NOUN"
        or before.dep_ != "conj"
        or before.head != first
        or _has_object(verb, besides=tok)
    ):
        return
    first.head, first.dep_ = verb, "dobj"
    before.head, before.dep_ = tok, "compound"  # "asset freezes"
    for c in list(tok.children):
        if c.dep_ == "prep":
            c.head = verb  # "on Iranian officials"
    tok.head, tok.dep_, tok.pos_, tok.tag_ = first, "conj", "NOUN", "NNS"


def _noun_read_as_verb(tok: Token) -> None:
    """ "Serbia rebuffs EU call to impose sanctions", read as "EU call(s) to ...": a plural-form
    verb right after a single name that is its subject, the two right after a verb with no
    object, cannot agree (one name, a plural verb): it is a noun, that verb's object, the
    name its modifier, and a "to" clause after it its own."""
    verb = tok.head
    subject = tok.nbor(-1)
    if tok.tag_ != "VBP" or verb.pos_ != "VERB" or subject.i != verb.i + 1:
        return
    if subject.dep_ != "nsubj" or subject.head != tok or subject.tag_ != "NNP" or list(subject.children):
        return
    if _has_object(verb, besides=tok):
        return
    for c in list(verb.children):
        if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and any(a.lower_ == "to" for a in c.children):
            c.head, c.dep_ = tok, "acl"  # "call to impose sanctions"
    subject.dep_ = "compound"
    tok.dep_, tok.pos_, tok.tag_ = "dobj", "NOUN", "NN"


def _two_names_read_as_one(first: Token) -> None:
    """ "[Serbian President Aleksandar Vucic] and [Kosovo Prime Minister Albin Kurti] agreed",
    "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud signed": a name
    that has an "and" and a conjunct after it but hangs as a modifier on a name after them is
    the first of two names: it takes the place of the phrase it hung on, which becomes its
    conjunct, and the conjunct the parser gave it is part of the second name again."""
    second = first.head
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    conj = next((c for c in first.children if c.dep_ == "conj"), None)
    if cc is None or conj is None or not first.i < cc.i < conj.i < second.i:
        return
    people = first.ent_type_ == "PERSON" and second.ent_type_ == "PERSON"
    whole = any(c.dep_ in ("poss", "det") for c in first.children)  # not "defence and police forces"
    if not people and (first.dep_ != "nmod" or second.pos_ != "NOUN" or not whole):
        # people's names ("in Pakistan and Pakistan-administered Kashmir" is places), or a
        # party hung as "nmod" on a noun ("Colombia's government and ELN guerrillas agreed")
        return
    if any(t.head.i < cc.i or t.head.i > second.i for t in first.doc[cc.i + 1 : second.i] if t != conj):
        return  # the words between are not all one name: not this misreading
    root = second.head == second
    first.head, first.dep_ = (first, "ROOT") if root else (second.head, second.dep_)
    conj.head, conj.dep_ = second, "compound"
    second.head, second.dep_ = first, "conj"


def _judged_object_after_as(prep: Token) -> None:
    """ "Moscow brushed off as 'absurd' allegations by Warsaw", read as "as [absurd
    allegations]": the adjective right after "as" (quotes aside) is what the verb judges
    its object to be, and the noun the verb's object (as it is parsed in "rejected as
    baseless a report by U.N. experts")."""
    verb = prep.head
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if noun is None or _has_object(verb, besides=prep):
        return
    words = [t for t in prep.doc[prep.i + 1 : noun.i] if not t.is_punct]
    judged = words[0] if words else None
    # ("dismissed as absurd Kyiv's allegations": the parser may hang it on the possessor)
    if (
        judged is None
        or judged.tag_ != "JJ"
        or judged.dep_ != "amod"
        or noun not in (judged.head, judged.head.head)
    ):
        return
    judged.head, judged.dep_ = prep, "pcomp"
    noun.head, noun.dep_ = verb, "dobj"


def _hearsay_read_as_verb(said: Token) -> None:
    """ "Gunmen believed to belong to Boko Haram stormed a school and abducted 80 pupils",
    read with "believed" the main verb and "stormed" its conjunct: the participle right
    after its noun, with an infinitive of its own, is the noun's modifier; the verb after
    it, which has no subject, is the clause's, with the noun its subject."""
    noun = next((c for c in said.children if c.dep_ == "nsubj" and c.i == said.i - 1), None)
    said_of = next((c for c in said.children if c.dep_ == "xcomp"), None)
    if (
        noun is None
        or noun.pos_ != "NOUN"
        or said_of is None
        or not any(c.lower_ == "to" for c in said_of.children)
    ):
        return
    after = said_of.right_edge.i
    verb = next((c for c in said.children if c.dep_ in ("conj", "ccomp") and c.i > after), None)
    if (
        verb is None
        or verb.pos_ != "VERB"
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    ):
        return  # (not "... believed to be linked to Boko Haram, police said that they ...")
    _modifier_again(said, noun, verb, later=[c for c in said.children if c.i > after and c != verb])


def _affiliation_read_as_verb(linked: Token) -> None:
    """ "Gunmen linked to al-Qaeda killed 20 soldiers", read with "linked" the main verb and
    "killed" hung on it: a participle of belonging right after its noun, with its "to" or
    "with" phrase, is the noun's modifier; the verb after the phrase, which has no subject,
    is the clause's, with the noun its subject."""
    noun = next((c for c in linked.children if c.dep_ == "nsubj" and c.i == linked.i - 1), None)
    phrase = next((c for c in linked.children if c.dep_ == "prep" and c.i == linked.i + 1), None)
    if (
        noun is None
        or noun.pos_ not in ("NOUN", "PROPN")
        or phrase is None
        or phrase.lower_ not in ("to", "with")
    ):
        return
    after = phrase.right_edge.i
    verb = next(
        (c for c in linked.children if c.dep_ in ("advcl", "conj", "ccomp", "dep") and c.i > after), None
    )
    if (
        verb is None
        or verb.tag_ not in ("VBD", "VBZ")
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children)
    ):
        return
    _modifier_again(linked, noun, verb, later=[c for c in linked.children if c.i > after and c != verb])


def _participle_read_as_main(ing: Token) -> None:
    """ "West African leaders meeting in Abuja on Sunday gave Niger's junta one week to ...",
    read with "meeting" the main verb and "gave" hung on it: a present participle right
    after its noun, with no auxiliary, is the noun's modifier; the finite verb after it, which
    has no subject, is the clause's, with the noun its subject."""
    noun = next((c for c in ing.children if c.dep_ == "nsubj" and c.i == ing.i - 1), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "aux" for c in ing.children):
        return
    verb = next((c for c in ing.children if c.dep_ in ("conj", "ccomp", "dep") and c.i > ing.i), None)
    if (
        verb is None
        or verb.tag_ not in ("VBD", "VBZ")
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for c in verb.children)
        or any(c.dep_ == "cc" and c.i < verb.i for c in ing.children)
    ):
        return  # (not "leaders meeting in Abuja and agreeing ...": a conjunct of its own)
    _modifier_again(ing, noun, verb, later=[c for c in ing.children if c.i > verb.i])


def _verb_read_as_modifier(verb: Token) -> None:
    """ "Pakistani troops backed by helicopter gunships killed 27 fighters", read with
    "troops" the root and "killed" a modifier of "gunships": a past-tense verb with no subject
    of its own, read as a modifier in a sentence whose root is a noun before it, is the
    sentence's verb, with that noun its subject."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i or (root == verb.head and verb.i == root.i + 1):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return
    later = [c for c in root.children if c.i > verb.right_edge.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in later:
        c.head = verb


def _modifier_again(participle: Token, noun: Token, verb: Token, *, later: list[Token]) -> None:
    """Make a participle the parser took for its clause's verb its noun's modifier again:
    ``verb`` takes the participle's place (the clause's root, or its place in a larger
    clause), ``noun`` becomes its subject, and the participle's dependents ``later`` (after
    the participle's own phrase) become the verb's."""
    root = participle.head == participle
    verb.head, verb.dep_ = (verb, "ROOT") if root else (participle.head, participle.dep_)
    noun.head, noun.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = noun, "acl"
    for c in later:
        c.head = verb


#: prepositions that open a time clause the parser may read as a phrase ("after Brazil and ...")
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as", "when"})


def _name_misattached(name: Token) -> None:
    """A name the parser hung on the wrong word: as a conjunct (:func:`_name_read_as_conjunct`)
    or, first of a headline's two subjects, as a clause (:func:`_first_subject_read_as_clause`)."""
    if name.dep_ == "conj":
        _name_read_as_conjunct(name)
    elif name.dep_ in ("advcl", "npadvmod", "dep") and name.pos_ == "PROPN":
        _first_subject_read_as_clause(name)


def _name_read_as_conjunct(name: Token) -> None:
    """A name the parser made a conjunct of the wrong word: of the noun before a clause's
    "and" (:func:`_subject_read_as_conjunct`), or of the verb in a headline's list of objects
    (:func:`_object_read_as_verb_conjunct`)."""
    if name.pos_ == "PROPN" and name.ent_type_ in _ACTOR_ENTITIES:
        _subject_read_as_conjunct(name)
    if name.dep_ == "conj" and name.head.pos_ == "VERB":
        _object_read_as_verb_conjunct(name)


def _object_read_as_verb_conjunct(name: Token) -> None:
    """ "Tajikistan asks Russia, CSTO for help": a name right after the verb's object and a
    comma, which the parser made a conjunct of the verb (a headline's list with no "and"),
    is a conjunct of the object."""
    doc, verb = name.doc, name.head
    named = name.ent_type_ or name.pos_ == "PROPN" or name.is_upper  # ("CSTO": a plural noun to the tagger)
    if name.i < 2 or doc[name.i - 1].text != "," or not named:
        return
    before = doc[name.i - 2]
    if before.dep_ != "dobj" or before.head.i != verb.i or any(c.dep_ == "nsubj" for c in name.children):
        return
    name.head = before


def _first_subject_read_as_clause(name: Token) -> None:
    """ "Modi, Sharif chat on sidelines of summit": a headline's first subject before a comma
    and the verb's own subject, which the parser hung on the verb as a clause, is a subject
    too; "Kyrgyz, Tajik border guards clash": the first of two demonyms of the subject
    modifies it."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or name.i > name.head.i or list(name.children):
        return
    second, verb = doc[name.i + 2], name.head
    if second.dep_ == "nsubj" and second.head.i == verb.i and second.pos_ == "PROPN":
        name.dep_ = "nsubj"
    elif (
        second.dep_ in ("amod", "compound")
        and second.head.dep_ == "nsubj"
        and second.head.pos_ == "NOUN"  # (not "Jakarta, Kuala Lumpur agree": one name)
        and second.head.head.i == verb.i
    ):
        name.head, name.dep_ = second.head, "amod"


def _subject_read_as_conjunct(name: Token) -> None:
    """ "Hamas handed over 13 hostages on Friday and Israel freed 39 prisoners": a name read
    as a conjunct of the noun before its "and", right before a verb that is a conjunct of
    the clause and has no subject, is that verb's subject."""
    doc = name.doc
    if name.i + 1 >= len(doc) or name.i < 2:
        return
    verb, cc = doc[name.i + 1], doc[name.i - 1]
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or cc.dep_ != "cc" or cc.head != name.head:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or name.head.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return
    if not verb.head.is_ancestor(name.head):
        return  # the noun before the "and" is in the first clause
    name.head, name.dep_ = verb, "nsubj"
    cc.head = verb.head


def _first_subject_read_as_object(name: Token) -> None:
    """ "days after Brazil and Colombia urged Caracas to ...", read as "after Brazil" and
    "Colombia urged": a name after a preposition of time, then "and" and a second name right
    before its verb, is the first of the verb's two subjects, and the verb's clause is the
    time clause."""
    doc = name.doc
    if name.i + 3 >= len(doc) or doc[name.i + 1].lower_ != "and":
        return
    cc, prep = doc[name.i + 1], name.head
    second = next(
        (t for t in doc[cc.i + 1 : cc.i + 6] if t.dep_ == "nsubj" and t.left_edge.i == cc.i + 1), None
    )
    if second is None or second.i + 1 >= len(doc):
        return
    verb = doc[second.i + 1]
    if second.head != verb or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    verb.head, verb.dep_ = prep.head, "advcl"
    prep.head, prep.dep_ = verb, "mark"
    name.head, name.dep_ = verb, "nsubj"
    second.head, second.dep_ = name, "conj"
    cc.head, cc.dep_ = name, "cc"


def _deadline_read_as_adverb(span: Token) -> None:
    """ "West African leaders gave the junta one week to reinstate Bazoum", read with "week"
    an adverb of time: the span given after the object is the object, the one given it the
    indirect object (as in "gave the envoy 72 hours to leave")."""
    give = span.head
    given = next((c for c in give.children if c.dep_ == "dobj"), None)
    dative = any(c.dep_ == "dative" for c in give.children)
    if given is None and dative:  # "gave American diplomats 72 hours to leave"
        span.dep_ = "dobj"
    elif given is not None and given.i < span.i and not dative:  # "gave the junta one week to ..."
        given.dep_ = "dative"
        span.dep_ = "dobj"


def _participle_read_as_clause(verb: Token) -> None:
    """ "Putin and Poroshenko agreed, after all-night talks mediated by the German and French
    leaders, on a ceasefire": a noun and the participle after it, read as a clause ("after"
    its marker, "talks" its subject), are the preposition's object and the noun's modifier
    again; what follows the phrase's closing comma is the main verb's."""
    kids = list(verb.children)
    marks = [c for c in kids if c.dep_ == "mark" and c.lower_ in _TIME_PREPOSITIONS and c.i < verb.i]
    nouns = [c for c in kids if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == verb.i - 1]
    agents = [c for c in kids if c.dep_ == "agent"]
    if len(marks) != 1 or len(nouns) != 1 or not agents or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return
    mark, noun, main = marks[0], nouns[0], verb.head
    comma = next((c for c in kids if c.text == "," and c.i > agents[0].i), None)
    for c in kids:
        if comma is not None and c.i > comma.i:
            c.head = main  # ", on a ceasefire in eastern Ukraine": the agreement's
    mark.head, mark.dep_ = main, "prep"
    noun.head, noun.dep_ = mark, "pobj"
    verb.head, verb.dep_ = noun, "acl"


def _ordered_done_to(done: Token, order: Token) -> None:
    """ "A court ordered the mayor jailed", "the junta ordered the French ambassador
    expelled": the parser reads the one ordered as the participle's subject ("the ambassador
    expelled" a clause) or the participle as the object's modifier; both are given back as
    the order's object and the participle said of it ("ordered the border closed")."""
    if done.dep_ == "acl":  # "ordered [troops deployed] to the border"
        left = done.head.left_edge
        summing_up = left.i > 0 and left.nbor(-1).text == ","  # "..., a move condemned by ECOWAS"
        if done.i == done.head.i + 1 and not summing_up:
            done.head, done.dep_ = order, "ccomp"
        return
    subject = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not order.i < subject.i < done.i or _has_object(order, besides=done):
        return
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in done.children):
        return  # "ordered that he be held": a clause of its own
    subject.head, subject.dep_ = order, "dobj"


def _next_word(tok: Token) -> Token:
    """The word after ``tok``'s particle, if any ("handed over the ...")."""
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
    return after.nbor() if after.dep_ == "prt" and after.i + 1 < len(tok.doc) else after


def _has_object(verb: Token, *, besides: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c != besides for c in verb.children)


@Language.factory("diplograph_verbs")
def make_swallowed_verbs(nlp: Language, name: str) -> SwallowedVerbs:
    return SwallowedVerbs.from_data(name=name)
