"""The repeated-work counter of bench/repeated_calls.py: a call of a newskit function is a
repeat when its arguments equal an earlier call's of the same article (by value for short
strings and numbers, by identity for other objects, kept alive so that no new object takes
a freed one's id); a generator counts once a call, not once a resumption.

The counter is a ``sys.setprofile`` hook: each case runs in a fresh interpreter, away from
the test runner's own signal handlers and hooks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "repeated_calls.py"

_PRELUDE = f"""
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("repeated_calls", {str(BENCH)!r})
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
from newskit.textlayer import layer, title_case

def counted(calls, fresh=False, new_article_after=-1):
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
    return [rep.calls[row], rep.repeated[row]]
"""


def _run(body: str) -> object:
    """What ``body`` (run after the prelude in a fresh interpreter) prints as JSON."""
    code = _PRELUDE + textwrap.dedent(body)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_counter() -> None:
    got = _run("""
        words = ["Harbour", "Board", "Approves", "Night", "Ferries"]
        same = counted([words, words, words])
        copies = counted([["Council", "Delays", "Vote", "on", "Tram", "Line"]] * 20, fresh=True)
        storm = ["Storm", "Closes", "Coastal", "Road", "Again"]
        new_article = counted([storm, storm], new_article_after=0)
        toks = layer("The ferry sailed at dawn as the harbour master waved.").words
        rep = bench.Repeats()
        rep.new_article()
        sys.setprofile(rep.hook)
        try:
            n = len(list(toks))  # Tokens.__iter__, a generator: one call, ten resumptions
        finally:
            sys.setprofile(None)
        (row,) = [w for w in rep.calls if w[0] == "newskit/textlayer.py" and w[2] == "__iter__"]
        print(json.dumps({"same": same, "copies": copies, "new_article": new_article,
                          "generator": [n, rep.calls[row], rep.repeated[row]]}))
    """)
    assert got == {
        "same": [3, 2],  # the same list asked three times: two repeats
        "copies": [20, 0],  # a fresh list of the same words each time: none
        "new_article": [2, 0],  # a new article forgets the calls before
        "generator": [10, 1, 0],
    }


def test_short_strings_by_value_long_ones_by_identity() -> None:
    got = _run("""
        keep = []
        a = bench.arg_key("the ferry sailed", keep) == bench.arg_key("the ferry " + "sailed", keep)
        long_a = "The harbour reopened at dawn. " * 10
        long_b = "".join(["The harbour reopened at dawn. "] * 10)
        b = long_a == long_b and bench.arg_key(long_a, keep) != bench.arg_key(long_b, keep)
        c = any(k is long_a for k in keep) and any(k is long_b for k in keep)  # their ids stay theirs
        print(json.dumps([a, b, c]))
    """)
    assert got == [True, True, True]


def test_only_newskit_functions_are_rows() -> None:
    got = _run("""
        print(json.dumps([bench.where("/x/src/newskit/text.py", 10, "title_case"),
                          bench.where("/x/plugins/newskit_quotes/doc.py", 5, "joined"),
                          bench.where("/x/lib/python3.11/json/decoder.py", 5, "decode"),
                          bench.where("/x/src/newskit/text.py", 12, "<genexpr>")]))
    """)
    assert got == [["newskit/text.py", 10, "title_case"], ["newskit_quotes/doc.py", 5, "joined"], None, None]
