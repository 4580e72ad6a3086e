"""The answers the service keeps: until its next write, and never one computed across a write."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from diplograph.api import views
from diplograph.api.service import Service
from diplograph.graph import analytics
from diplograph.graph.network import build_network
from diplograph.graph.selection import Selection
from diplograph.graph.store import KnowledgeGraph

from diplograph.settings import Settings
from tests.api import service_data


def test_the_cache_keeps_answers_until_cleared() -> None:
    cache = views.ViewCache(size=2)
    calls: list[str] = []

    def compute(name: str) -> str:
        calls.append(name)
        return name.upper()

    assert cache.get("a", lambda: compute("a")) == "A"
    assert cache.get("a", lambda: compute("a")) == "A" and calls == ["a"]
    cache.get("b", lambda: compute("b"))
    cache.get("c", lambda: compute("c"))  # "a" is the least recently used: dropped
    assert len(cache) == 2
    cache.get("a", lambda: compute("a"))
    assert calls == ["a", "b", "c", "a"]
    cache.clear()
    assert len(cache) == 0


def test_the_cells_are_never_dropped_for_other_answers() -> None:
    cache = views.ViewCache(size=1)
    cache.get(views.CELLS, lambda: ["cell"])
    cache.get("a", lambda: "A")
    cache.get("b", lambda: "B")  # "a" is dropped, not the older cells
    assert len(cache) == 2
    assert cache.get(views.CELLS, lambda: ["read again"]) == ["cell"]
    assert cache.get("a", lambda: "again") == "again"
    cache.clear()
    assert cache.get(views.CELLS, lambda: ["read again"]) == ["read again"]


def _computing(
    cache: views.ViewCache, compute: Callable[[], int], started: threading.Event
) -> threading.Thread:
    """A thread asking ``cache`` for the answer of "k", once ``compute`` has begun."""
    worker = threading.Thread(target=cache.get, args=("k", compute))
    worker.start()
    started.wait(5)
    return worker


def test_a_key_is_computed_once_while_others_wait_for_it() -> None:
    cache = views.ViewCache()
    calls: list[int] = []
    started = threading.Event()

    def slow() -> int:
        calls.append(1)
        started.set()
        time.sleep(0.3)
        return 7

    first = _computing(cache, slow, started)
    answers = []
    waiters = [threading.Thread(target=lambda: answers.append(cache.get("k", slow))) for _ in range(3)]
    for w in waiters:
        w.start()
    for w in [first, *waiters]:
        w.join(5)
    assert answers == [7, 7, 7] and calls == [1]


def test_an_answer_computed_across_a_write_is_not_kept() -> None:
    cache = views.ViewCache()
    started, written = threading.Event(), threading.Event()

    def slow() -> int:
        started.set()
        written.wait(5)
        return 1

    worker = _computing(cache, slow, started)
    cache.clear()  # a write while the answer is computed
    written.set()
    worker.join(5)
    assert len(cache) == 0


def _service() -> Service:
    kg = KnowledgeGraph(None, gazetteer=service_data.gazetteer())
    service_data.fill(kg)
    return Service.open(Settings(in_memory=True, query_workers=1), kg)


def _wait_for(condition: object, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def test_the_service_computes_the_start_up_view_and_again_after_a_write() -> None:
    service = _service()
    try:
        assert _wait_for(lambda: len(service.views) == 3)  # the cells, the pair graph and its centrality
        expected = analytics.centrality(build_network(service.kg, Selection()).graph)
        assert service.views.get(("centrality", views.START_UP), list) == expected
        service.views.get("other", lambda: 1)
        service._changed()
        assert service.views.get("other", lambda: 2) == 2
        assert _wait_for(lambda: len(service.views) == 4)
    finally:
        service.close()
