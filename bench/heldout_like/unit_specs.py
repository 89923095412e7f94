"""A held-out-like check of quantities *with units*, per kind: ages, currencies, dimensions
(length, area and volume, weight, speed, information) and temperatures, rendered from the
forms Recognizers-Text's public README and docs name, labelled by its own Python package
(silver) and written as spec files that ``../shared/eval/score.py numbers`` scores with a row
per kind (``age.AgeModel.json``, ``length.DimensionModel.json``...).

Why: the held-out NumberWithUnit row (F1 0.757, value-F1 0.728) is below the number rows;
``kinds_specs.py`` renders one small kind per model, too few forms to say which unit forms
differ. Each phrase is said in a news sentence from several beats, alone (as spec inputs
often are), or opening a sentence. Rules are never written from these sentences: a seed is
scored before any change and never read; another seed is read for errors.

    .venv-recognizers/bin/python bench/heldout_like/unit_specs.py /tmp/units18 --seed 18
    PATH=$PWD/.venv/bin:$PATH .venv/bin/python ../shared/eval/score.py numbers /tmp/units18
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kinds_specs import labelled, say, write_spec

SENTENCES = [
    "Officials said it was {} on Monday.",
    "The report put it at {}, a spokesman said.",
    "Rescuers reached the site after {}.",
    "According to the filing, the figure stood at {} last year.",
    "She told reporters it was about {} in all.",
    "The club confirmed {} in a statement.",
    "Farmers in the valley reported {} this week.",
]
BARE = ["{}", "{}.", "{} in total."]


def amount(rng: random.Random) -> str:
    """A number as news writes one before a unit: digits, a decimal, grouped, or words."""
    return rng.choice([str(rng.randint(1, 999)), f"{rng.randint(1, 99)}.{rng.randint(1, 9)}",
                       f"{rng.randint(1, 99):,}", f"{rng.randint(1000, 99_999):,}",
                       say(rng.randint(1, 99), rng)])


def u_age(rng: random.Random) -> str:
    n = rng.randint(1, 99)
    w = rng.choice([str(n), say(n, rng)])
    unit = rng.choice(["year", "year", "year", "month", "week", "day"])
    return rng.choice([f"{w} {unit}s old", f"a {w}-{unit}-old", f"the {w}-{unit}-old boy",
                       f"aged {w}", f"{w} {unit}s of age", f"at the age of {w}",
                       f"a {w} {unit} old", f"{w}-{unit}-olds", f"at age {w}",
                       f"{w} years old next month", f"in her {rng.choice(['twenties', 'forties', 'sixties'])}"])


CURRENCY_AFTER = ["dollars", "US dollars", "euros", "pounds", "pounds sterling", "yen", "yuan",
                  "rupees", "Swiss francs", "Canadian dollars", "cents", "pence", "EUR", "USD"]
CURRENCY_BEFORE = ["$", "$ ", "US$", "€", "£", "¥", "Rs ", "Rs. ", "GBP ", "USD ", "EUR ", "C$",
                   "A$", "HK$"]
SCALES = ["", "", "", " million", " billion", "m", "bn", " thousand", "k"]


def u_currency(rng: random.Random) -> str:
    n = amount(rng)
    scale = rng.choice(SCALES) if n[0].isdigit() else rng.choice(["", " million", " thousand"])
    return rng.choice([f"{rng.choice(CURRENCY_BEFORE)}{n}{scale}", f"{n}{scale} {rng.choice(CURRENCY_AFTER)}",
                       f"{rng.choice(CURRENCY_BEFORE)}{n}{scale}",
                       f"{rng.randint(1, 20)} pounds {rng.randint(1, 99)} pence",
                       f"{rng.randint(1, 20)} dollars and {rng.randint(1, 99)} cents",
                       f"{rng.randint(2, 99)} cents", rng.choice(["a dollar", "a euro", "a pound", "one dollar"]),
                       f"{say(rng.randint(2, 99), rng)} dollars"])


LENGTH = ["km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m", "feet", "ft",
          "foot", "inches", "in", "cm", "centimetres", "mm", "yards", "nautical miles"]
AREA_VOLUME = ["square kilometres", "sq km", "square miles", "sq ft", "square feet", "acres",
               "hectares", "km2", "m2", "litres", "liters", "gallons", "ml", "cubic metres",
               "cubic feet", "barrels", "pints", "cups"]
WEIGHT = ["kg", "kilograms", "kilos", "pounds", "lbs", "lb", "tonnes", "tons", "grams", "g",
          "ounces", "oz", "metric tons", "stone"]
SPEED = ["mph", "km/h", "kph", "kilometres per hour", "miles per hour", "knots", "m/s",
         "metres per second", "feet per second"]
INFORMATION = ["GB", "MB", "TB", "KB", "gigabytes", "megabytes", "terabytes", "kilobytes", "bits",
               "bytes", "Gb", "Mbps", "megabits"]


def dimension(units: list[str]) -> Callable[[random.Random], str]:
    """Render a number with one of these units: spaced, glued, or as a hyphenated modifier."""

    def render(rng: random.Random) -> str:
        n, unit = amount(rng), rng.choice(units)
        glued = f"{n}{unit}" if len(unit) <= 4 and n[0].isdigit() else f"{n} {unit}"
        single = {"inches": "inch", "feet": "foot"}.get(unit, unit.rstrip("s"))
        modifier = f"a {n}-{single} {rng.choice(['wall', 'stretch', 'load', 'drive', 'tank'])}"
        return rng.choice([f"{n} {unit}", f"{n} {unit}", glued, modifier])

    return render


def u_length_compound(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(4, 6)} ft {rng.randint(1, 11)} in",
                       f"{rng.randint(4, 6)} feet {rng.randint(1, 11)} inches",
                       f"{rng.randint(4, 7)} feet tall", f"{rng.randint(1, 12)}-foot",
                       f"{rng.randint(2, 40)}-metre-high", f"a {rng.randint(2, 40)}-foot wall",
                       f"{rng.randint(1, 9)} and a half miles", "half a mile"])


def u_temperature(rng: random.Random) -> str:
    n = rng.choice([str(rng.randint(-30, 110)), f"{rng.randint(1, 45)}.{rng.randint(1, 9)}",
                    say(rng.randint(1, 60), rng)])
    digits = str(rng.randint(1, 45))
    return rng.choice([f"{n} degrees Celsius", f"{n} degrees Fahrenheit", f"{digits}°C",
                       f"-{digits}°C", f"{digits} °F", f"{n} degrees", f"{n} degrees C",
                       f"minus {n} degrees", f"{n} below zero", f"{n} degrees below zero",
                       f"{digits}C", f"{digits} deg F", f"{n} degrees centigrade", f"{digits} Kelvin"])


UNIT_KINDS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "age": ("AgeModel", u_age), "currency": ("CurrencyModel", u_currency),
    "length": ("DimensionModel", dimension(LENGTH)),
    "length_compound": ("DimensionModel", u_length_compound),
    "area_volume": ("DimensionModel", dimension(AREA_VOLUME)),
    "weight": ("DimensionModel", dimension(WEIGHT)), "speed": ("DimensionModel", dimension(SPEED)),
    "information": ("DimensionModel", dimension(INFORMATION)),
    "temperature": ("TemperatureModel", u_temperature),
}


def sentence(rng: random.Random, render: Callable[[random.Random], str]) -> str:
    """A phrase in a news sentence, alone, or opening a sentence (capitalised)."""
    phrase = render(rng)
    if rng.random() < 0.6:
        return rng.choice(SENTENCES).format(phrase)
    t = rng.choice(BARE).format(phrase)
    return t[0].upper() + t[1:] if rng.random() < 0.5 else t


def unit_models() -> dict[str, object]:
    """Recognizers-Text's English models of quantities with units, by name (imported here:
    only the recognizers' own environment has them)."""
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    unit = NumberWithUnitRecognizer(Culture.English)
    return {"CurrencyModel": unit.get_currency_model(), "AgeModel": unit.get_age_model(),
            "DimensionModel": unit.get_dimension_model(),
            "TemperatureModel": unit.get_temperature_model()}


def kind_cases(model: object, kind: str, render: Callable[[random.Random], str], n: int,
               seed: int) -> list[dict[str, Any]]:
    """``n`` sentences of one kind, each labelled by the model (a random stream of its own
    per kind, so adding a kind changes no other kind's sentences)."""
    rng = random.Random(f"{seed}-units-{kind}")
    return [labelled(model, sentence(rng, render)) for _ in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=60, help="sentences per kind")
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    models = unit_models()
    args.out.mkdir(parents=True, exist_ok=True)
    for kind, (model, render) in UNIT_KINDS.items():
        write_spec(args.out, kind, model, kind_cases(models[model], kind, render, args.n, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
