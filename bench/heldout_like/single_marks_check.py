"""The quote checks again, in a single-mark house style (issue #14, session 29).

Much of the British, Irish, South African and Indian press quotes in single marks
(``'We will rebuild,' the mayor said``). No corpus here is written so, so this check
rewrites each hand-written quote set (``written*/quotes.txt``) as such an outlet would
print it: every double quotation mark becomes the single mark facing the same way
(``"`` -> ``'``, ``“`` -> ``‘``, ``”`` -> ``’``) and a quotation nested inside one takes
double marks (``"He said, 'Hold on.'"`` -> ``'He said, "Hold on."'``), apostrophes left as
they are, and scores it with ``written.py`` beside the set as written. A reader of single
marks should score about the same on both.

    .venv/bin/python bench/heldout_like/single_marks_check.py [--sets written_s28 written_s27]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
_SWAP = str.maketrans({'"': "'", "\u201c": "\u2018", "\u201d": "\u2019"})
#: a double-quoted stretch of one line, and a single-quoted one nested inside it
_DOUBLE_QUOTED = regex.compile(r'"[^"\n]*"')
_NESTED = regex.compile(r"(?<=[\s\"(])'(?=\w)([^'\n]*?[\w.,!?])'(?=[\s\".,!?;:]|$)")


def _swapped(line: str) -> str:
    """One line as a single-mark outlet prints it."""
    def inner(m: regex.Match[str]) -> str:
        return _NESTED.sub(lambda n: "\x00" + n.group(1) + "\x00", m.group())
    return _DOUBLE_QUOTED.sub(inner, line).translate(_SWAP).replace("\x00", '"')


def single_marked(text: str) -> str:
    """The set's file as a single-mark outlet prints it (comment lines kept as they are)."""
    return "\n".join(ln if ln.startswith("#") else _swapped(ln) for ln in text.split("\n"))


def score(folder: Path) -> dict[str, float]:
    """written.py's quote figures of both halves for the set in ``folder``."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([sys.executable, str(HERE / "written.py"), "--dir", str(folder), "--json", out.name],
                       check=True, capture_output=True)
        figures: dict[str, float] = json.loads(Path(out.name).read_text(encoding="utf-8"))["quotes/all"]
        return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", help="set folders under bench/heldout_like (default: every one with quotes)")
    args = ap.parse_args()
    names = args.sets or sorted(p.parent.name for p in HERE.glob("written*/quotes.txt"))
    print(f"{'set':<12} {'double marks: F1  speaker':>26} {'single marks: F1  speaker':>27}")
    totals = [0.0, 0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            single = Path(tmp) / name
            single.mkdir()
            source = (HERE / name / "quotes.txt").read_text(encoding="utf-8")
            (single / "quotes.txt").write_text(single_marked(source), encoding="utf-8")
            a, b = score(HERE / name), score(single)
            row = [a["f1"], a["speaker_acc"], b["f1"], b["speaker_acc"]]
            totals = [t + r for t, r in zip(totals, row, strict=True)]
            print(f"{name:<12} {row[0]:>17.3f} {row[1]:>8.3f} {row[2]:>18.3f} {row[3]:>8.3f}")
    mean = [t / len(names) for t in totals]
    print(f"{'MEAN':<12} {mean[0]:>17.3f} {mean[1]:>8.3f} {mean[2]:>18.3f} {mean[3]:>8.3f}")


if __name__ == "__main__":
    main()
