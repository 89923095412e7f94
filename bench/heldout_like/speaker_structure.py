"""Speaker accuracy on PolNeAR by the STRUCTURE of the attribution (issue #14): a measurement.

The held-out speaker accuracy (0.848 on direct quotes) did not show on the dev split (0.938)
nor on any written set, so its cause is a kind of attribution the test articles hold more
of. This script bins every matched pair whose gold attribution has a Source span (matched as
``../shared/eval/score.py polnear`` matches: overlap, one to one, largest overlap first) by
shape, never by words:

* **where the source stands**: inside the content's extent (an interrupted quotation or a
  nested one), in the same sentence, the sentence before in the paragraph, the paragraph
  before, further back, or after the content's sentence;
* **what the source is**: a pronoun, a name (a capital after no determiner), a description;
* content length, whether the content spans paragraphs, whether the attribution is nested
  in another one's content, whether it has a cue, the article's length;

and prints, per bin, the pairs, the speakers right and the accuracy; with ``--wrong`` also
how the wrong ones fail (no speaker given, a speaker before or after the gold one). Nothing
per article is printed, so it may be run on the unseen half (aggregate only).

    .venv/bin/python bench/heldout_like/speaker_structure.py /tmp/split/polnear/seen/dev
    .venv/bin/python bench/heldout_like/speaker_structure.py ../shared/data/polnear/dev --part all
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex
from shared_scorer import polnear_predicted, scorer

_SENTENCE_END = regex.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n+")
_PRONOUN = regex.compile(r"(?i)^(he|she|they|i|we|it|you|him|her|them|his|hers|their|who|which|that)$")
_DETERMINER = regex.compile(r"(?i)^(the|a|an|this|that|these|those|his|her|its|their|our|one|some|many|two|three|several|other|another|both|most|all|any|each|no)$")


def boundaries(text: str) -> tuple[list[int], list[int]]:
    """Sentence starts and paragraph starts (offsets), each list sorted and opening with 0."""
    sents = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    paras = [0] + [m.end() for m in regex.finditer(r"\n+", text)]
    return sents, paras


def index_of(starts: list[int], at: int) -> int:
    k = 0
    for i, s in enumerate(starts):
        if s <= at:
            k = i
    return k


def where(text: str, g: dict, sents: list[int], paras: list[int]) -> str:
    src = g["source"]
    if g["start"] <= src["start"] and src["end"] <= g["end"]:
        return "inside the content"
    s_src, s_con = index_of(sents, src["start"]), index_of(sents, g["start"])
    s_con_end = index_of(sents, max(g["start"], g["end"] - 1))
    p_src, p_con = index_of(paras, src["start"]), index_of(paras, g["start"])
    if s_con <= s_src <= s_con_end:
        return "same sentence"
    if s_src > s_con_end:
        return "after the content's sentence"
    if p_src == p_con:
        return "earlier sentence, same paragraph"
    if p_con - p_src == 1:
        return "paragraph before"
    return "two or more paragraphs before"


def source_kind(g: dict) -> str:
    words = regex.findall(r"[\p{L}'\u2019.-]+", g["source"]["text"])
    if not words:
        return "other"
    if len(words) == 1 and _PRONOUN.match(words[0]):
        return "pronoun"
    if _DETERMINER.match(words[0]) or words[0][0].islower():
        return "description"
    return "name"


def length(g: dict) -> str:
    n = g["end"] - g["start"]
    return "content < 100 chars" if n < 100 else ("content 100-250" if n < 250 else "content >= 250")


def nested(g: dict, gold: list[dict]) -> str:
    outer = any(o is not g and o["start"] <= g["start"] and g["end"] <= o["end"] for o in gold)
    holds = any(o is not g and o["source"] and g["start"] <= o["source"]["start"] < g["end"] for o in gold)
    return "nested in another" if outer else ("holds another's source" if holds else "not nested")


def article_size(text: str) -> str:
    n = len(text)
    return "article < 4000 chars" if n < 4000 else ("article 4000-8000" if n < 8000 else "article >= 8000")


def failure(g: dict, p: dict) -> str:
    ss = p.get("speaker_start")
    if not isinstance(ss, int):
        return "no speaker given"
    return "a speaker before the gold one" if ss < g["source"]["start"] else "a speaker after the gold one"


Axis = Callable[[str, dict, list[dict], list[int], list[int]], str]
AXES: dict[str, Axis] = {
    "where the source stands": lambda t, g, gold, s, p: where(t, g, s, p),
    "what the source is": lambda t, g, gold, s, p: source_kind(g),
    "content length": lambda t, g, gold, s, p: length(g),
    "spans paragraphs": lambda t, g, gold, s, p: "spans paragraphs" if "\n" in g["text"] else "one paragraph",
    "nesting": lambda t, g, gold, s, p: nested(g, gold),
    "cue": lambda t, g, gold, s, p: "has a cue" if g["cue"] else "no cue",
    "article size": lambda t, g, gold, s, p: article_size(t),
}
ANNOTATOR = "annotator (first .ann in sorted order, as the scorer reads)"


def annotators(folder: Path) -> dict[str, str]:
    """Each article's annotator code: the suffix of the .ann file the scorer reads."""
    out: dict[str, str] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name, _, code = ann.stem.rpartition("_")
        out.setdefault(name, code)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", help="a PolNeAR split folder (text/ + attributions/)")
    ap.add_argument("--pred", help="saved `newskit extract --format jsonl` output instead of running it")
    ap.add_argument("--part", choices=("direct", "all"), default="direct")
    ap.add_argument("--wrong", action="store_true", help="also count how the wrong speakers fail, per bin")
    args = ap.parse_args()
    sc = scorer()
    docs, by_id = polnear_predicted(sc, args.folder, args.pred)
    who = annotators(Path(args.folder))
    n: Counter[tuple[str, str]] = Counter()
    ok: Counter[tuple[str, str]] = Counter()
    how: Counter[tuple[str, str, str]] = Counter()
    for art, gold in docs:
        text = art["text"]
        sents, paras = boundaries(text)
        g_items = [g for g in gold if g["direct"]] if args.part == "direct" else gold
        p_items = sc.mentions_of(by_id, art["id"], "quote")
        if args.part == "direct":
            p_items = [p for p in p_items if p.get("direct") is True]
        for g, p in sc.match(g_items, p_items)[0]:
            if not g["source"]:
                continue
            ss, se = p.get("speaker_start"), p.get("speaker_end")
            right = isinstance(ss, int) and isinstance(se, int) and sc.overlap(g["source"], {"start": ss, "end": se}) > 0
            bins = {axis: fn(text, g, gold, sents, paras) for axis, fn in AXES.items()}
            bins[ANNOTATOR] = who.get(art["id"], "?")
            for axis, b in bins.items():
                n[(axis, b)] += 1
                ok[(axis, b)] += right
                if not right:
                    how[(axis, b, failure(g, p))] += 1
    total = sum(v for (a, _), v in n.items() if a == "cue")
    right_all = sum(v for (a, _), v in ok.items() if a == "cue")
    print(f"{args.part}: {total} pairs with a gold source, {right_all} speakers right ({right_all / max(total, 1):.3f})")
    for axis in [*AXES, ANNOTATOR]:
        print(f"\nby {axis}: pairs, right, accuracy, share of the wrong")
        for (a, b), v in sorted(n.items(), key=lambda kv: -kv[1]):
            if a != axis:
                continue
            wrong = v - ok[(a, b)]
            print(f"  {b:<36} {v:>5} {ok[(a, b)]:>5}  {ok[(a, b)] / v:.3f}  {wrong / max(total - right_all, 1):.2f}")
            if args.wrong and wrong:
                for (a2, b2, f), c in sorted(how.items(), key=lambda kv: -kv[1]):
                    if (a2, b2) == (a, b):
                        print(f"      {f:<34} {c:>4}")


if __name__ == "__main__":
    main()
