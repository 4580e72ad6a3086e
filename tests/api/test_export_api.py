"""``/export/{format}``, ``/analytics/...`` and the page's routes through the
real app (``create_app``) over hand-built relations."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import networkx as nx
import pytest
import rdflib
from diplograph.api.app import create_app
from diplograph.graph import exports
from diplograph.graph.store import KnowledgeGraph
from fastapi.testclient import TestClient

from diplograph.settings import load_settings
from tests.graph.relations_data import SELECTED, build_relations


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    kg = build_relations(KnowledgeGraph(None))
    app = create_app(load_settings(in_memory=True, query_workers=1), kg=kg)
    with TestClient(app) as c:
        yield c


def test_formats_are_listed(client: TestClient) -> None:
    r = client.get("/export")
    assert r.status_code == 200
    names = {f["name"]: f for f in r.json()}
    assert names["gexf"]["media_type"] == "application/gexf+xml" and names["gexf"]["extension"] == "gexf"
    assert {"graphml", "cytoscape", "d3", "dot", "edges-csv", "nodes-csv", "turtle", "trig", "png"} <= set(
        names
    )


def test_gexf_export_with_filters(client: TestClient) -> None:
    params = {"country": "UKR", "since": "2024-03-01", "category": "AID,ASSAULT"}
    r = client.get("/export/gexf", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/gexf+xml")
    assert r.headers["content-disposition"] == 'attachment; filename="diplograph-UKR.gexf"'
    G = nx.read_gexf(io.BytesIO(r.content))
    assert set(G.edges) == {("USA", "UKR"), ("DEU", "UKR"), ("RUS", "UKR")}
    assert G.edges["USA", "UKR"]["events"] == 1 and G.edges["RUS", "UKR"]["ASSAULT"] == 1


def test_cytoscape_export_for_the_page(client: TestClient) -> None:
    r = client.get("/export/cytoscape", params={"country": "Russia", "download": "false"})
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("inline")
    data = r.json()
    ids = {n["data"]["id"] for n in data["elements"]["nodes"]}
    assert ids == {"RUS", "UKR", "USA", "CHN"}
    edges = data["elements"]["edges"]
    assert all({"source", "target", "events", "goldstein"} <= set(e["data"]) for e in edges)


def test_per_event_d3_and_rdf(client: TestClient) -> None:
    r = client.get("/export/d3", params={"per_event": "true", "hypothetical": "true", "negated": "true"})
    G = nx.node_link_graph(r.json(), edges="links")
    assert G.is_multigraph() and G.number_of_edges() == SELECTED + 2
    r = client.get("/export/turtle", params=[("country", "KOR"), ("quad_class", "verbal-conflict")])
    assert r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    events = set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/diplograph/ontology#Event")))
    assert len(events) == 2  # North Korea's two threats


def test_csv_and_png(client: TestClient) -> None:
    r = client.get("/export/edges-csv", params={"min_events": 2})
    assert r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0].startswith("source,target,events") and len(r.text.splitlines()) == 5
    r = client.get("/export/png", params={"country": "KOR"})
    assert r.status_code == 200 and r.content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("params", "status", "kind"),
    [
        ({"country": "Atlantis"}, 404, "not-found"),
        ({"category": "GOSSIP"}, 400, "input"),
        ({"since": "2024-05-01", "until": "2024-01-01"}, 400, "input"),
        ({"country": 'RUS"}'}, 400, "input"),
    ],
)
def test_bad_requests_get_json_errors(
    client: TestClient, params: dict[str, str], status: int, kind: str
) -> None:
    r = client.get("/export/graphml", params=params)
    assert r.status_code == status and r.json()["error"] == kind


def test_unknown_format_is_404(client: TestClient) -> None:
    r = client.get("/export/xlsx")
    assert r.status_code == 404 and r.json()["error"] == "not-found" and "graphml" in r.json()["detail"]
    r = client.get("/export/graphml", params={"depth": 9})
    assert r.status_code == 422 and r.json() == {
        "error": "invalid",
        "detail": "depth: Input should be less than or equal to 5",
    }


def test_analytics(client: TestClient) -> None:
    central = client.get("/analytics/centrality", params={"top": 2}).json()
    assert [c["actor"] for c in central] == ["UKR", "RUS"]
    blocs = client.get("/analytics/blocs").json()
    assert ["DEU", "FRA", "UKR", "USA"] in [b["members"] for b in blocs]
    signed = client.get("/analytics/signed").json()
    assert signed["edges"][0]["sign"] == -1 and signed["balances"][-1]["actor"] == "RUS"
    chain = client.get("/analytics/chain", params={"source": "France", "target": "China"}).json()
    assert chain["actors"] == ["FRA", "UKR", "RUS", "CHN"]
    parts = client.get("/analytics/counterparts", params={"actor": "UKR", "top": 1}).json()
    assert parts[0]["cooperative"][0]["actor"] == "USA" and parts[0]["hostile"][0]["actor"] == "RUS"
    summary = client.get("/analytics/summary", params={"actor": "RUS", "until": "2024-06-30"}).json()
    assert summary["events_sent"] == 3 and summary["label"] == "Russia"
    assert client.get("/analytics/chain", params={"source": "FRA", "target": "KOR"}).status_code == 404


def test_relation_events_for_the_page(client: TestClient) -> None:
    r = client.get("/analytics/relation", params={"source": "RUS", "target": "UKR"})
    body = r.json()
    assert body["source_label"] == "Russia" and body["target_label"] == "Ukraine"
    assert [e["category"] for e in body["events"]] == ["ASSAULT", "ASSAULT", "THREATEN"]
    assert body["events"][2]["sentence"] == "Russia threatened Ukraine."
    assert body["events"][2]["url"].startswith("https://news.example.org/")
    assert body["events"][0]["quad_class"] == "material-conflict"


def test_the_page_and_its_assets(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'id="search"' in r.text and 'href="sparql"' in r.text
    assert "http://" not in r.text and "https://" not in r.text  # nothing from the internet
    js = client.get("/page/vendor/cytoscape.min.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert client.get("/page/assets/page.js").status_code == 200
    assert client.get("/page/assets/page.css").headers["content-type"].startswith("text/css")
    assert client.get("/page/assets/..%2Fvendor%2FVERSIONS").status_code == 404
    assert client.get("/page/vendor/VERSIONS").status_code == 404
    config = client.get("/page/config.json").json()
    assert config["categories"]["verbal-conflict"] == ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]
    assert json.dumps(config).count('"name"') == len(exports.FORMATS)
