"""Session 58 (issue #14), read on real news (ECB+, a fire and a basketball trade): a verb of
labelling with no predicate is no report, and a time adverbial is no part of a speaker.

* ``called 911 and reported a fire``, ``called him again yesterday and offered a contract``:
  ``called`` had no predicate; the article after the second, coordinated verb opens that
  verb's object, not the label (``called the plan a gamble`` still labels).
* ``Shortly after 3:30 Tuesday morning someone called``: the subject is ``someone``; the
  clock's number, the weekday and the part of the day before it were read into it
  (``30 Tuesday morning someone``).

Invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    analysis = pipeline.run(Article(id="a", text=text))
    return [(m.text, m.speaker, m.cue) for m in analysis.mentions if type(m).__name__ == "QuoteMention"]


@pytest.mark.parametrize("text", [
    "A neighbour called 999 and reported smoke coming from the roof of the mill.",
    "The club's general manager called him again on Friday and offered a two-year contract.",
    "The ferry's captain called the coastguard and requested a tow.",
])
def test_a_call_with_no_predicate_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert not [q for q in _quotes(pipeline, text) if q[2] == "called"]


@pytest.mark.parametrize(("text", "content"), [
    ("Residents called the closure a disgrace.", "the closure a disgrace"),
    ("Critics called the rushed and flawed process a betrayal.", "the rushed and flawed process a betrayal"),
    ("The mayor called the vote and the recount a farce.", "the vote and the recount a farce"),
])
def test_a_label_stays_a_report(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in [q[0] for q in _quotes(pipeline, text) if q[2] == "called"]


def test_a_time_before_the_subject_is_no_part_of_it(pipeline: Pipeline) -> None:
    quotes = _quotes(pipeline, "At 6 Monday night police said the coast road was closed.")
    assert quotes and all(q[1] == "police" for q in quotes), quotes
    speakers = {q[1] for q in _quotes(pipeline, "Shortly after 4:10 Sunday morning a neighbour said the mill was on fire.")}
    assert not any(s and s[0].isdigit() for s in speakers), speakers


@settings(max_examples=25, deadline=None)
@given(number=st.sampled_from(["911", "999", "112", "the police", "an ambulance"]),
       verb=st.sampled_from(["reported", "described", "requested", "gave"]))
def test_calling_then_acting_is_no_label(pipeline: Pipeline, number: str, verb: str) -> None:
    text = f"A passer-by called {number} and {verb} a fire near the harbour."
    assert not [q for q in _quotes(pipeline, text) if q[2] == "called"]


@pytest.mark.parametrize("text", [
    "Arson suspected in fire that destroyed historic grain store",
    "Police on Monday arrested a watchman suspected of helping a gang that stole $2 million in gold.",
    "Teen suspected in shooting that wounded two held without bail",
])
def test_the_one_suspected_reports_nothing(pipeline: Pipeline, text: str) -> None:
    assert not [q for q in _quotes(pipeline, text) if q[2] == "suspected"]


@pytest.mark.parametrize("text", [
    "Fire officials suspected that the blaze was set deliberately.",
    "Fire officials suspected in March that the blaze was set deliberately.",
])
def test_a_suspicion_held_still_reports(pipeline: Pipeline, text: str) -> None:
    assert [q for q in _quotes(pipeline, text) if q[2] == "suspected"]
