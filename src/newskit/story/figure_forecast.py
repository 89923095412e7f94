"""An amount a forecast or a warning gives: ``the warning, which predicted gusts of up to 70
km/h``, ``forecasting gusts of up to 60 km/h``, ``had forecast waves of 3 to 4 metres``, ``a
warning of swells of up to 4 metres``.

Why: what a forecaster expects is not what happened. Read as the story's ``speed``, the
forecast's ``up to 70 km/h`` stood against the institute's measured ``85 km/h`` and its
restatement ``53 mph``, and the one reading told in two units was labelled conflicting. A
forecast is its own measure (``, forecast``), compared only with another forecast, as a
demand is (``figure_sought``); a forecast no rule names is no figure at all.

Only an amount of the weather or the sea is read so: a speed, a length, a temperature or a
pressure (``dimensions``). A forecast of a sum, a share or a count (``forecasts revenue of ISK
9 billion``, ``forecast output of 650,000 tonnes``, ``its forecast of about 4,000 jobs``) is as
often the story's own figure, which another outlet tells without the word (``expects ISK 9
billion``); the weather's forecast stands beside the event the story measures.

The shape, the words data (``figures.json`` ``forecast_amounts``): a verb or noun of
forecasting (``words``: ``forecast``, ``predicted``, ``warned of``, ``a warning of``) before
the amount in its clause, within reach: no stop, semicolon, colon or comma between, and no
word that opens another clause or tells what came (``clause_breaks``: ``but``, ``while``,
``reached``, ``measured``). An amount before the word is no forecast (``waves of 8 metres,
far higher than forecast``)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_units import unit_dimension

__all__ = ["FORECAST", "is_forecast"]

#: the suffix of a forecast amount's measure (``speed, forecast``)
FORECAST = ", forecast"

#: how far before the amount the word of forecasting may stand
_REACH = 60


@cache
def _forecast_rx() -> Any:
    """The word of forecasting, then the words up to the amount (module docstring)."""
    return regex.compile(r"\b(?:" + alternation(figure_rules()["forecast_amounts"]["words"]) + r")\b"
                         r"(?P<gap>[^.;:,]*?)$", regex.I)


@cache
def _clause_break() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["forecast_amounts"]["clause_breaks"]) + r")\b",
                         regex.I)


def is_forecast(text: str, sent: tuple[int, int], q: QuantityMention) -> bool:
    """Whether amount ``q`` is what a forecast or a warning gives of the weather or the sea
    (module docstring)."""
    if unit_dimension(q.unit)[0] not in figure_rules()["forecast_amounts"]["dimensions"]:
        return False
    m = _forecast_rx().search(text, max(sent[0], q.start - _REACH), q.start)
    return m is not None and _clause_break().search(m.group("gap")) is None
