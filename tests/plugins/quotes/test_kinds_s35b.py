"""Issue #14, session 35 (second round): a past participle after a speaker's head opens a
reduced relative (``A report released Tuesday found``, ``according to figures published in
…``), so the speaker phrase ends before it. Sentences written for these tests from harbour,
orchard, rail and school news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A report released Tuesday found that the harbour wall was cracked.", "A report"),
        ("The statement issued on Sunday said the ferry would not sail.", "The statement"),
        ("A study published last month found that the orchard soil was poor.", "A study"),
        ("Polls published on Saturday showed support for the rail plan had fallen.", "Polls"),
    ],
)
def test_a_participle_and_its_time_before_the_cue_modify_the_subject(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The school's budget rose by a third, according to accounts filed in March.", "accounts"),
        ("The quay flooded twice, according to witness accounts gathered in the harbour.", "witness accounts"),
        ("The headmaster lives abroad, according to evidence given to the tribunal.", "evidence"),
        ("Ridership fell by a fifth, according to figures released Wednesday.", "figures"),
    ],
)
def test_a_participle_after_the_head_ends_a_phrase_read_rightwards(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement issued by the harbour board said the quay was unsafe.", "A statement issued by the harbour board"),
        ("Retired teachers said the school should stay open.", "Retired teachers"),
        ("The state-owned rail company said the line would reopen.", "The state-owned rail company"),
        ("Officials involved in the talks said a deal on the orchard land was close.", "Officials involved in the talks"),
    ],
)
def test_other_participles_keep_their_phrase(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


_HEADS = ("A report", "The statement", "A survey", "The memo")
_PARTICIPLES = ("released", "published", "issued", "sent")
_TIMES = ("Tuesday", "on Friday", "last week", "this month")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_HEADS), st.sampled_from(_PARTICIPLES), st.sampled_from(_TIMES))
def test_the_speaker_never_ends_on_the_participle(head: str, participle: str, time: str) -> None:
    text = f"{head} {participle} {time} said the harbour would stay closed."
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [head], got


@pytest.mark.parametrize(
    "text",
    [
        "The deal came after Portugal sent back a former harbour master in May.",
        "For many growers the pictures brought back memories of the 2019 frost.",
        "The headmaster fought back tears as the school closed.",
    ],
)
def test_a_stance_word_right_after_a_past_verb_is_a_particle(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rail union backed Ana Ruiz.", "Ana Ruiz"),
        ("The orchard growers strongly backed him.", "him"),
    ],
)
def test_a_stance_verb_after_its_subject_is_still_read(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pear exports fell 4.6 percent, according to the fruit and vegetable growers' association.",
         "the fruit and vegetable growers' association"),
        ("The ferry was late twice, according to the harbour master and the port authority.",
         "the harbour master and the port authority"),
    ],
)
def test_according_to_reads_a_phrase_joined_by_and(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Importers of rice and cooking oil said they had stopped taking new orders.",
         "Importers of rice and cooking oil"),
        ("Growers of apples and pears said the frost was the worst in decades.", "Growers of apples and pears"),
    ],
)
def test_a_second_object_of_of_leaves_the_head_speaking(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


def test_a_second_object_that_can_speak_is_still_read() -> None:
    text = "Supporters of the mayor and the harbour council said the plan was fair."
    assert [spoken(text, q) for q in all_quotes(text)] == ["the harbour council"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A memo sent to staff on Monday said the harbour office would close.", "A memo"),
        ("A woman married to the harbour master said the plan was unfair.", "A woman"),
        ("Growers opposed to the rail plan said it would split their orchards.", "Growers"),
    ],
)
def test_a_participle_phrase_opened_by_to_modifies_the_subject(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got
