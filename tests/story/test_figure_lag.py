"""Issue #10: a lag between two happenings is no length of one (``Police arrived nine
minutes after the alarm went off`` against another outlet's ``The thieves spent about ten
minutes inside``). The words right around a span of time say which it is
(``figure_lag``). Invented sentences, not the story sets'."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.model import Figure, SpanRef
from newskit.story import build_story
from newskit.story.figure_lag import LAG, LENGTH, lag_against_length, span_timing


def _figure(sentence: str, amount: str) -> Figure:
    at = sentence.index(amount)
    return Figure(article="a", measure="?", ref=SpanRef(article="a", start=at, end=at + len(amount), text=amount),
                  evidence=SpanRef(article="a", start=0, end=len(sentence), text=sentence))


def _durations(pipeline: Pipeline, texts: list[str]) -> list[str]:
    story = build_story([pipeline.run(Article.from_dict({"id": f"a{i}", "text": t,
                                                         "published": f"2026-03-0{i + 1}T10:00"}))
                         for i, t in enumerate(texts)])
    return [f.summary for f in story.conflicts if f.type == "figures" and f.summary.startswith("Duration")]


def test_a_span_before_after_is_a_lag() -> None:
    assert span_timing(_figure("Police arrived nine minutes after the alarm went off.", "nine minutes")) == LAG
    assert span_timing(_figure("The gallery was robbed 12 years ago.", "12 years")) == LAG
    assert span_timing(_figure("The sirens sounded three minutes later.", "three minutes")) == LAG


def test_a_span_after_a_word_of_lasting_is_a_length() -> None:
    assert span_timing(_figure("The thieves spent about ten minutes inside.", "about ten minutes")) == LENGTH
    assert span_timing(_figure("The break-in took less than eight minutes.", "less than eight minutes")) == LENGTH
    assert span_timing(_figure("It was a 25-minute flight.", "25-minute")) == LENGTH


def test_a_word_of_lasting_wins_over_the_happening_after_it() -> None:
    """``closed for six hours after the spill``: how long the closure lasted."""
    assert span_timing(_figure("The road was closed for six hours after the spill.", "six hours")) == LENGTH


def test_a_span_the_words_do_not_place_is_neither() -> None:
    assert span_timing(_figure("Text alerts went out within four minutes.", "four minutes")) is None
    assert not lag_against_length([_figure("Text alerts went out within four minutes.", "four minutes")],
                                  [_figure("The warning came six minutes later.", "six minutes")])


def test_a_lag_is_no_length_of_another_outlet(pipeline: Pipeline) -> None:
    found = _durations(pipeline, [
        "Burglars broke into the Halden gallery on Sunday and stole three paintings. "
        "Police arrived nine minutes after the alarm went off.",
        "Thieves stole three paintings from the Halden gallery on Sunday. "
        "The thieves spent about ten minutes inside the gallery, police said."])
    assert found == [], found


def test_a_response_time_is_no_closure_of_the_line(pipeline: Pipeline) -> None:
    found = _durations(pipeline, [
        "A freight train derailed near Arvika on Monday. Firefighters reached the site about 40 minutes "
        "after the crash, the rescue service said.",
        "A freight train came off the tracks near Arvika on Monday. The line was closed for 45 minutes "
        "while crews cleared the wreck."])
    assert found == [], found


def test_the_time_rescuers_took_to_come_is_no_time_under_the_rubble(pipeline: Pipeline) -> None:
    found = _durations(pipeline, [
        "A strong earthquake struck the mountain village of Ledo on Sunday. Rescue teams reached Ledo "
        "more than ten hours after the quake, residents said.",
        "An earthquake hit the village of Ledo on Sunday. Two survivors had been trapped under the rubble "
        "for about 12 hours, the civil defence said."])
    assert found == [], found


def test_the_time_since_a_state_began_is_its_length(pipeline: Pipeline) -> None:
    """``14 hours after the riot began``: the riot lasted 14 hours when it ended."""
    assert span_timing(_figure("Police regained control 14 hours after the riot began.", "14 hours")) is None
    found = _durations(pipeline, [
        "Guards lost control of the Varna prison on Friday. Police regained control 14 hours after the riot began.",
        "The riot at Varna prison, which lasted more than half a day, left six inmates dead."])
    assert len(found) == 1 and "14 hours" in found[0] and "more than half a day" in found[0], found


def test_words_between_a_word_of_lasting_and_the_span() -> None:
    """``for the next 28 days``: a length; ``within 10 days after``: a bound either way."""
    assert span_timing(_figure("The permit is suspended for the next 28 days after the crash.", "28 days")) == LENGTH
    assert span_timing(_figure("The lock may reopen within 10 days after the collision.", "10 days")) is None


def test_two_lags_from_one_happening_still_join(pipeline: Pipeline) -> None:
    found = _durations(pipeline, [
        "Burglars broke into the Halden gallery on Sunday and stole three paintings. "
        "Police arrived nine minutes after the alarm went off.",
        "Thieves stole three paintings from the Halden gallery on Sunday. "
        "Officers reached the gallery about 12 minutes after the alarm sounded, police said."])
    assert len(found) == 1 and "nine minutes" in found[0] and "about 12 minutes" in found[0], found


def test_two_lengths_of_one_closure_still_join(pipeline: Pipeline) -> None:
    found = _durations(pipeline, [
        "A freight train derailed near Arvika on Monday. The line was closed for about 40 minutes, "
        "the rescue service said.",
        "A freight train came off the tracks near Arvika on Monday. The line was closed for 55 minutes "
        "while crews cleared the wreck."])
    assert len(found) == 1 and "about 40 minutes" in found[0] and "55 minutes" in found[0], found


def test_a_word_of_lasting_with_its_object_makes_a_length() -> None:
    assert span_timing(_figure("It took us 22 hours to get home.", "22 hours")) == LENGTH
    assert lag_against_length([_figure("It took us 22 hours to get home.", "22 hours")],
                              [_figure("The airport reopened a day later.", "a day")])
