"""The pure walkers of extract/syntax.py, on parses built by hand (no model)."""

from __future__ import annotations

from diplograph.extract.syntax import (
    calls_for,
    chain,
    conjuncts,
    dependents,
    doc_tokens,
    eventive_noun,
    free_relative_object,
    governing,
    is_passive,
    main_clause,
    misread_plural_objects,
    noun_clauses,
    object_ranks,
    objects,
    parse_index,
    passive_subjects,
    predicates,
    prep_objects,
    prep_objects_in,
    reported,
    shares_passive,
    stray_subject,
    subjects,
    tail_hung_on_the_verb,
    trailing_predicates,
)

COMMIT = frozenset({"vow", "threaten", "pledge"})
REPORTING = frozenset({"say"})
LIGHT = frozenset({"engage"})
MEASURES = frozenset({"wave"})


def never(_tok) -> bool:
    return False


def proper(tok) -> bool:
    return tok.pos_ == "PROPN"


def test_a_passive_verb_has_its_agent_as_subject_and_its_subject_as_object(hand_doc) -> None:
    doc = hand_doc(
        [
            ("The", 1, "det", "DET"),
            ("envoy", 3, "nsubjpass", "NOUN"),
            ("was", 3, "auxpass", "AUX"),
            ("summoned", 3, "ROOT", "VERB", "VBN", "summon"),
            ("by", 3, "agent", "ADP"),
            ("Paris", 4, "pobj", "PROPN"),
        ]
    )
    verb = doc[3]
    assert is_passive(verb)
    assert subjects(verb, COMMIT, never) == ([doc[5]], False)
    assert objects(verb) == [doc[1]]


def test_a_plural_noun_read_as_a_verb_is_the_object(hand_doc) -> None:
    # "Ottawa imposed asset freezes on ..." with "freezes" parsed as a verb whose subject is "asset"
    doc = hand_doc(
        [
            ("Ottawa", 1, "nsubj", "PROPN"),
            ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
            ("asset", 3, "nsubj", "NOUN"),
            ("freezes", 1, "ccomp", "VERB", "VBZ", "freeze"),
            ("on", 3, "prep", "ADP"),
            ("officials", 4, "pobj", "NOUN"),
        ]
    )
    assert misread_plural_objects(doc[1]) == [doc[3]]
    assert objects(doc[1]) == [doc[3]]


def test_a_clause_after_an_object_is_no_misread_plural(hand_doc) -> None:
    # "Ottawa said the ban stays": a real clause with a determiner before its subject
    doc = hand_doc(
        [
            ("Ottawa", 1, "nsubj", "PROPN"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET"),
            ("ban", 4, "nsubj", "NOUN"),
            ("stays", 1, "ccomp", "VERB", "VBZ", "stay"),
        ]
    )
    assert misread_plural_objects(doc[1]) == []


def test_an_infinitive_inherits_the_subject_of_a_commitment(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Russia", 1, "nsubj", "PROPN"),
            ("vowed", 1, "ROOT", "VERB", "VBD", "vow"),
            ("to", 3, "aux", "PART"),
            ("impose", 1, "xcomp", "VERB", "VB"),
            ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ]
    )
    assert subjects(doc[3], COMMIT, proper) == ([doc[0]], True)
    assert chain(doc[3]) == [doc[3], doc[1]]


def test_object_control_gives_the_object_only_when_it_names_an_actor(hand_doc) -> None:
    doc = hand_doc(
        [
            ("France", 1, "nsubj", "PROPN"),
            ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
            ("Iran", 1, "dobj", "PROPN"),
            ("to", 4, "aux", "PART"),
            ("refrain", 1, "xcomp", "VERB", "VB"),
        ]
    )
    assert subjects(doc[4], COMMIT, proper) == ([doc[2]], True)
    assert subjects(doc[4], COMMIT, never) == ([doc[0]], True)


