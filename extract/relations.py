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
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from diplograph.extract.actors import in_report_source
from diplograph.extract.cues import Cues, load_cues
from diplograph.extract.findings import ERROR_KEY, FINDINGS_KEY, Finding, Side
from diplograph.extract.lexicon import Lexicon, Trigger, load_lexicon
from diplograph.extract.mentions import (
    LOCATIVE,
    QUANTITIES,
    SOCIETY,
    SUBJECTS,
    ActorResolver,
    Mention,
    domestic,
    governing_verb,
)
from diplograph.ontology.gazetteer import Gazetteer, NameKind, load_gazetteer
from diplograph.ontology.vocabulary import Vocabulary, load_vocabulary
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplograph.model import ActorKind, Plover, Relation, Sector

logger = logging.getLogger(__name__)


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
        try:
            doc.user_data[FINDINGS_KEY] = [f.to_row() for f in _DocPass(self, doc).run()]
        except Exception as exc:  # one odd text must not stop a batch: record it, go on
            logger.exception("relation extraction failed on a piece of text")
            doc.user_data[FINDINGS_KEY] = []
            doc.user_data[ERROR_KEY] = f"relation extraction failed: {type(exc).__name__}: {exc}"
        return doc


class _DocPass(ActorResolver):
    """One pass over one doc: actor mentions in order, then triggers."""

    def slot(self, trig: Token, trigger: Trigger, name: str, anchor: list[Token]) -> tuple[list[Token], bool]:
        """Heads for one slot name of a trigger; ``anchor`` is the trigger and its required object."""
        if name == "subj":
            if trigger.pos == "noun":
                first = trig
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head  # "launched artillery, mortar and rocket fire"
                gov = first.head
                if first.dep_ in ("dobj", "nsubjpass", "pobj") and gov.pos_ in ("VERB", "ADP"):
                    if gov.pos_ == "ADP":
                        gov = gov.head
                    if gov.lemma_.lower() in _MEASURES and gov.dep_ in ("dobj", "nsubjpass"):
                        gov = gov.head  # "began ten days of war games"
                    return self.subjects(gov)[0], True
                return [], False
            if trig.lower_ == trigger.lemma != trig.lemma_.lower() and self._passive(trig):
                return [c for c in trig.children if c.dep_ == "nsubjpass"], False  # "X is opposed to"
            return self.subjects(trig)
        if name == "dobj":
            if trigger.pos == "noun":
                return self.prep_objects([trig], "of"), False
            objects = self.objects(trig)
            # "summoned Russia's ambassador": the required object itself may name the target
            return [t for t in objects if t not in anchor] or objects, False
        if name == "iobj":
            return [c for c in trig.children if c.dep_ == "dative"], False
        if name == "poss":
            return [c for c in trig.children if c.dep_ == "poss"], False
        if name == "compound":
            return [c for c in trig.children if c.dep_ in ("compound", "amod", "nmod")], False
        if name == "by" and trigger.pos == "verb":
            return self.subjects(trig)[0] if self._passive(trig) else [], False
        if name == "by":  # "the attack by X", "the demonstration staged by students"
            staged = [c for c in trig.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            return self.prep_objects([*anchor, *staged], "by"), False
        if trigger.pos == "verb":  # "launched artillery and rocket fire against ..."
            extra = [c for o in self.objects(trig) for c in (o, *o.conjuncts)]
        else:  # "increasing arms supplies to Taipei": the target may hang on the governing verb
            extra = [trig.head] if trig.dep_ in ("dobj", "nsubjpass") and trig.head.pos_ == "VERB" else []
            extra += self._light_verb(trig)
            extra += self.prep_objects([trig], "of")  # "the withdrawal of troops from Panama"
        heads = self.prep_objects([*anchor, *(t for t in extra if t not in anchor)], name)
        return [h for h in heads if h.i != trig.i], False  # "insisted on its demands": not itself

    def _location(self, tok: Token, anchor: list[Token]) -> list[Mention]:
        """Where a material act happened, as its target: "imposed a curfew in Abidjan"."""
        places = [*anchor, *(self.objects(tok) if tok.pos_ == "VERB" else self._light_verb(tok))]
        # "power lines leading into Kabul", "a convoy heading to Gaza": where the thing is
        places += [c for p in places[1:] for c in p.children if c.dep_ == "acl" and c.tag_ == "VBG"]
        preps = ("in", "into", "inside", "on", "at", "near", "across", "throughout", "outside")
        for _ in range(2):  # and one level down: "troops to a force in Liberia", "at a jail in Israel"
            for prep in preps:
                heads = self.prep_objects(places, prep)
                heads += self.prep_objects(self._preps(places, prep), "of")  # "outside of Basra"
                for head in heads:
                    if head.lemma_.lower() in self.cues.border_nouns:
                        continue  # "on the Thai border": which side is not said
                    found = self.resolve(head)
                    if found:
                        return found
            places = [h for prep in (*preps, "to") for h in self.prep_objects(places, prep)]
        return []

    # -- triggers ------------------------------------------------------------------------------
    def match(self, tok: Token) -> tuple[Trigger, list[Token]] | None:
        if (
            tok.pos_ in ("VERB",)
            or (tok.pos_ == "AUX" and tok.dep_ == "ROOT")
            or (tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_.endswith("ed"))
        ):
            pos = "verb"  # "is opposed to": a participle after a copula acts as the verb
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "noun"
        else:
            return None
        lemma = tok.lemma_.lower()
        if not self.ex.lexicon.candidates(lemma, pos) and not (
            pos == "verb" and self.ex.lexicon.candidates(tok.lower_, pos)
        ):
            return None  # most words: no trigger of that lemma at all
        if pos == "noun" and not self._eventive_noun(tok):
            return None
        if (
            pos == "verb"
            and tok.lemma_.lower() in self.cues.damage_verbs
            and any(o.lemma_.lower() in self.cues.damage_objects for o in self.objects(tok))
        ):
            return None  # "will destroy relations": a threat, coded by _damage
        if pos == "verb" and tok.lower_ != lemma and (self._passive(tok) or tok.dep_ == "acomp"):
            stative = [t for t in self.ex.lexicon.candidates(tok.lower_, pos) if t.lemma == tok.lower_]
            if stative:  # "Israel is opposed to ...": a state of the subject, not a passive
                return stative[0], [tok]
        ranked: list[tuple[int, Token]] | None = None  # computed once, when a phrase trigger needs it
        best: tuple[int, Trigger, list[Token]] | None = None
        for trigger in self.ex.lexicon.candidates(lemma, pos):
            anchor = [tok]
            if trigger.particle and not any(
                c.dep_ in ("prt", "prep") and c.lower_ == trigger.particle for c in tok.children
            ):  # "forced the agency out of the country": the particle parsed as a preposition
                continue
            if not trigger.objects:
                if best is None:
                    return trigger, anchor
                break
            if ranked is None:
                ranked = self._object_ranks(tok, pos)
            hits = [
                (rank, o)
                for rank, o in ranked
                if o.lemma_.lower() in trigger.objects or o.lower_ in trigger.objects
            ]
            if not hits:
                continue
            rank = min(r for r, _ in hits)
            if best is not None and best[0] <= rank:
                continue
            hit = [o for _, o in hits]
            anchor.extend(hit)
            for h in hit:  # "part of a military aid programme for Bosnia": the nouns between
                up = h.head
                while up.i != tok.i and up.head.i != up.i and up.pos_ in ("NOUN", "PROPN", "ADP"):
                    if up.pos_ != "ADP" and up not in anchor:
                        anchor.append(up)
                    up = up.head
            best = (rank, trigger, anchor)
        return (best[1], best[2]) if best is not None else None

    def _object_ranks(self, tok: Token, pos: str) -> list[tuple[int, Token]]:
        """The words that may complete a verb or noun phrase trigger, nearest first: the
        direct object ("imposed sanctions"), then an "of" object ("a package of sanctions",
        "ten days of war games"), then a compound ("a military aid programme")."""
        if pos == "verb":
            direct = self.objects(tok)
            of = self.prep_objects([tok], "of") + self.prep_objects(direct, "of")
            levels = [direct, of, [c for o in direct + of for c in o.children if c.dep_ == "compound"]]
        else:
            levels = [
                [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")],
                self.prep_objects([tok], "of"),
            ]
        return [(rank, o) for rank, level in enumerate(levels) for t in level for o in (t, *t.conjuncts)]

    @staticmethod
    def _light_verb(tok: Token) -> list[Token]:
        """The light verb an event noun is the object of through a preposition ("remained
        on alert in ...", "engaged in shelling of ..."): its phrases are the event's."""
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _LIGHT_VERBS:
            return [tok.head.head]
        return []

    @staticmethod
    def _eventive_noun(tok: Token) -> bool:
        """A nominalisation reports an event where it is an argument of the clause
        ("launched an attack on", "the attack on X killed"), or a headline's head;
        not in background phrases ("in the war with Iraq", "after the attack")."""
        dep = tok.dep_
        while dep == "conj" and tok.head.i != tok.i:
            tok = tok.head
            dep = tok.dep_
        if dep == "pobj" and tok.head.head.lemma_.lower() in _LIGHT_VERBS:
            return True  # "engaged in ethnic cleansing", "took part in the attack"
        measure = tok.head.head
        if dep == "pobj" and tok.head.lower_ == "of" and measure.lemma_.lower() in _MEASURES:
            tok, dep = measure, measure.dep_  # "ten days of war games", "a wave of strikes"
        return dep in ("dobj", "nsubj", "nsubjpass", "ROOT", "attr", "appos", "dep", "oprd")

    def run(self) -> Iterator[Finding]:
        for sent in self.doc.sents:
            yield from self._sentence(sent)
            self._remember(sent)

    def _phrase(self, tok: Token) -> Mention | None:
        """The actor a name stands for, or the phrase a demonym modifies ("French farmers")."""
        if (
            self.span_at[tok.i].id_ == NameKind.DEMONYM.value
            and tok.dep_ in ("amod", "compound")
            and tok.head.pos_ == "NOUN"
        ):
            return self.resolve_one(tok.head) or self.resolve_one(tok)
        return self.resolve_one(tok)

    def _remember(self, sent: Span) -> None:
        for tok in sent:
            if tok.i in self.span_roots and tok.i not in self.remembered:
                m = self._phrase(tok)
                if m is None:
                    span = self.span_at[tok.i]
                    m = self._from_span(span, tok, None) if span.id_ != NameKind.DEMONYM.value else None
                if m is not None:
                    self.remember(m)

    def _sentence(self, sent: Span) -> Iterator[Finding]:
        # mentions of this sentence are available to anaphora after the pronoun's position
        for tok in sent:
            if tok.i in self.span_roots:
                m = self._phrase(tok)
                if m is not None:
                    self.remember(m)
            elif tok.dep_ in SUBJECTS and tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.span_at:
                # "the Umma party said it ...", "rebels in Chad said they ...": for pronouns later on
                for m in self.resolve_head(tok):
                    self.remember(m)
        found: list[Finding] = []
        consumed: set[int] = set()  # objects of verb phrases ("signed an agreement") are not events again
        for tok in sent:
            matched = None if tok.i in consumed else self.match(tok)
            if matched is not None:
                consumed.update(t.i for t in matched[1][1:])
                found.extend(self._events(tok, *matched, sent))
            lemma = tok.lemma_.lower()
            if lemma in self.cues.reporting_verbs and tok.pos_ == "VERB":
                found.extend(self._demand(tok, sent))
            if lemma in self.cues.damage_verbs:
                found.extend(self._damage(tok, sent))
        yield from _distinct(self._contents(found, sent))

    def _contents(self, found: list[Finding], sent: Span) -> list[Finding]:
        """What a protest, a promise, a demand or a signed deal is about is not a second
        event: "blocked roads demanding his resignation", "began a hunger strike to demand
        ..." (the demand is the protest's; its addressee is the protest's target when the
        protest names none), "rioted, setting fire to mattresses", "offered troops to help
        him oust ...", "signed an agreement to increase trade"."""
        at = {t.idx: t for t in sent}
        frames: dict[int, Finding] = {}
        for f in found:
            tok = at.get(f.trigger_start)
            if f.plover in _FRAMES and tok is not None:
                frames[tok.i] = f
                if tok.dep_ in ("dobj", "pobj", "nsubjpass") and tok.pos_ == "NOUN":
                    frames.setdefault(tok.head.i, f)  # "staged a protest", "began a strike"
        if not frames:
            return found
        out: list[Finding] = []
        retarget: dict[int, Side] = {}
        for f in found:
            tok = at.get(f.trigger_start)
            if tok is not None and tok.dep_ == "aux":  # "..., saying he must resign": from the modal's verb
                tok = tok.head
            frame = self._governing(tok, frames) if tok is not None else None
            if frame is None or frame is f:
                out.append(f)
            elif frame.plover == Plover.REQUEST.value and f.plover != Plover.REQUEST.value:
                continue  # "demanded that Russia withdraw its forces": asked for, not done
            elif not _same_parties(frame, f):
                out.append(f)
            elif frame.plover == Plover.PROTEST.value and f.plover == Plover.REQUEST.value:
                if f.target is not None and frame.target is not None and frame.target.via == "implied":
                    retarget[id(frame)] = f.target
            elif f.plover == frame.plover:
                out.append(f)  # (what a protest, promise, demand or signed deal is for is its content)
        return [replace(f, target=retarget[id(f)]) if id(f) in retarget else f for f in out]

    @staticmethod
    def _governing(tok: Token, frames: dict[int, Finding]) -> Finding | None:
        """The finding whose trigger governs ``tok`` through clause links, if any."""
        t = tok
        for _ in range(4):
            if t.head.i == t.i or t.dep_ not in _CLAUSE_LINKS:
                return None
            t = t.head
            if t.i in frames:
                return frames[t.i]
        return None

    def _first_slot(
        self,
        tok: Token,
        trigger: Trigger,
        names: tuple[str, ...],
        anchor: list[Token],
        *,
        owners: bool = False,
    ) -> tuple[list[Mention], bool]:
        for name in names:
            heads, inherited = self.slot(tok, trigger, name, anchor)
            # "fired at farmers marching to ...": the parser makes the farmers a clause's subject
            heads = [
                s
                for h in heads
                for s in ([c for c in h.children if c.dep_ in SUBJECTS] if h.dep_ == "pcomp" else [])
            ] or heads
            if name == "compound":  # "Palestinian riots", "Russian strikes": the adjective is the actor
                found = [m for h in heads for m in (self.resolve(h) or self._span_mentions(h))]
            else:
                found = [m for h in heads for m in self.resolve(h)]
            if not found and owners:
                found = [m for h in heads for m in self.owner(h)]
            if found:
                return found, inherited
        return [], False

    def _people_acted_on(self, tok: Token, trigger: Trigger) -> str | None:
        """The societal sector of the people a verb acts on when the text gives no country
        ("arrested dozens of protesters"): their country is then where it happened."""
        if trigger.pos != "verb":
            return None
        for obj in self.objects(tok):
            head = obj
            if obj.lemma_.lower() in QUANTITIES:
                head = next(
                    (
                        g
                        for c in obj.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    obj,
                )
            sector = self._sector_of(head)
            if sector in SOCIETY:
                return sector
        return None

    def _shared_targets(self, tok: Token, trigger: Trigger) -> list[Mention]:
        """A coordinated verb shares its partner's target: "strengthening contacts with
        Taipei and increasing arms supplies" -> Taipei for both."""
        verb = tok if trigger.pos == "verb" else tok.head
        if verb.pos_ != "VERB" or verb.dep_ != "conj":
            return []
        partner = verb.head
        if partner.dep_ == "pcomp":  # "... under the slogan of maintaining X and increasing Y"
            partner = governing_verb(partner) or partner
        places = [partner, *self.objects(partner)]
        for prep in ("with", "to", "against", "on", "toward", "towards"):
            found = [m for h in self.prep_objects(places, prep) for m in self.resolve(h)]
            if found:
                return found
        return [m for h in self.objects(partner) for m in self.resolve(h)]

    def _governs_conflict(self, tok: Token, trigger: Trigger) -> bool:
        """A cooperative verb ("agree", "decide") whose complement is a conflict act."""
        if plover_quad_conflict(trigger) or trigger.pos != "verb":
            return False
        return any(c.dep_ == "xcomp" and self._conflict_act(c) for c in tok.children)

    def _conflict_act(self, tok: Token) -> bool:
        """Whether a clause's verb is a trigger of a conflict act ("impose sanctions")."""
        matched = self.match(tok)
        return matched is not None and plover_quad_conflict(matched[0])

    def _complement_targets(self, tok: Token, trigger: Trigger) -> list[Mention]:
        """Targets inside the action an actor agrees, offers, refuses or demands to take:
        "agreed to provide aid to Romania" -> Romania."""
        quad = trigger.relation.plover.quad.value
        verbal = quad.startswith("verbal")
        clauses = [
            c
            for c in tok.children
            if c.dep_ == "xcomp"
            or (c.dep_ == "ccomp" and (verbal or not self._reported(c)))
            or (
                quad.endswith("cooperation")
                and c.dep_ == "advcl"
                and any(k.lower_ == "to" for k in c.children)
            )
        ]
        for clause in clauses:
            if not quad.endswith("conflict") and self._conflict_act(clause):
                continue  # "agreed to impose sanctions on Belarus" is no agreement with Belarus
            if clause.dep_ == "ccomp":  # "demanded that Hamas renounce ...", "allowed Ouattara to run"
                heads, inherited = self.subjects(clause)
                found = [] if inherited else [m for h in heads for m in self.resolve(h)]
                if found or not verbal:
                    return found
            for t in clause.subtree:
                if t.dep_ in ("dobj", "pobj", "dative") and t.head.i != tok.i:
                    found = self.resolve(t) or self.owner(t)
                    if found:
                        return found
        return []

    def _nearest(self, tok: Token, sent: Span, *, after: bool, exclude: set[str]) -> list[Mention]:
        """The nearest actor mention before or after ``tok`` in its sentence (the shallow
        fallback of pattern coders when the parse gives no slot)."""
        tokens = range(tok.i + 1, sent.end) if after else range(tok.i - 1, sent.start - 1, -1)
        for i in tokens:
            t = self.doc[i]
            if after and t.lemma_.lower() in self.cues.reporting_verbs and t.pos_ == "VERB":
                return []  # "..., the ministry said": what follows is attribution
            if after and in_report_source(t, self.cues.reporting_verbs):
                return []
            if t.head.lemma_.lower() in self.cues.place_nouns | self.cues.border_nouns:
                continue  # "the Syrian town of ...", "the Thai border": a place, not an actor
            if i in self.span_roots:
                if not after and t.dep_ in ("dobj", "pobj", "dative", "attr"):
                    continue  # another verb's object is not this one's subject
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

    @staticmethod
    def _preps(tokens: list[Token], prep: str) -> list[Token]:
        return [c for t in tokens for c in t.children if c.dep_ == "prep" and c.lower_ == prep]

    def _own_side(self, sources: list[Mention], sector: Sector, *, from_society: bool) -> list[Mention]:
        """The other side of a domestic act when the sentence names none: the state of the
        first source, in ``sector`` (its government for protesters, ``from_society``; its
        people for the authorities)."""
        return [
            Mention(s.actor_id, sector.value, None, s.token, s.start, s.end, "implied", "state")
            for s in sources[:1]
            if (s.sector in SOCIETY) == from_society
            and self.ex.gazetteer.actor(s.actor_id).kind is ActorKind.STATE
        ]

    def _unattributed(self, tok: Token, anchor: list[Token]) -> list[Mention]:
        """An attack nobody is named for ("a roadside bomb near Samarra killed ...", "were
        killed by a car bomb in Baghdad"): coded, as event coders do, to the country where it
        happened, with no sector."""
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBG" and self._main_clause(tok.head)
        if not self._main_clause(tok) and not participle:
            return []  # "..., where 24 people were killed in riots": background (but "a bomb
            # exploded ..., killing ten people" is the main event's)
        heads = self.subjects(tok)[0]
        if any(h.pos_ in ("PROPN", "PRON") or self._sector_of(h) or self.resolve(h) for h in heads):
            return []  # someone is named, only not recognised ("Vietnamese-led forces")
        places = [m for h in heads for m in self._location(h, [h])] or self._location(tok, anchor)
        if not places and participle:
            places = self._location(tok.head, [tok.head])  # "exploded near a market in Mogadishu, killing"
        return [replace(m, sector=None, via="location", category="state") for m in places[:1]]

    def _protest_targets(self, tok: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a protest is against when a phrase of grievance says it: "in defiance of
        Chinese authorities", "to show disapproval of US policies", "demanding independence
        from Indonesian rule"."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        own = {s.actor_id for s in sources}
        for t in verb.subtree:
            if t.lemma_.lower() not in self.cues.grievance_nouns:
                continue
            heads = [t] + [g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                found = [m for m in self.resolve(h) or self.owner(h) if m.actor_id not in own]
                if found:
                    return found
        return []

    def _other_party(self, tok: Token, anchor: list[Token], sources: list[Mention]) -> list[Mention]:
        """Someone else a phrase of the act names when its target slot named only the source
        ("restrictions on its labour market for new EU members" -> the EU)."""
        places = [*anchor, *(self.objects(tok) if tok.pos_ == "VERB" else [])]
        for prep in ("for", "against", "to", "with"):
            for h in self.prep_objects(places, prep):
                found = [m for m in self.resolve(h) if not any(_same_side(s, m) for s in sources)]
                if found:
                    return found
        return []

    def _demanded_of(self, tok: Token, trigger: Trigger) -> list[Mention]:
        """Who is asked to act when a demand names an act and its doer: "demanded the
        withdrawal of Serbian forces from Bosnia" -> Serbia (not Bosnia)."""
        if trigger.relation.plover is not Plover.REQUEST or trigger.pos != "verb":
            return []
        for obj in self.objects(tok):
            if self.ex.lexicon.candidates(obj.lemma_.lower(), "noun"):
                found = [m for h in self.prep_objects([obj], "of") for m in self.resolve(h)]
                if found:
                    return found
        return []

    def _condition_targets(self, tok: Token, trigger: Trigger) -> list[Mention]:
        """Whom a threat or promise is addressed to when only its condition names them:
        "threatened to launch an offensive unless Baghdad accepted its terms" -> Baghdad."""
        chain = self._chain(tok)
        if trigger.relation.plover not in (Plover.THREATEN, Plover.AGREE) and not any(
            t.lemma_.lower() in self.cues.commit_verbs for t in chain[1:]
        ):
            return []
        for t in chain:
            for k in t.children:
                if k.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in k.children):
                    heads, inherited = self.subjects(k)
                    if not inherited:
                        return [m for h in heads for m in self.resolve(h)]
        return []

    def _setting(self, m: Mention) -> bool:
        """Whether a mention names where something happened ("in Cizre", "in Turkey")."""
        if m.via in (NameKind.PLACE.value, "location"):
            return True
        tok = self.doc[m.token]
        return m.via != "nearest" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE

    def _main_clause(self, tok: Token) -> bool:
        """Whether a verb is the main predicate of its sentence (or of what a speaker says)."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "ROOT":
            return True
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.cues.reporting_verbs:
            return t.head.i != tok.i and self._main_clause(t.head)  # not "..., in which it said ..."
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
            names = tuple(n for n in trigger.source if n != "subj")  # the subject is the repressor's
            protesters, _ = self._first_slot(tok, trigger, names, anchor)
            repressors = [m for h in self.subjects(tok.head)[0] for m in self.resolve(h)]
            repression = self.ex.vocabulary.relation(self.cues.suppress_cameo, Plover.COERCE)
            for s in repressors:
                for t in protesters:
                    if s.actor_id != t.actor_id or domestic(s.sector, t.sector):
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
        if self._governs_conflict(tok, trigger):
            return  # "agreed to impose sanctions on Belarus": the sanction is the event
        sources, inherited = self._first_slot(tok, trigger, trigger.source, anchor)
        sources = [s for s in sources if s.category != "place"]
        if not sources and trigger.relation.plover is Plover.ASSAULT and trigger.pos == "verb":
            sources = self._unattributed(tok, anchor)
        verb = tok if trigger.pos == "verb" else next(iter(self._light_verb(tok)), tok)
        if not sources and trigger.relation.mode in self.cues.authority_modes and self._passive(verb):
            # "was arrested in Lebanon", "was put under investigation in Italy": by that
            # country's authorities
            sources = [
                replace(m, sector=Sector.GOVERNMENT.value, via="location")
                for m in self._unattributed(verb, [verb, tok])
            ]
        if not sources and trigger.pos == "verb" and self.ex.shallow_fallback and self._main_clause(tok):
            sources = self._nearest(tok, sent, after=False, exclude=set())
        if not sources and trigger.pos == "verb":
            return
        targets = self._demanded_of(tok, trigger)
        if not targets:
            targets, _ = self._first_slot(tok, trigger, trigger.target, anchor, owners=True)
        if targets and all(any(_same_side(s, t) for s in sources) for t in targets):
            # only the source itself again ("launched an offensive in its war with Iraq unless
            # Baghdad ..."): the party a condition names, if any
            targets = (
                self._condition_targets(tok, trigger) or self._other_party(tok, anchor, sources) or targets
            )
        if not targets and verb.i != tok.i and self._passive(verb):  # "X was put under investigation"
            targets = [m for h in self.objects(verb) for m in self.resolve(h)]
        own_target = bool(targets)
        mutual = trigger.reciprocal and len({s.actor_id for s in sources}) > 1  # "A and B signed"
        if not targets and trigger.pos == "verb" and not mutual:
            # (not for "A and B agreed that their countries should ...": an act among them)
            targets = self._complement_targets(tok, trigger)
        if not targets and trigger.pos == "noun" and trigger.relation.plover.quad.value.startswith("verbal"):
            # "its demand that Burundi's government grant ...", "a call for Iran to ..."
            clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
            targets = [
                m for c in clauses for h in self.subjects(c)[0] if h.i > tok.i for m in self.resolve(h)
            ]
        if not targets and plover_quad_conflict(trigger):
            # "threatened further action against Russia": the opponent of a hostile act
            objects = self.objects(tok) if trigger.pos == "verb" else []
            targets = [m for h in self.prep_objects([*anchor, *objects], "against") for m in self.resolve(h)]
        if not targets:
            targets = self._shared_targets(tok, trigger)

        if not targets and trigger.relation.plover.quad.value.startswith("material"):
            people = self._people_acted_on(tok, trigger)
            for t in self._location(tok, anchor):
                if people is not None:  # "arrested dozens of protesters in Nairobi": Kenyan protesters
                    targets.append(
                        Mention(t.actor_id, people, None, t.token, t.start, t.end, "location", "state")
                    )
                elif all(t.actor_id != s.actor_id for s in sources):
                    targets.append(t)
                elif trigger.relation.plover in _ON_PEOPLE:
                    # "imposed a curfew in Cizre", "lifted the emergency in Darfur": on the
                    # people of the place, a domestic act
                    targets.append(replace(t, sector=Sector.CIVILIANS.value, via="location"))
        if not targets and trigger.relation.plover is Plover.PROTEST:
            targets = self._protest_targets(tok, sources)
        if not targets and (
            trigger.relation.plover is Plover.PROTEST or trigger.relation.cameo in self.cues.dissent_cameo
        ):
            # a protest with no named target is against the protesters' own government (and
            # calling one off is toward it)
            targets = self._own_side(sources, Sector.GOVERNMENT, from_society=True)
        if not targets and (
            trigger.relation.mode in self.cues.domestic_modes
            or trigger.relation.cameo in self.cues.domestic_cameo
        ):
            # "imposed martial law", "arrested 12 people": on the country's own people
            targets = self._own_side(sources, Sector.CIVILIANS, from_society=False)
        if not targets:
            targets = self._condition_targets(tok, trigger)
        if (
            not targets
            and self.ex.shallow_fallback
            and sources
            and not mutual  # "Blinken and Lavrov met": among them
            and self._main_clause(tok)
        ):
            targets = self._nearest(anchor[-1], sent, after=True, exclude={s.actor_id for s in sources})
        if not sources:
            return
        if trigger.relation.plover in _ON_PEOPLE:
            # "imposed a curfew in Turkey" said of Turkish authorities: on the people there
            own = {s.actor_id for s in sources}
            targets = [
                replace(t, sector=Sector.CIVILIANS.value) if t.actor_id in own and self._setting(t) else t
                for t in targets
            ]
        relation, negated, hypothetical = self._code(tok, trigger)
        if relation is None:
            return
        if trigger.relation.plover in _ADDRESSED and relation.plover in _ADDRESSED:
            # "offered to host a summit on the war in Gaza": a place is a topic, not an addressee
            # (but "will evacuate settlements in Gaza", a promised act, is done there)
            targets = [t for t in targets if t.category != "place"]
        if (
            relation.plover is Plover.CONSULT
            and trigger.pos == "verb"
            and all(s.sector == Sector.MILITARY.value for s in sources)
            and relation.mode == "visit"
        ):  # "troops arrived in Bosnia": a deployment, not a visit
            peacekeeping = any(
                t.lemma_.lower().startswith("peacekeep") for h in sources for t in self.doc[h.token].subtree
            )
            relation = self.ex.vocabulary.relation(
                *(("074", Plover.AID) if peacekeeping else ("154", Plover.MOBILIZE))
            )
        if relation.plover is Plover.MOBILIZE and len({s.actor_id for s in sources}) > 1 and _joint(anchor):
            # "the US and South Korea began joint military exercises": military cooperation
            relation = self.ex.vocabulary.relation("062", Plover.COOPERATE)
            targets, own_target = [], False
            trigger = replace(trigger, reciprocal=True, relation=relation)
        confidence = 0.85 - (0.1 if inherited else 0) - (0.1 if trigger.pos == "noun" else 0)
        pairs: list[tuple[Mention, Mention | None]] = []
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
            if same and target is not None and not domestic(source.sector, target.sector):
                continue
            c = confidence - (0.15 if source.via == "anaphora" else 0)
            c -= 0.1 if target is not None and target.via == "anaphora" else 0
            # actors inferred from where the sentence is set, not named
            c -= {"location": 0.25, "context": 0.1}.get(source.via, 0)
            c -= 0.1 if target is not None and target.via == "context" else 0
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
        while (
            (
                t.dep_ in ("xcomp", "pobj", "pcomp", "dobj", "acomp")
                or (t.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children))
            )
            and t.head.i != t.i
            and len(chain) < 6
        ):  # "willing to send material to help ..."
            t = t.head
            chain.append(t)
        return chain

    def _reported(self, verb: Token) -> bool:
        """Whether a clause is what someone says ("Erdogan said Turkey would ...")."""
        t = verb
        while t.dep_ == "conj" and t.head.i != t.i:
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
        verb_level = 0  # the level of the chain whose tense and mood are the event's
        failed = False  # "failed to reach agreement"
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
                failed = failed or t.lemma_.lower() == "fail"
            if n > 0 and t.lemma_.lower() in cues.refusal_verbs and tok.dep_ == "xcomp":
                refused = True
            lemma = t.lemma_.lower()
            if n > 0 and (lemma in cues.halt_verbs or f"{lemma} {_particle(t)}" in cues.halt_verbs):
                halted = True  # "suspended talks": the halting verb is the act; its tense counts
                verb_level = n
            conditional = any(
                k.dep_ == "advcl" and any(m.lower_ == "unless" for m in k.children) for k in kids
            ) or (  # "may halt mediation if ...", "would strike if ...": a conditional threat
                any(k.dep_ == "advcl" and any(m.lower_ == "if" for m in k.children) for k in kids)
                and any(k.dep_ == "aux" and k.lower_ in cues.modal_auxiliaries for k in kids)
                and (plover_quad_conflict(trigger) or halted)
            )
            if conditional:
                commit = "threaten"
            if n == verb_level and n > 0:
                pass
            elif n > 0 and lemma in cues.decision_verbs and plover_quad_conflict(trigger):
                commit = commit or "decided"  # "agreed to impose sanctions": the sanction is the event
            elif (
                n > 0
                and lemma in cues.commit_verbs
                and (chain[n - 1].dep_ != "dobj" or lemma in cues.promise_verbs)
            ):  # "vowed to retaliate", "offered talks"; not "undertook a mission" (doing it)
                commit = lemma
            elif n > 0 and lemma in cues.modal_verbs:
                hypothetical = True
            for k in kids:
                if (
                    n == verb_level
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
        if any(k.dep_ == "aux" and k.lower_ in cues.demand_modals for t in chain for k in t.children):
            return None, negated, hypothetical  # "Y must withdraw": the content of a demand, not an act
        relation = trigger.relation
        plover = relation.plover
        if refused and not negated and plover.value in cues.refusal_cameo:
            return self.ex.vocabulary.relation(cues.refusal_cameo[plover.value], Plover.REJECT), False, False
        if refused and not negated:
            negated = True  # "refused to attack": nothing happened
        if negated and not refused and (failed or commit == "will") and plover.value in cues.refusal_cameo:
            # "failed to reach agreement", "said it would not meet the demands": a rejection
            return self.ex.vocabulary.relation(cues.refusal_cameo[plover.value], Plover.REJECT), False, False
        if halted and plover.value in cues.halt_cameo:  # "suspended talks"; "threatened to suspend talks"
            relation = self.ex.vocabulary.relation(cues.halt_cameo[plover.value], Plover.SANCTION)
            plover = Plover.SANCTION
            if commit not in ("threaten", "warn"):  # "said it would cut aid" is the cut, announced
                return relation, negated, hypothetical
        if halted and plover.quad.value.endswith("conflict") and trigger.pos == "noun":
            return None, negated, hypothetical  # "lifted the blockade": the lifting is the event
        if plover in (Plover.ASSAULT, Plover.COERCE) and any(
            t.lemma_.lower() in cues.preparation_verbs for t in chain[1:]
        ):  # "prepared to resume shelling": a force readied (PLOVER MOBILIZE), not yet an attack
            relation = self.ex.vocabulary.relation("154", Plover.MOBILIZE)
            return relation, negated, False
        if plover is Plover.MOBILIZE and any(t.lemma_.lower().startswith("peacekeep") for t in tok.subtree):
            # troops sent to a peacekeeping force: military protection (CAMEO 074)
            relation = self.ex.vocabulary.relation("074", Plover.AID)
            plover = Plover.AID
        if commit and commit not in ("threaten", "warn") and plover is Plover.MOBILIZE:
            # "France will deploy troops to Estonia", "ready to send troops": a move announced
            # or offered, not a threat
            return relation, negated, True
        if (
            commit
            and commit != "decided"
            and plover
            not in (
                Plover.AGREE,
                Plover.THREATEN,
                Plover.REQUEST,
                Plover.ACCUSE,
                Plover.REJECT,
            )
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
        if commit == "decided":
            return relation, negated, False
        if commit and commit != "will" and hypothetical:
            hypothetical = False
        return relation, negated, hypothetical

    # -- speakers -----------------------------------------------------------------------------
    def attribution(self, sent: Span) -> list[Mention]:
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

    def speakers(self, tok: Token, sent: Span) -> list[Mention]:
        """Who says what ``tok`` belongs to: the subject of the reporting verb
        governing its clause, or the speaker a headline names."""
        t = tok
        for _ in range(6):
            if t.dep_ in ("ccomp", "parataxis", "advcl") or (t.dep_ == "ROOT" and t.i != tok.i):
                head = t.head if t.dep_ != "ROOT" else t
                if head.lemma_.lower() in self.cues.reporting_verbs:
                    found = [m for h in self.subjects(head)[0] for m in self.resolve(h)]
                    if found:
                        return found
            if t.head.i == t.i:
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
        candidates: list[Mention] = []
        for obj in objects:  # "relations between Moscow and Seoul", "ties with Seoul"
            for prep in ("between", "with"):
                candidates += [m for h in self.prep_objects([obj], prep) for m in self.resolve(h)]
        for subj in self.subjects(verb)[0]:  # "Seoul's arms supply will destroy ..."
            for t in subj.subtree:
                if t.i in self.span_roots:
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
                    if t.actor_id != s.actor_id or domestic(s.sector, t.sector):
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


_LIGHT_VERBS = (
    "engage",
    "participate",
    "part",
    "involve",
    "resort",
    "join",
    "carry",
    "embark",
    "remain",
    "stay",
    "put",
    "place",
    "insist",
    "converge",
    "gather",
    "assemble",
)
_ON_PEOPLE = (Plover.COERCE, Plover.ASSAULT, Plover.CONCEDE, Plover.RETREAT)  # done to a place's people
_ADDRESSED = (Plover.AGREE, Plover.CONSULT, Plover.SUPPORT, Plover.REQUEST)  # acts toward someone
_FRAMES = (Plover.PROTEST.value, Plover.AGREE.value, Plover.REQUEST.value, Plover.SUPPORT.value)
_CLAUSE_LINKS = ("advcl", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "ccomp")


def _same_side(source: Mention, target: Mention) -> bool:
    """Whether a target is only the source again (not the other side of a domestic event)."""
    return source.actor_id == target.actor_id and not domestic(source.sector, target.sector)


def _same_parties(frame: Finding, f: Finding) -> bool:
    """Whether a finding is between a frame's parties: its source, or its pair either way
    ("would host talks with Algeria" offers the talks of both)."""
    if frame.source.actor_id == f.source.actor_id:
        return True
    pair = {frame.source.actor_id, frame.target.actor_id if frame.target else None}
    return f.target is not None and {f.source.actor_id, f.target.actor_id} == pair


def plover_quad_conflict(trigger: Trigger) -> bool:
    return trigger.relation.plover.quad.value.endswith("conflict")


def _joint(anchor: list[Token]) -> bool:
    """ "joint exercises", or exercises of several sides ("French and Egyptian warships
    began war games"): held together."""
    return any(c.lemma_.lower() in ("joint", "combined") for t in anchor for c in t.children) or any(
        t.lemma_.lower() in _EXERCISES for t in anchor
    )


_MEASURES = ("day", "week", "month", "hour", "series", "wave", "round", "spate", "string", "campaign", "year")
_EXERCISES = ("exercise", "drill", "game", "manoeuvre", "maneuver", "wargame")


def _mutual(relation: Relation) -> bool:
    """Whether "A <does> with B" is an act of both (meeting, negotiating, cooperating,
    agreeing, signing), not only of A ("strengthened ties with B")."""
    return relation.plover in (Plover.CONSULT, Plover.COOPERATE, Plover.AGREE) or relation.cameo == "057"


def _particle(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


def _distinct(found: list[Finding]) -> Iterator[Finding]:
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
            continue
        earlier = seen.setdefault((f.source.actor_id, target, f.plover, f.negated), [])
        if f.target is None and earlier:
            continue
        if f.target is not None and any(
            trigger != f.trigger_start
            or t.start == f.target.start
            or t.sector is None
            or f.target.sector is None
            or t.sector == f.target.sector
            for trigger, t in earlier
        ):
            continue  # the same recipient again (by another trigger, or named twice)
        earlier.append((f.trigger_start, f.target or f.source))
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
