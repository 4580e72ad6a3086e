"""How the source and the target of an event are found: two ordered lists of named
strategies. The first strategy that finds someone wins, and its name is recorded
on the event (``source_via``, ``target_via``) and shown by ``diplograph explain``.

Each strategy is a small function over one :class:`Act` (the trigger in its
sentence) and a :class:`Reader` (the doc's actors and the slot walkers); its
docstring gives the kind of sentence it is for. To add a rule, write a strategy and
put it in its place in :data:`SOURCE_STRATEGIES` or :data:`TARGET_STRATEGIES`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, partial
from typing import NamedTuple

from diplograph.extract.actors import in_report_source
from diplograph.extract.cues import Cues
from diplograph.extract.lexicon import Trigger
from diplograph.extract.mentions import (
    ARMED,
    SOCIETY,
    ActorResolver,
    Category,
    Mention,
    Via,
    armed_backers,
    same_side,
)
from diplograph.extract.syntax import (
    CIRCUMSTANCE,
    LOCATIVE,
    SUBJECTS,
    answered_act,
    cargo,
    casualty_clause,
    chain,
    children,
    clause_of,
    conjuncts,
    coordinated_modifiers,
    dependents,
    first_conjunct,
    free_relative_object,
    governing_verb,
    has_to,
    inverted_condition,
    is_passive,
    light_verb,
    main_clause,
    noun_clauses,
    object_predicated,
    objects,
    occasion_clause,
    participle_agents,
    passive_subjects,
    pobjects,
    predicates,
    prep_objects,
    prep_objects_in,
    preps,
    reported,
    reporting_head,
    shares_passive,
    subjects,
    summed_up_saying,
    summing_up,
    tail_hung_on_the_verb,
    trailing_predicates,
    verdict_speaker,
    visit_phrase,
    visiting_participle,
)
from diplograph.extract.triggers import (
    TriggerMatcher,
    granted_request,
    granting_clause,
    has_particle,
    phone_call,
)
from diplograph.ontology.gazetteer import NameKind
from spacy.tokens import Span, Token

from diplograph.model import ActorKind, Plover, QuadClass, Sector

#: the name a slot of the lexicon is recorded under when it finds an actor
SLOT_NAMES = {
    "subj": "subject",
    "dobj": "object",
    "iobj": "indirect_object",
    "poss": "possessor",
    "compound": "modifier",
    "by": "agent",
}
ON_PEOPLE = (Plover.COERCE, Plover.ASSAULT, Plover.CONCEDE, Plover.RETREAT)  # done to a place's people
_LOCATION_PREPS = ("in", "into", "inside", "on", "at", "near", "across", "throughout", "outside")


#: adverbs of direction a verb's preposition may hang on ("handed the town back to Kyiv")
_DIRECTIONS = frozenset({"back", "over", "out", "away"})


def slot_name(slot: str) -> str:
    """ "subj" -> "subject", "to" -> "to_phrase"."""
    return SLOT_NAMES.get(slot, f"{slot}_phrase")


class Act(NamedTuple):
    """One trigger in its sentence; ``sources`` once they are found. (A named tuple, not
    a frozen dataclass: one is made for every trigger, and this is the hot path.)"""

    tok: Token
    trigger: Trigger
    anchor: list[Token]
    sent: Span
    verb: Token  # the trigger, or the light verb of an event noun ("engaged in shelling")
    sources: tuple[Mention, ...] = ()
    mutual: bool = False  # "A and B signed": an act among the sources

    @property
    def plover(self) -> Plover:
        return self.trigger.relation.plover

    @property
    def quad(self) -> str:
        return self.plover.quad  # (a str enum: its ``.value``, slow to read, is not needed)

    @property
    def is_verb(self) -> bool:
        return self.trigger.pos == "verb"


class Found(NamedTuple):
    """What a strategy found, and the name it is recorded under (immutable, cheap)."""

    mentions: list[Mention]
    via: str
    inherited: bool = False  # a subject taken from a governing clause
    own: bool = True  # a target the trigger's own phrase names


#: every category: a strategy that reads acts of any kind
ANY_CATEGORY = frozenset(Plover)


@dataclass(frozen=True, slots=True)
class Strategy:
    """A named way of finding an act's source or target, with the sentence it is for, and
    the acts it reads: of a part of speech (``verb``: verbs only; ``verb=False``: nouns and
    the rest only), of some categories (``plovers``), a verdict's own trigger or not
    (``verdict``). The finders skip it for any other act without calling it; its function
    may take those conditions as given."""

    name: str
    find: Callable[[Reader, Act], Found | None]
    example: str
    verb: bool | None = None
    plovers: frozenset[Plover] = ANY_CATEGORY
    verdict: bool = False

    def reads(self, plover: Plover, is_verb: bool, verdict: bool) -> bool:
        """Whether the strategy reads an act of this category, part of speech and kind."""
        return (
            (self.verb is None or self.verb is is_verb) and plover in self.plovers and self.verdict is verdict
        )

    def __call__(self, reader: Reader, act: Act) -> Found | None:
        if not self.reads(act.plover, act.is_verb, act.trigger.verdict):
            return None
        return self.find(reader, act)


def _agent_of_the_noun_before(noun: Token) -> list[Token]:
    """ "protested over mortar fire by Pakistani troops": a "by" agent the parser hung on an
    active verb (which has no agent of its own) belongs to the event noun before it, the
    object of the verb's preposition."""
    return [g for c in tail_hung_on_the_verb(noun) if c.dep_ == "agent" for g in pobjects(c)]


def _own_clause(a: Act) -> Token | None:
    """The verb of the act's clause when it has a subject of its own ("..., and Moscow
    vowed to respond": vowed), not one whose doer comes from the clause it hangs on
    ("summoned the envoy to complain")."""
    if not a.is_verb:
        return None
    verb = a.tok
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        if children(verb, "dobj"):
            return verb  # "prompting Minsk to vow a response": its object is its subject
    # "..., and Moscow's embassy called the move absurd and promised a response": a verb
    # sharing its subject with the one before is of that one's clause
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not children(verb, "nsubj"):
        verb = verb.head
    return verb if any(c.dep_ == "nsubj" for c in dependents(verb)) else None


def _named_first(found: list[Mention]) -> list[Mention]:
    """ "An Israeli missile strike on a house in Gaza City": a modifier named (Israeli) says
    whose the act is; one only placed by where the sentence is set (the missile, taken for
    Gaza's forces) does not then."""
    named = [m for m in found if m.via not in (Via.CONTEXT, Via.LOCATION)]
    return named or found


def _found(mentions: list[Mention], name: str, *, own: bool = False) -> Found | None:
    return Found(mentions, name, own=own) if mentions else None


class Move(NamedTuple):
    """A demand or a show of force made earlier in the article, which a later sentence (or
    a later clause of its own) may answer: who did it to whom, in which sentence (its first
    token), at which trigger token."""

    plover: Plover
    source: Mention
    target: Mention
    sentence: int
    at: int


class Reader:
    """The slot walkers of one doc: its actors (the resolver), the trigger matcher and
    the cue words."""

    def __init__(
        self, actors: ActorResolver, matcher: TriggerMatcher, cues: Cues, *, shallow_fallback: bool = True
    ) -> None:
        self.actors = actors
        self.matcher = matcher
        self.cues = cues
        self.shallow_fallback = shallow_fallback
        self.moves: list[Move] = []  # the article's acts so far
        self.deeds: list[Move] = []  # ... and those told with no one they were done to (target = source)
        self._subjects: dict[int, tuple[tuple[Token, ...], bool]] = {}

    def remember_move(self, plover: Plover, source: Mention, target: Mention, sentence: int, at: int) -> None:
        """ "Kyiv asked Berlin for air defences", "Bangkok sent troops to the border": what a
        later sentence may answer or condemn."""
        self.moves.append(Move(plover, source, target, sentence, at))

    def answered(self, a: Act, moves: frozenset[Plover], *, same_sentence: bool = False) -> list[Mention]:
        """Who made the last of ``moves`` on the act's sources in the two sentences before, or
        (``same_sentence``) earlier in its own sentence ("Chisinau expelled a Russian
        diplomat, and Moscow vowed to respond")."""
        start = self.actors.sentence_of(a.tok.i)[0]
        sources = {s.actor_id for s in a.sources}
        verb = _own_clause(a) if same_sentence else None

        def earlier(m: Move) -> bool:
            return m.sentence < start or (verb is not None and m.at < a.tok.i and m.at != verb.i)

        # (not one of their own: "sanctions over Tehran's crackdown on protests, a step Tehran
        # condemned" answers the sanctions; the opposition answers police arrests)
        return self._last(
            moves,
            start,
            lambda m: (
                earlier(m)
                and m.target.actor_id in sources
                and not any(same_side(s, m.source) for s in a.sources)
            ),
        )

    def remember_deed(self, plover: Plover, source: Mention, sentence: int, at: int) -> None:
        """ "Latvia's parliament voted to tear down a Soviet monument": an act told with no one it
        was done to, which a later clause may still condemn ("Moscow condemned the decision")."""
        self.deeds.append(Move(plover, source, source, sentence, at))

    def last_deed(self, a: Act, kinds: frozenset[Plover]) -> list[Mention]:
        """Who did the last of ``kinds`` told with no one it was done to, earlier in this sentence
        or in the two before, not on the act's sources' side."""
        return self._last(
            kinds,
            self.actors.sentence_of(a.tok.i)[0],
            lambda d: d.at < a.tok.i and not any(same_side(s, d.source) for s in a.sources),
            self.deeds,
        )

    def last_move(self, a: Act, moves: frozenset[Plover], *, abroad: bool = False) -> list[Mention]:
        """Who made the last of ``moves`` (on anyone but the act's sources; ``abroad``: on
        another state) earlier in this sentence or in the two before."""
        own = {s.actor_id for s in a.sources}

        def wanted(m: Move) -> bool:
            return m.source.actor_id not in own and not (abroad and m.target.actor_id == m.source.actor_id)

        return self._last(moves, self.actors.sentence_of(a.tok.i)[0], wanted)

    def own_move_target(self, a: Act, kinds: frozenset[Plover] | None = None) -> list[Mention]:
        """Whom the act's sources made their last move on earlier in its own sentence
        ("Beijing announced sanctions on US firms, calling the sale ...": the US firms)."""
        start, own = self.actors.sentence_of(a.tok.i)[0], {s.actor_id for s in a.sources}
        kinds = kinds or _ANSWERED
        made = [
            m
            for m in self.moves
            if m.sentence == start and m.at < a.tok.i and m.source.actor_id in own and m.plover in kinds
        ]
        if not made:
            return []
        last = [m.target for m in made if m.at == made[-1].at]  # "sanctions on Seoul and Washington"
        return [replace(t, via=Via.ANAPHORA) for i, t in enumerate(last) if t not in last[:i]]

    def _two_before(self, start: int) -> int:
        """The start of the sentence two before the one starting at ``start`` (or of the first)."""
        for _ in range(2):
            if start > 0:
                start = self.actors.sentence_of(start - 1)[0]
        return start

    def _last(
        self,
        moves: frozenset[Plover],
        start: int,
        wanted: Callable[[Move], bool],
        pool: list[Move] | None = None,
    ) -> list[Mention]:
        """The maker of the last of ``moves`` (in ``pool``: the moves, or the deeds) from the
        sentence two before the one starting at ``start`` up to this one, that is ``wanted``."""
        pool = self.moves if pool is None else pool
        earliest = self._two_before(start)
        for m in reversed(pool):
            if m.plover in moves and earliest <= m.sentence <= start and wanted(m):
                # all who made it together: "Riyadh, Abu Dhabi and Manama severed ties with Doha"
                makers = [n.source for n in pool if n.at == m.at and n.plover == m.plover and wanted(n)]
                unique = [
                    n for i, n in enumerate(makers) if all(n.actor_id != o.actor_id for o in makers[:i])
                ]
                return [replace(n, via=Via.ANAPHORA) for n in unique]
        return []

    # -- the walkers, bound to this doc --------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """The verb's subjects, and whether inherited from a governing clause (read once a verb:
        the strategies of one act ask again and again; what a word names, once resolved, stays
        so for the doc); a new list at each call."""
        if verb.i not in self._subjects:
            read, inherited = self._read_subjects(verb)
            self._subjects[verb.i] = (tuple(read), inherited)
        heads, inherited = self._subjects[verb.i]
        return list(heads), inherited

    def _read_subjects(self, verb: Token) -> tuple[list[Token], bool]:
        if self._brokered_purpose(verb):
            return [], False
        if self._summoned_to(verb):
            return subjects(verb.head, self.cues.commit_verbs, self.actors.names_actor)[0], True
        return subjects(verb, self.cues.commit_verbs, self.actors.names_actor)

    def _summoned_to(self, verb: Token) -> bool:
        """ "Dodoma summoned the Kenyan envoy to protest against the arrests": what the
        summoned envoy is called in for is done by the summoner (not object control, as in
        "urged Seoul to refrain")."""
        return (
            verb.dep_ in ("xcomp", "advcl")
            and has_to(verb)
            and not any(c.dep_ in SUBJECTS for c in dependents(verb))
            and verb.head.lemma_.lower() in self.cues.summoning_verbs
        )

    def _brokered_purpose(self, verb: Token) -> bool:
        """ "Beijing brokered a deal to restore relations between the two rivals": what a
        mediated deal is for is done by its parties, not by the go-between."""
        if (
            verb.dep_ not in ("advcl", "xcomp", "acl")
            or not has_to(verb)
            or any(c.dep_ in SUBJECTS for c in dependents(verb))
        ):
            return False
        governing = governing_verb(verb)
        return governing is not None and governing.lemma_.lower() in self.cues.mediation_participles - {
            "back",
            "host",
        }

    def subject_mentions(self, verb: Token) -> list[Mention]:
        return [m for h in self.subjects(verb)[0] for m in self.actors.resolve(h)]

    def light_verb(self, tok: Token) -> list[Token]:
        return light_verb(tok, self.cues.light_verbs)

    def main_clause(self, tok: Token) -> bool:
        return main_clause(tok, self.cues.reporting_verbs)

    def conflict_act(self, tok: Token) -> bool:
        """Whether a clause's verb is a trigger of a conflict act ("impose sanctions")."""
        matched = self.matcher.match(tok)
        return matched is not None and matched.trigger.relation.plover.quad.value.endswith("conflict")

    # -- the lexicon's slots -------------------------------------------------------------------
    def slot(self, act: Act, name: str) -> tuple[list[Token], bool]:
        """Heads for one slot name of a trigger; the anchor is the trigger and its required object."""
        trig, trigger, anchor = act.tok, act.trigger, act.anchor
        if name == "subj":
            return self._subject_slot(act)
        if name == "dobj":
            if trigger.pos == "noun":
                return prep_objects([trig], "of"), False
            found = objects(trig) or free_relative_object(trig)
            if (
                act.quad.startswith("verbal")
                and trig.dep_ == "relcl"
                and [t.tag_ for t in found] in (["WP"], ["WDT"])
            ):
                # "three officials, whom it accused of ...": the relative pronoun stands for the noun (a
                # material act's relative clause is a description: "whom they had taken hostage")
                found = [trig.head]
            if not found and shares_passive(trig, self.cues.statement_verbs):
                found = passive_subjects(trig)  # "the envoy was summoned and told to leave"
            # "summoned Russia's ambassador": the required object itself may name the target,
            # after any other ("received Syria's foreign minister, the latest sign of a thaw":
            # the parser's second object is an apposition to the clause)
            return [t for t in found if t not in anchor] + [t for t in found if t in anchor], False
        if name == "iobj" and act.is_verb and is_passive(trig):
            # "the envoy was given 48 hours": the recipient is the passive's subject
            return children(trig, "dative") or passive_subjects(trig), False
        if name == "poss" and act.is_verb:
            # "would not accept Britain's offer", "accepted a U.S. proposal": whose the phrase's
            # object is
            return [c for o in anchor[1:] for c in children(o, "poss", "compound", "amod", "nmod")], False
        if name in ("iobj", "poss", "compound"):
            deps = {"iobj": ("dative",), "poss": ("poss",), "compound": ("compound", "amod", "nmod")}[name]
            return children(trig, *deps), False
        if name == "by":
            return self._agent_slot(act), False
        return self._prep_slot(act, name), False

    def _subject_slot(self, act: Act) -> tuple[list[Token], bool]:
        trig, trigger = act.tok, act.trigger
        if trigger.pos == "noun":
            return self._noun_subject(trig)
        if trig.lower_ == trigger.lemma != trig.lemma_.lower() and is_passive(trig):
            return children(trig, "nsubjpass"), False  # "X is opposed to"
        return self.subjects(trig)

    def _noun_subject(self, trig: Token) -> tuple[list[Token], bool]:
        """The subject of the verb an event noun is the object of ("launched an attack")."""
        first = trig
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "launched artillery, mortar and rocket fire"
        gov = first.head
        if first.dep_ not in ("dobj", "nsubjpass", "pobj") or gov.pos_ not in ("VERB", "ADP"):
            return [], False
        if gov.pos_ == "ADP" and gov.lower_ in ("during", "at"):
            return [], False  # "police detained a man during a rally": not the police's rally
        if gov.pos_ == "ADP":
            gov = gov.head
        if gov.lemma_.lower() in self.cues.measures and gov.dep_ in ("dobj", "nsubjpass"):
            gov = gov.head  # "began ten days of war games"
        if self._speech_act(gov):
            return [], False  # "Paris condemned the detention of its teachers": not Paris's
        if gov.lemma_.lower() in self.cues.overseeing_verbs:
            return [], False  # "observers sent to verify the truce": not the observers' truce
        if gov.lemma_.lower() in self.cues.undergoing_verbs:
            return [], False  # "refugees who fled a military crackdown": not the refugees' crackdown
        return self.subjects(gov)[0], True

    def _speech_act(self, verb: Token) -> bool:
        """A verb that judges, asks for or discusses an act (condemns, welcomes, demands,
        rejects, discusses it), not one that does or promises it ("launched an attack",
        "agreed to talks", "hosted talks")."""
        if verb.lemma_.lower() in self.cues.decision_verbs:
            return False  # "Malawi ordered the expulsion of ...": its own act, decided
        if verb.lemma_.lower() in self.cues.topic_verbs:
            return True  # "Biden discussed the war with Scholz": a topic, not an act
        matched = self.matcher.match(verb)
        # ("described weeks of negotiations with the IMF as a battle": its own talks, described)
        return (
            matched is not None
            and matched.trigger.relation.plover in _JUDGING
            and not matched.trigger.named_only
        )

    def _agent_slot(self, act: Act) -> list[Token]:
        trig = act.tok
        if act.is_verb:
            return self.subjects(trig)[0] if is_passive(trig) else []
        # "the attack by X", "the demonstration staged by students" (not "a truce brokered by
        # Qatar": a go-between, no party); "the expulsion of four diplomats by Poland", the
        # parser hanging the agent on the noun's "of" object
        staged = [
            c
            for c in dependents(trig)
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in self.cues.mediation_participles
        ]
        return (
            prep_objects([*act.anchor, *staged], "by")
            or prep_objects(prep_objects([trig], "of"), "by")
            or _agent_of_the_noun_before(trig)
        )

    def _prep_slot(self, act: Act, prep: str) -> list[Token]:
        trig, anchor = act.tok, act.anchor
        if act.is_verb:  # "launched artillery and rocket fire against ..."
            extra = [c for o in objects(trig) for c in (o, *conjuncts(o))]
            # "pulled out of Kherson": the preposition hangs on the particle
            extra += [
                c for c in dependents(trig) if act.trigger.particle and c.lower_ == act.trigger.particle
            ]
            # "handing the territory back to Azerbaijan": the parser hangs it on the adverb
            extra += [c for c in dependents(trig) if c.dep_ == "advmod" and c.lower_ in _DIRECTIONS]
            extra += self._medium(trig)
        else:  # "increasing arms supplies to Taipei": the target may hang on the governing verb
            extra = [trig.head] if trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ == "VERB" else []
            extra += self.light_verb(trig)
            extra += prep_objects([trig], "of")  # "the withdrawal of troops from Panama"
            extra += prep_objects([trig], "by")  # "an attack by militants on a base": the parser's hook
        heads = prep_objects([*anchor, *(t for t in extra if t not in anchor)], prep)
        # "mortar fire by Pakistani troops into Kunar": the parser hanging both on the verb
        if not act.is_verb:
            heads += [g for c in tail_hung_on_the_verb(trig) if c.lower_ == prep for g in pobjects(c)]
        return [h for h in heads if h.i != trig.i]  # "insisted on its demands": not itself

    def _medium(self, verb: Token) -> list[Token]:
        """ "spoke by telephone with Zelenskiy": the parser hangs the party on the medium."""
        return [
            m
            for m in prep_objects_in([verb], ("by", "over", "via"))
            if m.lemma_.lower() in self.cues.call_media
        ]

    def first_slot(self, act: Act, names: tuple[str, ...], *, owners: bool = False) -> Found | None:
        """The actors of the first slot in ``names`` that names any."""
        for name in names:
            heads, inherited = self.slot(act, name)
            # "fired at farmers marching to ...": the parser makes the farmers a clause's subject
            # (but "met ..., with Qatari officials shuttling between them": a circumstance)
            if name != "with":
                heads = [
                    s for h in heads for s in (children(h, *SUBJECTS) if h.dep_ == "pcomp" else [])
                ] or heads
            else:
                heads = [h for h in heads if h.dep_ != "pcomp"]
            if name == "compound" or (name == "poss" and act.is_verb):
                # "Palestinian riots", "Russian strikes", "accepted a Tanzanian proposal": the
                # adjective is the actor; "US-led strikes": the leader the participle names (of
                # force used; not "a Saudi-led boycott" joined, "African Union-led talks" mediated)
                if act.plover in _FORCE:
                    heads += [
                        g for h in heads if h.lower_ in self.cues.owner_participles for g in dependents(h)
                    ]
                found = _named_first(
                    [m for h in heads for m in (self.actors.resolve(h) or self.actors.span_mentions(h))]
                )
            else:
                found = [m for h in heads for m in self.actors.resolve(h)]
            via = "inherited_subject" if inherited else slot_name(name)
            if not found and owners:
                found = [m for h in heads for m in self.actors.owner(h)]
                via = f"owner_of_{slot_name(name)}"
            if not found and owners and name == "on":
                found = self._authors(heads)
                via = f"author_of_{slot_name(name)}"
            if found:
                return Found(found, via, inherited)
        return None

    def _authors(self, heads: list[Token]) -> list[Mention]:
        """ "blamed the unrest on a campaign financed by Washington": whoever made the thing
        an on-slot names, as its owner would be (not "welcomed the accord signed by A and
        B", nor "an inquiry into crimes committed by B": those are the parties' acts)."""
        made = [c for h in heads for c in dependents(h) if c.dep_ in ("acl", "relcl")]
        return [m for v in made for g in participle_agents(v) for m in self.actors.resolve(g)]

    # -- places --------------------------------------------------------------------------------
    def location(self, tok: Token, anchor: list[Token]) -> list[Mention]:
        """Where a material act happened: "imposed a curfew in Abidjan"."""
        places = [*anchor, *(objects(tok) if tok.pos_ == "VERB" else self.light_verb(tok))]
        if tok.pos_ != "VERB":  # "an attack by militants on a base in Borno state"
            places += prep_objects([tok], "by")
        # "power lines leading into Kabul", "a convoy heading to Gaza": where the thing is
        places += [c for p in places[1:] for c in dependents(p) if c.dep_ == "acl" and c.tag_ == "VBG"]
        for _ in range(3):  # and down: "troops to a force in Liberia", "on a house in a camp in Gaza"
            found = self._located(places)
            if found:
                return found
            places = prep_objects_in(places, (*_LOCATION_PREPS, "to"))
        return []

    def _located(self, places: list[Token]) -> list[Mention]:
        present = {c.lower_ for t in places for c in dependents(t) if c.dep_ == "prep"}
        for prep in (p for p in _LOCATION_PREPS if p in present):
            heads = prep_objects(places, prep)
            heads += prep_objects(preps(places, prep), "of")  # "outside of Basra"
            for head in heads:
                if head.lemma_.lower() in self.cues.border_nouns:
                    continue  # "on the Thai border": which side is not said
                found = self.actors.resolve(head)
                if found:
                    return found
        return []

    def setting(self, m: Mention) -> bool:
        """Whether a mention names where something happened ("in Cizre", "in Turkey")."""
        if m.via in (Via.PLACE, Via.LOCATION):
            return True
        tok = self.actors.doc[m.token]
        return m.via != Via.NEAREST and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE

    def unattributed(self, tok: Token, anchor: list[Token]) -> list[Mention]:
        """An attack nobody is named for: the country where it happened, no sector."""
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBG" and self.main_clause(tok.head)
        if not self.main_clause(tok) and not participle:
            return []  # "..., where 24 people were killed in riots": background (but "a bomb
            # exploded ..., killing ten people" is the main event's)
        heads = self.subjects(tok)[0]
        actors = self.actors
        if any(h.pos_ in ("PROPN", "PRON") or actors.sector_of(h) or actors.resolve(h) for h in heads):
            return []  # someone is named, only not recognised ("Vietnamese-led forces")
        if any(actors.span_mentions(c) for h in heads for c in children(h, "amod", "compound", "poss")):
            return []  # "an Israeli air strike on a house in Gaza killed ...": the strike's own doer
        if any(h.lemma_.lower() in self.cues.natural_causes for h in heads):
            return []  # "a cholera outbreak has killed 68 people": no one attacked
        places = [m for h in heads for m in self.location(h, [h])] or self.location(tok, anchor)
        if not places and participle:
            places = self.location(tok.head, [tok.head])  # "exploded near a market in Mogadishu, killing"
        return [replace(m, sector=None, via=Via.LOCATION, category=Category.STATE) for m in places[:1]]

    def enforcers_before(self, verb: Token) -> list[Mention]:
        """Who an agentless arrest is by when the sentence names no place for it: the police or
        army of the one state named so earlier in the sentence ("Riot police in
        Nairobi fired tear gas ..., and 40 people were detained"), else the dateline's state when the
        verb is the sentence's own ("NAIROBI, Kenya — 60 people were arrested")."""
        start = self.actors.sentence_of(verb.i)[0]
        enforcers = [
            m
            for m in self.actors.history
            if start <= m.token < verb.i and m.sector in ARMED and m.category is Category.STATE
        ]
        if enforcers:  # only one state's: "Russian paratroopers and Kazakh police" tell no one's
            return enforcers[-1:] if len({m.actor_id for m in enforcers}) == 1 else []
        return self.actors.dateline_places()[:1] if self.main_clause(verb) else []

    # -- the shallow fallback ------------------------------------------------------------------
    def nearest(self, tok: Token, sent: Span, *, after: bool, exclude: set[str]) -> list[Mention]:
        """The nearest actor mention before or after ``tok`` in its sentence (the shallow
        fallback of pattern coders when the parse gives no slot)."""
        doc = self.actors.doc
        tokens = range(tok.i + 1, sent.end) if after else range(tok.i - 1, sent.start - 1, -1)
        for i in tokens:
            t = doc[i]
            if after and self._attribution_starts(t):
                return []  # "..., the ministry said": what follows is attribution
            if t.head.lemma_.lower() in self.cues.place_nouns | self.cues.border_nouns:
                continue  # "the Syrian town of ...", "the Thai border": a place, not an actor
            if i not in self.actors.span_roots:
                continue
            if t.head.tag_ == "VBN" and t.head.lemma_.lower() in self.cues.mediation_participles:
                continue  # "U.S.-backed forces", "a Qatar-brokered truce": the backer is no party
            if t.dep_ == "amod" and t.head.lemma_.lower() in self.cues.act_nouns and self._demonym(t):
                continue  # "ahead of an expected Russian offensive": the doer of another act
            if not after and (t.dep_ in _OBJECTS or (t.dep_ == "poss" and t.head.dep_ in _OBJECTS)):
                continue  # another verb's object (or whose it is) is not this one's subject
            if after and self._elsewhere(t):
                continue
            found = self._near_mentions(t, exclude)
            if found:
                return [replace(m, via=Via.NEAREST) for m in found]
        return []

    def _demonym(self, t: Token) -> bool:
        span = self.actors.span_at.get(t.i)
        return span is not None and span.id_ == NameKind.DEMONYM

    def _elsewhere(self, t: Token) -> bool:
        """A name after a trigger that is no party to it: a city where it happened ("signed
        a deal in Havana"; a country there may be the target: "deployed in East Timor") or
        who did another act ("after talks mediated by Qatar", "a verdict condemned by the
        EU and the United States": every name of the coordination)."""
        span = self.actors.span_at[t.i]  # (the name's own: "between the army and the RSF")
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        city = span.id_ == Via.METONYM
        # "filed a case at the International Court of Justice": a body one acts at is where
        venue = t.head.lower_ == "at" and not self.actors.is_state(span.label_)
        return t.head.dep_ == "agent" or (city and t.head.lower_ in LOCATIVE) or venue

    def _attribution_starts(self, t: Token) -> bool:
        reporting = self.cues.reporting_verbs
        return (t.lemma_.lower() in reporting and t.pos_ == "VERB") or in_report_source(t, reporting)

    def _near_mentions(self, t: Token, exclude: set[str]) -> list[Mention]:
        """The actors the nearest name stands for, with those coordinated after it ("a
        proposal by France, Britain and Germany")."""
        named = self.actors.resolve(t) if t.dep_ != "conj" else self.actors.resolve_head(t)
        found = [m for m in named if m.actor_id not in exclude]
        span = self.actors.span_at[t.i]
        if not found and span.id_ == NameKind.DEMONYM:
            m = self.actors.from_span(span, t, None)
            found = [m] if m and m.actor_id not in exclude else []
        return found

    def unrest_at_home(self, a: Act) -> bool:
        """Whether the act's country has protests told of in its sentence or the two before,
        and the sentence names no other state."""
        if not self.only_own_state_named(a):
            return False  # "deployed troops on the border with ..."
        start, end = self.actors.sentence_of(a.tok.i)
        story = self.actors.doc[self._two_before(start) : end]
        told = [t for t in story if t.i != a.tok.i and t.pos_ in ("NOUN", "VERB")]
        return any(self._protest_word(t) for t in told)

    def _spans_in(self, sent: Span) -> list[Span]:
        """The actor spans that start in ``sent``."""
        return [s for s in self.actors.spans if sent.start <= s.start < sent.end]

    def states_named_in(self, sent: Span, at: set[int]) -> list[Mention]:
        """The states named by the actor spans that start at the tokens ``at`` of ``sent``."""
        named = (
            self.actors.from_span(span, span.root, None) for span in self._spans_in(sent) if span.start in at
        )
        return [m for m in named if m is not None and self.actors.is_state(m.actor_id)]

    def only_own_state_named(self, a: Act) -> bool:
        """Whether the act's sentence names no state but its doers'."""
        own = {s.actor_id for s in a.sources}
        countries = (
            self.actors.gazetteer.country_on(span.label_, self.actors.day)
            for span in self._spans_in(a.tok.sent)
        )
        return all(country is None or country in own for country in countries)

    def _protest_word(self, tok: Token) -> bool:
        """A protest told of, as an event ("students blocked highways") or in the background
        ("after 11 days of protests")."""
        pos = "noun" if tok.pos_ == "NOUN" else "verb"
        entries = self.matcher.lexicon.candidates(tok.lemma_.lower(), pos)
        if any(t.relation.plover is Plover.PROTEST and not t.objects for t in entries):
            return True
        matched = self.matcher.match(tok) if entries else None
        return matched is not None and matched.trigger.relation.plover is Plover.PROTEST

    def own_side(
        self, sources: tuple[Mention, ...], sector: Sector, *, from_society: bool, police: bool = False
    ) -> list[Mention]:
        """The other side of a domestic act when the sentence names none: the state of the
        first source, in ``sector`` (its government for protesters, ``from_society``; its
        people for the authorities, and for its police and courts when ``police``)."""
        enforcers = (Sector.POLICE.value, Sector.JUDICIARY.value) if police else ()
        return [
            Mention(s.actor_id, sector.value, None, s.token, s.start, s.end, Via.IMPLIED, Category.STATE)
            for s in sources[:1]
            if (s.sector in SOCIETY and s.sector not in enforcers) == from_society
            and self.actors.gazetteer.actor(s.actor_id).kind is ActorKind.STATE
        ]

    def _promised(self, verbs: list[Token]) -> bool:
        """An act vowed or said to come ("vowed to ...", "Moscow could station missiles ...")."""
        return any(t.lemma_.lower() in self.cues.commit_verbs for t in verbs[1:]) or any(
            c.dep_ == "aux" and c.lemma_.lower() in self.cues.modal_auxiliaries for c in dependents(verbs[0])
        )

    def condition_targets(self, act: Act, verbs: list[Token]) -> list[Mention]:
        """Whom a threat or promise is addressed to when only its condition names them."""
        if act.plover not in (Plover.THREATEN, Plover.AGREE) and not self._promised(verbs):
            return []
        said = [c for t in verbs for c in children(t, "ccomp")]  # "warned that it would ... if X ..."
        # (the parser may hang the condition lower in what is said: "would not sit idly by if ...")
        conditions = [
            *(k for t in verbs for k in children(t, "advcl")),
            *(k for c in said for k in c.subtree),
        ]
        for k in conditions:
            marked = k.dep_ in ("advcl", "pcomp") and any(m.lower_ in ("unless", "if") for m in dependents(k))
            if marked or (k.dep_ in ("advcl", "ccomp") and inverted_condition(k)):
                heads, inherited = self.subjects(k)
                if not inherited:
                    return [m for h in heads for m in self.actors.resolve(h)]
        return []


