"""Session 47 (issue #14): the capitalised words after a role word and ``for``/``of`` before
a full name are the role's portfolio, not the person's first names (``Deputy Minister for
Roads Ana Paz`` is Ana Paz, not "Roads Ana Paz"; ``Vice Minister for Evaporite Resources
Javier Mollo`` found no person at all). A given name right after the joiner stays the
name's. Invented sentences."""

from __future__ import annotations

import pytest

from newskit import Article, PersonMention, Pipeline


def _people(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "a", "published": "2026-05-02T10:00", "text": text}))
    return [m.text for m in a.mentions if isinstance(m, PersonMention)]


@pytest.mark.parametrize(("text", "name"), [
    ("Deputy Minister for Roads Ana Paz said the bridge was safe.", "Ana Paz"),
    ("\"The accusation is false,\" Vice Minister for Evaporite Resources Javier Mollo said.", "Javier Mollo"),
    ("Secretary of Health Maria Lopes visited the clinic on Monday.", "Maria Lopes"),
])
def test_the_portfolio_is_no_part_of_the_name(pipeline: Pipeline, text: str, name: str) -> None:
    assert _people(pipeline, text) == [name]


def test_a_name_right_after_the_joiner_is_kept(pipeline: Pipeline) -> None:
    assert _people(pipeline, "A spokesman for Tom Hale said he would appeal.") == ["Tom Hale"]
