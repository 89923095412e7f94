"""An amount its sentence sets against another teller's figure told at an earlier time
(``Tracking data put the orbit at 524 kilometres, lower than the figure of about 550
kilometres the launch firm gave on Thursday``; ``3.1 billion, higher than the 2.3 billion
police cited when they made the arrest on Tuesday``; ``14 years, longer than the 12 years
the minister announced on Monday``).

Why: a comparison alone (``a higher figure than the one police gave``) sets two tellers'
readings against each other, rivals told at one time. Where the sentence names when the
other figure was told, and that was earlier (``on Monday``, ``earlier``, ``in its initial
announcement``: ``revision_times``, ``first_report_adjectives``), or calls it the other's
first reading (``more than police first said``: ``first_report_active_adverbs``), the
writer tells the amount as the count's later reading, which replaces the earlier one: an update, whoever
gave either. The words are a closed class of English news reporting (``figures.json``
``against_earlier_comparisons``, ``contrast_multiples``, ``contrast_givers``,
``revision_participles``). A preposition alone (``well above the level reported earlier``)
sets an amount beside a level as often as beside an earlier count, and is not read."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_marks import NUMBER

__all__ = ["against_earlier", "against_first"]

#: how far after an amount its comparison may start ("524 kilometres, lower than"; a sayer
#: and its time may stand between: "SRD 150 million, the ministry said on Tuesday, nearly double")
_COMPARISON_AFTER = 120
#: at most this many words between ``the`` and the verb that gave the earlier figure, and
#: between that verb and the time it was given
_WORDS = 10


@cache
def _against_earlier_rx() -> Any:
    """``more than the figure the surveyors gave on Monday``, ``double the figure given by the
    importer on Tuesday``, ``lower than the 55 million the utility reported in its initial
    statement``, ``higher than the 900 tonnes announced in Friday's first bulletin``: a comparison,
    ``the``, the earlier figure and its teller, a verb of giving it, and an earlier time,
    within one clause."""
    d = figure_rules()
    compared = r"(?:(?:" + alternation(d["against_earlier_comparisons"]) + r")\s+than|(?:" \
        + alternation(d["contrast_multiples"]) + r"))\s+the\s+"
    # a word, or a number with its decimals and a sign or unit glued after them ("61.4%", "1.5bn")
    word = r"[^\s;:.!?]+(?:\.\d+[^\s;:.!?]*)?"
    given = r"(?:" + alternation(sorted({*d["contrast_givers"], *d["revision_participles"]} - {"from"})) + r")"
    times = alternation([*d["revision_times"], *d["first_report_adjectives"]])
    when = r"(?:(?:" + times + r")|\p{Lu}\p{Ll}+day['’]s)"
    # "more than police first said", "fewer than the ministry had initially reported": another's first reading
    first = r"(?P<adverb>(?:" + alternation(d["against_earlier_comparisons"]) + r")\s+than\s+(?:[\p{L}\p{M}'’.\-]+\s+){1,4}?" \
        r"(?:(?:had|has|have)\s+)?(?:" + alternation(d["first_report_active_adverbs"]) + r")\s+" + given + r"\b)"
    return regex.compile(r"\b(?:" + compared + r"(?:" + word + r"\s+){0," + str(_WORDS) + r"}?" + given + r"\b"
                         + r"(?:\s+" + word + r"){0," + str(_WORDS) + r"}?\s+" + when + r"(?![\p{L}\p{N}])|" + first + r")",
                         regex.I)


def against_earlier(f: Figure) -> bool:
    """Whether an amount's sentence sets it against another figure told earlier
    (:func:`_against_earlier_rx`), the comparison starting within ``_COMPARISON_AFTER``
    characters after it with no other number between, so it is this amount's."""
    return _comparison(f) is not None


def against_first(f: Figure) -> bool:
    """Whether the earlier figure an amount is set against (:func:`against_earlier`) is named
    as its teller's first reading: by an adjective of a first reading before its noun (``more than
    double the first estimate given by the park rangers in the morning``, ``lower than the
    utility's preliminary figure released on Monday``: ``first_reading_adjectives``,
    ``first_report_adjectives``) or by an adverb (``more than police first said``). A first
    reading is one a later count replaces, the same day too; a figure named only by its time
    (``fewer than the figure given by firefighters earlier in the day``) may be a rival's count
    of that moment."""
    m = _comparison(f)
    return m is not None and (m.group("adverb") is not None or _first_named_rx().search(m.group()) is not None)


@cache
def _first_named_rx() -> Any:
    """``the first estimate``, ``the rangers' initial figure``: ``the``, an owner, an
    adjective of a first reading and a noun of a count."""
    d = figure_rules()
    adjectives = alternation([*d["first_reading_adjectives"], *d["first_report_adjectives"]])
    nouns = alternation([*d["revision_nouns"], *d["contrast_nouns"], *d["first_report_nouns"]])
    owner = r"(?:(?:[\p{L}\p{M}.\-]+\s+){0,2}?[\p{L}\p{M}.\-]+['’]s?\s+)?"
    return regex.compile(r"\bthe\s+" + owner + r"(?:" + adjectives + r")\s+(?:" + nouns + r")\b", regex.I)


def _comparison(f: Figure) -> regex.Match[str] | None:
    """The words that set an amount against another figure told earlier, or None."""
    if f.evidence is None or f.ref is None:
        return None
    t, end = f.evidence.text, f.ref.end - f.evidence.start
    m = _against_earlier_rx().search(t, end, min(len(t), end + _COMPARISON_AFTER + 200))
    if m is None or m.start() - end > _COMPARISON_AFTER or NUMBER.search(t, end, m.start()) is not None:
        return None
    return m
