"""Which lexicon trigger a token is, if any: a verb ("accuse"), a verb phrase
("impose sanctions on", the object found by rank), a particle verb ("call off"),
or a nominalisation where it reports an event ("launched an attack on")."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import NamedTuple

from diplograph.extract.actors import SPANS_KEY
from diplograph.extract.cues import Cues
from diplograph.extract.lexicon import NAMED_ORGANISATION, NAMED_PERSON, Lexicon, Trigger
from diplograph.extract.syntax import (
    FIGHT_PREPS,
    answered_act,
    casualty_clause,
    children,
    clause_of,
    dependents,
    eventive_noun,
    first_conjunct,
    is_passive,
    may_name,
    object_ranks,
    objects,
    occasion_clause,
    pobjects,
    prep_objects,
    setting_preposition,
    summed_up_saying,
    tail_hung_on_the_verb,
    visit_phrase,
)
from spacy.tokens import Token

from diplograph.model import Plover

#: prepositions that set a named act before or around a clause's ("days after a clash
#: between ...", "hurt during Russian shelling of Kharkiv"), or name it as the agent of a
#: passive ("a building hit by an Israeli air strike in Beirut's suburbs")
TIME_PREPS = frozenset({"after", "following", "since", "before", "amid", "during", "despite", "by"})
#: the acts of force and pressure a background phrase may tell of
DEEDS = frozenset({Plover.ASSAULT, Plover.COERCE, Plover.SANCTION, Plover.MOBILIZE})


class Match(NamedTuple):
    """A trigger and its anchor: the token and the words that complete its phrase (a named
    tuple: one is made for every word matched, a hot path)."""

    trigger: Trigger
    anchor: list[Token]


def headline_verb(tok: Token) -> bool:
    """A headline's present-tense verb the tagger took for a noun ("Police raid opposition
    offices in Lagos"): a noun with a subject and a direct object of its own."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in dependents(tok)}
    return "nsubj" in deps and "dobj" in deps


def trigger_pos(tok: Token) -> str | None:
    """ "verb" or "noun" for the tokens that may be triggers ("is opposed to": a
    participle after a copula acts as the verb)."""
    pos = tok.pos_
    if pos == "VERB" or headline_verb(tok):
        return "verb"
    if pos == "NOUN" or pos == "PROPN":
        return "noun"
    if pos == "AUX":
        return "verb" if tok.dep_ == "ROOT" else None
    if pos == "ADJ" and tok.dep_ == "acomp" and tok.lower_.endswith("ed"):
        return "verb"
    return None


def _gerund_between(tok: Token) -> bool:
    """ "as fighting between the army and M23 rebels intensified": a gerund with a "between"
    phrase and no subject or object of its own names the fight, as its noun would."""
    return (
        tok.tag_ == "VBG"
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in dependents(tok))
        and not any(c.dep_ in ("nsubj", "dobj") for c in dependents(tok))
    )


#: what a fight two sides settle or dispute is to their clause ("blamed each other for a clash")
_DISPUTED_FIGHT_PREPS = FIGHT_PREPS | {"for"}


