"""The rule tables of extract/data are validated at load: a clear ConfigError that
names the file and the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from diplograph.extract.cues import default_path as default_cues_path
from diplograph.extract.cues import load_cues, shared_name_meaning
from diplograph.extract.lexicon import load_lexicon
from diplograph.extract.recodes import RULES, load_recodes, parse_recodes
from diplograph.ontology.vocabulary import load_vocabulary

from diplograph.errors import ConfigError
from diplograph.model import Plover

GOOD = {rule: {"cameo": "130", "plover": "THREATEN"} for rule in RULES}


def test_the_shipped_recodes_load() -> None:
    recodes = load_recodes()
    assert recodes["troops_arrived"].plover is Plover.MOBILIZE
    assert recodes["joint_exercises"].cameo == "062"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"troop_arrived": {"cameo": "154", "plover": "MOBILIZE"}}, "unknown recode rule 'troop_arrived'"),
        ({"threat": {"cameo": "130", "plover": "MENACE"}}, "[threat]: unknown PLOVER category 'MENACE'"),
        ({"threat": {"cameo": "130"}}, "[threat]: needs both 'cameo' and 'plover'"),
        ({"threat": {"cameo": "130", "plover": "THREATEN", "mode": "x"}}, "[threat]: unknown key 'mode'"),
        ({"threat": {"cameo": "999999", "plover": "THREATEN"}}, "[threat]:"),
    ],
)
def test_a_bad_recode_names_file_and_key(change: dict, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_recodes({**GOOD, **change}, "recodes.toml", load_vocabulary())
    assert str(err.value).startswith("recodes.toml: ")
    assert message in str(err.value)


def test_a_missing_recode_is_named() -> None:
    table = {k: v for k, v in GOOD.items() if k != "threat"}
    with pytest.raises(ConfigError, match=r"recodes.toml: missing recode rule 'threat'"):
        parse_recodes(table, "recodes.toml", load_vocabulary())


def test_a_key_given_twice_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "recodes.toml"
    path.write_text('[threat]\ncameo = "130"\nplover = "THREATEN"\n[threat]\ncameo = "131"\n')
    with pytest.raises(ConfigError, match=r"recodes.toml: cannot load the recode rules"):
        load_recodes(path)


def _lexicon(tmp_path: Path, *entries: str) -> Path:
    path = tmp_path / "lexicon.toml"
    path.write_text("".join(f"[[entry]]\n{e}\n" for e in entries))
    return path


def test_an_unknown_slot_name_is_named(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, 'lemma = "accuse"\nplover = "ACCUSE"\ncameo = "112"\ntarget = ["dobject"]')
    with pytest.raises(
        ConfigError, match=r"lexicon.toml: entry #1 \(accuse\): unknown slot 'dobject' in 'target'"
    ):
        load_lexicon(path)


def test_a_second_entry_for_one_head_is_named(tmp_path: Path) -> None:
    first = 'lemma = "accuse"\nplover = "ACCUSE"\ncameo = "112"'
    second = 'lemma = "Accuse"\nplover = "REQUEST"\ncameo = "100"\ntarget = ["of"]'
    with pytest.raises(
        ConfigError, match=r"lexicon.toml: entry #2 \(accuse\): a second entry for verb 'accuse'"
    ):
        load_lexicon(_lexicon(tmp_path, first, second))


def test_known_slots_load(tmp_path: Path) -> None:
    entry = 'lemma = "accuse"\nplover = "ACCUSE"\ncameo = "112"\ntarget = ["dobj", "of", "against"]'
    assert load_lexicon(_lexicon(tmp_path, entry)).size == 1


def test_an_object_class_stands_for_its_lemmas(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.toml"
    entry = 'lemma = "give"\nplover = "AID"\ncameo = "072"\nobjects = ["@arms", "grant"]\ntarget = ["iobj"]'
    path.write_text(f'[classes]\narms = ["Rifle", "radar"]\n\n[[entry]]\n{entry}\n')
    (trigger,) = load_lexicon(path).candidates("give", "verb")
    assert trigger.objects == {"rifle", "radar", "grant"}


def test_an_unknown_object_class_is_named(tmp_path: Path) -> None:
    entry = 'lemma = "give"\nplover = "AID"\ncameo = "072"\nobjects = ["@arms"]'
    with pytest.raises(ConfigError, match=r"lexicon.toml: entry #1 \(give\): unknown object class '@arms'"):
        load_lexicon(_lexicon(tmp_path, entry))


def test_only_slots_is_read(tmp_path: Path) -> None:
    entry = 'lemma = "vote"\nplover = "REJECT"\ncameo = "120"\ntarget = ["against"]\nonly_slots = true'
    (trigger,) = load_lexicon(_lexicon(tmp_path, entry)).candidates("vote", "verb")
    assert trigger.only_slots


def test_promised_only_is_read(tmp_path: Path) -> None:
    entry = 'lemma = "respond"\nplover = "THREATEN"\ncameo = "130"\ntarget = ["to"]\npromised_only = true'
    (trigger,) = load_lexicon(_lexicon(tmp_path, entry)).candidates("respond", "verb")
    assert trigger.promised_only and not load_lexicon().candidates("attack", "verb")[0].promised_only


def test_named_only_is_read(tmp_path: Path) -> None:
    entry = 'lemma = "describe"\nplover = "REQUEST"\ncameo = "100"\nnamed_only = true'
    (trigger,) = load_lexicon(_lexicon(tmp_path, entry)).candidates("describe", "verb")
    assert trigger.named_only and not trigger.promised_only


def _cues_with(tmp_path: Path, shared: str) -> Path:
    path = tmp_path / "cues.toml"
    text = Path(str(default_cues_path())).read_text()
    start = text.index("[[shared_names.Congo]]")
    end = text.index("# Names that look like actors")
    path.write_text(text[:start] + shared + "\n" + text[end:])
    return path


def test_the_shipped_shared_names_say_what_congo_means_when() -> None:
    cues = load_cues()
    assert shared_name_meaning(cues, "Congo", dt.date(2024, 1, 5)) == "COD"
    assert shared_name_meaning(cues, "Congo", dt.date(1990, 1, 5)) == "COG"
    assert shared_name_meaning(cues, "Congo", dt.date(1965, 1, 5)) is None
    assert shared_name_meaning(cues, "Congo", None) is None


def test_a_shared_name_use_without_a_date_is_named(tmp_path: Path) -> None:
    path = _cues_with(tmp_path, '[[shared_names.Congo]]\nstate = "COD"\nsince = "1997"\n')
    with pytest.raises(ConfigError, match=r"\[\[shared_names.Congo\]\]: needs a state"):
        load_cues(path)


#: where the lexicon codes a CAMEO code under another PLOVER category than the code's own,
#: on purpose: (code, the code's own category, the lexicon's) and why
DELIBERATE_RECODINGS = {
    ("0813", "RETREAT", "CONCEDE"): "a curfew eased is a concession to the governed",
    ("0814", "RETREAT", "CONCEDE"): "a state of emergency eased, likewise",
    ("0831", "CONCEDE", "RETREAT"): "a leader resigning steps down (PLOVER's 'resign' mode is RETREAT)",
    ("116", "ACCUSE", "SANCTION"): "a conviction or a sentence is a court's penalty, not a charge",
    ("163", "COERCE", "SANCTION"): "sanctions and embargoes are PLOVER SANCTION",
}


def test_the_lexicon_codes_each_cameo_code_under_its_own_category_or_a_deliberate_one() -> None:
    """A slip like 'order ... out' coded 1042 (a demand) under SANCTION is caught here; a new
    deliberate recoding goes into DELIBERATE_RECODINGS with its reason."""
    vocabulary = load_vocabulary()
    found = {}
    for trigger in load_lexicon():
        r = trigger.relation
        own = vocabulary.cameo(r.cameo).plover
        if own is not r.plover:
            key = (r.cameo, own.value if own else None, r.plover.value)
            found.setdefault(key, []).append(f"{trigger.pos} {trigger.lemma!r} {sorted(trigger.objects)}")
    unexpected = {k: v for k, v in found.items() if k not in DELIBERATE_RECODINGS}
    assert not unexpected, f"lexicon entries coded against their CAMEO code's category: {unexpected}"
    assert set(found) == set(DELIBERATE_RECODINGS)  # (an exception no entry needs any more goes)
