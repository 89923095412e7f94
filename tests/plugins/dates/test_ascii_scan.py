"""Issue #11, session 20: an ASCII text's trigger tokens are scanned by the standard
library's engine with ASCII classes; they must be the tokens the full pattern finds."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newskit_dates import find_dates
from newskit_dates.grammar import patterns

#: the characters the token classes tell apart, and a few that separate them
_ASCII_NEWS = st.text(alphabet=st.sampled_from("0123456789aZqM '’-_./,\n\tx7s"), max_size=120)


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in patterns().tokens(text)]


@given(_ASCII_NEWS | st.text(alphabet=st.characters(codec="ascii"), max_size=120))
@example("in the '90s, 1999-2001 and x7s")
def test_the_ascii_scan_finds_the_full_patterns_tokens(text: str) -> None:
    pats = patterns()
    assert text.isascii() or "’" in text
    assert _spans(text) == [m.span() for m in pats.token.finditer(text)]


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