# -- sources ---------------------------------------------------------------------------------------
def _source_slots(r: Reader, a: Act) -> Found | None:
    """The lexicon's source slots, in order: "Paris summoned the envoy" (subject), "the
    attack by rebels" (agent), "Kenya's offer" (possessor), "Ugandan air strikes"
    (modifier). Places are never sources ("in Kirkuk")."""
    found = r.first_slot(a, a.trigger.source)
    if found is None:
        return None
    return Found([s for s in found.mentions if s.category != Category.PLACE], found.via, found.inherited)


def _vower(r: Reader, a: Act) -> Found | None:
    """ "The Taliban vowed that the attack would not go unanswered": an act said to be sure to
    be answered is a threat by whoever vows or says so (its own subject is the act named)."""
    if not any(c.dep_ in ("acomp", "oprd") and c.lower_ in r.cues.litotes for c in dependents(a.tok)):
        return None
    clause = a.tok
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        found = r.subject_mentions(clause)
        if found:
            return Found(found, "vower")
    return None


def _sayer(r: Reader, a: Act) -> Found | None:
    """ "Moscow said its forces had hit only military targets, accusing Kyiv of lying", "Rwanda
    denied that its troops were in Congo, dismissing Kinshasa's charges": a participle of
    speech after a comma that the parser hangs on a reported clause is said by whoever
    reports or denies it (an act's participle stays the clause's: "said rebels attacked the
    town, killing 20")."""
    naming = a.tok.lemma_.lower() in r.cues.naming_verbs
    if not (a.quad.startswith("verbal") or naming):
        return None
    reporter = _reporter_of_participle(r, a.tok)
    return _found(r.subject_mentions(reporter), "sayer") if reporter is not None else None


def _reporter_of_participle(r: Reader, tok: Token) -> Token | None:
    """The verb of saying or denying whose reported clause the parser hung a participle after a
    comma on ("Rwanda denied its troops were in Congo, dismissing Kinshasa's charges": denied)."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.doc[tok.i - 1].text != ",":
        return None
    clause = first_conjunct(tok.head)
    while clause.dep_ in ("conj", "xcomp", "advcl") and clause.head.i != clause.i:
        clause = clause.head  # "said the drills were routine and would go on, calling ..."
    # the reporting verb above the clause, through what is reported ("said there was evidence
    # that Syrian forces had killed ..., calling it a crime": through "evidence that")
    saying = r.cues.reporting_verbs | r.cues.negation_verbs
    reporter = next((t for t in clause.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in saying), None)
    if clause.dep_ not in ("ccomp", "acl") or reporter is None or reporter.i > clause.i:
        return None  # (not a trailing ", the ministry said": the clause's subject says it)
    return reporter


def _trailing_sayer(r: Reader, a: Act) -> Found | None:
    """ "Chinese ships fired water cannon at a Philippine boat, Manila said, calling the action
    illegal": a participle of speech set after a trailing attribution, which the parser hangs
    on the reported clause, is said by whoever the attribution names (not by the clause's
    subject)."""
    naming = a.tok.lemma_.lower() in r.cues.naming_verbs
    if not (a.quad.startswith("verbal") or naming) or a.tok.tag_ != "VBG":
        return None
    if a.tok.dep_ != "advcl":
        return None
    clause = a.tok.head
    attributions = [
        c
        for c in dependents(clause)
        if c.dep_ == "parataxis" and clause.i < c.i < a.tok.i and c.lemma_.lower() in r.cues.reporting_verbs
    ]
    return _found(r.subject_mentions(attributions[-1]), "trailing_sayer") if attributions else None


def _verdict_speaker(r: Reader, a: Act) -> Found | None:
    """ "Mexico said the new U.S. tariffs violated the trade pact", "..., drills that Beijing
    said threatened regional stability": a reported verdict is the speaker's."""
    speaker = verdict_speaker(a.tok, r.cues.reporting_verbs)
    if speaker is None:
        return None
    # ("exercises that Beijing said threatened ...": "that" is the parser's second subject)
    named = [
        m for c in children(speaker, "nsubj") if c.tag_ not in ("WDT", "WP") for m in r.actors.resolve(c)
    ]
    return _found(named or r.subject_mentions(speaker), "verdict_speaker")


def _fallen_side(r: Reader, a: Act) -> Found | None:
    """ "Twelve Pakistani soldiers were killed in a clash with Afghan border guards": the side
    of those killed or wounded in a fight "with" someone is one of its sides."""
    if not a.trigger.reciprocal:
        return None
    return _found(_fallen(r, a.tok), "fallen_side")


def _fallen(r: Reader, noun: Token) -> list[Mention]:
    """Who was killed, wounded or died in the fight or attack ``noun`` names ("twelve Pakistani
    soldiers were killed in a clash", "three civilians died in Russian shelling")."""
    hurt = casualty_clause(noun, r.cues.casualty_verbs)
    if hurt is None:
        return []
    fallen = children(hurt, "nsubjpass") if is_passive(hurt) else children(hurt, "nsubj")
    return [m for c in fallen for m in r.actors.resolve(c) or r.actors.owner(c)]


def _visitor(r: Reader, a: Act) -> Found | None:
    """ "Modi, on a state visit to Tokyo, told reporters ...", "Orban, on a visit to Banja Luka,
    praised Dodik": who is on a visit is whom the phrase hangs on, or its clause's subject."""
    if a.trigger.relation.mode != "visit" or not visit_phrase(a.tok):
        return None
    holder = a.tok.head.head
    found = r.actors.resolve(holder) if holder.pos_ in ("NOUN", "PROPN") else r.subject_mentions(holder)
    return _found(found, "visitor")


def _in_protest_by(r: Reader, a: Act) -> Found | None:
    """ "Inmates at Bahrain's Jau prison have refused food for weeks in protest at their
    conditions": whoever does something "in protest" protests (its clause's subject)."""
    if a.tok.dep_ != "pobj" or a.tok.head.lower_ != "in":
        return None
    return _found(r.subject_mentions(clause_of(a.tok.head)), "in_protest_by")


def _claimer(r: Reader, a: Act) -> Found | None:
    """ "A roadside bomb killed four soldiers near Baidoa in an attack claimed by al-Shabaab":
    whoever claims the attack a killing is told as did it."""
    attacks = [n for n in prep_objects([a.tok], "in") if _act_noun(r, n)]
    claims = [c for n in attacks for c in dependents(n) if c.dep_ == "acl" and c.lemma_.lower() == "claim"]
    return _found([m for c in claims for h in participle_agents(c) for m in r.actors.resolve(h)], "claimer")


def _responsibility_claimed(r: Reader, a: Act) -> Found | None:
    """ "Al-Shabaab claimed responsibility for the assault on a Nairobi mall": whoever claims
    (or admits) responsibility for an attack named as a noun is told as having made it."""
    if a.tok.dep_ != "pobj" or a.tok.head.lower_ != "for":
        return None
    responsibility = a.tok.head.head
    if responsibility.lemma_.lower() != "responsibility" or responsibility.dep_ != "dobj":
        return None
    if responsibility.head.lemma_.lower() not in r.cues.claiming_verbs:
        return None  # "denied responsibility for the attack", "bears responsibility": no claim
    return _found(r.subject_mentions(responsibility.head), "responsibility_claimed")


def _participle_agent(r: Reader, a: Act) -> Found | None:
    """ "Sacks of rice donated by Japan", "rockets fired by the rebels": who did a material
    act a past participle names (verbal ones such as "an island disputed by Chile" are
    descriptions, not acts)."""
    summary = a.tok.head
    judged = a.tok.dep_ == "acl" and summary.lemma_.lower() in r.cues.act_nouns and _after_the_clause(summary)
    backers = armed_backers(a.tok, r.cues)
    if backers:  # "troops backed by U.S. aircraft": military help (coding.Coder._kind_of_act)
        return _found([m for h in backers for m in r.actors.resolve(h)], "participle_agent")
    if not (a.quad.startswith("material") or judged) and _hosted_meeting(r, a) is None:
        # (but "talks hosted by Malaysia's premier" is a meeting held, and "[they barred
        # women from classes], a decision condemned by the UN" a judgement made)
        return None
    hosted = a.tok.lemma_.lower() == "host" and _hosted_meeting(r, a) is not None  # (not "EU-mediated")
    agents = _hyphened(a.tok) if hosted else []
    return _found(
        [m for h in participle_agents(a.tok) or agents for m in r.actors.resolve(h)], "participle_agent"
    )


def _hyphened(verb: Token) -> list[Token]:
    """ "U.S.-hosted peace talks": the name a participle is joined to by a hyphen."""
    return [
        c
        for c in dependents(verb)
        if c.dep_ in ("npadvmod", "compound", "nmod") and c.i == verb.i - 2 and verb.nbor(-1).text == "-"
    ]


def _hosted_meeting(r: Reader, a: Act) -> Act | None:
    """The meeting a hosting participle is said of ("after talks hosted by Malaysia's
    premier in Putrajaya"), as an act of its own."""
    if a.plover is not Plover.CONSULT or a.tok.dep_ not in ("acl", "amod"):
        return None
    meeting = a.tok.head
    if (
        meeting.dep_ == "pobj"
        and meeting.head.lower_ in _MEETING_PHRASES
        and _a_meeting(r, meeting.head.head)
    ):
        # "talks in Luanda hosted by ...", "talks between the two ministers hosted by ...": the talks
        meeting = meeting.head.head
    if meeting.lemma_.lower() in r.cues.measures:  # "after ten days of talks hosted by the AU"
        meeting = next(iter(prep_objects([meeting], "of")), meeting)
    if meeting.lemma_.lower() in r.cues.gatherings and meeting.dep_ == "pobj":
        return _held_at(r, a, meeting.head.head)  # "signed it at a ceremony hosted by Trump"
    matched = r.matcher.match(meeting) or (r.matcher.as_noun(meeting) if _sat_down_for(meeting) else None)
    if (
        matched is None
        or matched.trigger.relation.plover is not Plover.CONSULT
        or not matched.trigger.reciprocal
    ):
        return None
    return Act(meeting, matched.trigger, matched.anchor, a.sent, meeting)


#: phrases of a meeting the parser may hang its hosting participle on
_MEETING_PHRASES = frozenset({"in", "at", "between"})


def _a_meeting(r: Reader, noun: Token) -> bool:
    """Whether a noun is a meeting the lexicon knows ("talks", "meeting", "summit")."""
    matched = r.matcher.match(noun) if noun.pos_ == "NOUN" else None
    return matched is not None and matched.trigger.relation.plover is Plover.CONSULT


def _sat_down_for(meeting: Token) -> bool:
    """ "The ministers sat down in Washington for talks hosted by Blinken", "met in Riyadh, in
    a meeting hosted by the Saudi minister": talks a clause told as done was for, or in, took
    place (not "are due in Almaty for talks hosted by Kazakhstan"); so did talks a past clause
    tells of a step in or the end of ("agreed to extend the truce, the latest breakthrough in
    talks hosted by Cuba", "said so at the end of a round of talks hosted by Venezuela")."""
    prep = meeting.head
    if meeting.dep_ != "pobj" or prep.lower_ not in ("for", "in", "at", "of"):
        return False
    if prep.head.tag_ == "VBD":
        return prep.lower_ != "of"
    return prep.head.pos_ == "NOUN" and clause_of(prep.head).tag_ == "VBD"


