"""The trigger lexicon (data/triggers.json), compiled once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import regex
from attrs import frozen

__all__ = ["Lexicon", "lexicon"]


@frozen
class Lexicon:
    pattern: Any  # compiled regex of every trigger form
    classes: dict[str, str]  # form -> class
    conditions: dict[str, tuple[frozenset[str], frozenset[str]]]  # form -> (prev, next)
    merge_into: dict[str, tuple[str, ...]]
    plurals: frozenset[str]
    reporting: Any  # compiled regex of reporting verbs (a date before one dates the speech act)


@cache
def lexicon() -> Lexicon:
    data = json.loads(resources.files(__package__).joinpath("data").joinpath("triggers.json").read_text("utf-8"))
    classes: dict[str, str] = {}
    conditions: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for cls, spec in data["classes"].items():
        for w in spec["words"]:
            classes.setdefault(w.lower(), cls)
        for w, cond in spec.get("conditional", {}).items():
            w = w.lower()
            if w in classes:
                continue
            classes[w] = cls
            conditions[w] = (frozenset(x.lower() for x in cond.get("prev", [])),
                             frozenset(x.lower() for x in cond.get("next", [])))
    forms = sorted(classes, key=lambda s: (-len(s), s))
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}-])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\p{L}\p{N}-])",
        regex.IGNORECASE,
    )
    merge = {k: tuple(v) for k, v in data.get("merge_into", {}).items()}
    reporting = regex.compile(
        r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in data.get("reporting_cues", [])) + r")(?![\p{L}])",
        regex.IGNORECASE)
    return Lexicon(pattern, classes, conditions, merge, frozenset(data.get("plural_forms", [])),
                   reporting)
