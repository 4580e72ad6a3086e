"""Pure walkers over a dependency parse: subjects, objects, prepositional objects,
the verbs governing a clause. They read only tokens (and the word lists they are
handed) and know nothing of actors, so each is tested on a hand-built ``Doc``.

The one decision that needs actors (object control: "urged Seoul to refrain" — is
the object someone who can act?) is asked of a ``names_actor`` predicate."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_PASSIVE_MARKS = frozenset({*PASSIVE_SUBJECTS, "auxpass"})
#: the dependency labels through which a clause inherits its subject
_INHERITING = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp")
#: words opening a clause or a gerund of time or cause ("as Tokyo hosted Yoon", "after receiving")
#: prepositions that say where something happens ("in Lagos", "near the border")
LOCATIVE = frozenset(
    {"in", "into", "at", "near", "across", "throughout", "inside", "outside", "around", "through"}
)
CIRCUMSTANCE = frozenset({"as", "while", "when", "after", "before", "since", "because", "upon", "despite"})
#: clause links whose governing verb frames what a clause says ("demanding ...")
CLAUSE_LINKS = ("advcl", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "ccomp")
_PREP_DEPS = ("prep", "dative", "agent")

NamesActor = Callable[[Token], bool]
T = TypeVar("T")
#: where a doc keeps its tokens, their dependents and their conjuncts while it is read
#: (see :func:`parse_index`)
_DEPENDENTS = "diplograph.dependents"
_TOKENS = "diplograph.tokens"
_CONJUNCTS = "diplograph.conjuncts"
_OBJECTS = "diplograph.objects"


@contextmanager
def parse_index(doc: Doc) -> Iterator[Doc]:
    """The doc's tokens and every token's dependents made once (conjuncts and a verb's objects
    once asked for) while ``doc`` is read and its parse left as it is: spaCy makes new tokens at
    each pass over a doc or a span, scans a token's subtree for its dependents and walks a
    coordination every time they are asked for, and the relation extractor asks for the same
    ones again and again.
    The index is dropped on leaving, so a later change to the parse is never read from a stale
    index."""
    tokens = list(doc)
    doc.user_data[_TOKENS] = tokens
    doc.user_data[_DEPENDENTS] = _all_dependents(doc, tokens)
    doc.user_data[_CONJUNCTS] = [None] * len(doc)
    doc.user_data[_OBJECTS] = {}
    try:
        yield doc
    finally:
        for key in (_TOKENS, _DEPENDENTS, _CONJUNCTS, _OBJECTS):
            doc.user_data.pop(key, None)


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, from its index while one is open (:func:`parse_index`; each
    iteration over a doc or a span makes new tokens)."""
    tokens = doc.user_data.get(_TOKENS)
    return list(doc) if tokens is None else tokens


def _all_dependents(doc: Doc, tokens: list[Token]) -> list[tuple[Token, ...]]:
    """Every token's dependents in text order (as ``Token.children`` gives them), in one pass
    over the doc's heads (spaCy's ``children`` scans the token's subtree at each read)."""
    kids: list[tuple[Token, ...]] = [()] * len(tokens)  # (most words head none: one empty tuple)
    for i, head in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if head:  # (a root is its own head: offset 0)
            kids[i + head] = (*kids[i + head], tokens[i])  # (a few dependents a word: no list)
    return kids


