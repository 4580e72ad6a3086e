"""What the relation extractor finds, as plain rows that cross process
boundaries (``nlp.pipe(n_process=...)``): :class:`Finding` and :class:`Side`
read them back."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

FINDINGS_KEY = "dg_findings"
ERROR_KEY = "dg_error"  # set when a component failed on a doc: the article gets a warning


@dataclass(frozen=True, slots=True)
class Side:
    """An actor as one finding names it (primitive fields only)."""

    actor_id: str
    sector: str | None
    person_id: str | None
    start: int  # character offsets in the doc
    end: int
    via: str  # how it was found: "name", "demonym", "anaphora", "person", ...


@dataclass(frozen=True, slots=True)
class Finding:
    source: Side
    target: Side | None
    plover: str
    mode: str | None
    cameo: str
    goldstein: float
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    confidence: float
    negated: bool
    hypothetical: bool
    source_via: str = ""  # the strategy that found the source ("subject", "nearest_before", ...)
    target_via: str = ""  # ... and the target ("object", "to_phrase", "place_of_act", ...)
    category_rule: str = ""  # the rule that set the category ("lexicon", "threat", "halt", ...)

    def to_row(self) -> list[object]:
        # by hand: dataclasses.astuple deep-copies field by field and is slow
        s, t = self.source, self.target
        return [
            (s.actor_id, s.sector, s.person_id, s.start, s.end, s.via),
            (t.actor_id, t.sector, t.person_id, t.start, t.end, t.via) if t else None,
            self.plover,
            self.mode,
            self.cameo,
            self.goldstein,
            self.trigger_start,
            self.trigger_end,
            self.sentence_start,
            self.sentence_end,
            self.confidence,
            self.negated,
            self.hypothetical,
            self.source_via,
            self.target_via,
            self.category_rule,
        ]

    @classmethod
    def from_row(cls, row: list[object]) -> Finding:
        source, target, *rest = row
        return cls(Side(*source), Side(*target) if target else None, *rest)  # type: ignore[misc,arg-type]


def findings(doc: Doc) -> list[Finding]:
    return [Finding.from_row(r) for r in doc.user_data.get(FINDINGS_KEY, [])]


def extraction_error(doc: Doc) -> str | None:
    error = doc.user_data.get(ERROR_KEY)
    return str(error) if error else None
