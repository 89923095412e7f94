"""Issue #14, session 47 (helper quotes): a quotation inside a fronted gerund or
participial phrase belongs to the main clause's subject.
Sentences written for these tests from ferry, bakery, harbour, orchard and museum news;
none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, spoken(text, q)) for q in all_quotes(text)]


def _direct_speaker(text: str, content: str) -> str | None:
    found = [spoken(text, q) for q in all_quotes(text) if q.direct and q.text == content]
    assert found, _items(text)
    return found[0]


# 1. A quotation in a fronted gerund or participial phrase is the main clause subject's.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('After calling the flour tax "a disgrace," Tom Hale voted for it.', "a disgrace", "Tom Hale"),
        ('Before describing the pier as "unsafe," the harbour master closed it.', "unsafe",
         "the harbour master"),
        ('After warning that the bridge was "close to collapse," the engineer resigned.', "close to collapse",
         "the engineer"),
        ('Calling the new wing "a triumph for the town," the curator cut the ribbon.',
         "a triumph for the town", "the curator"),
        ('While insisting the ferry was "perfectly safe to sail," the operator cancelled the crossing.',
         "perfectly safe to sail", "the operator"),
        ('Ana Ruiz runs the orchard. After saying the frost was "the worst in forty years," she sold the farm.',
         "the worst in forty years", "she"),
        ('Tom Hale, after calling the flour tax "a disgrace," voted for it.', "a disgrace", "Tom Hale"),
    ],
)
def test_a_quotation_in_a_fronted_gerund_phrase_is_the_main_subjects(text: str, content: str, speaker: str) -> None:
    assert _direct_speaker(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: an opening phrase with no quotation, a clause with its own subject, a plain lead
        ('After the mayor called the tax "a disgrace," Tom Hale voted for it.', "a disgrace", "the mayor"),
        ('On Friday, the baker said: "We will open again on Monday."', "We will open again on Monday",
         "the baker"),
        ('Tom Hale voted against the flour tax, calling it "a disgrace to the town."', "a disgrace to the town",
         "Tom Hale"),
    ],
)
def test_a_quotation_after_a_clause_keeps_its_speaker(text: str, content: str, speaker: str) -> None:
    assert _direct_speaker(text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "After a warning from the coastguard, the ferry stayed in port.",
        "During questioning by the harbour police, the skipper stayed silent.",
    ],
)
def test_a_noun_after_an_opening_preposition_reports_nothing(text: str) -> None:
    assert _items(text) == []


# 2. "make the case that" reports its clause, as "argue that" does.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Tom Hale made the case that the museum should stay open.", "the museum should stay open", "Tom Hale"),
        ("The ferry company made the case to councillors that the fares must rise.", "the fares must rise",
         "The ferry company"),
        ("The bakers' guild makes the case that flour prices are too high.", "flour prices are too high",
         "The bakers' guild"),
    ],
)
def test_make_the_case_that_reports_its_clause(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The police made the case public on Friday.",
        "The lawyers made the case against the harbour board in court.",
    ],
)
def test_a_case_made_public_reports_nothing(text: str) -> None:
    assert _items(text) == []


# 3. A closing relative clause in which another party answers the report is not part of it.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Growers say the mill dumped waste in the river, which the owners deny.", "the mill dumped waste in the river"),
        ("The crew said the ferry was overloaded, which the operator has flatly denied on Friday.",
         "the ferry was overloaded"),
        ("The union says guards were beaten at the depot, a charge the bakery disputes.",
         "guards were beaten at the depot"),
        ("Residents have accused the mill of covering up earlier spills, which the company denies.",
         "covering up earlier spills"),
    ],
)
def test_an_answering_relative_clause_ends_the_report(text: str, content: str) -> None:
    assert content in [t for t, _, _ in _items(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guards: a relative clause inside the report, and one that goes on with a clause of its own
        ("Growers say the new mill, which the mayor opened, dumped waste in the river.",
         "the new mill, which the mayor opened, dumped waste in the river"),
        ("Growers say the mill dumped waste in the river, which the mayor said would cost millions to clean.",
         "the mill dumped waste in the river, which the mayor said would cost millions to clean"),
        ("Police said the fire destroyed the old mill, which investigators now believe was started on purpose.",
         "the fire destroyed the old mill, which investigators now believe was started on purpose"),
    ],
)
def test_a_relative_clause_inside_the_report_stays(text: str, content: str) -> None:
    assert content in [t for t, _, _ in _items(text)]


# 4. A description set off by commas before a postposed speaker's name is the speaker's.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The pier is safe, the harbour master, Tom Hale, said.", "The pier is safe", "Tom Hale"),
        ("The pier is safe, the harbour master, Tom Hale, told reporters on Friday.", "The pier is safe",
         "Tom Hale"),
        ("Flour prices will double, the head of the union, Maria Hale, warned.", "Flour prices will double",
         "Maria Hale"),
    ],
)
def test_a_description_before_a_postposed_name_is_the_speakers(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a name before its description, and a description that opens the sentence
        ("The pier is safe, Tom Hale, the harbour master, said.", "The pier is safe", "Tom Hale"),
        ("The harbour master, Tom Hale, said the pier is safe.", "the pier is safe", "Tom Hale"),
    ],
)
def test_a_postposed_name_without_a_description_keeps_its_clause(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]
