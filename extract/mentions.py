"""Actor mentions in a parsed sentence: which actors a token names, with the
sector it implies, through names, demonyms ("South Korean authorities"),
possessors ("Russia's foreign ministry"), officials' roles on the article's
date, and pronouns or definite descriptions ("he", "the minister", "the
country") resolved to the nearest compatible actor earlier in the article.
Also the syntax the slots of a relation rest on: subjects (inherited through
"threatened to ...", "and ..."), objects and prepositional objects."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from diplograph.extract.actors import (
    LOCAL_GROUP,
    LOCAL_PERSON,
    LOCATIVE,
    SPANS_KEY,
    doc_date,
    in_report_source,
)
from diplograph.extract.findings import Side
from diplograph.ontology.gazetteer import NameKind
from spacy.tokens import Doc, Span, Token

from diplograph.model import ActorKind, Sector

if TYPE_CHECKING:
    from diplograph.extract.relations import RelationExtractor

logger = logging.getLogger(__name__)

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")


@dataclass(slots=True)
class Mention:
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


class ActorResolver:
    """The actors of one doc, resolved token by token (cached), in text order."""

    def __init__(self, ex: RelationExtractor, doc: Doc) -> None:
        self.ex = ex
        self.cues = ex.cues
        self.doc = doc
        self.day = doc_date(doc)
        self.span_at: dict[int, Span] = {}
        self.span_roots: set[int] = set()  # the head token of each actor span
        for span in doc.spans.get(SPANS_KEY, []):
            self.span_roots.add(span.root.i)
            for i in range(span.start, span.end):
                self.span_at[i] = span
        self.history: list[Mention] = []  # every resolved mention, in text order
        self.remembered: set[int] = set()  # their tokens
        self._cache: dict[int, list[Mention]] = {}
        self._passives: dict[int, bool] = {}

    # -- actors --------------------------------------------------------------------------------
    def remember(self, m: Mention) -> None:
        """Add a mention to the article's history (kept in text order) for anaphora."""
        if m.token not in self.remembered:
            self.remembered.add(m.token)
            bisect.insort(self.history, m, key=lambda x: x.token)

    def _from_span(self, span: Span, head: Token, sector: str | None) -> Mention | None:
        label, how = span.label_, span.id_
        if how == NameKind.DEMONYM.value and span.start > 0 and self.doc[span.start - 1].lower_ == "ethnic":
            return None  # "ethnic Albanians" in Serbia are not Albania
        person_id = None
        category = "state"
        if how == LOCAL_GROUP:
            sector = sector or span.kb_id_
            if not label:  # "the Umma party": of the country the sentence places it in
                return self._context(head, sector, wide=True)
            return Mention(label, sector, None, head.i, span.start_char, span.end_char, how, "state")
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
                if how == NameKind.PLACE.value:
                    category = "place"  # "Kirkuk", "the Gaza Strip": where, never who
        return Mention(
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
        if head.pos_ == "PROPN" and lemma.endswith("s") and lemma not in self.cues.sector_of_noun:
            lemma = lemma[:-1]  # "Kurds", "Tamils": the tagger leaves proper plurals unlemmatised
        for c in head.children:
            if c.dep_ == "compound":
                two = f"{c.lemma_.lower()} {lemma}"
                if two in self.cues.sector_of_noun:
                    return self.cues.sector_of_noun[two].value
        sector = self.cues.sector_of_noun.get(lemma) or self.cues.titles.get(lemma)
        if sector in (None, Sector.GOVERNMENT, Sector.CIVILIANS, Sector.POLICE):
            # "opposition candidates", "rebel leaders", "army officers": the modifier says who
            for c in reversed(list(head.lefts)):  # nearest first: "Hutu rebel group" is rebels
                if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ", "PROPN"):
                    named = self.cues.sector_of_noun.get(c.lemma_.lower())
                    if named is not None and named is not Sector.MEDIA and named is not sector:
                        return named.value
        return sector.value if sector else None

    def resolve_one(self, head: Token) -> Mention | None:
        found = self.resolve_head(head)
        return found[0] if found else None

    def resolve_head(self, head: Token) -> list[Mention]:
        """The actors one head token names (several for "Hungarian and Romanian officials")."""
        if head.i not in self._cache:
            self._cache[head.i] = self._resolve_head(head)
        return self._cache[head.i]

    def _resolve_head(self, head: Token) -> list[Mention]:
        span = self.span_at.get(head.i)
        if span is not None:
            if span.id_ == NameKind.DEMONYM.value and head.pos_ == "ADJ":
                return []
            if span.id_ == NameKind.DEMONYM.value and (
                any(c.lower_ == "ethnic" for c in head.children)
                or (span.start > 0 and self.doc[span.start - 1].lower_ == "ethnic")
            ):
                # "ethnic Albanians" in Serbia are not Albania: people of the country they live in
                local = self._context(head, Sector.CIVILIANS.value, exclude=span.label_)
                return [local] if local else []
            if span.id_ == NameKind.DEMONYM.value and (
                head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("s")
            ):
                home = self._residence(head, span)
                if home is not None:  # "Bosnian Serbs", "the Albanians of southern Serbia"
                    return [self._context_mention(head, home, Sector.CIVILIANS.value)]
            sector = None
            if (
                span.id_ == NameKind.DEMONYM.value
                and head.tag_ in ("NNS", "NNPS")
                and not any(c.lower_ == "the" for c in head.children)
            ):
                sector = Sector.CIVILIANS.value  # "young Algerians blocked roads": people, not the state
            m = self._from_span(span, head, sector)
            return [m] if m else []
        for c in head.children:  # "Jane Doe, a Kenyan lawyer", "Sidhoum, Algeria's leading activist"
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and head.pos_ == "PROPN":
                described = self.resolve_head(c)
                if described:
                    return described
        if head.lemma_.lower() in QUANTITIES:  # "thousands of Nigerians", "a group of Moroccan diplomats"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    counted = [m for g in c.children if g.dep_ == "pobj" for m in self.resolve(g)]
                    if counted:
                        return counted
        if head.lemma_.lower() in self.cues.place_nouns:
            place = self._place(head)
            return [place] if place else []
        sector = self._sector_of(head)
        if sector == Sector.MEDIA.value:
            return []
        if (
            sector is None
            and head.lemma_.lower() in self.cues.group_heads
            and any(
                (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
                or (c.dep_ == "amod" and c.i in self.span_at)
                for c in head.children
            )
        ):
            sector = self.cues.group_heads[
                head.lemma_.lower()
            ].value  # "the Umma party", "an Israeli peace movement"
        # "South Korean authorities", "Russia's foreign ministry", "the government of Japan"
        relational = head.lemma_.lower() in self.cues.relational_nouns  # "Israel's ally" is not Israel
        deps = (
            ("compound", "amod", "nmod", "npadvmod")
            if relational
            else ("compound", "amod", "poss", "nmod", "npadvmod")
        )
        modifiers = [c for c in head.children if c.dep_ in deps]
        people = sector in SOCIETY or sector == Sector.MILITARY.value  # "rebels in Chad", "soldiers in Gabon"
        preps = ["of", "from", "for"] + (["in", "throughout", "across", "inside"] if people else [])
        modifiers += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in preps and not (relational and c.lower_ == "of")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found: list[Mention] = []
        for c in modifiers:
            for mod in (c, *c.conjuncts):
                inner = self.span_at.get(mod.i)
                if inner is None and mod.dep_ in ("compound", "poss", "conj"):
                    inner = next((self.span_at[t.i] for t in mod.subtree if t.i in self.span_at), None)
                led = inner is None and mod.lower_ == "led"
                if led:  # "Saudi-led forces", "a US-led coalition", "the US-led war"
                    inner = next((self.span_at[t.i] for t in mod.children if t.i in self.span_at), None)
                if inner is None:
                    if mod.dep_ == "pobj" and sector is not None:
                        # "leaders of the opposition coalition", "members of the Kenyan parliament"
                        for m in self.resolve_head(mod):
                            if m.sector not in SOCIETY:
                                m = replace(m, sector=sector)
                            if all(m.actor_id != f.actor_id for f in found):
                                found.append(m)
                    continue
                members = relational and (  # "its EU partners", "its Japanese allies"
                    inner.id_ == NameKind.DEMONYM.value
                    or (
                        self.ex.gazetteer.resolve_id(inner.label_) == inner.label_
                        and self.ex.gazetteer.actor(inner.label_).kind is ActorKind.IGO
                    )
                )
                if sector is None and not led and not members and not self._is_description(head):
                    # "South Korean weapons": an actor's thing, not an actor (but "its EU
                    # partners", "NATO allies" are the organisation's members)
                    return []
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
        if m is None and sector in SOCIETY and head.pos_ in ("NOUN", "PROPN"):
            m = self._context(head, sector)
        return [m] if m else []

    def _context(
        self, head: Token, sector: str, *, exclude: str | None = None, wide: bool = False
    ) -> Mention | None:
        """Whose people an unnamed societal actor are ("rebels", "the opposition",
        "demonstrators", "the police"): the same kind of actor named earlier in the
        article, else the country where the sentence places them ("... in Lagos"),
        else the one country the sentence names in passing ("Chilean officials"); parties,
        parliaments and courts (``wide``) also of the one country they act on."""
        wide = wide or sector in (Sector.LEGISLATURE.value, Sector.JUDICIARY.value)
        for m in reversed(self.history):
            if (
                m.token < head.i
                and m.sector == sector
                and m.category == "state"
                and m.via != "context"
                and m.actor_id != exclude
            ):
                return self._context_mention(head, m.actor_id, sector)
        sent = head.sent
        located: list[str] = []
        countries: list[str] = []
        parties: list[str] = []
        for span in self.doc.spans.get(SPANS_KEY, []):
            if span.start < sent.start or span.end > sent.end or head.i in range(span.start, span.end):
                continue
            country = self.ex.gazetteer.country_on(span.label_, self.day)
            if country is None or country == exclude:
                continue
            root = span.root
            if root.head.lemma_.lower() in self.cues.border_nouns:
                continue  # "on the Thai border" does not say whose people they are
            if in_report_source(root, self.cues.reporting_verbs) and not head.is_ancestor(root):
                parties.append(country)  # "..., relief officials in Nairobi said": only for parties
            elif root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
                located.append(country)
            elif root.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
                countries.append(country)  # a modifier ("Chilean officials"), not another party
            else:
                parties.append(country)
        for pool in (located, located + countries, located + countries + parties if wide else []):
            if len(set(pool)) == 1:
                return self._context_mention(head, pool[0], sector)
        return None

    def _residence(self, head: Token, span: Span) -> str | None:
        """The country a people named by a demonym live in, when the text says so: a second
        demonym ("Bosnian Serbs", "Iraqi Kurds") or "of/in <country>" ("the Albanians of
        Serbia")."""
        places = [c for c in head.children if c.dep_ in ("amod", "compound")]
        places += [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children
        ]
        for c in places:
            inner = self.span_at.get(c.i)
            if inner is None or inner is span:
                continue
            country = self.ex.gazetteer.country_on(inner.label_, self.day)
            if country is not None and country != self.ex.gazetteer.country_on(span.label_, self.day):
                return country
        return None

    def _context_mention(self, head: Token, country: str, sector: str) -> Mention:
        return Mention(country, sector, None, head.i, head.idx, head.idx + len(head), "context", "state")

    def _place(self, head: Token) -> Mention | None:
        """ "the Iraqi city of Basra", "a Syrian village", "the town of Samarra": a place in
        a country, for where something happened (never who did it)."""
        named = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        named += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for c in named:
            span = self.span_at.get(c.i)
            if span is None:
                continue
            country = self.ex.gazetteer.country_on(span.label_, self.day)
            if country is not None:
                end = head.idx + len(head)
                return Mention(country, None, None, head.i, head.idx, end, "location", "place")
        return None

    def owner(self, head: Token) -> list[Mention]:
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
        for c in head.children:  # "rebel positions", "a guerrilla stronghold": the group's
            sector = (
                self.cues.sector_of_noun.get(c.lemma_.lower()) if c.dep_ in ("compound", "amod") else None
            )
            if sector is not None and sector.value in SOCIETY:
                local = self._context(c, sector.value)
                if local is not None:
                    return [local]
        return []

    def _span_mentions(self, tok: Token) -> list[Mention]:
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

    def _anaphora(self, head: Token, sector: str | None) -> Mention | None:
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
        candidates = list(reversed(self.history))
        clause = head.head
        if (
            head.dep_ in SUBJECTS
            and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.cues.reporting_verbs
        ):
            # "the party said it would ...": the speaker first
            speakers = [m for c in clause.head.children if c.dep_ in SUBJECTS for m in self.resolve_head(c)]
            candidates = speakers + candidates
        for m in candidates:
            if m.token < head.i and m.category in wanted:
                return Mention(
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

    def resolve(self, head: Token) -> list[Mention]:
        """The actors a slot names: the head and its coordinated conjuncts, and a list the
        parser hangs on an apposition ("Saudi Arabia, the United Arab Emirates, Egypt and
        Bahrain") when that names a state too."""
        found: list[Mention] = []
        heads = [head, *head.conjuncts]
        for c in head.children:
            if c.dep_ == "appos" and c.i in self.span_roots:
                listed = [m for t in (c, *c.conjuncts) for m in self.resolve_head(t)]
                if listed and all(m.category == "state" for m in listed):
                    heads += [c, *c.conjuncts]
        for h in heads:
            for m in self.resolve_head(h):
                if all(m.actor_id != f.actor_id or m.sector != f.sector for f in found):
                    found.append(m)
        return found

    # -- slots ---------------------------------------------------------------------------------
    def _passive(self, verb: Token) -> bool:
        if verb.i not in self._passives:
            self._passives[verb.i] = any(
                c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children
            )
        return self._passives[verb.i]

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject heads of a verb, and whether they were inherited."""
        if self._passive(verb):
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            return agents, False
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            return subj, False
        if (
            depth < 4
            and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp")
            and verb.head.i != verb.i
        ):
            if (
                verb.dep_ == "advcl"
                and verb.tag_ not in ("VBG", "VBN")
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            ):
                return [], False  # "opened fire to disperse ...": a purpose clause keeps the subject
            if verb.dep_ == "conj" and self._passive(verb.head):
                # "X was indicted by Y and will resign": X resigns
                return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS], True
            head = governing_verb(verb)
            if head is None:
                return [], False
            if verb.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() not in self.cues.commit_verbs:
                # object control: "warned Tehran against targeting ...", "urged Seoul to refrain"
                controllers = [o for o in self.objects(head) if self.resolve(o)]
                if controllers:
                    return controllers, True
            heads, _ = self.subjects(head, depth + 1)
            return heads, True
        if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
            head = verb.head
            owners = [c for c in head.children if c.dep_ == "poss"]
            if (
                verb.dep_ == "acl"
                and owners
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            ):
                return owners, True  # "Sweden's decision to send them back": Sweden sends
            if (
                verb.dep_ == "acl"
                and verb.tag_ == "VBG"
                and head.dep_ == "dobj"
                and head.head.pos_ == "VERB"
                and not self.resolve(head)
            ):
                # "issued a statement condemning ...": the issuer speaks
                return self.subjects(head.head, depth + 1)[0], True
            return [head], True
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


QUANTITIES = {
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
SOCIETY = {
    "rebels",
    "opposition",
    "civilians",
    "police",
    "judiciary",
    "legislature",
    "business",
    "religious",
}


def domestic(source: str | None, target: str | None) -> bool:
    """Whether two mentions of one state are two sides of a domestic event
    (government and rebels, police and protesters, a court and the government, the
    army and the president it detains)."""
    if source == target:
        return False
    return source in SOCIETY or target in SOCIETY or (source is not None and target is not None)


def governing_verb(verb: Token) -> Token | None:
    """The verb a clause hangs on, through a preposition and its noun if need be
    ("strengthening contacts under the slogan of maintaining ..." -> strengthening)."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None