def test_a_clause_of_time_does_not_inherit_the_subject(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
            ("when", 4, "advmod", "SCONJ"),
            ("crowds", 4, "nsubj", "NOUN"),
            ("gathered", 1, "advcl", "VERB", "VBD", "gather"),
            ("later", 6, "advmod", "ADV"),
            ("marching", 1, "advcl", "VERB", "VBD", "march"),
        ]
    )
    assert subjects(doc[4], COMMIT, never) == ([doc[3]], False)
    assert subjects(doc[6], COMMIT, never) == ([], False)  # neither its own nor inherited


def test_a_reported_clause_is_the_main_event_of_what_is_said(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Erdogan", 1, "nsubj", "PROPN"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Turkey", 4, "nsubj", "PROPN"),
            ("would", 4, "aux", "AUX"),
            ("send", 1, "ccomp", "VERB", "VB"),
            ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ]
    )
    assert reported(doc[4], REPORTING)
    assert main_clause(doc[4], REPORTING)
    assert not reported(doc[1], REPORTING)


def test_a_dative_is_a_to_object(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Oslo", 1, "nsubj", "PROPN"),
            ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("Kyiv", 1, "dative", "PROPN"),
            ("aid", 1, "dobj", "NOUN"),
            ("to", 1, "prep", "ADP"),
            ("Chisinau", 4, "pobj", "PROPN"),
        ]
    )
    assert prep_objects([doc[1]], "to") == [doc[2], doc[5]]
    assert prep_objects([doc[1]], "with") == []


def test_the_objects_of_several_prepositions_come_in_the_order_asked(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Troops", 1, "nsubj", "NOUN"),
            ("massed", 1, "ROOT", "VERB", "VBD", "mass"),
            ("near", 1, "prep", "ADP"),
            ("the", 4, "det", "DET"),
            ("border", 2, "pobj", "NOUN"),
            ("along", 1, "prep", "ADP"),
            ("the", 7, "det", "DET"),
            ("river", 5, "pobj", "NOUN"),
            ("to", 1, "prep", "ADP"),
            ("Minsk", 8, "pobj", "PROPN"),
        ]
    )
    verb = [doc[1]]
    assert prep_objects_in(verb, ("along", "near")) == [doc[7], doc[4]]
    asked = ("to", "with", "near", "along")
    assert prep_objects_in(verb, asked) == [h for p in asked for h in prep_objects(verb, p)]
    assert prep_objects_in(verb, ("with",)) == []


def test_a_noun_reports_an_event_as_an_argument_not_in_background(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Rebels", 1, "nsubj", "NOUN"),
            ("launched", 1, "ROOT", "VERB", "VBD", "launch"),
            ("an", 3, "det", "DET"),
            ("attack", 1, "dobj", "NOUN"),
            ("after", 1, "prep", "ADP"),
            ("the", 6, "det", "DET"),
            ("attack", 4, "pobj", "NOUN"),
        ]
    )
    assert eventive_noun(doc[3], LIGHT, MEASURES)
    assert not eventive_noun(doc[6], LIGHT, MEASURES)


