"""A gold-free audit of persons and quote speakers on a second corpus (issue #14).

Runs the whole pipeline over the TimeBank/AQUAINT texts (TimeML tags stripped) and counts,
by rule, two error kinds the corpus has no gold for: person mentions whose last word is a
place or feature head (``Florida Straits``), and quote speakers headed by a time, place or
abstract noun with no capitalised word (``recent days``). Prints one JSON line of counts,
then the examples:

    .venv/bin/python bench/heldout_like/tbaq_audit.py ../shared/data/tbaq
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import regex

from newskit import Article, Pipeline

_TEXT = regex.compile(r"<TEXT>(.*)</TEXT>", regex.S)
_TAG = regex.compile(r"<[^>]+>")
HERE = Path(__file__).resolve().parents[2] / "plugins"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--examples", type=int, default=40)
    args = ap.parse_args()
    heads = set((HERE / "newskit_persons/data/place_heads.txt").read_text().split())
    sw = json.loads((HERE / "newskit_quotes/data/speakers.json").read_text())
    bad = set(sw["named_times"]) | set(sw["times"]) | set(sw["abstract"]) | set(sw["places"])
    pipe = Pipeline.build()
    counts = dict.fromkeys(("docs", "persons", "persons_with_place_head", "quotes", "with_speaker",
                            "speaker_time_place_abstract"), 0)
    examples: list[tuple[str, str]] = []
    for f in sorted(args.folder.rglob("*.tml")):
        raw = f.read_text(encoding="utf-8")
        m = _TEXT.search(raw)
        text = _TAG.sub("", m.group(1) if m else raw)
        counts["docs"] += 1
        for x in pipe.run(Article(id=f.name, text=text)).mentions:
            if x.kind == "person":
                counts["persons"] += 1
                ws = x.text.split()
                if len(ws) > 1 and ws[-1].lower() in heads:
                    counts["persons_with_place_head"] += 1
                    examples.append(("person", x.text))
            elif x.kind == "quote" and getattr(x, "speaker_start", None) is not None:
                counts["quotes"] += 1
                counts["with_speaker"] += 1
                ws = text[x.speaker_start : x.speaker_end].split()
                if ws and ws[-1].lower().strip(",.") in bad and not any(c.isupper() for c in "".join(ws[:-1])):
                    counts["speaker_time_place_abstract"] += 1
                    examples.append(("speaker", " ".join(ws)))
            elif x.kind == "quote":
                counts["quotes"] += 1
    print(json.dumps(counts))
    for kind, what in examples[: args.examples]:
        print(f"{kind}\t{what}")


if __name__ == "__main__":
    main()
