"""What the service puts right when it starts: summaries a crash left stale, and
snapshot folders a killed server left behind (issue 14, items 2 and 10)."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
from pathlib import Path

from diplograph.graph import happenings, leftovers, summaries
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


# -- a clean close spares the next start the deep check (graph/store.py CLEAN_CLOSE) ----------------
_WRITE_UNMARKED = """
import os, signal, sys
from pathlib import Path
from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph
from tests.api import service_data

kg = KnowledgeGraph(Path(sys.argv[1]), gazetteer=service_data.gazetteer())
summaries.repair(kg, deep=True)  # a new store: nothing to find, no deep check due any more
for n, spec in enumerate(service_data.SPECS):  # without marks: what only the deep check finds
    kg.write_article(service_data.article_of(n, spec), service_data.RUN)
if sys.argv[2] == "close":
    kg.close()
else:
    kg.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _session_writing_unmarked_articles(path: Path, end: str) -> None:
    """A process writes articles with no mark saying their events and summaries are due,
    then closes the store (``end`` "close") or is killed."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _WRITE_UNMARKED, str(path), end],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert done.returncode == (0 if end == "close" else -signal.SIGKILL)


def test_a_store_closed_cleanly_starts_with_the_cheap_repair(tmp_path: Path) -> None:
    path = tmp_path / "store"
    _session_writing_unmarked_articles(path, "close")
    with open_client(path) as client:
        kg = client.app.state.service.kg  # type: ignore[attr-defined]
        assert not kg.deep_repair_due
        assert happenings.unmerged_keys(kg)  # the marks were trusted: nothing else looked for


def test_a_store_left_uncleanly_gets_the_deep_repair(tmp_path: Path) -> None:
    path = tmp_path / "store"
    _session_writing_unmarked_articles(path, "kill")
    with open_client(path) as client:
        kg = client.app.state.service.kg  # type: ignore[attr-defined]
        assert not kg.deep_repair_due and not happenings.unmerged_keys(kg)
        repaired = [client.get(url, params=params).json() for url, params in ANSWERS]
    with open_client(None) as client:
        assert repaired == [client.get(url, params=params).json() for url, params in ANSWERS]
