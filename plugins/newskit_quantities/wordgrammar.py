"""Number words as a small compositional grammar.

Each rule below is a few lines: a sequence of smaller rules and a production that combines
their values ("<hundreds> <scale>", "<cardinal> and <fraction>", "<cardinal> over
<cardinal>"). Rules are plain functions ``(tokens, i) -> Parse | None`` built with four
combinators (:func:`seq`, :func:`alt`, :func:`opt`, :func:`table`); :func:`alt` keeps the
longest reading, so "two hundred and one half" is one mixed number, not 201 and a half.
New forms are new rules, not new branches in a hand-written walker.

Values are exact :class:`fractions.Fraction` while parsing ("thirty and two sevenths" is
212/7); :func:`newskit_quantities.numbers.parse_words` turns them into ``int`` or
``Decimal`` at the edge. Vocabulary comes from ``data/numbers.json``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import NamedTuple

from newskit.vocabulary import per_vocabulary

__all__ = ["Parse", "Rule", "read_number"]


class Parse(NamedTuple):
    """One reading: value, the index after its last token, its kind, and the ``place`` of
    its last part (1 for units, 10 for tens, 100 for hundreds, the scale for a scale
    word): "twenty" has place 10, so "twenty first" may compose but "twenty tenth" not."""

    value: Fraction
    end: int
    kind: str
    place: int


class Toks(list[str]):
    """The tokens of one number run, with the memo of rule results for one reading
    (packrat parsing: rules share sub-rules, and without the memo a reading re-parses
    the same "twenty one" once per alternative that starts with it)."""

    __slots__ = ("memo",)

    def __init__(self, tokens: Sequence[str]) -> None:
        super().__init__(tokens)
        self.memo: dict[tuple[int, int], Parse | None] = {}


Rule = Callable[[Toks, int], "Parse | None"]
_ids = itertools.count()


def memo(p: Rule) -> Rule:
    """``p`` with its results remembered per start index in ``Toks.memo``."""
    key = next(_ids)

    def rule(t: Toks, i: int) -> Parse | None:
        k = (key, i)
        if k in t.memo:
            return t.memo[k]
        r = t.memo[k] = p(t, i)
        return r

    return rule


# ------------------------------------------------------------------ combinators


def table(entries: dict[str, int], kind: str = "card", place: int | None = None) -> Rule:
    """One word of ``entries``; its place is ``place`` or the order of its value."""

    def rule(t: Toks, i: int) -> Parse | None:
        if i < len(t) and t[i] in entries:
            v = entries[t[i]]
            return Parse(Fraction(v), i + 1, kind, place if place is not None else _place(v))
        return None

    return rule


def lit(*ws: str) -> Rule:
    """One of the glue words ``ws`` (value 1, kind ``glue``)."""
    wanted = frozenset(ws)

    def rule(t: Toks, i: int) -> Parse | None:
        return Parse(Fraction(1), i + 1, "glue", 1) if i < len(t) and t[i] in wanted else None

    return rule


def seq(*parts: Rule, make: Callable[[list[Parse]], tuple[Fraction, str, int] | None]) -> Rule:
    """All ``parts`` in a row; ``make`` builds (value, kind, place) from their parses or
    returns None to reject the combination."""

    def rule(t: Toks, i: int) -> Parse | None:
        got: list[Parse] = []
        j = i
        for p in parts:
            r = p(t, j)
            if r is None:
                return None
            got.append(r)
            j = r.end
        built = make(got)
        return None if built is None else Parse(built[0], j, built[1], built[2])

    return memo(rule)


def alt(*options: Rule) -> Rule:
    """The longest reading among ``options`` (the first on a tie)."""

    def rule(t: Toks, i: int) -> Parse | None:
        best: Parse | None = None
        for p in options:
            r = p(t, i)
            if r is not None and (best is None or r.end > best.end):
                best = r
        return best

    return memo(rule)


def opt(p: Rule) -> Rule:
    """``p`` or nothing (an empty glue parse)."""

    def rule(t: Toks, i: int) -> Parse | None:
        return p(t, i) or Parse(Fraction(1), i, "glue", 1)

    return rule


def not_before(p: Rule, ws: frozenset[str], only: frozenset[str] | None = None) -> Rule:
    """``p`` unless the next token is one of ``ws`` (maximal munch: "five thousand and two
    thousand" must not read "and two" as the tail of the first number); with ``only``,
    the check applies only when ``p`` read one of those words."""

    def rule(t: Toks, i: int) -> Parse | None:
        r = p(t, i)
        if r is None or r.end >= len(t) or t[r.end] not in ws:
            return r
        return r if only is not None and t[i:r.end] not in [[w] for w in only] else None

    return rule


def _place(v: int) -> int:
    p = 1
    while v >= p * 10:
        p *= 10
    return p


def _v(value: Fraction, kind: str = "card", place: int = 1) -> tuple[Fraction, str, int]:
    return value, kind, place


# ------------------------------------------------------------------ the grammar


class Grammar(NamedTuple):
    """The top-level rule (longest of all readings), and a fast path: a plain number word
    (``simple``) not followed by a word that can extend it (``joins``) is read at once."""

    top: Rule
    simple: dict[str, int]
    joins: frozenset[str]


@per_vocabulary
def grammar() -> Grammar:
    """Build the rules once from the vocabulary in ``data/numbers.json``."""
    from .numbers import words

    lx = words()
    scales = {k: v for k, v in lx.scales.items() if v != 100}
    plural_scales = {k + "s": v for k, v in scales.items()}
    a = lit("a", "an")
    unit = table(lx.units)
    nonzero = table({k: v for k, v in lx.units.items() if v})
    teen = table(lx.teens)
    tens = table(lx.tens)
    hundred = lit("hundred")
    scale = table(scales)
    scale_words = frozenset(scales) | {"hundred"}

    # 1..99: "twenty one", "twenty-one", "fifteen", "seven"
    sub100 = alt(seq(tens, nonzero, make=lambda p: _v(p[0].value + p[1].value)), tens, teen, unit)
    # "three hundred (and) five", "a hundred", "twelve hundred", or 1..99
    head = alt(sub100, seq(a, make=lambda p: _v(Fraction(1))))
    hundreds_only = seq(head, hundred, make=lambda p: _v(p[0].value * 100, place=100))
    # "and one half", "and two thirds" after a hundred are fractions, not 101 and a half
    one_den = frozenset(k for k in lx.denominators if not k.endswith("s"))
    many_den = frozenset(k for k in lx.denominators if k.endswith("s"))

    def numerator_guard(p: Rule) -> Rule:
        return not_before(not_before(p, many_den), one_den, only=frozenset({"one"}))

    tail100 = numerator_guard(sub100)

    def hundreds_with(tail: Rule) -> Rule:
        return alt(seq(hundreds_only, opt(lit("and")), tail,
                       make=lambda p: _v(p[0].value + p[2].value, place=p[2].place)),
                   hundreds_only, sub100)

    # before a scale ("one hundred and two thousand") and alone ("one hundred and two",
    # but "one hundred and two hundred" is two numbers)
    hundreds_head = hundreds_with(tail100)
    hundreds = hundreds_with(not_before(tail100, scale_words))
    # "two point five": a decimal head for a scale ("two point five million")
    digits = _many_units(lx.units)
    decimal = seq(hundreds, lit("point"), digits, make=lambda p: _v(p[0].value + p[2].value))
    # "<hundreds> <scale>": "four thousand", "a million", "one hundred and two thousand"
    group_head = alt(decimal, hundreds_head, seq(a, make=lambda p: _v(Fraction(1))))
    group = seq(group_head, scale, make=lambda p: _v(p[0].value * p[1].value, place=p[1].place))
    cardinal = _groups(group, hundreds, decimal, scale_words, numerator_guard, lx.group_glue)
    rules = _fraction_rules(a, hundreds, cardinal, scale)
    simple = {**lx.units, **lx.teens, **lx.tens}
    joins = frozenset({"and", ",", "point", "over", "hundred", "dozen", "dozens", *scales,
                       *plural_scales, *lx.denominators, *lx.ordinals, *lx.units})
    return Grammar(top=alt(*rules, _plural_scale(cardinal, plural_scales)), simple=simple,
                   joins=joins)


def _many_units(units: dict[str, int]) -> Rule:
    """Digits after "point": "five", "two five" -> .5, .25."""

    def rule(t: Toks, i: int) -> Parse | None:
        j = i
        s = ""
        while j < len(t) and t[j] in units:
            s += str(units[t[j]])
            j += 1
        if not s:
            return None
        return Parse(Fraction(int(s), 10 ** len(s)), j, "card", 1)

    return rule


def _groups(group: Rule, hundreds: Rule, decimal: Rule, scale_words: frozenset[str],
            guard: Callable[[Rule], Rule], glue: Sequence[str]) -> Rule:
    """A cardinal: scale groups of strictly falling scale, then an optional tail below a
    thousand, joined by nothing or a ``glue`` word ("four million three hundred and twelve",
    "four thousand and six hundred"). A comma ends the number: prose spells a compound
    number without one, so "four thousand, six hundred" is two numbers (a list, or an
    apposition: "five thousand, three hundred of them in France"), as Recognizers-Text reads
    it. A tail followed by a scale word, or the start of a group of the same or a larger
    scale, belongs to the next number ("five thousand and two thousand", "twenty-five
    thousand and one hundred one thousand" are two numbers)."""
    sep = opt(lit(*glue))
    small = alt(decimal, hundreds)
    tail = not_before(guard(small), scale_words)  # "five thousand and two thirds": a fraction

    def rule(t: Toks, i: int) -> Parse | None:
        first = group(t, i)
        if first is None:
            return small(t, i)
        total, end, last = first.value, first.end, first.place
        while True:
            s = sep(t, end)
            assert s is not None  # opt() always reads
            nxt = group(t, s.end)
            if nxt is not None and nxt.place < last:
                total, end, last = total + nxt.value, nxt.end, nxt.place
                continue
            if nxt is not None and s.end > end:  # "between 25 thousand and one hundred one
                return Parse(total, end, "card", last)  # thousand": after "and", the next number
            tl = tail(t, s.end)
            if tl is not None:
                return Parse(total + tl.value, tl.end, "card", tl.place)
            return Parse(total, end, "card", last)

    return memo(rule)


def _plural_scale(cardinal: Rule, plural_scales: dict[str, int]) -> Rule:
    """ "5 thousands", "five dozens": a plural scale after a plain number multiplies it."""
    scale = table({**plural_scales, "dozens": 12})
    return seq(cardinal, scale, make=lambda p: _v(p[0].value * p[1].value, place=p[1].place))


def _fraction_rules(a: Rule, hundreds: Rule, cardinal: Rule, scale: Rule) -> list[Rule]:
    """Every top-level reading: cardinals, fractions, mixed numbers, dozens, ordinals,
    vague amounts and multiplicatives."""
    from .numbers import words

    w = words()
    singular_den = {k: v for k, v in w.denominators.items() if not k.endswith("s")}
    plural_den = {k: v for k, v in w.denominators.items() if k.endswith("s")}
    one = lit("one")
    half = lit("half")
    den1 = table(singular_den, "den")
    dozen = lit("dozen")

    # "a tenth" (afrac: a fraction only in some contexts), "one third", "one half"
    a_frac = seq(a, den1, make=lambda p: _v(1 / p[1].value, "afrac"))
    one_frac = seq(one, den1, make=lambda p: _v(1 / p[1].value, "frac"))
    # "two sevenths", "three quarters", "three twenty-fifths" (a tens word and the plural of a
    # unit's ordinal); "two hundredth" is an ordinal, not 2/100
    unit_den = table({k: v for k, v in plural_den.items() if v < 10}, "den")
    compound_den = seq(table(w.tens), unit_den, make=lambda p: _v(p[0].value + p[1].value, "den"))
    n_frac = seq(hundreds, alt(table(plural_den, "den"), compound_den), make=_over_den)
    over = seq(cardinal, lit("over"), cardinal,
               make=lambda p: _v(p[0].value / p[2].value, "frac") if p[2].value else None)
    half_word = seq(half, make=lambda p: _v(Fraction(1, 2), "frac"))
    simple_frac = alt(a_frac, one_frac, n_frac)
    # "two and a half", "thirty and two sevenths", "two hundred and one half"
    mixed = seq(cardinal, lit("and"), simple_frac,
                make=lambda p: _v(p[0].value + p[2].value, place=1) if p[2].value < 1 else None)
    # "a half million", "half a million", "half million", "one and a half billion", "half a dozen"
    half_a = seq(half, a, make=lambda p: _v(Fraction(1, 2)))
    scalable = alt(mixed, a_frac, half_a, half_word)
    scaled = seq(scalable, alt(scale, table({"dozen": 12})),
                 make=lambda p: _v(p[0].value * p[1].value, place=p[1].place))
    # "a quarter of a million", "two thirds of a billion": a fraction of one scale unit
    fraction_of = seq(alt(simple_frac, half_word), lit("of"), a, scale,
                      make=lambda p: _v(p[0].value * p[3].value, place=p[3].place) if p[0].value < 1 else None)
    # "five dozen", "a dozen"
    dozens = seq(alt(hundreds, seq(a, make=lambda p: _v(Fraction(1)))), dozen,
                 make=lambda p: _v(p[0].value * 12, place=12))
    # a bare scale word still counts: "a baker's dozen", "the hundred"
    bare = table({**w.scales, "dozen": 12})
    return [
        cardinal, mixed, scaled, fraction_of, dozens, over, a_frac, one_frac, n_frac, half_word, bare,
        _ordinal(cardinal, w.ordinals),
        _vague(w.vague, w.scales), table(w.mult, "mult"),
        seq(a, lit("couple"), make=lambda p: _v(Fraction(2), "couple")),
    ]


def _over_den(p: list[Parse]) -> tuple[Fraction, str, int] | None:
    if p[0].value == 1:
        return None  # "one thirds" is not English
    return _v(p[0].value / p[1].value, "frac")


def _ordinal(cardinal: Rule, ordinals: dict[str, int]) -> Rule:
    """ "first", "twenty-first", "one hundred and fifth", "two hundredth" (an ordinal: the
    fraction would be "two hundredths"); "one hundredth" is left to the fraction rule."""
    ordw = table(ordinals, "ord")

    def compose(p: list[Parse]) -> tuple[Fraction, str, int] | None:
        head, o = p[0], p[-1]
        if o.value >= 100 and o.value == o.place:  # "hundredth", "thousandth"
            return _v(head.value * o.value, "ord") if head.value > 1 else None
        if o.value < head.place or (head.place >= 100 and o.value < 100):
            return _v(head.value + o.value, "ord")
        return None

    return alt(seq(cardinal, ordw, make=compose), seq(cardinal, lit("and"), ordw, make=compose),
               ordw)


def _vague(vague: dict[str, int], scales: dict[str, int]) -> Rule:
    """ "dozens", "several", "several hundred", "tens of thousands", "hundreds of millions"."""
    plural = {"hundreds": 100, "thousands": 1000, "millions": 1000000,
              "billions": 1000000000, "trillions": 1000000000000}

    def rule(t: Toks, i: int) -> Parse | None:
        w = t[i] if i < len(t) else ""
        if w not in vague or w == "couple":
            return None
        base = vague[w]
        if w == "several":
            if i + 1 < len(t) and t[i + 1] in scales:
                return Parse(Fraction(3 * scales[t[i + 1]]), i + 2, "vague", 1)
            return Parse(Fraction(3), i + 1, "vague", 1)
        if i + 2 < len(t) and t[i + 1] == "of" and t[i + 2] in plural and \
                plural[t[i + 2]] > plural.get(w, 1):
            return Parse(Fraction(base * plural[t[i + 2]]), i + 3, "vague", 1)
        if w in ("tens", "scores"):
            return None
        return Parse(Fraction(base), i + 1, "vague", 1)

    return rule


def _compound_denominator(tokens: Toks, i: int) -> bool:
    """A tens word and a plural denominator at ``i`` ("twenty-fifths"): the number before
    them is a numerator ("three twenty-fifths"), not a number alone."""
    from .numbers import words

    w = words()
    return i + 1 < len(tokens) and tokens[i] in w.tens and tokens[i + 1] in w.denominators


def read_number(tokens: Toks, i: int) -> Parse | None:
    """The longest number reading that starts at token ``i``, or None. The memo is
    dropped first: a reading looks a few tokens ahead only, so a long run costs linear
    time and constant memory."""
    if i >= len(tokens) or tokens[i] in ("and", "of", ",", "over", "point"):
        return None
    g = grammar()
    w = tokens[i]
    if w in g.simple and not _compound_denominator(tokens, i + 1) and (
            i + 1 == len(tokens) or tokens[i + 1] not in g.joins or (
            g.simple[w] < 20 and tokens[i + 1] in g.simple)):
        v = g.simple[w]  # "seven" alone: nothing can extend it
        return Parse(Fraction(v), i + 1, "card", _place(v))
    tokens.memo.clear()
    return g.top(tokens, i)
