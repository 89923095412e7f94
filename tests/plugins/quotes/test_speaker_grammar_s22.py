"""Issue #14, session 22: kinds of attribution read on both halves of PolNeAR dev - content
that points back (``said as much``), a stance whose short object a participle report
follows (``attacked the mayor, saying …``). Sentences written for these tests from
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
