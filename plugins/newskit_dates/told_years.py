"""The year a phrase after a month, a day, a season or a quarter names (``June last year``,
``4 May of that year``, ``in April of the same year``, ``the spring of the following
year``): counted from the publication's year or from the year the text told last; and the
year of a month a determiner places against the time the text told last (``the following
February``, ``the previous April``)."""

from __future__ import annotations

from newskit_dates.context import Context
from newskit_dates.lexicon import lexicon
from newskit_dates.vocabulary import compiled

__all__ = ["year_of_rel", "year_of_told_month"]


def year_of_rel(rel: str | None, ctx: Context) -> tuple[int, str | None] | None:
    """(year, anchor) of ``last year``, ``this year``, ``next year`` (counted from the
    publication date), of ``that year``, ``the same year`` (the year the text is about:
    ``arrested in October that year``) or of ``the following year``, ``the previous year``
    (a step from that year, else from the publication's, as those words alone are read;
    data ``told_year_steps``, ``publication_year_steps``); None without the words or what they count from."""
    word = compiled(r"\s+").sub(" ", (rel or "").lower())
    if word in ("that", "the same", "that same"):
        return (ctx.focus, str(ctx.focus)) if ctx.focus else None
    lx = lexicon()
    step = lx["told_year_steps"].get(word)
    if step is not None and ctx.focus:
        return ctx.focus + step, str(ctx.focus)
    if step is None:
        step = lx["publication_year_steps"].get(word)
    if step is None or ctx.dct is None:
        return None
    return ctx.dct.year + step, ctx.anchor


def year_of_told_month(ctx: Context, month: int, step: int) -> tuple[int, str] | None:
    """(year, anchor) of ``month`` that ``the following`` (``step`` 1) or ``the previous``
    (-1) places against the time the text told last (a day, a month or a year alone,
    whichever it told nearest; the finer on a tie): the first such month after or before
    it (``sold in May 2019 ... the following February``: 2020's; after ``in 2011``, the
    following March is 2012's); None when the text told none."""
    told: list[tuple[int, int, int, int, str]] = []
    for value, end in ((ctx.month, ctx.month_end), (ctx.day, ctx.day_end)):
        if value is not None and value[:4].isdigit() and value[5:7].isdigit():
            told.append((end, 1, int(value[:4]), int(value[5:7]), value))
    if ctx.focus is not None:
        told.append((ctx.focus_end, 0, ctx.focus, 0, str(ctx.focus)))
    if not told:
        return None
    _, _, year, told_month, anchor = max(told)
    if not told_month:  # a year alone: the month in the year after or before it
        return year + step, anchor
    if step > 0:
        return (year if month > told_month else year + 1), anchor
    return (year if month < told_month else year - 1), anchor
