"""Count TimeML value misses by kind of error (issue #14, dates, session 15).

Reads the ``--errors`` output of ``../shared/eval/score.py timeml`` and sorts each
``value wrong`` line by what went wrong, from the two values alone (the text is not read,
so the counts can be printed for a half whose errors nobody reads):

* ``unset``: the span was found but no value was given;
* ``convention``: one side is a reference word or has unknown digits (``PRESENT_REF``,
  ``FUTURE_REF``, ``XXXX``, ``1989-WXX``, ``PXY``) and the other is not the same kind;
* ``granularity``: both are dates (or both lengths) of different shapes (``P1W`` /
  ``2026-W48``, ``1988`` / ``1988-Q3``, ``PT24H`` / ``P1D``), or one a date and one a length;
* ``anchor``: the same shape, another value (``1990-08-07`` / ``1990-08-14``): the
  expression was read right and placed against the wrong time;
* ``amount``: two lengths in the same unit with another number (``P6D`` / ``P2D``).

    score.py timeml DIR --errors > /tmp/err.txt
    .venv/bin/python bench/heldout_like/value_error_kinds.py /tmp/err.txt [--examples]
"""

from __future__ import annotations

import argparse
import ast
from collections import Counter
from pathlib import Path

import regex

_LINE = regex.compile(r"value wrong for (?P<text>.+?): gold (?P<gold>\{.*?\}) pred (?P<pred>\{.*?\})$")
_UNKNOWN = regex.compile(r"REF|X")


def shape(value: str) -> str:
    """The value with its digits written 9, so two values of one form compare equal."""
    return regex.sub(r"\d", "9", value)


def kind(gold: str, pred: str | None) -> str:
    """Which kind of error turns the gold value into the predicted one."""
    if not pred:
        return "unset"
    if bool(_UNKNOWN.search(gold)) != bool(_UNKNOWN.search(pred)) or (
        _UNKNOWN.search(gold) and shape(gold) != shape(pred)
    ):
        return "convention"
    if shape(gold) != shape(pred):
        return "granularity"
    if gold.startswith("P"):
        return "amount"
    return "anchor"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("errors", type=Path)
    ap.add_argument("--examples", action="store_true", help="print each line under its kind")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for line in args.errors.read_text(encoding="utf-8").splitlines():
        m = _LINE.search(line)
        if not m:
            continue
        gold = ast.literal_eval(m["gold"]).get("value") or ""
        pred = ast.literal_eval(m["pred"]).get("value")
        k = kind(gold, pred)
        counts[k] += 1
        examples.setdefault(k, []).append(f"{m['text']}: {gold} / {pred}")
    print(f"value misses {sum(counts.values())}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    if args.examples:
        for k, n in counts.most_common():
            print(f"\n{k} ({n})")
            for ex in examples[k]:
                print("  " + ex)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
