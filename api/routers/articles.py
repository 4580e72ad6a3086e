"""Articles: ingest one article or a JSONL batch (needs the API key)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from diplograph.api.deps import ApiKey, ExtractorDep, ServiceDep, read_body
from diplograph.extract.readers import article_from_record, load_json
from diplograph.graph import happenings
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from diplograph.errors import ArticleError, InputError
from diplograph.model import DEFAULT_MAX_ARTICLE_BYTES, Article, Event

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/articles", tags=["articles"])
JSONL = {
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonlines",
    "application/json-seq",
    "text/plain",
}
_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["id", "text"],
                    "properties": {
                        "id": {"type": "string"},
                        "text": {"type": "string"},
                        "date": {"type": "string", "format": "date"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                    },
                }
            },
            "application/x-ndjson": {"schema": {"type": "string", "description": "One JSON article a line."}},
        },
    }
}


class CreatedEvent(BaseModel):
    id: str  # the report: what this article says (``GET /events/{id}`` shows it)
    event: str | None  # the event (one per happening) the report was merged into
    source: str
    target: str | None
    category: str
    cameo: str
    goldstein: float
    quad_class: str
    date: dt.date | None
    trigger: str
    confidence: float
    negated: bool
    hypothetical: bool
    sentence: str
    sentence_start: int
    sentence_end: int


class ArticleOutcome(BaseModel):
    id: str
    key: str
    status: str  # added, replaced, unchanged
    events: list[CreatedEvent]
    warnings: list[str]


class IngestReport(BaseModel):
    articles: list[ArticleOutcome]
    added: int
    replaced: int
    unchanged: int
    errors: list[str]


def _event(e: Event, merged: dict[str, str]) -> CreatedEvent:
    return CreatedEvent(
        id=e.id,
        event=merged.get(e.id),
        source=e.source.actor.id,
        target=e.target.actor.id if e.target else None,
        category=e.relation.plover.value,
        cameo=e.relation.cameo,
        goldstein=e.relation.goldstein,
        quad_class=e.relation.quad.value,
        date=e.date,
        trigger=e.trigger,
        confidence=e.confidence,
        negated=e.negated,
        hypothetical=e.hypothetical,
        sentence=e.sentence,
        sentence_start=e.sentence_start,
        sentence_end=e.sentence_end,
    )


def parse_articles(
    body: bytes, content_type: str, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> tuple[list[Article], list[str]]:
    """One JSON article (or a JSON list), or JSONL; bad JSONL lines (and articles over
    ``max_bytes``) are reported, not fatal."""
    media = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("the body is not UTF-8", where="body") from None
    if media in JSONL:
        articles, errors = [], []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                where = f"line {n}"
                articles.append(article_from_record(load_json(line, where), where, max_bytes=max_bytes))
            except ArticleError as exc:
                errors.append(str(exc))
        if not articles and not errors:
            raise InputError("no articles in the body", where="body")
        return articles, errors
    if media not in ("application/json", ""):
        raise InputError(
            f"send application/json (one article) or application/x-ndjson (JSONL), not {media!r}",
            where="content-type",
        )
    try:
        record: Any = load_json(text, "body")
    except ArticleError as exc:
        raise InputError(str(exc)) from None  # the body as a whole is unusable: 400
    records = record if isinstance(record, list) else [record]
    articles, errors = [], []
    for n, r in enumerate(records, 1):
        try:
            articles.append(article_from_record(r, f"article {n}", max_bytes=max_bytes))
        except ArticleError as exc:
            if len(records) == 1:
                raise
            errors.append(str(exc))
    return articles, errors


@router.post("", summary="Ingest articles", openapi_extra=_BODY)
async def post_articles(
    service: ServiceDep, _: ApiKey, extractor: ExtractorDep, request: Request
) -> IngestReport:
    """Extract and store one article (JSON) or a batch (JSONL, one article a line),
    with the command line's idempotence: the same text is stored once, and a new
    extractor version replaces an article's events. Returns the events created."""
    body = await read_body(request, service.settings.max_upload_bytes)
    content_type = request.headers.get("content-type", "application/json")
    articles, errors = parse_articles(body, content_type, service.settings.max_article_bytes)
    if not articles:
        raise ArticleError("; ".join(errors) or "no articles", where="body")
    summary = await run_in_threadpool(service.ingest, articles, extractor)
    report_ids = [e.id for result, _ in summary.outcomes for e in result.events]
    merged = await run_in_threadpool(happenings.events_of_reports, service.kg, report_ids)
    outcomes = [
        ArticleOutcome(
            id=result.article.id,
            key=outcome.article_key,
            status=outcome.status.value,
            events=[] if outcome.status.value == "unchanged" else [_event(e, merged) for e in result.events],
            warnings=list(result.warnings),
        )
        for result, outcome in summary.outcomes
    ]
    return IngestReport(
        articles=outcomes,
        added=summary.added,
        replaced=summary.replaced,
        unchanged=summary.unchanged,
        errors=errors + summary.failures,
    )
