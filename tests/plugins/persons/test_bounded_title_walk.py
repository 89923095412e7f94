"""Session 49: the titles read back before a craft's name (``the vessel Sir Bedivere``,
``HMS Queen Elizabeth``) are at most ``_TITLES_BEFORE`` words: in a text of titles
(``"President " * k``) every run read its titles back to the text's start, quadratic (the
hang guard of ``test_properties`` found it: 84x the CPU time for 10x the text)."""

from __future__ import annotations

from newskit_persons import extract_persons
from newskit_persons.document import Doc
from newskit_persons.lexicon import lexicon
from newskit_persons.named_things import _TITLES_BEFORE, _past_titles


def _index(doc: Doc, word: str) -> int:
    return next(i for i, t in enumerate(doc.toks) if t.text == word)


def test_the_titles_before_a_crafts_name_are_read_back() -> None:
    doc = Doc("Divers inspected the survey vessel Sir Bedivere Tolland after the storm.")
    k = _index(doc, "Bedivere")
    assert _past_titles(doc, lexicon(), k) == k - 1


def test_the_walk_back_stops_after_a_few_titles() -> None:
    doc = Doc("President " * 40 + "Vessa Marno spoke.")
    k = _index(doc, "Vessa")
    assert _past_titles(doc, lexicon(), k) == k - _TITLES_BEFORE


def test_a_craft_named_after_titles_is_still_no_person() -> None:
    text = "Crews boarded the tanker Princess Hallveig Orm off the cape, said Captain Tove Brandt."
    found = {m.text for m in extract_persons(text)}
    assert "Princess Hallveig Orm" not in found and "Hallveig Orm" not in found
    assert "Tove Brandt" in found
