"""The relation extractor: a spaCy component that finds who did what to whom.

For every trigger of the lexicon in a sentence (a verb such as "accuse", a verb
phrase such as "impose sanctions on", a nominalisation such as "arms supply
to"; :mod:`~diplograph.extract.triggers`), the source and the target are found by
ordered lists of named strategies (:mod:`~diplograph.extract.strategies`), the
category and flags are read off the governing verbs (:mod:`~diplograph.extract.coding`),
and the pairs become findings. Each finding records the strategies that found its
sides and the rule that set its category; with a :class:`Trace`, the pass also
records why a trigger gave nothing.

Findings are stored as plain rows in ``doc.user_data["dg_findings"]`` so docs
cross process boundaries (``nlp.pipe(n_process=...)``); :class:`Finding` reads
them back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from diplograph.extract.coding import LEXICON, ULTIMATUM, Coder, Coding, conflict
from diplograph.extract.cues import Cues, load_cues
from diplograph.extract.findings import ERROR_KEY, FINDINGS_KEY, Finding, Side
from diplograph.extract.lexicon import Lexicon, Trigger, load_lexicon
from diplograph.extract.mentions import (
    ARMED,
    ActorResolver,
    Category,
    Mention,
    Via,
    domestic,
    same_side,
    two_sides,
)
from diplograph.extract.recodes import Recodes, load_recodes
from diplograph.extract.strategies import (
    AMONG_THEMSELVES,
    ON_PEOPLE,
    Act,
    Reader,
    find_sources,
    find_targets,
)
from diplograph.extract.syntax import (
    SUBJECTS,
    calls_for,
    cargo,
    children,
    conjuncts,
    dependents,
    doc_tokens,
    first_conjunct,
    governing,
    has_to,
    light_verb,
    modal_before_subject,
    noun_clauses,
    object_predicated,
    objects,
    occasion_clause,
    parse_index,
    pobjects,
    prep_objects,
    prep_objects_in,
    reporting_head,
    visit_phrase,
    visiting_participle,
)
from diplograph.extract.triggers import DEEDS, TriggerMatcher, phone_call
from diplograph.ontology.gazetteer import Gazetteer, NameKind, load_gazetteer
from diplograph.ontology.vocabulary import Vocabulary, load_vocabulary
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplograph.model import ActorKind, Plover, QuadClass, Relation, Sector

logger = logging.getLogger(__name__)

_ADDRESSED = (Plover.AGREE, Plover.CONSULT, Plover.SUPPORT, Plover.REQUEST)  # acts toward someone
#: where a noun with no name of its own may stand for a party a pronoun later names ("the
#: rebels said they ...", "met Togo's foreign minister. They agreed")
_PARTY_DEPS = frozenset({*SUBJECTS, "dobj"})
_NOUNS = ("NOUN", "PROPN")
_FRAMES = (Plover.PROTEST.value, Plover.AGREE.value, Plover.REQUEST.value, Plover.SUPPORT.value)


@dataclass(frozen=True, slots=True)
class TriggerNote:
    """A trigger the pass met, and why it gave no event (``reason`` None: it gave some)."""

    start: int
    end: int
    lemma: str
    pos: str
    plover: str
    cameo: str
    reason: str | None


@dataclass(slots=True)
class Trace:
    """What a pass over a doc records for ``diplograph explain``: the triggers met and
    the reasons they gave nothing, and findings removed after the fact."""

    triggers: list[TriggerNote] = field(default_factory=list)
    removed: list[tuple[Finding, str]] = field(default_factory=list)


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
        self.recodes: Recodes = load_recodes()
        self.matcher = TriggerMatcher(self.lexicon, self.cues)
        self.coder = Coder(self.cues, self.vocabulary, self.recodes, matcher=self.matcher)
        c = self.cues
        #: the verbs a sentence's word is read for besides triggers: of saying, of damage
        self.said_or_damaged = c.reporting_verbs | c.damage_verbs
        #: head nouns that may stand for an actor with no name in them ("the rebels", "the country")
        self.actor_nouns = frozenset(
            {*c.sector_of_noun, *c.titles, *c.group_heads, *c.anaphora_state, *c.anaphora_organization}
            | c.anaphora_person
            | c.pair_nouns
            | c.place_nouns
            | c.counterpart_nouns
            | c.mission_nouns
            | c.protester_nouns
        )

    # -- the component -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            with parse_index(doc):  # the parse is read, never changed, from here on
                doc.user_data[FINDINGS_KEY] = [f.to_row() for f in DocPass(self, doc).run()]
        except Exception as exc:  # one odd text must not stop a batch: record it, go on
            logger.exception("relation extraction failed on a piece of text")
            doc.user_data[FINDINGS_KEY] = []
            doc.user_data[ERROR_KEY] = f"relation extraction failed: {type(exc).__name__}: {exc}"
        return doc


class DocPass:
    """One pass over one doc: actor mentions in order, then triggers."""

    def __init__(self, ex: RelationExtractor, doc: Doc, trace: Trace | None = None) -> None:
        self.ex = ex
        self.doc = doc
        self.cues = ex.cues
        self.actors = ActorResolver(ex.gazetteer, ex.cues, doc)
        self.reader = Reader(self.actors, ex.matcher, ex.cues, shallow_fallback=ex.shallow_fallback)
        self.trace = trace
        self._reason: str | None = None  # why the trigger being read gives nothing
        self._phrases: dict[int, Mention | None] = {}

    def run(self) -> Iterator[Finding]:
        found: list[Finding] = []
        every = doc_tokens(self.doc)  # made once: each pass over a span makes its tokens again
        for sent in self.doc.sents:
            tokens = every[sent.start : sent.end]
            found.extend(self._sentence(sent, tokens))
            self._remember(tokens)
        yield from self._help_asked_for(found)

    def _help_asked_for(self, found: list[Finding]) -> list[Finding]:
        """ "Australian police and soldiers patrolled Honiara ... Sogavare, who asked Canberra
        for help": forces a state sends into a country whose government asked it for help
        (anywhere in the article) are military assistance (PLOVER AID), not a show of force."""
        asked = {
            (f.source.actor_id, f.target.actor_id)
            for f in found
            if f.plover == _REQUEST and f.target and self._help_asked(f)
        }
        if not asked:
            return found  # most articles: no one asked anyone
        relation = self.ex.recodes["sent_to_help"]
        return [
            _recoded_finding(f, relation, "sent_to_help")
            if f.plover == _MOBILIZE
            and f.target
            and (f.target.actor_id, f.source.actor_id) in asked
            and f.target.actor_id != f.source.actor_id
            and not f.negated
            else f
            for f in found
        ]

    def _help_asked(self, f: Finding) -> bool:
        """Whether a request asks for help ("asked Canberra for help", "requested military
        assistance", "flew in troops at the request of the king"), not for an explanation or
        a release."""
        if f.target_via == "granted_by":
            return True  # the help was sent at it
        span = self.doc.char_span(f.trigger_start, f.trigger_end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span.root.subtree if t.i - span.root.i < 12]
        return any(t.lemma_.lower() in self.cues.help_asked for t in words)

    # -- the article's actors ------------------------------------------------------------------
    def _phrase(self, tok: Token) -> Mention | None:
        """The actor a name stands for, or the phrase a demonym modifies ("French farmers";
        in "Kenyan and Tanzanian delegations" each demonym its own party of the phrase);
        read once a token (both remembering passes ask)."""
        if tok.i not in self._phrases:
            self._phrases[tok.i] = self._read_phrase(tok)
        return self._phrases[tok.i]

    def _read_phrase(self, tok: Token) -> Mention | None:
        actors = self.actors
        noun = _modified_noun(tok) if actors.span_at[tok.i].id_ == NameKind.DEMONYM else None
        if noun is None:
            return actors.resolve_one(tok)
        named = actors.resolve(noun)
        own = [m for m in named if m.actor_id == actors.span_at[tok.i].label_]
        chosen = own or named
        return chosen[0] if chosen else actors.resolve_one(tok)

    def _remember(self, tokens: list[Token]) -> None:
        actors = self.actors
        for i in actors.roots_between(tokens[0].i, tokens[-1].i + 1):
            if i not in actors.remembered:
                tok = tokens[i - tokens[0].i]
                m = self._phrase(tok)
                if m is None:
                    span = actors.span_at[tok.i]
                    m = actors.from_span(span, tok, None) if span.id_ != NameKind.DEMONYM else None
                if m is not None:
                    actors.remember(m)

    def _remember_sentence(self, tokens: list[Token]) -> None:
        """Mentions of this sentence are available to anaphora after the pronoun's position."""
        actors = self.actors
        roots, span_at = actors.span_roots, actors.span_at
        for tok in tokens:
            i = tok.i
            if i in roots:
                m = self._phrase(tok)
                if m is not None:
                    actors.remember(m)
            elif (
                i not in span_at
                and tok.pos_ in _NOUNS
                and (tok.dep_ in _PARTY_DEPS or _between(tok))
                and self._may_name_an_actor(tok)
            ):
                # "the Umma party said it ...", "rebels in Chad said they ...", "met Togo's
                # foreign minister. They agreed": for pronouns later on
                for m in actors.resolve_head(tok):
                    actors.remember(m)

    def _may_name_an_actor(self, tok: Token) -> bool:
        """Whether a noun with no name of its own may stand for an actor: a noun of one
        ("the rebels", "the country"), or a phrase with a name or such a noun in it
        ("thousands of Nigerians", "dozens of opposition supporters", "the rebel group");
        "prices" or "the vote" never do (asked first: resolving is costly)."""
        near = [tok, *dependents(tok), *(g for c in dependents(tok) for g in dependents(c))]
        nouns, span_at = self.ex.actor_nouns, self.actors.span_at
        return any(t.i in span_at or t.lemma_.lower() in nouns or t.lower_.rstrip("s") in nouns for t in near)

    def _sentence(self, sent: Span, tokens: list[Token]) -> Iterator[Finding]:
        self._remember_sentence(tokens)
        found: list[Finding] = []
        consumed: set[int] = set()  # objects of verb phrases ("signed an agreement") are not events again
        listed = self.ex.matcher.listed  # most words are no trigger: asked before the matcher
        reporting, damage = self.cues.reporting_verbs, self.cues.damage_verbs  # (read once a sentence)
        said_or_damaged = self.ex.said_or_damaged
        for tok in tokens:
            lemma = tok.lemma_.lower()
            is_listed = listed(tok, lemma)
            if not is_listed and lemma not in said_or_damaged:
                continue  # most words: no trigger, no verb of saying or of damage
            matched = None if tok.i in consumed or not is_listed else self.ex.matcher.match(tok)
            if matched is not None:
                consumed.update(t.i for t in matched.anchor[1:])
                found.extend(self._noted(tok, matched.trigger, matched.anchor, sent))
            if lemma in reporting and tok.pos_ == "VERB":
                found.extend(self._demand(tok, sent))
                found.extend(self._behind_it(tok, sent))
            if lemma in damage:
                found.extend(self._damage(tok, sent))
        found.extend(self._allegations(found, sent))
        found.extend(self._charges_faced(found, sent))
        found = self._blocked_statements(self._summons_purposes(found, sent), sent)
        yield from self._distinct(self._contents(found, sent))

    def _blocked_statements(self, found: list[Finding], sent: Span) -> list[Finding]:
        """ "Hungary blocked an EU statement criticising China's crackdown": what a statement
        someone blocked or vetoed would have said was never said."""
        if not any(f.plover == Plover.REJECT for f in found):
            return found  # most sentences: nothing blocked
        at = {t.idx: t for t in sent}
        rejected = {  # (blocked, vetoed: "rejected a report accusing it" leaves the report made)
            at[f.trigger_start].i
            for f in found
            if f.plover == Plover.REJECT
            and f.trigger_start in at
            and at[f.trigger_start].lemma_.lower() in self.cues.blocking_verbs
        }
        if not rejected:
            return found  # (refused or dismissed, not blocked)
        out = []
        for f in found:
            tok = at.get(f.trigger_start)
            # (the statement's clause and what it asks in turn: "calling on Israel to halt ...")
            clause = next((t for t in (tok, *tok.ancestors) if t.dep_ == "acl"), None) if tok else None
            said_in = clause.head if clause is not None else None
            if said_in is not None and said_in.dep_ == "dobj" and said_in.head.i in rejected:
                self._removed(f, "what a blocked statement would have said")
            else:
                out.append(f)
        return out

    def _summons_purposes(self, found: list[Finding], sent: Span) -> list[Finding]:
        """ "Bamako summoned Algeria's ambassador to protest their treatment": the protest a
        summons is made for is the summons itself, not a second event between the same two."""
        if len(found) < 2 or not any(f.plover == Plover.ACCUSE for f in found):
            return found  # most sentences: no summons (an ACCUSE) with another finding
        at = {t.idx: t for t in sent}
        summoned = {
            (at[f.trigger_start].i, f.source.actor_id, f.target.actor_id)
            for f in found
            if f.target is not None
            and f.trigger_start in at
            and at[f.trigger_start].lemma_.lower() in self.cues.summoning_verbs
        }
        if not summoned:
            return found
        out = []
        for f in found:
            tok = at.get(f.trigger_start)
            head = tok.head.i if tok is not None and tok.dep_ in ("xcomp", "advcl") else None
            if f.target is not None and (head, f.source.actor_id, f.target.actor_id) in summoned:
                self._removed(f, "what a summons is for is the summons")
            else:
                out.append(f)
        return out

    def _behind_it(self, verb: Token, sent: Span) -> Iterator[Finding]:
        """ "Estonia said Russian military intelligence was behind a wave of cyberattacks":
        saying someone is behind an act accuses them of it; so does saying someone is to blame
        or culpable for a harm ("saying Moscow was culpable for the nerve agent attack")."""
        relation = self.ex.recodes["allegation"]
        for clause in children(verb, "ccomp"):
            behind = self._culpability(clause) if clause.lemma_.lower() == "be" else None
            if behind is None:
                continue
            culprits = self.reader.subject_mentions(clause)
            for speaker in self.reader.subject_mentions(verb):
                for culprit in (c for c in culprits if not same_side(speaker, c)):
                    yield _allegation(
                        relation, speaker.side(), culprit.side(), behind, sent, ("subject", "behind_it")
                    )

    def _culpability(self, clause: Token) -> Token | None:
        """The word of a copular clause that puts an act on its subject: "behind" ("was behind
        the attacks"), or a word of blame for a harm ("was culpable for the attack", "was
        responsible for the deaths", "was to blame for the blast"); else None."""
        behind = next((p for p in children(clause, "prep") if p.lower_ == "behind"), None)
        if behind is not None:
            return behind
        blamed = [
            c
            for c in dependents(clause)
            if c.lemma_.lower() in self.cues.culpable_words and c.dep_ in ("acomp", "xcomp")
        ]
        harms = [
            o
            for b in blamed
            for o in prep_objects([b], "for")
            if o.lemma_.lower() in self.cues.harm_nouns or self._conflict_noun(o)
        ]
        return blamed[0] if harms else None

    def _conflict_noun(self, noun: Token) -> bool:
        """Whether the lexicon has the noun as a material conflict act ("the attack", "the
        cyberattack"), wherever it stands."""
        return any(
            t.relation.plover.quad is QuadClass.MATERIAL_CONFLICT
            for t in self.ex.lexicon.candidates(noun.lemma_.lower(), "noun")
        )

    def _allegations(self, found: list[Finding], sent: Span) -> list[Finding]:
        """ "Amnesty International said Saudi border guards had killed hundreds of migrants":
        a rights group that reports an attack or a crackdown accuses whoever did it (the act
        is coded too)."""
        if not any(f.plover in _ALLEGED for f in found):
            return []  # most sentences: nothing a rights group could report
        at = {t.idx: t for t in sent}
        relation = self.ex.recodes["allegation"]
        out = []
        for f in found:
            tok = at.get(f.trigger_start)
            if f.plover not in _ALLEGED or f.negated or tok is None:
                continue
            said = reporting_head(tok, self.cues.reporting_verbs)
            if said is None:
                continue
            for m in self.reader.subject_mentions(said):
                entry = self.ex.gazetteer.entry(m.actor_id)
                # (a named group's report only: "..., a rights group said" is attribution)
                if entry.actor.kind is ActorKind.NGO and not entry.unnamed:
                    via = ("speaker", "doer_of_the_act")
                    out.append(_allegation(relation, m.side(), f.source, said, sent, via, f.confidence))
        return out

    def _charges_faced(self, found: list[Finding], sent: Span) -> list[Finding]:
        """ "Honduras extradited its former president to the United States on Thursday to face
        drug trafficking charges": the state that receives someone handed over to face charges
        accuses him, and so the state that hands him over (his own); the handover is coded too."""
        if not any(f.cameo == _HANDOVER and f.target is not None for f in found):
            return []  # most sentences: no extradition
        at = {t.idx: t for t in sent}
        out = []
        for f in found:
            tok = at.get(f.trigger_start)
            if f.cameo != _HANDOVER or f.target is None or f.negated or tok is None:
                continue
            faced = [
                c for c in dependents(tok) if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "face"
            ]
            if any(o.lemma_.lower() in self.cues.charge_nouns for c in faced for o in objects(c)):
                relation = self.ex.recodes["charges_faced"]
                # whose the person handed over is, when the text says ("a former chief of
                # Venezuelan military intelligence"), else the state handing him over
                own = [
                    m
                    for o in objects(tok)
                    for m in self.reader.actors.resolve(o)
                    if self.reader.actors.is_state(m.actor_id)
                ]
                accused = own[0].side() if own and own[0].actor_id != f.target.actor_id else f.source
                via = ("receiver", "handed_over")
                out.append(
                    _allegation(relation, f.target, accused, faced[0], sent, via, rule="charges_faced")
                )
        return out

    # -- tracing -------------------------------------------------------------------------------
    def _noted(self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span) -> list[Finding]:
        """The findings of one trigger; with a trace, the trigger and why it gave none."""
        self._reason = None
        found = list(self._events(tok, trigger, anchor, sent))
        if self.trace is not None:
            end = max(a.idx + len(a) for a in anchor)
            reason = None if found else self._reason or "no event"
            r = trigger.relation
            note = TriggerNote(tok.idx, end, trigger.lemma, trigger.pos, r.plover.value, r.cameo, reason)
            self.trace.triggers.append(note)
        return found

    def _drop(self, reason: str) -> None:
        """Why the trigger being read gives nothing (kept for ``diplograph explain``)."""
        self._reason = reason

    def _removed(self, f: Finding, reason: str) -> None:
        if self.trace is not None:
            self.trace.removed.append((f, reason))

    # -- what a frame is about -----------------------------------------------------------------
    def _contents(self, found: list[Finding], sent: Span) -> list[Finding]:
        """What a protest, a promise, a demand or a signed deal is about is not a second
        event: "blocked roads demanding his resignation", "began a hunger strike to demand
        ..." (the demand is the protest's; its addressee is the protest's target when the
        protest names none), "rioted, setting fire to mattresses", "offered troops to help
        him oust ...", "signed an agreement to increase trade"."""
        if not any(f.plover in _FRAMES for f in found):
            return found  # most sentences: nothing that frames another finding
        at = {t.idx: t for t in sent}
        frames = self._frames(found, at)
        if not frames:
            return found
        out: list[Finding] = []
        retarget: dict[int, Side] = {}
        decided: set[int] = set()  # frames that are decisions of their own content, not demands
        for f in found:
            tok = at.get(f.trigger_start)
            if tok is not None and tok.dep_ == "aux":  # "..., saying he must resign": from the modal's verb
                tok = tok.head
            frame = governing(tok, frames) if tok is not None else None
            if (
                frame is None
                or frame is f
                or f.target_via == "thanked_for"  # the help thanked for was given
                or self._call_it_was_said_in(tok)
                or self._occasion_of(tok)
                or self._visitor_named(tok)
                or self._brought_about(tok)
                or _said_of_a_party(tok)
                or _told_alongside(tok)
                or self._charge_added(f, tok)
            ):
                out.append(f)
            elif frame.plover == Plover.REQUEST and (_own_decision(frame, f) or _ordered_done(frame, f, tok)):
                # "Malawi ordered the expulsion of a Zambian diplomat": the order is the act
                out.append(f)
                decided.add(id(frame))
            elif frame.plover == Plover.REQUEST and f.plover != Plover.REQUEST:
                self._removed(f, "asked for in a demand, not done")
            elif not _same_parties(frame, f):
                out.append(f)
            elif frame.plover == Plover.PROTEST and f.plover == Plover.REQUEST:
                if f.target is not None and frame.target is not None and frame.target.via == "implied":
                    retarget[id(frame)] = f.target
                self._removed(f, "what a protest demands is the protest's")
            elif (
                f.plover == frame.plover
                # "rallied outside the embassy, accusing Moscow of ...": a charge of its own
                or (frame.plover == Plover.PROTEST and f.plover == Plover.ACCUSE)
                or _protested_deed(frame, f)
            ):
                out.append(f)
            else:
                self._removed(f, f"the content of a {frame.plover} between the same parties")
        for f in out:
            if id(f) in decided:
                self._removed(f, "an order of the act it names, which is the event")
        kept = [f for f in out if id(f) not in decided]
        return [replace(f, target=retarget[id(f)]) if id(f) in retarget else f for f in kept]

    def _charge_added(self, f: Finding, tok: Token | None) -> bool:
        """ "Burundi ordered the U.N. office to shut down, accusing it of siding with the
        opposition", "Honiara defended its pact with China, accusing Canberra of ...": a charge
        in a participle set off by a comma is the speaker's own act beside the order or the
        praise (what is ordered comes in a "to" or "that" clause; not "saying ...": what is
        said may still be what was asked)."""
        return (
            f.plover == Plover.ACCUSE
            and tok is not None
            and tok.lemma_.lower() not in self.cues.reporting_verbs
            and _added_after_comma(tok)
        )

    def _call_it_was_said_in(self, tok: Token | None) -> bool:
        """ "In a phone call, Macron urged Netanyahu to ...": the call is no content of the demand."""
        return tok is not None and phone_call(tok, self.cues.call_media)

    def _visitor_named(self, tok: Token | None) -> bool:
        """ "King Abdullah told visiting U.S. Secretary of State John Kerry that ...": the
        visit names whom a demand is made to, and took place; it is no content of the demand."""
        return tok is not None and visiting_participle(tok, self.cues.visit_verbs)

    def _brought_about(self, tok: Token | None) -> bool:
        """ "Polish drivers blocked the crossings, prompting Kyiv to urge Warsaw to clear them":
        a reaction an act brings about is no content of it."""
        if tok is None:
            return False
        first = first_conjunct(tok)
        prompting = first.head
        return (
            first.dep_ == "xcomp"
            and prompting.tag_ == "VBG"
            and prompting.lemma_.lower() in self.cues.prompting_verbs
        )

    def _occasion_of(self, tok: Token | None) -> bool:
        """ "Armenia and Azerbaijan agreed on a deal after talks in Almaty": the talks are the
        occasion of the agreement, not what was agreed (nor their hosting: "after talks
        hosted by Kazakhstan")."""
        if tok is not None and tok.dep_ == "acl":
            tok = tok.head
        if tok is None:
            return False
        # "Erdogan, on a visit to Budapest, praised Hungary's stance": the visit it was said on
        return (
            visit_phrase(tok) or occasion_clause(tok, self.cues.measures, self.cues.visit_verbs) is not None
        )

    @staticmethod
    def _frames(found: list[Finding], at: dict[int, Token]) -> dict[int, Finding]:
        """Findings that frame what their clauses say, by trigger token (and the verb a
        framing noun is the object of: "staged a protest", "began a strike")."""
        frames: dict[int, Finding] = {}
        for f in found:
            tok = at.get(f.trigger_start)
            if f.plover in _FRAMES and tok is not None:
                frames[tok.i] = f
                if tok.dep_ in ("dobj", "pobj", "nsubjpass") and tok.pos_ == "NOUN":
                    frames.setdefault(tok.head.i, f)
        return frames

    def _distinct(self, found: list[Finding]) -> Iterator[Finding]:
        """One finding per (source, target, category) in a sentence, where recipients of one
        trigger in one state's different sectors ("the Sudanese government and the rebels")
        are two; an event with no target is dropped when its source has a targeted one there."""
        targeted = {(f.source.actor_id, f.plover) for f in found if f.target}
        sources_with_target = {f.source.actor_id for f in found if f.target}
        seen: dict[tuple[str, str | None, str, bool], list[tuple[int, Side]]] = {}
        for f in found:
            target = f.target.actor_id if f.target else None
            if target is None and (
                (f.source.actor_id, f.plover) in targeted or f.source.actor_id in sources_with_target
            ):
                self._removed(f, "its source has an event with a target in the sentence")
                continue
            earlier = seen.setdefault((f.source.actor_id, target, f.plover, f.negated), [])
            if _repeated(f, earlier):
                self._removed(f, "the same event again in the sentence")
                continue
            earlier.append((f.trigger_start, f.target or f.source))
            yield f

    # -- one trigger ---------------------------------------------------------------------------
    def _events(self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span) -> Iterator[Finding]:
        if self._suppressed(tok, trigger):
            if self.ex.lexicon.candidates(tok.head.lemma_.lower(), "verb"):
                self._drop("a protest broken up: the repressing verb is coded on its own")
                return
            yield from self._repression(tok, trigger, anchor, sent)
            return
        reason = self._not_an_event(tok, trigger)
        if reason is not None:
            self._drop(reason)
            return
        demand = trigger.pos == "noun" and tok.lemma_.lower() == "call" and calls_for(tok)
        if demand:  # "Trump's call to let US troops in", "France's call for a ceasefire": a demand
            trigger = replace(
                trigger,
                relation=self.ex.recodes["call_for"],
                target=("for", "on", "to"),
                source=(*trigger.source, "from"),  # "calls from Colombia and Brazil to hold a vote"
            )
        verb = tok if trigger.pos == "verb" else next(iter(light_verb(tok, self.cues.light_verbs)), tok)
        act = Act(tok, trigger, anchor, sent, verb)
        source = find_sources(self.reader, act)
        if source is None:
            self._drop("no source: no source strategy found an actor")
            return
        sources = source.mentions
        if (_several(sources) and _each(verb)) or source.via in AMONG_THEMSELVES:
            # "Russia and Ukraine each handed over prisoners"; "a truce between A and B ..., ending"
            trigger = replace(trigger, reciprocal=True)
        coding = self.ex.coder.code(tok, trigger)  # (before the targets: it reads the clause only)
        if coding.relation is None:
            self._drop(f"coded to nothing by rule {coding.rule!r}")
            return
        act = Act(
            tok, trigger, anchor, sent, verb, tuple(sources), trigger.reciprocal and _sides_apart(sources)
        )
        target = None if source.via in AMONG_THEMSELVES else find_targets(self.reader, act)
        targets = self._on_people(target.mentions if target else [], sources, trigger)
        relation, rule = self._recoded(coding, trigger, sources, tok)
        relation, rule = self._under_a_pact(verb, relation, rule, targets)
        rule = "call_for" if demand and rule == LEXICON else rule
        relation, rule, targets = self._crowd_act(relation, rule, sources, targets)
        relation, rule, targets = self._labour_strike(tok, relation, rule, sources, targets)
        if (
            trigger.relation.plover in _ADDRESSED
            and relation.plover in _ADDRESSED
            and relation.mode != "visit"
        ):
            # "offered to host a summit on the war in Gaza": a place is a topic, not an addressee
            # (but "will evacuate settlements in Gaza", a promised act, is done there; and
            # "arrived in the Vietnamese capital" visits its country)
            targets = [t for t in targets if t.category != Category.PLACE]
        own_target = target is not None and target.own
        if relation.plover is Plover.AID and self._shown_around(tok, anchor, targets):
            # "China sent 34 aircraft and nine warships around Taiwan": force shown, not given
            relation, rule = self.ex.recodes["show_of_force"], "show_of_force"
        if relation.plover is Plover.MOBILIZE and _several(sources) and self._exercises_of(anchor):
            relation, rule = self._exercises(anchor, relation, rule)
            targets, own_target = [], False
            trigger = replace(trigger, reciprocal=True, relation=relation)
        trigger = _both_ways_if_swapped(trigger, relation, tok)
        coded = _Coded(relation, rule, coding.negated, coding.hypothetical, source.inherited)
        sides = _Sides(sources, source.via, targets, target.via if target else "", own_target)
        if relation.plover in _JOINT_ACTS and _several(sources) and self._done_jointly(verb):
            yield from self._joint_operation(tok, trigger, anchor, sent, coded, sides)
        trigger = _to_each_other(trigger, relation, sources, targets)
        if not targets and self.ex.require_target and not (trigger.reciprocal and len(sources) > 1):
            self._no_target(coded, sources, source.via, sent, tok)
            return
        among_themselves = {t.actor_id for t in targets} <= {s.actor_id for s in sources}
        agreed = among_themselves and relation.plover is Plover.AGREE
        not_among = self._not_agreed_among(verb, sources) if agreed else None
        if not_among is not None:
            self._drop(not_among)
            return
        if targets and self._intercepted(verb):
            # "shot down the drones Russia launched": Russia's attack on the defender
            coded = coded._replace(relation=self.ex.recodes["interception"], rule="interception")
            sides = _Sides(targets, sides.target_via, sources, source.via, False)
        yield from self._findings(tok, trigger, anchor, sent, coded, sides)

    def _crowd_act(
        self, relation: Relation, rule: str, sources: list[Mention], targets: list[Mention]
    ) -> tuple[Relation, str, list[Mention]]:
        """ "The opposition's siege of parliament": a crowd blocking a place protests;
        "protesters torched a police station": a crowd's violence is a violent protest
        (CAMEO 145), against its own government when it names no one."""
        if not sources or not all(s.sector in _CROWDS for s in sources):
            return relation, rule, targets
        if relation.cameo == _BLOCKADE:
            return self.ex.recodes["civil_obstruction"], "civil_obstruction", targets
        protesters = all(self.doc[s.token].lemma_.lower() in self.cues.protester_nouns for s in sources)
        if relation.plover in (Plover.ASSAULT, Plover.COERCE) and protesters:
            own = self.reader.own_side(tuple(sources), Sector.GOVERNMENT, from_society=True)
            return self.ex.recodes["riot"], "riot", targets or own
        return relation, rule, targets

    def _labour_strike(
        self, tok: Token, relation: Relation, rule: str, sources: list[Mention], targets: list[Mention]
    ) -> tuple[Relation, str, list[Mention]]:
        """ "Kenyan teachers staged a strike on Monday": a strike by workers or a crowd is labour
        action (CAMEO 143), against their own government when it names no one; not an attack."""
        if relation.plover is not Plover.ASSAULT or tok.lemma_.lower() != "strike" or tok.pos_ != "NOUN":
            return relation, rule, targets
        if relation.mode is not None:  # "residents reported air strikes": an attack's own kind
            return relation, rule, targets
        if not sources or not all(s.sector in _CROWDS for s in sources):
            return relation, rule, targets
        own = self.reader.own_side(tuple(sources), Sector.GOVERNMENT, from_society=True)
        return self.ex.recodes["labour_strike"], "labour_strike", targets or own

    def _done_jointly(self, verb: Token) -> bool:
        """ "Spanish and Moroccan police arrested nine suspects in coordinated raids", "...
        in a joint operation": the act itself says it was done together."""
        markers = self.cues.joint_modifiers | self.cues.joint_adverbs
        return any(t.lemma_.lower() in markers for t in verb.subtree)

    def _joint_operation(
        self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span, coded: _Coded, sides: _Sides
    ) -> Iterator[Finding]:
        """Forces of two states acting together against a third cooperate, each with the other."""
        relation = self.ex.recodes["joint_operation"]
        joint = replace(trigger, reciprocal=True, relation=relation)
        together = _Sides(sides.sources, sides.source_via, [], "", False)
        yield from self._findings(
            tok, joint, anchor, sent, coded._replace(relation=relation, rule="joint_operation"), together
        )

    def _intercepted(self, verb: Token) -> bool:
        """Whether the act brings down munitions fired at the defender ("shot down 31 of the
        38 drones Russia launched"; not "intercepted Iranian drones on the way to Israel")."""
        cues = self.cues
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.interception_verbs:
            return False
        # "shot down 20 of 25 drones": the parser may hang the count on the verb as a modifier
        counts = [*objects(verb), *(c for c in dependents(verb) if c.dep_ == "npadvmod" and c.pos_ == "NUM")]
        things = counts + prep_objects(counts, "of")
        return any(t.lemma_.lower() in cues.incoming and not self._bound_elsewhere(t) for t in things)

    def _bound_elsewhere(self, munition: Token) -> bool:
        """ "drones that crossed its airspace on the way to Israel": munitions said to be
        headed for someone else."""
        heads = [t for t in munition.subtree if t.dep_ == "prep" and t.lower_ in _HEADED]
        return any(self.actors.resolve(g) for h in heads for g in dependents(h) if g.dep_ == "pobj")

    def _shown_around(self, tok: Token, anchor: list[Token], targets: list[Mention]) -> bool:
        """Whether military means were sent around, near or off a target rather than to it."""
        if not any(self.cues.sector_of_noun.get(a.lemma_.lower()) is Sector.MILITARY for a in anchor[1:]):
            return False
        wanted = {t.actor_id for t in targets}
        means = [x for h in anchor for x in (h, *conjuncts(h))]  # "warplanes and ships around Taiwan"
        heads = [
            g
            for p in (c for h in means for c in dependents(h))
            if p.dep_ == "prep" and p.lower_ in _AROUND
            for g in dependents(p)
            if g.dep_ == "pobj"
        ]
        return any(m.actor_id in wanted for h in heads for m in self.actors.resolve(h))

    def _on_people(self, targets: list[Mention], sources: list[Mention], trigger: Trigger) -> list[Mention]:
        """ "imposed a curfew in Turkey" said of Turkish authorities: on the people there."""
        if trigger.relation.plover not in ON_PEOPLE:
            return targets
        own = {s.actor_id for s in sources}
        return [
            replace(t, sector=Sector.CIVILIANS.value) if t.actor_id in own and self.reader.setting(t) else t
            for t in targets
        ]

    def _recoded(
        self, coding: Coding, trigger: Trigger, sources: list[Mention], tok: Token
    ) -> tuple[Relation, str]:
        """ "Troops arrived in Bosnia": soldiers arriving is a deployment, not a visit;
        "the first contingent of Kenyan peacekeeping troops has arrived in Haiti":
        peacekeepers arriving, military protection."""
        relation = coding.relation
        assert relation is not None
        if not (relation.plover is Plover.CONSULT and trigger.pos == "verb" and relation.mode == "visit"):
            return relation, coding.rule
        if relation.cameo == _HOSTING:  # "the military rulers received a delegation": a host arrives nowhere
            return relation, coding.rule
        arriving = cargo(tok, self.cues.carrying_verbs)
        if any(t.lemma_.lower() in self.cues.aid_words for t in arriving):
            return self.ex.recodes["aid_arrived"], "aid_arrived"
        # (not "Pakistan's army chief flew to Kabul for talks": a commander is a visitor, the
        # army in his title no cargo)
        visitors = [s for s in sources if self._titled(s)]
        titles = {t.i for s in visitors for t in self.doc[s.token].subtree}
        forces = (not visitors and all(s.sector in ARMED for s in sources)) or any(
            self.cues.sector_of_noun.get(t.lemma_.lower()) in ARMED for t in arriving if t.i not in titles
        )
        if not forces:
            return relation, coding.rule
        # "Kenyan police landed in Port-au-Prince, the vanguard of a U.N.-backed mission": peacekeeping
        subtrees = arriving + [t for h in sources for t in self.doc[h.token].subtree] + list(tok.sent)
        peacekeeping = any(
            t.lemma_.lower().startswith("peacekeep") or t.lemma_.lower() == "mission" for t in subtrees
        )
        rule = "peacekeepers_arrived" if peacekeeping else "troops_arrived"
        return self.ex.recodes[rule], rule

    def _under_a_pact(
        self, verb: Token, relation: Relation, rule: str, targets: list[Mention]
    ) -> tuple[Relation, str]:
        """ "Rwanda flew several hundred troops into Bangui under a bilateral defence pact",
        "Uganda sent troops into eastern Congo under a deal with Kinshasa": forces sent in under
        a pact are military cooperation with the state they are sent to, not a show of force
        (but not "troops sent to the border with Guatemala under a deal struck with Washington":
        a pact with another)."""
        if relation.plover is not Plover.MOBILIZE:
            return relation, rule
        pacts = [g for g in prep_objects([verb], "under") if g.lemma_.lower() in self.cues.pact_nouns]
        if not pacts:
            return relation, rule
        partners = {
            m.actor_id for p in pacts for w in prep_objects(p.subtree, "with") for m in self.actors.resolve(w)
        }
        if partners and not partners & {t.actor_id for t in targets}:
            return relation, rule
        return self.ex.recodes["deployed_under_pact"], "deployed_under_pact"

    def _titled(self, m: Mention) -> bool:
        """Whether a mention is one person, named or by title ("Pakistan's army chief", "General
        Bajwa"), not a body of men."""
        head = self.doc[m.token]
        lemma = head.lemma_.lower()
        two = f"{head.nbor(-1).lower_} {lemma}" if head.i > 0 else lemma
        return m.category is Category.PERSON or lemma in self.cues.titles or two in self.cues.titles

    def _not_agreed_among(self, verb: Token, sources: list[Mention]) -> str | None:
        """Why an agreement of several sides is none among them, if it is not (the act agreed
        on is coded): "The EU, the US and Britain agreed to cut Russian banks off SWIFT", a
        conflict act, is aimed at someone else; "Riyadh, Abu Dhabi, Manama and Cairo agreed to
        restore ties with Qatar", an act toward a party named in it (its object or its
        "with", "to", "on" phrase), is a promise to that party (but agreeing to a truce or
        to reopen their border is an agreement between them)."""
        own = {s.actor_id for s in sources}
        agreed = children(verb, "xcomp")
        for c in [*agreed, *(g for x in agreed for g in children(x, "conj"))]:
            matched = self.ex.matcher.match(c)
            if matched is None:
                continue
            if matched.trigger.relation.plover.quad.value.endswith("conflict"):
                return "allies agreeing on a hostile act: the act is coded, not an agreement among them"
            named = [*objects(c), *prep_objects_in([c, *objects(c)], ("with", "to", "on"))]
            if len(sources) > 1 and any(m.actor_id not in own for h in named for m in self.actors.resolve(h)):
                return (
                    "sides agreeing on an act toward another: the act is coded, not an agreement among them"
                )
        return None

    def _no_target(self, coded: _Coded, sources: list[Mention], via: str, sent: Span, tok: Token) -> None:
        """An act told with no one it was done to gives no event, but is remembered as a deed a
        later clause may condemn ("Latvia voted to tear down the monument; Moscow condemned the
        decision")."""
        if not coded.negated and not coded.hypothetical:
            for s in sources:
                self.reader.remember_deed(coded.relation.plover, s, sent.start, tok.i)
        self._drop(f"no target: no target strategy found an actor (source by {via})")

    def _joint(self, anchor: list[Token]) -> bool:
        """ "joint exercises", or exercises of several sides ("French and Egyptian warships
        began war games"): held together."""
        cues = self.cues
        return any(c.lemma_.lower() in cues.joint_modifiers for t in anchor for c in dependents(t)) or any(
            t.lemma_.lower() in cues.exercises for t in anchor
        )

    def _exercises_of(self, anchor: list[Token]) -> bool:
        """Exercises several sides hold, together or against each other."""
        return self._joint(anchor) or self._rival(anchor)

    def _exercises(self, anchor: list[Token], relation: Relation, rule: str) -> tuple[Relation, str]:
        """ "Greece and Turkey held rival naval exercises": each a show of force at the other;
        "the US and South Korea began joint military exercises": military cooperation."""
        if self._rival(anchor):
            return relation, rule
        return self.ex.recodes["joint_exercises"], "joint_exercises"

    def _rival(self, anchor: list[Token]) -> bool:
        """ "rival exercises", "competing drills": held by each side against the other (not
        "counter-terrorism exercises": a prefix of another word)."""
        return any(
            c.lemma_.lower() in self.cues.rival_modifiers and not _prefix(c)
            for t in anchor
            for c in dependents(t)
        )

    def _findings(
        self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span, coded: _Coded, sides: _Sides
    ) -> Iterator[Finding]:
        confidence = 0.85 - (0.1 if coded.inherited else 0) - (0.1 if trigger.pos == "noun" else 0)
        t_end = max(a.idx + len(a) for a in anchor)
        any_pair = False
        for source, source_via, target, target_via in _pairs(trigger, coded.relation, sides):
            if target is not None and (
                same_side(source, target)
                or _one_state_speaking(coded.relation, source, target)
                or _trip_home(coded.relation, source, target)
            ):
                continue
            any_pair = True
            r = coded.relation
            if target is not None and not coded.negated and not coded.hypothetical:
                self.reader.remember_move(r.plover, source, target, sent.start, tok.i)
            yield Finding(
                source.side(),
                target.side() if target else None,
                r.plover.value,
                r.mode,
                r.cameo,
                r.goldstein,
                tok.idx,
                t_end,
                sent.start_char,
                sent.end_char,
                _confidence(confidence, source, target),
                coded.negated,
                coded.hypothetical,
                source_via,
                target_via if target is not None else "",
                coded.rule,
            )
            if target is not None and self._fight_ended(coded, anchor):
                fought = (source, source_via, target, target_via)
                yield _finding(
                    fought, self.ex.recodes["fight_ended"], (tok.idx, t_end), sent, 0.6, "fight_ended"
                )
            if target is not None and self._deadline_set(coded, tok, anchor):
                asked = (source, source_via, target, target_via)
                span = (tok.idx, t_end)
                yield _finding(asked, self.ex.recodes["deadline_demand"], span, sent, 0.6, "deadline_demand")
            if target is not None and self._or_else(coded, tok):
                asked = (source, source_via, target, target_via)
                yield _finding(asked, self.ex.recodes["or_else"], (tok.idx, t_end), sent, 0.6, "or_else")
            if target is not None and self._crowd_repressed(coded, source, target):
                protest = (target, target_via, _government_of(source), source_via)
                span = (tok.idx, t_end)
                yield _finding(
                    protest, self.ex.recodes["protest_repressed"], span, sent, 0.6, "protest_repressed"
                )
        if not any_pair:
            self._drop("the only target is the source itself")

    def _fight_ended(self, coded: _Coded, anchor: list[Token]) -> bool:
        """ "Peru and Ecuador pledged to halt three weeks of fighting": a halt or an end of a
        fight between two sides ("fighting", "hostilities", "clashes"), done or promised, tells
        that the fight took place (the cue lists "fighting" and its lemma "fight" both)."""
        if coded.relation.plover not in (Plover.RETREAT, Plover.AGREE) or coded.negated:
            return False
        return any(t.lemma_.lower() in self.cues.fight_nouns for t in anchor[1:])

    def _deadline_set(self, coded: _Coded, tok: Token, anchor: list[Token]) -> bool:
        """ "ECOWAS gave Niger's junta one week to reinstate President Bazoum": a deadline to do
        something is a demand of it as well as an ultimatum (a deadline to leave is an
        expulsion, coded before; "issued an ultimatum to Ecuador to halt attacks" stays the
        ultimatum alone, as the PLOVER records code it)."""
        if coded.relation.cameo != ULTIMATUM or coded.negated or coded.hypothetical:
            return False
        if not any(t.lemma_.lower() in self.cues.deadline_units for t in anchor[1:]):
            return False
        return any(c.dep_ in ("xcomp", "acl", "advcl") and has_to(c) for t in anchor for c in dependents(t))

    def _or_else(self, coded: _Coded, tok: Token) -> bool:
        """ "called on Hasina to step down and hand power to a caretaker, or face a wave of
        strikes": a demand whose clause says what a refusal brings ("or face", "or risk") is a
        threat as well as a demand."""
        if coded.relation.plover is not Plover.REQUEST or coded.negated or coded.hypothetical:
            return False
        for clause in (c for c in dependents(tok) if c.dep_ in ("xcomp", "ccomp")):
            kids = list(dependents(clause))
            if any(k.dep_ == "cc" and k.lower_ == "or" for k in kids) and any(
                k.dep_ == "conj" and k.lemma_.lower() in self.cues.consequence_verbs for k in kids
            ):
                return True
        return False

    def _crowd_repressed(self, coded: _Coded, source: Mention, target: Mention) -> bool:
        """ "Police fired tear gas at thousands of protesters": the state's forces acting on
        a crowd of its own protesters (who protest against its government)."""
        if coded.relation.plover not in _REPRESSION or coded.negated or coded.hypothetical:
            return False
        if source.actor_id != target.actor_id or not domestic(source.sector, target.sector):
            return False
        head = self.doc[target.token]
        crowd = [head, *(g for c in children(head, "prep") if c.lower_ == "of" for g in dependents(c))]
        return any(t.lemma_.lower() in self.cues.protester_nouns for t in crowd)

    # -- repression, complements ---------------------------------------------------------------
    def _not_an_event(self, tok: Token, trigger: Trigger) -> str | None:
        """Why a trigger is no event of its own, if it is not."""
        if self._governs_conflict(tok, trigger):
            return "the conflict act it agrees or decides to take is the event"
        if self._charged_with(tok):
            return "what someone is punished for is the charge, not an event"
        if self._demanded(tok):
            return "what a demand asks for is its content, not an event"
        if self._prospect(tok, trigger):
            return "what someone faces or fears is a prospect, not an event"
        return None

    def _prospect(self, tok: Token, trigger: Trigger) -> bool:
        """ "refugees who say they face imprisonment and persecution at home", "fled to avoid
        arrest", "risk deportation": a punishment or an attack someone faces, risks, fears or
        escapes has not been done (a charge someone faces has: "faces charges in New York")."""
        t = first_conjunct(tok)
        if trigger.pos != "noun" or t.dep_ != "dobj" or trigger.relation.plover is Plover.ACCUSE:
            return False
        return t.head.lemma_.lower() in self.cues.prospect_verbs

    def _demanded(self, tok: Token) -> bool:
        """ "the ILO reiterated its demand that Israel ease restrictions", "rejected a U.N.
        appeal for deploying troops", "a call for a ceasefire": what a demand, appeal or
        call asks for has not been done (the demand is the event)."""
        t = first_conjunct(tok)
        head = t.head
        if t.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
            nouns = [head]
        elif t.dep_ in ("pcomp", "pobj") and head.lower_ == "for" and head.head.pos_ == "NOUN":
            nouns = [head.head]
        elif t.dep_ == "ccomp":  # "reiterated its demand today that Israel ease ..."
            nouns = [o for o in children(head, "dobj") if t in noun_clauses(o)]
        else:
            return False
        for noun in nouns:
            demand = self.ex.matcher.match(noun)
            if demand is not None and demand.trigger.relation.plover is Plover.REQUEST:
                return True
        return False

    def _charged_with(self, tok: Token) -> bool:
        """ "A missionary was arrested in Lebanon for collaborating with Israel", "jailed over
        spying for Moscow": what an arrest, a sentence or an expulsion is for is the charge;
        "accused them of meddling": what someone is accused of, too, with what it is for
        ("accused Kigali of sending troops to fight alongside the rebels")."""
        t, depth = tok, 0
        while t.dep_ in ("xcomp", "advcl") and depth < 2:
            t, depth = t.head, depth + 1
            if self._charge(t):
                return True
        return self._charge(tok) or self._alleged(tok)

    def _alleged(self, tok: Token) -> bool:
        """ "dismissed Kyiv's allegations that Russian troops were fighting in Ukraine": what a
        charge noun says was done is the charge, not an event told (but "on espionage charges
        that Washington has called fabricated", a relative the parser read as a "that" clause:
        a verb of naming with no object of its own names the charges)."""
        noun = tok.head
        return (
            tok.dep_ in ("acl", "ccomp")
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.cues.charges_named
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(tok))
            and not (tok.lemma_.lower() in self.cues.naming_verbs and not children(tok, "dobj"))
        )

    def _charge(self, tok: Token) -> bool:
        """Whether ``tok`` is the gerund of what an act punishes or accuses someone of."""
        gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")
        if not gerund or tok.head.lower_ not in ("for", "over", "of"):
            return False
        if tok.lemma_.lower() in self.cues.naming_verbs:
            return False  # "expelled a diplomat over what it called interference": the expeller's charge
        punished = self.ex.matcher.match(tok.head.head)
        if punished is None:
            return False
        plover = punished.trigger.relation.plover
        return plover is Plover.ACCUSE if tok.head.lower_ == "of" else plover in _PUNISHING

    def _suppressed(self, tok: Token, trigger: Trigger) -> bool:
        """ "Police dispersed the demonstration": a protest noun governed by a verb of repression."""
        return (
            trigger.relation.plover is Plover.PROTEST
            and trigger.pos == "noun"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in self.cues.suppress_verbs
        )

    def _repression(self, tok: Token, trigger: Trigger, anchor: list[Token], sent: Span) -> Iterator[Finding]:
        """The repressor acts on the protesters ("police dispersed the rally of farmers")."""
        names = tuple(n for n in trigger.source if n != "subj")  # the subject is the repressor's
        act = Act(tok, trigger, anchor, sent, tok)
        found = self.reader.first_slot(act, names)
        protesters = found.mentions if found else []
        repressors = self.reader.subject_mentions(tok.head)
        relation = self.ex.vocabulary.relation(self.cues.suppress_cameo, Plover.COERCE)
        any_pair = False
        for s in repressors:
            for t in protesters:
                if s.actor_id != t.actor_id or domestic(s.sector, t.sector):
                    any_pair = True
                    sides = (s, "repressor", t, found.via if found else "")
                    yield _finding(
                        sides, relation, (tok.head.idx, tok.idx + len(tok)), sent, 0.7, "repressed_protest"
                    )
        if not any_pair:
            self._drop("a protest broken up, but no repressor and protesters found")

    def _governs_conflict(self, tok: Token, trigger: Trigger) -> bool:
        """A cooperative verb ("agree", "decide") whose complement is a conflict act."""
        if conflict(trigger.relation.plover) or trigger.pos != "verb":
            return False
        return any(c.dep_ == "xcomp" and self.reader.conflict_act(c) for c in dependents(tok))

    # -- speakers ------------------------------------------------------------------------------
    def _attribution(self, sent: Span) -> list[Mention]:
        """The speaker a headline names at its end: "... will destroy ties — Russia"."""
        toks = [t for t in sent if not t.is_space]
        while toks and toks[-1].is_punct and toks[-1].text not in "—–-:":
            toks.pop()
        if len(toks) < 3:
            return []
        span = self.actors.span_at.get(toks[-1].i)
        if span is None or span.start == 0:
            return []
        if self.doc[span.start - 1].text in ("—", "–", "-", ":", "--"):
            return self.actors.resolve(self.doc[span.root.i])
        return []

    def _speakers(self, tok: Token, sent: Span) -> list[Mention]:
        """Who says what ``tok`` belongs to: the subject of the reporting verb
        governing its clause, or the speaker a headline names."""
        t = tok
        for _ in range(6):
            if t.dep_ in ("ccomp", "parataxis", "advcl") or (t.dep_ == "ROOT" and t.i != tok.i):
                head = t.head if t.dep_ != "ROOT" else t
                if head.lemma_.lower() in self.cues.reporting_verbs:
                    found = self.reader.subject_mentions(head)
                    if found:
                        return found
            if t.head.i == t.i:
                break
            t = t.head
        return self._attribution(sent)

    # -- threats to relations ------------------------------------------------------------------
    def _damage(self, verb: Token, sent: Span) -> Iterator[Finding]:
        """ "X's move will destroy relations", said by S -> S THREATEN X (reduce relations)."""
        ties = [o for o in objects(verb) if o.lemma_.lower() in self.cues.damage_objects]
        future = any(k.dep_ == "aux" and k.lower_ in self.cues.modal_auxiliaries for k in dependents(verb))
        if not ties or not future:
            return
        speakers = self._speakers(verb, sent)
        if not speakers:
            return
        said = {m.actor_id for m in speakers}
        targets = [m for m in self._damaged(verb, ties) if m.actor_id not in said]
        if not targets:
            return
        relation = self.ex.vocabulary.relation(self.cues.damage_cameo, Plover.THREATEN)
        span = (verb.idx, verb.idx + len(verb))
        for s in speakers:
            yield _finding(
                (s, "speaker", targets[0], "party_to_ties"), relation, span, sent, 0.6, "damage_threat"
            )

    def _damaged(self, verb: Token, ties: list[Token]) -> list[Mention]:
        """The other party to the ties: "relations between Moscow and Seoul", "ties with
        Seoul", "Seoul's arms supply will destroy ..."."""
        actors = self.actors
        found: list[Mention] = []
        for obj in ties:
            for prep in ("between", "with"):
                found += [m for h in prep_objects([obj], prep) for m in actors.resolve(h)]
        for subj in self.reader.subjects(verb)[0]:
            found += [m for t in subj.subtree if t.i in actors.span_roots for m in actors.resolve_head(t)]
        return found

    # -- reported demands ----------------------------------------------------------------------
    def _demand(self, verb: Token, sent: Span) -> Iterator[Finding]:
        """ "X said Y must ..." -> X REQUEST Y."""
        speakers = self.reader.subject_mentions(verb)
        if not speakers:
            return
        for clause in (c for c in dependents(verb) if c.dep_ == "ccomp"):
            modal = next(
                (k for k in dependents(clause) if k.dep_ == "aux" and k.lower_ in self.cues.demand_modals),
                None,
            )
            if modal is None or modal_before_subject(modal, clause):
                continue  # ("would respond should Seoul press ahead": a condition, no demand)
            targets = self.reader.subject_mentions(clause)
            relation = self.ex.recodes["reported_demand"]
            span = (modal.idx, modal.idx + len(modal))
            for s in speakers:
                for t in targets:
                    if t.actor_id != s.actor_id or domestic(s.sector, t.sector):
                        sides = (s, "speaker", t, "subject_of_demand")
                        yield _finding(sides, relation, span, sent, 0.6, "reported_demand")


