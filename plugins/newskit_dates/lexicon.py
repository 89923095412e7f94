"""Lazily loaded rule vocabularies (``data/lexicon.json``).

The named dates (``holidays``) come from the current vocabulary
(:func:`newskit.vocabulary.current`): the plugin ships its own through its
``newskit_register_named_dates`` hook, and any plugin may add more.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from newskit.patterns import read_data
from newskit.vocabulary import NamedDate, current, per_vocabulary

__all__ = ["bundled_named_dates", "lexicon", "raw_lexicon"]


@cache
def raw_lexicon() -> dict[str, Any]:
    """The parsed lexicon file as written; loaded once per process."""
    raw = read_data("newskit_dates", "lexicon.json")
    data: dict[str, Any] = json.loads(raw)
    return data


def bundled_named_dates() -> list[NamedDate]:
    """The holidays of ``data/lexicon.json``."""
    return [NamedDate(name=k, month_day=v) for k, v in raw_lexicon()["holidays"].items()]


@per_vocabulary
def lexicon() -> dict[str, Any]:
    """The lexicon, its named dates from the current vocabulary (built once per vocabulary)."""
    holidays = {d.name: d.month_day for d in current()(NamedDate)}
    return {**raw_lexicon(), "holidays": holidays}
