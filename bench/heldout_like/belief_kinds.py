"""PolNeAR attributions whose cue is a verb of thinking or knowing, by shape (issue #14).

A measurement, not a score. ``attribution_kinds.py`` counts the misses by cue class; this
script splits the class "verb of thinking" (``cues.json`` ``belief``, any inflection, plus
their nouns: ``the belief that``, ``his view that``) by the shape of the attribution, as
read from the gold spans alone (no text of the article is read but the spans):

* **nominal cue**: the cue is a noun of thinking (``belief``, ``fear``, ``hope``, ``view``,
  ``expectation``, ...): ``the fear that``, ``his view that``;
* **passive, no source**: ``is expected to``, ``is considered``, ``was determined``;
* **evidence shows**: ``show``/``find`` (a poll, a video, data show that ...);
* **cue after the content**: ``..., officials believe.``, ``..., he thinks,``;
* **verb + that-clause**, **verb + bare clause**, **verb + infinitive or object**
  (``expects inflation to fall``, ``fears a war``);
* **in a longer phrase**: the cue word inside an idiom (``left little doubt``, ``has no way
  of knowing``).

Each gold attribution is counted found (a predicted quote matched it, as
``../shared/eval/score.py polnear`` matches), missed with an overlapping prediction (a span or
pairing problem), or missed with none (the cue was not read). Found ones whose source is
wrong are counted apart. ``--show KIND`` prints the misses of a kind: use it on the seen
half of the split only (``split_dev.py``); the unseen half is reported in aggregate.

    .venv/bin/python bench/heldout_like/belief_kinds.py /tmp/split/polnear/seen/dev --pred seen.jsonl
    .venv/bin/python bench/heldout_like/belief_kinds.py /tmp/split/polnear/seen/dev --show "nominal cue"
"""

from __future__ import annotations

import argparse
from collections import Counter

import regex
from attribution_kinds import cue_kind, lemma_in, lemmas
from shared_scorer import polnear_predicted, scorer

_NOUNS = frozenset(
    "belief beliefs view views fear fears hope hopes expectation expectations assumption "
    "assumptions knowledge doubt doubts suspicion suspicions worry worries concern concerns "
    "feeling feelings thought thoughts estimate estimates understanding conviction opinion "
    "impression sense notion idea perception confidence anticipation".split()
)
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|wn|ght|nt)\b", regex.I)
_BE_PASSIVE_START = regex.compile(r"^\s*(?:is|are|was|were|be|been)\b", regex.I)
_WORD = regex.compile(r"[A-Za-z']+")
_MODAL_OR_AUX = frozenset(
    "has have had do does did don't doesn't didn't not never also still may might could would "
    "will should must can can't cannot won't wouldn't clearly firmly strongly really truly long "
    "privately openly i it he she they we you who that".split()
)
_EVIDENCE = frozenset({"show", "find", "suggest", "indicate", "reveal", "demonstrate"})


def shape(text: str, g: dict, belief: set[str]) -> str:
    """The shape of one gold attribution whose cue is a verb of thinking."""
    cue = (g["cue"] or "").strip()
    words = [w.lower() for w in _WORD.findall(cue)]
    at = text.find(cue, max(0, min(g["start"], (g["source"] or g)["start"]) - 300))
    if any(w in _NOUNS for w in words) and not any(lemma_in(w, belief) for w in words if w not in _NOUNS):
        return "nominal cue"
    if not g["source"] and (_PASSIVE.search(cue) or _BE_PASSIVE_START.search(cue)):
        return "passive, no source"
    if any(lemma_in(w, _EVIDENCE) for w in words):
        return "evidence shows"
    if at >= g["start"]:
        return "cue after the content"
    rest = [w for w in words if not lemma_in(w, belief) and w not in _MODAL_OR_AUX]
    if rest:
        return "in a longer phrase"
    content = g["text"].lstrip().lower()
    if content.startswith("that "):
        return "verb + that-clause"
    if content.startswith("to ") or len(_WORD.findall(g["text"])) <= 4:
        return "verb + infinitive or object"
    return "verb + bare clause"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="a PolNeAR split folder (text/ + attributions/)")
    ap.add_argument("--pred", help="saved `newskit extract --format jsonl` output instead of running it")
    ap.add_argument("--show", metavar="KIND", help="print the misses of this shape (seen half only)")
    args = ap.parse_args()
    sc = scorer()
    docs, by_id = polnear_predicted(sc, args.folder, args.pred)
    speech, belief = lemmas()
    tally: Counter[tuple[str, str]] = Counter()
    for art, gold in docs:
        pred = sc.mentions_of(by_id, art["id"], "quote")
        pairs = dict((id(g), p) for g, p in sc.match(gold, pred)[0])
        for g in gold:
            if cue_kind(g, speech, belief) != "verb of thinking" and not _nominal(g):
                continue
            kind = shape(art["text"], g, belief)
            p = pairs.get(id(g))
            if p is None:
                outcome = "missed, overlapped" if any(sc.overlap(g, q) > 0 for q in pred) else "missed, not read"
            elif g["source"] and not _speaker_ok(sc, g, p):
                outcome = "found, source wrong"
            else:
                outcome = "found"
            tally[(kind, outcome)] += 1
            if args.show == kind and outcome.startswith("missed"):
                src = g["source"]["text"] if g["source"] else None
                print(f"{outcome}: cue {g['cue']!r} source {src!r}\n    {g['text'][:140]!r}")
    outcomes = ("found", "found, source wrong", "missed, overlapped", "missed, not read")
    print(f"{'shape':<30}" + "".join(f"{o:>22}" for o in outcomes))
    for kind in sorted({k for k, _ in tally}, key=lambda k: -sum(v for (kk, _), v in tally.items() if kk == k)):
        print(f"{kind:<30}" + "".join(f"{tally[(kind, o)]:>22}" for o in outcomes))
    print(f"{'total':<30}" + "".join(f"{sum(v for (_, o), v in tally.items() if o == oo):>22}" for oo in outcomes))


def _nominal(g: dict) -> bool:
    return any(w.lower() in _NOUNS for w in _WORD.findall(g["cue"] or "")) and not g["direct"]


def _speaker_ok(sc: object, g: dict, p: dict) -> bool:
    ss, se = p.get("speaker_start"), p.get("speaker_end")
    return isinstance(ss, int) and isinstance(se, int) and min(se, g["source"]["end"]) > max(ss, g["source"]["start"])


if __name__ == "__main__":
    main()
