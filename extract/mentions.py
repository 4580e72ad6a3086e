"""Actor mentions in a parsed sentence: which actors a token names, with the
sector it implies, through names, demonyms ("South Korean authorities"),
possessors ("Russia's foreign ministry"), officials' roles on the article's
date, and pronouns or definite descriptions ("he", "the minister", "the
country") resolved to the nearest compatible actor earlier in the article.

The resolver is handed the gazetteer and the cue words, nothing else; the syntax
it walks is in :mod:`diplograph.extract.syntax`."""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from diplograph.extract.actors import (
    LOCAL_GROUP,
    LOCAL_PERSON,
    SPANS_KEY,
    dateline_end,
    dateline_tokens,
    doc_date,
    in_report_source,
)
from diplograph.extract.cues import Cues
from diplograph.extract.findings import Side
from diplograph.extract.syntax import (
    LOCATIVE,
    SUBJECTS,
    armed_backing,
    children,
    clause_of,
    conjuncts,
    dependents,
    misread_plural_objects,
    objects,
    participle_agents,
    pobjects,
    prep_objects,
    preps,
)
from diplograph.extract.syntax import subjects as subjects_of
from diplograph.extract.where import dateline_place
from diplograph.ontology.gazetteer import Gazetteer, NameKind
from spacy.tokens import Doc, Span, Token

from diplograph.model import ActorKind, Sector

logger = logging.getLogger(__name__)


class Via(StrEnum):
    """How a mention names its actor: the gazetteer's kinds of name, and the ways
    the resolver infers one the text does not name."""

    NAME = NameKind.NAME.value
    ALIAS = NameKind.ALIAS.value
    DEMONYM = NameKind.DEMONYM.value
    METONYM = NameKind.METONYM.value
    INSTITUTION = NameKind.INSTITUTION.value
    PLACE = NameKind.PLACE.value
    PERSON = NameKind.PERSON.value
    SURNAME = NameKind.SURNAME.value
    LOCAL_GROUP = LOCAL_GROUP  # "the Umma party": known only from the text
    LOCAL_PERSON = LOCAL_PERSON  # "Interior Minister Jane Doe": known only from the text
    ANAPHORA = "anaphora"  # "he", "the country": the nearest compatible actor before
    CONTEXT = "context"  # "rebels": of the country the article or sentence places them in
    LOCATION = "location"  # where it happened stands for who did it or to whom
    NEAREST = "nearest"  # the shallow fallback: the nearest mention in the sentence
    IMPLIED = "implied"  # the other side of a domestic act ("protesters" -> their government)


