"""newskit.text.fold_letters: one key for the spellings of a name, whatever its letters."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newskit import analyze
from newskit.story._common import slug
from newskit.text import fold_letters


def test_letters_without_a_mark_to_strip_are_spelled_in_ascii() -> None:
    assert fold_letters("Søren Kierkegaard") == "soren kierkegaard"
    assert fold_letters("Þorvaldur Gylfason") == "thorvaldur gylfason"
    assert fold_letters("Łukasz Wiśniewski") == "lukasz wisniewski"
    assert fold_letters("Straße") == "strasse"
    assert fold_letters("Şükür Çelik") == "sukur celik"


def test_ids_keep_every_letter_of_a_nordic_or_polish_name() -> None:
    """An id once dropped the letters NFKD leaves whole ("Þorvaldur" gave "orvaldur")."""
    assert slug("Þorvaldur Gylfason") == "thorvaldur-gylfason"
    assert slug("Bjørn Dæhlie") == "bjorn-daehlie"
    text = "Finance minister Łukasz Kowalczyk said on Monday the bill would pass. Kowalczyk added more."
    people = analyze(text).of_kind("person")
    assert people and {getattr(p, "entity_id", None) for p in people} == {"person:lukasz-kowalczyk"}


#: the Latin letters of Latin-1 and Latin Extended-A, and the others the fold spells
_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F).filter(
    lambda c: not c.isalpha() or "LATIN" in unicodedata.name(c, ""))


@given(st.text(alphabet=_LATIN | st.sampled_from("øæœßþðđłıŋØÆŒÞÐĐŁ"), max_size=30))
def test_the_fold_of_latin_text_is_ascii_and_idempotent(s: str) -> None:
    folded = fold_letters(s)
    assert fold_letters(folded) == folded
    assert all(c.isascii() for c in folded if c.isalpha())
