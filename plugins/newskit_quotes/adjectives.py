"""Attributions by adjectives of knowing, believing and feeling (issue #14):
``Doctors are convinced that the vaccine works``, ``The coach was confident his side
would win``, ``The minister made it clear that no deal would be signed``, and stances
toward a thing by an adjective or a noun after a linking verb: ``has been critical of
the plan``, ``is a vocal critic of the scheme``.

An adjective of ``data/adjectives.json`` after a linking verb (``is``, ``remained``,
``grew``; degree adverbs between) reports the clause after it: a ``that``-clause, or a
finite clause without ``that``. The speaker is the linking verb's subject, read as for a
verb of saying, and must be able to speak (a person, organisation, role, pronoun). ``made
it clear that`` is the same frame with ``make`` and ``it``. An adjective before a noun
(``a confident team``), with a preposition (``sure of``, ``aware of``: a noun object, no
clause) or with an infinitive (``sure to win``: a prediction about the subject, not its
view) reports nothing. An adjective or noun of stance takes the object of its own
prepositions (``critical of``, ``worried about``, ``a supporter of``) and nothing else
(``critical to``, ``a supporter in Ohio``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .attribution import NP, Cue, subject_before
from .clause import finite_clause
from .content_end import cut, trim
from .cues import load_json
from .direct import Item
from .doc import Doc
from .reported import _plausible

__all__ = ["adjective_items"]

#: The most degree adverbs between a linking verb and its adjective (``not entirely sure``).
MAX_DEGREE = 2

#: The fewest characters of a ``that``-less clause (``it works`` is too little to tell).
MIN_CLAUSE = 12


@dataclass(frozen=True)
class AdjectiveLexicon:
    adjectives: frozenset[str]
    linking: frozenset[str]
    make: frozenset[str]
    made_it: frozenset[str]
    degree: frozenset[str]
    with_preposition: dict[str, frozenset[str]]  # adjective -> prepositions of its object
    stance_nouns: dict[str, frozenset[str]]  # noun -> prepositions of its object
    with_infinitive: frozenset[str] = frozenset()  # adjectives of intention ("willing to")


@cache
def adjective_lexicon() -> AdjectiveLexicon:
    d = load_json("adjectives.json")
    return AdjectiveLexicon(
        adjectives=frozenset(d["adjectives"]),
        linking=frozenset(d["linking"]),
        make=frozenset(d["make"]),
        made_it=frozenset(d["made_it"]),
        degree=frozenset(d["degree"]),
        with_preposition={w: frozenset(p) for w, p in d.get("with_preposition", {}).items()},
        stance_nouns={w: frozenset(p) for w, p in d.get("stance_nouns", {}).items()},
        with_infinitive=frozenset(d.get("with_infinitive", ())),
    )


def _linking_before(doc: Doc, i: int, lo: int) -> int | None:
    """The linking verb before the adjective at word ``i`` (over degree adverbs), or None."""
    lex = adjective_lexicon()
    j = i - 1
    while j >= lo and i - j <= MAX_DEGREE + 1 and doc.joined(j):
        w = doc.low[j]
        if w in lex.linking:
            return j
        if w not in lex.degree and not (w.endswith("ly") and doc.text[doc.starts[j]].islower()):
            return None
        j -= 1
    return None


def _made_it(doc: Doc, i: int, lo: int) -> int | None:
    """``made it clear``, ``made clear that`` (the object clause after the adjective, no
    ``it``): the index of the ``make`` verb, or None."""
    j = i - 1
    if j >= lo and doc.low[j] in adjective_lexicon().make and doc.joined(j) and i + 1 < len(doc.low) \
            and doc.low[i + 1] == "that" and doc.joined(i):
        return j
    if j - 1 < lo or doc.low[j] != "it" or not doc.joined(j) or not doc.joined(j - 1):
        return None
    return j - 1 if doc.low[j - 1] in adjective_lexicon().make else None


def _clause_start(doc: Doc, i: int, sb: int) -> int | None:
    """Where the clause held by the adjective at word ``i`` starts, or None."""
    k = i + 1
    if k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(i):
        return None
    if doc.low[k] == "that":  # after an adjective "that" opens its clause ("sure that no one …")
        k += 1
        return doc.starts[k] if k < len(doc.starts) and sb - doc.starts[k] >= MIN_CLAUSE else None
    if sb - doc.starts[k] >= MIN_CLAUSE and finite_clause(doc, k, sb):
        return doc.starts[k]
    return None


#: The most modifiers between an article and its stance noun (``a consistent and
#: outspoken supporter of``).
MAX_NOUN_MODIFIERS = 4
_ARTICLES = frozenset({"a", "an", "the", "one"})


def _noun_linking(doc: Doc, i: int, lo: int) -> int | None:
    """``has been a vocal critic of``: the linking verb before the article of the stance
    noun at word ``i`` (over lower-case modifiers), or None."""
    j = i - 1
    while j >= lo and i - j <= MAX_NOUN_MODIFIERS + 1 and doc.joined(j):
        if doc.low[j] in _ARTICLES:
            return _linking_before(doc, j, lo)
        if not doc.text[doc.starts[j]].islower():
            return None
        j -= 1
    return None


def _object_start(doc: Doc, i: int, preps: frozenset[str], sb: int) -> int | None:
    """Where the object of ``critical of``, ``a critic of`` starts, or None."""
    k = i + 1
    if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= sb or doc.low[k] not in preps:
        return None
    return doc.starts[k + 1] if doc.joined(i) and doc.joined(k) else None


def _frame(doc: Doc, i: int, lo: int, sb: int) -> tuple[int, int] | None:
    """The linking (or ``make``) verb and the content start of the frame at word ``i``."""
    lex = adjective_lexicon()
    w = doc.low[i]
    if w in lex.made_it:
        v = _made_it(doc, i, lo)
        a = _clause_start(doc, i, sb) if v is not None else None
        return (v, a) if v is not None and a is not None else None
    v = _noun_linking(doc, i, lo) if w in lex.stance_nouns else _linking_before(doc, i, lo)
    if v is None:
        return None
    a = _clause_start(doc, i, sb) if w in lex.adjectives else None
    if a is None and w in lex.with_preposition:
        a = _object_start(doc, i, lex.with_preposition[w], sb)
    if a is None and w in lex.stance_nouns:
        a = _object_start(doc, i, lex.stance_nouns[w], sb)
    if a is None and w in lex.with_infinitive:
        a = _infinitive_start(doc, i, sb)
    return (v, a) if a is not None else None


#: Words after ``to`` that make it a preposition or a state, not an act intended
#: (``ready to the last``, ``willing to be named``).
_NOT_INFINITIVE = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                             "these", "those", "him", "them", "us", "me", "be"})


def _infinitive_start(doc: Doc, i: int, sb: int) -> int | None:
    """``were willing to go forward``: where ``to`` and its verb start, or None."""
    k = i + 1
    if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= sb or doc.low[k] != "to" or not doc.joined(i) \
            or not doc.joined(k) or doc.low[k + 1] in _NOT_INFINITIVE or not doc.text[doc.starts[k + 1]].islower():
        return None
    return doc.starts[k]


def _one(doc: Doc, i: int, sa: int, sb: int) -> Item | None:
    found = _frame(doc, i, doc.word_at(sa), sb)
    if found is None:
        return None
    v, a = found
    verb = Cue(doc.starts[v], doc.ends[v], v, v, doc.low[v], frozenset({"belief"}))
    np, why = subject_before(doc, verb, sa)
    if np is None or why not in ("", "rel") or not _plausible(doc, np):
        return None
    span = trim(doc, a, cut(doc, a, sb))
    if span is None:
        return None
    cue = Cue(doc.starts[v], doc.ends[i], v, i, " ".join(doc.low[v : i + 1]), frozenset({"belief", "adjective"}))
    return Item(span[0], span[1], False, cue, NP(np.start, np.end, np.first, np.last, np.shown), "np", 0.6)


def adjective_items(doc: Doc) -> list[Item]:
    """Attributions by adjectives of knowing and feeling, outside quotations."""
    lex = adjective_lexicon()
    words = lex.adjectives.union(lex.made_it, lex.with_preposition, lex.stance_nouns, lex.with_infinitive)
    out: list[Item] = []
    hits = doc.words_in(words)
    for sa, sb in doc.sents:
        for i in doc.sentence_hits(hits, sa, sb):
            if not doc.in_quote(doc.starts[i]):
                item = _one(doc, i, sa, sb)
                if item is not None:
                    out.append(item)
    return out
