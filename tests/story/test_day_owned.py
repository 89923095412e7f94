"""The news named by a noun its own day owns (story/day_owned.py).

The stories are invented, of another kind of news than the sets the misses were read in: a
mountain railway whose brakes failed ("Saturday's malfunction" in a later report), and the
shapes of a noun phrase after a day's possessive on single phrases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.day_owned import owned_head, owned_spans
from tests.story.helpers import central_words, titled_articles


def _head(phrase: str) -> str | None:
    span = owned_head(phrase, 0)
    return None if span is None else phrase[span[0]:span[1]]


def test_the_head_of_the_phrase_a_day_owns() -> None:
    assert _head("breakdown of the rack railway") == "breakdown"  # a preposition ends it
    assert _head("rack railway breakdown, which") == "breakdown"  # modifiers, then a mark
    assert _head("breakdown was the first") == "breakdown"  # an auxiliary
    assert _head("breakdown stranded 200 walkers") == "breakdown"  # a past form
    assert _head("sell-off in Frankfurt") == "sell-off"
    assert _head("breakdown") == "breakdown"  # the text's end


def test_what_is_no_head() -> None:
    assert _head("Gornergrat Railway in the Alps") is None  # a name
    assert _head("in the Alps") is None  # a preposition at once: no phrase


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["breakdown", "rack", "railway", "of", "the", "was", "stranded", ",", ".", "Zermatt",
                                 "which", "brakes", "4"]), min_size=1, max_size=8))
def test_a_head_is_a_lower_case_word_before_the_phrase_ends(words: list[str]) -> None:
    phrase = " ".join(words)
    span = owned_head(phrase, 0)
    if span is not None:
        head = phrase[span[0]:span[1]]
        assert head.islower() and head[:1].isalpha()
        assert head not in ("of", "the", "was", "which")
        assert span[1] <= len(" ".join(words[:4]))  # at most three modifiers before it


def _owned(pipeline: Pipeline, text: str, day: str = "2026-07-11") -> list[str]:
    arts = titled_articles((("2026-07-13T09:00", "Railway", text),))
    a = pipeline.run(arts[0])
    return [text[s:e] for s, e in owned_spans(a, frozenset({day}))]


def test_the_day_owns_a_happening_not_a_measure_or_a_series(pipeline: Pipeline) -> None:
    assert _owned(pipeline, "Investigators are studying Saturday's breakdown near Zermatt.") == ["breakdown"]
    assert _owned(pipeline, "Shares extended Saturday's rise of nearly 4% on Monday.") == []  # a measure
    assert _owned(pipeline, "Riders were hurt on Saturday's fourth stage near Zermatt.") == []  # one of a series
    assert _owned(pipeline, "Investigators are studying Sunday's breakdown near Zermatt.") == []  # another day
    assert _owned(pipeline, "Growers said this year's harvest was poor.") == []  # a year: no happening


RAILWAY = (
    ("2026-07-11T18:00", "Rack railway brakes fail near Zermatt",
     "The brakes of a rack railway train failed near Zermatt on Saturday, injuring 14 passengers, "
     "police said.\nThe train slid 300 metres before it stopped."),
    ("2026-07-13T09:00", "Inquiry into Zermatt railway",
     "Swiss investigators said on Monday that worn brake pads were to blame for Saturday's malfunction "
     "near Zermatt, which injured 14 passengers.\nThe line will reopen on Friday."),
)


def test_the_noun_the_news_day_owns_names_the_news(pipeline: Pipeline) -> None:
    """The lead tells brakes that failed on Saturday; a later report blames something for
    "Saturday's malfunction", a word no trigger list reads: a mention of the news (fails without the layer)."""
    words = central_words(pipeline, RAILWAY)
    assert ("a0", "failed") in words
    assert ("a1", "malfunction") in words


def test_undated_reports_are_not_read(pipeline: Pipeline) -> None:
    assert ("a1", "malfunction") not in central_words(pipeline, RAILWAY, dated=False)