class _Coded(NamedTuple):
    """What a trigger is coded to, and by which rule (a named tuple: one a trigger)."""

    relation: Relation
    rule: str
    negated: bool
    hypothetical: bool
    inherited: bool


class _Sides(NamedTuple):
    """The sides of a trigger's events and how each was found (a named tuple: one a trigger)."""

    sources: list[Mention]
    source_via: str
    targets: list[Mention]
    target_via: str
    own_target: bool


def _pairs(
    trigger: Trigger, relation: Relation, sides: _Sides
) -> list[tuple[Mention, str, Mention | None, str]]:
    """(source, how found, target, how found) of each event of a trigger: every source
    with every target (both ways for a mutual act its own phrase names: "Paris met
    Berlin"; and a meeting's guests among themselves: "met Japanese and South Korean
    counterparts"), or the sources among themselves ("Paris and Berlin met")."""
    sources, targets, sv, tv = sides.sources, sides.targets, sides.source_via, sides.target_via
    if targets:
        pairs: list[tuple[Mention, str, Mention | None, str]] = [
            (s, sv, t, tv) for s in sources for t in targets
        ]
        mutual = trigger.mutual or _mutual(relation)
        if trigger.reciprocal and sides.own_target and mutual and relation == trigger.relation:
            pairs += [(t, tv, s, sv) for s in sources for t in targets]
            if relation.plover is Plover.CONSULT and tv == "object":  # "met Japanese and Korean envoys"
                pairs += [(a, tv, b, tv) for a in targets for b in targets if a.actor_id != b.actor_id]
        return pairs
    if trigger.reciprocal and len(sources) > 1 and relation.cameo != _HOST_VISIT:
        # (not "talks hosted by Cuba and Norway": co-hosts do not meet each other in it)
        return [(s, sv, t, sv) for s in sources for t in sources if s is not t]
    return [(s, sv, None, "") for s in sources]


