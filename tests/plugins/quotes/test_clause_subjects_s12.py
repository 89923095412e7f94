"""Issue #14, session 12: subjects the grammar missed in news of shops, farms and venues.
A definite phrase whose head no table names (``the bakery``, ``the zoo``) speaks when it
opens its clause: after a time adverbial that opens the sentence, or between a comma and
a postposed verb that ends it; a plural noun for people after its modifiers (``Local
farmers fear …``) is a subject, so the base form after it is a verb. Sentences written
for these tests; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def speakers(text: str) -> list[str | None]:
    return [spoken(text, q) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday the bakery said it would close its two branches.", "the bakery"),
        ("Last week the museum said the statue would be returned.", "the museum"),
        ("Earlier this month the zoo announced that the panda was pregnant.", "the zoo"),
        ("On Friday, the hotel said all guests had been moved.", "the hotel"),
        ("In March the brewery said sales had fallen.", "the brewery"),
        ("The ovens broke down, the bakery said.", "the bakery"),
    ],
)
def test_a_definite_phrase_opening_its_clause_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday the weather said nothing.",  # a time noun never speaks
        "He left on Monday the museum said.",  # no adverbial opens the sentence
        "The ovens broke down, the bakery said in a letter to customers on Tuesday, and more",
    ],
)
def test_no_subject_without_an_opening_adverbial_or_a_closing_verb(text: str) -> None:
    assert all(s is None or "weather" not in s for s in speakers(text))
    if text.startswith("He left"):
        assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Local farmers fear the new dam will dry up their wells.", "Local farmers"),
        ("Dairy farmers fear prices will fall again.", "Dairy farmers"),
        ("Many small traders fear the new tax will ruin them.", "Many small traders"),
        ("Rice growers hope the rains will come early.", "Rice growers"),
    ],
)
def test_a_plural_noun_for_people_after_its_modifiers_is_a_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Our members are exhausted," said the nurses\' union.', "the nurses' union"),
        ('"We will not accept this," said the dockers\' union, which represents 4,000 workers.', "the dockers' union"),
    ],
)
def test_a_plural_possessive_after_the_cue_reads_on_to_its_head(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ('Her lawyer read a statement on her behalf: "I regret nothing."', "her", None),
        ("The singer's manager, Tom Reyes, read a statement on his client's behalf: \"I am deeply sorry.\"",
         "his client", "his client"),  # a role after a pronoun reads as written, as ``his lawyer``
        ('Paulo Mendes appeared in court on Monday. His lawyer read a statement on his behalf: "I did not '
         'know the boat was unsafe."', "his", "Paulo Mendes"),
    ],
)
def test_words_read_on_someones_behalf_are_the_owners(text: str, speaker: str, name: str | None) -> None:
    [q] = [q for q in all_quotes(text) if q.direct]
    assert spoken(text, q) == speaker
    assert q.speaker == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The company cut prices, promising that costs would fall.", "The company"),
        ("The club sold its stadium, saying the debts had become too large.", "The club"),
        ("The union took the offer to its members, saying it was the best it could get.", "The union"),
    ],
)
def test_an_irregular_past_after_the_head_ends_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_compound_with_an_irregular_form_that_is_no_verb_reads_on() -> None:
    # "cost" follows "the", not the head of a subject: the phrase is "the cost"
    text = "The cost of the repairs will reach 3 million euros, the city engineer said."
    assert speakers(text) == ["the city engineer"]


def test_an_opening_participle_with_its_agent_is_no_subject() -> None:
    text = "Angered by the criticism, the ferry company changed its timetable, promising that boats would run hourly."
    assert speakers(text) == ["the ferry company"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It was terrifying," Jane, a mother of two who asked that her surname not be used, said.', "Jane"),
        ('"We lost everything," Omar, a baker who said he had run the shop for 30 years, told reporters.', "Omar"),
    ],
)
def test_a_relative_clause_inside_an_aside_is_not_the_quotations_cue(text: str, speaker: str) -> None:
    [q] = [q for q in all_quotes(text) if q.direct]
    assert spoken(text, q) == speaker
