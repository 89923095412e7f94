"""An event's fit and its procedure step, asked in the cheap order: the step test (which
reads every mention of the event) only for an event the mention fits, with the answer of
asking both."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit_events.grouping import _fits, _fitting_step, _same_step, kin_classes
from newskit_events.lexicon import lexicon
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


# Issue #11, session 43: ``_Grouper.target`` asks ``_fits`` only of the events whose class is
# among ``kin_classes`` of the mention's: the gate must never leave out an event that fits.
_CLASSES = sorted({"incident", "meeting", "movement", "invitation", "conflict", "legal", "sport", "disaster",
                   "personnel", "general", *lexicon().merge_into, *(c for v in lexicon().merge_into.values() for c in v)})


@given(st.sampled_from(_CLASSES), st.sampled_from(_CLASSES), st.sets(st.sampled_from(["Ana", "Bo", "Cy"])),
       st.sets(st.sampled_from(["Ana", "Bo", "Cy"])), st.sampled_from([None, "Aland", "Borduria"]),
       st.sampled_from([None, "Aland", "Borduria"]), st.sampled_from([None, "2031-04", "2031-04-02", "2030"]),
       st.sampled_from([None, "2031-04", "2031-05-09"]), st.booleans())
def test_an_event_outside_the_kin_classes_never_fits(ev_cls: str, cls: str, ev_who: set[str], who: set[str],
                                                     ev_country: str | None, country: str | None,
                                                     ev_when: str | None, when: str | None, stale: bool) -> None:
    ev = Draft(cls=ev_cls, who=sorted(ev_who), persons=sorted(ev_who), place=None, country=ev_country,
               when=ev_when, mentions=[_trigger(ev_cls, "arrest")], evidence=[], last_sent=0)
    if _fits(ev, cls, who, who, country, when, stale) >= 0:
        assert ev_cls in kin_classes(cls)


def test_kin_classes_read_the_merges_both_ways() -> None:
    merge = lexicon().merge_into
    into, merged = next((k, v[0]) for k, v in merge.items() if v)
    assert into in kin_classes(into)
    assert merged in kin_classes(into) and into in kin_classes(merged)
    assert kin_classes("no-such-class") == frozenset({"no-such-class"})