#: CAMEO's "host a visit"
_HOST_VISIT = "043"


#: what a source inferred from where the sentence is set, or from its context, costs
_INFERRED_SOURCE = {"location": 0.25, "context": 0.1}


def _confidence(base: float, source: Mention, target: Mention | None) -> float:
    """Less for actors found by anaphora, inferred from where the sentence is set, or
    found by the shallow fallback."""
    c = base - (0.15 if source.via == "anaphora" else 0)
    c -= 0.1 if target is not None and target.via == "anaphora" else 0
    c -= _INFERRED_SOURCE.get(source.via, 0)
    c -= 0.1 if target is not None and target.via == "context" else 0
    c -= 0.25 * ((source.via == "nearest") + (target is not None and target.via == "nearest"))
    return round(max(0.05, min(0.99, c)), 3)


def _finding(
    sides: tuple[Mention, str, Mention, str],
    relation: Relation,
    trigger: tuple[int, int],
    sent: Span,
    confidence: float,
    rule: str,
) -> Finding:
    """A finding of a rule of its own (a reported demand, a threat to ties, a repression)."""
    source, source_via, target, target_via = sides
    r = relation
    return Finding(
        source.side(),
        target.side(),
        r.plover.value,
        r.mode,
        r.cameo,
        r.goldstein,
        trigger[0],
        trigger[1],
        sent.start_char,
        sent.end_char,
        confidence,
        False,
        False,
        source_via,
        target_via,
        rule,
    )


