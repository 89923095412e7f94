"""Session 49: the plugins' hang guards compare the CPU time of a long input with a short
one's, measured in the same process (``tests/hang_guard.py``), instead of a wall-clock limit
that a loaded machine's suite broke. The guard must pass linear work and fail quadratic work,
in Python and inside one regular expression call, where a count of steps sees nothing."""

from __future__ import annotations

import pytest
import regex

from newskit.testing.adversarial import assert_linear
from tests.hang_guard import GrewTooFast, assert_grows_linearly

pytestmark = pytest.mark.timeout(600)  # backstop for a true hang only: the checks compare costs

#: a pattern that backtracks over the whole rest of the text from every start on a run of
#: letters with no digit: quadratic inside one call of the engine, allocating nothing
_BACKTRACKS = regex.compile(r"[a-z]+[0-9]")


def _letters(n: int) -> str:
    return "a" * n


def _linear(text: str) -> int:
    return sum(1 for c in text if c == "a")


def _quadratic_loop(text: str) -> int:
    n = 0
    for i in range(len(text)):
        for _ in range(i):
            n += 1
    return n


def _backtracking(text: str) -> bool:
    return _BACKTRACKS.search(text) is not None


def test_linear_work_passes() -> None:
    assert assert_grows_linearly(_linear, _letters, 200_000) < 20


def test_a_quadratic_python_loop_fails() -> None:
    with pytest.raises(GrewTooFast, match="the input grew 10x"):
        assert_grows_linearly(_quadratic_loop, _letters, 800)


def test_backtracking_inside_one_call_fails_where_counting_steps_does_not() -> None:
    # the step counter sees one line and one call at either size: it passes the pattern
    assert_linear(_backtracking, _letters, size=2_500)
    with pytest.raises(GrewTooFast, match="_backtracking"):
        assert_grows_linearly(_backtracking, _letters, 2_500)
