import datetime as dt
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from diplograph.extract.readers import find_dateline, read_paths

from diplograph.errors import ArticleError
from diplograph.model import Article


def _read(*paths: Path) -> tuple[list[Article], list[ArticleError]]:
    articles, errors = [], []
    for item in read_paths(paths):
        (errors if isinstance(item, ArticleError) else articles).append(item)
    return articles, errors


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("May 3, 2021\n\nFrance recalled its ambassador from Mali.\n")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Peru thanked Chile.", "date": "2022-02-01"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2"})
        + "\n"
        + json.dumps({"id": "x3", "text": "Kenya hosted Uganda.", "date": "yesterday"})
        + "\n"
        + json.dumps(["a list"])
        + "\n"
        + json.dumps({"id": "x4", "text": "Ghana praised Togo.", "url": "https://example.org/x4"})
        + "\n"
    )
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Paris".encode("latin-1"))
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_reads_good_articles_and_names_every_bad_input(corpus: Path) -> None:
    articles, errors = _read(corpus)
    assert sorted(a.id for a in articles) == ["a", "x1", "x4"]
    messages = sorted(str(e) for e in errors)
    assert any("b.jsonl:2" in m and "malformed JSON" in m for m in messages)
    assert any("b.jsonl:3" in m and "missing 'text'" in m for m in messages)
    assert any("b.jsonl:4" in m and "not a YYYY-MM-DD date" in m for m in messages)
    assert any("b.jsonl:5" in m and "JSON object" in m for m in messages)
    assert any("empty.txt" in m and "empty file" in m for m in messages)
    assert any("binary.txt" in m and "binary" in m for m in messages)
    assert any("latin1.txt" in m and "not UTF-8" in m for m in messages)
    assert len(errors) == 7


def test_fields_and_dates(corpus: Path) -> None:
    articles, _ = _read(corpus)
    by_id = {a.id: a for a in articles}
    assert by_id["a"].date == dt.date(2021, 5, 3)
    assert by_id["x1"].date == dt.date(2022, 2, 1)
    assert by_id["x4"].url == "https://example.org/x4"
    assert by_id["x1"].source.endswith("b.jsonl:1")


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Spain thanked Portugal.")
    locked.chmod(0)
    _, errors = _read(tmp_path / "nope.txt", locked)
    assert "no such file" in str(errors[0])
    if os.geteuid() != 0:  # root reads anything
        assert "cannot read" in str(errors[1])


def test_html_body_without_furniture(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Talks</h1><p>Norway hosted talks between Colombia and the ELN rebels on Monday, "
        "the foreign ministry said in a statement published on its website.</p>"
        "<p>Both delegations agreed to meet again next month in Oslo to continue the negotiations.</p>"
        "</article><footer>Copyright 2020 Example News</footer></body></html>"
    )
    articles, errors = _read(page)
    assert not errors
    assert "Norway hosted talks" in articles[0].text
    assert "Copyright" not in articles[0].text


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><body><div></div></body></html>")
    _, errors = _read(page)
    assert "no article text" in str(errors[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2024-11-24 WORLD\nSomething", dt.date(2024, 11, 24)),
        ("By Someone\nNovember 24, 2024\n\nBody", dt.date(2024, 11, 24)),
        ("LONDON, 3 March 2019 - body", dt.date(2019, 3, 3)),
        ("No date here at all", None),
    ],
)
def test_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


def test_malformed_html_is_read_without_crashing(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Broken</title><body><div><p>Peru thanked Chile for its help in the rescue "
        "operation on Friday, officials said in Lima, adding that the two governments would meet "
        "again next month.<p>Second paragraph <b>never closed <i>at all"
    )
    articles, errors = _read(page)
    assert not errors
    assert "Peru thanked Chile" in articles[0].text


def test_html_swallowed_by_an_unclosed_title_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "title.html"
    page.write_text("<html><head><title>Never closed<body><p>Peru thanked Chile for its help.</p>")
    _, errors = _read(page)
    assert "no article text found" in str(errors[0])


def test_a_file_name_that_is_not_utf8_is_read_and_named_with_escapes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9-talks.txt"), "wb") as f:
        f.write(b"Peru thanked Chile for its help.")
    (tmp_path / "next.txt").write_text("Kenya hosted Uganda.")
    articles, errors = _read(tmp_path)
    assert errors == [] and sorted(a.id for a in articles) == ["caf\\xe9-talks", "next"]
    assert all(a.source and a.source.isprintable() for a in articles)
    assert all(a.source.encode("utf-8") for a in articles if a.source)  # no lone surrogates left


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": True, "text": "Peru thanked Chile."}, "'id' must be a string or an integer, not true"),
        ({"id": 1.5, "text": "Peru thanked Chile."}, "not 1.5"),
        ({"id": ["x"], "text": "Peru thanked Chile."}, "'id' must be a string or an integer"),
    ],
)
def test_ids_of_the_wrong_type_are_refused(tmp_path: Path, record: dict, message: str) -> None:
    batch = tmp_path / "ids.jsonl"
    batch.write_text(json.dumps(record) + "\n" + json.dumps({"id": 7, "text": "Kenya hosted Uganda."}) + "\n")
    articles, errors = _read(batch)
    assert [a.id for a in articles] == ["7"]
    assert len(errors) == 1 and message in str(errors[0]) and "ids.jsonl:1" in str(errors[0])


def test_deeply_nested_json_is_one_bad_line(tmp_path: Path) -> None:
    batch = tmp_path / "deep.jsonl"
    batch.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"id": "ok", "text": "Peru won."}) + "\n"
    )
    articles, errors = _read(batch)
    assert [a.id for a in articles] == ["ok"]
    assert "deep.jsonl:1: JSON nested too deeply" in str(errors[0])


def test_articles_over_the_limit_are_refused_with_one_line_each(tmp_path: Path) -> None:
    limit = 10_000
    (tmp_path / "big.txt").write_text("Peru thanked Chile. " * 1000)  # 20,000 bytes
    (tmp_path / "small.txt").write_text("Kenya hosted Uganda.")
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "long", "text": "é" * 6000})  # 12,000 bytes of UTF-8 in 6,000 characters
        + "\n"
        + json.dumps({"id": "huge", "text": "x" * (limit * 5)})  # a line over the raw limit
        + "\n"
        + json.dumps({"id": "fine", "text": "Ghana praised Togo."})
        + "\n"
    )
    articles, errors = [], []
    for item in read_paths([tmp_path], max_bytes=limit):
        (errors if isinstance(item, ArticleError) else articles).append(item)
    assert sorted(a.id for a in articles) == ["fine", "small"]
    messages = sorted(str(e) for e in errors)
    assert len(messages) == 3
    assert any("big.txt: file too large (20000 bytes; the limit is 10000)" in m for m in messages)
    assert any("batch.jsonl:1: article text too large (12000 bytes" in m for m in messages)
    assert any("batch.jsonl:2: line over 40000 bytes" in m for m in messages)


def test_an_overlong_line_is_skipped_without_being_held(tmp_path: Path) -> None:
    batch = tmp_path / "huge.jsonl"
    with batch.open("w") as f:
        f.write(json.dumps({"id": "huge", "text": "x" * 20_000_000}) + "\n")
        f.write(json.dumps({"id": "after", "text": "Ghana praised Togo."}) + "\n")
    tracemalloc.start()
    try:
        items = list(read_paths([batch], max_bytes=100_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [getattr(i, "id", None) for i in items] == [None, "after"]
    assert peak < 2_000_000  # the 20 MB line never was in memory
