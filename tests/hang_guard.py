"""Hang guards that mean the same on an idle and on a loaded machine.

A guard against a backtracking pattern or a quadratic step used to be a wall-clock limit on
one large hostile input (``pytest.mark.timeout(120)``). That is a load test, not a hang
guard: in a whole suite on a loaded machine the same linear code took 49 s, then more than
120 s, and failed (session 48). So :func:`assert_grows_linearly` compares two costs
measured in the same process, one right after the other: the CPU time of the calling thread
(time spent waiting for a core is not counted) on an input, and on one ``growth`` times as
long. Linear work grows about ``growth`` times and a quadratic step about ``growth`` squared;
the bound sits between them. Load slows both runs alike, so the ratio holds where the
seconds do not.

Why not count steps (:func:`newskit.testing.adversarial.count_steps`): the step count is
blind to a regular expression backtracking inside one C call, the very work these guards
are for. A wall-clock timeout stays on each guard, far above its cost, as the backstop for a
true hang (a run that never ends has no ratio).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: how many times longer the large input is than the small one
GROWTH = 10
#: the most the cost may grow when the input grows ``GROWTH`` times: a linear component
#: grows about 10x (less where fixed costs weigh), an ``n log n`` one about 13x, a quadratic
#: step up to 100x; three times a linear growth leaves room for a loaded machine's noise
BOUND = 30.0
#: the small input is doubled (up to ``MAX_DOUBLINGS`` times) until one run of it costs at
#: least this many CPU seconds: a run of a millisecond is all noise
MIN_SECONDS = 0.02
MAX_DOUBLINGS = 4
#: runs of the small input (one unit longer each time, so each is a first run on its text);
#: their median is the base the large run is compared with
SMALL_RUNS = 3
#: how many times the pair of measures is taken before a guard fails: a true quadratic step
#: exceeds the bound on every try, while a loaded machine's spike (another worker taking the
#: shared cache, a core's clock dropping; 31.7x once on a linear 0.38 us per unit in the
#: clean-clone CI of session 50) does not repeat at the same moment
ATTEMPTS = 3


class GrewTooFast(AssertionError):
    """The cost grew much faster than the input."""


def cpu_seconds(fn: Callable[[T], object], arg: T) -> float:
    """CPU seconds of this thread for one ``fn(arg)``, the garbage collector paused (its
    passes fall where the allocations happen to cross a threshold)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.thread_time()
        fn(arg)
        return time.thread_time() - start
    finally:
        if enabled:
            gc.enable()


def assert_grows_linearly(fn: Callable[[T], object], make: Callable[[int], T], size: int,
                          growth: int = GROWTH, bound: float = BOUND) -> float:
    """Fail with :class:`GrewTooFast` unless ``fn(make(size * growth))`` costs at most
    ``bound`` times what ``fn(make(size))`` costs (CPU time of this thread); return the
    ratio. ``make(n)`` builds an input of ``n`` units (words, repeats, characters). ``fn``
    runs once on a smaller input first, so that lazy data and compiled patterns are paid
    before the count; ``size`` is doubled while one run costs under :data:`MIN_SECONDS`.
    Every timed run is on an input not seen before (see :data:`SMALL_RUNS`); the guard fails
    only when every one of :data:`ATTEMPTS` tries exceeds the bound."""
    fn(make(max(1, size // growth)))
    small = cpu_seconds(fn, make(size))
    for _ in range(MAX_DOUBLINGS):
        if small >= MIN_SECONDS:
            break
        size *= 2
        small = cpu_seconds(fn, make(size))
    ratios: list[tuple[float, float, float]] = []
    for attempt in range(ATTEMPTS):
        # each timed run is the first on its input: the layer and the plugins keep what they
        # read of a text by the text, so a run on a text seen before costs less
        offset = attempt * (SMALL_RUNS + 2)
        small = statistics.median(cpu_seconds(fn, make(size + offset + i)) for i in range(1, SMALL_RUNS + 1))
        large = cpu_seconds(fn, make(size * growth + offset))
        ratio = large / max(small, 1e-6)
        if ratio <= bound:
            return ratio
        ratios.append((ratio, small, large))
    ratio, small, large = min(ratios)
    name = getattr(fn, "__name__", repr(fn))
    raise GrewTooFast(f"{name}: the input grew {growth}x ({size:,} -> {size * growth:,} units) and its "
                      f"CPU time {ratio:.1f}x ({small:.3f} s -> {large:.3f} s; bound {bound:g}x) "
                      f"on the best of {ATTEMPTS} tries")
