"""The quantities grammar's lexicon: every pattern and word table it reads, built once per
vocabulary from the rule data (``numbers.json``, ``grammar.json``, ``units.json``), and the
cheap character tests asked before a pattern."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from newskit import grammar
from newskit.ascii_patterns import compile_ascii
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary

from .numbers import alternation, data, denominators, digits_value, to_decimal, trie_pattern, words
from .units import lex as unit_lex

__all__ = ["DASHC", "DASHC_ALL", "OUTSIDE_SPAN", "SP", "SPACES", "Lexicon", "approximator_before", "cap_months", "lexicon",
           "may_scale_letter"]

SP = r"[ \t\u00a0\u202f\u2009]"
#: the characters of ``SP``
SPACES = frozenset(" \t\u00a0\u202f\u2009")
DASHC = r"\-\u2010\u2011\u2012"
DASHC_ALL = r"\-\u2010\u2011\u2012\u2013\u2014\u2212"
#: approximators read but left outside the amount's span ("only 300")
OUTSIDE_SPAN = frozenset({"only", "just"})


class Lexicon(NamedTuple):
    """Every pattern and word table the grammar reads (``lexicon``: once per vocabulary)."""

    atom: Any
    wordrun: Any
    wordrun_lower: Any
    wordrun_ascii: Any
    a_unit: Any
    scale_abbr: Any
    scale_word: Any
    approx_before: Any
    approx_map: dict[str, str | None]
    suffix: Any
    suffix_map: dict[str, str]
    opener: Any
    negative: Any
    negative_after: Any
    prev_word: Any
    last_word: Any
    words_after: Any
    range_conn: Any
    stop: frozenset[str]
    ident: frozenset[str]
    score: frozenset[str]
    one_before: frozenset[str]
    one_after: frozenset[str]
    year_before: frozenset[str]
    score_nouns: frozenset[str]
    record_before: Any
    amount_before: frozenset[str]
    change: frozenset[str]
    sign_after: frozenset[str]
    rate_of_time: Any
    extent: frozenset[str]
    over_particle: frozenset[str]
    pasts: frozenset[str]
    ed_nouns: frozenset[str]
    vulgar: dict[str, Decimal]
    approx_tails: tuple[str, ...]
    time_units: frozenset[str]
    months: frozenset[str]
    cap_months: frozenset[str]


@per_vocabulary
def lexicon() -> Lexicon:
    """Every pattern and word table of the grammar, built once per vocabulary from the rule
    data (``numbers.json``, ``grammar.json``) by the small builders below."""
    nd = data("numbers.json")
    gd = data("grammar.json")
    words()
    approx_map, approx_before = _approx_before(gd)
    suffix_map, suffix = _suffix_approx(gd)
    wordrun_lower = _wordrun_lower(nd)
    return Lexicon(
        atom=compile_pattern(_atom_pattern(nd)),
        wordrun=compile_pattern(_wordrun_pattern(nd)),
        wordrun_lower=wordrun_lower,
        wordrun_ascii=_wordrun_ascii(wordrun_lower),
        a_unit=compile_pattern(
            r"(?<![\p{L}\p{N}'’\-])(?i:an?)(?=" + SP + "++(?i:"
            + trie_pattern(gd["a_units"]) + r")(?![\p{L}\p{N}\-]))"
        ),
        scale_abbr=compile_pattern(
            r"(?:(?P<att>" + "|".join(_SCALE_GLUED) + ")|" + SP
            + r"(?P<sp>" + "|".join(_SCALE_SPACED) + r"))(?![\p{L}\p{N}])"
        ),
        scale_word=compile_pattern(
            r"(?:" + SP + r"++|-)(?i:(?P<s1>" + alternation(["hundred", *nd["scales"], "dozen"]) + ")s?"
            r"(?:" + SP + r"++(?P<s2>thousand|million|billion|crore))?)(?![\p{L}])"
        ),
        approx_before=compile_pattern(approx_before),
        approx_map=approx_map,
        suffix=compile_pattern(suffix),
        suffix_map=suffix_map,
        **_context_patterns(gd),
        **_word_tables(gd),
        vulgar={k: to_decimal(digits_value(v) or Decimal(0))
                for k, v in nd["vulgar_fractions"].items()},
        approx_tails=_last_words(k for k in approx_map if k[0].isalpha()),
        time_units=unit_lex().time_units,
        months=unit_lex().months,
        cap_months=cap_months(),
    )


#: scale letters glued to digits ("4.5k", "3bn") and after one space ("50 M"), and the
#: characters they start with (a cheap test before the pattern: it runs for most numbers)
_SCALE_GLUED = ("bn", "mn", "mln", "bln", "tn", "trn", "tln", "cr", "k", "K", "m", "M", "B", "b", "T")
_SCALE_SPACED = ("bn", "mn", "mln", "bln", "tn", "trn", "cr", "k", "M", "B", "b")
_SCALE_GLUED_FIRST = frozenset(w[0] for w in _SCALE_GLUED)
_SCALE_SPACED_FIRST = frozenset(w[0] for w in _SCALE_SPACED)


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last words of ``phrases``, lower-cased: the word before a number ends with one of
    them where one of the phrases stands before it ("more than": "than")."""
    return tuple(sorted({p.split()[-1].lower() for p in phrases}))


