"""When an event happened: the date its sentence gives, resolved against the
article's date.

An article of Thursday 7 March 2024 says "Mali expelled the French ambassador on
Tuesday": the expulsion happened on Tuesday 5 March, and the article reported it
on the 7th. Both are kept: the event's date here, the report's date on the
article. Each expression is one named step below, tried in order; the first
that reads the text wins:

- ``today``: "today", "this morning", "tonight" → the article's day;
- ``yesterday``: "yesterday", "last night", "overnight" → the day before;
- ``weekday``: "on Tuesday", "last Tuesday" → the last Tuesday on or before the
  article's day ("next Tuesday", or any weekday of a planned event, → the first
  on or after it);
- ``ago``: "three days ago", "a week ago";
- ``period``: "last week", "earlier this month", "this year" → the first day of
  that week (Monday), month or year, with that precision;
- ``calendar``: "on 3 March", "March 3", "Oct. 14", "3 March 2024", "2024-03-03"
  → that day; without a year, the year that puts it nearest the article's day
  (in the past for reported events, ahead for planned ones);
- ``month``: "in March", "March 2024" → the first of that month, month
  precision; ``year``: "in 2019" → 1 January, year precision.

A sentence with no such expression gets the article's date, marked
:attr:`DateBasis.REPORTED`; an event with no article date has no date. Durations
and other events' dates ("since April", "for 14 months", "until Friday", "by
January", "two days after the vote") are not the event's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from diplograph.extract.syntax import clause_of
from spacy.tokens import Doc, Span, Token

from diplograph.model import DateBasis, EventDate, Precision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
NUMBERS |= {"eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}
#: words before a date that make it a duration or another event's date, not this event's
NOT_THE_EVENT = frozenset({"since", "for", "until", "till", "by", "before", "after", "ahead", "from"})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_MONTH_ONLY = re.compile(rf"\b{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_YEAR_ONLY = re.compile(r"\b(?:in\s+)?(?P<year>(?:19|20)\d\d)\b")
_WEEKDAY = re.compile(
    r"\b(?:(?P<which>last|this|next|coming|past)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
)
_AGO = re.compile(r"\b(?P<n>\d+|a few|" + "|".join(NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_PERIOD = re.compile(
    r"\b(?P<which>last|past|this|earlier this|later this|next)\s+(?P<unit>week|month|year)\b"
)
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b")
_YESTERDAY = re.compile(r"\b(?:yesterday|last night|overnight)\b")


# -- the steps ---------------------------------------------------------------------------------
def today(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "Police fired tear gas this morning" → the article's day."""
    m = _TODAY.search(text)
    return EventDate(reported, Precision.DAY, DateBasis.RELATIVE, m.group(0)) if m else None


