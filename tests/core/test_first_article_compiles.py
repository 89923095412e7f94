"""Session 47 (issue #11, start-up): the patterns built on first use (after import, when the
first article asks for them) come through the cross-process cache (``compile_pattern``):
compiled by ``regex`` on every start, the claims' asides and narration patterns and a few of
the dates' were half of the first article's time (0.056 of 0.127 CPU s)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

import newskit_claims.narration as narration
import newskit_claims.source_form as source_form
import newskit_claims.speaker_asides as speaker_asides
import newskit_dates.clock as clock
import newskit_dates.hedges as hedges
import newskit_dates.tense as tense
from newskit import body_names, patterns

#: each pattern-building function, and its arguments
BUILT_ON_FIRST_USE: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
    (speaker_asides._patterns, (False,)),
    (speaker_asides._patterns, (True,)),
    (narration._patterns, ()),
    (body_names._patterns, ()),
    (clock._day_at, ()),
    (clock._on_day, ()),
    (clock._clock_then_on, ()),
    (clock._paren_day, ()),
    (hedges._hedges, ()),
    (source_form._trailing_time, ()),
    (tense._deadline, ()),
]


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private cache directory, an empty store, and each function's memo cleared."""
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path))
    _reset()
    yield
    _reset()


def _reset() -> None:
    patterns._stored.clear()
    patterns._used.clear()
    patterns._state.update(loaded=False, dirty=False)
    for fn, _ in BUILT_ON_FIRST_USE:
        fn.cache_clear()  # type: ignore[attr-defined]


def _compiled(got: Any) -> Iterator[regex.Pattern[str]]:
    if isinstance(got, regex.Pattern):
        yield got
    elif isinstance(got, tuple):
        for x in got:
            yield from _compiled(x)


@pytest.mark.usefixtures("fresh_store")
@pytest.mark.parametrize(("fn", "args"), BUILT_ON_FIRST_USE)
def test_a_pattern_built_on_first_use_is_kept_across_processes(fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    built = list(_compiled(fn(*args)))
    assert built
    for p in built:
        assert (p.pattern, 0, int(regex.DEFAULT_VERSION)) in patterns._stored
