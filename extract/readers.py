"""Read articles from plain text, HTML and JSONL files.

:func:`read_paths` walks files and folders and yields, in order, either an
:class:`~diplograph.model.Article` or an :class:`~diplograph.errors.ArticleError`
that names the file (and line) and what was wrong with it, so that one broken
input never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplograph.errors import ArticleError
from diplograph.model import Article

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 64 * 1024 * 1024

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_PATTERNS = [
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(rf"\b(?P<month>{_MONTHS})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTHS})\.?,? (?P<year>\d{{4}})\b"),
]
_MONTH_NUMBER = {
    name.lower(): n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def find_dateline(text: str, *, lines: int = 12) -> dt.date | None:
    """The first date written in the first ``lines`` lines (a dateline or byline)."""
    head = "\n".join(text.lstrip().splitlines()[:lines])
    found: list[tuple[int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            try:
                if "month" in pattern.groupindex:
                    month = _MONTH_NUMBER[m["month"].lower()]
                    day = dt.date(int(m["year"]), month, int(m["day"]))
                else:
                    day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except (ValueError, KeyError):
                continue
            found.append((m.start(), day))
    return min(found)[1] if found else None


def parse_date(value: Any, where: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` (or ISO datetime) field value as a date."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ArticleError(f"'date' must be a string YYYY-MM-DD, not {value!r}", where=where)
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ArticleError(f"'date' is not a YYYY-MM-DD date: {value!r}", where=where) from None


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise ArticleError("empty file", where=where)
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes), not text", where=where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text (undecodable byte at offset {exc.start})", where=where) from None


def html_to_text(html: str, where: str) -> tuple[str, dict[str, Any]]:
    """The article body and metadata of an HTML page, via trafilatura."""
    import trafilatura  # imported here: slow, and only HTML needs it

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML", where=where)
    meta: dict[str, Any] = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        meta = {"title": doc.title, "url": doc.url, "date": doc.date, "publisher": doc.sitename}
    return text, meta


def article_from_record(record: Any, where: str) -> Article:
    """An article from a JSON object ``{"id", "text", "date"?, "url"?, "title"?, "html"?}``."""
    if not isinstance(record, dict):
        raise ArticleError("expected a JSON object with 'id' and 'text'", where=where)
    rid = record.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise ArticleError("missing 'id'", where=where)
    if not isinstance(rid, str | int):
        raise ArticleError(f"'id' must be a string or number, not {type(rid).__name__}", where=where)
    text = record.get("text")
    meta: dict[str, Any] = {}
    if text is None and isinstance(record.get("html"), str):
        text, meta = html_to_text(record["html"], where)
    if not isinstance(text, str):
        raise ArticleError("missing 'text' (a string)", where=where)
    if not text.strip():
        raise ArticleError("empty 'text'", where=where)
    for key in ("url", "title", "publisher"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ArticleError(f"{key!r} must be a string", where=where)
    date = parse_date(record.get("date"), where) or parse_date(meta.get("date"), where)
    return Article(
        id=str(rid),
        text=text,
        date=date or find_dateline(text),
        url=record.get("url") or meta.get("url"),
        title=record.get("title") or meta.get("title"),
        publisher=record.get("publisher") or meta.get("publisher"),
        source=where,
    )


def _read_jsonl(path: Path, text: str) -> Iterator[Article | ArticleError]:
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        seen += 1
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(f"malformed JSON line: {exc.msg} (column {exc.colno})", where=where)
            continue
        try:
            yield article_from_record(record, where)
        except ArticleError as exc:
            yield exc
    if not seen:
        yield ArticleError("no JSON lines in file", where=str(path))


def read_file(path: Path) -> Iterator[Article | ArticleError]:
    """The articles of one file (one for text and HTML, one a line for JSONL)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ArticleError(f"file too large ({size} bytes; limit {MAX_BYTES})", where=where)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ArticleError(f"cannot read: {exc.strerror or exc}", where=where)
        return
    try:
        text = _decode(data, where)
    except ArticleError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text)
        return
    try:
        if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            body, meta = html_to_text(text, where)
            yield Article(
                id=path.stem,
                text=body,
                date=parse_date(meta.get("date"), where) or find_dateline(body),
                url=meta.get("url"),
                title=meta.get("title"),
                publisher=meta.get("publisher"),
                source=where,
            )
        else:
            yield Article(id=path.stem, text=text, date=find_dateline(text), source=where)
    except ArticleError as exc:
        yield exc


def iter_files(paths: Iterable[Path]) -> Iterator[Path | ArticleError]:
    """Files named, and the article files found below folders (sorted)."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield ArticleError(
                    f"no article files ({', '.join(sorted(SUFFIXES))}) in folder", where=str(path)
                )
            yield from found
        elif path.exists():
            yield path
        else:
            yield ArticleError("no such file or folder", where=str(path))


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ArticleError]:
    """Every article of ``paths``, or an error for each input that is unusable."""
    for item in iter_files(paths):
        if isinstance(item, ArticleError):
            yield item
        else:
            yield from read_file(item)