class Category(StrEnum):
    """What kind of actor a mention names (pronouns and descriptions pick by it)."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"
    PLACE = "place"  # "Kirkuk", "the Gaza Strip": where, never who


_VIA_OF_KIND = {v.value: v for v in Via}  # a span's id_ -> Via, without an Enum call per mention
_CATEGORY_OF_KIND = {ActorKind.STATE: Category.STATE, ActorKind.ARMED_GROUP: Category.GROUP}

_DEFINITE = frozenset({"the", "these", "those"})
#: the sectors of a crowd (what "them" a crowd-control verb acts on may stand for)
_CROWDS = frozenset({"civilians", "opposition"})
SOCIETY = frozenset(
    {"rebels", "opposition", "civilians", "police", "judiciary", "legislature", "business", "religious"}
)
#: who acts for a state by force: its military and its police (who make arrests, whose
#: arrival abroad is a deployment, whose storming of a building is a raid)
ARMED = frozenset({Sector.MILITARY.value, Sector.POLICE.value})


def names_armed(tok: Token, cues: Cues) -> bool:
    """Whether a head noun names armed forces or their craft ("troops", "warplanes", "air
    power")."""
    lemma = tok.lemma_.lower()
    if lemma == "power":
        return any(c.lower_ == "air" for c in dependents(tok))
    return cues.sector_of_noun.get(lemma) is Sector.MILITARY or lemma in cues.crafts


def armed_backers(verb: Token, cues: Cues) -> list[Token]:
    """The by-agents of a backing participle when the forces backed and their backers are both
    armed ("Philippine troops backed by U.S. surveillance aircraft"): :func:`syntax.armed_backing`
    with the cue words that say what is armed."""
    return armed_backing(verb, cues.backing_verbs, lambda t: names_armed(t, cues))


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved actor mention, for the pass over one doc (frozen: derive a new one
    with :func:`dataclasses.replace`)."""

    actor_id: str
    sector: str | None
    person_id: str | None
    token: int
    start: int
    end: int
    via: Via
    category: Category

    def side(self) -> Side:
        return Side(self.actor_id, self.sector, self.person_id, self.start, self.end, self.via)


def domestic(source: str | None, target: str | None) -> bool:
    """Whether two mentions of one state are two sides of a domestic event
    (government and rebels, police and protesters, a court and the government, the
    army and the president it detains)."""
    if source == target:
        return False
    return source in SOCIETY or target in SOCIETY or (source is not None and target is not None)


def _add_new_actor(found: list[Mention], m: Mention) -> None:
    if all(m.actor_id != f.actor_id for f in found):
        found.append(m)


class ActorResolver:
    """The actors of one doc, resolved token by token (cached), in text order."""

    def __init__(self, gazetteer: Gazetteer, cues: Cues, doc: Doc) -> None:
        self.gazetteer = gazetteer
        self.cues = cues
        self.doc = doc
        self.day = doc_date(doc)
        self.span_at: dict[int, Span] = {}
        self.span_roots: set[int] = set()  # the head token of each actor span
        #: the doc's actor spans in text order (read once: each read of the group makes them anew)
        self.spans: list[Span] = list(doc.spans.get(SPANS_KEY, []))
        for span in self.spans:
            self.span_roots.add(span.root.i)
            for i in range(span.start, span.end):
                self.span_at[i] = span
        self._roots = sorted(self.span_roots)
        self.history: list[Mention] = []  # every resolved mention, in text order
        self.remembered: set[int] = set()  # their tokens
        self._remembered: set[tuple[int, str]] = set()  # their tokens and actors
        self._cache: dict[int, list[Mention]] = {}
        self._resolved: dict[int, tuple[Mention, ...]] = {}
        self._dateline: list[Mention] | None = None
        self._sentence_at: list[tuple[int, int]] | None = None
        self._sectors: dict[int, str | None] = {}

    def roots_between(self, start: int, end: int) -> list[int]:
        """The head tokens of actor spans from ``start`` up to ``end``, in text order."""
        return self._roots[bisect.bisect_left(self._roots, start) : bisect.bisect_left(self._roots, end)]

    # -- the doc's sentences -------------------------------------------------------------------
    def sentence_of(self, i: int) -> tuple[int, int]:
        """Where the sentence of token ``i`` starts and ends (the doc's sentences read once:
        a token's ``sent`` walks its sentence anew at each read)."""
        if self._sentence_at is None:
            self._sentence_at = []
            for s in self.doc.sents:
                self._sentence_at += [(s.start, s.end)] * (s.end - s.start)
        return self._sentence_at[i]

    def window_start(self, i: int) -> int:
        """Where the sentence before token ``i``'s starts (its own, for the first): the reach of
        a description named again ("the force", "the Serbs", "the two")."""
        start = self.sentence_of(i)[0]
        return self.sentence_of(start - 1)[0] if start > 0 else start

    # -- the article's history -----------------------------------------------------------------
    def remember(self, m: Mention) -> None:
        """Add a mention to the article's history (kept in text order) for anaphora."""
        if (m.token, m.actor_id) not in self._remembered:  # "Kenyan and Tanzanian envoys": two
            self._remembered.add((m.token, m.actor_id))
            self.remembered.add(m.token)
            bisect.insort(self.history, m, key=lambda x: x.token)

    def names_actor(self, tok: Token) -> bool:
        return bool(self.resolve(tok))

    def is_state(self, actor_id: str) -> bool:
        return actor_id in self.gazetteer and self.gazetteer.actor(actor_id).kind is ActorKind.STATE

    def dateline_places(self) -> list[Mention]:
        """The states of the dateline the doc opens with ("DAKAR, Senegal —"), as places
        (read once per doc)."""
        if self._dateline is None:
            self._dateline = self._read_dateline()
        return list(self._dateline)

    def _read_dateline(self) -> list[Mention]:
        tokens = sorted(dateline_tokens(self.doc))
        spans = {id(s): s for i in tokens if (s := self.span_at.get(i)) is not None}
        found = [self.from_span(s, s.root, None) for s in spans.values()]
        states = [m for m in found if m is not None and self.is_state(m.actor_id)]
        if states or not tokens:
            return states
        # "KINSHASA (wire) —": a capital in capitals, which the recogniser does not match
        place = dateline_place(self.doc.text, self.gazetteer)
        if place is None or not self.is_state(place.country):
            return []
        first = self.doc[tokens[0]]
        end = first.idx + len(first)
        return [Mention(place.country, None, None, first.i, first.idx, end, Via.PLACE, Category.STATE)]

    # -- a recognised span ---------------------------------------------------------------------
    def from_span(self, span: Span, head: Token, sector: str | None) -> Mention | None:
        """The mention a recognised span makes, with ``head`` as its token."""
        how = span.id_
        if how == Via.DEMONYM and self._after_ethnic(span):
            return None  # "ethnic Albanians" in Serbia are not Albania
        if how == Via.DEMONYM and head.tag_ in ("NNS", "NNPS"):
            home = self._home_of_people_named_before(span)
            if home is not None:
                return self._mention(head, span, home, sector, None, Category.STATE)
        if self._maker(span):
            return None  # "Iranian-designed drones", "U.S.-built rockets", "a U.S.-based group"
        if how == LOCAL_GROUP:
            sector = sector or span.kb_id_
            if not span.label_:  # "the Umma party": of the country the sentence places it in
                return self._context(head, sector, wide=True)
            return Mention(
                span.label_,
                sector,
                None,
                head.i,
                span.start_char,
                span.end_char,
                Via.LOCAL_GROUP,
                Category.STATE,
            )
        if span.label_.startswith("person/"):
            return self._person(span, head, sector)
        actor_id = span.label_
        if how == LOCAL_PERSON:
            sector = sector or span.kb_id_ or Sector.GOVERNMENT.value
            return self._mention(head, span, actor_id, sector, None, Category.PERSON)
        category = _CATEGORY_OF_KIND.get(self.gazetteer.actor(actor_id).kind, Category.ORGANIZATION)
        if how == Via.PLACE and (sector is None or span.start <= head.i < span.end):
            category = Category.PLACE  # "Lagos" is where; "police in Lagos" are the state's
        return self._mention(head, span, actor_id, sector, None, category)

    def _home_of_people_named_before(self, span: Span) -> str | None:
        """ "NATO jets struck Bosnian Serb depots after the Serbs ignored an ultimatum": a
        people named again is of the state whose name qualified it before in this sentence or
        the one before ("Bosnian Serb", "Kosovo Serbs"), not its kin state."""
        word = span.text.lower().rstrip("s")
        start = self.window_start(span.start)
        for t in reversed(self.doc[start : span.start]):
            if t.lower_.rstrip("s") != word or t.i == 0:
                continue
            before = self.span_at.get(t.i - 1)
            if before is not None and before.label_ != span.label_ and self.is_state(before.label_):
                return before.label_
        return None

    def _maker(self, span: Span) -> bool:
        """Whether a name only says who made or designed a thing, or where it is based
        ("Iranian-designed drones", "U.S.-built rockets", "a U.S.-based group"), or who lives in a
        place ("the Serb-majority north"): no actor of the sentence's event."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].text not in ("-", "–"):
            return False
        made = doc[span.end + 1]
        if made.lower_ in self.cues.population_words:
            return True  # "the Serb-majority north", "a Russian-speaking town": who lives there
        return made.tag_ == "VBN" and made.lemma_.lower() in self.cues.maker_verbs

    def _person(self, span: Span, head: Token, sector: str | None) -> Mention | None:
        """A known person: the state (and sector) of their role on the article's date, or of
        the state office they last left before it."""
        role = self.gazetteer.role_on(span.label_, self.day)
        if role is not None:
            return self._mention(head, span, role.of, role.sector.value, span.label_, Category.PERSON)
        former = self.gazetteer.former_role(span.label_, self.day)
        if former is not None:  # out of office: no longer its government ("jailed former prime minister")
            return self._mention(head, span, former.of, Sector.OPPOSITION.value, span.label_, Category.PERSON)
        country = self.gazetteer.actor(span.label_).country
        if country is None:
            return None
        return self._mention(head, span, country, sector, span.label_, Category.PERSON)

    @staticmethod
    def _mention(
        head: Token, span: Span, actor_id: str, sector: str | None, person: str | None, category: Category
    ) -> Mention:
        return Mention(
            actor_id,
            sector or span.kb_id_ or None,
            person,
            head.i,
            span.start_char,
            span.end_char,
            _VIA_OF_KIND[span.id_],
            category,
        )

    # -- sectors -------------------------------------------------------------------------------
    def sector_of(self, head: Token) -> str | None:
        """The sector a head noun names ("troops" -> military), if any (read once a token:
        the parse is read, never changed, while the doc is)."""
        if head.i not in self._sectors:
            self._sectors[head.i] = self._read_sector(head)
        return self._sectors[head.i]

    def _read_sector(self, head: Token) -> str | None:
        lemma = head.lemma_.lower()
        nouns = self.cues.sector_of_noun
        if head.pos_ == "PROPN" and lemma.endswith("s") and lemma not in nouns:
            # "Kurds", "Tamils", "DHAKA — Authorities": the tagger leaves proper plurals unlemmatised
            lemma = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
        kids = list(dependents(head))  # read once: each read walks the parse
        for c in kids:
            if c.dep_ != "compound":
                continue
            two = f"{c.lemma_.lower()} {lemma}"
            if two in nouns:
                return nouns[two].value
        sector = nouns.get(lemma) or _office(self.cues.titles.get(lemma))
        if sector in (None, Sector.GOVERNMENT, Sector.CIVILIANS, Sector.POLICE):
            # "opposition candidates", "rebel leaders", "army officers": the modifier says who
            lefts = [c for c in kids if c.i < head.i]
            for c in reversed(lefts):  # nearest first: "Hutu rebel group" is rebels
                if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN"):
                    named = nouns.get(c.lemma_.lower())
                    if named is Sector.GOVERNMENT:  # "opposition leader Rached Ghannouchi": whose leader
                        named = self._led_sector(c) or named
                    if named is not None and named is not Sector.MEDIA and named is not sector:
                        return named.value
        return sector.value if sector else None

    def _led_sector(self, title: Token) -> Sector | None:
        """The society a title's own modifier names ("opposition leader", "rebel
        commander"), if any."""
        for c in dependents(title):
            if c.dep_ in ("compound", "amod") and c.i < title.i:
                named = self.cues.sector_of_noun.get(c.lemma_.lower())
                if named is not None and named.value in SOCIETY:
                    return named
        return None

    def _head_sector(self, head: Token) -> str | None:
        """The sector of a head noun, or of an unknown group it heads ("the Umma party",
        "an Israeli peace movement")."""
        sector = self.sector_of(head)
        lemma = head.lemma_.lower()
        if sector is None and lemma in self.cues.group_heads and self._named_group(head):
            return self.cues.group_heads[lemma].value
        return sector

    def _named_group(self, head: Token) -> bool:
        return any(
            (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
            or (c.dep_ == "amod" and c.i in self.span_at)
            for c in dependents(head)
        )

    # -- one head ------------------------------------------------------------------------------
    def resolve_one(self, head: Token) -> Mention | None:
        found = self.resolve_head(head)
        return found[0] if found else None

    def resolve_head(self, head: Token) -> list[Mention]:
        """The actors one head token names (several for "Hungarian and Romanian officials")."""
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve_head(head)
        return self._cache[head.i]

    def _resolve_head(self, head: Token) -> list[Mention]:
        """A recognised span; else what an apposition or a count says ("Jane Doe, a Kenyan
        lawyer", "thousands of Nigerians"); else a place; else a sector and its modifiers
        ("South Korean authorities"); else a pronoun or a description; else the people
        of the country the sentence places them in."""
        span = self.span_at.get(head.i)
        if span is not None:
            return self._from_head_span(head, span)
        found = self._paired_states(head) or self._described(head) or self._counted(head)
        if found:
            return found
        counted = self._counted_parties(head)
        if counted:
            return counted
        if head.lemma_.lower() in self.cues.place_nouns or self._federal_state(head):
            return _listed(self._place(head))
        part = self._group_part(head)
        if part:
            return part
        sector = self._head_sector(head)
        if sector == Sector.MEDIA:
            return []
        modified = self._from_modifiers(head, sector)
        if modified is not None:
            return modified
        force = self._multinational_force(head)
        if force is not None:
            return [force]
        pair = self._pair(head) or self._joint_owners(head)
        if pair:
            return pair
        host = self._host_of_setting(head)
        if host is not None:
            return [host]
        m = self._neighbour(head) or self._anaphora(head, sector) or self._group_fought(head)
        m = m or self._transnational(head) or self._craft_named_before(head)
        if m is None and sector in SOCIETY and head.pos_ in ("NOUN", "PROPN"):
            m = self._context(head, sector, exclude=self._backer(head))
        if m is None and sector == Sector.MILITARY and head.pos_ == "NOUN":
            m = self._troops_at_home(head)
        if m is None and sector == Sector.GOVERNMENT:
            m = self._officials_of_setting(head)
        if m is not None and m.via == Via.ANAPHORA and head.lower_ in self.cues.pronouns_plural:
            return self._with_partners(head, m)
        return _listed(m)

    def _craft_named_before(self, head: Token) -> Mention | None:
        """ "Chinese coast guard ships entered the waters, and Tokyo said the vessels had
        violated its territory": craft named again by "the" are the craft named before in this
        sentence or the one before, and whose those were (the state their own phrase names)."""
        if head.lemma_.lower() not in self.cues.crafts or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in dependents(head)
        ):
            return None
        if any(c.dep_ in ("amod", "compound", "poss") for c in dependents(head)):
            return None  # ("the Chinese vessels": named by their own phrase)
        start = self.window_start(head.i)
        for t in reversed(self.doc[start : head.i]):
            if t.lemma_.lower() not in self.cues.crafts or t.dep_ == "compound":
                continue
            owners = [m for c in children(t, "amod", "compound", "poss") for m in self.span_mentions(c)]
            states = [m for m in owners if self.is_state(m.actor_id)]
            if states:
                return replace(
                    states[0], token=head.i, start=head.idx, end=head.idx + len(head), via=Via.ANAPHORA
                )
            return None  # (the nearest craft before names no owner: none read)
        return None

    def _transnational(self, head: Token) -> Mention | None:
        """ "Suspected jihadists overran a Malian army post", "jihadist fighters": fighters of
        the transnational jihadist movement named by no group are that movement (not the
        country's rebels)."""
        words = [head, *(c for c in dependents(head) if c.dep_ in ("amod", "compound"))]
        if not any(w.lemma_.lower() in self.cues.transnational for w in words):
            return None
        end = head.idx + len(head)
        group = self.cues.transnational_group
        return Mention(group, Sector.REBELS.value, None, head.i, head.idx, end, Via.CONTEXT, Category.GROUP)

    def _multinational_force(self, head: Token) -> Mention | None:
        """ "Mali told the 13,000-strong peacekeeping force to leave", "protesters stoned the
        blue helmets", "West African peacekeepers landed in Monrovia": a force of several
        states that no name of its phrase names is the intergovernmental body named last in
        its sentence or the one before ("the UN mission ... the force"), else a multinational
        force of no named body."""
        if not self._names_multinational_force(head) or children(head, "poss"):
            return None
        end = head.idx + len(head)
        body = self._body_named_before(head)
        if body is not None:
            return replace(body, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA)
        force = self.cues.multinational_force
        return Mention(
            force, Sector.MILITARY.value, None, head.i, head.idx, end, Via.CONTEXT, Category.ORGANIZATION
        )

    def _names_multinational_force(self, head: Token) -> bool:
        """ "peacekeepers", "a regional force", "the blue helmets", "the peacekeeping mission"."""
        lemma = head.lemma_.lower()
        if lemma not in self.cues.multinational_units or head.pos_ != "NOUN":
            return False
        words = [head, *children(head, "amod", "compound")]
        return any(w.lemma_.lower() in self.cues.multinational for w in words)

    def _body_named_before(self, head: Token) -> Mention | None:
        """The intergovernmental body named last before ``head`` in its sentence or the one before."""
        start = self.window_start(head.i)
        for m in reversed(self.history):
            if m.token >= head.i:
                continue
            if m.token < start:
                return None
            if m.category is Category.ORGANIZATION and self._intergovernmental(m.actor_id):
                return m
        return None

    def _intergovernmental(self, actor_id: str) -> bool:
        return actor_id in self.gazetteer and self.gazetteer.actor(actor_id).kind is ActorKind.IGO

    def _group_fought(self, head: Token) -> Mention | None:
        """ "Chadian soldiers repelled a Boko Haram assault, killing dozens of militants": fighters
        named by no one's name after an armed group in the same sentence are that group's."""
        if head.lemma_.lower() not in self.cues.anaphora_group or head.tag_ != "NNS":
            return None
        if any(c.dep_ in ("det", "poss", "amod", "compound") for c in dependents(head)):
            return None  # ("the militants" is the anaphora's; "Islamist militants" a description)
        start = self.sentence_of(head.i)[0]
        named = [m for m in self.history if start <= m.token < head.i and m.category is Category.GROUP]
        return replace(named[-1], token=head.i, via=Via.ANAPHORA) if named else None

    def _with_partners(self, head: Token, m: Mention) -> list[Mention]:
        """ "Burkina Faso, Mali and Niger announced that they were quitting ECOWAS": a plural
        pronoun whose antecedent state was named with others stands for all of them."""
        before = (h for h in reversed(self.history) if h.actor_id == m.actor_id and h.token < head.i)
        named = next(before, None)
        if named is None or m.category is not Category.STATE:
            return [m]
        others = [o for c in conjuncts(self.doc[named.token]) for o in self.span_mentions(c)]
        end = head.idx + len(head)
        return [m] + [
            replace(o, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA)
            for o in others
            if o.category is Category.STATE and o.actor_id != m.actor_id
        ]

    def _group_part(self, head: Token) -> list[Mention]:
        """ "Islamic State's Afghan branch", "the armed wing of Hamas": a part of an armed
        group is the group (not the country a demonym on it names)."""
        if head.lemma_.lower() not in self.cues.group_parts:
            return []
        owners = [
            *children(head, "poss", "compound", "nmod"),
            *(g for c in preps([head], "of") for g in dependents(c)),
        ]
        for owner in owners:
            groups = [m for m in self.resolve_head(owner) if m.category is Category.GROUP]
            if groups:
                end = head.idx + len(head)
                return [replace(m, token=head.i, start=head.idx, end=end) for m in groups]
        return []

    def _host_of_setting(self, head: Token) -> Mention | None:
        """ "India's prime minister arrived in the Vietnamese capital and was welcomed by his
        counterpart": a counterpart or host the text does not name is of the state the
        visit is set in (the sentence's place, else the dateline's), not the visitor's."""
        if head.lemma_.lower() not in self.cues.counterpart_nouns:
            return None
        named = [m for c in children(head, "appos") if c.i in self.span_at for m in self.resolve_head(c)]
        if named:  # "talks with his counterpart Choe Son Hui": the one named
            return named[0]
        owners = {m.actor_id for c in children(head, "poss") for m in self.resolve(c)}
        if not owners:
            return None
        located, countries, _ = self._sentence_countries(head, None)  # "in the Indonesian capital"
        filed = [m.actor_id for m in self.dateline_places()]
        other = next(
            (c for c in [*located, *countries, *filed] if c not in owners and self.is_state(c)), None
        )
        return None if other is None else self.context_mention(head, other, Sector.GOVERNMENT.value)

    def _officials_of_setting(self, head: Token) -> Mention | None:
        """Unnamed officials: "authorities in Harare" (of the place they are in); "..., a
        government spokesman said" or "the authorities" in a sentence naming no state (of
        the state the story is filed from)."""
        if head.lemma_.lower() in self.cues.mission_nouns:
            return None  # "its embassy in Tehran": a mission is not of the state it is in
        placed = [m for c in preps([head], "in") for g in pobjects(c) for m in self.resolve_head(g)]
        if placed and self.is_state(placed[0].actor_id):
            return self.context_mention(head, placed[0].actor_id, Sector.GOVERNMENT.value)
        reporting = head.dep_ == "nsubj" and head.head.lemma_.lower() in self.cues.reporting_verbs
        located, countries, parties = self._sentence_countries(head, None)
        filed = {m.actor_id for m in self.dateline_places()}
        only = set(located) | set(countries) | set(parties)
        # (not "its observers", someone's; nor "a cargo ship", anyone's; nor "met both sides", two)
        whose = (
            any(c.dep_ == "poss" for c in dependents(head))
            or head.lemma_.lower() in self.cues.crafts
            or self._names_two(head)
        )
        if not (reporting or whose) and len(only) == 1 and filed <= only and self.is_state(next(iter(only))):
            # "Kenyan opposition leader Raila Odinga called on the government to ...": the one
            # state the sentence names (and files it from, if it says)
            return self.context_mention(head, only.pop(), Sector.GOVERNMENT.value)
        if not reporting and (located or ((countries or parties) and not self._leads_the_story(head))):
            return None  # "BEIRUT — Government shells hit districts of Aleppo": set elsewhere
        if len(filed) != 1:
            return None
        return self.context_mention(head, filed.pop(), Sector.GOVERNMENT.value)

    def _leads_the_story(self, head: Token) -> bool:
        """ "CARACAS — The government recalled its ambassador to Bogota": the subject of the
        main clause of the story's first sentence, before any other actor is named, is of
        the state the story is filed from."""
        sent = head.sent
        first = dateline_end(self.doc)
        if first is None or not sent.start <= first.i < head.i or head.dep_ != "nsubj":
            return False
        if self.cues.sector_of_noun.get(head.lemma_.lower()) is not Sector.GOVERNMENT:
            return False  # "the government", "the authorities"; not "government shells"
        verb = head.head
        if verb != sent.root and not (verb.dep_ == "ccomp" and verb.head == sent.root):
            return False  # the main clause, or what its closing "..., the ministry said" reports
        return not any(first.i <= i < head.i for i in self.span_at)

    def _from_head_span(self, head: Token, span: Span) -> list[Mention]:
        """A head inside a recognised span; demonyms are people or modifiers."""
        if span.id_ != Via.DEMONYM:
            return _listed(self.from_span(span, head, None))
        if head.pos_ == "ADJ":
            return []
        if any(c.lower_ == "ethnic" for c in dependents(head)) or self._after_ethnic(span):
            # "ethnic Albanians" in Serbia are not Albania: people of the country they live in
            return _listed(self._context(head, Sector.CIVILIANS.value, exclude=span.label_))
        if head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s"):
            home = self._residence(head, span)
            if home is not None:  # "Bosnian Serbs", "the Albanians of southern Serbia"
                return [self.context_mention(head, home, Sector.CIVILIANS.value)]
        sector = None
        if head.tag_ in ("NNS", "NNPS") and not any(c.lower_ == "the" for c in dependents(head)):
            sector = Sector.CIVILIANS.value  # "young Algerians blocked roads": people, not the state
        return _listed(self.from_span(span, head, sector))

    def _described(self, head: Token) -> list[Mention]:
        """ "Jane Doe, a Kenyan lawyer", "Sidhoum, Algeria's leading activist"."""
        if head.pos_ != "PROPN":
            return []
        for c in children(head, "appos"):
            if c.pos_ in ("NOUN", "PROPN"):
                described = self.resolve_head(c)
                if described:
                    return described
        return []

    def _counted(self, head: Token) -> list[Mention]:
        """ "thousands of Nigerians", "a group of Moroccan diplomats"; "hundreds of migrants from
        Chad and Mali" (the parser hangs the origin on the count): the people of those states."""
        if head.lemma_.lower() not in self.cues.quantities:
            return []
        preps = children(head, "prep")
        origins = [
            m
            for c in preps
            if c.lower_ == "from"
            for g in pobjects(c)
            for m in self.resolve(g)
            if self.is_state(m.actor_id)
        ]
        for c in preps:
            if c.lower_ == "of":
                counted = [m for g in pobjects(c) for m in self.resolve(g)]
                if origins and all(m.via == Via.CONTEXT for m in counted):  # (not "Eritreans from Libya")
                    sector = counted[0].sector if counted else None
                    return [replace(m, sector=sector or m.sector) for m in origins]
                if counted:
                    return counted
        return []

    def _modifiers(self, head: Token, sector: str | None, relational: bool) -> list[Token]:
        """The tokens that may say whose a head noun is: "South Korean authorities",
        "Russia's foreign ministry", "the government of Japan", "rebels in Chad"."""
        deps = ["compound", "amod", "nmod", "npadvmod"] + ([] if relational else ["poss"])
        kids = list(dependents(head))  # read once: each read walks the parse
        found = [c for c in kids if c.dep_ in deps]
        people = sector in SOCIETY or sector == Sector.MILITARY
        allowed = ["of", "from", "for"] + (["in", "throughout", "across", "inside"] if people else [])
        if people:
            found += self._affiliated(kids)
        found += [
            g
            for c in kids
            if c.dep_ == "prep" and c.lower_ in allowed and not (relational and c.lower_ == "of")
            for g in pobjects(c)
        ]
        return found

    def _affiliated(self, kids: list[Token]) -> list[Token]:
        """Whom armed men or a crowd belong to, by a word of belonging on them: "gunmen
        linked to al-Shabaab", "forces loyal to Haftar", "gunmen believed to belong to Boko
        Haram", "militants affiliated with Islamic State"."""
        found: list[Token] = []
        for c in kids:
            if c.dep_ not in ("acl", "amod"):
                continue
            words = [c, *(x for x in dependents(c) if x.dep_ == "xcomp")]  # "believed to belong to"
            for w in words:
                if w.lemma_.lower() in self.cues.affiliation_words:
                    found += [
                        g
                        for p in dependents(w)
                        if p.dep_ == "prep" and p.lower_ in ("to", "with")
                        for g in pobjects(p)
                    ]
        return found

    def _listed_before(self, modifiers: list[Token]) -> list[Token]:
        """ "Indian, Chinese troops clash", "Philippine, U.S. forces launch drills": a
        headline's actor before a comma and the phrase's own modifier (one of them a
        demonym), which the parser hangs elsewhere, modifies the phrase too."""
        at = min((t.i for t in modifiers), default=0)
        if at < 2 or self.doc[at - 1].text != ",":
            return []
        first, before = self.doc[at], self.doc[at - 2]
        span = self.span_at.get(before.i)
        own = self.span_at.get(first.i)
        if span is None or own is None or before.head.i == first.i:
            return []
        return [before] if NameKind.DEMONYM.value in (span.id_, own.id_) else []

    def _from_modifiers(self, head: Token, sector: str | None) -> list[Mention] | None:
        """The actors a head's modifiers name, or None when they name none. An empty list
        means an actor's thing, not an actor ("South Korean weapons")."""
        relational = head.lemma_.lower() in self.cues.relational_nouns  # "Israel's ally" is not Israel
        if self._owned_meeting_role(head):
            return None  # "his guest": not of his state, the other side met
        found: list[Mention] = []
        modifiers = self._modifiers(head, sector, relational)
        kin = self._ethnic_kin(modifiers)
        if kin is not None and sector is not None:
            # "ethnic Albanian guerrillas" in Macedonia are not Albania's: of the country they live in
            return _listed(self._context(head, sector, exclude=kin))
        listed = self._listed_before(modifiers)
        for c in modifiers:
            paired = _paired_siblings(c, modifiers)
            for mod in (c, *conjuncts(c), *paired, *(listed if listed and c.i == listed[0].i + 2 else ())):
                if not self._add_modifier(found, head, mod, sector, relational):
                    return []
            if found:
                return found
        return None

    def _after_ethnic(self, span: Span) -> bool:
        """ "ethnic Albanians", "ethnic Hungarian activists": a demonym of a people, not its kin state."""
        return span.start > 0 and self.doc[span.start - 1].lower_ == "ethnic"

    def _ethnic_kin(self, modifiers: list[Token]) -> str | None:
        """The kin state an "ethnic" demonym modifier names ("ethnic Hungarian activists"), if any."""
        for mod in modifiers:
            span = self.span_at.get(mod.i)
            if span is not None and span.id_ == Via.DEMONYM and self._after_ethnic(span):
                return span.label_
        return None

    def _modifier_span(self, mod: Token) -> tuple[Span | None, bool]:
        """The span a modifier names, and whether it leads or owns ("Saudi-led forces", "a
        British-flagged tanker")."""
        inner = self.span_at.get(mod.i)
        if inner is None and mod.dep_ in ("compound", "poss", "conj"):
            inner = next((self.span_at[t.i] for t in mod.subtree if t.i in self.span_at), None)
        if inner is None and mod.dep_ == "amod":  # "a Thai consular officer": the name hung on the adjective
            inner = next(
                (self.span_at[c.i] for c in dependents(mod) if c.dep_ == "compound" and c.i in self.span_at),
                None,
            )
        led = inner is None and mod.lower_ in self.cues.owner_participles
        if led:  # "Saudi-led forces", "a US-led coalition", "the US-led war"
            inner = next((self.span_at[t.i] for t in dependents(mod) if t.i in self.span_at), None)
        return inner, led

    def _add_modifier(
        self, found: list[Mention], head: Token, mod: Token, sector: str | None, relational: bool
    ) -> bool:
        """Add what one modifier names to ``found``; False when it shows the head is an
        actor's thing, not an actor."""
        inner, led = self._modifier_span(mod)
        if inner is None:
            if sector is not None and mod.dep_ == "poss" and mod.pos_ == "PRON":
                # "Riyadh and Tehran restored ties as their foreign ministers met": all the parties';
                # "Kabul said its forces had responded by firing": the one the pronoun stands for
                owners = self._joint_owners(mod) or self._pronoun_owner(mod) or self._pair_owners(mod)
                for named in owners or self._mission_owner(mod):
                    _add_new_actor(found, replace(named, sector=sector))
            if sector is not None and mod.dep_ == "poss" and mod.lower_ == "whose":
                for named in self._relative_owner(head):  # "cut ties with Taiwan, whose foreign minister"
                    _add_new_actor(found, replace(named, sector=sector))
            if sector is not None and (mod.dep_ == "pobj" or (mod.dep_ == "poss" and mod.pos_ == "NOUN")):
                # "leaders of the opposition coalition", "members of the Kenyan parliament"
                for named in self.resolve_head(mod):
                    _add_new_actor(found, named if named.sector in SOCIETY else replace(named, sector=sector))
            return True
        if sector is None and not (
            led or self._members(inner, head, relational) or self._is_description(head)
        ):
            # "South Korean weapons": an actor's thing, not an actor (but "its EU
            # partners", "NATO allies" are the organisation's members)
            return False
        made = self.from_span(inner, head, sector)
        if made is None:
            return True
        m = made
        if sector and not m.person_id:
            person = head.lemma_.lower() in self.cues.anaphora_person
            m = replace(m, sector=sector, category=Category.PERSON if person else m.category)
        _add_new_actor(found, m)
        return True

    def _only_a_backer(self, m: Mention) -> bool:
        """Whether a mention names only who backs someone ("Iran" in "the Iran-backed group")."""
        tok = self.doc[m.token]
        return tok.head.i > tok.i and tok.head.lower_ in self.cues.backing_participles

    def _backer(self, head: Token) -> str | None:
        """The state a backing participle on ``head`` names ("Russian-backed separatists",
        "Iranian-armed militias"): who stands behind them, not whose people they are."""
        for c in dependents(head):
            if c.dep_ in ("amod", "compound") and c.lower_ in self.cues.backing_participles:
                for t in c.subtree:
                    span = self.span_at.get(t.i)
                    if span is not None and t.i != c.i and self.is_state(span.label_):
                        return span.label_
        return None

    def _pronoun_owner(self, pronoun: Token) -> list[Mention]:
        """ "Kabul said its forces had responded by firing": "its" on the subject of what a
        state or group says is the speaker (the one the pronoun stands for nearly always)."""
        noun, clause = pronoun.head, pronoun.head.head
        if pronoun.lower_ != "its" or noun.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
            return []
        if clause.head.lemma_.lower() not in self.cues.reporting_verbs:
            return []
        return [m for m in self._speakers(clause.head) if m.category is not Category.PERSON]

    def _mission_owner(self, pronoun: Token) -> list[Mention]:
        """ "Riyadh cut ties with Tehran after protesters stormed its embassy in Tehran": whose
        mission abroad a possessive pronoun says is the state it stands for (not the host)."""
        if pronoun.head.lemma_.lower() not in self.cues.mission_nouns:
            return []
        return _listed(self._anaphora(pronoun, None))

    def _relative_owner(self, head: Token) -> list[Mention]:
        """ "Honduras cut ties with Taiwan, whose foreign minister accused Beijing": the owner
        "whose" names is the noun its relative clause is said of."""
        clause = head.head
        if head.dep_ not in SUBJECTS or clause.dep_ != "relcl" or head.tag_ != "NN":
            return []  # (not "Chile and Peru, whose governments ...": several, left to the clause)
        said_of = clause.head
        found = [m for m in self.resolve_head(said_of) if m.category is not Category.PERSON]
        if found or said_of.ent_type_ not in ("DATE", "TIME"):
            return found
        # "cut ties with Taiwan on Tuesday, whose ...": the parser hangs it on the date; the
        # actor named right before
        before = [m for m in self.history if m.token < said_of.i and m.category is not Category.PERSON]
        return before[-1:]

    def _speakers(self, said: Token) -> list[Mention]:
        """Whom the subjects of a reporting verb name (of a relative one, what it is said of:
        "the Taliban government in Kabul, which said its forces ...")."""
        heads = children(said, *SUBJECTS)
        if said.dep_ == "relcl" and any(h.tag_ in ("WDT", "WP") for h in heads):
            heads = [self._placed(h) for h in subjects_of(said, self.cues.commit_verbs, self.names_actor)[0]]
        return [m for c in heads for m in self.resolve_head(c)]

    def _placed(self, place: Token) -> Token:
        """The actor a place is the seat of in "the Taliban government in Kabul", when its own
        phrase names one (else the place: "the government in Yerevan")."""
        prep = place.head
        if place.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "NOUN":
            return prep.head if self.resolve_head(prep.head) else place
        return place

    def _members(self, inner: Span, head: Token, relational: bool) -> bool:
        """ "its EU partners", "its Japanese allies": an organisation's or a people's members
        (not "a fellow NATO member": one of them, unnamed)."""
        return (
            relational
            and head.tag_ != "NN"
            and (
                inner.id_ == Via.DEMONYM
                or (
                    self.gazetteer.resolve_id(inner.label_) == inner.label_
                    and self.gazetteer.actor(inner.label_).kind is ActorKind.IGO
                )
            )
        )

    # -- societal actors and places ------------------------------------------------------------
    def _context(
        self, head: Token, sector: str, *, exclude: str | None = None, wide: bool = False
    ) -> Mention | None:
        """Whose people an unnamed societal actor are ("rebels", "the opposition",
        "demonstrators", "the police"): the same kind of actor named earlier in the
        article, else the country where the sentence places them ("... in Lagos"),
        else the one country the sentence names in passing ("Chilean officials"); parties,
        parliaments and courts (``wide``) also of the one country they act on; else, when
        the sentence names no country, the state of the story's dateline."""
        wide = wide or sector in (Sector.LEGISLATURE.value, Sector.JUDICIARY.value)
        group = self._group_named_before(head, sector)
        if group is not None:
            return group
        partner = self._paired_state(head, exclude)
        if partner is not None:
            return self.context_mention(head, partner, sector)
        for m in reversed(self.history):
            if (
                m.token < head.i
                and m.sector == sector
                and m.category == Category.STATE
                and m.via != Via.CONTEXT
                and m.actor_id != exclude
            ):
                return self.context_mention(head, m.actor_id, sector)
        located, countries, parties = self._sentence_countries(head, exclude)
        victims = self._victims_of_another_party(head, countries, parties)
        if victims is not None:
            return self.context_mention(head, victims, sector)
        for pool in (located, located + countries, located + countries + parties if wide else []):
            if len(set(pool)) == 1:
                return self.context_mention(head, pool[0], sector)
        if not (located or countries):  # "NAIROBI, Kenya — Police fired tear gas": the dateline's
            filed = {m.actor_id for m in self.dateline_places() if m.actor_id != exclude}
            if len(filed) == 1:
                return self.context_mention(head, filed.pop(), sector)
        return None

    def _victims_of_another_party(self, head: Token, countries: list[str], parties: list[str]) -> str | None:
        """ "Russian forces shelled the city of Mykolaiv, killing seven civilians": the people
        an attack killed or wounded, named with no country, are of the one other party the
        sentence names, not of the attackers it names in passing ("Russian forces")."""
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in self.cues.casualty_verbs:
            return None
        own = set(countries)
        other = {p for p in parties if p not in own}
        return other.pop() if len(other) == 1 and own else None

    def _paired_state(self, head: Token, exclude: str | None) -> str | None:
        """ "Talks between the Colombian government and the rebels resumed in Havana": an
        unnamed party coordinated with one state's named authorities is that state's other
        side (not of the place the talks are held in)."""
        pair = [head.head] if head.dep_ == "conj" else list(conjuncts(head))
        found = set()
        for p in pair:
            for t in (p, *children(p, "amod", "compound", "poss")):  # "the Colombian government"
                span = self.span_at.get(t.i) if t.i in self.span_roots else None
                country = self.gazetteer.country_on(span.label_, self.day) if span is not None else None
                if country is not None and country != exclude:
                    found.add(country)
        return found.pop() if len(found) == 1 else None

    def _troops_at_home(self, head: Token) -> Mention | None:
        """ "Soldiers patrol outside the prison in Guayaquil, Ecuador": unnamed soldiers are
        of the one state the sentence places them in (else, naming none, of the story's
        dateline); not when it names another party ("soldiers shelled Ukrainian positions").
        The head names people, military by itself ("soldiers") or by its modifier ("army
        officers"; not "a military base")."""
        lemma = head.lemma_.lower()
        people = lemma in self.cues.sector_of_noun
        if not people or self.sector_of(head) != Sector.MILITARY or lemma in self.cues.foreign_forces:
            return None  # "supporters of the military rulers", "peacekeepers": not home troops
        if children(head, "poss") or any(
            c.lower_ in self.cues.foreign_forces for c in children(head, "amod", "compound")
        ):
            return None  # "its soldiers", "a regional peacekeeping force": someone's, said elsewhere
        located, countries, parties = self._sentence_countries(head, None)
        places = set(located + countries)
        if set(parties) - places:
            return None  # "soldiers shelled Ukrainian positions": the other side, not where they are
        if places:
            return (
                self.context_mention(head, places.pop(), Sector.MILITARY.value) if len(places) == 1 else None
            )
        filed = {m.actor_id for m in self.dateline_places()}
        return self.context_mention(head, filed.pop(), Sector.MILITARY.value) if len(filed) == 1 else None

    def _group_named_before(self, head: Token, sector: str) -> Mention | None:
        """ "Troops repelled an attack by ISWAP fighters, killing 23 of the jihadists": the
        militants, insurgents or fighters of a definite phrase are the armed group the article
        named last, not the rebels of the country it is set in."""
        if sector != Sector.REBELS or not any(c.lower_ in _DEFINITE for c in children(head, "det")):
            return None
        for m in reversed(self.history):
            if m.token < head.i and m.category == Category.GROUP:
                return replace(m, token=head.i, start=head.idx, end=head.idx + len(head), via=Via.ANAPHORA)
        return None

    def of_setting(self, head: Token, sector: str, *, wide: bool = False) -> Mention | None:
        """Whose ``sector`` an unnamed party is: of the country the sentence or the story's
        dateline places it in ("during a rally against the government in Minsk": its
        people); with ``wide``, also of the one country the sentence names as another party
        ("government shells hit districts of Aleppo")."""
        return self._context(head, sector, wide=wide)

    def _sentence_countries(self, head: Token, exclude: str | None) -> tuple[list[str], list[str], list[str]]:
        """The countries a sentence names besides ``head``: where it is set ("in Lagos"),
        in passing ("Chilean officials"), and as other parties."""
        start, end = self.sentence_of(head.i)
        located: list[str] = []
        countries: list[str] = []
        parties: list[str] = []
        for span in self.spans:
            if span.start < start or span.end > end or span.start <= head.i < span.end:
                continue
            country = self.gazetteer.country_on(span.label_, self.day)
            if country is None or country == exclude:
                continue
            root = span.root
            head_noun = root.head.lemma_.lower()
            bordering = root.dep_ == "pobj" and root.head.head.lemma_.lower() in self.cues.border_nouns
            if (
                head_noun in self.cues.border_nouns
                or bordering
                or (
                    root.dep_ in ("amod", "compound")
                    and (head_noun in self.cues.act_nouns or head_noun in self.cues.emblem_nouns)
                )
            ):
                # "on the Thai border", "near the border with Mali", "a Russian strike", "Russian
                # flags": not whose people
                continue
            if in_report_source(root, self.cues.reporting_verbs) and not head.is_ancestor(root):
                parties.append(country)  # "..., relief officials in Nairobi said": only for parties
            elif root.dep_ in ("amod", "compound", "poss") and head_noun in self.cues.mission_nouns:
                parties.append(country)  # "marched on the U.S. embassy": the state abroad
            elif root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
                located.append(country)
            elif root.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
                countries.append(country)  # a modifier ("Chilean officials"), not another party
            else:
                parties.append(country)
        return located, countries, parties

    def _residence(self, head: Token, span: Span) -> str | None:
        """The country a people named by a demonym live in, when the text says so: a second
        demonym ("Bosnian Serbs", "Iraqi Kurds") or "of/in <country>" ("the Albanians of
        Serbia")."""
        places = children(head, "amod", "compound")
        places += [g for c in children(head, "prep") if c.lower_ in ("of", "in") for g in dependents(c)]
        own = self.gazetteer.country_on(span.label_, self.day)
        for c in places:
            inner = self.span_at.get(c.i)
            if inner is None or inner is span:
                continue
            country = self.gazetteer.country_on(inner.label_, self.day)
            if country is not None and country != own:
                return country
        return None

    @staticmethod
    def context_mention(head: Token, country: str, sector: str) -> Mention:
        """``head`` as a party of ``country`` (in ``sector``) that the text leaves unnamed."""
        end = head.idx + len(head)
        return Mention(country, sector, None, head.i, head.idx, end, Via.CONTEXT, Category.STATE)

    def _federal_state(self, head: Token) -> bool:
        """ "in Borno state", "Upper Nile State": a state of a federation, named by a place
        (not "the Syrian state", an actor)."""
        if head.lower_ != "state":
            return False
        spans = [self.span_at.get(c.i) for c in children(head, "compound")]
        return any(sp is not None and sp.id_ == Via.PLACE for sp in spans)

    def _place(self, head: Token) -> Mention | None:
        """ "the Iraqi city of Basra", "a Syrian village", "the town of Samarra": a place in
        a country, for where something happened (never who did it)."""
        named = children(head, "compound", "amod", "nmod", "poss")
        named += [g for c in preps([head], "of") for g in dependents(c)]
        named += [a for g in named for a in children(g, "appos")]  # "the port of Chittagong, Bangladesh"
        for c in named:
            span = self.span_at.get(c.i)
            if span is None:
                continue
            country = self.gazetteer.country_on(span.label_, self.day)
            if country is not None:
                end = head.idx + len(head)
                return Mention(country, None, None, head.i, head.idx, end, Via.LOCATION, Category.PLACE)
        return None

    # -- owners --------------------------------------------------------------------------------
    def owner(self, head: Token) -> list[Mention]:
        """Whose a thing is, when the thing is not itself an actor: "Turkey's efforts",
        "an Indian proposal", "calls by Belarus's rulers", "the demands of the rebels",
        "rebel positions"; not of a relation ("a fellow NATO member", "Israel's ally")."""
        if head.lemma_.lower() in self.cues.relational_nouns:
            return []
        return (
            self._possessor(head)
            or self._owner_by_phrase(head)
            or self._group_owner(head)
            or self._launcher(head)
        )

    def _launcher(self, head: Token) -> list[Mention]:
        """ "28 attack drones launched by Russia": munitions are whoever fired them."""
        if head.lemma_.lower() not in self.cues.incoming:
            return []
        return [m for v in children(head, "acl") for g in participle_agents(v) for m in self.resolve(g)]

    def _possessor(self, head: Token) -> list[Mention]:
        for c in dependents(head):
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i in self.span_at):
                found = self.resolve(c) if c.dep_ == "poss" else self.span_mentions(c)
                if found:
                    return found
        return []

    def _owner_by_phrase(self, head: Token) -> list[Mention]:
        for c in children(head, "prep", "agent"):
            if c.lower_ in ("by", "of", "from"):
                for g in pobjects(c):
                    found = self.resolve(g) or self.owner(g)
                    if found:
                        return found
        return []

    def _group_owner(self, head: Token) -> list[Mention]:
        """ "rebel positions", "a guerrilla stronghold": the group's."""
        for c in children(head, "compound", "amod"):
            sector = self.cues.sector_of_noun.get(c.lemma_.lower())
            if sector is not None and sector.value in SOCIETY:
                local = self._context(c, sector.value)
                if local is not None:
                    return [local]
        return []

    def span_mentions(self, tok: Token) -> list[Mention]:
        """Actors named by a modifier and its conjuncts, demonyms included."""
        found = []
        for t in (tok, *conjuncts(tok)):
            span = self.span_at.get(t.i)
            if span is not None:
                m = self.from_span(span, t, None)
                if m is not None:
                    found.append(m)
        return found

    # -- pronouns and descriptions -------------------------------------------------------------
    def _is_description(self, head: Token) -> bool:
        lemma = head.lemma_.lower()
        return lemma in self.cues.anaphora_state or lemma in self.cues.anaphora_organization

    def _wanted(self, head: Token) -> tuple[Category, ...]:
        """The categories a pronoun or a definite description may stand for (none: it is neither)."""
        lower, lemma = head.lower_, head.lemma_.lower()
        cues = self.cues
        if lower in cues.pronouns_person:
            return (Category.PERSON,)
        if lower in cues.pronouns_thing:
            return (Category.STATE, Category.ORGANIZATION)
        if lower in cues.pronouns_plural:
            return (Category.STATE, Category.ORGANIZATION, Category.GROUP)
        if self._owned_meeting_role(head):
            return (Category.PERSON, Category.STATE)  # "his guest's government": the one met
        if not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
            for c in dependents(head)
        ):
            return ()
        if lemma in cues.mission_nouns and any(
            c.dep_ == "det" and c.lower_ == "the" for c in dependents(head)
        ):
            return (
                Category.STATE,
                Category.PERSON,
            )  # "the embassy": of the state last named (or its envoy's)
        if lemma in cues.anaphora_person:
            return (Category.PERSON,)
        if lemma in cues.anaphora_state:
            return (Category.STATE,)
        if lemma in cues.anaphora_organization:
            return (Category.ORGANIZATION, Category.GROUP)
        if lemma in cues.anaphora_group:
            return (Category.GROUP,)  # "soldiers exchanged fire with the attackers"
        return ()

    def _anaphora(self, head: Token, sector: str | None) -> Mention | None:
        wanted = self._wanted(head)
        if not wanted:
            return None
        candidates = list(reversed(self.history))
        clause = head.head
        if (
            head.dep_ in SUBJECTS
            and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.cues.reporting_verbs
        ):
            candidates = (
                self._speakers(clause.head) + candidates
            )  # "the party said it would ...": the speaker first
        elif self._parallel_subject(head):
            # "Canada said Iran had shipped drones to Russia, and it imposed sanctions": the
            # subject of the first of two coordinated clauses
            candidates = self._speakers(clause.head) + candidates
        elif (reasoned := self._reason_given_by(head)) is not None:
            # "Mali expelled France's envoy over what it called hostile remarks": the expeller
            doers = subjects_of(reasoned, self.cues.commit_verbs, self.names_actor)[0]
            candidates = [m for c in doers for m in self.resolve_head(c)] + candidates
        if self._dispersed(head):  # "... before security forces dispersed them": the crowd
            candidates = [m for m in candidates if m.sector in _CROWDS]
        bound = self._clause_subjects(head) + self._owners_above(head) + self._meeting_side(head)
        intruders = self._intruders(head)
        region = self._region(head)
        # "expelled two French envoys, accusing them of ...": "them" may be officials named before
        plural = head.lower_ in self.cues.pronouns_plural and head.dep_ != "poss"
        singular = head.lower_ in self.cues.pronouns_thing
        its = any(c.dep_ == "poss" and c.lower_ == "its" for c in dependents(head))  # "its foreign ministry"
        for m in candidates:
            fits = (
                (
                    m.category in wanted
                    and (m.category is not Category.PERSON or self._envoy_of_a_state(head, m))
                )
                or (Category.PERSON in wanted and head.dep_ != "poss" and self._one_of_a_people(m))
                or (
                    Category.PERSON in wanted
                    and head.dep_ in ("dobj", "pobj", "dative")
                    and self._nationality_of_a_person(m)
                )
                or (plural and m.category == Category.PERSON and self.doc[m.token].tag_ in ("NNS", "NNPS"))
            )
            if region is not None and m.actor_id not in region:
                continue  # "the Pacific nation": a state of that region
            if singular and self._unnamed_groups(m):
                continue  # "aid groups ... preventing it from": "it" is no unnamed groups
            if (singular or its) and self._people_of_a_demonym(m):
                continue  # "Turkish jets violated its airspace, and its ministry ...": no "it"
            if m.actor_id in intruders:
                continue  # "Chinese vessels sailed into its waters": not China's waters
            if self._only_a_backer(m):
                continue  # "the Iran-backed group said it had fired": the group, not Iran
            if not self._named_so(head, m):
                continue  # "the agency": the International Atomic Energy Agency, not the UN
            if m.token < head.i and fits and not any(self._bound_to(b, m) for b in bound):
                end = head.idx + len(head)
                return replace(
                    m, sector=sector or m.sector, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA
                )
        return None

    def _neighbour(self, head: Token) -> Mention | None:
        """ "Somalia cut ties with Kenya, accusing its neighbour of meddling": a state's
        neighbour, owned by a pronoun, is the nearest state named before other than the
        clause's subject (else than the pronoun's)."""
        if head.lemma_.lower() not in self.cues.neighbour_nouns or head.tag_ != "NN":
            return None  # (not "its two neighbours")
        owners = [c for c in children(head, "poss") if c.lower_ in ("its", "their")]
        if not owners:
            return None
        verb = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass") else head.head.head
        doers = subjects_of(verb, self.cues.commit_verbs, self.names_actor)[0] if verb.pos_ == "VERB" else []
        own = {m.actor_id for c in doers or owners for m in self.resolve_head(c)}
        for m in reversed(self.history):
            if m.token < head.i and m.category is Category.STATE and own and m.actor_id not in own:
                end = head.idx + len(head)
                return replace(m, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA, person_id=None)
        return None

    @staticmethod
    def _parallel_subject(head: Token) -> bool:
        """Whether a pronoun is the subject of the second of two coordinated clauses ("...,
        and it imposed sanctions"), and so stands first for the first clause's subject."""
        clause = head.head
        return (
            head.dep_ == "nsubj"
            and head.pos_ == "PRON"
            and clause.dep_ == "conj"
            and clause.head.pos_ in ("VERB", "AUX")
            and clause.head.i < head.i
        )

    @staticmethod
    def _reason_given_by(head: Token) -> Token | None:
        """The verb whose reason a clause with ``head`` as its subject gives: a free relative
        ("expelled the envoy over what it called meddling": "it" gives the expeller's reason),
        or a relative clause on the verb's object ("blacklisted three firms it accused of
        supplying drones": the blacklister's)."""
        clause = head.head
        prep = clause.head
        if head.dep_ not in SUBJECTS:
            return None
        if clause.dep_ == "relcl" and prep.dep_ in ("dobj", "pobj") and head.pos_ == "PRON":
            verb = clause_of(prep)  # "imposed bans on 40 officials it blames for ...": the imposer's
            if verb.dep_ == "ccomp" and verb in misread_plural_objects(verb.head):
                verb = verb.head  # "imposed asset freezes on 11 officers it accused of ..."
            # (not a clause with an object of its own; "that" or "which" is the relative's gap:
            # "a gas attack that they blamed on Assad's forces")
            own = [c for c in children(clause, "mark", "dobj") if c.tag_ != "WDT"]
            return verb if verb.pos_ == "VERB" and not own else None
        if clause.dep_ != "pcomp" or prep.lower_ not in ("over", "for"):
            return None
        if not any(c.lower_ == "what" for c in dependents(clause)):
            return None
        # "lodged a protest over what it called ...": the verb of the noun's clause
        verb = prep.head if prep.head.pos_ == "VERB" else clause_of(prep.head)
        return verb if verb.pos_ == "VERB" else None

    def _bound_to(self, bound: Mention, m: Mention) -> bool:
        """Whether a pronoun may not stand for ``m`` because its clause's subject is ``m``:
        the same side of a state (its police may act on its people), or the same
        organisation whatever part of it is named ("U.N. experts that accused it")."""
        return same_side(bound, m) or (bound.actor_id == m.actor_id and not self.is_state(m.actor_id))

    def _intruders(self, head: Token) -> set[str]:
        """ "Chinese coast guard vessels sailed into its territorial waters", "Turkish jets
        violated its airspace": the states whose forces enter a territory a possessive
        pronoun owns are not its owner (of whatever side of them the pronoun may be)."""
        if head.dep_ != "poss":
            return set()
        if head.head.lemma_.lower() in self.cues.mission_nouns:
            return self._hosts_of_mission(head.head)
        if head.head.lemma_.lower() not in self.cues.territory_nouns:
            return set()
        verb = clause_of(head.head)
        return {m.actor_id for c in children(verb, "nsubj") for m in self.resolve_head(c)}

    def _hosts_of_mission(self, mission: Token) -> set[str]:
        """ "Riyadh cut ties with Tehran after protesters stormed its embassy in Tehran": a
        mission abroad is not of the state it is in (the place's)."""
        return {m.actor_id for g in prep_objects([mission], "in") for m in self.resolve_head(g)}

    def _named_so(self, head: Token, m: Mention) -> bool:
        """Whether a description that stands only for a body whose own name uses its noun
        ("the agency") may stand for ``m`` (any other description may)."""
        noun = head.lemma_.lower()
        if noun not in self.cues.self_named:
            return True
        if m.actor_id not in self.gazetteer:
            return False
        entry = self.gazetteer.entry(m.actor_id)
        names = (entry.actor.label, entry.official or "", *entry.aliases)
        return any(noun in name.lower() for name in names)

    def _people_of_a_demonym(self, m: Mention) -> bool:
        """Whether a mention is of a plural noun a demonym qualifies ("Turkish fighter jets",
        "Chinese troops"): the state stays unnamed, and "it" or "its" cannot stand for them."""
        return m.via == Via.DEMONYM and self.doc[m.token].tag_ in ("NNS", "NNPS")

    def _unnamed_groups(self, m: Mention) -> bool:
        """Whether a mention is of the groups a story does not name ("rights groups")."""
        return m.actor_id in self.gazetteer and self.gazetteer.entry(m.actor_id).unnamed

    def _dispersed(self, head: Token) -> bool:
        """ "Demonstrators pelted the embassy and demanded that Paris withdraw, before police
        dispersed them", "police detained dozens of them": the object pronoun of a verb of crowd
        control or of holding (or of a count it holds) stands for a crowd."""
        if head.lower_ not in self.cues.pronouns_plural:
            return False
        if head.dep_ == "dobj":
            return head.head.lemma_.lower() in self.cues.suppress_verbs | self.cues.crowd_holding_verbs
        # "police detained dozens of them": a count of the crowd held
        count = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        return (
            count is not None
            and count.dep_ == "dobj"
            and count.lemma_.lower() in self.cues.quantities
            and count.head.lemma_.lower() in self.cues.crowd_holding_verbs
        )

    def _region(self, head: Token) -> frozenset[str] | None:
        """The states a description's region words and form allow ("the South Pacific nation",
        "the Baltic state", "the kingdom"), or None when it names neither."""
        form = self.cues.state_forms.get(head.lemma_.lower())  # "the kingdom": a monarchy
        words = " ".join(t.lower_ for t in self.doc[head.left_edge.i : head.i])
        found = (
            [states for key, states in self.cues.regions.items() if re.search(rf"\b{key}\b", words)]
            if words
            else []
        )
        region = frozenset().union(*found) if found else None
        if form is None or region is None:
            return form or region
        return form & region

    def _envoy_of_a_state(self, head: Token, m: Mention) -> bool:
        """A person a description may stand for: any, unless it names a mission ("the
        embassy"), which a state's envoy named before stands for (his state's)."""
        return head.lemma_.lower() not in self.cues.mission_nouns or self.is_state(m.actor_id)

    def _owners_above(self, head: Token) -> list[Mention]:
        """ "Morocco welcomed Spain's backing for its autonomy plan": a possessive pronoun
        inside a phrase another owner's noun governs is not that owner ("its" is not Spain)."""
        if head.dep_ != "poss":
            return []
        owners: list[Mention] = []
        t = head.head
        for _ in range(3):
            if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
                break
            t = t.head
            owners += [
                m for c in children(t, "poss") if c.i != head.i and c.pos_ != "PRON" for m in self.resolve(c)
            ]
        return owners

    def _nationality_of_a_person(self, m: Mention) -> bool:
        """ "expelled the U.S. ambassador, accusing him of ...": a state (or body) named as
        the one an unnamed official or envoy serves, whom "him" or "her" may stand for."""
        if m.category not in (Category.STATE, Category.ORGANIZATION):
            return False  # ("the UN envoy, accusing him of ...": the UN's)
        t = self.doc[m.token]
        person = t.head
        if t.dep_ not in ("compound", "amod", "poss", "nmod") or person.tag_ != "NN":
            return False
        named = person.dep_ == "compound" or any(c.dep_ in ("appos", "compound") for c in person.rights)
        return person.lemma_.lower() in self.cues.anaphora_person and not named  # (not "Kremlin critic X")

    def _one_of_a_people(self, m: Mention) -> bool:
        """ "a Canadian teacher", "an American journalist": one person of a state's people,
        whom "he" or "her" may stand for."""
        return (
            m.sector in (Sector.CIVILIANS.value, Sector.OPPOSITION.value) and self.doc[m.token].tag_ == "NN"
        )

    def _names_two(self, head: Token) -> bool:
        """ "the two agreed", "the two sides", "both leaders", "each side", "both said", "each
        blaming the other": a phrase that names two parties without naming them."""
        kids = {c.lower_ for c in dependents(head) if c.dep_ in ("det", "predet", "nummod")}
        if head.lower_ == "two":
            return "the" in kids
        if head.lower_ == "both":
            return head.dep_ in SUBJECTS
        if head.lower_ == "each" and head.dep_ in SUBJECTS:  # "with each blaming the other"
            return any(o.lower_ == "other" for o in dependents(head.head) if o.dep_ in ("dobj", "dative"))
        if head.lower_ == "other" and head.dep_ in ("dobj", "dative"):
            return any(c.lower_ == "each" for c in dependents(head.head) if c.dep_ in SUBJECTS)
        if head.lemma_.lower() in self.cues.pair_relations and head.tag_ == "NNS" and kids == {"the"}:
            return True  # "a week after the former foes signed a declaration"
        if head.lemma_.lower() not in self.cues.pair_nouns:
            return False
        if "each" in kids:  # "each side blamed the other" (but "each country" may be many)
            # "each government accused the other": two, whatever the noun
            other = head.dep_ in SUBJECTS and any(
                o.lower_ == "other" for o in dependents(head.head) if o.dep_ in ("dobj", "dative")
            )
            return other or head.lemma_.lower() in ("side", "party", "camp")
        return "both" in kids or {"the", "two"} <= kids

    def _paired_states(self, head: Token) -> list[Mention]:
        """ "The two Koreas agreed to resume family reunions": the plural of a name two states
        share names both (cues: paired_names)."""
        states = self.cues.paired_names.get(head.lower_, ())
        end = head.idx + len(head)
        return [
            Mention(state, None, None, head.i, head.idx, end, Via.NAME, Category.STATE)
            for state in states
            if self.is_state(state)
        ]

    def _counted_parties(self, head: Token) -> list[Mention]:
        """ "Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its
        ambassadors from the three capitals": "the two", "the three" (up to five) of a noun of
        parties, places of government included, are the parties last named together in that
        number (two: the last two parties named)."""
        if head.lemma_.lower() not in self.cues.pair_nouns or head.tag_ != "NNS":
            return []
        kids = {c.lower_ for c in dependents(head) if c.dep_ in ("det", "nummod")}
        count = next((n for word, n in _COUNTS.items() if word in kids), 0)
        if "the" not in kids or count < 2:
            return []
        if count == 2:  # (the other nouns of two are read as a pair later; a capital is a place first)
            return self._pair(head) if head.lemma_.lower() in self.cues.seats else []
        start = self.window_start(head.i)
        window = [m for m in self.history if start <= m.token < head.i and _party(m)]
        for m in reversed(window):
            together = {t.i for t in conjuncts(self.doc[m.token])} | {m.token}
            group = {o.actor_id: o for o in window if o.token in together}
            if len(group) == count:
                end = head.idx + len(head)
                found = sorted(group.values(), key=lambda o: o.token)
                return [replace(o, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA) for o in found]
        return []

    def _pair_owners(self, head: Token) -> list[Mention]:
        """ "India and the United States signed a pact during talks between their defence and
        foreign ministers": "their" on the sides of talks is the two parties it stands for."""
        if head.lower_ != "their" or head.head.dep_ != "pobj" or head.head.head.lower_ != "between":
            return []
        found = self.resolve(head)
        return found if len({m.actor_id for m in found}) > 1 else []

    def _joint_owners(self, head: Token) -> list[Mention]:
        """ "Kyrgyz and Uzbek border guards conducted their first joint patrol": "their" after
        a subject of two or more parties is all of them."""
        if head.lower_ != "their" or head.dep_ != "poss":
            return []
        clause = clause_of(head.head.head)
        if head.head.dep_ in SUBJECTS and clause.dep_ in ("advcl", "conj") and clause.head.i != clause.i:
            # "Riyadh and Tehran restored ties as their foreign ministers met": the clause's own
            # subject is the phrase itself; the parties are those of the clause it hangs on
            clause = clause_of(clause.head)
        sides = children(clause, "nsubj")
        if sides and clause.i < head.i:
            # "Mirziyoyev held talks with his Kazakh counterpart, while their foreign ministers
            # signed a treaty": those met with are of "their" too
            sides += prep_objects([clause, *children(clause, "dobj")], "with")
        # ("their leaders met", "the heads of their armies met": not the phrase itself)
        outside = [s for s in sides if not s.left_edge.i <= head.i <= s.right_edge.i]
        found = self._stood_for(head, outside)
        return found if len(found) > 1 else self._addressed_pair(head, clause)

    def _stood_for(self, pronoun: Token, sides: list[Token]) -> list[Mention]:
        """The actors ``sides`` name, each once, as what ``pronoun`` stands for (at its place)."""
        found: list[Mention] = []
        for m in (m for side in sides for m in self.resolve(side)):
            if all(m.actor_id != f.actor_id for f in found):
                end = pronoun.idx + len(pronoun)
                found.append(replace(m, token=pronoun.i, start=pronoun.idx, end=end, via=Via.ANAPHORA))
        return found

    def _addressed_pair(self, head: Token, clause: Token) -> list[Mention]:
        """ "The Council called on India and Pakistan to show restraint after their troops
        traded fire": "their" after two parties a clause addresses (its object, or "on" whom it
        called) is both of them."""
        for _ in range(3):
            if clause.i > head.i:
                return []
            # (named before "their", not the phrase "their" is in: "reopen their embassies")
            addressed = [
                s for s in (*objects(clause), *prep_objects([clause], "on")) if s.right_edge.i < head.i
            ]
            found = self._stood_for(head, addressed)
            if len(found) > 1:
                return found
            if clause.dep_ not in ("xcomp", "conj", "advcl") or clause.head.i == clause.i:
                return []
            clause = clause.head
        return []

    def _pair(self, head: Token) -> list[Mention]:
        """ "Chile's president hosted his Argentine counterpart. The two signed a protocol":
        the last two parties named in this sentence or the one before; a plural pronoun
        ("They signed ...") only as a subject, and only when those two are officials named
        in one sentence ("they say they face prison" after two states is their people)."""
        plural = head.lower_ in ("they",) and head.dep_ in SUBJECTS
        if not (plural or self._names_two(head)):
            return []
        start = self.window_start(head.i)
        people = head.lemma_.lower() in ("man", "woman")  # "the two men": two officials, not peoples
        party = _official if plural or people else _party
        askers = self._askers(head)
        window = [
            m
            for m in self.history
            if start <= m.token < head.i
            and party(m)
            and not (self._occasion(m) or self._mediator(m))
            and m.actor_id not in askers
        ]
        two = [] if plural else self._named_together(window)
        if not two:  # else the last two parties named, one after the other
            for m in reversed(window):
                if all(two_sides(m, t) for t in two):
                    two.append(m)
                if len(two) == 2:
                    break
        if len(two) < 2 or (plural and self.sentence_of(two[0].token) != self.sentence_of(two[1].token)):
            return []
        end = head.idx + len(head)
        return [replace(m, token=head.i, start=head.idx, end=end, via=Via.ANAPHORA) for m in reversed(two)]

    def _askers(self, head: Token) -> set[str]:
        """ "Fighting between the army and the RSF spread as the US, Saudi Arabia and the AU
        urged both sides to observe a truce": the two sides an object names are not its
        clause's subjects."""
        if head.dep_ not in ("dobj", "dative"):
            return set()
        subjects = [d for c in children(head.head, "nsubj") for d in (c, *conjuncts(c))]
        return {m.actor_id for c in subjects for m in self.resolve_head(c)}

    def _named_together(self, window: list[Mention]) -> list[Mention]:
        """ "Armenia and Azerbaijan agreed to a Russian-brokered truce, and Moscow said ...
        Within hours, each side accused the other": the last two parties named together (joined
        by "and"), latest first, else none."""
        pairs = []
        for m in reversed(window):
            partners = {t.i for t in conjuncts(self.doc[m.token])}
            other = next((o for o in reversed(window) if o.token in partners and two_sides(m, o)), None)
            if other is not None:
                pairs.append([m, other] if m.token > other.token else [other, m])
        # the sides of a clause before those of a phrase ("Peru and Ecuador signed a truce ...
        # under the watch of observers from Argentina, Brazil, Chile and the United States")
        subjects = [p for p in pairs if self._is_subject(p[1])]
        return (subjects or pairs or [[]])[0]

    def _is_subject(self, m: Mention) -> bool:
        tok = self.doc[m.token]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in SUBJECTS

    def _occasion(self, m: Mention) -> bool:
        """ "on the sidelines of an ASEAN gathering", "a summit in Tashkent": an actor naming
        the occasion or the place only."""
        tok = self.doc[m.token]
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
            return True  # "met on the sidelines of a summit in Uzbekistan": where, not who
        return tok.dep_ in ("compound", "amod", "poss") and tok.head.lemma_.lower() in self.cues.occasions

    def _mediator(self, m: Mention) -> bool:
        """ "a Norwegian-brokered truce between ...", "talks mediated by Qatar": the go-between
        of a deal, no side to it."""
        tok = self.doc[m.token]
        by = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
        participle = by.head if by is not None else tok.head
        return tok.dep_ in ("npadvmod", "amod", "compound", "pobj") and (
            participle.tag_ == "VBN" and participle.lemma_.lower() in self.cues.mediation_participles
        )

    def _owner_of_the_object(self, head: Token) -> bool:
        """Whether a possessive pronoun owns the object of a verb of acting against another's
        thing ("rejected its demand", "ambushed their convoy"; not "recalled its envoy")."""
        thing = head.head
        return (
            head.dep_ == "poss"
            and thing.dep_ == "dobj"
            and thing.lemma_.lower() not in self.cues.relational_nouns
            and thing.head.lemma_.lower() in self.cues.against_other_verbs
        )

    def _owned_meeting_role(self, head: Token) -> bool:
        """A role of the other side of a meeting owned by "his" or "her" ("his guest", "her
        host", "his counterpart")."""
        if head.lemma_.lower() not in self.cues.meeting_roles:
            return False  # most heads (asked first: the cheaper test)
        kids = [c for c in dependents(head) if c.dep_ in ("poss", "amod", "compound", "nmod", "appos")]
        return len(kids) == 1 and kids[0].dep_ == "poss" and kids[0].lower_ in ("his", "her")

    def _meeting_side(self, head: Token) -> list[Mention]:
        """ "Lula welcomed Maduro, praising his guest's government": whom "his guest" (host,
        counterpart) cannot stand for - the doer of its clause, the one who met the guest (not
        the phrase itself: "and his guest praised Turkey")."""
        if not self._owned_meeting_role(head):
            return []
        doers = subjects_of(clause_of(head), self.cues.commit_verbs, self.names_actor)[0]
        return [
            m for c in doers if not c.left_edge.i <= head.i <= c.right_edge.i for m in self.resolve_head(c)
        ]

    def _clause_subjects(self, head: Token) -> list[Mention]:
        """The actors of the subject of the clause whose object is the pronoun ``head``:
        "Washington urged it to ease ..." - "it" is not Washington (an object pronoun is
        never its own clause's subject; "itself" would be); "police dispersed them" - the
        police's own country's people may be."""
        if self._owner_of_the_object(head):
            verb = head.head.head  # "the government rejected its demand": not the government's
            return [m for c in self._acting(verb) for m in self.resolve_head(c)]
        if head.dep_ not in ("dobj", "dative", "pobj") or head.lower_.endswith(("self", "selves")):
            return []
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "suspended cooperation with the nation"
            verb = verb.head
        subjects = [c for c in children(verb, *SUBJECTS) if c.i < head.i]
        if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "expelled X, accusing the embassy"
            subjects = [c for c in children(verb.head, *SUBJECTS) if c.i < head.i]
        singular = (
            head.lower_ in self.cues.pronouns_thing | self.cues.pronouns_person
        )  # (not "them": own people)
        if not subjects and singular and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "Beijing accused Washington of meddling and urged it to stop": the first verb's subject
            subjects = [c for c in children(verb.head, *SUBJECTS) if c.i < head.i]
        if not subjects and verb.dep_ == "acl":  # "a report by U.N. experts accusing it"
            subjects = self._acting(verb)
        if not subjects and verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and head.tag_ == "PRP":
            # "riot police used water cannon to drive them back": the infinitive's subject is its
            # clause's
            subjects = [c for c in children(verb.head, *SUBJECTS) if c.i < head.i]
        if verb.dep_ == "relcl":  # "the junta, which accused them": the junta is the subject
            subjects = [verb.head if c.lower_ in ("which", "who", "that") else c for c in subjects]
        return [m for c in subjects if c.i in self.span_at or c.pos_ == "NOUN" for m in self.resolve_head(c)]

    def _acting(self, verb: Token) -> list[Token]:
        """The subjects of a verb; of a participle on a noun, who it says acts ("a report
        by U.N. experts accusing its army": the experts)."""
        own = children(verb, *SUBJECTS)
        if own or verb.dep_ != "acl" or verb.tag_ != "VBG":
            return own
        return subjects_of(verb, self.cues.commit_verbs, self.names_actor)[0]

    # -- a slot --------------------------------------------------------------------------------
    def _hyphen_partners(self, head: Token) -> list[Token]:
        """ "Russia-Ukraine talks", "U.S.-Iran talks": an actor joined to the head by a hyphen
        names the other party."""
        span = self.span_at.get(head.i)
        if span is None or span.start < 2 or self.doc[span.start - 1].text != "-":
            return []
        partner = self.doc[span.start - 2]
        return [partner] if partner.i in self.span_roots and partner.head.i == head.i else []

    def _comma_partners(self, head: Token) -> list[Token]:
        """ "urges Saudi, UAE to end boycott", "US, UK strike Houthi targets": in a headline a
        comma stands for "and"; the parser hangs the first state on the second as a modifier."""
        span = self.span_at.get(head.i)
        if span is None or span.start < 2 or self.doc[span.start - 1].text != ",":
            return []
        partner = self.doc[span.start - 2]
        if (
            partner.i not in self.span_roots
            or partner.head.i != head.i
            or partner.dep_ not in ("nmod", "compound")
        ):
            return []
        return [partner] if any(self.is_state(m.actor_id) for m in self.span_mentions(partner)) else []

    def resolve(self, head: Token) -> list[Mention]:
        """The actors a slot names: the head and its coordinated conjuncts, and a list the
        parser hangs on an apposition ("Saudi Arabia, the United Arab Emirates, Egypt and
        Bahrain") when that names a state too (read once a head: what each of its words
        names is, once resolved, so for the doc); a new list at each call."""
        if head.i not in self._resolved:
            self._resolved[head.i] = tuple(self._resolve_slot(head))
        return list(self._resolved[head.i])

    def _resolve_slot(self, head: Token) -> list[Mention]:
        found: list[Mention] = []
        heads = [head, *conjuncts(head)]
        if head.i in self.span_at:  # (a partner joins a name only)
            heads += self._hyphen_partners(head) + self._comma_partners(head)
        for c in children(head, "appos"):
            if c.i in self.span_roots:
                listed = [m for t in (c, *conjuncts(c)) for m in self.resolve_head(t)]
                if listed and (all(m.category == Category.STATE for m in listed) or _after_and(head, c)):
                    heads += [c, *conjuncts(c)]
        for h in heads:
            for m in self.resolve_head(h):
                if all(m.actor_id != f.actor_id or m.sector != f.sector for f in found):
                    found.append(m)
        return found


