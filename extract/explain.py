"""Why a text was coded as it was, for a user who asks: the actors the recogniser
found, the triggers the lexicon matched, and for each event the strategies that
found its source and target and the rule that set its category — or why a trigger
gave nothing. Returns a typed :class:`Explanation`; it prints nothing (the command
line renders it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diplograph.extract.actors import SPANS_KEY, set_doc_date
from diplograph.extract.findings import Finding, Side
from diplograph.extract.relations import DocPass, RelationExtractor, Trace
from diplograph.extract.syntax import parse_index
from spacy.language import Language

from diplograph.errors import ConfigError

RELATIONS_PIPE = "diplograph_relations"


@dataclass(frozen=True, slots=True)
class ActorFound:
    """An actor name the recogniser found: its text, the actor, how it names it."""

    text: str
    start: int
    actor_id: str  # "" for a party known only from the text, of no country yet
    how: str  # the kind of name: "name", "demonym", "person", "local-group", ...
    sector: str | None


@dataclass(frozen=True, slots=True)
class TriggerFound:
    """A trigger of the lexicon met in the text, and why it gave no event (if so)."""

    text: str
    start: int
    lemma: str
    pos: str
    plover: str  # the lexicon's category, before any rule
    cameo: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class EventFound:
    """One event, and how each part of it was decided."""

    trigger: str
    start: int  # of the trigger
    source: str  # actor id, with the text that named it
    source_text: str
    target: str | None
    target_text: str | None
    plover: str
    cameo: str
    source_via: str  # the strategy that found the source
    target_via: str  # ... and the target ("" for none)
    category_rule: str  # the rule that set the category ("lexicon": the trigger's own)
    confidence: float
    negated: bool
    hypothetical: bool
    removed: str | None = None  # why it was dropped after the fact (a repeat, a frame's content)


@dataclass(frozen=True, slots=True)
class Explanation:
    text: str
    actors: list[ActorFound]
    triggers: list[TriggerFound]
    events: list[EventFound]


def explain(text: str, nlp: Language, day: dt.date | None = None) -> Explanation:
    """Run the pipeline ``nlp`` on ``text`` and explain what its relation extractor made
    of it (``day``: the date the text is read on, for officials' roles)."""
    if RELATIONS_PIPE not in nlp.pipe_names:
        raise ConfigError(f"the pipeline has no {RELATIONS_PIPE!r} component to explain")
    component = nlp.get_pipe(RELATIONS_PIPE)
    assert isinstance(component, RelationExtractor)
    doc = set_doc_date(nlp.make_doc(text), day)
    for name, proc in nlp.pipeline:
        if name != RELATIONS_PIPE:
            doc = proc(doc)
    trace = Trace()
    with parse_index(doc):  # read as the component reads it
        kept = list(DocPass(component, doc, trace).run())
    actors = [
        ActorFound(span.text, span.start_char, span.label_, span.id_, span.kb_id_ or None)
        for span in doc.spans.get(SPANS_KEY, [])
    ]
    triggers = [
        TriggerFound(text[n.start : n.end], n.start, n.lemma, n.pos, n.plover, n.cameo, n.reason)
        for n in trace.triggers
    ]
    events = [_event(text, f) for f in kept]
    events += [_event(text, f, reason) for f, reason in trace.removed]
    events.sort(key=lambda e: (e.removed is not None, e.start))
    return Explanation(text, actors, triggers, events)


def _event(text: str, f: Finding, removed: str | None = None) -> EventFound:
    def said(side: Side) -> str:
        return text[side.start : side.end]

    return EventFound(
        trigger=text[f.trigger_start : f.trigger_end],
        start=f.trigger_start,
        source=f.source.actor_id,
        source_text=said(f.source),
        target=f.target.actor_id if f.target else None,
        target_text=said(f.target) if f.target else None,
        plover=f.plover,
        cameo=f.cameo,
        source_via=f.source_via,
        target_via=f.target_via,
        category_rule=f.category_rule,
        confidence=f.confidence,
        negated=f.negated,
        hypothetical=f.hypothetical,
        removed=removed,
    )