def _number_words(nd: dict[str, Any]) -> set[str]:
    vocab: set[str] = set()
    for table in ("units", "teens", "tens", "hundred", "scales", "ordinals",
                  "dozen", "vague", "multiplicatives"):
        vocab.update(nd[table])
    vocab.update(denominators(nd))
    vocab.update(w + "s" for w in nd["scales"])
    vocab.update(("dozens", "point"))
    return vocab


def _wordrun_lower(nd: dict[str, Any]) -> Any:
    """``_wordrun_pattern`` matching case by case, for a text lower-cased in place
    (``_lowered``): the engine's case-insensitive matching costs a sixth of the scan. Only
    for ASCII number words (None otherwise: the text is scanned as written)."""
    vocab = _number_words(nd)
    if not all(w.isascii() for w in vocab):
        return None
    return compile_pattern(_wordrun_pattern(nd, {w.lower() for w in vocab}).replace("(?i:", "(?:"))




def _wordrun_ascii(lower: Any) -> Any:
    """The lowered runs' pattern in the standard library's engine, for a lowered text of
    plain ASCII (:mod:`newskit.ascii_patterns`: the same matches in half the time); None
    where there is no lowered pattern or it does not translate."""
    return None if lower is None else compile_ascii(lower.pattern)


def _wordrun_pattern(nd: dict[str, Any], vocab: set[str] | None = None) -> str:
    """A run of number words and their glue ("two hundred and five", "one-and-a-half",
    "three over five", "four, and six"): the word grammar (``parse_words``) reads it.
    A separate pass from the digits: one alternation with them is several times slower."""
    vocab = _number_words(nd) if vocab is None else vocab
    word = "(?:" + trie_pattern(sorted(vocab)) + r")(?![\p{L}\p{N}])"
    den = "(?:" + trie_pattern(sorted(denominators(nd))) + r")(?![\p{L}\p{N}])"
    # "a half", and before a fraction word "a-half" ("fifty and a-half"; not "A-one")
    art = "an?(?:" + SP + "++|[" + DASHC + "](?=" + den + "))"
    sep = (
        "(?:-and-(?:an?-)?|" + SP + "*+[" + DASHC + "]" + SP + "*+"
        "|" + SP + "++(?:and" + SP + "++)?(?:" + art + ")?"
        "|" + SP + "++(?:of|over)" + SP + "++(?:an?" + SP + "++(?=" + word + "))?"
        "|," + SP + "++(?:and" + SP + "++)?|" + SP + "*+&" + SP + "*+)"
    )
    return r"\b(?P<words>(?i:(?:" + art + ")?" + word + "(?:" + sep + word + ")*+))"


