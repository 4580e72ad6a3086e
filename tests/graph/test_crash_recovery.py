"""Kill ``diplograph ingest`` at random points, several times, then let a run finish:
the REST answers equal a clean run's (issue 14, item 2).

Each killed run is stopped right after its k-th article write (the store logs every
write at DEBUG; the command writes new articles three at a time, through the bulk
writer, so a run may die in the middle of a batch), or while it merges the events and
refreshes the summaries at the end of its run; the next run puts the events and the
summaries right.
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from diplograph.api.app import create_app
from diplograph.extract.readers import read_paths
from diplograph.graph import summaries
from diplograph.graph.happenings import EVENTS_GRAPH
from diplograph.graph.ingest import ingest_into
from diplograph.graph.store import KnowledgeGraph
from fastapi.testclient import TestClient

from bench.generated import generated_article
from diplograph.model import Article
from tests.api.conftest import settings_for

pytestmark = pytest.mark.slow

ANSWERS = [
    ("/actors/RUS/relations", {"limit": 200}),
    ("/actors/CHN/relations", {"limit": 200}),
    ("/dyads/IND/PAK", {}),
    ("/dyads/FRA/DEU", {}),
]
WRITTEN = "diplograph.graph.store: added article"


def generated_articles(n: int, seed: int = 14) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [generated_article(rng, i) for i in range(n)]


def _run_ingest(batch: Path, store: Path, kill_after: int | None = None) -> int:
    """Run ``diplograph ingest``; with ``kill_after``, SIGKILL it as soon as its
    ``kill_after``-th article write is logged. Returns its exit code (-9: killed).

    The log pipe is one page long, so the run cannot get far ahead of this reader:
    it is killed a few writes after the one chosen, or in the refresh after them."""
    env = {**os.environ, "DIPLOGRAPH_LOG_LEVEL": "DEBUG"}
    cmd = [str(Path(sys.executable).parent / "diplograph"), "ingest", str(batch), "--data", str(store)]
    cmd += ["--batch-size", "3"]  # a write is a batch: runs die between batches
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    fcntl.fcntl(proc.stderr.fileno(), fcntl.F_SETPIPE_SZ, 4096)
    writes = 0
    for line in proc.stderr:
        writes += WRITTEN in line
        if writes == kill_after:
            proc.send_signal(signal.SIGKILL)
            break
    return proc.wait(timeout=120)


def _stored_articles(store: Path) -> int:
    with KnowledgeGraph(store) as kg:
        n = kg.stats().articles
    gc.collect()
    return n


def _answers(store: Path) -> list[object]:
    with TestClient(create_app(settings_for(store, query_workers=1))) as client:
        return [client.get(url, params=params).json() for url, params in ANSWERS]


def _derived_quads(store: Path) -> set[str]:
    """The quads of the events graph and of the summaries."""
    with KnowledgeGraph(store) as kg:
        found = {
            str(q)
            for g in (EVENTS_GRAPH, summaries.SUMMARY_GRAPH)
            for q in kg.native.quads_for_pattern(None, None, None, g)
        }
    gc.collect()
    return found


def test_summaries_after_killed_ingests_equal_a_clean_run(tmp_path: Path, extractor) -> None:
    records = generated_articles(50)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in records))
    clean = tmp_path / "clean"
    with KnowledgeGraph(clean) as kg:
        ingest_into(kg, [a for a in read_paths([batch]) if isinstance(a, Article)], extractor=extractor)
    gc.collect()

    seed = int(time.time())
    rng = random.Random(seed)
    store = tmp_path / "killed"
    partial = []
    for _ in range(4):  # at most 4 x 10 of the 50 articles: every run has writes left to be killed in
        if _run_ingest(batch, store, rng.randint(1, 10)) == -signal.SIGKILL:
            partial.append(_stored_articles(store))
    assert any(0 < n < len(records) for n in partial), f"seed {seed}: no run died half-way ({partial})"
    assert _run_ingest(batch, store) == 0
    assert _derived_quads(store) == _derived_quads(clean), f"seed {seed}"
    assert _answers(store) == _answers(clean)
