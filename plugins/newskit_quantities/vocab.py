"""The quantities plugin's word lists as vocabulary entries, and back.

The plugin ships ``data/units.json`` and the scale words of ``data/numbers.json`` through
its own vocabulary hooks (:mod:`.hookspecs`), like any other plugin; the grammar then reads
the merged vocabulary (:func:`newskit.vocabulary.current`) rebuilt into the same tables,
so the bundled lists alone give exactly the tables of the files.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from newskit.patterns import read_data
from newskit.vocabulary import ScaleWord, Unit, current

__all__ = ["bundled_scale_words", "bundled_units", "raw_data", "vocabulary_tables"]

#: Unit form -> the table of ``units.json`` that holds it (``code`` is the list
#: ``currency_codes``), in the order the files list them.
UNIT_TABLES = {
    "symbol": "currency_symbols",
    "currency": "currency_words",
    "percent": "percent_words",
    "abbreviation": "units_case_sensitive",
    "word": "unit_words",
    "before": "prefix_units",
}


@cache
def raw_data(name: str) -> dict[str, Any]:
    """A JSON data file of this package's ``data/`` folder, as written (cached)."""
    raw = read_data(__package__, name)
    loaded: dict[str, Any] = json.loads(raw)
    return loaded


def bundled_units() -> list[Unit]:
    """The units and currencies of ``data/units.json``."""
    d = raw_data("units.json")
    out = [Unit(surface=k, unit=v, form=form)
           for form, table in UNIT_TABLES.items() for k, v in d[table].items()]
    out += [Unit(surface=c, unit=c, form="code") for c in d["currency_codes"]]
    return out


def bundled_scale_words() -> list[ScaleWord]:
    """The scale words and abbreviations of ``data/numbers.json``."""
    d = raw_data("numbers.json")
    return ([ScaleWord(word=k, value=v) for k, v in d["scales"].items()]
            + [ScaleWord(word=k, value=v, abbreviation=True)
               for k, v in d["scale_abbreviations"].items()])


def vocabulary_tables(name: str) -> dict[str, Any]:
    """The tables of data file ``name`` that come from the current vocabulary."""
    vocab = current()
    if name == "units.json":
        tables: dict[str, Any] = {t: {} for t in UNIT_TABLES.values()}
        tables["currency_codes"] = []
        for u in vocab(Unit):
            if u.form == "code":
                tables["currency_codes"].append(u.surface)
            else:
                tables[UNIT_TABLES[u.form]][u.surface] = u.unit
        return tables
    if name == "numbers.json":
        scales = vocab(ScaleWord)
        return {"scales": {s.word: s.value for s in scales if not s.abbreviation},
                "scale_abbreviations": {s.word: s.value for s in scales if s.abbreviation}}
    return {}
