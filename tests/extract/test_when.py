"""When an event happened: temporal expressions resolved against the article's date
(no statistical model needed for these)."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.extract.when import resolve_expression

from diplograph.model import DateBasis, EventDate, Precision

THURSDAY = dt.date(2024, 3, 7)  # a Thursday


def day(text: str, reported: dt.date = THURSDAY, future: bool = False) -> dt.date | None:
    found = resolve_expression(text, reported, future=future)
    return None if found is None else found.day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", THURSDAY),
        ("this morning", THURSDAY),
        ("yesterday", dt.date(2024, 3, 6)),
        ("overnight", dt.date(2024, 3, 6)),
        ("Tuesday", dt.date(2024, 3, 5)),
        ("on Thursday", THURSDAY),  # the article's own weekday is that day
        ("last Thursday", dt.date(2024, 2, 29)),
        ("Friday", dt.date(2024, 3, 1)),  # the last Friday on or before the article
        ("Monday night", dt.date(2024, 3, 4)),
        ("three days ago", dt.date(2024, 3, 4)),
        ("a week ago", dt.date(2024, 2, 29)),
    ],
)
def test_relative_days(text: str, expected: dt.date) -> None:
    found = resolve_expression(text, THURSDAY)
    assert found is not None and found.day == expected
    assert found.basis is DateBasis.RELATIVE and found.precision is Precision.DAY


def test_planned_events_look_ahead() -> None:
    assert day("Tuesday", future=True) == dt.date(2024, 3, 12)
    assert day("next Tuesday") == dt.date(2024, 3, 12)
    assert day("next Thursday") == dt.date(2024, 3, 14)
    assert day("March 2", future=True) == dt.date(2025, 3, 2)  # a meeting planned for next March


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("last week", dt.date(2024, 2, 26), Precision.WEEK),
        ("earlier this week", dt.date(2024, 3, 4), Precision.WEEK),
        ("last month", dt.date(2024, 2, 1), Precision.MONTH),
        ("earlier this month", dt.date(2024, 3, 1), Precision.MONTH),
        ("earlier this year", dt.date(2024, 1, 1), Precision.YEAR),
        ("last year", dt.date(2023, 1, 1), Precision.YEAR),
        ("two months ago", dt.date(2024, 1, 1), Precision.MONTH),
    ],
)
def test_periods(text: str, expected: dt.date, precision: Precision) -> None:
    found = resolve_expression(text, THURSDAY)
    assert found is not None and (found.day, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 3 March", dt.date(2024, 3, 3)),
        ("March 3", dt.date(2024, 3, 3)),
        ("Oct. 14", dt.date(2023, 10, 14)),  # without a year: the last one before the article
        ("3rd of March 2022", dt.date(2022, 3, 3)),
        ("March 3, 2021", dt.date(2021, 3, 3)),
        ("2020-05-17", dt.date(2020, 5, 17)),
        ("March 10", dt.date(2024, 3, 10)),  # up to a week ahead is this year's
    ],
)
def test_calendar_dates(text: str, expected: dt.date) -> None:
    found = resolve_expression(text, THURSDAY)
    assert found is not None and found.day == expected and found.basis is DateBasis.STATED


def test_year_boundaries() -> None:
    new_year = dt.date(2024, 1, 2)  # a Tuesday
    assert day("Saturday", new_year) == dt.date(2023, 12, 30)
    assert day("Dec. 30", new_year) == dt.date(2023, 12, 30)
    assert day("last month", new_year) == dt.date(2023, 12, 1)
    assert day("last week", new_year) == dt.date(2023, 12, 25)
    assert day("yesterday", dt.date(2024, 1, 1)) == dt.date(2023, 12, 31)
    assert day("Jan. 3", dt.date(2023, 12, 30)) == dt.date(2024, 1, 3)  # days ahead, across the year
    assert day("February 29", dt.date(2025, 3, 1)) == dt.date(2024, 2, 29)  # the last one there was
    no_such_day = resolve_expression("February 30", THURSDAY)  # read as the month only
    assert no_such_day is not None and no_such_day.precision is Precision.MONTH


def test_months_and_years() -> None:
    assert resolve_expression("in November", THURSDAY) == EventDate(
        dt.date(2023, 11, 1), Precision.MONTH, DateBasis.STATED, "in November"
    )
    assert day("in 2019") == dt.date(2019, 1, 1)
    assert resolve_expression("may", THURSDAY) is None  # the modal verb


@pytest.mark.parametrize("text", ["14 months", "the weekend", "recent weeks", "the 1990s", "hours"])
def test_what_names_no_day(text: str) -> None:
    assert resolve_expression(text, THURSDAY) is None


def test_rows_round_trip() -> None:
    found = EventDate(dt.date(2024, 3, 5), Precision.DAY, DateBasis.RELATIVE, "on Tuesday")
    assert EventDate.from_row(found.to_row()) == found
