"""Cue words (``extract/data/cues.toml``) as typed, ready-to-use sets."""

from __future__ import annotations

import datetime as dt
import logging
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from diplograph.errors import ConfigError
from diplograph.model import Sector

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SharedNameUse:
    """Which state a name two states share means in news over a span of time ("Congo": the
    Democratic Republic since 1997)."""

    state: str
    since: dt.date
    until: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True, slots=True)
class Cues:
    sector_of_noun: dict[str, Sector]  # lemma (or two-word lemma) -> sector
    titles: dict[str, Sector]
    group_heads: dict[str, Sector]  # head noun of an unknown party, union, movement -> its sector
    media_names: frozenset[str]
    nonactor_names: frozenset[str]
    facility_words: frozenset[str]  # "King Khalid International Airport": a place, no person
    shared_institutions: dict[str, frozenset[str]]  # "Congress": the other states it may name
    shared_names: dict[str, tuple[SharedNameUse, ...]]  # "Congo": what it means when nothing decides
    modal_verbs: frozenset[str]
    modal_auxiliaries: frozenset[str]
    modal_adjectives: frozenset[str]
    modal_markers: frozenset[str]
    negation_words: frozenset[str]
    litotes: frozenset[str]  # "will not go unpunished": a negation that is part of the idiom
    negation_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    refusal_cameo: dict[str, str]  # PLOVER category of the act refused -> CAMEO code of the refusal
    reporting_verbs: frozenset[str]
    prevention_verbs: frozenset[str]  # "barred the envoy from visiting": the visit did not happen
    demand_modals: frozenset[str]
    anaphora_state: frozenset[str]
    anaphora_organization: frozenset[str]
    self_named: frozenset[str]  # "the agency": only a body whose own name says "agency"
    anaphora_group: frozenset[str]  # "the attackers": the armed group named before
    transnational: frozenset[str]  # "suspected jihadists": fighters of no named group, across borders
    transnational_group: str  # ... the actor they stand for
    multinational_units: frozenset[str]  # "force", "peacekeepers": what may be several states' force
    multinational: frozenset[str]  # "peacekeeping", "regional": ... the words that make it so
    multinational_force: str  # the actor a force of no named body stands for
    anaphora_person: frozenset[str]
    meeting_roles: frozenset[str]  # "praising his guest's government": the other side met
    against_other_verbs: frozenset[str]  # "rejected its demand": "its" is not the subject
    pronouns_person: frozenset[str]
    pronouns_thing: frozenset[str]
    pronouns_plural: frozenset[str]
    pair_nouns: frozenset[str]  # "the two sides", "both leaders": two parties named before
    pair_relations: frozenset[str]  # "the former foes", "the neighbours": ... by their relation
    seats: frozenset[str]  # "the two capitals": places that stand for their states when counted
    commit_verbs: frozenset[str]
    decision_verbs: frozenset[str]
    unrest_causes: frozenset[str]  # "triggered protests": protests held
    unrest_courses: frozenset[str]  # "as protests spread": protests held
    prospect_verbs: frozenset[str]  # "face imprisonment": a prospect, no event
    ordering_verbs: frozenset[str]  # "ordered the ambassador expelled"
    hearsay_participles: frozenset[str]  # "gunmen believed to belong to Boko Haram stormed"
    affiliation_words: frozenset[str]  # "gunmen linked to al-Shabaab", "forces loyal to Haftar"
    undergoing_verbs: frozenset[str]  # "fled a crackdown": not the fleeing party's act
    promise_verbs: frozenset[str]  # commit verbs whose direct object is the thing promised
    preparation_verbs: frozenset[str]  # "prepared to attack": a force readied (MOBILIZE)
    help_verbs: frozenset[str]  # "deployed troops to help government forces": military assistance
    help_asked: frozenset[str]  # "asked Canberra for help": what a request for help names
    pact_nouns: frozenset[str]  # "sent troops in under a defence pact": military cooperation
    relief_workers: frozenset[str]  # "sent doctors": aid by its nature
    anyone: frozenset[str]  # "warned that anyone blocking roads would be arrested"
    departure_verbs: frozenset[str]  # "given 48 hours to leave": an expulsion, not an ultimatum
    sports_verbs: frozenset[str]  # "beat Uganda 2-1": a result, not an attack
    sports_nouns: frozenset[str]  # "in a World Cup qualifier"
    business_war_nouns: frozenset[str]  # "a price war": a war noun ...
    business_war_over: frozenset[str]  # ... with what a business war is fought over
    scourge_nouns: frozenset[str]  # "fighting terrorism": an ill fought, no actor attacked
    retaliation_words: frozenset[str]  # "Caracas said it would retaliate": answers the last pressure
    response_verbs: frozenset[str]  # "responded by recalling their ambassadors": the act is the reply
    cause_markers: frozenset[str]  # "put on alert as/after X ...": whom a show of force answers
    diplomat_nouns: frozenset[str]  # "ordered the ambassador to leave": an expulsion
    deportable_nouns: frozenset[str]  # "gave Qatari citizens two weeks to leave": a deportation
    consequence_verbs: frozenset[str]  # "to resign or face protests": a demand with a threat
    statement_verbs: frozenset[str]  # "told X to leave" demands; "told X that ..." states
    thanking_verbs: frozenset[str]  # "thanked Australia for sending relief": Australia helped them
    maker_verbs: frozenset[str]  # "Iranian-designed drones": a maker, not an actor
    population_words: frozenset[str]  # "the Serb-majority north": who lives there, not an actor
    future_auxiliaries: frozenset[str]
    agree_cameo: dict[str, str]  # PLOVER category of the promised action -> CAMEO code of the promise
    threaten_cameo: dict[str, str]  # ... of the threatened action -> CAMEO code of the threat
    damage_verbs: frozenset[str]
    damage_objects: frozenset[str]
    damage_cameo: str
    halt_verbs: frozenset[str]
    halt_cameo: dict[str, str]
    suppress_verbs: frozenset[str]
    relational_nouns: frozenset[str]  # "ally", "rival": X's ally is not X
    neighbour_nouns: frozenset[str]  # "its neighbour": the other state named before
    group_parts: frozenset[str]  # "Islamic State's Afghan branch": the armed group's
    grievance_nouns: frozenset[str]  # "in defiance of X": whom a protest is against
    place_nouns: frozenset[str]  # "city", "town": with a country they name a place there
    holding_participles: frozenset[str]  # "villages controlled by X": X holds them
    border_nouns: frozenset[str]  # "the Thai border": a place between two countries
    authority_modes: frozenset[str]  # acts only a state's authorities do: "was arrested in X"
    domestic_cameo: frozenset[str]  # CAMEO codes of acts on a state's own people (political freedoms)
    home_easing_cameo: frozenset[str]  # easing curfews, martial law, bans on parties: concessions
    dissent_cameo: frozenset[str]  # CAMEO codes of easing dissent: toward one's own government
    domestic_modes: frozenset[str]  # PLOVER modes of acts on a state's own people when no target is named
    dwellings: frozenset[str]  # "torched dozens of homes": what people have that forces attack
    executions: frozenset[str]  # "Iran hanged a man": of its own people when no one else is named
    backing_verbs: frozenset[str]  # "troops backed by U.S. aircraft": military help between armed forces
    suppress_cameo: str  # CAMEO code of repressing a protest ("police dispersed the rally")
    crowd_holding_verbs: frozenset[str]  # "police detained dozens of them": the crowd held
    quantities: frozenset[str]  # "thousands of Nigerians": the counted are the actors
    light_verbs: frozenset[str]  # "engaged in shelling": the noun's phrases are on the verb
    measures: frozenset[str]  # "ten days of war games": the event is the measured noun
    document_nouns: frozenset[str]  # "a letter to the Security Council that asked ...": its author's act
    dispute_nouns: frozenset[str]  # "a row over Warsaw's arrest of ...": a deed a dispute is over
    content_claims: frozenset[str]  # "claims that Kyiv shelled ...": a charge with its content
    gatherings: frozenset[str]  # "a ceremony hosted by X": the host met those at it
    exercises: frozenset[str]  # "war games" of several sides are held together
    joint_modifiers: frozenset[str]  # "joint exercises"
    rival_modifiers: frozenset[str]  # "rival exercises": shows of force at each other
    joint_adverbs: frozenset[str]  # "in coordinated raids", "acted jointly"
    owner_participles: frozenset[str]  # "Saudi-led forces", "a British-flagged tanker": the actor's
    occasions: frozenset[str]  # "an ASEAN gathering": the occasion, no party
    undergone_acts: frozenset[str]  # "the release of X": X undergoes it, is not asked to do it
    release_nouns: frozenset[str]  # "called for her release": asked of whoever holds her
    denial_verbs: frozenset[str]  # "denied supporting the M23": the charge's maker is answered
    counterpart_nouns: frozenset[str]  # "welcomed by his counterpart": the visit's other party
    visit_verbs: frozenset[str]  # "flew into Maputo for talks": a visit whose talks were held
    visit_nouns: frozenset[str]  # "on a visit to Nairobi": a visit, whose host a friendly act is to
    captive_participles: frozenset[str]  # "prisoners held in Israeli jails": held by Israel
    captivity_places: frozenset[str]  # "prisoners in Israeli jails": held by Israel
    bills: frozenset[str]  # "vetoed the bill": a rejection within the state
    claiming_verbs: frozenset[str]  # "claimed responsibility for the attack": its maker
    mission_nouns: frozenset[str]  # "the U.S. embassy": a state abroad, not whose people are there
    protester_nouns: frozenset[str]  # "protesters torched a police station": a violent protest
    emblem_nouns: frozenset[str]  # "waving Russian flags": not whose people the crowd is
    aid_words: frozenset[str]  # "an aid convoy arrived": aid, not a visit
    carrying_verbs: frozenset[str]  # "landed carrying drinking water": what an arrival brings
    averting_verbs: frozenset[str]  # "a deal to avert U.S. tariffs": no tariffs
    blocking_verbs: frozenset[str]  # "blocked an EU statement criticising China": never issued
    mediation_participles: frozenset[str]  # "a truce brokered by Qatar": the mediator
    backing_participles: frozenset[str]  # "Russian-backed separatists": the backer, not their state
    fighting_backers: frozenset[str]  # "forces backed by Russian warplanes pounded ...": Russia too
    summoning_verbs: frozenset[str]  # "summoned the envoy to protest": the summoner protests
    charge_nouns: frozenset[str]  # "extradited to the US to face charges": what he faces there
    repression_nouns: frozenset[str]  # "a crackdown in Rakhine": the state's, on its own people
    overseeing_verbs: frozenset[str]  # "observers sent to verify the truce": not its parties
    foreign_forces: frozenset[str]  # "peacekeepers", "a regional force": not home troops
    prompting_verbs: frozenset[str]  # "..., prompting Moscow to recall its envoy": aimed at the doer
    retaliation_nouns: frozenset[str]  # "in retaliation for Sofia's expulsion of ...": an act answered
    power_words: frozenset[str]  # "seized power": a coup, against the own government
    answering_verbs: frozenset[str]  # "answering a request from Rome": the request was made
    deadline_units: frozenset[str]  # "gave the junta one week to ...": a deadline set
    call_media: frozenset[str]  # "in a phone call": a call something was said in
    topic_verbs: frozenset[str]  # "discussed the war": a topic, not an act
    act_nouns: frozenset[str]  # "condemned the move": an act told of before
    any_act_nouns: frozenset[str]  # "the move": any act, words too (the others name deeds)
    interception_verbs: frozenset[str]  # "shot down the drones Russia launched": Russia's attack
    incoming: frozenset[str]  # the munitions whose interception reports an attack
    munition_verbs: frozenset[str]  # "shells hit the district": an attack only by a munition
    munition_nouns: frozenset[str]
    troop_verbs: frozenset[str]  # "the last Syrian troops left Lebanon": a withdrawal only by troops
    mobilised_forces: frozenset[str]  # "mobilised 300,000 reservists": a force, besides troops
    crafts: frozenset[str]  # "a Russian drone strayed into Romanian airspace": its owner's act
    territory_nouns: frozenset[str]  # "Chinese vessels sailed into its waters": not China's
    casualty_verbs: frozenset[str]  # "a bombing that killed 13 U.S. troops": its victims
    culpable_words: frozenset[str]  # "said Moscow was culpable for the attack": blame put
    harm_nouns: frozenset[str]  # "was responsible for the deaths": what blame is put for
    fight_nouns: frozenset[str]  # "pledged to halt three weeks of fighting": the fight took place
    natural_causes: frozenset[str]  # "a cholera outbreak killed 68 people": no attacker
    market_nouns: frozenset[str]  # "shares rallied": no protest
    market_verbs: frozenset[str]
    naming_verbs: frozenset[str]  # "called X an invasion": what the actor thinks of X
    condemnation_nouns: frozenset[str]  # "an invasion", "a farce": a naming that accuses
    praise_nouns: frozenset[str]  # "a milestone": a naming that supports
    charges_named: frozenset[str]  # "called the allegations baseless": a rejection of them
    regions: dict[str, frozenset[str]]  # "the Baltic state": region words -> the states they allow
    state_forms: dict[str, frozenset[str]]  # "the kingdom": a head noun -> the states it fits
    paired_names: dict[str, tuple[str, ...]]  # "the two Koreas": a plural name -> both its states


