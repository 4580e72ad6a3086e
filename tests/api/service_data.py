"""A small graph for the service tests, written with ``write_with_summaries``
and hand-built events (no spaCy model needed).

Russia and Ukraine have events in many months (enough for several pages);
the United States sanction Russia; one negated and one hypothetical event;
NATO (an organisation, id ``org/NATO``) is asked for help.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplograph.graph.rdf import Run
from diplograph.graph.store import KnowledgeGraph
from diplograph.graph.summaries import write_with_summaries
from diplograph.ontology.gazetteer import Entry, Gazetteer

from diplograph.model import Actor, ActorKind, ActorMention, Article, ArticleResult, Event, Plover, Relation

RUN = Run("test-extractor", "1")
STATES = {
    "RUS": ("Russia", ("Russian Federation",)),
    "UKR": ("Ukraine", ()),
    "USA": ("United States", ("United States of America", "US")),
    "KOR": ("South Korea", ("Republic of Korea",)),
    "DEU": ("Germany", ()),
}
GOLDSTEIN = {
    Plover.THREATEN: -7.0,
    Plover.ACCUSE: -2.0,
    Plover.SANCTION: -8.0,
    Plover.AID: 7.4,
    Plover.CONSULT: 1.0,
    Plover.ASSAULT: -10.0,
    Plover.REQUEST: -0.4,
    Plover.COERCE: -7.0,
}
CAMEO = {
    Plover.THREATEN: "138",
    Plover.ACCUSE: "112",
    Plover.SANCTION: "163",
    Plover.AID: "070",
    Plover.CONSULT: "040",
    Plover.ASSAULT: "190",
    Plover.REQUEST: "020",
    Plover.COERCE: "170",
}


def gazetteer() -> Gazetteer:
    entries = [
        Entry(Actor(code, name, ActorKind.STATE, code), aliases=aliases)
        for code, (name, aliases) in STATES.items()
    ]
    entries.append(
        Entry(Actor("org/NATO", "NATO", ActorKind.IGO), official="North Atlantic Treaty Organization")
    )
    return Gazetteer(entries)


def actor(actor_id: str) -> Actor:
    return gazetteer().actor(actor_id)


@dataclass(frozen=True)
class Spec:
    source: str
    plover: Plover
    target: str
    date: dt.date
    negated: bool = False
    hypothetical: bool = False


D = dt.date
# 24 monthly RUS -> UKR threats (2023-01 .. 2024-12) and UKR -> RUS accusations every other month
SPECS: list[Spec] = [
    Spec("RUS", Plover.THREATEN, "UKR", D(2023 + m // 12, m % 12 + 1, 10)) for m in range(24)
]
SPECS += [Spec("UKR", Plover.ACCUSE, "RUS", D(2023 + m // 12, m % 12 + 1, 12)) for m in range(0, 24, 2)]
SPECS += [
    Spec("USA", Plover.SANCTION, "RUS", D(2024, 3, 14)),
    Spec("USA", Plover.SANCTION, "RUS", D(2024, 6, 20)),
    Spec("DEU", Plover.AID, "UKR", D(2024, 6, 20)),
    Spec("USA", Plover.CONSULT, "KOR", D(2024, 6, 20)),
    Spec("UKR", Plover.REQUEST, "org/NATO", D(2024, 7, 1)),
    Spec("RUS", Plover.ASSAULT, "UKR", D(2024, 7, 2), negated=True),
    Spec("RUS", Plover.COERCE, "UKR", D(2024, 7, 3), hypothetical=True),
]


def article_of(n: int, spec: Spec) -> ArticleResult:
    source, target = actor(spec.source), actor(spec.target)
    text = f"{source.label} and {target.label}: report {n} of {spec.date.isoformat()}."
    article = Article(
        id=f"a{n}", text=text, date=spec.date, title=f"Report {n}", url=f"https://example.org/{n}"
    )
    event = Event(
        article_key=article.key,
        source=ActorMention(source, source.label, 0, len(source.label)),
        target=ActorMention(
            target, target.label, len(source.label) + 5, len(source.label) + 5 + len(target.label)
        ),
        relation=Relation(spec.plover, CAMEO[spec.plover], GOLDSTEIN[spec.plover]),
        date=spec.date,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        trigger="report",
        trigger_start=text.index("report"),
        trigger_end=text.index("report") + 6,
        confidence=0.9 if n % 3 else 0.6,
        extractor=RUN.name,
        extractor_version=RUN.version,
        negated=spec.negated,
        hypothetical=spec.hypothetical,
    )
    return ArticleResult(article, [event])


def fill(kg: KnowledgeGraph) -> list[ArticleResult]:
    results = [article_of(n, spec) for n, spec in enumerate(SPECS)]
    for result in results:
        write_with_summaries(kg, result, RUN)
    kg.flush()
    return results


def asserted(source: str, target: str) -> int:
    return sum(
        1 for s in SPECS if (s.source, s.target) == (source, target) and not (s.negated or s.hypothetical)
    )
