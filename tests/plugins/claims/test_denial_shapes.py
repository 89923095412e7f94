"""Session 6 (issue #10): the shapes in which news names who alleges and who denies, read
through the whole pipeline. Sentences written for these tests, each from a different kind of
news than the story where the shape was seen failing (an appositive acronym, a plural
possessive in a cooperative's name, a relative clause between a body and its cue, a role
and its name after ``said``, a finding reported with a long subject, ``That is untrue``)."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Claim, Pipeline


def _denial(claims: list[Claim]) -> Claim:
    got = [c for c in claims if c.stance == "denies"]
    assert got, [(c.source, c.stance, c.text) for c in claims]
    return got[0]


def test_a_finding_reported_with_a_long_subject_is_a_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The port authority said its marine safety inspectors had found no evidence "
                           "that the ferry was overloaded.")
    assert _denial(cs).source == "port authority"


def test_a_time_adverbial_before_a_that_less_clause_keeps_the_clause(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The aviation authority said on Thursday it had found no evidence that the pilots "
                           "were fatigued.")
    assert _denial(cs).source == "aviation authority"


def test_an_appositive_acronym_names_the_body(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The national rail regulator, the ORR, said it had found no evidence that the "
                           "operator cut maintenance.")
    assert _denial(cs).source == "ORR"


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The Lakeside Growers' Cooperative said the mill had underpaid its members for a year.")
    assert [c.source for c in cs] == ["Lakeside Growers' Cooperative"]


def test_a_role_and_its_name_after_said_is_the_person(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "\u201cWe have never cut corners on safety,\u201d said the airline's chief executive, "
                           "Maria Lund.")
    assert [c.source for c in cs] == ["Maria Lund"]


def test_people_opening_a_clause_speak_not_the_name_in_their_relative_clause(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Relatives of miners who were trapped at the Kestrel Ridge pit in March said the "
                           "company had ignored gas alarms.")
    assert [(c.source or "").lower()[:9] for c in cs] == ["relatives"]


def test_a_name_before_a_compound_head_only_says_whose_body_it_is(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The Northfield district council said the accusation was false.")
    assert _denial(cs).source == "Northfield district council"


def test_a_relative_aside_between_a_body_and_its_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Farmers accused the water company of polluting the river. The Marlow water company, "
                           "which supplies 40,000 homes in the valley, rejected the accusation, saying its "
                           "discharges were legal.")
    assert _denial(cs).source == "Marlow water company"


def test_that_is_untrue_answers_what_another_source_just_said(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The players' union said the club had withheld wages for three months. "
                           "\u201cThat is completely untrue,\u201d the club's chairman, Tom Riley, said.")
    d = _denial(cs)
    answered = next(c for c in cs if c.id == d.responds_to)
    assert d.source == "Tom Riley" and "withheld wages" in answered.text


def test_a_demonym_before_a_body_only_qualifies_it(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The Spanish football federation said on Monday it would appeal, rejecting the "
                           "complaint filed by the league.")
    assert _denial(cs).source == "Spanish football federation"


def test_a_place_name_does_not_reach_over_a_verb_to_the_accuser(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Kenya Railways rejected the union's claim that the brakes had been faulty "
                           "for months.")
    alleging = next(c for c in cs if c.cue == "claim")
    assert "rejected" not in (alleging.source or "") and alleging.source.endswith("union")
    assert _denial(cs).source == "Kenya Railways"


def test_a_charge_named_with_its_maker_and_its_content_called_baseless_denies(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Ruth Gedde, the brewery's chair, said claims by minority investor Halden Capital "
                           "Group of insider dealing were \"baseless\".")
    assert _denial(cs).source == "Ruth Gedde"


def test_a_charge_with_one_long_modifier_is_not_read_as_called_false(pipeline: Pipeline) -> None:
    from newskit_claims.grammar import patterns
    false_content = patterns()["false_content"]
    assert false_content.match("claims from the opposition of vote rigging were false")
    assert not false_content.match("the claims about its new green savings plan were misleading")
    assert not false_content.match("the number of members of the board was small")


def test_a_charge_noun_called_false_in_a_quote_is_no_allegation(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, '"Our crews reached every farm within hours. Any claim that we waited is false," the '
                           "regional vet said.")
    assert [c.stance for c in cs] == ["denies"]


def test_a_plural_noun_after_a_verb_is_no_cue(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The charity said it had received reports that refugees were turned back at the border.")
    assert {c.source for c in cs} == {"charity"}


def test_quotation_marks_inside_reported_content_keep_the_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "In a statement, the rugby club said the allegations were \u201ccompletely without "
                           "foundation\u201d.")
    assert [c.stance for c in cs] == ["denies"]
    cs = claims_of(pipeline, 'A lawyer for the hotel chain said it "strongly disputes" the cleaners\' account.')
    assert [c.stance for c in cs] == ["denies"]


def test_a_missing_occupation_still_speaks(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The school's headteacher insisted that every pupil had been sent home.")
    assert [c.text for c in cs] == ["every pupil had been sent home"]


def test_where_the_accusers_work_is_no_part_of_the_source(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Nurses at the Riverside clinic accused the health trust of cutting night shifts.")
    assert [(c.source, c.stance) for c in cs] == [("nurses", "alleges")]
    assert "health trust" in cs[0].text


def test_occupations_before_a_place_speak(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "Lifeguards at Bondi Beach said the warning flags had been moved.")
    assert [c.source for c in cs] == ["lifeguards"]
