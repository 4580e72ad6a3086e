"""Articles written here, from templates: three sentences between random states
(the extractor finds an event in each). Used by ``bench/soak.py`` and the crash test."""

from __future__ import annotations

import random

STATES = {
    "Russia": "RUS",
    "Ukraine": "UKR",
    "China": "CHN",
    "Japan": "JPN",
    "India": "IND",
    "Pakistan": "PAK",
    "France": "FRA",
    "Germany": "DEU",
    "Iran": "IRN",
    "Turkey": "TUR",
}
ACTS = [
    "accused {b} of violating the ceasefire",
    "threatened {b} with sanctions",
    "signed a trade agreement with {b}",
    "sent humanitarian aid to {b}",
    "held talks with {b} on energy",
    "imposed sanctions on {b}",
]


def generated_article(rng: random.Random, n: int) -> dict[str, str]:
    """A JSON article ``{"id", "date", "text"}``; its text depends on ``rng`` only."""
    sentences = []
    for _ in range(3):
        a, b = rng.sample(sorted(STATES), 2)
        sentences.append(f"{a} {rng.choice(ACTS).format(b=b)} on Monday.")
    return {"id": f"gen-{n}", "date": f"2024-{n % 12 + 1:02d}-10", "text": " ".join(sentences)}
