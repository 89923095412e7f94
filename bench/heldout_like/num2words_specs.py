"""A held-out-like check of number words whose renderer is not newskit's: ``num2words``
(PyPI, a reference renderer written by others) says random numbers in English, in its own
style ("four thousand, six hundred and twelve", "one point five"); each is put in a plain
news sentence and written as a Recognizers-style spec file that
``../shared/eval/score.py numbers`` reads.

Runs in its own virtualenv (not a newskit dependency); deterministic (seeded):

    .venv-recognizers/bin/pip install num2words
    .venv-recognizers/bin/python bench/heldout_like/num2words_specs.py OUT_DIR
"""

from __future__ import annotations

import argparse
import json
import random
from decimal import Decimal
from pathlib import Path

TEMPLATES = [
    "Officials said {} people were evacuated from the coast.",
    "The ministry spent {} dollars on the new bridge.",
    "Police counted {} vehicles at the border crossing on Monday.",
    "The survey found that {} households had no power.",
    "About {} tonnes of grain left the port last week.",
]


def cases(n: int, seed: int) -> list[dict[str, object]]:
    from num2words import num2words

    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for _ in range(n):
        kind = rng.choice(["small", "medium", "large", "decimal"])
        value: int | Decimal
        if kind == "small":
            value = rng.randint(1, 999)
        elif kind == "medium":
            value = rng.randint(1000, 999_999)
        elif kind == "large":
            value = rng.randint(1, 999) * 10 ** rng.choice([6, 9]) + rng.choice([0, rng.randint(1, 999_999)])
        else:
            value = Decimal(rng.randint(1, 9999)) / 10
        words = num2words(value, lang="en")
        text = rng.choice(TEMPLATES).format(words)
        start = text.index(words)
        out.append({"Input": text, "Results": [{
            "Text": words, "TypeName": "number", "Start": start, "End": start + len(words) - 1,
            "Resolution": {"value": str(value)}}]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    items = cases(args.n, args.seed)
    (args.out / "num2words.NumberModel.json").write_text(json.dumps(items, indent=1), encoding="utf-8")
    print(f"num2words: {len(items)} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
