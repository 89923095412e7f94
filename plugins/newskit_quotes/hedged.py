"""Reports with no source (issue #14): an agentless passive of saying or thinking.

``Chocolate makers are said to be buying early``, ``The minister is understood to have
asked for talks``, ``North Korea is not thought to be capable of …``, ``It is believed
that the gang is based abroad``, ``Peacekeepers have been blamed for introducing
cholera``: the writer passes on what someone says or thinks without naming who. The
subject and the rest of its clause are the content (as attribution corpora mark it); the
attribution has no speaker. The participle must follow a form of *be* (adverbs between:
``is not thought``, ``are widely believed``) and take its own complement at once: an
infinitive (``to be``, ``to have asked``), ``that`` after an empty ``it``, or a blame
verb's preposition (``accused of``, ``blamed for``). ``was reported to police`` (a
preposition, not an infinitive), ``was said by aides`` (an agent: read elsewhere) and a
hedge inside another report's content (part of what that report says) give nothing.
Words: ``data/hedged.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .attribution import Cue, subject_before
from .content_end import cut, trim
from .cues import load_json
from .direct import Item
from .doc import Doc

__all__ = ["hedged_items"]

#: The most adverbs between *be* and the participle (``is not widely thought``).
MAX_ADVERBS = 2

#: The confidence of a hedged report: the shape is sure, its content's start less so.
CONFIDENCE = 0.6


@dataclass(frozen=True)
class HedgeLexicon:
    report: frozenset[str]  # participles taking an infinitive
    blame: dict[str, frozenset[str]]  # participle -> its prepositions
    be: frozenset[str]
    adverbs: frozenset[str]
    not_infinitive: frozenset[str]  # words after "to" that make it a preposition


@cache
def hedge_lexicon() -> HedgeLexicon:
    d = load_json("hedged.json")
    return HedgeLexicon(
        report=frozenset(d["report_participles"]),
        blame={w: frozenset(p) for w, p in d["blame_participles"].items()},
        be=frozenset(d["be"]),
        adverbs=frozenset(d["adverbs"]),
        not_infinitive=frozenset(d["not_infinitive"]),
    )


@cache
def _participles() -> frozenset[str]:
    lex = hedge_lexicon()
    return lex.report | lex.blame.keys()


def hedged_items(doc: Doc) -> list[Item]:
    """The agentless passive reports of the article, in text order."""
    items: list[Item] = []
    hits = doc.words_in(_participles())
    for sa, sb in doc.sents:
        for i in doc.sentence_hits(hits, sa, sb):
            item = _one(doc, i, sa, sb)
            if item is not None:
                items.append(item)
    return items


def _one(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    if doc.in_quote(doc.starts[i]):
        return None
    b = _be_before(doc, i, doc.word_at(sa))
    if b is None or i + 1 >= len(doc.starts) or doc.starts[i + 1] >= sb or not doc.joined(i):
        return None
    cue = Cue(doc.starts[b], doc.ends[i], b, i, " ".join(doc.low[b : i + 1]), frozenset({"belief", "hedged"}))
    if _extraposed(doc, b, i, sb):
        return _item(doc, cue, doc.starts[i + 2], sb)
    if not (_infinitive_after(doc, i, sb) or _blame_after(doc, i)):
        return None
    np, why = subject_before(doc, cue, sa)
    if np is None or why != "":
        return None
    return _item(doc, cue, np.start, sb)


def _item(doc: Doc, cue: Cue, a: int, sb: int) -> Item | None:
    span = trim(doc, a, cut(doc, max(a, cue.end), sb))
    if span is None:
        return None
    return Item(span[0], span[1], False, cue, None, "none", CONFIDENCE)


def _be_before(doc: Doc, i: int, lo: int) -> int | None:
    """The form of *be* before the participle at word ``i`` (over a few adverbs), or None."""
    lex = hedge_lexicon()
    j = i - 1
    while j >= lo and i - j <= MAX_ADVERBS + 1 and doc.joined(j):
        if doc.low[j] in lex.be:
            return j
        if doc.low[j] not in lex.adverbs:
            return None
        j -= 1
    return None


def _infinitive_after(doc: Doc, i: int, sb: int) -> bool:
    """``said to be``, ``understood to have asked``: a reporting participle and a verb's
    ``to`` (``reported to police``, ``said to the court`` are prepositions)."""
    k = i + 1
    if doc.low[i] not in hedge_lexicon().report or doc.low[k] != "to" or not doc.joined(k):
        return False
    if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= sb:
        return False
    return doc.low[k + 1] not in hedge_lexicon().not_infinitive and doc.text[doc.starts[k + 1]].islower()


def _blame_after(doc: Doc, i: int) -> bool:
    """``accused of``, ``blamed for``: a blame participle and its own preposition."""
    preps = hedge_lexicon().blame.get(doc.low[i])
    return preps is not None and doc.low[i + 1] in preps


def _extraposed(doc: Doc, b: int, i: int, sb: int) -> bool:
    """``It is believed that …``: an empty ``it`` before *be*, ``that`` after the
    participle; the ``that``-clause is the content."""
    k = i + 1
    return (
        b > 0
        and doc.low[b - 1] == "it"
        and doc.joined(b - 1)
        and doc.low[i] in hedge_lexicon().report
        and doc.low[k] == "that"
        and doc.joined(k)
        and k + 1 < len(doc.starts)
        and doc.starts[k + 1] < sb
    )
