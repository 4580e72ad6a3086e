"""A store for the browser tests: the hand-built relations of tests/graph/relations_data
plus a crowd around Russia (44 counterparts, some of them also related to each other,
two domestic loops, hypothetical and negated events, and articles with no title or URL),
so that the page is tried at 40+ nodes. Events aimed at one of a dozen states happened in
its capital (the map view); the others have no place. Sentences are the project's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import ArticleResult, EventPlace, PlaceBasis, Plover
from tests.graph.relations_data import NAMES, RUN, SPECS, VERB, Spec, result

CROWD = {
    "GBR": "United Kingdom",
    "ITA": "Italy",
    "ESP": "Spain",
    "POL": "Poland",
    "TUR": "Turkey",
    "IRN": "Iran",
    "ISR": "Israel",
    "SAU": "Saudi Arabia",
    "EGY": "Egypt",
    "IND": "India",
    "PAK": "Pakistan",
    "BRA": "Brazil",
    "ARG": "Argentina",
    "MEX": "Mexico",
    "CAN": "Canada",
    "AUS": "Australia",
    "IDN": "Indonesia",
    "VNM": "Vietnam",
    "THA": "Thailand",
    "ZAF": "South Africa",
    "NGA": "Nigeria",
    "ETH": "Ethiopia",
    "KEN": "Kenya",
    "SDN": "Sudan",
    "SYR": "Syria",
    "IRQ": "Iraq",
    "QAT": "Qatar",
    "KAZ": "Kazakhstan",
    "BLR": "Belarus",
    "GEO": "Georgia",
    "ARM": "Armenia",
    "AZE": "Azerbaijan",
    "SRB": "Serbia",
    "HUN": "Hungary",
    "FIN": "Finland",
    "NOR": "Norway",
    "org/UN": "United Nations",
    "org/EU": "European Union",
}
ALL_NAMES = {**NAMES, **CROWD}
CATEGORIES = list(VERB)  # the categories relations_data has verbs and scores for
#: Pairs between Russia's neighbours (hidden by the ego view unless "between neighbours").
AROUND = [("USA", "GBR"), ("DEU", "FRA"), ("IND", "PAK"), ("ARM", "AZE"), ("org/EU", "HUN"), ("SDN", "SDN")]


def crowd_specs(seed: int = 13) -> list[Spec]:
    rng = random.Random(seed)
    specs: list[Spec] = []
    partners = [c for c in ALL_NAMES if c != "RUS"]
    for code in partners:
        for _ in range(rng.randint(1, 6)):
            source, target = ("RUS", code) if rng.random() < 0.6 else (code, "RUS")
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
            specs.append(Spec(source, rng.choice(CATEGORIES), target, day))
    for source, target in AROUND:
        for month in (3, 7, 11):
            specs.append(Spec(source, rng.choice(CATEGORIES), target, dt.date(2024, month, 9)))
    specs.append(Spec("RUS", Plover.SANCTION, "RUS", dt.date(2024, 2, 2)))  # a domestic loop
    # two hypothetical threats two weeks apart: two happenings (a day apart they would be one)
    specs += [Spec("RUS", Plover.THREATEN, "GBR", dt.date(2024, 6, d), hypothetical=True) for d in (3, 17)]
    specs.append(Spec("GBR", Plover.AID, "RUS", dt.date(2024, 6, 5), negated=True))
    return specs


#: Where an event aimed at these states happened: their capital (Seoul's from a dateline).
CAPITALS = {
    "RUS": EventPlace("Moscow", "RUS", 55.7558, 37.6173),
    "UKR": EventPlace("Kyiv", "UKR", 50.4501, 30.5234),
    "USA": EventPlace("Washington", "USA", 38.9072, -77.0369),
    "GBR": EventPlace("London", "GBR", 51.5072, -0.1276),
    "DEU": EventPlace("Berlin", "DEU", 52.52, 13.405),
    "FRA": EventPlace("Paris", "FRA", 48.8566, 2.3522),
    "CHN": EventPlace("Beijing", "CHN", 39.9042, 116.4074),
    "KOR": EventPlace("Seoul", "KOR", 37.5665, 126.978, PlaceBasis.DATELINE),
    "TUR": EventPlace("Ankara", "TUR", 39.9334, 32.8597),
    "IND": EventPlace("New Delhi", "IND", 28.6139, 77.209),
    "BRA": EventPlace("Brasília", "BRA", -15.7939, -47.8828),
    "ZAF": EventPlace("Pretoria", "ZAF", -25.7479, 28.2293),
}


def page_specs() -> list[Spec]:
    """Every story of the page store, in the order of their numbers."""
    return [*SPECS, *crowd_specs()]


def located(n: int, spec: Spec) -> ArticleResult:
    """Story ``n``, its event placed in the target's capital when that is one of CAPITALS
    (every third crowd article without title or URL)."""
    told = result(n, spec, ALL_NAMES, linked=n < len(SPECS) or n % 3 != 0)
    place = CAPITALS.get(spec.target)
    return dataclasses.replace(told, events=[dataclasses.replace(e, place=place) for e in told.events])


def build_page_store(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The relations, the crowd and the summaries."""
    for n, spec in enumerate(page_specs()):
        kg.write_article(located(n, spec), RUN)
    summaries.rebuild(kg)
    return kg