def _held_at(r: Reader, a: Act, verb: Token) -> Act | None:
    """The act done at an occasion someone hosts ("Israel and the UAE signed the accords at
    a ceremony hosted by Trump"), whose doers were the host's guests."""
    for _ in range(5):  # "signed an agreement to normalise ties at a ceremony": the clause's verb
        if verb.dep_ not in ("dobj", "pobj", "prep", "xcomp", "acl") or children(verb, "nsubj"):
            break
        verb = verb.head
    matched = r.matcher.match(verb) if verb.pos_ == "VERB" else None
    return None if matched is None else Act(verb, matched.trigger, matched.anchor, a.sent, verb)


def _guests(r: Reader, a: Act) -> Found | None:
    """ "Bangkok and Phnom Penh agreed to a truce after talks hosted by Malaysia's premier":
    the host met the parties of the talks."""
    meeting = _hosted_meeting(r, a)
    if meeting is None:
        return None
    parties = find_sources(r, meeting)
    guests = _others(a, parties.mentions if parties is not None else [])
    if not guests:
        # "the ministers of Armenia and Azerbaijan wrapped up U.S.-hosted talks", "Bogota and
        # the ELN agreed to a truce, a breakthrough in talks hosted by Cuba": whoever did what
        # the clause the talks are told in tells of
        guests = _others(a, r.subject_mentions(clause_of(meeting.tok)))
    return _found(guests, "guests")


def _others(a: Act, found: list[Mention]) -> list[Mention]:
    """The mentions that are not on the side of one of the act's sources."""
    return [m for m in found if not any(same_side(s, m) for s in a.sources)]


def _guests_between(r: Reader, a: Act) -> Found | None:
    """ "Oman hosted indirect talks between Iranian and U.S. negotiators": the host met each
    side of the talks it hosted."""
    meetings = children(a.tok, "dobj") or ([a.tok.head] if a.tok.dep_ == "relcl" else [])  # "talks it hosted"
    for talks in map(partial(_measure_of, r), meetings):
        held = r.matcher.match(talks)
        if held is None or not held.trigger.reciprocal or held.trigger.relation.plover is not Plover.CONSULT:
            continue
        parties = _between_parties(r, Act(talks, held.trigger, held.anchor, a.sent, talks))
        if parties is not None:
            guests = _others(a, parties.mentions)
            return _found(guests, "guests_between", own=True)
    return None


def _addressed_in_talks(r: Reader, a: Act) -> Found | None:
    """ "Kenya's president assured Haiti's premier during talks in Nairobi that ...": talks
    that name no one of their own, during which the clause's subject addresses its object,
    were held with that object (not "after talks": what follows them may be done to anyone)."""
    if not a.trigger.reciprocal or a.tok.dep_ != "pobj":
        return None
    clause = a.tok.head.head
    if a.tok.head.lower_ not in _DURING or clause.pos_ != "VERB" or is_passive(clause):
        return None
    done = r.matcher.match(clause)
    if done is not None and done.trigger.relation.plover.quad.value.startswith("material"):
        return None  # "police arrested dozens of activists at a prayer meeting": where, not with whom
    heads = [t for t in dependents(clause) if t.dep_ in ("dobj", "dative")]
    found = _others(a, [m for h in heads for m in r.actors.resolve(h)])
    return _found(found, "addressed_in_talks")


def _visit_received(r: Reader, a: Act) -> Found | None:
    """ "Ortega praised Moscow during a visit by Russia's security chief": a visit that names
    no place of its own, during which the clause's subject acts, was made to that subject."""
    visit = a.tok
    if visit.lemma_.lower() not in r.cues.visit_nouns:
        return None
    if visit.dep_ != "pobj" or visit.head.lower_ != "during" or prep_objects([visit], "to"):
        return None
    clause = visit.head.head
    if clause.pos_ not in ("VERB", "AUX") or is_passive(clause):
        return None
    found = _others(a, r.subject_mentions(clause))
    return _found(found, "visit_received")


def _visited_in_modifier(r: Reader, a: Act) -> Found | None:
    """ "Washington lifted sanctions after Suu Kyi's White House visit", "the premier's Moscow
    trip": a visit whose modifier names a state other than the visitor was made to it."""
    visit = a.tok
    if visit.lemma_.lower() not in r.cues.visit_nouns:
        return None
    named = [m for c in children(visit, "compound", "amod") for m in r.actors.resolve(c)]
    return _found(_others(a, [m for m in named if r.actors.is_state(m.actor_id)]), "visited_in_modifier")


def _host_place(r: Reader, a: Act) -> Found | None:
    """ "The emir received visiting Turkish Foreign Minister Mevlut Cavusoglu in Doha": a
    visitor whose host the clause names no known actor for was hosted by the state of the
    place the clause is set in (else of the dateline)."""
    visit = a.tok
    if not visiting_participle(visit, r.cues.visit_verbs):
        return None
    # "received visiting X in Doha": the parser may make the participle the clause's own verb
    guests = objects(visit) if visit.dep_ == "xcomp" else [visit.head]
    places = prep_objects_in([clause_of(visit.head), visit, *guests], ("in", "at"))
    visitors = [m for g in guests for m in r.actors.resolve(g)]
    found = [
        m
        for p in places
        for m in r.actors.resolve(p)
        if r.actors.is_state(m.actor_id) and not any(same_side(v, m) for v in visitors)
    ]
    if not places:  # "AMMAN, Jan 5 - King Abdullah told visiting ...": where the story was filed
        found = [m for m in r.actors.dateline_places() if not any(same_side(v, m) for v in visitors)]
    return _found(found, "host_place")


def _attack_they_fell_in(r: Reader, a: Act) -> Found | None:
    """ "At least 20 Palestinians were killed in Israeli air strikes on Gaza", "two soldiers were
    wounded by Israeli fire": whoever made the attack people were killed or wounded in, or by,
    did it (not the place the attack was made on); so did whoever made the operation someone
    was arrested or seized in ("two diplomats were arrested in a raid by Turkish police")."""
    casualty = a.plover is Plover.ASSAULT and a.tok.lemma_.lower() in r.cues.casualty_verbs
    if not casualty and not (is_passive(a.tok) and not children(a.tok, "agent")):
        return None  # ("two diplomats were arrested in a raid by Turkish police": the raid's too)
    attacks = [
        g
        for c in dependents(a.tok)
        if (c.dep_ == "prep" and c.lower_ in ("in", "during")) or (casualty and c.dep_ == "agent")
        for g in pobjects(c)
        if g.lemma_.lower() in r.cues.munition_nouns or (not casualty and _act_noun(r, g))
    ]
    return _found([m for g in attacks for m in r.actors.owner(g)], "attack_they_fell_in")


def _unattributed_attack(r: Reader, a: Act) -> Found | None:
    """ "A roadside bomb near Basra killed four soldiers": an attack nobody is named for,
    coded (as event coders do) to the country where it happened, with no sector."""
    return _found(r.unattributed(a.tok, a.anchor), "unattributed_attack")


def _as_government(mentions: list[Mention]) -> list[Mention]:
    return [
        replace(m, sector=Sector.GOVERNMENT.value, via=Via.LOCATION, category=Category.STATE)
        for m in mentions
    ]


def _coup_makers(r: Reader, a: Act) -> Found | None:
    """ "Soldiers detained Honduran President Zelaya and flew him to Costa Rica", "after
    soldiers ousted President Alpha Conde": unnamed troops who seize a state's own leader
    are that state's (the country of the government people they seize)."""
    doers, _ = r.subjects(a.verb)
    if not doers or any(r.actors.sector_of(d) not in ARMED or r.actors.resolve(d) for d in doers):
        return None
    seized = [
        m
        for o in objects(a.verb)
        for m in r.actors.resolve(o)
        if m.category is Category.PERSON and (m.sector == Sector.GOVERNMENT or _just_ousted(r, m))
    ]
    states = {m.actor_id for m in seized if r.actors.is_state(m.actor_id)}
    if len(states) != 1:
        return None
    doer = doers[0]
    troops = Mention(
        states.pop(),
        r.actors.sector_of(doer),
        None,
        doer.i,
        doer.idx,
        doer.idx + len(doer),
        Via.CONTEXT,
        Category.STATE,
    )
    return Found([troops], "coup_makers")


def _just_ousted(r: Reader, m: Mention) -> bool:
    """A person out of the state office they held (the story's own coup may have ended it)."""
    return m.person_id is not None and r.actors.gazetteer.former_role(m.person_id, r.actors.day) is not None


def _authorities_of_place(r: Reader, a: Act) -> Found | None:
    """ "The journalist was arrested in Lebanon", "the detention of two teachers in Iran": an
    act only authorities do, in the passive or as a noun, is by that country's government
    (where the story is filed from, when the sentence names no place)."""
    if a.trigger.relation.mode not in r.cues.authority_modes and not _repression(r, a):
        return None
    if not a.is_verb and a.verb.i == a.tok.i:  # "the detention of two teachers in Iran"
        held = [*a.anchor, *prep_objects([a.tok], "of")]  # "of two teachers in Iran"
        return _found(_as_government(r.location(a.tok, held)[:1]), "authorities_of_place")
    if not is_passive(a.verb):
        return _found(_as_government(_unnamed_authorities_at(r, a)), "authorities_of_place")
    found = r.unattributed(a.verb, [a.verb, a.tok])
    if not found:  # "Police fired tear gas at the marchers, and 40 people were detained"
        found = r.enforcers_before(a.verb)
    return _found(_as_government(found), "authorities_of_place")


def _repression(r: Reader, a: Act) -> bool:
    """ "a military crackdown in Myanmar's Rakhine state": a noun of a state's repression of
    its own people."""
    return not a.is_verb and a.tok.lemma_.lower() in r.cues.repression_nouns


def _unnamed_authorities_at(r: Reader, a: Act) -> list[Mention]:
    """ "Authorities imposed a curfew across much of Srinagar", "Police arrested 40 people in
    Lagos": authorities of no named country acting in a place named are that place's."""
    heads = r.subjects(a.verb)[0]
    if not heads or any(r.actors.resolve(h) for h in heads):
        return []
    if not all(r.actors.sector_of(h) in (Sector.GOVERNMENT.value, Sector.POLICE.value) for h in heads):
        return []
    return r.location(a.verb, [a.verb, a.tok])[:1]


def _done_to(r: Reader, a: Act) -> set[str]:
    """The actors an agentless passive is done to ("the Gambian envoy was summoned")."""
    passive = is_passive(a.tok) or shares_passive(a.tok, r.cues.statement_verbs)
    if not a.is_verb or not passive or any(c.dep_ == "agent" for c in dependents(a.tok)):
        return set()
    heads = passive_subjects(a.tok)
    # "the Ivorian chargé d'affaires": whose envoy, when the envoy is no actor of its own
    return {m.actor_id for h in heads for m in (r.actors.resolve(h) or r.actors.owner(h))}


def _report_verb(r: Reader, tok: Token) -> Token | None:
    """The verb that reports the clause of ``tok``: "Sanctions were imposed ..., the
    Treasury said" (the clause hangs on "said", or "said" hangs on it)."""
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in r.cues.reporting_verbs:
        return tok.head
    return next(
        (
            c
            for c in dependents(tok)
            if c.dep_ in ("parataxis", "advcl", "conj") and c.lemma_.lower() in r.cues.reporting_verbs
        ),
        None,
    )


def _reporter_of_a_passive(r: Reader, a: Act) -> Found | None:
    """ "Sanctions were imposed on five Nicaraguan officials, the US Treasury said": an act
    with no agent is the act of whoever reports it (unless the report comes from the side
    it was done to: "our envoy was expelled, Gambia's ministry said")."""
    if not is_passive(a.tok) or any(c.dep_ == "agent" for c in dependents(a.tok)):
        return None
    if a.plover is Plover.ASSAULT:
        return None  # "20 people were killed, the army said": who reports a killing did not do it
    report = _report_verb(r, a.tok)
    if report is None or report.dep_ != "ROOT":  # not "..., in which it said 20 were killed"
        return None
    done_to = _done_to(r, a)
    found = [m for m in r.subject_mentions(report) if m.actor_id not in done_to]
    return _found(found, "reporter_of_a_passive")


def _host_of_a_passive(r: Reader, a: Act) -> Found | None:
    """ "The Gambian envoy was summoned to the Senegalese foreign ministry", "DAKAR, Senegal —
    The Gambian envoy was summoned": an act with no agent done to a foreign actor is the
    host's: the state it was done at, else the one the story is filed from."""
    done_to = _done_to(r, a)
    if not done_to:
        return None
    at = [m for h in prep_objects_in([a.tok], ("to", "at", "in", "into")) for m in r.actors.resolve(h)]
    # "Beijing's ambassador to Manila was summoned": the state the envoy is accredited to
    envoys = [s for s in children(a.tok, "nsubjpass") if s.lemma_.lower() in r.cues.diplomat_nouns]
    at += [m for h in prep_objects(envoys, "to") for m in r.actors.resolve(h)]
    host = [m for m in at if m.actor_id not in done_to and r.actors.is_state(m.actor_id)]
    if not host:
        host = [m for m in r.actors.dateline_places() if m.actor_id not in done_to]
    return _found(_as_government(host[:1]), "host_of_a_passive")


def _nearest_before(r: Reader, a: Act) -> Found | None:
    """The shallow fallback, for a main verb the parse gives no subject: "Oslo, in a
    statement on Friday, also welcomed the deal" -> the nearest actor before it (never
    the one an agentless passive is done to: "the Dutch envoy was summoned")."""
    if not r.shallow_fallback or not r.main_clause(a.tok):
        return None
    if any(c.dep_ == "auxpass" for c in dependents(a.tok)):
        return None  # "rights groups said two people were killed": the speaker did not kill them
    return _found(r.nearest(a.tok, a.sent, after=False, exclude=_done_to(r, a)), "nearest_before")


def _between_parties(r: Reader, a: Act) -> Found | None:
    """ "Talks between Kenya and Tanzania ended on Friday": a reciprocal noun whose clause
    names no doer is done by the parties it is between (an act among them)."""
    if a.is_verb or not a.trigger.reciprocal:
        return None
    found: list[Mention] = []
    places = list(a.anchor)
    if a.tok.dep_ in SUBJECTS and r.main_clause(a.tok.head):
        places.append(a.tok.head)  # "Fighting broke out on Saturday between the army and ..."
    # "welcomed the agreement reached between Sanaa and the Houthis", "talks it had hosted in
    # Cairo between Israeli envoys and Hamas negotiators"
    places += children(a.tok, "acl", "relcl")
    heads = [t for h in prep_objects(places, "between") for t in (*coordinated_modifiers(h), h)]
    for h in heads:
        for m in r.actors.resolve(h):  # "clashes between police and students": one state's two sides
            if all(m.actor_id != f.actor_id or m.sector != f.sector for f in found):
                found.append(m)
    if len(found) == 1:
        found += _home_side(r, heads, found[0])
    return Found(found, "between") if len(found) > 1 else None


def _home_side(r: Reader, heads: list[Token], group: Mention) -> list[Mention]:
    """ "Uganda took in refugees as fighting between the army and M23 rebels intensified": an
    unnamed army, police or government fighting a country's own armed group is that
    country's (the group's home state)."""
    if group.category is not Category.GROUP or group.actor_id not in r.actors.gazetteer:
        return []
    home = r.actors.gazetteer.actor(group.actor_id).country
    if not home or not r.actors.is_state(home):
        return []
    bodies = [h for h in heads if h.i != group.token and not r.actors.resolve_head(h)]
    sectors = [(h, r.actors.sector_of(h)) for h in bodies if not children(h, "poss", "amod", "compound")]
    return [r.actors.context_mention(h, home, sector) for h, sector in sectors if sector in _STATE_BODIES]


_STATE_BODIES = frozenset({Sector.MILITARY.value, Sector.POLICE.value, Sector.GOVERNMENT.value})


def _hosted_between(r: Reader, a: Act) -> Found | None:
    """ "Oman hosted indirect talks between Iranian and U.S. negotiators": talks between two
    sides that a go-between hosts, brokers or mediates are held among those sides (the host's
    own meeting with each is its verb's)."""
    talks = _measured(r, a.tok)  # "Qatar hosted a new round of talks between ..."
    host = talks.head
    if talks.dep_ != "dobj" or host.tag_ not in ("VBD", "VBZ"):
        return None  # (not "ready to host a meeting between ...": an offer)
    if host.lemma_.lower() not in r.cues.mediation_participles:
        return None
    return _between_parties(r, a)


def _fight_between(r: Reader, a: Act) -> Found | None:
    """ "Kenya took in thousands of refugees as fighting between Ethiopian troops and Somali
    militiamen intensified": a gerund read as its noun is done by the parties it is between,
    not by the subject of the clause the parser hangs it on."""
    if a.tok.pos_ != "VERB":
        return None
    return _between_parties(r, a)


def _parties_of_the_clause(r: Reader, a: Act) -> Found | None:
    """ "Bahrain and Qatar agreed to restore ties after talks in Riyadh": talks (meetings,
    negotiations) that are the occasion of a clause and name no one of their own are held
    by the clause's subject."""
    if not a.trigger.reciprocal:
        return None
    clause = occasion_clause(a.tok, r.cues.measures, r.cues.visit_verbs)
    if clause is not None and clause.dep_ == "acl" and _said_of_the_deal(r, clause):
        # "Riyadh and Tehran agreed to restore ties under a deal brokered by China after four
        # days of talks in Beijing": the talks of the deal's go-between were the parties'; "...
        # in a deal announced after four days of talks": the talks of the deal's parties
        clause = governing_verb(clause)
        if clause is not None and clause.dep_ == "prep":  # "..., according to a statement issued after"
            clause = clause.head
    if clause is None:
        return None
    return _found(r.subject_mentions(clause), "parties_of_the_clause")


def _said_of_the_deal(r: Reader, participle: Token) -> bool:
    """A participle on a noun that tells how the noun came about, naming no party of its
    own: a go-between's ("brokered by China") or a passive with no agent ("announced")."""
    if participle.lemma_.lower() in r.cues.mediation_participles:
        return True
    if participle.tag_ == "VBN" and participle.head.lemma_.lower() in r.cues.document_nouns:
        return True  # "according to a joint statement issued after four days of talks"
    return participle.tag_ == "VBN" and not r.subjects(participle)[0]


def _warring_parties(r: Reader, a: Act) -> Found | None:
    """ "Baku and Yerevan traded blame over a deadly exchange of fire", "Peru and Ecuador
    pledged to halt three weeks of fighting", "Pakistan, Iran agree to de-escalate after
    tit-for-tat strikes": a fight that names no side of its own, told in a clause where two
    or more parties dispute or settle something together, is between those parties."""
    if not a.trigger.reciprocal:
        return None
    for clause in _clauses_telling(a.tok):
        truce = _truce_between(r, clause)
        if truce:
            return Found(truce, "warring_parties")
        if r.matcher.done_together(clause):
            found = r.subject_mentions(clause)
            parties = [m for i, m in enumerate(found) if m not in found[:i]]
            return Found(parties, "warring_parties") if len({m.actor_id for m in parties}) > 1 else None
    return None


def _truce_parties(r: Reader, a: Act) -> Found | None:
    """ "A ceasefire between Israel and Hamas took hold on Friday, ending 11 days of fighting":
    what a truce does, told as a participle of its clause, is done by the parties it is
    between (among themselves)."""
    if a.tok.dep_ != "advcl" or a.tok.tag_ != "VBG":
        return None
    truce = _truce_between(r, a.tok.head)
    return Found(truce, "truce_parties") if truce else None


def _truce_between(r: Reader, clause: Token) -> list[Mention]:
    """ "A ceasefire between Israel and Hamas took hold after 11 days of fighting": the parties
    a truce that is the clause's subject is between (two or more), else none."""
    for subject in children(clause, *SUBJECTS):
        if not r.matcher.truce_between(subject):
            continue
        found = [m for h in prep_objects([subject], "between") for m in r.actors.resolve(h)]
        parties = [m for i, m in enumerate(found) if all(m.actor_id != f.actor_id for f in found[:i])]
        if len(parties) > 1:
            return parties
    return []


def _clauses_telling(noun: Token) -> list[Token]:
    """The verb whose phrase holds ``noun`` ("traded blame over the clashes", "as clashes
    killed dozens", "blamed each other for starting a gunfight"), then the clauses it
    depends on, nearest first (two at most)."""
    tok = clause_of(noun)
    clauses = [tok] if tok.pos_ in ("VERB", "AUX") else []
    while clauses and len(clauses) < 3 and clauses[-1].dep_ in ("advcl", "xcomp", "pcomp", "ccomp"):
        clauses.append(clauses[-1].head)
    return clauses


def _caller(r: Reader, a: Act) -> Found | None:
    """ "Erdogan told Putin in a phone call that ...": the call is the speaker's."""
    if not phone_call(a.tok, r.cues.call_media):
        return None
    return _found(r.subject_mentions(clause_of(a.tok.head)), "caller")


def _prompter(r: Reader, a: Act) -> Token | None:
    """The verb whose doer brought the act about: "Tbilisi detained four officers, prompting
    Moscow to recall its envoy" (the act hangs on "prompting" as its complement), "...,
    drawing a rebuke from Paris" (the act is the object of "drawing")."""
    tok = a.tok if a.is_verb else first_conjunct(a.tok)  # "drawing condemnation from X and a threat of ..."
    head = tok.head
    if head.lemma_.lower() not in r.cues.prompting_verbs or head.tag_ != "VBG":
        return None
    if tok.dep_ == "xcomp" or (tok.dep_ == "dobj" and not a.is_verb):
        doer = governing_verb(head)
        if doer is not None and doer.lemma_.lower() in r.cues.reporting_verbs:
            doer = _reported_act(doer)  # "X executed four activists, state media reported, drawing ..."
        return doer if doer is not None and doer.i != tok.i else None
    return None


