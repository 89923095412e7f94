"""The measures that may take an amount of a kind (``figure_data.measures_taking``) are read
once per kind (speed, issue #11): every amount of a story asked each of the measures
whether it takes its kind, though only the value's bound depends on the amount."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import QuantityMention
from newskit.story import figure_data
from newskit.story.figure_data import figure_kind, measure_accepts, measure_table, measures_taking
from newskit.story.figure_measure import _classify

_UNITS = [None, "USD", "percent", "km/h", "km", "people", "passenger", "death", "case", "shelter", "sheep",
          "miner", "arrest", "container", "vote", "times", "MW"]


def _amount(value: int | None, unit: str | None) -> QuantityMention:
    text = "x" * 8
    return QuantityMention(start=0, end=len(text), text=text, value=None if value is None else Decimal(value), unit=unit)


@given(st.sampled_from(_UNITS), st.one_of(st.none(), st.integers(min_value=0, max_value=10**9)))
def test_the_same_measures_as_asking_each(unit: str | None, value: int | None) -> None:
    q = _amount(value, unit)
    kind = figure_kind(q)
    asked = [(rank, m) for rank, m in enumerate(measure_table()) if measure_accepts(m, kind, q)]
    assert [(rank, m) for rank, m in measures_taking(kind) if figure_data.below_max(m, q)] == asked


def test_each_kind_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    measures_taking.cache_clear()
    asked: list[str] = []
    takes = figure_data._takes_kind

    def counted(m: figure_data._Measure, kind: str) -> bool:
        asked.append(kind)
        return takes(m, kind)

    monkeypatch.setattr(figure_data, "_takes_kind", counted)
    text = "The rescue teams reached 31 miners on Monday and 12 more miners on Tuesday, while 40 miners waited."
    amounts = [QuantityMention(start=text.find(n), end=text.find(n) + len(n), text=n, value=Decimal(n), unit="miner")
               for n in ("31", "12", "40")]
    for q in amounts:
        _classify(text, (0, len(text)), q, [o for o in amounts if o is not q])
    assert len(asked) == len(measure_table())  # one kind, each measure asked once
