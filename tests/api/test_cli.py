"""The command line, run in-process with typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diplograph.api.cli import create_cli
from typer.testing import CliRunner

pytestmark = pytest.mark.slow

ARTICLE = """November 3, 2024

Moscow warns Seoul over arms for Kyiv

Russia warned South Korea on Sunday against supplying weapons to Ukraine.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "warning.txt").write_text(ARTICLE)
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "b1", "text": "Peru thanked Chile for its help.", "date": "2023-05-01"})
        + "\n"
        + "{broken\n"
    )
    (folder / "empty.txt").write_text("")
    return folder


def test_extract_writes_the_scorer_format_and_names_bad_input(runner, inputs, tmp_path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(create_cli(), ["extract", str(inputs), "-o", str(out)])
    assert result.exit_code == 1  # something failed
    assert "empty.txt: empty file" in result.output
    assert "batch.jsonl:2: malformed JSON" in result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert {x["id"] for x in lines} == {"warning", "b1"}
    warning = next(x for x in lines if x["id"] == "warning")
    assert warning["date"] == "2024-11-03"
    assert {(e["source"]["country"], e["plover"], e["target"]["country"]) for e in warning["events"]} >= {
        ("RUS", "THREATEN", "KOR")
    }


def test_ingest_is_idempotent_and_query_finds_the_event(runner, inputs, tmp_path) -> None:
    store = tmp_path / "store"
    app = create_cli()
    first = runner.invoke(app, ["ingest", str(inputs / "warning.txt"), "--data", str(store)])
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    again = runner.invoke(app, ["ingest", str(inputs / "warning.txt"), "--data", str(store)])
    assert "1 unchanged" in again.output and "0 added" in again.output
    query = (
        "SELECT ?type ?date ?sentence WHERE { ?e dg:source actor:RUS ; dg:target actor:KOR ; "
        "dg:eventType/skos:notation ?type ; dg:date ?date ; prov:wasDerivedFrom/dg:text ?sentence }"
    )
    result = runner.invoke(app, ["query", query, "--data", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "THREATEN,2024-11-03,Russia warned South Korea" in result.output
    stats = runner.invoke(app, ["stats", "--data", str(store)])
    # headline and lede: one threat; the arms supply warned against is South Korea's, not done
    assert str(store) in stats.output and "1 article, 2 events (1 asserted, 1 hypothetical" in stats.output


def test_a_bad_query_is_one_clear_error(runner, tmp_path) -> None:
    store = tmp_path / "store"
    runner.invoke(create_cli(), ["ingest", "--data", str(store), str(tmp_path / "missing.txt")])
    result = runner.invoke(create_cli(), ["query", "SELECT WHERE {", "--data", str(store)])
    assert result.exit_code != 0
    assert "syntax" in str(result.exception or result.output).lower()


def test_version_and_plurals(runner) -> None:
    from diplograph.api.cli import plural

    from diplograph import __version__

    result = runner.invoke(create_cli(), ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"diplograph {__version__}"
    assert plural(1, "event") == "1 event" and plural(1200, "event") == "1,200 events"
    assert plural(0, "entry", "entries") == "0 entries"


def test_inputs_are_counted_for_the_progress_total(inputs: Path) -> None:
    from diplograph.api.cli import count_articles

    # warning.txt, empty.txt, and the two lines of batch.jsonl (the broken one is reported too)
    assert count_articles([inputs]) == 4
    assert count_articles([inputs / "batch.jsonl", inputs / "missing.txt"]) == 3


def test_table_cells_use_prefixed_names() -> None:
    from diplograph.api.cli import compact

    assert compact("https://w3id.org/diplograph/actor/RUS") == "actor:RUS"
    assert compact("https://w3id.org/diplograph/actor/org/NATO").startswith("https://")  # no valid name
    assert compact("Russia") == "Russia"


def test_a_store_in_use_is_one_line(runner, inputs, tmp_path) -> None:
    from diplograph.graph.store import KnowledgeGraph

    with KnowledgeGraph(tmp_path / "store"):  # as a running `diplograph serve` holds it
        result = runner.invoke(
            create_cli(), ["ingest", str(inputs / "warning.txt"), "--data", str(tmp_path / "store")]
        )
    assert result.exit_code != 0
    assert "in use by another process" in str(result.exception)


def test_ingest_goes_on_past_names_ids_and_sizes_it_refuses(runner, inputs, tmp_path, monkeypatch) -> None:
    import os

    with open(os.path.join(os.fsencode(inputs), b"caf\xe9.txt"), "wb") as f:
        f.write(b"Peru thanked Chile for its help on Monday.")
    (inputs / "ids.jsonl").write_text(json.dumps({"id": True, "text": "Peru thanked Chile."}) + "\n")
    (inputs / "long.txt").write_text("Peru thanked Chile. " * 200)
    monkeypatch.setenv("DIPLOGRAPH_MAX_ARTICLE_BYTES", "2000")
    result = runner.invoke(create_cli(), ["ingest", str(inputs), "--data", str(tmp_path / "store")])
    assert result.exit_code == 1, result.output  # errors were reported ...
    assert "3 articles: 3 added" in result.output  # ... and the rest stored: warning, b1, caf\\xe9
    assert "ids.jsonl:1: 'id' must be a string or an integer, not true" in result.output
    assert "long.txt: file too large (4000 bytes; the limit is 2000)" in result.output
