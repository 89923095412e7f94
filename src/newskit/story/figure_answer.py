"""An amount another source gives, in the same article, for the measure just told: ``The
Business Council estimated the walkout was costing A$200 million a day. Treasury officials
put the figure at about A$120 million``; ``about 80 nursing posts vacant ... Dr Hughes said
the figure was wrong and that 47 posts were unfilled``.

Why: one article that gives two amounts of one dimension most often tells two things, so
amounts of one article are never joined by their words (``figure_story``). But an amount
whose clause points back at a figure already given - a general noun for a figure (``the
figure``, ``the number``, ``the estimate``) or a verb of estimating with its object (``put
the lost load at``) - answers the amount before it, whatever the kind of news, and when
another source gives it, the two differ on one measure: it takes that amount's measure.
The words are closed classes: the nouns of a figure and the verbs of putting a figure at."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit.model import Figure
from newskit.story.figure_label import _who_says
from newskit.story.figure_units import dimension

__all__ = ["answered"]

#: "put the figure at", "puts the number of workers on strike at", "estimated the cost at",
#: "placed the demand at": a verb of putting a figure at an amount and its object
_PUT_AT = regex.compile(r"\b(?:put|puts|putting|estimated|estimates|placed|places|pegged|pegs)\s+(?:the|that|this|its|their)\s+"
                        r"(?:[\p{Ll}'’-]+\s+){1,6}?at\s+(?:\p{Ll}+\s+){0,2}$", regex.I)
#: "said the figure was wrong and that", "put the figure much higher, saying": a general noun
#: for a figure just given (closed class), not a new count of something (``the number of X``)
_FIGURE_NOUN = regex.compile(r"\b(?:the|that|this)\s+(?:official\s+|earlier\s+|first\s+)?(?:figure|figures|number|count|estimate|"
                             r"tally|total|toll)(?:[,.;:\"”]|\s+(?:at|was|is|were|had|has|as|much|far|well|higher|lower|"
                             r"given|wrong|too|by|from)\b)", regex.I)


def _points_back(f: Figure) -> bool:
    """Whether an amount's sentence points back, before the amount, at a figure given by a
    general noun for a figure (``the figure was wrong``, ``put the number at``). A verb of
    estimating whose object names a measure (``put the depth at``, ``put the national
    decline at``) names a measure of its own: no answer."""
    if f.evidence is None or f.ref is None:
        return False
    text, end = f.evidence.text, f.ref.start - f.evidence.start
    put = _PUT_AT.search(text, 0, end)
    return bool(_FIGURE_NOUN.search(text, put.start() if put is not None else 0, end))


def answered(figures: Sequence[Figure], loose: str, cued: frozenset[str]) -> list[Figure]:
    """The figures with each amount that answers the one before it (same article, this or
    the sentence before, one dimension, another source) given that amount's measure. Two
    measures a cue names apart stay apart (``put the number of injured at 80`` after ``30
    killed``)."""
    out = list(figures)
    order = {key: k for k, key in enumerate(sorted({(f.article, f.evidence.start) for f in out if f.evidence is not None}))}
    for k, f in enumerate(out):
        if f.evidence is None or f.role != "total" or not _points_back(f):
            continue
        here = order[(f.article, f.evidence.start)]
        j = next((j for j in range(k - 1, -1, -1) if out[j].article == f.article and out[j].role == "total"
                  and here - order.get((f.article, _start(out[j])), -9) <= 1
                  and dimension(out[j])[0] == dimension(f)[0]), None)
        if j is None or (out[j].measure == f.measure != loose) or (f.measure in cued and out[j].measure in cued):
            continue
        sayer = _who_says(f)
        subject = _subject(f) if sayer is None else None
        who = sayer or (subject.lower() if subject else None)
        if who is None or who == _who_says(out[j]):
            continue  # one source's two amounts, or a sayer not read: no answer
        if subject is not None:
            f = attrs.evolve(f, source=subject)
        if out[j].measure == loose:  # "estimated ... A$200 million a day ... put the figure at": neither named
            out[j] = attrs.evolve(out[j], measure=_name(dimension(f)[0]))
        out[k] = attrs.evolve(f, measure=out[j].measure)
    return out


#: an article opening a subject, left out of the source's name
_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.I)
#: a subject that refers back to a sayer already named: no new source (closed class)
_PRONOUN = regex.compile(r"(?:it|they|he|she|we|its|their|his|her)\b", regex.I)


def _subject(f: Figure) -> str | None:
    """Who puts a figure at an amount when no sayer was read: the sentence's subject before
    the verb (``Treasury officials, briefing reporters on condition of anonymity, put the
    figure at``), unless a pronoun refers back to a sayer already named."""
    assert f.evidence is not None and f.ref is not None
    m = _PUT_AT.search(f.evidence.text, 0, f.ref.start - f.evidence.start)
    if m is None:
        return None
    subject = _ARTICLE.sub("", f.evidence.text[:m.start()].split(",")[0].strip())
    if not subject or len(subject.split()) > 6 or _PRONOUN.match(subject):
        return None
    return str(subject)


def _start(f: Figure) -> int:
    return f.evidence.start if f.evidence is not None else -1


def _name(dim: str) -> str:
    """The measure of two amounts no rule named, one answering the other: their dimension's
    figure (``money figure``, ``area figure``)."""
    return f"{dim.split(':')[0]} figure"
