"""Hand-built relations between a dozen states, written with
``KnowledgeGraph.write_article`` (no spaCy model needed), merged into events.

Blocs: USA, UKR, DEU, FRA cooperate; RUS and CHN cooperate; JPN and KOR
consult; PRK only threatens. RUS attacks UKR. One hypothetical (USA threatens
CHN) and one negated event (CHN agrees with USA) are stored but not selected
by default; one event (JPN → KOR) has no date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplograph.graph import happenings
from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import Actor, ActorKind, ActorMention, Article, ArticleResult, Event, Plover, Relation

RUN = Run("test-extractor", "1")
NAMES = {
    "USA": "United States",
    "UKR": "Ukraine",
    "RUS": "Russia",
    "DEU": "Germany",
    "FRA": "France",
    "CHN": "China",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "JPN": "Japan",
}
GOLDSTEIN = {
    Plover.AGREE: 3.0,
    Plover.CONSULT: 1.0,
    Plover.SUPPORT: 3.4,
    Plover.COOPERATE: 6.0,
    Plover.AID: 7.4,
    Plover.ACCUSE: -2.0,
    Plover.THREATEN: -7.0,
    Plover.PROTEST: -4.0,
    Plover.SANCTION: -8.0,
    Plover.ASSAULT: -10.0,
}
VERB = {
    Plover.AGREE: "agreed with",
    Plover.CONSULT: "held talks with",
    Plover.SUPPORT: "backed",
    Plover.COOPERATE: "signed a cooperation pact with",
    Plover.AID: "sent aid to",
    Plover.ACCUSE: "accused",
    Plover.THREATEN: "threatened",
    Plover.PROTEST: "protested against",
    Plover.SANCTION: "imposed sanctions on",
    Plover.ASSAULT: "shelled",
}


@dataclass(frozen=True)
class Spec:
    source: str
    plover: Plover
    target: str
    date: dt.date | None
    negated: bool = False
    hypothetical: bool = False


D = dt.date
SPECS: list[Spec] = [
    Spec("USA", Plover.AID, "UKR", D(2024, 2, 10)),
    Spec("USA", Plover.AID, "UKR", D(2024, 5, 3)),
    Spec("USA", Plover.AGREE, "UKR", D(2024, 6, 1)),
    Spec("UKR", Plover.AGREE, "USA", D(2024, 6, 1)),
    Spec("DEU", Plover.SUPPORT, "UKR", D(2024, 3, 5)),
    Spec("DEU", Plover.AID, "UKR", D(2024, 4, 20)),
    Spec("FRA", Plover.CONSULT, "DEU", D(2024, 1, 15)),
    Spec("FRA", Plover.AGREE, "UKR", D(2024, 7, 2)),
    Spec("RUS", Plover.ASSAULT, "UKR", D(2024, 2, 24)),
    Spec("RUS", Plover.ASSAULT, "UKR", D(2024, 8, 6)),
    Spec("RUS", Plover.THREATEN, "UKR", D(2024, 9, 1)),
    Spec("UKR", Plover.ACCUSE, "RUS", D(2024, 8, 7)),
    Spec("RUS", Plover.ACCUSE, "USA", D(2024, 3, 12)),
    Spec("USA", Plover.SANCTION, "RUS", D(2024, 3, 14)),
    Spec("CHN", Plover.COOPERATE, "RUS", D(2024, 5, 16)),
    Spec("RUS", Plover.AGREE, "CHN", D(2024, 5, 16)),
    Spec("PRK", Plover.THREATEN, "KOR", D(2024, 1, 5)),
    Spec("PRK", Plover.THREATEN, "KOR", D(2024, 10, 9)),
    Spec("KOR", Plover.PROTEST, "PRK", D(2024, 10, 10)),
    Spec("JPN", Plover.CONSULT, "KOR", None),
    Spec("KOR", Plover.CONSULT, "JPN", D(2024, 11, 2)),
    Spec("USA", Plover.THREATEN, "CHN", D(2024, 4, 1), hypothetical=True),
    Spec("CHN", Plover.AGREE, "USA", D(2024, 4, 2), negated=True),
]
#: How many events the default selection sees (no hypothetical, no negated).
SELECTED = sum(not (s.negated or s.hypothetical) for s in SPECS)


def actor(code: str, names: dict[str, str] = NAMES) -> Actor:
    kind = ActorKind.IGO if code.startswith("org/") else ActorKind.STATE
    return Actor(code, names[code], kind, None if kind is ActorKind.IGO else code)


def sentence(spec: Spec, names: dict[str, str] = NAMES) -> str:
    verb = VERB[spec.plover]
    if spec.negated:
        verb = "did not " + verb.split()[0].removesuffix("ed") + " " + " ".join(verb.split()[1:])
    text = f"{names[spec.source]} {verb} {names[spec.target]}"
    return ("Officials said " if spec.hypothetical else "") + text + "."


def result(n: int, spec: Spec, names: dict[str, str] = NAMES, *, linked: bool = True) -> ArticleResult:
    """The article of story ``n`` telling ``spec``; without title and URL unless ``linked``."""
    text = sentence(spec, names)
    article = Article(
        id=f"a{n}",
        text=f"{text} Filed as story {n}.",
        date=spec.date,
        title=f"Story {n}: {text}" if linked else None,
        url=f"https://news.example.org/{n}" if linked else None,
    )
    src_end = len(names[spec.source])
    tgt_start = text.index(names[spec.target])
    tgt_end = tgt_start + len(names[spec.target])
    event = Event(
        article_key=article.key,
        source=ActorMention(actor(spec.source, names), names[spec.source], 0, src_end),
        target=ActorMention(actor(spec.target, names), names[spec.target], tgt_start, tgt_end),
        relation=Relation(spec.plover, "000", GOLDSTEIN[spec.plover]),
        date=spec.date,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        trigger=VERB[spec.plover].split()[0],
        trigger_start=src_end + 1,
        trigger_end=src_end + 5,
        confidence=0.9,
        extractor=RUN.name,
        extractor_version=RUN.version,
        negated=spec.negated,
        hypothetical=spec.hypothetical,
    )
    return ArticleResult(article, [event])


def build_relations(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The articles, and the events merged from their reports (no summaries)."""
    for n, spec in enumerate(SPECS):
        kg.write_article(result(n, spec), RUN)
    happenings.rebuild(kg)
    return kg