def _measured_gerund(tok: Token, measures: Collection[str]) -> bool:
    """ "after two days of fighting": a gerund with no subject or object of its own, counted
    by a measure, names the fight, as its noun would."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("pcomp", "pobj")
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in measures
        and not any(c.dep_ in ("nsubj", "dobj") for c in dependents(tok))
    )


#: what a protest noun is the setting of: "during a rally", "amid months of protests"
PROTEST_SETTINGS = frozenset({"during", "at", "amid", "amidst", "after", "following", "despite"})


class TriggerMatcher:
    def __init__(self, lexicon: Lexicon, cues: Cues) -> None:
        self.lexicon = lexicon
        self.cues = cues
        #: the lemmas of trigger words: the lexicon's and the charge words (asked of every word: one set)
        self._listed_lemmas = lexicon.words | cues.charges_named

    def listed(self, tok: Token, lemma: str) -> bool:
        """Whether the word may be a trigger at all: a word of the lexicon, or a charge word (a
        claim summed up after what was said is a charge: ``_allegation_summed_up``). Most
        words are not; asked first, it is the cheapest test (``lemma``: the word's lemma in
        lower case, as the caller read it)."""
        return lemma in self._listed_lemmas or tok.lower_ in self.lexicon.words

    def match(self, tok: Token) -> Match | None:
        lemma = tok.lemma_.lower()
        if not self.listed(tok, lemma):
            return None
        if lemma == "be":
            return self._copular_verdict(tok)
        pos = trigger_pos(tok)
        if pos is None:
            return None
        if self._no_entry(tok, lemma, pos):
            # a trigger of the word, but not as this part of speech (a claim summed up is a charge)
            return self._charge_without_entry(tok, lemma) if pos == "noun" else None
        if pos == "noun" and self._averted(tok):
            return None  # "a deal to avert U.S. tariffs", "to head off an invasion": it did not happen
        if pos == "noun" and not eventive_noun(tok, self.cues.light_verbs, self.cues.measures):
            return (
                self._protest_at(tok, lemma)
                or self._on_the_phone(tok, lemma)
                or self._talks_before(tok, lemma)
                or self._on_a_visit(tok, lemma)
                or self._in_protest(tok, lemma)
                or self._fight_settled(tok, lemma)
                or self._fatal_fight(tok, lemma)
                or self._granted_request(tok, lemma)
                or self._sides_named(tok, lemma)
                or self._protested(tok, lemma)
                or self._answered(tok, lemma)
                or self._in_concert(tok, lemma)
                or self._allegation_summed_up(tok, lemma)
                or self._punished_deed(tok, lemma)
            )
        if pos == "verb" and _gerund_between(tok):
            # "as fighting between the army and M23 rebels intensified": the parser's gerund is the noun
            found = self._best(tok, tok.lower_, "noun")
            if found is not None:
                return found
        if pos == "verb" and _measured_gerund(tok, self.cues.measures):
            # "agreed a ceasefire after two days of fighting along their border": the noun, settled
            settled = self._fight_settled(tok, tok.lower_)
            if settled is not None:
                return settled
        if pos == "verb" and (self._damages_relations(tok) or self._market_move(tok)):
            # "will destroy relations": a threat, coded apart; "exporters rallied on a weaker yen"
            return None
        if pos == "verb" and tok.lower_ != lemma and (is_passive(tok) or tok.dep_ == "acomp"):
            stative = [t for t in self.lexicon.candidates(tok.lower_, pos) if t.lemma == tok.lower_]
            if stative:  # "Israel is opposed to ...": a state of the subject, not a passive
                return Match(stative[0], [tok])
        found = self._best(tok, lemma, pos)
        if found is not None and pos == "verb" and (_carried(tok, found.trigger) or self._noun_speaks(found)):
            return None
        return found

    def _noun_speaks(self, found: Match) -> bool:
        """ "Tamil detainees launched a hunger strike", "teachers began a nationwide strike": the
        verb phrase's object is a noun whose own modifiers make it a protest (not the attack
        "launched a strike" is); the noun is read instead, its verb a light one."""
        if found.trigger.relation.plover not in _FORCE_ACTS:
            return False  # ("called off a nationwide strike": the calling off is coded)
        for obj in found.anchor[1:]:
            if obj.pos_ != "NOUN":
                continue
            own = self._best(obj, obj.lemma_.lower(), "noun")
            if own is not None and own.trigger.objects and own.trigger.relation.plover is Plover.PROTEST:
                return True
        return False

    def _copular_verdict(self, tok: Token) -> Match | None:
        """ "Nairobi said Mogadishu's decision was a violation of its sovereignty", "Oslo said the
        offer was a welcome step": a copula with a predicate, in what someone says, names what
        the speaker thinks of its subject (coded as a verb of naming is: coding.Coder._naming);
        other copulas are no act."""
        if first_conjunct(tok).dep_ != "ccomp" or not children(tok, "attr", "acomp"):
            return None
        return self._best(tok, "be", "verb")

    def _protest_at(self, tok: Token, lemma: str) -> Match | None:
        """ "A man is detained by riot police during a rally against the election results",
        "resigned amid months of protests": a protest something happened at, during or amid
        took place (other nouns after a preposition are background: "in the war with Iraq")."""
        if not self.protest_setting(tok):
            return None
        protests = [t for t in self.lexicon.candidates(lemma, "noun") if t.relation.plover is Plover.PROTEST]
        return Match(protests[0], [tok]) if protests and not protests[0].objects else None

    def _granted_request(self, tok: Token, lemma: str) -> Match | None:
        """ "Saudi troops crossed into Bahrain at the request of its rulers", "arrested at
        Washington's request": the request an act was done at was made (of its doer)."""
        if not granted_request(tok, self.cues.answering_verbs):
            return None
        asked = [t for t in self.lexicon.candidates(lemma, "noun") if t.relation.plover is Plover.REQUEST]
        return Match(asked[0], [tok]) if asked and not asked[0].objects else None

    def _disputed_over(self, prep: Token) -> bool:
        """ "escalating a row over Warsaw's arrest of three Belarusian officers": what a dispute
        is over took place (its cause, as an act after which something happened did)."""
        return prep.lower_ == "over" and prep.head.lemma_.lower() in self.cues.dispute_nouns

    def _sides_named(self, tok: Token, lemma: str) -> Match | None:
        """ "days after a deadly clash between Indian and Chinese troops", "a day after a wave
        of Russian missile strikes on Ukrainian power plants": an act in a background phrase
        that names both its doer and whom it was done to took place; its sides are read in its
        own phrase only (other background acts stay background: "after the attack")."""
        prep = setting_preposition(tok)
        if prep is None or not (prep.lower_ in TIME_PREPS or self._disputed_over(prep)):
            return None  # (not "because of fighting between ...", "in its war with Iraq": causes, states)
        found = self._best(tok, lemma, "noun")
        if found is None or found.trigger.relation.plover not in DEEDS:
            return None
        trigger = found.trigger
        between = "between" in trigger.target and trigger.reciprocal and _named_pair(tok)
        fought_with = trigger.reciprocal and _other_named(tok, ("with",))
        if not (between or fought_with) and not (_doer_named(tok) and _other_named(tok, trigger.target)):
            return None
        return Match(replace(trigger, only_slots=True), found.anchor)

    def _protested(self, tok: Token, lemma: str) -> Match | None:
        """ "Dodoma protested against the detention of 23 Tanzanian fishermen by Kenyan police":
        a deed a protest is made against, whose phrase names both its doer and whom it was done
        to, took place (its sides are read in its own phrase only)."""
        prep = _protested_through(tok, self.cues.naming_verbs)
        if prep is None or prep.head.pos_ not in ("VERB", "NOUN"):
            return None
        pos = "verb" if prep.head.pos_ == "VERB" else "noun"  # "lodged a protest over ..."
        protest = self._best(prep.head, prep.head.lemma_.lower(), pos)
        if protest is None or protest.trigger.relation.plover not in (Plover.PROTEST, Plover.ACCUSE):
            return None
        found = self._best(tok, lemma, "noun")
        if found is None or found.trigger.relation.plover not in DEEDS:
            return None
        victims = _victims_named(tok, self.cues.casualty_verbs)
        if not (
            (_doer_named(tok) or _agent_named(tok)) and (_other_named(tok, found.trigger.target) or victims)
        ):
            return None
        return Match(replace(found.trigger, only_slots=True), found.anchor)

    def _answered(self, tok: Token, lemma: str) -> Match | None:
        """ "Moscow expelled ten Bulgarian diplomats in retaliation for Sofia's expulsion of 70
        Russian embassy staff", "Russia to expel U.S. diplomats in response to Washington's
        new sanctions": an act of force or pressure a clause answers, whose doer its own
        phrase names, took place (its sides are read in its own phrase; whom it was done to,
        when that names no one, is whoever answers it)."""
        if answered_act(tok, self.cues.retaliation_nouns) is None or not _doer_named(tok):
            return None
        found = self._best(tok, lemma, "noun")
        if found is None:
            return None
        trigger = found.trigger
        # any other act answered names whom it was with: "in response to President Tsai's meeting
        # with the U.S. House speaker"
        if trigger.relation.plover not in DEEDS and not _other_named(tok, trigger.target):
            return None
        return Match(replace(trigger, only_slots=True), found.anchor)

    def _in_concert(self, tok: Token, lemma: str) -> Match | None:
        """ "Jordanian planes dropped food over Gaza in coordination with Egypt and France",
        "troops raided the camp in cooperation with Kenyan forces": an act done in concert
        with someone is cooperation of its doer with them (the noun's own with-phrase)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in dependents(tok)):
            return None
        found = self._best(tok, lemma, "noun")
        if found is None or found.trigger.relation.plover is not Plover.COOPERATE:
            return None
        return found

    def _punished_deed(self, tok: Token, lemma: str) -> Match | None:
        """ "The EU imposed travel bans on Belarusian officials over the violent crackdown on
        protesters", "cut ties with Israel over its military offensive in Gaza": a crackdown
        or an attack given as the reason for something took place (its doer is read in its own
        phrase or from whom the act it is the reason for was aimed at)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("over", "for"):
            return None
        found = self._best(tok, lemma, "noun")
        if found is None:
            return None
        if lemma not in self.cues.repression_nouns and found.trigger.relation.plover is not Plover.ASSAULT:
            return None
        return Match(replace(found.trigger, only_slots=True), found.anchor)

    def _no_entry(self, tok: Token, lemma: str, pos: str) -> bool:
        """Whether the lexicon has no entry of the word as this part of speech."""
        if self.lexicon.candidates(lemma, pos):
            return False
        return not (pos == "verb" and self.lexicon.candidates(tok.lower_, pos))

    def _allegation_summed_up(self, tok: Token, lemma: str) -> Match | None:
        """ "Seoul said Pyongyang had shipped shells to Moscow, an allegation North Korea
        rejected", "Putin said the gunmen had fled toward Ukraine, a claim Kyiv dismissed": a
        charge noun after the clause that sums up what was said is the charge (whatever the
        parser hangs it on; a claim or an assertion so used is an allegation)."""
        if lemma not in self.cues.charges_named:
            return None
        if tok.dep_ != "npadvmod" and self.lexicon.candidates(lemma, "noun"):
            return None  # (an apposition of its own entry is read as any noun is)
        if summed_up_saying(tok, self.cues.reporting_verbs) is None:
            return None
        return self._best(tok, lemma, "noun") or self._best(tok, "allegation", "noun")

    def _charge_without_entry(self, tok: Token, lemma: str) -> Match | None:
        """A charge noun with no entry of its own: summed up after what was said, or a claim
        with its content."""
        return self._allegation_summed_up(tok, lemma) or self._claim_with_content(tok, lemma)

    def _claim_with_content(self, tok: Token, lemma: str) -> Match | None:
        """ "rejected as absurd Ukrainian claims that Russian soldiers had executed ...": a
        claim with the content it claims in a "that" clause is an allegation (not "territorial
        claims", "a claim to the islands")."""
        if lemma not in self.cues.content_claims:
            return None
        if not any(
            c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in dependents(c))
            for c in dependents(tok)
        ):
            return None
        return self._best(tok, "allegation", "noun")

    def as_noun(self, tok: Token) -> Match | None:
        """The noun's own trigger wherever it stands ("sat down for talks hosted by ...": the
        talks a participle is said of, which a preposition alone would make background)."""
        return self._best(tok, tok.lemma_.lower(), "noun")

    def protest_setting(self, noun: Token) -> bool:
        """Whether a noun after a preposition is a protest that took place: one something
        happened at, during, amid or despite ("resigned amid months of protests"), or gave in
        to ("bowing to weeks of protests")."""
        prep = setting_preposition(noun)
        if prep is None:
            return False
        given_in_to = prep.lower_ == "to" and prep.head.lemma_.lower() in self.cues.unrest_causes
        return prep.lower_ in PROTEST_SETTINGS or given_in_to

    def _talks_before(self, tok: Token, lemma: str) -> Match | None:
        """ "Bahrain and Qatar agreed to restore ties after talks in Riyadh", "following two
        days of talks": the meeting a clause's act came out of took place (other nouns after
        a preposition are background: "after the attack")."""
        if occasion_clause(tok, self.cues.measures, self.cues.visit_verbs) is None:
            return None
        talks = [t for t in self.lexicon.candidates(lemma, "noun") if t.relation.plover is Plover.CONSULT]
        return Match(talks[0], [tok]) if talks and talks[0].reciprocal and not talks[0].objects else None

    def _on_a_visit(self, tok: Token, lemma: str) -> Match | None:
        """ "Orban, on a visit to Banja Luka, praised Dodik", "Modi, on a state visit to Tokyo,
        told reporters ...": the visit someone is said to be on took place (the clause's subject
        visits where its "to" phrase says)."""
        if not visit_phrase(tok):
            return None
        visits = [
            t for t in self.lexicon.candidates(lemma, "noun") if t.relation.mode == "visit" and not t.objects
        ]
        return Match(visits[0], [tok]) if visits else None

    def _in_protest(self, tok: Token, lemma: str) -> Match | None:
        """ "Inmates have refused food for weeks in protest at their conditions": what someone
        does "in protest" is a protest of theirs, when it is no act of its own ("recalled its
        ambassador in protest" is the recall)."""
        if lemma != "protest" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return None
        verb = clause_of(tok.head)
        done = self.match(verb) if verb.pos_ == "VERB" else None
        if verb.pos_ != "VERB" or (done is not None and done.trigger.relation.plover is not Plover.REJECT):
            return None  # ("recalled its ambassador in protest": the recall is the act)
        protests = [t for t in self.lexicon.candidates(lemma, "noun") if t.relation.plover is Plover.PROTEST]
        return Match(protests[0], [tok]) if protests and not protests[0].objects else None

    def _fight_settled(self, tok: Token, lemma: str) -> Match | None:
        """ "Bangkok and Phnom Penh agreed to a truce after five days of border fighting", "Baku
        and Yerevan traded blame over a deadly exchange of fire": a fight that two sides settle
        or dispute together took place (other fights after a preposition are background:
        "condemned the raid after weeks of fighting")."""
        clause = occasion_clause(tok, self.cues.measures, (), _DISPUTED_FIGHT_PREPS)
        prep = tok.head
        if clause is None and tok.dep_ == "pobj" and prep.lower_ in FIGHT_PREPS and prep.head.dep_ == "dobj":
            clause = prep.head.head  # "traded accusations over an exchange of fire"
        if clause is None or not self.done_together(clause):
            return None
        fight = self._best(tok, lemma, "noun")
        if (
            fight is None
            or not fight.trigger.reciprocal
            or fight.trigger.relation.plover is not Plover.ASSAULT
        ):
            return None
        return fight

    def _fatal_fight(self, tok: Token, lemma: str) -> Match | None:
        """ "Twelve Pakistani soldiers were killed in a clash with Afghan border guards", "three
        Indian soldiers died in a clash with Chinese troops": a fight "with" someone that people
        were killed, wounded or died in took place (its sides: theirs, and the "with" phrase's);
        so did an attack whose own phrase names its maker ("three civilians died in Russian
        shelling of Kherson": on them, or on whom its phrase names)."""
        if casualty_clause(tok, self.cues.casualty_verbs) is None:
            return None
        fight = self._best(tok, lemma, "noun")
        if fight is None or fight.trigger.relation.plover is not Plover.ASSAULT:
            return None
        fought_with = (
            lemma in self.cues.fight_nouns
            and fight.trigger.reciprocal
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in dependents(tok))
        )
        if not fought_with and (fight.trigger.reciprocal or not _doer_named(tok)):
            return None
        return Match(replace(fight.trigger, only_slots=True), fight.anchor)

    def done_together(self, verb: Token) -> bool:
        """A clause of two sides disputing or settling something together: a reciprocal
        charge, threat or signing ("traded blame", "blamed each other", "signed a border
        treaty"), or an agreement or a pledge to stop ("agreed to de-escalate", "pledged to
        halt"); not a meeting or joint work ("discussed the war in Gaza": others' war)."""
        if any(c.lower_ == "other" for c in dependents(verb) if c.dep_ in ("dobj", "dative")):
            return True
        if any(self.truce_between(s) for s in children(verb, "nsubj")):
            return True  # "a ceasefire between Israel and Hamas took hold after 11 days of fighting"
        matched = self.match(verb)
        if matched is None:
            return False
        plover = matched.trigger.relation.plover
        if plover in (Plover.AGREE, Plover.RETREAT):
            return True
        return matched.trigger.reciprocal and plover not in (Plover.CONSULT, Plover.COOPERATE, Plover.AID)

    def truce_between(self, noun: Token) -> bool:
        """A truce or a ceasefire between two sides ("a ceasefire between Israel and Hamas")."""
        if not any(c.dep_ == "prep" and c.lower_ == "between" for c in dependents(noun)):
            return False
        matched = self.match(noun)
        return matched is not None and matched.trigger.relation.plover is Plover.RETREAT

    def _averted(self, tok: Token) -> bool:
        """An act named as what a verb of preventing keeps from happening ("to avert U.S.
        tariffs", "to prevent Russian strikes on its territory", "to head off an invasion")."""
        noun = first_conjunct(tok)
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues.averting_verbs

    def _market_move(self, tok: Token) -> bool:
        """ "Shares rallied", "exporters rallied on a weaker yen": markets move, nobody protests."""
        if tok.lemma_.lower() not in self.cues.market_verbs:
            return False
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.market_nouns for c in dependents(tok))

    def _on_the_phone(self, tok: Token, lemma: str) -> Match | None:
        """ "Erdogan told Putin in a phone call that ...": a call in which something was said
        took place (other nouns after a preposition are background)."""
        if not phone_call(tok, self.cues.call_media):
            return None
        calls = [t for t in self.lexicon.candidates(lemma, "noun") if t.relation.plover is Plover.CONSULT]
        return Match(calls[0], [tok]) if calls else None

    def _damages_relations(self, tok: Token) -> bool:
        """ "X's move will destroy relations": ties said to be at risk, a threat coded apart
        (but "Algeria broke off relations" is the act itself)."""
        cues = self.cues
        return (
            tok.lemma_.lower() in cues.damage_verbs
            and any(o.lemma_.lower() in cues.damage_objects for o in objects(tok))
            and any(k.dep_ == "aux" and k.lower_ in cues.modal_auxiliaries for k in dependents(tok))
        )

    def _best(self, tok: Token, lemma: str, pos: str) -> Match | None:
        """The most specific entry whose particle and objects are there, the nearest
        completion winning ("imposed sanctions" before "a package of sanctions")."""
        ranked: list[tuple[int, Token]] | None = None  # computed once, when a phrase trigger needs it
        best: tuple[int, Trigger, list[Token]] | None = None
        for trigger in self.lexicon.candidates(lemma, pos):
            if trigger.particle and not has_particle(tok, trigger.particle):
                continue
            if not trigger.objects:
                if best is None:
                    return Match(trigger, [tok])
                break
            if ranked is None:
                ranked = object_ranks(tok, pos)
            completions = ranked + _particle_objects(tok, trigger.particle)
            hits = [
                (r, o)
                for r, o in completions
                if o.lemma_.lower() in trigger.objects
                or o.lower_ in trigger.objects
                or (NAMED_PERSON in trigger.objects and o.ent_type_ == "PERSON" and o.pos_ == "PROPN")
                or (NAMED_ORGANISATION in trigger.objects and _names_organisation(o))
            ]
            if not hits:
                continue
            rank = min(r for r, _ in hits)
            if best is not None and best[0] <= rank:
                continue
            best = (rank, trigger, _anchor(tok, [o for _, o in hits]))
        return Match(best[1], best[2]) if best is not None else None


