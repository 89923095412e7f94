"""The results-line reader's opening test (issue #11): a line that does not open with one to
five words and a score is answered without tokenising it, and the answer is always the one
the full reading gives (the opening test only ever skips lines that have no teams)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons import results
from newskit_persons.results import team_spans

_ALWAYS = regex.compile("")


@contextmanager
def _without_opening_test() -> Iterator[None]:
    kept = results._OPENING
    results._OPENING = _ALWAYS
    try:
        yield
    finally:
        results._OPENING = kept


def _full_reading(line: str) -> list[tuple[int, int]]:
    with _without_opening_test():
        return team_spans(line)


# pieces of rugby, cricket and basketball results lines, tables and ordinary sentences
_PIECES = ["Wigan", "Warriors", "St", "Helens", "de", "van", "of", "&", "Rovers", "the", "beat",
           "12", "7", "0", "104", "2024", "3-1", ",", "(", ")", "(Hardy 12)", "pts", "Saints",
           "\u0663", "Quins", "won", "'", "O'Brien"]

_NAMES = ["St", "Helens", "Wigan", "Warriors", "of", "de", "Red", "Devils", "KR", "the", "(Hardy 12)"]
_SCORES = ["12", "7", "0", "104", "2024", "\u0663", "(3)", ","]
names = st.lists(st.sampled_from(_NAMES), min_size=1, max_size=7)
scores = st.lists(st.sampled_from(_SCORES), min_size=1, max_size=8)
tails = st.lists(st.sampled_from(_PIECES), max_size=3)


def _joined(words: list[str]) -> st.SearchStrategy[str]:
    gaps = st.lists(st.sampled_from([" ", "  ", "\t"]), min_size=len(words), max_size=len(words))
    return gaps.map(lambda gs: "".join(g + w for g, w in zip(gs, words, strict=True)))


# results lines (names, score, names, score) and table rows (names, figures), with names of
# up to seven words: the shapes at the opening test's edges; and any run of the pieces
results_lines = st.tuples(names, scores, names, scores, tails).map(lambda parts: list(chain(*parts)))
table_rows = st.tuples(names, scores).map(lambda parts: list(chain(*parts)))
lines = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=14), results_lines, table_rows).flatmap(_joined)


@settings(max_examples=200)
@given(lines)
def test_the_opening_test_never_changes_an_answer(line: str) -> None:
    assert team_spans(line) == _full_reading(line)


def test_results_lines_and_table_rows_still_read() -> None:
    line = "Castleford Tigers 24 Wakefield Trinity 18"
    assert [line[a:b] for a, b in team_spans(line)] == ["Castleford Tigers", "Wakefield Trinity"]
    five = "Sporting Club de La Coruna 2 Real Madrid 1"
    assert [five[a:b] for a, b in team_spans(five)] == ["Sporting Club de La Coruna", "Real Madrid"]
    row = "Leeds Rhinos 10 8 0 2 310 180 16"
    assert [row[a:b] for a, b in team_spans(row)] == ["Leeds Rhinos"]
    scorers = "Hull KR 20 ( Lewis 2 , Minns ) Salford Red Devils 6"
    assert [scorers[a:b] for a, b in team_spans(scorers)] == ["Hull KR", "Salford Red Devils"]


def test_prose_and_a_score_after_six_words_have_no_teams() -> None:
    assert team_spans("The council approved the new budget of 12 million on Tuesday .") == []
    assert team_spans("Members of the Royal Horticultural Society 12 Kew 3") == []