def _reported_act(saying: Token) -> Token:
    """The act a reporting verb tells of: the clause it is set after ("X executed four
    activists, state media reported"; the parser may hang it on the last noun), or the clause
    it says ("Seoul said Pyongyang fired a missile")."""
    if saying.dep_ in ("parataxis", "conj", "advcl"):
        return saying.head
    if saying.dep_ == "acl":
        return clause_of(saying.head)
    return next(iter(children(saying, "ccomp")), saying)


def _drawn_from(r: Reader, a: Act) -> Found | None:
    """ "Niger's junta took the channel off the air, drawing a rebuke from Paris": the
    reaction drawn is by whom the from-phrase names."""
    if _prompter(r, a) is None:
        return None
    first = first_conjunct(a.tok)  # "drawing condemnation from Washington and a threat of sanctions"
    heads = prep_objects([a.tok, first, first.head], "from")  # the parser hangs "from" on either
    return _found([m for h in heads for m in r.actors.resolve(h)], "drawn_from")


def _drawing_verb(r: Reader, a: Act) -> Token | None:
    """The finite verb a reaction is drawn by: "The crackdown drew condemnation from
    Amnesty", "a statement that drew a rebuke from Lima" ("drawing ..." is the prompter's)."""
    head = a.tok.head
    if a.is_verb or a.tok.dep_ != "dobj" or head.lemma_.lower() not in r.cues.prompting_verbs:
        return None
    return head if head.tag_ != "VBG" else None


def _reaction_from(r: Reader, a: Act) -> Found | None:
    """ "The crackdown drew swift condemnation from Amnesty International": a reaction an
    act drew is by whom its from-phrase names."""
    drew = _drawing_verb(r, a)
    if drew is None:
        return None
    heads = prep_objects([a.tok, drew], "from")
    return _found([m for h in heads for m in r.actors.resolve(h)], "reaction_from")


def _requester(r: Reader, a: Act) -> Found | None:
    """ "sent 1,000 troops into Bahrain at the request of the kingdom's rulers": who asked
    for an act done at a request is its "of" phrase (or its owner: "at Washington's request");
    "answering a request from Rome": its "from" phrase."""
    if not granted_request(a.tok, r.cues.answering_verbs):
        return None
    heads = [*prep_objects([a.tok], "of"), *children(a.tok, "poss"), *prep_objects([a.tok], "from")]
    return _found([_host_asking(r, a, m) for h in heads for m in r.actors.resolve(h)], "requester")


def _host_asking(r: Reader, a: Act, m: Mention) -> Mention:
    """ "Indian and Sri Lankan police arrived in the Maldivian capital at the government's
    request": an unnamed government the resolver took for one of those who did what was asked
    is the government of the one state it was done in (the host asked, not the senders)."""
    verb = a.tok.head.head if a.tok.head.dep_ == "prep" else None
    if m.via not in (Via.CONTEXT, Via.ANAPHORA) or verb is None or verb.pos_ != "VERB":
        return m
    doers = {d.actor_id for d in r.subject_mentions(verb)}
    if m.actor_id not in doers:
        return m
    places = [p for c in dependents(verb) if c.dep_ == "prep" and c.lower_ in LOCATIVE for p in pobjects(c)]
    hosts = {h.actor_id for p in places for h in r.actors.resolve(p)} - doers
    if len(hosts) != 1 or not r.actors.is_state(host := next(iter(hosts))):
        return m
    return r.actors.context_mention(r.actors.doc[m.token], host, Sector.GOVERNMENT.value)


def _summing_up_speaker(r: Reader, a: Act) -> Found | None:
    """ "Beijing halted the imports, a ban Japan's fisheries minister called baseless": the
    judge of a summed-up act, whom the parser did not make the verb's subject."""
    if a.plover not in _JUDGING and a.tok.lemma_.lower() not in r.cues.naming_verbs:
        return None
    found = summing_up(a.tok, r.cues.act_nouns)
    return _found(r.actors.resolve(found[1]), "summing_up_speaker") if found else None


def _whoever_acts_on_them(r: Reader, a: Act) -> Found | None:
    """ "Niger expelled two French diplomats accused of spying": a charge named as a
    participle on the object of an act, with no one named for it, is the actor's; so on
    whom an act noun is done ("ordered the expulsion of three French diplomats accused of
    subversion": the clause's subject)."""
    tok = a.tok
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or participle_agents(tok):
        return None
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _done_on_them(r, noun.head.head):
        noun = noun.head.head  # "the expulsion of three diplomats accused of ..."
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    return _found(r.subject_mentions(noun.head), "whoever_acts_on_them")


def _done_on_them(r: Reader, noun: Token) -> bool:
    """An act noun done on those its of-phrase names by whoever does it: "the expulsion of",
    "the extradition of" (not "the release of", done by whoever holds them)."""
    found = r.matcher.match(noun)
    return found is not None and found.trigger.relation.plover not in (Plover.RETREAT, Plover.CONCEDE)


def _munition_owner(r: Reader, a: Act) -> Found | None:
    """ "Government shells hit rebel-held districts of Aleppo": whoever fired the munition
    that did it, when only a sector names them (of the country the sentence is set in);
    "a Russian drone strayed into Romanian airspace": whose craft intruded."""
    intrusion = a.plover is Plover.MOBILIZE  # "a Russian drone strayed into Romanian airspace"
    if a.tok.lemma_.lower() not in r.cues.munition_verbs and not intrusion:
        return None
    found = []
    doers = children(a.tok, "nsubj") + ([a.tok.head] if a.tok.dep_ == "acl" else [])  # "a drone strayed"
    for subject in doers:
        for mod in children(subject, "compound", "amod"):
            sector = r.cues.sector_of_noun.get(mod.lemma_.lower())
            m = r.actors.of_setting(mod, sector.value, wide=True) if sector is not None else None
            found += [m] if m is not None else []
        if intrusion and subject.lemma_.lower() in r.cues.crafts:
            found += [replace(x, sector=Sector.MILITARY.value) for x in r.actors.owner(subject)]
    return _found(found, "munition_owner")


def _doer_of_the_strike(r: Reader, a: Act) -> Found | None:
    """ "Israeli air strikes killed 15 people in Rafah", "a strike by Turkish drones killed
    three commanders", "a Russian missile strike that hit a hospital": what a munition or an
    attack named as the subject did is done by whoever its own phrase names as its doer."""
    strikes = [s for s in r.subjects(a.verb)[0] if s.lemma_.lower() in r.cues.munition_nouns]
    if a.tok.dep_ == "relcl" and a.tok.head.lemma_.lower() in r.cues.munition_nouns:
        strikes.append(a.tok.head)  # "a missile strike that hit the hospital"
    doers = [
        m
        for s in strikes
        for c in [*children(s, "amod", "compound", "poss"), *prep_objects([s], "by")]
        for m in r.actors.resolve(c) or r.actors.span_mentions(c)
        if m.category is not Category.PLACE
    ]
    return _found(doers, "doer_of_the_strike")


def _unnamed_crowd(r: Reader, a: Act) -> Found | None:
    """ "A man is detained by riot police during a rally against the government in Minsk",
    "Thousands rally in Taipei": a protest something happened at, or that a crowd only
    counted held, with no one named for it, is the people's of the country it is set in."""
    crowd = _counted_crowd(r, a) if a.is_verb else (_crowd_at(r, a) or _protests_told(r, a))
    found = r.actors.of_setting(crowd, Sector.CIVILIANS.value) if crowd is not None else None
    return _found([found] if found is not None else [], "unnamed_crowd")


def _protests_told(r: Reader, a: Act) -> Token | None:
    """ "an arrest that triggered protests across Pakistan", "as protests entered their
    second week": protests told as something a thing caused, or as running their course,
    took place (not "banned protests", "called for protests": none may have been held)."""
    noun = a.tok
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in r.cues.measures:
        noun = noun.head.head  # "weeks of protests"
    head = noun.head
    if noun.dep_ == "dobj":
        return a.tok if head.lemma_.lower() in r.cues.unrest_causes else None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return a.tok if head.lemma_.lower() in r.cues.unrest_courses else None
    return None


def _crowd_at(r: Reader, a: Act) -> Token | None:
    """ "during a rally against the government": the protest a thing happened at; "resigned
    amid months of anti-government protests", "bowing to weeks of protests": the protests a
    thing happened in or gave in to."""
    return a.tok if r.matcher.protest_setting(a.tok) else None


def _counted_crowd(r: Reader, a: Act) -> Token | None:
    """ "Thousands rally in Taipei against the bills": a crowd only counted, no one named."""
    for subject in children(a.tok, "nsubj"):
        if subject.lemma_.lower() in r.cues.quantities and not children(subject, "prep"):
            return subject
    return None


def _alleged_in(r: Reader, noun: Token) -> tuple[Token, Token] | None:
    """The reporting verb and the clause it says that a charge noun after the clause sums up
    ("The White House said Iran had sent trainers to Crimea, an allegation Tehran denied")."""
    if noun.lemma_.lower() not in r.cues.charges_named:
        return None
    return summed_up_saying(noun, r.cues.reporting_verbs)


def _alleging_speaker(r: Reader, a: Act) -> Found | None:
    """ "The White House said Iran had sent trainers to Crimea, an allegation Tehran denied":
    who said what a charge noun after the clause sums up made the charge."""
    saying = _alleged_in(r, a.tok)
    return _found(r.subject_mentions(saying[0]), "alleging_speaker") if saying else None


def _alleged_doer(r: Reader, a: Act) -> Found | None:
    """ "The White House said Iran had sent trainers to Crimea, an allegation Tehran denied":
    the charge is against the doer of the clause said (Iran)."""
    saying = _alleged_in(r, a.tok)
    if saying is None:
        return None
    doers = _others(a, r.subject_mentions(saying[1]))
    # "Putin said the gunmen had fled toward Ukraine, a claim Kyiv dismissed": a charge whose
    # clause names no one is against whoever answers it
    answerers = [m for c in children(a.tok, "relcl") for m in _others(a, r.subject_mentions(c))]
    return _found(doers or answerers, "alleged_doer")


def _accuser_answered(r: Reader, a: Act) -> Found | None:
    """ "Russia has supplied the rebels with drones, a UN panel said on Friday, an accusation
    Moscow dismissed": a charge rejected, summed up after the clause that reports it, was made
    by whoever reported it (the nearest speaker before it other than the rejecter)."""
    noun = a.tok.head
    if a.tok.dep_ != "relcl" or not _after_the_clause(noun):
        return None
    if noun.lemma_.lower() not in r.cues.charges_named:
        return None
    sayers = [
        t for t in a.sent if t.i < noun.i and t.pos_ == "VERB" and t.lemma_.lower() in r.cues.reporting_verbs
    ]
    for said in reversed(sayers):
        found = _others(a, r.subject_mentions(said))
        if found:
            return Found(found, "accuser_answered")
    return None


def _punished_for_it(r: Reader, a: Act) -> Found | None:
    """ "The EU imposed travel bans on 40 Belarusian officials over the violent crackdown on
    protesters", "Bolivia cut ties with Israel over its offensive in Gaza": a crackdown (or an
    attack) with no doer named, given as the reason for a sanction or a charge (an attack:
    a sanction only) earlier in the sentence, is by whom that act was aimed at."""
    if a.tok.dep_ != "pobj" or a.tok.head.lower_ not in ("over", "for"):
        return None
    repression = _repression(r, a)
    if not (repression or (a.plover is Plover.ASSAULT and _unnamed_doer(r, a.tok))):
        return None
    # (an attack one is blamed "for" is the charge, not a deed told: "blamed Israel for the bombing")
    punishing = _PUNISHING if repression else _PUNISHING - {Plover.ACCUSE}
    start = r.actors.sentence_of(a.tok.i)[0]
    for up in a.tok.ancestors:
        # the nearest act it is the reason for, only ("blaming Colombian paramilitaries for an
        # ambush" after a declared emergency: the emergency is not for the ambush)
        moves = [m for m in r.moves if m.sentence == start and m.at == up.i]
        if moves:
            made = [m.target for m in moves if m.plover in punishing]
            return Found(made, "punished_for_it") if made else None
    return None


_PUNISHING = frozenset({Plover.SANCTION, Plover.ACCUSE, Plover.COERCE})


def _unnamed_doer(r: Reader, noun: Token) -> bool:
    """Whether a deed's own phrase names its doer by no name ("its offensive", "the killing of
    protesters"; not "Russia's invasion")."""
    return not any(
        r.actors.resolve(c)
        for c in dependents(noun)
        if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON"
    )


def _document_said(r: Reader, a: Act) -> Token | None:
    """The document a relative clause tells what it does ("a letter to the Security Council
    that also asked for an emergency meeting": the letter), or a participle on it or on the
    verb that sends it ("sent Berlin a formal note demanding compensation"), else None."""
    noun = a.tok.head
    if not a.is_verb:
        return None
    if a.tok.tag_ == "VBG" and a.tok.dep_ in ("acl", "advcl"):
        return _document_sent(r, noun)
    if a.tok.dep_ != "relcl" or noun.lemma_.lower() not in r.cues.document_nouns:
        return None
    relative = any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in dependents(a.tok))
    return noun if relative else None


def _document_sent(r: Reader, head: Token) -> Token | None:
    """The document a participle hangs on: the noun itself ("a note demanding ..."), or the
    object of the verb it hangs on ("sent Berlin a formal note on Monday demanding ...")."""
    if head.lemma_.lower() in r.cues.document_nouns and head.dep_ == "dobj":
        return head
    if head.pos_ != "VERB":
        return None
    return next((o for o in objects(head) if o.lemma_.lower() in r.cues.document_nouns), None)


def _document_author(r: Reader, a: Act) -> Found | None:
    """ "Mali accused France in a letter to the Security Council that also asked for an
    emergency meeting": what a document does is its author's act (whose it is, else the
    subject of the clause it is written in)."""
    document = _document_said(r, a)
    if document is None:
        return None
    # (not a gerund of what is charged: "accused France of violating its airspace in a letter")
    clauses = (up for up in document.ancestors if up.pos_ in ("VERB", "AUX") and up.tag_ != "VBG")
    authors = r.actors.owner(document) or next(filter(None, map(r.subject_mentions, clauses)), [])
    return _found(authors, "document_author")


def _document_recipient(r: Reader, a: Act) -> Found | None:
    """ "... in a letter to the Security Council that asked for an emergency meeting": what a
    document asks, it asks of whom it is addressed to."""
    document = _document_said(r, a)
    if document is None:
        return None
    own = {s.actor_id for s in a.sources}
    sent = [document, document.head] if document.dep_ == "dobj" else [document]  # "sent a letter to the AU"
    found = [m for h in prep_objects(sent, "to") for m in r.actors.resolve(h) if m.actor_id not in own]
    return _found(found, "document_recipient")


# -- which acts a strategy reads (see Strategy) --------------------------------------------------
_CONFLICT = frozenset(p for p in Plover if p.quad in (QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT))
_COOPERATION = ANY_CATEGORY - _CONFLICT
_VERBAL = frozenset(p for p in Plover if p.quad in (QuadClass.VERBAL_COOPERATION, QuadClass.VERBAL_CONFLICT))
_MATERIAL = ANY_CATEGORY - _VERBAL
#: acts of force, one another's kind when named again ("the raid" may tell of a seizure)
_FORCE = frozenset({Plover.ASSAULT, Plover.COERCE, Plover.MOBILIZE})
#: verdicts against a thing someone made or did: aimed at its maker
_VERDICTS = frozenset({Plover.REJECT, Plover.ACCUSE})
#: friendly acts made on a visit, to the host ("Visiting Hanoi, he promised new aid")
_HOSTED_ACTS = frozenset({Plover.AGREE, Plover.AID, Plover.SUPPORT, Plover.COOPERATE})
#: friendly acts one party of a joint act does toward the other ("..., with Beijing agreeing to pay")
_FRIENDLY = _HOSTED_ACTS | {Plover.CONCEDE, Plover.RETREAT}
#: what may answer a demand
_ANSWERS = frozenset(
    {
        Plover.AGREE,
        Plover.REJECT,
        Plover.CONCEDE,
        Plover.RETREAT,
        Plover.AID,
        Plover.COOPERATE,
        Plover.SUPPORT,
    }
)