def dependents(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, from the doc's index while one is open (:func:`parse_index`)."""
    index = tok.doc.user_data.get(_DEPENDENTS)
    if index is None:
        return tuple(tok.children)
    return index[tok.i]


def conjuncts(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts``, from the doc's index while one is open (:func:`parse_index`)."""
    index = tok.doc.user_data.get(_CONJUNCTS)
    if index is None:
        return tuple(tok.conjuncts)
    found = index[tok.i]
    if found is None:  # (none without a conjunct on either side: spaCy's walk not needed)
        coordinated = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in dependents(tok))
        found = index[tok.i] = tuple(tok.conjuncts) if coordinated else ()
    return found


def is_passive(verb: Token) -> bool:
    """ "X was summoned", "sanctions were imposed": a passive subject or auxiliary; "was
    summoned and told to leave": a participle sharing a passive's auxiliary."""
    return _passive(verb, list(dependents(verb)))


def _passive(verb: Token, kids: list[Token]) -> bool:
    """:func:`is_passive`, given the verb's children (read once: each read walks the parse)."""
    for c in kids:
        if c.dep_ in _PASSIVE_MARKS:
            return True
    return shares_passive(verb, ())


def shares_passive(verb: Token, control_verbs: Collection[str]) -> bool:
    """A participle coordinated with a passive verb with no subject or auxiliary of its own
    ("was summoned and ordered to leave"; not "was indicted and will resign"); also a verb
    of ``control_verbs`` the tagger read as a past tense ("was summoned and told to leave":
    told with a "to" clause and no object of its own)."""
    if verb.dep_ != "conj" or not any(c.dep_ in _PASSIVE_MARKS for c in dependents(verb.head)):
        return False
    deps = {c.dep_ for c in dependents(verb)}
    if deps & {"nsubj", "aux", "auxpass", "nsubjpass"}:
        return False
    return verb.tag_ == "VBN" or (
        verb.lemma_.lower() in control_verbs and "xcomp" in deps and not deps & {"dobj", "dative"}
    )


def passive_subjects(verb: Token) -> list[Token]:
    """The subjects of a passive verb ("the envoy was summoned and told to leave": the
    envoy, for both; "the premier arrived and was welcomed by ...": the premier)."""
    own = [c for c in dependents(verb) if c.dep_ in PASSIVE_SUBJECTS]
    if own or verb.dep_ != "conj":
        return own
    return passive_subjects(verb.head) or [c for c in dependents(verb.head) if c.dep_ == "nsubj"]


def has_to(verb: Token) -> bool:
    """ "to" as the verb's auxiliary: an infinitive ("decision to send")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(verb))


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in dependents(tok) if c.dep_ in deps]


def pobjects(prep: Token) -> list[Token]:
    return [g for g in dependents(prep) if g.dep_ == "pobj"]


def coordinated_modifiers(head: Token) -> list[Token]:
    """ "between Congo's army and M23 rebels": a coordination the parser reads as one noun
    phrase ("army and M23" modifying "rebels"); the first modifier, a noun with a conjunct of
    its own, names a party of its own (here "army")."""
    return [c for c in children(head, "nmod") if c.pos_ == "NOUN" and children(c, "conj")]


def first_conjunct(tok: Token) -> Token:
    """The head of a coordination: "artillery, mortar and rocket fire" -> artillery."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def governing_verb(verb: Token) -> Token | None:
    """The verb a clause hangs on, through a preposition and its noun if need be
    ("strengthening contacts under the slogan of maintaining ..." -> strengthening)."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if (relative := _relative_before(head)) is not None:
            return relative
        if head.head.i == head.i:
            return None
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _relative_before(prep: Token) -> Token | None:
    """ "..., a move Israel condemned before recalling its envoys": a preposition the parser
    hung on a noun past the noun's relative clause belongs to the relative clause's verb."""
    if prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return None
    relatives = [c for c in dependents(prep.head) if c.dep_ == "relcl" and c.i < prep.i]
    return relatives[-1] if relatives else None


def objects(verb: Token) -> list[Token]:
    """Direct objects; of a passive verb its subject; of a participle ("the aid sent")
    the noun it modifies, or the object of the verb it is said of ("ordered the
    ambassador expelled"). Read once a token while the doc's index is open (the strategies
    of one act ask for its objects again and again); a new list at each call."""
    index = verb.doc.user_data.get(_OBJECTS)
    if index is None:
        return _objects(verb)
    found = index.get(verb.i)
    if found is None:
        found = index[verb.i] = tuple(_objects(verb))
    return list(found)


def _objects(verb: Token) -> list[Token]:
    kids = list(dependents(verb))
    if _passive(verb, kids):
        return passive_subjects(verb)
    found = [c for c in kids if c.dep_ == "dobj" or c.dep_ == "obj"]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        found = [verb.head]
    if not found and _object_relative(verb, kids):
        found = [verb.head]
    # "ordered the ambassador expelled"; "declared Serbia's ambassador persona non grata" (a
    # small clause to the parser: the noun's subject is the verb's object)
    return (
        found
        or object_predicated(verb)
        or [s for c in small_clauses(verb) for s in _small_clause_subjects(c)]
        or misread_plural_objects(verb)
    )


def misread_plural_objects(verb: Token) -> list[Token]:
    """ "imposed asset freezes and travel bans on 40 officials": a plural noun the parser read
    as a verb of its own ("freezes", with "asset" its subject), right after the verb."""
    return [
        c
        for c in dependents(verb)
        if c.dep_ == "ccomp"
        and c.tag_ == "VBZ"
        and c.i > verb.i + 1
        and all(
            t.pos_ == "NOUN" and t.dep_ in ("nsubj", "compound") and t.head.i == c.i
            for t in verb.doc[verb.i + 1 : c.i]
        )
    ]


def visiting_participle(tok: Token, visit_verbs: Collection[str]) -> bool:
    """ "told visiting U.S. Secretary of State John Kerry", "received visiting Turkish envoys":
    a visiting participle on the visitor (the parser may make it the clause's own verb)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("amod", "acl", "xcomp") and tok.lemma_.lower() in visit_verbs


def small_clauses(verb: Token) -> list[Token]:
    """ "declared Serbia's ambassador persona non grata": a noun the parser made a clause of
    its own, with the verb's object as its subject."""
    return [
        c
        for c in dependents(verb)
        if c.dep_ == "ccomp" and (c.pos_ == "NOUN" or c.lower_ == "persona") and _small_clause_subjects(c)
    ]


def _small_clause_subjects(clause: Token) -> list[Token]:
    """The subject of a small clause, or the name the parser ran into its noun ("declared U.S.
    Ambassador Philip Goldberg persona non grata": Goldberg is a compound of "persona")."""
    return children(clause, "nsubj") or [
        c for c in dependents(clause) if c.dep_ == "compound" and c.pos_ == "PROPN"
    ]


def _named_in_free_relative(obj: Token) -> list[Token]:
    """A preposition's object, or the thing a free relative there names: "strikes on what it
    said were militant hideouts" -> hideouts (the parser makes "said" the preposition's
    clause); else the object itself."""
    if obj.dep_ != "pcomp" or obj.left_edge.lower_ != "what":
        return [obj]
    return _what_clause_names(obj, ("attr", "oprd")) or [obj]


def _what_clause_names(clause: Token, deps: Collection[str]) -> list[Token]:
    """The noun a "what ..." clause names, the first of ``deps`` in it: "what the army said were
    Hezbollah arms depots" -> depots."""
    return [t for t in clause.subtree if t.dep_ in deps and t.pos_ in ("NOUN", "PROPN")][:1]


def free_relative_object(verb: Token) -> list[Token]:
    """The thing a free relative names as a verb's object: "struck what the army said were
    Hezbollah arms depots" -> depots (the parser hangs "what ... were" as a clause)."""
    for clause in children(verb, "ccomp"):
        if clause.i < verb.i or clause.left_edge.lower_ != "what":
            continue
        return _what_clause_names(clause, ("attr", "ccomp", "dobj"))
    return []


def _object_relative(verb: Token, kids: list[Token]) -> bool:
    """ "the port deal Addis Ababa struck with Somaliland", "the sanctions Moscow imposed":
    a relative clause with its own subject and no object of its own acts on the noun it
    hangs on (not "the ship that sank", where "that" is the subject, nor "the town where
    troops fired")."""
    if verb.dep_ != "relcl" or any(c.tag_ == "WRB" for c in kids):
        return False
    own = [c for c in kids if c.dep_ == "nsubj"]
    # the relative pronoun as subject, in any tense ("the ship that sank")
    return bool(own) and not (
        _relative_pronoun(own[0], verb) or own[0].tag_ == "WDT" or own[0].lower_ == "that"
    )


def calls_for(noun: Token) -> bool:
    """ "a call for a ceasefire", "Trump's call to let US troops in": a noun followed by
    what it asks for ("for", or a "to" clause), not a telephone call ("a call with Xi")."""
    if any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "relcl") and has_to(c))
        for c in dependents(noun)
    ):
        return True
    # "rejected calls from Colombia and Brazil to hold a new vote": the parser hangs the "to"
    # clause right after the noun's phrase on the verb the noun is the object of
    return noun.dep_ == "dobj" and any(
        c.dep_ == "advcl" and has_to(c) and c.left_edge.i == noun.right_edge.i + 1
        for c in dependents(noun.head)
    )


