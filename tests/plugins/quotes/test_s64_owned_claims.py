"""Session 64 (issue #10): ``claim`` with a thing taken as one's own for its object
(``claimed responsibility for the attack``, ``claimed victory``, ``claimed asylum``)
reports no words: the gang that ``claimed responsibility on its leak site`` was read as
alleging "responsibility on its leak site". The same verb with a clause (``claimed that
the vote was rigged``, ``claimed the title deeds were forged``) still reports. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return [m.text for m in a.mentions if m.kind == "quote"]


@pytest.mark.parametrize("text", [
    "A hacking group calling itself Grey Heron claimed responsibility on its website late on Monday.",
    "The militia claimed responsibility for the ambush in a statement.",
    "Both parties claimed victory on Sunday night as the count dragged on.",
    "The Harriers claimed the title with two games to spare.",
    "The defector claimed asylum at the embassy in Vienna.",
    "The mayor claimed credit for the new bus lanes.",
])
def test_a_thing_claimed_as_ones_own_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert _quotes(pipeline, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The opposition claimed that the victory was stolen.", "the victory was stolen"),
    ("The tenants' union claimed the title deeds were forged.", "the title deeds were forged"),
    ("The rebels claimed the army had shelled the market.", "the army had shelled the market"),
])
def test_a_clause_after_claim_is_still_reported(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in _quotes(pipeline, text)
