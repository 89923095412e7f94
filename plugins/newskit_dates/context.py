"""What a normaliser sees and gives: the :class:`Context` of a match (the text, the
publication date, what the text stated before it) and the :class:`Result`, a TIMEX3
type, value and mod over a span."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import regex

from newskit.text import match_ahead as text_match_ahead
from newskit_dates.resolve import fmt_date

__all__ = ["Context", "Handler", "Result", "match_ahead", "timex"]


#: the end of a sentence between two mentions (not the dots of "a.m.", "p.m.")
_SENTENCE_END = regex.compile(r"(?<![ap]\.m|\b[A-Z])[.!?][\"'\u201d\u2019]?\s+(?=[\p{Lu}\"\u201c])|\n")


#: how far a look-ahead after a candidate may read (the longest is a weekday after a clock
#: time's aside in another zone: ``10:35 a.m. (0735 GMT) Friday``)
AHEAD = 120


def match_ahead(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pattern`` matched at ``pos``, reading at most ``AHEAD`` characters on
    (:func:`newskit.text.match_ahead`: unbounded, every look-ahead would read to the
    article's end where the pattern's required literal is absent; ``"a quarter of a " *
    40_000`` took 14 s)."""
    return text_match_ahead(pattern, text, pos, AHEAD)


@dataclass
class Context:
    """What a handler may look at: the text, the anchor and the narrative focus year."""

    text: str
    dct: dt.date | None = None
    focus: int | None = None  # the last explicitly stated year ("that May")
    focus_end: int = 0  # where the mention that stated ``focus`` ends
    quarter: str | None = None  # the last fiscal quarter mentioned (earnings reports)
    quarter_end: int = 0  # where the mention that stated ``quarter`` ends
    season: str | None = None  # the last season stated ("YYYY-WI"): "the previous winter"
    season_end: int = 0  # where the mention that stated ``season`` ends
    month: str | None = None  # the last month stated with its year resolved ("YYYY-MM")
    day: str | None = None  # the last full date stated ("YYYY-MM-DD"): "the same day"
    day_end: int = 0  # where the mention that stated ``day`` ends
    month_end: int = 0  # where the mention that stated ``month`` ends
    #: the last full date told as a day of the story, not as the start of a span ("since
    #: Saturday"), and where its mention ends: the day of a bare clock time told after it
    told_day: str | None = None
    told_day_end: int = 0
    #: the publication's time of day (hour, minute) when the article gives one: a past clock
    #: time later than it was on the day before ("was killed shortly after 11 p.m.", 09:10)
    published_at: tuple[int, int] | None = None
    earlier_day: str | None = None  # the last full date stated before the publication day

    def day_in_sentence(self, start: int) -> dt.date | None:
        """The day stated earlier in the sentence that holds ``start`` (a bare "at 7 p.m."
        after "opened at 7 a.m. Sunday" is on that Sunday), else None."""
        if self.day is None or not self._in_sentence(self.day_end, start):
            return None
        try:
            return dt.date.fromisoformat(self.day)
        except ValueError:
            return None

    def month_in_sentence(self, start: int) -> str | None:
        """The month (``YYYY-MM``) stated earlier in the sentence that holds ``start`` (``rose
        in October from a year earlier`` compares with that month), else None."""
        return self.month if self.month is not None and self._in_sentence(self.month_end, start) else None

    def year_in_sentence(self, start: int) -> int | None:
        """The year stated earlier in the sentence that holds ``start`` (``reached 2.1 tonnes in
        2025, up from 1.4 tonnes a year earlier`` compares with that year), else None."""
        return self.focus if self.focus is not None and self._in_sentence(self.focus_end, start) else None

    def told_full_date(self, start: int) -> dt.date | None:
        """The last full date the text told with its year (``June 2, 2019``), when it ends in
        the sentence that holds ``start`` or in the one before it; else None. A bare day
        told right after it (``and on June 9``) is of the same telling."""
        if self.day is None or self.focus is None or self.focus_end != self.day_end or self.day_end > start:
            return None
        if self.day[:4] != str(self.focus):
            return None
        ends = 0
        for _ in _SENTENCE_END.finditer(self.text, self.day_end, start):
            ends += 1
            if ends > 1:
                return None
        try:
            return dt.date.fromisoformat(self.day)
        except ValueError:
            return None

    def _in_sentence(self, end: int, start: int) -> bool:
        """Is ``end`` (where an earlier mention ends) in the sentence that holds ``start``?"""
        return end <= start and not _SENTENCE_END.search(self.text, end, start)

    def ahead(self, pattern: regex.Pattern[str], pos: int) -> regex.Match[str] | None:
        """``pattern`` matched at ``pos`` in the text, bounded (see :func:`match_ahead`)."""
        return match_ahead(pattern, self.text, pos)

    @property
    def anchor(self) -> str | None:
        return fmt_date(self.dct) if self.dct else None


@dataclass(frozen=True)
class Result:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    year: int | None = None  # an explicit year this mention states (sets the focus)


Handler = Callable[["regex.Match[str]", Context], "Result | None"]


def timex(m: regex.Match[str], typ: str, value: str, mod: str | None = None, anchor: str | None = None,
         year: int | None = None, start: int | None = None, end: int | None = None) -> Result:
    return Result(m.start() if start is None else start, m.end() if end is None else end,
                  typ, value, mod, anchor, year)
