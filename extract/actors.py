"""The actor recogniser: a spaCy component that marks every mention of a
gazetteer actor (state names and aliases, capitals and seats of government,
demonyms, organisations, armed groups, officials) in ``doc.spans["dg_actors"]``.

Each span's ``label_`` is the actor id of the gazetteer; ``id_`` says how the
text names it (:class:`~diplograph.ontology.gazetteer.NameKind`); ``kb_id_`` holds the
sector it implies ("military" for "the Pentagon"), or is empty. A person's span
keeps the person's id: the relation extractor resolves it through the person's
role on the article's date. News media get no span: they are never actors.

Officials missing from the gazetteer are recognised from their title and
country ("Russian Deputy Foreign Minister Ivan Petrov", "Petrov, Russia's
envoy") and later mentions of their surname resolve to the same country.
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from diplograph.extract.cues import load_cues, shared_name_meaning
from diplograph.extract.dateline import find_dateline
from diplograph.extract.syntax import LOCATIVE
from diplograph.extract.where import dateline_place
from diplograph.ontology.gazetteer import Gazetteer, NameKind, load_gazetteer
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplograph.model import ActorKind, Sector

logger = logging.getLogger(__name__)

SPANS_KEY = "dg_actors"
DATE_KEY = "dg_date"
#: where the doc's opening dateline lies, (start, end) characters or None: found once a doc
DATELINE_KEY = "dg_dateline"
LOCAL_PERSON = "local-person"  # id_ of a span for an official known only from the text
#: offices whose holder a sentence's one country places when the title names none ("President
#: Kabore"); a parliament's speaker is placed only by a country in the title ("U.S. House Speaker")
_PLACED_BY_SENTENCE = frozenset(Sector) - {Sector.LEGISLATURE}
LOCAL_GROUP = "local-group"  # id_ of a span for a party, union or movement known only from the text

#: one reading of a matched name: (priority, actor id, kind of name, sector)
Reading = tuple[int, str, NameKind, str]
#: the readings of every name matched in a doc, by (start, end) token
Candidates = Mapping[tuple[int, int], Sequence[Reading]]

#: kinds of a name that stand for a state or a place of it (not a person)
_PLACE_KINDS = frozenset({NameKind.NAME, NameKind.ALIAS, NameKind.METONYM, NameKind.PLACE})

_PRIORITY = {
    NameKind.NAME: 0,
    NameKind.ALIAS: 0,
    NameKind.PERSON: 1,
    NameKind.INSTITUTION: 2,
    NameKind.METONYM: 3,
    NameKind.DEMONYM: 4,
    NameKind.PLACE: 4,
    NameKind.SURNAME: 5,
}


def doc_date(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(DATE_KEY)
    return dt.date.fromisoformat(value) if value else None


def set_doc_date(doc: Doc, day: dt.date | None) -> Doc:
    doc.user_data[DATE_KEY] = day.isoformat() if day else None
    return doc


def doc_dateline(doc: Doc, text: str | None = None) -> tuple[int, int] | None:
    """Where the dateline the doc opens with lies (start and end characters), if any:
    found once a doc (``doc.text`` is made again from the tokens at each read: ``text``,
    the doc's text when the caller has it, spares that)."""
    if DATELINE_KEY not in doc.user_data:
        found = find_dateline(doc.text if text is None else text)
        doc.user_data[DATELINE_KEY] = (found.start, found.end) if found else None
    place = doc.user_data[DATELINE_KEY]
    return (place[0], place[1]) if place else None


def dateline_end(doc: Doc) -> Token | None:
    """The first token after the dateline the doc opens with, if any."""
    place = doc_dateline(doc)
    if place is None:
        return None
    return next((t for t in doc if t.idx >= place[1] and not t.is_space), None)


def dateline_tokens(doc: Doc) -> set[int]:
    """The tokens of the dateline that opens the doc ("BAMAKO, Mali —"): where the story
    was filed from, a place (the setting of what follows), never an actor of it."""
    place = doc_dateline(doc)
    if place is None:
        return set()
    start, end = place
    return {t.i for t in doc if start <= t.idx < end}


@contextmanager
def _uncached(tokenizer: Any) -> Iterator[None]:
    """Tokenize the gazetteer's names without keeping them in the tokenizer's cache: the cache
    holds a bounded number of chunks (spaCy's ``max_cache_size``), and thousands of names
    filled it before the first article, so no article word was ever cached (the tokenizer
    ran 6x slower on the speed benchmark's articles)."""
    size = tokenizer.max_cache_size
    tokenizer.max_cache_size = 0
    try:
        yield
    finally:
        tokenizer.max_cache_size = size


#: a candidate name's kinds of reading, as the recogniser asks for them
_PLACE_ONLY = frozenset({NameKind.PLACE})
_PEOPLE = frozenset({NameKind.PERSON, NameKind.SURNAME})
_SURNAME_ONLY = frozenset({NameKind.SURNAME})
_INSTITUTION_ONLY = frozenset({NameKind.INSTITUTION})


class ActorRecognizer:
    """Match gazetteer names; keep the longest, best-ranked match at each place."""

    def __init__(
        self,
        nlp: Language,
        name: str = "diplograph_actors",
        *,
        gazetteer: Gazetteer | None = None,
        cues_path: Path | None = None,
    ) -> None:
        self.name = name
        self.gazetteer = gazetteer or load_gazetteer()
        self.cues = load_cues(cues_path)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.media = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, list[str]] = defaultdict(list)
        for n in self.gazetteer.names():
            key = f"{n.actor_id}\t{n.kind.value}\t{n.sector.value if n.sector else ''}"
            for text in _variants(n.text):
                by_key[key].append(text)
        tokenizer: Any = nlp.tokenizer
        with _uncached(tokenizer):
            for key, texts in by_key.items():
                self.matcher.add(key, list(tokenizer.pipe(sorted(set(texts)))))
            self.media.add("MEDIA", list(tokenizer.pipe(sorted(self.cues.media_names))))
            self.media.add("NONACTOR", list(tokenizer.pipe(sorted(self.cues.nonactor_names))))
        self._shared_openings: dict[str, bool] = {}  # (see _may_open_a_shared_name)
        # what each match key says, read once: (priority, actor id, kind of name, sector)
        self._options = {nlp.vocab.strings.add(key): _option(key) for key in by_key}
        self._person_words = {
            text
            for n in self.gazetteer.names()
            if n.kind in (NameKind.PERSON, NameKind.SURNAME) and " " not in n.text
            for text in _variants(n.text)
        }
        logger.debug("actor recogniser: %d match keys", len(by_key))

    def __call__(self, doc: Doc) -> Doc:
        day = doc_date(doc)
        media_matches = [(s, e) for _, s, e in self.media(doc)]
        media_tokens = {i for s, e in media_matches for i in range(s, e)}
        dateline = dateline_tokens(doc)
        candidates: dict[tuple[int, int], list[Reading]] = defaultdict(list)
        readings = self._options
        for match_id, start, end in self.matcher(doc):
            candidates[(start, end)].append(readings[match_id])
        spans: list[Span] = []
        seen_people: set[str] = set()
        ents = doc.ents  # made anew at each read: read once
        people = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        undecided: list[tuple[int, int, set[str]]] = []  # names two states share ("Congo")
        for (start, end), options in sorted(candidates.items()):
            if any(s <= start and end <= e for s, e in media_matches):
                continue  # "Washington" in "Washington Post" (but "West Africa" in ISWAP's name is its own)
            kinds = {o[2] for o in options}  # (the kinds of name it may be, read once)
            if kinds == _PLACE_ONLY and any(i in people for i in range(start, end)):
                continue  # "King Hassan": a person's name, not the town
            if kinds <= _PEOPLE and self._facility(doc, end):
                continue  # "King Khalid International Airport": a place named after him
            if kinds == _SURNAME_ONLY and self._part_of_another_name(doc, start, end):
                continue  # "Ahmed" in "Ahmed Ben Bella" is not Abiy Ahmed
            if kinds == _INSTITUTION_ONLY and (
                self._ends_a_longer_name(doc, start, candidates)
                or _owned_by_another(doc, start, options, candidates)
            ):
                continue  # "the African National Congress", "Peru's Congress": not the US Congress
            if self._national_body(doc, start, end, options, candidates):
                continue  # "Russian Security Council Secretary Nikolai Patrushev": not the UN's
            if self._shared_institution(doc, start, end, options, candidates, day):
                continue  # "his supporters stormed Congress" in Brasilia: not the US Congress
            options = self._place_named_for_its_state(options, candidates, (start, end), day)
            chosen = self._choose(sorted(options), seen_people, day)
            if chosen is None and self._states_only(options):
                undecided.append((start, end, {o[1] for o in options}))
                continue
            if chosen is None:
                country = self._shared_country(options, day)
                if country is not None:  # "the Bush administration": which Bush, not which state
                    spans.append(
                        Span(doc, start, end, label=country, kb_id="government", span_id=LOCAL_PERSON)
                    )
                continue
            _, actor_id, name_kind, sector = chosen
            if name_kind in (NameKind.PERSON, NameKind.SURNAME):
                seen_people.add(actor_id)
                name_kind = NameKind.PERSON
            if start in dateline:  # "BAMAKO, Mali —": where the story was filed, not who acts
                name_kind, sector = NameKind.PLACE, ""
            spans.append(Span(doc, start, end, label=actor_id, kb_id=sector, span_id=name_kind.value))
        spans += self._decided_by_the_text(doc, undecided, spans, day)
        spans = filter_spans(spans)
        spans = self._local_officials(doc, ents, spans, media_tokens)
        spans = self._local_groups(doc, ents, spans, media_tokens)
        doc.spans[SPANS_KEY] = sorted(spans, key=lambda s: s.start)
        return doc

    def _place_named_for_its_state(
        self, options: list[Reading], candidates: Candidates, at: tuple[int, int], day: dt.date | None
    ) -> list[Reading]:
        """ "Lebanese troops pounded militants in a camp near Tripoli": a place name two states
        have (Libya's capital, a Lebanese port) is the one whose state the article names
        otherwise, when it names only one of them; else the readings stay as they are."""
        if not all(o[2] in _PLACE_KINDS for o in options):
            return options
        states = {o[1]: self.gazetteer.country_on(o[1], day) for o in options}
        if len(set(states.values())) < 2:
            return options
        named = {
            self.gazetteer.country_on(o[1], day)
            for span, opts in candidates.items()
            if span != at
            for o in opts
        }
        kept = [o for o in options if states[o[1]] in named]
        return kept if kept and len({states[o[1]] for o in kept}) == 1 else options

    def _states_only(self, options: list[Reading]) -> bool:
        """Whether a name's readings are all names of states (a name two states share)."""
        return all(o[2] in (NameKind.NAME, NameKind.ALIAS) and self.gazetteer.is_state(o[1]) for o in options)

    def _decided_by_the_text(
        self, doc: Doc, undecided: list[tuple[int, int, set[str]]], spans: list[Span], day: dt.date | None
    ) -> list[Span]:
        """ "Congo ordered Rwanda's ambassador out, accusing Kigali of backing the M23": a
        name two states share is the one of them the article names otherwise ("Kinshasa",
        "Congolese", a group or a leader of that state); naming neither, the one the name
        means in news (cues ``shared_names``); naming both, it stays unread."""
        if not undecided:
            return []  # most pieces: no name two states share
        named = {self.gazetteer.country_on(s.label_, day) for s in spans}
        found = []
        for start, end, states in undecided:
            which = states & named
            usual = shared_name_meaning(self.cues, doc[start:end].text, day)
            if not which and usual in states:
                which = {usual}
            if len(which) == 1:
                found.append(Span(doc, start, end, label=which.pop(), kb_id="", span_id=NameKind.ALIAS.value))
        return found

    @staticmethod
    def _ends_a_longer_name(doc: Doc, start: int, candidates: Mapping[tuple[int, int], object]) -> bool:
        """An institution's name that a capitalised word no name ends at comes right before
        ends a longer name ("the African National Congress", "the Pan-Africanist Congress";
        not "the U.S. Congress")."""
        if start == 0 or any(e == start for _, e in candidates):
            return False
        before = doc[start - 1]
        return before.is_title and before.pos_ in ("PROPN", "ADJ") and not before.is_sent_start

    def _may_open_a_shared_name(self, word: str) -> bool:
        """Whether some name of an institution several states share starts with ``word``
        (the first word of a candidate name; asked once a word)."""
        if word not in self._shared_openings:
            names = self.cues.shared_institutions
            self._shared_openings[word] = any(name.startswith(word) for name in names)
        return self._shared_openings[word]

    def _shared_institution(
        self,
        doc: Doc,
        start: int,
        end: int,
        options: Sequence[Reading],
        candidates: Candidates,
        day: dt.date | None,
    ) -> bool:
        """An institution's name several states share ("Congress"), in an article that names
        one of the others and never its gazetteer state: that other state's (left to the
        sector noun, which the setting resolves; "Congress passed sanctions on Iran" stays
        the US Congress)."""
        if not self._may_open_a_shared_name(doc[start].text):
            return False  # most names: the span's text is not read
        others = self.cues.shared_institutions.get(doc[start:end].text)
        if not others:
            return False
        own = {o[1] for o in options}
        named = {o[1] for (s, _), opts in candidates.items() if s != start for o in opts}
        named |= {c for a in named if (c := self.gazetteer.country_on(a, day)) is not None}  # "Joe Biden"
        return bool(named & others) and not own & named

    def _national_body(
        self,
        doc: Doc,
        start: int,
        end: int,
        options: Sequence[Reading],
        candidates: Candidates,
    ) -> bool:
        """An international body's name made of plain words ("Security Council") right after a state's
        demonym or possessive ("Russian Security Council Secretary Nikolai Patrushev", "Iran's
        Security Council"): that state's own body of the name, not the international one (an
        acronym is the organisation itself: "Turkish NATO troops")."""
        if start == 0 or not all(
            o[2] in (NameKind.NAME, NameKind.ALIAS) and self.gazetteer.actor(o[1]).kind is ActorKind.IGO
            for o in options
        ):
            return False
        if not all(t.is_title and t.is_alpha for t in doc[start:end]):
            return False
        before, possessive = _readings_before(doc, start, candidates)
        wanted = (NameKind.NAME, NameKind.ALIAS) if possessive else (NameKind.DEMONYM,)
        return bool(before) and all(o[2] in wanted and self.gazetteer.is_state(o[1]) for o in before)

    def _facility(self, doc: Doc, end: int) -> bool:
        """Whether a person's name is followed by a word that makes it a place's ("King Fahd
        Causeway", "Jomo Kenyatta International Airport")."""
        return end < len(doc) and doc[end].text in self.cues.facility_words

    def _part_of_another_name(self, doc: Doc, start: int, end: int) -> bool:
        """A surname with another capitalised name right before or after it belongs to
        a longer name (the gazetteer's full names are matched as such, and win)."""

        def name_word(i: int) -> bool:
            if not 0 <= i < len(doc):
                return False
            t = doc[i]
            return t.pos_ == "PROPN" and t.is_title and t.lower_ not in self.cues.titles

        return name_word(start - 1) or name_word(end)

    def _choose(self, options: list[Reading], seen: set[str], day: dt.date | None) -> Reading | None:
        """The best-ranked reading of a place; None when it stays ambiguous."""
        top = [o for o in options if o[0] == options[0][0]]
        if len({o[1] for o in top}) == 1 and top[0][2] is not NameKind.SURNAME:
            return top[0]
        people = [o for o in top if o[2] in (NameKind.SURNAME, NameKind.PERSON)]
        if not people:
            return None  # the same words name several actors: leave them
        for pool in (
            [o for o in people if o[1] in seen],
            [o for o in people if self.gazetteer.role_on(o[1], day) is not None],
        ):
            if len({o[1] for o in pool}) == 1:
                return pool[0]
        return None

    def _shared_country(self, options: list[Reading], day: dt.date | None) -> str | None:
        """The one state whose office every person a name may be held (on the day, if
        known): an ambiguous surname still says which government speaks."""
        people = {o[1] for o in options if o[2] in (NameKind.PERSON, NameKind.SURNAME)}
        if len(people) < 2 or len(people) != len(options):
            return None
        countries = set()
        for person in people:
            roles = [r for r in self.gazetteer.entry(person).roles if day is None or r.active_on(day)]
            for r in roles:
                countries.add(self.gazetteer.actor(r.of).country)
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def _local_officials(
        self, doc: Doc, ents: Sequence[Span], spans: list[Span], media: set[int]
    ) -> list[Span]:
        """Officials absent from the gazetteer, placed by a title and a country (``ents``:
        the doc's entities; ``spans``: the recognised ones, apart and in text order)."""
        if all(ent.label_ != "PERSON" for ent in ents):
            return spans  # most pieces: no one named
        taken = {i for s in spans for i in range(s.start, s.end)}
        by_token = {i: s for s in spans for i in range(s.start, s.end)}
        surnames: dict[str, tuple[str, str]] = {}
        added: list[Span] = []
        for ent in ents:
            if ent.label_ != "PERSON" or any(i in taken or i in media for i in range(ent.start, ent.end)):
                continue
            found: tuple[str, str] | None = None
            root = ent.root
            context = [t for t in root.children if t.dep_ in ("compound", "amod", "nmod", "poss", "appos")]
            # "King Hassan of Morocco", "President Kabila of Congo"
            context += [g for t in root.children if t.dep_ == "prep" and t.lower_ == "of" for g in t.children]
            title = next(
                (
                    self.cues.titles.get(t.lower_) or self.cues.titles[t.lemma_.lower()]
                    for c in context
                    for t in c.subtree
                    if t.lower_ in self.cues.titles or t.lemma_.lower() in self.cues.titles
                ),
                None,
            )
            titled = title is not None
            if titled:
                for c in context:
                    for t in c.subtree:
                        span = by_token.get(t.i)
                        if span is not None and not span.label_.startswith("person/"):
                            found = (span.label_, self._side_of_title(context))
                            break
                    if found:
                        break
            last = ent[-1].text
            if found is None and last in surnames:
                found = surnames[last]
            if (
                found is None
                and title is not None
                and title in _PLACED_BY_SENTENCE
                and not self._known_name(ent)
            ):
                # "President Kabore threatened a curfew in Ouagadougou": an office of the one
                # country the sentence names (naming none: of the story's dateline, "NIAMEY —
                # ... the presidential guard detained President Mohamed Bazoum")
                country = (
                    self._sentence_country(doc, ent.sent, spans)
                    or self._protagonist(ent, spans)
                    or self._dateline_country(doc, ent.sent, spans)
                )
                if country is not None:
                    found = (country, title.value)
            if found is None:
                continue
            surnames[last] = found
            added.append(Span(doc, ent.start, ent.end, label=found[0], kb_id=found[1], span_id=LOCAL_PERSON))
        return filter_spans(spans + added) if added else spans

    def _side_of_title(self, context: list[Token]) -> str:
        """ "Zambian opposition leader Mwila Banda": a title qualified by a word of the
        opposition names an opposition figure, any other an official."""
        words = (self.cues.sector_of_noun.get(t.lemma_.lower()) for c in context for t in c.subtree)
        return Sector.OPPOSITION.value if Sector.OPPOSITION in words else Sector.GOVERNMENT.value

    def _local_groups(self, doc: Doc, ents: Sequence[Span], spans: list[Span], media: set[int]) -> list[Span]:
        """Parties, unions and movements absent from the gazetteer ("the Serbian Workers'
        Union", "the Umma party"): domestic actors with the sector their head noun implies,
        of the country a name or demonym inside them gives (else left to the sentence)."""
        by_token: dict[int, Span] | None = None  # (made once a group's head is met: few pieces have one)
        out = list(spans)
        for ent in ents:
            if ent.label_ not in ("ORG", "NORP") or any(i in media for i in range(ent.start, ent.end)):
                continue
            sector = self.cues.group_heads.get(ent.root.lemma_.lower())
            if sector is None:
                continue
            if by_token is None:
                by_token = {i: s for s in spans for i in range(s.start, s.end)}
            inside = {id(by_token[i]): by_token[i] for i in range(ent.start, ent.end) if i in by_token}
            if any(
                sp.id_ not in (NameKind.NAME.value, NameKind.ALIAS.value, NameKind.DEMONYM.value)
                or self.gazetteer.actor(sp.label_).kind is not ActorKind.STATE
                for sp in inside.values()
            ):
                continue  # a known organisation or person is part of it
            countries = {sp.label_ for sp in inside.values()} or self._owner_before(doc, ent.start, by_token)
            if len(countries) > 1:
                continue
            out = [sp for sp in out if id(sp) not in inside]
            label = countries.pop() if countries else ""
            out.append(Span(doc, ent.start, ent.end, label=label, kb_id=sector.value, span_id=LOCAL_GROUP))
        return sorted(out, key=lambda sp: sp.start)

    def _owner_before(self, doc: Doc, start: int, by_token: Mapping[int, Span]) -> set[str]:
        """The state a possessive right before a group's name names ("Venezuela's National
        Assembly"), if any."""
        if start < 2 or doc[start - 1].tag_ != "POS" or (start - 2) not in by_token:
            return set()
        owner = by_token[start - 2]
        if owner.id_ not in (NameKind.NAME.value, NameKind.ALIAS.value, NameKind.METONYM.value):
            return set()
        return {owner.label_} if self.gazetteer.actor(owner.label_).kind is ActorKind.STATE else set()

    def _known_name(self, ent: Span) -> bool:
        """Whether a name is only a gazetteer person's surname (an ambiguous "Bush"),
        not someone else's full name ("Ruben Castillo")."""
        return len(ent) == 1 and ent[0].text in self._person_words

    def _dateline_country(self, doc: Doc, sent: Span, spans: list[Span]) -> str | None:
        """The state of the dateline the story opens with, when ``sent`` names no state."""
        day = doc_date(doc)
        if any(
            sent.start <= sp.start < sent.end and self.gazetteer.country_on(sp.label_, day) is not None
            for sp in spans
        ):
            return None
        place = dateline_place(doc.text, self.gazetteer)
        return place.country if place is not None and place.country else None

    def _protagonist(self, ent: Span, spans: list[Span]) -> str | None:
        """ "Albania severed ties with Iran, Prime Minister Edi Rama said", "Burundi closed its
        border, days after President X accused Kigali": an office-holder the text does not
        place, who speaks or acts in a clause below the sentence's main one, is of the state
        that clause's subject names."""
        root = ent.sent.root
        if ent.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if ent.root.head.i == root.i:
            if root.lemma_.lower() not in self.cues.reporting_verbs:
                return None  # (the main clause's own subject: no other state to be of)
            # (the parser may make the saying the root: "Latvia expelled ..., the premier said")
            told = next((c for c in root.children if c.dep_ == "ccomp" and c.i < ent.root.i), None)
            if told is None:
                return None
            root = told
        day = doc_date(ent.doc)
        named = (NameKind.NAME.value, NameKind.ALIAS.value, NameKind.METONYM.value)
        for subject in (c for c in root.children if c.dep_ == "nsubj"):
            span = next((s for s in spans if s.start <= subject.i < s.end), None)
            if span is not None and span.id_ in named and span.root.i == subject.i:
                return self.gazetteer.country_on(span.label_, day)
        return None

    def _sentence_country(self, doc: Doc, sent: Span, spans: list[Span]) -> str | None:
        """The one country the actors named in a sentence belong to, if the sentence is set there."""
        day = doc_date(doc)
        countries = set()
        located = False
        for span in spans:
            if span.start < sent.start or span.end > sent.end:
                continue
            root = span.root
            if (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or in_report_source(
                root, self.cues.reporting_verbs, depth=6, according=True
            ):
                located = True  # set there, or told by that country's sources
            country = self.gazetteer.country_on(span.label_, day)
            if country is not None:
                countries.add(country)
        # only where the sentence is set in that one country: "President Kabore imposed a
        # curfew in Ouagadougou", not "President X welcomed South Africa's leader"
        return countries.pop() if len(countries) == 1 and located else None


def in_report_source(
    tok: Token, reporting_verbs: frozenset[str], *, depth: int = 4, according: bool = False
) -> bool:
    """Whether a token is in the source of a report: the subject of a reporting verb
    ("Kenyan police said"), or, with ``according``, an "according to" phrase."""
    t = tok
    for _ in range(depth):
        if (according and t.lower_ == "according") or (
            t.dep_ in ("nsubj", "csubj") and t.head.lemma_.lower() in reporting_verbs
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _option(key: str) -> Reading:
    """A match key ("actor id, kind of name, sector" by tabs) as a reading of a place."""
    actor_id, kind, sector = key.split("\t")
    name_kind = NameKind(kind)
    return (_PRIORITY[name_kind], actor_id, name_kind, sector)


#: letters that do not decompose into a base letter and a mark ("Støre", "Łukasz")
_PLAIN_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def _plain(text: str) -> str:
    """A name as wire copy often writes it, without diacritics ("Traoré" -> "Traore")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants(text: str) -> list[str]:
    """Surface forms of a name: as written, without diacritics, and without a leading "the"."""
    forms = [text]
    if _plain(text) != text:
        forms.append(_plain(text))
    forms += [f[4:] for f in forms if f.lower().startswith("the ")]
    return forms


@Language.factory("diplograph_actors", default_config={"cues_path": None})
def make_actor_recognizer(nlp: Language, name: str, cues_path: str | None) -> ActorRecognizer:
    return ActorRecognizer(nlp, name, cues_path=Path(cues_path) if cues_path else None)


class LineBreaker:
    """Start a new sentence after every line break, before the parser runs:
    headlines, datelines and list items are not run into the next line."""

    def __init__(self, name: str = "diplograph_lines") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        breaks = {i + 1 for i in line_breaks(doc)}  # most short pieces have no line break at all
        for i in breaks:
            doc[i].is_sent_start = True
        after = dateline_end(doc)
        if after is not None:  # "DAKAR, Senegal — The envoy was summoned": the story starts after it
            after.is_sent_start = True
            for t in doc[after.i + 1 : after.i + 3]:
                # "BISHKEK (Reuters) - Kyrgyz and Tajik troops battled": after a hyphen the parser
                # may cut the first word off as a sentence of its own
                if not t.is_space and t.i not in breaks:
                    t.is_sent_start = False
        return doc


def line_breaks(doc: Doc) -> list[int]:
    """The whitespace tokens holding a line break, but the last token (a token's own
    trailing whitespace is one space at most: breaks are whitespace tokens)."""
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist()
    return [i for i in spaces if "\n" in doc[i].text]


@Language.factory("diplograph_lines")
def make_line_breaker(nlp: Language, name: str) -> LineBreaker:
    return LineBreaker(name)


def _owned_by_another(doc: Doc, start: int, options: Iterable[Reading], candidates: Candidates) -> bool:
    """An institution's name owned by another actor named before it ("Peru's Congress",
    "Colombia's Congress"): that owner's, not the state the bare name stands for (but
    "Iran's Revolutionary Guards" are Iran's own)."""
    owners, possessive = _readings_before(doc, start, candidates)
    own = {o[1] for o in options}
    return possessive and bool(owners) and not own & {o[1] for o in owners}


def _readings_before(doc: Doc, start: int, candidates: Candidates) -> tuple[list[Reading], bool]:
    """The readings of the name right before token ``start``, through a possessive "'s" if
    there is one ("Peru's Congress", "Russian Security Council"), and whether there was."""
    possessive = start >= 2 and doc[start - 1].tag_ == "POS"
    end = start - 1 if possessive else start
    return [o for (_, e), opts in candidates.items() if e == end for o in opts], possessive
