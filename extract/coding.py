"""The category of an event and its flags, read off the verbs that govern its
trigger: negation ("did not attack"), modality ("may impose"), what an actor
commits to ("vowed to retaliate" is a threat, "pledged to send aid" a promise),
halting ("suspended talks" is a sanction) and refusal ("refused to sign" is a
rejection). Each recode is a named rule; the name is recorded on the event."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from diplograph.extract.cues import Cues
from diplograph.extract.lexicon import Trigger
from diplograph.extract.mentions import ARMED, armed_backers
from diplograph.extract.recodes import Recodes
from diplograph.extract.syntax import (
    chain,
    children,
    conjuncts,
    dependents,
    first_conjunct,
    has_to,
    may_name,
    objects,
    particle,
    pobjects,
    predicates,
    prep_objects,
    reported,
    trailing_predicates,
    verdict_speaker,
)
from diplograph.extract.triggers import DEEDS, TriggerMatcher, has_particle
from diplograph.ontology.vocabulary import Vocabulary
from spacy.tokens import Token

from diplograph.model import Plover, Relation, Sector

#: a match score: "beat Uganda 2-1", "a 3–0 win"
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")
#: the rule name of a relation the lexicon gave and nothing changed
LEXICON = "lexicon"
#: categories a commitment does not turn into a promise or a threat: already speech acts
_SPEECH = (Plover.AGREE, Plover.THREATEN, Plover.REQUEST, Plover.ACCUSE, Plover.REJECT)


#: the prepositions whose object says what a thing named is ("a step toward dictatorship")
_SAID_OF = frozenset({"toward", "towards", "of"})


class Commitment(StrEnum):
    """What the governing verbs commit the actor to."""

    THREATEN = "threaten"  # "threatened to strike", "would strike if ..."
    WARN = "warn"  # "warned it would ..."
    PLEDGE = "pledge"  # "vowed", "offered", "agreed", ... to do it
    DECIDED = "decided"  # "agreed to impose sanctions": the act decided is the event
    WILL = "will"  # "X will ...", "X said it would ..."

    @classmethod
    def of_verb(cls, lemma: str) -> Commitment:
        return {"threaten": cls.THREATEN, "warn": cls.WARN}.get(lemma, cls.PLEDGE)

    @property
    def menacing(self) -> bool:
        return self in (Commitment.THREATEN, Commitment.WARN)


@dataclass(frozen=True, slots=True)
class Coding:
    """What a trigger codes to in its clause (``relation`` None: nothing happened, and
    ``rule`` says why)."""

    relation: Relation | None
    negated: bool
    hypothetical: bool
    rule: str


@dataclass(slots=True)
class _Reading:
    """What the chain of governing verbs says, gathered level by level."""

    negated: bool = False
    hypothetical: bool = False
    commit: Commitment | None = None
    halted: bool = False
    refused: bool = False
    failed: bool = False  # "failed to reach agreement"
    verb_level: int = 0  # the level of the chain whose tense and mood are the event's
    demanded: bool = False  # "Y must withdraw": the content of a demand
    conditional: bool = False  # "... unless Baghdad accepts", "would strike if ..."


_RIOT = "145"


def conflict(plover: Plover) -> bool:
    return plover.quad.value.endswith("conflict")


#: acts whose reason, named by their doer, is a grievance ("expelled the envoy over what it called ...")
_AGGRIEVED = DEEDS | {Plover.PROTEST, Plover.THREATEN}


class Coder:
    """Codes one trigger in its clause."""

    def __init__(
        self, cues: Cues, vocabulary: Vocabulary, recodes: Recodes, *, matcher: TriggerMatcher | None = None
    ) -> None:
        self.cues = cues
        self.vocabulary = vocabulary
        self.recodes = recodes
        self.matcher = matcher  # to read the act a naming gives the reason for
        #: the rules by which a trigger is no act in its sentence, in the order they are asked
        #: (made once: each trigger asks them all)
        self._no_act_rules: tuple[tuple[str, Callable[[Token, Trigger], bool]], ...] = (
            ("sports_result", self._sports_result),
            ("business_war", self._business_war),
            ("scourge_fought", self._scourge_fought),
            ("statement", self._statement),
            ("event_noun_named", self._event_noun_named),
            ("no_munition", lambda t, _: self._no_munition(t)),
            ("no_troops", self._no_troops),
            ("civilians_mobilised", self._civilians_mobilised),
            ("own_units_ordered", self._own_units_ordered),
        )

    def code(self, tok: Token, trigger: Trigger) -> Coding:
        verbs = chain(tok)
        plover = trigger.relation.plover
        no_act = self._no_act(tok, trigger)
        if no_act is not None:
            return Coding(None, False, False, no_act)
        if self._forces_stormed(tok, trigger):
            return Coding(self.recodes["forces_stormed"], False, False, "forces_stormed")
        expulsion = self._ordered_to_leave(tok, trigger)
        if expulsion is not None:
            return Coding(self.recodes[expulsion], False, False, expulsion)
        if self._ordered_to_act(tok, trigger):
            return Coding(self.recodes["ordered_to_act"], False, False, "ordered_to_act")
        if (
            plover is Plover.PROTEST
            and trigger.pos == "noun"
            and len(verbs) > 1
            and verbs[1].lemma_.lower() in self.cues.suppress_verbs
        ):
            # "police dispersed the demonstration": repression of the protest by the verb's subject
            relation = self.vocabulary.relation(self.cues.suppress_cameo, Plover.COERCE)
            return Coding(relation, False, False, "repressed_protest")
        r = _Reading()
        for n, t in enumerate(verbs):
            self._read_level(r, tok, trigger, verbs, n, t)
        if self._denied(verbs[-1]) or self._kept_from(tok):
            r.negated = not r.negated
        return self._recode(r, tok, trigger, verbs)

    def _no_act(self, tok: Token, trigger: Trigger) -> str | None:
        """The name of the first rule by which a trigger is no act in its sentence, if any."""
        return next((name for name, rule in self._no_act_rules if rule(tok, trigger)), None)

    def _ordered_to_act(self, tok: Token, trigger: Trigger) -> bool:
        """ "The junta ordered French troops to leave", "ordered French troops out": another
        state's units ordered to do something, or out, are sent nowhere: the order is a demand
        made of that state ("Washington ordered three destroyers to waters off Venezuela" is a
        deployment)."""
        return self._units_ordered(tok, trigger) and any(may_name(w) for o in objects(tok) for w in o.subtree)

    def _own_units_ordered(self, tok: Token, trigger: Trigger) -> bool:
        """ "Shoigu ordered troops to pull back from the west bank": one's own units ordered to
        do an act of the lexicon are told of that act, coded on its own verb (not "ordered units
        to move closer to the border", a deployment)."""
        if (
            not self._units_ordered(tok, trigger)
            or self.matcher is None
            or self._ordered_to_act(tok, trigger)
        ):
            return False
        return any(self.matcher.match(c) is not None for c in children(tok, "xcomp", "ccomp"))

    @staticmethod
    def _units_ordered(tok: Token, trigger: Trigger) -> bool:
        """Units ordered to do something, or out (not somewhere): "ordered troops to withdraw"."""
        return (
            trigger.relation.plover is Plover.MOBILIZE
            and tok.lemma_.lower() == "order"
            and (bool(children(tok, "xcomp", "ccomp")) or particle(tok) == "out")
        )

    def _kept_from(self, tok: Token) -> bool:
        """ "Israel barred the U.N. envoy from visiting Gaza", "police stopped the minister from
        reaching the consulate": an act someone is kept from did not happen."""
        prep = tok.head
        return (
            tok.dep_ == "pcomp"
            and prep.lower_ == "from"
            and prep.head.lemma_.lower() in self.cues.prevention_verbs
        )

    def _denied(self, top: Token) -> bool:
        """ "Iran denied that it had supplied drones to Russia": what a denial's clause says
        did not happen (as "denied supplying" reads through the chain)."""
        clause = first_conjunct(top)
        # (a clause before the denial is the parser's reading of "Quito expelled the envoy, a
        # charge Lima denied": what was denied is the charge, not the expulsion)
        return (
            clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.cues.negation_verbs
            and clause.i > clause.head.i
        )

    def _ordered_to_leave(self, tok: Token, trigger: Trigger) -> str | None:
        """ "Lima ordered the Mexican ambassador to leave", "the envoy was told to leave the
        country", "gave the French ambassador 72 hours to leave": a demand or an ultimatum to
        leave made of a diplomat is an expulsion (``ordered_to_leave``); "gave Qatari citizens
        two weeks to leave": made of people, a deportation (``people_ordered_out``)."""
        ultimatum = trigger.relation.cameo == ULTIMATUM
        if (trigger.relation.plover is not Plover.REQUEST and not ultimatum) or tok.pos_ != "VERB":
            return None
        clauses = [*dependents(tok), *(c for o in objects(tok) for c in dependents(o))]  # "72 hours to leave"
        leaving = any(
            c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
            and c.lemma_.lower() in self.cues.departure_verbs
            for c in clauses
        )
        if not leaving:
            return None
        words = [w.lemma_.lower() for w in self._addressed_words(tok)]
        if any(w in self.cues.diplomat_nouns for w in words):
            return "ordered_to_leave"
        if any(w in self.cues.deportable_nouns for w in words):
            return "people_ordered_out"
        # "gave him 48 hours to leave": any deadline to leave is an expulsion
        return "ordered_to_leave" if ultimatum else None

    def _addressed_words(self, tok: Token) -> list[Token]:
        """Whom an order is made of, and the words of their phrase that may say what they are,
        the head first ("the chargé d'affaires": the diplomat noun may be a compound of the
        head, "a consular officer" an adjective; "the same number of Polish embassy staff": or
        what the head counts)."""
        addressed = [*objects(tok), *(c for c in dependents(tok) if c.dep_ in ("nsubjpass", "dative"))]
        if not addressed and tok.dep_ == "conj":  # "was summoned and told to leave"
            addressed = [c for c in dependents(tok.head) if c.dep_ == "nsubjpass"]
        addressed += prep_objects(addressed, "of")
        return [
            w for o in addressed for w in (o, *(c for c in dependents(o) if c.dep_ in ("compound", "amod")))
        ]

    def _forces_stormed(self, tok: Token, trigger: Trigger) -> bool:
        """ "Ecuadorean police stormed the Mexican embassy in Quito": a riot verb whose doers
        are police or troops is a raid by the state they serve, not a riot."""
        marched_in = tok.lemma_.lower() == "march" and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in dependents(tok)
        )  # "M23 rebels marched into Goma": a city taken, no protest march
        if (trigger.relation.cameo != _RIOT and not marched_in) or tok.pos_ != "VERB":
            return False  # (not "police walked off the job": a strike is theirs)
        doers = [d for c in dependents(tok) if c.dep_ == "nsubj" for d in (c, *conjuncts(c))]
        armed = ARMED | {Sector.REBELS.value} if marched_in else ARMED
        return any(self.cues.sector_of_noun.get(d.lemma_.lower()) in armed for d in doers)

    def _statement(self, tok: Token, trigger: Trigger) -> bool:
        """ "Lagos told Accra that the border would reopen": telling without an act to do
        (no "to" clause, as in "told the envoy to leave") is a statement, not a demand."""
        return (
            trigger.relation.plover is Plover.REQUEST
            and tok.lemma_.lower() in self.cues.statement_verbs
            and not any(c.dep_ == "xcomp" for c in dependents(tok))
        )

    def _event_noun_named(self, tok: Token, trigger: Trigger) -> bool:
        """ "police prevented the demonstration staged by students": a participle that tells
        how the protest its noun names came about is that protest, coded from the noun, not a
        second one."""
        return (
            trigger.relation.plover is Plover.PROTEST
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.lemma_.lower() in trigger.objects
        )

    def _no_munition(self, tok: Token) -> bool:
        """ "Shells hit the district" is an attack; "the storm hit the coast", "sanctions hit
        the economy" are not: a verb that attacks only when a munition does it."""
        if tok.lemma_.lower() not in self.cues.munition_verbs or _fired_back(tok):
            return False  # "Israel hit back at the launch sites": a retaliation
        doers = [c for c in dependents(tok) if c.dep_ in ("nsubj", "agent")]
        doers += [g for c in doers if c.dep_ == "agent" for g in dependents(c)]
        if tok.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in doers):
            doers.append(tok.head)  # "a missile strike that hit a hospital": the strike
        return not any(self._fires_munitions(d) for d in doers)

    def _fires_munitions(self, doer: Token) -> bool:
        """A munition ("shells hit"), or what fires them: craft ("warplanes hit a dozen
        targets") or troops ("army units hit rebel positions")."""
        lemma = doer.lemma_.lower()
        return (
            lemma in self.cues.munition_nouns
            or lemma in self.cues.crafts
            or self.cues.sector_of_noun.get(lemma) is Sector.MILITARY
        )

    def _no_troops(self, tok: Token, trigger: Trigger) -> bool:
        """ "The last Syrian troops left Lebanon" is a withdrawal, "Iraqi tanks swept into Kuwait"
        an invasion; "Putin left Beijing", "the envoy left Moscow", "investors poured into
        bonds" are none: a verb of movement that is an act only when troops do it (not "Burundi
        left the court": leaving an organisation is its own entry, with its objects)."""
        if tok.lemma_.lower() not in self.cues.troop_verbs or trigger.objects or trigger.particle:
            return False
        doers = [d for c in dependents(tok) if c.dep_ == "nsubj" for d in (c, *conjuncts(c))]
        return not any(self.cues.sector_of_noun.get(d.lemma_.lower()) is Sector.MILITARY for d in doers)

    def _civilians_mobilised(self, tok: Token, trigger: Trigger) -> bool:
        """ "Riyadh mobilised pressure groups in the United States", "the party mobilised its
        voters": rallying people who are no force is no show of force (troops, reservists or
        police mobilised are; so is "Armenia mobilised", with no object)."""
        if trigger.relation.plover is not Plover.MOBILIZE or tok.lemma_.lower() not in (
            "mobilize",
            "mobilise",
        ):
            return False
        mobilised = objects(tok)
        return bool(mobilised) and not any(
            self.cues.sector_of_noun.get(o.lemma_.lower()) in ARMED
            or o.lemma_.lower() in self.cues.mobilised_forces
            for o in mobilised
        )

    def _business_war(self, tok: Token, trigger: Trigger) -> bool:
        """ "The price war between Thai and Vietnamese rice exporters", "airlines fired the latest
        shots in a fare war": a war of prices or trade, not of arms."""
        if trigger.relation.plover is not Plover.ASSAULT:
            return False
        wars = [
            tok,
            *(o for c in dependents(tok) if c.dep_ == "prep" and c.lower_ == "in" for o in pobjects(c)),
        ]
        return any(
            w.lemma_.lower() in self.cues.business_war_nouns
            and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.cues.business_war_over
                for c in dependents(w)
            )
            for w in wars
        )

    def _scourge_fought(self, tok: Token, trigger: Trigger) -> bool:
        """ "Athens and Ankara agreed to cooperate in fighting terrorism": an ill fought (crime,
        trafficking, corruption) is no one attacked."""
        if trigger.relation.plover is not Plover.ASSAULT or trigger.pos != "verb":
            return False
        fought = objects(tok) or prep_objects([tok], "against")
        return bool(fought) and all(o.lemma_.lower() in self.cues.scourge_nouns for o in fought)

    def _sports_result(self, tok: Token, trigger: Trigger) -> bool:
        """ "Kenya beat Uganda 2-1 in a World Cup qualifier": a match, not an attack."""
        if trigger.relation.plover not in (Plover.ASSAULT, Plover.COERCE):
            return False
        if tok.lemma_.lower() not in self.cues.sports_verbs:
            return False
        sent = tok.sent
        return bool(_SCORE.search(sent.text)) or any(t.lemma_.lower() in self.cues.sports_nouns for t in sent)

    # -- reading the chain ---------------------------------------------------------------------
    def _read_level(
        self, r: _Reading, tok: Token, trigger: Trigger, verbs: list[Token], n: int, t: Token
    ) -> None:
        cues = self.cues
        kids = [(k, k.dep_) for k in dependents(t)]  # (each label read once: a read makes it anew)
        lemma = t.lemma_.lower()
        if any(
            dep == "neg" or (dep in ("neg", "advmod", "det") and k.lower_ in cues.negation_words)
            for k, dep in kids
        ) and not any(dep in ("acomp", "oprd") and k.lower_ in cues.litotes for k, dep in kids):
            r.negated = not r.negated
        if n > 0:
            self._read_governing_verb(r, tok, t, lemma, n)
        if self._conditional(kids, trigger, r.halted):
            r.commit, r.conditional = Commitment.THREATEN, True
        if n > 0 and n != r.verb_level:
            self._read_intent(r, trigger, verbs, n, lemma)
        if n > 0 and _against_doing(verbs[n - 1]):
            r.hypothetical = True
        for k, dep in kids:
            self._read_dependent(r, k, dep, t, n)
        if any(dep == "aux" and k.lower_ in cues.demand_modals for k, dep in kids):
            r.demanded = True

    def _read_governing_verb(self, r: _Reading, tok: Token, t: Token, lemma: str, n: int) -> None:
        """ "denied attacking", "failed to agree", "refused to sign", "suspended talks"."""
        cues = self.cues
        if lemma in cues.negation_verbs:
            r.negated = not r.negated
            r.failed = r.failed or lemma == "fail"
        if lemma in cues.refusal_verbs and tok.dep_ == "xcomp":
            r.refused = True
        if lemma in cues.halt_verbs or f"{lemma} {particle(t)}" in cues.halt_verbs:
            r.halted = True  # the halting verb is the act; its tense counts
            r.verb_level = n

    def _conditional(self, kids: list[tuple[Token, str]], trigger: Trigger, halted: bool) -> bool:
        """ "... unless Baghdad accepts", "may halt mediation if ...", "would strike if ...":
        a conditional threat (``kids``: the verb's dependents and their labels)."""
        clauses = [k for k, dep in kids if dep == "advcl"]
        if any(m.lower_ == "unless" for k in clauses for m in dependents(k)):
            return True
        return (
            any(m.lower_ == "if" for k in clauses for m in dependents(k))
            and any(dep == "aux" and k.lower_ in self.cues.modal_auxiliaries for k, dep in kids)
            and (conflict(trigger.relation.plover) or halted)
        )

    def _read_intent(self, r: _Reading, trigger: Trigger, verbs: list[Token], n: int, lemma: str) -> None:
        """ "agreed to impose sanctions" (decided), "vowed to retaliate" (committed; not
        "undertook a mission", doing it), "considering sending" (hypothetical)."""
        cues = self.cues
        if lemma in cues.decision_verbs and conflict(trigger.relation.plover):
            r.commit = r.commit or Commitment.DECIDED
        elif lemma in cues.commit_verbs and (verbs[n - 1].dep_ != "dobj" or lemma in cues.promise_verbs):
            r.commit = Commitment.of_verb(lemma)
        elif lemma in cues.modal_verbs:
            r.hypothetical = True

    def _read_dependent(self, r: _Reading, k: Token, dep: str, t: Token, n: int) -> None:
        """Future auxiliaries ("will", "said it would") and modal words ("may", "possible");
        ``dep``: the dependent's label."""
        cues = self.cues
        if (
            n == r.verb_level
            and dep == "aux"
            and (
                k.lower_ in cues.future_auxiliaries
                or (k.lower_ == "would" and reported(t, cues.reporting_verbs))
            )
        ):
            r.commit = r.commit or Commitment.WILL
        elif (
            (dep == "aux" and k.lower_ in cues.modal_auxiliaries)
            or (dep == "amod" and k.lemma_.lower() in cues.modal_adjectives)
            or (dep == "mark" and k.lower_ in cues.modal_markers)
        ):
            r.hypothetical = True

    # -- recoding ------------------------------------------------------------------------------
    def _recode(self, r: _Reading, tok: Token, trigger: Trigger, verbs: list[Token]) -> Coding:
        if r.demanded:
            return Coding(None, r.negated, r.hypothetical, "content_of_a_demand")
        if trigger.promised_only and r.commit in (None, Commitment.DECIDED):
            return Coding(None, r.negated, r.hypothetical, "not_promised")  # "Iran responded to the letter"
        plover = trigger.relation.plover
        if trigger.verdict and verdict_speaker(tok, self.cues.reporting_verbs) is None:
            return Coding(
                None, r.negated, r.hypothetical, "unspoken_verdict"
            )  # "the tariffs violated the pact"
        naming = self._naming(tok, trigger)
        if naming is not None:
            return Coding(naming[0], r.negated, r.hypothetical, naming[1])
        if trigger.named_only:
            return Coding(None, r.negated, r.hypothetical, "not_named")  # "described the situation"
        rejection = self._rejection(r, plover)
        if rejection is not None:
            return rejection
        if r.refused:
            r.negated = True  # "refused to attack": nothing happened
        relation, rule = trigger.relation, LEXICON
        if r.halted and plover.value in self.cues.halt_cameo:  # "suspended talks"; "threatened to suspend"
            relation = self.vocabulary.relation(self.cues.halt_cameo[plover.value], Plover.SANCTION)
            plover, rule = Plover.SANCTION, "halt"
            if not (r.commit and r.commit.menacing):  # "said it would cut aid" is the cut, announced
                return Coding(relation, r.negated, r.hypothetical, rule)
        if r.halted and conflict(plover) and trigger.pos == "noun":
            return Coding(None, r.negated, r.hypothetical, "lifted_conflict")  # "lifted the blockade"
        if plover in (Plover.ASSAULT, Plover.COERCE) and any(
            t.lemma_.lower() in self.cues.preparation_verbs for t in verbs[1:]
        ):  # "prepared to resume shelling": a force readied (PLOVER MOBILIZE), not yet an attack
            return Coding(self.recodes["prepared_attack"], r.negated, False, "prepared_attack")
        if relation.mode == "expel" and self._deadline_not_to_leave(tok, trigger):
            return Coding(self.recodes["ultimatum"], r.negated, r.hypothetical, "ultimatum")
        relation, rule = self._kind_of_act(tok, relation, rule)
        plover = relation.plover
        if _announced_measure(r, plover, verbs):
            return Coding(relation, r.negated, False, "announced")
        return self._intent(r, relation, plover, rule)

    def _kind_of_act(self, tok: Token, relation: Relation, rule: str) -> tuple[Relation, str]:
        """What troops sent or a deal signed are, by what the sentence says they are for."""
        plover = relation.plover
        if plover is Plover.MOBILIZE and any(t.lemma_.lower().startswith("peacekeep") for t in tok.subtree):
            # troops sent to a peacekeeping force: military protection (CAMEO 074)
            return self.recodes["peacekeeping_force"], "peacekeeping_force"
        if plover is Plover.MOBILIZE and self._sent_to_help(tok):
            return self.recodes["sent_to_help"], "sent_to_help"
        if plover is Plover.MOBILIZE and self._carrying_aid(tok):
            return self.recodes["aid_sent"], "aid_sent"
        if plover is Plover.SUPPORT and armed_backers(tok, self.cues):
            return self.recodes["armed_backing"], "armed_backing"
        if relation.cameo == SIGNING and _signed_to_do(tok):
            return self.recodes["signed_to_do"], "signed_to_do"
        return relation, rule

    def _sent_to_help(self, tok: Token) -> bool:
        """ "deployed 1,000 soldiers to Mozambique to help government forces fight the
        insurgents": forces sent to help someone are military assistance (not "mobilized
        pressure groups to help"); doctors, medics and rescuers sent are aid by their nature."""
        sent = [t for o in objects(tok) for t in (o, *conjuncts(o))]
        sent += [t for o in prep_objects(sent, "of") for t in (o, *conjuncts(o))]  # "a brigade of doctors"
        if any(t.lemma_.lower() in self.cues.relief_workers for t in sent):
            return True  # "sent a brigade of 52 doctors and nurses to Lombardy": help by its nature
        return any(self.cues.sector_of_noun.get(t.lemma_.lower()) in ARMED for t in sent) and any(
            c.lemma_.lower() in self.cues.help_verbs and has_to(c) for c in children(tok, "advcl", "xcomp")
        )

    def _carrying_aid(self, tok: Token) -> bool:
        """ "Turkey dispatched two navy ships carrying field hospitals and relief supplies to
        Libya", "sent planes loaded with tents": ships or planes sent with aid on board are aid."""
        sent = [t for o in objects(tok) for t in (o, *conjuncts(o))]
        cargo = [
            w
            for o in sent
            for c in dependents(o)
            if c.dep_ == "acl"
            and (c.lemma_.lower() in self.cues.carrying_verbs or c.lower_ in ("loaded", "laden"))
            for w in c.subtree
        ]
        return any(w.lemma_.lower() in self.cues.aid_words for w in cargo)

    def _naming(self, tok: Token, trigger: Trigger) -> tuple[Relation | None, str] | None:
        """ "Vietnam called China's map an invasion of its sovereignty" accuses (but "dismissed
        the report as a smear" stays a rejection of it); "called the summit a milestone"
        praises; "called the strike a violation" asks nothing: a verb of naming with an
        object predicate is what the actor thinks of the thing named. None when the trigger
        names nothing (or is no verb of naming). A copula in what someone says names too ("Kenya
        said the decision was a violation of its sovereignty": triggers.TriggerMatcher._copular_verdict)."""
        if trigger.verdict and tok.lemma_.lower() == "be":
            named = children(tok, "attr", "acomp")  # "said the decision was a violation": its predicate
        elif tok.pos_ != "VERB" or tok.lemma_.lower() not in self.cues.naming_verbs:
            return None
        else:
            named = predicates(tok) or self._named_summary(tok) or trailing_predicates(tok)
        # "a 'highly provocative' show of force", "a murderous communist": what its modifiers say too
        said = [w for p in named for w in (p, *children(p, "amod", "compound"))]
        # "another step toward dictatorship", "an act of aggression": what its phrase says too
        said += [
            g for p in named for c in children(p, "prep") if c.lower_ in _SAID_OF for g in children(c, "pobj")
        ]
        words = {w.lemma_.lower() for w in said} | {w.lower_ for w in said}  # ("as meddling": the form)
        plover = trigger.relation.plover
        if words & self.cues.condemnation_nouns and plover not in (Plover.ACCUSE, Plover.REJECT):
            # "dismissed the charges as baseless", "said the accusations were false"
            judged = children(tok, "nsubj" if trigger.verdict else "dobj")
            if any(o.lemma_.lower() in self.cues.charges_named for o in judged):
                return self.recodes["dismissed_as"], "dismissed_as"
            return self.recodes["condemned_as"], "condemned_as"
        if words & self.cues.praise_nouns and plover is Plover.REQUEST:
            return self.recodes["praised_as"], "praised_as"
        if words and plover is Plover.REQUEST and self._grievance_named(tok):
            return self.recodes["condemned_as"], "grievance_named"
        if words and plover is Plover.REQUEST:
            return None, "description"
        return None

    def _grievance_named(self, tok: Token) -> bool:
        """ "Moldova expelled a Russian diplomat over what it called Moscow's attempts to
        destabilise the country", "gave the French ambassador 72 hours to leave over what it
        called offensive remarks": what an actor calls the reason for a sanction, a use of force
        or a protest is a charge it makes (not "thanked Delhi for what she called its help")."""
        prep = tok.head
        if self.matcher is None or tok.dep_ != "pcomp" or prep.lower_ not in ("over", "for"):
            return False
        if not any(c.tag_ == "WP" for c in dependents(tok)):
            return False
        act = prep.head
        for _ in range(3):  # "gave the envoy 72 hours to leave, over ...": the act the purpose is of
            matched = self.matcher.match(act)
            relation = self.code(act, matched.trigger).relation if matched is not None else None
            if relation is not None:
                return relation.plover in _AGGRIEVED
            if act.dep_ not in ("advcl", "xcomp") or act.head.i == act.i:
                return False
            act = act.head
        return False

    def _named_summary(self, tok: Token) -> list[Token]:
        """ "..., a step Museveni called an attempt to coerce African nations": a summing-up
        noun set before a verb of naming is what it names; its object is what it is called."""
        subjects = children(tok, "nsubj")
        summary = [
            c
            for c in children(tok, "npadvmod", "nsubj")
            if c.i < tok.i
            and c.lemma_.lower() in self.cues.act_nouns
            and (c.dep_ == "npadvmod" or len(subjects) > 1)  # (the parser may take it for a second subject)
        ]
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in self.cues.act_nouns:
            summary.append(tok.head)  # "a move that Beijing called a provocation"
        return children(tok, "dobj") if summary else []

    def _deadline_not_to_leave(self, tok: Token, trigger: Trigger) -> bool:
        """ "Gave Kosovo 48 hours to reply": a deadline (the lexicon's "give ... hours") whose
        clause says nothing of leaving is an ultimatum; "to leave the country", an expulsion."""
        if not trigger.objects & {"hour", "day"}:
            return False
        return not any(t.lemma_.lower() in self.cues.departure_verbs for t in tok.subtree)

    def _rejection(self, r: _Reading, plover: Plover) -> Coding | None:
        """ "refused to sign", "failed to reach agreement", "said it would not meet the
        demands": a rejection of what was not done."""
        refusal = self.cues.refusal_cameo.get(plover)  # (a str enum: keyed as its value)
        if refusal is None:
            return None
        if r.refused and not r.negated:
            return Coding(self.vocabulary.relation(refusal, Plover.REJECT), False, False, "refusal")
        if r.negated and not r.refused and (r.failed or r.commit is Commitment.WILL or r.conditional):
            # "would not accept the offer unless ...": a conditional refusal is a refusal
            return Coding(self.vocabulary.relation(refusal, Plover.REJECT), False, False, "refusal")
        return None

    def _intent(self, r: _Reading, relation: Relation, plover: Plover, rule: str) -> Coding:
        """An act promised or threatened: "vowed to retaliate" (THREATEN), "pledged to
        send aid" (AGREE), "France will deploy troops" (a move announced)."""
        commit, hypothetical = r.commit, r.hypothetical
        if commit and not commit.menacing and plover is Plover.MOBILIZE:
            # "France will deploy troops to Estonia", "ready to send troops": not a threat
            return Coding(relation, r.negated, True, rule)
        if commit and plover is Plover.CONCEDE and relation.cameo in self.cues.home_easing_cameo:
            # "will lift martial law", "said it would ease the curfew": a promised easing at
            # home is itself a concession (PLOVER's CONCEDE), not a promise to agree
            return Coding(relation, r.negated, False, rule)
        if commit and commit is not Commitment.DECIDED and plover not in _SPEECH:
            menace = commit.menacing or conflict(plover)
            table = self.cues.threaten_cameo if menace else self.cues.agree_cameo
            intent = table.get(plover.value)
            if intent is not None:
                relation = self.vocabulary.relation(intent, Plover.THREATEN if menace else Plover.AGREE)
                hypothetical, rule = False, "threat" if menace else "promise"
        elif commit is Commitment.THREATEN and plover is not Plover.THREATEN:
            code = self.cues.threaten_cameo.get(plover.value)
            relation = self.vocabulary.relation(code, Plover.THREATEN) if code else self.recodes["threat"]
            rule = "threat"
        if commit is Commitment.DECIDED:
            return Coding(relation, r.negated, False, rule if rule != LEXICON else "decided")
        if commit and commit is not Commitment.WILL and hypothetical:
            hypothetical = False
        return Coding(relation, r.negated, hypothetical, rule)


