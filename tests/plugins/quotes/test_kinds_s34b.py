"""Issue #14, session 34 (second round): kinds of missed attributions read on PolNeAR dev's
seen half. Sentences written for these tests from harbour, orchard, rail and school news;
none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The harbour master likened the new sea wall to a prison fence.",
         "the new sea wall to a prison fence", "harbour master"),
        ("Growers have compared the frost fund to a sticking plaster.",
         "the frost fund to a sticking plaster", "Growers"),
        ("The union leader compares the timetable to a lottery, which nobody wins.",
         "the timetable to a lottery, which nobody wins", "union leader"),
    ],
)
def test_a_verb_of_likening_with_an_object_is_a_stance(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert any(c == content and s is not None and speaker.lower() in s.lower() for c, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares rose 4% compared to last year.",
        "Apple sales were strong compared with the frost year.",
        "The school compared its test results with those of 2019.",
        "The inspectors compared the costs of the two crossings.",
    ],
)
def test_a_comparison_with_no_likened_object_is_no_stance(text: str) -> None:
    assert all_quotes(text) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["likened", "compared"]),
       st.sampled_from(["the new timetable", "the school merger", "the orchard levy"]),
       st.sampled_from(["a lottery", "a slow train", "a hurricane"]))
def test_any_likened_object_and_its_likeness_are_the_content(verb: str, thing: str, likeness: str) -> None:
    text = f"The councillor {verb} {thing} to {likeness}."
    assert f"{thing} to {likeness}" in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("After saying the quay was safe, the harbour master closed it.", "the quay was safe", "harbour master"),
        ("While insisting the orchard was healthy, the grower sold half of it.",
         "the orchard was healthy", "grower"),
        ("Saying the line was unsafe, the rail operator cancelled every train.", "the line was unsafe",
         "rail operator"),
        ("Despite claiming the ferry made a profit, the company cut two crossings.", "the ferry made a profit",
         "company"),
    ],
)
def test_a_fronted_participle_cue_takes_the_main_clauses_subject(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert any(c == content and s is not None and speaker in s for c, s in got), got


def test_a_trailing_participle_cue_still_takes_the_subject_before_it() -> None:
    got = reported_with_speakers("The harbour master closed the quay, saying it was unsafe.")
    assert any(c == "it was unsafe" and s is not None and "harbour master" in s for c, s in got), got


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["After saying", "Before announcing", "While insisting", "Saying"]),
       st.sampled_from(["the head teacher", "the ferry company", "the orchard co-operative"]))
def test_a_fronted_clause_never_holds_its_own_speaker(opener: str, subject: str) -> None:
    text = f"{opener} the roof was sound, {subject} reopened the hall."
    for c, s in reported_with_speakers(text):
        assert subject not in c
        assert s is not None and s.lower() in subject


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The quay, as the harbour master noted, has never flooded in winter.",
         "The quay, as the harbour master noted, has never flooded in winter", "harbour master"),
        ("As the head teacher pointed out, the roof has leaked for years.", "the roof has leaked for years",
         "head teacher"),
        ("The orchard has lost half its trees, as growers have said.", "The orchard has lost half its trees",
         "growers"),
    ],
)
def test_an_as_clause_of_saying_attributes_the_clause_it_comments(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert any(c == content and s is not None and speaker in s.lower() for c, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Apples as well as pears were lost in the frost.",
        "The ferry left as the harbour master watched.",
    ],
)
def test_an_as_clause_with_no_verb_of_saying_is_no_attribution(text: str) -> None:
    assert all_quotes(text) == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["noted", "pointed out", "said"]),
       st.sampled_from(["the harbour master", "the rail union", "the school's head"]))
def test_an_as_clause_never_speaks_for_its_own_words(verb: str, subject: str) -> None:
    text = f"The timetable, as {subject} {verb}, changes every spring."
    got = reported_with_speakers(text)
    assert got and all(s is not None and s.lower() in subject for _, s in got), got