def _names_organisation(tok: Token) -> bool:
    """ "said they were leaving ECOWAS", "Armenia left the CSTO": a name of an organisation the
    actor recogniser found (the tagger may take an acronym for a plural noun); not a modifier
    ("left the OSCE meeting in protest"), nor what the entity recogniser alone calls one
    ("to let civilians leave the besieged port of Mariupol")."""
    if tok.pos_ not in ("PROPN", "NOUN") or tok.dep_ == "compound":
        return False
    return any(
        s.start <= tok.i < s.end and s.label_.startswith("org/") for s in tok.doc.spans.get(SPANS_KEY, [])
    )


#: what "launched a strike" may wrongly read as when the strike is a protest
_FORCE_ACTS = frozenset({Plover.ASSAULT, Plover.COERCE, Plover.MOBILIZE})


def _protested_through(noun: Token, naming_verbs: Collection[str]) -> Token | None:
    """The "against" or "over" a deed is protested through: its own preposition ("protested
    against the detention of ..."), or the one whose "what it called" clause names it
    ("lodged a protest over what it described as unprovoked mortar fire by ...")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("against", "over"):
        return head
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "what it described as ..."
        verb = head.head
    elif noun.dep_ in ("oprd", "dobj"):  # "what it called an incursion"
        verb = head
    else:
        return None
    if verb.lemma_.lower() not in naming_verbs or verb.dep_ != "pcomp":
        return None
    if not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in dependents(verb)):
        return None  # (only "what it called ...")
    return verb.head if verb.head.lower_ in ("against", "over") else None


def _doer_named(noun: Token) -> bool:
    """Whether a noun's own modifiers name who did it ("Russian missile strikes", "Prague's
    expulsion of ...")."""
    return any(
        may_name(w) for c in noun.lefts if c.dep_ in ("poss", "amod", "compound", "nmod") for w in c.subtree
    )


