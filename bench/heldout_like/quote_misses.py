"""Speaker errors and missed attributions on PolNeAR by KIND, for both halves of the dev split
(issue #14): a measurement, not a score.

Matches predictions to gold exactly as ``../shared/eval/score.py polnear`` does (overlap, one
to one, largest overlap first; a speaker is right when the predicted speaker span overlaps the
gold Source span) and sorts

* every **speaker error** of the "all" part (a matched pair whose gold has a Source) by how
  it fails: no speaker given; the gold source is a relative pronoun, a personal pronoun, or a
  phrase; the predicted speaker stands inside the gold content (an inner, nested speaker), in
  the source's sentence before or after it, or in another sentence;
* every **missed attribution** (gold matched by no prediction) by the shape read from its
  gold spans: the content's form (a ``that``-clause, a bare clause, an infinitive, a
  ``wh``-clause, a noun phrase, a direct quotation), the cue's form (a verb of the quotes
  lexicon ``data/cues.json`` in any inflection, another verb, a noun, ``according to``, the
  cue after the content), and whether a prediction overlaps it (a span or pairing problem
  rather than a cue never read).

Kinds are shapes, never words of one article. ``--show KIND`` prints the items of one kind
(their gold and predicted spans): use it on the seen half only; on the unseen half only the
counts are read (``split_dev.py``).

    .venv/bin/python bench/heldout_like/quote_misses.py /tmp/split/polnear/seen/dev /tmp/split/polnear/unseen/dev --pred dev.jsonl
    .venv/bin/python bench/heldout_like/quote_misses.py /tmp/split/polnear/seen/dev --pred dev.jsonl --show "speaker: another sentence"
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import regex
from attribution_kinds import lemma_in, lemmas
from shared_scorer import polnear_predicted, scorer

_WORD = regex.compile(r"[A-Za-z'’]+")
_SENTENCE_END = regex.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n+")
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_PRONOUN = frozenset(
    "he she they it we i you him her them us me his its their our my your one".split()
)
_WH = frozenset("whether if how what why when where who which".split())
_AUX = frozenset(
    "is are was were be been will would can could should must may might has have had do does "
    "did isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't "
    "hadn't don't doesn't didn't".split()
)
_SUBJECT = frozenset("he she they it we i you there this".split())
_DETERMINER = frozenset("the a an his her their its our my your this that these those".split())
_NOUN_END = regex.compile(r"(?:tion|sion|ment|ance|ence|ism|ity|ship|ure|al|ism|ness)s?$")


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The extent of the sentence (or line) holding offset ``at``, by punctuation."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    m = _SENTENCE_END.search(text, at)
    return start, (m.start() + 1 if m else len(text))


def source_kind(src: str) -> str:
    words = [w.lower() for w in _WORD.findall(src)]
    if len(words) == 1 and words[0] in _RELATIVE:
        return "relative pronoun"
    if len(words) == 1 and words[0] in _PRONOUN:
        return "personal pronoun"
    return "phrase"


def speaker_failure(text: str, g: dict, p: dict) -> str:
    """How a predicted speaker misses the gold Source."""
    ss, se = p.get("speaker_start"), p.get("speaker_end")
    if not isinstance(ss, int) or not isinstance(se, int):
        return "none given"
    if g["start"] <= ss < g["end"]:
        return "inside the gold content (an inner speaker)"
    s0, s1 = sentence_of(text, g["source"]["start"])
    if s0 <= ss < s1:
        return "source's sentence, " + ("before it" if ss < g["source"]["start"] else "after it")
    return "another sentence"


def cue_shape(g: dict) -> str:
    """The cue's grammatical shape: a participle (``saying``), ``to`` + verb, or another."""
    words = [w.lower() for w in _WORD.findall(g["cue"] or "")]
    if any(w.endswith("ing") and len(w) > 4 for w in words):
        return "cue -ing"
    if "to" in words[:-1]:
        return "cue to-verb"
    return "cue other"


def content_form(text: str, g: dict) -> str:
    if g["direct"]:
        return "direct quotation"
    words = [w.lower() for w in _WORD.findall(g["text"])]
    if not words:
        return "empty"
    first = words[0]
    if first == "that":
        return "that-clause"
    if first == "to":
        return "infinitive"
    if first in _WH:
        return "wh-clause"
    if first in _SUBJECT or any(w in _AUX for w in words[:6]):
        return "bare clause"
    return "noun phrase"


