"""The year a phrase after a month, a day, a season or a quarter names (``June last year``,
``4 May of that year``, ``in April of the same year``, ``the spring of the following
year``): counted from the publication's year or from the year the text told last."""

from __future__ import annotations

from newskit_dates.context import Context
from newskit_dates.lexicon import lexicon
from newskit_dates.vocabulary import compiled

__all__ = ["year_of_rel"]


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
