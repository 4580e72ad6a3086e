"""The setting of each event: when and where it happened (``extract/when.py``,
``extract/where.py``), as a spaCy component that runs after the relation
extractor and annotates its findings.

``doc.user_data["dg_settings"]`` holds one ``(date row, place row)`` per finding of
``doc.user_data["dg_findings"]``, in the same order, as plain rows that cross
process boundaries like the findings do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from diplograph.extract.actors import SPANS_KEY, doc_date
from diplograph.extract.findings import FINDINGS_KEY, Finding
from diplograph.extract.when import event_date
from diplograph.extract.where import stated_place
from diplograph.ontology.gazetteer import Gazetteer, load_gazetteer
from spacy.language import Language
from spacy.tokens import Doc, Span

from diplograph.model import EventDate, EventPlace

SETTINGS_KEY = "dg_settings"
Setting = tuple[EventDate | None, EventPlace | None]


class SettingFinder:
    """For each finding: the date its sentence gives (else the article's) and the place
    it names, if any."""

    def __init__(
        self, nlp: Language, name: str = "diplograph_setting", *, gazetteer: Gazetteer | None = None
    ):
        self.name = name
        self.gazetteer = gazetteer or load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.user_data.get(FINDINGS_KEY, [])
        reported = doc_date(doc)
        spans = list(doc.spans.get(SPANS_KEY, [])) if rows else []  # (read once: made anew at each read)
        settings = []
        for row in rows:
            when, where = self.setting(doc, Finding.from_row(row), reported, spans)
            settings.append((when.to_row() if when else None, where.to_row() if where else None))
        doc.user_data[SETTINGS_KEY] = settings
        return doc

    def setting(self, doc: Doc, finding: Finding, reported: dt.date | None, spans: Sequence[Span]) -> Setting:
        """The finding's date and place (``spans``: the doc's actor spans)."""
        trigger = doc.char_span(finding.trigger_start, finding.trigger_end, alignment_mode="expand")
        sentence = doc.char_span(finding.sentence_start, finding.sentence_end, alignment_mode="expand")
        if trigger is None or sentence is None:
            return None, None
        head = trigger.root
        when = event_date(doc, sentence, head, reported, future=finding.hypothetical)
        return when, stated_place(spans, sentence, head, self.gazetteer)


def settings(doc: Doc) -> list[Setting]:
    """The settings of the doc's findings (empty settings when the component did not run)."""
    rows = doc.user_data.get(SETTINGS_KEY)
    if rows is None:
        return [(None, None)] * len(doc.user_data.get(FINDINGS_KEY, []))
    return [
        (EventDate.from_row(when) if when else None, EventPlace.from_row(where) if where else None)
        for when, where in rows
    ]


@Language.factory("diplograph_setting")
def make_setting_finder(nlp: Language, name: str) -> SettingFinder:
    return SettingFinder(nlp, name)
