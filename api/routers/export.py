"""``GET /export/{format}``: the selected relations as GraphML, GEXF, Cytoscape.js,
D3, DOT, CSV, RDF or a picture; ``GET /export`` lists the formats.

The selection filters are query parameters shared with ``/analytics``
(:func:`selection_params`).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from typing import Annotated

from diplograph.api.deps import KG
from diplograph.graph.exports import FORMATS, export, export_format
from diplograph.graph.selection import MAX_DEPTH, Selection
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel

logger = logging.getLogger(__name__)


def selection_params(
    country: Annotated[
        list[str] | None,
        Query(description="Actor ids or names (repeat, or comma-separated); keeps their ego network."),
    ] = None,
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH, description="Hops around the countries.")] = 1,
    since: Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD).")] = None,
    category: Annotated[list[str] | None, Query(description="PLOVER categories (e.g. THREATEN).")] = None,
    quad_class: Annotated[
        list[str] | None,
        Query(
            description="Quad classes: verbal-cooperation, material-cooperation, verbal-conflict, "
            "material-conflict (or 1-4)."
        ),
    ] = None,
    min_events: Annotated[int, Query(ge=1, description="Drop directed pairs with fewer events.")] = 1,
    hypothetical: Annotated[bool, Query(description="Include hypothetical events.")] = False,
    negated: Annotated[bool, Query(description="Include negated events.")] = False,
    per_event: Annotated[bool, Query(description="One edge per event instead of per pair.")] = False,
) -> Selection:
    return Selection.parse(
        countries=country,
        categories=category,
        quad_classes=quad_class,
        since=since,
        until=until,
        depth=depth,
        min_events=min_events,
        include_hypothetical=hypothetical,
        include_negated=negated,
        per_event=per_event,
    )


class FormatInfo(BaseModel):
    name: str
    media_type: str
    extension: str
    kind: str
    description: str


def format_list() -> list[FormatInfo]:
    return [
        FormatInfo(
            name=f.name,
            media_type=f.media_type,
            extension=f.extension,
            kind=f.kind.value,
            description=f.description,
        )
        for f in FORMATS.values()
    ]


def _filename(selection: Selection, extension: str) -> str:
    stem = "-".join(["diplograph", *selection.countries]) if selection.countries else "diplograph"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{stem}.{extension}")


def create_router() -> APIRouter:
    router = APIRouter(prefix="/export", tags=["export"])

    @router.get("", response_model=list[FormatInfo], summary="The export formats")
    def formats() -> list[FormatInfo]:
        return format_list()

    @router.get(
        "/{fmt}",
        summary="Export the selected relations",
        responses={200: {"content": {f.media_type: {} for f in FORMATS.values()}}},
    )
    def export_endpoint(
        fmt: str,
        selection: Annotated[Selection, Depends(selection_params)],
        kg: KG,
        download: Annotated[bool, Query(description="Send as an attachment (a file to save).")] = True,
    ) -> Response:
        spec = export_format(fmt)
        out = io.BytesIO()
        export(kg, selection, spec, out)
        disposition = "attachment" if download else "inline"
        return Response(
            out.getvalue(),
            media_type=spec.media_type,
            headers={
                "Content-Disposition": f'{disposition}; filename="{_filename(selection, spec.extension)}"'
            },
        )

    return router
