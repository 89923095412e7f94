"""What a span of time is the length of: the happening a duration measures, read from its
clause without a parser.

Why: two outlets' durations are one measure when they time one happening (``the standoff
lasted six hours and 40 minutes`` / ``ending a standoff of nearly seven hours``), and two
measures when they time two (the heatwave's length against a school closure's). Neither
their values nor their sentences as a whole tell them apart (a story's durations share its
words either way); the few words that say what the span is *of* do:

* a happening after the span (``72 hours of scarcity``, ``took nearly six hours to
  extinguish``): the first content word of its ``of`` or ``to`` phrase;
* an event a span is counted from (``72 seconds after liftoff``, ``two and a half weeks
  after the first case appeared``): the first content words after ``after``/``before``/
  ``into``/``since``/``from``, and nothing else;
* otherwise the nearest content words before the span in its clause (``the bidding lasted
  14 minutes``, ``the lift had not been inspected for four years``), skipping the closed
  class of words that only say "a span" (``for``, ``lasted``, ``spent``, hedges) and names
  (a capitalised word inside the sentence is the story's, not the happening's).

The words are compared as synonym families (``features.family``) with an agent's ending
dropped (``searchers`` / ``search``, ``inspector`` / ``inspected``). The closed classes are
data (``figures.json`` ``duration_frame``)."""

from __future__ import annotations

from functools import cache

import regex
from attrs import frozen

from newskit.story._common import WORD
from newskit.story.features import _stop, family
from newskit.story.figure_data import alternation, figure_rules

__all__ = ["frame_words"]

#: how far (characters) the frame looks back for its clause, and ahead for its phrase
_BACK = 100
_AHEAD = 60
#: the shortest frame word; the most words read before the span
_MIN_LENGTH = 3
_BEFORE_WORDS = 3
#: an agent noun's ending (``searcher``, ``inspector``), dropped from a family this long
_AGENT = regex.compile(r"(?<=\p{L}{3})(?:er|or)$")
_POSSESSIVE = regex.compile(r"['’]s?$")
#: a span written as an adjective ("three-day", "72-hour"): it describes the noun after it
_ATTRIBUTIVE = regex.compile(r"[\p{L}\p{N}][-‐]\p{L}+$")


@frozen
class _Frame:
    """The closed classes a duration's frame reads (``figures.json`` ``duration_frame``)."""

    anchors: frozenset[str]
    phrases: frozenset[str]
    skip: frozenset[str]
    determiners: frozenset[str]
    relatives: frozenset[str]
    clause_break: regex.Pattern[str]


@cache
def _frame() -> _Frame:
    data = figure_rules()["duration_frame"]
    words = alternation(data["clause_breaks"])
    return _Frame(anchors=frozenset(data["anchors"]), phrases=frozenset(data["phrases"]),
                  skip=frozenset(data["skip"]), determiners=frozenset(data["determiners"]),
                  relatives=frozenset(data["relatives"]),
                  clause_break=regex.compile(r"[;:()\"“”]|,(?!\d)|\b(?:" + words + r")\b", regex.I))


def _content(text: str, m: regex.Match[str]) -> bool:
    """Whether a word may tell a happening: no closed-class word, no stop word, no name."""
    w = m.group()
    low = w.lower()
    if len(w) < _MIN_LENGTH or low in _frame().skip or low in _stop():
        return False
    inside = text[max(0, m.start() - 2):m.start()].strip() not in ("", ".", '"', "“")
    return not (w[0].isupper() and inside)


def _family(word: str) -> str:
    """A word's synonym family, its possessive and an agent's ending dropped."""
    return str(_AGENT.sub("", family(_POSSESSIVE.sub("", word))))


def frame_words(text: str, start: int, end: int) -> frozenset[str]:
    """The families of the words that say what the duration at ``text[start:end]`` is the
    length of (module docstring); empty when its clause names nothing."""
    frame = _frame()
    after = list(WORD.finditer(text, end, min(len(text), end + _AHEAD)))
    first = after[0] if after and not text[end:after[0].start()].strip() else None
    head = first.group().lower() if first is not None else ""
    if head in frame.anchors:  # "72 seconds after liftoff": the event it is counted from
        stop = frame.clause_break.search(text, after[0].end(), end + _AHEAD)
        found = [m.group() for m in after[1:] if (stop is None or m.end() <= stop.start())
                 and m.group().lower() not in frame.determiners and _content(text, m)]
        return frozenset(_family(w) for w in found[:2])
    words = []
    if head in frame.phrases:  # "72 hours of scarcity", "took six hours to extinguish"
        nxt = next((m for m in after[1:4] if m.group().lower() not in frame.determiners), None)
        if nxt is not None and _content(text, nxt):
            words.append(nxt.group())
    elif _ATTRIBUTIVE.search(text, start, end) and first is not None and _content(text, first):
        words.append(first.group())  # "a three-day strike", "the 72-hour stoppage": the noun it describes
    lo = max(0, start - _BACK)
    breaks = list(frame.clause_break.finditer(text, lo, start))
    clause = breaks[-1].end() if breaks else lo
    before = [m.group() for m in WORD.finditer(text, clause, start) if _content(text, m)]
    if not before and breaks and breaks[-1].group().lower() in frame.relatives:
        # "a search that lasted five days": the clause is the noun's before the relative
        head = [m.group() for m in WORD.finditer(text, lo, breaks[-1].start()) if _content(text, m)]
        before = head[-1:]
    words.extend(before[-_BEFORE_WORDS:])
    return frozenset(_family(w) for w in words)
