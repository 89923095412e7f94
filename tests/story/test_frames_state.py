"""A light verb with "on" before a bare noun is no phrasal predicate (story/frames.py
``_phrasal``): in "bus drivers went on strike" the noun is the act, so the leads that share
it make no frame of "went" whose object the strike would be. Sentences and stories written
for these tests (a bus strike, a barn set on fire)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.frames import _context, _phrasal, lead_frames
from tests.story.helpers import central_words


def _words(pipeline: Pipeline, title: str, text: str) -> set[str]:
    a = pipeline.run(Article.from_dict({"id": "s0", "published": "2026-10-02", "title": title, "text": text}))
    return {f.word for f in lead_frames(a, _context([a], frozenset()))}


def test_went_on_strike_is_no_frame_of_went(pipeline: Pipeline) -> None:
    assert "went" not in _words(pipeline, "Bus drivers walk out", "Bus drivers in Calder went on strike on "
                                "Thursday morning over pay, the union said.")


def test_set_on_fire_is_no_frame_of_set(pipeline: Pipeline) -> None:
    assert "set" not in _words(pipeline, "Barn burns in Ostley", "Youths set on fire a hay barn near Ostley on "
                               "Sunday night, police said.")


def test_a_phrasal_verb_before_a_time_or_an_infinitive_stays_one(pipeline: Pipeline) -> None:
    """"went on for hours", "went on to win": the particle's verb, not a state."""
    assert "went" in _words(pipeline, "Talks drag on", "The talks went on for eleven hours on Monday, the "
                            "mediator said.")


def _toks(text: str) -> list[tuple[str, int, int, bool]]:
    return [(m.group(), m.start(), m.end(), False) for m in regex.finditer(r"\w+|[^\w\s]", text)]


def test_a_verb_whose_on_takes_an_object_stays_phrasal() -> None:
    """"taking on water", "took on 40 staff": "take on" is a phrasal verb with an object."""
    assert _phrasal(_toks("the ferry took on water"), 2)
    assert not _phrasal(_toks("the crews went on strike"), 2)


_STRIKE = [
    ("2026-10-02T09:00", "Calder bus drivers go on strike over pay",
     "Bus drivers in Calder went on strike early on Thursday, halting almost every route in the city. "
     "The strike was called by the transport union after talks on night pay broke down."),
    ("2026-10-02T11:00", "No buses in Calder as drivers strike",
     "Commuters in Calder queued for taxis on Thursday after the city's bus drivers went on strike over pay. "
     "Departures from the central depot were cancelled from 5 a.m., the operator said."),
    ("2026-10-02T15:00", "Calder strike strands commuters",
     "A strike by Calder's bus drivers left thousands of commuters stranded on Thursday. "
     "The walkout began at dawn and the union said it would last until Saturday."),
]


def test_the_strike_the_leads_go_on_is_the_news(pipeline: Pipeline) -> None:
    words = {w for _a, w in central_words(pipeline, _STRIKE)}
    assert "strike" in words and "went" not in words


@settings(max_examples=40, deadline=None)
@given(verb=st.sampled_from(["went", "go", "goes", "have gone"]),
       noun=st.sampled_from(["strike", "trial", "sale", "leave", "patrol"]),
       tail=st.sampled_from([" on Monday", " in March", "", " at dawn"]))
def test_a_form_of_go_on_a_bare_noun_is_never_a_phrasal_frame(verb: str, noun: str, tail: str) -> None:
    """Any form of the light verb before "on" and a bare noun, whatever the time after it."""
    pipeline = _PIPELINE
    first = verb.split()[-1]
    assert first not in _words(pipeline, "News", f"Nurses at the clinic {verb} on {noun}{tail}, the union said.")


_PIPELINE = Pipeline.build()
