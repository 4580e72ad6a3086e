"""What the service puts right when it starts: summaries a crash left stale, and
snapshot folders a killed server left behind (issue 14, items 2 and 10)."""

from __future__ import annotations

import gc
from pathlib import Path

from diplograph.graph import leftovers, summaries
from diplograph.graph.store import KnowledgeGraph

from tests.api import service_data
from tests.api.conftest import open_client

ANSWERS = [
    ("/dyads/USA/RUS", {}),
    ("/actors/RUS/relations", {"limit": 100}),
    ("/actors/UKR/relations", {"limit": 100, "category": "THREATEN"}),
]


def test_the_service_rebuilds_summaries_a_crash_left_stale(tmp_path: Path) -> None:
    path = tmp_path / "store"
    kg = KnowledgeGraph(path, gazetteer=service_data.gazetteer())
    pending: set[summaries.Pair] = set()
    for n, spec in enumerate(service_data.SPECS):  # every article written, no refresh: a crash
        summaries.write_with_summaries(kg, service_data.article_of(n, spec), service_data.RUN, pending)
    kg.close()
    del kg
    gc.collect()
    with open_client(path) as client:
        repaired = [client.get(url, params=params).json() for url, params in ANSWERS]
    with open_client(None) as client:  # the same articles written the ordinary way
        clean = [client.get(url, params=params).json() for url, params in ANSWERS]
    assert repaired == clean
    assert clean[0]["directions"][0]["counts"]["events"] == service_data.asserted("USA", "RUS")


def test_starting_the_service_removes_a_killed_servers_snapshots(store_copy: Path) -> None:
    stale = store_copy.parent / f".{store_copy.name}-snapshots-killed"
    (stale / "gen-3").mkdir(parents=True)
    with open_client(store_copy) as client:
        assert client.get("/health").status_code == 200
        assert not stale.exists()
        live = list(store_copy.parent.glob(f".{store_copy.name}-snapshots-*"))
        assert len(live) == 1  # the running service's own folder stays
        assert leftovers.remove_stale_snapshots(store_copy) == []
        assert live[0].exists()
