"""The relations page as a person uses it: a real server (uvicorn, create_app) on
127.0.0.1 and Debian's headless Chromium driven by Playwright. Search a country,
click a line of the graph, read its events; click a country; filter; and never
ask the internet for anything.

Needs /usr/bin/chromium (Debian package ``chromium``); skipped without it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.graph.relations_data import build_relations

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn
    from diplograph.api.app import create_app
    from diplograph.graph.store import KnowledgeGraph

    from diplograph.settings import load_settings

    kg = build_relations(KnowledgeGraph(None))
    port = _free_port()
    app = create_app(load_settings(in_memory=True, query_workers=1), kg=kg)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="page-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _edge_point(page: Any, source: str, target: str) -> tuple[float, float]:
    point = page.evaluate(
        """([s, t]) => {
            const cy = window.diplograph.cy;
            const edge = cy.edges().filter(e => e.data('source') === s && e.data('target') === t);
            const p = edge.renderedMidpoint();
            const box = document.querySelector('#graph').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [source, target],
    )
    return float(point[0]), float(point[1])


def _node_point(page: Any, node: str) -> tuple[float, float]:
    point = page.evaluate(
        """(id) => {
            const p = window.diplograph.cy.getElementById(id).renderedPosition();
            const box = document.querySelector('#graph').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return float(point[0]), float(point[1])


def test_search_a_country_and_read_the_events_of_a_relation(
    server: str, browser: Any, tmp_path: Path
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=15000)
    assert page.inner_text("#status") == "9 actors have relations. Search a country to see them."

    # search a country as a person would: type its name and press Enter
    page.fill("#search", "russ")
    page.press("#search", "Enter")
    page.wait_for_selector("#graph[data-ready=true]", timeout=15000)
    status = page.inner_text("#status")
    assert status.startswith("Russia: 4 actors, 8 relations"), status
    assert page.input_value("#search") == "Russia"
    rows = page.locator("#relations tbody tr")
    assert rows.count() == 8

    # click the line from Russia to Ukraine on the graph
    x, y = _edge_point(page, "RUS", "UKR")
    page.mouse.click(x, y)
    page.wait_for_selector("#panel h2", timeout=10000)
    assert page.inner_text("#panel h2") == "Russia → Ukraine"
    events = page.locator("#panel ol.events li")
    assert events.count() == 3
    sentences = page.locator("#panel blockquote.sentence").all_inner_texts()
    assert sentences == ["Russia shelled Ukraine.", "Russia shelled Ukraine.", "Russia threatened Ukraine."]
    links = page.locator("#panel a.article")
    assert links.count() == 3 and links.first.get_attribute("href").startswith("https://news.example.org/")
    assert "ASSAULT" in page.inner_text("#panel") and "3 events" in page.inner_text("#panel .meta")
    shot = tmp_path / "relations-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if os.environ.get("DIPLOGRAPH_SCREENSHOT"):
        page.screenshot(path=os.environ["DIPLOGRAPH_SCREENSHOT"], full_page=True)

    # click a country for its summary
    x, y = _node_point(page, "UKR")
    page.mouse.click(x, y)
    page.wait_for_function("document.querySelector('#panel h2')?.textContent === 'Ukraine'", timeout=10000)
    panel = page.inner_text("#panel")
    assert "Most hostile counterparts" in panel and "Russia" in panel and "United States" in panel

    # only material conflict, from May on: one relation left
    page.click("#no-categories")
    for category in ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"):
        page.check(f"#category-groups input[value={category}]")
    page.fill("#since", "2024-05-01")
    page.click("#show")
    page.wait_for_function("document.querySelectorAll('#relations tbody tr').length === 1", timeout=10000)
    assert page.inner_text("#relations tbody tr").split("\t")[:3] == ["Russia", "Ukraine", "1"]

    # a link to the SPARQL page
    assert page.get_attribute("#sparql-link", "href") == "sparql"
    assert not errors, errors
    outside = [u for u in requested if not u.startswith(server) and not u.startswith("data:")]
    assert not outside, f"the page asked the internet for {outside}"
    context.close()
