"""The span a figure shows: the amount a reader compares, as the quantities plugin's span
leaves it a little off.

The plugin marks the number with its hedge (``about 300``) and with the frame that
introduces it (``A total of 215``, ``an average of 12 kilograms``); a frame hedges nothing,
so the amount shown is ``215``. A noun hyphened to the number (``the nine-storey
building``, ``a 90-day truce``) is one word with it, and the plugin's span stops at the
hyphen. A comparative hedge the plugin does not read (``closer to 35 percent``) is the
amount's as ``about`` is. A count's noun apart from it (``14 people``) stays out: it is what the measure
names. The span only changes within the amount's sentence, so every offset stays in it."""

from __future__ import annotations

from functools import cache

import attrs
import regex

from newskit.model import Figure, SpanRef
from newskit.story.features import lemma
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["shown"]

#: a noun hyphened to the number before it ("nine-storey", "90-day")
_HYPHENED = regex.compile(r"-(\p{L}+)(?![\p{L}\p{N}-])")


@cache
def _unread_hedge() -> regex.Pattern[str]:
    """A hedge the quantities plugin leaves outside the span, right before it (``closer to``)."""
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(figure_rules()["span_hedges"]) + r")\s+$", regex.I)


@cache
def _frame() -> regex.Pattern[str]:
    """A frame that opens a number (``a total of``, ``an average of``), case-blind."""
    return regex.compile(r"(?:" + alternation(figure_rules()["amount_frames"]) + r")\s+", regex.I)


def _counted_end(text: str, end: int, unit: str | None) -> int:
    """Where the noun the amount counts ends when it is hyphened to the number, one
    adjective (``the nine-storey building``); else ``end``: a count apart from its noun
    (``14 people``) shows the number, as the noun is its measure."""
    if not unit or not unit[:1].isalpha():
        return end
    m = match_ahead(_HYPHENED, text, end)
    return m.end() if m is not None and lemma(m.group(1)) == lemma(unit) else end


def shown(f: Figure) -> Figure:
    """``f`` with the span a reader compares: its introducing frame dropped, a hedge the
    plugin left out and its hyphened noun added; ``f`` itself when nothing changes or it
    has no span or sentence."""
    ref, sent = f.ref, f.evidence
    if ref is None or sent is None or not sent.start <= ref.start <= ref.end <= sent.end:
        return f
    text, off = sent.text, sent.start
    start, end = ref.start - off, ref.end - off
    frame = _frame().match(text, start, end)
    if frame is not None and frame.end() < end:
        start = frame.end()
    hedge = _unread_hedge().search(text, max(0, start - 20), start) if frame is None else None
    start = hedge.start() if hedge is not None else start
    end = _counted_end(text, end, f.unit)
    if (start, end) == (ref.start - off, ref.end - off):
        return f
    return attrs.evolve(f, ref=SpanRef(article=ref.article, start=start + off, end=end + off, text=text[start:end]))
