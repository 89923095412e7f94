"""The words that open a sentence, read only where the gap before a word is not one space."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import layer
from newskit_persons.document import abbreviated, sentence_starts
from newskit_persons.tokens import tokenize

_SENT_END = ".!?:;\"“”‘'(–—-[|•*#>"


def _every_gap(text: str) -> set[int]:
    """The reading of every gap, one word at a time (what the detector did before)."""
    words, toks = layer(text).words, tokenize(text)
    out, prev_end = set(), 0
    for i, (s, e) in enumerate(zip(words.starts, words.ends, strict=True)):
        gap, prev_end = text[prev_end:s], e
        before = gap.strip()
        if i == 0 or "\n" in gap or (before and before[-1] in _SENT_END):
            if not (before == "." and i > 0 and abbreviated(toks[i - 1])):
                out.add(i)
    return out


def _opening(text: str) -> list[str]:
    toks = tokenize(text)
    return [toks[i].text for i in sorted(sentence_starts(text, toks))]


def test_a_match_report_opens_its_sentences_where_they_open() -> None:
    text = ("Rovers won 2-1 at home.\nTheir manager, Mr. Okafor, praised the defence: "
            "Hale and Dunn were superb! Next up is Dr. Lowe's side")
    assert _opening(text) == ["Rovers", "Their", "Hale", "Next"]


def test_an_empty_text_and_a_text_of_one_word() -> None:
    assert sentence_starts("", tokenize("")) == set()
    assert _opening("  Storms") == ["Storms"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Rain", "fell", "Mr.", "U.S.", "J.", "on", "Monday", ".", ",",
                                           ":", "!", "(", "\"", "'s", "—", "18-19", "3.5"]),
                          st.sampled_from([" ", " ", " ", "", "  ", "\n", " \n\n"])),
                max_size=30))
def test_the_starts_are_those_of_reading_every_gap(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    assert sentence_starts(text, tokenize(text)) == _every_gap(text)
