"""Find the story in an article's text: the parts that are page furniture
(lists of other headlines under "Explore" or "Related", photo captions with
agency credits, source lines, repeated headlines) are left out, and the rest is
returned as character ranges of the original text, so offsets stay true."""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

#: Headings after which a site lists other stories, not this one.
LIST_HEADINGS = re.compile(
    r"^(explore|related|related (articles|stories|news|content|coverage)|read more|more from .*|"
    r"more on this( story)?|most read|most popular|trending|you may also like|recommended( stories)?|"
    r"see also|also read|latest( news)?|top stories|editor'?s picks|more stories|further reading|"
    r"watch|videos?|in pictures|more news)\s*:?$",
    re.IGNORECASE,
)
#: Lines that are never story text: those that open as furniture does ...
FURNITURE_START = re.compile(
    r"(Photo\s*:|Image\s*:|Picture\s*:|(Photo|Image) credit|SOURCE\s*:|Source\s*:|"
    r"Related\S|Read (more|also)\s*:|Also read\s*:|Share (this|on)|Follow us|Subscribe|"
    r"Copyright|©|\d+ MIN READ$|By [A-Z][\w.'-]+( [A-Z][\w.'-]+)*$|(AP|AFP|Reuters|Getty Images)$)",
    re.IGNORECASE,
)
#: ... and those with a photo credit anywhere ("Protesters in Lagos / Photo: AFP")
PHOTO_CREDIT = re.compile(r"/\s*Photo\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\"'”’)\]]\s*$")
_NON_WORD = re.compile(r"\W+")


def _furniture(line: str) -> bool:
    """A line that is never story text (matched at its start, where most furniture is told:
    a search for those patterns would try each at every character)."""
    return FURNITURE_START.match(line) is not None or PHOTO_CREDIT.search(line) is not None


def _headline_like(line: str) -> bool:
    """A short line that does not end a sentence: a headline or a link."""
    return len(line) < 200 and not _SENTENCE_END.search(line)


def story_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that belong to the story."""
    ranges: list[tuple[int, int]] = []
    seen: set[str] = set()
    in_list = False
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, pos = pos, pos + len(raw)
        line = raw.strip()
        if not line:
            continue
        if LIST_HEADINGS.match(line):
            in_list = True
            continue
        if in_list:
            if _headline_like(line):
                continue
            in_list = False
        if _furniture(line):
            continue
        key = _NON_WORD.sub(" ", line.lower()).strip()
        if len(key) > 20 and key in seen:
            continue  # a headline or caption repeated
        seen.add(key)
        lead = len(raw) - len(raw.lstrip())
        ranges.append((start + lead, start + lead + len(line)))
    return ranges
