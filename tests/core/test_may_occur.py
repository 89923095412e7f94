"""newskit.text.may_occur: a cheap gate before compiling a case-insensitive pattern of names.

It may answer True where the pattern finds nothing (it reads no context), never False where
the pattern of those literals, compiled with ``regex.I``, finds one.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newskit.text import may_occur


def _by_pattern(text: str, literals: list[str]) -> bool:
    return regex.search("(?:" + "|".join(regex.escape(w) for w in literals) + ")", text, regex.I) is not None


def test_no_name_in_the_text_is_a_no() -> None:
    assert not may_occur("The ferry operator rejected the claims on Friday.", ["Dunmore", "Harbour Board"])
    assert not may_occur("anything at all", [])


def test_a_name_in_any_case_is_a_maybe() -> None:
    assert may_occur("The ferry operator rejected DUNMORE's claims.", ["Dunmore"])
    assert may_occur("claims by the harbour board", ["Dunmore", "Harbour Board"])


def test_letters_that_regex_takes_for_ascii_ones_are_a_maybe() -> None:
    # the dotted and dotless i, the Kelvin sign and the long s match I, i, k and s under regex.I
    for text, name in (("İlkay's claims", "ilkay"), ("Demır's claims", "DEMIR"), ("\u212aoval", "koval"),
                       ("Ba\u017fra", "basra")):
        assert _by_pattern(text, [name])
        assert may_occur(text, [name])


def test_a_name_beyond_ascii_or_an_empty_one_is_always_a_maybe() -> None:
    assert may_occur("nothing here", ["Ngũgĩ"])
    assert may_occur("nothing here", ["Okafor", ""])


_ALPHABET = st.sampled_from([*"aAiIkKsSzZ -'’.,\n", "é", "ß", "\u017f", "\u212a", "İ", "ı", "ẞ", "\u0307"])


@given(st.text(alphabet=_ALPHABET, max_size=30), st.lists(st.text(alphabet=_ALPHABET, max_size=4), min_size=1, max_size=3))
def test_never_a_no_where_the_pattern_matches(text: str, literals: list[str]) -> None:
    if _by_pattern(text, literals):
        assert may_occur(text, literals)


@given(st.data())
def test_a_name_written_in_any_case_is_never_missed(data: st.DataObject) -> None:
    name = data.draw(st.text(alphabet=st.characters(max_codepoint=127), min_size=1, max_size=5))
    written = "".join(c.swapcase() if data.draw(st.booleans()) else c for c in name)
    text = data.draw(st.text(alphabet=_ALPHABET, max_size=8)) + written + data.draw(st.text(alphabet=_ALPHABET, max_size=8))
    assert may_occur(text, [name])
