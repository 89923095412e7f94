"""Session 49 (issue #10): the one charged or accused in a passive with no agent is no
accuser, however many words stand between the cue and its "with"/"of" ("Ramcharan, 47, was
charged today in court with smuggling" gave the allegation to Ramcharan). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, analyze


def _allegers(text: str) -> list[str | None]:
    a = analyze(Article.from_dict({"id": "p", "text": text, "published": "2026-04-02"}))
    return [c.source for c in a.claims if c.stance == "alleges"]


@pytest.mark.parametrize("text", [
    "Aldo Perrin, 52, was charged on Tuesday at the district court with fraud and forgery.",
    "The harbour master was formally accused on Friday in a closed hearing of taking bribes.",
])
def test_a_passive_charge_names_no_accuser(text: str) -> None:
    assert _allegers(text) == []


def test_an_active_charge_keeps_its_accuser() -> None:
    assert _allegers("Prosecutors charged the harbour master on Friday with taking bribes.") != []