def predicates(verb: Token) -> list[Token]:
    """What a verb of naming calls its object: "called China's map an invasion"
    (the object predicate and the phrases in apposition to it), "called it a step",
    "dismissed the measures as aggression" (the object of "as")."""
    holders = [verb, *(c for c in dependents(verb) if c.dep_ in ("dobj", "nsubjpass"))]
    found = [c for h in holders for c in dependents(h) if c.dep_ == "oprd"]
    as_phrases = [c for h in holders for c in dependents(h) if c.dep_ == "prep" and c.lower_ == "as"]
    found += [g for c in as_phrases for g in pobjects(c)]
    # "described the junta as illegitimate", "as meddling": the parser may hang a bare adjective
    # or a gerund on "as", or hang "as" on the adjective
    found += [g for c in as_phrases for g in dependents(c) if _bare_predicate(g)]
    found += [c for c in dependents(verb) if c.pos_ == "ADJ" and any(g.lower_ == "as" for g in dependents(c))]
    found += [a for o in children(verb, "dobj") for a in dependents(o) if _predicate_in_apposition(o, a)]
    return found + [a for p in found for a in dependents(p) if a.dep_ == "appos"]


def _predicate_in_apposition(obj: Token, appos: Token) -> bool:
    """ "called Hungary's decision a hostile act", parsed with "act" in apposition to "decision":
    a phrase with an indefinite article right after the object, no comma between, is what the
    object is called ("called Macron, a close ally, on Monday" is a call to Macron)."""
    if appos.dep_ != "appos" or appos.i < obj.i:
        return False
    between = obj.doc[obj.i + 1 : appos.left_edge.i]
    return not any(t.is_punct for t in between) and appos.left_edge.lower_ in ("a", "an")


def _bare_predicate(tok: Token) -> bool:
    """An adjective or a gerund hung on "as" ("as illegitimate", "as meddling")."""
    return (tok.dep_ in ("amod", "acomp") and tok.pos_ == "ADJ") or (
        tok.dep_ == "pcomp" and tok.tag_ == "VBG"
    )


def trailing_predicates(verb: Token) -> list[Token]:
    """What a verb of naming calls its object when the parser hung the predicate inside the
    object's phrase: "called India's revocation of Kashmir's status illegal" (an adjective
    after the noun it would modify), "calling Manila's protest groundless" (the object's head
    itself, the real object its modifier)."""
    found = []
    for o in children(verb, "dobj"):
        after = [t for t in o.subtree if t.pos_ == "ADJ" and t.dep_ == "amod" and t.i > t.head.i]
        found += [c for t in after for c in (t, *conjuncts(t))]
        if o.i == o.right_edge.i and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in dependents(o)):
            found.append(o)
    return found


#: words that with "to" say "near" ("close to the border", "next to the embassy")
_NEAR = frozenset({"close", "next"})


def prep_objects(tokens: Iterable[Token], prep: str) -> list[Token]:
    """Objects of the preposition ``prep`` on any of ``tokens`` ("sanctions on Iran");
    for "to", a dative too ("gave Kyiv aid")."""
    if prep in _READ_AROUND:
        return prep_objects_in(tokens, (prep,))
    return [  # (the common case, asked thousands of times a batch: no table of prepositions)
        n
        for t in tokens
        for c in dependents(t)
        if c.dep_ in _PREP_DEPS and c.lower_ == prep
        for n in _governed(c)
    ]


#: prepositions whose objects are also found off a preposition ("gave Kyiv aid", "close to")
_READ_AROUND = frozenset({"to", "near"})


def prep_objects_in(tokens: Iterable[Token], preps: Sequence[str]) -> list[Token]:
    """The :func:`prep_objects` of each of ``preps`` in turn, the tokens' children read
    once (each read walks the parse)."""
    found: dict[str, list[Token]] = {p: [] for p in preps}
    to, near = found.get("to"), found.get("near")
    for t in tokens:
        for c in dependents(t):
            dep = c.dep_
            if dep in _PREP_DEPS and (objs := found.get(c.lower_)) is not None:
                objs.extend(_governed(c))
            if to is not None and dep == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                to.append(c)
            if near is not None and dep in ("amod", "advmod") and c.lemma_.lower() in _NEAR:
                near.extend(prep_objects([c], "to"))  # "troops close to Ukraine's borders", "closer to"
    return [h for p in preps for h in found[p]]


def _governed(prep: Token) -> list[Token]:
    """What a preposition governs: its objects, or what a free relative there names."""
    return [n for g in dependents(prep) if g.dep_ in ("pobj", "pcomp") for n in _named_in_free_relative(g)]


def preps(tokens: Iterable[Token], prep: str) -> list[Token]:
    """The prepositions ``prep`` hanging on any of ``tokens``."""
    return [c for t in tokens for c in dependents(t) if c.dep_ == "prep" and c.lower_ == prep]


def particle(tok: Token) -> str:
    """The verb's particle ("called off" -> "off"), or ""."""
    return next((c.lower_ for c in dependents(tok) if c.dep_ == "prt"), "")


