"""The relation extractor: a spaCy component that finds who did what to whom.

For every trigger of the lexicon in a sentence (a verb such as "accuse", a verb
phrase such as "impose sanctions on", a nominalisation such as "arms supply
to"), it reads the source and target actors off the dependency parse:
subjects and objects, passive agents, prepositional targets, possessors of
nouns, coordinated actors on either side, subjects inherited through
"threatened to ...", "and ...", "calling on ...", and pronouns or definite
descriptions ("he", "the minister", "the country") resolved to the nearest
compatible actor earlier in the article. Negation and modality become flags;
promised or threatened actions become AGREE or THREATEN as PLOVER codes them.

Findings are stored as plain rows in ``doc.user_data["dg_findings"]`` so docs
cross process boundaries (``nlp.pipe(n_process=...)``); :class:`Finding` reads
them back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplograph.model import ActorKind, Plover, Relation, Sector
from extract.actors import LOCAL_PERSON, SPANS_KEY, doc_date
from extract.cues import Cues, load_cues
from extract.lexicon import Lexicon, Trigger, load_lexicon
from ontology.gazetteer import Gazetteer, NameKind, load_gazetteer
from ontology.vocabulary import Vocabulary, load_vocabulary

logger = logging.getLogger(__name__)

FINDINGS_KEY = "dg_findings"
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
LIGHT_VERBS = {
    "launch",
    "carry",
    "conduct",
    "make",
    "issue",
    "level",
    "impose",
    "stage",
    "mount",
    "hold",
    "sign",
    "give",
    "provide",
    "deliver",
    "announce",
    "order",
    "begin",
    "start",
    "step",
    "increase",
    "expand",
    "strengthen",
    "boost",
    "send",
    "offer",
    "extend",
    "file",
    "lodge",
    "express",
    "voice",
    "pledge",
    "approve",
    "unveil",
    "slap",
    "lift",
    "ease",
}


@dataclass(frozen=True, slots=True)
class Side:
    """An actor as one finding names it (primitive fields only)."""

    actor_id: str
    sector: str | None
    person_id: str | None
    start: int  # character offsets in the doc
    end: int
    via: str  # how it was found: "name", "demonym", "anaphora", "person", ...


@dataclass(frozen=True, slots=True)
class Finding:
    source: Side
    target: Side | None
    plover: str
    mode: str | None
    cameo: str
    goldstein: float
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    confidence: float
    negated: bool
    hypothetical: bool

    def to_row(self) -> list[object]:
        return list(astuple(self))

    @classmethod
    def from_row(cls, row: list[object]) -> Finding:
        source, target, *rest = row
        return cls(Side(*source), Side(*target) if target else None, *rest)  # type: ignore[misc,arg-type]


def findings(doc: Doc) -> list[Finding]:
    return [Finding.from_row(r) for r in doc.user_data.get(FINDINGS_KEY, [])]


@dataclass(slots=True)
class _Mention:
    """A resolved actor mention, for the pass over one doc."""

    actor_id: str
    sector: str | None
    person_id: str | None
    token: int
    start: int
    end: int
    via: str
    category: str  # "person", "state", "organization", "group"

    def side(self) -> Side:
        return Side(self.actor_id, self.sector, self.person_id, self.start, self.end, self.via)


class RelationExtractor:
    """Match lexicon triggers, then annotate the doc with findings."""

    def __init__(
        self,
        nlp: Language,
        name: str = "diplograph_relations",
        *,
        gazetteer: Gazetteer | None = None,
        lexicon: Lexicon | None = None,
        vocabulary: Vocabulary | None = None,
        cues_path: Path | None = None,
        require_target: bool = True,
        shallow_fallback: bool = True,
    ) -> None:
        self.name = name
        self.require_target = require_target
        self.shallow_fallback = shallow_fallback
        self.gazetteer = gazetteer or load_gazetteer()
        self.lexicon = lexicon or load_lexicon()
        self.vocabulary = vocabulary or load_vocabulary()
        self.cues: Cues = load_cues(cues_path)

    # -- the component -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        pass_ = _DocPass(self, doc)
        doc.user_data[FINDINGS_KEY] = [f.to_row() for f in pass_.run()]
        return doc


class _DocPass:
    """One pass over one doc: actor mentions in order, then triggers."""

    def __init__(self, ex: RelationExtractor, doc: Doc) -> None:
        self.ex = ex
        self.cues = ex.cues
        self.doc = doc
        self.day = doc_date(doc)
        self.span_at: dict[int, Span] = {}
        for span in doc.spans.get(SPANS_KEY, []):
            for i in range(span.start, span.end):
                self.span_at[i] = span
        self.history: list[_Mention] = []  # every resolved mention, in text order
        self._cache: dict[int, list[_Mention]] = {}

    # -- actors --------------------------------------------------------------------------------
    def _from_span(self, span: Span, head: Token, sector: str | None) -> _Mention | None:
        label, how = span.label_, span.id_
        person_id = None
        category = "state"
        if label.startswith("person/"):
            role = self.ex.gazetteer.role_on(label, self.day)
            person_id = label
            category = "person"
            if role is not None:
                actor_id, sector = role.of, role.sector.value
            else:
                actor = self.ex.gazetteer.actor(label)
                if actor.country is None:
                    return None
                actor_id = actor.country
        else:
            actor_id = label
            if how == LOCAL_PERSON:
                category, sector = "person", sector or span.kb_id_ or Sector.GOVERNMENT.value
            else:
                kind = self.ex.gazetteer.actor(actor_id).kind
                category = {ActorKind.STATE: "state", ActorKind.ARMED_GROUP: "group"}.get(
                    kind, "organization"
                )
        return _Mention(
            actor_id,
            sector or span.kb_id_ or None,
            person_id,
            head.i,
            span.start_char,
            span.end_char,
            how,
            category,
        )

    def _sector_of(self, head: Token) -> str | None:
        """The sector a head noun names ("troops" -> military), if any."""
        lemma = head.lemma_.lower()
        for c in head.children:
            if c.dep_ == "compound":
                two = f"{c.lemma_.lower()} {lemma}"
                if two in self.cues.sector_of_noun:
                    return self.cues.sector_of_noun[two].value
        sector = self.cues.sector_of_noun.get(lemma) or self.cues.titles.get(lemma)
        return sector.value if sector else None

    def resolve_one(self, head: Token) -> _Mention | None:
        found = self.resolve_head(head)
        return found[0] if found else None

    def resolve_head(self, head: Token) -> list[_Mention]:
        """The actors one head token names (several for "Hungarian and Romanian officials")."""
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve_head(head)
        return self._cache[head.i]

    def _resolve_head(self, head: Token) -> list[_Mention]:
        span = self.span_at.get(head.i)
        if span is not None:
            if span.id_ == NameKind.DEMONYM.value and head.pos_ == "ADJ":
                return []
            if span.id_ == NameKind.DEMONYM.value and any(c.lower_ == "ethnic" for c in head.children):
                return []  # "ethnic Albanians" in Serbia are not Albania
            sector = None
            if (
                span.id_ == NameKind.DEMONYM.value
                and head.tag_ in ("NNS", "NNPS")
                and not any(c.lower_ == "the" for c in head.children)
            ):
                sector = Sector.CIVILIANS.value  # "young Algerians blocked roads": people, not the state
            m = self._from_span(span, head, sector)
            return [m] if m else []
        if head.lemma_.lower() in _QUANTITIES:  # "thousands of Nigerians", "a group of Moroccan diplomats"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    counted = [m for g in c.children if g.dep_ == "pobj" for m in self.resolve(g)]
                    if counted:
                        return counted
        sector = self._sector_of(head)
        if sector == Sector.MEDIA.value:
            return []
        # "South Korean authorities", "Russia's foreign ministry", "the government of Japan"
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")]
        people = sector in (Sector.CIVILIANS.value, Sector.OPPOSITION.value)
        preps = ("of", "from", "for", "in", "throughout", "across") if people else ("of", "from", "for")
        modifiers += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found: list[_Mention] = []
        for c in modifiers:
            for mod in (c, *c.conjuncts):
                inner = self.span_at.get(mod.i)
                if inner is None and mod.dep_ in ("compound", "poss", "conj"):
                    inner = next((self.span_at[t.i] for t in mod.subtree if t.i in self.span_at), None)
                if inner is None:
                    continue
                if sector is None and not self._is_description(head):
                    return []  # "South Korean weapons": an actor's thing, not an actor
                m = self._from_span(inner, head, sector)
                if m is None:
                    continue
                if sector and not m.person_id:
                    m.sector = sector
                    if head.lemma_.lower() in self.cues.anaphora_person:
                        m.category = "person"
                if all(m.actor_id != f.actor_id for f in found):
                    found.append(m)
            if found:
                return found
        m = self._anaphora(head, sector)
        return [m] if m else []

    def owner(self, head: Token) -> list[_Mention]:
        """Whose a thing is, when the thing is not itself an actor: "Turkey's efforts",
        "an Indian proposal", "calls by Belarus's rulers", "the demands of the rebels"."""
        for c in head.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i in self.span_at):
                found = self.resolve(c) if c.dep_ == "poss" else self._span_mentions(c)
                if found:
                    return found
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = self.resolve(g) or self.owner(g)
                        if found:
                            return found
        return []

    def _span_mentions(self, tok: Token) -> list[_Mention]:
        """Actors named by a modifier and its conjuncts, demonyms included."""
        found = []
        for t in (tok, *tok.conjuncts):
            span = self.span_at.get(t.i)
            if span is not None:
                m = self._from_span(span, t, None)
                if m is not None:
                    found.append(m)
        return found

    def _is_description(self, head: Token) -> bool:
        lemma = head.lemma_.lower()
        return lemma in self.cues.anaphora_state or lemma in self.cues.anaphora_organization

    def _anaphora(self, head: Token, sector: str | None) -> _Mention | None:
        lower, lemma = head.lower_, head.lemma_.lower()
        has_det = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in head.children
        )
        wanted: tuple[str, ...]
        if lower in self.cues.pronouns_person:
            wanted = ("person",)
        elif lower in self.cues.pronouns_thing:
            wanted = ("state", "organization")
        elif lower in self.cues.pronouns_plural:
            wanted = ("state", "organization", "group")
        elif has_det and lemma in self.cues.anaphora_person:
            wanted = ("person",)
        elif has_det and lemma in self.cues.anaphora_state:
            wanted = ("state",)
        elif has_det and lemma in self.cues.anaphora_organization:
            wanted = ("organization", "group")
        else:
            return None
        for m in reversed(self.history):
            if m.token < head.i and m.category in wanted:
                return _Mention(
                    m.actor_id,
                    sector or m.sector,
                    m.person_id,
                    head.i,
                    head.idx,
                    head.idx + len(head),
                    "anaphora",
                    m.category,
                )
        return None

    def resolve(self, head: Token) -> list[_Mention]:
        """The actors a slot names: the head and its coordinated conjuncts."""
        found: list[_Mention] = []
        for h in (head, *head.conjuncts):
            for m in self.resolve_head(h):
                if all(m.actor_id != f.actor_id or m.sector != f.sector for f in found):
                    found.append(m)
        return found

    # -- slots ---------------------------------------------------------------------------------
    def _passive(self, verb: Token) -> bool:
        return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject heads of a verb, and whether they were inherited."""
        if self._passive(verb):
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return agents, False
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            return subj, False
        if depth < 4 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and verb.head is not verb:
            if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN"):
                return [], False
            if verb.dep_ == "conj" and self._passive(verb.head):
                # "X was indicted by Y and will resign": X resigns
                return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS], True
            head = _governing_verb(verb)
            if head is None:
                return [], False
            heads, _ = self.subjects(head, depth + 1)
            return heads, True
        if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
            return [verb.head], True
        return [], False

    def objects(self, verb: Token) -> list[Token]:
        if self._passive(verb):
            return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
            found = [verb.head]
        return found

    def prep_objects(self, tokens: Iterable[Token], prep: str) -> list[Token]:
        out: list[Token] = []
        for t in tokens:
            for c in t.children:
                if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep:
                    out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                if prep == "to" and c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                    out.append(c)
        return out

    def slot(self, trig: Token, trigger: Trigger, name: str, anchor: list[Token]) -> tuple[list[Token], bool]:
        """Heads for one slot name of a trigger; ``anchor`` is the trigger and its required object."""
        if name == "subj":
            if trigger.pos == "noun":
                gov = trig.head
                if trig.dep_ in ("dobj", "nsubjpass", "pobj") and gov.pos_ in ("VERB", "ADP"):
                    if gov.pos_ == "ADP":
                        gov = gov.head
                    return self.subjects(gov)[0], True
                return [], False
            return self.subjects(trig)
        if name == "dobj":
            if trigger.pos == "noun":
                return self.prep_objects([trig], "of"), False
            return [t for t in self.objects(trig) if t not in anchor], False
        if name == "iobj":
            return [c for c in trig.children if c.dep_ == "dative"], False
        if name == "poss":
            return [c for c in trig.children if c.dep_ == "poss"], False
        if name == "compound":
            return [c for c in trig.children if c.dep_ in ("compound", "amod", "nmod")], False
        if name == "by" and trigger.pos == "verb":
            return self.subjects(trig)[0] if self._passive(trig) else [], False
        if trigger.pos == "verb":
            extra = self.objects(trig)
        else:  # "increasing arms supplies to Taipei": the target may hang on the governing verb
            extra = [trig.head] if trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ == "VERB" else []
        return self.prep_objects([*anchor, *(t for t in extra if t not in anchor)], name), False

    def _location(self, tok: Token, anchor: list[Token]) -> list[_Mention]:
        """Where a material act happened, as its target: "imposed a curfew in Abidjan"."""
        places = [*anchor, *(self.objects(tok) if tok.pos_ == "VERB" else [])]
        places += self.prep_objects(places, "to")  # "troops to a force in Liberia"
        for prep in ("in", "into", "inside", "on", "at", "near"):
            for head in self.prep_objects(places, prep):
                found = self.resolve(head)
                if found:
                    return found
        return []

    # -- triggers ------------------------------------------------------------------------------
    def match(self, tok: Token) -> tuple[Trigger, list[Token]] | None:
        if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            pos = "verb"
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "noun"
        else:
            return None
        if pos == "noun" and not self._eventive_noun(tok):
            return None
        if (
            pos == "verb"
            and tok.lemma_.lower() in self.cues.damage_verbs
            and any(o.lemma_.lower() in self.cues.damage_objects for o in self.objects(tok))
        ):
            return None  # "will destroy relations": a threat, coded by _damage
        for trigger in self.ex.lexicon.candidates(tok.lemma_.lower(), pos):
            anchor = [tok]
            if trigger.particle and not any(
                c.dep_ == "prt" and c.lower_ == trigger.particle for c in tok.children
            ):
                continue
            if trigger.objects:
                if pos == "verb":
                    objs = self.objects(tok) + self.prep_objects([tok], "of")
                else:
                    objs = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
                    objs += self.prep_objects([tok], "of")
                objs = [o for t in objs for o in (t, *t.conjuncts)]
                hit = [o for o in objs if o.lemma_.lower() in trigger.objects or o.lower_ in trigger.objects]
                if not hit:
                    continue
                anchor.extend(hit)
            return trigger, anchor
        return None

    @staticmethod
    def _eventive_noun(tok: Token) -> bool:
        """A nominalisation reports an event where it is an argument of the clause
        ("launched an attack on", "the attack on X killed"), or a headline's head;
        not in background phrases ("in the war with Iraq", "after the attack")."""
        dep = tok.dep_
        while dep == "conj" and tok.head is not tok:
            tok = tok.head
            dep = tok.dep_
        return dep in ("dobj", "nsubj", "nsubjpass", "ROOT", "attr", "appos", "dep", "oprd")

    def run(self) -> Iterator[Finding]:
        for sent in self.doc.sents:
            yield from self._sentence(sent)
            self._remember(sent)

    def _remember(self, sent: Span) -> None:
        seen = {m.token for m in self.history}
        for tok in sent:
            if tok.i in self.span_at and tok.i not in seen and tok.i == self.span_at[tok.i].root.i:
                m = self.resolve_one(tok)
                if m is None:
                    span = self.span_at[tok.i]
                    m = self._from_span(span, tok, None) if span.id_ != NameKind.DEMONYM.value else None
                if m is not None:
                    self.history.append(m)
        self.history.sort(key=lambda m: m.token)

    def _sentence(self, sent: Span) -> Iterator[Finding]:
        # mentions of this sentence are available to anaphora after the pronoun's position
        local = [t for t in sent if t.i in self.span_at and t.i == self.span_at[t.i].root.i]
        for tok in local:
            m = self.resolve_one(tok)
            if m is not None and all(h.token != m.token for h in self.history):
                self.history.append(m)
        self.history.sort(key=lambda m: m.token)
        found: list[Finding] = []
        consumed: set[int] = set()  # objects of verb phrases ("signed an agreement") are not events again
        for tok in sent:
            matched = None if tok.i in consumed else self.match(tok)
            if matched is not None:
                consumed.update(t.i for t in matched[1][1:])
                found.extend(self._events(tok, *matched, sent))
            if tok.lemma_.lower() in self.cues.reporting_verbs and tok.pos_ == "VERB":
                found.extend(self._demand(tok, sent))
            if tok.lemma_.lower() in self.cues.damage_verbs:
                found.extend(self._damage(tok, sent))
        yield from _distinct(found)

    def _first_slot(
        self,
        tok: Token,
        trigger: Trigger,
        names: tuple[str, ...],
        anchor: list[Token],
        *,
        owners: bool = False,
    ) -> tuple[list[_Mention], bool]:
        for name in names:
            heads, inherited = self.slot(tok, trigger, name, anchor)
            if name == "compound":  # "Palestinian riots", "Russian strikes": the adjective is the actor
                found = [m for h in heads for m in (self.resolve(h) or self._span_mentions(h))]
            else:
                found = [m for h in heads for m in self.resolve(h)]
            if not found and owners:
                found = [m for h in heads for m in self.owner(h)]
            if found:
                return found, inherited
        return [], False

    def _shared_targets(self, tok: Token, trigger: Trigger) -> list[_Mention]:
        """A coordinated verb shares its partner's target: "strengthening contacts with
        Taipei and increasing arms supplies" -> Taipei for both."""
        verb = tok if trigger.pos == "verb" else tok.head
        if verb.pos_ != "VERB" or verb.dep_ != "conj":
            return []
        partner = verb.head
        if partner.dep_ == "pcomp":  # "... under the slogan of maintaining X and increasing Y"
            partner = _governing_verb(partner) or partner
        places = [partner, *self.objects(partner)]
        for prep in ("with", "to", "against", "on", "toward", "towards"):
            found = [m for h in self.prep_objects(places, prep) for m in self.resolve(h)]
            if found:
                return found
        return [m for h in self.objects(partner) for m in self.resolve(h)]

    def _complement_targets(self, tok: Token, trigger: Trigger) -> list[_Mention]:
        """Targets inside the action an actor agrees, offers, refuses or demands to take:
        "agreed to provide aid to Romania" -> Romania."""
        quad = trigger.relation.plover.quad.value
        verbal = quad.startswith("verbal")
        clauses = [
            c
            for c in tok.children
            if c.dep_ == "xcomp"
            or (verbal and c.dep_ == "ccomp")
            or (
                quad.endswith("cooperation")
                and c.dep_ == "advcl"
                and any(k.lower_ == "to" for k in c.children)
            )
        ]
        for clause in clauses:
            if clause.dep_ == "ccomp":  # "demanded that Hamas renounce ...", "warned that Iran would ..."
                found = [m for h in self.subjects(clause)[0] for m in self.resolve(h)]
                if found:
                    return found
            for t in clause.subtree:
                if t.dep_ in ("dobj", "pobj", "dative") and t.head.i != tok.i:
                    found = self.resolve(t) or self.owner(t)
                    if found:
                        return found
        return []

    def _nearest(self, tok: Token, sent: Span, *, after: bool, exclude: set[str]) -> list[_Mention]:
        """The nearest actor mention before or after ``tok`` in its sentence (the shallow
        fallback of pattern coders when the parse gives no slot)."""
        tokens = range(tok.i + 1, sent.end) if after else range(tok.i - 1, sent.start - 1, -1)
        for i in tokens:
            t = self.doc[i]
            if after and t.lemma_.lower() in self.cues.reporting_verbs and t.pos_ == "VERB":
                return []  # "..., the ministry said": what follows is attribution
            if after and self._speaker_phrase(t):
                return []
            if i in self.span_at and i == self.span_at[i].root.i:
                found = [m for m in self.resolve_head(t) if m.actor_id not in exclude]
                if not found and self.span_at[i].id_ == NameKind.DEMONYM.value:
                    span = self.span_at[i]
                    m = self._from_span(span, t, None)
                    found = [m] if m and m.actor_id not in exclude else []
                if found:
                    for m in found:
                        m.via = "nearest"
                    return found
        return []

    def _main_clause(self, tok: Token) -> bool:
        """Whether a verb is the main predicate of its sentence (or of what a speaker says)."""
        t = tok
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ == "ROOT":
            return True
        return t.dep_ == "ccomp" and t.head.lemma_.lower() in self.cues.reporting_verbs

    def _speaker_phrase(self, tok: Token) -> bool:
        """Whether a token is in the subject of a reporting verb ("South Korea's military said")."""
        t = tok
        for _ in range(4):
            if t.dep_ in SUBJECTS and t.head.lemma_.lower() in self.cues.reporting_verbs:
                return True
            if t.head is t:
                return False
            t = t.head
        return False

    def _suppressed(self, tok: Token, trigger: Trigger) -> bool:
        """ "Police dispersed the demonstration": a protest noun governed by a verb of repression."""
        return (
            trigger.relation.plover is Plover.PROTEST
            and trigger.pos == "noun"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in self.cues.suppress_verbs
        )

    def _events(self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span) -> Iterator[Finding]:
        if self._suppressed(tok, trigger) and self.ex.lexicon.candidates(tok.head.lemma_.lower(), "verb"):
            return  # "dispersed the protest": the verb is coded on its own
        if self._suppressed(tok, trigger):  # the repressor acts on the protesters
            protesters, _ = self._first_slot(tok, trigger, trigger.source, anchor)
            repressors = [m for h in self.subjects(tok.head)[0] for m in self.resolve(h)]
            repression = self.ex.vocabulary.relation(self.cues.suppress_cameo, Plover.COERCE)
            for s in repressors:
                for t in protesters:
                    if s.actor_id != t.actor_id or _domestic(s.sector, t.sector):
                        yield Finding(
                            s.side(),
                            t.side(),
                            repression.plover.value,
                            repression.mode,
                            repression.cameo,
                            repression.goldstein,
                            tok.head.idx,
                            tok.idx + len(tok),
                            sent.start_char,
                            sent.end_char,
                            0.7,
                            False,
                            False,
                        )
            return
        sources, inherited = self._first_slot(tok, trigger, trigger.source, anchor)
        if not sources and trigger.pos == "verb" and self.ex.shallow_fallback and self._main_clause(tok):
            sources = self._nearest(tok, sent, after=False, exclude=set())
        if not sources and trigger.pos == "verb":
            return
        targets, _ = self._first_slot(tok, trigger, trigger.target, anchor, owners=True)
        own_target = bool(targets)
        if not targets and trigger.pos == "verb":
            targets = self._complement_targets(tok, trigger)
        if not targets:
            targets = self._shared_targets(tok, trigger)
        if not targets and trigger.relation.plover.quad.value.startswith("material"):
            targets = [
                t for t in self._location(tok, anchor) if all(t.actor_id != s.actor_id for s in sources)
            ]
        if not targets and relation_plover(trigger) is Plover.PROTEST:
            # a protest with no named target is against the protesters' own government
            targets = [
                _Mention(
                    s.actor_id, Sector.GOVERNMENT.value, None, s.token, s.start, s.end, "implied", "state"
                )
                for s in sources[:1]
                if s.sector in _SOCIETY and self.ex.gazetteer.actor(s.actor_id).kind is ActorKind.STATE
            ]
        if not targets and self.ex.shallow_fallback and sources and self._main_clause(tok):
            targets = self._nearest(anchor[-1], sent, after=True, exclude={s.actor_id for s in sources})
        if not sources:
            return
        relation, negated, hypothetical = self._code(tok, trigger)
        if relation is None:
            return
        confidence = 0.85 - (0.1 if inherited else 0) - (0.1 if trigger.pos == "noun" else 0)
        pairs: list[tuple[_Mention, _Mention | None]] = []
        if not targets and self.ex.require_target and not (trigger.reciprocal and len(sources) > 1):
            return
        if targets:
            pairs = [(s, t) for s in sources for t in targets]
            if trigger.reciprocal and own_target and _mutual(relation) and relation == trigger.relation:
                pairs += [(t, s) for s in sources for t in targets]
        elif trigger.reciprocal and len(sources) > 1:
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        else:
            pairs = [(s, None) for s in sources]
        t_end = max(a.idx + len(a) for a in anchor)
        for source, target in pairs:
            same = target is not None and source.actor_id == target.actor_id
            if same and target is not None and not _domestic(source.sector, target.sector):
                continue
            c = confidence - (0.15 if source.via == "anaphora" else 0)
            c -= 0.1 if target is not None and target.via == "anaphora" else 0
            c -= 0.25 * ((source.via == "nearest") + (target is not None and target.via == "nearest"))
            yield Finding(
                source.side(),
                target.side() if target else None,
                relation.plover.value,
                relation.mode,
                relation.cameo,
                relation.goldstein,
                tok.idx,
                t_end,
                sent.start_char,
                sent.end_char,
                round(max(0.05, min(0.99, c)), 3),
                negated,
                hypothetical,
            )

    # -- flags and recoding --------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs governing it through xcomp/ccomp (nearest first)."""
        chain = [tok]
        t = tok
        while t.dep_ in ("xcomp", "pobj", "pcomp", "dobj", "acomp") and t.head is not t and len(chain) < 5:
            t = t.head
            chain.append(t)
        return chain

    def _reported(self, verb: Token) -> bool:
        """Whether a clause is what someone says ("Erdogan said Turkey would ...")."""
        t = verb
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.dep_ == "ccomp" and t.head.lemma_.lower() in self.cues.reporting_verbs

    def _code(self, tok: Token, trigger: Trigger) -> tuple[Relation | None, bool, bool]:
        cues = self.cues
        chain = self._chain(tok)
        negated = False
        hypothetical = False
        commit: str | None = None
        halted = False
        refused = False
        if (
            trigger.relation.plover is Plover.PROTEST
            and trigger.pos == "noun"
            and len(chain) > 1
            and chain[1].lemma_.lower() in cues.suppress_verbs
        ):
            # "police dispersed the demonstration": repression of the protest by the verb's subject
            return self.ex.vocabulary.relation(cues.suppress_cameo, Plover.COERCE), False, False
        for n, t in enumerate(chain):
            kids = list(t.children)
            if any(
                k.dep_ == "neg" or (k.lower_ in cues.negation_words and k.dep_ in ("neg", "advmod", "det"))
                for k in kids
            ):
                negated = not negated
            if n > 0 and t.lemma_.lower() in cues.negation_verbs:
                negated = not negated
            if n > 0 and t.lemma_.lower() in cues.refusal_verbs and tok.dep_ == "xcomp":
                refused = True
            lemma = t.lemma_.lower()
            if n > 0 and (lemma in cues.halt_verbs or f"{lemma} {_particle(t)}" in cues.halt_verbs):
                halted = True
                continue
            if any(k.dep_ == "advcl" and any(m.lower_ == "unless" for m in k.children) for k in kids):
                commit = "threaten"
            if n > 0 and lemma in cues.commit_verbs:
                commit = lemma
            elif n > 0 and lemma in cues.modal_verbs:
                hypothetical = True
            for k in kids:
                if (
                    n == 0
                    and k.dep_ == "aux"
                    and (k.lower_ in cues.future_auxiliaries or (k.lower_ == "would" and self._reported(t)))
                ):
                    commit = commit or "will"  # "X will ...", "X said it would ..."
                elif (
                    (k.dep_ == "aux" and k.lower_ in cues.modal_auxiliaries)
                    or (k.dep_ in ("amod",) and k.lemma_.lower() in cues.modal_adjectives)
                    or (k.dep_ == "mark" and k.lower_ in cues.modal_markers)
                ):
                    hypothetical = True
        if any(k.dep_ == "aux" and k.lower_ in cues.demand_modals for k in tok.children):
            return None, negated, hypothetical  # "Y must withdraw": the content of a demand, not an act
        relation = trigger.relation
        plover = relation.plover
        if refused and not negated and plover.value in cues.refusal_cameo:
            return self.ex.vocabulary.relation(cues.refusal_cameo[plover.value], Plover.REJECT), False, False
        if refused and not negated:
            negated = True  # "refused to attack": nothing happened
        if halted and plover.value in cues.halt_cameo:
            code = cues.halt_cameo[plover.value]
            return self.ex.vocabulary.relation(code, Plover.SANCTION), negated, hypothetical
        if halted and plover.quad.value.endswith("conflict") and trigger.pos == "noun":
            return None, negated, hypothetical  # "lifted the blockade": the lifting is the event
        if commit and plover not in (
            Plover.AGREE,
            Plover.THREATEN,
            Plover.REQUEST,
            Plover.ACCUSE,
            Plover.REJECT,
        ):
            if commit in ("threaten", "warn") or plover.quad.value.endswith("conflict"):
                intent = cues.threaten_cameo.get(plover.value)
                target_plover = Plover.THREATEN
            else:
                intent = cues.agree_cameo.get(plover.value)
                target_plover = Plover.AGREE
            if intent is not None:
                relation = self.ex.vocabulary.relation(intent, target_plover)
                hypothetical = False
        elif commit == "threaten" and plover is not Plover.THREATEN:
            relation = self.ex.vocabulary.relation(
                cues.threaten_cameo.get(plover.value, "130"), Plover.THREATEN
            )
        if commit and commit != "will" and hypothetical:
            hypothetical = False
        return relation, negated, hypothetical

    # -- speakers -----------------------------------------------------------------------------
    def attribution(self, sent: Span) -> list[_Mention]:
        """The speaker a headline names at its end: "... will destroy ties — Russia"."""
        toks = [t for t in sent if not t.is_space]
        while toks and toks[-1].is_punct and toks[-1].text not in "—–-:":
            toks.pop()
        if len(toks) < 3:
            return []
        span = self.span_at.get(toks[-1].i)
        if span is None or span.start == 0:
            return []
        before = self.doc[span.start - 1]
        if before.text in ("—", "–", "-", ":", "--"):
            return self.resolve(self.doc[span.root.i])
        return []

    def speakers(self, tok: Token, sent: Span) -> list[_Mention]:
        """Who says what ``tok`` belongs to: the subject of the reporting verb
        governing its clause, or the speaker a headline names."""
        t = tok
        for _ in range(6):
            if t.dep_ in ("ccomp", "parataxis", "advcl") or (t.dep_ == "ROOT" and t is not tok):
                head = t.head if t.dep_ != "ROOT" else t
                if head.lemma_.lower() in self.cues.reporting_verbs:
                    found = [m for h in self.subjects(head)[0] for m in self.resolve(h)]
                    if found:
                        return found
            if t.head is t:
                break
            t = t.head
        return self.attribution(sent)

    # -- threats to relations ------------------------------------------------------------------
    def _damage(self, verb: Token, sent: Span) -> Iterator[Finding]:
        """ "X's move will destroy relations", said by S -> S THREATEN X (reduce relations)."""
        objects = [o for o in self.objects(verb) if o.lemma_.lower() in self.cues.damage_objects]
        future = any(k.dep_ == "aux" and k.lower_ in self.cues.modal_auxiliaries for k in verb.children)
        if not objects or not future:
            return
        speakers = self.speakers(verb, sent)
        if not speakers:
            return
        said = {m.actor_id for m in speakers}
        candidates: list[_Mention] = []
        for obj in objects:  # "relations between Moscow and Seoul", "ties with Seoul"
            for prep in ("between", "with"):
                candidates += [m for h in self.prep_objects([obj], prep) for m in self.resolve(h)]
        for subj in self.subjects(verb)[0]:  # "Seoul's arms supply will destroy ..."
            for t in subj.subtree:
                if t.i in self.span_at and t.i == self.span_at[t.i].root.i:
                    candidates += self.resolve_head(t)
        targets = [m for m in candidates if m.actor_id not in said]
        if not targets:
            return
        relation = self.ex.vocabulary.relation(self.cues.damage_cameo, Plover.THREATEN)
        for s in speakers:
            yield Finding(
                s.side(),
                targets[0].side(),
                relation.plover.value,
                relation.mode,
                relation.cameo,
                relation.goldstein,
                verb.idx,
                verb.idx + len(verb),
                sent.start_char,
                sent.end_char,
                0.6,
                False,
                False,
            )

    # -- reported demands ----------------------------------------------------------------------
    def _demand(self, verb: Token, sent: Span) -> Iterator[Finding]:
        """ "X said Y must ..." -> X REQUEST Y."""
        speakers = [m for h in self.subjects(verb)[0] for m in self.resolve(h)]
        if not speakers:
            return
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            modal = next(
                (k for k in clause.children if k.dep_ == "aux" and k.lower_ in self.cues.demand_modals), None
            )
            if modal is None:
                continue
            targets = [m for h in self.subjects(clause)[0] for m in self.resolve(h)]
            relation = self.ex.vocabulary.relation("100", Plover.REQUEST)
            for s in speakers:
                for t in targets:
                    if t.actor_id != s.actor_id:
                        yield Finding(
                            s.side(),
                            t.side(),
                            relation.plover.value,
                            relation.mode,
                            relation.cameo,
                            relation.goldstein,
                            modal.idx,
                            modal.idx + len(modal),
                            sent.start_char,
                            sent.end_char,
                            0.6,
                            False,
                            False,
                        )