def cue_form(text: str, g: dict, speech: set[str], belief: set[str]) -> str:
    cue = (g["cue"] or "").strip()
    if not cue:
        return "no cue"
    words = [w.lower() for w in _WORD.findall(cue)]
    at = text.find(cue, max(0, min(g["start"], (g["source"] or g)["start"]) - 300))
    if at > g["start"]:
        where = "after content"
    else:
        where = "before content"
    if words and words[0] == "according":
        return "according to"
    before = text[max(0, at - 30):at].lower().split()
    head = words[-1] if words else ""
    nominal = (before and before[-1] in _DETERMINER | {"'s"}) or head.endswith("'s") or (
        _NOUN_END.search(head) is not None and not head.endswith("ed"))
    if nominal and not any(lemma_in(w, speech | belief) for w in words if not _NOUN_END.search(w)):
        return f"noun, {where}"
    known = any(lemma_in(w, speech | belief) or w in ("said", "says", "told", "tells", "thought", "felt", "knew")
                for w in words)
    return f"{'lexicon' if known else 'other'} verb, {where}"


def tally(folder: str, pred: str | None, show: str | None, direct: bool = False) -> tuple[Counter[str], Counter[str], int, int]:
    sc = scorer()
    docs, by_id = polnear_predicted(sc, folder, pred)
    speech, belief = lemmas()
    speech |= set(_cue_lemmas("speech")) | set(_cue_lemmas("attitude")) | set(_cue_lemmas("label"))
    speakers: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    n_pairs = n_gold = 0
    for art, gold in docs:
        text = art["text"]
        pred_q = sc.mentions_of(by_id, art["id"], "quote")
        if direct:
            gold = [g for g in gold if g["direct"]]
            pred_q = [p for p in pred_q if p.get("direct") is True]
        pairs, _ = sc.match(gold, pred_q)
        hit = {id(g) for g, _ in pairs}
        n_gold += len(gold)
        for g, p in pairs:
            if not g["source"]:
                continue
            n_pairs += 1
            ss, se = p.get("speaker_start"), p.get("speaker_end")
            if isinstance(ss, int) and isinstance(se, int) and sc.overlap(g["source"], {"start": ss, "end": se}) > 0:
                continue
            kind = (f"speaker: {speaker_failure(text, g, p)} | gold {source_kind(g['source']['text'])}"
                     f" | {cue_shape(g)}")
            speakers[kind] += 1
            if show and show in kind:
                print(f"{kind}\n   gold {g['source']['text']!r} <{g['cue']}> {g['text'][:100]!r}\n"
                      f"   pred {p.get('speaker')!r} at {text[ss:se] if isinstance(ss, int) else None!r} "
                      f"content {p.get('text', '')[:80]!r}")
                s0, s1 = sentence_of(text, g["source"]["start"])
                print(f"   sentence: {text[s0:s1][:300]!r}")
                for q in pred_q:
                    if q is not p and sc.overlap(g, q) > 0:
                        print(f"   also overlapping: {q.get('speaker')!r} {q.get('text', '')[:80]!r}")
        for g in gold:
            if id(g) in hit:
                continue
            overl = any(sc.overlap(g, p) > 0 for p in pred_q)
            kind = (f"missed: {cue_form(text, g, speech, belief)} | {content_form(text, g)}"
                    f"{' | overlapped' if overl else ''}")
            misses[kind] += 1
            if show and show in kind:
                s0, s1 = sentence_of(text, g["start"])
                print(f"{kind}\n   {(g['source'] or {}).get('text')!r} <{g['cue']}> {g['text'][:120]!r}\n"
                      f"   sentence: {text[s0:s1][:240]!r}")
    return speakers, misses, n_pairs, n_gold


def _cue_lemmas(cls: str) -> list[str]:
    path = Path(__file__).resolve().parents[2] / "plugins" / "newskit_quotes" / "data" / "cues.json"
    return list(json.loads(path.read_text(encoding="utf-8"))[cls])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", help="PolNeAR split folders (the seen half, then the unseen half)")
    ap.add_argument("--pred", help="saved `newskit extract --format jsonl` output instead of running it")
    ap.add_argument("--show", help="print the items of the kinds containing this text (seen half only)")
    ap.add_argument("--part", choices=("all", "direct"), default="all", help="the scorer's part: every attribution, or the direct ones")
    ap.add_argument("--min", type=int, default=2, help="hide kinds with fewer items in every half")
    args = ap.parse_args()
    results = [tally(f, args.pred, args.show if k == 0 else None, args.part == "direct") for k, f in enumerate(args.folders)]
    names = [Path(f).parent.name or f for f in args.folders]
    for part, idx in ((f"speaker errors ({args.part} part)", 0), ("missed attributions", 1)):
        kinds: Counter[str] = Counter()
        for r in results:
            kinds.update(r[idx])
        print(f"\n{part}: " + "  ".join(f"{n} {sum(r[idx].values())}/{r[2 + idx]}" for n, r in zip(names, results, strict=True)))
        for kind, _ in kinds.most_common():
            counts = [r[idx][kind] for r in results]
            if max(counts) >= args.min:
                print(f"  {kind:<78} " + " ".join(f"{c:>5}" for c in counts))


if __name__ == "__main__":
    main()
