"""Look-aheads after a candidate read a bounded window (``Context.ahead``).

The regex module searches the rest of the text for a literal a pattern requires before it
matches at a position; unbounded, each look-ahead after a candidate read to the article's
end where the literal was absent (``"a quarter of a " * 40_000``, ``"10 pm " * 40_000``
took 9-14 s, quadratic). The window keeps each look-ahead's work constant; what it finds
in real text is unchanged (output byte-identical on TempEval-3, the story sets and PolNeAR).
"""

from __future__ import annotations

import regex

from newskit_dates.context import AHEAD, Context
from newskit_dates.extractor import find_dates


def test_a_look_ahead_reads_no_further_than_its_window() -> None:
    ctx = Context(text="x" * (AHEAD * 5))
    m = ctx.ahead(regex.compile(r"x*"), 10)
    assert m is not None and m.end() == 10 + AHEAD


def test_a_look_ahead_near_the_end_stops_at_the_end() -> None:
    ctx = Context(text="at 10 pm local time")
    m = ctx.ahead(regex.compile(r"\s+local\s+time\b"), len("at 10 pm"))
    assert m is not None and m.end() == len(ctx.text)


def test_the_bounded_look_aheads_still_read_what_follows_a_candidate() -> None:
    # the day after a clock time gives the time its day; a quarter point is a share of a
    # rate, no span; "and a half" after a unit lengthens it
    text = "The vote closed at 7 p.m. on Friday, March 6, 2026."
    clock = next(r for r in find_dates(text) if r.type == "TIME")
    assert text[clock.start:clock.end] == "7 p.m." and clock.value.endswith("-03-06T19:00")
    text = "Rates fell by a quarter point in the last decade and a half."
    (span,) = find_dates(text)
    assert text[span.start:span.end] == "the last decade and a half" and span.value == "P15Y"


def test_long_repeats_of_look_ahead_phrases_complete() -> None:
    for phrase in ("a quarter of a ", "10 pm ", "half an hour and a half ", "the first quarter of "):
        assert isinstance(find_dates(phrase * 2_000), list)