SOURCE_STRATEGIES = (
    Strategy("drawn_from", _drawn_from, "Minsk shut the channel, drawing a rebuke from Paris.", verb=False),
    Strategy(
        "reaction_from", _reaction_from, "The crackdown drew swift condemnation from Amnesty.", verb=False
    ),
    Strategy(
        "requester",
        _requester,
        "Riyadh sent troops at the request of Bahrain's rulers.",
        verb=False,
        plovers=frozenset({Plover.REQUEST}),
    ),
    Strategy("summing_up_speaker", _summing_up_speaker, "Seoul halted imports, a ban Tokyo called baseless."),
    Strategy(
        "truce_parties",
        _truce_parties,
        "A truce between A and B took hold, ending days of fighting.",
        verb=True,
    ),
    Strategy(
        "fight_between",
        _fight_between,
        "Kenya took in refugees as fighting between A and B grew.",
        verb=False,
    ),
    Strategy(
        "hosted_between",
        _hosted_between,
        "Oman hosted talks between Iranian and U.S. envoys.",
        verb=False,
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy("vower", _vower, "Kabul vowed that the strikes would not go unanswered.", verb=True),
    Strategy(
        "verdict_speaker",
        _verdict_speaker,
        "Mexico said the new U.S. tariffs violated the trade pact.",
        verdict=True,
    ),
    Strategy(
        "sayer", _sayer, "Moscow said its troops hit only military sites, accusing Kyiv of lies.", verb=True
    ),
    Strategy(
        "trailing_sayer",
        _trailing_sayer,
        "Jets fired at a boat, Manila said, calling the action illegal.",
        verb=True,
    ),
    Strategy(
        "fallen_side",
        _fallen_side,
        "Two Thai soldiers were killed in a clash with Cambodian troops.",
        verb=False,
    ),
    Strategy("visitor", _visitor, "Modi, on a state visit to Tokyo, praised Japan's help.", verb=False),
    Strategy(
        "in_protest_by",
        _in_protest_by,
        "Inmates refused food for weeks in protest at their sentences.",
        verb=False,
        plovers=frozenset({Plover.PROTEST}),
    ),
    Strategy(
        "claimer",
        _claimer,
        "A bomb killed four soldiers in an attack claimed by al-Shabaab.",
        verb=True,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "responsibility_claimed",
        _responsibility_claimed,
        "IS claimed responsibility for the attack on a mall.",
        verb=False,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "alleging_speaker",
        _alleging_speaker,
        "Seoul said Pyongyang fired shells, a charge it denied.",
        verb=False,
    ),
    Strategy(
        "punished_for_it",
        _punished_for_it,
        "The EU banned Belarusian officials over a crackdown.",
        verb=False,
    ),
    Strategy("slot", _source_slots, "Paris summoned the Malian envoy on Tuesday."),
    Strategy("between", _between_parties, "Talks between Kenya and Tanzania ended on Friday.", verb=False),
    Strategy("host_place", _host_place, "The emir received visiting Turkish envoys in Doha.", verb=True),
    Strategy("caller", _caller, "Lula told Macron in a phone call that he would attend.", verb=False),
    Strategy(
        "warring_parties",
        _warring_parties,
        "Baku and Yerevan traded blame over a deadly exchange of fire.",
        verb=False,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "parties_of_the_clause",
        _parties_of_the_clause,
        "Bahrain and Qatar agreed to restore ties after talks in Riyadh.",
        verb=False,
    ),
    Strategy(
        "whoever_acts_on_them",
        _whoever_acts_on_them,
        "Niger expelled two French diplomats accused of spying.",
        plovers=frozenset({Plover.ACCUSE}),
    ),
    Strategy(
        "munition_owner", _munition_owner, "Government shells hit rebel-held districts of Aleppo.", verb=True
    ),
    Strategy(
        "doer_of_the_strike", _doer_of_the_strike, "Israeli air strikes killed 15 people in Rafah.", verb=True
    ),
    Strategy(
        "coup_makers",
        _coup_makers,
        "Soldiers detained Honduran President Zelaya at his residence.",
        verb=True,
        plovers=frozenset({Plover.COERCE}),
    ),
    Strategy(
        "document_author",
        _document_author,
        "Mali wrote to the UN in a letter that asked for a meeting.",
        verb=True,
    ),
    Strategy("participle_agent", _participle_agent, "Sacks of rice donated by Japan were unloaded."),
    Strategy(
        "attack_they_fell_in",
        _attack_they_fell_in,
        "Two soldiers were wounded by Israeli fire near Rafah.",
        verb=True,
        plovers=_FORCE,
    ),
    Strategy(
        "unattributed_attack",
        _unattributed_attack,
        "A car bomb near a market in Basra killed six people.",
        verb=True,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "authorities_of_place", _authorities_of_place, "The reporter was arrested in Lebanon last week."
    ),
    Strategy(
        "reporter_of_a_passive",
        _reporter_of_a_passive,
        "Sanctions were imposed on three Belarusian officials, the EU said.",
        verb=True,
    ),
    Strategy(
        "host_of_a_passive",
        _host_of_a_passive,
        "The Gambian envoy was summoned to the Senegalese ministry.",
        verb=True,
    ),
    Strategy(
        "nearest_before",
        _nearest_before,
        "Oslo, in a statement late on Friday, welcomed the truce.",
        verb=True,
    ),
    Strategy(
        "unnamed_crowd",
        _unnamed_crowd,
        "A man is detained in Minsk during a rally against the vote.",
        plovers=frozenset({Plover.PROTEST}),
    ),
)


# -- targets ---------------------------------------------------------------------------------------
def _doer_of_the_act(r: Reader, a: Act) -> Found | None:
    """ "Paris condemned the detention of two French teachers in Iran": an accusation (or a
    protest "against" one) whose object is an act of its own is aimed at whoever did that
    act (Iran), not at whom it was done to."""
    protested = prep_objects([a.tok], "against") if a.plover is Plover.PROTEST else []
    for obj in [*objects(a.tok), *protested]:
        matched = r.matcher.match(obj)
        if matched is None or matched.trigger.pos != "noun":
            continue
        doers = find_sources(r, Act(obj, matched.trigger, matched.anchor, a.sent, obj))
        found = _others(a, (doers.mentions if doers else []))
        if found:
            return Found(found, "doer_of_the_act")
    return None


def _receiver(r: Reader, a: Act) -> Found | None:
    """ "Maduro rejected an ultimatum from Spain and France", "Caracas rejected calls from
    Colombia and Brazil to hold a new vote": a demand, threat or offer said to come from
    someone, which a clause's subject (of another state) rejects, heeds or welcomes, was
    made to that subject; so was any request the subject rejects, to whatever side other than
    the maker's ("Pretoria rejected a U.S. request to drop the case", "rebels dismissed an
    appeal from the president")."""
    if a.tok.dep_ not in ("dobj", "pobj"):
        return None
    rejected = _rejected_request(r, a)
    if rejected is not None:
        return rejected
    senders = [m for g in prep_objects([a.tok], "from") for m in r.actors.resolve(g)]
    own = {s.actor_id for s in a.sources}
    if not senders or not {m.actor_id for m in senders} <= own:
        return None
    noun = _measured(r, a.tok)  # "rebuffing months of appeals from Kyiv": the months' verb
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ != "VERB":
        return None
    # (of another state: a threat or offer from the president to rebels is domestic, unread)
    found = [m for m in r.subject_mentions(verb) if m.actor_id not in own]
    return _found(found, "receiver")


def _measured(r: Reader, noun: Token) -> Token:
    """The measure a noun is counted by ("months of appeals", "a wave of arrests"), else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in r.cues.measures:
        return prep.head
    return noun


def _measure_of(r: Reader, noun: Token) -> Token:
    """The noun a measure counts ("a new round of talks": the talks), else the noun itself."""
    if noun.lemma_.lower() not in r.cues.measures:
        return noun
    return next(iter(prep_objects([noun], "of")), noun)


def _rejected_request(r: Reader, a: Act) -> Found | None:
    """ "Berlin turned down Kyiv's plea for missiles": a request its subject rejects was made
    to that subject."""
    noun = _measured(r, a.tok)  # "turned down months of pleas by Kyiv"
    verb = noun.head
    if a.plover is not Plover.REQUEST or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    rejected = r.matcher.match(verb)
    if rejected is None or rejected.trigger.relation.plover is not Plover.REJECT:
        return None
    return _found(_others(a, r.subject_mentions(verb)), "receiver")


def _prompted(r: Reader, a: Act) -> Found | None:
    """ "Tbilisi detained four Russian officers, prompting Moscow to recall its envoy", "Tokyo
    approved a plan to release the water, drawing a rebuke from Beijing": a reaction brought
    about by an act is aimed at whoever did it."""
    doer = _prompter(r, a)
    if doer is None or _names_its_own_target(r, a):
        return None
    while doer.dep_ in ("acl", "xcomp") and has_to(doer) and not r.subject_mentions(doer):
        doer = clause_of(doer.head)  # "approved a plan to release the water, drawing ...": the approver
    found = _others(a, r.subject_mentions(doer))
    return _found(found, "prompted")


def _names_its_own_target(r: Reader, a: Act) -> bool:
    """ "..., prompting Tehran to summon the German ambassador": the reaction's own object
    names someone other than its doer (not "prompting Moscow to recall its envoy")."""
    named = r.first_slot(a, ("dobj",))
    return named is not None and any(not any(same_side(s, m) for s in a.sources) for m in named.mentions)


def _reaction_to(r: Reader, a: Act) -> Found | None:
    """ "Mexico offered him asylum, a statement that drew a rebuke from Lima", "The crackdown
    drew condemnation from Amnesty": a reaction drawn by an act is aimed at whoever did it:
    the clause a summing-up noun follows, else the last hostile move told."""
    drew = _drawing_verb(r, a)
    if drew is None:
        return None
    act = next(iter(children(drew, "nsubj")), None)
    if act is not None and act.lower_ in ("that", "which") and drew.dep_ == "relcl":
        act = drew.head
    if act is not None and _after_the_clause(act):  # "..., a statement that drew ..."
        doers = r.subject_mentions(clause_of(act.head))
    elif act is not None and _act_noun(r, act):  # "The crackdown drew ..."
        doers = r.last_move(a, _HOSTILE)
    else:
        return None
    return _found(_others(a, doers), "reaction_to")


def _granted_by(r: Reader, a: Act) -> Found | None:
    """ "Saudi Arabia sent troops into Bahrain at the request of its rulers": a request an
    act was done at was made of whoever did the act."""
    if not granted_request(a.tok, r.cues.answering_verbs):
        return None
    done = clause_of(granting_clause(a.tok))
    doers = _others(a, r.subject_mentions(done))
    if not doers and is_passive(done):
        # "the strike had been carried out at the request of the Somali government": the act
        # named again was whoever made it
        acts = [s for s in children(done, "nsubjpass") if _named_again(r, s)]
        doers = r.last_move(a, _moves_named(r, acts[0])) if acts else []
    return _found(doers, "granted_by")


def _summed_up_act(r: Reader, a: Act) -> Found | None:
    """ "Norway recognised a Palestinian state, a move Israel condemned as a prize for
    terror": a judgement in a relative clause on a noun that sums up the sentence's act
    ("a move", "a step", "a charge") is aimed at whoever did that act (Norway)."""
    naming = a.tok.lemma_.lower() in r.cues.naming_verbs
    if a.plover not in _JUDGED_OR_WARNED and not naming:
        return None
    if a.tok.dep_ == "relcl" or (a.tok.dep_ == "acl" and participle_agents(a.tok)):
        # "..., a move Israel condemned", "..., a decision condemned by the UN"
        summary = a.tok.head
        verb = clause_of(summary.head)
        # "..., a move Israel condemned", or "wrapped up a joint drill that Pyongyang had
        # condemned as a rehearsal for invasion": the act a verb's object names is its subject's
        named = summary.dep_ == "dobj" and _act_noun(r, summary)
        if not (_after_the_clause(summary) or named) or verb.pos_ not in ("VERB", "AUX"):
            return None
    elif summing_up(a.tok, r.cues.act_nouns) is not None:
        verb = a.tok.sent.root  # the parser lost the summing-up noun: the main clause's act
    else:
        return None
    if a.tok.dep_ == "relcl" and (saying := _alleged_in(r, a.tok.head)) is not None:
        verb = saying[0]  # "said Iran had sent trainers, an allegation Tehran denied": the sayer
    return _found(_doers_up_the_clauses(r, a, verb), "summed_up_act")


def _doers_up_the_clauses(r: Reader, a: Act, verb: Token) -> list[Mention]:
    """Who did the act a summing-up noun stands for, climbing from the clause it hangs on to
    the clauses above it while none names a doer: "A court in Minsk sentenced her after
    convicting her of conspiring to seize power, a verdict the EU denounced" (the parser
    hangs "a verdict" on "power": the doer is the court's, two clauses up)."""
    for _ in range(4):
        doers = _others(a, r.subject_mentions(verb))
        if doers or verb.dep_ == "ROOT" or verb.head is verb:
            return doers
        verb = clause_of(verb.head)
    return []


def _act_noun(r: Reader, noun: Token) -> bool:
    """A noun that names an act: "the move", "a joint air drill", "the sanctions"."""
    return noun.lemma_.lower() in r.cues.act_nouns or r.matcher.match(noun) is not None


def _after_the_clause(noun: Token) -> bool:
    """A noun set after its clause by a comma ("..., a move ..."; the parser may hang it
    as the verb's object)."""
    left = noun.left_edge
    return noun.dep_ in ("npadvmod", "appos", "dobj", "dep") and left.i > 0 and left.nbor(-1).text == ","


def _call_from(r: Reader, a: Act) -> Found | None:
    """ "Widodo received a phone call from Xi on Friday", "Macron made a call to Biden": a call
    received is with its caller, a call made with whom it was made to."""
    if a.trigger.relation.mode != "phone" or a.tok.dep_ != "dobj":
        return None
    heads = prep_objects_in([a.tok, a.tok.head], ("from", "to"))
    return _found(_others(a, [m for h in heads for m in r.actors.resolve(h)]), "call_from")


def _called(r: Reader, a: Act) -> Found | None:
    """ "Erdogan told Putin in a phone call", "discussed the war with Scholz in a phone
    call": the call is with whom the speaker addressed."""
    if not phone_call(a.tok, r.cues.call_media):
        return None
    verb = clause_of(a.tok.head)
    heads = [*prep_objects([a.tok], "with"), *children(verb, "dobj", "dative"), *prep_objects([verb], "with")]
    found = _others(a, [m for h in heads for m in r.actors.resolve(h)])
    return _found(found, "called")


def _jailer(r: Reader, a: Act) -> Found | None:
    """ "A court jailed the activist for 11 years; the EU called for her immediate release":
    a release demanded is asked of whoever holds the person, the doer of the last arrest,
    sentence or abduction told (by another than the asker)."""
    asked = [*objects(a.tok), *prep_objects([a.tok], "for")] if a.is_verb else prep_objects([a.tok], "for")
    if not any(o.lemma_.lower() in r.cues.release_nouns for o in asked):
        return None
    return _found(r.last_move(a, _HOLDING), "jailer")


def _demanded_of(r: Reader, a: Act) -> Found | None:
    """ "Paris demanded the withdrawal of Serbian forces from the town": who is asked to
    act is the doer of the demanded act (Serbia, not the town's country)."""
    for obj in objects(a.tok):
        if obj.lemma_.lower() in r.cues.undergone_acts:
            return None  # "demanded the release of a Canadian teacher": the teacher is freed, not asked
        wanted = r.matcher.lexicon.candidates(obj.lemma_.lower(), "noun")
        if wanted:
            found = [m for h in _asked_of(obj, wanted) for m in r.actors.resolve(h)]
            if found:
                return _another_if_only_the_source(r, a, Found(found, "demanded_of"))
    return None


def _victims(r: Reader, a: Act) -> Found | None:
    """ "Islamic State claimed a suicide bombing that killed 13 U.S. troops": an attack told
    as a noun is made on whom its relative clause says it killed or wounded."""
    # (the parser may hang the clause on a place in the noun's phrase: "a bombing outside Kabul
    # airport that killed ...")
    casualties = r.cues.casualty_verbs
    clauses = [c for c in a.tok.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in casualties]
    found = [m for c in clauses for o in objects(c) for m in r.actors.resolve(o) or r.actors.owner(o)]
    return _found(found, "victims")


def _victims_of_the_clause(r: Reader, a: Act) -> Found | None:
    """ "Two Indian soldiers were killed when Pakistani troops opened fire": an attack told in
    a "when" clause of a passive killing or wounding is made on whom that clause says died."""
    if a.tok.dep_ != "advcl":
        return None
    told = a.tok.head
    if not any(c.lower_ in ("when", "as") for c in children(a.tok, "mark", "advmod")) or not is_passive(told):
        return None
    if told.lemma_.lower() not in r.cues.casualty_verbs:
        return None
    found = [m for c in children(told, "nsubjpass") for m in r.actors.resolve(c) or r.actors.owner(c)]
    return _found(_others(a, found), "victims_of_the_clause")


def _the_fallen(r: Reader, a: Act) -> Found | None:
    """ "Three Ukrainian civilians died in Russian shelling overnight": an attack told as what
    people were killed, wounded or died in was made on them."""
    return _found(_others(a, _fallen(r, a.tok)), "the_fallen")


def _asked_of(noun: Token, wanted: list[Trigger]) -> list[Token]:
    """Who a demanded act is asked of: whose act it is ("the withdrawal of Serbian forces",
    "Israel's withdrawal"), or, for an act of two sides, the other side ("demanded a truce with
    government forces": the rebels ask the government, the one it would be made with)."""
    doers = prep_objects([noun], "of") or children(noun, "poss")
    if doers or not any(t.reciprocal and "with" in t.target for t in wanted):
        return doers
    return prep_objects([noun], "with")


def _each_other(r: Reader, a: Act) -> Found | None:
    """ "Peru and Ecuador agreed to pull their troops apart", "Kyrgyz and Tajik commanders
    agreed to pull their units back": a withdrawal by two or more sides that names no one
    else is from each other (not from observers named after it)."""
    if len({s.actor_id for s in a.sources}) < 2:
        return None
    return Found(list(a.sources), "each_other", own=True)


def _target_slots(r: Reader, a: Act) -> Found | None:
    """The lexicon's target slots, in order, or whose the thing in them is: "summoned the
    Malian envoy" (object), "imposed sanctions on Minsk" (on_phrase), "rejected
    Turkey's proposal" (owner_of_object). When they name only the source again, the
    party a condition names ("unless Baghdad accepts") or another party of the act's
    phrases ("restrictions for new EU members")."""
    return _another_if_only_the_source(r, a, r.first_slot(a, a.trigger.target, owners=True))


def _another_if_only_the_source(r: Reader, a: Act, found: Found | None) -> Found | None:
    """ "Ankara launched an offensive in its war with Iraq unless Baghdad ...": when a target
    is only the source again, the party a condition names or another party of the act."""
    if found is None or not all(any(same_side(s, t) for s in a.sources) for t in found.mentions):
        return found
    if a.mutual and len({s.actor_id for s in a.sources}) > 1:
        return found  # "talks between the two countries' ministers in Luanda": among the two, not Luanda
    return _condition(r, a) or _other_party(r, a) or _other_antecedent(r, a, found) or found


def _other_antecedent(r: Reader, a: Act, found: Found) -> Found | None:
    """ "..., and Japan said it was freezing new grants and loans to the country": a
    description the resolver took for the source itself stands for the nearest other state
    named before it in the sentence."""
    doc = r.actors.doc
    described = [
        m
        for m in found.mentions
        if m.via == Via.ANAPHORA and m.category is Category.STATE and doc[m.token].pos_ == "NOUN"
    ]  # ("the country", "the kingdom"; not a pronoun)
    if not described:
        return None
    own = {s.actor_id for s in a.sources}
    for i in range(described[0].token - 1, a.sent.start - 1, -1):
        if i not in r.actors.span_roots:
            continue
        others = [
            m for m in r.actors.resolve(doc[i]) if m.actor_id not in own and r.actors.is_state(m.actor_id)
        ]
        if others:
            return Found([replace(m, via=Via.ANAPHORA) for m in others[:1]], "other_antecedent")
    return None


def _other_party(r: Reader, a: Act) -> Found | None:
    """ "Vienna kept restrictions on its labour market for new EU members": someone else
    a phrase of the act names when its target slot named only the source."""
    places = [*a.anchor, *(objects(a.tok) if a.tok.pos_ == "VERB" else [])]
    for prep in ("for", "against", "to", "with"):
        for h in prep_objects(places, prep):
            found = _others(a, r.actors.resolve(h))
            if found:
                return Found(found, "other_party")
    return None


def _says_what_it_is(r: Reader, verb: Token) -> bool:
    """A verb of naming that says what its object is: "called the move a provocation", or
    with the predicate hung inside the object's phrase, "calling the move reckless" (the
    parser made "reckless" the noun's modifier)."""
    if verb.lemma_.lower() not in r.cues.naming_verbs:
        return False
    return bool(predicates(verb) or trailing_predicates(verb))


def _charges_laid_by(r: Reader, a: Act) -> Found | None:
    """ "jailed a French tourist on spying charges that Paris dismissed as baseless", "on
    espionage charges that Washington called fabricated": charges rejected in a relative
    clause on what someone was punished on are aimed at whoever punished."""
    if a.tok.dep_ not in ("relcl", "acl"):
        return None
    charges = a.tok.head
    on = _ground_preposition(charges)
    if charges.lemma_.lower() not in r.cues.charges_named or on is None:
        return None
    punishing = on.head
    if punishing.pos_ != "VERB":
        return None
    return _found(_others(a, r.subject_mentions(punishing)), "charges_laid_by")


def _ground_preposition(noun: Token) -> Token | None:
    """The "on" or "over" a charge noun is the ground of a punishment by: "jailed on charges",
    "jailed on spying charges" (parsed as a gerund "spying" with "charges" its object)."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.dep_ == "pcomp":
        prep = prep.head
    elif noun.dep_ != "pobj":
        return None
    return prep if prep.lower_ in _GROUNDS and prep.dep_ == "prep" else None


def _named_owner(r: Reader, a: Act) -> Found | None:
    """ "..., calling Manila's protest groundless", "described a U.S. destroyer's passage as a
    provocation": what a verb of naming judges is aimed at whom its object is, or whose."""
    if not _says_what_it_is(r, a.tok):
        return None
    named = children(a.tok, "dobj")
    found = [m for o in named for m in r.actors.resolve(o) or r.actors.owner(o)]
    if not found and any(o.lemma_.lower() in r.cues.charges_named for o in named):
        # "Kyiv accused Moscow of hitting a bus; the Kremlin called the claim a fabrication":
        # a charge named again without its maker is the last accuser's
        found = r.last_move(a, _ACCUSING)
    return _found(_others(a, found), "named_owner")


def _accused_rejecter(r: Reader, a: Act) -> Found | None:
    """ "Tehran dismissed as baseless accusations by Washington that Iranian drones ...", "...,
    calling U.S. and British allegations baseless": a charge someone rejects, denies or calls
    false is aimed at whoever does so."""
    if a.tok.dep_ != "dobj":
        return None
    verb = a.tok.head
    matched = r.matcher.match(verb)
    called = _says_what_it_is(r, verb)
    if not called and (matched is None or matched.trigger.relation.plover is not Plover.REJECT):
        return None
    own = {s.actor_id for s in a.sources}
    rejecter = _reporter_of_participle(r, a.tok.head) or a.tok.head  # ("denied ..., dismissing the charges")
    return _found([m for m in r.subject_mentions(rejecter) if m.actor_id not in own], "accused_rejecter")


def _thanked_for(r: Reader, a: Act) -> Found | None:
    """ "Fiji's prime minister thanked Australia for sending aircraft loaded with relief
    supplies": help someone is thanked or praised for was given to whoever thanks them."""
    if a.tok.dep_ != "pcomp" or a.tok.head.lower_ != "for":
        return None
    thanking = a.tok.head.head
    if thanking.pos_ != "VERB" or thanking.lemma_.lower() not in r.cues.thanking_verbs:
        return None
    own = {s.actor_id for s in a.sources}
    return _found([m for m in r.subject_mentions(thanking) if m.actor_id not in own], "thanked_for")


def _judged_move(r: Reader, a: Act) -> Found | None:
    """ "Turkish jets pounded PKK hideouts in Iraq, and Baghdad condemned the raids as a
    violation of its sovereignty": a charge against an act named again ("the raids",
    "the move") is aimed at whoever made the last hostile move; praise of it, at whoever
    made it."""
    naming = _says_what_it_is(r, a.tok)
    if not (a.plover in (Plover.ACCUSE, Plover.REJECT, Plover.SUPPORT) or naming):
        return None
    named_again = [o for o in objects(a.tok) if _named_again(r, o)]
    if not named_again:
        return None
    if a.plover is Plover.SUPPORT and not naming:
        # "Habibie agreed to let a U.N. force in, and Annan welcomed the decision": praise of an
        # act named again is for whoever made the last move of its kind (of any, for "the move")
        # (a warning or a charge is no decision one welcomes)
        kinds = _kind_named(r, named_again[0]) - _WORDS_OF_CONFLICT
        return _found(r.last_move(a, kinds) or r.last_deed(a, kinds), "judged_move")
    moves = _moves_named(r, named_again[0])
    if a.plover is Plover.REJECT and _kind_named(r, named_again[0]) & _PROPOSALS:
        # "Moscow offered Kyiv a truce. Ukraine rejected the offer": whoever made it to the rejecter
        return _found(r.answered(a, _PROPOSALS), "judged_move")
    if a.plover is Plover.REJECT and moves != frozenset({Plover.ACCUSE}):
        return None  # "Minsk dismissed the charge": whoever made it (other things rejected: later)
    found = r.last_move(a, moves)
    if not found and naming:
        # "Thailand extradited Bout to the U.S.; Moscow called the move unlawful": a move
        # condemned was hostile to the speaker, whatever it was to the others
        found = r.last_move(a, _kind_named(r, named_again[0]), abroad=True)
    if not found and a.plover is not Plover.REJECT:
        # "Latvia voted to tear down the monument, and Moscow condemned the decision": an act told
        # with no one it was done to is condemned in its doer
        found = r.last_deed(a, moves | _kind_named(r, named_again[0]))
    return _found(found, "judged_move")


def _judged_in_verdict(r: Reader, a: Act) -> Found | None:
    """ "Mexico said Washington violated the pact", "Cairo said Ethiopia's plan to fill the dam
    endangered millions", "Hanoi approved the sale, a decision Beijing said would damage ties":
    a reported verdict is aimed at the party its subject names, at whoever did the act its
    subject names, or at whoever did the act a summing-up noun stands for."""
    verb = first_conjunct(a.tok)
    for subject in children(verb, "nsubj"):
        found = _others(a, r.actors.resolve(subject)) or _others(a, _own_doers(r, a, subject))
        if found:
            return Found(found, "judged_in_verdict")
    summary = _verdict_summary(r, a, verb)
    if summary is None:
        return None
    if _after_the_clause(summary) or summary.dep_ in ("conj", "pobj", "npadvmod", "appos"):
        # "..., a decision Beijing said would damage ties": the act of the clause it sums up
        found = _others(a, r.subject_mentions(clause_of(summary.head)))
        if found:
            return Found(found, "judged_in_verdict")
    # "Thailand deported 40 men, and the UN said the move breached international law"
    return _found(r.last_move(a, _ANY_MOVE) or r.last_deed(a, _ANY_MOVE), "judged_in_verdict")


def _own_doers(r: Reader, a: Act, noun: Token) -> list[Mention]:
    """Who a noun's own phrase says did it, or whose it is ("Ethiopia's plan", "the new U.S.
    tariffs", "India's decision")."""
    matched = r.matcher.match(noun)
    if matched is not None and matched.trigger.pos == "noun":
        doers = find_sources(r, Act(noun, matched.trigger, matched.anchor, a.sent, noun))
        if doers and doers.via in OWN_SOURCES:
            return doers.mentions
    # "India's decision to build the dam", "the American drills", "the new Argentine quotas"
    return r.actors.owner(noun)


def _verdict_summary(r: Reader, a: Act, verb: Token) -> Token | None:
    """The noun a verdict is said of when it names no one: its subject ("the move", "it"), or
    the noun the saying hangs on as a relative ("a move the Kremlin said would ...")."""
    for subject in children(verb, "nsubj"):
        if subject.lower_ in ("it", "this", "that") or _act_noun(r, subject):
            return subject
    speaker = verdict_speaker(a.tok, r.cues.reporting_verbs)
    if speaker is not None and speaker.dep_ == "relcl" and speaker.head.pos_ == "NOUN":
        return speaker.head
    return None


def _those_behind(r: Reader, a: Act) -> Found | None:
    """ "Tehran vowed revenge against those behind the attack", "vowed to punish those
    responsible for the strike": whoever is behind, or responsible for, an act made it (its own
    phrase's doer, or the maker of the last such move or deed)."""
    phrases = [
        c for h in (a.tok, *objects(a.tok)) for c in children(h, "prep") if c.lower_ in ("against", "on")
    ]
    named = [g for c in phrases for g in pobjects(c)] + objects(a.tok)  # ("vowed to punish those ...")
    for those in (g for g in named if g.lower_ in ("those", "whoever")):
        behind = [c for c in children(those, "prep") if c.lower_ == "behind"]
        behind += [
            c for m in children(those, "amod") if m.lower_ == "responsible" for c in children(m, "prep")
        ]
        for act in (g for c in behind for g in pobjects(c) if _act_noun(r, g)):
            moves = _moves_named(r, act)
            found = _others(a, r.actors.owner(act)) or r.last_move(a, moves) or r.last_deed(a, moves)
            if found:
                return Found(found, "those_behind")
    return None


def _agreed_for(r: Reader, a: Act) -> Found | None:
    """ "The IMF approved a $3 billion loan for Egypt after Cairo agreed to let the pound float",
    "the convoy reached El Fasher after the RSF agreed to let it through": a promise or a
    concession in a clause of time that someone else's act follows is made to that someone."""
    clause = a.tok
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("after", "once") for c in dependents(clause)
    ):
        return None
    return _found(_others(a, r.subject_mentions(clause.head)), "agreed_for")


