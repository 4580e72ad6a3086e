"""Hand-built reports of happenings for the merging tests and ``bench/merging.py``: articles
that report the same happening in their own words and on their own dates, written through
the real RDF mapping (no spaCy model needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplograph.graph.rdf import Run

from diplograph.model import (
    Actor,
    ActorKind,
    ActorMention,
    Article,
    ArticleResult,
    DateBasis,
    Event,
    EventDate,
    EventMention,
    EventPlace,
    Plover,
    Relation,
)

RUN = Run("test-extractor", "1")
NAMES = {
    "MLI": "Mali",
    "FRA": "France",
    "RUS": "Russia",
    "UKR": "Ukraine",
    "USA": "United States",
    "CHN": "China",
    "DEU": "Germany",
    "IRN": "Iran",
    "ISR": "Israel",
    "TUR": "Turkey",
    "EGY": "Egypt",
    "SDN": "Sudan",
}
CAMEO = {
    Plover.REJECT: ("120", -4.0),
    Plover.THREATEN: ("138", -7.0),
    Plover.CONSULT: ("040", 1.0),
    Plover.SANCTION: ("163", -8.0),
    Plover.AID: ("070", 7.4),
    Plover.ACCUSE: ("112", -2.0),
    Plover.AGREE: ("057", 8.0),
    Plover.ASSAULT: ("190", -10.0),
}
#: the verbs of each category, so that articles tell one happening in different words
WORDS = {
    Plover.REJECT: ("expelled", "ordered out", "threw out"),
    Plover.THREATEN: ("threatened", "warned", "menaced"),
    Plover.CONSULT: ("held talks with", "met", "consulted"),
    Plover.SANCTION: ("sanctioned", "imposed penalties on", "blacklisted"),
    Plover.AID: ("sent aid to", "shipped supplies to", "helped"),
    Plover.ACCUSE: ("accused", "blamed", "charged"),
    Plover.AGREE: ("signed a deal with", "agreed with", "struck an accord with"),
    Plover.ASSAULT: ("struck", "shelled", "attacked"),
}


@dataclass(frozen=True, slots=True)
class ReportSpec:
    """One article's report of a happening: who did what to whom, on which day it says
    the happening was, where (a stated place of the source's state), and who published it."""

    article: str
    source: str
    plover: Plover
    target: str
    day: dt.date
    place: str | None = None
    mode: str | None = None
    publisher: str | None = None
    url: str | None = None
    mentions: int = 1
    wording: int = 0
    published: dt.date | None = None  # the article's date (default: the day)


def _actor(code: str) -> Actor:
    return Actor(code, NAMES[code], ActorKind.STATE)


def _verb(spec: ReportSpec, n: int) -> str:
    words = WORDS[spec.plover]
    return words[(spec.wording + n) % len(words)]


def _sentence(spec: ReportSpec, n: int) -> str:
    where = f" in {spec.place}" if spec.place else ""
    said = f"said report {spec.article} ({n})"
    return f"{NAMES[spec.source]} {_verb(spec, n)} {NAMES[spec.target]}{where}, {said}."


def article_result(spec: ReportSpec) -> ArticleResult:
    """The article of ``spec``, with one event of ``spec.mentions`` mentions."""
    sentences = [_sentence(spec, n) for n in range(spec.mentions)]
    text = " ".join(sentences)
    article = Article(
        id=spec.article,
        text=text,
        date=spec.published or spec.day,
        url=spec.url,
        publisher=spec.publisher,
        title=f"Report {spec.article}",
    )
    mentions = []
    start = 0
    for n, sentence in enumerate(sentences):
        trigger_start = start + len(NAMES[spec.source]) + 1
        verb = _verb(spec, n)
        mentions.append(
            EventMention(
                sentence,
                start,
                start + len(sentence),
                verb,
                trigger_start,
                trigger_start + len(verb),
                0.7,
                NAMES[spec.source],
                NAMES[spec.target],
            )
        )
        start += len(sentence) + 1
    lead = mentions[0]
    cameo, goldstein = CAMEO[spec.plover]
    basis = DateBasis.REPORTED if spec.published is None else DateBasis.RELATIVE
    event = Event(
        article_key=article.key,
        source=ActorMention(_actor(spec.source), NAMES[spec.source], 0, len(NAMES[spec.source])),
        target=ActorMention(
            _actor(spec.target),
            NAMES[spec.target],
            lead.trigger_end + 1,
            lead.trigger_end + 1 + len(NAMES[spec.target]),
        ),
        relation=Relation(spec.plover, cameo, goldstein, spec.mode),
        date=spec.day,
        sentence=lead.sentence,
        sentence_start=lead.sentence_start,
        sentence_end=lead.sentence_end,
        trigger=lead.trigger,
        trigger_start=lead.trigger_start,
        trigger_end=lead.trigger_end,
        confidence=1 - 0.3 ** len(mentions),
        extractor=RUN.name,
        extractor_version=RUN.version,
        when=EventDate(spec.day, basis=basis),
        place=EventPlace(spec.place, spec.source) if spec.place else None,
        reported=article.date,
        mentions=tuple(mentions),
    )
    return ArticleResult(article, [event])
