"""Which step fails for each gold allegation/denial pair of a gold story file, with the
claims of the story's two parties for reading, and a table of steps:

* ``no claim``: no accusing claim by a source containing the accuser's name, and none read
  near where an article names the accuser (the allegation was not read at all);
* ``wrong speaker``: no accusing claim by the accuser, but one read where an article names
  the accuser (the claim is there, its source is someone else);
* ``no denial read``: no denial by the denier, though a claim was read near a mention of
  the denier (a denial in words the claims linker does not take as one, or by the wrong
  speaker);
* ``no denial``: no denial by the denier and no claim near its name;
* ``parties not matched``: both claims are there and a denial by the denier answers a
  claim (``responds_to``) by another source that stands for the accuser (a description,
  a short name, a member);
* ``not linked``: both claims are there, no ``contested`` finding pairs them
  (``Story.contested_pairs``) and no denial of the denier answers anyone.

    .venv/bin/python bench/pairs_steps.py bench/stories/set_g/*.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newskit import Article, Pipeline
from newskit.model import Claim
from newskit.story import build_story

#: how far around a claim a mention of a party makes the claim read "near" it (characters)
_NEAR = 200


def _near_name(name: str, claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """The claims that an article names ``name`` near (within ``_NEAR`` characters)."""
    low = name.lower()
    out = []
    for c in claims:
        text = texts.get(c.article, "").lower()
        lo, hi = max(0, c.start - _NEAR), min(len(text), c.end + _NEAR)
        if low in text[lo:hi]:
            out.append(c)
    return out


def _step(ok: bool, als: list[Claim], dns: list[Claim], near_acc: list[Claim], near_den: list[Claim],
          by_id: dict[str, Claim], acc: str) -> str:
    if ok:
        return "ok"
    if not als:
        return "wrong speaker" if any(c.stance != "denies" for c in near_acc) else "no claim"
    if not dns:
        return "no denial read" if near_den else "no denial"
    answered = [by_id[d.responds_to] for d in dns if d.responds_to in by_id]
    return "parties not matched" if any(acc.lower() not in (t.source or "").lower() for t in answered) \
        else "not linked"


def _steps(story: Any, gold: dict[str, Any]) -> list[tuple[str, str, str, list[str]]]:
    claims = list(story.claims)
    by_id = {c.id: c for c in claims if c.id}
    texts = {a["id"]: a["text"] for a in gold["articles"]}
    # held as the scorer holds it: a pair whose sides' sources name the gold parties (the
    # denial side may be a denying body's spokesman, whatever the stance of their words)
    held = [((a.source or "").lower(), (d.source or "").lower()) for a, d in story.contested_pairs()]
    out = []
    for acc, den in gold["pairs"]:
        als = [c for c in claims if c.stance != "denies" and acc.lower() in (c.source or "").lower()]
        dns = [c for c in claims if c.stance == "denies" and den.lower() in (c.source or "").lower()]
        ok = any(acc.lower() in a and den.lower() in d for a, d in held)
        step = _step(ok, als, dns, _near_name(acc, claims, texts), _near_name(den, claims, texts), by_id, acc)
        lines = [f"    A {c.article} {c.source!r} {c.stance}: {c.text[:110]!r}" for c in als[:4]]
        lines += [f"    D {c.article} {c.source!r} ->{by_id[c.responds_to].source if c.responds_to in by_id else None}"
                  f": {c.text[:110]!r}" for c in claims if c.stance == "denies"]
        out.append((step, acc, den, lines))
    return out


def main(paths: list[str]) -> int:
    pipeline = Pipeline.build()
    count: Counter[str] = Counter()
    for p in paths:
        gold = json.loads(Path(p).read_text("utf-8"))
        story = build_story([pipeline.run(Article.from_dict(a)) for a in gold["articles"]])
        for step, acc, den, lines in _steps(story, gold):
            count[step] += 1
            print(f"{Path(p).parent.name}/{Path(p).stem}: {acc} / {den}: {step}")
            if step != "ok":
                print("\n".join(dict.fromkeys(lines)))
    print(dict(count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
