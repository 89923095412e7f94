"""One count the rules read as two measures, told by two outlets in their own words.

* **Kindred measures** (:func:`join_kindred`): ``more than 80 people were injured`` in one
  outlet, ``112 people were taken to hospital`` or ``14 people were treated`` in another;
  ``caused £250,000 of damage`` and ``will cost £400,000 to repair``; ``a crowd of about
  300`` and ``about 200 joined the march``. The cue lists tell such measures apart, and
  rightly where an article tells both (``30 injured, 12 of them in hospital``); where no
  article of the story does, each outlet has counted the casualties, the bill or the crowd
  in its own words; so has an article that sets one against the other as a rival's reading
  (``112 taken to hospital, a far higher figure than the more than 80 injured given by
  railway officials``). The pairs are data (``figures.json`` ``kindred_measures``): measures
  English news uses for one count of one event, never one story's words.
* **A lone subgroup** (:func:`join_lone_subgroups`): ``Two men were arrested`` in the one
  outlet that names them so, ``three people were arrested`` in others: the noun says who
  was counted, not which part of them.

Both join only amounts within ``close_ratio`` of each other (a count an outlet gives
beside a far larger one is no reading of it)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.model import Figure
from newskit.story.figure_data import figure_rules, measure_table
from newskit.story.figure_label import _who_says, contrasted, same_teller
from newskit.story.figure_units import base_value

__all__ = ["join_kindred", "join_lone_subgroups"]


@cache
def _kindred() -> tuple[tuple[str, str], ...]:
    """Each pair of kindred measures, the one a joined group keeps its name from first."""
    return tuple((str(a), str(b)) for a, b in figure_rules()["kindred_measures"])


@cache
def _cue_names() -> frozenset[str]:
    return frozenset(m.name for m in measure_table())


def _close(figs: Sequence[Figure]) -> bool:
    """Whether a group's exact amounts lie within ``close_ratio`` of each other, in their
    dimension's base unit (``12 million shillings`` and ``about $93,000`` at the story's rate)."""
    values = [base_value(f) for f in figs if f.value is not None and f.approx != "vague"]
    if not values:
        return False
    lo, hi = min(values), max(values)
    return lo > 0 and hi / lo <= float(figure_rules()["close_ratio"])


def join_kindred(groups: dict[str, list[Figure]]) -> None:
    """Join each pair of kindred measures' groups (``injured`` and ``hospitalised``) when
    no article tells both (an article that does tells two counts) and their amounts lie
    near each other (``close_ratio``): the later name's amounts go to the first's group."""
    for first, second in _kindred():
        if first not in groups or second not in groups:
            continue
        a, b = groups[first], groups[second]
        if _tells_both(a, b) or not _close([*a, *b]):
            continue
        a.extend(groups.pop(second))


def _tells_both(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether an article tells two kindred measures as two counts: it gives an amount of
    each, other than one sentence setting one against the other as a rival's reading
    (``31 people had been taken to hospital, a higher figure than the 24 injured reported by
    police``: ``figure_label.contrasted``) or giving them to two tellers, which tells one count
    read two ways."""
    shared = {f.article for f in a} & {f.article for f in b}
    return any(not _set_against(x, y) for x in a if x.article in shared for y in b if y.article == x.article)


def _set_against(x: Figure, y: Figure) -> bool:
    """Whether two amounts stand in one sentence and one of them is contrasted with another's
    count, or two tellers give them (``Railway officials said 23 people were injured, but
    doctors said they had treated more than 30``)."""
    if x.evidence is None or y.evidence is None or x.evidence.start != y.evidence.start:
        return False
    if contrasted(x) or contrasted(y):
        return True
    wx, wy = _who_says(x), _who_says(y)
    return wx is not None and wy is not None and not same_teller(wx, wy)


#: "arrested (men)": a measure and the subgroup its counted noun names
_SUBGROUP = regex.compile(r"(?P<base>[^()\[\]]+) \((?P<sub>[^()\[\]]+)\)")


def join_lone_subgroups(groups: dict[str, list[Figure]]) -> None:
    """A subgroup's count told by articles that tell no other count of its measure
    (``Two men were arrested``, where another outlet writes ``three people were
    arrested``) names the people counted, not a part of them: an article that counts a
    part tells the whole or another part beside it (``12 killed, including five
    children``). Such a group joins its measure's group when their amounts lie near
    each other (``close_ratio``)."""
    for name in sorted(groups):
        m = _SUBGROUP.fullmatch(name)
        if m is None or m.group("base") not in groups or name not in groups or m.group("base") not in _cue_names():
            continue
        base = m.group("base")
        arts = {f.article for f in groups[name]}
        if len(arts) > 1:
            continue  # "Nine children were hurt" in two outlets: a subgroup the story counts
        others = {f.article for k, figs in groups.items() if k != name and
                  (k == base or k.startswith(base + " (")) for f in figs}
        if arts & others or not _close([*groups[name], *groups[base]]):
            continue
        groups[base].extend(groups.pop(name))
