"""The tense rules' end-anchored tests searched backwards (issue #11): ``_schedule()`` and
``_moved()`` are only asked whether they match the text before a time, so they are compiled
with ``regex.REVERSE`` (starting where a match ends); against the same patterns searched
forwards they answer the same."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_dates import tense

_PIECES = ["the", "final", "is", "are", "on", "for", "at", "postponed", "Adjourned", "called",
           "pushed", "back", "until", "till", "to", "it", "O'Neill", " ", "  ", "\n", ",", "x"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=300)
@given(texts)
def test_schedule_and_moved_answer_the_same_both_ways(text: str) -> None:
    for p in (tense._schedule(), tense._moved()):
        forward = regex.compile(p.pattern, p.flags & ~regex.REVERSE)
        assert (p.search(text) is None) == (forward.search(text) is None)


def test_a_schedule_and_a_postponement_still_read_as_future() -> None:
    assert tense._schedule().search("The final is on ") is not None
    assert tense._moved().search("The hearing was postponed until ") is not None
    assert tense._moved().search("The hearing was postponed by the judge ") is None