def test_what_a_verb_of_naming_calls_its_object(hand_doc) -> None:
    # "Oslo called the vote a farce , a sham ."
    doc = hand_doc(
        [
            ("Oslo", 1, "nsubj", "PROPN"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("the", 3, "det", "DET"),
            ("vote", 1, "dobj", "NOUN"),
            ("a", 5, "det", "DET"),
            ("farce", 1, "oprd", "NOUN"),
            (",", 5, "punct", "PUNCT"),
            ("a", 8, "det", "DET"),
            ("sham", 5, "appos", "NOUN"),
        ]
    )
    assert predicates(doc[1]) == [doc[5], doc[8]]
    # "Lima dismissed the measures as aggression"
    doc = hand_doc(
        [
            ("Lima", 1, "nsubj", "PROPN"),
            ("dismissed", 1, "ROOT", "VERB", "VBD", "dismiss"),
            ("the", 3, "det", "DET"),
            ("measures", 1, "dobj", "NOUN"),
            ("as", 3, "prep", "ADP"),
            ("aggression", 4, "pobj", "NOUN"),
        ]
    )
    assert predicates(doc[1]) == [doc[5]]


def test_a_participle_coordinated_with_a_passive_shares_it(hand_doc) -> None:
    # "The envoy was summoned and told to leave" / "... and ordered to leave"
    rows = [
        ("The", 1, "det", "DET"),
        ("envoy", 3, "nsubjpass", "NOUN"),
        ("was", 3, "auxpass", "AUX"),
        ("summoned", 3, "ROOT", "VERB", "VBN", "summon"),
        ("and", 3, "cc", "CCONJ"),
        ("told", 3, "conj", "VERB", "VBD", "tell"),
        ("to", 7, "aux", "PART"),
        ("leave", 5, "xcomp", "VERB", "VB", "leave"),
    ]
    doc = hand_doc(rows)
    assert not shares_passive(doc[5], ())  # a past tense, unless a verb of control
    assert shares_passive(doc[5], {"tell"})
    assert passive_subjects(doc[5]) == [doc[1]]
    ordered = hand_doc([*rows[:5], ("ordered", 3, "conj", "VERB", "VBN", "order"), *rows[6:]])
    assert is_passive(ordered[5]) and objects(ordered[5]) == [ordered[1]]
    # "The envoy was summoned and will leave": a clause of its own
    own = hand_doc([*rows[:5], ("will", 6, "aux", "AUX"), ("leave", 3, "conj", "VERB", "VB", "leave")])
    assert not shares_passive(own[6], {"leave"}) and not is_passive(own[6])


def test_the_thing_given_when_the_object_slot_holds_the_recipient(hand_doc) -> None:
    # "The envoy was given 48 hours"
    doc = hand_doc(
        [
            ("The", 1, "det", "DET"),
            ("envoy", 3, "nsubjpass", "NOUN"),
            ("was", 3, "auxpass", "AUX"),
            ("given", 3, "ROOT", "VERB", "VBN", "give"),
            ("48", 5, "nummod", "NUM"),
            ("hours", 3, "dobj", "NOUN", "NNS", "hour"),
        ]
    )
    assert (0, doc[5]) in object_ranks(doc[3], "verb")
    # "Chad gave the envoy 48 hours" (the hours read as a measure)
    doc = hand_doc(
        [
            ("Chad", 1, "nsubj", "PROPN"),
            ("gave", 1, "ROOT", "VERB", "VBD", "give"),
            ("the", 3, "det", "DET"),
            ("envoy", 1, "dative", "NOUN"),
            ("48", 5, "nummod", "NUM"),
            ("hours", 1, "npadvmod", "NOUN", "NNS", "hour"),
        ]
    )
    assert (0, doc[5]) in object_ranks(doc[1], "verb")


def test_who_in_a_relative_clause_is_the_noun_it_modifies(hand_doc) -> None:
    # "Police fired at protesters who marched"
    doc = hand_doc(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
            ("at", 1, "prep", "ADP"),
            ("protesters", 2, "pobj", "NOUN"),
            ("who", 5, "nsubj", "PRON", "WP"),
            ("marched", 3, "relcl", "VERB", "VBD", "march"),
        ]
    )
    assert subjects(doc[5], COMMIT, never) == ([doc[3]], True)


