"""Issue #14, session 44 (helper quotes): the speaker of a participle hanging on a
document or message whose maker is named after ``by`` or ``from``, and the kinds after
it. Sentences written for these tests from harbour, orchard, rail and school news; none is
taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _speakers(text: str, cue: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text) if q.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The strike ended after a letter from the drivers' union saying that pay would rise.",
         "saying", "the drivers' union"),
        ("The closure was announced in a statement from the ministry saying the school was unsafe.",
         "saying", "the ministry"),
        ("The vote followed a letter from the growers accusing the mill of dumping waste.",
         "accusing", "the growers"),
    ],
)
def test_a_participle_after_a_message_and_its_maker_takes_the_maker(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


def test_a_document_and_its_maker_stay_one_source() -> None:
    text = "Shares fell on Monday after a report by the harbour authority warning that fees would double."
    assert _speakers(text, "warning") == ["a report by the harbour authority"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a verb before "from": the participle is the subject's, the place no maker
        ("The minister returned from Lisbon saying the talks had gone well.", "saying", "The minister"),
        ("The mayor came back from the summit insisting that a deal was near.", "insisting", "The mayor"),
    ],
)
def test_a_participle_after_a_verb_and_from_keeps_the_subject(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("By the harbour master's own admission, the quay had been unsafe for years.",
         "the quay had been unsafe for years", "the harbour master"),
        ("By the rail union's count, forty trains were cancelled.", "forty trains were cancelled", "the rail union"),
        ("By the estimate of the fruit growers board, half the orchards were lost.",
         "half the orchards were lost", "the fruit growers board"),
    ],
)
def test_an_account_opening_the_sentence_after_by_is_its_owners(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, spoken(text, q)) for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "By most accounts, the ferry was late again.",  # an account with no owner
        "By Monday, the orchard school had closed.",  # a time, no account
        "By the time the train arrived, the crowd had gone.",
    ],
)
def test_by_without_an_owned_account_attributes_nothing(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Police dispersed protesters accusing the harbour board of fraud.", "accusing", "protesters"),
        ("The ferry company met residents saying the timetable had been cut.", "saying", "residents"),
    ],
)
def test_a_participle_after_a_plural_of_people_takes_them(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a name or a pronoun before the participle: left to the main clause
        ("The mayor attacked Jon Dale saying he had lied about the orchard.", "saying", "The mayor"),
        ("The mayor attacked them saying they had lied about the orchard.", "saying", "The mayor"),
        # people after "to" or a name's modifier: the addressees, the letter says it
        ("The growers sent a letter to rail leaders saying the line was unsafe.", "saying", "The growers"),
        ("The growers sent a letter to Harbour Board members saying the quay was unsafe.", "saying", "The growers"),
    ],
)
def test_a_participle_after_a_name_or_pronoun_keeps_the_subject(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]
