"""The Python API (diplograph.open, extract_events) and the README's "From Python"
example, run as it stands in the README."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

import diplograph
from diplograph.errors import InputError, NotFoundError
from diplograph.model import Article, ArticleResult
from tests.readme import python_example

ROOT = Path(__file__).resolve().parent.parent


def test_import_is_light() -> None:
    code = "import sys, diplograph; print('spacy' in sys.modules, 'fastapi' in sys.modules)"
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = diplograph.nope  # type: ignore[attr-defined]


def test_an_unreachable_remote_store_is_one_clear_error() -> None:
    from diplograph.errors import StoreUnavailableError
    from tests.remote_servers import free_port

    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there: tried 5 times in about 3 s
    with pytest.raises(StoreUnavailableError, match=f"{url} is unreachable after 5 attempts"):
        diplograph.open(url)


def test_open_in_memory_queries_and_views(result: ArticleResult) -> None:
    from diplograph.graph.happenings import Key
    from diplograph.graph.ingest import ingest_into  # noqa: F401  (the path kg.ingest takes)
    from diplograph.graph.rdf import Run
    from diplograph.graph.summaries import settle, write_with_summaries

    with diplograph.open(":memory:") as kg:
        touched: set[Key] = set()
        write_with_summaries(kg.store, result, Run("test-extractor", "1"), touched)
        settle(kg.store, touched)
        assert isinstance(kg.dataset, Dataset)
        rows = kg.query("SELECT ?e WHERE { ?e a dg:Event }")
        assert isinstance(rows, list) and len(rows) == 2
        assert kg.query("ASK { ?e dg:source actor:RUS }") is True
        graph = kg.query("CONSTRUCT { ?e dg:source ?s } WHERE { ?e dg:source ?s }")
        assert isinstance(graph, Graph)
        assert len(graph) == len(kg.query("SELECT * WHERE { ?e dg:source ?s }"))
        page = kg.relations("Russia", direction="out")
        assert {r.category for r in page.relations} == {"THREATEN", "ACCUSE"}
        assert kg.dyad("RUS", "South Korea").directions[0].counts.events == 2
        G = kg.to_networkx(["RUS"])
        assert isinstance(G, nx.DiGraph) and G.has_edge("RUS", "KOR")
        with pytest.raises((InputError, NotFoundError)):
            kg.relations("Atlantis")


def test_open_folder_persists(tmp_path: Path, result: ArticleResult) -> None:
    from diplograph.graph.rdf import Run

    with diplograph.open(tmp_path / "store") as kg:
        kg.store.write_article(result, Run("test-extractor", "1"))
    with diplograph.open(tmp_path / "store", read_only=True) as kg:
        assert kg.query("SELECT (COUNT(?r) AS ?n) WHERE { ?r a dg:Report }") == [{"n": 2}]


@pytest.mark.slow
def test_extract_events_and_ingest_of_paths(tmp_path: Path) -> None:
    out = diplograph.extract_events("Russia accused Ukraine of shelling a border village.", date="2024-05-02")
    assert out.article.date == dt.date(2024, 5, 2)
    coded = {(e.source.actor.id, e.relation.plover, e.target and e.target.actor.id) for e in out.events}
    assert ("RUS", "ACCUSE", "UKR") in coded
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    with diplograph.open(":memory:") as kg:
        summary = kg.ingest([tmp_path / "broken.jsonl", Article("x", "Chile and Peru signed a trade deal.")])
        assert summary.added == 1 and len(summary.failures) == 1


@pytest.mark.slow
def test_readme_from_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib

    matplotlib.use("Agg")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    scope: dict[str, object] = {}
    exec(compile(python_example("## From Python"), "README.md (From Python)", "exec"), scope)
    assert scope["summary"].events > 0  # type: ignore[attr-defined]
    assert scope["rows"] and scope["events"]
    assert scope["page"].relations  # type: ignore[attr-defined]
    assert scope["pair"].directions  # type: ignore[attr-defined]
    assert scope["G"].number_of_nodes() > 1  # type: ignore[attr-defined]
    assert (tmp_path / "japan.png").stat().st_size > 1000
    assert scope["result"].events  # type: ignore[attr-defined]
