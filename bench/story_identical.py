#!/usr/bin/env python3
"""Hashes of the story layer's output: is a speed-up of ``build_story`` byte-identical?

Making the story cheaper (issue #12) must not change a byte of what it builds. This
script builds stories in one process and prints one SHA-256 per story, of the JSON that
``newskit story --format json`` writes (``story_to_json`` + ``dumps``):

  seeds          the seed articles (``seeds/``) as one story
  set/NAME       every story file of ``bench/stories/*/`` and ``tests/story/stories/``
                 (its articles extracted here)
  ecb/TOPIC      every ECB+ topic's documents as one story (``.cache/ecb_analyses.pkl``,
                 written by ``bench/ecb_coref.py extract``)
  repeated/N     one ECB+ topic repeated with fresh ids up to N articles (the hard case
                 of ``bench/story_size.py``: blocks past ``MAX_PAIRED``)
  stories-mixed  ``build_stories`` over every story file's articles mixed in one stream

The story layer reads only the analyses, so extraction is the same on both sides of a
change to ``newskit.story``; run the script before and after and compare:

    python bench/story_identical.py --out /tmp/before.txt
    python bench/story_identical.py --check /tmp/before.txt     # exit 1 when any differs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from newskit import Article, Pipeline  # noqa: E402
from newskit.model import Analysis  # noqa: E402
from newskit.serialize import analysis_from_json, analysis_to_json, dumps, story_to_json  # noqa: E402
from newskit.story import build_story  # noqa: E402

STORY_FILES = sorted([*ROOT.glob("bench/stories/*/*.json"), *ROOT.glob("tests/story/stories/*.json")])


def _hash(story: Any) -> str:
    return hashlib.sha256(dumps(story_to_json(story)).encode("utf-8")).hexdigest()


def _seeds(pipeline: Pipeline) -> list[Analysis]:
    from newskit.readers import read_inputs

    return [pipeline.run(a) for a in read_inputs([str(ROOT / "seeds")]) if isinstance(a, Article)]


def story_sets(pipeline: Pipeline) -> Iterator[tuple[str, list[Analysis]]]:
    for p in STORY_FILES:
        gold = json.loads(p.read_text("utf-8"))
        name = f"{p.parent.name}/{p.stem}"
        yield name, [pipeline.run(Article.from_dict(a)) for a in gold["articles"]]


def repeated(base: list[Analysis], n: int) -> list[Analysis]:
    """``base`` repeated up to ``n`` articles, each copy under a fresh article id that every
    span, event and claim id of the copy names too (through the JSON round trip), so the
    story sees consistent articles, as if each copy had been extracted again."""
    return [_renamed(base[i % len(base)], f"{base[i % len(base)].article.id}-{i // len(base)}") for i in range(n)]


def _renamed(a: Analysis, new: str) -> Analysis:
    old = a.article.id

    def swap(v: Any) -> Any:
        if isinstance(v, str):
            return new + v[len(old):] if v == old or v.startswith(old + "#") else v
        if isinstance(v, list):
            return [swap(x) for x in v]
        if isinstance(v, dict):
            return {k: swap(x) for k, x in v.items()}
        return v

    return analysis_from_json(swap(analysis_to_json(a)))


def hashes(ecb: bool, sizes: list[int]) -> dict[str, str]:
    from newskit.stories import build_stories

    pipeline = Pipeline.build()
    out: dict[str, str] = {"seeds": _hash(build_story(_seeds(pipeline)))}
    mixed: list[Analysis] = []
    for name, analyses in story_sets(pipeline):
        out[f"set/{name}"] = _hash(build_story(analyses))
        # fresh ids for the mixed stream: extracted again, so every span names its article by the new id
        mixed += [pipeline.run(attrs.evolve(a.article, id=f"{name}/{a.article.id}")) for a in analyses]
    mixed.sort(key=lambda a: (a.article.published_date or __import__("datetime").date.min, a.article.id))
    blob = "".join(f"{sid} {dumps(story_to_json(s))}\n" for sid, s in build_stories(mixed))
    out["stories-mixed"] = hashlib.sha256(blob.encode("utf-8")).hexdigest()
    if ecb:
        import ecb_coref

        topics = ecb_coref.load(set(range(1, 46)), True)
        for name, _, analyses in topics:
            out[f"ecb/{name}"] = _hash(build_story(analyses))
        base = next(a for name, _, a in topics if int("".join(c for c in name if c.isdigit())) == 19)
        for n in sizes:
            out[f"repeated/{n}"] = _hash(build_story(repeated(base, n)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--no-ecb", action="store_true", help="skip the ECB+ topics and repeated stories")
    ap.add_argument("--sizes", type=int, nargs="*", default=[60, 250], help="repeated story sizes")
    ap.add_argument("--out", type=Path, help="also write the hashes to this file")
    ap.add_argument("--check", type=Path, help="compare with the hashes in this file")
    args = ap.parse_args(argv)
    t0 = time.process_time()
    got = hashes(not args.no_ecb, args.sizes)
    text = "".join(f"{k} {v}\n" for k, v in got.items())
    sys.stdout.write(text)
    print(f"# {len(got)} stories, {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.check:
        want = dict(line.split(" ", 1) for line in args.check.read_text("utf-8").splitlines() if line)
        diff = [k for k, v in got.items() if want.get(k, "").strip() != v] + [k for k in want if k not in got]
        print("identical" if not diff else f"DIFFERENT: {', '.join(diff)}")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
