"""Counts after a fronted ``Among the ...`` and its verb (``Among the dead were a couple and
their three children``: ``figure_fronted.fronted_figure``): they count some members of a
group the story counts, never the group, so the label reads the group without them
(``figure_label.group_label``); the group's own count inside the phrase (``Among the 14
dead``) stays. Invented news sentences."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_fronted import fronted_figure
from newskit.story.figure_label import group_label
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount", "unit", "member"), [
    ("Among the dead were a couple and their three children, the provincial governor said.", "three", "person", True),
    ("Among the 14 dead were two firefighters.", "two", "person", True),
    ("Among the 14 dead were two firefighters.", "14", "person", False),
    ("Among those rescued is a family of five from the coast.", "five", "person", True),
    ("Among the injured was a farmer who had paid 300 euros for the trip.", "300 euros", "EUR", False),
    ("Officials said 12 children were among the dead.", "12", "person", False),
    ("Among the dead were two nurses; officials later said 40 people had died.", "40", "person", False),
])
def test_a_count_after_a_fronted_among_phrase_counts_members(text: str, amount: str, unit: str, member: bool) -> None:
    assert fronted_figure(sentence_figure(text, amount, 1, unit=unit)) is member


def _dead(text: str, amount: str, value: int, article: str, stated: str, approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, unit="person", measure="deaths", article=article,
                           source="officials", stated=stated)


def test_members_among_the_dead_are_no_reading_of_the_toll() -> None:
    """Fails without the rule: the ``five`` of a family among the dead, the next day, stood as
    a toll that fell from the eleven told the evening before: a conflict."""
    figs = [_dead("A bridge collapsed on Friday, killing at least 6 people, officials said.", "at least 6", 6, "a1",
                   "2026-04-10T09:00", "over"),
            _dead("The death toll from the bridge collapse rose to 11 on Friday evening, officials said.", "11", 11,
                   "a2", "2026-04-10T20:00"),
            _dead("Among the dead were a family of five returning from a wedding, officials said.", "five", 5, "a3",
                   "2026-04-11T08:00")]
    assert group_label(figs, "rising", "deaths") == "updated"