def _investigated(r: Reader, a: Act) -> Found | None:
    """ "The ICC prosecutor opened an investigation into alleged crimes against humanity in
    Venezuela", "... into killings carried out by Burundian security forces", "... into the
    army's role in the disappearance": an inquiry by a court or an international body, or by a
    state into its own people, is aimed at whoever its "into" phrase says did the acts looked
    into, or at the state they were done in (a state's inquiry into another's acts is left to
    its own phrase)."""
    if a.trigger.relation.mode != "investigate":
        return None
    states = {s.actor_id for s in a.sources if r.actors.is_state(s.actor_id)}
    holders = [a.tok, a.tok.head] if a.tok.dep_ == "dobj" else [a.tok]  # ("opened an inquiry ... into")
    for looked_into in prep_objects(holders, "into"):
        heads = [
            t
            for t in looked_into.subtree
            if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in ("by", "in"))
        ]
        found = _others(a, [m for h in heads for m in r.actors.resolve(h)])
        if found and (not states or found[0].actor_id in states):
            return Found(found[:1], "investigated")
    return None


def _kind_named(r: Reader, noun: Token) -> frozenset[Plover]:
    """The moves of any kind an act named again may be: its own kind for a word of one
    ("the accord": an agreement), any move on another for "the move", "the flights"."""
    matched = r.matcher.match(noun)
    if matched is not None:
        return frozenset({matched.trigger.relation.plover})
    return _ANY_MOVE if noun.lemma_.lower() in r.cues.any_act_nouns else _ANY_MOVE - _WORDS_OF_CONFLICT


def _moves_named(r: Reader, noun: Token) -> frozenset[Plover]:
    """The moves an act named again may be: of its own kind when the noun is a word of
    one ("the incursion", "the raid", "the expulsions"), any hostile move for "the move",
    "the decision" (not a diplomatic rupture told last for "condemned the incursion"), any
    hostile deed for another act noun ("the tests": not a charge told last)."""
    matched = r.matcher.match(noun)
    if matched is None and noun.lemma_.lower() not in r.cues.any_act_nouns:
        return _HOSTILE - _WORDS_OF_CONFLICT  # "called the tests reckless": a deed, no charge
    if matched is None or matched.trigger.relation.plover not in _HOSTILE:
        return _HOSTILE
    plover = matched.trigger.relation.plover
    return _FORCE if plover in _FORCE else frozenset({plover})


def _judged_by_its_maker(r: Reader, a: Act) -> Found | None:
    """ "Beijing announced sanctions on three US arms makers, calling the sale a breach of
    the one-China principle": a participle that names an act again ("the sale", "the
    drills") judges the party its clause's own move was made on."""
    naming = _says_what_it_is(r, a.tok)
    if not naming or a.tok.dep_ != "advcl" or a.tok.tag_ != "VBG":
        return None
    if not any(_named_again(r, o) for o in objects(a.tok)):
        return None
    return _found(r.own_move_target(a), "judged_by_its_maker")


def _what_it_called(r: Reader, a: Act) -> Found | None:
    """ "Moldova expelled a Russian diplomat over what it called interference": a naming
    in a free relative of the reason is aimed at the object of the act it gives the reason for."""
    if a.tok.dep_ != "pcomp" or not _what_someone_called(r, a.tok):
        return None
    named = _others(a, [m for p in predicates(a.tok) for m in _doer_named_in(r, p)])
    if named:  # "over what it called Britain's militarisation", "... offensive remarks by French ministers"
        return Found(named, "what_it_called")
    verb = a.tok.head.head
    for _ in range(2):  # "gave the French envoy 72 hours to leave, over what it called ...": the envoy
        held = objects(verb) + children(verb, "dative")
        found = _others(a, [m for o in held for m in r.actors.resolve(o) or r.actors.owner(o)])
        if found or verb.dep_ not in ("advcl", "xcomp"):
            return _found(found, "what_it_called")
        verb = verb.head
    return None


def _doer_named_in(r: Reader, noun: Token) -> list[Mention]:
    """Who a noun's own phrase says did it: its owner ("Britain's militarisation") or its "by"
    phrase ("remarks by French ministers")."""
    heads = [*children(noun, "poss"), *prep_objects([noun], "by")]
    return [m for h in heads for m in r.actors.resolve(h)]


def _in_what_it_called(r: Reader, a: Act) -> Found | None:
    """ "North Korea fired a missile into the sea, in what Seoul condemned as a provocation":
    a judgement in a free relative after "in" is of the act itself, aimed at its doer (the act
    told, when the phrase hangs on its attribution: "..., the army said, in what ...")."""
    if a.tok.dep_ != "pcomp" or a.tok.head.lower_ != "in":
        return None
    if a.plover not in _JUDGING and a.tok.lemma_.lower() not in r.cues.naming_verbs:
        return None
    if not any(c.tag_ == "WP" for c in dependents(a.tok)):
        return None
    verb = a.tok.head.head
    if verb.lemma_.lower() in r.cues.reporting_verbs:
        verb = _reported_act(verb)
    return _found(_others(a, r.subject_mentions(verb)), "in_what_it_called")


def _named_again(r: Reader, noun: Token) -> bool:
    """ "the raids", "this move", "the measure": an act the text has told of, with no one named."""
    if noun.pos_ != "NOUN" or not any(c.lower_ in _DEFINITE for c in children(noun, "det")):
        return False
    if children(noun, "poss") or prep_objects([noun], "by"):
        return False
    return _act_noun(r, noun)


def _light_verb_object(r: Reader, a: Act) -> Found | None:
    """ "The minister was put under investigation": the subject of the passive light verb;
    "the EU added 78 officials to its sanctions list": the object of the active one."""
    if a.verb.i == a.tok.i:
        return None
    return _found([m for h in objects(a.verb) for m in r.actors.resolve(h)], "light_verb_object", own=True)


def _complement(r: Reader, a: Act) -> Found | None:
    """ "Lisbon agreed to provide aid to Romania" -> Romania: a target inside the action
    an actor agrees, offers, refuses or demands to take (not for "A and B agreed that
    ...", an act among them)."""
    if a.mutual or a.tok.lemma_.lower() in r.cues.denial_verbs:
        return None  # ("Rwanda denied supporting the M23": the charge denied names no party to it)
    quad = a.quad
    verbal = quad.startswith("verbal")
    for clause in _complements(r, a.tok, quad):
        if not quad.endswith("conflict") and r.conflict_act(clause):
            continue  # "agreed to impose sanctions on Belarus" is no agreement with Belarus
        if clause.dep_ == "ccomp" and not _what_someone_called(r, clause):
            # "demanded that Hamas renounce ...", "allowed Ouattara to run"
            heads, inherited = r.subjects(clause)
            # "demanded that Sudan's warring parties let convoys in": whose parties
            found = [] if inherited else [m for h in heads for m in r.actors.resolve(h) or r.actors.owner(h)]
            if found and all(any(_own(s, m, verbal) for s in a.sources) for m in found):
                # "KCNA warned that Pyongyang would act if Washington ...": whom the condition names
                # (for words, any organ of the speaker's own state: "the defence ministry warned
                # that Beijing would not sit idly by if Washington ...")
                return _condition(r, a) or _found(found, "complement")
            if found or not verbal:
                return _found(found, "complement")
        for t in clause.subtree:
            if t.dep_ in ("dobj", "pobj", "dative") and t.head.i != a.tok.i:
                # "urged its partners to speed up deliveries ahead of a Russian offensive": whose
                # act a noun names is its doer, no party to the demand
                acts = t.lemma_.lower() in r.cues.act_nouns
                found = r.actors.resolve(t) or ([] if acts else r.actors.owner(t))
                if found:
                    return Found(found, "complement")
    return None


def _own(source: Mention, m: Mention, verbal: bool) -> bool:
    """Whether ``m`` is the source again: the same side, or for a verbal act any organ
    of its state."""
    return same_side(source, m) or (verbal and source.actor_id == m.actor_id)


def _what_someone_called(r: Reader, clause: Token) -> bool:
    """ "struck what Islamabad called militant hideouts in Afghanistan": a free relative of
    naming is the act's object as someone named it; its subject is no party."""
    return clause.lemma_.lower() in r.cues.naming_verbs and any(c.tag_ == "WP" for c in dependents(clause))


def _complements(r: Reader, tok: Token, quad: str) -> list[Token]:
    """The clauses a verb takes as its complement ("agreed to provide aid to Romania"); not
    a clause before a verb that is not one of saying ("Washington approved aid, the
    Pentagon said, a day after Russian missiles struck": a misparse), nor "bowing to"."""
    verbal = quad.startswith("verbal")
    return [
        c
        for c in dependents(tok)
        if c.dep_ == "xcomp"
        or (
            c.dep_ == "ccomp"
            and (verbal or not reported(c, r.cues.reporting_verbs))
            and (c.i > tok.i or verbal)
        )
        or (quad.endswith("cooperation") and c.dep_ == "advcl" and has_to(c))
    ]


def _demand_clause(r: Reader, a: Act) -> Found | None:
    """ "its demand that Burundi's government free the detainees", "a call for Iran to
    ...": the subject of the clause a verbal noun governs."""
    clauses = noun_clauses(a.tok)
    heads = [h for c in clauses for h in r.subjects(c)[0] if h.i > a.tok.i]
    return _found([m for h in heads for m in r.actors.resolve(h)], "demand_clause")


def _opponent(r: Reader, a: Act) -> Found | None:
    """ "Kyiv threatened further action against Moscow": the opponent of a hostile act."""
    verb_objects = objects(a.tok) if a.is_verb else []
    heads = prep_objects([*a.anchor, *verb_objects], "against")
    return _found([m for h in heads for m in r.actors.resolve(h)], "against_phrase")


def _shared_target(r: Reader, a: Act) -> Found | None:
    """ "strengthening contacts with Taipei and increasing arms supplies": a coordinated
    verb shares its partner's target."""
    verb = a.tok if a.is_verb else a.tok.head
    if verb.pos_ == "VERB" and a.is_verb and verb.dep_ != "conj":
        return _raised_object(r, verb)
    if verb.pos_ != "VERB" or verb.dep_ != "conj":
        return None
    first = verb.head
    if first.dep_ == "pcomp":  # "... under the slogan of maintaining X and increasing Y"
        first = governing_verb(first) or first
    # "responded by closing borders and imposing sanctions on Niger, and has threatened to
    # use force": the nearest partner before it that names someone
    between = [c for c in dependents(first) if c.dep_ == "conj" and c.i < verb.i and c.pos_ == "VERB"]
    own = {s.actor_id for s in a.sources}
    for partner in [*reversed(between), first]:
        found = _partner_target(r, partner)
        answering = a.plover is Plover.MOBILIZE or (a.plover in _REPLIES and not a.mutual)
        if found is not None and not (answering and {m.actor_id for m in found.mentions} <= own):
            # ("Kosovo police arrested three Serbian officers, and Belgrade put its army on
            # alert": no alert of Serbia against Serbia; "called on Israel to let fuel in, but
            # Israeli officials refused": whom the refusal answers)
            return found
    return None


def _raised_object(r: Reader, verb: Token) -> Found | None:
    """ "Riot police beat and arrested dozens of activists": a verb with no object of its own,
    joined by "and" to the next verb, shares that verb's object."""
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in dependents(verb)):
        return None
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc":
        return None
    partner = doc[verb.i + 2]
    if partner.dep_ != "conj" or partner.head.i != verb.i or partner.pos_ != "VERB":
        return None
    return _found([m for h in objects(partner) for m in r.actors.resolve(h)], "shared_target")


def _co_party(r: Reader, a: Act) -> Found | None:
    """ "Kenya and China signed a deal, with Beijing agreeing to finance most of the cost": a
    friendly act told in a with-clause of a clause two or more parties do together, by one
    of them, is toward the others."""
    verb = a.tok if a.is_verb else clause_of(a.tok)
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or verb.head.head.pos_ not in ("VERB", "AUX"):
        return None
    parties = r.subject_mentions(verb.head.head)
    if not any(same_side(s, m) for s in a.sources for m in parties):
        return None
    return _found(_others(a, parties), "co_party")


def _answerer(r: Reader, a: Act) -> Found | None:
    """ "Russia ordered ten Bulgarian diplomats out in response to Washington's new
    sanctions": an act a clause answers whose phrase names no one it was done to was done
    to whoever answers it (the clause's subject)."""
    clause = answered_act(a.tok, r.cues.retaliation_nouns)
    if clause is None:
        return None
    found = _others(a, r.subject_mentions(clause))
    return _found(found, "answerer")


def _host_of_the_visit(r: Reader, a: Act) -> Found | None:
    """ "Visiting Hanoi, the Japanese premier promised new aid", "On a visit to Nairobi, the
    Chinese premier pledged $1 billion in loans": a friendly act made on a visit is to the
    host (the place the visiting participle names, or the "to" of a visit noun)."""
    verb = a.tok if a.is_verb else clause_of(a.tok)
    hosts = [
        h
        for c in children(verb, "advcl")
        if c.tag_ == "VBG" and c.lemma_.lower() in r.cues.visit_verbs
        for h in [*objects(c), *prep_objects_in([c], ("to", "in"))]
    ]
    visits = [g for g in prep_objects_in([verb], ("on", "during")) if g.lemma_.lower() in r.cues.visit_nouns]
    hosts += prep_objects(visits, "to")
    found = _others(a, [m for h in hosts for m in r.actors.resolve(h)])
    return _found(found, "host_of_the_visit")


def _partner_target(r: Reader, partner: Token) -> Found | None:
    """Whom a coordinated partner verb names; a visit also where it arrives ("arrived in
    Kyiv and pledged 200 million euros": the host)."""
    places = [partner, *objects(partner)]
    arrived = ("in", "at") if partner.lemma_.lower() in r.cues.visit_verbs else ()
    for prep in ("with", "to", "against", "on", "toward", "towards", *arrived):
        found = [m for h in prep_objects(places, prep) for m in r.actors.resolve(h)]
        if found:
            return Found(found, "shared_target")
    return _found([m for h in objects(partner) for m in r.actors.resolve(h)], "shared_target")


def _people_acted_on(r: Reader, a: Act) -> str | None:
    """The societal sector of the people a verb acts on when the text gives no country
    ("arrested dozens of protesters"): their country is then where it happened."""
    if not a.is_verb:
        return None
    for obj in objects(a.tok):
        head = obj
        if obj.lemma_.lower() in r.cues.quantities:
            head = next((g for c in preps([obj], "of") for g in pobjects(c)), obj)
        sector = r.actors.sector_of(head)
        if sector in SOCIETY:
            return sector
    return None


def _holders(r: Reader, a: Act) -> Found | None:
    """ "Army jets bombed villages controlled by the Karen National Union": an act of force
    on places someone holds is aimed at who holds them."""
    places = [o for o in objects(a.tok) if o.lemma_.lower() in r.cues.place_nouns]
    held = [v for p in places for v in children(p, "acl") if v.lemma_.lower() in r.cues.holding_participles]
    return _found(_others(a, [m for v in held for m in _agents(r, v)]), "holders")


def _made_by(r: Reader, a: Act) -> Found | None:
    """ "Morocco rejected the pretexts advanced by Algiers", "turning down an offer made by
    the rebels": a rejection or condemnation of a thing someone made (the by-agent of a
    participle on the object) is aimed at whoever made it; not at a go-between ("rejected a
    truce brokered by Qatar"). (Praise of "the deal signed by A and B" is left to the
    strategies of who agreed.)"""
    made = [
        v
        for o in objects(a.tok)
        for v in children(o, "acl")
        if v.lemma_.lower() not in r.cues.mediation_participles
    ]
    return _found(_others(a, [m for v in made for m in _agents(r, v)]), "made_by")


def _agents(r: Reader, verb: Token) -> list[Mention]:
    """Whom a participle's by-phrase names ("controlled by the Karen National Union")."""
    return [m for h in participle_agents(verb) for m in r.actors.resolve(h)]


def _places_left(r: Reader, a: Act) -> Found | None:
    """ "Eritrean troops began pulling out of towns in Ethiopia's Tigray region": a withdrawal
    from places in a state is from that state."""
    left = [h for h in r.slot(a, "of")[0] + r.slot(a, "from")[0] if h.lemma_.lower() in r.cues.place_nouns]
    within = prep_objects_in(left, ("in",))
    found = [m for h in within for m in r.actors.resolve_head(h) or r.actors.owner(h)]  # (not its conjuncts)
    return _found(_others(a, found), "places_left")


def _place_of_act(r: Reader, a: Act) -> Found | None:
    """ "Troops were deployed in Mali", "police arrested dozens of protesters in Nairobi"
    (Kenyan protesters), "imposed a curfew in Cizre" (on the people there): where a
    material act happened (not where sides do something among themselves: "signed a
    ceasefire in the Cuban capital")."""
    if a.mutual:
        return None
    people = _people_acted_on(r, a)
    targets = []
    for t in r.location(a.tok, a.anchor):
        if people is not None:
            targets.append(
                Mention(t.actor_id, people, None, t.token, t.start, t.end, Via.LOCATION, Category.STATE)
            )
        elif all(t.actor_id != s.actor_id for s in a.sources):
            targets.append(t)
        elif a.plover in ON_PEOPLE or _patrol_at_home(r, a):  # a domestic act on the people of the place
            targets.append(replace(t, sector=Sector.CIVILIANS.value, via=Via.LOCATION))
    return _found(targets, "place_of_act")


def _patrol_at_home(r: Reader, a: Act) -> bool:
    """ "Soldiers patrol outside the prison in Guayaquil, Ecuador", "the Thai army chief sent
    troops to television stations in Bangkok": a show of force at home by the country's
    forces or officials, in a sentence naming no other state, is aimed at its people (not
    "Russia moved missiles into Kaliningrad": a state named as a whole deploying says nothing
    of whom it is aimed at)."""
    return (
        a.plover is Plover.MOBILIZE
        and not any(s.via in _STATE_NAMES for s in a.sources)
        and r.only_own_state_named(a)
    )


def _goods_noun_clause(tok: Token) -> Token | None:
    """The verb whose subject or object holds the goods a participle names (or the vehicle
    that carries them): "sacks of rice
    donated by Japan are unloaded ..." -> "unloaded" (through "of"); "a ship with 25,000
    tonnes of wheat donated by Russia docked at ..." -> "docked" (through "of" and "with")."""
    noun = tok.head
    for _ in range(3):
        noun = _holder_of_goods(noun)
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = noun.head  # "workers unload sacks of rice donated by Japan at ...": a caption
        if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
            return verb
        noun = verb.head  # "a cargo ship carrying trucks donated by Ankara docked at ...": the ship's
    return None


def _holder_of_goods(noun: Token) -> Token:
    """The noun goods are "of" or "with": "sacks of rice", "a ship with 25,000 tonnes of wheat"."""
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "with"):
            break
        noun = noun.head.head
    return noun


def _cargo_for(r: Reader, a: Act) -> Found | None:
    """ "A Turkish ship carrying food and tents for Gaza docked at Egypt's El Arish port": aid
    that arrives is for whom its cargo says it is, not for the port it passes through."""
    if a.trigger.relation.mode != "visit":
        return None
    goods = cargo(a.tok, r.cues.carrying_verbs)
    if not any(t.lemma_.lower() in r.cues.aid_words for t in goods):
        return None
    own = {s.actor_id for s in a.sources}
    meant = [m for h in prep_objects(goods, "for") for m in r.actors.resolve(h) if m.actor_id not in own]
    return _found(meant, "cargo_for")


def _goods_destination(r: Reader, a: Act) -> Found | None:
    """ "Sacks of rice donated by Japan are unloaded at the port of Chittagong, Bangladesh",
    "tents supplied by Turkey reached Syrian refugees", "a Turkish plane carrying tents lands
    at Herat": where the goods that a participle names arrived (photo captions word aid
    this way)."""
    if a.tok.tag_ not in ("VBN", "VBG") or a.tok.dep_ not in ("acl", "amod"):
        return None
    verb = _goods_noun_clause(a.tok)
    if verb is None:
        return None
    own = {s.actor_id for s in a.sources}
    heads = [*objects(verb), *prep_objects([verb], "to")]  # "jets donated by Oslo were delivered to Kyiv"
    reached = [m for h in heads for m in r.actors.resolve(h) if m.actor_id not in own]
    found = reached or [m for m in r.location(verb, [verb]) if m.actor_id not in own]
    return _found(found, "goods_destination")


