"""The cue lexicon's forms at a word: a one-word form is matched by its first word alone;
only a form of several words is split and compared word by word (``_rest_matches``)."""

from __future__ import annotations

import pytest

from newskit_quotes import attribution
from newskit_quotes.attribution import cue_at
from newskit_quotes.doc import Doc


def _index(doc: Doc, word: str) -> int:
    return doc.low.index(word)


def test_one_word_form_is_not_compared_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(doc: Doc, i: int, form: str) -> bool:
        raise AssertionError(f"{form!r} compared word by word")

    monkeypatch.setattr(attribution, "_rest_matches", refuse)
    doc = Doc("The harbour master said the ferry would sail at dawn.", [])
    cue = cue_at(doc, _index(doc, "said"))
    assert cue is not None and cue.form == "said" and cue.first == cue.last


@pytest.mark.parametrize(
    ("text", "first", "form"),
    [
        ("The keeper told reporters that the lions were fed.", "told", "told reporters"),
        ("Rain fell all night, according to the gardener.", "according", "according to"),
        ("The baker pointed out that flour had run short.", "pointed", "pointed out"),
    ],
)
def test_several_word_forms_still_found(text: str, first: str, form: str) -> None:
    doc = Doc(text, [])
    cue = cue_at(doc, _index(doc, first))
    assert cue is not None and cue.form == form
    assert text[cue.start : cue.end] == form


def test_several_word_form_needs_one_phrase() -> None:
    """A comma between the words breaks the longer form: the one-word form is taken."""
    text = "The keeper told, reporters say, a long story."
    doc = Doc(text, [])
    cue = cue_at(doc, _index(doc, "told"))
    assert cue is not None and cue.form == "told"


def test_form_running_past_the_last_word() -> None:
    doc = Doc("Nobody else was told", [])
    cue = cue_at(doc, _index(doc, "told"))
    assert cue is not None and cue.form == "told"
