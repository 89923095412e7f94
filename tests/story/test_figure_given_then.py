"""An amount told in the past perfect of giving it, at an earlier time its sentence names (``In
the morning, the authorities had reported at least 9 dead``: ``figure_marks.given_then``), was
given before the time its article tells of: beside a later count of the same article, told at
the article's one time, it is the earlier of the two, not a rival reading of one moment. After a
verb of saying the past perfect is reported speech shifted back (``said on Friday that
technicians had counted 1,312``), the teller's count now. Invented sentences of news other than
the stories where the kind was seen: a flood's toll, a herders' union, a museum's statue."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import group_label
from newskit.story.figure_marks import given_then
from tests.story.helpers import sentence_figure

_WIRE = "Floods in the river valley killed at least 5 people on Tuesday, officials said."
_ROSE = "The toll from the floods rose to at least 12 on Tuesday evening, the fire service said."
_HAD = "In the morning, the regional government had reported at least 5 dead."


def _dead(text: str, amount: str, value: int, article: str, source: str, stated: str, at: int = 0) -> Figure:
    f = sentence_figure(text, amount, value, approx="over", measure="deaths", article=article, source=source,
                        stated=stated)
    assert f.ref is not None and f.evidence is not None
    return attrs.evolve(f, ref=attrs.evolve(f.ref, start=f.ref.start + at, end=f.ref.end + at),
                        evidence=attrs.evolve(f.evidence, start=at, end=f.evidence.end + at))


def test_the_past_perfect_of_giving_with_an_earlier_time_marks_the_count_given_then() -> None:
    assert given_then(sentence_figure(_HAD, "at least 5", 5))
    text = "The herders' union, which had counted 75 dead sheep on Thursday, said it would sue the mine."
    assert given_then(sentence_figure(text, "75", 75))
    text = "Curators had estimated it at about 300 kilograms when the statue was lifted on Monday."
    assert given_then(sentence_figure(text, "about 300 kilograms", 300))


def test_reported_speech_or_no_earlier_time_is_no_count_given_then() -> None:
    text = "The union said on Thursday that its members had counted 75 dead sheep."
    assert not given_then(sentence_figure(text, "75", 75))
    text = "The museum's catalogue had put its weight at 300 kilograms."
    assert not given_then(sentence_figure(text, "300 kilograms", 300))
    text = "The regional government reported at least 5 dead in the morning."
    assert not given_then(sentence_figure(text, "at least 5", 5))


def test_the_count_given_then_is_the_earlier_reading_of_its_article() -> None:
    """The evening article tells the risen toll and, two sentences on, the morning's count
    (both stamped with its one time): the morning's count comes first, so the rise updates
    it, as it updates the wire's."""
    figs = [_dead(_WIRE, "at least 5", 5, "wire", "officials", "2026-05-12T09:00"),
            _dead(_ROSE, "at least 12", 12, "evening", "fire service", "2026-05-12T20:30"),
            _dead(_HAD, "at least 5", 5, "evening", "regional government", "2026-05-12T20:30", at=200)]
    assert group_label(figs, "rising", "deaths") == "updated"


def test_told_in_the_simple_past_the_two_counts_of_one_time_still_conflict() -> None:
    plain = "The regional government reported at least 5 dead."
    figs = [_dead(_ROSE, "at least 12", 12, "evening", "fire service", "2026-05-12T20:30"),
            _dead(plain, "at least 5", 5, "evening", "regional government", "2026-05-12T20:30", at=200)]
    assert group_label(figs, "rising", "deaths") == "conflicting"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["said", "told reporters", "added", "saying", "confirmed"]),
       st.sampled_from(["reported", "counted", "estimated", "put the number at"]),
       st.integers(min_value=2, max_value=9000))
def test_the_past_perfect_after_a_verb_of_saying_is_never_a_count_given_then(say: str, verb: str, value: int) -> None:
    amount = f"{value:,}"
    text = f"The agency {say} on Monday that its staff had {verb} {amount} cases."
    assert not given_then(sentence_figure(text, amount, value))
    assert given_then(sentence_figure(f"On Monday its staff had {verb} {amount} cases.", amount, value))


# A verb of telling that takes the count as its prepositional object (``had spoken of``) gives it
# as a verb of giving does, and an adverb of time may stand after the auxiliary (``had still
# spoken of``): session 56, seen in a ferry grounding's injured; invented sentences of a mine, a
# customs raid and a zoo.

