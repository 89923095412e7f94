"""The tense of a span is remembered (the extractor reads each candidate twice): the
memory must never hand one text's answer to another text with the same offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_dates.tense import tense_at

PAST = "Voting ended on Friday."
AHEAD = "Voting opens on Friday."  # same length: "Friday" at the same offsets


def test_same_offsets_in_two_texts_keep_their_own_tense() -> None:
    s = PAST.index("Friday")
    assert AHEAD.index("Friday") == s
    for _ in range(2):  # the second round reads from the memory
        assert tense_at(PAST, s, s + 6) == "PAST"
        assert tense_at(AHEAD, s, s + 6) == "FUTURE"


_CLAUSES = ["The ferry sank", "Officials will reopen the bridge", "The court adjourned the trial until",
            "Shares rose", "The council is to vote", "Trading resumes", "The strike was called off"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=4), st.sampled_from(["Monday", "March", "noon"]))
def test_remembered_tense_is_the_tense_read_afresh(clauses: list[str], when: str) -> None:
    text = " ".join(f"{c} {when}." for c in clauses)
    pos = 0
    for _ in clauses:
        s = text.index(when, pos)
        pos = s + len(when)
        first = tense_at(text, s, pos)
        assert tense_at(text, s, pos) == first == tense_at.__wrapped__(text, s, pos)
