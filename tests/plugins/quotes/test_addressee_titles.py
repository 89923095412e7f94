"""Issue #14, session 7: a verb of telling whose addressee holds a short quoted title (a
programme, a paper) still takes its ``that``-clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import indirect_quotes, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("After the draw, the coach told BBC Radio's \"Sportsweek\" that his players had run out of ideas.",
         "his players had run out of ideas", "the coach"),
        ("The lead researcher told the science programme \"Frontiers\" that the trial would resume in spring.",
         "the trial would resume in spring", "The lead researcher"),
    ],
)
def test_a_quoted_title_in_the_addressee_keeps_the_clause(text: str, content: str, speaker: str) -> None:
    got = [(q.text, spoken(text, q)) for q in indirect_quotes(text)]
    assert (content, speaker) in got, got


def test_a_long_quotation_after_told_is_no_title() -> None:
    text = "The coach told reporters \"we ran out of ideas in the second half and paid for it\" that night."
    assert all("that night" not in q.text for q in indirect_quotes(text))
