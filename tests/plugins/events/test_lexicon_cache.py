"""The events lexicon built from newskit's cache is the lexicon built afresh (issue #11:
its derived senses are stored for exactly the plain senses they were derived from)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit.vocabulary import EventTrigger, Vocabulary, using
from newskit_events import lexicon as lex


def _fresh() -> lex.Lexicon:
    lex.lexicon.cache_clear()  # type: ignore[attr-defined]
    return lex.lexicon()


@pytest.mark.parametrize("cache", ["on", "off"])
def test_the_derived_senses_from_the_cache_are_those_derived_afresh(
        cache: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path) if cache == "on" else "")
    first, again = _fresh(), _fresh()  # the second from the file (when the cache is on)
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", "")
    plain = _fresh()
    assert first.senses == again.senses == plain.senses
    assert again.general_stems == plain.general_stems and again.verb_only == plain.verb_only
    # what derivation adds: "evacuation" from the verb "evacuate", "explode" from "explosion"
    assert any(s.pos == "noun" for s in again.senses["evacuation"])
    assert any(s.pos == "verb" for s in again.senses["explode"])


def test_another_vocabulary_gets_its_own_derived_senses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path))
    base = _fresh()
    assert "entrenchment" not in base.senses
    with using(Vocabulary.merge([("test", EventTrigger, [EventTrigger(lemma="entrench", event_class="disaster",
                                                                     pos="verbs")])])):
        mine = _fresh()
    assert [s.cls for s in mine.senses["entrenchment"]] == ["disaster"]
    assert "entrenchment" not in _fresh().senses
