"""Selections, the network, and every export format read back into the same graph."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
from diplograph.graph import exports
from diplograph.graph.actors import resolve_actor, resolve_countries
from diplograph.graph.events import fetch_events
from diplograph.graph.network import Network, build_network, ego_events, graph_from_events, pair_report
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph
from diplograph.ontology import namespaces as ns

from diplograph.errors import InputError, NotFoundError
from diplograph.model import Plover, QuadClass
from tests.graph.relations_data import SELECTED, SPECS, build_relations


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph(None) as store:
        yield build_relations(store)


def network(kg: KnowledgeGraph, **kw: Any) -> nx.DiGraph:
    return build_network(kg, Selection.parse(**kw)).graph


# -- selection -----------------------------------------------------------------------------------------
def test_the_whole_graph_has_one_edge_per_directed_pair(kg: KnowledgeGraph) -> None:
    G = network(kg)
    pairs = {(s.source, s.target) for s in SPECS if not (s.negated or s.hypothetical)}
    assert set(G.edges) == pairs
    assert sum(d["events"] for _s, _t, d in G.edges(data=True)) == SELECTED
    assert G.nodes["RUS"] == {"label": "Russia", "kind": "state", "iso_code": "RUS", "selected": False}
    e = G.edges["RUS", "UKR"]
    counts = (e["events"], e["ASSAULT"], e["THREATEN"], e["material_conflict"], e["verbal_conflict"])
    assert counts == (3, 2, 1, 2, 1)
    assert e["goldstein"] == pytest.approx(-9.0) and e["conflict"] == 3 and e["cooperation"] == 0
    assert (e["first_date"], e["last_date"]) == ("2024-02-24", "2024-09-01")
    assert "first_date" not in G.edges["JPN", "KOR"]  # its only event has no date


def test_ego_network_to_a_depth(kg: KnowledgeGraph) -> None:
    G = network(kg, countries=["KOR"], depth=1)
    assert set(G) == {"KOR", "PRK", "JPN"} and G.nodes["KOR"]["selected"]
    assert set(network(kg, countries=["RUS"], depth=0)) == {"RUS"}
    one = set(network(kg, countries=["CHN"], depth=1))
    two = set(network(kg, countries=["CHN"], depth=2))
    assert one == {"CHN", "RUS"} and two == {"CHN", "RUS", "UKR", "USA"}
    assert set(network(kg, countries=["Japan", "prk"])) == {"JPN", "KOR", "PRK"}  # names and codes


def test_filters(kg: KnowledgeGraph) -> None:
    assert set(network(kg, since="2024-10-01").edges) == {("PRK", "KOR"), ("KOR", "PRK"), ("KOR", "JPN")}
    assert set(network(kg, until="2024-01-31").edges) == {("PRK", "KOR"), ("FRA", "DEU")}
    assert set(network(kg, categories=["assault", "SANCTION"]).edges) == {("RUS", "UKR"), ("USA", "RUS")}
    G = network(kg, quad_classes=["material-cooperation"])
    assert all(d["material_cooperation"] == d["events"] for _s, _t, d in G.edges(data=True))
    assert set(network(kg, min_events=2).edges) == {
        ("USA", "UKR"),
        ("RUS", "UKR"),
        ("DEU", "UKR"),
        ("PRK", "KOR"),
    }
    assert ("USA", "CHN") not in network(kg).edges and ("CHN", "USA") not in network(kg).edges
    assert ("USA", "CHN") in network(kg, include_hypothetical=True).edges
    assert ("CHN", "USA") in network(kg, include_negated=True).edges


@pytest.mark.parametrize(
    "kw",
    [
        {"countries": ["UKR"]},
        {"countries": ["CHN"], "depth": 2},
        {"countries": ["FRA"], "depth": 3},
        {"countries": ["USA", "KOR"], "min_events": 2},
        {"countries": ["RUS"], "depth": 2, "since": "2024-04-01"},
        {"countries": ["DEU"], "depth": 2, "min_events": 2},
        {"countries": ["PRK"], "depth": 0},
    ],
)
def test_ego_networks_read_hop_by_hop_match_the_whole_graph(kg: KnowledgeGraph, kw: dict[str, Any]) -> None:
    selection = resolve_countries(kg, Selection.parse(**kw))
    whole = graph_from_events(fetch_events(kg, selection), selection)
    hops = graph_from_events(ego_events(kg, selection), selection)
    assert _plain(hops.graph) == _plain(whole.graph) and hops.event_ids == whole.event_ids


def test_one_edge_per_event(kg: KnowledgeGraph) -> None:
    net = build_network(kg, Selection(countries=("RUS",), per_event=True))
    G = net.graph
    assert G.is_multigraph() and G.number_of_edges() == len(net.events)
    edges = G.get_edge_data("RUS", "UKR")
    assert len(edges) == 3 and set(edges) == {d["event"] for d in edges.values()}
    one = next(d for d in edges.values() if d["category"] == "THREATEN")
    assert one["sentence"] == "Russia threatened Ukraine." and one["url"].startswith(
        "https://news.example.org/"
    )
    assert one["quad_class"] == QuadClass.VERBAL_CONFLICT.value and one["date"] == "2024-09-01"


def test_pair_report_has_sentences_and_articles(kg: KnowledgeGraph) -> None:
    report = pair_report(kg, Selection(), "Russia", "ukr")
    assert (report.source, report.target_label, len(report.events)) == ("RUS", "Ukraine", 3)
    assert [e.category for e in report.events] == [Plover.ASSAULT, Plover.ASSAULT, Plover.THREATEN]
    assert report.events[0].headline == "Story 8: Russia shelled Ukraine."


def test_bad_selections_are_input_errors(kg: KnowledgeGraph) -> None:
    with pytest.raises(InputError, match="PLOVER"):
        Selection.parse(categories=["GOSSIP"])
    with pytest.raises(InputError, match="quad class"):
        Selection.parse(quad_classes=["7"])
    with pytest.raises(InputError, match="date"):
        Selection.parse(since="last week")
    with pytest.raises(InputError, match="after"):
        Selection.parse(since="2024-05-01", until="2024-01-01")
    with pytest.raises(InputError, match="actor id"):
        Selection(countries=("RUS> } DROP ALL ; #",))
    with pytest.raises(NotFoundError):
        build_network(kg, Selection(countries=("Atlantis",)))
    with pytest.raises(NotFoundError):  # a name with quotes is a value, not query text
        resolve_actor(kg, 'Russia" } ; DROP ALL ; #')
    with pytest.raises(NotFoundError):  # an unknown export format is not in the registry (HTTP 404)
        exports.export_format("xlsx")


# -- round trips ---------------------------------------------------------------------------------------
def _plain(
    G: nx.DiGraph,
    node_drop: set[str] = frozenset(),
    edge_drop: set[str] = frozenset(),  # type: ignore[assignment]
    cast: Callable[[Any], Any] = lambda v: v,
) -> tuple[dict[Any, Any], list[Any]]:
    nodes = {str(n): {k: cast(v) for k, v in d.items() if k not in node_drop} for n, d in G.nodes(data=True)}
    edges = sorted(
        (str(s), str(t), sorted((k, cast(v)) for k, v in d.items() if k not in edge_drop))
        for s, t, d in G.edges(data=True)
    )
    return nodes, edges


def _unquote(value: Any) -> str:
    text = str(value)
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('\\"', '"')
    return text


def _from_csv(edges: str, nodes: str, multi: bool) -> nx.DiGraph:
    G: nx.DiGraph = nx.MultiDiGraph() if multi else nx.DiGraph()
    for row in csv.DictReader(io.StringIO(nodes)):
        G.add_node(row.pop("id"), **{k: v for k, v in row.items() if v != ""})
    for row in csv.DictReader(io.StringIO(edges)):
        s, t = row.pop("source"), row.pop("target")
        G.add_edge(s, t, **{k: v for k, v in row.items() if v != "" and k != "key"})
    return G


@pytest.fixture(scope="module", params=[False, True], ids=["pairs", "events"])
def net(request: pytest.FixtureRequest, kg: KnowledgeGraph) -> Network:
    return build_network(kg, Selection(countries=("UKR", "KOR"), depth=1, per_event=request.param))


def test_graphml_round_trip(net: Network, tmp_path: Path) -> None:
    exports.write_graphml(net.graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=net.graph.is_multigraph())
    assert _plain(back) == _plain(net.graph)
    assert exports.graphml_data(net.graph) == (tmp_path / "g.graphml").read_text(encoding="utf-8")


def test_gexf_round_trip(net: Network, tmp_path: Path) -> None:
    exports.write_gexf(net.graph, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert _plain(back, edge_drop={"id"}) == _plain(net.graph)
    assert (
        nx.read_gexf(io.BytesIO(exports.gexf_data(net.graph).encode())).number_of_edges()
        == net.graph.number_of_edges()
    )


def test_cytoscape_round_trip(net: Network, tmp_path: Path) -> None:
    exports.write_cytoscape(net.graph, tmp_path / "g.cyjs")
    data = json.loads((tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    assert data == exports.cytoscape_data(net.graph)
    assert len({e["data"]["id"] for e in data["elements"]["edges"]}) == net.graph.number_of_edges()
    back = nx.cytoscape_graph(data, name="label")
    assert _plain(
        back, node_drop={"id", "value", "name"}, edge_drop={"id", "source", "target", "key"}
    ) == _plain(net.graph)


def test_d3_node_link_round_trip(net: Network, tmp_path: Path) -> None:
    exports.write_node_link(net.graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {"nodes", "links"} <= set(data)
    back = nx.node_link_graph(data, edges="links")
    assert _plain(back, edge_drop={"key"}) == _plain(net.graph)


def test_dot_round_trip(net: Network, tmp_path: Path) -> None:
    from networkx.drawing import nx_pydot

    exports.write_dot(net.graph, tmp_path / "g.dot")
    back = nx_pydot.read_dot(tmp_path / "g.dot")
    assert _plain(back, edge_drop={"key"}, cast=_unquote) == _plain(net.graph, cast=_unquote)
    assert exports.dot_data(net.graph).strip().startswith(("digraph", "strict digraph"))


def test_csv_round_trip(net: Network, tmp_path: Path) -> None:
    exports.write_edges_csv(net.graph, tmp_path / "e.csv")
    exports.write_nodes_csv(net.graph, tmp_path / "n.csv")
    back = _from_csv(
        (tmp_path / "e.csv").read_text(encoding="utf-8"),
        (tmp_path / "n.csv").read_text(encoding="utf-8"),
        net.graph.is_multigraph(),
    )
    assert _plain(back, cast=str) == _plain(net.graph, cast=str)


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld", "trig"])
def test_rdf_round_trip(net: Network, kg: KnowledgeGraph, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"events.{fmt}"
    exports.write_rdf(kg, net.event_ids, path, fmt)
    expected = rdflib.Graph()
    for q in exports.event_quads(kg, net.event_ids):
        expected.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    parsed = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig"}[fmt]
    if fmt == "trig":
        back: rdflib.Graph = rdflib.Dataset()
        back.parse(path, format=parsed)
        graphs = {str(g.identifier) for g in back.graphs() if len(g)}  # type: ignore[attr-defined]
        assert ns.actor_graph() in graphs and any(g.startswith(ns.article_graph("")) for g in graphs)
        triples = {(s, p, o) for s, p, o, _g in back.quads()}  # type: ignore[attr-defined]
    else:
        back = rdflib.Graph().parse(path, format=parsed)
        triples = set(back)
    assert triples == set(expected)
    DG = rdflib.Namespace(str(ns.DG))
    events = set(expected.subjects(rdflib.RDF.type, DG.Event))
    assert {str(e).rsplit("/", 1)[-1] for e in events} == set(net.event_ids)
    for e in events:
        mention = expected.value(e, rdflib.PROV.wasDerivedFrom)
        assert expected.value(mention, DG.text) is not None
        article = expected.value(e, DG.article)
        assert str(expected.value(article, rdflib.URIRef(f"{ns.SCHEMA}url"))).startswith("https://")
        for side in (DG.source, DG.target):
            assert expected.value(expected.value(e, side), rdflib.SKOS.prefLabel) is not None


def test_every_format_is_registered_and_exports(kg: KnowledgeGraph) -> None:
    assert set(exports.FORMATS) >= {
        "graphml",
        "gexf",
        "cytoscape",
        "d3",
        "dot",
        "edges-csv",
        "nodes-csv",
        "turtle",
        "ntriples",
        "jsonld",
        "trig",
        "svg",
        "png",
    }
    for spec in exports.FORMATS.values():
        assert spec.media_type and spec.extension and callable(spec.writer)
        out = io.BytesIO()
        exports.export(kg, Selection(countries=("KOR",)), spec, out)
        assert out.getvalue(), spec.name


def test_pictures_have_a_legend(kg: KnowledgeGraph) -> None:
    out = io.BytesIO()
    exports.export(kg, Selection(countries=("UKR",), per_event=True), "svg", out)
    svg = out.getvalue().decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Goldstein" in svg and "selected country" in svg and "Ukraine" in svg
    png = io.BytesIO()
    exports.export(kg, Selection(countries=("UKR",)), "png", png)
    assert png.getvalue().startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(NotFoundError):
        exports.export(kg, Selection(since=Selection.parse(since="2030-01-01").since), "png", io.BytesIO())


def test_geojson_has_one_point_per_located_event(tmp_path: Path) -> None:
    import dataclasses
    import datetime as dt

    from diplograph.graph import happenings
    from diplograph.graph.rdf import Run
    from diplograph.graph.summaries import write_with_summaries

    from diplograph.model import Article, ArticleResult, EventPlace, PlaceBasis
    from tests.conftest import make_event

    article = Article(
        "g1", "Russia warned Seoul in Vladivostok and again in Moscow.", date=dt.date(2024, 5, 2)
    )
    vladivostok = EventPlace("Vladivostok", "RUS", 43.1056, 131.8735)
    in_russia = EventPlace("Russia", "RUS", None, None, PlaceBasis.STATED)  # no point: no feature
    located = dataclasses.replace(make_event(article), place=vladivostok)
    unlocated = dataclasses.replace(
        make_event(article, n=9, plover=Plover.ACCUSE, cameo="112"), place=in_russia
    )
    with KnowledgeGraph(None) as store:
        write_with_summaries(store, ArticleResult(article, [located, unlocated]), Run("test-extractor", "1"))
        ids = happenings.events_of_reports(store, [located.id, unlocated.id])
        data = exports.geojson_data(store, ids.values())
        path = tmp_path / "events.geojson"
        exports.write_geojson(store, ids.values(), path)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    (feature,) = data["features"]
    assert feature["id"] == ids[located.id]
    assert feature["geometry"] == {"type": "Point", "coordinates": [131.8735, 43.1056]}  # lon, lat
    props = feature["properties"]
    assert (props["source"], props["target"], props["category"]) == ("RUS", "KOR", "THREATEN")
    assert (props["place"], props["country"], props["date"]) == ("Vladivostok", "RUS", "2024-05-02")
    assert exports.export_format("geojson").media_type == "application/geo+json"


@pytest.mark.timeout(60)
def test_geojson_reads_a_place_many_articles_name_once_per_event() -> None:
    """A place's triples are repeated in every article graph that names it: read across all
    graphs at once they multiply (n⁴ rows per event), and 40 articles took minutes."""
    import dataclasses
    import datetime as dt

    from diplograph.graph import happenings
    from diplograph.graph.rdf import Run
    from diplograph.graph.summaries import write_with_summaries

    from diplograph.model import Article, ArticleResult, EventPlace, PlaceBasis
    from tests.conftest import make_event

    moscow = EventPlace("Moscow", "RUS", 55.7558, 37.6173, PlaceBasis.DATELINE)
    reports = []
    with KnowledgeGraph(None) as store:
        for n in range(40):
            article = Article(
                f"m{n}", f"Russia warned Seoul again, story {n}.", date=dt.date(2024, 1 + n // 20, 1 + n % 20)
            )
            event = dataclasses.replace(make_event(article), place=moscow)
            write_with_summaries(store, ArticleResult(article, [event]), Run("test-extractor", "1"))
            reports.append(event.id)
        ids = sorted(set(happenings.events_of_reports(store, reports).values()))
        data = exports.geojson_data(store, ids)
    assert len(ids) > 1  # daily warnings over two months: several happenings
    assert sorted(f["id"] for f in data["features"]) == ids
    assert {(f["properties"]["place"], f["properties"]["place_from"]) for f in data["features"]} == {
        ("Moscow", "dateline")
    }
    assert {tuple(f["geometry"]["coordinates"]) for f in data["features"]} == {(37.6173, 55.7558)}
