"""``diplograph export`` and ``diplograph analytics`` on an on-disk store."""

from __future__ import annotations

import gc
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from diplograph.api.cli import create_cli
from diplograph.graph.store import KnowledgeGraph
from typer.testing import CliRunner

from diplograph.errors import InputError, NotFoundError
from tests.graph.relations_data import build_relations


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    kg = build_relations(KnowledgeGraph(path))
    kg.close()
    del kg
    gc.collect()  # release the store's lock
    return path


def run(store: Path, *args: str) -> str:
    result = CliRunner().invoke(create_cli(), [*args, "--data", str(store)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_gexf_to_stdout(store: Path) -> None:
    out = run(store, "export", "--format", "gexf", "--country", "KOR")
    G = nx.read_gexf(io.BytesIO(out.encode("utf-8")))
    assert set(G) == {"KOR", "PRK", "JPN"} and G.edges["PRK", "KOR"]["events"] == 2


def test_export_picture_and_rdf_to_files(store: Path, tmp_path: Path) -> None:
    run(store, "export", "-o", str(tmp_path / "ukraine.png"), "-c", "Ukraine", "--since", "2024-03-01")
    assert (tmp_path / "ukraine.png").read_bytes().startswith(b"\x89PNG")
    run(store, "export", "-f", "svg", "-o", str(tmp_path / "k.svg"), "-c", "KOR", "--per-event")
    assert "<svg" in (tmp_path / "k.svg").read_text(encoding="utf-8")
    run(store, "export", "-o", str(tmp_path / "e.nodes.csv"), "--min-events", "2")
    assert (tmp_path / "e.nodes.csv").read_text(encoding="utf-8").startswith("id,label,kind,iso_code")
    import rdflib

    run(store, "export", "-f", "jsonld", "-o", str(tmp_path / "e.jsonld"), "--category", "THREATEN")
    g = rdflib.Graph().parse(tmp_path / "e.jsonld", format="json-ld")
    event = rdflib.URIRef("https://w3id.org/diplograph/ontology#Event")
    assert len(set(g.subjects(rdflib.RDF.type, event))) == 3


def test_analytics_commands(store: Path) -> None:
    chain = json.loads(run(store, "analytics", "chain", "France", "China", "--json"))
    assert chain["actors"] == ["FRA", "UKR", "RUS", "CHN"]
    blocs = json.loads(run(store, "analytics", "blocs", "--json"))
    assert ["CHN", "RUS"] in [b["members"] for b in blocs]
    summary = json.loads(run(store, "analytics", "summary", "RUS", "--until", "2024-06-30", "--json"))
    assert summary["events_sent"] == 3
    assert "Ukraine" in run(store, "analytics", "counterparts", "RUS")
    assert "Ukraine" in run(store, "analytics", "centrality", "--top", "2")
    assert json.loads(run(store, "analytics", "signed", "--json"))["balances"]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["export", "-f", "xlsx"], NotFoundError),
        (["export"], InputError),
        (["export", "-f", "d3", "-c", "Atlantis"], NotFoundError),
        (["analytics", "chain", "FRA"], InputError),
    ],
)
def test_errors_are_diplograph_errors(store: Path, args: list[str], error: type[Exception]) -> None:
    result = CliRunner().invoke(create_cli(), [*args, "--data", str(store)])
    assert isinstance(result.exception, error)
