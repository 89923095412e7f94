"""The repeated-work counter of bench/repeated_calls.py: a call of a newskit function is a
repeat when its arguments equal an earlier call's of the same article (by value for short
strings and numbers, by identity for other objects, never mistaking a new object for a
freed one whose id it reuses)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newskit.textlayer import title_case

BENCH = Path(__file__).resolve().parents[2] / "bench" / "repeated_calls.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("repeated_calls", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _counted(bench: ModuleType, calls: list[list[str]], *, new_article_after: int = -1,
             fresh: bool = False) -> tuple[int, int]:
    """(calls, repeats) of ``title_case`` over ``calls``; ``fresh``: each asked with a new
    copy, dropped right after its call (so the next copy may take its id)."""
    rep = bench.Repeats()
    rep.new_article()
    for k, words in enumerate(calls):
        sys.setprofile(rep.hook)
        try:
            title_case(list(words) if fresh else words)
        finally:
            sys.setprofile(None)
        if k == new_article_after:
            rep.new_article()
    row = next(w for w in rep.calls if w[2] == "title_case")
    return rep.calls[row], rep.repeated[row]


def test_the_same_list_asked_twice_is_one_repeat(bench: ModuleType) -> None:
    words = ["Harbour", "Board", "Approves", "Night", "Ferries"]
    assert _counted(bench, [words, words, words]) == (3, 2)


def test_a_fresh_list_of_the_same_words_is_no_repeat(bench: ModuleType) -> None:
    # each list is dropped by the caller after its call; the counter keeps it, so the
    # next one cannot take its id
    words = ["Council", "Delays", "Vote", "on", "Tram", "Line"]
    assert _counted(bench, [words] * 20, fresh=True) == (20, 0)


def test_a_new_article_forgets_the_calls_before(bench: ModuleType) -> None:
    words = ["Storm", "Closes", "Coastal", "Road", "Again"]
    assert _counted(bench, [words, words], new_article_after=0) == (2, 0)


def test_short_strings_by_value_long_ones_by_identity(bench: ModuleType) -> None:
    keep: list[object] = []
    assert bench.arg_key("the ferry sailed", keep) == bench.arg_key("the ferry " + "sailed", keep)
    long_a = "The harbour reopened at dawn. " * 10
    long_b = "".join(["The harbour reopened at dawn. "] * 10)
    assert long_a == long_b
    assert bench.arg_key(long_a, keep) != bench.arg_key(long_b, keep)
    assert any(k is long_a for k in keep) and any(k is long_b for k in keep)  # their ids stay theirs


def test_only_newskit_functions_are_rows(bench: ModuleType) -> None:
    assert bench.where("/x/src/newskit/text.py", 10, "title_case") == ("newskit/text.py", 10, "title_case")
    assert bench.where("/x/plugins/newskit_quotes/doc.py", 5, "joined") == ("newskit_quotes/doc.py", 5, "joined")
    assert bench.where("/x/lib/python3.11/json/decoder.py", 5, "decode") is None
    assert bench.where("/x/src/newskit/text.py", 12, "<genexpr>") is None


def test_a_generator_counts_once_a_call_not_once_a_resumption(bench: ModuleType) -> None:
    from newskit.textlayer import layer

    words = layer("The ferry sailed at dawn as the harbour master waved.").words
    rep = bench.Repeats()
    rep.new_article()
    sys.setprofile(rep.hook)
    try:
        got = list(words)  # Tokens.__iter__, a generator: one call, ten resumptions
    finally:
        sys.setprofile(None)
    assert len(got) == 10
    (row,) = [w for w in rep.calls if w[0] == "newskit/textlayer.py" and w[2] == "__iter__"]
    assert (rep.calls[row], rep.repeated[row]) == (1, 0)
