"""Findings cross process boundaries as plain rows; the row is written by hand."""

from __future__ import annotations

import dataclasses

from diplograph.extract.findings import Finding, Side


def test_row_round_trip_keeps_every_field() -> None:
    finding = Finding(
        Side("RUS", "government", "person/x", 0, 6, "name"),
        Side("KOR", None, None, 10, 15, "anaphora"),
        "THREATEN",
        "violence",
        "138",
        -7.0,
        7,
        9,
        0,
        40,
        0.75,
        True,
        False,
    )
    assert Finding.from_row(finding.to_row()) == finding
    assert Finding.from_row(dataclasses.replace(finding, target=None).to_row()).target is None
    # every field is in the row, in order: a new field must be added to to_row as well
    assert len(finding.to_row()) == len(dataclasses.fields(Finding))
