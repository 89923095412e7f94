"""Vague references to the present, past or future: ``now``, ``recently``, ``soon``,
``then-current``."""

from __future__ import annotations

import regex

from newskit_dates.context import Context, Result, timex
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import next_word, prev_word
from newskit_dates.tense import tense_at
from newskit_dates.vocabulary import compiled

__all__ = ["h_vague"]


def h_vague(m: regex.Match[str], ctx: Context) -> Result | None:
    v = compiled(r"\s+").sub(" ", m["v"].lower())
    typ, val = lexicon()["vague"][v]
    if v in ("now", "current") and compiled(r"\s*[-\u2013]").match(ctx.text[m.end() : m.end() + 2]):
        return None
    if v == "recent" and compiled(r"\s+(?:years|weeks|months|days|decades|times)\b").match(ctx.text[m.end() : m.end() + 9]):
        return None
    if v == "soon":
        # "will soon move", "may soon seek": a future reference; not "as soon as",
        # "soon after", nor a past "was soon released"
        pw = prev_word(ctx.text, m.start()).lower()
        nw = next_word(ctx.text, m.end()).lower().rstrip(".,")
        if (pw in ("as", "so", "too", "how", "very", "fairly") or nw in ("as", "after", "afterward", "afterwards", "thereafter")
                or tense_at(ctx.text, m.start(), m.end()) == "PAST"):
            return None
    if v == "current" and prev_word(ctx.text, m.start()).lower() == "then":
        return timex(m, str(typ), "PAST_REF", start=m.start() - 5) if ctx.text[m.start() - 5 : m.start() - 1].lower() == "then" else None
    return timex(m, str(typ), str(val))