def subjects(
    verb: Token, commit_verbs: Collection[str], names_actor: NamesActor, depth: int = 0
) -> tuple[list[Token], bool]:
    """Subject heads of a verb, and whether they were inherited: the passive agent
    ("was summoned by Paris"), the subject ("Paris summoned"), a governing clause's
    ("Paris threatened to ..."), or the noun a relative clause hangs on."""
    kids = list(dependents(verb))
    if any(c.dep_ in _PASSIVE_MARKS for c in kids):  # passive: "was summoned by Paris"
        return [g for c in kids if c.dep_ == "agent" for g in pobjects(c)], False
    own = [c for c in kids if c.dep_ in SUBJECTS]
    if own and verb.dep_ == "relcl" and _relative_pronoun(own[0], verb):
        # "protesters who tried to march": the protesters; "a U.N. experts' report that accused
        # Rwandan officers": the report's authors (by name: "their war, which killed 80,000
        # people" is no act of theirs that the relative tells)
        if names_actor(verb.head):
            return [verb.head], True
        named = [a for a in _named_authors(verb.head, names_actor) if a.pos_ != "PRON"]
        return named or [verb.head], True
    if own and _cleft(verb, own[0]):
        return children(verb.head, "attr"), True  # "it was China that hosted the talks": China
    if own:
        return own + headline_partners(verb, own[0], names_actor) + _run_together(own[0], names_actor), False
    stray = stray_subject(verb)
    if stray is not None:
        return [stray], False
    if depth < 4 and verb.dep_ in _INHERITING and verb.head.i != verb.i:
        return _inherited_subjects(verb, commit_verbs, names_actor, depth)
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        return _modified_noun_subjects(verb, commit_verbs, names_actor, depth)
    return [], False


def stray_subject(verb: Token) -> Token | None:
    """ "Iran has sent missile parts through Oman, a U.N. panel of experts said on Friday": a
    verb with no subject of its own, set right after a noun phrase that opens after a comma,
    which the parser hung on an earlier word ("Oman") - that phrase is the verb's subject."""
    if verb.dep_ not in ("conj", "ROOT", "ccomp", "parataxis") or verb.pos_ != "VERB":
        return None
    before = [c.i for c in dependents(verb) if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i]
    end = min(before, default=verb.i) - 1
    if end < 1:
        return None
    doc = verb.doc
    found = None
    for t in (doc[end], *doc[end].ancestors):
        if t.right_edge.i != end or t.i >= verb.i:
            break
        opens = t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("appos", "conj", "npadvmod") and opens:
            found = t
    return found


def _cleft(verb: Token, subject: Token) -> bool:
    """ "it was China that had hosted the talks": a clause on "it was X" whose subject is a
    relative pronoun is said of X."""
    if subject.tag_ not in ("WDT", "WP") or verb.dep_ != "ccomp" or verb.head.lemma_ != "be":
        return False
    attrs = children(verb.head, "attr")
    return (
        bool(attrs) and attrs[0].i < subject.i and any(c.lower_ == "it" for c in children(verb.head, "nsubj"))
    )


def _relative_pronoun(subject: Token, verb: Token) -> bool:
    """ "who", "which", and "that" before a past act ("a report by U.N. experts that
    accused Kigali"; "a fund that reimburses arms deliveries" describes, it tells no act)."""
    return (
        subject.tag_ == "WP" or subject.lower_ == "which" or (subject.lower_ == "that" and verb.tag_ == "VBD")
    )


def headline_partners(verb: Token, subject: Token, names_actor: NamesActor) -> list[Token]:
    """Headline coordination by a comma ("Benin, Niger agree to reopen border"): an actor
    opening the clause, before its subject and a comma, is a subject too."""
    doc = verb.doc
    return [
        c
        for c in dependents(verb)
        if c.dep_ in ("npadvmod", "dep", "nmod")
        and c.i < subject.i
        and c.i + 1 < len(doc)
        and doc[c.i + 1].text == ","
        and names_actor(c)
    ]


def _run_together(subject: Token, names_actor: NamesActor) -> list[Token]:
    """Two titled names joined by "and" that the parser reads as one ("Indian Prime Minister
    Atal Behari Vajpayee and Pakistani Prime Minister Nawaz Sharif signed": the first name
    hangs on the second as a modifier, with the "and" on it): the first is a subject too."""
    return [
        c
        for c in dependents(subject)
        if c.dep_ in ("nmod", "compound")
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in dependents(c))
        and any(g.dep_ == "conj" for g in dependents(c))
        and names_actor(c)
    ]


