"""Session 23 (issue #10): a denial told as a plain statement, the charge's own act
negated. One party says an act was done ("The council hid the survey"), another that it
was not ("No results were hidden", "Nothing has been hidden"): the second answers the
first though no cue says "denied" and they share no word but the verb, in another form.
Invented news, one or two outlets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.negated_acts import done_acts, undone_acts
from tests.story.helpers import outlet_pairs


def test_a_negated_subject_and_its_passive_verb_says_the_act_was_not_done() -> None:
    assert "hid" in undone_acts("No results were hidden. The survey was shared with local authorities")[1]
    assert "hid" in undone_acts("Nothing has been hidden. Every dollar is in the published accounts")[1]
    assert "break" in undone_acts("no rules had been broken at any point")[0]


def test_an_auxiliary_negated_or_a_negated_object_says_so_too() -> None:
    assert "exceed" in undone_acts("the boat did not exceed its licensed capacity")[0]
    assert "overload" in undone_acts("We have never overloaded our ferries")[0]
    assert "hid" in undone_acts('the council had "hidden nothing" from residents')[0]


def test_a_condition_a_state_or_a_light_verb_is_no_act_said_not_done() -> None:
    assert not undone_acts("the schools would stay shut if the panels were not removed")[0]
    assert not undone_acts("the pumps were not working on Sunday")[0]
    assert not undone_acts("nobody had been told about the leak")[0]


def test_an_act_told_done_is_a_past_form_with_no_negation_modal_or_condition_before_it() -> None:
    assert "hid" in done_acts("Parents had a right to know. The council hid this survey")
    assert "hid" in done_acts("accused the mayor of hiding a $45 million deficit")
    assert not done_acts("the road would be cleared by the evening")
    assert not done_acts("the report had never been published")


def test_a_negated_restatement_by_the_accused_side_answers_the_charge(pipeline: Pipeline) -> None:
    text = ('Twelve schools in Westmoor were shut on Tuesday after asbestos was found in their ceilings. '
            '"Parents had a right to know. The council hid this survey," said Anna Brook, a regional official of '
            'the teachers\' union. "No results were hidden. The survey was a technical inventory," said Paul '
            'Grant, the council\'s deputy leader.')
    assert ("Anna Brook", "Paul Grant") in outlet_pairs(pipeline, [("County Post", text)])


def test_a_bare_negation_answers_the_charge_in_another_outlet(pipeline: Pipeline) -> None:
    first = ("Councilwoman Rita Hollis accused the mayor of hiding a $45 million deficit by counting on state "
             "grants that have not been approved. The council passed the budget by seven votes to four.")
    second = ('"Nothing has been hidden. Every dollar is in the published documents," Mayor Denise Park said on '
              "Thursday after the council approved the budget.")
    pairs = outlet_pairs(pipeline, [("City Gazette", first), ("Metro Radio", second)])
    assert any(a.endswith("Hollis") and d.endswith("Park") for a, d in pairs), pairs


def test_the_same_verb_negated_by_a_party_elsewhere_is_its_own_charge_not_a_denial(pipeline: Pipeline) -> None:
    first = ("A tornado destroyed 40 homes in Carver County on Friday night. The warning sirens sounded at 11.40pm, "
             "eight minutes before the tornado touched down, the county emergency office said.")
    second = ("Residents of Carver County said the warning sirens never sounded before the tornado struck on Friday "
              "night, destroying 40 homes.")
    pairs = outlet_pairs(pipeline, [("Valley Ledger", first), ("Plains Wire", second)])
    assert not any(d == "Residents" for _, d in pairs), pairs


_VERBS = st.sampled_from(["hidden", "dismantled", "overloaded", "concealed", "destroyed", "falsified"])
_NOUNS = st.sampled_from(["results", "records", "brigades", "files", "reports"])


@settings(max_examples=40, deadline=None)
@given(_NOUNS, _VERBS, st.sampled_from(["were", "had been", "have been"]))
def test_every_negated_passive_names_its_verb_and_its_positive_names_the_same(noun: str, verb: str, aux: str) -> None:
    undone, bare = undone_acts(f"No {noun} {aux} {verb}.")
    assert undone == bare and len(undone) == 1
    assert undone <= done_acts(f"The {noun} {aux} {verb} last year.")
    assert not done_acts(f"The {noun} {aux} not {verb} last year.")


def test_a_denial_of_the_claim_answers_the_earlier_charge_against_it_past_other_words(pipeline: Pipeline) -> None:
    text = ("A shipping company whose vessel carried seven tonnes of ivory to Vietnam knew what was in the "
            "containers, a wildlife group has alleged. The Wildlife Trust said on Wednesday that Harbour Line "
            "Shipping had carried two earlier cargoes for the same exporter that were later linked to ivory "
            'trafficking. "This was not an accident of logistics," the group\'s director, Olivia Marsh, said. '
            "Customs officials in Haiphong said the 7,100 kilograms of tusks represented more than 1,000 dead "
            "elephants, a higher figure than earlier estimates, because many of the tusks were small and came from "
            "young animals, and the seizure was among the largest of the decade. The port authority said the "
            "containers had been declared as cashew nuts and were flagged by a scanner on Monday, two days after the "
            "ship docked. Harbour Line Shipping denied the "
            "claim.")
    assert ("Wildlife Trust", "Harbour Line Shipping") in outlet_pairs(pipeline, [("Coast Wire", text)])
