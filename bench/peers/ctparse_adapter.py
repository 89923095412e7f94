#!/usr/bin/env python3
"""ctparse as a newskit-style `date` extractor (benchmark only; not a newskit dependency).

ctparse resolves ONE time expression per call, so the article is cut into sentences
(a line break, or . ! ? followed by space and a capital/quote/digit) and ctparse(sentence,
ts=published, timeout=1.0) runs on each; the resolution's mstart/mend (offsets into the
sentence) give the span. value: a Time as YYYY[-MM[-DD]][THH:MM] from the fields it has;
an Interval as the value of its start; type DATE, or TIME when an hour is set; a
Duration as type DURATION without a value. ctparse's own mstart/mend are used as they are
(mapped back through its input clean-up); they drift by a few characters in some sentences.
Uses the shared adapter plumbing in ../../../shared/peers/_adapter.py (NEWSKIT_SHARED
overrides the shared folder).
"""
from __future__ import annotations

import logging
import os
import re
import sys
from datetime import datetime
from pathlib import Path

_SHARED = Path(os.environ.get("NEWSKIT_SHARED", Path(__file__).resolve().parents[3] / "shared"))
sys.path.insert(0, str(_SHARED / "peers"))

from _adapter import parse_published, run  # noqa: E402  (starts the load clock)
from ctparse import ctparse  # noqa: E402
from ctparse.ctparse import _repl1, _repl2  # noqa: E402  (ctparse's own input clean-up)
from ctparse.types import Interval, Time  # noqa: E402

logging.getLogger("ctparse").setLevel(logging.ERROR)
SENT = re.compile(r"[^\n.!?]*(?:[.!?]+(?=\s+[\"'“‘(A-Z0-9]|\s*$)|\n|$)")
ctparse("warm up on June 18, 2024", ts=datetime(2024, 6, 17), timeout=1.0)


def _sub_map(pattern, repl: str, txt: str, idx: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    mp: list[int] = []
    pos = 0
    for m in pattern.finditer(txt):
        out.append(txt[pos:m.start()])
        mp.extend(idx[pos:m.start()])
        out.append(repl)
        mp.append(idx[m.start()])
        pos = m.end()
    out.append(txt[pos:])
    mp.extend(idx[pos:])
    s = "".join(out)
    lead = len(s) - len(s.lstrip())
    s2 = s.strip()
    return s2, mp[lead:lead + len(s2)]


def clean(txt: str) -> tuple[str, list[int]]:
    """ctparse's preprocessing (separators -> one space, dashes -> '-', stripped), with
    the index in txt of every character kept, since ctparse's offsets point into it."""
    s, idx = _sub_map(_repl1, " ", txt, list(range(len(txt))))
    return _sub_map(_repl2, "-", s, idx)


def value(t: Time) -> tuple[str | None, str]:
    parts = []
    if t.year is not None:
        parts.append(f"{t.year:04d}")
        if t.month is not None:
            parts.append(f"{t.month:02d}")
            if t.day is not None:
                parts.append(f"{t.day:02d}")
    if t.year is None and t.month is not None:
        parts = ["XXXX", f"{t.month:02d}"] + ([f"{t.day:02d}"] if t.day is not None else [])
    v = "-".join(parts) or None
    if t.hour is not None:
        hm = f"T{t.hour:02d}:{(t.minute or 0):02d}"
        return (v + hm if v else hm), "TIME"
    return v, "DATE"


def extract(art: dict) -> list[dict]:
    text = art.get("text") or ""
    ts = parse_published(art.get("published")) or datetime(2000, 1, 1)
    out = []
    for m in SENT.finditer(text):
        sent, idx = clean(m.group(0))
        if not sent:
            continue
        res = ctparse(sent, ts=ts, timeout=1.0)
        if res is None or not 0 <= res.resolution.mstart < res.resolution.mend <= len(idx):
            continue
        r = res.resolution
        s, e = m.start() + idx[r.mstart], m.start() + idx[r.mend - 1] + 1
        v: str | None
        if isinstance(r, Interval):
            t = r.start if r.start is not None else r.end
            v, typ = value(t) if t is not None else (None, "DATE")
        elif isinstance(r, Time):
            v, typ = value(r)
        else:  # a Duration ("for three days"): no calendar value
            v, typ = None, "DURATION"
        out.append({"kind": "date", "start": s, "end": e, "text": text[s:e], "type": typ,
                    "value": v})
    return out


if __name__ == "__main__":
    sys.exit(run("ctparse", extract))
