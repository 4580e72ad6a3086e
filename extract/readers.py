"""Read articles from plain text, HTML and JSONL files.

:func:`read_paths` walks files and folders and yields, in order, either an
:class:`~diplograph.model.Article` or an :class:`~diplograph.errors.ArticleError`
that names the file (and line) and what was wrong with it, so that one broken
input never stops a batch.

Size: an article's text may be at most ``max_article_bytes`` (UTF-8; 2 MB by
default, ``DIPLOGRAPH_MAX_ARTICLE_BYTES``); a longer one is refused, with one line
naming it, never cut (a cut article would be stored as if it were whole). The raw
input around an article (an HTML page, a JSONL line with its escapes) may be
:data:`RAW_FACTOR` times that. Nothing larger is read into memory: a text or HTML
file over the limit is refused from its size, JSONL files are read a line at a
time, and an over-long line is skipped without being held.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplograph.extract.when import MONTHS

from diplograph.errors import ArticleError
from diplograph.model import DEFAULT_MAX_ARTICLE_BYTES, Article

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
RAW_FACTOR = 4  # markup and JSON escapes around an article's text
_CHUNK = 1 << 16

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE_PATTERNS = [
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(rf"\b(?P<month>{_MONTHS})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTHS})\.?,? (?P<year>\d{{4}})\b"),
]


def find_dateline(text: str, *, lines: int = 12) -> dt.date | None:
    """The first date written in the first ``lines`` lines (a dateline or byline)."""
    head = "\n".join(text.lstrip().splitlines()[:lines])
    found: list[tuple[int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(head):
            try:
                if "month" in pattern.groupindex:
                    month = MONTHS[m["month"].lower()]
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


def path_text(path: Path | str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are
    not UTF-8 are written as ``\\xNN`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_size(text: str, where: str, max_bytes: int) -> str:
    """``text``, or an error when its UTF-8 form is over ``max_bytes``."""
    # a character is at most 4 bytes: a short text is not encoded just to be measured
    size = len(text.encode("utf-8")) if len(text) * 4 > max_bytes else len(text)
    if size > max_bytes:
        raise ArticleError(f"article text too large ({size} bytes; the limit is {max_bytes})", where=where)
    return text


def load_json(line: str, where: str) -> Any:
    """One JSON document, or an error naming what is wrong with it."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"malformed JSON: {exc.msg} (column {exc.colno})", where=where) from None
    except RecursionError:
        raise ArticleError("JSON nested too deeply", where=where) from None


def _record_id(record: dict[str, Any], where: str) -> str:
    rid = record.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        raise ArticleError("missing 'id'", where=where)
    if isinstance(rid, bool) or not isinstance(rid, str | int):
        raise ArticleError(f"'id' must be a string or an integer, not {json.dumps(rid)[:40]}", where=where)
    return str(rid)


def article_from_record(record: Any, where: str, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Article:
    """An article from a JSON object ``{"id", "text", "date"?, "url"?, "title"?, "html"?}``."""
    if not isinstance(record, dict):
        raise ArticleError("expected a JSON object with 'id' and 'text'", where=where)
    rid = _record_id(record, where)
    text = record.get("text")
    meta: dict[str, Any] = {}
    if text is None and isinstance(record.get("html"), str):
        text, meta = html_to_text(check_size(record["html"], where, max_bytes * RAW_FACTOR), where)
    if not isinstance(text, str):
        raise ArticleError("missing 'text' (a string)", where=where)
    if not text.strip():
        raise ArticleError("empty 'text'", where=where)
    check_size(text, where, max_bytes)
    for key in ("url", "title", "publisher"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ArticleError(f"{key!r} must be a string", where=where)
    date = parse_date(record.get("date"), where) or parse_date(meta.get("date"), where)
    return Article(
        id=rid,
        text=text,
        date=date or find_dateline(text),
        url=record.get("url") or meta.get("url"),
        title=record.get("title") or meta.get("title"),
        publisher=record.get("publisher") or meta.get("publisher"),
        source=where,
    )


def _lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a file with their numbers; a line over ``limit`` bytes comes as
    None, read past in chunks, never held whole."""
    with path.open("rb") as f:
        n = 0
        while True:
            line = f.readline(limit + 1)
            if not line:
                return
            n += 1
            if len(line) <= limit or line.endswith(b"\n"):
                yield n, line
                continue
            while line and not line.endswith(b"\n"):
                line = f.readline(_CHUNK)
            yield n, None


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | ArticleError]:
    seen = 0
    name = path_text(path)
    for n, raw in _lines(path, max_bytes * RAW_FACTOR):
        where = f"{name}:{n}"
        if raw is None:
            seen += 1
            yield ArticleError(f"line over {max_bytes * RAW_FACTOR} bytes: article too large", where=where)
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            seen += 1
            yield ArticleError(f"not UTF-8 text (undecodable byte at offset {exc.start})", where=where)
            continue
        if not line.strip():
            continue
        seen += 1
        try:
            yield article_from_record(load_json(line, where), where, max_bytes=max_bytes)
        except ArticleError as exc:
            yield exc
    if not seen:
        yield ArticleError("no JSON lines in file", where=name)


def _read_document(path: Path, max_bytes: int) -> Article:
    """The one article of a text or HTML file."""
    where = path_text(path)
    is_html = path.suffix.lower() in HTML_SUFFIXES
    limit = max_bytes * RAW_FACTOR if is_html else max_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(f"file too large ({size} bytes; the limit is {limit})", where=where)
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc}", where=where) from None
    text = _decode(data, where)
    stem = path_text(path.stem)
    if is_html or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        body, meta = html_to_text(text, where)
        return Article(
            id=stem,
            text=check_size(body, where, max_bytes),
            date=parse_date(meta.get("date"), where) or find_dateline(body),
            url=meta.get("url"),
            title=meta.get("title"),
            publisher=meta.get("publisher"),
            source=where,
        )
    return Article(id=stem, text=check_size(text, where, max_bytes), date=find_dateline(text), source=where)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES) -> Iterator[Article | ArticleError]:
    """The articles of one file (one for text and HTML, one a line for JSONL), each
    at most ``max_bytes`` of text."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            yield from _read_jsonl(path, max_bytes)
        except OSError as exc:
            yield ArticleError(f"cannot read: {exc.strerror or exc}", where=path_text(path))
        return
    try:
        yield _read_document(path, max_bytes)
    except ArticleError as exc:
        yield exc


def iter_files(paths: Iterable[Path]) -> Iterator[Path | ArticleError]:
    """Files named, and the article files found below folders (sorted)."""
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield ArticleError(
                    f"no article files ({', '.join(sorted(SUFFIXES))}) in folder", where=path_text(path)
                )
            yield from found
        elif path.exists():
            yield path
        else:
            yield ArticleError("no such file or folder", where=path_text(path))


def read_paths(
    paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
) -> Iterator[Article | ArticleError]:
    """Every article of ``paths``, or an error for each input that is unusable."""
    for item in iter_files(paths):
        if isinstance(item, ArticleError):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)
