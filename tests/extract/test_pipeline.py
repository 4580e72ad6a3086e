"""The extractor at scale (issue 11): worker processes give the same results in the
same order, long articles come in parts, and the default is one process per core."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections import deque
from collections.abc import Iterable, Iterator
from typing import ClassVar

import pytest
from diplograph.extract.pipeline import (
    ArticlePart,
    Extractor,
    _Chunk,
    char_batches,
    default_processes,
    looks_english,
    whole_results,
)

from bench.generated import generated_article
from diplograph.model import Article, ArticleResult

pytestmark = pytest.mark.slow


def generated(n: int, seed: int = 5) -> list[Article]:
    rng = random.Random(seed)
    made = (generated_article(rng, i) for i in range(n))
    return [Article(id=r["id"], text=r["text"], date=dt.date.fromisoformat(r["date"])) for r in made]


def test_worker_processes_give_the_results_of_one_in_order(extractor) -> None:
    long_text = "\n\n".join(a.text for a in generated(150, seed=6))  # over one part of 5,000
    items = [*generated(40), Article("long", long_text, dt.date(2024, 5, 4)), *generated(9, seed=7)]
    with Extractor(extractor.nlp, n_process=2, batch_size=8, part_chars=5_000) as pooled:
        got = list(pooled.process(items))
        assert pooled._pool is not None  # the short articles went to the workers
    alone = list(Extractor(extractor.nlp, batch_size=8, part_chars=5_000).process(items))
    assert [r.article.id for r in got] == [a.id for a in items]
    assert [[e.id for e in r.events] for r in got] == [[e.id for e in r.events] for r in alone]
    assert sum(len(r.events) for r in got) > 100


def test_a_long_article_comes_in_parts_each_merged_alone(extractor) -> None:
    text = "\n\n".join(a.text for a in generated(150, seed=6))
    article = Article("long", text, dt.date(2024, 5, 4))
    parts = list(Extractor(extractor.nlp, part_chars=5_000).process_parts([article]))
    assert [(p.index, p.last) for p in parts] == [(i, i == len(parts) - 1) for i in range(len(parts))]
    assert len(parts) >= 2
    starts = [min(e.trigger_start for e in p.result.events) for p in parts]
    assert starts == sorted(starts)  # in text order, offsets in the whole article
    whole = next(iter(extractor.process([article])))
    assert len(whole.events) <= sum(len(p.result.events) for p in parts)  # merged over the article


def test_short_pieces_go_in_full_batches_whatever_the_longest_piece() -> None:
    queue = deque((text, None, _Chunk(i, 0)) for i, text in enumerate(["a" * 200] * 70 + ["b" * 3_000]))
    sizes = [len(batch) for batch in char_batches(queue, 64, 100_000)]
    assert sizes == [64, 7]  # not 100_000 // 3_000 = 33 a batch
    assert not queue  # taken off the queue as they are batched


def test_a_batch_keeps_to_its_characters_and_a_long_piece_goes_alone() -> None:
    texts = ["x" * 4_000, "y" * 4_000, "z" * 25_000, "w" * 100]
    queue = deque((text, None, _Chunk(i, 0)) for i, text in enumerate(texts))
    batches = [[chunk.article for _, _, chunk in batch] for batch in char_batches(queue, 64, 10_000)]
    assert batches == [[0, 1], [2], [3]]


def test_parts_are_joined_into_one_result() -> None:
    article = Article("a", "text")
    first = ArticleResult(article, warnings=["very long article"])
    last = ArticleResult(article, warnings=["no events found"])
    short = ArticleResult(Article("b", "other"))
    joined = list(
        whole_results([ArticlePart(first, 0, False), ArticlePart(last, 1, True), ArticlePart(short)])
    )
    assert [r.article.id for r in joined] == ["a", "b"]
    assert joined[0].warnings == ["very long article", "no events found"]


def test_the_default_is_every_usable_core(monkeypatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5})
    assert default_processes() == 3


class _Recorder(Extractor):
    """Records how many processes the command asked for; extracts nothing."""

    name = "recorder"
    asked: ClassVar[list[int]] = []

    def __init__(self, *args: object, n_process: int = 1, **kwargs: object) -> None:
        self.version = "1"
        self.n_process = n_process
        self._pool = None
        _Recorder.asked.append(n_process)

    def process_parts(self, articles: Iterable[Article]) -> Iterator[ArticlePart]:
        return (ArticlePart(ArticleResult(a)) for a in articles)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_commands_use_every_core_unless_told(command: str, monkeypatch, tmp_path) -> None:
    from diplograph.api.cli import create_cli
    from diplograph.extract import pipeline
    from typer.testing import CliRunner

    monkeypatch.setattr(pipeline, "Extractor", _Recorder)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2})
    text = tmp_path / "a.txt"
    text.write_text("Peru thanked Chile for its help.")
    args = [command, str(text)] + (["--data", str(tmp_path / "store")] if command == "ingest" else [])
    _Recorder.asked.clear()
    for extra in ([], ["--processes", "1"]):
        result = CliRunner().invoke(create_cli(), [*args, *extra])
        assert result.exit_code == 0, result.output
    assert _Recorder.asked == [3, 1]


def test_a_wire_sentence_full_of_names_is_still_english() -> None:
    text = (
        "HANOI, May 4 (AP) - Vietnamese President Vo Van Thuong hosted Lao Prime Minister Sonexay "
        "Siphandone and Cambodian Prime Minister Hun Manet in Hanoi on Thursday, signing nine cooperation "
        "documents covering railways, power lines and border trade."
    )
    assert looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement du Sénégal a rappelé mardi son ambassadeur en Gambie pour consultations après "
        "la fermeture de la frontière, a indiqué le ministère dans un communiqué publié dans la soirée.",
        "Die Regierung in Wien hat am Dienstag den ungarischen Botschafter einbestellt, um gegen die "
        "Schließung der Grenze zu protestieren, teilte das Außenministerium am Abend in einer kurzen "
        "Erklärung mit, die von der Nachrichtenagentur APA verbreitet wurde.",
        "El gobierno de Perú convocó el martes al embajador de Chile para protestar por el cierre de la "
        "frontera, según informó la cancillería en un comunicado difundido por la noche.",
    ],
)
def test_news_in_other_languages_is_not_english(text: str) -> None:
    assert not looks_english(text)
