"""Adversarial inputs and a deterministic step counter: linear time, checked in tests.

A component that is quadratic on some input lets one article hold a core for an hour
(issue #16: ``"June " * k`` took 144 s at 1 M characters). Wall-clock tests cannot catch
that reliably on a shared CI machine, so the check here counts *operations* instead:

- :data:`FAMILIES` are generators of hostile texts, one per known way text made a
  news extractor slow (runs of capitalised words, open quotes, endless sentences, long
  lines, number soup...); ``FAMILIES[name](n)`` is a text of about ``n`` characters;
- :func:`count_steps` runs a function under a tracer and counts Python line events and
  calls, plus the memory each line allocates in machine words, so work done in C by one
  line (slicing a list of *k* items, ``text[a:b].rstrip()``) counts as *k* steps, not one;
- :func:`assert_linear` grows an input 10x and fails when the steps grow much more
  than 10x (a quadratic step grows 100x).

The counter is deterministic (the garbage collector is paused while it counts, and no
clock is read), so a test built on it means the same on an idle laptop and a loaded CI
runner. Its blind spot: work inside one C call that allocates nothing, such as a regular
expression backtracking over the text; keep patterns bounded (the ``regex`` module,
compiled once) and keep a hang guard for those. ::

    from newskit.testing.adversarial import FAMILIES, assert_linear

    def test_my_extractor_is_linear():
        ex = MyExtractor()
        for name, family in FAMILIES.items():
            assert_linear(lambda text: ex.extract(Article(id="t", text=text), []), family)
"""

from __future__ import annotations

import gc
import sys
import tracemalloc
from collections.abc import Callable, Mapping
from types import FrameType
from typing import Any

from attrs import frozen

__all__ = ["FAMILIES", "Family", "NotLinear", "Steps", "assert_linear", "count_steps", "repeat"]

#: A family of adversarial inputs: ``family(n)`` is a text of about ``n`` characters.
Family = Callable[[int], str]


