"""Issue #11, session 20: an ASCII text's trigger tokens are scanned by the standard
library's engine with ASCII classes; they must be the tokens the full pattern finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit.ascii_patterns import plain_ascii
from newskit_dates import find_dates
from newskit_dates.grammar import patterns

#: the characters the token classes tell apart, and a few that separate them
_ASCII_NEWS = st.text(alphabet=st.sampled_from("0123456789aZqM '’-_./,\n\tx7s"), max_size=120)


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in patterns().tokens(text, plain_ascii(text))]


@given(_ASCII_NEWS | st.text(alphabet=st.characters(codec="ascii"), max_size=120))
@example("in the '90s, 1999-2001 and x7s")
def test_the_ascii_scan_finds_the_full_patterns_tokens(text: str) -> None:
    pats = patterns()
    assert text.isascii() or "’" in text
    assert [m.span() for m in pats.tokens(text, plain_ascii(text))] == [m.span() for m in pats.token.finditer(text)]


def test_a_text_beyond_ascii_keeps_the_full_pattern() -> None:
    text = "In the ’90s and on 12 März 2024 the Café closed."
    assert _spans(text) == [m.span() for m in patterns().token.finditer(text)]
    assert (text[slice(*_spans(text)[0])]) == "In"
    assert "’90s" in [text[a:b] for a, b in _spans(text)]


def test_dates_are_found_in_ascii_and_in_other_text_alike() -> None:
    ascii_text = "The plant closed in the '90s and reopened on June 3, 2024, two weeks later."
    curly = ascii_text.replace("'", "\u2019")
    assert [(r.start, r.end, r.value) for r in find_dates(ascii_text)] == \
        [(r.start, r.end, r.value) for r in find_dates(curly)]
    assert len(find_dates(ascii_text)) >= 3


_WORDS = st.sampled_from(
    ["June", "Sept.", "MAY", "3", "03", "2024", "1999", "31st", "Monday", "Tuesdays", "p.m.", "pm", "AM", "EDT",
     "noon", "midnight", "ago", "earlier", "two", "twenty-one", "a", "an", "the", "last", "next", "this", "of",
     "week", "weeks", "years", "days", "hours", "quarter", "decade", "'90s", "1990s", "spring", "Christmas",
     "Eve", "today", "tomorrow", "night", "every", "since", "until", "about", "more", "than", "half", "fiscal",
     "-", "/", ":", ",", ".", "and", "or", "to", "-long", "Q3", "H1", "mid", "early", "late", "x"]
)
_GAPS = st.sampled_from([" ", "", "  ", "\n", "\t", "\x0b", "\r\n", "-", ", "])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=30))
def test_every_family_matches_ascii_text_as_its_regex_pattern_does(parts: list[tuple[str, str]]) -> None:
    """Each family's standard library pattern finds what its ``regex`` pattern finds, with
    the same groups, on ASCII text made of the words the families read."""
    text = "".join(a + b for a, b in parts)
    pats = patterns()
    for name in pats.names:
        ascii = pats.ascii_family(name)
        if ascii is None:
            continue
        full = pats.family(name)
        assert [(m.span(), m.groupdict()) for m in ascii.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in full.finditer(text)], name


def test_most_families_have_an_ascii_pattern_and_quarter_has_none() -> None:
    pats = patterns()
    ascii = [name for name in pats.names if pats.ascii_family(name) is not None]
    assert len(ascii) >= 18
    assert pats.ascii_family("quarter") is None  # its handler reads regex's captures()
