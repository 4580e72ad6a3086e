"""The size limit on request bodies: ``Content-Length`` refused before any byte is
read, a body without one counted while it streams in, and the same 413 on every
endpoint that takes a body."""

from __future__ import annotations

import asyncio

import pytest
from diplograph.api.deps import read_body
from diplograph.api.errors import PayloadTooLargeError
from starlette.requests import Request

from tests.api.conftest import API_KEY, open_client

LIMIT = 4096


def _request(chunks: int, chunk: bytes, headers: dict[str, str]) -> tuple[Request, list[int]]:
    """A request whose body arrives in ``chunks`` pieces; the list counts the reads."""
    reads = [0]

    async def receive() -> dict[str, object]:
        reads[0] += 1
        return {"type": "http.request", "body": chunk, "more_body": reads[0] < chunks}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/sparql",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
    }
    return Request(scope, receive), reads


def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    request, reads = _request(10**6, b"x" * 1024, {"content-length": str(10**9)})
    with pytest.raises(PayloadTooLargeError, match="1000000000 bytes"):
        asyncio.run(read_body(request, LIMIT))
    assert reads[0] == 0


def test_a_body_without_length_is_cut_while_it_streams() -> None:
    request, reads = _request(10**6, b"x" * 1024, {})  # a gigabyte if read whole
    with pytest.raises(PayloadTooLargeError):
        asyncio.run(read_body(request, LIMIT))
    assert reads[0] == LIMIT // 1024 + 1


def test_a_body_under_the_limit_is_read_whole() -> None:
    request, _ = _request(3, b"abc", {"content-length": "9"})
    assert asyncio.run(read_body(request, LIMIT)) == b"abcabcabc"


def test_every_endpoint_with_a_body_answers_413() -> None:
    big = "x" * (LIMIT + 1)
    key = {"x-api-key": API_KEY}
    with open_client(None, max_upload_bytes=LIMIT, enable_graph_store=True, enable_update=True) as c:
        for r in (
            c.post("/sparql", content=big, headers={"content-type": "application/sparql-query"}),
            c.post(
                "/sparql",
                content=(b"x" * 1000 for _ in range(10)),
                headers={"content-type": "application/sparql-query"},
            ),
            c.post("/articles", content=big, headers={"content-type": "application/json", **key}),
            c.put(
                "/graph-store",
                params={"graph": "urn:g"},
                content=big,
                headers={"content-type": "text/turtle", **key},
            ),
        ):
            assert r.status_code == 413 and r.json()["error"] == "too-large", r.text
