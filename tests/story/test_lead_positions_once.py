"""What a story build reads once and keeps (issue #11): an article's lead positions for
the lead's predicate and for its acts (a source's name read as whole words, no pattern
compiled for it: ``tests/core/test_whole_word_starts.py``).

The sentences are invented: a ferry line's strike, a harbour board's statement."""

from __future__ import annotations

from newskit import Article
from newskit.model import Analysis
from newskit.story.learned import _key, _learned_noun, _noun
from newskit.story.predicate import predicate_positions, verb_stems

_TEXT = ("Ferry crews walked out on Monday, halting crossings to the islands. "
         "The union said the strike would last two days. Passengers were stranded at the port.")


def _analysis() -> Analysis:
    return Analysis(article=Article(id="fx1", text=_TEXT, title="Ferry crews strike over pay",
                                    published="2026-03-02"))


def test_lead_positions_are_the_same_however_asked() -> None:
    """A frozen set of stems is kept with the positions, a plain set is read afresh: the
    answers agree, and each caller gets a list of its own."""
    a = _analysis()
    stems = verb_stems([_TEXT])
    first = predicate_positions(a, stems)
    assert first == predicate_positions(a, set(stems))
    assert any(w == "strike" for w, _verbal, _where in first)
    first.clear()  # a caller's own list: changing it changes nothing kept
    assert predicate_positions(a, stems) == predicate_positions(a, set(stems)) != []


def test_the_lead_positions_follow_the_title() -> None:
    """Two articles with one text and different titles have different headline words."""
    a = _analysis()
    b = Analysis(article=Article(id="fx2", text=_TEXT, title="Islands cut off", published="2026-03-02"))
    stems = verb_stems([_TEXT])
    heads = {w for w, _v, where in predicate_positions(a, stems) if where == 0}
    assert heads != {w for w, _v, where in predicate_positions(b, stems) if where == 0}


def test_a_learned_noun_is_read_once_per_word() -> None:
    """Whether a word is a learned event noun is kept per distinct word: the same answer as
    the word tests, each word read once however often the story writes it."""
    stems = frozenset({_key("walkout")})
    seen: dict[str, bool] = {}
    assert _learned_noun("walkout", stems, seen) and not _learned_noun("ferry", stems, seen)
    assert not _learned_noun("Walkout", stems, seen)  # not lower case
    assert seen == {"walkout": True, "ferry": False, "Walkout": False}
    assert _learned_noun("walkout", stems, seen) == (_noun("walkout") and _key("walkout") in stems)