def _stricken(r: Reader, a: Act) -> Found | None:
    """ "After floods left thousands homeless along Peru's coast, the United States sent two
    cargo planes loaded with tents": help that names no one it is for goes to the states
    whose disaster the sentence tells (a flood, a quake, an outbreak); ships or planes sent
    with aid on board are help (`coding.Coder._carrying_aid`)."""
    carrying = a.plover is Plover.MOBILIZE and any(
        t.lemma_.lower() in r.cues.aid_words for t in a.tok.subtree
    )
    if a.plover is not Plover.AID and not carrying:
        return None
    own = {s.actor_id for s in a.sources}
    stricken = set()
    for cause in (t for t in a.tok.sent if t.lemma_.lower() in r.cues.natural_causes):
        clause = cause.head if cause.dep_ in ("nsubj", "nsubjpass") else cause
        stricken |= {t.i for t in clause.subtree}
    found = [m for m in r.states_named_in(a.tok.sent, stricken) if m.actor_id not in own]
    return _found(found, "stricken")


def _answered_with(r: Reader, a: Act) -> Found | None:
    """ "North Korea threatens merciless response to US-South Korea drills", "vowed an
    overwhelming response to joint drills by U.S. and South Korean forces": a threatened
    response is aimed at whoever did what it answers (every owner of it)."""
    own = {s.actor_id for s in a.sources}
    answers = [o for o in objects(a.tok) if o.lemma_.lower() in r.cues.retaliation_nouns]
    answered = prep_objects_in(answers + ([a.tok] if answers else []), ("to", "for", "against"))
    answered += prep_objects(answers, "by")  # (the parser may hang "by" on the response)
    found = [m for h in answered for m in _owners_of(r, h) if m.actor_id not in own]
    return _found(found, "answered_with")


def _owners_of(r: Reader, head: Token) -> list[Mention]:
    """Every actor a thing is of: its possessor, its by-phrase, its modifiers ("US-South
    Korea drills", "drills by U.S. and South Korean forces")."""
    found = r.actors.resolve(head) or r.actors.owner(head)
    mods = [t for c in children(head, "compound", "amod", "nmod") for t in c.subtree]
    found += [m for t in mods for m in r.actors.span_mentions(t)]
    found += [m for g in prep_objects([head], "by") for m in r.actors.resolve(g)]
    unique: list[Mention] = []
    for m in found:
        if all(m.actor_id != u.actor_id for u in unique):
            unique.append(m)
    return unique


def _across_the_border(r: Reader, a: Act) -> Found | None:
    """ "Belarus massed troops near its border with Lithuania", "sent tanks to the border
    with Cambodia": a show of force at a border is aimed at the state across it."""
    objs = objects(a.tok) if a.is_verb else []
    near = [a.tok, *objs, *(object_predicated(a.tok) if a.is_verb else [])]
    borders = [
        h
        for h in prep_objects_in(near, ("near", "along", "on", "at", "to", "towards", "toward", "across"))
        if h.lemma_.lower() in r.cues.border_nouns
    ]
    # "closed the border between the two countries": the border is the act's own object
    borders += [o for o in near[1:] if o.lemma_.lower() in r.cues.border_nouns]
    if not borders:
        return None  # most acts: no border (asked first: resolving the objects costs more)
    # "arrested opposition leader Alpha Conde near the border with Ivory Coast": its own object
    if a.plover is not Plover.MOBILIZE and any(r.actors.resolve(o) for o in objs):
        return None
    own = {s.actor_id for s in a.sources}
    # "its border with Lithuania", "the border between the two countries"; "the Gaza border",
    # "the Lebanese border": a side named on the border
    heads = prep_objects_in(borders, ("with", "between"))
    if a.plover is Plover.MOBILIZE:  # a show of force "along the Gaza border", "near Ukraine's border"
        heads += [c for b in borders for c in children(b, "compound", "amod", "poss") if c.pos_ != "PRON"]
    found = [
        m for h in heads for m in r.actors.resolve(h) or r.actors.span_mentions(h) if m.actor_id not in own
    ]
    return _found(found, "across_the_border")


def _provocation(r: Reader, a: Act) -> Found | None:
    """ "Seoul put its units on alert as Pyongyang vowed revenge", "... after Russia moved
    missiles into Kaliningrad": a show of force answers whoever the clause of its cause
    names (and the threat there is aimed at the show of force)."""
    if a.plover is Plover.THREATEN:
        return _answered_show(r, a)
    own = {s.actor_id for s in a.sources}
    for clause in (c for c in dependents(a.tok) if c.dep_ == "advcl"):
        if not any(
            m.lower_ in r.cues.cause_markers for m in dependents(clause) if m.dep_ in ("mark", "prep")
        ):
            continue
        found = [m for m in r.subject_mentions(clause) if m.actor_id not in own]
        if found:
            return Found(found, "provocation", own=False)
    return None


def _answered_show(r: Reader, a: Act) -> Found | None:
    """ "Seoul put its units on alert as Pyongyang vowed an answer to the drills": a threat
    in the clause of a show of force answers whoever shows the force."""
    clause = a.tok
    if clause.dep_ != "advcl" or not any(m.lower_ in r.cues.cause_markers for m in children(clause, "mark")):
        return None
    main = clause.head
    matched = r.matcher.match(main) if main.pos_ == "VERB" else None
    if matched is None or matched.trigger.relation.plover is not Plover.MOBILIZE:
        return None
    own = {s.actor_id for s in a.sources}
    return _found([m for m in r.subject_mentions(main) if m.actor_id not in own], "provocation")


def _grievance(r: Reader, a: Act) -> Found | None:
    """ "Students marched in defiance of Chinese authorities", "to show disapproval of US
    policies": whom a protest is against when a phrase of grievance says it."""
    verb = a.tok if a.tok.pos_ == "VERB" else a.tok.head
    own = {s.actor_id for s in a.sources}
    for t in verb.subtree:
        if t.lemma_.lower() not in r.cues.grievance_nouns:
            continue
        for h in [t, *(g for c in children(t, "prep") for g in pobjects(c))]:
            found = [m for m in r.actors.resolve(h) or r.actors.owner(h) if m.actor_id not in own]
            if found:
                return Found(found, "grievance")
    return None


def _protested_at(r: Reader, a: Act) -> Found | None:
    """ "... kept the bridge blocked in protest at a pulp mill built on the Uruguayan bank": whom
    a protest made "in protest at" something is against, by whoever its phrase names."""
    if a.tok.head.lower_ != "in":
        return None
    own = {s.actor_id for s in a.sources}
    # (the parser may hang "at ..." on the verb, right after "in protest")
    preps = children(a.tok, "prep") + [c for c in children(a.tok.head.head, "prep") if c.i == a.tok.i + 1]
    phrase = [t for c in preps if c.lower_ in ("at", "against", "over") for t in c.subtree]
    return _found(
        [m for t in phrase for m in r.actors.span_mentions(t) if m.actor_id not in own][:1], "protested_at"
    )


def _captors(r: Reader, a: Act) -> Found | None:
    """ "Palestinian prisoners held in Israeli jails began a hunger strike", "prisoners in
    Israeli jails": a protest of captives is against whoever holds them (the agent of the
    participle on them, or the owner of the jail they are in)."""
    doc = a.tok.doc
    held = [
        c
        for s in a.sources
        for c in children(doc[s.token], "acl")
        if c.tag_ == "VBN" and c.lemma_.lower() in r.cues.captive_participles
    ]
    found = [m for c in held for h in participle_agents(c) for m in r.actors.resolve(h)]
    # "prisoners held in Israeli jails", "prisoners in Israeli jails" (where, with no participle)
    places = prep_objects_in([*held, *(doc[s.token] for s in a.sources)], ("in", "at"))
    found += [m for h in places if h.lemma_.lower() in r.cues.captivity_places for m in r.actors.owner(h)]
    return _found(_others(a, found), "captors")


def _own_government(r: Reader, a: Act) -> Found | None:
    """ "Thousands of Kenyans marched through Nairobi": a protest with no named target is
    against the protesters' own government (and calling one off is toward it)."""
    if a.plover is not Plover.PROTEST and a.trigger.relation.cameo not in r.cues.dissent_cameo:
        return None
    return _found(r.own_side(a.sources, Sector.GOVERNMENT, from_society=True), "own_government")


def _overthrown(r: Reader, a: Act) -> Found | None:
    """ "Fiji's army chief seized power on Tuesday", "the army took power in Niger": a
    seizure of power is against the doer's own country's government."""
    if not any(o.lemma_.lower() in r.cues.power_words for o in objects(a.tok)):
        return None
    return _found(r.own_side(a.sources, Sector.GOVERNMENT, from_society=False), "overthrown")


def _own_people(r: Reader, a: Act) -> Found | None:
    """ "The junta imposed martial law", "police arrested 12 people", "Tehran launched a
    crackdown", "Iran hanged a man": on the country's own people; "Prime Minister Hamdok
    resigned": so is a resignation (one done, not one promised)."""
    relation = a.trigger.relation
    if relation.mode == "resign" and _resignation_to_come(r, a):
        return None  # "agreed to resign", "his promise to step down": no resignation yet
    if (
        relation.mode not in r.cues.domestic_modes
        and relation.cameo not in r.cues.domestic_cameo
        and a.tok.lemma_.lower() not in r.cues.executions
        and not _repression(r, a)
    ):
        return None
    # "Ugandan police arrested opposition leader Bobi Wine": a person the police hold, named
    # with no country, is one of its people
    held = objects(a.tok) if a.is_verb else []
    named = any(o.ent_type_ == "PERSON" for o in held)
    if any(_of_another_state(r, a, t) for o in held for t in o.subtree if t.i < o.i):
        return None  # "sentenced U.S. basketball star Brittney Griner": not one of its people
    # "riot police fired tear gas to break up a march by miners": crowd control is on its people;
    # "a Turkish court sentenced businessman Osman Kavala": so is a court's verdict
    # "police arrested dozens of people who tried to march on the embassy": so are the people
    # it arrests, when a noun says who they are (not a bare count: "killing one and arresting 12")
    arrested = relation.mode == "arrest" and any(o.pos_ in ("NOUN", "PROPN") for o in held)
    police = named or arrested or relation.mode in ("crowd-control", "convict")
    return _found(r.own_side(a.sources, Sector.CIVILIANS, from_society=False, police=police), "own_people")


def _own_bill_rejected(r: Reader, a: Act) -> Found | None:
    """ "Georgia's president vetoed the 'foreign agents' bill", "parliament rejected the
    budget": a bill or a law rejected, no other state named, is a rejection within the
    rejecter's own state (the measure of its legislature, or of its government)."""
    if not any(o.lemma_.lower() in r.cues.bills for o in objects(a.tok)):
        return None
    own = [
        Mention(s.actor_id, _makers_of_bills(s), None, s.token, s.start, s.end, Via.IMPLIED, Category.STATE)
        for s in a.sources[:1]
        if r.actors.is_state(s.actor_id)
    ]
    return _found(own, "own_bill_rejected")


def _makers_of_bills(rejecter: Mention) -> str:
    """Who made the bill a state's institution rejects: the legislature when the president or
    government vetoes it, the government when the legislature votes it down."""
    legislature = Sector.LEGISLATURE.value
    return Sector.GOVERNMENT.value if rejecter.sector == legislature else legislature


def _own_people_attacked(r: Reader, a: Act) -> Found | None:
    """ "Cameroonian troops torched dozens of homes in an English-speaking village", "police
    opened fire on opposition supporters": an attack by a state's forces on people or homes
    named with no country, in a sentence that names no other state, is on its own people."""
    if a.tok.dep_ == "pcomp" or not r.only_own_state_named(a):
        return None  # "accused the other of shelling homes": the charge
    if len({s.actor_id for s in a.sources}) != 1:
        return None  # "troops traded fire, killing two villagers": of one side or the other
    hit = [*objects(a.verb), *prep_objects_in([a.tok, a.verb], ("on", "at"))]
    hit += [c for h in hit for c in conjuncts(h)]
    if not any(_people_or_homes(r, h) for h in hit):
        return None
    return _found(
        r.own_side(a.sources, Sector.CIVILIANS, from_society=False, police=True), "own_people_attacked"
    )


def _people_or_homes(r: Reader, head: Token) -> bool:
    """Whether ``head`` names people of no country or their homes ("villagers", "opposition
    supporters", "dozens of homes")."""
    heads = [head, *prep_objects([head], "of")]  # "dozens of homes", "hundreds of protesters"
    return any(
        h.lemma_.lower() in r.cues.dwellings or r.actors.sector_of(h) in _PEOPLE_SECTORS for h in heads
    )


def _resignation_to_come(r: Reader, a: Act) -> bool:
    """Whether a resignation is only promised, agreed or asked for ("agreed to resign",
    "his promise to step down", "unless the president agrees to step down")."""
    verbs = chain(a.tok)
    promised = any(t.lemma_.lower() in r.cues.commit_verbs for t in verbs[1:])
    modal = any(t.dep_ == "aux" and t.tag_ == "MD" for t in dependents(a.tok))  # "will step down"
    demanded = a.tok.tag_ == "VB" and not has_to(a.tok)  # "demanded that Suharto step down"
    return promised or modal or demanded or a.tok.dep_ == "acl"


def _of_another_state(r: Reader, a: Act, tok: Token) -> bool:
    """Whether ``tok`` names a state other than the act's sources' ("U.S." in "U.S. basketball
    star Brittney Griner")."""
    own = {s.actor_id for s in a.sources}
    return any(m.actor_id not in own and r.actors.is_state(m.actor_id) for m in r.actors.span_mentions(tok))


def _own_person_held(r: Reader, a: Act) -> Found | None:
    """ "Ecuadorean police raided the Mexican embassy and arrested former vice president Jorge
    Glas": a person an arrest or a verdict names, of no other state, is one of the country's
    own people (before the partner verb's target: not Mexico)."""
    if not any(o.ent_type_ == "PERSON" for o in objects(a.tok)):
        return None
    return _own_people(r, a)


def _warned_public(r: Reader, a: Act) -> Found | None:
    """ "Vucic warned that anyone still blocking roads after midnight would be arrested",
    "warned that those who attacked airports would face the full force of the law": a
    threat to whoever does something, from a state's authorities, is aimed at its people."""
    clauses = children(a.tok, "ccomp")
    if not any(t.lower_ in r.cues.anyone and t.dep_ in SUBJECTS for c in clauses for t in c.subtree):
        return None
    return _found(r.own_side(a.sources, Sector.CIVILIANS, from_society=False), "warned_public")


def _unrest_at_home(r: Reader, a: Act) -> Found | None:
    """ "Dhaka imposed a curfew and deployed the army after clashes with protesting
    students", "Hours later, Pinera said he would suspend the fare increase", "the prime
    minister resigned, bowing to weeks of protests": a deployment, a concession or a
    resignation with no one named, in a story of protests at home (this sentence or the two
    before), is toward the country's own people."""
    resigned = a.trigger.relation.mode == "resign" and not _in_condition(a.tok)
    if (a.plover not in _AT_HOME and not resigned) or not r.unrest_at_home(a):
        return None
    return _found(r.own_side(a.sources, Sector.CIVILIANS, from_society=False), "unrest_at_home")