#: CAMEO's "sign formal agreement"
SIGNING = "057"


def _signed_to_do(tok: Token) -> bool:
    """ "signed an accord to establish diplomatic relations and reopen their border": the
    agreement signed names an act to come (an infinitive after its noun; one the parser
    hangs on the signing is its purpose, which the PLOVER records code as the signing)."""
    signed = objects(tok) if tok.pos_ == "VERB" else [tok]
    return any(c.dep_ in ("acl", "relcl") and has_to(c) for o in signed for c in dependents(o))


#: CAMEO's "give ultimatum" ("gave the junta a week to ..."; to an envoy to leave: expelled)
ULTIMATUM = "139"


def _announced_measure(r: _Reading, plover: Plover, verbs: list[Token]) -> bool:
    """ "The Czech Republic will expel 18 Russian embassy staff, the prime minister said",
    "said it would withdraw its ambassador": a sanction announced (no threat, no condition)
    is taken, not threatened."""
    if plover is not Plover.SANCTION or r.commit is not Commitment.WILL or r.conditional:
        return False
    top = verbs[-1]
    told = [top.head] if top.dep_ == "ccomp" else []  # the parser may hang the "if" on the "said"
    return not any(_if_clause(v) for v in (*verbs, *told))


def _if_clause(verb: Token) -> bool:
    """ "Lithuania will expel Belarusian diplomats if Minsk allows ...": an act on a condition."""
    return any(
        k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in dependents(k))
        for k in dependents(verb)
    )


def _fired_back(verb: Token) -> bool:
    """ "hit back at the launch sites", "struck back on targets in Gaza": a retaliation by
    fire (not "Minsk hit back within hours, recalling its envoys", "hit back with tariffs")."""
    return has_particle(verb, "back") and any(
        c.dep_ == "prep" and c.lower_ in ("at", "on") for c in dependents(verb)
    )


def _against_doing(verb: Token) -> bool:
    """ "Washington warned Beijing against attacking Taiwan", "voted against sending troops":
    an act one is against doing is not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "against" and verb.tag_ == "VBG"