def repeat(unit: str, tail: str = "") -> Family:
    """The family ``unit * k + tail`` with ``k`` chosen to give about ``n`` characters."""

    def family(n: int) -> str:
        return unit * max(1, n // len(unit)) + tail

    family.__name__ = f"repeat({unit!r})"
    family.__doc__ = f"{unit!r} repeated to n characters" + (f", then {tail!r}" if tail else "")
    return family


def _nested_quotes(n: int) -> str:
    """Quotations opened inside quotations and never closed: every kind of quote mark."""
    unit = '\u201cHe said \u2018she said "they said \u00abwe said '
    return unit * max(1, n // len(unit))


def _long_line(n: int) -> str:
    """One line with no space and no end: a single huge word of letters and digits."""
    return ("Abc1" * (n // 4 + 1))[:n]


#: The families every bundled component is checked on (``tests/core/test_linear_time.py``),
#: named for what they stress. Each was, or resembles, an input that made a component
#: super-linear.
FAMILIES: Mapping[str, Family] = {
    # a run of capitalised words matched as one name, then shortened a word at a time
    "month-run": repeat("June "),
    "title-run": repeat("President "),
    "honorific-run": repeat("Mr. "),
    "initials-run": repeat("J. "),
    "name-run": repeat("Kim Jong Un Putin Moscow "),
    # quotation pairing: quotes opened and never closed, quotes inside quotes
    "open-quotes": repeat('"a '),
    "nested-quotes": _nested_quotes,
    "said-run": repeat("Kim said "),
    # one endless sentence with a date and an event trigger in every clause
    "news-clause": repeat("rebels attacked the base near Kyiv on June 3, 2024 and "),
    # the same news sentence, ended: many sentences, each with a date, trigger, quote, amount
    "news-sentence": repeat('On June 3, 2024, rebels killed 12 people near Kyiv, '
                            'the Interior Ministry said. "We will respond," Zelensky said. '),
    # numbers: one long digit string, number soup, ranges, powers
    "digits": repeat("1"),
    "number-soup": repeat("1,2.3-4/5 "),
    "ranges": repeat("1-2 to 3 "),
    "powers": repeat("100000^999 "),
    "amounts": repeat("$4.5 billion, "),
    # layout: long lines, many short lines, no spaces, only spaces, brackets
    "long-line": _long_line,
    "short-lines": repeat("ab\n"),
    "blank-paragraphs": repeat("\n\n"),
    "spaces": repeat(" "),
    "open-brackets": repeat("(["),
    "dots": repeat(". "),
    "dashes": repeat("- "),
}


#: Bytes a step may allocate and still count as one step (a few small objects): only the
#: allocation beyond it counts, a word at a time, so that copies of long lists and texts
#: stand out from the ordinary churn of small objects.
SMALL = 256


@frozen
class Steps:
    """What :func:`count_steps` counted: Python ``lines`` and ``calls``, and ``words``
    (8-byte machine words) allocated by those lines, the trace of work done in C."""

    lines: int
    calls: int
    words: int

    @property
    def total(self) -> int:
        """All three together: the operation count compared across sizes."""
        return self.lines + self.calls + self.words


class _Counter:
    """A ``sys.settrace`` tracer that counts events and the memory each line allocates.

    Allocation is read from ``tracemalloc``: at each event the peak traced memory since
    the previous event, minus the memory at that event, is what the step in between
    allocated (at least); the peak is then reset. Objects a step builds and frees inside
    one C call count at their largest, which is what makes a copy of *k* items cost *k*.
    """

    def __init__(self) -> None:
        self.lines = self.calls = self.bytes = 0
        self.last = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()

    def _mark(self) -> None:
        current, peak = tracemalloc.get_traced_memory()
        self.bytes += max(0, peak - self.last - SMALL)
        self.last = current
        tracemalloc.reset_peak()

    def trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        self._mark()
        if event == "line":
            self.lines += 1
        elif event == "call":
            self.calls += 1
        return self.trace


def count_steps(fn: Callable[..., object], /, *args: object, **kwargs: object) -> Steps:
    """Run ``fn(*args, **kwargs)`` once and count its steps (see :class:`Steps`).

    Deterministic for a given function and input: no clock is read, and the garbage
    collector is paused while counting so that collections cannot shift the figures.
    Runs in the calling thread only (work handed to other threads or processes is not
    counted).
    """
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start(1)
    enabled = gc.isenabled()
    gc.disable()
    previous = sys.gettrace()
    counter = _Counter()
    sys.settrace(counter.trace)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
        counter._mark()
        if enabled:
            gc.enable()
        if not tracing:
            tracemalloc.stop()
    return Steps(lines=counter.lines, calls=counter.calls, words=counter.bytes // 8)


class NotLinear(AssertionError):
    """The step count grew much faster than the input."""


def assert_linear(fn: Callable[[Any], object], family: Family, size: int = 1_000,
                  growth: int = 10, slack: float = 1.5,
                  prepare: Callable[[str], Any] | None = None) -> tuple[Steps, Steps]:
    """Fail with :class:`NotLinear` unless ``fn`` is linear on ``family``.

    ``fn`` runs once on ``family(size // 2)`` to warm up (pattern compilation, lazy data,
    caches), then is counted on ``family(size)`` and ``family(size * growth)``. The count
    may grow by at most ``growth * slack`` (15x by default): a linear component grows
    about 10x (less when fixed costs dominate), an ``n log n`` one about 13x, a quadratic
    one about 100x. ``prepare`` turns each text into ``fn``'s argument outside the count
    (an ``Article``, the mentions a component requires). Returns the two counts.
    """
    def arg(n: int) -> Any:
        text = family(n)
        return prepare(text) if prepare is not None else text

    fn(arg(max(1, size // 2)))
    small_arg, large_arg = arg(size), arg(size * growth)
    small = count_steps(fn, small_arg)
    large = count_steps(fn, large_arg)
    ratio = large.total / max(1, small.total)
    if ratio > growth * slack:
        name = getattr(family, "__name__", repr(family))
        raise NotLinear(
            f"{getattr(fn, '__name__', fn)!s} on {name}: the input grew {growth}x "
            f"({size:,} -> {size * growth:,} chars) and the steps {ratio:.1f}x "
            f"({small.total:,} -> {large.total:,}; lines {small.lines:,} -> {large.lines:,}, "
            f"calls {small.calls:,} -> {large.calls:,}, words allocated {small.words:,} -> {large.words:,})")
    return small, large
