"""Session 16 (issue #10): a month in a relative clause is dated by that clause's own verb,
not by a past verb of the main clause before it: "rescuers drilled towards miners trapped
since a tunnel collapsed at the mine, which reopens in April" put the reopening a year back,
and a story's event took that date. A past verb inside the relative clause still dates it
to the past. Sentences from other kinds of news than the story sets."""

from __future__ import annotations

import datetime as dt

import pytest

from newskit import Article, DateMention
from newskit_dates import DatesExtractor

EX = DatesExtractor()
THU = dt.date(2026, 3, 12)  # a Thursday


def value_of(text: str, word: str) -> str:
    for m in EX.extract(Article(id="t", text=text, published=THU), []):
        assert isinstance(m, DateMention)
        if m.text == word:
            return m.value
    raise AssertionError(f"{word!r} not found in {text!r}")


@pytest.mark.parametrize(("text", "value"), [
    ("Engineers inspected the bridge, which reopens in April after repairs.", "2026-04"),
    ("Police closed the road to the harbour, which reopens in May after the regatta.", "2026-05"),
    ("Fans queued outside the stadium, which hosts the final in May.", "2026-05"),
    # the relative clause's own past verb dates it to the past, as before
    ("Engineers inspected the bridge, which closed in December.", "2025-12"),
    ("The club sacked its coach, who joined in June.", "2025-06"),
    ("The club, which sacked its coach in December, lost again.", "2025-12"),
])
def test_a_month_in_a_relative_clause_takes_that_clauses_tense(text: str, value: str) -> None:
    word = next(w for w in ("April", "June", "May", "December") if f" {w}" in text)
    assert value_of(text, word) == value
