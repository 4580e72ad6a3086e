"""Events as JSON records: the prediction format of the extraction scorer
(``{"id", "events": [...]}`` a line) with every field an analyst needs."""

from __future__ import annotations

from typing import Any

from diplograph.model import ActorMention, ArticleResult, Event, EventMention, EventPlace


def actor_record(mention: ActorMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    a = mention.actor
    return {
        "id": a.id,
        "country": a.country,
        "kind": a.kind.value,
        "label": a.label,
        "sector": mention.sector.value if mention.sector else None,
        "person": mention.person.label if mention.person else None,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
    }


def place_record(place: EventPlace | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "lat": place.latitude,
        "lon": place.longitude,
        "from": place.basis.value,
    }


def mention_record(mention: EventMention) -> dict[str, Any]:
    return {
        "sentence": mention.sentence,
        "sentence_start": mention.sentence_start,
        "sentence_end": mention.sentence_end,
        "trigger": mention.trigger,
        "trigger_start": mention.trigger_start,
        "trigger_end": mention.trigger_end,
        "confidence": round(mention.confidence, 3),
        "source_text": mention.source_text,
        "target_text": mention.target_text,
    }


def event_record(event: Event) -> dict[str, Any]:
    r = event.relation
    return {
        "event_id": event.id,
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "plover": r.plover.value,
        "mode": r.mode,
        "cameo": r.cameo,
        "goldstein": r.goldstein,
        "quad_class": r.quad.value,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.when.precision.value if event.when else None,
        "date_from": event.when.basis.value if event.when else None,
        "date_text": event.when.expression if event.when else None,
        "reported": event.reported.isoformat() if event.reported else None,
        "location": place_record(event.place),
        "confidence": round(event.confidence, 3),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "source_via": event.source_via,
        "target_via": event.target_via,
        "category_rule": event.category_rule,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "mentions": [mention_record(m) for m in event.evidence],
        "extractor": event.extractor,
        "extractor_version": event.extractor_version,
    }


def prediction_record(result: ArticleResult) -> dict[str, Any]:
    """One line of ``diplograph extract`` output. Asserted events (including
    hypothetical ones, flagged) go in ``events``; negated ones, which assert
    nothing, in ``negated``."""
    return {
        "id": result.article.id,
        "date": result.article.date.isoformat() if result.article.date else None,
        "events": [event_record(e) for e in result.events if not e.negated],
        "negated": [event_record(e) for e in result.events if e.negated],
        "warnings": result.warnings,
    }
