"""Counts told as the parts of a sum: ``carrying 68 passengers and four crew``.

An outlet that counts the people aboard by kind gives two counts joined by ``and``, each of
its own noun; the number on board is their sum, which the sentence does not state. The first
count, read with the measure of the whole (passengers are the people on board), would rival
another outlet's total that is that very sum (``72 people were on board``): two outlets that
agree reported as disagreeing. When another amount of the story agrees with the sum and not
with the first count alone, that amount is the sum, and the first count is a part of it;
unless another article counts the first count's own noun (``409 passengers`` beside ``412
passengers and 30 crew``): then the outlets compare passengers, and the count stays theirs.

Two counts whose modifiers are coordinated before one head noun (``One Australian and one
English climber``, ``two Belgian and three Dutch tourists``: the first noun elided, as English
leaves out a noun the second conjunct repeats) are parts of that sum the same way; then
both are parts, as the second's head noun is the whole's (``climber``) and read alone it
stood as the story's toll (``one`` against ``Two climbers were killed``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit.model import Figure
from newskit.story.figure_data import base_measure, figure_rules
from newskit.story.figure_label import figure_range
from newskit.story.figure_story import LOOSE
from newskit.story.figure_units import dimension

__all__ = ["summed_by_story"]

#: what stands between two coordinated counts: the first count's noun (one or two words) and
#: ``and``, nothing else ("68 passengers and four crew", "1,238 passengers and 512 crew");
#: the first word is the counted noun (not "Two residents died and six people": two clauses)
_COORDINATED = regex.compile(r"\s+([\p{Ll}-]+)\s+(?:[\p{Ll}-]+\s+)?and\s+")


def _coordinated(a: Figure, b: Figure) -> bool:
    """Whether ``b`` is a count joined to ``a`` by ``and`` in its sentence, of another noun
    and of the same measure (``68 passengers and four crew``)."""
    if a.ref is None or b.ref is None or a.evidence is None or b.evidence is None or a.article != b.article \
            or (a.evidence.start, a.evidence.end) != (b.evidence.start, b.evidence.end):
        return False
    if not a.unit or not b.unit or a.unit.lower() == b.unit.lower() or base_measure(a.measure) != base_measure(b.measure):
        return False
    if dimension(a)[0] != "count" or dimension(b)[0] != "count":
        return False
    off = a.evidence.start
    m = _COORDINATED.fullmatch(a.evidence.text, a.ref.end - off, b.ref.start - off)
    return m is not None and m.group(1).startswith(a.unit.lower()[:4])


#: what stands between two counts whose modifiers share the second's head noun: one
#: capitalised modifier (a nationality, a place, a maker) and ``and`` ("One Australian and one
#: English climber", "Six Canadairs and two Dash aircraft"); a capital never opens a verb
_ELIDED = regex.compile(r"\s+\p{Lu}[\p{L}'’-]*\s+and\s+")


def _elided(a: Figure, b: Figure) -> bool:
    """Whether ``b`` follows ``a`` in its sentence after one capitalised modifier of ``a`` and
    ``and`` (``One Australian and one English climber``), both counts."""
    if a.ref is None or b.ref is None or a.evidence is None or b.evidence is None or a.article != b.article \
            or (a.evidence.start, a.evidence.end) != (b.evidence.start, b.evidence.end):
        return False
    if dimension(a)[0] != "count" or dimension(b)[0] != "count":
        return False
    off = a.evidence.start
    return _ELIDED.fullmatch(a.evidence.text, a.ref.end - off, b.ref.start - off) is not None


#: one more person or thing told with an article rather than a number, which no figure holds:
#: "Four tourists and a guide", "11 passengers and a driver"
_AND_ONE = regex.compile(r"\s+([\p{Ll}-]+)\s+(?:[\p{Ll}-]+\s+)?and\s+(?:a|an|one)\s+[\p{Ll}-]{3,}\b")


def _one_more(a: Figure) -> bool:
    """Whether a count is followed by ``and a <noun>`` in its sentence (``Four tourists and a
    guide``): a sum one more than the count."""
    if a.ref is None or a.evidence is None or not a.unit or dimension(a)[0] != "count":
        return False
    off = a.evidence.start
    m = _AND_ONE.match(a.evidence.text, a.ref.end - off, min(len(a.evidence.text), a.ref.end - off + 60))
    return m is not None and m.group(1).startswith(a.unit.lower()[:4])


def _near(a: Figure, b: Figure) -> bool:
    """Whether two counts lie near enough to count one thing (``close_ratio``)."""
    lo, hi = sorted((float(a.value or 0), float(b.value or 0)))
    return lo > 0 and hi / lo <= float(figure_rules()["close_ratio"])


def _overlaps(r: tuple[float, float], s: tuple[float, float]) -> bool:
    return r[0] <= s[1] and s[0] <= r[1]


def summed_by_story(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each first count of a coordinated pair a ``part`` when another count
    of the story agrees with the pair's sum and not with the count itself (whatever measure
    it was read with: ``50 people`` the bus was carrying is the sum of ``48 passengers and two
    drivers``)."""
    parts: set[int] = set()
    for i, a in enumerate(figures):
        b = figures[i + 1] if i + 1 < len(figures) else None
        if a.role != "total":
            continue
        if b is not None and b.role == "total" and _elided(a, b):
            if _sum_told(figures, a, b):
                parts |= {i, i + 1}
            continue
        if b is not None and b.role in ("total", "part") and _coordinated(a, b):
            rb = figure_range(b)
        elif _one_more(a):
            b, rb = None, (1.0, 1.0)
        else:
            continue
        ra = figure_range(a)
        whole = (ra[0] + rb[0], ra[1] + rb[1])
        counts = [t for t in figures if t is not a and t is not b and t.role == "total" and dimension(t)[0] == "count"
                  and t.approx != "vague"]  # "several" agrees with any small sum
        if any(t.article != a.article and base_measure(t.measure) == base_measure(a.measure)
               and (t.unit or "").lower() == (a.unit or "").lower() and _near(t, a) for t in counts):
            continue  # "409 passengers" in another outlet: a rival count of passengers
        if b is None:  # "and a guide": only a count of the measure itself is its sum
            counts = [t for t in counts if base_measure(t.measure) == base_measure(a.measure)]
        if any(_overlaps(figure_range(t), whole) and not _overlaps(figure_range(t), ra) for t in counts):
            parts.add(i)
    return [attrs.evolve(f, role="part") if i in parts else f for i, f in enumerate(figures)]


def _sum_told(figures: Sequence[Figure], a: Figure, b: Figure) -> bool:
    """Whether another count of the story, of the measure the pair names (``b``'s, else
    ``a``'s; any when neither names one), agrees with the sum of ``a`` and ``b`` and with
    neither alone."""
    ra, rb = figure_range(a), figure_range(b)
    whole = (ra[0] + rb[0], ra[1] + rb[1])
    named = next((f.measure for f in (b, a) if f.measure != LOOSE), None)
    return any(t is not a and t is not b and t.role == "total" and dimension(t)[0] == "count" and t.approx != "vague"
               and (named is None or base_measure(t.measure) == base_measure(named))
               and _overlaps(figure_range(t), whole) and not _overlaps(figure_range(t), ra)
               and not _overlaps(figure_range(t), rb) for t in figures)
