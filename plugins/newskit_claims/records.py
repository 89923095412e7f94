"""The candidates as ``Claim`` records: ids, the mentions each holds, the claim each
answers and when each was stated."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import regex

from newskit import (
    Article,
    Claim,
    DateMention,
    Mention,
    PersonMention,
    QuantityMention,
    Span,
    SpanRef,
)
from newskit.timex import interval
from newskit_claims.candidate import Candidate, sentence_of, within

_DATE_LEAD = regex.compile(r"\s*(?:(?:on|in|by|at|last|this)\s+)?", regex.I)


def to_claims(article: Article, mentions: Sequence[Mention], sents: Sequence[Span], split: Sequence[Candidate],
              stances: dict[int, str], targets: dict[int, Candidate]) -> list[Claim]:
    """The candidates as ``Claim``s: ids in text order, the mentions each holds, the
    claim each answers, when each was stated (else the article's date)."""
    text = article.text
    ids = {id(c): f"{article.id}#c{i}" for i, c in enumerate(split, 1)}
    published = _published(article)
    inner: list[Mention] = sorted((m for m in mentions if isinstance(m, (DateMention, QuantityMention,
                                                                         PersonMention))),
                                  key=lambda m: (m.start, m.end))
    istarts = [m.start for m in inner]
    dated = sorted((d for d in mentions if isinstance(d, DateMention) and d.type in ("DATE", "TIME")
                    and interval(d.value) is not None), key=lambda d: d.start)
    dstarts = [d.start for d in dated]
    out: list[Claim] = []
    # each distinct string of the claims' sources, cues and their spans kept once (the same
    # cue word and the same source read in many claims): equal values, so the same records
    strings: dict[str, str] = {}
    string = strings.setdefault
    for c in split:
        target = targets.get(id(c))
        inside = tuple(SpanRef(article=article.id, start=m.start, end=m.end, text=m.text)
                       for m in within(inner, istarts, c.start, c.end))
        out.append(Claim(
            article=article.id, start=c.start, end=c.end, text=text[c.start:c.end],
            source=_shared(string, c.source), stance=stances[id(c)], cue=_shared(string, c.cue),
            source_ref=_ref(article, c.source_ref, string), cue_ref=_ref(article, c.cue_ref, string),
            mentions=inside, id=ids[id(c)],
            responds_to=ids.get(id(target)) if target is not None else None,
            stated=_stated(text, c, dated, dstarts, sents) or published, source_type=c.source_type,
        ))
    return out


def _ref(article: Article, span: tuple[int, int] | None, string: Callable[[str, str], str]) -> SpanRef | None:
    """A span of the article as a ``SpanRef``, or ``None`` when it is empty or outside the text;
    its text the first equal one ``string`` was handed."""
    if span is None or not (0 <= span[0] < span[1] <= len(article.text)):
        return None
    t = article.text[span[0]:span[1]]
    return SpanRef(article=article.id, start=span[0], end=span[1], text=string(t, t))


def _shared(string: Callable[[str, str], str], s: str | None) -> str | None:
    """``s`` as the first equal string ``string`` was handed (None stays None)."""
    return None if s is None else string(s, s)


def _published(article: Article) -> str | None:
    """The article's date as ISO text: when a claim was stated if nothing says otherwise."""
    d = article.published_date
    return d.isoformat() if d is not None else None


def _stated(text: str, c: Candidate, dates: Sequence[DateMention], dstarts: Sequence[int],
            sents: Sequence[Span]) -> str | None:
    """When the claim was made: a date by the cue ("claimed in March that") or opening its
    sentence ("On June 17, X reiterated ..."), outside the claim itself."""
    if c.cue_ref is None:
        return None
    a, b = c.cue_ref
    sent = sentence_of(sents, a)
    best: tuple[int, str] | None = None
    lo = bisect.bisect_left(dstarts, max(sent.start, a - 300))
    hi = bisect.bisect_right(dstarts, b + 13)
    for d in dates[lo:hi]:
        if c.start <= d.start < c.end:
            continue
        if 0 <= d.start - b <= 12:
            dist = d.start - b
        elif sent.start <= d.start and d.end <= a and \
                d.start - sent.start < 12 and \
                _DATE_LEAD.fullmatch(text, sent.start, d.start):
            dist = a - d.end
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, d.value)
    return best[1] if best else None
