"""What the extractor records on events about how it found them, and the typed
explanation ``diplograph explain`` renders."""

from __future__ import annotations

import datetime as dt

import pytest
from diplograph.extract.explain import explain
from diplograph.extract.output import event_record

pytestmark = pytest.mark.slow

TEXT = "Russia warned South Korea on Sunday against supplying weapons to Ukraine. Oslo welcomed the decision."


def test_events_record_how_their_sides_and_category_were_found(run) -> None:
    events = {(e.source.actor.id, e.target.actor.id if e.target else None): e for e in run(TEXT)}
    warning = events["RUS", "KOR"]
    assert (warning.source_via, warning.target_via, warning.category_rule) == ("subject", "object", "lexicon")
    record = event_record(warning)
    assert (record["source_via"], record["target_via"], record["category_rule"]) == (
        "subject",
        "object",
        "lexicon",
    )
    supply = events["KOR", "UKR"]  # the act warned against is the warned side's, and not done
    assert (supply.source_via, supply.target_via, supply.hypothetical) == (
        "inherited_subject",
        "to_phrase",
        True,
    )


def test_a_threatened_act_records_the_threat_rule(run) -> None:
    events = run("Moscow vowed to impose sanctions on Poland.")
    assert [(e.relation.plover.value, e.category_rule) for e in events] == [("THREATEN", "threat")]


def test_explanation_lists_actors_triggers_events_and_why_a_trigger_gave_nothing(nlp) -> None:
    x = explain(TEXT, nlp, dt.date(2024, 11, 24))
    assert {(a.text, a.actor_id) for a in x.actors} >= {
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("Oslo", "NOR"),
    }
    by_text = {t.text: t for t in x.triggers}
    assert by_text["warned"].reason is None
    assert by_text["welcomed"].reason is not None and by_text["welcomed"].reason.startswith("no target")
    warning = next(e for e in x.events if e.trigger == "warned")
    assert (warning.source, warning.target, warning.source_via, warning.target_via) == (
        "RUS",
        "KOR",
        "subject",
        "object",
    )
    assert all(e.removed is None for e in x.events)
