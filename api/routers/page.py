"""``GET /``: the interactive relations page, its assets and its configuration.

The page's HTML, CSS and JavaScript live in ``api/static/page/``; Cytoscape.js (with
its fcose layout), Leaflet with Natural Earth's country shapes (the map view), Swagger UI
and ReDoc are vendored in ``api/static/vendor/`` (``scripts/vendor_page_assets.sh``), so
the page and the API docs (``/docs``, ``/redoc``) need no internet.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from diplograph.ontology import namespaces as ns
from fastapi import APIRouter
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel

from diplograph.errors import ConfigError, NotFoundError
from diplograph.model import Plover, QuadClass

logger = logging.getLogger(__name__)

MEDIA_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",  # the map view's country shapes (Natural Earth, TopoJSON)
}
VENDOR = "page/vendor/"  # relative: the docs pages sit at the root, as the page does


def static_dir() -> Path:
    return Path(str(files("diplograph.api").joinpath("static")))


def _asset(folder: str, name: str) -> FileResponse:
    """A file of ``static/<folder>/`` by plain name (no paths, no hidden files)."""
    base = static_dir() / folder
    path = base / name
    if (
        "/" in name
        or "\\" in name
        or name.startswith(".")
        or path.suffix not in MEDIA_TYPES
        or not path.is_file()
    ):
        raise NotFoundError(f"no page asset {folder}/{name}")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})


class FormatChoice(BaseModel):
    name: str
    description: str


class PageConfig(BaseModel):
    categories: dict[str, list[str]]
    formats: list[FormatChoice]
    prefixes: dict[str, str]  # the server's SPARQL prefixes: the query page shortens IRIs with them


def page_config() -> PageConfig:
    from diplograph.graph.exports import FORMATS

    categories = {q.value: [p.value for p in Plover if p.quad is q] for q in QuadClass}
    formats = [FormatChoice(name=f.name, description=f.description) for f in FORMATS.values()]
    return PageConfig(categories=categories, formats=formats, prefixes=dict(ns.PREFIXES))


router = APIRouter(tags=["page"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index() -> HTMLResponse:
    path = static_dir() / "page" / "index.html"
    if not path.is_file():
        raise ConfigError(f"the page is missing from the installation: {path}")
    return HTMLResponse(path.read_text(encoding="utf-8"), headers={"Cache-Control": "no-cache"})


@router.get("/page/config.json", response_model=PageConfig, summary="What the page offers")
def config() -> PageConfig:
    return page_config()


@router.get("/page/assets/{name}", include_in_schema=False)
def asset(name: str) -> FileResponse:
    return _asset("page", name)


@router.get("/page/vendor/{name}", include_in_schema=False)
def vendor(name: str) -> FileResponse:
    return _asset("vendor", name)


@router.get("/docs", include_in_schema=False)
def swagger_ui() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="openapi.json",
        title="diplograph — API",
        swagger_js_url=VENDOR + "swagger-ui-bundle.js",
        swagger_css_url=VENDOR + "swagger-ui.css",
        swagger_favicon_url=VENDOR + "favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None},  # no call to validator.swagger.io
    )


@router.get("/redoc", include_in_schema=False)
def redoc() -> HTMLResponse:
    return get_redoc_html(
        openapi_url="openapi.json",
        title="diplograph — API",
        redoc_js_url=VENDOR + "redoc.standalone.js",
        redoc_favicon_url=VENDOR + "favicon-32x32.png",
        with_google_fonts=False,
    )
