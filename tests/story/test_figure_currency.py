"""One sum told in a local currency by one outlet and in dollars by another, neither
converting it, compared at the rough rate of its year (figure_currency,
data/currency_rates.json). Invented sentences of kinds of news other than the stories
where the kind was seen (those were a census's cost, a traffic failure's losses, a bribe
to defectors, a labour ruling's back pay): a stadium's cost, a minister's declared wealth,
a dam's repair, a football club's fine, a harvest's losses."""

from __future__ import annotations

import math

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Figure
from newskit.story.figure_bands import band
from newskit.story.figure_currency import (
    _rates,
    dated_bands,
    local_currencies,
    rate,
    shared_name,
    stated_years,
    story_countries,
)
from newskit.story.figure_label import _overlap, _pair_label
from newskit.story.figure_rates import read_rates, story_currencies
from newskit.story.figure_story import split_by_dimension
from newskit.story.figure_units import base_value, dimension
from tests.story.helpers import labelled_amounts, text_figures

#: every amount of one sentence, as figures
_figs = text_figures


def test_a_rate_holds_only_in_its_years() -> None:
    assert rate("NGN", [2025, 2026]) is not None
    assert rate("NGN", [2019]) is None and rate("NGN", []) is None
    assert rate("XYZ", [2025]) is None


def test_a_sum_of_an_unknown_date_has_no_year() -> None:
    assert stated_years(["2025-06-02", "2026-01-05T10:00"]) == frozenset({2025, 2026})
    assert stated_years(["2025-06-02", None]) is None


def test_the_naira_has_a_band_against_the_dollar_only_in_its_years() -> None:
    assert band("NGN", "USD") is None
    got = band("NGN", "USD", frozenset({2025}))
    assert got is not None and got[0] < 1 / 1550 < got[1]
    assert band("NGN", "USD", frozenset({2019})) is None


def test_a_stadium_s_cost_in_naira_and_dollars_is_one_sum() -> None:
    """``310 billion naira`` from the local paper, ``about $200 million`` from a wire: one
    cost at the rate of the year; ``$500 million`` is no restatement of it."""
    ngn = _figs("The new stadium in Abuja cost 310 billion naira, the sports ministry said.")
    usd = _figs("The stadium cost about $200 million, officials said.", "a2")
    other = [evolve(f, source="the contractor") for f in _figs("The contractor had asked for $500 million.", "a3")]
    with story_currencies(ngn + usd + other) as rates:
        assert rates.home == "USD"
        assert dimension(ngn[0])[0] == dimension(usd[0])[0] == "money:USD"
        assert _overlap(ngn[0], usd[0])
        assert _pair_label(ngn[0], usd[0], "fixed") == "consistent"
        assert not _overlap(ngn[0], other[0])


def test_shillings_of_a_minister_s_declared_wealth() -> None:
    """``KSh 1.9 billion`` and ``about $14.7 million``: the Kenyan shilling's rate."""
    kes = _figs("The minister declared wealth of KSh 1.9 billion to the vetting panel.")
    usd = _figs("He listed assets worth about $14.7 million.", "a2")
    with story_currencies(kes + usd):
        assert _overlap(kes[0], usd[0])


def test_sums_stated_outside_the_rate_s_years_stay_apart() -> None:
    """A dam's repair of 2019: the rate of later years says nothing of its sums."""
    zar = _figs("Repairs to the dam cost R450 million.", stated="2019-03-01")
    usd = _figs("The repairs cost about $25 million.", "a2", stated="2019-03-02")
    assert read_rates(zar + usd).home is None


def test_an_undated_sum_is_never_converted_at_a_rough_rate() -> None:
    zar = _figs("Repairs to the dam cost R450 million.", stated=None)
    usd = _figs("The repairs cost about $25 million.", "a2")
    assert read_rates(zar + usd).home is None


def test_the_story_s_own_rate_comes_before_the_rough_one() -> None:
    """An outlet's ``RM20 million (about US$4 million)`` gives the story its own rate (five
    ringgit to the dollar), tighter than the table's."""
    figs = _figs("Growers lost RM20 million (about US$4 million) to the floods.") + \
        _figs("Farmers put the losses at $4.1 million.", "a2")
    rates = read_rates(figs)
    myr = rates.factor("MYR") if rates.home == "USD" else None
    assert myr is not None and math.isclose(myr, 0.2)
    assert rates.share("MYR") == 0.05


def test_a_club_s_fine_in_two_outlets(pipeline: Pipeline) -> None:
    """A league's fine told in naira by a Lagos paper and in dollars by a sports site."""
    found = labelled_amounts(
        pipeline,
        "The league fined Kano Pillars 8 million naira on Tuesday for the violence at the stadium.",
        "The league fined the club about $5,200 for the violence, its disciplinary panel said.",
    )
    assert ("consistent", {"8 million naira", "about $5,200"}) in found


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_rates())), st.floats(min_value=1.0, max_value=1e9), st.integers(2024, 2026))
def test_a_sum_converted_and_back_is_the_same_within_tolerance(code: str, usd: float, year: int) -> None:
    """A dollar sum converted into a tabled currency at its rate and read back through the
    band is the same sum within the rate's tolerance; three tolerances off it is not."""
    found = rate(code, [year])
    if found is None:
        return
    per_usd, tol = found[0], found[1]
    lo, hi = dated_bands(frozenset({year}))[("USD", code)]
    local = usd * per_usd
    assert lo <= local / usd <= hi
    back = local / per_usd
    assert math.isclose(back, usd, rel_tol=1e-9)
    assert not lo <= local * (1 + 3 * tol) / usd <= hi


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["NGN", "KES", "ZAR", "BDT", "MYR", "JPY"]), st.integers(1, 10_000))
def test_a_local_sum_and_its_dollar_value_compare_in_a_story(code: str, millions: int) -> None:
    """Within a story of the rate's years, a sum in a tabled currency and the same sum in
    dollars are one amount of one dimension."""
    found = rate(code, [2025])
    assert found is not None
    local = Figure(article="a1", measure="cost", value=millions * 1_000_000 * found[0], unit=code, stated="2025-05-01")
    usd = Figure(article="a2", measure="cost", value=millions * 1_000_000, unit="USD", stated="2025-05-02")
    with story_currencies([local, usd]):
        assert dimension(local)[0] == dimension(usd)[0]
        assert math.isclose(base_value(local), base_value(usd), rel_tol=found[1])