def shared_name_meaning(cues: Cues, name: str, day: dt.date | None) -> str | None:
    """The state a shared name means on the day, when the article decides nothing (None with
    no date, or in a period when it meant either)."""
    if day is None:
        return None
    return next((u.state for u in cues.shared_names.get(name, ()) if u.holds_on(day)), None)


def _shared_names(raw: dict[str, object], path: Path) -> dict[str, tuple[SharedNameUse, ...]]:
    return {
        name: tuple(_shared_name_use(u, f"{path}: [[shared_names.{name}]]") for u in _tables(uses))
        for name, uses in raw.items()
    }


def _tables(uses: object) -> list[object]:
    return list(uses) if isinstance(uses, list) else [uses]


def _shared_name_use(use: object, where: str) -> SharedNameUse:
    if not isinstance(use, dict):
        raise ConfigError(f"{where}: each use is a table with a state and a since date")
    state, since, until = use.get("state"), use.get("since"), use.get("until")
    if not isinstance(state, str) or not isinstance(since, dt.date):
        raise ConfigError(f"{where}: needs a state (a string) and a since date")
    if until is not None and not isinstance(until, dt.date):
        raise ConfigError(f"{where}: until must be a date")
    return SharedNameUse(state, since, until)


def default_path() -> Path:
    return Path(str(files("diplograph.extract").joinpath("data/cues.toml")))


