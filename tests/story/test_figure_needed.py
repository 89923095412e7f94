"""Issue #10: a count a ballot or a rule needs (``seven more than the 81 needed``,
``requires 107 votes``) is the bar the story's count must clear, no reading of it
(``figure_needed``). Invented sentences, not the story sets'."""

from __future__ import annotations

from newskit import Pipeline
from tests.story.helpers import figure_measures, figure_summaries

_measures = figure_measures
_findings = figure_summaries


def test_the_count_needed_after_a_definite_article_is_a_bar(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The assembly passed the motion with 88 votes, seven more than the 81 "
                                   "needed in the 160-seat chamber.")
    assert measures.get("81", "").endswith(", needed"), measures
    assert measures.get("88") == "number of votes", measures


def test_votes_a_verb_of_needing_takes_are_a_bar(pipeline: Pipeline) -> None:
    assert _measures(pipeline, "Overriding the governor's veto requires 107 votes.").get("107") == "number of votes, needed"
    assert _measures(pipeline, "She needs at least 76 votes, a majority of the 150 deputies, to be confirmed."
                     ).get("at least 76") == "number of votes, needed"


def test_what_people_needed_is_what_happened_to_them(pipeline: Pipeline) -> None:
    assert not _measures(pipeline, "Eleven people needed treatment after the blast.").get("Eleven", "").endswith(", needed")
    assert not _measures(pipeline, "The clinic said 31 people needed to be treated in hospital."
                         ).get("31", "").endswith(", needed")


def test_a_sum_needed_is_a_cost(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The utility will put up most of the $900 million needed to build the dam.")
    assert not any(m.endswith(", needed") for m in measures.values()), measures


def test_the_bar_is_no_reading_of_the_tally(pipeline: Pipeline) -> None:
    found = _findings(pipeline, [
        "The assembly passed the motion on Tuesday with 88 votes, seven more than the 81 needed, the speaker said.",
        "The final tally was 84 votes in favour of the motion, the secretariat said on Wednesday."])
    assert all("81" not in f for f in found), found
    assert any("88" in f and "84" in f for f in found), found


def test_a_veto_bar_is_no_reading_of_the_passing_vote(pipeline: Pipeline) -> None:
    found = _findings(pipeline, [
        "The bill passed the chamber last month with 96 votes in favour and 40 against.",
        "Overriding the governor's veto requires 107 votes, and the ruling bloc holds 70 seats."])
    assert all("107" not in f for f in found), found


def test_a_count_well_above_the_bar_is_no_rival_reading_of_it(pipeline: Pipeline) -> None:
    found = _findings(pipeline, [
        "The motion, tabled by the opposition People's Front, was backed by 168 lawmakers in the 300-seat "
        "assembly, well above the 151 needed, parliamentary speaker Jan Novak announced.",
        "The motion needed 151 votes to pass.",
        "Lawmakers voted 168 to 120 in favour of the motion, according to the official record."])
    assert all("151" not in f for f in found), found


def test_a_count_named_a_target_is_a_bar(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The drive vaccinated 410,000 children, short of a target of 500,000 children.")
    assert measures.get("500,000", "").endswith(", needed"), measures
    assert not measures.get("410,000", "").endswith(", needed"), measures
    measures = _measures(pipeline, "Turnout reached 48 percent, against a target of 60 percent.")
    assert measures.get("60 percent", "").endswith(", needed"), measures
    assert not measures.get("48 percent", "").endswith(", needed"), measures


def test_the_count_a_body_had_targeted_is_a_bar(pipeline: Pipeline) -> None:
    measures = _measures(pipeline, "The app signed up 31,000 users in its first week, far more than the 12,000 "
                                   "the company had targeted for the month.")
    assert measures.get("12,000", "").endswith(", needed"), measures
    assert not measures.get("31,000", "").endswith(", needed"), measures


def test_a_target_is_no_reading_of_the_result(pipeline: Pipeline) -> None:
    """A guard: the outlets' results still compare, the target stays out."""
    found = _findings(pipeline, [
        "The new bank had opened 26,000 accounts by Friday, well above the 18,000 it had targeted for its first month.",
        "The regulator said on Saturday that the bank had opened 25,500 accounts since its launch."])
    assert all("18,000" not in f for f in found), found
    assert any("26,000" in f and "25,500" in f for f in found), found
