"""Issue #14, session 19: structures of long multi-speaker articles - a negated subject
opening a reported clause (``said no one was hurt``, ``said nothing had changed``).
Sentences written for these tests from bakery, railway, cheese-making, fireworks,
glass-blowing and bell-ringing news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Railway police said no one was hurt when the freight train left the rails.",
         "no one was hurt when the freight train left the rails", "Railway police"),
        ("The bakery's owner said no bread would be sold until the oven was repaired.",
         "no bread would be sold until the oven was repaired", "The bakery's owner"),
        ("He said nothing had changed since the cheese was first made in 1820.",
         "nothing had changed since the cheese was first made in 1820", "He"),
        ("The organisers told reporters no fireworks would be lit if the wind picked up.",
         "no fireworks would be lit if the wind picked up", "The organisers"),
        ("In the village of Wickham, bell-ringers said no practice had been missed in 40 years.",
         "no practice had been missed in 40 years", "bell-ringers"),
    ],
)
def test_a_negated_subject_opens_the_reported_clause(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The glass-blower said no to the offer from the museum.",
        "The station master said nothing about the delays.",
        "Asked whether the bells would ring again, the vicar said no.",
    ],
)
def test_no_as_an_answer_or_an_object_reports_no_clause(text: str) -> None:
    assert indirect_quotes(text) == []


_NOUNS = ("one", "train", "cheese", "decision", "rocket", "loaf", "bell")
_VERBS = ("was damaged", "had been sold", "would be moved", "has arrived", "will be lost")


@given(st.sampled_from(_NOUNS), st.sampled_from(_VERBS))
def test_said_no_and_a_finite_clause_is_always_a_report(noun: str, verb: str) -> None:
    text = f"The stationmaster said no {noun} {verb} before the end of the month."
    assert reported_with_speakers(text) == [(f"no {noun} {verb} before the end of the month", "The stationmaster")]


def test_a_conjunction_after_a_noun_of_warning_opens_no_addressee() -> None:
    text = ("The railway said in a statement that the train had stopped safely after a signal warning "
            "and that no one was hurt.")
    assert reported_with_speakers(text) == [
        ("the train had stopped safely after a signal warning and that no one was hurt", "The railway")]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "body"),
    [
        ("The cheese board said the rules would change. Critics, including small dairies, said the rules "
         "favoured big producers.\nThe board rejected that. It said small dairies would be exempt for two years.",
         "small dairies would be exempt for two years", "cheese board"),
        ("The bell foundry said the order was its largest. Residents of the village said the bells were too loud.\n"
         "It said the bells would be tuned before they were hung.",
         "the bells would be tuned before they were hung", "the bell foundry"),
        ("Marta Lopez's campaign said the poll was wrong. Her spokesman said turnout was high.\n"
         "It said the margin was two points.", "the margin was two points", "campaign of Marta Lopez"),
    ],
)
def test_it_is_a_body_never_a_group_of_people(text: str, content: str, body: str) -> None:
    assert (content, body) in _speakers(text)


@pytest.mark.parametrize(
    ("text", "last", "speaker"),
    [
        ('Lena Okafor opened the bakery in 1998 with her brother, Tiberiu.\n"He baked and I sold," she said.\n'
         'Tiberiu Okafor died last year.\n"I still bake his rye bread every Friday," she said.',
         "I still bake his rye bread every Friday", "Lena Okafor"),
        ('Jun Mori, her husband, rings the bells on Sundays.\nAkemi Mori said the tower was 300 years old. '
         'Jun Mori has rung there since 1975.\n"It is the oldest ring in the county," she said.',
         "It is the oldest ring in the county", "Akemi Mori"),
        ('Dana Whitlock, his wife, runs the fireworks shop.\nRoss Whitlock said sales had doubled. '
         'Dana Whitlock keeps the books.\n"We have never had a year like it," he said.',
         "We have never had a year like it", "Ross Whitlock"),
    ],
)
def test_a_kin_noun_in_apposition_says_who_is_a_man_or_a_woman(text: str, last: str, speaker: str) -> None:
    assert (last, speaker) in _speakers(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Beekeepers of the county, who say the winter killed half their hives, marched to the town hall.",
         "the winter killed half their hives", "who"),
        ("The bakery, which its owners say loses money every winter, will close in June.",
         "loses money every winter", "its owners"),
        ("Signal engineers, who said the cables were older than the station, want a new contract.",
         "the cables were older than the station", "who"),
        ("Bell-ringers, who say the tower, now 600 years old, is unsafe, will stop ringing.",
         "the tower, now 600 years old, is unsafe", "who"),
    ],
)
def test_a_report_in_a_relative_clause_on_the_subject_ends_with_the_clause(text: str, content: str,
                                                                          speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


def test_a_relative_clause_on_an_object_may_run_to_the_end_of_the_sentence() -> None:
    text = "The loan was approved by the cheese board, which said the dairy was sound, profitable and well run."
    assert reported_with_speakers(text) == [("the dairy was sound, profitable and well run", "which")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ruth Kamara, who runs the cheese cooperative, said the herds, the dairies and the shops would "
         "all suffer.", "the herds, the dairies and the shops would all suffer", "Ruth Kamara"),
        ("Shepherds, who say wolves kill lambs, ewes and dogs, want a cull.", "wolves kill lambs, ewes and dogs",
         "who"),
    ],
)
def test_a_main_clause_cue_and_a_list_are_not_cut_as_a_relative_clause(text: str, content: str,
                                                                       speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The cooperative is run by Ines Varga, who was elected in 2019 and who says milk prices will rise.",
         "milk prices will rise", "who"),
        ("The glassworks, which employs 300 people and which has said it will close, met the union on Monday.",
         "it will close", "which"),
    ],
)
def test_a_second_relative_clause_speaks_for_the_first_ones_antecedent(text: str, content: str,
                                                                       speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One letter shows Okonjo asking, "Can the ferry wait?"', "Okonjo"),
        ('Demonstrators chanting "Bread, not bullets!" blocked the bridge.', "Demonstrators"),
    ],
)
def test_a_speaker_phrase_ends_before_its_cue(text: str, speaker: str) -> None:
    (q,) = [q for q in all_quotes(text) if q.direct]
    assert spoken(text, q) == speaker


@pytest.mark.parametrize("text", ["0,sAID%0,", "Prices rose to 90,", "The fund said $"])
def test_a_text_ending_after_a_comma_or_a_sign_reads_without_error(text: str) -> None:
    assert all(0 <= q.start <= q.end <= len(text) for q in all_quotes(text))
