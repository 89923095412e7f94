"""An amount its sentence opens as a part of a whole it names first (``Of the 40 dead, 31
had been identified``): no reading of the measure, so the label reads the group without it
(``figure_fronted.fronted_figure``, ``figure_label.group_label``). Invented news sentences."""

from __future__ import annotations

import pytest

from newskit.story.figure_fronted import fronted_figure
from newskit.story.figure_label import group_label
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount", "part"), [
    ("Of the 40 dead, 31 had been identified by noon, the coroner said.", "31", True),
    ("Of those evacuated, 2,300 are staying with relatives.", "2,300", True),
    ("Of these flats, about 60 cannot be lived in.", "about 60", True),
    ("Of the 40 dead, 31 had been identified by noon, the coroner said.", "40", False),
    ("Thirty-one of the dead had been identified by noon.", "Thirty-one", False),
    ("The coroner said 31 of the 40 dead had been identified.", "31", False),
])
def test_an_amount_after_a_fronted_partitive(text: str, amount: str, part: bool) -> None:
    assert fronted_figure(sentence_figure(text, amount, 1)) is part


def test_a_part_of_the_dead_is_no_fall_of_the_toll() -> None:
    """``at least 33`` killed on Friday, ``40`` on Saturday; a third outlet's ``Of the 40
    dead, 31 had been identified``: the toll rose, the 31 is no lower reading of it."""
    friday = sentence_figure("The bus fell into a gorge, killing at least 33 people.", "at least 33", 33, approx="over",
                             unit="person", measure="deaths", article="a1", stated="2026-09-25T10:00")
    saturday = sentence_figure("The crash killed 40 people.", "40", 40, unit="person", measure="deaths", article="a2",
                               stated="2026-09-26T10:00")
    part = sentence_figure("Of the 40 dead, 31 had been identified by noon.", "31", 31, unit="person",
                           measure="deaths", article="a3", stated="2026-09-26T12:00")
    assert group_label([friday, saturday], "rising") == "updated"
    assert group_label([friday, saturday, part], "rising") == "updated"


def test_parts_alone_are_compared_as_they_are() -> None:
    one = sentence_figure("Of the sirens, 17 failed to sound.", "17", 17, measure="sirens", article="a1",
                          stated="2026-09-25T10:00")
    two = sentence_figure("Of the sirens, 12 failed to sound.", "12", 12, measure="sirens", article="a2",
                          stated="2026-09-25T10:00")
    assert group_label([one, two], "fixed") == "conflicting"
