"""Extraction past one machine (issue 11): on the worker processes of a Dask LocalCluster
the graph is the one a local run stores, a batch that fails on a worker fails its own
articles only, and the extraction runs as a plain function over articles."""

from __future__ import annotations

import datetime as dt
import json
import operator
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from diplograph.extract import pipeline
from diplograph.extract.cluster import ClusterExtractor, extract_articles, process_extractor
from diplograph.graph.ingest import IngestSummary, ingest_into
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

from diplograph.errors import ArticleError, ClusterError
from diplograph.model import Article, ArticleResult
from tests.readme import python_example

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")

pytestmark = pytest.mark.slow

#: short articles written for these tests, a batch of two each on the cluster
TEXTS = [
    "Chile and Peru signed a trade agreement in Lima on Monday.",
    "Russia accused Ukraine of shelling a border village overnight.",
    "Japan pledged emergency aid to the Philippines after the typhoon.",
    "France recalled its ambassador from Mali on Thursday.",
    "Germany condemned the missile test carried out by North Korea.",
    "India and Pakistan agreed to resume talks on sharing the river's water.",
    "Brazil hosted the President of Argentina for two days of talks.",
    "Kenya expelled two diplomats from Somalia, the foreign ministry said.",
    "Norway offered to mediate between Colombia and the rebels.",
]
ARTICLES = [Article(f"c{i}", text, dt.date(2024, 5, 1 + i)) for i, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A LocalCluster of 2 worker processes, 1 thread each. A worker that dies fails its task
    at once (no retries on the other worker), so the test of a dying worker is quick."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
    with cluster, distributed.Client(cluster) as c:
        yield c


def quads(path: Path) -> set[str]:
    """Every quad of the store but the reference data's (the same files loaded into each
    store; the ontology's blank nodes are named anew in each): articles, events, summaries."""
    reference = {ns.ontology_graph(), ns.actor_graph(), ns.vocabulary_graph()}
    with KnowledgeGraph(path, read_only=True) as kg:
        return {str(q) for q in kg.native if str(q.graph_name.value) not in reference}


def clustered(client: distributed.Client, **options: object) -> ClusterExtractor:
    """A ClusterExtractor on the module's cluster, batches of two (several per worker)."""
    options = {"batch_size": 2, "in_flight": 3, **options}
    return ClusterExtractor(client, **options)  # type: ignore[arg-type]


def ingest_with(extractor: pipeline.PartsExtractor, path: Path) -> IngestSummary:
    with KnowledgeGraph(path) as kg:
        return ingest_into(kg, ARTICLES, extractor=extractor, batch_size=4)


def test_the_cluster_stores_the_graph_a_local_run_stores(client, extractor, tmp_path) -> None:
    local = ingest_with(extractor, tmp_path / "local")
    remote = ingest_with(clustered(client), tmp_path / "cluster")
    assert not remote.failures
    assert (remote.added, remote.events) == (local.added, local.events) == (len(ARTICLES), local.events)
    assert local.events >= len(ARTICLES) - 2
    stored = quads(tmp_path / "cluster")
    assert stored == quads(tmp_path / "local")
    assert sum(ns.summary_graph() in q for q in stored) > 10 and len(stored) > 300
    loads = client.run(lambda: pipeline.load_pipeline.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]  # both workers extracted, each loaded the model once


def test_results_come_back_in_input_order(client, extractor) -> None:
    parts = list(clustered(client, batch_size=1, in_flight=4).process_parts(ARTICLES))
    assert [p.result.article.id for p in parts] == [a.id for a in ARTICLES]
    assert [[e.id for e in p.result.events] for p in parts] == [
        [e.id for e in r.events] for r in extractor.process(ARTICLES)
    ]


class _OneBatchFails(ClusterExtractor):
    """Sends the batch holding article ``c4`` to a task that raises on the worker (or that
    ends the worker's process, with ``die``)."""

    die = False

    def submit(self, batch: list[Article]) -> distributed.Future:
        if any(a.id == "c4" for a in batch):
            if self.die:
                return self.client.submit(os._exit, 1, pure=False)
            return self.client.submit(operator.truediv, 1, 0, pure=False)
        return super().submit(batch)


@pytest.mark.parametrize("die", [False, True], ids=["raises", "dies"])
def test_a_batch_that_fails_on_a_worker_fails_its_articles_alone(client, tmp_path, die: bool) -> None:
    extractor = _OneBatchFails(client, batch_size=2, in_flight=1 if die else 3)
    extractor.die = die
    summary = ingest_with(extractor, tmp_path / "store")
    assert summary.added == len(ARTICLES) - 2
    assert [f.split(":")[0] for f in summary.failures] == ["c4", "c5"]  # the batch (c4, c5)
    assert all("extraction failed on the cluster" in f for f in summary.failures)
    assert ("KilledWorker" if die else "ZeroDivisionError") in summary.failures[0]
    with KnowledgeGraph(tmp_path / "store", read_only=True) as kg:
        assert not kg.has_article(ARTICLES[4].key) and kg.has_article(ARTICLES[6].key)


@pytest.mark.parametrize("in_flight", [2, 20], ids=["sending", "collecting"])
def test_a_lost_scheduler_stops_the_run_in_one_error(client, in_flight: int) -> None:
    own = distributed.Client(client.scheduler.address)
    parts = clustered(own, batch_size=1, in_flight=in_flight).process_parts(ARTICLES)
    assert next(parts).result.article.id == "c0"
    own.close()  # as when the scheduler goes away: every future left is cancelled
    with pytest.raises(ClusterError, match=r"lost the Dask scheduler \(client closed\)"):
        next(parts)


class _FailsOne:
    """The session's extractor, but article ``c2`` comes back failed, as a batch that
    failed on a cluster worker does."""

    def __init__(self, inner: pipeline.Extractor) -> None:
        self.inner = inner
        self.name, self.version = inner.name, inner.version

    def process_parts(self, articles: Iterable[Article]) -> Iterator[pipeline.ArticlePart]:
        for part in self.inner.process_parts(articles):
            if part.result.article.id == "c2":
                part = pipeline.ArticlePart(
                    ArticleResult(part.result.article), error=ArticleError("worker lost")
                )
            yield part

    def close(self) -> None:
        self.inner.close()


def test_an_article_that_failed_extraction_is_reported_and_extracted_again(extractor) -> None:
    items = ARTICLES[:5]
    with KnowledgeGraph(None) as kg:
        summary = ingest_into(kg, items, extractor=_FailsOne(extractor))
        assert (summary.added, summary.failures) == (4, ["c2: worker lost"])
        assert not kg.has_article(items[2].key)  # nothing of it stored
        again = ingest_into(kg, items, extractor=extractor)
        assert (again.added, again.unchanged, again.failures) == (1, 4, [])
        assert kg.has_article(items[2].key)


def test_workers_with_another_extractor_version_are_refused(client) -> None:
    extractor = clustered(client)
    extractor.check_workers()  # the same diplograph: accepted
    extractor.version = "0.0.0+other"
    with pytest.raises(
        ClusterError, match=r"tcp://127\.0\.0\.1:\d+: a worker extracts with .* 0\.0\.0\+other"
    ):
        extractor.check_workers()
    parts = list(extractor.process_parts(ARTICLES[:3]))  # a worker refuses the batch too
    assert all(p.error and "install the same diplograph" in str(p.error) for p in parts)


def test_the_command_extracts_on_the_cluster_address(client, tmp_path) -> None:
    from diplograph.api.cli import create_cli
    from typer.testing import CliRunner

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": a.id, "text": a.text, "date": str(a.date)}) + "\n" for a in ARTICLES)
    )
    address = client.scheduler.address
    runner = CliRunner()
    args = ["ingest", str(feed), "--cluster", address]
    result = runner.invoke(create_cli(), [*args, "--data", str(tmp_path / "cluster")])
    assert result.exit_code == 0, result.output
    assert f"{len(ARTICLES)} articles: {len(ARTICLES)} added" in result.output
    local = runner.invoke(create_cli(), ["ingest", str(feed), "-p", "1", "--data", str(tmp_path / "local")])
    assert local.exit_code == 0, local.output
    assert quads(tmp_path / "cluster") == quads(tmp_path / "local")
    refused = runner.invoke(create_cli(), [*args, "--processes", "2", "--data", str(tmp_path / "x")])
    assert refused.exit_code == 2
    assert "use it without --processes" in " ".join(re.sub(r"[│╭╮╰╯─]", " ", refused.output).split())


