"""The relations page as a person uses it: a real server (uvicorn, create_app) on
127.0.0.1 and Debian's headless Chromium driven by Playwright. Search a country,
click a line of the graph, read its events; click a country; filter; and never
ask the internet for anything.

Needs /usr/bin/chromium (Debian package ``chromium``); skipped without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from diplograph.graph.store import KnowledgeGraph

from tests.api.browser import MARKS, Watched, browser_fixture, click_edge, node_point, serve  # noqa: F401 (fixture)
from tests.graph.relations_data import build_relations

pytestmark = MARKS


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(build_relations(KnowledgeGraph(None))) as url:
        yield url


def test_search_a_country_and_read_the_events_of_a_relation(
    server: str, browser: Any, tmp_path: Path
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    watched = Watched(context.new_page())
    page = watched.page
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=15000)
    assert page.inner_text("#status") == "9 actors have relations. Search a country to see them."

    # search a country as a person would: type its name and press Enter
    page.fill("#search", "russ")
    page.press("#search", "Enter")
    page.wait_for_selector("#graph[data-ready=true]", timeout=15000)
    status = page.inner_text("#status")
    assert status.startswith("Russia: 4 actors, 6 relations"), status  # only pairs with Russia
    assert page.input_value("#search") == "Russia"
    rows = page.locator("#relations tbody tr")
    assert rows.count() == 6

    # click the line from Russia to Ukraine on the graph
    click_edge(page, "RUS", "UKR", "Russia → Ukraine")
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
    x, y = node_point(page, "UKR")
    page.mouse.click(x, y)
    page.wait_for_function("document.querySelector('#panel h2')?.textContent === 'Ukraine'", timeout=10000)
    panel = page.inner_text("#panel")
    assert "Most hostile counterparts" in panel and "Russia" in panel and "United States" in panel

    # only material conflict, from May on: one relation left (filters apply at once)
    page.click("#categories > summary", position={"x": 8, "y": 8})
    page.click("#no-categories")
    for category in ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"):
        page.check(f"#category-groups input[value={category}]")
    page.fill("#since", "2024-05-01")
    page.press("#since", "Enter")
    page.wait_for_function("document.querySelectorAll('#relations tbody tr').length === 1", timeout=10000)
    assert page.inner_text("#relations tbody tr").split("\t")[:3] == ["Russia", "Ukraine", "1"]

    # a link to the SPARQL page
    assert page.get_attribute("#sparql-link", "href") == "sparql"
    assert not watched.errors, watched.errors
    assert not watched.outside(server), f"the page asked the internet for {watched.outside(server)}"
    context.close()
