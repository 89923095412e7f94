"""Two amounts told the same day, one stated as the whole day (``the ministry said on
Tuesday``) and the other at an hour of it: their times overlap, and the one told as a change
(``has risen to``) is the later, whichever time starts first (``figure_label._marked_order``).
Invented sentences of news other than the stories where the kind was seen."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _marked_order, _pair_label
from tests.story.helpers import sentence_figure

_DAY = "2026-04-14"
_HOUR = "2026-04-14T11:20"
_MEASURE = "illnesses"


def _cases(text: str, amount: str, value: int, article: str, stated: str, source: str,
           approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="case", approx=approx, measure=_MEASURE, article=article,
                           source=source, stated=stated)


def _pair(first: int, later: int) -> tuple[Figure, Figure]:
    risen = _cases(f"The number of pupils sickened by the school meal has risen to {later}, the ministry said on "
                   "Tuesday.", str(later), later, "a1", _DAY, "ministry")
    plain = _cases(f"The county health office said {first} pupils had fallen ill.", str(first), first, "a2", _HOUR,
                   "county health office")
    return risen, plain


def test_the_change_told_of_the_whole_day_is_the_later() -> None:
    risen, plain = _pair(23, 31)
    assert _marked_order(risen, plain) == 1
    assert _marked_order(plain, risen) == -1
    assert _pair_label(risen, plain, "rising", _MEASURE) == "updated"


def test_times_that_do_not_overlap_keep_their_order() -> None:
    risen = _cases("The number of pupils sickened has risen to 31, the ministry said.", "31", 31, "a1",
                   "2026-04-14T09:00", "ministry")
    plain = _cases("The county health office said 23 pupils had fallen ill.", "23", 23, "a2", "2026-04-14T18:00",
                   "county health office")
    assert _marked_order(risen, plain) == -1


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=5, max_value=500), st.integers(min_value=1, max_value=200))
def test_a_risen_count_the_same_day_always_updates_the_plain_one(first: int, more: int) -> None:
    """Whatever the counts, the risen one updates the plain one; a round risen count (``500``
    after 475) may be the plain one rounded, which the rounding rules read as consistent."""
    assume((first + more) % 10 != 0)
    risen, plain = _pair(first, first + more)
    assert _pair_label(plain, risen, "rising", _MEASURE) == "updated"


def test_a_revision_told_of_the_whole_day_is_the_later() -> None:
    """``higher than the figure it had given in the morning``, stated as the day: the revision
    is the later of it and a count given at an hour of that day."""
    revised = _cases("The agency said on Tuesday that 310 pupils had fallen ill, higher than the figure it had given "
                     "in the morning.", "310", 310, "a1", _DAY, "agency")
    morning = _cases("The school's head said about 200 pupils had fallen ill.", "about 200", 200, "a2", _HOUR,
                     "head", "about")
    assert _marked_order(revised, morning) == 1
    assert _pair_label(morning, revised, "rising", _MEASURE) == "updated"