def load_cues(path: Path | None = None) -> Cues:
    return _load(path or default_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> Cues:
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot load cue words: {exc}") from exc

    def words(section: str, key: str) -> frozenset[str]:
        try:
            return frozenset(w.lower() for w in raw[section][key])
        except KeyError:
            raise ConfigError(f"{path}: missing [{section}] {key}") from None

    def by_sector(section: str, *, first_wins: bool = False) -> dict[str, Sector]:
        """``{sector: [words]}`` tables as word -> sector."""
        table: dict[str, Sector] = {}
        for name, words_ in raw.get(section, {}).items():
            try:
                sector = Sector(name)
            except ValueError:
                raise ConfigError(f"{path}: [{section}] unknown sector {name!r}") from None
            for w in words_:
                if not (first_wins and w.lower() in table):
                    table[w.lower()] = sector
        return table

    sector_of_noun = by_sector("sectors", first_wins=True)
    regions = {k.lower(): frozenset(v) for k, v in raw.get("regions", {}).items()}
    titles = by_sector("titles")
    group_heads = by_sector("groups")
    return Cues(
        regions=regions,
        state_forms={k.lower(): frozenset(v) for k, v in raw.get("state_forms", {}).items()},
        paired_names={k.lower(): tuple(v) for k, v in raw.get("paired_names", {}).items()},
        sector_of_noun=sector_of_noun,
        titles=titles,
        group_heads=group_heads,
        media_names=frozenset(raw.get("media", {}).get("names", [])),
        nonactor_names=frozenset(raw.get("nonactors", {}).get("names", [])),
        facility_words=frozenset(raw.get("nonactors", {}).get("facilities", [])),
        shared_institutions={
            name: frozenset(states) for name, states in raw.get("shared_institutions", {}).items()
        },
        shared_names=_shared_names(raw.get("shared_names", {}), path),
        modal_verbs=words("modality", "verbs"),
        modal_auxiliaries=words("modality", "auxiliaries"),
        modal_adjectives=words("modality", "adjectives"),
        modal_markers=words("modality", "markers"),
        negation_words=words("negation", "dependents"),
        litotes=words("negation", "litotes"),
        negation_verbs=words("negation", "verbs"),
        refusal_verbs=words("negation", "refusal_verbs"),
        refusal_cameo=dict(raw["negation"]["refusal_cameo"]),
        reporting_verbs=words("reporting", "verbs"),
        prevention_verbs=words("prevention", "verbs"),
        demand_modals=words("reporting", "demand_modals"),
        anaphora_state=words("anaphora", "state"),
        anaphora_organization=words("anaphora", "organization"),
        self_named=words("anaphora", "self_named"),
        anaphora_group=words("anaphora", "group"),
        transnational=words("anaphora", "transnational"),
        transnational_group=str(raw["anaphora"]["transnational_group"]),
        multinational_units=words("anaphora", "multinational_units"),
        multinational=words("anaphora", "multinational"),
        multinational_force=str(raw["anaphora"]["multinational_force"]),
        anaphora_person=words("anaphora", "person"),
        meeting_roles=words("anaphora", "meeting_roles"),
        against_other_verbs=words("anaphora", "against_other_verbs"),
        pronouns_person=words("anaphora", "pronouns_person"),
        pronouns_thing=words("anaphora", "pronouns_thing"),
        pronouns_plural=words("anaphora", "pronouns_plural"),
        pair_nouns=words("anaphora", "pair_nouns"),
        pair_relations=words("anaphora", "pair_relations"),
        seats=words("anaphora", "seats"),
        commit_verbs=words("intent", "commit_verbs"),
        decision_verbs=words("intent", "decision_verbs"),
        prospect_verbs=words("intent", "prospect_verbs"),
        ordering_verbs=words("intent", "ordering_verbs"),
        hearsay_participles=words("intent", "hearsay_participles"),
        affiliation_words=words("intent", "affiliation_words"),
        undergoing_verbs=words("intent", "undergoing_verbs"),
        promise_verbs=words("intent", "promise_verbs"),
        preparation_verbs=words("intent", "preparation_verbs"),
        help_verbs=words("intent", "help_verbs"),
        help_asked=words("intent", "help_asked"),
        pact_nouns=words("intent", "pact_nouns"),
        relief_workers=words("intent", "relief_workers"),
        anyone=words("intent", "anyone"),
        departure_verbs=words("intent", "departure_verbs"),
        sports_verbs=words("sports", "verbs"),
        sports_nouns=words("sports", "nouns"),
        business_war_nouns=words("business_wars", "nouns"),
        business_war_over=words("business_wars", "over"),
        scourge_nouns=words("scourges", "nouns"),
        cause_markers=words("intent", "cause_markers"),
        retaliation_words=words("intent", "retaliation_words"),
        response_verbs=words("intent", "response_verbs"),
        diplomat_nouns=words("intent", "diplomat_nouns"),
        deportable_nouns=words("intent", "deportable_nouns"),
        consequence_verbs=words("intent", "consequence_verbs"),
        statement_verbs=words("intent", "statement_verbs"),
        thanking_verbs=words("intent", "thanking_verbs"),
        maker_verbs=words("intent", "maker_verbs"),
        population_words=words("intent", "population_words"),
        future_auxiliaries=words("intent", "future_auxiliaries"),
        agree_cameo=dict(raw["intent"]["agree"]),
        threaten_cameo=dict(raw["intent"]["threaten"]),
        damage_verbs=words("damage", "verbs"),
        damage_objects=words("damage", "objects"),
        damage_cameo=str(raw["damage"]["cameo"]),
        halt_verbs=words("halt", "verbs"),
        halt_cameo=dict(raw["halt"]["cameo"]),
        suppress_verbs=words("suppress", "verbs"),
        crowd_holding_verbs=words("suppress", "holding"),
        domestic_modes=words("domestic", "domestic_modes"),
        dwellings=words("domestic", "dwellings"),
        executions=words("domestic", "executions"),
        backing_verbs=words("domestic", "backing_verbs"),
        dissent_cameo=words("domestic", "dissent_cameo"),
        domestic_cameo=words("domestic", "domestic_cameo"),
        home_easing_cameo=words("domestic", "home_easing_cameo"),
        authority_modes=words("domestic", "authority_modes"),
        place_nouns=words("places", "nouns"),
        holding_participles=words("places", "holding_participles"),
        grievance_nouns=words("domestic", "grievance_nouns"),
        border_nouns=words("places", "borders"),
        relational_nouns=words("anaphora", "relational"),
        neighbour_nouns=words("anaphora", "neighbours"),
        group_parts=words("anaphora", "group_parts"),
        suppress_cameo=str(raw["suppress"]["cameo"]),
        quantities=words("syntax", "quantities"),
        light_verbs=words("syntax", "light_verbs"),
        measures=words("syntax", "measures"),
        document_nouns=words("syntax", "document_nouns"),
        dispute_nouns=words("syntax", "dispute_nouns"),
        content_claims=words("syntax", "content_claims"),
        gatherings=words("syntax", "gatherings"),
        exercises=words("syntax", "exercises"),
        joint_modifiers=words("syntax", "joint_modifiers"),
        rival_modifiers=words("syntax", "rival_modifiers"),
        joint_adverbs=words("syntax", "joint_adverbs"),
        owner_participles=words("syntax", "owner_participles"),
        occasions=words("syntax", "occasions"),
        undergone_acts=words("syntax", "undergone_acts"),
        release_nouns=words("syntax", "release_nouns"),
        denial_verbs=words("syntax", "denial_verbs"),
        counterpart_nouns=words("syntax", "counterpart_nouns"),
        visit_verbs=words("syntax", "visit_verbs"),
        visit_nouns=words("syntax", "visit_nouns"),
        captive_participles=words("syntax", "captive_participles"),
        captivity_places=words("syntax", "captivity_places"),
        bills=words("syntax", "bills"),
        claiming_verbs=words("syntax", "claiming_verbs"),
        mission_nouns=words("syntax", "mission_nouns"),
        protester_nouns=words("syntax", "protester_nouns"),
        unrest_causes=words("syntax", "unrest_causes"),
        unrest_courses=words("syntax", "unrest_courses"),
        emblem_nouns=words("syntax", "emblem_nouns"),
        aid_words=words("syntax", "aid_words"),
        carrying_verbs=words("syntax", "carrying_verbs"),
        averting_verbs=words("syntax", "averting_verbs"),
        blocking_verbs=words("syntax", "blocking_verbs"),
        mediation_participles=words("syntax", "mediation_participles"),
        backing_participles=words("syntax", "backing_participles"),
        fighting_backers=words("syntax", "fighting_backers"),
        summoning_verbs=words("syntax", "summoning_verbs"),
        repression_nouns=words("domestic", "repression_nouns"),
        charge_nouns=words("domestic", "charge_nouns"),
        overseeing_verbs=words("syntax", "overseeing_verbs"),
        foreign_forces=words("syntax", "foreign_forces"),
        prompting_verbs=words("syntax", "prompting_verbs"),
        retaliation_nouns=words("syntax", "retaliation_nouns"),
        power_words=words("syntax", "power_words"),
        answering_verbs=words("syntax", "answering_verbs"),
        deadline_units=words("syntax", "deadline_units"),
        call_media=words("syntax", "call_media"),
        topic_verbs=words("syntax", "topic_verbs"),
        act_nouns=words("syntax", "act_nouns"),
        any_act_nouns=words("syntax", "any_act_nouns"),
        interception_verbs=words("interception", "verbs"),
        incoming=words("interception", "munitions"),
        munition_verbs=words("munitions", "verbs"),
        troop_verbs=words("munitions", "troop_verbs"),
        mobilised_forces=words("munitions", "mobilised_forces"),
        casualty_verbs=words("munitions", "casualty_verbs"),
        culpable_words=words("munitions", "culpable_words"),
        harm_nouns=words("munitions", "harm_nouns"),
        fight_nouns=words("munitions", "fight_nouns"),
        munition_nouns=words("munitions", "nouns"),
        crafts=words("munitions", "crafts"),
        territory_nouns=words("munitions", "territory_nouns"),
        natural_causes=words("munitions", "natural_causes"),
        market_nouns=words("markets", "nouns"),
        market_verbs=words("markets", "verbs"),
        naming_verbs=words("characterisation", "verbs"),
        condemnation_nouns=words("characterisation", "condemnation"),
        praise_nouns=words("characterisation", "praise"),
        charges_named=words("characterisation", "charges"),
    )
