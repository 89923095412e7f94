"""An outlet that repeats one of an article's two amounts is no rival of the other
(``figure_label.echoed_apart``): an article gives a typhoon's winds at landfall and, the day
before, at its peak; another outlet gives the landfall winds in another unit. The article's
own difference (a moment before, a part of the total) is labelled by its own pair, not set
against the outlet that echoes the other amount. Where the article names a teller for an
amount, or other outlets repeat both amounts side by side, the two are rival readings and
still conflict. Invented sentences: a typhoon, a festival crowd, a ferry's passengers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef
from newskit.story.figure_label import echoed_apart, group_label


def _fig(text: str, amount: str, value: int, article: str, stated: str, unit: str | None = None,
         source: str | None = None, approx: str | None = None) -> Figure:
    """One amount of ``text`` as the story reads it."""
    start = text.index(amount)
    return Figure(article=article, measure="wind speed", value=value, approx=approx, unit=unit, source=source,
                  stated=stated, ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


_LANDFALL = _fig("Typhoon Mirel came ashore near the port on Friday with sustained winds of 150 km/h, "
                 "ripping awnings from market stalls.", "150 km/h", 150, "w1", "2026-08-14T18:00", "km/h")
_PEAK = _fig("The storm had strengthened over open water on Thursday, with winds of 185 km/h, before easing "
             "as it neared the coast.", "185 km/h", 185, "w1", "2026-08-14T18:00", "km/h")
_ECHO = _fig("Mirel struck the coast with winds of about 93 mph, flooding low-lying streets.", "93 mph", 93,
             "w2", "2026-08-15T07:00", "mph", approx="about")


def test_an_outlet_echoing_one_amount_is_no_rival_of_the_other() -> None:
    """150 km/h and 185 km/h in one article, ``about 93 mph`` (150 km/h) in another: the
    second outlet restates the landfall winds, it does not dispute the peak."""
    assert echoed_apart(_PEAK, _ECHO, [_LANDFALL, _PEAK, _ECHO])
    assert group_label([_LANDFALL, _PEAK, _ECHO], "fixed") != "conflicting"


def test_without_the_echoed_amount_the_two_outlets_still_conflict() -> None:
    """No amount of the first article restates the other outlet's: 185 km/h against about
    93 mph is two readings of one property that differ."""
    assert not echoed_apart(_PEAK, _ECHO, [_PEAK, _ECHO])
    assert group_label([_PEAK, _ECHO], "fixed") == "conflicting"


def _crowd(text: str, amount: str, value: int, article: str, stated: str, approx: str | None = None) -> Figure:
    return _fig(text, amount, value, article, stated, approx=approx)


def test_an_amount_told_as_someone_s_stays_a_rival_reading() -> None:
    """``according to the organisers`` names a teller for one of the article's amounts: the
    other outlet's count that matches the rest of the article conflicts with it."""
    police = _crowd("Police put the crowd on the riverbank at 6,000.", "6,000", 6000, "c1", "2026-07-04T20:00")
    organisers = _crowd("Stewards struggled to manage about 11,000 people, according to the organisers.",
                        "11,000", 11000, "c1", "2026-07-04T20:00", approx="about")
    echo = _crowd("A crowd of 6,000 watched the lantern parade.", "6,000", 6000, "c2", "2026-07-05T09:00")
    assert not echoed_apart(organisers, echo, [police, organisers, echo])


def test_amounts_other_outlets_repeat_side_by_side_are_rival_readings() -> None:
    """Both of one article's amounts told again by another outlet: two readings of one
    moment, whoever tells them, so the echo is no reason to drop their conflict."""
    low = _crowd("The ferry carried 212 passengers when it ran aground.", "212", 212, "f1", "2026-03-02T10:00")
    high = _crowd("The ferry carried 260 passengers when it ran aground, crew members said later.", "260", 260, "f1",
                  "2026-03-02T10:00")
    low2 = _crowd("There were 212 passengers aboard.", "212", 212, "f2", "2026-03-02T15:00")
    high2 = _crowd("Some 260 passengers were aboard.", "260", 260, "f3", "2026-03-02T16:00")
    assert not echoed_apart(high, low2, [low, high, low2, high2])


def test_one_article_pair_is_never_echoed() -> None:
    """Two amounts of one article are labelled by their own rules, never dropped as an echo."""
    assert not echoed_apart(_LANDFALL, _PEAK, [_LANDFALL, _PEAK, _ECHO])


@given(st.integers(min_value=160, max_value=400))
def test_any_earlier_peak_beside_an_echoed_landfall_never_conflicts(peak: int) -> None:
    """Whatever the article's other reading, the echo of its landfall winds sets no conflict."""
    other = _fig(f"The storm had strengthened on Thursday, with winds of {peak} km/h.", f"{peak} km/h", peak, "w1",
                 "2026-08-14T18:00", "km/h")
    assert group_label([_LANDFALL, other, _ECHO], "fixed") != "conflicting"


def test_a_teller_for_the_echoed_amount_does_not_keep_the_other_a_rival() -> None:
    """A harbour master gives the wreck's depth; the article's own narration gives another
    wreck's; an outlet that converts the harbour master's depth is no rival of the other."""
    told = _fig("The hull lies about 40 metres down, the harbour master said.", "40 metres", 40, "d1",
                "2026-04-02T10:00", "m", source="harbour master", approx="about")
    other = _fig("An older wreck nearby rests at 95 metres.", "95 metres", 95, "d1", "2026-04-02T10:00", "m")
    echo = _fig("Divers reached the hull at about 130 feet.", "130 feet", 130, "d2", "2026-04-03T09:00", "ft",
                approx="about")
    assert echoed_apart(other, echo, [told, other, echo])


def test_an_amount_a_body_calculated_is_told_not_narrated() -> None:
    """``the growers' association calculated`` names who gives the share: it may stand against
    the ministry's, so another outlet repeating the ministry's does not drop their conflict."""
    ministry = _crowd("The grant will fall by 30 percent from May, the ministry said.", "30 percent", 30, "g1",
                      "2026-02-10T12:00")
    growers = _crowd("Growers will receive about 45 percent less, the growers' association calculated.",
                     "45 percent", 45, "g1", "2026-02-10T12:00", approx="about")
    echo = _crowd("The grant is being cut by 30 percent.", "30 percent", 30, "g2", "2026-02-11T08:00")
    assert not echoed_apart(growers, echo, [ministry, growers, echo])
