"""An event's fit and its procedure step, asked in the cheap order: the step test (which
reads every mention of the event) only for an event the mention fits, with the answer of
asking both."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit_events.grouping import _fits, _fitting_step, _same_step
from newskit_events.mention import Draft, Trigger


def _trigger(cls: str, lemma: str) -> Trigger:
    return Trigger(0, 6, lemma, cls, lemma, True, 0, lemma)


def _draft(cls: str, *lemmas: str) -> Draft:
    return Draft(cls=cls, who=[], persons=[], place=None, country=None, when=None,
                 mentions=[_trigger(cls, lemma) for lemma in lemmas], evidence=[], last_sent=0)


def test_another_step_of_a_case_fits_no_event_even_of_its_class() -> None:
    # "police arrested the driver ... he was convicted in March": two events of one case
    ev, m = _draft("legal", "arrest"), _trigger("legal", "convict")
    assert _fits(ev, m.cls, set(), set(), None, None) >= 0
    assert _fitting_step(ev, m, _fits(ev, m.cls, set(), set(), None, None)) == -1


def test_the_same_step_keeps_the_fit() -> None:
    ev, m = _draft("legal", "arrest", "detain"), _trigger("legal", "arrest")
    assert _fitting_step(ev, m, 2) == 2


def test_no_fit_stays_none_whatever_the_step() -> None:
    ev, m = _draft("sport", "win"), _trigger("legal", "arrest")
    assert _fitting_step(ev, m, -1) == -1


_LEMMAS = ["arrest", "detain", "convict", "sentence", "appeal", "hire", "fire", "resign", "meet", "visit", "strike"]


@given(st.lists(st.sampled_from(_LEMMAS), min_size=1, max_size=4), st.sampled_from(_LEMMAS),
       st.sampled_from(["legal", "personnel", "meeting"]), st.integers(-1, 3))
def test_same_answer_as_asking_the_step_first(lemmas: list[str], lemma: str, cls: str, fits: int) -> None:
    ev, m = _draft(cls, *lemmas), _trigger(cls, lemma)
    assert _fitting_step(ev, m, fits) == (fits if _same_step(ev, m) else -1)
