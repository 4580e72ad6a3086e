"""``diplograph explain``, run in-process with typer's runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from diplograph.api.cli import create_cli
from typer.testing import CliRunner

pytestmark = pytest.mark.slow

TEXT = "Russia warned South Korea against supplying weapons to Ukraine. Oslo welcomed the decision."


def _explain(*args: str):
    return CliRunner().invoke(create_cli(), ["explain", *args], env={"COLUMNS": "200"})


def test_explain_shows_actors_triggers_strategies_and_rules() -> None:
    result = _explain(TEXT)
    assert result.exit_code == 0, result.output
    out = result.output
    for shown in (
        "Actors",
        "South Korea",
        "KOR",
        "Triggers",
        "warned",
        "Events",
        "THREATEN",
        "subject",
        "object",
    ):
        assert shown in out
    assert "inherited_subject" in out and "to_phrase" in out
    assert "nothing: no target" in out  # "welcomed the decision": why it gave no event


def test_explain_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Minsk refused to sign the agreement with Vilnius.\n")
    result = _explain("--file", str(path))
    assert result.exit_code == 0, result.output
    assert "refusal" in result.output and "REJECT" in result.output


@pytest.mark.parametrize("args", [[], [TEXT, "--file", "x.txt"], ["--file", "/no/such/file.txt"]])
def test_explain_wants_one_text(args: list[str]) -> None:
    result = _explain(*args)
    assert result.exit_code == 2
