"""How long ago something happened, as an amount of time: ``took office 14 months ago``,
``the war ended 24 years ago``, ``entered service more than a decade ago``.

Why: the dates plugin reads ``N units ago`` as the date it points to (TIMEX3 ``2002``), which
is right for when; but two outlets that say ``14 months ago`` and ``16 months ago`` of one
happening disagree on a figure, the time elapsed since it, and a reader is shown that as he is
shown two tolls. The elapsed time is the span between the date the phrase resolves to and
the publication date it was resolved from, in the unit the resolved date is precise to
(a year, a month, a week or a day); its hedge is the expression's modifier (``more than two
decades ago``: over). Phrases the plugin leaves vague (``years ago``: ``PAST_REF``) are no
amount."""

from __future__ import annotations

import datetime as dt

import regex

from newskit.model import Analysis, DateMention, QuantityMention
from newskit.story.figure_data import MOD_APPROX

__all__ = ["elapsed_times"]

#: the word that turns a span of time into a past date, as the phrase ends
_AGO = regex.compile(r"[ \t\u00a0]+ago$", regex.I)
_YEAR = regex.compile(r"(\d{4})")
_MONTH = regex.compile(r"(\d{4})-(\d{2})")
_DAY = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = regex.compile(r"(\d{4})-W(\d{2})")


def _elapsed(value: str, published: dt.date) -> tuple[int, str] | None:
    """(how many, unit) of time between a resolved past date and the publication date, at
    the precision of the date: ``2002`` from 2026 is 24 years, ``2025-09`` from November
    2026 is 14 months; None for a value that is no past date of one of those forms."""
    if m := _DAY.fullmatch(value):
        n, unit = (published - dt.date(int(m[1]), int(m[2]), int(m[3]))).days, "day"
    elif m := _WEEK.fullmatch(value):
        iso = published.isocalendar()
        n, unit = (iso[0] - int(m[1])) * 52 + iso[1] - int(m[2]), "week"
    elif m := _MONTH.fullmatch(value):
        n, unit = (published.year - int(m[1])) * 12 + published.month - int(m[2]), "month"
    elif m := _YEAR.fullmatch(value):
        n, unit = published.year - int(m[1]), "year"
    else:
        return None
    return (n, unit) if n > 0 else None


def elapsed_times(analysis: Analysis) -> list[QuantityMention]:
    """The article's ``N units ago`` as amounts of time (``14 months``, span without ``ago``):
    how long before the article the happening was, a figure two outlets may give differently."""
    published = analysis.article.published_date
    if published is None:
        return []
    out = []
    for m in analysis.mentions:
        if not isinstance(m, DateMention) or m.type != "DATE":
            continue
        ago = _AGO.search(m.text)
        got = _elapsed(m.value, published) if ago is not None else None
        if got is None or ago is None:
            continue
        n, unit = got
        out.append(QuantityMention(start=m.start, end=m.start + ago.start(), text=m.text[:ago.start()], value=n,
                                   unit=unit, approx=MOD_APPROX.get(m.mod or "")))
    return out
