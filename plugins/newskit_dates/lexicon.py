"""Lazily loaded rule vocabularies (``data/lexicon.json``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["lexicon"]


@cache
def lexicon() -> dict[str, Any]:
    """The parsed lexicon; loaded once per process."""
    raw = resources.files("newskit_dates").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data