def participle_agents(verb: Token) -> list[Token]:
    """The by-agent of a past participle that modifies a noun ("sacks of rice donated by
    Japan", "a ceasefire brokered by Qatar"): who did it."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod", "relcl"):
        return []
    return [g for c in dependents(verb) if c.dep_ == "agent" for g in pobjects(c)]


def armed_backing(verb: Token, backing_verbs: Collection[str], armed: Callable[[Token], bool]) -> list[Token]:
    """ "Philippine troops backed by U.S. surveillance aircraft", "government forces supported
    by Russian air power": the by-agents of a backing participle, when the forces backed and
    their backers are both armed (``armed``: whether a head noun names forces or their craft)."""
    if verb.lemma_.lower() not in backing_verbs or not armed(verb.head):
        return []
    return [g for g in participle_agents(verb) if armed(g)]


def _inherited_subjects(
    verb: Token, commit_verbs: Collection[str], names_actor: NamesActor, depth: int
) -> tuple[list[Token], bool]:
    """The subject a clause takes from the verb it hangs on."""
    if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and not has_to(verb) and _marked(verb):
        return [], False  # "when it ...", "as ...": a clause of its own
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in dependents(verb))
    ):
        return [], False  # "sanctions over (the) jailing of opposition figures": a noun, someone else's act
    if verb.dep_ == "conj" and is_passive(verb.head):
        # "X was indicted by Y and will resign": X resigns
        return children(verb.head, *PASSIVE_SUBJECTS), True
    main = _main_clause_across(verb)
    if main is not None:
        # "imposed an embargo on Sudan, two days after Sudanese troops shelled the town, and
        # called on Khartoum to pull back": the Council calls
        return subjects(main, commit_verbs, names_actor, depth + 1)[0], True
    if _after_a_reported_verdict(verb):
        # "said the decision was deeply troubling and urged Tehran to reverse course": the
        # speaker urges, not the decision
        return subjects(verb.head.head, commit_verbs, names_actor, depth + 1)[0], True
    partner = _infinitive_partner(verb)
    if partner is not None:
        # "prompting Tallinn to summon the envoy and request consultations": Tallinn requests
        return subjects(partner, commit_verbs, names_actor, depth + 1)[0], True
    head = _past_subordinate_clause(verb, governing_verb(verb))
    if head is None:
        return [], False
    if (
        (verb.dep_ in ("xcomp", "pcomp") or _object_then_infinitive(verb, head))
        and (head.lemma_.lower() not in commit_verbs or _warned_off(verb))
        and not _when(verb)
    ):
        # object control: "warned Tehran against targeting ...", "urged Seoul to refrain"
        controllers = [o for o in objects(head) if names_actor(o)]
        if controllers:
            return controllers, True
    heads, _ = subjects(head, commit_verbs, names_actor, depth + 1)
    reported = _reported_before(head, verb)
    if reported is not None and not any(names_actor(h) for h in heads):
        # "Niger gave the envoy 48 hours to leave, hours after receiving a Russian delegation,
        # state television reported": the parser hangs the clause on the attribution
        heads, _ = subjects(reported, commit_verbs, names_actor, depth + 1)
    return heads, True


def _main_clause_across(verb: Token) -> Token | None:
    """The main verb a ", and ..." verb belongs to when the parser joins it to a time clause
    set off by commas after that verb ("imposed an embargo, two days after troops shelled the
    town, and called on Khartoum to ..."): the clause's own verb has a subject, this one not."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "advcl" or clause.head.i > clause.i:
        return None
    if not any(c.dep_ == "mark" for c in dependents(clause)) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in dependents(verb)
    ):
        return None
    cc = next((c for c in dependents(verb) if c.dep_ == "cc"), None) or next(
        (c for c in dependents(clause) if c.dep_ == "cc" and c.i < verb.i), None
    )
    if cc is None or cc.i == 0 or verb.doc[cc.i - 1].text != ",":
        return None
    return clause.head


def _after_a_reported_verdict(verb: Token) -> bool:
    """A verb the parser joins to a copular verdict in what someone said ("said that Iran's
    decision was troubling and urged Tehran to ..."): a verdict's subject does nothing; the
    verb is the speaker's. So is a past verb joined to a demanded one ("demanded that the
    rebels pull out and called on Rwanda to ...")."""
    verdict = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verdict.dep_ != "ccomp" or verdict.head.pos_ != "VERB":
        return False
    if verdict.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in dependents(verdict)):
        return True
    # "demanded that the rebels pull out ... and called on Rwanda to ...": a past verb joined
    # to a present or bare one said after a past verb is not what was said
    return verb.tag_ == "VBD" and verdict.tag_ in ("VB", "VBP") and verdict.head.tag_ == "VBD"


def _reported_before(attribution: Token, verb: Token) -> Token | None:
    """The clause a later verb whose subject names no one reports or hangs on, when that clause
    comes before ``verb``: an attribution set after it (", state television reported"), which the
    parser may hang on the clause itself."""
    if not verb.i < attribution.i:
        return None
    if attribution.dep_ in ("advcl", "conj") and attribution.head.i < verb.i:
        return attribution.head
    return next((c for c in dependents(attribution) if c.dep_ == "ccomp" and c.i < verb.i), None)


def _infinitive_partner(verb: Token) -> Token | None:
    """The infinitive a bare infinitive shares its "to" with, when the parser hangs it on the
    verb above ("prompting Tallinn to summon the envoy and request talks": request hangs on
    prompting, beside summon)."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ == "VB":
        return None
    partners = [c for c in dependents(verb.head) if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i]
    return partners[-1] if partners else None


def _past_subordinate_clause(verb: Token, head: Token | None) -> Token | None:
    """ "Vilnius shut the crossings after balloons entered its airspace, accusing Minsk",
    "La Paz ordered the envoy to leave, accusing him of plotting": a participle after a
    comma that the parser hangs on a subordinate clause's or an infinitive's verb belongs
    to the main clause (its subject accuses)."""
    if head is None or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.i - 1].text != ",":
        return head
    if head.dep_ == "advcl" and any(c.dep_ == "mark" for c in dependents(head)):
        return governing_verb(head) or head
    if head.dep_ == "xcomp" and has_to(head):  # "ordered the envoy to leave, accusing him of ..."
        return governing_verb(head) or head
    return head


def _object_then_infinitive(verb: Token, head: Token) -> bool:
    """ "..., prompting ECOWAS to urge Dakar to ...": an infinitive the parser hangs as a
    clause of its own on a participle, right after that participle's object, is the object's
    act, as a complement would be."""
    if verb.dep_ != "advcl" or head.tag_ != "VBG" or head.dep_ != "advcl" or not has_to(verb):
        return False
    obj = next((o for o in objects(head) if o.i < verb.i), None)
    return obj is not None and obj.right_edge.i + 2 == verb.i


def _warned_off(verb: Token) -> bool:
    """ "warned Tehran against targeting US forces": what a warning is against is its
    object's act, even after a verb of commitment (whose own clauses are its subject's)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "against"