def test_a_bare_shared_name_is_read_as_written() -> None:
    """``1 million pesos`` and ``Rs1.5 million`` are bare; ``Mexican pesos`` names its
    currency; ``$5 million`` is no shared name."""
    assert shared_name(_figs("The mayor offered a reward of 1 million pesos.")[0]) == "pesos"
    assert shared_name(_figs("Each family will get Rs1.5 million in compensation.")[0]) == "rupees"
    assert shared_name(_figs("The fund holds 40 million Mexican pesos.")[0]) is None
    assert shared_name(_figs("The fund holds $5 million.")[0]) is None


def test_pesos_of_a_story_told_in_the_philippines() -> None:
    """A town's bounty told in pesos by a Manila paper and in dollars by a wire: Philippine
    pesos (about 57 to the dollar), not Mexican ones (about 19)."""
    php = _figs("The town council near Manila offered a bounty of 2 million pesos for the poachers.")
    usd = _figs("Officials in the Philippines offered a reward of about $35,000.", "a2")
    assert story_countries(php + usd)["Philippines"] == 2  # a capital and a country
    with story_currencies(php + usd):
        assert _overlap(php[0], usd[0])


def test_dinars_of_a_story_told_in_jordan() -> None:
    """A bread subsidy of ``2.5 dinars`` in Amman and ``about $3.50``: Jordanian dinars."""
    jod = _figs("Families in Amman will receive 2.5 dinars a month for bread.")
    usd = _figs("The subsidy is worth about $3.50 a month per family in Jordan.", "a2")
    assert local_currencies({"IQD": jod}, jod + usd) == {"IQD": "JOD"}
    with story_currencies(jod + usd):
        assert _overlap(jod[0], usd[0])


def test_the_shilling_s_sign_in_a_ugandan_story() -> None:
    """``Sh3.7 billion`` from a Kampala paper is Ugandan (about 3,650 to the dollar), so a
    wire's ``about $1 million`` is the same road grant; at the Kenyan rate it is no match."""
    ugx = _figs("The council in Kampala set aside Sh3.7 billion for the road.")
    usd = _figs("Uganda's government will spend about $1 million on the road.", "a2")
    assert local_currencies({"KES": ugx}, ugx + usd) == {"KES": "UGX"}
    with story_currencies(ugx + usd):
        assert _overlap(ugx[0], usd[0])


def test_a_shared_name_with_no_country_named_has_no_rate() -> None:
    """Shillings with no country named: Kenyan, Ugandan or Tanzanian, no telling; rupees
    with none keep the Indian default."""
    kes = _figs("The union asked for 40,000 shillings a month.")
    usd = _figs("The union wants about $310 a month.", "a2")
    assert local_currencies({"KES": kes}, kes + usd) == {"KES": None}
    assert read_rates(kes + usd).home is None
    inr = _figs("The fine was 50,000 rupees.")
    assert local_currencies({"INR": inr}, inr) == {"INR": "INR"}


def test_a_rough_rate_confirms_a_sum_but_never_disputes_one() -> None:
    """``R5 billion`` a university puts on the Games and ``about $650 million`` of the bid
    budget lie far apart at the rand's rate: two sums, no conflict between outlets. Once an
    outlet's ``R12 billion`` confirms the dollar sum, the rand is tied and its two sums
    dispute each other in rand, no conversion needed."""
    zar = _figs("A university study put the cost of the Games at R5 billion.")
    usd = _figs("The Games are expected to cost about $650 million.", "a2")
    same = _figs("The bid committee budgeted R12 billion for the Games.", "a3")
    with story_currencies(zar + usd):
        parts = split_by_dimension([*zar, *usd])
    assert sorted(sorted(str(f.ref.text) for f in p if f.ref) for p in parts) == [["R5 billion"], ["about $650 million"]]
    with story_currencies(zar + usd + same):
        assert len(split_by_dimension([*zar, *usd, *same])) == 1


def test_kroner_of_a_story_told_in_denmark() -> None:
    """A research grant of ``30 million kroner`` in an Aarhus story and ``about €4 million``:
    Danish kroner (about 7.46 to the euro), not Norwegian ones (about 11.5), so one sum."""
    dkk = _figs("The lab in Aarhus received 30 million kroner from a Danish foundation.", stated="2025-05-02")
    eur = _figs("The research in Denmark was funded with about €4 million.", "a2", stated="2025-05-03")
    assert local_currencies({"NOK": dkk}, dkk + eur) == {"NOK": "DKK"}
    with story_currencies(dkk + eur):
        assert _overlap(dkk[0], eur[0])


def test_kroner_of_a_story_told_in_norway_stay_norwegian() -> None:
    """``45 million kroner`` in a Bergen story is the Norwegian krone, as the plugin reads it."""
    nok = _figs("The fish farm near Bergen lost salmon worth 45 million kroner.", stated="2025-05-02")
    assert local_currencies({"NOK": nok}, nok) == {"NOK": "NOK"}