def _atom_pattern(nd: dict[str, Any]) -> str:
    """A number in digits and what must be kept apart from one: telephone numbers
    (``phone``), number soup of tables (``soup``), chains of digits that are dates, times
    or codes (``chain``), digit fractions (``frac``), grouped or plain numbers with a
    decimal part, an exponent or a power (``num``, ``pow``, ``exp``), a vulgar fraction
    glued (``vf``) or alone (``vf2``). Digits grouped by spaces ("86 034 647") may end
    before a clause's comma, not before a comma and more digits (a list: "4 100, 200")."""
    vulgar = "".join(nd["vulgar_fractions"])
    return (
        r"(?P<phone>(?<![\w+])\+\d{1,3}(?:[ .\-]\(?\d{1,5}\)?){2,}+"
        r"|\(\d{2,4}\)[ .\-]?\d{3,4}[ .\-]\d{3,4}(?!\d)"
        r"|(?<![\d\-])\d{3}-0\d{3}(?![\d\-]))"
        r"|(?<!\d)(?<!\d[.,])(?:"
        r"(?P<soup>(?:[-+$€£]{0,3}\d{1,12}(?:[.,/:\-]\d{1,12}){0,3}(?![\d.,/:\-]\d|\d)"
        r"[ \t\u00a0]*+){9,}+)"
        r"|(?P<chain>\d++(?::\d++)++|\d++(?P<sep>[-./])\d++(?:(?P=sep)\d++)++)"
        r"|(?P<frac>\d++/\d++)(?![\d/])"
        r"|(?P<num>(?:\d{1,3}(?:,\d{3})++(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})++(?!\d|,[ \t]*+\d)"
        r"|\d++)(?:\.\d++)?(?:[eE][-+]?\d++(?![\p{L}\d]))?|\.\d++)"
        r"(?:\^(?P<pow>[-+]?\d{1,3})(?!\d)"
        r"|[ \t]*+[×x*][ \t]*+10(?:\^(?P<exp>[-+\u2212]?\d{1,3})(?!\d)"
        r"|(?P<exp>[\u207b\u207a]?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3})"
        r"|(?<=[×x]10)(?P<exp>[-\u2212]\d{1,3})(?![\d.,]\d|\d)))?"
        r"(?P<vf>[" + vulgar + r"])?"
        r")"
        r"|(?<![\p{L}\p{N}'’" + DASHC + r"])(?P<vf2>[" + vulgar + r"])"
    )


def _approx_before(gd: dict[str, Any]) -> tuple[dict[str, str | None], str]:
    """Approximators before a number ("about", "more than", "~") and the reverse search
    that finds one: ``(?r)`` starts at the number and fails at once when nothing fits."""
    approx_map: dict[str, str | None] = {k.lower(): v for k, v in gd["approximators"].items()}
    alpha = [k for k in approx_map if k[0].isalpha()]
    sym = [k for k in approx_map if not k[0].isalpha()]
    pattern = (
        r"(?r)(?:(?<![\p{L}\p{N}])(?i:(?P<a>" + alternation(alpha, SP + "+") + "))" + SP + "+"
        r"|(?P<s>" + alternation(sym) + ")" + SP + r"*)\Z"
    )
    return approx_map, pattern


def _suffix_approx(gd: dict[str, Any]) -> tuple[dict[str, str], str]:
    """Approximators after a number, spaced ("or more") or glued ("-plus", "+")."""
    suffix_map: dict[str, str] = {k.lower(): v for k, v in gd["suffix_approximators"].items()}
    spaced = [k for k in suffix_map if k[0].isalpha()]
    attached = [k for k in suffix_map if not k[0].isalpha()]
    pattern = (
        "(?:" + SP + "++(?i:(?P<w>" + trie_pattern(spaced, SP + "++") + "))"
        "|(?P<s>" + trie_pattern(attached) + r"))(?![\p{L}\p{N}])"
    )
    return suffix_map, pattern


def _context_patterns(gd: dict[str, Any]) -> dict[str, Any]:
    """The small anchored patterns that read the words around a number: a range's opener
    ("between", "from") and connector, a negative word before it or after it ("below
    zero"), the word before and after."""
    return {
        "opener": compile_pattern(r"(?r)(?<![\p{L}])(?i:(?P<o>between|from))" + SP + r"+\Z"),
        "negative": compile_pattern(r"(?r)(?<![\p{L}])(?i:minus|negative)" + SP + r"+\Z"),
        "negative_after": compile_pattern(
            SP + "++(?i:" + alternation(gd["negative_after"], SP + "++") + r")(?![\p{L}])"),
        "prev_word": compile_pattern(
            r"(?r)(?<![\p{L}\p{N}.'’&#])(?P<w>[\p{L}#][\p{L}\p{N}.'’&]*)" + SP + r"+\Z"
        ),
        "last_word": compile_pattern(r"(?r)[\p{L}]++\Z"),
        # "the Hornets are just 9-14": a team's record told after a form of "be"
        "record_before": compile_pattern(
            r"(?r)(?<![\p{L}])(?i:" + alternation(gd["record_copulas"]) + ")" + SP + r"++"
            r"(?:(?i:just|only|now|still)" + SP + r"++)?\Z"),
        "rate_of_time": compile_pattern(
            "/(?:" + alternation(gd["rates_of_time"]) + r")(?![\p{L}\p{N}])"),
        "words_after": compile_pattern(r"(?:" + SP + r"++(?P<w>[\p{L}][\p{L}'’-]*+)){1,6}"),
        "range_conn": compile_pattern(
            "[" + DASHC + "]" + SP + "++(?i:(?P<w>to|through|thru|and|or))" + SP + "++"
            "|[" + DASHC + "](?i:(?P<w>to))[" + DASHC + r"](?=\d)"
            "|" + SP + "*+(?P<c>[" + DASHC_ALL + "])" + SP + "*+"
            "|" + SP + "++(?i:(?P<w>to|through|thru|and|or))" + SP + "++"
        ),
    }


