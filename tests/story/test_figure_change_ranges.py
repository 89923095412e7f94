"""Issue #10: ``A to B`` after a verb of change is a change and the level it reaches, not a
range (figure_change); a range stays a range. Sentences from commodity markets, household
bills, a tax rate, a port's traffic and a survey: not the story sets."""

from __future__ import annotations

import pytest
import regex

from newskit import Article, Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_change import change_parts
from newskit.story.figures import article_figures


def _figures(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-05-12T10:00"}))
    return [(f.ref.text, f.role) for f in article_figures(a, loose=True) if f.ref]


_NUMBER = regex.compile(r"\d[\d,]*")


def _values(span: str) -> tuple[int, int]:
    low, high = (int(x.replace(",", "")) for x in _NUMBER.findall(span))
    return low, high


def _range(text: str, span: str, value: int, high: int, unit: str) -> QuantityMention:
    start = text.index(span)
    return QuantityMention(start=start, end=start + len(span), text=span, value=value, high=high, unit=unit)


@pytest.mark.parametrize(("text", "span", "first", "role", "level"), [
    ("Spot gold gained $12 to $2,015 an ounce in London, traders said.", "$12 to $2,015",
     "$12", "increment", "$2,015"),
    ("The water bill for a typical household will go up by £41 to £489 a year from April, the regulator said.",
     "£41 to £489", "£41", "increment", "£489"),
    ("Parliament approved an increase in the tourist levy from 5 percent to 7 percent on Tuesday.",
     "from 5 percent to 7 percent", "5 percent", "earlier", "7 percent"),
    ("The nurses' union wants the starting salary raised from £2,150 to £2,600 a month.",
     "£2,150 to £2,600", "£2,150", "earlier", "£2,600"),
])
def test_a_range_after_a_change_is_a_change_and_a_level(text: str, span: str, first: str, role: str,
                                                        level: str) -> None:
    unit = "percent" if "percent" in span else ("GBP" if "£" in span else "USD")
    low_value, high_value = _values(span)
    parts = change_parts(text, _range(text, span, low_value, high_value, unit))
    assert parts is not None
    low, got_role, high = parts
    assert (low.text, got_role, high.text) == (first, role, level)
    assert text[low.start:low.end] == first and text[high.start:high.end] == level
    assert (low.value, high.value, low.high, high.high) == (low_value, high_value, None, None)


@pytest.mark.parametrize(("text", "span"), [
    ("Container traffic through the port could fall between 5% to 10% next quarter, analysts said.", "5% to 10%"),
    ("Organisers said from 200 to 300 volunteers would help with the clean-up.", "from 200 to 300"),
    ("Estimates of the crowd ranged from 20,000 to 30,000, a survey found.", "from 20,000 to 30,000"),
    ("Estimates of the crowd ranged from 20,000 to 30,000, a survey found.", "20,000 to 30,000"),
])
def test_a_range_with_no_change_stays_a_range(text: str, span: str) -> None:
    low, high = _values(span)
    assert change_parts(text, _range(text, span, low, high, "percent" if "%" in span else "")) is None


def test_the_level_reached_is_a_figure_of_its_own(pipeline: Pipeline) -> None:
    """The pipeline's range is split: the level reached is a total a reader compares, the
    change before it is an increment."""
    got = _figures(pipeline, "Brent crude rose $2 to $81 a barrel on Monday, traders said.")
    assert ("$81", "total") in got and ("$2", "increment") in got, got
