"""The API documentation: /docs and /redoc load only the server's own files, and every
operation declares its error answers, with an example in the one error shape unless the
route describes them itself."""

from __future__ import annotations

import re

import pytest
from diplograph.api.app import create_app
from fastapi import FastAPI
from fastapi.testclient import TestClient

from diplograph.settings import load_settings


@pytest.fixture(scope="module")
def app() -> FastAPI:
    return create_app(load_settings(in_memory=True, query_workers=1))


@pytest.mark.parametrize(
    ("path", "script"), [("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")]
)
def test_the_docs_pages_load_vendored_assets_only(app: FastAPI, path: str, script: str) -> None:
    client = TestClient(app)  # no lifespan: the docs need no store
    html = client.get(path).text
    urls = re.findall(r"""(?:src|href|url)\s*[=:]\s*['"]([^'"]+)['"]""", html)
    assert f"page/vendor/{script}" in urls and "openapi.json" in urls
    assert not [u for u in urls if "//" in u], urls
    for url in urls:
        if url.startswith("page/vendor/"):
            assert client.get("/" + url).status_code == 200, url


def test_every_operation_declares_its_errors_with_an_example(app: FastAPI) -> None:
    undeclared = []
    for path, operations in app.openapi()["paths"].items():
        for method, op in operations.items():
            errors = {s: r for s, r in op["responses"].items() if s.startswith("4") and s != "422"}
            if path in ("/health", "/stats"):
                assert not errors, path  # they take no input
                continue
            for status, response in errors.items():
                if "content" not in response:  # the route's own declaration (e.g. /sparql) replaces ours
                    continue
                example = response["content"]["application/json"]["example"]
                assert set(example) == {"error", "detail"}, (path, status)
            if not errors:
                undeclared.append(f"{method.upper()} {path}")
    assert not undeclared, undeclared
