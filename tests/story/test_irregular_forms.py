"""Irregular verb forms in the story's trigger stems (story/features.py ``lemma``): one outlet
writes "broke the record", another "the record was broken", and the two are one happening,
so both forms stem as the verb does; a form the trigger families list as an event word of
its own keeps that reading ("a gunshot wound" is an injury, not a form of "wind"). A
swimming record told by three outlets, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.datafiles import package_json
from newskit.story.features import family, lemma
from tests.story.helpers import story_of

_VERBS: dict[str, list[str]] = package_json("newskit", "irregular_verbs.json")["verbs"]
_LISTED = {w.lower() for words in package_json("newskit", "coref.json")["families"] for w in words}
_FORMS = sorted((verb, tuple(f for f in forms if f not in _LISTED)) for verb, forms in _VERBS.items())


def test_past_and_participle_of_an_irregular_verb_stem_as_the_verb() -> None:
    assert lemma("broke") == lemma("broken") == lemma("breaking") == lemma("break")
    assert lemma("fell") == lemma("fallen") == lemma("falling")
    assert lemma("withdrew") == lemma("withdrawn") == lemma("withdrawing")
    assert family("withdrew") == family("withdraws")


def test_a_form_listed_as_an_event_word_keeps_its_own_reading() -> None:
    assert family("wound") == family("wounded") == family("injured")
    assert family("wound") != family("winds")


@given(st.sampled_from(_FORMS))
def test_property_the_forms_of_one_irregular_verb_share_a_stem(entry: tuple[str, tuple[str, ...]]) -> None:
    _verb, forms = entry
    assert len({lemma(f) for f in forms}) <= 1


_RECORD = [
    {"id": "wire", "title": "Ruiz breaks 400m freestyle world record",
     "text": "Ana Ruiz broke the 400m freestyle world record at the national championships in Lisbon.\n"
             "The 19-year-old touched in 3:55.1.\nThe old mark had stood since 2019."},
    {"id": "daily", "title": "Freestyle record falls in Lisbon",
     "text": "The 400m freestyle world record was broken by Ana Ruiz in Lisbon.\n"
             "Ruiz, 19, said she had trained for the swim all year.\n"
             "Her coach said the record was broken by a clear margin."},
    {"id": "radio", "title": "Teenager breaks world record",
     "text": "Teenager Ana Ruiz has broken the world record in the 400m freestyle.\nShe swam 3:55.1 in Lisbon."},
]


def test_broke_and_broken_in_three_outlets_are_one_event(pipeline: Pipeline) -> None:
    story = story_of(pipeline, _RECORD)
    central = {(m.article, m.text) for m in story.events[0].mentions}
    assert {("wire", "broke"), ("daily", "broken"), ("radio", "broken")} <= central
    assert not any(m.text.startswith("broke") for e in story.events[1:] for m in e.mentions)
