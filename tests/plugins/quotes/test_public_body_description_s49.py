"""Session 49 (issue #14): a public body named by its kind ("police", "the health
ministry") is never an earlier speaker whose name says no kind of body ("According to
police, ..." after "the campaign said" was the campaign's words); a state's government, and
a body whose name holds the head, still are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, QuoteMention, analyze


def _speakers(text: str) -> list[str | None]:
    a = analyze(Article.from_dict({"id": "q", "text": text, "published": "2026-05-02"}))
    return [m.speaker for m in a.mentions if isinstance(m, QuoteMention)]


@pytest.mark.parametrize(("text", "last"), [
    ("The Clean Air campaign said it did not trust the plan.\nAccording to police, at least 15 "
     "people were hurt on Friday night.", "police"),
    ("The Clean Air campaign said it did not trust the plan.\nAccording to the health ministry, "
     "nine people were treated in hospital.", "health ministry"),
])
def test_a_public_body_is_no_unkinded_speaker_before_it(text: str, last: str) -> None:
    assert _speakers(text)[-1] == last


@pytest.mark.parametrize(("text", "last"), [
    ("The Dunmore Police said two men were held. Police said they were 24 and 51.", "Dunmore Police"),
    ("Mongolia said it would act. The government said it would send aid.", "Mongolia"),
])
def test_a_body_whose_name_holds_the_head_or_a_state_still_is(text: str, last: str) -> None:
    assert _speakers(text)[-1] == last