def _when(verb: Token) -> bool:
    """ "gave the envoy 48 hours, hours after receiving a Russian delegation": a gerund of
    time is the subject's own act (no object control)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in CIRCUMSTANCE


def _marked(verb: Token) -> bool:
    """A subordinate clause opened by a marker or an adverb ("as", "because", "when",
    "later"); a finite one without (a headline's "Israel calls up reservists, masses
    armour") is a second verb of the same subject."""
    return any(c.dep_ in ("mark", "advmod") for c in dependents(verb))


def _modified_noun_subjects(
    verb: Token, commit_verbs: Collection[str], names_actor: NamesActor, depth: int
) -> tuple[list[Token], bool]:
    """The subject of a relative clause or a participle: the noun it modifies."""
    head = verb.head
    owners = children(head, "poss")
    if verb.dep_ == "acl" and owners and has_to(verb):
        return owners, True  # "Sweden's decision to send them back": Sweden sends
    authors = _named_authors(head, names_actor)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and authors:
        return authors, True  # "rejected U.N. experts' report accusing it of ...": the experts accuse
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
        and not names_actor(head)
    ):
        # "issued a statement condemning ...": the issuer speaks
        return subjects(head.head, commit_verbs, names_actor, depth + 1)[0], True
    return [head], True


def _named_authors(noun: Token, names_actor: NamesActor) -> list[Token]:
    """Whose a report or a ruling is, as its own phrase names them: its possessor ("U.N.
    experts' report"), its by-agent, or a name or demonym before it ("an Amnesty International
    report", "a Dutch intelligence report"; by name: "court rulings" names no author)."""
    authors = children(noun, "poss") + [g for c in preps([noun], "by") for g in pobjects(c) if names_actor(g)]
    return authors + [
        c
        for c in dependents(noun)
        if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ") and names_actor(c)
    ]


