"""Time expressions of real web news (ECB+), found or not: a held-out-like check for dates.

TimeBank + AQUAINT (1989-2000 wires) is what the dates rules were written against; the
TempEval-3 platinum set is 2013 web news, and its lower relaxed figure says newskit misses
expressions there. ECB+ (Cybulska and Vossen 2014) is web news of the same years whose
validated sentences mark every time of the events they tell as a markable (TIME_DATE,
TIME_OF_THE_DAY, TIME_DURATION, TIME_REPETITION), with extents but no values. So it can say
how many of them the dates plugin finds (recall, relaxed and exact extent, and the TIMEX3
type the markable's class maps to), and what the plugin finds there that ECB+ does not mark
(a precision read with care: ECB+ marks the times of its events, not every time).

Topics split in two: even topics are **dev** (errors may be read, `-v`), odd topics
**check** (only the summary line). ECB+ documents carry no publication date, so values are
not scored. Sentence 0 of an ecbplus file (its URL) is left out; tokens are joined back
with the spacing of running text.

    PATH=$PWD/.venv/bin:$PATH .venv/bin/python bench/heldout_like/ecb_times.py ../../shared/data/ecbplus [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex
from ecb_reading import annotated_sentences, scored_markables, sentence_ranges

TYPE_OF = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION", "TIME_REPETITION": "SET"}
_NO_SPACE_BEFORE = regex.compile(r"^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$", regex.I)
_NO_SPACE_AFTER = regex.compile(r"^[(\[{$]$")
_JOINER = regex.compile(r"^[-/]$")
_CLOCK_HEAD = regex.compile(r"^\d{1,2}:$")
_FILE = regex.compile(r"^(\d+)_(\d+)ecb(plus)?\.xml$")


@dataclass
class Doc:
    """One ECB+ document as running text, its scored sentence ranges and gold times."""

    id: str
    topic: int
    text: str
    ranges: list[tuple[int, int]]
    gold: list[tuple[int, int, str]] = field(default_factory=list)


def _glued(prev: str, word: str) -> bool:
    """No space between two tokens: closing punctuation and clitics, opening brackets,
    hyphens and slashes inside a word (`eight-year`, `4-1/2-month`), a split clock time
    (`2:` `16pm`)."""
    if _NO_SPACE_BEFORE.match(word) or _NO_SPACE_AFTER.match(prev):
        return True
    if _JOINER.match(word) and prev[-1:].isalnum():
        return True
    if _JOINER.match(prev):
        return word[:1].isalnum()
    return bool(_CLOCK_HEAD.match(prev)) and word[:1].isdigit()


def _joined(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int, int]]]:
    """Tokens joined with the spacing of running text: no space before closing punctuation
    and clitics, a sentence a line; each token id mapped to (start, end, sentence)."""
    parts: list[str] = []
    offs: dict[str, tuple[int, int, int]] = {}
    pos, prev_s, prev_w = 0, None, ""
    for tid, word, s in tokens:
        if prev_s is not None:
            gap = "\n" if s != prev_s else ("" if _glued(prev_w, word) else " ")
            parts.append(gap)
            pos += len(gap)
        offs[tid] = (pos, pos + len(word), s)
        parts.append(word)
        pos += len(word)
        prev_s, prev_w = s, word
    return "".join(parts), offs


def read_doc(path: Path, topic: int, annotated: set[int]) -> Doc:
    """The document's text, the ranges of its validated sentences and their TIME_* markables."""
    root = ET.parse(path).getroot()
    plus = path.stem.endswith("ecbplus")
    tokens = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", 0))) for t in root.iter("token")]
    tokens = [t for t in tokens if not (plus and t[2] == 0)]
    text, offs = _joined(tokens)
    ranges = sorted(sentence_ranges(offs).items())
    doc = Doc(path.stem, topic, text, [r for s, r in ranges if s in annotated])
    for m, start, end in scored_markables(root, offs, annotated):
        if m.tag in TYPE_OF:
            doc.gold.append((start, end, TYPE_OF[m.tag]))
    return doc


def read_all(folder: Path) -> list[Doc]:
    """Every ECB+ document with validated sentences, in topic order."""
    selected = annotated_sentences(folder)
    docs = []
    for f in sorted(folder.rglob("*.xml")):
        m = _FILE.match(f.name)
        if m and selected.get(f.stem):
            docs.append(read_doc(f, int(m.group(1)), selected[f.stem]))
    return docs


def extract(docs: list[Doc]) -> dict[str, list[dict]]:
    """The dates plugin's mentions per document, through the `newskit extract` command."""
    payload = "".join(json.dumps({"id": d.id, "text": d.text, "published": None}) + "\n" for d in docs)
    proc = subprocess.run(["newskit", "extract", "--format", "jsonl", "-"], input=payload,
                          capture_output=True, text=True, check=True)
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            row = json.loads(line)
            out[str(row["id"])] = [m for m in row.get("mentions", []) if m.get("kind") == "date"]
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    found: int = 0
    exact: int = 0
    typed: int = 0
    matched_pred: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        r = self.found / self.gold if self.gold else 0.0
        p = self.matched_pred / self.pred if self.pred else 0.0
        return (f"{name:6} gold {self.gold:4}  found {self.found:4} (R {r:.3f})  exact {self.exact / max(self.gold, 1):.3f}"
                f"  type {self.typed / max(self.gold, 1):.3f}  pred {self.pred:4} (in ECB+ {p:.3f})")


def score(doc: Doc, pred: list[dict], t: Tally) -> None:
    """Relaxed (overlap), exact and typed recall of the gold times; predictions in scored
    sentences that overlap no gold time are counted apart."""
    inside = [m for m in pred if any(a <= m["start"] < b for a, b in doc.ranges)]
    t.gold += len(doc.gold)
    t.pred += len(inside)
    for a, b, typ in doc.gold:
        hits = [m for m in inside if m["start"] < b and a < m["end"]]
        if not hits:
            t.missed[doc.text[a:b].lower()] += 1
            t.errors.append(f"{doc.id}: missed {typ} {doc.text[a:b]!r} in {doc.text[max(0, a - 60):b + 40]!r}")
            continue
        t.found += 1
        t.exact += any(m["start"] == a and m["end"] == b for m in hits)
        t.typed += any(m.get("type") == typ for m in hits)
        if not any(m["start"] == a and m["end"] == b for m in hits):
            t.errors.append(f"{doc.id}: extent {doc.text[a:b]!r} {typ} pred {[m['text'] for m in hits]}")
    for m in inside:
        if any(m["start"] < b and a < m["end"] for a, b, _ in doc.gold):
            t.matched_pred += 1
        else:
            t.errors.append(f"{doc.id}: not in ECB+ {m['text']!r} {m.get('type')} in {doc.text[max(0, m['start'] - 60):m['end'] + 40]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path, help="the ECB+ folder (with ECBplus_coreference_sentences.csv)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the dev half's errors (even topics only)")
    args = ap.parse_args(argv)
    docs = read_all(args.folder)
    preds = extract(docs)
    halves = {"dev": Tally(), "check": Tally()}
    for d in docs:
        score(d, preds.get(d.id, []), halves["dev" if d.topic % 2 == 0 else "check"])
    for name, t in halves.items():
        print(t.line(name))
    if args.verbose:
        for e in halves["dev"].errors:
            print("  " + e.replace("\n", " "))
        print("dev missed, most common:", halves["dev"].missed.most_common(30))
    return 0


if __name__ == "__main__":
    sys.exit(main())
