"""Persons' big word tables, read bucket by bucket from newskit's cache (issue #11), hold
exactly the words of their files."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskit_persons import lexicon as lx


@pytest.mark.parametrize("cache", ["on", "off"])
def test_the_big_tables_are_the_files_words(cache: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSKIT_CACHE_DIR", str(tmp_path) if cache == "on" else "")
    for _ in range(2):  # built, then (cache on) read back from the file
        lex = lx.Lexicon()
        zipf: dict[str, float] = {}
        for line in lx._lines("common.txt"):
            word, _, z = line.partition("\t")
            zipf[word] = float(z or 0)
        extra = {str(x) for x in lx.raw_lexicon().get("extra_places", ())}
        assert set(lex.given) == set(lx._lines("given.txt"))
        assert set(lex.surnames) == set(lx._lines("surnames.txt"))
        assert set(lex.places) == set(lx._lines("places.txt")) | extra
        assert dict(lex.zipf) == zipf
    # a few look-ups as the detector makes them
    assert lex.is_name("john") and lex.common("the", 5.0) and not lex.common("zbigniew", 3.0)
    assert "paris" in lex.places and "london" in lex.places
