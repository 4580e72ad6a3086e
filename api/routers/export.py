"""``GET /export/{format}``: the selected relations as GraphML, GEXF, Cytoscape.js,
D3, DOT, CSV, RDF or a picture; ``GET /export`` lists the formats.

The selection filters are query parameters shared with ``/analytics``
(:data:`diplograph.api.deps.SelectionDep`). An unknown format is a 404.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Annotated

from diplograph.api.deps import KG, SelectionDep, Views
from diplograph.api.views import cells_of
from diplograph.graph.exports import FORMATS, FormatKind, export, export_format
from diplograph.graph.selection import Selection
from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/export", tags=["export"])


class FormatInfo(BaseModel):
    name: str
    media_type: str
    extension: str
    kind: str
    description: str


def _filename(selection: Selection, extension: str) -> str:
    stem = "-".join(["diplograph", *selection.countries]) if selection.countries else "diplograph"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{stem}.{extension}")


@router.get("", response_model=list[FormatInfo], summary="The export formats")
def formats() -> list[FormatInfo]:
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


@router.get(
    "/{fmt}",
    summary="Export the selected relations",
    responses={200: {"content": {f.media_type: {} for f in FORMATS.values()}}},
)
def export_endpoint(
    fmt: str,
    selection: SelectionDep,
    kg: KG,
    views: Views,
    download: Annotated[bool, Query(description="Send as an attachment (a file to save).")] = True,
) -> Response:
    spec = export_format(fmt)

    def body() -> bytes:
        out = io.BytesIO()
        export(kg, selection, spec, out, cells_of(kg, views))
        return out.getvalue()

    # the graph formats are small and are kept until the next write; RDF and maps list events
    kept = spec.kind in (FormatKind.NETWORK, FormatKind.PICTURE)
    disposition = "attachment" if download else "inline"
    return Response(
        views.get(("export", spec.name, selection), body) if kept else body(),
        media_type=spec.media_type,
        headers={"Content-Disposition": f'{disposition}; filename="{_filename(selection, spec.extension)}"'},
    )
