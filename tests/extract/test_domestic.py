"""Domestic and located events: unnamed people placed by the sentence, parties the
gazetteer does not know, officials known only by title, places as settings.
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_unnamed_people_take_the_country_they_are_in(run, triples) -> None:
    events = run("Police in Bolivia arrested dozens of protesters on Friday.")
    # (the protesters arrested were protesting: against their own government)
    assert triples(events) == {("BOL", "COERCE", "BOL"), ("BOL", "PROTEST", "BOL")}
    (event,) = [e for e in events if e.relation.plover.value == "COERCE"]
    assert event.source.sector is not None and event.source.sector.value == "police"


def test_unnamed_rebels_placed_by_the_one_country_named(run, triples) -> None:
    assert triples(run("Rebels attacked an army base in northern Mali.")) == {("MLI", "ASSAULT", "MLI")}


def test_ethnic_group_belongs_to_the_country_it_lives_in(run, triples) -> None:
    found = triples(run("Ethnic Hungarians demonstrated in Slovakia on Sunday."))
    assert found == {("SVK", "PROTEST", "SVK")}


def test_modifier_noun_gives_the_sector(run, triples) -> None:
    events = run("Uganda's president arrested opposition candidates.")
    assert triples(events) == {("UGA", "COERCE", "UGA")}
    sectors = {e.target.sector.value for e in events if e.target and e.target.sector}
    assert sectors == {"opposition"}


def test_official_known_only_by_title_is_placed_by_the_setting(run, triples) -> None:
    events = run("Interior Minister Ruben Castillo imposed a curfew in Tegucigalpa.")
    assert triples(events) == {("HND", "COERCE", "HND")}


def test_official_not_placed_when_the_sentence_names_another_country(run, triples) -> None:
    # the only country is the guest: the unknown president is not South Africa's
    assert not triples(run("President Jean Dupont welcomed South African leader Cyril Ramaphosa."))


def test_unknown_party_is_a_domestic_actor(run, triples) -> None:
    found = triples(run("The Popular Renewal Party accused the government of Peru of fraud."))
    assert found == {("PER", "ACCUSE", "PER")}


def test_demand_of_a_protest_is_its_content(run, triples) -> None:
    found = triples(
        run("Students in Belgrade staged a protest to demand the resignation of the interior minister.")
    )
    assert ("SRB", "PROTEST", "SRB") in found
    assert all(category != "REQUEST" for _, category, _ in found)


def test_unattributed_attack_is_coded_to_where_it_happened(run, triples) -> None:
    events = run("A car bomb killed two Turkish soldiers near the Syrian town of Azaz.")
    assert triples(events) == {("SYR", "ASSAULT", "TUR")}
    assert events[0].confidence < 0.85


def test_place_is_never_the_actor(run) -> None:
    # "the Syrian town" is where, not who
    assert not any(e.source.actor.id == "SYR" for e in run("The Syrian town of Azaz welcomed refugees."))


def test_readiness_to_act_is_an_agreement(run, triples) -> None:
    found = triples(run("Spain is ready to contribute troops to a peacekeeping force in Lebanon."))
    assert found == {("ESP", "AGREE", "LBN")}


def test_undertaking_a_mission_is_doing_it(run, triples) -> None:
    found = triples(run("Ghana's foreign minister undertook a mediation mission between Togo and Benin."))
    assert found == {("GHA", "CONSULT", "TGO"), ("GHA", "CONSULT", "BEN")}


def test_curfew_with_no_one_named_is_on_the_country_s_people(run, triples) -> None:
    found = triples(run("The Ecuadorian government declared a state of emergency on Monday."))
    assert found == {("ECU", "COERCE", "ECU")}


def test_led_forces_belong_to_the_leader(run, triples) -> None:
    found = triples(run("Saudi-led forces shelled positions in northern Yemen on Tuesday."))
    assert ("SAU", "ASSAULT", "YEM") in found


def test_an_ally_is_not_its_patron(run, triples) -> None:
    found = triples(run("Hezbollah fighters killed a commander of Israel's militia ally in Lebanon."))
    assert all(target != "ISR" for _, _, target in found)


def test_stative_participle_is_not_a_passive(run, triples) -> None:
    found = triples(run("Hungary is opposed to Turkish mediation in the dispute."))
    assert found == {("HUN", "REJECT", "TUR")}


def test_threat_addressed_through_its_condition(run, triples) -> None:
    found = triples(run("Egypt threatened to close the border unless Libya accepted the proposal."))
    assert ("EGY", "THREATEN", "LBY") in found


def test_threatened_halt_is_a_threat(run, triples) -> None:
    assert ("POL", "THREATEN", "LTU") in triples(run("Poland threatened to suspend talks with Lithuania."))


def test_offer_covers_what_is_offered(run, triples) -> None:
    found = triples(run("Kenya offered troops to Somalia to help its government fight militants."))
    assert found == {("KEN", "AGREE", "SOM")}


def test_pronoun_finds_a_people_named_by_demonym(run, triples) -> None:
    found = triples(run("Angry Greek farmers said on Monday they would blockade Athens."))
    assert found == {("GRC", "THREATEN", "GRC")}


def test_people_named_by_two_demonyms_live_in_the_first(run, triples) -> None:
    found = triples(run("Iraqi Turkmens demanded more autonomy from the government in Baghdad."))
    assert ("IRQ", "REQUEST", "IRQ") in found


def test_border_does_not_say_which_side(run, triples) -> None:
    found = triples(run("Burmese troops captured a rebel camp on the Thai border."))
    assert all(target != "THA" for _, _, target in found)


def test_protest_target_from_its_grievance(run, triples) -> None:
    found = triples(run("Protesters in Manila marched in defiance of Chinese claims to the reef."))
    assert ("PHL", "PROTEST", "CHN") in found


def test_prepared_attack_is_a_mobilisation(run, triples) -> None:
    found = triples(run("The Azerbaijani army prepared to shell Armenian positions."))
    assert found == {("AZE", "MOBILIZE", "ARM")}


def test_troops_arriving_are_deployed(run, triples) -> None:
    found = triples(run("Irish peacekeeping troops arrived in Lebanon on Monday."))
    assert found == {("IRL", "AID", "LBN")}


def test_apposition_describes_an_unknown_person(run, triples) -> None:
    found = triples(run("Amara Diallo, Guinea's best-known union activist, staged a hunger strike."))
    assert found == {("GIN", "PROTEST", "GIN")}


def test_pronoun_refers_to_an_unnamed_party(run, triples) -> None:
    found = triples(run("The Green Dawn party of Moldova said it would boycott the elections."))
    assert found == {("MDA", "THREATEN", "MDA")}


def test_two_recipients_of_one_state_are_two_events(run) -> None:
    events = run("Britain said the Sudanese government and the rebels must reach a ceasefire.")
    assert sorted(e.target.sector.value for e in events if e.target and e.target.sector) == [
        "government",
        "rebels",
    ]
    assert {(e.source.actor.id, e.relation.plover.value) for e in events} == {("GBR", "REQUEST")}


def test_one_recipient_named_twice_is_one_event(run) -> None:
    events = run("Iran expelled inspectors of the International Atomic Energy Agency, or IAEA.")
    assert len(events) == 1


def test_a_group_s_positions_stand_for_the_group(run, triples) -> None:
    found = triples(run("Ethiopian troops shelled rebel positions in Tigray on Sunday."))
    assert found == {("ETH", "ASSAULT", "ETH")}


def test_official_placed_by_the_source_of_the_report(run, triples) -> None:
    found = triples(
        run("Interior Minister Omar Farouk banned the opposition rally, according to Egyptian officials.")
    )
    assert ("EGY", "COERCE", "EGY") in found


def test_calling_off_a_strike_is_toward_one_s_government(run, triples) -> None:
    found = triples(run("The Kenyan Union of Teachers said it had called off the strike."))
    assert found == {("KEN", "CONCEDE", "KEN")}


def test_border_does_not_place_unnamed_people(run, triples) -> None:
    found = triples(run("Nigerian troops attacked a militant camp on the Cameroonian border."))
    assert found == {("NGA", "ASSAULT", "NGA")}


def test_passive_arrest_is_by_the_authorities_where_it_happened(run, triples) -> None:
    found = triples(run("A French aid worker was arrested in Niger on Tuesday."))
    assert found == {("NER", "COERCE", "FRA")}


def test_put_under_investigation_in_a_country(run, triples) -> None:
    found = triples(run("A Belgian diplomat has been put under investigation in Spain for fraud."))
    assert found == {("ESP", "ACCUSE", "BEL")}


def test_easing_political_freedoms_is_toward_one_s_own_people(run, triples) -> None:
    found = triples(run("President Aliyev took steps to expand political freedoms after the election."))
    assert found == {("AZE", "CONCEDE", "AZE")}


def test_gathering_for_a_rally_is_a_protest(run, triples) -> None:
    found = triples(run("Thousands of Bolivians gathered for a rally in La Paz on Monday."))
    assert found == {("BOL", "PROTEST", "BOL")}


def test_thing_leading_into_a_place_is_there(run, triples) -> None:
    found = triples(run("Rebels blew up a pipeline leading into Aden on Friday."))
    assert found == {("YEM", "ASSAULT", "YEM")}


def test_bomb_that_exploded_somewhere_killing_people(run, triples) -> None:
    events = run("A car bomb exploded near a market in Mogadishu, killing at least ten people, police said.")
    assert triples(events) == {("SOM", "ASSAULT", "SOM")}
    assert all(e.confidence < 0.85 for e in events)


def test_army_detaining_the_president_is_domestic(run, triples) -> None:
    found = triples(run("Soldiers in Gabon detained President Ali Bongo and said they had taken power."))
    assert ("GAB", "COERCE", "GAB") in found


def test_coup_ousting_a_government(run, triples) -> None:
    found = triples(run("The Guinean army ousted the government of President Alpha Conde on Sunday."))
    assert ("GIN", "COERCE", "GIN") in found
