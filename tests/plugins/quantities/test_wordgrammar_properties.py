"""Round trips through the number-word grammar: a renderer written for these tests says a
random number in one of several English styles (commas, "and" after hundreds or between
groups, hyphens, mixed fractions, "over", dozens, ordinals); the grammar must read back
exactly that value, over exactly those words, alone and inside a sentence."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quantities import find_quantities
from newskit_quantities.wordgrammar import Toks, read_number

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth"]
DENOMS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
          5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 7: ("seventh", "sevenths"),
          8: ("eighth", "eighths"), 9: ("ninth", "ninths"), 10: ("tenth", "tenths")}


class Style:
    """How to say a number: "and" inside hundreds, "and" or nothing between groups (a comma
    there ends the number: ``test_kinds_s17``), hyphens."""

    def __init__(self, and_hundred: bool, group_sep: str, hyphen: bool) -> None:
        self.and_hundred = and_hundred
        self.group_sep = group_sep  # " ", " and "
        self.hyphen = hyphen


def below_hundred(n: int, s: Style) -> str:
    if n < 20:
        return ONES[n]
    tail = n % 10
    return TENS[n // 10] + (("-" if s.hyphen else " ") + ONES[tail] if tail else "")


def below_thousand(n: int, s: Style) -> str:
    if n < 100:
        return below_hundred(n, s)
    head = ONES[n // 100] + " hundred"
    rest = n % 100
    if not rest:
        return head
    return head + (" and " if s.and_hundred else " ") + below_hundred(rest, s)


def cardinal(n: int, s: Style) -> str:
    """Words for 1 <= n < 10**15."""
    groups = []
    for scale, name in SCALES:
        if n >= scale:
            groups.append(below_thousand(n // scale, s) + " " + name)
            n %= scale
    if n:
        groups.append(below_thousand(n, s))
    return s.group_sep.join(groups)


def ordinal(n: int, s: Style) -> str:
    """Words for the ordinal of 1 <= n < 1000 (n % 100 != 0)."""
    head = cardinal(n - n % 100, s) + " " if n >= 100 else ""
    rest = n % 100
    if rest < 20:
        tail = ORD_ONES[rest]
    elif rest % 10 == 0:
        tail = ORD_TENS[rest // 10]
    else:
        tail = TENS[rest // 10] + ("-" if s.hyphen else " ") + ORD_ONES[rest % 10]
    return head + tail


styles = st.builds(Style, st.booleans(), st.sampled_from([" ", " and "]), st.booleans())


def fraction_words(num: int, den: int) -> str:
    one, many = DENOMS[den]
    return ("a " if num == 1 else ONES[num] + " ") + (one if num == 1 else many)


@st.composite
def spoken(draw: st.DrawFn) -> tuple[str, Fraction, str]:
    """(words, value, kind) in one of the forms the grammar composes."""
    s = draw(styles)
    form = draw(st.sampled_from(["card", "mixed", "over", "dozen", "ord", "frac"]))
    if form == "card":
        n = draw(st.integers(1, 10**15 - 1))
        return cardinal(n, s), Fraction(n), "card"
    if form == "mixed":  # "two hundred and one half", "thirty and two sevenths"
        whole = draw(st.integers(1, 999_999))
        den = draw(st.sampled_from(sorted(DENOMS)))
        num = draw(st.integers(1, den - 1))
        frac = fraction_words(num, den) if num > 1 or draw(st.booleans()) else "one " + DENOMS[den][0]
        return f"{cardinal(whole, s)} and {frac}", whole + Fraction(num, den), "card"
    if form == "over":
        a, b = draw(st.integers(1, 99)), draw(st.integers(1, 99))
        return f"{below_hundred(a, s)} over {below_hundred(b, s)}", Fraction(a, b), "frac"
    if form == "dozen":
        n = draw(st.integers(1, 99))
        plural = draw(st.booleans())
        return f"{below_hundred(n, s)} dozen{'s' if plural else ''}", Fraction(12 * n), "card"
    if form == "frac":
        den = draw(st.sampled_from(sorted(DENOMS)))
        num = draw(st.integers(2, 9))
        return f"{ONES[num]} {DENOMS[den][1]}", Fraction(num, den), "frac"
    n = draw(st.integers(1, 999).filter(lambda k: k % 100 != 0))
    return ordinal(n, s), Fraction(n), "ord"


@settings(max_examples=400, deadline=None)
@given(spoken())
def test_words_read_back_exactly(item: tuple[str, Fraction, str]) -> None:
    words, value, kind = item
    toks = Toks(words.replace("-", " ").replace(",", " ,").split())
    r = read_number(toks, 0)
    assert r is not None, words
    assert (r.end, r.value, r.kind) == (len(toks), value, kind), words


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 10**12 - 1), s=styles,
       lead=st.sampled_from(["Officials said", "The agency counted", "Police reported"]))
def test_cardinals_read_back_in_a_sentence(n: int, s: Style, lead: str) -> None:
    words = cardinal(n, s)
    text = f"{lead} {words} ballots on Monday."
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    f = found[0]
    assert text[f.start:f.end] == words and f.value == n and f.unit == "ballot", (text, f)
