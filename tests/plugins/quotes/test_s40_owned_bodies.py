"""Session 40 (issue #10): a body around a person or firm that speaks for it (``the Clinton
campaign``, ``the Acme board``) is who speaks, named with its owner; the name alone would
credit the person or the firm with the campaign's or the board's words. A name before a
generic head of its own kind (``the Kestrel company``) is still that name. A description
opening a sentence is written as it is inside one (``the shipyard``, not ``The shipyard``)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline, QuoteMention
from newskit_quotes.actors import classify


@pytest.mark.parametrize(("phrase", "name"), [
    ("the Halvorsen campaign", "Halvorsen campaign"),
    ("The Okafor team", "Okafor team"),
    ("the Tarnwick Mining board", "Tarnwick Mining board"),
    ("the Tarnwick company", "Tarnwick"),
])
def test_a_body_around_a_name_is_named_with_it(phrase: str, name: str) -> None:
    assert classify(phrase).name == name


def test_a_campaign_speaks_not_its_candidate(pipeline: Pipeline) -> None:
    text = ("Senator Ann Halvorsen spoke in Dayton on Monday. "
            "The Halvorsen campaign said turnout had doubled since March.")
    quotes = [m for m in pipeline.run(Article(text=text, id="t")).mentions if isinstance(m, QuoteMention)]
    assert [q.speaker for q in quotes] == ["Halvorsen campaign"]


@pytest.mark.parametrize("text", [
    "Unions accused the shipyard of cutting pay. The shipyard said pay would rise in May.",
    "Pay would rise in May, the shipyard said, after unions accused it of cutting pay.",
])
def test_a_description_is_one_speaker_wherever_the_sentence_puts_it(pipeline: Pipeline, text: str) -> None:
    quotes = [m for m in pipeline.run(Article(text=text, id="t")).mentions if isinstance(m, QuoteMention)]
    assert "the shipyard" in [q.speaker for q in quotes]
