"""``reached`` marks a count's change only where it names the level the count came to, a
number right after it (``the toll reached 19``, ``reached a record 31``; ``level_markers``).
Followed by anything else it tells an arrival or an outcome (``30 trucks have reached the
border``, ``reached an agreement``): no change of the amount, so a reading its teller rejects
beside it (``not 60 as the agency says``) is a rival reading, not the count's earlier one.
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import marks_change, rejected_earlier
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount"), [
    ("The death toll from the cholera outbreak reached 19 on Friday, the ministry said.", "19"),
    ("Exports of cocoa reached a record 31,000 tonnes in March.", "31,000"),
    ("By noon the number of people evacuated had reached about 4,500.", "about 4,500"),
])
def test_reached_before_a_number_marks_the_level_a_count_came_to(text: str, amount: str) -> None:
    assert marks_change(sentence_figure(text, amount, 1))


@pytest.mark.parametrize(("text", "amount"), [
    ("Fewer than 40 of the trucks have actually reached the camps, the aid group said.", "Fewer than 40"),
    ("About 200 workers walked out before the two sides reached an agreement late on Tuesday.", "About 200"),
    ("Only 12 of the boats reached harbour before the storm hit.", "12"),
])
def test_reached_before_no_number_tells_an_arrival_not_a_change(text: str, amount: str) -> None:
    assert not marks_change(sentence_figure(text, amount, 1))


def _trucks(text: str, amount: str, value: int, article: str, stated: str, source: str,
            approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="truck", approx=approx, measure="number of trucks",
                           article=article, source=source, stated=stated)


def test_a_reading_rejected_beside_an_arrival_is_a_rival_reading() -> None:
    """The agency's 60 trucks, then an aid group's ``fewer than 40 ... have reached the camps,
    not 60 as the agency says``: two tellers' rival counts (conflicting), not the agency's 60
    as the count's earlier reading (updated)."""
    text = ("Fewer than 40 of the trucks have actually reached the camps, not 60 as the agency says, "
            "the aid group said.")
    agency = _trucks("The agency said 60 trucks had been delivered to the camps.", "60", 60, "a1",
                     "2026-05-04T09:00", "agency")
    group = _trucks(text, "Fewer than 40", 40, "a2", "2026-05-04T18:00", "aid group", approx="under")
    rejected = _trucks(text, "60", 60, "a2", "2026-05-04T18:00", "aid group")
    assert not rejected_earlier(rejected)
    assert group_label([agency, group, rejected], "happened", "number of trucks") == "conflicting"


@pytest.mark.parametrize(("text", "amount", "changed"), [
    ("The death toll from the mudslide has reached 14, officials said, as villagers said more than 200 homes had "
     "been buried.", "more than 200", False),
    ("The death toll from the mudslide has reached 14, officials said, as villagers said more than 200 homes had "
     "been buried.", "14", True),
    ("Attendance reached 52,000 on Saturday, the organisers said.", "52,000", True),
])
def test_reached_marks_the_change_of_the_number_it_names(text: str, amount: str, changed: bool) -> None:
    """``has reached 14, ..., as villagers said more than 200 homes``: the level marker names its
    own number, as a verb of change does (``has risen to 14``); an amount past a phrase break
    after that number is no change, but another teller's count."""
    assert marks_change(sentence_figure(text, amount, 1)) is changed
