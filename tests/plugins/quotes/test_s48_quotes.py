"""Issue #14, session 48 (helper quotes): who a later ``he``, ``his lawyer`` or ``the mayor``
stands for.
Sentences written for these tests from bank, port, storm, town-hall and court news; none is
taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes

from newskit_quotes.actors import classify


def _speaker(text: str, content: str) -> str | None:
    found = [q.speaker for q in all_quotes(text) if q.text == content]
    assert found, [(q.text, q.speaker) for q in all_quotes(text)]
    return found[0]


# 1. A plural noun for people read from its ending opens its sentence as a group, not a name.


@pytest.mark.parametrize("word", ["Regulators", "Forecasters", "Insurers", "Growers", "Landowners"])
def test_a_sentence_opening_plural_of_a_trade_is_a_group(word: str) -> None:
    actor = classify(word)
    assert (actor.kind, actor.name) == ("group", word.lower())


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Regulators said the bank had hidden losses for years. He denies wrongdoing, his lawyer said.",
         "He denies wrongdoing", "his lawyer"),
        ("Regulators said the bank had hidden losses. He denies any fraud, he said.", "He denies any fraud", None),
        ("Regulators said the bank had hidden losses. The minister said the bank was sound.",
         "the bank was sound", "the minister"),
        ("Forecasters said the storm would weaken by Friday. They warned of floods along the coast.",
         "floods along the coast", "forecasters"),
    ],
)
def test_a_trade_plural_is_no_he_nor_a_role(text: str, content: str, speaker: str | None) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a known outlet, a surname the persons layer reads, a name before a capital
        ("Reuters said the port was shut on Monday.", "the port was shut on Monday", "Reuters"),
        ("Jan Peeters runs the port. Peeters said the cranes were idle. He said the strike would end soon.",
         "the strike would end soon", "Jan Peeters"),
        ("Growers United said the harvest was the worst in years.", "the harvest was the worst in years",
         "Growers United"),
    ],
)
def test_names_of_that_shape_stay_names(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


# 2. A person titled with another post is no referent of a bare description of a post.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Prosecutor Ana Ruiz filed the charges on Monday. The mayor said the charges were a vendetta.",
         "the charges were a vendetta"),
        ("Ana Ruiz, the district prosecutor, filed the charges on Monday. The mayor called the charges a vendetta.",
         "the charges a vendetta"),
        ("Governor Ana Ruiz ordered an audit of the town hall. The mayor said the audit was unfair.",
         "the audit was unfair"),
        ("Ana Ruiz, the district prosecutor, opened the case. Ruiz filed the charges on Monday. "
         "The mayor said the charges were a vendetta.", "the charges were a vendetta"),
    ],
)
def test_a_person_of_another_post_is_not_the_mayor(text: str, content: str) -> None:
    assert _speaker(text, content) == "the mayor"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: titled with the post, named with no title, a spokeswoman as the spokesperson
        ("Mayor Tom Hale was charged on Monday. Governor Ana Ruiz ordered an audit. "
         "The mayor said the audit was a vendetta.", "the audit was a vendetta", "Tom Hale"),
        ("Tom Hale, the mayor, was charged on Monday. The mayor said the charges were a vendetta.",
         "the charges were a vendetta", "Tom Hale"),
        ("Tom Hale spoke to reporters outside the court. The mayor said the charges were a vendetta.",
         "the charges were a vendetta", "Tom Hale"),
        ("Spokeswoman Ana Ruiz met reporters at the port. The spokesperson said the cranes were idle.",
         "the cranes were idle", "Ana Ruiz"),
    ],
)
def test_a_person_of_that_post_or_of_none_may_be(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


# 3. A body description of one kind never stands for the last body named as another kind.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The Teachers' League said its members stayed home. The education ministry said the walkout was illegal.",
         "the walkout was illegal", "education ministry"),
        ("The Environmental Protection Ministry said the plant leaked acid. The company said it will appeal the fine.",
         "it will appeal the fine", "company"),
        ("The Ministry of Health said the clinic was closed. The league said the ruling was unfair.",
         "the ruling was unfair", "league"),
    ],
)
def test_a_body_of_another_kind_is_not_the_description(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: a name with no head of a kind, the same kind in other words, a head naming any body
        ("Acme Chemicals said the plant was safe. The company said it will appeal the fine.",
         "it will appeal the fine", "Acme Chemicals"),
        ("The Ministry of Tourism said the trek was closed. The department said operators had been told.",
         "operators had been told", "Ministry of Tourism"),
        ("The Competition Commission said the bakers colluded. The watchdog said the fine was fair.",
         "the fine was fair", "Competition Commission"),
        # session 49: "union" is a kind of body (a firm named "... Union" is rare), so a head
        # that names any body keeps this guard: "Group"
        ("Harvest Agro Group said the silo would open in May. The company said the silo cost $40 million.",
         "the silo cost $40 million", "Harvest Agro Group"),
    ],
)
def test_a_body_of_that_kind_or_of_none_may_be(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


# 4. An inverted speaker's apposition that names a person ends the attribution, not a clause.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bakery will close in May, said the owner, baker Tom Hale.", "The bakery will close in May"),
        ("The bakery will close in May, said the owners, brothers Tom and Sam Hale.", "The bakery will close in May"),
        ("The ferry will stop running, said the harbour master, veteran sailor Tom Hale, on Friday.",
         "The ferry will stop running"),
    ],
)
def test_a_named_apposition_after_an_inverted_speaker_is_no_content(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guards: a clause resumed after an inverted speaker; a name with a verb of its own
        ("The strike, said union organiser Pete Dolan, would go ahead on Monday.",
         "The strike, said union organiser Pete Dolan, would go ahead on Monday"),
        ("The strike, said the union, would go ahead on Monday.", "The strike, said the union, would go ahead on Monday"),
    ],
)
def test_a_resumed_clause_is_still_content(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]
