"""Issue #14, session 57: the tense rules read their words from ``data/lexicon.json``.

``newskit_dates.tense`` held word sets in code (``_NOUNISH``, ``_PAST_FUTURE``,
``_PERFECT_HAVE``, ``and|but`` in ``_conjunct`` and the alternations of its patterns); they
are rule data, so they moved to the plugin's lexicon and the patterns are built from it
once. The output did not change (the read-set dump, TBAQ and ``bench/identical.py``); these
tests keep the words out of the code and show the data is what the rules read.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.plugins.dates.helpers import date_triples

import newskit_dates.tense as tense
from newskit_dates import vocabulary
from newskit_dates.lexicon import lexicon, raw_lexicon

_SOURCE = Path(tense.__file__).read_text(encoding="utf-8")
_README = (Path(tense.__file__).parent / "data" / "README.md").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 9, 17)  # a Wednesday


def _string_collections(node: ast.AST) -> Iterator[ast.AST]:
    """Set, tuple and list displays of two or more string literals under ``node``."""
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Set, ast.Tuple, ast.List)) and len(sub.elts) > 1 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in sub.elts):
            yield sub


def test_the_tense_module_holds_no_word_collection_at_module_level() -> None:
    """No module-level name is bound to a collection of words (``_NOUNISH = frozenset({...})``)."""
    tree = ast.parse(_SOURCE)
    held = [ast.unparse(n)[:60] for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
            and "__all__" not in ast.unparse(n) and any(True for _ in _string_collections(n))]
    assert held == []


def test_the_tense_patterns_hold_no_word_alternation() -> None:
    """No pattern literal spells a choice of words (``(?:and|but)``): each is built from the lexicon."""
    literals = [n.value for n in ast.walk(ast.parse(_SOURCE))
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and "(?" in n.value]
    spelled = [p for p in literals if re.search(r"(?<![\\])\b[a-z]{2,}\|[a-z]{2,}\b", p)]
    assert spelled == []


def test_every_key_the_tense_rules_read_is_in_the_lexicon_and_its_readme() -> None:
    keys = set(re.findall(r"""(?:word_set|_words|lexicon\(\))\(?\s*\[?\(?["']([a-z_]+)["']""", _SOURCE))
    assert {"future_cue_nouns", "future_in_the_past_words", "perfect_have", "conjunct_predicate_joins"} <= keys
    missing = sorted(k for k in keys if k not in raw_lexicon())
    undocumented = sorted(k for k in keys if f"`{k}`" not in _README)
    assert (missing, undocumented) == ([], [])


def test_the_future_cue_nouns_mark_the_nouns_of_intent() -> None:
    nouns = raw_lexicon()["future_cue_nouns"]
    assert {w for w, intent in nouns.items() if intent} == {"plan", "plans", "hopes", "aims"}
    assert {w for w, intent in nouns.items() if not intent} == {"due", "next"}


@pytest.fixture
def lexicon_with(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Run the tense rules on the lexicon with some keys replaced; the caches are cleared
    before and after, so no other test sees the change."""

    def clear() -> None:
        for module in (tense, vocabulary):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == module.__name__:
                    value.cache_clear()

    def use(**changed: Any) -> None:
        base = lexicon()
        monkeypatch.setattr(tense, "lexicon", lambda: {**base, **changed})
        monkeypatch.setattr(vocabulary, "lexicon", lambda: {**base, **changed})
        clear()

    clear()
    yield use
    monkeypatch.undo()
    clear()


def test_a_noun_of_intent_is_read_from_the_data(lexicon_with: Any) -> None:
    sentence = "Officials said they had no plans in July to sell the depot."
    assert ("July", "DATE", "2025-07") in date_triples(sentence, PUBLISHED)
    nouns = {**raw_lexicon()["future_cue_nouns"], "plans": False}
    lexicon_with(future_cue_nouns=nouns)
    # "plans" no longer a noun of intent that may end its phrase: the future cue looks ahead
    assert ("July", "DATE", "2026-07") in date_triples(sentence, PUBLISHED)


def test_a_second_predicates_join_is_read_from_the_data(lexicon_with: Any) -> None:
    sentence = "The council had repaid part of the grant in May and would settle the rest later."
    assert ("May", "DATE", "2025-05") in date_triples(sentence, PUBLISHED)
    lexicon_with(conjunct_predicate_joins=["but"])
    # "and" no longer opens a second predicate: its "would" is read as the time's cue
    assert ("May", "DATE", "2026-05") in date_triples(sentence, PUBLISHED)


def test_a_future_told_from_the_past_is_read_from_the_data(lexicon_with: Any) -> None:
    sentence = "The harbour authority said the quay would stay closed until June."
    assert ("June", "DATE", "2025-06") in date_triples(sentence, PUBLISHED)
    words = [w for w in raw_lexicon()["future_in_the_past_words"] if w != "would"]
    lexicon_with(future_in_the_past_words=words)
    assert ("June", "DATE", "2026-06") in date_triples(sentence, PUBLISHED)


@pytest.mark.parametrize(("sentence", "triple"), [
    # the moved words, one sentence each (readings as at the start of the session)
    ("The freight line has until March to file its safety case.", ("March", "DATE", "2026-03")),
    ("Engineers said the seal must not have failed until August.", ("August", "DATE", "2025-08")),
    ("In October, the depot will reopen to freight.", ("October", "DATE", "2025-10")),
    ("The hearing is on Friday.", ("Friday", "DATE", "2025-09-19")),
    ("Ferreira was, until Friday, the club's captain.", ("Friday", "DATE", "2025-09-12")),
    ("Staff had flagged the fault as early as April.", ("April", "DATE", "2025-04")),
    ("Sunday's regatta is expected to draw large crowds.", ("Sunday", "DATE", "2025-09-21")),
])
def test_the_moved_words_keep_their_readings(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in date_triples(sentence, PUBLISHED)