def test_local_starts_a_cluster_of_worker_processes_and_stops_it(extractor) -> None:
    with ClusterExtractor.connect("local", processes=1) as local:
        cluster = local._cluster
        assert cluster is not None and len(local.client.nthreads()) == 1
        workers = local.client.run(os.getpid)
        assert os.getpid() not in workers.values()  # a worker process, not this one
        got = [p.result for p in local.process_parts(ARTICLES[:2])]
    assert cluster.status.name == "closed"
    assert [[e.id for e in r.events] for r in got] == [
        [e.id for e in r.events] for r in extractor.process(ARTICLES[:2])
    ]


def test_an_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(ClusterError, match=r"cannot connect to the Dask scheduler at tcp://127\.0\.0\.1:9"):
        ClusterExtractor.connect("tcp://127.0.0.1:9", timeout=1)


def test_without_dask_the_cluster_option_is_one_clear_error(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails, as uninstalled
    with pytest.raises(ClusterError, match=r"pip install 'diplograph\[cluster\]'"):
        ClusterExtractor.connect("local")


def test_extract_articles_gives_each_result_in_order(extractor) -> None:
    got = list(extract_articles(iter(ARTICLES)))
    assert [r.article.id for r in got] == [a.id for a in ARTICLES]
    assert [[e.id for e in r.events] for r in got] == [
        [e.id for e in r.events] for r in extractor.process(ARTICLES)
    ]
    assert process_extractor() is process_extractor()  # one extractor, one model per process
    assert process_extractor().nlp is pipeline.load_pipeline(pipeline.DEFAULT_MODEL)


def test_readme_distributed_example_runs() -> None:
    scope: dict[str, object] = {}
    exec(
        compile(python_example("### Distributed extraction"), "README.md (Distributed extraction)", "exec"),
        scope,
    )
    records = scope["records"]
    assert isinstance(records, list) and [r["id"] for r in records] == ["w1", "w2"]
    assert any(e["plover"] == "ACCUSE" for e in records[1]["events"])
