"""``covered_by``: whether a span of an article overlaps a unit the story already has, the
question the anaphor readers ask of every word (answered by bisection, issue #11); and the
article's word vector every unit of it holds (made once per text).

The sentences are invented: a ferry run aground, a library's reopening."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.features import Unit, covered_by, span_unit, units_of
from tests.story.helpers import make

FERRY = "The ferry ran aground off the cape on Sunday. The grounding closed the harbour for a day."
LIBRARY = "The city library reopened on Monday after a fire. Its reopening drew crowds."


def _unit(aid: str, text: str, word: str, n: int = 0) -> Unit:
    s = text.index(word)
    return span_unit(make(aid, text, "2025-06-02"), s, s + len(word), event_id=f"{aid}:{n}", kind="ACCIDENT", event=n)


def _at(covered: object, aid: str, text: str, word: str) -> bool:
    s = text.index(word)
    assert callable(covered)
    return bool(covered(aid, s, s + len(word)))


def test_a_span_overlapping_a_unit_of_its_article_is_covered() -> None:
    covered = covered_by([_unit("a1", FERRY, "ran aground"), _unit("a2", LIBRARY, "reopened")])
    assert _at(covered, "a1", FERRY, "aground")  # inside the unit
    assert _at(covered, "a1", FERRY, "ferry ran")  # across its start
    assert not _at(covered, "a1", FERRY, "grounding")  # another word of the article
    assert not _at(covered, "a1", FERRY, "ferry")  # ends where the unit starts
    assert _at(covered, "a2", LIBRARY, "reopened")
    assert not _at(covered, "a2", LIBRARY, "reopening")
    assert not _at(covered, "a3", LIBRARY, "reopened")  # an article with no unit


def test_a_long_unit_before_short_ones_still_covers() -> None:
    """A unit that starts early and ends late covers words past the units after it."""
    covered = covered_by([_unit("a1", FERRY, "ferry ran aground off the cape"),
                          _unit("a1", FERRY, "ran", 1), _unit("a1", FERRY, "off", 2)])
    assert _at(covered, "a1", FERRY, "the cape")
    assert not _at(covered, "a1", FERRY, "Sunday")


class _Ref:
    def __init__(self, article: str, start: int, end: int) -> None:
        self.article, self.start, self.end = article, start, end


class _Held:
    def __init__(self, article: str, start: int, end: int) -> None:
        self.ref = _Ref(article, start, end)


_SPANS = st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 60), st.integers(0, 20)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.sampled_from("abc"), st.integers(0, 70), st.integers(0, 20))
def test_the_same_answer_as_a_scan_of_every_unit(spans: list[tuple[str, int, int]], art: str,
                                                 start: int, width: int) -> None:
    units = [_Held(a, s, s + w) for a, s, w in spans]
    covered = covered_by(units)  # type: ignore[arg-type]
    end = start + width
    scan = any(u.ref.article == art and u.ref.start < end and start < u.ref.end for u in units)
    assert covered(art, start, end) is scan


def test_units_the_story_adds_hold_their_article_vector() -> None:
    """A unit made for a word of the text holds the same article vector as the units of
    the article's own events, and another article's differs."""
    ferry = make("a1", FERRY, "2025-06-02")
    added = span_unit(ferry, FERRY.index("grounding"), FERRY.index("grounding") + 9, event_id="a1:g",
                      kind="ACCIDENT", event=9)
    assert added.doc == _unit("a1", FERRY, "ran aground").doc
    assert dict(added.doc)["harbour"] > 0
    assert added.doc != _unit("a2", LIBRARY, "reopened").doc
    own = units_of(ferry)
    assert own and all(u.doc == added.doc for u in own)
