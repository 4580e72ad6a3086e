"""``diplograph query`` under hostile input: SERVICE and deep nesting each give one
line on stderr and a non-zero exit, never a traceback or a crash. Run as a real
process, since a crash of the engine would take a test runner down with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.http_probe import probe_server

MAIN = "from diplograph.api.cli import main; main()"


def _query(text: str, folder: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``diplograph query`` on an empty in-memory store (long texts through ``@FILE``)."""
    environment = {**os.environ, "DIPLOGRAPH_IN_MEMORY": "1", "COLUMNS": "200"}
    argument = text
    if folder is not None:
        (folder / "query.rq").write_text(text, encoding="utf-8")
        argument = f"@{folder / 'query.rq'}"
    return subprocess.run(
        [sys.executable, "-c", MAIN, "query", argument],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error"), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_service_is_one_line_and_not_followed() -> None:
    with probe_server() as probe:
        for text in (
            f"SELECT * WHERE {{ SERVICE <{probe.url}> {{ ?a ?b ?c }} }}",
            f"select * where {{ service silent <{probe.url}> {{ ?a ?b ?c }} }}",
        ):
            line = _one_error_line(_query(text))
            assert "SERVICE is disabled" in line
        assert probe.hits == []


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE " + "{" * 50_000 + "}" * 50_000,
        "SELECT * WHERE { FILTER(" + "(" * 50_000 + "1" + ")" * 50_000 + ") }",
        "SELECT * WHERE { " + " UNION ".join(["{ ?a ?b ?c }"] * 50_000) + " }",
    ],
)
def test_a_deeply_nested_query_is_one_line_not_a_segfault(text: str, tmp_path: Path) -> None:
    line = _one_error_line(_query(text, tmp_path))
    assert "nests" in line and "limit" in line


def test_a_plain_query_still_answers() -> None:
    done = _query("ASK { }")
    assert done.returncode == 0 and done.stdout.strip() == "true", done.stderr
