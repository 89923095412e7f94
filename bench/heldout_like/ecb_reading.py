"""Reading ECB+ documents for the held-out-like checks: which sentences are scored, where
each sentence lies in the joined text, and the markables of the scored sentences.

The ECB+ checks (``ecb_times.py``, ``ecb_persons.py``) join a document's tokens into text
each in its own way (running-text spacing, single spaces) but read the release the same
way: the list of validated sentences beside the topic folders, and a markable's extent from
its first to its last token. Token offsets are ``{t_id: (start, end, sentence)}``.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

#: the release's list of validated sentences (Topic, File, Sentence Number)
SENTENCES = "ECBplus_coreference_sentences.csv"

Offsets = dict[str, tuple[int, int, int]]


def annotated_sentences(folder: Path) -> dict[str, set[int]]:
    """The ECB+ list of validated sentences as {document stem: sentence numbers}."""
    out: dict[str, set[int]] = {}
    with open(folder / SENTENCES, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        next(rows, None)
        for row in rows:
            if len(row) >= 3 and row[2].strip().isdigit():
                out.setdefault(f"{row[0].strip()}_{row[1].strip()}", set()).add(int(row[2]))
    return out


def sentence_ranges(offs: Offsets) -> dict[int, tuple[int, int]]:
    """Each sentence's (start, end) in the text, from its tokens' offsets, in token order."""
    spans: dict[int, list[int]] = {}
    for a, b, s in offs.values():
        cur = spans.setdefault(s, [a, b])
        cur[0], cur[1] = min(cur[0], a), max(cur[1], b)
    return {s: (a, b) for s, (a, b) in spans.items()}


def scored_markables(root: ET.Element, offs: Offsets, annotated: set[int]) -> Iterator[tuple[ET.Element, int, int]]:
    """Each markable whose first token is in a validated sentence, with its (start, end):
    from its first token's start to its last token's end (a few are discontinuous)."""
    found = root.find("Markables")
    for m in found if found is not None else []:
        toks = [offs[a.get("t_id", "")] for a in m.findall("token_anchor") if a.get("t_id") in offs]
        if toks and toks[0][2] in annotated:
            yield m, min(t[0] for t in toks), max(t[1] for t in toks)
