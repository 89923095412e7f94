"""Build a held-out-like numbers check: Microsoft Recognizers-Text (its Python package, run
as a reference tool) labels the numbers in sentences of the public development corpora
(TimeBank/AQUAINT, CoNLL-2003 testa, PolNeAR dev), and the labels are written as
Recognizers spec files (``NumberModel.json``, ``CurrencyModel.json``...) that
``../shared/eval/score.py numbers`` reads.

Why: the held-out suite is Recognizers-Text's own English spec files, which are not
available here; the tool that defines their conventions is (PyPI). Its output on other
news text is *silver*, not gold: where it errs, the figure is off too. It is a check on
conventions (what counts as one number, which value), not a target; rules are never
written from its items.

Runs in its own virtualenv (not a newskit dependency):

    python3 -m venv .venv-recognizers
    .venv-recognizers/bin/pip install recognizers-text-number recognizers-text-number-with-unit "emoji<1.0"
    .venv-recognizers/bin/python bench/heldout_like/recognizers_silver.py ../shared/data OUT_DIR

Standard library plus the recognizers packages. Deterministic: the sentence sample is
every sentence with a digit or a number word, in file order, up to ``--max`` per corpus.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

NUMBER_WORD = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|"
    r"quarter|third)\b")
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def timebank_sentences(folder: Path) -> list[str]:
    out: list[str] = []
    for f in sorted(folder.rglob("*.tml")):
        raw = f.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1) if m else ""))
        out.extend(s for para in re.split(r"\n\s*\n", text) for s in SENT.split(" ".join(para.split())))
    return out


def conll_sentences(path: Path) -> list[str]:
    out: list[str] = []
    words: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                out.append(" ".join(words))
            words = []
            continue
        words.append(line.split()[0])
    if words:
        out.append(" ".join(words))
    return out


def polnear_sentences(folder: Path) -> list[str]:
    out: list[str] = []
    for f in sorted((folder / "text").glob("*.txt")):
        for para in f.read_text(encoding="utf-8", errors="replace").splitlines():
            out.extend(SENT.split(" ".join(para.split())))
    return out


def sample(sentences: list[str], limit: int) -> list[str]:
    keep = [s for s in sentences if 20 <= len(s) <= 400 and (any(c.isdigit() for c in s) or NUMBER_WORD.search(s))]
    return keep[:limit]


def results(models: dict[str, object], sentence: str) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for name, model in models.items():
        rows = []
        for r in model.parse(sentence):  # type: ignore[attr-defined]
            res = dict(r.resolution or {})
            rows.append({"Text": r.text, "TypeName": r.type_name, "Start": r.start, "End": r.end,
                         "Resolution": {"value": res.get("value"), "unit": res.get("unit")}})
        out[name] = rows
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (tbaq/, conll2003/, polnear/)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--max", type=int, default=600, help="sentences per corpus")
    args = ap.parse_args()
    from recognizers_number import Culture, NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    num = NumberRecognizer(Culture.English)
    unit = NumberWithUnitRecognizer(Culture.English)
    models = {"NumberModel": num.get_number_model(), "CurrencyModel": unit.get_currency_model(),
              "DimensionModel": unit.get_dimension_model(), "AgeModel": unit.get_age_model(),
              "TemperatureModel": unit.get_temperature_model()}
    d = args.data
    corpora = {"tbaq": timebank_sentences(d / "tbaq"),
               "conll": conll_sentences(d / "conll2003" / "eng.testa"),
               "polnear": polnear_sentences(d / "polnear" / "dev")}
    # one file per corpus and model ("tbaq.NumberModel.json"): score.py prints a row per file
    specs: dict[str, list[dict[str, object]]] = {}
    for corpus, sentences in corpora.items():
        for s in sample(sentences, args.max):
            for name, rows in results(models, s).items():
                if rows or name == "NumberModel":  # unit files: only sentences with their type
                    specs.setdefault(f"{corpus}.{name}", []).append({"Input": s, "Results": rows})
    args.out.mkdir(parents=True, exist_ok=True)
    for name, cases in specs.items():
        (args.out / f"{name}.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{name}: {len(cases)} sentences, {sum(len(c['Results']) for c in cases)} results")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
