"""The news named by a noun of an act one of its participants owns (story/participant_owned.py).

The stories are invented, of another kind of news than the sets the misses were read in: a
choir that dismissed its conductor ("the choir's dismissal of" him in a later report), and
the shapes of a possessive noun phrase on single sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.participant_owned import names_act, owned_acts
from tests.story.helpers import central_words

OWNERS = frozenset({"choir", "conductor", "kessler"})


def _owned(text: str) -> list[str]:
    return [text[s:e] for s, e in owned_acts(text, OWNERS)]


def test_a_participant_owns_the_noun_of_an_act() -> None:
    assert _owned("Singers protested against the choir's dismissal of its conductor.") == ["dismissal"]
    assert _owned("Fans regretted Mr Kessler's sudden withdrawal from the tour.") == ["withdrawal"]
    assert _owned("Members said the choir’s removal was planned.") == ["removal"]


def test_what_a_participant_owns_that_names_no_act_of_the_news() -> None:
    assert _owned("The choir's decision to dismiss him was unanimous.") == []  # a general noun, an infinitive
    assert _owned("The choir's last dismissal was in 1998.") == []  # ranked in a series
    assert _owned("The choir's concerts were cancelled.") == []  # a plural
    assert _owned("The choir's music director resigned.") == []  # a compound: its head names a person
    assert _owned("The choir's investment of about $2 million was lost.") == []  # a measure
    assert _owned("The orchestra's dismissal of its leader surprised nobody.") == []  # no participant
    assert _owned("Kessler's Choir dismissal was announced.") == []  # no lower-case word after the possessive


def test_the_nouns_of_an_act() -> None:
    assert names_act("dismissal") and names_act("expulsion") and names_act("shutdown")
    assert not names_act("decision")  # a general noun of an act: read by its antecedent
    assert not names_act("dismissals") and not names_act("dismissed")  # a plural, a verb's form
    assert not names_act("conductor") and not names_act("Dismissal")  # a person; a name's word


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the", "choir's", "orchestra's", "sudden", "last", "dismissal", "dismissals", "of",
                                 "to", "music", "removal", ",", ".", "was", "Kessler's", "decision"]),
                min_size=1, max_size=10))
def test_an_owned_act_follows_a_participants_possessive(words: list[str]) -> None:
    text = " ".join(words)
    for s, e in owned_acts(text, OWNERS):
        noun = text[s:e]
        assert names_act(noun)
        before = text[:s].split()
        assert before and (before[-1] in ("choir's", "Kessler's") or before[-2:-1] in (["choir's"], ["Kessler's"]))


CHOIR = (
    ("2026-03-10T18:00", "Vienna choir dismisses conductor Kessler",
     "The Vienna Boys' Choir dismissed its conductor, Anton Kessler, on Tuesday after complaints from "
     "parents, the choir said.\nKessler had led it for 11 years."),
    ("2026-03-10T20:00", "Choir sacks conductor Kessler",
     "Vienna's best-known choir dismissed conductor Anton Kessler on Tuesday, the choir's board said.\n"
     "He has not commented."),
    ("2026-03-12T09:00", "Parents split over Vienna choir",
     "Parents of the Vienna Boys' Choir's singers were divided on Thursday over the choir's sudden "
     "removal of Anton Kessler, who was dismissed on Tuesday.\nA petition for his return has 2,000 signatures."),
)


def test_the_noun_a_participant_owns_names_the_news(pipeline: Pipeline) -> None:
    """Two leads tell a choir that dismissed its conductor; a later report names "the choir's
    sudden removal", a word of another family than the leads' verb, in a sentence that tells
    what came after it: a mention of the news (fails without the layer)."""
    words = central_words(pipeline, CHOIR)
    assert ("a0", "dismissed") in words
    assert ("a2", "removal") in words


def test_undated_reports_are_not_read(pipeline: Pipeline) -> None:
    assert ("a2", "removal") not in central_words(pipeline, CHOIR, dated=False)
