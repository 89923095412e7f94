"""Hypothesis strategies for newskit's types, in Hypothesis's own API style.

Strategies are plural nouns, take strategies rather than values, and have bounded sizes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from newskit.model import (
    Article,
    DateMention,
    Mention,
    PersonMention,
    QuantityMention,
    QuoteMention,
    Span,
)

__all__ = ["articles", "embedded", "mentions", "news_texts", "published_dates", "spans"]

_WORDS = (
    "the", "minister", "said", "on", "Tuesday", "that", "government", "would", "visit",
    "talks", "in", "Seoul", "Moscow", "officials", "\u201c", "\u201d", '"', "'s", "\u2019s",
    "percent", "million", "$", "3", "2,000", "1.5", "June", "18", "2024", "-", "\u2013",
    "President", "Kim", "Jong-un", "Dr.", "U.S.", "(", ")", ",", ".", "\n", "\n\n", "by",
    "reported", "according", "to", "about", "over", "nearly", "Mr.", "Smith", "announced",
)


def published_dates() -> st.SearchStrategy[dt.date | dt.datetime | None]:
    """Publication dates: None, plain dates, naive and aware datetimes (1950-2050)."""
    dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31))
    naive = st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2050, 12, 31))
    aware = naive.map(lambda d: d.replace(second=0, microsecond=0)).flatmap(
        lambda d: st.sampled_from([-5, 0, 1, 9]).map(
            lambda h: d.replace(tzinfo=dt.timezone(dt.timedelta(hours=h)))))
    return st.one_of(st.none(), dates, naive.map(lambda d: d.replace(microsecond=0)), aware)


def news_texts(*, min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    """Text built from news-like tokens (names, numbers, dates, quote marks) and arbitrary
    Unicode, to exercise extractors where they are most likely to go wrong."""
    token = st.one_of(st.sampled_from(_WORDS), st.text(max_size=6))
    return st.lists(token, min_size=min_size, max_size=max_size).map(" ".join)


def articles(
    *,
    texts: st.SearchStrategy[str] | None = None,
    published: st.SearchStrategy[dt.date | dt.datetime | None] | None = None,
) -> st.SearchStrategy[Article]:
    """Articles with the given text and publication-date strategies."""
    return st.builds(
        lambda i, t, p: Article(id=f"a{i}", text=t, published=p),
        st.integers(0, 10_000),
        texts if texts is not None else news_texts(),
        published if published is not None else published_dates(),
    )


def spans(text: str | st.SearchStrategy[str]) -> st.SearchStrategy[Span]:
    """Valid spans into ``text`` (a string, or a strategy of strings)."""
    if isinstance(text, str):
        n = len(text)
        return st.integers(0, n).flatmap(lambda a: st.integers(a, n).map(lambda b: Span(start=a, end=b)))
    return text.flatmap(spans)


def embedded(
    expressions: st.SearchStrategy[Any],
    *,
    render: Any = str,
    fillers: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[tuple[str, Span, Any]]:
    """``(text, span, expression)``: a rendered expression inside filler text.

    ``render`` turns the drawn expression into its surface form; ``span`` locates it in the
    text, so a test can check an extractor finds exactly that span and value.
    """
    filler = fillers if fillers is not None else st.sampled_from([
        "", "The ministry said", "Officials confirmed on Tuesday that", "According to the report,",
        "In a statement,", "Analysts noted", "It was"])
    tail = st.sampled_from(["", ".", ", officials said.", " in the capital.", " according to the report."])

    def build(parts: tuple[str, Any, str]) -> tuple[str, Span, Any]:
        head, expr, end = parts
        surface = render(expr)
        prefix = head + " " if head else ""
        text = prefix + surface + end
        return text, Span(start=len(prefix), end=len(prefix) + len(surface)), expr

    return st.tuples(filler, expressions, tail).map(build)


def _mention_in(text: str, cls: type[Mention], extra: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[Mention]:
    return st.tuples(spans(text), extra).map(
        lambda se: cls(start=se[0].start, end=se[0].end, text=text[se[0].start:se[0].end], **se[1]))


_NUMBERS = st.one_of(st.none(), st.integers(-10**15, 10**15),
                     st.decimals(allow_nan=False, allow_infinity=False, places=3,
                                 min_value=Decimal("-1e9"), max_value=Decimal("1e9")))
_OPT_TEXT = st.one_of(st.none(), st.text(max_size=12))


def mentions(text: str, kinds: Sequence[str] = ("date", "quantity", "person", "quote")) -> st.SearchStrategy[Mention]:
    """Mentions of the built-in kinds with valid offsets into ``text`` and arbitrary fields."""
    per_kind: dict[str, st.SearchStrategy[Mention]] = {
        "date": _mention_in(text, DateMention, st.fixed_dictionaries({
            "type": st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
            "value": st.text(max_size=12), "mod": _OPT_TEXT, "anchor": _OPT_TEXT})),
        "quantity": _mention_in(text, QuantityMention, st.fixed_dictionaries({
            "value": _NUMBERS, "high": _NUMBERS, "approx": _OPT_TEXT, "unit": _OPT_TEXT,
            "of": _OPT_TEXT, "ordinal": st.booleans()})),
        "person": _mention_in(text, PersonMention, st.fixed_dictionaries({
            "entity": st.text(max_size=12), "entity_id": _OPT_TEXT, "title": _OPT_TEXT,
            "affiliation": _OPT_TEXT, "author": st.booleans()})),
        "quote": _mention_in(text, QuoteMention, st.fixed_dictionaries({
            "direct": st.booleans(), "speaker": _OPT_TEXT,
            "speaker_start": st.one_of(st.none(), st.integers(0, 1000)),
            "speaker_end": st.one_of(st.none(), st.integers(0, 1000)),
            "speaker_id": _OPT_TEXT, "cue": _OPT_TEXT,
            "cue_start": st.one_of(st.none(), st.integers(0, 1000)),
            "cue_end": st.one_of(st.none(), st.integers(0, 1000)),
            "marks": st.one_of(st.none(), st.sampled_from(["''", "'"])),
            "clause_start": st.one_of(st.none(), st.integers(0, 1000)),
            "clause_end": st.one_of(st.none(), st.integers(0, 1000))})),
    }
    return st.one_of(*[per_kind[k] for k in kinds])
