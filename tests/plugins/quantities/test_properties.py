"""Property tests: render a random amount, embed it in news filler, read it back exactly.
Plus the extractor contract, determinism and linear time on adversarial inputs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.hang_guard import assert_grows_linearly

from newskit import Article
from newskit_quantities import QuantitiesExtractor, find_quantities

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, british: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " hundred")
        n %= 100
        if n and british:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def in_words(n: int, british: bool = False) -> str:
    """English words for 1 <= n < 10**9 (written for these tests)."""
    out = []
    for scale, name in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            out.append(_below_thousand(n // scale, british) + " " + name)
            n %= scale
    if n:
        out.append(_below_thousand(n, british))
    return " ".join(out)


def grouped(n: int, sep: str) -> str:
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    return sep.join(reversed(groups))


APPROX = [("", None), ("about ", "about"), ("around ", "about"), ("approximately ", "approx"),
          ("roughly ", "approx"), ("more than ", "over"), ("over ", "over"),
          ("at least ", "over"), ("nearly ", "under"), ("up to ", "under"),
          ("fewer than ", "under"), ("almost ", "under")]
NOUNS = [("soldiers", "soldier"), ("containers", "container"), ("people", "person"),
         ("children", "child"), ("countries", "country"), ("vehicles", "vehicle"),
         ("workers", "worker"), ("ballistic missiles", "missile")]
# (before, after, unit)
UNITS = [("", " km", "km"), ("", " percent", "percent"), ("", "%", "percent"),
         ("$", "", "USD"), ("", " euros", "EUR"), ("", " tonnes", "tonne"),
         ("€", "", "EUR"), ("", " miles", "mile"), ("", " kg", "kg")]
PREFIX = ["Officials said", "The report counted", "Police reported", "It added that",
          "According to the ministry,"]
SUFFIX = ["were affected.", "in the region on Monday.", "last week.", "— a record."]


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, Decimal]:
    style = draw(st.sampled_from(["plain", "commas", "spaces", "decimal", "scale", "abbr",
                                  "words", "british"]))
    if style == "decimal":
        n = draw(st.integers(min_value=1, max_value=99999))
        d = Decimal(n) / 100
        return f"{d:f}", d
    if style in ("scale", "abbr"):
        m = Decimal(draw(st.integers(min_value=1, max_value=999))) / 10
        word, mult = draw(st.sampled_from([("million", 10**6), ("billion", 10**9)]))
        if style == "abbr":
            word = {"million": "m", "billion": "bn"}[word]
            return f"{m:f}{word}", m * mult
        return f"{m:f} {word}", m * mult
    n = draw(st.integers(min_value=1, max_value=999_999_999))
    if style == "plain":
        return str(n), Decimal(n)
    if style == "commas":
        return grouped(n, ","), Decimal(n)
    if style == "spaces":
        return grouped(n, " "), Decimal(n)
    return in_words(n, british=style == "british"), Decimal(n)


@settings(max_examples=300, deadline=None)
@given(
    num=rendered(),
    approx=st.sampled_from(APPROX),
    what=st.one_of(st.sampled_from(NOUNS).map(lambda x: ("n", x)),
                   st.sampled_from(UNITS).map(lambda x: ("u", x))),
    prefix=st.sampled_from(PREFIX),
    suffix=st.sampled_from(SUFFIX),
)
def test_render_and_read_back(
    num: tuple[str, Decimal], approx: tuple[str, str | None], what: tuple[str, tuple[str, ...]],
    prefix: str, suffix: str,
) -> None:
    number, value = num
    aword, aclass = approx
    # "It added that one soldiers ...": "that one" is read as a demonstrative and its pronoun
    # (a weak "one", grammar.json one_blockers_before), the plugin's documented choice
    assume(not (number == "one" and not aword and prefix.endswith(" that")))
    if what[0] == "n":
        noun, unit = what[1]
        expr = aword + number
        text = f"{prefix} {expr} {noun} {suffix}"
    else:
        before, after, unit = what[1]
        if number[0].isalpha() and before:  # "$two million" is not written
            before, after, unit = "", " dollars", "USD"
        if number[0].isdigit() and number[-1].isalpha() and unit not in ("USD", "EUR"):  # "2.5bn km" is not written
            before, after, unit = "$", "", "USD"
        expr = aword + before + number + after
        text = f"{prefix} {expr} {suffix}"
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    f = found[0]
    start = text.index(expr)
    assert (f.start, f.end) == (start, start + len(expr)), (text, f)
    assert not isinstance(f.value, float)
    assert Decimal(f.value) == value, (text, f)
    assert f.approx == aclass, (text, f)
    assert f.unit == unit, (text, f)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_crashes_and_slices(text: str) -> None:
    a = find_quantities(text)
    b = find_quantities(text)
    assert a == b
    for f in a:
        assert 0 <= f.start <= f.end <= len(text)
        assert not isinstance(f.value, float)


_NEWSY = st.lists(st.sampled_from([
    "about", "over", "$", "€", "5", "1,000", "2.5", "million", "bn", "m", "-", "to", "and",
    "between", "percent", "%", "km", "two", "hundred", "a", "dozen", "half", "of", "people",
    "June", "18", "2024", "years", "days", "G7", "F-16", " ", ",", ".", "\n", "one", "third",
    "3/4", "16:51", "won", "3-1", "minus", "degrees", "some", "tens", "thousands", "×",
]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_newsy_soup_invariants(text: str) -> None:
    found = find_quantities(text)
    assert found == find_quantities(text)
    ext = QuantitiesExtractor()
    for m in ext.extract(Article(id="x", text=text), ()):
        assert text[m.start:m.end] == m.text
    # prefixing spaces shifts every offset
    shifted = find_quantities("   " + text)
    assert [(f.start - 3, f.end - 3, f.value) for f in shifted] == [
        (f.start, f.end, f.value) for f in found
    ]


def test_contract() -> None:
    from newskit.testing import check_extractor

    check_extractor(QuantitiesExtractor(), max_examples=40)


def _slices(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


# Hang guards for backtracking and quadratic steps: the CPU time of a text ten times as long
# against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit that
# a loaded machine's suite broke; the timeout is only the backstop for a true hang. Sizes
# are in repeats of the unit: the large text is about 100,000 characters or more.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("unit", "tail", "size"), [
    ("1,", "", 5_000),
    ("1.", "", 5_000),
    ("1 000 ", "", 2_000),
    ("1 ", "", 5_000),
    ("1-", "", 5_000),
    ("1/", "", 5_000),
    ("9", "", 10_000),
    (" ", "", 10_000),
    ("\u201c", "", 5_000),
    ("a ", "", 5_000),
    ("$", "5", 10_000),
    ("½", "", 10_000),
    ("one ", "", 2_500),
    ("twenty-", "", 1_500),
    ("$1-", "", 3_000),
])
def test_adversarial_inputs_grow_linearly(unit: str, tail: str, size: int) -> None:
    assert_grows_linearly(_slices, lambda n: unit * n + tail, size)


def test_many_real_quantities_are_all_found() -> None:
    text = "Officials said the convoy travelled 15 km along the coast road before it stopped. " * 5_000
    found = find_quantities(text)
    assert len(found) == 5_000
    assert all(q.value == 15 and q.unit == "km" for q in found)


@st.composite
def ranges(draw: st.DrawFn) -> tuple[str, int, int]:
    low = draw(st.integers(min_value=1, max_value=999_999))
    high = draw(st.integers(min_value=low + 1, max_value=low * 10 + 10))
    style = draw(st.sampled_from(["commas", "words", "plain"]))
    if style == "words":
        return in_words(low) + "|" + in_words(high), low, high
    if style == "commas":
        return grouped(low, ",") + "|" + grouped(high, ","), low, high
    return f"{low}|{high}", low, high


@settings(max_examples=200, deadline=None)
@given(
    r=ranges(),
    form=st.sampled_from([("between ", " and "), ("", " to "), ("from ", " to "), ("", "-"),
                          ("", "–")]),
    what=st.sampled_from([("n", "people", "person"), ("n", "ships", "ship"),
                          ("u", " km", "km"), ("u", " percent", "percent"),
                          ("u", " tonnes", "tonne")]),
    prefix=st.sampled_from(PREFIX),
)
def test_ranges_read_back(
    r: tuple[str, int, int], form: tuple[str, str], what: tuple[str, str, str], prefix: str
) -> None:
    pair, low, high = r
    a, b = pair.split("|")
    opener, conn = form
    if a[0].isalpha() and conn in ("-", "–"):
        conn = " to "
    if what[0] == "n":
        expr = f"{opener}{a}{conn}{b}"
        text = f"{prefix} {expr} {what[1]} were there."
    else:
        expr = f"{opener}{a}{conn}{b}{what[1]}"
        text = f"{prefix} {expr} last year."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    f = found[0]
    start = text.index(expr)
    assert (f.start, f.end) == (start, start + len(expr)), (text, f)
    assert (f.value, f.high) == (low, high), (text, f)
    assert f.unit == what[2], (text, f)


@settings(max_examples=100, deadline=None)
@given(
    money=st.tuples(st.integers(min_value=1, max_value=999), st.sampled_from(["", "0", "5"])),
    scale=st.sampled_from([("million", 10**6), ("billion", 10**9), ("bn", 10**9), ("m", 10**6),
                           ("", 1)]),
    cur=st.sampled_from([("$", "", "USD"), ("US$", "", "USD"), ("€", "", "EUR"),
                         ("£", "", "GBP"), ("", " dollars", "USD"), ("", " euros", "EUR"),
                         ("", " won", "KRW"), ("", " rubles", "RUB"), ("", " yen", "JPY")]),
    approx=st.sampled_from(APPROX),
)
def test_money_read_back(
    money: tuple[int, str], scale: tuple[str, int], cur: tuple[str, str, str],
    approx: tuple[str, str | None],
) -> None:
    whole, frac = money
    number = f"{whole}.{frac}" if frac else str(whole)
    word, mult = scale
    if word in ("bn", "m") and cur[1]:
        word, mult = "million", 10**6
    sep = "" if word in ("bn", "m", "") else " "
    expr = f"{approx[0]}{cur[0]}{number}{sep}{word}{cur[1]}"
    text = f"The ministry said it spent {expr} on the project."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    f = found[0]
    start = text.index(expr)
    assert (f.start, f.end) == (start, start + len(expr)), (text, f)
    assert Decimal(f.value) == Decimal(number) * mult, (text, f)
    assert f.unit == cur[2] and f.approx == approx[1], (text, f)


@pytest.mark.timeout(600)  # a hang guard: a quadratic pattern would blow up on these, as above
@pytest.mark.parametrize("unit", ["1.1-", "1-1.", "1.5-2% ", "1 to ", "US$1 ", "1m ", "June 1 ",
                                  "between 1 and ", "(1) ", "1e", "x1 ", "1,1.1-1 ", "dozens of ",
                                  "one and a half ", "1 km "])
def test_long_repetitive_inputs_grow_linearly(unit: str) -> None:
    assert_grows_linearly(_slices, lambda n: unit * n, 10_000 // len(unit))