def _agent_named(noun: Token) -> bool:
    """Whether a noun's "by" phrase names who did it ("the arrest of 14 traders by Zambian
    police"; the parser may hang it on the "of" object)."""
    return _other_named(noun, ("by",)) or any(_other_named(o, ("by",)) for o in prep_objects([noun], "of"))


def _other_named(noun: Token, slots: tuple[str, ...]) -> bool:
    """Whether one of a noun's target prepositions names someone ("strikes on Ukrainian
    power plants", "the expulsion of 18 Russian diplomats"; "fire by Azerbaijani troops into
    Tavush", the parser hanging both on the verb: :func:`tail_hung_on_the_verb`)."""
    for prep in (*dependents(noun), *tail_hung_on_the_verb(noun)):
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in slots:
            continue
        for obj in children(prep, "pobj"):
            if may_name(obj) or any(
                may_name(c) for c in dependents(obj) if c.dep_ in ("amod", "compound", "poss")
            ):
                return True
    return False


def _victims_named(noun: Token, casualty_verbs: frozenset[str]) -> bool:
    """Whether a noun's relative clause names whom it killed or wounded ("firing by Pakistani
    troops that killed two Indian soldiers")."""
    return any(
        may_name(w)
        for c in dependents(noun)
        if c.dep_ == "relcl" and c.lemma_.lower() in casualty_verbs
        for o in children(c, "dobj")
        for w in o.subtree
    )


