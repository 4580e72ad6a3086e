"""``diplograph repair``, ``backup`` and ``restore`` on the command line (no spaCy)."""

from __future__ import annotations

from pathlib import Path

from diplograph.api.cli import create_cli
from diplograph.graph import summaries
from diplograph.graph.store import KnowledgeGraph
from typer.testing import CliRunner

from diplograph.errors import StoreError
from tests.api import service_data


def test_backup_restore_and_repair(store_copy: Path, tmp_path: Path) -> None:
    runner, cli = CliRunner(), create_cli()
    file = tmp_path / "backup.nq"
    done = runner.invoke(cli, ["backup", str(file), "--data", str(store_copy)])
    assert done.exit_code == 0, done.output
    assert "quads written" in done.output and file.stat().st_size > 0
    target = tmp_path / "restored"
    done = runner.invoke(cli, ["restore", str(file), "--data", str(target)])
    assert done.exit_code == 0, done.output
    assert f"{len(service_data.SPECS)} articles" in done.output and "6 pair summaries rebuilt" in done.output
    again = runner.invoke(cli, ["restore", str(file), "--data", str(target)])
    assert isinstance(again.exception, StoreError) and "--replace" in str(again.exception)  # main() prints it
    with KnowledgeGraph(target) as kg:  # a crash lost a pair's summary
        kg.native.update(f"DELETE WHERE {{ GRAPH <{summaries.SUMMARY_GRAPH.value}> {{ ?c ?p ?o }} }}")
    (target.parent / f".{target.name}-snapshots-old").mkdir()
    done = runner.invoke(cli, ["repair", "--data", str(target)])
    assert done.exit_code == 0, done.output
    assert "6 pair summaries rebuilt; 1 stale snapshot folders removed" in done.output