_HURT = "Nine more miners went to the clinic overnight, so the number injured in the collapse has risen to 23, the company said."
_STILL = "On Monday evening the mine's owners had still spoken of at least 14 injured."


def test_a_count_spoken_of_in_the_past_perfect_at_an_earlier_time_is_given_then() -> None:
    assert given_then(sentence_figure(_STILL, "at least 14", 14, approx="over"))
    text = "On Thursday customs officers had spoken of more than 300 seized phones."
    assert given_then(sentence_figure(text, "more than 300", 300, approx="over"))
    text = "Keepers had talked of about 40 escaped monkeys on Saturday; the zoo now says 52."
    assert given_then(sentence_figure(text, "about 40", 40, approx="about"))
    text = "On Friday the wardens had already counted 400 dead fish."
    assert given_then(sentence_figure(text, "400", 400))


def test_a_count_spoken_of_with_no_earlier_time_or_after_a_verb_of_saying_is_not() -> None:
    text = "The mine's owners had spoken of at least 14 injured."
    assert not given_then(sentence_figure(text, "at least 14", 14, approx="over"))
    text = "The company said on Monday that its doctors had spoken of at least 14 injured."
    assert not given_then(sentence_figure(text, "at least 14", 14, approx="over"))


def test_the_count_still_spoken_of_earlier_is_updated_by_the_risen_count_of_its_article() -> None:
    """One article tells the risen count and, further on, what the owners had still spoken of
    the evening before, two tellers in one article: the earlier reading, which the rise
    updates, not a rival count of one moment."""
    def hurt(text: str, amount: str, value: int, source: str, at: int, approx: str | None) -> Figure:
        f = sentence_figure(text, amount, value, approx=approx, measure="injured", article="daily", source=source,
                            stated="2026-09-15T07:30")
        assert f.ref is not None and f.evidence is not None
        return attrs.evolve(f, ref=attrs.evolve(f.ref, start=f.ref.start + at, end=f.ref.end + at),
                            evidence=attrs.evolve(f.evidence, start=at, end=f.evidence.end + at))

    figs = [hurt(_HURT, "23", 23, "company", 0, None), hurt(_STILL, "at least 14", 14, "mine's owners", 300, "over")]
    assert group_label(figs, "rising", "injured") == "updated"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["said", "told reporters", "added", "saying", "confirmed"]),
       st.sampled_from(["spoken of", "still spoken of", "talked of", "already counted"]),
       st.integers(min_value=2, max_value=9000))
def test_a_count_spoken_of_after_a_verb_of_saying_is_never_given_then(say: str, verb: str, value: int) -> None:
    amount = f"{value:,}"
    assert not given_then(sentence_figure(f"The agency {say} on Monday that its staff had {verb} {amount} cases.",
                                          amount, value))
    assert given_then(sentence_figure(f"On Monday its staff had {verb} {amount} cases.", amount, value))


# A count told as given at an earlier moment in the past perfect is the count as it stood then:
# a later count above all it allows is the count grown since, whoever tells it, as after a
# snapshot's ``by 9 p.m.``. Session 56, seen in a blackout's share of customers restored;
# invented sentences of a water outage.

def _restored(text: str, amount: str, value: int, article: str, source: str | None, stated: str,
              approx: str | None = None) -> Figure:
    return sentence_figure(text, amount, value, unit="percent", approx=approx, measure="percent (reconnected)",
                           article=article, source=source, stated=stated)


def test_a_later_count_above_one_given_then_updates_it_whoever_tells_it() -> None:
    then = _restored("At 8 p.m. on Monday, the water board had reported 55% of homes reconnected.", "55%", 55,
                     "gazette", "water board", "2026-02-09T20:30")
    later = _restored("At 7 a.m., about 85% of homes had been reconnected.", "about 85%", 85, "radio", None,
                      "2026-02-10T11:00", approx="about")
    assert given_then(then)
    assert group_label([then, later], "fixed", "percent (reconnected)") == "updated"


def test_a_later_count_below_one_given_then_from_another_teller_still_conflicts() -> None:
    then = _restored("At 8 p.m. on Monday, the water board had reported 85% of homes reconnected.", "85%", 85,
                     "gazette", "water board", "2026-02-09T20:30")
    later = _restored("Only about 55% of homes had water, residents' groups said.", "about 55%", 55, "radio",
                      "residents' groups", "2026-02-10T11:00", approx="about")
    assert group_label([then, later], "fixed", "percent (reconnected)") == "conflicting"
