"""Session 47 (issue #10): an entry's name is the word its mentions use most, and on a tie
the word more articles use, then the one more articles lead with; the alphabet decided
before, so a strike told as often ``strike`` as ``stayed`` (off work) was headed "What
happened: stayed". Mentions invented for the test."""

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


def test_the_most_used_word_names_the_entry() -> None:
    units = [_unit("walkout", "a"), _unit("walkout", "b"), _unit("strike", "c")]
    assert _trigger_word(cast(Any, units), cast(Any, units)) == "walkout"


def test_a_tie_goes_to_the_word_more_articles_use_then_lead_with() -> None:
    spread = [_unit("stayed", "a"), _unit("stayed", "a"), _unit("strike", "b"), _unit("strike", "c")]
    assert _trigger_word(cast(Any, spread), cast(Any, spread)) == "strike"
    led = [_unit("stayed", "a"), _unit("stayed", "b"), _unit("strike", "c", lead=True), _unit("strike", "d", lead=True)]
    assert _trigger_word(cast(Any, led), cast(Any, led)) == "strike"
    assert _trigger_word([], []) is None