def summing_up(verb: Token, act_nouns: Collection[str]) -> tuple[Token, Token] | None:
    """ "Beijing halted the imports, a ban Japan's fisheries minister called baseless": the
    noun after the clause's comma that sums its act up (a ban) and the head of the phrase
    before the verb that judges it (minister), when the parser gave that verb no subject
    (it hangs the speaker as an apposition and the verb on the main clause)."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS for c in dependents(verb)):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 1 and doc[i].pos_ not in ("VERB", "AUX", "PUNCT") and doc[i].lemma_.lower() not in act_nouns:
        i -= 1
    summary = doc[i]
    if summary.lemma_.lower() not in act_nouns or i >= verb.i - 1 or i < 2:
        return None
    if summary.nbor(-1).lower_ not in ("a", "an", "the") or summary.nbor(-2).text != ",":
        return None
    phrase = range(i + 1, verb.i)
    heads = [
        doc[j] for j in phrase if doc[j].head.i not in phrase and doc[j].pos_ in ("NOUN", "PROPN", "PRON")
    ]
    return (summary, heads[0]) if heads else None


def summed_up_saying(noun: Token, reporting_verbs: Collection[str]) -> tuple[Token, Token] | None:
    """ "The White House said Iran had sent trainers to Crimea, an allegation Tehran denied":
    the reporting verb and the clause it says, which a noun set after the clause by a comma
    sums up (the parser hangs the noun on the clause's last word)."""
    left = noun.left_edge
    if noun.dep_ not in ("appos", "npadvmod", "dobj", "dep") or left.i == 0 or left.nbor(-1).text != ",":
        return None
    said = noun
    for t in noun.ancestors:
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs:
            return (t, said) if said.dep_ == "ccomp" else None
        said = t
    return None


def modal_before_subject(modal: Token, clause: Token) -> bool:
    """A modal set before its clause's subject ("would respond should Seoul and Washington
    press ahead"): a condition, not a statement of what someone must or should do."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > modal.i for c in dependents(clause))


def inverted_condition(clause: Token) -> bool:
    """ "should Seoul press ahead with the drills": a clause made a condition by its "should"
    set before the subject."""
    return any(
        c.dep_ == "aux" and c.lower_ == "should" and modal_before_subject(c, clause)
        for c in dependents(clause)
    )


def clause_of(token: Token) -> Token:
    """The verb (or root) whose clause holds ``token``."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def chain(tok: Token) -> list[Token]:
    """The trigger and the verbs governing it through xcomp/ccomp (nearest first):
    "willing to send material to help ...", and a noun's passive verb ("sanctions were
    lifted")."""
    found = [tok]
    t = tok
    while (
        (
            t.dep_ in ("xcomp", "pobj", "pcomp", "dobj", "acomp", "nsubjpass")
            or (t.dep_ == "advcl" and has_to(t))
            # "pledged to work ... and to end the war": a second infinitive, parsed as a conjunct
            or (t.dep_ == "conj" and (t.head.dep_ == "xcomp" or has_to(t)))
        )
        and t.head.i != t.i
        and len(found) < 6
    ):
        t = t.head
        found.append(t)
    return found


def reported(verb: Token, reporting_verbs: Collection[str]) -> bool:
    """Whether a clause is what someone says ("Erdogan said Turkey would ...")."""
    t = first_conjunct(verb)
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in reporting_verbs


def casualty_clause(noun: Token, casualty_verbs: Collection[str]) -> Token | None:
    """The verb of killing, wounding or dying a noun is the setting of: "twelve soldiers were
    killed in a clash with Afghan guards", "three civilians died in Russian shelling"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    return verb if verb.lemma_.lower() in casualty_verbs else None


def may_name(tok: Token) -> bool:
    """A word that may name an actor: a proper noun, or a capitalised adjective ("Indian")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def cargo(verb: Token, carrying_verbs: Collection[str]) -> list[Token]:
    """The words of what arrives and what it brings: "a Turkish ship carrying food for Gaza
    docked at El Arish", "planes landed in Tonga with drinking water and tents"."""
    words = [t for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    words += [t for c in dependents(verb) if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree]
    words += [t for c in dependents(verb) if c.lemma_.lower() in carrying_verbs for t in c.subtree]
    return words


def visit_phrase(noun: Token) -> bool:
    """Whether a noun heads "on a (state) visit to Tokyo", "(returned) from a visit to Beijing":
    someone said to be on a trip there, or back from one."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "from") and bool(prep_objects([noun], "to"))


def verdict_speaker(verb: Token, reporting_verbs: Collection[str]) -> Token | None:
    """The verb of saying a verdict is reported by: "Mexico said the tariffs violated the pact",
    "..., a move the Kremlin said would prolong the war" (the clause said), or "..., a step the
    EU said breached press freedom" when the parser hangs the saying on the verdict's subject."""
    t = first_conjunct(verb)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in reporting_verbs:
        return t.head
    hung = [
        c
        for s in children(t, "nsubj")
        for c in dependents(s)
        if c.dep_ == "relcl" and c.i < t.i and c.lemma_.lower() in reporting_verbs
    ]
    return hung[0] if hung else None


def main_clause(tok: Token, reporting_verbs: Collection[str]) -> bool:
    """Whether a verb is the main predicate of its sentence (or of what a speaker says)."""
    t = first_conjunct(tok)
    if t.dep_ == "ROOT":
        return True
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in reporting_verbs:
        return t.head.i != tok.i and main_clause(t.head, reporting_verbs)  # not "..., in which it said"
    return False


def light_verb(tok: Token, light_verbs: Collection[str]) -> list[Token]:
    """The light verb an event noun is the object of through a preposition ("remained
    on alert in ...", "engaged in shelling of ..."): its phrases are the event's."""
    if tok.dep_ == "pobj" and _light(tok.head, light_verbs):
        return [tok.head.head]
    return []


def _light(prep: Token, light_verbs: Collection[str]) -> bool:
    """Whether ``prep`` hangs on a light verb: any ("engaged in"), or one only light with
    that preposition ("responded with air strikes", not "responded to a demand")."""
    lemma = prep.head.lemma_.lower()
    return lemma in light_verbs or f"{lemma} {prep.lower_}" in light_verbs


def eventive_noun(tok: Token, light_verbs: Collection[str], measures: Collection[str]) -> bool:
    """A nominalisation reports an event where it is an argument of the clause
    ("launched an attack on", "the attack on X killed"), or a headline's head;
    not in background phrases ("in the war with Iraq", "after the attack")."""
    tok = first_conjunct(tok)
    dep = tok.dep_
    if dep == "pobj" and _light(tok.head, light_verbs):
        return True  # "engaged in ethnic cleansing", "took part in the attack"
    measure = tok.head.head
    if dep == "pobj" and tok.head.lower_ == "of" and measure.lemma_.lower() in measures:
        dep = measure.dep_  # "ten days of war games", "a wave of strikes"
    return dep in ("dobj", "nsubj", "nsubjpass", "ROOT", "attr", "appos", "dep", "oprd")


#: prepositions that make a meeting the occasion of a clause ("agreed after talks")
OCCASION_PREPS = frozenset({"after", "following", "during", "at"})


#: what a fight a clause settles or disputes is to it: "agreed to a truce after days of fighting",
#: "traded blame over an exchange of fire"
FIGHT_PREPS = OCCASION_PREPS | {"over", "amid"}


def occasion_clause(
    noun: Token,
    measures: Collection[str],
    visit_verbs: Collection[str],
    preps: Collection[str] = OCCASION_PREPS,
) -> Token | None:
    """The clause a noun is the occasion of: "agreed ... after talks in Riyadh", "following
    two days of talks", "After talks with Kyiv's negotiators, Moscow announced"; or the
    purpose of a visit: "flew into Maputo for talks with his counterpart"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in measures:
        noun = noun.head.head  # "two days of talks"
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lower_ == "following" and prep.dep_ in ("acl", "advcl", "prep"):
        # "restore relations following talks in Beijing": a participle to the parser
        return _clause_above(prep)
    if noun.dep_ != "pobj":
        return None
    if prep.head.pos_ not in ("VERB", "AUX"):
        # "agreed to a cessation of hostilities after ten days of talks": hung on the act agreed
        # (not "at": on a noun it says where the thing is)
        agreed = prep.head.dep_ in ("pobj", "dobj") and prep.lower_ in preps and prep.lower_ != "at"
        return _clause_above(prep) if agreed else None
    visit = prep.lower_ == "for" and prep.head.lemma_.lower() in visit_verbs
    return prep.head if prep.lower_ in preps or visit else None


def answered_act(noun: Token, retaliation_nouns: Collection[str]) -> Token | None:
    """The clause that answers the act ``noun`` names, when it is told as what the clause
    answers: "expelled ten diplomats in retaliation for Sofia's expulsion of ...", "as
    punishment for its nuclear tests", "in response to Washington's sanctions"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return None
    answer = prep.head
    if answer.lemma_.lower() not in retaliation_nouns or answer.dep_ != "pobj":
        return None
    return _clause_above(answer) if answer.head.lower_ in ("in", "as") else None


def _clause_above(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok``'s head, if it hangs on a verb at all."""
    clause = clause_of(tok.head)
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _second_objects(verb: Token) -> list[Token]:
    """The thing given when the verb's object slot holds someone else: "the envoy was given
    48 hours" (a passive's own object), "gave the envoy 48 hours" (read as a measure); the
    object a participle is said of ("ordered the border closed")."""
    kids = list(dependents(verb))
    if _passive(verb, kids):
        return [c for c in kids if c.dep_ == "dobj"]
    if any(c.dep_ == "dative" for c in kids):
        return [c for c in kids if c.dep_ == "npadvmod"]
    return object_predicated(verb) + small_clauses(verb)


def object_predicated(verb: Token) -> list[Token]:
    """ "ordered the border closed", "declared the talks ended": a participle said of its
    governing verb's object acts on that object."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ccomp", "oprd", "xcomp"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in dependents(verb)):
        return []
    return [o for o in dependents(verb.head) if o.dep_ == "dobj" and o.i < verb.i]


#: amounts as wire copy writes them ("$272 mln in aid", "$1 bln in loans": nouns to the tagger)
_AMOUNT_WORDS = frozenset({"mln", "bln", "mn", "bn", "million", "billion", "trillion"})


def _amounts_of(verb: Token, direct: list[Token]) -> list[Token]:
    """What an amount is of: "extended $200 million in loans" (loans, and the money sign),
    "shipped $325 million in weapons"; "halts $272 mln in aid": the parser hangs "in aid" on
    the verb when the amount is a wire abbreviation; "freezes 30 mln crowns in aid": a currency
    counted in them."""
    amounts = [d for d in direct if d.pos_ == "NUM" or d.lower_ in _AMOUNT_WORDS or _counted_in_amounts(d)]
    of = prep_objects(amounts, "in") or (prep_objects([verb], "in") if amounts else [])
    return [c for d in amounts for c in dependents(d) if c.tag_ == "$"] + of


def _counted_in_amounts(noun: Token) -> bool:
    """ "30 mln crowns", "2 billion dollars": a currency counted in an amount word."""
    return any(
        c.lower_ in _AMOUNT_WORDS and c.dep_ in ("amod", "nummod", "compound") for c in dependents(noun)
    )


def object_ranks(tok: Token, pos: str) -> list[tuple[int, Token]]:
    """The words that may complete a verb or noun phrase trigger, nearest first: the
    direct object ("imposed sanctions"), then an "of" object ("a package of sanctions",
    "ten days of war games"), then a compound ("a military aid programme"); of a noun, its
    modifiers, its "of" object, then its "into" object ("an incursion into Polish airspace")."""
    if pos == "verb":
        direct = objects(tok) + _second_objects(tok)
        direct += _amounts_of(tok, direct)
        of = prep_objects([tok], "of") + prep_objects(direct, "of")
        compounds = [c for o in direct + of for c in dependents(o) if c.dep_ == "compound"]
        # "will not go unpunished": a predicative complement completes the phrase last
        levels = [direct, of, compounds, children(tok, "acomp", "oprd")]
    else:  # "an airspace incursion", "a package of sanctions", "an incursion into Polish airspace"
        levels = [
            children(tok, "compound", "amod", "nmod"),
            prep_objects([tok], "of"),
            prep_objects([tok], "into"),
        ]
    return [(rank, o) for rank, level in enumerate(levels) for t in level for o in (t, *conjuncts(t))]


def governing(tok: Token, frames: dict[int, T]) -> T | None:
    """The frame whose token governs ``tok`` through clause links, if any (up to four);
    not through a clause of circumstance ("agreed to resume talks, as Tokyo hosted Yoon")."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in CLAUSE_LINKS or _circumstance(t):
            return None
        t = t.head
        if t.i in frames:
            return frames[t.i]
    return None


def _circumstance(clause: Token) -> bool:
    """ "..., as the prime minister hosted Yoon": an adverbial clause of time or cause;
    "..., after hosting his counterpart": a gerund of time; "Meeting in Havana, ...": a
    participle clause set before its verb."""
    if clause.dep_ == "pcomp":  # (not "demanded a truce before allowing convoys": not yet done)
        return clause.head.lower_ in CIRCUMSTANCE and clause.head.lower_ != "before"
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < clause.head.i:
        return True  # "Wrapping up two days of talks in Islamabad, the two sides agreed ...": done first
    if clause.dep_ == "ccomp" and clause.i < clause.head.i and _marked_circumstance(clause.head):
        return True  # "units began drills, days after Cairo signed a pact": the parser hung the main clause
    if clause.dep_ == "ccomp" and clause.i < clause.head.i and children(clause, "cc"):
        return True  # "Xi arrived in Moscow, and Putin praised ...": the first of two clauses
    return clause.dep_ == "advcl" and _marked_circumstance(clause)


def _marked_circumstance(verb: Token) -> bool:
    """ "after Cairo and Khartoum signed a pact": a verb whose clause a time or cause word opens
    (a mark, or "when" hung as its adverb: "praised Kenya's role when he met his counterpart")."""
    return any(
        c.lower_ in CIRCUMSTANCE and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB"))
        for c in dependents(verb)
    )


def reporting_head(tok: Token, reporting_verbs: Collection[str]) -> Token | None:
    """The reporting verb whose clause holds ``tok`` ("Amnesty said guards had killed ...")."""
    verb = clause_of(tok)
    for _ in range(3):
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() in reporting_verbs:
            return verb
    return None


def noun_clauses(noun: Token) -> list[Token]:
    """The clauses a noun governs ("a demand that Israel ease ...", "a call for Iran to
    ..."): its own clausal dependents, else, when the parser hangs a "that" clause after
    the noun on the verb whose object the noun is ("reiterated its demand today that
    Israel ease ..."), that clause."""
    own = [c for c in dependents(noun) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if own or noun.dep_ != "dobj":
        return own
    return [
        c
        for c in dependents(noun.head)
        if c.dep_ == "ccomp"
        and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in dependents(c))
    ]


def setting_preposition(noun: Token) -> Token | None:
    """The preposition a noun is the object of, through a measure of it ("during a rally",
    "amid months of protests" -> amid), if any."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "months of protests"
    return noun.head if noun.dep_ == "pobj" else None


def tail_hung_on_the_verb(noun: Token) -> list[Token]:
    """ "protested over mortar fire by Pakistani troops into Kunar province": when the parser
    hung the event noun's "by" agent on the active verb whose preposition has the noun, the
    phrases after it ("into Kunar province") are the noun's too; else none."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.pos_ != "VERB" or is_passive(verb):
        return []
    tail = [c for c in dependents(verb) if c.i > noun.i and c.dep_ in ("agent", "prep")]
    return tail if tail and tail[0].dep_ == "agent" and tail[0].i == noun.i + 1 else []
