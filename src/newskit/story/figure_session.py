"""When in a trading session a market's move was read: during it (``rose 6% in morning
trade``, ``down 41% in premarket trading``) or at its close (``closed up 8.2%``, ``ended the
day 0.8% lower``). A price moves through the session and the close is its last reading of
the day, so two outlets' moves of one price, one told during the session and one at the
close, are an earlier and a later reading: the close updates the other, whoever told either
and in whatever order the articles came. The words are closed classes of English market
reporting (``figures.json`` ``session_*``)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["session_reading"]

#: how far after an amount the words of its time in the session may stand ("rose 6% in
#: early London trading after the announcement")
_SESSION_AFTER = 60

_B, _E = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"


@cache
def _during_rx() -> Any:
    """``in early trading``, ``in morning trade``, ``in early Asian trading``, ``premarket``."""
    d = figure_rules()
    times = alternation(d["session_during"])
    trading = r"in\s+(?:" + times + r")\s+(?:[\p{L}\p{M}\-]+\s+)?(?:trading|trade|deals|dealings)"
    return regex.compile(_B + r"(?:" + trading + "|" + alternation(d["session_during_words"]) + r")" + _E, regex.I)


@cache
def _close_rx() -> Any:
    """``closed``, ``ended``, ``at the close``."""
    return regex.compile(_B + r"(?:" + alternation(figure_rules()["session_close"]) + r")" + _E, regex.I)


def session_reading(f: Figure) -> str | None:
    """``during`` when an amount's sentence places it during a trading session, ``close``
    when at its close, None when it says neither or both (``closed up 5% after rising as
    much as 9% in early trading``: which is which is the sentence's grammar). Read from the
    sentence's start to a few words after the amount."""
    if f.evidence is None or f.ref is None:
        return None
    t = f.evidence.text
    end = min(len(t), f.ref.end - f.evidence.start + _SESSION_AFTER)
    during = _during_rx().search(t, 0, end) is not None
    close = _close_rx().search(t, 0, end) is not None
    if during == close:
        return None
    return "during" if during else "close"