#: how many parties "the two", "the three" ... name
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _after_and(head: Token, appos: Token) -> bool:
    """ "Albanese, left, and Marape shake hands": an apposition the parser made of a second
    conjunct ("and" between the two)."""
    return any(t.dep_ == "cc" and t.lower_ == "and" for t in head.doc[head.i + 1 : appos.i])


def _party(m: Mention) -> bool:
    return m.category in (Category.STATE, Category.PERSON, Category.ORGANIZATION, Category.GROUP)


def same_side(source: Mention, target: Mention) -> bool:
    """Whether a target is only the source again (not the other side of a domestic event; an
    armed group has no sides: "Boko Haram fighters ... the attackers" are one)."""
    if source.actor_id != target.actor_id:
        return False
    if Category.ORGANIZATION in (source.category, target.category):
        return True  # an organisation has no sides either ("U.N. experts ... the U.N.")
    return Category.GROUP in (source.category, target.category) or not domestic(source.sector, target.sector)


def _official(m: Mention) -> bool:
    """A person, or a state's officials ("Chile's president"), not a state or its people."""
    return m.category is Category.PERSON or (
        m.category is Category.STATE and m.sector is not None and m.sector not in SOCIETY
    )


def two_sides(a: Mention, b: Mention) -> bool:
    """Two parties: two actors, or one state's two sides ("the government and the rebels")."""
    return a.actor_id != b.actor_id or (
        a.sector != b.sector and domestic(a.sector, b.sector) and not (a.sector is None or b.sector is None)
    )


def _paired_siblings(mod: Token, modifiers: list[Token]) -> list[Token]:
    """ "Egyptian and Sudanese air forces" when the parser hangs both adjectives on the noun
    (not one on the other): the other modifier across an "and"; "U.S., British and French
    forces": across a comma, with the conjuncts of the one after it."""
    paired = [
        m
        for m in modifiers
        if m.dep_ == mod.dep_ == "amod"
        and abs(m.i - mod.i) == 2
        and mod.doc[min(m.i, mod.i) + 1].lower_ == "and"
    ]
    listed = [
        m
        for m in modifiers
        if m.i == mod.i + 2
        and mod.doc[mod.i + 1].text == ","
        and {m.dep_, mod.dep_} <= {"amod", "nmod", "compound"}
    ]
    return paired + [t for m in listed for t in (m, *conjuncts(m))]


def _listed(m: Mention | None) -> list[Mention]:
    return [m] if m is not None else []


def _office(title: Sector | None) -> Sector | None:
    """The sector a title names when it heads a phrase of its own ("the president"), not a
    parliament's speaker: "a speaker at the rally" is anyone ("the parliament speaker" is
    the legislature's by its two words)."""
    return None if title is Sector.LEGISLATURE else title
