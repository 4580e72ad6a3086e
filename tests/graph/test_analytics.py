"""Centrality, the signed view, blocs, chains, counterparts and actor summaries
over the hand-built relations of ``relations_data``."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
import pytest
from diplograph.graph import analytics
from diplograph.graph.network import build_network
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph

from diplograph.errors import InputError, NotFoundError
from tests.graph.relations_data import build_relations


@pytest.fixture(scope="module")
def kg() -> Iterator[KnowledgeGraph]:
    with KnowledgeGraph(None) as store:
        yield build_relations(store)


@pytest.fixture(scope="module")
def G(kg: KnowledgeGraph) -> nx.DiGraph:
    return build_network(kg, Selection()).graph


def test_centrality(G: nx.DiGraph) -> None:
    rows = analytics.centrality(G)
    assert rows[0].actor == "UKR"  # 11 events: the most involved
    ukr = rows[0]
    assert (ukr.events_received, ukr.events_sent, ukr.in_degree, ukr.out_degree) == (9, 2, 4, 2)
    assert ukr.degree_centrality == pytest.approx(6 / 8)
    assert sum(r.weighted_centrality for r in rows) == pytest.approx(1.0, abs=1e-3)
    assert max(rows, key=lambda r: r.betweenness).actor in {"UKR", "RUS", "KOR"}
    assert [r.actor for r in analytics.centrality(G, top=2)] == ["UKR", "RUS"]


def test_signed_view(G: nx.DiGraph) -> None:
    signed = analytics.signed_graph(G)
    assert signed.edges["RUS", "UKR"]["sign"] == -1 and signed.edges["RUS", "UKR"]["weight"] == 27.0
    assert signed.edges["USA", "UKR"]["sign"] == 1
    view = analytics.signed_view(G)
    assert view.edges[0].source == "RUS" and view.edges[0].target == "UKR"
    balance = {b.actor: b for b in view.balances}
    assert balance["RUS"].conflict_given == 27.0 + 2.0 and balance["RUS"].cooperation_given == 3.0
    assert balance["DEU"].net_given > 0 > balance["PRK"].net_given
    assert view.balances[-1].actor == "RUS"  # the most hostile of all


def test_blocs_from_cooperation(G: nx.DiGraph) -> None:
    found = {b.members for b in analytics.blocs(G)}
    assert found == {("DEU", "FRA", "UKR", "USA"), ("CHN", "RUS"), ("JPN", "KOR")}
    coop = analytics.cooperation_graph(G)
    assert not coop.has_edge("RUS", "UKR") and "PRK" not in coop


def test_chain_of_relations(G: nx.DiGraph) -> None:
    chain = analytics.relation_chain(G, "FRA", "CHN")
    assert chain.actors == ["FRA", "UKR", "RUS", "CHN"]
    assert chain.labels[0] == "France"
    step = chain.steps[1]
    assert {(r.source, r.target) for r in step.relations} == {("UKR", "RUS"), ("RUS", "UKR")}
    assert next(r for r in step.relations if r.source == "RUS").main_category == "ASSAULT"
    assert analytics.relation_chain(G, "FRA", "USA", cooperative_only=True).actors in (
        ["FRA", "UKR", "USA"],
        ["FRA", "DEU", "UKR", "USA"],
    )
    with pytest.raises(NotFoundError):
        analytics.relation_chain(G, "FRA", "CHN", cooperative_only=True)
    with pytest.raises(NotFoundError):
        analytics.relation_chain(G, "FRA", "KOR")  # two separate components
    with pytest.raises(NotFoundError):
        analytics.relation_chain(G, "FRA", "BRA")
    with pytest.raises(InputError):
        analytics.relation_chain(G, "FRA", "FRA")


def test_counterparts(G: nx.DiGraph, kg: KnowledgeGraph) -> None:
    [ukr] = analytics.counterparts(G, ["UKR"])
    assert [c.actor for c in ukr.cooperative] == ["USA", "DEU", "FRA"]
    assert [c.actor for c in ukr.hostile] == ["RUS"]
    assert ukr.hostile[0].events == 4 and ukr.hostile[0].goldstein_total == pytest.approx(-29.0)
    everyone = {c.actor: c for c in analytics.counterparts(G, kind="state")}
    assert set(everyone) == set(G) and everyone["PRK"].cooperative == []
    # over a period: before March, only the first assault and the first aid
    early = build_network(kg, Selection.parse(until="2024-02-28")).graph
    [ukr_early] = analytics.counterparts(early, ["UKR"], top=1)
    assert [c.actor for c in ukr_early.cooperative] == ["USA"] and ukr_early.hostile[0].events == 1


def test_actor_summary(G: nx.DiGraph) -> None:
    s = analytics.actor_summary(G, "RUS")
    assert (s.label, s.kind, s.iso_code) == ("Russia", "state", "RUS")
    assert (s.events_sent, s.events_received, s.counterparts) == (5, 3, 3)
    assert s.categories_sent["ASSAULT"] == 2 and s.categories_received == {
        "COOPERATE": 1,
        "ACCUSE": 1,
        "SANCTION": 1,
    }
    assert [c.actor for c in s.cooperative] == ["CHN"] and s.hostile[0].actor == "UKR"
    assert (s.first_date, s.last_date) == ("2024-02-24", "2024-09-01")
    with pytest.raises(NotFoundError):
        analytics.actor_summary(G, "BRA")


def test_event_graphs_give_the_same_answers(kg: KnowledgeGraph, G: nx.DiGraph) -> None:
    M = build_network(kg, Selection(per_event=True)).graph
    assert M.is_multigraph()
    assert analytics.blocs(M) == analytics.blocs(G)
    assert analytics.actor_summary(M, "UKR") == analytics.actor_summary(G, "UKR")
    assert analytics.centrality(M) == analytics.centrality(G)
