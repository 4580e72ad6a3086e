"""The browser tests' harness: a real server (uvicorn, create_app) on 127.0.0.1 over a
store the test built, and Debian's headless Chromium driven by Playwright.

Needs /usr/bin/chromium (Debian package ``chromium``); the tests skip without it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from diplograph.graph.store import KnowledgeGraph

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MARKS = [
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


@contextmanager
def serve(kg: KnowledgeGraph) -> Iterator[str]:
    """The service over ``kg`` on a free port of 127.0.0.1: yields its base URL."""
    import uvicorn
    from diplograph.api.app import create_app

    from diplograph.settings import load_settings

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
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="module", name="browser")
def browser_fixture() -> Iterator[Any]:
    """``browser``: a headless Chromium (Playwright's Browser) for the test module that imports this."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Watched:
    """A page with what it asked for and the errors it raised."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.requested: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requested.append(request.url))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def outside(self, server: str) -> list[str]:
        """Requests that left the server (data: URLs stay inside the page)."""
        inside = (server, "data:", "blob:")
        return [u for u in self.requested if not u.startswith(inside)]


def edge_point(page: Any, source: str, target: str) -> tuple[float, float]:
    """A point on the screen where a click lands on the edge source → target: along its
    curve, the first point where no other element lies on top (Cytoscape's own hit test),
    nor 3 px around it (a click rounded to a pixel next to another line would pick that)."""
    point = page.evaluate(
        """([s, t]) => {
            const cy = window.diplograph.cy;
            const edge = cy.edges().filter(e => e.data('source') === s && e.data('target') === t)[0];
            const a = edge.sourceEndpoint(), b = edge.targetEndpoint();
            const c = (edge.controlPoints() || [{x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}])[0];
            const box = document.querySelector('#graph').getBoundingClientRect();
            const zoom = cy.zoom(), pan = cy.pan();
            const hits = (x, y) => cy.renderer().findNearestElement(x, y, true, false) === edge;
            const near = [-3, 0, 3];
            const around = (x, y) => near.every(dx => near.every(dy => hits(x + dx / zoom, y + dy / zoom)));
            const fs = [];
            for (let f = 0.5, d = 0; d <= 0.4; d += 0.02) fs.push(f + d, f - d);
            for (const test of [around, hits]) {
                for (const f of fs) {
                    const x = (1 - f) ** 2 * a.x + 2 * (1 - f) * f * c.x + f ** 2 * b.x;
                    const y = (1 - f) ** 2 * a.y + 2 * (1 - f) * f * c.y + f ** 2 * b.y;
                    if (test(x, y)) return [box.left + x * zoom + pan.x, box.top + y * zoom + pan.y];
                }
            }
            return null;
        }""",
        [source, target],
    )
    assert point, f"no point of the edge {source} → {target} can be clicked"
    return float(point[0]), float(point[1])


def click_edge(page: Any, source: str, target: str, heading: str, attempts: int = 6) -> None:
    """Click the edge source → target on the graph until the side panel shows ``heading``:
    on a loaded machine the layout may still be settling when the point is computed, so a
    click that missed is tried again at the edge's new place; every second miss lays the
    graph out again (the page's "reset"), since a random layout can put the two directions
    of a pair too close to tell apart (each click is a real one)."""
    check = f"document.querySelector('#panel h2')?.textContent === {heading!r}"
    for attempt in range(1, attempts + 1):
        x, y = edge_point(page, source, target)
        page.mouse.click(x, y)
        try:
            page.wait_for_function(check, timeout=4000)
            return
        except Exception:
            if attempt == attempts:
                seen = page.evaluate("document.querySelector('#panel h2')?.textContent")
                raise AssertionError(f"{attempts} clicks on {source} → {target} opened {seen!r}") from None
            if attempt % 2 == 0:
                page.click("#zoom-reset")
            page.wait_for_timeout(500)


def node_point(page: Any, node: str) -> tuple[float, float]:
    """Where on the screen the centre of a node is."""
    point = page.evaluate(
        """(id) => {
            const p = window.diplograph.cy.getElementById(id).renderedPosition();
            const box = document.querySelector('#graph').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return float(point[0]), float(point[1])
