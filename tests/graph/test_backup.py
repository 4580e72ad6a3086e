"""Backup and restore round-trip a store; summaries are rebuilt on restore (issue 14, item 11)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from diplograph.graph import summaries
from diplograph.graph.backup import backup, restore
from diplograph.graph.ids import article_graph
from diplograph.graph.store import KnowledgeGraph

from diplograph.errors import InputError, StoreError, UnsupportedFormatError
from tests.api import service_data
from tests.remote_servers import Server, fresh_remote_store


def quads(kg: KnowledgeGraph) -> set[str]:
    """The store's quads, blank nodes (the ontology's OWL lists) canonically named."""
    dataset = ox.Dataset(kg.native)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}


@pytest.fixture
def filled() -> KnowledgeGraph:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    return kg


def test_backup_then_restore_into_an_empty_store_gives_the_same_quads(
    filled: KnowledgeGraph, tmp_path: Path
) -> None:
    file = tmp_path / "store.nq"
    assert backup(filled, file) == len(filled.native) == len(quads(filled))
    target = KnowledgeGraph(tmp_path / "restored", gazetteer=service_data.gazetteer())
    done = restore(target, file)
    assert (done.articles, done.events, done.pairs) == (len(service_data.SPECS), len(service_data.SPECS), 6)
    assert quads(target) == quads(filled)


def test_a_trig_export_without_summaries_restores_with_them(filled: KnowledgeGraph, tmp_path: Path) -> None:
    file = tmp_path / "events.trig"
    kept = [q for q in filled.native if q.graph_name != summaries.SUMMARY_GRAPH]
    file.write_bytes(ox.serialize(kept, format=ox.RdfFormat.TRIG) or b"")
    target = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    assert restore(target, file).pairs == 6
    assert quads(target) == quads(filled)


def test_restore_refuses_a_store_with_articles_unless_told_to_replace(
    filled: KnowledgeGraph, tmp_path: Path
) -> None:
    file = tmp_path / "store.nq"
    backup(filled, file)
    with pytest.raises(StoreError, match=f"holds {len(service_data.SPECS)} articles"):
        restore(filled, file)
    other = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(other)
    other.native.remove_graph(summaries.SUMMARY_GRAPH)
    restore(other, file, replace=True)
    assert quads(other) == quads(filled)


def test_a_broken_file_changes_nothing(filled: KnowledgeGraph, tmp_path: Path) -> None:
    good = tmp_path / "good.nq"
    backup(filled, good)
    broken = tmp_path / "broken.nq"
    broken.write_text(good.read_text()[:-200] + "\n<http://x> <http://y> oops .\n")
    before = quads(filled)
    with pytest.raises(InputError, match=r"broken\.nq: not valid"):
        restore(filled, broken, replace=True)
    assert quads(filled) == before
    with pytest.raises(UnsupportedFormatError, match="N-Quads"):
        restore(filled, tmp_path / "store.ttl")


def test_the_restored_store_answers_rest_as_the_original(filled: KnowledgeGraph, tmp_path: Path) -> None:
    from tests.api.conftest import open_client

    file = tmp_path / "store.nq"
    backup(filled, file)
    path = tmp_path / "restored"
    kg = KnowledgeGraph(path, gazetteer=service_data.gazetteer())
    restore(kg, file)
    kg.close()
    del kg
    gc.collect()
    urls = ["/dyads/RUS/UKR", "/actors/RUS/relations?limit=100", "/actors/USA/relations?limit=100"]
    with open_client(path) as client:
        restored = [client.get(u).json() for u in urls]
    with open_client(None) as client:
        original = [client.get(u).json() for u in urls]
    assert restored == original


class _Writes:
    """The writes a remote store sends: SPARQL updates (their text) and Graph Store requests."""

    def __init__(self, kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
        assert kg.remote is not None
        self.updates: list[str] = []
        self.graph_store: list[str] = []
        send = kg.remote.send

        def noted(method: str, url: str, **kwargs: Any) -> Any:
            if "update" in (kwargs.get("data") or {}):
                self.updates.append(kwargs["data"]["update"])
            elif method != "GET" and "graph" in (kwargs.get("params") or {}):
                self.graph_store.append(kwargs["params"]["graph"])
            return send(method, url, **kwargs)

        monkeypatch.setattr(kg.remote, "send", noted)


@pytest.fixture(scope="module")
def full_backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """A backup of the service data with the whole reference data (the servers' stores are
    shared by the session's tests: a restore must leave the reference data they expect),
    and its summaries."""
    file = tmp_path_factory.mktemp("backup") / "store.nq"
    with KnowledgeGraph(None) as kg:
        service_data.fill(kg)
        backup(kg, file)
        return file, summary_values(kg)


def _restored_remotely(
    server: Server, backed: tuple[Path, set[str]], monkeypatch: pytest.MonkeyPatch
) -> _Writes:
    """Restore a backup into ``server``'s store, check what it holds; returns the writes the
    restore sent."""
    file, expected = backed
    with fresh_remote_store(server) as kg:
        writes = _Writes(kg, monkeypatch)
        done = restore(kg, file)
        assert done.articles == len(service_data.SPECS) and done.pairs == 6
        assert summaries.marked_pairs(kg) == set()
        assert summary_values(kg) == expected
    return writes


@pytest.mark.server
def test_a_remote_restore_replaces_the_store_in_one_request(
    oxigraph_server: Server, full_backup: tuple[Path, set[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = _restored_remotely(oxigraph_server, full_backup, monkeypatch)
    assert not writes.graph_store  # no graph loaded on its own
    first = writes.updates[0]  # the old content dropped, the whole file inserted, at once
    keys = [service_data.article_of(n, spec).article.key for n, spec in enumerate(service_data.SPECS)]
    assert "DROP SILENT GRAPH" in first and all(article_graph(key).value in first for key in keys)


@pytest.mark.server
def test_a_server_that_refuses_the_whole_backup_at_once_gets_it_graph_by_graph(
    virtuoso_server: Server,
    full_backup: tuple[Path, set[str]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    writes = _restored_remotely(virtuoso_server, full_backup, monkeypatch)  # its SQL text is too long
    assert "loading it graph by graph" in caplog.text
    first = service_data.article_of(0, service_data.SPECS[0]).article.key
    assert article_graph(first).value in writes.graph_store


def summary_values(kg: KnowledgeGraph) -> set[str]:
    return {str(q) for q in kg.native.quads_for_pattern(None, None, None, summaries.SUMMARY_GRAPH)}
