"""A store for the browser tests: the hand-built relations of tests/graph/relations_data
plus a crowd around Russia (44 counterparts, some of them also related to each other,
two domestic loops, hypothetical and negated events, and articles with no title or URL),
so that the page is tried at 40+ nodes. Sentences are the project's own."""

from __future__ import annotations

import datetime as dt
import random

from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph

from diplograph.model import Plover
from tests.graph.relations_data import NAMES, RUN, SPECS, VERB, Spec, build_relations, result

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


def build_page_store(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The relations, the crowd (every third crowd article without title or URL) and the summaries."""
    build_relations(kg)
    for n, spec in enumerate(crowd_specs(), len(SPECS)):
        kg.write_article(result(n, spec, ALL_NAMES, linked=n % 3 != 0), RUN)
    summaries.rebuild(kg)
    return kg
