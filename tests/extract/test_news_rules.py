"""Rules for news as wire reporting phrases it, each pinned with sentences of our own:
datelines, hosted visits, reciprocal idioms, expulsions, arriving contingents."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_dateline_is_where_the_story_was_filed_not_an_actor(run, triples) -> None:
    found = triples(run("LUSAKA, Zambia — Malawian police arrested three Mozambican smugglers on Monday."))
    assert not any("ZMB" in (s, t) for s, _, t in found)
    assert ("MWI", "COERCE", "MOZ") in found


def test_hosting_is_a_meeting_of_both(run, triples) -> None:
    assert triples(run("Uruguay's president hosted his Paraguayan counterpart in Montevideo.")) >= {
        ("URY", "CONSULT", "PRY"),
        ("PRY", "CONSULT", "URY"),
    }
    assert triples(run("The Omani sultan welcomed the Iranian foreign minister to Muscat.")) >= {
        ("OMN", "CONSULT", "IRN"),
        ("IRN", "CONSULT", "OMN"),
    }


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kenya and Somalia traded accusations over the border raid.", "ACCUSE"),
        ("Ethiopian and Eritrean troops traded artillery fire near the border.", "ASSAULT"),
        ("Thai soldiers exchanged fire with Cambodian troops on Tuesday.", "ASSAULT"),
        ("Lima and Quito exchanged threats over the fishing dispute.", "THREATEN"),
        ("Baku and Yerevan blamed each other for the shooting.", "ACCUSE"),
        ("Moscow and Tbilisi accused one another of provocations.", "ACCUSE"),
    ],
)
def test_reciprocal_idioms_go_both_ways(run, triples, text: str, category: str) -> None:
    found = {(s, c, t) for s, c, t in triples(run(text)) if c == category}
    assert len(found) == 2 and {(t, c, s) for s, c, t in found} == found


def test_a_one_sided_accusation_stays_one_sided(run, triples) -> None:
    assert triples(run("Kenya accused Somalia of harbouring the raiders.")) == {("KEN", "ACCUSE", "SOM")}


@pytest.mark.parametrize(
    "text",
    [
        "Chad's junta ordered the German ambassador out of the country.",
        "Chad gave the German envoy 48 hours to leave.",
    ],
)
def test_expulsions_as_news_words_them(run, triples, text: str) -> None:
    assert ("TCD", "SANCTION", "DEU") in triples(run(text))


def test_an_ultimatum_to_answer_is_not_an_expulsion(run, triples) -> None:
    assert not any(c == "SANCTION" for _, c, _ in triples(run("Serbia gave Kosovo 48 hours to reply.")))


def test_an_arriving_contingent_is_a_deployment(run, triples) -> None:
    assert triples(run("A contingent of Ghanaian peacekeeping troops arrived in Juba on Friday.")) == {
        ("GHA", "AID", "SSD")
    }
    assert triples(run("The first battalion of Polish troops has arrived in Lithuania.")) == {
        ("POL", "MOBILIZE", "LTU")
    }
    assert triples(run("The Peruvian foreign minister arrived in Quito on Monday.")) == {
        ("PER", "CONSULT", "ECU")
    }


def test_goods_a_caption_names_went_where_they_arrived(run, triples) -> None:
    assert triples(run("Bags of maize donated by Japan are unloaded at the port of Beira, Mozambique.")) == {
        ("JPN", "AID", "MOZ")
    }
    assert triples(run("Blankets supplied by Jordan reached Syrian refugees on Sunday.")) == {
        ("JOR", "AID", "SYR")
    }


def test_a_verbal_participle_is_a_description_not_an_act(run, triples) -> None:
    found = triples(run("A Peruvian trawler sailed into waters disputed by Chile and Ecuador."))
    assert not any(c == "REJECT" for _, c, _ in found)


def test_a_show_of_force_at_a_border_is_aimed_across_it(run, triples) -> None:
    assert ("AZE", "MOBILIZE", "ARM") in triples(
        run("Azerbaijan massed troops near its border with Armenia.")
    )


def test_news_phrasing_of_cooperation(run, triples) -> None:
    assert triples(run("The Malian president shakes hands with the Nigerien leader in Niamey.")) == {
        ("MLI", "CONSULT", "NER"),
        ("NER", "CONSULT", "MLI"),
    }
    loan = triples(run("The World Bank approved a $750 million loan to Kenya."))
    assert loan == {("org/WORLD_BANK", "AID", "KEN")}
    assert triples(run("Athens and Ankara resumed joint patrols in the Aegean.")) >= {
        ("GRC", "COOPERATE", "TUR"),
        ("TUR", "COOPERATE", "GRC"),
    }


def test_an_agentless_passive_on_an_envoy_is_the_hosts_act(run, triples) -> None:
    # the summoned envoy's country is the target, never the source
    assert triples(run("The Gambian ambassador was summoned to the Senegalese foreign ministry.")) == {
        ("SEN", "ACCUSE", "GMB")
    }
    assert triples(run("DAKAR, Senegal — The Gambian ambassador was summoned to the foreign ministry.")) == {
        ("SEN", "ACCUSE", "GMB")
    }


def test_the_dateline_places_unnamed_authorities_and_people(run, triples) -> None:
    found = triples(run("KAMPALA, Uganda — Police fired tear gas at protesters and dozens were arrested."))
    assert ("UGA", "COERCE", "UGA") in found


def test_an_agentless_passive_is_the_act_of_whoever_reports_it(run, triples) -> None:
    assert triples(run("Sanctions were imposed on six Iranian officials, the British Treasury said.")) == {
        ("GBR", "SANCTION", "IRN")
    }
    # ... unless the report comes from the side it was done to, or it is a killing
    assert ("GMB", "SANCTION", "GMB") not in triples(run("Our envoy was expelled, Gambia's ministry said."))
    assert not triples(run("Twelve Malian soldiers were killed, the Malian army said."))


def test_a_headline_coordinates_by_a_comma(run, triples) -> None:
    assert triples(run("Gabon, Cameroon agree to hold border talks")) >= {
        ("GAB", "AGREE", "CMR"),
        ("CMR", "AGREE", "GAB"),
    }
    assert triples(run("On Monday, Ghana praised Togo.")) == {("GHA", "SUPPORT", "TGO")}  # not a headline


def test_handing_ground_to_a_state_is_a_retreat(run, triples) -> None:
    assert triples(run("Tajikistan hands three border villages to Kyrgyzstan")) == {("TJK", "RETREAT", "KGZ")}


def test_a_host_and_a_guest_are_their_states(run, triples) -> None:
    found = triples(
        run("Laos's premier arrived in Hanoi on Monday, and he and his Vietnamese host signed three accords.")
    )
    assert {("LAO", "SUPPORT", "VNM"), ("VNM", "SUPPORT", "LAO")} <= found


def test_an_object_pronoun_is_not_its_clauses_subject(run, triples) -> None:
    found = triples(
        run("Jordan reopened the crossing, days after Washington urged it to ease its restrictions.")
    )
    assert ("USA", "REQUEST", "JOR") in found


def test_sanctions_dropped_or_lifted_are_eased_not_imposed(run, triples) -> None:
    assert triples(run("Tariffs on Australian wine were dropped by Beijing on Friday.")) == {
        ("CHN", "RETREAT", "AUS")
    }
    assert triples(run("India dropped its duties on Bangladeshi jute.")) == {("IND", "RETREAT", "BGD")}


def test_money_given_is_aid_and_promised_money_an_agreement(run, triples) -> None:
    assert triples(run("Norway gave Malawi 20 million euros in budget support.")) == {("NOR", "AID", "MWI")}
    assert triples(run("Japan will give $40 million to Sri Lanka.")) == {("JPN", "AGREE", "LKA")}


def test_a_match_result_is_not_an_attack(run, triples) -> None:
    assert triples(run("Senegal beat Egypt 3-1 on penalties in the Cup of Nations final.")) == set()
    assert ("RUS", "ASSAULT", "UKR") in triples(
        run("Russian troops beat back a Ukrainian push near Kherson.")
    )


def test_a_plane_carrying_aid_brings_it_where_it_lands(run, triples) -> None:
    text = "A Qatari cargo plane carrying medicine and tents lands at Kabul airport, Afghanistan, on Monday."
    assert triples(run(text)) == {("QAT", "AID", "AFG")}
    assert triples(run("The EU approved 80 million euros in support for Moldova.")) == {
        ("org/EU", "AID", "MDA")
    }


def test_a_show_of_force_answers_the_clause_of_its_cause(run, triples) -> None:
    text = "Latvia put its border units on alert on Monday after Belarus moved tanks to the frontier."
    assert ("LVA", "MOBILIZE", "BLR") in triples(run(text))


def test_ordering_a_diplomat_to_leave_is_an_expulsion(run, triples) -> None:
    assert triples(run("Bolivia ordered the Chilean consul to leave the country.")) == {
        ("BOL", "SANCTION", "CHL")
    }
    assert ("EGY", "SANCTION", "LBY") not in triples(run("Egypt ordered its citizens to leave Libya."))


def test_a_headline_verb_taken_for_a_noun_is_read_as_a_verb(run, triples) -> None:
    assert triples(run("Police raid opposition offices in Harare ahead of vote")) == {
        ("ZWE", "COERCE", "ZWE")
    }


def test_military_means_sent_around_a_state_are_a_show_of_force(run, triples) -> None:
    assert triples(run("Russia sent bombers and warships near Japan on Tuesday.")) == {
        ("RUS", "MOBILIZE", "JPN")
    }
    assert triples(run("Germany sent tanks to Ukraine.")) == {("DEU", "AID", "UKR")}


def test_who_made_a_weapon_is_not_an_actor_of_its_use(run, triples) -> None:
    found = triples(run("Saudi air defences intercepted Iranian-made missiles fired by the Houthis."))
    assert not any("IRN" in (s, t) for s, _, t in found)


def test_the_head_of_an_organisation_stands_for_it(run, triples) -> None:
    assert triples(run("The chief of the IMF met Zambia's finance minister in Lusaka.")) == {
        ("org/IMF", "CONSULT", "ZMB"),
        ("ZMB", "CONSULT", "org/IMF"),
    }


def test_lifting_a_curfew_is_a_concession(run, triples) -> None:
    # PLOVER 2.0: "removing curfews" is CONCEDE
    assert triples(run("Sri Lanka lifted the curfew in Colombo on Sunday.")) == {("LKA", "CONCEDE", "LKA")}


def test_an_order_of_ones_own_act_is_that_act(run, triples) -> None:
    assert triples(run("Malawi ordered the expulsion of a Zambian diplomat.")) == {("MWI", "SANCTION", "ZMB")}
    # an order to others stays a demand
    assert triples(run("Peru demanded the extradition of a Bolivian minister.")) == {
        ("PER", "REQUEST", "BOL")
    }
