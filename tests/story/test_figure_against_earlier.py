"""An amount set against another teller's figure given on an earlier day (``lower than the
figure the surveyors gave on Monday``: ``figure_earlier.against_earlier``) is the count's
later reading, which updates the earlier one; set against a figure given earlier the same
day, or against one with no time named, it stays a rival reading (conflicting). Invented
sentences of news other than the stories where the kind was seen: a glacier's retreat, a
reservoir, a stolen shipment."""

from __future__ import annotations

from newskit.model import Figure
from newskit.story.figure_earlier import against_earlier, against_first
from newskit.story.figure_label import group_label
from tests.story.helpers import sentence_figure

_EARLY = "The surveyors said the glacier had retreated about 90 metres since the spring."
_LATE = ("Satellite images analysed by the university showed a retreat of 130 metres, more than the figure "
         "the surveyors gave on Monday.")


def _metres(text: str, amount: str, value: int, source: str, stated: str, approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="m", approx=approx, measure="length of retreat",
                           article=source, source=source, stated=stated)


def test_a_comparison_with_a_figure_given_on_a_day_before_marks_a_later_reading() -> None:
    late = _metres(_LATE, "130 metres", 130, "university", "2026-08-11T09:00")
    assert against_earlier(late)
    text = "The reservoir held 41 million cubic metres, lower than the 55 million the utility reported in its initial statement."
    assert against_earlier(sentence_figure(text, "41 million cubic metres", 41_000_000))
    text = "Customs valued the stolen shipment at $2.4 million, double the figure given by the importer on Tuesday."
    assert against_earlier(sentence_figure(text, "$2.4 million", 2_400_000))


def test_a_comparison_with_no_earlier_time_is_no_later_reading() -> None:
    text = "Satellite images showed a retreat of 130 metres, more than the figure the surveyors gave."
    assert not against_earlier(sentence_figure(text, "130 metres", 130))
    text = "The reservoir held 41 million cubic metres on Monday, well below normal."
    assert not against_earlier(sentence_figure(text, "41 million cubic metres", 41_000_000))


def test_the_later_reading_updates_another_teller_s_earlier_figure() -> None:
    early = _metres(_EARLY, "about 90 metres", 90, "surveyors", "2026-08-10T15:00", "about")
    late = _metres(_LATE, "130 metres", 130, "university", "2026-08-11T09:00")
    assert group_label([early, late], "fixed", "length of retreat") == "updated"


def test_set_against_a_figure_given_earlier_the_same_day_it_stays_a_rival() -> None:
    text = ("Satellite images analysed by the university showed a retreat of 130 metres, more than the figure "
            "the surveyors gave earlier in the day.")
    early = _metres(_EARLY, "about 90 metres", 90, "surveyors", "2026-08-10T09:00", "about")
    late = _metres(text, "130 metres", 130, "university", "2026-08-10T17:00")
    assert against_earlier(late)
    assert group_label([early, late], "fixed", "length of retreat") == "conflicting"


def test_a_comparison_with_another_s_first_reading_marks_a_later_reading() -> None:
    """``more than the coastguard first reported``: another teller's first reading, named by
    the adverb of an earlier reading, not by its day."""
    text = "Divers counted 23 wrecked boats in the harbour, more than the coastguard first reported, the port said."
    assert against_earlier(sentence_figure(text, "23", 23))
    text = "Divers counted 23 wrecked boats in the harbour, more than the coastguard reported."
    assert not against_earlier(sentence_figure(text, "23", 23))


def test_a_later_reading_told_again_without_its_mark_repeats_the_update() -> None:
    """The count told as the later reading is the count from then on: a third outlet giving
    it plainly the next day repeats that update, no rival of the first teller's count."""
    first = "The coastguard said 14 boats were wrecked in the storm."
    later = "Divers counted 23 wrecked boats in the harbour, more than the coastguard first reported, the port said."
    again = "Insurers are assessing the 23 boats wrecked in the harbour."

    def boats(text: str, source: str | None, stated: str) -> Figure:
        return sentence_figure(text, "14" if "14" in text else "23", 14 if "14" in text else 23, unit="boat",
                               measure="number of boats", article=stated, source=source, stated=stated)

    figs = [boats(first, "coastguard", "2026-03-02T10:00"), boats(later, "port", "2026-03-03T10:00"),
            boats(again, None, "2026-03-04T10:00")]
    assert group_label(figs, "fixed", "number of boats") == "updated"


def test_the_earlier_figure_may_be_a_decimal_glued_to_its_sign() -> None:
    """``fewer than the 61.4% announced ... on Sunday``: a share or sum written with decimals
    and a sign or unit glued to them is one word of the earlier figure, as ``55 million`` is."""
    text = "The final count showed 60.9% in favour, slightly fewer than the 61.4% announced in the early count on Sunday."
    assert against_earlier(sentence_figure(text, "60.9%", 60.9, unit="percent"))
    text = "The insurer put the loss at $2.1bn, higher than the $1.8bn reported by the port authority on Friday."
    assert against_earlier(sentence_figure(text, "$2.1bn", 2_100_000_000))


def test_set_against_another_s_first_estimate_the_same_day_it_updates_it() -> None:
    """``more than double the first estimate given by the park rangers in the morning``: the
    earlier figure is named as its teller's first reading, which a later count replaces the
    same day too (a figure named only by its time stays a rival's: the test above)."""
    text = ("All 57 climbers stranded on the ridge, more than double the first estimate given by the park rangers "
            "in the morning, were flown down by nightfall.")
    early = sentence_figure("The park rangers put the number of stranded climbers at about 25.", "about 25", 25,
                            approx="about", measure="stranded", article="rangers", source="park rangers",
                            stated="2026-02-14T11:00")
    late = sentence_figure(text, "57", 57, measure="stranded", article="gazette", stated="2026-02-14T19:30")
    assert against_first(late)
    assert group_label([early, late], "any", "stranded") == "updated"


def test_a_figure_named_by_its_time_alone_is_no_first_reading() -> None:
    text = ("Satellite images analysed by the university showed a retreat of 130 metres, more than the figure "
            "the surveyors gave earlier in the day.")
    assert against_earlier(sentence_figure(text, "130 metres", 130))
    assert not against_first(sentence_figure(text, "130 metres", 130))
