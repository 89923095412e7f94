"""A name found as whole words by substring search (``newskit.text.whole_word_starts``):
the same starts as the name's pattern compiled and scanned, with the window's ends read as
``regex`` reads them (the character before the start seen, none at or past the end), on
news sentences and on generated text dense in the name's pieces and the characters that
touch a word. The story's readers of a source's name use it, no pattern compiled per name
(``short_names``, ``whole_names``, ``bare_nouns``)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story import bare_nouns, short_names
from newskit.text import (
    WORD_GOES_ON_AFTER,
    WORD_GOES_ON_BEFORE,
    whole_word,
    whole_word_starts,
    written_mid_sentence,
)

_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _compiled(word: str, text: str, start: int = 0, end: int | None = None, *,
              before: regex.Pattern[str] = WORD_GOES_ON_BEFORE,
              after: regex.Pattern[str] = WORD_GOES_ON_AFTER) -> list[int]:
    """What the substring search must reproduce: the name's own pattern, scanned."""
    pattern = regex.compile(f"(?<!{before.pattern})" + regex.escape(word) + f"(?!{after.pattern})")
    return [m.start() for m in pattern.finditer(text, start, end)]


def test_a_name_inside_a_longer_word_or_a_hyphenated_one_is_not_whole() -> None:
    text = "Corvane said on Friday that Corvanes, Corvane-Lyle and Corvane's own staff agreed. Corvane"
    assert [text[i:i + 12] for i in whole_word_starts("Corvane", text)] == \
        ["Corvane said", "Corvane's ow", "Corvane"]
    assert list(whole_word_starts("Corvane", text)) == [m.start() for m in whole_word("Corvane").finditer(text)]
    # as the pattern's scan, the next name is looked for after the last one found, not inside it
    assert list(whole_word_starts("Ana Ana", "Ana Ana Ana said")) == [0] == _compiled("Ana Ana", "Ana Ana Ana said")


def test_the_window_sees_the_character_before_it_and_none_after_it() -> None:
    text = "The Tarrow Ports Authority rejected claims by xTarrow Ports staff."
    at = text.index("Tarrow Ports staff")
    assert list(whole_word_starts("Tarrow Ports", text, at)) == []  # "x" before the window still touches it
    end = text.index("Tarrow") + len("Tarrow Po")  # the window cuts "Ports" after "Po"
    assert list(whole_word_starts("Tarrow Po", text, 0, end)) == [4] == _compiled("Tarrow Po", text, 0, end)
    assert list(whole_word_starts("Tarrow Po", text, 0, end + 1)) == []  # "r" inside the window touches it


def test_a_bare_noun_reads_the_name_in_its_window_only() -> None:
    text = "The Harbour Board said on Monday that the Harbour Boardroom was closed."
    assert bare_nouns._named_before("Harbour Board", text, len("The Harbour Board said"), 40)
    assert not bare_nouns._named_before("Harbour Board", text, text.index(" was closed"), 20)  # "Boardroom"
    assert not bare_nouns._named_before("Harbour Board", text, text.index(" said"), 10)  # out of the window


def test_a_short_name_and_a_word_mid_sentence_are_read_as_before() -> None:
    texts = [("Bayhead Terminals locked out 300 dock workers on Tuesday. Bayhead said the talks had failed.", ())]
    assert short_names._written_whole("Bayhead", texts) == {"Bayhead Terminals"}
    assert written_mid_sentence("Seville", ["Angry fans left. In Seville, the club said no."])
    assert not written_mid_sentence("Angry", ["Angry fans left. In Seville, the club said no."])


_PIECES = st.sampled_from(["Ana", "Reis", "Ana Reis", "ana", "-", "'", "’", "s", " ", "\n", ".", ",", "7", "é",
                           "Réis", "x", "Reis-", "AnaAna"])
_WORDS = st.sampled_from(["Ana", "Reis", "Ana Reis", "AnaAna", "a", "Reis-", "'s", "é", "Ana ", "Ana Ana"])
_CLASSES = st.sampled_from([(WORD_GOES_ON_BEFORE, WORD_GOES_ON_AFTER), (_LETTER_OR_DIGIT, _LETTER_OR_DIGIT)])


@settings(max_examples=400, deadline=None)
@given(word=_WORDS, pieces=st.lists(_PIECES, max_size=24), start=st.integers(0, 90),
       end=st.one_of(st.none(), st.integers(0, 90)), classes=_CLASSES)
def test_the_search_gives_the_patterns_starts(word: str, pieces: list[str], start: int, end: int | None,
                                              classes: tuple[regex.Pattern[str], regex.Pattern[str]]) -> None:
    text = "".join(pieces)
    before, after = classes
    got = list(whole_word_starts(word, text, start, end, before=before, after=after))
    assert got == _compiled(word, text, start, end, before=before, after=after)