_QUANTITIES = {
    "thousand",
    "hundred",
    "dozen",
    "million",
    "score",
    "group",
    "number",
    "crowd",
    "team",
    "delegation",
    "handful",
    "couple",
    "pair",
    "member",
    "tens",
    "some",
}
_SOCIETY = {
    "rebels",
    "opposition",
    "civilians",
    "police",
    "judiciary",
    "legislature",
    "business",
    "religious",
}


def _domestic(source: str | None, target: str | None) -> bool:
    """Whether two mentions of one state are two sides of a domestic event
    (government and rebels, police and protesters, a court and the government)."""
    if source == target:
        return False
    if source is None or target is None:
        return (source or target) in _SOCIETY
    return True


def relation_plover(trigger: Trigger) -> Plover:
    return trigger.relation.plover


def _mutual(relation: Relation) -> bool:
    """Whether "A <does> with B" is an act of both (meeting, negotiating, cooperating,
    agreeing, signing), not only of A ("strengthened ties with B")."""
    return relation.plover in (Plover.CONSULT, Plover.COOPERATE, Plover.AGREE) or relation.cameo == "057"


def _governing_verb(verb: Token) -> Token | None:
    """The verb a clause hangs on, through a preposition and its noun if need be
    ("strengthening contacts under the slogan of maintaining ..." -> strengthening)."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head is head:
            return None
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _particle(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


def _distinct(found: list[Finding]) -> Iterator[Finding]:
    """One finding per (source, target, category) in a sentence; an event with no
    target is dropped when its source has a targeted one there."""
    targeted = {(f.source.actor_id, f.plover) for f in found if f.target}
    sources_with_target = {f.source.actor_id for f in found if f.target}
    seen: set[tuple[str, str | None, str, bool]] = set()
    for f in found:
        target = f.target.actor_id if f.target else None
        if target is None and (
            (f.source.actor_id, f.plover) in targeted or f.source.actor_id in sources_with_target
        ):
            continue
        key = (f.source.actor_id, target, f.plover, f.negated)
        if key not in seen:
            seen.add(key)
            yield f


@Language.factory("diplograph_relations", default_config={"cues_path": None, "require_target": True})
def make_relation_extractor(
    nlp: Language, name: str, cues_path: str | None, require_target: bool
) -> RelationExtractor:
    """``require_target``: code only events with a recipient (the graph is of relations);
    set it to false to also keep one-sided events ("Iran mobilised troops")."""
    return RelationExtractor(
        nlp, name, cues_path=Path(cues_path) if cues_path else None, require_target=require_target
    )
