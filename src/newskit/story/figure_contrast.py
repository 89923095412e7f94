"""Which side of a rival's count an outlet puts its own: above or below.

Why: an outlet that sets its amount against another teller's count (``more than 40,000
revellers had been on the sand, far higher than the police estimate``; ``190 patients were
awaiting an ambulance, fewer than the service's own count``: ``figure_label.contrasted``)
says the story holds a rival reading of the same measure, and on which side of its own that
reading lies. The rival is most often told by another outlet in its own words (``Police put
the crowd at about 15,000``), so the words alone seldom join the two; the side the contrast
names is what tells the rival among the story's other amounts of the dimension
(``figure_model.rival_pairs``). A contrast whose side no word names (``, not 24``, ``a figure
the company disputes``) and an amount told as a difference (``two more than the number
given by police``: the two is how far apart the counts are, not a count) name no side.

The words of each side are data (``figures.json`` ``contrast_sides``)."""

from __future__ import annotations

from functools import cache

import regex

from newskit.model import Figure
from newskit.story.figure_data import figure_rules
from newskit.story.figure_label import beyond_after, contrast_after

__all__ = ["contrast_side"]

_WORD = regex.compile(r"\p{L}+")


@cache
def _sides() -> dict[str, int]:
    """Each word of a side (``contrast_sides``) with its sign: +1 above, -1 below."""
    d = figure_rules()["contrast_sides"]
    return {**{w: 1 for w in d["above"]}, **{w: -1 for w in d["below"]}}


def contrast_side(f: Figure) -> int:
    """+1 when the amount's sentence sets it above another teller's count (``far more than
    the figure given by police``, ``double the official count``, ``well above the
    government's figure``), -1 when below (``a lower figure than the 87 given by police``,
    ``well below the ministry's estimate``), 0 when it names no side or no rival (module
    docstring)."""
    m = contrast_after(f)
    if m is None:
        return _beyond_side(f)
    if f.evidence is None or f.ref is None:
        return 0  # no contrast of its own
    if not f.evidence.text[f.ref.end - f.evidence.start:m.start()].strip():
        return 0  # "two more than the number given": a difference
    sides = _sides()
    return next((sides[w] for w in (x.lower() for x in _WORD.findall(m.group())) if w in sides), 0)


@cache
def _beyond_sides() -> dict[str, int]:
    """Each preposition of comparison (``contrast_beyond_sides``) with its sign."""
    d = figure_rules()["contrast_beyond_sides"]
    return {**{w: 1 for w in d["above"]}, **{w: -1 for w in d["below"]}}


def _beyond_side(f: Figure) -> int:
    """The side a preposition of comparison puts the amount on against another teller's
    count (``figure_label.beyond_after``: ``the group says the fund holds $4.1 billion,
    well below the government's figure``): an outlet's rival reading set against a count it
    names without a number, as ``a lower figure than`` sets it; 0 when none does."""
    m = beyond_after(f)
    if m is None:
        return 0
    said = m.group().lower()
    return next((side for word, side in _beyond_sides().items()
                 if said.startswith(word) and said[len(word):len(word) + 1].isspace()), 0)
