#!/usr/bin/env python3
"""ECB+ dev documents mixed into one stream of articles, for measuring story grouping.

Writes JSON Lines ``{"id", "text", "topic", "subtopic"}``: every document of the ECB+
topic folders (``shared/data/ecbplus/ECB+``), text rebuilt as the shared scorer does
(tokens joined by spaces, a sentence a line; sentence 0 of an ``*ecbplus`` file is the
URL the text came from, left out). The topic is the number before the underscore in the
file name, the sub-topic that number plus ``ecb``/``ecbplus`` (the two similar events of a
topic). ECB+ has no publication dates: the stream is undated. Order: a seeded shuffle
(``--seed``), so topics are mixed and any run can be repeated exactly.

    python bench/ecb_stream.py [--shared ../shared] [--seed 0] > ecb_stream.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ECB_FILE = re.compile(r"(\d+)_(\d+)(ecb|ecbplus)\.xml$")


def ecb_text(path: Path) -> str:
    """The document's text: tokens joined by spaces, a sentence a line."""
    parts: list[str] = []
    prev = None
    for tok in ET.parse(path).getroot().iter("token"):
        s = int(tok.get("sentence", 0))
        if s == 0 and path.stem.endswith("ecbplus"):
            continue
        if prev is not None:
            parts.append(" " if s == prev else "\n")
        parts.append(tok.text or "")
        prev = s
    return "".join(parts)


def ecb_documents(folder: Path) -> list[dict[str, str]]:
    docs = []
    for f in sorted(folder.rglob("*.xml")):
        m = ECB_FILE.search(f.name)
        if m:
            docs.append({"id": f.stem, "text": ecb_text(f), "topic": m.group(1),
                         "subtopic": m.group(1) + m.group(3)})
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    docs = ecb_documents(Path(args.shared) / "data" / "ecbplus" / "ECB+")
    random.Random(args.seed).shuffle(docs)
    for d in docs:
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
