"""The relations page at 40+ nodes, as an analyst uses it: search by alias (and choose
when a name is ambiguous), read the ego graph, toggle hypothetical events and go Back,
open a pair over time, map the events by place; the API docs and the SPARQL page load
nothing from outside.

Set DIPLOGRAPH_SCREENSHOTS=docs to save docs/graph-page.png, docs/pair-view.png and
docs/map-view.png (the README shows them); otherwise the screenshots go to a temporary
folder.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from diplograph.graph.store import KnowledgeGraph

from tests.api.browser import MARKS, Watched, browser_fixture, click_edge, serve  # noqa: F401 (fixture)
from tests.api.page_data import CAPITALS, build_page_store, page_specs

pytestmark = MARKS
WINDOW = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(build_page_store(KnowledgeGraph(None))) as url:
        yield url


@pytest.fixture
def watched(server: str, browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport=WINDOW)
    w = Watched(context.new_page())
    yield w
    context.close()
    assert not w.errors, w.errors
    assert not w.outside(server), f"the page asked the internet for {w.outside(server)}"


def screenshot_path(name: str, tmp_path: Path) -> Path:
    folder = os.environ.get("DIPLOGRAPH_SCREENSHOTS")
    return Path(folder) / name if folder else tmp_path / name


def open_page(w: Watched, server: str, fragment: str = "") -> Any:
    page = w.page
    page.goto(server + "/" + fragment)
    page.wait_for_selector("body[data-ready=true]", timeout=20000)
    return page


def search(page: Any, text: str) -> None:
    page.evaluate("document.querySelector('#graph').dataset.ready = 'false'")
    page.fill("#search", text)
    page.press("#search", "Enter")


def graph_ready(page: Any) -> str:
    page.wait_for_selector("#graph[data-ready=true]", timeout=30000)
    return str(page.inner_text("#status"))


def edges(page: Any) -> list[tuple[str, str]]:
    pairs = page.evaluate("window.diplograph.cy.edges().map(e => [e.data('source'), e.data('target')])")
    return [(s, t) for s, t in pairs]


@pytest.mark.parametrize(
    ("alias", "label"),
    [
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("america", "United States"),
        ("Moscow", "Russia"),
    ],
)
def test_search_by_alias_code_or_capital(watched: Watched, server: str, alias: str, label: str) -> None:
    page = open_page(watched, server)
    search(page, alias)
    assert graph_ready(page).startswith(label + ":")
    assert page.input_value("#search") == label


def test_an_ambiguous_name_asks_which_actor(watched: Watched, server: str) -> None:
    page = open_page(watched, server)
    search(page, "Korea")
    page.wait_for_selector("#choices:not([hidden])", timeout=10000)
    choices = page.locator("#choices button.choice")
    assert sorted(choices.evaluate_all("bs => bs.map(b => b.dataset.actor)")) == ["KOR", "PRK"]
    page.click("#choices button[data-actor=PRK]")
    assert graph_ready(page).startswith("North Korea:")
    assert page.is_hidden("#choices")


def test_the_ego_view_keeps_pairs_with_the_country_unless_asked(watched: Watched, server: str) -> None:
    page = open_page(watched, server, "#country=RUS")
    graph_ready(page)
    shown = edges(page)
    assert shown and all("RUS" in pair for pair in shown), shown
    assert ("RUS", "RUS") in shown and ("SDN", "SDN") not in shown  # its own loop, not Sudan's
    hidden = page.inner_text("#between-count")
    page.check("#between")
    graph_ready(page)
    assert ("SDN", "SDN") in edges(page) and ("DEU", "FRA") in edges(page)
    assert len(edges(page)) == len(shown) + int(hidden.strip("(").split()[0])
    assert "between=true" in page.evaluate("location.hash")


def events_shown(page: Any) -> int:
    status = page.inner_text("#status")
    return int(status.split(" relations, ")[1].split()[0].rstrip(","))


def test_hypothetical_events_toggle_with_counts_and_back_restores_the_view(
    watched: Watched, server: str
) -> None:
    page = open_page(watched, server, "#country=RUS")
    graph_ready(page)
    page.wait_for_selector("#negated-count[data-count]", timeout=10000)  # counted after hypothetical
    assert page.inner_text("#hypothetical-count") == "(2 hidden)"
    assert page.inner_text("#negated-count") == "(1 hidden)"
    before = events_shown(page)

    # a click on the line Russia → United Kingdom, then the hypothetical events at once
    page.click("#relations tbody tr[data-source=RUS][data-target=GBR]")
    page.wait_for_selector("#panel h2", timeout=10000)
    page.check("#hypothetical")
    page.wait_for_function(
        "document.querySelector('#hypothetical-count').textContent === '(2 shown)'", timeout=15000
    )
    assert events_shown(page) == before + 2
    page.wait_for_function("document.querySelectorAll('#panel .flag').length === 2", timeout=10000)
    assert page.inner_text("#panel h2") == "Russia → United Kingdom"  # the panel followed the filter

    page.go_back()
    page.wait_for_function("!document.querySelector('#hypothetical').checked", timeout=10000)
    graph_ready(page)
    assert events_shown(page) == before
    page.wait_for_function("document.querySelectorAll('#panel .flag').length === 0", timeout=10000)
    page.go_forward()
    page.wait_for_function("document.querySelector('#hypothetical').checked", timeout=10000)
    graph_ready(page)
    assert events_shown(page) == before + 2


def test_forty_nodes_stay_legible_and_a_line_opens_its_events(
    watched: Watched, server: str, tmp_path: Path
) -> None:
    page = open_page(watched, server)
    search(page, "Russia")
    graph_ready(page)
    labels = page.evaluate(
        """() => {
            const cy = window.diplograph.cy;
            return cy.nodes().map(n => {
                const b = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
                return {font: n.data('font') * cy.zoom(), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2,
                        size: n.data('size'), kind: n.data('colour')};
            });
        }"""
    )
    assert len(labels) >= 40
    assert min(label["font"] for label in labels) >= 12, "labels under 12 px at the first view"
    overlapping = [
        (a, b)
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]
    ]
    assert len(overlapping) <= 1, f"{len(overlapping)} labels overlap"
    assert len({label["size"] for label in labels}) > 3 and len({label["kind"] for label in labels}) >= 2

    # zoom controls
    zoom = page.evaluate("window.diplograph.cy.zoom()")
    page.click("#zoom-in")
    assert page.evaluate("window.diplograph.cy.zoom()") > zoom
    page.click("#zoom-fit")
    assert page.evaluate("window.diplograph.cy.zoom()") == pytest.approx(zoom, rel=0.01)

    # the two directions of a pair are two curves; a click on one selects it and fades the rest
    click_edge(page, "UKR", "RUS", "Ukraine → Russia")
    selected = page.evaluate("window.diplograph.cy.edges(':selected').map(e => e.id())")
    assert selected == ["UKR->RUS"]
    assert page.evaluate("window.diplograph.cy.elements('.faded').length") > 40
    first = page.locator("#panel ol.events li").first
    assert first.locator(".trigger").inner_text() == "accused"
    assert "confidence 0.90" in first.inner_text()
    assert first.locator("a.event-id").inner_text() == first.get_attribute("data-event")
    page.screenshot(path=str(screenshot_path("graph-page.png", tmp_path)))


def test_an_article_without_title_or_url_shows_its_id(watched: Watched, server: str) -> None:
    page = open_page(watched, server, "#country=RUS")
    graph_ready(page)
    unlinked = page.evaluate(
        """async () => {
            const rows = (await (await fetch('actors/RUS/relations?limit=1000')).json()).relations;
            for (const r of rows) {
                const e = await (await fetch('events/' + r.event_id)).json();
                if (!e.article.url) return [e.source.id, e.target.id, e.id, e.article.key];
            }
            return null;
        }"""
    )
    source, target, event_id, key = unlinked
    page.click(f"#relations tbody tr[data-source='{source}'][data-target='{target}']")
    item = page.locator(f"#panel li[data-event='{event_id}']")
    item.wait_for(timeout=10000)
    assert item.locator(".article-id").inner_text() == "id " + key
    assert item.locator("a.article").count() == 0


def test_a_pair_over_time_and_one_country_against_all(watched: Watched, server: str, tmp_path: Path) -> None:
    page = open_page(watched, server)
    page.click("#view-pair")
    page.fill("#pair-a", "Russia")
    page.fill("#pair-b", "Ukraine")
    page.press("#pair-b", "Enter")
    page.wait_for_selector("#pair-area[data-ready=true]", timeout=15000)
    assert page.inner_text("#pair-title") == "Russia ↔ Ukraine"
    dyad = page.evaluate("fetch('dyads/RUS/UKR').then(r => r.json())")
    months = {t["month"] for t in dyad["timeline"]}
    bar_months = set(page.locator("#pair-chart rect").evaluate_all("rs => rs.map(r => r.dataset.month)"))
    assert bar_months == months
    assert page.locator("#pair-chart .goldstein-point").count() == len(months)
    events = page.locator("#pair-events li")
    assert events.count() == sum(d["counts"]["events"] for d in dyad["directions"])
    assert "Russia shelled Ukraine." in page.locator("#pair-events blockquote").all_inner_texts()
    assert "view=pair" in page.evaluate("location.hash")
    page.screenshot(path=str(screenshot_path("pair-view.png", tmp_path)), full_page=True)

    # one country against all; Back returns to the pair
    page.fill("#pair-b", "")
    page.evaluate("document.querySelector('#pair-area').dataset.ready = 'false'")
    page.click("#show")
    page.wait_for_selector("#pair-area[data-ready=true]", timeout=15000)
    assert page.inner_text("#pair-title") == "Russia ↔ all"
    assert page.locator("#pair-chart rect").count() > len(months)
    page.go_back()
    page.wait_for_function("document.querySelector('#pair-title').textContent === 'Russia ↔ Ukraine'")


#: The quad classes' colours in the pair view's chart and the map's legend.
QUAD_COLOURS = {
    "verbal_cooperation": "#91cf60",
    "material_cooperation": "#1a9850",
    "verbal_conflict": "#fc8d59",
    "material_conflict": "#d73027",
}


CAPITALS_BY_NAME = {place.name: place for place in CAPITALS.values()}


def mapped(country: str, *, hypothetical: bool = False) -> Counter[tuple[str, str]]:
    """What the map of ``country``'s ego view should show, from the stories the store was
    built from: (place, quad class) → events, for the pairs that involve the country."""
    return Counter(
        (CAPITALS[s.target].name, s.plover.quad.value.replace("-", "_"))
        for s in page_specs()
        if country in (s.source, s.target)
        and s.target in CAPITALS
        and not s.negated
        and (hypothetical or not s.hypothetical)
    )


def per_place(expected: Counter[tuple[str, str]]) -> Counter[str]:
    places: Counter[str] = Counter()
    for (place, _), n in expected.items():
        places[place] += n
    return places


def map_places(page: Any) -> dict[str, dict[str, Any]]:
    """The circles on the map: place → its count and its slices (quad class → count, colour)."""
    places = page.locator("#map .place").evaluate_all(
        """boxes => boxes.map(b => [b.dataset.place, Number(b.dataset.count),
            [...b.querySelectorAll('[data-quad]')].map(s => [s.dataset.quad, Number(s.dataset.count),
                                                             s.getAttribute('fill')])])"""
    )
    return {
        name: {"count": count, "slices": {q: (n, fill) for q, n, fill in slices}}
        for name, count, slices in places
    }


def map_ready(page: Any) -> str:
    page.wait_for_selector("#map[data-ready=true]", timeout=30000)
    return str(page.inner_text("#map-status"))


def test_the_map_shows_events_by_place_follows_the_filters_and_back(
    watched: Watched, server: str, tmp_path: Path
) -> None:
    page = open_page(watched, server, "#country=RUS")
    graph_ready(page)
    page.click("#view-map")
    status = map_ready(page)
    expected = mapped("RUS")
    assert status.startswith(f"Russia: {sum(expected.values())} events at {len(per_place(expected))} places")
    assert "view=map" in page.evaluate("location.hash") and "country=RUS" in page.evaluate("location.hash")

    # one circle per place, its count and its slices by quad class in the legend's colours
    shown = map_places(page)
    assert {name: p["count"] for name, p in shown.items()} == per_place(expected)
    for (place, quad), n in expected.items():
        assert shown[place]["slices"][quad] == (n, QUAD_COLOURS[quad]), (place, quad)
    legend = page.locator(".map-legend .key").evaluate_all(
        "ks => ks.map(k => [k.dataset.quad, k.style.getPropertyValue('--key')])"
    )
    assert dict(legend) == QUAD_COLOURS
    radius = {
        name: page.locator(f"#map .place[data-place='{name}'] svg").get_attribute("width") for name in shown
    }
    most, least = max(shown, key=lambda n: shown[n]["count"]), min(shown, key=lambda n: shown[n]["count"])
    assert int(radius[most]) > int(radius[least])
    stacked = (
        "n => Number(document.querySelector(`#map .place[data-place='${n}']`).parentElement.style.zIndex)"
    )
    z = {name: page.evaluate(stacked, name) for name in shown}
    fewer_on_top = [(a, b) for a in shown for b in shown if shown[a]["count"] < shown[b]["count"]]
    assert all(z[a] > z[b] for a, b in fewer_on_top)  # a small circle is never under a big one
    # and some smaller place lies north of a bigger one: Leaflet's own order (by latitude) would fail
    assert any(CAPITALS_BY_NAME[a].latitude > CAPITALS_BY_NAME[b].latitude for a, b in fewer_on_top)
    assert page.inner_text("#hypothetical-count") == "(2 hidden)"  # Russia threatens London, hypothetically
    page.wait_for_selector("#negated-count[data-count='1']", timeout=10000)

    # a click on Kyiv opens its events; one of them reads its sentence
    page.click("#map .place[data-place='Kyiv']")
    popup = page.locator(".leaflet-popup .map-popup[data-place='Kyiv']")
    popup.wait_for(timeout=10000)
    assert popup.locator("h3").inner_text() == "Kyiv, Ukraine"
    assert popup.locator("li.event").count() == per_place(expected)["Kyiv"]
    shelling = popup.locator("li.event", has_text="ASSAULT").filter(has_text="Russia → Ukraine").first
    assert "2024-" in shelling.locator(".head").inner_text()
    shelling.locator("button.sentence-button").click()
    # the sentence, or the error the page shows instead (so a failure says which); slow under load
    shelling.locator("blockquote, .error").first.wait_for(timeout=30000)
    assert shelling.locator(".error").count() == 0, shelling.locator(".error").inner_text()
    assert shelling.locator("blockquote").inner_text() == "Russia shelled Ukraine."
    assert shelling.locator("a.event-id").inner_text() == shelling.get_attribute("data-event")
    page.evaluate("document.querySelector('.leaflet-popup-content').scrollTop = 0; window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshot_path("map-view.png", tmp_path)))

    # the hypothetical threats join London's circle; Back takes them off, then back to the graph
    london = per_place(expected)["London"]
    page.check("#hypothetical")
    page.wait_for_function(
        f"document.querySelector(\"#map .place[data-place='London']\")?.dataset.count === '{london + 2}'",
        timeout=15000,
    )
    assert "hypothetical=true" in page.evaluate("location.hash")
    assert (
        map_places(page)["London"]["slices"]["verbal_conflict"][0]
        == mapped("RUS", hypothetical=True)[("London", "verbal_conflict")]
    )
    page.go_back()
    page.wait_for_function("!document.querySelector('#hypothetical').checked", timeout=10000)
    page.wait_for_function(
        f"document.querySelector(\"#map .place[data-place='London']\")?.dataset.count === '{london}'",
        timeout=15000,
    )
    page.go_back()
    page.wait_for_function("document.body.dataset.view === 'graph'", timeout=10000)
    assert page.is_visible("#graph") and page.is_hidden("#map")
    assert graph_ready(page).startswith("Russia:")


def test_the_map_of_every_actor_and_a_category_filter(watched: Watched, server: str) -> None:
    page = open_page(watched, server, "#view=map")
    status = map_ready(page)
    everything = Counter(
        CAPITALS[s.target].name
        for s in page_specs()
        if s.target in CAPITALS and not (s.negated or s.hypothetical)
    )
    assert status.startswith(f"All actors: {sum(everything.values())} events at {len(everything)} places")
    assert {name: p["count"] for name, p in map_places(page).items()} == everything

    # conflict only: the cooperation slices go
    page.click("#categories summary")
    for box in page.locator(".quad.cooperation input").all():
        box.uncheck()
    conflict, total = page.locator(".quad.conflict input").count(), page.locator(".quad input").count()
    page.wait_for_function(
        f"document.querySelector('#categories-note').textContent === '{conflict} of {total}'"
        " && document.querySelector('#map').dataset.ready === 'true'",
        timeout=20000,
    )
    slices = page.locator("#map .place [data-quad]").evaluate_all("ss => ss.map(s => s.dataset.quad)")
    assert slices and all(q.endswith("conflict") for q in slices)
    assert set(map_places(page)) < set(everything)  # some places only saw cooperation
    assert "category=" in page.evaluate("location.hash")


@pytest.mark.parametrize(
    ("path", "ready"),
    [
        ("/", "body[data-ready=true]"),
        ("/#view=map&country=RUS", "#map[data-ready=true] .place"),
        ("/sparql", ".yasqe"),
        ("/docs", ".swagger-ui .information-container"),
        ("/redoc", ".redoc-wrap .menu-content"),
    ],
)
def test_no_page_asks_the_internet(watched: Watched, server: str, path: str, ready: str) -> None:
    watched.page.goto(server + path)
    watched.page.wait_for_selector(ready, timeout=30000)
    watched.page.wait_for_load_state("networkidle")
    assert len(watched.requested) > 1


def test_the_sparql_page_shows_readable_cells_messages_and_examples_in_place(
    watched: Watched, server: str
) -> None:
    page = watched.page
    page.goto(server + "/sparql")
    page.wait_for_selector("body[data-ready=true]", timeout=20000)
    page.click("#examples button >> nth=2")  # who sanctioned whom
    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=20000)
    assert page.locator(".yasgui .tabsList .tab").count() == 1  # in place, not in a new tab

    query = "SELECT ?t ?g ?d WHERE { ?e dg:target ?t ; dg:goldstein ?g ; dg:date ?d } ORDER BY ?d LIMIT 3"
    run = "q => { const t = window.diplographSparql.getTab(); t.setQuery(q); t.query().catch(() => {}); }"
    page.evaluate(run, query)
    page.wait_for_function(
        "document.querySelector('.yasr table.dataTable tbody td a.iri')?.textContent.startsWith('actor:')",
        timeout=20000,
    )
    table = page.inner_text(".yasr table.dataTable")
    assert "XMLSchema" not in table and "^^" not in table and "2023-" in table
    header = page.locator(".yasr table.dataTable thead th").all_inner_texts()
    assert [h.strip() for h in header if h.strip()] == ["t", "g", "d"]
    cells = page.locator(".yasr table.dataTable tbody td").evaluate_all(
        "tds => tds.map(td => td.scrollWidth <= td.clientWidth + 1)"
    )
    assert all(cells), "a column is cut off"

    page.evaluate(run, "SELECT * WHERE { ?s ?p }")
    page.wait_for_selector(".query-error", timeout=20000)
    message = page.inner_text(".query-error")
    assert message.startswith("The query has an error") and "syntax error" in message
    assert "{" not in message  # a message, not the JSON body
