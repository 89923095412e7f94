"""General number-reading phenomena (signed amounts, hyphenated range ends, scale
letters, compound number words, scientific notation), each on an invented sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.hang_guard import assert_grows_linearly

from newskit_quantities import find_quantities

from .test_sentences import Row, _norm

CASES: list[tuple[str, list[Row]]] = [
    # --- ranges whose low end is hyphenated or negative
    ("Crews built a 4- to 6-metre barrier on the shore.",
     [("4- to 6-metre", 4, 6, None, "m")]),
    ("Night lows will range from -12 °C to -20 °C this week.",
     [("from -12 °C to -20 °C", -20, -12, None, "°C")]),
    ("Readings stayed between -7 and 2 degrees overnight.",
     [("between -7 and 2 degrees", -7, 2, None, "degree")]),
    ("Output rose 2-to-4 percent this year.", [("2-to-4 percent", 2, 4, None, "percent")]),
    ("Forecasters expect -3 to 5 degrees on Sunday.", [("-3 to 5 degrees", -3, 5, None, "degree")]),
    # --- negative amounts
    ("The account showed a balance of $-45.50 at the close.", [("$-45.50", "-45.5", None, None, "USD")]),
    ("The statement listed ($1,250.75) under fees.", [("($1,250.75)", "-1250.75", None, None, "USD")]),
    ("The firm paid €5bn ($5.4bn) for the mine.",
     [("€5bn", 5000000000, None, None, "EUR"), ("$5.4bn", 5400000000, None, None, "USD")]),
    ("The shipyard won a €40 million (£34.5 million) order.",  # a scale word ends an amount too
     [("€40 million", 40000000, None, None, "EUR"), ("£34.5 million", 34500000, None, None, "GBP")]),
    ("The studio spent 12 million yen (about $81,000) on the set.",
     [("12 million yen", 12000000, None, None, "JPY"), ("about $81,000", 81000, None, "about", "USD")]),
    ("Margins moved -2.5% in the quarter.", [("-2.5%", "-2.5", None, None, "percent")]),
    # --- scale letters need money or a counted noun
    ("The group is valued at $1.8T by analysts.", [("$1.8T", 1800000000000, None, None, "USD")]),
    ("The bank holds $4tn in assets.", [("$4tn", 4000000000000, None, None, "USD")]),
    ("The reactor core reached 600.5K during the test.", [("600.5K", "600.5", None, None, "K")]),
    ("He paid 10k for the car.", [("10k", 10000, None, None, "*")]),
    ("The video drew 120K viewers.", [("120K", 120000, None, None, "viewer")]),
    # --- compound number words
    ("Officials tallied four million three hundred and twelve ballots.",
     [("four million three hundred and twelve", 4000312, None, None, "ballot")]),
    ("The hall seats one hundred & twenty guests.",
     [("one hundred & twenty", 120, None, None, "guest")]),
    ("They gave five million, two million more than last year.",
     [("five million", 5000000, None, None, None), ("two million", 2000000, None, None, "*")]),
    ("The kit has one, two or three parts.",
     [("one", 1, None, None, "*"), ("two", 2, None, None, "*"), ("three", 3, None, None, "*")]),
    # --- scientific notation
    ("The decay rate was 3.1×10−4 per second.", [("3.1×10−4", "0.00031", None, None, "*")]),
    ("Roughly 2.5 × 10⁸ cells were counted.", [("Roughly 2.5 × 10⁸", 250000000, None, "*", "*")]),
    ("The sample held 4.2x10-2 grams of salt.", [("4.2x10-2 grams", "0.042", None, None, "g")]),
    # --- a unit noun alone means one
    ("She bought a litre of olive oil.", [("a litre", 1, None, None, "l")]),
    ("The tax adds about a dollar to each ticket.", [("about a dollar", 1, None, "about", "USD")]),
    # --- fractions
    ("Only 1/25 of the grant was spent.", [("1/25", "0.04", None, None, "*")]),
    ("The parade covered a quarter of a mile.", [("a quarter", "0.25", None, None, "*")]),
    ("The shelter is half a mile from the coast.", [("half a mile", "0.5", None, None, "mile")]),
    ("Diesel cost $1.90 a litre last week.", [("$1.90", "1.9", None, None, "USD")]),
    ("The plant made twelve dozen pies.", [("twelve dozen", 144, None, None, "pie")]),
    # --- not quantities
    ("It was a fifty-fifty decision.", []),
    ("She won the 3rd heat.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phenomenon(sentence: str, expected: list[Row]) -> None:
    found = find_quantities(sentence)
    got = [(sentence[f.start:f.end], f.value, f.high, f.approx, f.unit) for f in found]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=False):
        assert g[0] == e[0], got
        ev = _norm(e[1])
        assert isinstance(ev, Decimal)
        assert abs(Decimal(str(g[1])) - ev) <= Decimal("1e-20") * max(Decimal(1), abs(ev)), got
        assert not isinstance(g[1], float)
        if e[2] is not None:
            assert g[2] is not None and Decimal(str(g[2])) == _norm(e[2]), got
        else:
            assert g[2] is None, got
        assert e[3] == "*" or g[3] == e[3], got
        assert e[4] == "*" or g[4] == e[4], got


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("unit", "tail", "size"), [
    ("one, ", "million", 500),
    ("three million, ", "", 300),
    ("2.5x10-", "", 500),
    ("1 × 10⁶ ", "", 300),
    ("-5 to -", "", 500),
    ("($1) ", "", 400),
    ("a gallon a ", "", 300),
    ("fifty-fifty-", "", 300),
    ("1/40 of ", "", 400),
    ("$-", "5", 1_000),
    ("5 to 6 ", "", 400),
    ("more than 5 ", "", 300),
])
def test_adversarial_new_shapes_grow_linearly(unit: str, tail: str, size: int) -> None:
    def spans_slice(text: str) -> None:
        found = find_quantities(text)
        assert all(text[f.start:f.end] for f in found)

    assert_grows_linearly(spans_slice, lambda n: unit * n + tail, size)