def _named_pair(noun: Token) -> bool:
    """Whether a noun's between-phrase names two sides ("between Indian and Chinese troops")."""
    for prep in dependents(noun):
        if prep.dep_ == "prep" and prep.lower_ == "between":
            words = [w for w in prep.subtree if w is not prep]
            if sum(may_name(w) for w in words) >= 2:
                return True
    return False


def _carried(tok: Token, trigger: Trigger) -> bool:
    """ "The UAE flew seven tonnes of medicine to Tehran", "soldiers flew him to Costa Rica":
    a verb of going somewhere (a visit whose slots have no object) used with a direct
    object carries someone or something there; whoever does it visits no one."""
    if trigger.relation.mode != "visit" or "dobj" in trigger.target or trigger.objects:
        return False  # (nor a phrase's own object: "rolled out the red carpet for")
    # (not a summary after a comma the parser took for the object: "landed in Tonga with
    # water and tents, the first relief flights to reach the kingdom")
    return any(c.dep_ == "dobj" and c.left_edge.nbor(-1).text != "," for c in dependents(tok))


def granted_request(tok: Token, answering_verbs: frozenset[str]) -> bool:
    """Whether a noun is the request an act was done at ("at the request of", "at X's request")
    or that a verb of doing what was asked answers ("answering a request from Rome")."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in answering_verbs
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ in ("VERB", "NOUN")


def granting_clause(tok: Token) -> Token:
    """The verb of the clause that grants a request ``granted_request`` holds true of."""
    return tok.head if tok.dep_ == "dobj" else tok.head.head


def has_particle(tok: Token, word: str) -> bool:
    """Whether the verb has the particle ``word``: as a particle, as a preposition ("forced
    the agency out of the country"), or hung on its object ("ordered the envoy out of the
    country", as the parser often reads it), or as an adverb ("called its ambassador home")."""
    deps = ("prt", "prep", "advmod")
    return any(
        c.dep_ in deps and c.lower_ == word and not _topic_preposition(tok, c)
        for h in _particle_heads(tok)
        for c in dependents(h)
    )


def _topic_preposition(verb: Token, prep: Token) -> bool:
    """ "handed Kuwait's envoy a protest note over the port": "over" as a preposition of what
    something is about, after the verb's objects, is no particle ("handed over the
    prisoners": right after the verb, it is)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "over"
        and prep.i > verb.i + 1
        and any(c.dep_ == "pobj" for c in dependents(prep))  # (not "handed the banker over to Spain")
    )


def _particle_heads(tok: Token) -> list[Token]:
    """Where a verb's particle may hang: on the verb, its object ("ordered the envoy out"),
    or an adverb ("put Cuba back on its list")."""
    return [tok, *(c for c in dependents(tok) if c.dep_ in ("dobj", "advmod"))]


def _particle_objects(tok: Token, particle: str) -> list[tuple[int, Token]]:
    """What a phrasal verb's preposition governs, for an entry that names both ("took to the
    streets": particle "to", object "street"), ranked with the direct objects."""
    if not particle:
        return []
    preps = [
        c for h in _particle_heads(tok) for c in dependents(h) if c.dep_ == "prep" and c.lower_ == particle
    ]
    return [(0, o) for c in preps for o in pobjects(c)]


def _anchor(tok: Token, hit: list[Token]) -> list[Token]:
    """The trigger, its objects, and the nouns between ("part of a military aid
    programme for Bosnia")."""
    anchor = [tok, *hit]
    for h in hit:
        up = h.head
        while up.i != tok.i and up.head.i != up.i and up.pos_ in ("NOUN", "PROPN", "ADP"):
            if up.pos_ != "ADP" and up not in anchor:
                anchor.append(up)
            up = up.head
    return anchor


def phone_call(tok: Token, media: frozenset[str]) -> bool:
    """ "in a phone call", "during a telephone conversation": a call something was said in."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "during")
        and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in media for c in dependents(tok))
    )
