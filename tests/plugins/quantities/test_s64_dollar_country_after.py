"""Session 64 (issue #10): a sum written with a bare dollar sign and a country's name in
brackets right after it (``$4.6-billion (Canadian)``, ``$150-million (US)``), as Canadian
and Australian papers write, is in that country's dollars: read as US dollars, one deal's
value in Canadian dollars conflicted with the same deal's in US dollars. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import QuantityMention


def _units(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return {m.text: m.unit for m in a.mentions if isinstance(m, QuantityMention)}


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Prairie Mills agreed to buy the Swiss miller in a deal worth $4.6-billion (Canadian).", "$4.6-billion", "CAD"),
    ("The miner expects $150-million (US) in annual savings.", "$150-million", "USD"),
    ("The airline lost $310 million (Australian) last year.", "$310 million", "AUD"),
])
def test_the_bracket_names_the_dollar(pipeline: Pipeline, text: str, amount: str, unit: str) -> None:
    assert _units(pipeline, text).get(amount) == unit


def test_a_lettered_dollar_or_another_bracket_is_left(pipeline: Pipeline) -> None:
    got = _units(pipeline, "It paid US$5 million (Canadian) in fees and $40 (about 30 euros) a head.")
    assert got.get("US$5 million") == "USD" and got.get("$40") == "USD", got


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["Canadian", "Australian", "US"]))
def test_any_bare_sum_takes_the_bracket_s_dollar(pipeline: Pipeline, n: int, country: str) -> None:
    unit = {"Canadian": "CAD", "Australian": "AUD", "US": "USD"}[country]
    assert _units(pipeline, f"The fund raised ${n} million ({country}) this year.").get(f"${n} million") == unit
