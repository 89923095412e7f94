"""The rates between currencies a story itself gives, so that two outlets' sums in two
currencies compare (``£4.3 million`` / ``about €5 million`` where an article of the story
writes ``£185,000 (about €213,000)``).

A rate of exchange is a fact of its own day, never of the text: no fixed rate is known
here. What a story shows is its own writers converting one amount into another currency
right after it (``€110 million (£94.6 million)``, ``310 million euros, roughly 360 million
dollars``); such a restatement is the story's evidence of the rate its outlets use. With
it, every sum in a currency the story ties (directly or through a third currency) to its
*home* currency, the currency most of its sums are in, is of the dimension ``money:HOME``
and its value is that currency's; a sum in a currency the story never converts stays of
its own dimension, as two currencies always were.

A converted value is as precise as the rate: it allows ``conversion_tolerance`` of itself
either side (``figure_units.measurement_step``), for the outlets round their conversions
and convert on different days.

The story's rates hold inside :func:`story_currencies` (a context, like the vocabulary's
``using``): the join, the pairwise model and the labels of ``figures`` findings read
dimensions and base values through ``figure_units``, which asks :func:`currency_dimension`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit.model import Figure
from newskit.story.figure_bands import Band, band, in_years
from newskit.story.figure_currency import local_currencies, stated_years
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["StoryRates", "conversion_share", "currency_dimension", "is_converted", "is_rough", "read_rates", "restated_sums", "story_currencies"]

_ISO = regex.compile(r"[A-Z]{3}")
_CLOSE = regex.compile(r"\s*[)\]]")
_LEAD_WORDS = regex.compile(r"(?:\p{L}+\s+)+")


@frozen
class StoryRates:
    """The story's home currency and, for each currency the story ties to it, how many
    units of the home currency one unit of it is worth (the home currency itself: 1)."""

    home: str | None = None
    to_home: tuple[tuple[str, float], ...] = ()
    tolerance: tuple[tuple[str, float], ...] = ()
    rough: tuple[str, ...] = ()

    def factor(self, code: str) -> float | None:
        """How many home units one unit of ``code`` is worth, or None when the story never
        converts it."""
        return next((f for c, f in self.to_home if c == code), None)

    def share(self, code: str) -> float:
        """The share of itself a sum in ``code`` allows either side once converted: the
        story's own rate's ``conversion_tolerance``, or a band's half-width."""
        return next((t for c, t in self.tolerance if c == code), 0.0)


_NO_RATES = StoryRates()
_ACTIVE: ContextVar[StoryRates] = ContextVar("newskit_story_rates", default=_NO_RATES)


@cache
def _restatement() -> tuple[Any, Any]:
    """The text between an amount and its conversion: an opening bracket and hedges
    (``€110 million (about £94.6 million)``), or a comma and at least one hedge or ``or``
    (``310 million euros, roughly 360 million dollars``; a bare comma lists amounts)."""
    words = alternation(figure_rules()["restatement_words"]).replace("\\ ", r"\s+")
    bracket = regex.compile(r"\s*[(\[]\s*(?:(?:" + words + r")\s+)*", regex.I)
    comma = regex.compile(r"\s*,\s*(?:(?:" + words + r")\s+)+", regex.I)
    return bracket, comma


def _currency(f: Figure) -> str | None:
    unit = (f.unit or "").strip()
    return unit if _ISO.fullmatch(unit) and f.value is not None and float(f.value) > 0 and f.high is None else None


def _restates(a: Figure, b: Figure) -> bool:
    """Whether ``b`` is ``a`` converted, written right after it in its sentence."""
    if a.ref is None or b.ref is None or a.evidence is None or a.evidence != b.evidence or a.ref.end > b.ref.start:
        return False
    text, off = a.evidence.text, a.evidence.start
    gap = text[a.ref.end - off:b.ref.start - off]
    bracket, comma = _restatement()
    if bracket.fullmatch(gap):
        return match_ahead(_CLOSE, text, b.ref.end - off) is not None
    return comma.fullmatch(gap + _lead_words(b)) is not None


def _lead_words(f: Figure) -> str:
    """The words of an amount's span before its number (``roughly `` of ``roughly 360
    million dollars``): a hedge the quantities read into the amount."""
    assert f.ref is not None
    m = _LEAD_WORDS.match(f.ref.text)
    return m.group() if m is not None else ""


