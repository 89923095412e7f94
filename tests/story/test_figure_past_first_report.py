"""A count told as a teller's first estimate in the simple past (``The coastguard initially
estimated the spill at about 40 tonnes``; ``figure_marks.first_report``,
``first_report_past_adverbs``) is the count's earlier reading, as it is after a perfect
(``had initially estimated``): a differing count updates it, whenever an outlet tells it.
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import first_report
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount"), [
    ("The coastguard initially estimated the spill at 40 tonnes.", "40"),
    ("The council originally put the bill for the bridge repairs at $3 million.", "3"),
    ("Organisers initially valued the stolen paintings at about 2 million euros, the gallery said.", "2"),
])
def test_a_first_estimate_told_in_the_simple_past_is_a_first_report(text: str, amount: str) -> None:
    assert first_report(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    # someone's count named by "by": that someone's reading, as in the passive
    ("The spill was initially estimated by the coastguard at 40 tonnes.", "40"),
    # "first" with no perfect opens a noun phrase as often as it tells an earliness
    ("The first set of 40 tonnes was pumped out on Friday.", "40"),
    # a verb of saying may open a clause of its own: the teller's reading, not a first report
    ("Police initially said 10 people were aboard the boat.", "10"),
    # a number between the words and the amount: the words are that number's
    ("The coastguard initially estimated 12 ships were affected, and 40 tonnes of oil leaked.", "40"),
])
def test_no_first_report_without_the_adverb_and_a_verb_of_giving_before_the_amount(text: str, amount: str) -> None:
    assert not first_report(sentence_figure(text, amount, 1))


def _tonnes(text: str, amount: str, value: int, article: str, stated: str, source: str | None,
            approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="tonne", approx=approx, measure="oil spilled", article=article,
                           source=source, stated=stated)


def test_a_first_estimate_told_after_the_count_that_replaced_it_is_updated_by_that_count() -> None:
    """The morning's estimate, an inspectors' count that evening, and the next day an outlet
    telling the estimate as the coastguard's first one: the count updates the estimate, the
    later article's retelling of it is no rival reading."""
    morning = _tonnes("About 40 tonnes of oil leaked from the tanker, the coastguard said.", "About 40 tonnes", 40,
                      "a1", "2026-05-04T09:00", "coastguard", "about")
    evening = _tonnes("Inspectors measured 46 tonnes of oil in the harbour, more than first estimated.", "46 tonnes", 46,
                      "a2", "2026-05-04T18:00", "inspectors")
    retold = _tonnes("The coastguard initially estimated the spill at about 40 tonnes; inspectors measured more.",
                     "about 40 tonnes", 40, "a3", "2026-05-05T08:00", "coastguard", "about")
    assert group_label([morning, evening, retold], "happened", "oil spilled") == "updated"
