"""Whose voice tells a mention: the narrator's own, or a source's speech.

A news article states its news in its own voice ("the council approved a tax on
Tuesday"); what it reports a source saying ("hoteliers said the council was driving
tourists away"), alleging, denying or predicting is what someone holds about the news, so
the narrator's words name a story's entry before a source's do. The quotes plugin reads
claims (with their stance) and quotations; a mention inside one is told in that voice.
"""

from __future__ import annotations

from collections.abc import Callable

from newskit.model import Analysis, QuoteMention

__all__ = ["voice_of"]


def voice_of(analysis: Analysis) -> Callable[[int, int], str | None]:
    """For a span of the article, the voice it is told in: ``"quote"`` inside a verbatim
    quotation, else the stance of the claim it lies in (``"alleges"``, ``"denies"``...),
    ``"reports"`` inside other reported speech, None in the narrator's own words."""
    quotes = [(q.start, q.end) for q in analysis.of_kind("quote") if isinstance(q, QuoteMention) and q.direct]
    claims = sorted(((c.start, c.end, c.stance) for c in analysis.claims), key=lambda c: c[1] - c[0])
    reported = [(q.start, q.end) for q in analysis.of_kind("quote") if isinstance(q, QuoteMention) and not q.direct]

    def voice(start: int, end: int) -> str | None:
        if any(a <= start and end <= b for a, b in quotes):
            return "quote"
        stance = next((s for a, b, s in claims if a <= start and end <= b), None)
        if stance is not None:
            return stance
        return "reports" if any(a <= start and end <= b for a, b in reported) else None

    return voice
