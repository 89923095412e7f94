"""Issue #14, session 22: kinds of attribution read on both halves of PolNeAR dev - content
that points back (``said as much``), a stance whose short object a participle report
follows (``attacked the mayor, saying …``), a participle after a coordinated clause, a share
of a relative clause's antecedent (``many of whom say``), a stance inside a relative clause
on the subject, and a stance object before a second verb of its subject. Sentences written for these tests from
harbour, orchard, quarry, ferry and glassworks news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour master said as much in an interview on Friday.", "The harbour master"),
        ("The quarry's owner admitted as much at the hearing.", "The quarry's owner"),
        ("A spokeswoman for the ferry line indicated as much in an email.", "A spokeswoman for the ferry line"),
    ],
)
def test_as_much_after_a_cue_is_what_was_said(text: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [("as much", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The glassworks said as much as it could about the sale.",  # a comparison, no content
        "They paid as much as the orchard was worth.",
    ],
)
def test_as_much_as_is_a_comparison(text: str) -> None:
    assert all(q.text != "as much" for q in all_quotes(text))


@given(st.sampled_from(["said", "admitted", "conceded", "suggested"]),
       st.sampled_from(["", " on Tuesday", " in a letter to the council"]))
def test_as_much_never_takes_the_adjunct_after_it(verb: str, tail: str) -> None:
    text = f"The ferry operator {verb} as much{tail}."
    assert [q.text for q in all_quotes(text)] == ["as much"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Meanwhile, the union attacked Lowe, saying he had misled the workers.", "Lowe"),
        ("The board praised Ortiz, saying she had saved the club.", "Ortiz"),
    ],
)
def test_a_short_stance_object_before_a_participle_report_is_kept(text: str, stance: str) -> None:
    contents = [q.text for q in all_quotes(text)]
    assert stance in contents
    assert len(contents) == 2


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The coach praised the team, but the captain left early, saying the referee had been unfair.",
         "the referee had been unfair", "the captain"),
        ("Sales of glass fell, and the company cut jobs, saying demand was weak.", "demand was weak", "the company"),
        ("The council met on Monday, but the chairman left early, despite insisting that the vote was urgent.",
         "the vote was urgent", "the chairman"),
        ("The mayor has said the budget is tight, but she refuses to name the cuts, aside from saying libraries"
         " will stay open.", "libraries will stay open", "she"),
    ],
)
def test_a_participle_after_a_coordinated_clause_takes_that_clause_subject(
        text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in reported_with_speakers(text)


def test_a_participle_after_a_clause_of_things_keeps_the_main_subject() -> None:
    text = "The ferry operator raised fares, and prices rose, saying fuel cost more."
    assert ("fuel cost more", "prices") not in reported_with_speakers(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Residents, many of whom believe the quarry is unsafe, marched on Sunday.",
         "the quarry is unsafe", "many of whom"),
        ("The plan angered growers, most of whom say the canal will dry their wells.",
         "the canal will dry their wells", "most of whom"),
        ("The council polled 300 tenants, 40 percent of whom said rents were too high.",
         "rents were too high", "40 percent of whom"),
    ],
)
def test_a_share_of_a_relative_clause_antecedent_speaks_through_of_whom(
        text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


def test_of_which_without_a_comma_is_no_share() -> None:
    text = "The ferry line cut two routes of which the mayor said little."
    assert all(s != "routes of which" for _, s in reported_with_speakers(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union leaders, who want to keep the quota, met the minister.", "to keep the quota"),
        ("Supporters of the glassworks, who have criticized the closure, rallied outside.", "the closure"),
        ("The growers, who oppose the canal, will vote on Monday.", "the canal"),
    ],
)
def test_a_stance_in_a_relative_clause_on_the_subject_ends_with_the_clause(text: str, content: str) -> None:
    assert [c for c, _ in reported_with_speakers(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The builder demands accountability from the council, yet refuses to release his own accounts.",
         "accountability from the council"),
        ("The ministry has promised a review and attempted to calm the fishermen.", "a review"),
        ("The regulator has blamed the operator and fined it twice.", "the operator"),
    ],
)
def test_a_stance_object_ends_before_a_second_verb_of_its_subject(text: str, content: str) -> None:
    assert content in [c for c, _ in reported_with_speakers(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union called for talks and a ceasefire.", "talks and a ceasefire"),
        ("The mayor praised the firefighters and volunteers.", "the firefighters and volunteers"),
    ],
)
def test_a_stance_object_of_two_nouns_reads_on(text: str, content: str) -> None:
    assert content in [c for c, _ in reported_with_speakers(text)]


@given(st.sampled_from(["opposes", "criticizes", "demands"]), st.sampled_from(["refuses", "declines", "wants"]))
def test_two_present_verbs_of_one_subject_split_the_object(first: str, second: str) -> None:
    text = f"The harbour board {first} the new fee, yet {second} to publish its own budget."
    assert "the new fee" in [c for c, _ in reported_with_speakers(text)]
