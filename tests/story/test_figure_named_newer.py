"""A reading its sentence names newer before the amount (``The final crew list showed 64``,
``the revised figures put the loss at``, ``the corrected result gave``): the count's later
reading, whoever gives it, which updates a differing earlier amount (``figure_marks.revises``).
A newer reading named after another number of the sentence is not this amount's. Invented
sentences of news other than the stories where the kind was seen: a trawler's crew, a tender,
a recount."""

from __future__ import annotations

import pytest

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import revises
from tests.story.helpers import sentence_figure


@pytest.mark.parametrize(("text", "amount", "newer"), [
    ("The final crew manifest showed 64 people aboard the trawler.", "64", True),
    ("The revised figures put the loss at $3.2 million, the auditor said.", "$3.2 million", True),
    ("According to the corrected results, 51.4% voted in favour.", "51.4%", True),
    ("The crew list showed 64 people aboard the trawler.", "64", False),
    ("Of the 80 passengers named in the final manifest, 64 were rescued.", "64", False),
])
def test_a_reading_named_newer_before_the_amount(text: str, amount: str, newer: bool) -> None:
    assert revises(sentence_figure(text, amount, 1)) is newer


def _aboard(text: str, amount: str, value: int, source: str, stated: str, approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, measure="people on board", article=source,
                           source=source, stated=stated)


def test_the_final_reading_updates_another_teller_s_earlier_count() -> None:
    """The harbour office's ``about 50`` on board, the owner's ``final crew manifest showed 64``
    the next day: the manifest is the count's last reading, not a rival's."""
    early = _aboard("Harbour officials said about 50 people were aboard the trawler.", "about 50", 50,
                    "harbour office", "2026-03-02T18:00", "about")
    late = _aboard("The final crew manifest showed 64 people aboard the trawler, the owner said.", "64", 64,
                   "owner", "2026-03-03T09:00")
    assert group_label([early, late], "fixed", "people on board") == "updated"
