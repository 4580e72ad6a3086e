"""The dateline that opens a wire story: "BAMAKO, Mali (Reuters) —", "HANOI, Oct. 14 —".

It says where the reporter filed from, so its names are never actors of the story
(``extract/actors.py`` leaves them out) and its city is where events happened when
their sentence names no place (``extract/where.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})"  # BAMAKO, NEW DELHI
    r"(?:,\s*(?P<region>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}))?"  # , Mali
    r"(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"  # , Oct. 14
    r"(?:\s*\([^)\n]{1,40}\))?"  # (Reuters)
    r"\s*(?:—|–|--|-)\s"
)
LINES = 4  # a dateline opens one of the first lines (after a headline, a byline)
HEAD_CHARS = 4000  # those lines lie within the text's opening characters


@dataclass(frozen=True, slots=True)
class Dateline:
    city: str  # as written: "BAMAKO"
    region: str | None  # "Mali"
    start: int  # character offsets of the whole dateline in the text
    end: int


def find_dateline(text: str, *, lines: int = LINES) -> Dateline | None:
    """The dateline opening one of the first ``lines`` lines of ``text``, if any."""
    offset = 0
    for n, line in enumerate(text[:HEAD_CHARS].splitlines(keepends=True)):
        if n >= lines:
            break
        m = DATELINE.match(line)
        if m is not None:
            return Dateline(m.group("city"), m.group("region"), offset + m.start("city"), offset + m.end())
        offset += len(line)
    return None
