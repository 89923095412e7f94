"""Issue #14, session 39: kinds of error left by session 38, each checked first with
sentences written for these tests (harbour, bakery, orchard and library news; none is taken
from a corpus or from bench/heldout_like)."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Ann Halvorsen and Ben Okafor said the ferry service would resume on Monday.",
         "Ann Halvorsen and Ben Okafor", "Ann Halvorsen and Ben Okafor"),
        ("Ms. Halvorsen and Mr. Okafor said in a joint statement that the plan was dead.",
         "Ms. Halvorsen and Mr. Okafor", "Halvorsen and Okafor"),
        ('"We will not give up," Ann Halvorsen and Ben Okafor said.',
         "Ann Halvorsen and Ben Okafor", "Ann Halvorsen and Ben Okafor"),
        ("The union and the bakery owners told reporters that the deal was fair.",
         "The union and the bakery owners", "union and bakery owners"),
        ("On Monday, the harbour master and the ferry captains said the port would close.",
         "the harbour master and the ferry captains", None),
        ("The librarian and her deputy said the reading room would reopen in May.",
         "The librarian and her deputy", None),
    ],
)
def test_two_speakers_joined_by_and_speak_together(text: str, speaker: str, name: str | None) -> None:
    got = [(spoken(text, q), q.speaker) for q in all_quotes(text)]
    assert len(got) == 1, got
    assert got[0][0] == speaker, got
    if name is not None:
        assert got[0][1] == name, got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a clause before "and": its verb shows no speaker
        ("Bread prices fell sharply and the bakers' guild said the tax was to blame.", "the bakers' guild"),
        # two roles of one person
        ("The orchard's owner and chief grower said the frost had killed the blossom.",
         "The orchard's owner and chief grower"),
        # an object of "of" before "and" keeps the second phrase apart
        ("Friends of the librarian and the parish council said the closure was a loss.", "the parish council"),
    ],
)
def test_and_that_joins_no_two_speakers(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor expressed hope the bridge would reopen in May.", "the bridge would reopen in May", "The mayor"),
        ("The bakers voiced concern the new flour tax would close small shops.",
         "the new flour tax would close small shops", "The bakers"),
        ("The minister reiterated his belief the harbour deal was fair.", "the harbour deal was fair", "The minister"),
    ],
)
def test_a_content_noun_then_a_bare_clause(text: str, content: str, speaker: str) -> None:
    assert reported_with_speakers(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor expressed hope for a quick repair of the bridge.",
        # the noun's reduced relative clause, no report
        "The union voiced concerns the ferry crews raised last year.",
        "The union voiced concerns the ferry crews raised with the board.",
    ],
)
def test_a_content_noun_without_a_clause(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The curator wrote on social media the museum would close for a month.",
         "the museum would close for a month", "The curator"),
        ("The curator wrote in a letter to members the museum would close.", "the museum would close", "The curator"),
        ("The ferry firm stated in a court filing it had paid the fine.", "it had paid the fine", "The ferry firm"),
        ("The mayor announced at a press conference the bridge would reopen.", "the bridge would reopen", "The mayor"),
    ],
)
def test_a_verb_of_saying_then_adjuncts_then_a_bare_clause(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in reported_with_speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The curator wrote in the book she published last year.",
        "The curator wrote in the catalogue the museum printed for members.",
        "The curator wrote on Monday to the trustees.",
    ],
)
def test_a_verb_of_writing_with_adjuncts_only(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Tolland man accused of robbing Greta Lindqvist 12 years ago appeared briefly in a Selby courtroom on Monday.",
        "A Selby woman accused of stealing the Lindqvist family's savings had fled to Spain.",
    ],
)
def test_the_object_of_a_gerund_in_the_chain_opens_no_clause(text: str) -> None:
    assert reported_with_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lawyers for Ann Halvorsen said the harbour fine was unfair.", "Lawyers for Ann Halvorsen"),
        ("Aides for Ann Halvorsen said the harbour fine was unfair.", "Aides for Ann Halvorsen"),
        # one role-holder keeps the story's "<role> of <owner>", as "Ann Halvorsen's lawyer" gives
        ("A lawyer for Ann Halvorsen said the harbour fine was unfair.", "lawyer of Ann Halvorsen"),
        ("Supporters of Ann Halvorsen said the harbour fine was unfair.", "Supporters of Ann Halvorsen"),
    ],
)
def test_people_for_a_person_are_named_as_written(text: str, name: str) -> None:
    assert [q.speaker for q in all_quotes(text)] == [name]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He Says Ferry Fares Will Rise In May\n\nThe harbour master, Ann Halvorsen, told a meeting that fares "
         "would rise.", "He", "Ferry Fares Will Rise In May"),
        ("Ferry Fares Will Rise In May, She Says\n\nThe harbour master, Ann Halvorsen, told a meeting that fares "
         "would rise.", "She", "Ferry Fares Will Rise In May"),
        ('Mayor Vows "No More Delays" On Bridge Repairs\n\nThe mayor of Selby promised on Monday that the bridge '
         "would open in May.", "Mayor", "No More Delays"),
    ],
)
def test_title_case_headline_pronoun_and_quotation(text: str, speaker: str, content: str) -> None:
    got = [(spoken(text, q), q.text) for q in all_quotes(text) if q.start < text.index("\n")]
    assert got == [(speaker, content)], got


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Greta Lindqvist Must Resign, She Says\n\nThe harbour master told a meeting that fares would rise.",
        "Greta Lindqvist Will Lose Her Seat, He Says\n\nThe harbour master told a meeting that fares would rise.",
        '"Greta Lindqvist will win," he said.',
    ],
)
def test_a_pronoun_never_refers_to_a_person_named_in_what_it_said(text: str) -> None:
    assert all(q.speaker != "Greta Lindqvist" for q in all_quotes(text)), [q.speaker for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The two ferry captains both said the crossing was unsafe.", "The two ferry captains"),
        ("Ann Halvorsen and Ben Okafor have both said the crossing was unsafe.", "Ann Halvorsen and Ben Okafor"),
        ("The trustees all agreed the library would close in June.", "The trustees"),
        ("The engineers each said the crossing was unsafe.", "The engineers"),
    ],
)
def test_a_floating_quantifier_before_the_verb(text: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert len(got) == 1 and got[0][1] == speaker, got


def test_a_quantifier_before_a_plural_noun_still_determines_it() -> None:
    text = "Both reports said the crossing was unsafe."
    assert [s for _, s in reported_with_speakers(text)] == ["Both reports"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Halvorsen, Ben Okafor and Tom Brandt said the crossing was unsafe.",
         "Ann Halvorsen, Ben Okafor and Tom Brandt"),
        ("On Monday, Ann Halvorsen, Ben Okafor and Tom Brandt said the crossing was unsafe.",
         "Ann Halvorsen, Ben Okafor and Tom Brandt"),
        ("The crossing is unsafe, Ann Halvorsen, Ben Okafor and Tom Brandt said.",
         "Ann Halvorsen, Ben Okafor and Tom Brandt"),
        # not a list: an apposition, and the object of a fronted clause
        ("The harbour master, Ann Halvorsen and Tom Brandt said the crossing was unsafe.",
         "Ann Halvorsen and Tom Brandt"),
        ("After meeting Greta Lindqvist, Ann Halvorsen and Tom Brandt said the crossing was unsafe.",
         "Ann Halvorsen and Tom Brandt"),
    ],
)
def test_a_list_of_persons_speaks_together(text: str, speaker: str) -> None:
    got = [(spoken(text, q), q.speaker) for q in all_quotes(text)]
    assert got == [(speaker, speaker)], got
