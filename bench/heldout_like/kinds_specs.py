"""A held-out-like numbers check per *kind* of number: sentences generated from forms written
here (not from any test item), each labelled by Microsoft Recognizers-Text's Python package
(run as a reference tool), written as Recognizers spec files, one per kind
(``suffix.NumberModel.json``, ``age.AgeModel.json``...), that ``../shared/eval/score.py
numbers`` scores with a row per kind.

Why: the held-out suite is Recognizers-Text's English Number/NumberWithUnit spec files
(not available here); a value-F1 far below the F1 means a value *convention* differs on
some kinds. A row per kind shows which. The gold is Recognizers' reading (silver): where
Recognizers itself errs (``magnitude-7.4`` read as -7.4) the row says so and newskit is not
bent to it. The rules are never written from these sentences; each fixed kind has unit
tests on sentences written for them.

Runs in its own virtualenv (not a newskit dependency); deterministic (seeded):

    python3 -m venv .venv-recognizers
    .venv-recognizers/bin/pip install recognizers-text-number recognizers-text-number-with-unit "emoji<1.0"
    .venv-recognizers/bin/python bench/heldout_like/kinds_specs.py /tmp/kinds
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py numbers /tmp/kinds
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DENOMS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
          5: ("fifth", "fifths"), 7: ("seventh", "sevenths"), 8: ("eighth", "eighths"),
          10: ("tenth", "tenths"), 100: ("hundredth", "hundredths")}

NUMBER_TEMPLATES = [
    "Officials said the figure was {} on Monday.",
    "The agency counted {} in the latest report.",
    "Analysts expect {} by the end of the quarter.",
    "The committee put the total at {}, its spokesman said.",
    "A survey of residents gave {} as the answer.",
]
UNIT_TEMPLATES = [
    "Officials said it was {} on Monday.",
    "The report put it at {}, a spokesman said.",
    "Witnesses described {} near the border.",
]


def say(n: int, rng: random.Random) -> str:
    """A cardinal below a million in words, in one of the styles news writes."""
    if n < 10:
        return UNITS[n - 1] if n else "zero"
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if not u else rng.choice(["-", " "]) + UNITS[u - 1])
    if n < 1000:
        h, r = divmod(n, 100)
        head = ("a hundred" if h == 1 and rng.random() < 0.3 else f"{say(h, rng)} hundred")
        return head if not r else head + rng.choice([" and ", " "]) + say(r, rng)
    th, r = divmod(n, 1000)
    head = f"{say(th, rng)} thousand"
    if not r:
        return head
    return head + (" and " if r < 100 else rng.choice([" ", ", ", " and "])) + say(r, rng)


def grouped(n: int) -> str:
    return f"{n:,}"


def k_digits(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10_000, 9_999_999)])
    return grouped(n) if n >= 1000 and rng.random() < 0.7 else str(n)


def k_decimal(rng: random.Random) -> str:
    return f"{rng.randint(0, 999)}.{rng.randint(1, 99)}"


def k_negative(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 99)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    return rng.choice([f"-{n}", f"- {n}", f"minus {say(rng.randint(1, 99), rng)}",
                       f"negative {n}"])


def k_suffix(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    suf = rng.choice(["k", "K", "M", "b", "B", "G", "T"])
    sign = rng.choice(["", "", "-", "- "])
    return f"{sign}{n}{rng.choice(['', ' '])}{suf}"


def k_scale(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                    say(rng.randint(1, 99), rng)])
    return f"{n} {rng.choice(['thousand', 'million', 'billion', 'trillion'])}"


def k_words(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 999_999)])
    return say(n, rng)


def k_fraction(rng: random.Random) -> str:
    d = rng.choice(list(DENOMS))
    n = rng.randint(1, max(1, min(d - 1, 9)))
    if rng.random() < 0.3:
        return f"{n}/{d}"
    if rng.random() < 0.2:
        return f"{say(n, rng)} over {say(d, rng) if d < 1000 else d}"
    word = DENOMS[d][0] if n == 1 else DENOMS[d][1]
    head = rng.choice(["a", "one"]) if n == 1 else say(n, rng)
    return f"{head}{rng.choice([' ', '-'])}{word}"


ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth", 60: "sixtieth",
            70: "seventieth", 80: "eightieth", 90: "ninetieth"}
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]


def say_ordinal(n: int, rng: random.Random) -> str:
    """The ordinal of 3 <= n < 100 in words ("sixteenth", "twenty-fifth")."""
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    return ORD_TENS[t * 10] if not u else TENS[t] + rng.choice(["-", " "]) + ORD_UNITS[u]


def k_ordinal_fraction(rng: random.Random) -> str:
    """A fraction over any ordinal ("three sixteenths", "seven twenty-fifths"); compounds in
    -first and -second are left out ("twenty seconds" is a time)."""
    d = rng.choice([x for x in range(3, 100) if x < 20 or x % 10 not in (1, 2)])
    n = rng.randint(2, 9)
    return f"{say(n, rng)} {say_ordinal(d, rng)}s"


def k_mixed(rng: random.Random) -> str:
    w = rng.randint(1, 30)
    d = rng.choice([2, 3, 4, 5, 8])
    n = rng.randint(1, d - 1)
    if rng.random() < 0.4:
        return f"{w} {n}/{d}"
    frac = (f"a {DENOMS[d][0]}" if n == 1 else f"{say(n, rng)} {DENOMS[d][1]}")
    return f"{say(w, rng)} and {frac}"


def k_dozen(rng: random.Random) -> str:
    return rng.choice([f"{say(rng.randint(2, 9), rng)} dozen", f"{say(rng.randint(2, 9), rng)} dozens",
                       "a dozen", "half a dozen", f"{rng.randint(2, 20)} dozen"])


def k_power(rng: random.Random) -> str:
    m = rng.choice([str(rng.randint(1, 20)), f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"])
    e = rng.randint(1, 12)
    return rng.choice([f"{m}e{e}", f"{m}E-{e}", f"{m}^{rng.randint(1, 5)}", f"{m}e+{e}"])


def k_percent(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 99)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                    say(rng.randint(1, 99), rng)])
    return rng.choice([f"{n}%", f"{n} percent", f"{n} per cent", f"{n} pct"])


def k_range(rng: random.Random) -> str:
    a = rng.randint(1, 50)
    b = a + rng.randint(1, 50)
    return rng.choice([f"between {a} and {b}", f"from {a} to {b}", f"{a} to {b}",
                       f"between {a}.5 and {b}.0", f"more than {a}", f"less than {b}",
                       f"at least {a}", f"up to {b}"])


def k_currency(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 99):02d}",
                    grouped(rng.randint(1000, 999_999))])
    scale = rng.choice(["", "", " million", " billion", "m", "bn"])
    return rng.choice([f"${n}{scale}", f"£{n}{scale}", f"€{n}{scale}", f"{n}{scale} dollars",
                       f"{n}{scale} euros", f"US${n}{scale}", f"{rng.randint(1, 99)} cents",
                       f"{n}{scale} yen", f"{rng.randint(2, 99)} pence", f"{n} pounds"])


def k_age(rng: random.Random) -> str:
    n = rng.randint(1, 99)
    w = rng.choice([str(n), say(n, rng)])
    unit = rng.choice(["year", "year", "month", "week", "day"])
    return rng.choice([f"{w} {unit}s old", f"{w}-{unit}-old", f"{w} {unit}s of age",
                       f"the age of {w}", f"{w}-{unit}-old"])


def k_dimension(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    unit = rng.choice(["km", "kilometres", "miles", "metres", "m", "feet", "ft", "inches", "cm",
                       "kg", "kilograms", "pounds", "lbs", "tonnes", "tons", "litres", "gallons",
                       "mph", "km/h", "square kilometres", "sq ft", "acres", "hectares", "MB",
                       "GB", "barrels"])
    return rng.choice([f"{n} {unit}", f"{n}{unit}" if len(unit) <= 4 else f"{n} {unit}"])


def k_temperature(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(-30, 110)), f"{rng.randint(1, 45)}.{rng.randint(1, 9)}"])
    return rng.choice([f"{n} degrees Celsius", f"{n} degrees Fahrenheit", f"{n}°C", f"{n}°F",
                       f"{n} degrees", f"{n} C", f"{n}F", f"{n} degrees centigrade"])


NUMBER_KINDS: dict[str, Callable[[random.Random], str]] = {
    "digits": k_digits, "decimal": k_decimal, "negative": k_negative, "suffix": k_suffix,
    "scale": k_scale, "words": k_words, "fraction": k_fraction, "mixed": k_mixed,
    "dozen": k_dozen, "power": k_power,
}
#: Kinds added in session 16 (``--more-kinds``), kept apart so that the 16 kinds above keep
#: their figures across sessions.
MORE_KINDS: dict[str, Callable[[random.Random], str]] = {"ordinal_fraction": k_ordinal_fraction}
MODEL_KINDS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "percent": ("PercentModel", k_percent), "range": ("NumberModel", k_range),
    "currency": ("CurrencyModel", k_currency), "age": ("AgeModel", k_age),
    "dimension": ("DimensionModel", k_dimension), "temperature": ("TemperatureModel", k_temperature),
}


# ------------------------------------------------------------------ session 17 kinds
# Forms named in Recognizers-Text's public README and docs (number words composed across
# scales, fractions and mixed numbers in words, dozens, percentages in words, grouped
# decimals, numbers inside hyphenated words, "a couple"), each also rendered as a bare input
# (the phrase alone, as spec inputs often are) and opening a sentence (capitalised).

SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]
BARE_TEMPLATES = ["{}", "{}.", "{} were counted on Monday."]


def say_big(n: int, rng: random.Random) -> str:
    """A cardinal below a trillion in words; scale groups joined by nothing, a comma or
    "and" ("four thousand and six hundred", "one million two hundred")."""
    parts = []
    for size, word in SCALES:
        q, n = divmod(n, size)
        if q:
            parts.append(f"{say(q, rng)} {word}")
    if n:
        parts.append(say(n, rng))
    out = parts[0]
    for part in parts[1:]:
        out += rng.choice([" ", " and ", ", "]) + part
    return out


def k_composed(rng: random.Random) -> str:
    size = rng.choice([1000, 10**6, 10**9])
    head = rng.randint(1, 999) * size
    tail = rng.choice([rng.randint(1, 999), rng.randint(1, 999) * 100, rng.randint(1, 999_999)])
    return say_big(head + (tail % size or 1), rng)


def say_fraction(rng: random.Random) -> tuple[str, float]:
    d = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 100])
    n = rng.randint(1, max(1, min(d - 1, 9)))
    names = {**DENOMS, 6: ("sixth", "sixths"), 9: ("ninth", "ninths")}
    if n == 1:
        return f"{rng.choice(['a', 'one'])}{rng.choice([' ', '-'])}{names[d][0]}", 1 / d
    return f"{say(n, rng)}{rng.choice([' ', '-'])}{names[d][1]}", n / d


def k_word_mixed(rng: random.Random) -> str:
    whole = rng.choice([rng.randint(1, 20), rng.randint(21, 99), rng.randint(1, 9) * 100])
    return f"{say(whole, rng)} and {say_fraction(rng)[0]}"


def k_word_fraction(rng: random.Random) -> str:
    if rng.random() < 0.25:
        n = rng.randint(1, 9)
        return f"{say(n, rng)} over {say(rng.randint(n + 1, 20), rng)}"
    return rng.choice([say_fraction(rng)[0], say_fraction(rng)[0], "a half", "a quarter",
                       "three-fourths", "one fourth"])


def k_digit_fraction(rng: random.Random) -> str:
    d = rng.choice([2, 3, 4, 5, 8, 16])
    n = rng.randint(1, d - 1)
    w = rng.randint(1, 12)
    return rng.choice([f"{n}/{d}", f"{w} {n}/{d}", f"-{w} {n}/{d}", f"{w} and {n}/{d}"])


def k_dozens(rng: random.Random) -> str:
    n = rng.randint(2, 12)
    return rng.choice([f"{say(n, rng)} dozens", f"{say(n, rng)} dozen", f"{n} dozens",
                       "half a dozen", "a dozen", "a half dozen", f"{say(n, rng)} and a half dozen"])


def k_percent_words(rng: random.Random) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 9) * 10, 100])
    w = say(n, rng) if n < 100 else rng.choice(["one hundred", "a hundred"])
    return rng.choice([f"{w} percent", f"{w} per cent", f"{w} percents",
                       f"{w} point {say(rng.randint(1, 9), rng)} percent", f"{n} percents"])


def k_grouped(rng: random.Random) -> str:
    n = rng.randint(1000, 99_999_999)
    frac = f"{rng.randint(1, 99):02d}"
    return rng.choice([f"{n:,}.{frac}", f"{n:,}", f"{n:,}".replace(",", " "), f".{frac}",
                       f"0.{frac}", f"{rng.randint(1, 999)}.{frac}"])


def k_word_decimal(rng: random.Random) -> str:
    digits = " ".join(say(rng.randint(0, 9), rng) for _ in range(rng.randint(1, 3)))
    return f"{say(rng.randint(0, 99), rng)} point {digits}"


def k_hyphenated(rng: random.Random) -> str:
    n = rng.randint(2, 60)
    w = rng.choice([str(n), say(n, rng)])
    noun = rng.choice(["page", "member", "point", "mile", "story", "nation", "seat", "game"])
    return rng.choice([f"a {w}-{noun} report", f"the {w}-{noun} plan", f"a {rng.randint(1, 9)}-{rng.randint(0, 9)} win",
                       f"a {w}-strong team", f"the {w}-odd members", f"a {w}-fold rise"])


def k_couple(rng: random.Random) -> str:
    return rng.choice(["a couple", "a couple of", "a few", "half a", "a pair of", "a score of",
                       "twice", "a single"]) + " " + rng.choice(["cases", "times", "officers"])


def k_digits_words(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"])
    return rng.choice([f"{n} hundred", f"{n} thousand", f"{n} million {rng.randint(1, 999)} thousand",
                       f"{n} thousand and {rng.randint(1, 999)}", f"{rng.randint(2, 9)} hundred thousand"])


def k_list(rng: random.Random) -> str:
    a, b, c = (rng.randint(1, 99) for _ in range(3))
    return rng.choice([f"{a}, {b} and {c}", f"{a}, {b}, {c}", f"{say(a, rng)}, {say(b, rng)} or {say(c, rng)}",
                       f"{a}.5, {b}.5", f"{a} or {b}", f"{say(a, rng)} and {say(b, rng)}"])


#: Kinds added in session 17 (``--kinds17``), rendered in sentences and as bare inputs.
KINDS17: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "composed": ("NumberModel", k_composed), "word_mixed": ("NumberModel", k_word_mixed),
    "word_fraction": ("NumberModel", k_word_fraction), "digit_fraction": ("NumberModel", k_digit_fraction),
    "dozens": ("NumberModel", k_dozens), "percent_words": ("PercentModel", k_percent_words),
    "grouped": ("NumberModel", k_grouped), "word_decimal": ("NumberModel", k_word_decimal),
    "hyphenated": ("NumberModel", k_hyphenated), "couple": ("NumberModel", k_couple),
    "digits_words": ("NumberModel", k_digits_words), "list": ("NumberModel", k_list),
}


def sentence17(rng: random.Random, render: Callable[[random.Random], str]) -> str:
    """A session-17 phrase in a sentence, alone, or opening a sentence (capitalised)."""
    phrase = render(rng)
    if rng.random() < 0.5:
        return rng.choice(NUMBER_TEMPLATES).format(phrase)
    t = rng.choice(BARE_TEMPLATES).format(phrase)
    return t[0].upper() + t[1:] if rng.random() < 0.5 else t


def labelled(model: object, sentence: str) -> dict[str, Any]:
    """A spec case: the sentence and what the Recognizers-Text model finds in it (silver)."""
    rows = []
    for r in model.parse(sentence):  # type: ignore[attr-defined]
        res = dict(r.resolution or {})
        rows.append({"Text": r.text, "TypeName": r.type_name, "Start": r.start, "End": r.end,
                     "Resolution": {"value": res.get("value"), "unit": res.get("unit")}})
    return {"Input": sentence, "Results": rows}


def write_spec(out: Path, kind: str, model: str, cases: list[dict[str, Any]]) -> None:
    """One spec file, ``KIND.MODEL.json``, as ``score.py numbers`` reads it (a row per kind),
    and a line saying how many sentences and results it holds."""
    (out / f"{kind}.{model}.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{kind}: {len(cases)} sentences, {sum(len(c['Results']) for c in cases)} results")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=60, help="sentences per kind")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--more-kinds", action="store_true",
                    help="only the kinds added in session 16 (MORE_KINDS)")
    ap.add_argument("--kinds17", action="store_true",
                    help="only the kinds added in session 17 (KINDS17), also as bare inputs")
    args = ap.parse_args()
    from recognizers_number import Culture, NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    num = NumberRecognizer(Culture.English)
    unit = NumberWithUnitRecognizer(Culture.English)
    models = {"NumberModel": num.get_number_model(), "PercentModel": num.get_percentage_model(),
              "CurrencyModel": unit.get_currency_model(), "AgeModel": unit.get_age_model(),
              "DimensionModel": unit.get_dimension_model(),
              "TemperatureModel": unit.get_temperature_model()}
    kinds = {k: ("NumberModel", f) for k, f in NUMBER_KINDS.items()} | MODEL_KINDS
    if args.more_kinds:
        kinds = {k: ("NumberModel", f) for k, f in MORE_KINDS.items()}
    if args.kinds17:
        kinds = KINDS17
    args.out.mkdir(parents=True, exist_ok=True)
    for kind, (model, render) in kinds.items():
        rng = random.Random(f"{args.seed}-{kind}")
        templates = NUMBER_TEMPLATES if model in ("NumberModel", "PercentModel") else UNIT_TEMPLATES
        if args.kinds17:
            cases = [labelled(models[model], sentence17(rng, render)) for _ in range(args.n)]
        else:
            cases = [labelled(models[model], rng.choice(templates).format(render(rng))) for _ in range(args.n)]
        write_spec(args.out, kind, model, cases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
