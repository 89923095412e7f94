"""Issue #10: a duration in another form is an amount of time like ``36 hours``: a unit and
a half (``a day and a half``, ``an hour and a half``: PT1H30M is 1.5 hours), like a hedged
single unit (``nearly a decade``); a bare ``a day`` stays a period (``a day after the
vote``). Sentences from mining, election and court news, not the story sets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.figures import article_figures


def _durations(pipeline: Pipeline, text: str) -> list[tuple[str, Decimal, str | None]]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-03-02T10:00"}))
    return [(f.ref.text, Decimal(str(f.value)), f.unit) for f in article_figures(a, loose=True)
            if f.ref and f.unit in ("year", "month", "week", "day", "hour", "minute", "second")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The miners were trapped underground for a day and a half, the company said.",
     [("a day and a half", Decimal("1.5"), "day")]),
    ("The count was halted for an hour and a half, the commission said.",
     [("an hour and a half", Decimal("1.5"), "hour")]),
    ("The former minister took bribes for nearly a decade, prosecutors said.",
     [("nearly a decade", Decimal(10), "year")]),
])
def test_a_duration_in_words_is_an_amount(pipeline: Pipeline, text: str,
                                          expected: list[tuple[str, Decimal, str]]) -> None:
    assert _durations(pipeline, text) == expected


def test_a_bare_unit_is_a_period_not_an_amount(pipeline: Pipeline) -> None:
    assert _durations(pipeline, "The results were announced a day after the vote, the commission said.") == []


def _article(ident: str, outlet: str, hour: str, text: str) -> dict[str, Any]:
    return {"id": ident, "outlet": outlet, "published": f"2026-03-02T{hour}", "title": "", "text": text}


def test_two_outlets_give_one_duration_in_two_forms(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict(a)) for a in (
        _article("a", "Mining Weekly", "09:00", "Eleven miners were rescued on Sunday after being trapped for 36 "
                 "hours by a rockfall at the Kestrel colliery, the operator said."),
        _article("b", "Daily Dispatch", "18:00", "Rescuers freed eleven miners who had been trapped for a day and "
                 "a half at the Kestrel colliery, officials said."),
    )])
    found = [({x.ref.text for x in f.figures if x.ref}, f.label) for f in story.conflicts if f.type == "figures"]
    assert ({"36 hours", "a day and a half"}, "consistent") in found
