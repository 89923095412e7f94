"""Which ``figures`` findings a story keeps (``figure_salience``): the features a finding
shows, the fitted model's data, and the filter's contract. Invented outlets and sentences:
a ferry sinking told at length, with a death toll disputed in the lead and a crossing time
both outlets give in a background paragraph."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.datafiles import package_json
from newskit.model import Figure, Finding, SpanRef
from newskit.story.figure_salience import (
    BASE_FEATURES,
    FEATURES,
    SalienceModel,
    finding_features,
    load_salience,
    salient_findings,
    story_features,
)

_FILLER = "Background on the island's ferries, the harbour and the season. " * 70


def _article(lead: str, later: str) -> str:
    """A long article: ``lead`` opens it, ``later`` comes after some 4,000 characters."""
    return f"{lead}\n{_FILLER}\n{later}"


_A1 = _article("At least 12 people died when the ferry sank off Mykonos on Sunday, the coast guard said.",
               "The crossing usually takes about two hours.")
_A2 = _article("The sinking killed 17 people, according to the port authority.",
               "The crossing takes two hours in calm weather.")
_LENGTHS = {"a1": len(_A1), "a2": len(_A2)}


def _fig(article: str, text: str, amount: str, value: int, measure: str, source: str | None = None,
         approx: str | None = None) -> Figure:
    start = text.index(amount)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start) if "\n" in text[start:] else len(text)
    return Figure(article=article, measure=measure, value=value, approx=approx, unit=None, source=source,
                  ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=line_start, end=line_end, text=text[line_start:line_end]))


def _finding(measure: str, label: str, figs: list[Figure]) -> Finding:
    return Finding(type="figures", about=f"figures:{measure}", summary=measure, label=label, measure=measure,
                   figures=tuple(figs), refs=tuple(f.ref for f in figs if f.ref is not None))


_DEATHS = _finding("deaths", "conflicting", [
    _fig("a1", _A1, "At least 12", 12, "deaths", source="coast guard", approx="at least"),
    _fig("a2", _A2, "17", 17, "deaths", source="port authority")])
_CROSSING = _finding("duration (crossing)", "consistent", [
    _fig("a1", _A1, "about two hours", 2, "duration (crossing)", approx="about"),
    _fig("a2", _A2, "two hours", 2, "duration (crossing)")])
_CONTESTED = Finding(type="contested", about="c1", summary="the union alleges, the company denies")


def test_a_lead_amount_lies_at_the_start_and_a_background_one_late() -> None:
    lead = finding_features(_DEATHS, _LENGTHS, 0, 2)
    background = finding_features(_CROSSING, _LENGTHS, 1, 2)
    assert lead["first_position"] < 0.01 and lead["late_in_all"] == 0.0
    assert background["first_position"] > 0.9 and background["late_in_all"] == 1.0


def test_the_measure_and_values_are_read_off_the_finding() -> None:
    deaths = finding_features(_DEATHS, _LENGTHS, 0, 2)
    crossing = finding_features(_CROSSING, _LENGTHS, 1, 2)
    assert deaths["conflicting"] == 1.0 and deaths["one_value"] == 0.0 and deaths["attributed"] == 1.0
    assert deaths["dimension_only"] == 0.0 and deaths["duration"] == 0.0
    assert crossing["one_value"] == 1.0 and crossing["small"] == 1.0 and crossing["attributed"] == 0.0
    assert crossing["duration"] == 1.0 and crossing["dimension_only"] == 1.0


def test_a_count_named_only_by_a_nearby_word_is_marked_apart_from_a_counted_noun() -> None:
    """``count (bout)``: no cue and no counted noun named the measure, only a word near the
    amounts (session 57: on real news such findings joined different fights and seasons)."""
    a1 = "Dalton is best remembered for his three fights with Ortega and two bouts with Reyes."
    a2 = "The two fights that make sense for Kovac are a rematch with Ortega or a bout with Lund."
    lengths = {"a1": len(a1), "a2": len(a2)}
    bouts = _finding("count (bout)", "conflicting", [_fig("a1", a1, "three", 3, "count (bout)"),
                                                     _fig("a2", a2, "two", 2, "count (bout)")])
    fights = _finding("number of fights", "conflicting", [_fig("a1", a1, "three", 3, "number of fights"),
                                                          _fig("a2", a2, "two", 2, "number of fights")])
    assert finding_features(bouts, lengths, 0, 2)["count_only"] == 1.0
    assert finding_features(fights, lengths, 1, 2)["count_only"] == 0.0
    assert finding_features(_CROSSING, _LENGTHS, 1, 2)["count_only"] == 0.0
    assert finding_features(_DEATHS, _LENGTHS, 0, 2)["count_only"] == 0.0


def test_long_articles_weigh_every_feature_again() -> None:
    x = finding_features(_CROSSING, _LENGTHS, 1, 2)
    assert x["longness"] == 1.0
    assert all(x[f"{k} x longness"] == x[k] for k in BASE_FEATURES)
    short = finding_features(_CROSSING, {"a1": 1500, "a2": 1500}, 1, 2)
    assert short["longness"] == 0.0 and all(short[f"{k} x longness"] == 0.0 for k in BASE_FEATURES)


def test_the_story_ranks_its_findings_by_where_they_are_first_told() -> None:
    ranks = [x["lead_rank"] for x in story_features([_CROSSING, _DEATHS], _LENGTHS)]
    assert ranks == [1 / 6, 0.0]


def test_a_finding_judged_incidental_is_left_out_and_others_kept() -> None:
    model = SalienceModel({"duration": 8.0, "bias": -4.0}, 0.5)
    kept = salient_findings([_CONTESTED, _DEATHS, _CROSSING], _LENGTHS, model)
    assert kept == [_CONTESTED, _DEATHS]


def test_the_shipped_model_keeps_the_disputed_toll_and_drops_the_background_crossing() -> None:
    """Fitted weights: a small, identical span of time told late in two long reports is
    background; a toll two sources dispute in their leads is what the story is about."""
    assert salient_findings([_DEATHS, _CROSSING], _LENGTHS) == [_DEATHS]


def test_the_shipped_weights_name_every_feature_and_a_threshold() -> None:
    data = package_json("newskit", "figure_salience.json")
    assert set(data["weights"]) == {*FEATURES, "bias"}
    assert 0.0 < load_salience().threshold <= 1.0


@settings(max_examples=40, deadline=None)
@given(st.permutations([_DEATHS, _CROSSING, _CONTESTED]), st.floats(-3, 3), st.floats(0.05, 0.95))
def test_the_kept_findings_do_not_depend_on_their_order(findings: list[Finding], w: float, t: float) -> None:
    model = SalienceModel({"first_position": w, "small": -w, "bias": 0.0}, t)
    kept = salient_findings(findings, _LENGTHS, model)
    assert [f for f in findings if f in kept] == kept  # a sub-sequence, in the order given
    for other in itertools.permutations(findings):
        assert set(map(id, salient_findings(list(other), _LENGTHS, model))) == set(map(id, kept))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 9000), st.integers(0, 9000), st.integers(1, 20))
def test_every_feature_is_a_bounded_number(len1: int, len2: int, count: int) -> None:
    x = finding_features(_DEATHS, {"a1": len1, "a2": len2}, count - 1, count)
    assert set(x) == set(FEATURES)
    assert all(0.0 <= v <= 4.0 for v in x.values())
