"""Session 30: a sum in a local currency and its dollars, where the currency is written with
a letter sign several countries share or named bare in a story whose place is told by an
adjective (``currency_rates.json`` ``shared_names``, ``places.json`` ``demonyms``;
:func:`newskit.story.figure_currency.story_countries`).

* ``P5 million`` is Philippine pesos in a Philippine story (and with no place named: the
  press that writes ``P`` is mostly the Philippines'), Botswana pula in a Botswana one;
* ``K40 million`` and a bare ``kwacha`` are Zambian or Malawian by the story's place;
* ``the Zambian regulator``, ``the Ugandan government``: the places data holds no such
  adjective, so a bare ``kwacha`` or ``shillings`` had no place and no rate.

Invented sentences: a clinic, a copper mine's fine, a road, a bridge, a highway scheme,
a river rescue."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.datafiles import package_json
from newskit.story.figure_currency import rate, story_countries
from newskit.story.figure_label import _overlap
from newskit.story.figure_rates import story_currencies
from newskit.story.figure_units import base_value
from tests.story.helpers import labelled_amounts, text_figures


@pytest.mark.parametrize(("local", "dollars"), [
    # the Philippine peso (about 57 to the dollar); no place named: the sign's default
    ("The town council approved P5 million for the new clinic, officials said.",
     "The council approved about $88,000 for the new clinic, officials said."),
    # the pula (about 13.7 to the dollar) in a Botswana story
    ("The council in Gaborone approved P5 million for the new clinic, officials said.",
     "The council approved about $365,000 for the new clinic, officials said."),
    # the Zambian kwacha, told by an adjective only
    ("The Zambian regulator fined the copper mine nearly 40 million kwacha for the spill.",
     "The regulator fined the copper mine $1.6 million for the spill."),
    ("The regulator fined the copper mine K40 million for the spill, the Zambian agency said.",
     "The regulator fined the copper mine $1.6 million for the spill."),
    # the Ugandan shilling, told by an adjective only
    ("The Ugandan government will spend 12 billion shillings on the road, the minister said.",
     "The government will spend about $3.3 million on the road, the minister said."),
    # Indian lakhs of crores
    ("The highway scheme will cost Rs 1.5 lakh crore over five years, the minister said.",
     "The highway scheme will cost about $17.5 billion over five years, the minister said."),
])
def test_a_local_sum_and_its_dollars_are_one_sum(pipeline: Pipeline, local: str, dollars: str) -> None:
    found = labelled_amounts(pipeline, local, dollars)
    assert len(found) == 1 and found[0][0] == "consistent"


def test_the_pula_is_not_the_peso(pipeline: Pipeline) -> None:
    """In a Botswana story ``P5 million`` is about $365,000, so the peso's $88,000 is
    another sum: the two are never one consistent amount."""
    found = labelled_amounts(
        pipeline,
        "The council in Gaborone approved P5 million for the new clinic, officials said.",
        "The council approved about $88,000 for the new clinic, officials said.",
    )
    assert ("consistent", {"P5 million", "about $88,000"}) not in found


def test_a_mile_and_a_half_and_its_kilometres(pipeline: Pipeline) -> None:
    found = labelled_amounts(
        pipeline,
        "The current swept the boy a mile and a half down the river before rescuers reached him.",
        "The current swept the boy about 2.4 kilometres down the river before rescuers reached him.",
    )
    assert ("consistent", {"a mile and a half", "about 2.4 kilometres"}) in found


def test_an_adjective_names_its_country() -> None:
    figs = text_figures("The Malawian treasury paid 3 billion kwacha, a Zambian official said.")
    assert story_countries(figs) == {"Malawi": 1, "Zambia": 1}


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=11, max_value=990),
       st.sampled_from([("Lusaka", "ZMW"), ("Lilongwe", "MWK"), ("Manila", "PHP"), ("Gaborone", "BWP")]))
def test_a_letter_sign_sum_and_its_dollars_at_the_place_s_rate(tenths: int, place: tuple[str, str]) -> None:
    """A sum in millions after ``K`` or ``P`` in a story set in a city of one of the sign's
    countries, and its dollar value at that country's rate rounded to three significant
    digits, are one amount."""
    city, code = place
    sign = "K" if code in ("ZMW", "MWK") else "P"
    found = rate(code, [2025])
    assert found is not None
    local = Decimal(tenths) / 10
    usd = Decimal(str(float(local) * 1_000_000 / found[0])).quantize(Decimal(1))
    usd = round(usd, 2 - usd.adjusted()) if usd.adjusted() > 2 else usd
    a = text_figures(f"The council in {city} paid {sign}{local} million for the plant.", stated="2025-07-01")
    b = text_figures(f"The council paid ${int(usd):,} for the plant.", "a2", stated="2025-07-02")
    with story_currencies(a + b):
        assert _overlap(a[0], b[0]), (local, code, usd)
        assert math.isclose(base_value(a[0]), base_value(b[0]), rel_tol=found[1] + 0.01)


def test_every_rate_is_marked_checked_or_unchecked() -> None:
    """Session 30 held the rough rates against published rates where a stored page gave
    one: each tabled currency is listed once, as checked or as not checked."""
    data = package_json("newskit", "currency_rates.json")
    checked, unchecked = set(data["checked"]), set(data["unchecked"])
    assert not checked & unchecked
    assert checked | unchecked == set(data["rates"])
