"""A headline tells its news in the present tense ("Klitschko Stops Thompson", "Gunman Shoots
Two"): an ``-s`` form between a capitalised subject and its object is the verb, even of a
verb whose ``-s`` form is otherwise a plural noun ("stops", "shoots"). Elsewhere the plural
noun stays no event ("the bus stops", "The Stops"). Headlines written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article
from newskit_events.triggers import find_triggers


def _triggers(text: str) -> dict[str, str]:
    return {form: cls for _s, _e, form, cls, *_ in find_triggers(text)}


@pytest.mark.parametrize(("text", "word"), [
    ("Vargas Stops Okafor in Ninth Round to Keep Title", "stops"),
    ("Sacked Warehouse Worker Shoots Two Managers", "shoots"),
    ("Ortega stops Kim in the fourth round", "stops"),
])
def test_a_headline_present_between_subject_and_object_is_the_act(text: str, word: str) -> None:
    assert word in _triggers(text), _triggers(text)


@pytest.mark.parametrize("text", [
    "The bus stops near the school every hour.",
    "The Stops Along the Coast Road",
    "Photographers booked three shoots in May.",
])
def test_a_plural_noun_is_no_act(text: str) -> None:
    got = _triggers(text)
    assert "stops" not in got and "shoots" not in got, got


def test_the_act_is_an_event_of_the_article() -> None:
    """In a headline in sentence case the act joins the article's event (a headline in Title
    Case is read by the names layer first)."""
    from newskit import Pipeline
    art = Pipeline.build().run(Article.from_dict({"id": "h", "published": "2026-03-08",
                                                  "text": "Maria Vargas stops Ana Okafor in ninth round\nVargas stopped Okafor "
                                                          "in the ninth round on Saturday."}))
    assert any(m.text == "stops" for e in art.events for m in e.mentions), art.events


def test_a_body_sentence_in_the_present_tells_a_state() -> None:
    got = _triggers("Officials said Norway faces a severe shortage of nurses this winter.")
    assert "faces" not in got, got
