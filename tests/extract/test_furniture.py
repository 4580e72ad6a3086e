"""Page furniture left out of an article's story."""

from __future__ import annotations

from diplograph.extract.furniture import story_ranges


def _story(text: str) -> list[str]:
    return [text[start:end] for start, end in story_ranges(text)]


def test_furniture_lines_are_left_out_wherever_their_mark_is() -> None:
    text = (
        "Kenya recalls envoy from Tanzania\n"
        "By Jane Wanjiru\n"
        "Police lined the road in Nairobi / Photo: AFP\n"
        "Kenya recalled its envoy on Monday, the ministry said.\n"
        "The photo: a grey morning at the border, a witness said.\n"
        "Read more: Tanzania answers\n"
        "Reuters\n"
    )
    assert _story(text) == [
        "Kenya recalls envoy from Tanzania",
        "Kenya recalled its envoy on Monday, the ministry said.",
        "The photo: a grey morning at the border, a witness said.",  # no credit: a sentence
    ]
