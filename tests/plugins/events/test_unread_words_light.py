"""The trigger scan keeps the words no sense held (read again once the text's senses are
known) without the words around each: those are read again for the second reading, so a
long article's scan holds no two lists of words a candidate word (issue #11). The same
triggers."""

from __future__ import annotations

import tracemalloc

import pytest

from newskit_events import triggers
from newskit_events.triggers import find_triggers

# invented: "offer" after "the offer was" is held by no sense at first, then read as the
# sense the text gives it earlier; "catch", "runs", "crossing" are held by none
_TEXT = ("The union rejected the offer on Tuesday. Workers said the offer was too low for their shift. "
         "Fishermen in Killybegs said the catch was poor. The ferry service runs a late "
         "crossing, and the pier needs work before the season. ")


def test_a_word_no_sense_held_is_read_again_by_the_sense_the_text_gives_it() -> None:
    found = [(_TEXT[s:e], cls) for s, e, _form, cls, *_ in find_triggers(_TEXT)]
    assert found == [("rejected", "decision"), ("offer", "business"), ("offer", "business")]


def test_the_words_no_sense_held_are_kept_without_the_words_around_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TEXT * 1_500
    unread = 0
    may_carry = triggers._may_carry

    def counted(t: str, start: int, word: str) -> bool:
        nonlocal unread
        ok = may_carry(t, start, word)
        unread += ok
        return ok

    monkeypatch.setattr(triggers, "_may_carry", counted)
    find_triggers(text)  # the caches a first run fills, out of the figure; counts the words
    monkeypatch.undo()
    assert unread >= 4 * 1_500
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        find_triggers(text)
        per_word = (tracemalloc.get_traced_memory()[1] - before) / unread
    finally:
        tracemalloc.stop()
    # with the four words before and six after kept for each: about 1,000 bytes; now about 250
    assert per_word < 500
