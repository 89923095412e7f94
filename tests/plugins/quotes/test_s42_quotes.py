"""Issue #14, session 42 (helper quotes2): kinds of indirect attribution missed on PolNeAR
dev's seen half. A stance verb joined by ``and``, ``but`` or ``yet`` to an earlier stance
verb of the same inflection shares its subject, and an ``-s`` form there is a verb, not a
plural noun (``demands answers, yet refuses to …``). Sentences written for these tests from
harbour, bakery and orchard news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The harbour master demands answers from the ferry firm but refuses to publish his own logs.",
         ("to publish his own logs", "The harbour master")),
        ("The harbour master demands answers from the ferry firm, yet refuses to publish his own logs.",
         ("to publish his own logs", "The harbour master")),
        ("It is odd that the baker demands lower rents from the council, yet refuses to open his books.",
         ("to open his books", "the baker")),
        ("The orchard owner welcomes the new levy but questions its timing.",
         ("its timing", "The orchard owner")),
    ],
)
def test_a_joined_stance_verb_shares_the_first_ones_subject(text: str, second: tuple[str, str]) -> None:
    assert second in reported_with_speakers(text)


def test_the_first_stance_still_ends_before_the_joined_verb() -> None:
    text = "The harbour master demands answers from the ferry firm but refuses to publish his own logs."
    assert ("answers from the ferry firm", "The harbour master") in reported_with_speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master welcomes comments and questions from residents.",
        "The baker supports the plan and demands of the tenants are modest.",
    ],
)
def test_a_plural_noun_after_a_conjunction_stays_a_noun(text: str) -> None:
    assert all(content not in ("questions from residents", "of the tenants are modest")
               for content, _ in reported_with_speakers(text))


def test_a_clause_between_the_verbs_keeps_its_own_subject() -> None:
    text = "The mayor demands a refund because the ferry firm cancels sailings and questions the tide tables."
    assert ("the tide tables", "The mayor") not in reported_with_speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry firm, the harbour board and Lena Vik said the pier was unsafe.",
         "The ferry firm, the harbour board and Lena Vik"),
        ("Lena Vik, the bakers' guild and the orchard owners said the rent rise was unfair.",
         "Lena Vik, the bakers' guild and the orchard owners"),
        ("On Tuesday, the guild, the growers and the millers said the levy was unfair.",
         "the guild, the growers and the millers"),
    ],
)
def test_a_mixed_list_of_speakers_speaks_whole(text: str, speaker: str) -> None:
    assert [s for _, s in reported_with_speakers(text)] == [speaker]


def test_a_postposed_mixed_list_leaves_the_content_whole() -> None:
    text = "The pier is unsafe, the ferry firm, the harbour board and Lena Vik said."
    assert reported_with_speakers(text) == [("The pier is unsafe", "the ferry firm, the harbour board and Lena Vik")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("After the vote, the growers and Lena Vik said the levy was unfair.", "the growers and Lena Vik"),
        ("The harbour master, Lena Vik and Tor Berg said the pier was unsafe.", "Lena Vik and Tor Berg"),
    ],
)
def test_an_adverbial_or_an_apposition_before_the_list_stays_out(text: str, speaker: str) -> None:
    assert [s for _, s in reported_with_speakers(text)] == [speaker]


def test_a_mixed_list_is_named_by_each_speaker() -> None:
    text = "The guild, the growers and Lena Vik said the levy was unfair."
    assert [q.speaker for q in all_quotes(text)] == ["guild, growers and Lena Vik"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The guild called on Thursday for a review of the market rents.", ("a review of the market rents", "The guild")),
        ("The guild called Thursday for a review of the market rents.", ("a review of the market rents", "The guild")),
        ("The ferry crews spoke out Friday about the new rota.", ("the new rota", "The ferry crews")),
        ("The growers complained last week about the price of diesel.", ("the price of diesel", "The growers")),
    ],
)
def test_a_time_adverbial_between_a_stance_verb_and_its_preposition_is_read_past(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in reported_with_speakers(text)


def test_call_on_an_addressee_still_reads_its_addressee() -> None:
    text = "The guild called on the council to freeze the market rents."
    assert ("the council to freeze the market rents", "The guild") in reported_with_speakers(text)


def test_a_report_ends_before_a_pronouns_own_stance() -> None:
    text = "The harbour master said the pier was safe, but he refuses to publish the survey."
    assert reported_with_speakers(text) == [("the pier was safe", "The harbour master"),
                                            ("to publish the survey", "he")]


def test_a_report_joined_by_and_without_a_comma_reads_on() -> None:
    text = "The harbour master said the pier was unsafe and they want a new one."
    assert reported_with_speakers(text) == [("the pier was unsafe and they want a new one", "The harbour master")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The harbour master avoids condemning the pilots' strike.", ("the pilots' strike", "The harbour master")),
        ("The orchard growers began calling for a cider levy.", ("a cider levy", "The orchard growers")),
        ("The guild stopped short of endorsing the rent freeze.", ("the rent freeze", "The guild")),
        ("The bakers kept urging the council to act.", ("the council to act", "The bakers")),
    ],
)
def test_a_stance_gerund_after_a_verb_of_aspect_or_avoidance_is_the_subjects(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in reported_with_speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery began selling rye loaves in the spring.",
        "The guild stopped criticising the rent freeze.",
    ],
)
def test_a_gerund_of_no_stance_or_after_stop_alone_reports_nothing(text: str) -> None:
    assert reported_with_speakers(text) == []


def test_a_participle_after_an_inverted_attribution_is_the_named_speakers_stance() -> None:
    text = '"The frost took half the crop," said Lena Vik, speaking of the orchard losses.'
    assert ("the orchard losses", "Lena Vik") in reported_with_speakers(text)


def test_a_participle_after_an_inverted_attribution_citing_a_source_stays_its_tail() -> None:
    text = '"The mill will close," said Lena Vik, citing two people close to the owners.'
    assert all(content != "two people close to the owners" for content, _ in reported_with_speakers(text))
