"""A denial that names its accuser is read at each word of the accuser's name, each word
compiled once (``contested._name_word``); a denial holding none of the name's words, case
aside, compiles none (speed, issue #11), and answers as before."""

from __future__ import annotations

import pytest
import regex

from newskit.model import Claim
from newskit.story import contested


def _claim(text: str, source: str, source_type: str, stance: str) -> Claim:
    return Claim(article="a1", start=0, end=len(text), text=text, source=source, stance=stance,
                 source_type=source_type)


_ALLEGATION = _claim("the port's pilots had been told to skip the night checks", "Marta Quell", "person", "alleges")


def test_a_denial_naming_no_accuser_compiles_no_pattern() -> None:
    contested._name_word.cache_clear()
    denial = _claim("The operator denied that any check had been skipped.", "Harlow Ports", "organisation", "denies")
    assert not contested._names_accuser(_ALLEGATION, denial)
    assert contested._name_word.cache_info().misses == 0


def test_a_denial_naming_the_accuser_in_any_case_is_still_read() -> None:
    for text in ("The operator rejected Quell's claims as baseless.",
                 "The operator rejected claims by former pilot Marta QUELL.",
                 "The operator called the Quell allegations baseless."):
        denial = _claim(text, "Harlow Ports", "organisation", "denies")
        assert contested._names_accuser(_ALLEGATION, denial), text


def test_a_denial_holding_the_name_elsewhere_is_read_and_answers_no() -> None:
    contested._name_word.cache_clear()
    denial = _claim("The operator said Quellton had no part in the checks.", "Harlow Ports", "organisation", "denies")
    assert not contested._names_accuser(_ALLEGATION, denial)
    assert contested._name_word.cache_info().misses == 1


def test_a_denier_named_in_an_allegation_is_found_with_no_pattern_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_compile(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern compiled")

    monkeypatch.setattr(regex, "compile", no_compile)
    told = _claim("Team Velden had hidden the test results from the league.", "Ana Brisk", "person", "alleges")
    assert contested._accuses(told, "Team Velden")
    assert not contested._accuses(_claim("The Veldensee club hid nothing.", "Ana Brisk", "person", "alleges"),
                                  "Team Velden")
