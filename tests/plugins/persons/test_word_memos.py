"""Issue #11, session 49: the word tests that read only the word and the lexicon's lists
(``is_name``, the frequency ``common`` reads, ``given_name``, ``placeish``) keep each
word's answer on the lexicon. A kept answer must be the answer the lists give, a word
asked again must not be looked up in the lists again, and the memos stay bounded."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit_persons import extract_persons
from newskit_persons import lexicon as lexicon_module
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.word_classes import _given_spelling, given_name, hyphen_parts, placeish


def _listed(lex: Lexicon) -> list[str]:
    """A few words of each list the memos read (taken from the lists, not from any text)."""
    out: list[str] = []
    for words in (lex.given, lex.surnames, lex.places):
        out += sorted(words)[:40:4]
    out += sorted(lex.east_asian)[:5] + sorted(lex.demonyms)[:5]
    return out


#: invented words and a few ordinary ones: unlisted, hyphenated, respelled, frequent
INVENTED = ["zorvenka", "tavrilo-mensk", "qelbarin", "the", "harbour", "said", "dmitry",
            "alexey", "xx", "-", "", "anna-zorvenka"]


def _direct(lex: Lexicon, w: str) -> tuple[bool, float, bool, bool]:
    """The four answers read from the lists themselves, as before the memos."""
    name = w in lex.given or w in lex.surnames or w in lex.east_asian
    parts = hyphen_parts(w)
    given = w in lex.given or ("-" in w and len(parts) > 1 and parts[0] in lex.given) or _given_spelling(lex, w)
    place = (w in lex.places or w in lex.demonyms) and not name
    return name, lex.zipf.get(w, 0.0), given, place


def _memoised(lex: Lexicon, w: str) -> tuple[bool, float, bool, bool]:
    zipf = next((z for z in (5.5, 4.0, 3.0, 2.0, 1.0, 0.0) if lex.common(w, z)), None)
    assert zipf is None or lex.zipf.get(w, 0.0) >= zipf
    return lex.is_name(w), lex.zipf.get(w, 0.0), given_name(lex, w), placeish(lex, w)


def test_kept_answers_are_the_lists_answers() -> None:
    lex = Lexicon()
    words = _listed(lex) + INVENTED
    for w in words * 2:  # asked twice: the second answer is the kept one
        assert _memoised(lex, w) == _direct(lex, w), w
    for w in words:
        for z in (0.0, 2.5, 3.0, 3.5, 4.0, 5.0):
            assert lex.common(w, z) == (lex.zipf.get(w, 0.0) >= z)


@given(st.text(st.sampled_from("aeiourstnlk-'"), max_size=12))
def test_kept_answers_hold_for_any_word(w: str) -> None:
    lex = lexicon()
    assert _memoised(lex, w) == _direct(lex, w)
    assert _memoised(lex, w) == _direct(lex, w)


class _Counting:
    """A word list that counts the look-ups made in it."""

    def __init__(self, words: Any) -> None:
        self.words = words
        self.asked = 0

    def __contains__(self, w: object) -> bool:
        self.asked += 1
        return w in self.words

    def get(self, w: str, default: float = 0.0) -> float:
        self.asked += 1
        return float(self.words.get(w, default))


def test_a_word_asked_again_is_not_looked_up_again(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = Lexicon()
    lists = {name: _Counting(getattr(lex, name)) for name in ("given", "surnames", "places", "zipf")}
    for name, counting in lists.items():
        monkeypatch.setattr(lex, name, counting)
    words = ["Zorvenka", "Tavrilo", "Harbour", sorted(lex.given.words)[3]]
    for w in (x.lower() for x in words):
        lex.is_name(w), lex.common(w, 3.0), given_name(lex, w), placeish(lex, w)
    before = {name: c.asked for name, c in lists.items()}
    assert sum(before.values()) > 0
    for _ in range(3):
        for w in (x.lower() for x in words):
            lex.is_name(w), lex.common(w, 4.5), given_name(lex, w), placeish(lex, w)
    assert {name: c.asked for name, c in lists.items()} == before


def test_the_memos_stay_bounded_and_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon_module, "MEMO_MAX", 3)
    lex = Lexicon()
    words = _listed(lex) + INVENTED
    for w in words:
        assert _memoised(lex, w) == _direct(lex, w), w
        for memo in (lex.memo_names, lex.memo_zipf, lex.memo_given, lex.memo_placeish):
            assert len(memo) <= 3


def test_persons_are_found_the_same_once_the_memos_are_full() -> None:
    text = ("Harbour pilot Zorvenka Qelbarin said on Tuesday that the ferry from Tavrilo had "
            "docked. Qelbarin, 52, said the crew were safe.")
    first = [(m.start, m.end, m.entity, m.title) for m in extract_persons(text)]
    again = [(m.start, m.end, m.entity, m.title) for m in extract_persons(text)]
    assert first == again and any(e == "Zorvenka Qelbarin" for _, _, e, _ in first)