def test_a_headline_second_verb_after_a_comma_shares_the_subject(hand_doc) -> None:
    # "Israel calls up reservists , masses armour" / "... , as it masses armour"
    rows = [
        ("Israel", 1, "nsubj", "PROPN"),
        ("calls", 1, "ROOT", "VERB", "VBZ", "call"),
        ("reservists", 1, "dobj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("masses", 1, "advcl", "VERB", "VBZ", "mass"),
        ("armour", 4, "dobj", "NOUN"),
    ]
    doc = hand_doc(rows)
    assert subjects(doc[4], COMMIT, never) == ([doc[0]], True)
    marked = hand_doc(
        [*rows[:4], ("as", 5, "mark", "SCONJ"), *[(w, h + (h >= 4), d, *r) for w, h, d, *r in rows[4:]]]
    )
    assert subjects(marked[5], COMMIT, never) == ([], False)


def test_a_call_for_something_asks_for_it(hand_doc) -> None:
    # "a call for talks" / "a call with Xi"
    asked = hand_doc(
        [
            ("a", 1, "det", "DET"),
            ("call", 1, "ROOT", "NOUN"),
            ("for", 1, "prep", "ADP"),
            ("talks", 2, "pobj", "NOUN"),
        ]
    )
    assert calls_for(asked[1])
    phoned = hand_doc(
        [
            ("a", 1, "det", "DET"),
            ("call", 1, "ROOT", "NOUN"),
            ("with", 1, "prep", "ADP"),
            ("Xi", 2, "pobj", "PROPN"),
        ]
    )
    assert not calls_for(phoned[1])


def test_a_passive_coordinated_with_an_active_verb_has_its_subject(hand_doc) -> None:
    # "The premier arrived and was welcomed by his counterpart": the premier was welcomed
    doc = hand_doc(
        [
            ("The", 1, "det", "DET"),
            ("premier", 2, "nsubj", "NOUN"),
            ("arrived", 2, "ROOT", "VERB", "VBD", "arrive"),
            ("and", 2, "cc", "CCONJ"),
            ("was", 5, "auxpass", "AUX"),
            ("welcomed", 2, "conj", "VERB", "VBN", "welcome"),
            ("by", 5, "agent", "ADP"),
            ("his", 8, "poss", "PRON"),
            ("counterpart", 6, "pobj", "NOUN"),
        ]
    )
    assert is_passive(doc[5])
    assert passive_subjects(doc[5]) == [doc[1]]
    assert objects(doc[5]) == [doc[1]]


def test_a_that_clause_hung_on_the_verb_is_the_clause_of_its_object_noun(hand_doc) -> None:
    # The ILO repeated its demand today that Qatar ease curbs .
    doc = hand_doc(
        [
            ("The", 1, "det", "DET"),
            ("ILO", 2, "nsubj", "PROPN"),
            ("repeated", 2, "ROOT", "VERB", "VBD", "repeat"),
            ("its", 4, "poss", "PRON"),
            ("demand", 2, "dobj", "NOUN", "NN"),
            ("today", 2, "npadvmod", "NOUN"),
            ("that", 8, "mark", "SCONJ"),
            ("Qatar", 8, "nsubj", "PROPN"),
            ("ease", 2, "ccomp", "VERB", "VB"),
            ("curbs", 8, "dobj", "NOUN", "NNS", "curb"),
            (".", 2, "punct", "PUNCT"),
        ]
    )
    assert [t.text for t in noun_clauses(doc[4])] == ["ease"]
    assert noun_clauses(doc[9]) == []


def test_a_main_clause_hung_on_its_own_after_clause_is_not_governed_by_it(hand_doc) -> None:
    # "Units began drills, days after Cairo signed a pact", as the parser sometimes reads it:
    # the after-clause's verb the root, the main clause its ccomp
    doc = hand_doc(
        [
            ("Units", 1, "nsubj", "NOUN"),
            ("began", 7, "ccomp", "VERB", "VBD", "begin"),
            ("drills", 1, "dobj", "NOUN"),
            (",", 7, "punct", "PUNCT"),
            ("days", 7, "npadvmod", "NOUN"),
            ("after", 7, "mark", "SCONJ"),
            ("Cairo", 7, "nsubj", "PROPN"),
            ("signed", 7, "ROOT", "VERB", "VBD", "sign"),
            ("a", 9, "det", "DET"),
            ("pact", 7, "dobj", "NOUN"),
        ]
    )
    assert governing(doc[1], {7: "the pact"}) is None
    doc = hand_doc(  # without the time word the clause is what is signed for
        [
            ("Units", 1, "nsubj", "NOUN"),
            ("began", 5, "ccomp", "VERB", "VBD", "begin"),
            ("drills", 1, "dobj", "NOUN"),
            (",", 5, "punct", "PUNCT"),
            ("Cairo", 5, "nsubj", "PROPN"),
            ("said", 5, "ROOT", "VERB", "VBD", "say"),
        ]
    )
    assert governing(doc[1], {5: "the saying"}) == "the saying"


def test_a_relative_clause_with_its_own_subject_has_its_noun_as_object(hand_doc) -> None:
    doc = hand_doc(
        [
            ("the", 1, "det", "DET"),
            ("sanctions", 1, "ROOT", "NOUN"),
            ("Moscow", 3, "nsubj", "PROPN"),
            ("imposed", 1, "relcl", "VERB", "VBD", "impose"),
        ]
    )
    assert objects(doc[3]) == [doc[1]]
    doc = hand_doc(  # "the ship that sank": "that" is its subject
        [
            ("the", 1, "det", "DET"),
            ("ship", 1, "ROOT", "NOUN"),
            ("that", 3, "nsubj", "PRON", "WDT"),
            ("sank", 1, "relcl", "VERB", "VBD", "sink"),
        ]
    )
    assert objects(doc[3]) == []
    doc = hand_doc(  # "the town where troops fired": a place, not an object
        [
            ("the", 1, "det", "DET"),
            ("town", 1, "ROOT", "NOUN"),
            ("where", 4, "advmod", "SCONJ", "WRB"),
            ("troops", 4, "nsubj", "NOUN"),
            ("fired", 1, "relcl", "VERB", "VBD", "fire"),
        ]
    )
    assert objects(doc[4]) == []


def test_a_second_infinitive_parsed_as_a_conjunct_climbs_to_the_pledge(hand_doc) -> None:
    # the sides pledged to work for peace and to end the war
    doc = hand_doc(
        [
            ("sides", 1, "nsubj", "NOUN", "NNS", "side"),
            ("pledged", 1, "ROOT", "VERB", "VBD", "pledge"),
            ("to", 3, "aux", "PART", "TO"),
            ("work", 1, "xcomp", "VERB", "VB"),
            ("and", 1, "cc", "CCONJ", "CC"),
            ("to", 6, "aux", "PART", "TO"),
            ("end", 1, "conj", "VERB", "VB"),
            ("war", 6, "dobj", "NOUN", "NN"),
        ]
    )
    assert chain(doc[6]) == [doc[6], doc[1]]
    doc = hand_doc(  # "police fired and detained 20": a second main verb is no infinitive
        [
            ("police", 1, "nsubj", "NOUN", "NNS"),
            ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
            ("and", 1, "cc", "CCONJ", "CC"),
            ("detained", 1, "conj", "VERB", "VBD", "detain"),
        ]
    )
    assert chain(doc[3]) == [doc[3]]


def test_two_titled_names_the_parser_runs_together_are_both_subjects(hand_doc) -> None:
    # "Kenyan President Kenyatta and Ugandan leader Museveni pledged": the parser hangs the
    # first name on the second as a modifier, with the "and" and the second title on it
    doc = hand_doc(
        [
            ("Kenyan", 1, "amod", "ADJ"),
            ("President", 2, "compound", "PROPN"),
            ("Kenyatta", 7, "nmod", "PROPN"),
            ("and", 2, "cc", "CCONJ"),
            ("Ugandan", 5, "amod", "ADJ"),
            ("leader", 2, "conj", "NOUN"),
            ("Yoweri", 7, "compound", "PROPN"),
            ("Museveni", 8, "nsubj", "PROPN"),
            ("pledged", 8, "ROOT", "VERB", "VBD", "pledge"),
        ]
    )
    assert subjects(doc[8], COMMIT, proper) == ([doc[7], doc[2]], False)


def test_a_predicate_the_parser_hung_inside_the_object_is_still_what_it_is_called(hand_doc) -> None:
    # "Quito called Lima's decision illegal": the adjective after the noun, as the small model hangs it
    doc = hand_doc(
        [
            ("Quito", 1, "nsubj", "PROPN"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("Lima", 4, "poss", "PROPN"),
            ("'s", 2, "case", "PART"),
            ("decision", 1, "dobj", "NOUN"),
            ("illegal", 4, "amod", "ADJ"),
        ]
    )
    assert trailing_predicates(doc[1]) == [doc[5]]
    # "calling Lima's protest groundless": the predicate taken for the object's head
    doc = hand_doc(
        [
            ("calling", 0, "ROOT", "VERB", "VBG", "call"),
            ("Lima", 3, "poss", "PROPN"),
            ("'s", 1, "case", "PART"),
            ("protest", 4, "compound", "NOUN"),
            ("groundless", 0, "dobj", "NOUN"),
        ]
    )
    assert trailing_predicates(doc[0]) == [doc[4]]


def test_an_adjective_before_its_noun_is_no_predicate(hand_doc) -> None:
    # "called a free and fair election": attributive, as it should be
    doc = hand_doc(
        [
            ("called", 0, "ROOT", "VERB", "VBD", "call"),
            ("a", 5, "det", "DET"),
            ("free", 5, "amod", "ADJ"),
            ("and", 2, "cc", "CCONJ"),
            ("fair", 2, "conj", "ADJ"),
            ("election", 0, "dobj", "NOUN"),
        ]
    )
    assert trailing_predicates(doc[0]) == []


def test_a_free_relative_object_is_the_thing_it_names(hand_doc) -> None:
    # "jets struck what the army said were depots"
    doc = hand_doc(
        [
            ("jets", 1, "nsubj", "NOUN"),
            ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
            ("what", 5, "nsubj", "PRON"),
            ("the", 4, "det", "DET"),
            ("army", 5, "nsubj", "NOUN"),
            ("said", 1, "ccomp", "VERB", "VBD", "say"),
            ("were", 5, "ccomp", "AUX"),
            ("depots", 5, "ccomp", "NOUN"),
        ]
    )
    assert free_relative_object(doc[1]) == [doc[7]]


def test_a_bare_infinitive_hung_on_the_verb_above_shares_its_partners_subject(hand_doc) -> None:
    # "prompting Riga to summon the envoy and request talks": "request" hung on "prompting"
    doc = hand_doc(
        [
            ("prompting", 0, "ROOT", "VERB", "VBG", "prompt"),
            ("Riga", 0, "dobj", "PROPN"),
            ("to", 3, "aux", "PART"),
            ("summon", 0, "xcomp", "VERB", "VB", "summon"),
            ("the", 5, "det", "DET"),
            ("envoy", 3, "dobj", "NOUN"),
            ("and", 0, "cc", "CCONJ"),
            ("request", 0, "conj", "VERB", "VB", "request"),
            ("talks", 7, "dobj", "NOUN"),
        ]
    )
    assert subjects(doc[7], COMMIT, proper) == ([doc[1]], True)


def test_closer_to_a_place_is_near_it(hand_doc) -> None:
    # "moved units closer to the border"
    doc = hand_doc(
        [
            ("moved", 0, "ROOT", "VERB", "VBD", "move"),
            ("units", 0, "dobj", "NOUN"),
            ("closer", 0, "advmod", "ADJ", "JJR", "close"),
            ("to", 2, "prep", "ADP"),
            ("the", 5, "det", "DET"),
            ("border", 3, "pobj", "NOUN"),
        ]
    )
    assert prep_objects_in([doc[0]], ("near",)) == [doc[5]]


def test_a_phrase_after_a_comma_hung_on_an_earlier_word_is_the_subject_of_the_verb_after_it(hand_doc) -> None:
    # "Iran sent parts through Oman, a UN panel said": the parser hangs "panel" on "Oman"
    doc = hand_doc(
        [
            ("Iran", 1, "nsubj", "PROPN"),
            ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("parts", 1, "dobj", "NOUN"),
            ("through", 1, "prep", "ADP"),
            ("Oman", 3, "pobj", "PROPN"),
            (",", 4, "punct", "PUNCT"),
            ("a", 8, "det", "DET"),
            ("UN", 8, "compound", "PROPN"),
            ("panel", 4, "appos", "NOUN"),
            ("said", 1, "conj", "VERB", "VBD", "say"),
        ]
    )
    assert stray_subject(doc[9]) == doc[8]
    assert subjects(doc[9], COMMIT, never) == ([doc[8]], False)
    assert stray_subject(doc[1]) is None


def test_an_indefinite_phrase_in_apposition_to_the_object_is_what_it_is_called(hand_doc) -> None:
    # "Quito called Lima's decision a hostile act", the predicate parsed in apposition to the object
    doc = hand_doc(
        [
            ("Quito", 1, "nsubj", "PROPN"),
            ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("Lima", 4, "poss", "PROPN"),
            ("'s", 2, "case", "PART"),
            ("decision", 1, "dobj", "NOUN"),
            ("a", 7, "det", "DET"),
            ("hostile", 7, "amod", "ADJ"),
            ("act", 4, "appos", "NOUN"),
        ]
    )
    assert predicates(doc[1]) == [doc[7]]
    # "called Macron, a close ally, ...": set off by commas, a description of whom was called
    doc = hand_doc(
        [
            ("called", 0, "ROOT", "VERB", "VBD", "call"),
            ("Macron", 0, "dobj", "PROPN"),
            (",", 1, "punct", "PUNCT"),
            ("a", 5, "det", "DET"),
            ("close", 5, "amod", "ADJ"),
            ("ally", 1, "appos", "NOUN"),
        ]
    )
    assert predicates(doc[0]) == []


def test_the_phrases_after_an_agent_hung_on_an_active_verb_are_the_nouns_before_it(hand_doc) -> None:
    # Yerevan protested over shelling by Baku into Tavush .
    doc = hand_doc(
        [
            ("Yerevan", 1, "nsubj", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("over", 1, "prep", "ADP", "IN"),
            ("shelling", 2, "pobj", "NOUN", "NN"),
            ("by", 1, "agent", "ADP", "IN"),
            ("Baku", 4, "pobj", "PROPN", "NNP"),
            ("into", 1, "prep", "ADP", "IN"),
            ("Tavush", 6, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t in tail_hung_on_the_verb(doc[3])] == ["by", "into"]
    assert tail_hung_on_the_verb(doc[0]) == []  # (no preposition's object)


def test_a_verb_with_no_agent_right_after_the_noun_keeps_its_phrases(hand_doc) -> None:
    # Yerevan protested over shelling into Tavush .
    doc = hand_doc(
        [
            ("Yerevan", 1, "nsubj", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("over", 1, "prep", "ADP", "IN"),
            ("shelling", 2, "pobj", "NOUN", "NN"),
            ("into", 1, "prep", "ADP", "IN"),
            ("Tavush", 4, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert tail_hung_on_the_verb(doc[3]) == []


def test_the_object_of_a_preposition_is_what_a_free_relative_there_names(hand_doc) -> None:
    # Baku struck what it said were rebel depots .  (the parser's "on" object is "said")
    doc = hand_doc(
        [
            ("Baku", 1, "nsubj", "PROPN", "NNP"),
            ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
            ("on", 1, "prep", "ADP", "IN"),
            ("what", 6, "nsubj", "PRON", "WP"),
            ("it", 5, "nsubj", "PRON", "PRP"),
            ("said", 2, "pcomp", "VERB", "VBD", "say"),
            ("were", 5, "ccomp", "AUX", "VBD", "be"),
            ("rebel", 8, "compound", "NOUN", "NN"),
            ("depots", 6, "attr", "NOUN", "NNS", "depot"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t in prep_objects([doc[1]], "on")] == ["depots"]


#: "Paris expelled two diplomats": a verb with a subject and an object that has a modifier
PARIS_EXPELLED_TWO_DIPLOMATS = [
    ("Paris", 1, "nsubj", "PROPN"),
    ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
    ("two", 3, "nummod", "NUM"),
    ("diplomats", 1, "dobj", "NOUN"),
]


def test_dependents_come_from_the_index_while_it_is_open_and_from_the_parse_after(hand_doc) -> None:
    doc = hand_doc(PARIS_EXPELLED_TWO_DIPLOMATS)
    verb = doc[1]
    assert dependents(verb) == tuple(verb.children)  # no index: read off the parse
    with parse_index(doc):
        first = dependents(verb)
        assert first == (doc[0], doc[3])
        assert dependents(verb) is first  # made once, then read from the index
        assert dependents(doc[3]) == (doc[2],)
        assert dependents(doc[2]) == ()
        assert doc_tokens(doc) == list(doc) and doc_tokens(doc) is doc_tokens(doc)
    doc[2].head = verb  # the parse changed after the reading: never read from a stale index
    assert dependents(verb) == (doc[0], doc[2], doc[3])
    assert "diplograph.dependents" not in doc.user_data


def test_conjuncts_come_from_the_index_while_it_is_open(hand_doc) -> None:
    doc = hand_doc(
        [
            ("Paris", 1, "nsubj", "PROPN"),
            ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
            ("diplomats", 1, "dobj", "NOUN"),
            ("and", 2, "cc", "CCONJ"),
            ("spies", 2, "conj", "NOUN"),
            ("and", 2, "cc", "CCONJ"),
            ("agents", 2, "conj", "NOUN"),
        ]
    )
    diplomats = doc[2]
    with parse_index(doc):
        first = conjuncts(diplomats)
        assert first == (doc[4], doc[6])
        assert conjuncts(diplomats) is first  # walked once, then read from the index
    doc[6].head = doc[1]  # the parse changed after the reading: never read from a stale index
    assert conjuncts(diplomats) == (doc[4],)


def test_objects_are_read_once_while_the_index_is_open_and_each_caller_gets_its_own_list(hand_doc) -> None:
    doc = hand_doc(PARIS_EXPELLED_TWO_DIPLOMATS)
    verb = doc[1]
    with parse_index(doc):
        first = objects(verb)
        assert first == [doc[3]]
        first.append(doc[0])  # a caller extending its list ...
        assert objects(verb) == [doc[3]]  # ... does not change what the next one reads
        assert "diplograph.objects" in doc.user_data and verb.i in doc.user_data["diplograph.objects"]
    doc[0].head, doc[0].dep_ = verb, "dobj"  # the parse changed after the reading: read anew
    assert objects(verb) == [doc[0], doc[3]]
    assert "diplograph.objects" not in doc.user_data


def test_one_prepositions_objects_are_those_of_the_table_of_prepositions(hand_doc) -> None:
    """``prep_objects`` reads one preposition without the table ``prep_objects_in`` builds:
    the same objects, in the same order, over several words and prepositions."""
    # Oslo imposed sanctions on Iran and on Syria , and curbs on Cuba by decree .
    doc = hand_doc(
        [
            ("Oslo", 1, "nsubj", "PROPN"),
            ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
            ("sanctions", 1, "dobj", "NOUN"),
            ("on", 1, "prep", "ADP"),
            ("Iran", 3, "pobj", "PROPN"),
            ("and", 3, "cc", "CCONJ"),
            ("on", 1, "prep", "ADP"),
            ("Syria", 6, "pobj", "PROPN"),
            (",", 1, "punct", "PUNCT"),
            ("and", 1, "cc", "CCONJ"),
            ("curbs", 2, "conj", "NOUN"),
            ("on", 10, "prep", "ADP"),
            ("Cuba", 11, "pobj", "PROPN"),
            ("by", 1, "prep", "ADP"),
            ("decree", 13, "pobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    words = [doc[1], doc[10]]
    for prep in ("on", "by", "with"):
        assert prep_objects(words, prep) == prep_objects_in(words, (prep,))
    assert prep_objects(words, "on") == [doc[4], doc[7], doc[12]]
