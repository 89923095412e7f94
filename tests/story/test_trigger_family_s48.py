"""Session 48 (issue #10): an entry is named from the family of words its mentions tell
most, in any voice, before the single word used most. A heist told "robbed", "stole",
"robbery" and "heist" was headed "What happened: completed" (the firm "completed an
inventory", joined to it and as often told as each of the four). Mentions invented."""

from __future__ import annotations

from itertools import count
from types import SimpleNamespace
from typing import Any, cast

from newskit.story.events import _trigger_word
from newskit.story.features import family

_AT = count()


def _unit(word: str, article: str, lead: bool = False) -> Any:
    """A mention of ``word`` in ``article``, after every mention made before it."""
    at = next(_AT)
    return SimpleNamespace(ref=SimpleNamespace(text=word, article=article, start=at), lead=lead, family=family(word),
                           key=(article, at, at + len(word)))


def test_the_family_told_most_names_the_entry_before_the_word_told_most() -> None:
    told = [_unit("completed", "a"), _unit("completed", "b"), _unit("robbed", "c"),
            _unit("stole", "d"), _unit("robbery", "b")]
    assert _trigger_word(cast(Any, told), cast(Any, told)) == "robbed"


def test_mentions_of_other_voices_count_for_the_family_not_for_the_pool() -> None:
    told = [_unit("imposed", "a"), _unit("imposed", "b"), _unit("fined", "c")]
    every = [*told, _unit("fined", "a"), _unit("fine", "b"), _unit("fine", "d")]
    assert _trigger_word(cast(Any, told), cast(Any, every)) == "fined"
    assert _trigger_word(cast(Any, told), cast(Any, told)) == "imposed"