def _conversions(figures: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """(sum, the same sum converted right after it) of each conversion an article writes."""
    by_article: dict[str, list[Figure]] = {}
    for f in figures:
        if _currency(f) is not None and f.ref is not None:
            by_article.setdefault(f.article, []).append(f)
    for figs in by_article.values():
        figs.sort(key=lambda f: f.ref.start if f.ref else 0)
        for a, b in itertools.pairwise(figs):
            if _currency(a) != _currency(b) and _restates(a, b):
                yield a, b


def _evidence_rates(figures: Sequence[Figure]) -> list[tuple[str, str, float]]:
    """(currency, other currency, log of the rate) of each conversion an article writes."""
    return [(str(_currency(a)), str(_currency(b)), math.log(float(b.value or 0) / float(a.value or 1)))
            for a, b in _conversions(figures)]


def restated_sums(figures: Sequence[Figure]) -> dict[int, Figure]:
    """Each conversion (by id) and the sum it converts: one sum its article tells twice
    (``€110 million (£94.6 million)``), so no second sum of the article's."""
    return {id(b): a for a, b in _conversions(figures)}


def read_rates(figures: Sequence[Figure]) -> StoryRates:
    """The rates a story's own conversions give, each currency pair's the mean over its
    conversions (in logs), and its home currency: of the currencies they tie, the one
    most of the story's sums are in (ties: the first in alphabetical order). A currency
    of the story's sums that no conversion ties is tied to the home currency by the band
    of rates it moved in (:mod:`figure_bands`), when one is known for the years its sums
    were stated in; with no conversion at all, the home currency is the one most sums are
    in among those a band ties to another."""
    sums: dict[str, list[Figure]] = {}
    for f in figures:
        code = _currency(f)
        if code is not None:
            sums.setdefault(code, []).append(f)
    logs = _evidence_logs(_evidence_rates(figures), sums)
    tolerance = {c: float(figure_rules()["conversion_tolerance"]) for c in logs}
    local = local_currencies(sums, figures)
    home = next(iter(logs), None) or _band_home(sums, local)
    if home is None:
        return _NO_RATES
    logs.setdefault(home, 0.0)
    tolerance[home] = 0.0
    rough = []
    for code in sorted(sums):
        b = _dated_band(code, home, sums, local)
        if code not in logs and b is not None:
            logs[code] = math.log((b[0] + b[1]) / 2)
            tolerance[code] = max(float(figure_rules()["conversion_tolerance"]), (b[1] - b[0]) / (b[1] + b[0]))
            if b != _dated_band(code, home, sums, local, rough=False):
                rough.append(code)
    if len(logs) < 2:
        return _NO_RATES
    return StoryRates(home=home, to_home=tuple(sorted((c, math.exp(v)) for c, v in logs.items())),
                      tolerance=tuple(sorted(tolerance.items())), rough=tuple(rough))


def _evidence_logs(rates: list[tuple[str, str, float]], sums: dict[str, list[Figure]]) -> dict[str, float]:
    """Each currency the story's own conversions tie, with the log of one unit of it in home
    units; the home currency first (log 0). Empty when the story converts no sum."""
    edges: dict[tuple[str, str], list[float]] = {}
    for ca, cb, log_rate in rates:
        key, sign = ((ca, cb), 1.0) if ca < cb else ((cb, ca), -1.0)
        edges.setdefault(key, []).append(sign * log_rate)
    if not edges:
        return {}
    tied = {c for pair in edges for c in pair}
    home = min(tied, key=lambda c: (-len(sums.get(c, ())), c))
    logs = {home: 0.0}
    frontier = [home]
    while frontier:  # breadth first: each currency through the fewest conversions
        nxt = []
        for c in frontier:
            for (x, y), rates_xy in sorted(edges.items()):
                mean = sum(rates_xy) / len(rates_xy)  # log(y per x)
                for here, there, step in ((x, y, mean), (y, x, -mean)):
                    if here == c and there not in logs:
                        logs[there] = logs[c] - step  # one unit of `there` in home units
                        nxt.append(there)
        frontier = nxt
    return logs


def _dated_band(code: str, home: str, sums: dict[str, list[Figure]], local: dict[str, str | None],
                rough: bool = True) -> Band | None:
    """The band of rates of one unit of ``code`` in ``home``, when both currencies' sums were
    stated within the band's years (with ``rough``, a rough rate's band too: within the
    years it holds in), each currency the one the story's place makes a shared name
    (``local``; None: no band)."""
    stated = [f.stated for c in (code, home) for f in sums.get(c, ())]
    a, b = local.get(code, code), local.get(home, home)
    if code == home or a is None or b is None or not all(in_years(s) for s in stated):
        return None
    return band(a, b, stated_years(stated) if rough else None)


def _band_home(sums: dict[str, list[Figure]], local: dict[str, str | None]) -> str | None:
    """The home currency of a story that converts no sum: of the currencies a band ties to
    another of the story's, the one most of its sums are in (ties: alphabetical)."""
    banded = [c for c in sums if any(_dated_band(c, d, sums, local) is not None for d in sums)]
    return min(banded, key=lambda c: (-len(sums[c]), c), default=None)


@contextmanager
def story_currencies(figures: Sequence[Figure]) -> Iterator[StoryRates]:
    """Inside the block, sums in the currencies the story's own conversions tie are of one
    dimension, in its home currency (:func:`currency_dimension`)."""
    token = _ACTIVE.set(read_rates(figures))
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)


def currency_dimension(code: str) -> tuple[str, float]:
    """(dimension, factor to its base unit) of a currency: the story's home currency when
    the story converts it (``money:EUR``, 1.163 for GBP), else its own (``money:GBP``, 1)."""
    rates = _ACTIVE.get()
    factor = rates.factor(code)
    return (f"money:{rates.home}", factor) if factor is not None else (f"money:{code}", 1.0)


def is_rough(code: str | None) -> bool:
    """Whether a sum in ``code`` compares with others only through a rough rate of its year
    (:mod:`figure_currency`): it may confirm a sum in another currency, never dispute one."""
    return code is not None and code in _ACTIVE.get().rough


def is_converted(code: str | None) -> bool:
    """Whether a sum in ``code`` compares with others only through the story's rates."""
    rates = _ACTIVE.get()
    return code is not None and code != rates.home and rates.factor(code) is not None


def conversion_share(code: str) -> float:
    """The share of itself a sum in ``code`` allows either side in the story's home
    currency: 0 in the home currency, ``conversion_tolerance`` at the story's own rate, a
    band's half-width at a band's (:func:`read_rates`)."""
    return _ACTIVE.get().share(code)