def _government_of(m: Mention) -> Mention:
    """A state's forces as the government a crowd protests against."""
    return replace(m, sector=Sector.GOVERNMENT.value)


def _each(verb: Token) -> bool:
    """ "India and Pakistan each ordered a diplomat of the other out": each subject did it
    to the other ("each" in apposition to the subject, or on the verb)."""
    heads = [verb, *(c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(
        c.lower_ == "each" and c.dep_ in ("appos", "advmod", "npadvmod", "dep")
        for h in heads
        for c in dependents(h)
    )


def _modified_noun(tok: Token) -> Token | None:
    """The noun a modifier (or the first of coordinated modifiers) qualifies."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("amod", "compound", "nmod") and first.head.pos_ == "NOUN":
        return first.head
    return None


def _between(tok: Token) -> bool:
    """ "fighting between the army and the RSF": a party a between-phrase names (for "each
    side" later on; not "between the two foes", which names them again)."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "between"
        and not any(c.dep_ == "nummod" for c in dependents(tok))
    )


def _said_of_a_party(tok: Token | None) -> bool:
    """ "ordered the expulsion of three French diplomats accused of subversion": a participle
    that describes someone the act names is no content of it (the charge is made)."""
    return tok is not None and tok.dep_ == "acl" and tok.tag_ == "VBN"


def _told_alongside(tok: Token | None) -> bool:
    """ "Kenya and China signed a deal, with Beijing agreeing to finance most of it": an act
    told in a with-clause beside another is its own, no content of it."""
    return tok is not None and tok.dep_ == "pcomp" and tok.head.lower_ == "with"


def _added_after_comma(tok: Token) -> bool:
    """ "..., accusing it of siding with the opposition": a participle set off by a comma."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","


def _both_ways_if_swapped(trigger: Trigger, relation: Relation, tok: Token) -> Trigger:
    """ "Ten Ukrainian servicemen were freed by Russia in exchange for ten Russian soldiers",
    "freed five citizens in a prisoner swap": a release in an exchange is both sides'."""
    if relation.mode != "release" or not _swapped(tok):
        return trigger
    return replace(trigger, reciprocal=True, mutual=True)


def _swapped(tok: Token) -> bool:
    """Whether an act is done "in exchange", "in a swap" or "in return for" something."""
    for prep in children(tok, "prep"):
        for noun in pobjects(prep):
            lemma = noun.lemma_.lower()
            if prep.lower_ == "in" and (
                lemma in ("swap", "exchange") or (lemma == "return" and children(noun, "prep"))
            ):
                return True
    return False


def _to_each_other(
    trigger: Trigger, relation: Relation, sources: list[Mention], targets: list[Mention]
) -> Trigger:
    """ "Ghana and Ivory Coast pledged to align cocoa prices": a promise of two or more sides
    that names no one else is made to each other."""
    if targets or relation.plover is not Plover.AGREE or not _sides_apart(sources):
        return trigger
    return replace(trigger, reciprocal=True)


def _sides_apart(sources: list[Mention]) -> bool:
    """Two or more sides among the sources: states, or one state's two sides ("Sudan's
    government and the rebels signed a truce")."""
    return any(two_sides(a, b) for i, a in enumerate(sources) for b in sources[i + 1 :])


def _prefix(tok: Token) -> bool:
    """Whether a token is the first part of a hyphenated word ("counter" in "counter-terrorism")."""
    doc = tok.doc
    return (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and not tok.whitespace_
    )


def _several(sources: list[Mention]) -> bool:
    return len({s.actor_id for s in sources}) > 1


def _repeated(f: Finding, earlier: list[tuple[int, Side]]) -> bool:
    """Whether a finding repeats an earlier one of its key: a one-sided event again, or
    the same recipient again (by another trigger, or named twice)."""
    if f.target is None:
        return bool(earlier)
    return any(
        trigger != f.trigger_start
        or t.start == f.target.start
        or t.sector is None
        or f.target.sector is None
        or t.sector == f.target.sector
        for trigger, t in earlier
    )


#: CAMEO's blockade (COERCE); done by a crowd it is an obstruction (PROTEST 144)
_BLOCKADE = "191"
#: CAMEO's "extradite or grant asylum": a handover ("extradited him to the United States")
_HANDOVER = "063"
_HOSTING = "043"
#: acts a rights group reports as an accusation of their doer
_ALLEGED = frozenset({Plover.ASSAULT.value, Plover.COERCE.value})
#: acts against a third party that, done together, are also cooperation ("joint raids")
_JOINT_ACTS = frozenset({Plover.COERCE, Plover.ASSAULT})
_PUNISHING = frozenset({Plover.COERCE, Plover.SANCTION, Plover.ACCUSE})
_CROWDS = frozenset({Sector.OPPOSITION.value, Sector.CIVILIANS.value})
_REQUEST = Plover.REQUEST.value
_MOBILIZE = Plover.MOBILIZE.value
#: acts of a state's forces on a crowd that tell of its protest
_REPRESSION = frozenset({Plover.COERCE, Plover.ASSAULT})

#: prepositions of where munitions were headed
_HEADED = frozenset({"to", "toward", "towards", "at"})
#: the parts of a state that speak for it: words between two of them are no event
_STATE_ORGANS = frozenset({None, Sector.GOVERNMENT.value, Sector.MILITARY.value, Sector.INTELLIGENCE.value})


def _one_state_speaking(relation: Relation, source: Mention, target: Mention) -> bool:
    """ "North Korea's defence ministry warned ... anti-Pyongyang leaflets": a verbal act
    between two organs of one state (its ministry and its army, its capital) is a misread
    actor, not a domestic event (those are between the state and its people, rebels,
    opposition or courts)."""
    return (
        relation.plover.quad.startswith("verbal")  # (a str enum: no ``.value`` read, which is slow)
        and source.actor_id == target.actor_id
        and source.sector in _STATE_ORGANS
        and target.sector in _STATE_ORGANS
    )


#: how a mention names a place (a capital for its government, a place)
_PLACE_NAMES = (Via.METONYM, Via.PLACE)


def _trip_home(relation: Relation, source: Mention, target: Mention) -> bool:
    """ "the envoy met Aung San Suu Kyi during his visit to Naypyitaw", with "his" read as
    hers: a meeting of one state's side with its own capital is a misread actor or a trip
    home, not a meeting (the government and the rebels meet by name)."""
    return (
        relation.plover is Plover.CONSULT
        and source.actor_id == target.actor_id
        and (source.via in _PLACE_NAMES or target.via in _PLACE_NAMES)
    )


#: prepositions of a show of force: means sent around a state, not to it
_AROUND = frozenset({"around", "near", "off", "along", "toward", "towards", "over", "close"})


def _mutual(relation: Relation) -> bool:
    """Whether "A <does> with B" is an act of both (meeting, negotiating, cooperating,
    agreeing, signing), not only of A ("strengthened ties with B")."""
    return relation.plover in (Plover.CONSULT, Plover.COOPERATE, Plover.AGREE) or relation.cameo == "057"


def _own_decision(frame: Finding, f: Finding) -> bool:
    """Whether an order names an act its own source does ("Malawi ordered the expulsion
    of a Zambian diplomat"; the "decided" rule coded it), not one asked of others."""
    return f.category_rule == "decided" and f.source.actor_id == frame.source.actor_id


def _recoded_finding(f: Finding, relation: Relation, rule: str) -> Finding:
    """A finding coded again by a rule of the article (same parties, trigger, sentence)."""
    return replace(
        f,
        plover=relation.plover.value,
        mode=relation.mode,
        cameo=relation.cameo,
        goldstein=relation.goldstein,
        category_rule=rule,
    )


def _allegation(
    relation: Relation,
    accuser: Side,
    accused: Side,
    word: Token,
    sent: Span,
    via: tuple[str, str],
    confidence: float = 0.75,
    *,
    rule: str = "allegation",
) -> Finding:
    """A charge made where ``word`` stands ("said", "behind", "to face charges"): the recode
    ``rule`` (``allegation`` unless told)."""
    return Finding(
        source=accuser,
        target=accused,
        plover=relation.plover.value,
        mode=relation.mode,
        cameo=relation.cameo,
        goldstein=relation.goldstein,
        trigger_start=word.idx,
        trigger_end=word.idx + len(word),
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        confidence=confidence,
        negated=False,
        hypothetical=False,
        source_via=via[0],
        target_via=via[1],
        category_rule=rule,
    )


def _ordered_done(frame: Finding, f: Finding, tok: Token | None) -> bool:
    """ "Uganda ordered its border with Rwanda closed": the order's own object, said done."""
    return tok is not None and f.source.actor_id == frame.source.actor_id and bool(object_predicated(tok))


def _protested_deed(frame: Finding, f: Finding) -> bool:
    """ "Tanzania protested against the detention of its fishermen by Kenyan police": a deed a
    protest is made against, done by whom the protest is aimed at, is no content of it but
    what happened."""
    return (
        frame.plover == Plover.PROTEST
        and Plover(f.plover) in DEEDS
        and frame.target is not None
        and f.source.actor_id == frame.target.actor_id
    )


def _same_parties(frame: Finding, f: Finding) -> bool:
    """Whether a finding is between a frame's parties: its source, or its pair either way
    ("would host talks with Algeria" offers the talks of both)."""
    if frame.source.actor_id == f.source.actor_id:
        return True
    pair = {frame.source.actor_id, frame.target.actor_id if frame.target else None}
    return f.target is not None and {f.source.actor_id, f.target.actor_id} == pair


@Language.factory("diplograph_relations", default_config={"cues_path": None, "require_target": True})
def make_relation_extractor(
    nlp: Language, name: str, cues_path: str | None, require_target: bool
) -> RelationExtractor:
    """``require_target``: code only events with a recipient (the graph is of relations);
    set it to false to also keep one-sided events ("Iran mobilised troops")."""
    return RelationExtractor(
        nlp, name, cues_path=Path(cues_path) if cues_path else None, require_target=require_target
    )
