"""Where PolNeAR attributions are missed, by kind (issue #14): a measurement, not a score.

Runs ``newskit extract`` over a PolNeAR split (or reads saved predictions), matches quotes
to gold attributions exactly as ``../shared/eval/score.py polnear`` does (overlap, one to
one, largest overlap first), and counts each gold attribution found or missed by

* **cue class**: a quotation written with two apostrophes (``''…''``, NYT style: the scorer
  counts it as indirect), a direct quotation, ``according to``, a verb of saying or of
  thinking of ``data/cues.json`` (any inflection), no cue word, or other (attitudes by
  nouns and by verbs outside the lexicon: ``his adulation of``, ``support``, ``seems``);
* **position**: the cue before or after (or inside) the content, and the source before,
  after, or none;
* whether a predicted quote overlaps the missed gold attribution (a span or pairing
  problem rather than a missing attribution).

    .venv/bin/python bench/heldout_like/attribution_kinds.py ../shared/data/polnear/dev
    .venv/bin/python bench/heldout_like/attribution_kinds.py /tmp/split/polnear/seen/dev --pred out.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import regex
from shared_scorer import polnear_predicted, scorer

HERE = Path(__file__).resolve().parent
CUES = HERE.parents[1] / "plugins" / "newskit_quotes" / "data" / "cues.json"
_WORD = regex.compile(r"[a-z']+")


def lemmas() -> tuple[set[str], set[str]]:
    c = json.loads(CUES.read_text(encoding="utf-8"))
    speech = set(c["speech"]) | set(c["bare"]) | set(c["direct_only"])
    return speech, set(c["belief"])


def lemma_in(word: str, known: set[str]) -> bool:
    if word in known:
        return True
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                         ("ing", ""), ("ing", "e"), ("d", "")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + repl in known:
            return True
    return False


def cue_kind(g: dict, speech: set[str], belief: set[str]) -> str:
    cue = (g["cue"] or "").strip().lower()
    ws = _WORD.findall(cue)
    if "''" in g["text"]:
        return "two-apostrophe quotation"
    if g["direct"]:
        return "direct quotation"
    if cue.startswith("according"):
        return "according to"
    if any(lemma_in(w, speech) for w in ws):
        return "verb of saying"
    if any(lemma_in(w, belief) for w in ws):
        return "verb of thinking"
    return "no cue word" if not ws else "other (nouns, attitudes)"


def position(text: str, g: dict) -> str:
    lo = min(g["start"], (g["source"] or g)["start"])
    at = text.find(g["cue"] or "\0", max(0, lo - 200))
    cue = "cue before content" if 0 <= at < g["start"] else "cue after/inside content"
    src = "no source" if not g["source"] else ("source before" if g["source"]["start"] < g["start"] else "source after")
    return f"{cue}, {src}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="a PolNeAR split folder (text/ + attributions/)")
    ap.add_argument("--pred", help="saved `newskit extract --format jsonl` output instead of running it")
    ap.add_argument("--cues", type=int, default=0, help="also list the N most frequent cue words of the misses")
    args = ap.parse_args()
    sc = scorer()
    docs, by_id = polnear_predicted(sc, args.folder, args.pred)
    speech, belief = lemmas()
    found: Counter[tuple[str, str]] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    overlapped: Counter[str] = Counter()
    missed_cues: Counter[tuple[str, str]] = Counter()
    for art, gold in docs:
        pred = sc.mentions_of(by_id, art["id"], "quote")
        pairs, _ = sc.match(gold, pred)
        hit = {id(g) for g, _ in pairs}
        for g in gold:
            kinds = (cue_kind(g, speech, belief), position(art["text"], g))
            if id(g) in hit:
                found[kinds] += 1
                continue
            missed[kinds] += 1
            missed_cues[(kinds[0], (g["cue"] or "").strip().lower())] += 1
            if any(sc.overlap(g, p) > 0 for p in pred):
                overlapped[kinds[0]] += 1
    total = sum(found.values()) + sum(missed.values())
    print(f"{total} gold attributions, {sum(missed.values())} missed (recall {sum(found.values()) / total:.3f})")
    for axis, name in ((0, "cue class"), (1, "position")):
        f: Counter[str] = Counter()
        m: Counter[str] = Counter()
        for k, v in found.items():
            f[k[axis]] += v
        for k, v in missed.items():
            m[k[axis]] += v
        print(f"\nby {name}: missed / found (missed with an overlapping prediction)")
        for k, v in m.most_common():
            extra = f" ({overlapped[k]})" if axis == 0 else ""
            print(f"  {k:<42} {v:>4} / {f[k]:>4}{extra}")
    if args.cues:
        print("\nmost frequent cue words of the misses (class, cue): count")
        for (kind, cue), v in missed_cues.most_common(args.cues):
            print(f"  {kind:<30} {cue[:40]!r:<44} {v:>3}")


if __name__ == "__main__":
    main()