def _word_tables(gd: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The word lists of ``grammar.json`` that decide, from a word beside a number, whether
    it is an amount (stopwords, identifier and score words, what blocks "one", ...)."""
    return {
        "stop": frozenset(gd["stopwords"]),
        "ident": frozenset(gd["identifier_words"]),
        "score": frozenset(gd["score_words"]),
        "one_before": frozenset(gd["one_blockers_before"]),
        "one_after": frozenset(gd["one_blockers_after"]),
        "year_before": frozenset(gd["determiners_before_year"]),
        "score_nouns": frozenset(gd["score_nouns"]),
        "amount_before": frozenset(gd["amount_words_before_long_digits"]),
        "change": frozenset(gd["change_verbs"]),
        "sign_after": frozenset(gd["sign_after_words"]),
        "extent": frozenset(gd["extent_words"]),
        "over_particle": frozenset(gd["over_particle_verbs"]),
        "pasts": frozenset(gd["irregular_pasts"]),
        "ed_nouns": frozenset(gd["nouns_like_pasts"]),
    }


@per_vocabulary
def cap_months() -> frozenset[str]:
    return frozenset(m.capitalize() for m in unit_lex().months) | frozenset(
        m.upper() for m in unit_lex().months if len(m) > 3
    )


def may_scale_letter(text: str, e: int) -> bool:
    """Whether a scale letter may follow at ``e`` (glued, or after one space)."""
    c = text[e:e + 1]
    return c in _SCALE_GLUED_FIRST or (c in SPACES and text[e + 1:e + 2] in _SCALE_SPACED_FIRST)


#: words after which a bare "estimated" before a number is a hedge, an adjective ("its
#: estimated 2,300 members", "of estimated 40 tonnes"; so too after a possessive: "the
#: island's estimated 32,000 farmers"); after a subject ("police estimated 300",
#: "it has estimated 2,000") it is the verb that tells the amount
_BEFORE_PARTICIPLE_HEDGE = grammar.ARTICLES | grammar.POSSESSIVE_DETERMINERS | grammar.QUANTIFIERS | grammar.PREPOSITIONS


def approximator_before(text: str, left: int, lx: Lexicon, whole: bool) -> tuple[Any, str] | None:
    """The approximator ending right before ``left`` ("about", "more than", "~") and its
    key in ``lx.approx_map``; "some" only before a whole number (``whole``: "some 300", not
    "some half"). One reading for every rule that takes a hedge before its number."""
    am = lx.approx_before.search(text, max(0, left - 30), left)
    if am is None:
        return None
    raw = (am.group("a") or am.group("s") or "").lower()
    key = " ".join(raw.split()) if " " in raw or "\t" in raw or "\u00a0" in raw else raw
    if key not in lx.approx_map or (key == "some" and not whole):
        return None
    if key == "over":
        verb = lx.prev_word.search(text, max(0, am.start() - 40), am.start())
        if verb is not None and verb.group("w").lower() in lx.over_particle:
            return None  # "hand over CHF 48 million": the verb's particle, not a hedge
    if key == "estimated":
        before = lx.prev_word.search(text, max(0, am.start() - 40), am.start())
        word = before.group("w").lower() if before is not None else ""
        if word and word not in _BEFORE_PARTICIPLE_HEDGE and not word.endswith(("'s", "’s", "s'", "s’")):
            return None  # "The agency estimated 2,300 fish died": its subject's verb, not a hedge
    return am, key
