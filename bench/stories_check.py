#!/usr/bin/env python3
"""Check the format of a folder of invented story files before they are scored: five files,
four articles each from four outlets, every central mention, amount and party present in
the texts. It is the checker the blind writers run on their own sets (their brief is
``bench/stories/WRITERS.md``); standard library only, so a writer needs no virtualenv.

    python3 bench/stories_check.py DIR [DIR ...]
    python3 bench/stories_check.py --long DIR [DIR ...]   # articles of 420-850 words

The long form is for sets written as long as real reports run (session 53's HL..HS): the
same brief with ``text`` 450-800 words, background paragraphs carrying figures and dates
of their own.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

#: the words an article may have: short sets, and long ones (``--long``)
WORDS = {"short": (120, 320), "long": (420, 850)}
SIZE = ["short"]

KEYS = ("_source", "central", "background", "central_date", "central_mentions", "groups", "pairs", "articles")
LABELS = ("conflicting", "updated", "consistent")


def _articles(f: Path, s: dict[str, Any]) -> list[str]:
    arts = {a["id"]: a for a in s.get("articles", [])}
    out = [] if len(arts) == 4 else [f"{f}: {len(arts)} articles, want 4"]
    if len({a.get("source") for a in arts.values()}) != len(arts):
        out.append(f"{f}: two articles share an outlet")
    for a in arts.values():
        out += [f"{f}: article lacks {k}" for k in ("id", "source", "published", "title", "text") if k not in a]
        n = len(a.get("text", "").split())
        lo, hi = WORDS[SIZE[0]]
        if not lo <= n <= hi:
            out.append(f"{f}: {a['id']} has {n} words ({lo}-{hi})")
    return out


def _mentions(f: Path, s: dict[str, Any]) -> list[str]:
    arts = {a["id"]: a for a in s.get("articles", [])}
    central = [w.lower() for w in s.get("central", [])]
    out = []
    for aid, ms in s.get("central_mentions", {}).items():
        if aid not in arts:
            out.append(f"{f}: central_mentions names unknown article {aid}")
            continue
        for word, nth in ms:
            hits = re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", arts[aid]["text"])
            if len(hits) < nth:
                out.append(f"{f}: {aid}: '{word}' occurs {len(hits)} times, not {nth}")
            if word.lower() not in central:
                out.append(f"{f}: '{word}' is not listed in central")
    return out


def _groups_and_pairs(f: Path, s: dict[str, Any]) -> list[str]:
    arts = s.get("articles", [])
    every = "\n".join(a.get("text", "") + "\n" + a.get("title", "") for a in arts).lower()
    out = []
    for g in s.get("groups", []):
        if g.get("label") not in LABELS:
            out.append(f"{f}: group {g.get('measure')}: bad label")
        if len(g.get("amounts", [])) < 2:
            out.append(f"{f}: group {g.get('measure')}: fewer than 2 amounts")
        out += [f"{f}: amount '{am}' is in no article text" for am in g.get("amounts", [])
                if not any(am in a.get("text", "") for a in arts)]
    for p in s.get("pairs", []):
        if len(p) != 2:
            out.append(f"{f}: pair {p} must be [accuser, denier]")
            continue
        out += [f"{f}: pair party '{n}' not in the texts" for n in p if n.lower().removeprefix("the ") not in every]
    return out


def check(folder: str) -> list[str]:
    """Every problem of the story files in ``folder``, one line each."""
    files = sorted(Path(folder).glob("*.json"))
    out = [] if len(files) == 5 else [f"{folder}: {len(files)} files, want 5"]
    for f in files:
        try:
            s = json.loads(f.read_text("utf-8"))
        except ValueError as e:
            out.append(f"{f}: not JSON: {e}")
            continue
        out += [f"{f}: missing {k}" for k in KEYS if k not in s]
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", s.get("central_date", "")):
            out.append(f"{f}: central_date must be YYYY-MM-DD")
        out += _articles(f, s) + _mentions(f, s) + _groups_and_pairs(f, s)
    return out


def main(folders: list[str]) -> int:
    if folders[:1] == ["--long"]:
        SIZE[0], folders = "long", folders[1:]
    problems = [p for d in folders for p in check(d)]
    print("\n".join(problems) if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