def _in_condition(tok: Token) -> bool:
    """ "... unless the president agrees to step down": an act in a condition, not done."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in chain(tok) for c in dependents(t))


def _complainant(r: Reader, a: Act) -> Found | None:
    """ "Armenia says Azerbaijani forces shelled border towns overnight", "Kyiv says Moscow
    has massed troops near its borders": an attack or a show of force that names no one it
    is aimed at, told by a state other than its maker, is aimed at the state telling it (a
    third party's report names its victims: "Ukrainian towns", "in Idlib")."""
    if any(c.lower_ in _TRAJECTORY for c in children(a.tok, "prep")):
        return None  # "North Korea fired two missiles into the sea, Seoul said": a launch, told
    said = reporting_head(a.tok, r.cues.reporting_verbs)
    if said is None:
        return None
    speakers = [m for m in r.subject_mentions(said) if r.actors.is_state(m.actor_id)]
    own = {s.actor_id for s in a.sources}
    if a.plover is Plover.MOBILIZE and _names_another(r, a.tok, own):
        return None  # "has trained hackers for cyber warfare against the United States, Seoul said"
    return _found([m for m in speakers if m.actor_id not in own], "complainant")


def _names_another(r: Reader, verb: Token, own: set[str]) -> bool:
    """Whether an actor other than ``own`` is named anywhere in the phrase of ``verb``."""
    return any(m.actor_id not in own for t in verb.subtree for m in r.actors.span_mentions(t))


def _complained_of(r: Reader, a: Act) -> Found | None:
    """ "Estonia summoned Russia's envoy after three Russian jets entered its airspace", "Japan
    lodged a protest with China after Chinese ships sailed in Japanese-claimed waters": a show
    of force or an attack that names no one, told as the cause of a protest or a charge, was
    made on whoever protests (not by a street protest: "protesters stormed the Saudi embassy
    after Riyadh executed a cleric")."""
    if a.tok.dep_ != "advcl":
        return None
    if not any(m.lower_ in r.cues.cause_markers for m in dependents(a.tok) if m.dep_ in ("mark", "prep")):
        return None
    matched = r.matcher.match(a.tok.head)
    if matched is None or matched.trigger.relation.plover not in _COMPLAINTS:
        return None
    own = {s.actor_id for s in a.sources}
    found = [
        m for m in r.subject_mentions(a.tok.head) if m.actor_id not in own and r.actors.is_state(m.actor_id)
    ]
    return _found(found, "complained_of")


def _condition(r: Reader, a: Act) -> Found | None:
    """ "Ankara threatened to launch an offensive unless Baghdad accepted its terms" ->
    Baghdad: whom a threat or promise is for when only its condition names them."""
    return _found(r.condition_targets(a, chain(a.tok)), "condition")


def _answered_demand(r: Reader, a: Act) -> Found | None:
    """ "Kyiv asked Berlin for more air defences. Berlin will deliver two batteries": an
    answer (a promise, a concession, a refusal, help) with no one named is to whoever asked
    its source earlier in its sentence ("called on Israel to let fuel in, but Israeli
    officials refused") or in one of the two before."""
    return _found(r.answered(a, frozenset({Plover.REQUEST}), same_sentence=_bare_reply(a)), "answered_demand")


def _bare_reply(a: Act) -> bool:
    """A reply that names nothing it answers ("called on Israel to let fuel in, but Israeli
    officials refused"; not "a charge Israel rejected", "defied a ban")."""
    return a.plover in _REPLIES and a.is_verb and not objects(a.tok) and a.tok.dep_ != "relcl"


def _answered_force(r: Reader, a: Act) -> Found | None:
    """ "Bangkok sent troops to its border with Cambodia. Phnom Penh placed its units on
    alert"; "The EU added Belarusian officials to its sanctions list. Minsk said it would
    respond in kind": a show of force answers the last show of force, a threat the last
    act of force or pressure, made on its source in the two sentences before."""
    if a.plover is Plover.MOBILIZE:
        return _found(r.answered(a, frozenset({Plover.MOBILIZE}), same_sentence=True), "answered_force")
    if a.plover is Plover.THREATEN or _retaliation(r, a):
        # (else "Addis Ababa accused Asmara of shelling the town and vowed to respond": at
        # whom its source's last move in the sentence was aimed)
        found = r.answered(a, _PRESSURE, same_sentence=True)
        promised = a.plover is Plover.THREATEN and a.trigger.promised_only  # "vowed to respond"
        # ("accused Armenia of shelling its positions and said its units had returned fire")
        answering = promised or (a.plover is Plover.ASSAULT and a.is_verb)
        accused = r.own_move_target(a, frozenset({Plover.ACCUSE})) if answering else []
        return _found(found or accused, "answered_force")
    naming = a.is_verb and _says_what_it_is(r, a.tok)
    if a.plover in (Plover.ACCUSE, Plover.REJECT) or naming:
        # "Algeria broke off relations with Morocco. Rabat called the move baseless"
        return _found(r.answered(a, _HOSTILE, same_sentence=True), "answered_force")
    return None


def _retaliation(r: Reader, a: Act) -> bool:
    """ "retaliated", "a reprisal", "hit back", "struck back", "responded by recalling their
    ambassadors": an act answering another."""
    return (
        a.tok.lemma_.lower() in r.cues.retaliation_words
        or (a.is_verb and has_particle(a.tok, "back"))
        or _done_in_reply(r, a.tok)
    )


def _done_in_reply(r: Reader, tok: Token) -> bool:
    """ "Lithuania and Poland responded by recalling their own ambassadors": the act a verb
    of answering is done by."""
    by = tok.head
    return (
        tok.dep_ == "pcomp"
        and by.lower_ == "by"
        and by.head.lemma_.lower() in r.cues.response_verbs
        and by.head.pos_ == "VERB"
    )


def _nearest_after(r: Reader, a: Act) -> Found | None:
    """The shallow fallback, for a main clause whose parse gives no target: "Lima
    recalled its ambassador, citing Caracas" -> the nearest actor after the trigger
    (not for "Blinken and Lavrov met": among them; nor for a denial, whose target is the
    charge's maker, not a name in what it denies: "Iran denied supplying drones to Russia")."""
    if not r.shallow_fallback or not a.sources or a.mutual or a.tok.lemma_.lower() in r.cues.denial_verbs:
        return None
    exclude = {s.actor_id for s in a.sources}
    doc = r.actors.doc
    if r.main_clause(a.tok):
        near = r.nearest(a.anchor[-1], a.sent, after=True, exclude=exclude)
        return _found([m for m in near if not _on_the_same_side(r, doc[m.token])], "nearest_after")
    if not a.is_verb or (
        a.tok.dep_ not in ("conj", "xcomp") and not _means_gerund(r, a.tok) and not _stance_participle(a)
    ):
        return None
    # "... and closed its borders to Qatari traffic": within the coordinated clause only, not
    # in its circumstances ("stopped buying after the invasion of Ukraine")
    near = r.nearest(a.anchor[-1], a.sent, after=True, exclude=exclude)
    return _found([m for m in near if _in_clause_proper(doc[m.token], a.tok)], "nearest_after")


def _stance_participle(a: Act) -> bool:
    """ "Honiara signed the pact, brushing aside objections from Canberra", "..., blaming what
    it called France's bias": a participle clause after the main one that takes a stance (a
    charge, a rejection, a threat, a sanction or a concession) is read as a coordinated verb
    is, its target the nearest actor after it in the clause (not a clause of consequence:
    "..., killing two people")."""
    return a.tok.dep_ == "advcl" and a.tok.tag_ == "VBG" and a.plover in _STANCES


def _means_gerund(r: Reader, verb: Token) -> bool:
    """ "Israeli artillery responded by shelling villages in southern Lebanon": a gerund
    after "by" on a main clause tells what its subject did, as a coordinated verb would
    (not in a charge: "accused Wellington of meddling by refusing visas to ...")."""
    by = verb.head
    return verb.dep_ == "pcomp" and by.lower_ == "by" and verb.tag_ == "VBG" and r.main_clause(by.head)


def _on_the_same_side(r: Reader, tok: Token) -> bool:
    """Whether ``tok`` is in a phrase of allies (no target of what is done with them)."""
    return any(t.dep_ == "prep" and _allied(r, t) for t in tok.ancestors)


def _allied(r: Reader, prep: Token) -> bool:
    """A preposition of allies: "alongside Ethiopian forces", "together with", "jointly with"."""
    if prep.lower_ == "alongside":
        return True
    return prep.lower_ == "with" and any(
        c.lower_ in r.cues.joint_adverbs for c in (*dependents(prep), *dependents(prep.head))
    )


def _in_clause_proper(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` without passing a preposition of circumstance."""
    for t in (tok, *tok.ancestors):
        if t.i == verb.i:
            return True
        if t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE:
            return False
    return False


TARGET_STRATEGIES = (
    Strategy(
        "judged_in_verdict",
        _judged_in_verdict,
        "Hanoi bought jets, a deal Beijing said would damage ties.",
        verdict=True,
    ),
    Strategy("called", _called, "Lula told Macron in a phone call that he would attend.", verb=False),
    Strategy("call_from", _call_from, "Widodo received a phone call from Xi on Friday.", verb=False),
    Strategy(
        "doer_of_the_act",
        _doer_of_the_act,
        "Paris condemned the detention of two teachers in Iran.",
        verb=True,
        plovers=frozenset({Plover.ACCUSE, Plover.PROTEST}),
    ),
    Strategy("prompted", _prompted, "Oslo expelled a diplomat, prompting Moscow to respond in kind."),
    Strategy(
        "reaction_to",
        _reaction_to,
        "Quito offered him asylum, a step that drew a rebuke from Lima.",
        verb=False,
    ),
    Strategy(
        "granted_by",
        _granted_by,
        "Riyadh sent troops at the request of Bahrain's rulers.",
        verb=False,
        plovers=frozenset({Plover.REQUEST}),
    ),
    Strategy(
        "summed_up_act", _summed_up_act, "Oslo recognised the state, a move Israel condemned.", verb=True
    ),
    Strategy(
        "jailer",
        _jailer,
        "Minsk jailed the activist, and the EU called for her release.",
        plovers=frozenset({Plover.REQUEST}),
    ),
    Strategy(
        "investigated",
        _investigated,
        "The ICC opened an investigation into killings in Venezuela.",
        verb=False,
    ),
    Strategy(
        "demanded_of",
        _demanded_of,
        "Paris demanded the withdrawal of Serbian forces from the town.",
        verb=True,
        plovers=frozenset({Plover.REQUEST}),
    ),
    Strategy(
        "across_the_border",
        _across_the_border,
        "Belarus massed troops near its border with Lithuania.",
        plovers=_CONFLICT,
    ),
    Strategy(
        "guests",
        _guests,
        "Bangkok and Phnom Penh agreed to a truce after talks hosted by Malaysia.",
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy(
        "guests_between",
        _guests_between,
        "Oman hosted talks between Iranian and U.S. envoys.",
        verb=True,
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy("cargo_for", _cargo_for, "A Turkish aid ship bound for Gaza docked at El Arish.", verb=True),
    Strategy(
        "charges_laid_by",
        _charges_laid_by,
        "Tehran jailed him on charges Paris called baseless.",
        verb=True,
        plovers=_VERDICTS,
    ),
    Strategy("slot", _target_slots, "Minsk summoned the Lithuanian envoy on Monday."),
    Strategy(
        "made_by", _made_by, "Rabat rejected the pretexts advanced by Algiers.", verb=True, plovers=_VERDICTS
    ),
    Strategy(
        "places_left",
        _places_left,
        "Eritrean troops pulled out of towns in Ethiopia's Tigray.",
        plovers=frozenset({Plover.RETREAT}),
    ),
    Strategy(
        "addressed_in_talks",
        _addressed_in_talks,
        "Ruto assured Haiti's premier during talks in Nairobi.",
        verb=False,
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy(
        "visit_received",
        _visit_received,
        "Lula praised Spain during a visit by its king.",
        verb=False,
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy(
        "visited_in_modifier",
        _visited_in_modifier,
        "Seoul praised Lula's Moscow visit.",
        verb=False,
        plovers=frozenset({Plover.CONSULT}),
    ),
    Strategy(
        "victims",
        _victims,
        "IS claimed a bombing that killed 13 U.S. troops.",
        verb=False,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "the_fallen",
        _the_fallen,
        "Three Ukrainian civilians died in Russian shelling overnight.",
        verb=False,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "victims_of_the_clause",
        _victims_of_the_clause,
        "Two Indian soldiers died when Pakistani troops fired.",
        verb=True,
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy(
        "document_recipient",
        _document_recipient,
        "Mali sent a letter to the UN that asked for a meeting.",
        verb=True,
    ),
    Strategy("receiver", _receiver, "Caracas rejected an ultimatum from Madrid and Paris.", verb=False),
    Strategy(
        "answerer", _answerer, "Moscow expelled ten envoys in response to Sofia's sanctions.", verb=False
    ),
    Strategy(
        "in_what_it_called",
        _in_what_it_called,
        "Pyongyang fired a missile, in what Seoul called a provocation.",
        verb=True,
    ),
    Strategy(
        "what_it_called",
        _what_it_called,
        "Rome expelled a Libyan envoy over what it called spying.",
        verb=True,
    ),
    Strategy(
        "alleged_doer", _alleged_doer, "Seoul said Pyongyang fired shells, a charge it denied.", verb=False
    ),
    Strategy(
        "accuser_answered",
        _accuser_answered,
        "Iran armed them, a UN panel said, a charge Tehran denied.",
        plovers=frozenset({Plover.REJECT}),
    ),
    Strategy(
        "thanked_for",
        _thanked_for,
        "Suva thanked Canberra for sending relief supplies.",
        verb=True,
        plovers=_COOPERATION,
    ),
    Strategy(
        "accused_rejecter",
        _accused_rejecter,
        "Tehran dismissed accusations by Washington.",
        verb=False,
        plovers=frozenset({Plover.ACCUSE}),
    ),
    Strategy("named_owner", _named_owner, "Beijing called Manila's protest groundless.", verb=True),
    Strategy(
        "judged_move", _judged_move, "Jets hit camps in Iraq, and Baghdad condemned the raids.", verb=True
    ),
    Strategy(
        "judged_by_its_maker",
        _judged_by_its_maker,
        "Beijing sanctioned US arms makers, calling the sale a breach.",
        verb=True,
    ),
    Strategy(
        "light_verb_object",
        _light_verb_object,
        "The Italian minister was put under investigation.",
        verb=False,
    ),
    Strategy("complement", _complement, "Lisbon agreed to provide aid to Romania.", verb=True),
    Strategy(
        "those_behind",
        _those_behind,
        "A drone killed the general, and Tehran vowed revenge on those behind it.",
    ),
    Strategy(
        "demand_clause",
        _demand_clause,
        "Its demand that Burundi's government free the detainees.",
        verb=False,
        plovers=_VERBAL,
    ),
    Strategy(
        "against_phrase", _opponent, "Kyiv threatened further action against Moscow.", plovers=_CONFLICT
    ),
    Strategy(
        "answered_with",
        _answered_with,
        "Pyongyang vowed a response to US-South Korea drills.",
        verb=True,
        plovers=frozenset({Plover.THREATEN}),
    ),
    Strategy(
        "own_person_held",
        _own_person_held,
        "Quito police raided the embassy and arrested Jorge Glas.",
        verb=True,
    ),
    Strategy("shared_target", _shared_target, "Oslo kept contacts with Taipei and increased arms supplies."),
    Strategy(
        "co_party",
        _co_party,
        "Kenya and China signed a deal, with Beijing agreeing to pay.",
        plovers=_FRIENDLY,
    ),
    Strategy(
        "host_of_the_visit",
        _host_of_the_visit,
        "Visiting Hanoi, the Japanese premier promised aid.",
        plovers=_HOSTED_ACTS,
    ),
    Strategy(
        "holders",
        _holders,
        "Army jets bombed villages controlled by the rebels.",
        verb=True,
        plovers=_CONFLICT,
    ),
    Strategy(
        "place_of_act", _place_of_act, "Police arrested dozens of protesters in Nairobi.", plovers=_MATERIAL
    ),
    Strategy(
        "goods_destination",
        _goods_destination,
        "Tents supplied by Turkey reached Syrian refugees.",
        plovers=frozenset({Plover.AID}),
    ),
    Strategy(
        "stricken",
        _stricken,
        "After floods hit Peru, the US sent planes loaded with tents.",
        plovers=frozenset({Plover.AID, Plover.MOBILIZE}),
    ),
    Strategy(
        "provocation",
        _provocation,
        "Seoul put its units on alert as Pyongyang vowed revenge.",
        verb=True,
        plovers=frozenset({Plover.THREATEN, Plover.MOBILIZE}),
    ),
    Strategy(
        "protested_at",
        _protested_at,
        "Farmers blocked roads in protest at Ukrainian grain imports.",
        verb=False,
        plovers=frozenset({Plover.PROTEST}),
    ),
    Strategy(
        "grievance",
        _grievance,
        "Students marched in defiance of Chinese authorities.",
        plovers=frozenset({Plover.PROTEST}),
    ),
    Strategy(
        "captors",
        _captors,
        "Palestinian prisoners held in Israeli jails began a hunger strike.",
        plovers=frozenset({Plover.PROTEST}),
    ),
    Strategy("own_government", _own_government, "Thousands of Kenyans marched through Nairobi on Sunday."),
    Strategy(
        "overthrown",
        _overthrown,
        "Fiji's army chief seized power on Tuesday.",
        verb=True,
        plovers=frozenset({Plover.COERCE}),
    ),
    Strategy("own_people", _own_people, "The Thai junta imposed martial law on Tuesday."),
    Strategy(
        "own_bill_rejected",
        _own_bill_rejected,
        "Georgia's president vetoed the bill on Saturday.",
        verb=True,
        plovers=frozenset({Plover.REJECT}),
    ),
    Strategy(
        "own_people_attacked",
        _own_people_attacked,
        "Cameroonian troops torched homes in a village.",
        plovers=frozenset({Plover.ASSAULT}),
    ),
    Strategy("unrest_at_home", _unrest_at_home, "Dhaka deployed the army after clashes with students."),
    Strategy(
        "warned_public",
        _warned_public,
        "Belgrade warned that anyone blocking roads would be held.",
        verb=True,
        plovers=frozenset({Plover.THREATEN}),
    ),
    Strategy("condition", _condition, "Ankara threatened an offensive unless Baghdad accepted its terms."),
    Strategy(
        "each_other",
        _each_other,
        "Peru and Ecuador agreed to pull their troops apart.",
        plovers=frozenset({Plover.RETREAT}),
    ),
    Strategy(
        "answered_demand",
        _answered_demand,
        "Kyiv asked Berlin for air defences. Berlin will send two.",
        plovers=_ANSWERS,
    ),
    Strategy(
        "answered_force", _answered_force, "Bangkok sent troops to the border. Phnom Penh went on alert."
    ),
    Strategy(
        "agreed_for",
        _agreed_for,
        "The IMF approved a loan for Egypt after Cairo agreed to float the pound.",
        verb=True,
        plovers=frozenset({Plover.AGREE, Plover.CONCEDE}),
    ),
    Strategy(
        "complainant",
        _complainant,
        "Armenia says Azerbaijani forces shelled border towns.",
        verb=True,
        plovers=frozenset({Plover.ASSAULT, Plover.MOBILIZE}),
    ),
    Strategy(
        "complained_of",
        _complained_of,
        "Riga summoned Moscow's envoy after Russian jets entered its airspace.",
        verb=True,
        plovers=_FORCE,
    ),
    Strategy("nearest_after", _nearest_after, "Lima recalled its ambassador, citing Caracas."),
)
#: talks going on while something else is said or done in them ("assured him during talks")
_DURING = frozenset({"during", "at"})
#: where a launch went, not whom it hit ("fired missiles into the sea")
_TRAJECTORY = frozenset({"into", "toward", "towards", "off", "over", "across"})
#: dependents that are some verb's or preposition's object
_OBJECTS = ("dobj", "pobj", "dative", "attr")
#: ... those that answer in a word ("agreed", "refused", "gave in")
_REPLIES = frozenset({Plover.AGREE, Plover.REJECT, Plover.CONCEDE})
#: a state's answers to a move made on it, which name the move as their cause ("summoned the envoy after ...")
_COMPLAINTS = frozenset({Plover.ACCUSE, Plover.SANCTION})
#: verbs whose object act is someone else's ("condemned the detention of ...")
_JUDGING = frozenset({Plover.ACCUSE, Plover.SUPPORT, Plover.REQUEST, Plover.REJECT})
#: judgements, and warnings, made of a move a summing-up noun names ("a move Beijing warned against")
_JUDGED_OR_WARNED = _JUDGING | {Plover.THREATEN}
#: whose charge a charge named again without its maker is ("called the claim a fabrication")
_ACCUSING = frozenset({Plover.ACCUSE})
#: what a participle clause after the main one may say of the sentence's subject's stance
_STANCES = frozenset({Plover.ACCUSE, Plover.REJECT, Plover.THREATEN, Plover.SANCTION, Plover.CONCEDE})
#: what someone is punished on or for ("jailed on spying charges")
_GROUNDS = frozenset({"on", "over", "for"})
#: moves a later sentence may answer
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
#: hostile words, no act: what "the decision" or "the move" welcomed is not
_WORDS_OF_CONFLICT = frozenset({Plover.THREATEN, Plover.ACCUSE})
#: what is proposed to someone, who may reject it: demands, offers
_PROPOSALS = frozenset({Plover.REQUEST, Plover.AGREE})
#: acts that hold someone a release may be demanded of: arrests, sentences, abductions
_HOLDING = frozenset({Plover.COERCE, Plover.SANCTION, Plover.ASSAULT})
_PRESSURE = frozenset({Plover.MOBILIZE, Plover.SANCTION, Plover.COERCE, Plover.ASSAULT})
_HOSTILE = frozenset({*_PRESSURE, Plover.ACCUSE, Plover.THREATEN})
_ANSWERED = frozenset({Plover.REQUEST, *_HOSTILE})
#: any move made on another, talks and demands aside: what "the move" condemned may name again
_ANY_MOVE = frozenset(Plover) - {Plover.CONSULT, Plover.REQUEST}
#: acts toward a country's own people in a story of protests at home
_AT_HOME = frozenset({Plover.MOBILIZE, Plover.CONCEDE})
_RESPONSES = frozenset({Plover.THREATEN, Plover.MOBILIZE})
#: the sectors of people an attack at home is made on ("villagers", "opposition supporters")
_PEOPLE_SECTORS = frozenset({Sector.CIVILIANS.value, Sector.OPPOSITION.value})
#: source strategies that find all the parties of an act among themselves (no target is sought)
AMONG_THEMSELVES = frozenset({"warring_parties", "truce_parties"})
#: how a state named as a whole is named ("Russia", "Russian", "the Kremlin"): not its forces or officials
_STATE_NAMES = frozenset({Via.NAME, Via.ALIAS, Via.METONYM})
#: target strategies that read the trigger's own phrase (a reciprocal act's pair is mutual)
OWN_PHRASE = frozenset(
    {
        "demanded_of",
        "slot",
        "light_verb_object",
        "called",
        "call_from",
        "guests",
        "guests_between",
        "addressed_in_talks",
        "visit_received",
        "visited_in_modifier",
    }
)


#: target strategies that read past the phrase of an act told in the background: whoever
#: answers it ("Moscow expelled ten envoys in response to Sofia's sanctions": on Moscow), or
#: whom its relative clause says it killed ("protested against firing by Pakistani troops
#: that killed two Indian soldiers")
BACKGROUND_TARGETS = frozenset({"answerer", "own_people", "the_fallen", "victims"})

#: how a source is found in the trigger's own phrase ("Russian strikes", "Prague's expulsion of",
#: "the attack by rebels", "a clash between Indian and Chinese troops"), or as the one who claims it
#: ("IS claimed responsibility for the attack")
OWN_SOURCES = frozenset(
    {"possessor", "modifier", "agent", "between", "punished_for_it", "responsibility_claimed"}
)
#: ... and for a fight "with" someone, the clause it is set in ("India rushed troops to Ladakh
#: after a clash with Chinese soldiers": India's clash)
FOUGHT_WITH_SOURCES = OWN_SOURCES | {"subject", "inherited_subject", "fallen_side"}


def _background(act: Act) -> bool:
    """An act named in a background phrase (the matcher lets one through only when its own
    phrase names its sides: "days after a clash between Indian and Chinese troops"), whose
    sides are read in that phrase only."""
    return not act.is_verb and act.trigger.only_slots


def _own_sources(act: Act) -> frozenset[str]:
    """How a background act's source may be found: in its own phrase, or for a fight "with"
    someone, also as the subject of the clause it is set in."""
    fought_with = act.trigger.reciprocal and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in dependents(act.tok)
    )
    return FOUGHT_WITH_SOURCES if fought_with else OWN_SOURCES


def _only_source(act: Act, found: Found) -> bool:
    """A threat or a show of force whose phrase names only its source again ("Moscow's
    embassy vowed a response to Russia's expulsion"): the later strategies may find whom it
    answers."""
    return act.plover in _RESPONSES and all(any(same_side(s, m) for s in act.sources) for m in found.mentions)


def _own_units(act: Act, found: Found) -> bool:
    """A deployment whose required object names the source's own units ("Washington ordered
    three U.S. destroyers to waters off Venezuela"): they are sent, not its target (but
    "police patrolled Havana": a place of its own)."""
    if act.plover is not Plover.MOBILIZE or found.via != "object":
        return False
    own = {s.actor_id for s in act.sources}
    units = {t.i for o in act.anchor[1:] for t in o.subtree}
    return all(m.actor_id in own and m.token in units for m in found.mentions)


def _among_parties(act: Act, found: Found) -> bool:
    parties = {s.actor_id for s in act.sources}
    return act.mutual and all(m.actor_id in parties for m in found.mentions)


@cache
def _source_strategies(plover: Plover, is_verb: bool, verdict: bool) -> tuple[Strategy, ...]:
    """The source strategies that read an act of this kind, in order (made once a kind: the
    finders run for every trigger). A verdict's own trigger has one: its speaker (its own
    subject is the one judged)."""
    return tuple(s for s in SOURCE_STRATEGIES if s.reads(plover, is_verb, verdict))


@cache
def _target_strategies(
    plover: Plover, is_verb: bool, verdict: bool, only_slots: bool
) -> tuple[Strategy, ...]:
    """The target strategies that read an act of this kind, in order; for an act that names
    its sides in its own phrase only, those that read that phrase (or what answers it)."""
    return tuple(
        s
        for s in TARGET_STRATEGIES
        if s.reads(plover, is_verb, verdict) and (not only_slots or s.name in OWN_PHRASE | BACKGROUND_TARGETS)
    )


def find_sources(reader: Reader, act: Act) -> Found | None:
    """The sources of an act: the first source strategy that finds any (a subject
    inherited from a governing clause stays so counted)."""
    inherited = False
    background = _background(act)
    for strategy in _source_strategies(act.plover, act.is_verb, act.trigger.verdict):
        found = strategy.find(reader, act)
        if found is None or (background and found.via not in _own_sources(act)):
            continue
        inherited = inherited or found.inherited
        if found.mentions:
            mentions = found.mentions + _fighting_backers(reader, act, found.mentions)
            mentions += _allies(reader, act, mentions)
            return Found(mentions, found.via, inherited)
    return None


#: acts allies do together ("raided the camp together with Somali soldiers")
_ALLIED_ACTS = frozenset({Plover.ASSAULT, Plover.COERCE})


def _allies(r: Reader, a: Act, sources: list[Mention]) -> list[Mention]:
    """ "Nigerian jets pounded the hideouts jointly with Chadian forces", "Kenyan police raided
    the camp together with Somali soldiers", "Eritrean troops fought alongside Ethiopian
    forces": whoever an attack or a raid is made with, jointly, or alongside, makes it too
    (not its target)."""
    if a.plover not in _ALLIED_ACTS or not a.is_verb or a.trigger.reciprocal:
        return []  # (who one fights "with" or "alongside" in a clash may be the other side)
    heads = [
        g
        for c in children(a.tok, "prep")
        if _allied(r, c) and (c.lower_ != "alongside" or a.plover is Plover.ASSAULT)
        for g in pobjects(c)
    ]
    own = {s.actor_id for s in sources}
    return [m for h in heads for m in r.actors.resolve(h) if m.actor_id not in own]


def _fighting_backers(r: Reader, a: Act, sources: list[Mention]) -> list[Mention]:
    """ "Syrian government forces backed by Russian warplanes pounded rebel-held towns",
    "Somali troops, backed by U.S. air strikes, recaptured the town": whoever backs the
    subject of an attack with its forces or strikes in it attacks too."""
    if a.plover is not Plover.ASSAULT or not a.is_verb:
        return []
    own = {s.actor_id for s in sources}
    found: list[Mention] = []
    for subject in r.subjects(a.tok)[0]:
        backing = [c for c in dependents(subject) if c.dep_ == "acl" and c.lower_ in r.cues.fighting_backers]
        for agent in (g for c in backing for g in participle_agents(c)):
            found += [m for m in r.actors.resolve(agent) or r.actors.owner(agent) if m.actor_id not in own]
    return found


def find_targets(reader: Reader, act: Act) -> Found | None:
    """The targets of an act: the first target strategy that finds any; ``own`` when
    found in the trigger's own phrase. A mutual act's own parties are no target ("the
    president received his counterpart, and the two agreed ...": among the two)."""
    for strategy in _target_strategies(act.plover, act.is_verb, act.trigger.verdict, act.trigger.only_slots):
        found = strategy.find(reader, act)
        if (
            found is not None
            and found.mentions
            and not _among_parties(act, found)
            and not _only_source(act, found)
            and not _own_units(act, found)
        ):
            return Found(found.mentions, found.via, found.inherited, strategy.name in OWN_PHRASE)
    return None
