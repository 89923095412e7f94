"""The news named again by the noun a lead restates it with: "... will spin its coal mines into
a separate company, *in a demerger that* analysts value at A$9 billion".

A lead tells its act in a verb and then, after a comma, sums it up in a noun of its own
choosing, opened by "in a" and closed by a relative clause or the sentence's end: "in a
procedure that lasted seven hours", "in a scandal that has revived", "in what officials
called a raid." The noun names the act just told, whatever its class and whether or not a
lexicon lists it; the structure says so, not the word ("demerger" is in no trigger list,
"procedure" is no happening in WordNet). So a noun in that place, after a mention of the
central event in an article's first news sentence, names the central act: it is read there
and wherever a dated article tells it again as the head of a definite noun phrase ("the
demerger", "Tuesday's procedure"; :func:`newskit.story.event_nouns.told_again`), where no
unit covers it and no date of its own clause sets it apart.

Not read: a noun with a complement ("in a blow *to* a government", "in a vote *of*
members": it names something of another thing), a plural, a verb's form, and the general
nouns ("move", "deal", "incident") that story/general_anaphors.py reads by their antecedent.
It runs once the central event is chosen, so it never decides which event is central, and
reads dated articles only, as the other layers that read a story's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from newskit.model import Analysis
from newskit.story.act_nouns import clause_dated_mentions
from newskit.story.event_nouns import told_again
from newskit.story.features import Unit, covered_by, dominant_class, general_classes, is_verb_form
from newskit.story.learned import is_learned
from newskit.story.predicate import is_general_noun
from newskit.textlayer import layer

__all__ = ["attach_restated", "restating_noun", "restating_nouns"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "restated"
_OFFSET = 9500

#: ", in a(n) [up to two modifiers] NOUN" closed by a relative word, a mark or the end; "in
#: what [someone] called a(n) NOUN" as well
_RESTATED = regex.compile(
    r",\s+in\s+(?:what\s+(?:[^\s,.;]+\s+){1,6}?)?an?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)"
    r"(?=\s+(?:that|which|who|whose)\b|\s*[,.;:]|\s*$)")


def restating_noun(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the noun that restates, in ``text[start:end]`` (a sentence's part after a
    mention of an act), what was just told: ", in a demerger that ..."; None when there is
    none or it is a plural, a verb's form or a general noun."""
    m = _RESTATED.search(text, start, end)
    if m is None:
        return None
    word = m.group(1)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return None
    if is_verb_form(word) or is_general_noun(word) or general_classes(word):
        return None
    return m.start(1), m.end(1)


def restating_nouns(dated: Sequence[Analysis], host: Sequence[Unit], others: Sequence[Unit]) -> dict[str, tuple[int, int]]:
    """Per article, the restating noun of its first news sentence (:func:`restating_noun`)
    after the first mention of the central event ``host`` there (not one a layer learned),
    or anywhere in it when it holds no mention of an event (``others``, the other events'
    mentions) before the noun: the lead told its act in words no lexicon reads."""
    first: dict[str, int] = {}
    for u in host:
        if not is_learned(u):
            first[u.ref.article] = min(first.get(u.ref.article, u.ref.end), u.ref.end)
    out: dict[str, tuple[int, int]] = {}
    for a in dated:
        lead = layer(a.article.text).lead
        if not lead:
            continue
        start, end = lead[0].start, lead[0].end
        at = first.get(a.article.id)
        span = restating_noun(a.article.text, at if at is not None and start <= at <= end else start, end)
        if span is None:
            continue
        if at is None or not start <= at <= span[0]:
            told = (u for u in (*host, *others) if u.ref.article == a.article.id)
            if any(start <= u.ref.start < span[0] for u in told):
                continue
        out[a.article.id] = span
    return out


def attach_restated(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                    excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a new mention of the central event (``clusters[0]``) for every
    restating noun of a lead and every definite noun phrase a dated article heads with one
    of those nouns, where no unit covers it and no date of its clause sets it apart."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    dated = [a for a in analyses if a.article.published_date is not None]
    leads = restating_nouns(dated, host, [u for c in clusters[1:] for u in c])
    texts = {a.article.id: a.article.text for a in dated}
    words = frozenset(texts[art][s:e] for art, (s, e) in leads.items())
    if not words:
        return [list(c) for c in clusters]
    covered = covered_by([u for c in clusters for u in c])
    kind = dominant_class(host, lambda u: not is_learned(u))
    pattern = regex.compile(r"(?<![\p{L}-])(?:" + "|".join(regex.escape(w) for w in sorted(words)) + r")(?![\p{L}-])")
    added: list[Unit] = []
    for a in dated:
        text, art = a.article.text, a.article.id
        spans = (m.span() for m in pattern.finditer(text))
        added += clause_dated_mentions(a, ((s, e) for s, e in spans if not covered(art, s, e) and
                                           ((s, e) == leads.get(art) or told_again(text, s, e))),
                                       host, excluded, tag=_TAG, kind=kind, offset=_OFFSET)
    return [[*host, *added], *(list(c) for c in clusters[1:])]
