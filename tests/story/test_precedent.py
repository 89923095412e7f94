"""The news named by the subject of a sentence that sets it beside an earlier happening
(story/precedent.py).

The stories are invented, of another kind of news than the sets the misses were read in: a
steamer's wreck found by divers ("The find follows the 2021 discovery of ..."), and the
shapes of a verb of precedent on single sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.precedent import precedent_subjects
from tests.story.helpers import central_words


def _subjects(text: str) -> list[str]:
    return [text[s:e] for s, e in precedent_subjects(text)]


def test_a_noun_set_beside_an_earlier_happening() -> None:
    assert _subjects("The find follows the 2021 discovery of a paddle steamer near Bangor.") == ["find"]
    assert _subjects("The walkout comes just over two years after a strike at the same depot.") == ["walkout"]
    assert _subjects("Monday's flooding was the worst in the valley since 1998, the council said.") == ["flooding"]
    assert _subjects("Officials said the blunder recalled the 2019 mix-up in Leeds.") == ["blunder"]
    assert _subjects("The strike came 16 months after the last pay deal.") == ["strike"]


def test_what_is_not_read() -> None:
    assert _subjects("The inspection follows claims by the drivers' union.") == []  # no earlier time told
    assert _subjects("The case is the largest since the 2023 fraud at the port.") == []  # a whole affair
    assert _subjects("The strikes came 16 months after the last pay deal.") == []  # a plural: many happenings
    assert _subjects("Two patients were added to the count in 2024.") == []  # a form of be
    assert _subjects("Its decision to close the depot came after months of talks in 2025.") == []  # an object
    assert _subjects("A strike came 16 months after the last pay deal.") == []  # not definite
    assert _subjects("The crew followed their training in 2024.") == []  # 'followed': obeyed


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the", "a", "find", "finds", "follows", "came", "two", "years", "after", "was",
                                 "worst", "since", "2019", "case", "to", "close", "its", ",", "."]),
                min_size=1, max_size=14))
def test_a_subject_is_a_definite_singular_noun_before_a_verb_of_precedent(words: list[str]) -> None:
    text = " ".join(words)
    for s, e in precedent_subjects(text):
        word = text[s:e]
        assert word not in ("finds", "case", "the", "a", "was", "to")
        assert text[e:].split()[0] in ("follows", "came", "was")


WRECK = (
    ("2026-08-12T09:00", "Divers find lost steamer off Anglesey",
     "Divers discovered the wreck of the steamer Menai Queen off Anglesey on Tuesday, 140 years after "
     "she sank in a gale, the maritime museum said.\nThe hull lies at a depth of 38 metres."),
    ("2026-08-12T17:00", "Steamer wreck located",
     "Divers located the wreck of the Menai Queen off Anglesey on Tuesday, the museum said.\n"
     "The find follows the 2021 discovery of a paddle steamer near Bangor."),
)


def test_the_subject_of_a_precedent_names_the_news(pipeline: Pipeline) -> None:
    """The leads tell a wreck discovered; a later sentence sets "the find" beside a 2021
    discovery: a mention of the news, in no trigger list (fails without the layer)."""
    words = central_words(pipeline, WRECK)
    assert ("a0", "discovered") in words
    assert ("a1", "find") in words


def test_undated_reports_are_not_read(pipeline: Pipeline) -> None:
    assert ("a1", "find") not in central_words(pipeline, WRECK, dated=False)
