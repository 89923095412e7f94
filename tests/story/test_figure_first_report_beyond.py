"""A first report an outlet sets beyond another teller's figure by a preposition of
comparison (``early estimates put the losses at about 1 billion shillings, far below the
traders' figure``; ``figure_label.set_beyond``) is that teller's rival reading, as one set
against it by ``a lower figure than`` is (``figure_label.contrasted``): not the count's
earlier reading, which a later amount would update. Invented news sentences."""

from __future__ import annotations

from newskit.model import Figure
from newskit.story.figure_label import _told_earlier, group_label, set_beyond
from newskit.story.figure_marks import first_report
from tests.story.helpers import sentence_figure

_TRADERS = "The traders' union put the losses at 5 billion shillings."
_BEYOND = ("A council engineer said early estimates put the losses at about 1 billion shillings, "
           "far below the traders' figure.")
_PLAIN = "A council engineer said early estimates put the losses at about 1 billion shillings."


def _losses(text: str, amount: str, value: int, article: str, source: str, stated: str,
            approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, approx=approx, unit="UGX", measure="damage", article=article,
                           source=source, stated=stated)


def test_a_first_report_set_beyond_anothers_figure_is_no_earlier_reading() -> None:
    rival = _losses(_BEYOND, "about 1 billion shillings", 1_000_000_000, "a2", "council engineer", "2026-03-03T07:00",
                    "about")
    assert first_report(rival) and set_beyond(rival)
    assert not _told_earlier(rival)


def test_a_first_report_told_plainly_is_still_the_earlier_reading() -> None:
    plain = _losses(_PLAIN, "about 1 billion shillings", 1_000_000_000, "a2", "council engineer", "2026-03-03T07:00",
                    "about")
    assert _told_earlier(plain)


def test_the_traders_sum_and_a_rival_first_estimate_below_it_conflict() -> None:
    """Fails on the old rule: the engineer's ``about 1 billion`` was read as the losses' first
    reading, so the traders' five billion the day before updated it."""
    traders = _losses(_TRADERS, "5 billion shillings", 5_000_000_000, "a1", "traders' union", "2026-03-02T17:00")
    rival = _losses(_BEYOND, "about 1 billion shillings", 1_000_000_000, "a2", "council engineer", "2026-03-03T07:00",
                    "about")
    assert group_label([traders, rival], "any", "damage") == "conflicting"