def yesterday(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "Rockets hit the city overnight" → the day before the article's."""
    m = _YESTERDAY.search(text)
    if m is None:
        return None
    return EventDate(reported - dt.timedelta(days=1), Precision.DAY, DateBasis.RELATIVE, m.group(0))


def weekday(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "The envoy was summoned on Tuesday" → the last Tuesday on or before the article's day;
    "talks will resume next Tuesday" → the first one after it."""
    m = _WEEKDAY.search(text)
    if m is None:
        return None
    which, wanted = m.group("which"), WEEKDAYS.index(m.group("weekday"))
    if which in ("next", "coming") or (future and which not in ("last", "past")):
        ahead = (wanted - reported.weekday()) % 7 or (7 if which in ("next", "coming") else 0)
        return EventDate(reported + dt.timedelta(days=ahead), Precision.DAY, DateBasis.RELATIVE, m.group(0))
    back = (reported.weekday() - wanted) % 7 or (7 if which in ("last", "past") else 0)
    return EventDate(reported - dt.timedelta(days=back), Precision.DAY, DateBasis.RELATIVE, m.group(0))


def ago(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "Troops crossed the border two weeks ago" → 14 days before the article's day."""
    m = _AGO.search(text)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else NUMBERS[m.group("n")]
    unit = m.group("unit")
    if unit in ("day", "week"):
        day = reported - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return EventDate(day, Precision.DAY, DateBasis.RELATIVE, m.group(0))
    if unit == "month":
        return EventDate(
            _add_months(_month_start(reported), -n), Precision.MONTH, DateBasis.RELATIVE, m.group(0)
        )
    return EventDate(dt.date(reported.year - n, 1, 1), Precision.YEAR, DateBasis.RELATIVE, m.group(0))


def period(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "Last week", "earlier this month", "next year" → the first day of that period."""
    m = _PERIOD.search(text)
    if m is None:
        return None
    step = {"last": -1, "past": -1, "next": 1}.get(m.group("which"), 0)
    unit = m.group("unit")
    if unit == "week":
        monday = reported - dt.timedelta(days=reported.weekday())
        day = monday + dt.timedelta(weeks=step)
    elif unit == "month":
        day = _add_months(_month_start(reported), step)
    else:
        day = dt.date(reported.year + step, 1, 1)
    return EventDate(day, Precision(unit), DateBasis.RELATIVE, m.group(0))


def calendar(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "On 3 March", "March 3, 2024", "Oct. 14", "2024-03-03" → that day."""
    for pattern in (_ISO, _MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m is None:
            continue
        month = m.group("month")
        month_n = int(month) if month.isdigit() else MONTHS[month]
        day = _day_of(m.group("year"), month_n, int(m.group("day")), reported, future)
        if day is not None:
            return EventDate(day, Precision.DAY, DateBasis.STATED, m.group(0))
    return None


def month(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "In March", "March 2024" → the first of that month (month precision)."""
    m = _MONTH_ONLY.search(text)
    if m is None or (m.group("month") == "may" and m.group("year") is None):
        return None  # "may" alone is the modal verb far more often than the month
    day = _day_of(m.group("year"), MONTHS[m.group("month")], 1, _month_start(reported), future)
    return None if day is None else EventDate(day, Precision.MONTH, DateBasis.STATED, m.group(0))


def year(text: str, reported: dt.date, future: bool) -> EventDate | None:
    """ "In 2019" → 1 January 2019 (year precision)."""
    m = _YEAR_ONLY.search(text)
    if m is None:
        return None
    return EventDate(dt.date(int(m.group("year")), 1, 1), Precision.YEAR, DateBasis.STATED, m.group(0))


STEPS: tuple[Callable[[str, dt.date, bool], EventDate | None], ...] = (
    today,
    yesterday,
    weekday,
    ago,
    period,
    calendar,
    month,
    year,
)


def resolve_expression(text: str, reported: dt.date, *, future: bool = False) -> EventDate | None:
    """The date a temporal expression names, read against the article's day ``reported``
    (``future``: the event is planned or announced, so "on Tuesday" looks ahead)."""
    lowered = " ".join(text.lower().split())
    for step in STEPS:
        found = step(lowered, reported, future)
        if found is not None:
            return EventDate(found.day, found.precision, found.basis, text.strip())
    return None


# -- helpers -----------------------------------------------------------------------------------
def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _day_of(
    year_text: str | None, month_n: int, day_n: int, reported: dt.date, future: bool
) -> dt.date | None:
    """The date of a day and month, in the year given or, without one, the year that puts
    it nearest ``reported``: not more than a week after it for a reported event, not
    before it for a planned one."""
    if year_text:
        return _date(int(year_text), month_n, day_n)
    candidates = [_date(reported.year + step, month_n, day_n) for step in (-1, 0, 1)]
    possible = [
        d
        for d in candidates
        if d is not None and (d >= reported if future else d <= reported + dt.timedelta(days=7))
    ]
    return min(possible, key=lambda d: abs((d - reported).days), default=None)


def _date(year_n: int, month_n: int, day_n: int) -> dt.date | None:
    try:
        return dt.date(year_n, month_n, day_n)
    except ValueError:
        return None  # "February 30", 29 February of a common year


# -- reading a parsed sentence -------------------------------------------------------------------
def _is_the_events(entity: Span) -> bool:
    """A date that is the event's own, not a duration or another event's ("since April",
    "for two weeks", "two days after the vote")."""
    before = entity.doc[entity.start - 1].lower_ if entity.start > 0 else ""
    inside = {t.lower_ for t in entity}
    return before not in NOT_THE_EVENT and not (inside & NOT_THE_EVENT)


def date_candidates(doc: Doc, sentence: Span, trigger: Token) -> list[Span]:
    """The date and time expressions of the trigger's sentence, its own clause's first,
    then the nearest."""
    clause = clause_of(trigger)
    found = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and sentence.start <= e.start < sentence.end]
    return sorted(
        (e for e in found if _is_the_events(e)),
        key=lambda e: (clause_of(e.root).i != clause.i, abs(e.root.i - trigger.i)),
    )


def event_date(
    doc: Doc, sentence: Span, trigger: Token, reported: dt.date | None, *, future: bool = False
) -> EventDate | None:
    """The date of the event whose trigger is ``trigger``: the first date expression of its
    sentence that resolves, else the article's date (:attr:`DateBasis.REPORTED`)."""
    if reported is None:
        return None
    for entity in date_candidates(doc, sentence, trigger):
        found = resolve_expression(entity.text, reported, future=future)
        if found is not None:
            return found
    return EventDate(reported)
