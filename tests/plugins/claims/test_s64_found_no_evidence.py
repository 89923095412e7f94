"""Session 64 (issue #10): what a finding of nothing governs is denied, not asserted.
``The company said it had found no evidence that <customer data was taken>``: the cue
``found`` took the clause after ``no evidence that`` as its content and asserted it (or
alleged it, when the clause named a wrongdoing), so a regulator that cleared a union read
as its accuser. Sentences written for these tests (a data breach, a pay dispute, an air
accident, a dam)."""

from __future__ import annotations

import pytest

from newskit import Article, Pipeline


def _stances(pipeline: Pipeline, text: str, content: str) -> set[str]:
    a = pipeline.run(Article.from_dict({"id": "x", "text": text}))
    return {c.stance for c in a.claims if c.text == content}


@pytest.mark.parametrize(("text", "content"), [
    ("The company said it had found no evidence that customer data was taken.", "customer data was taken"),
    ("The tribunal found no evidence that the drivers' union had breached the ballot rules.",
     "the drivers' union had breached the ballot rules"),
    ("Inspectors saw no sign that the spillway gates had been tampered with, the agency said.",
     "the spillway gates had been tampered with"),
    ("Investigators have found no indication that the pilots were fatigued.", "the pilots were fatigued"),
])
def test_what_was_not_found_is_denied(pipeline: Pipeline, text: str, content: str) -> None:
    got = _stances(pipeline, text, content)
    assert got <= {"denies"}, got  # no claim of it, or a denial


@pytest.mark.parametrize(("text", "content"), [
    ("Investigators found that the brakes had failed.", "the brakes had failed"),
    ("The audit found evidence that the contractor had billed twice.", "the contractor had billed twice"),
])
def test_what_was_found_is_not_denied(pipeline: Pipeline, text: str, content: str) -> None:
    got = _stances(pipeline, text, content)
    assert got and "denies" not in got, got
