"""Helpers shared by the story modules: data, slugs, span references."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import regex

from newskit.datafiles import package_json
from newskit.timex import interval

_NON_ALNUM = regex.compile(r"[^a-z0-9]+")


@cache
def story_data() -> dict[str, Any]:
    """The story's rule data (``newskit/data/story.json``)."""
    data: dict[str, Any] = package_json("newskit", "story.json")
    return data


def slug(s: str | None) -> str:
    """ASCII, lower case, hyphen-separated: ``Kim Jong-un`` -> ``kim-jong-un``."""
    folded = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return str(_NON_ALNUM.sub("-", folded)).strip("-")


def name_key(s: str | None) -> str:
    """Key under which spellings of one name agree (``Kim Jong-un`` = ``Kim Jong Un``)."""
    return slug(s).replace("-", "")


def width(value: str | None) -> float:
    """Seconds a TIMEX3 value spans (inf when it has no interval): smaller is more specific."""
    iv = interval(value)
    return (iv[1] - iv[0]).total_seconds() if iv else float("inf")


def start_of(value: str | None) -> str:
    """A sort key: the ISO start of the value's interval, or a high value when none."""
    iv = interval(value)
    return iv[0].isoformat() if iv else "9999"
