"""Issue #11, session 20: a pattern's translation for ASCII texts in the standard library's
engine is offered only where it matches exactly what the ``regex`` pattern matches."""

from __future__ import annotations

import marshal
import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import patterns
from newskit.ascii_patterns import ascii_source, compile_ascii, compile_lowered, plain_ascii


@pytest.mark.parametrize(
    ("source", "ascii"),
    [
        (r"\p{L}+", "[A-Za-z]+"),
        (r"(?<![\p{L}\p{N}_\-])\d+", r"(?<![A-Za-z0-9_\-])\d+"),
        (r"\p{Lu}\p{Ll}+", "[A-Z][a-z]+"),
        (r"[]\p{L}]x", "[]A-Za-z]x"),
        (r"[^]\p{N}]", "[^]0-9]"),
        (r"\[\p{L}\]", r"\[[A-Za-z]\]"),
        (r"(?i:noon|midnight)\b", r"(?i:noon|midnight)\b"),
    ],
)
def test_the_classes_are_written_as_their_ascii_ranges(source: str, ascii: str) -> None:
    assert ascii_source(source) == ascii


@pytest.mark.parametrize(
    "source",
    [r"\p{Sc}\d", r"\P{L}", r"[[:alpha:]]", r"(?:cat){e<=1}", r"(?x) a b", r"[\p{L}"],
)
def test_syntax_it_cannot_vouch_for_gives_none(source: str) -> None:
    assert ascii_source(source) is None


@pytest.mark.parametrize("source", [r"a*", r"(?<=ab|c)d", r"\L<words>", r"(?|(a)|(b))"])
def test_no_pattern_where_the_engines_may_differ(source: str) -> None:
    """An empty match (the engines step past it differently), a look-behind of varying width
    or syntax only ``regex`` knows: no standard library pattern."""
    assert compile_ascii(source) is None


def test_only_the_default_flags_are_read() -> None:
    assert compile_ascii(r"\d+", regex.IGNORECASE) is None
    assert compile_ascii(r"\d+", regex.V0) is not None


def test_a_plain_ascii_text_holds_no_separator_control() -> None:
    assert plain_ascii("On June 3, 2024\tat 9 a.m.\r\n")
    assert not plain_ascii("On June 3,\x1c2024")
    assert not plain_ascii("Le 3 juin à 9 h")


_TOKENS = st.sampled_from(
    ["June", "june", "JUNE", "3", "2024", "19", "Monday", "p.m.", "a.m.", "noon", "ago", "two", "weeks",
     "years", "the", "last", "of", "A", "a", "'90s", "-", "--", "/", ":", ",", ".", "_", "x1", "Q3"]
)
_SPACES = st.sampled_from([" ", "", "  ", "\n", "\t", "\x0b", "\x0c", "\r", "-"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TOKENS, _SPACES), max_size=25),
       st.sampled_from([r"(?<![\p{L}\p{N}_\-])(?P<n>\d{1,2})\s*(?P<m>(?i:june|monday))(?![\p{L}\p{N}_])",
                        r"(?P<w>\p{L}+)(?:\s+(?P<v>ago|weeks?))?\b",
                        r"(?i:(?P<d>\d+)[:.](?P<mm>\d\d)?\s*[ap]\.m\.)|noon(?!\w)"]))
def test_the_translation_matches_as_the_pattern_does(parts: list[tuple[str, str]], source: str) -> None:
    text = "".join(a + b for a, b in parts)
    ascii = compile_ascii(source, regex.V0)
    assert ascii is not None
    full = regex.compile(source, regex.V0)
    assert [(m.span(), m.groupdict()) for m in ascii.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in full.finditer(text)]


def test_a_stored_pattern_is_the_pattern_re_compiles(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """What the cache keeps of a standard library pattern rebuilds the same pattern."""
    source = r"(?P<y>\d{4})-(?P<m>[01]\d)|(?i:noon)"
    got = patterns.compile_stdlib(source)
    assert got is not None
    compiled, least = got
    stored = marshal.loads(marshal.dumps(patterns._stored[(source, 0, patterns._STDLIB)]))
    rebuilt = patterns._sre.compile(*stored[1:])
    expected = re.compile(source)
    for p in (compiled, rebuilt):
        assert (p.pattern, p.flags, p.groups, p.groupindex) == \
            (expected.pattern, expected.flags, expected.groups, expected.groupindex)
        assert [m.groupdict() for m in p.finditer("2024-06 at NOON, 1999-12")] == \
            [m.groupdict() for m in expected.finditer("2024-06 at NOON, 1999-12")]
    assert least == stored[0] == 4
    assert patterns.compile_stdlib(r"(?<=ab|c)d") is None


# Issue #11, session 21: a case-insensitive pattern matched case by case on the lowered text


@pytest.mark.parametrize(
    "source",
    [r"[A-Z]\w+", r"\\p{Lu}", r"(?-i:rose)", r"(?s:a.b)", "\u017fold", r"\u017fold",
     r"\N{LATIN SMALL LETTER LONG S}", "\u212aelvin", r"Rose|fell"],
)
def test_no_lowered_pattern_where_lowering_cannot_stand_for_the_case(source: str) -> None:
    assert compile_lowered(source) is None


def test_escapes_and_group_names_are_no_upper_case_letters() -> None:
    got = compile_lowered(r"(?P<Verb>rose|fell)\S*\B(?P=Verb)?\W")
    assert got is not None
    assert got.pattern == r"(?P<Verb>rose|fell)\S*\B(?P=Verb)?\W"


_CASED = st.sampled_from(["rose", "Rose", "ROSE", "rOsE", "fell", "Fell", "sell-off", "Sell-Off", "of", "OF", "x",
                          "kelvin", "Kelvin", "sky", "3", "-", "'", "s"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_CASED, _SPACES), max_size=25),
       st.sampled_from([r"(?<![\p{L}\p{N}-])(?:sell\-off|rose|fell|ris)[\p{L}-]*(?<!-)",
                        r"\b(?P<w>kelvin|sky)(?:\s+(?P=w))?\b",
                        r"(?:of|o)\s+[a-z]+(?![\p{L}])",
                        r"(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+[^\p{Lu}\s]+)?",
                        r"(?:sky|of)\s+[\p{Ll}-]{2,}|\p{Ll}{4}(?![\p{Lu}])"]))
def test_the_lowered_pattern_matches_where_the_case_insensitive_one_does(parts: list[tuple[str, str]],
                                                                          source: str) -> None:
    text = "".join(a + b for a, b in parts)
    lowered = compile_lowered(source)
    assert lowered is not None
    full = regex.compile(source, regex.I)
    assert [m.span() for m in lowered.finditer(text.lower())] == [m.span() for m in full.finditer(text)]


def test_a_class_of_one_case_holds_both_when_case_is_ignored() -> None:
    """Issue #11, session 23: ``\\p{Lu}`` and ``\\p{Ll}`` match letters of either case under
    ``regex.I``; on the lowered text both are the lower-case letters."""
    got = compile_lowered(r"\p{Lu}\p{Ll}+|[^\p{Lu}\s]")
    assert got is not None
    assert got.pattern == "[a-z][a-z]+|[^a-z\\s]"
    assert [m.span() for m in got.finditer("rose, FELL".lower())] == \
        [m.span() for m in regex.finditer(r"\p{Lu}\p{Ll}+|[^\p{Lu}\s]", "rose, FELL", regex.I)]
