"""What the persons plugin reads in a text, in the two shapes its tests compare."""

from __future__ import annotations

from newskit_persons import extract_persons


def person_names(text: str) -> list[str]:
    """The text of every person mention, in order."""
    return [m.text for m in extract_persons(text)]


def person_entities(text: str) -> list[tuple[str, str]]:
    """(text, entity) of every person mention, in order."""
    return [(m.text, m.entity) for m in extract_persons(text)]
