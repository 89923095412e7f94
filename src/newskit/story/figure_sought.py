"""A penalty the prosecution asks for: ``The prosecution had asked for fines of NOK 250,000``,
``Prosecutors had sought 20 years for the alleged leader``, ``The KPK prosecutors had demanded a
12-year prison term, a fine of Rp 1 billion and repayment of Rp 11 billion``.

Why: what a prosecutor asks a court for is a demand, not the penalty the court imposes or
the story's reading of it. Read as the story's ``fine``, ``fines of NOK 250,000`` stood
against the court's ``fined the company NOK 180,000`` as one fine told two ways, and
``a fine of Rp 1 billion`` against the judges' ``a fine of Rp 500 million``. A demand is its
own measure (``, sought``), compared only with another demand, as a bar a ballot needs is
(``figure_needed``); a demand no rule names (``Prosecutors had asked for 12 years``) is no
figure at all, lest two outlets' telling of it, or a period beside it (``the heaviest
sentence in more than a decade``), make a finding of their own.

The shape, the words data (``figures.json`` ``sought_penalties``): a prosecutor or the
prosecution as the subject (``subjects``), at most an auxiliary or a relative pronoun
between (``The prosecution, which had sought 12 years``), a verb of asking (``verbs``), and
the amount after it in the same clause: no stop, semicolon or colon between, and no word that
opens another clause (``clause_breaks``: ``Prosecutors had asked for six years, but the court
gave him four``). An amount before the verb is not asked for (``Prosecutors had accused him of
taking 1.3 million zlotys and asked for six years``), and another asker is no prosecutor (``A
local council is seeking a fine of about $85,000``: the council's claim is the story's)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["SOUGHT", "is_sought"]

#: the suffix of a demanded penalty's measure (``fine, sought``)
SOUGHT = ", sought"

#: how far before the amount the verb of asking may stand
_REACH = 90


@cache
def _asked() -> Any:
    """The subject and the verb of asking, up to the amount (module docstring)."""
    data = figure_rules()["sought_penalties"]
    return regex.compile(
        r"\b(?:" + alternation(data["subjects"]) + r")(?:['’]s?)?(?:\s*,\s*(?:which|who))?"
        r"(?:\s+(?:" + alternation(data["auxiliaries"]) + r"))?\s+(?:" + alternation(data["verbs"]) + r")\b"
        r"(?P<gap>[^.;:]*?)$", regex.I)


@cache
def _clause_break() -> Any:
    return regex.compile(r"\b(?:" + alternation(figure_rules()["sought_penalties"]["clause_breaks"]) + r")\b", regex.I)


def is_sought(text: str, sent: tuple[int, int], q: QuantityMention) -> bool:
    """Whether amount ``q`` is a penalty the prosecution asks for (module docstring)."""
    m = _asked().search(text, max(sent[0], q.start - _REACH), q.start)
    return m is not None and _clause_break().search(m.group("gap")) is None
