"""A decision and the act it decides are one happening: "the council approved a rent freeze"
and "the freeze will last three years" tell one piece of news, as do "parliament passed the
VAT rise" and "the increase".

Readers take the act decided as the news and the decision as how it came about, while the
events plugin reads two events (a decision, a change) and the story's clustering keeps
their words apart. The link is read from local structure, whatever the act: a mention of a
word of deciding (``newskit/data/decided.json``: approve, vote, order, impose...; never one
that undoes its object, "rejected the plan") governs another event mention of its sentence

* as its object after it: "approved a three-year rent freeze", "voted to freeze",
  "the decision to lift", "a vote on the closure";
* or as the head its clause tells of: "the freeze, approved by the assembly", "the increase
  in the tax that the cabinet approved".

Two story clusters so linked in the sentences of ``min_articles`` articles (the story's own
evidence that its outlets tell them as one) become one, unless their places are in
different countries. Their times may differ: the
decision is dated the day it was taken, the act the day it takes effect. The joined entry
is the act's (its class and words): what happens to people, not the procedure.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import attrs
import regex

from newskit.datafiles import package_json
from newskit.model import Analysis
from newskit.story._common import width
from newskit.story.features import Unit, lemma, place_clash
from newskit.story.predicate import _noun_phrase, is_verbal, text_tokens, verb_stems
from newskit.text import match_ahead
from newskit.timex import compatible

__all__ = ["deciding", "decision_links", "join_decided", "told_as_act"]

Token = tuple[str, int, int, bool]
Key = tuple[str, int, int]

#: "voted to freeze", "voted 9-2 on Friday to raise": a few words of no clause between, no "not"
_TO = regex.compile(r"\s+(?:(?!(?:not|never)\s)[\p{L}\d'’-]+\s+){0,4}to\s+", regex.I)
_OF = regex.compile(r"\s+(?:of|on|for)\s+", regex.I)
_NP = r"[\p{L}\d'’%-]+(?:\s+[\p{L}\d'’%-]+){0,5}"
_AFTER_HEAD = rf"(?:\s+(?:on|in|of|to|for)\s+{_NP})?"
#: "the freeze on rents approved by", "the freeze, approved last week"
_REDUCED = regex.compile(rf"{_AFTER_HEAD}\s*,?\s+", regex.I)
_AGENT = regex.compile(r"\s+(?:by|on|last|this|in|at)\b", regex.I)
#: "the increase in value-added tax that the cabinet approved"
_RELATIVE = regex.compile(rf"{_AFTER_HEAD}\s*,?\s+(?:that|which)\s+{_NP}\s+(?:(?:has|have|had)\s+)?", regex.I)
_MAX_GAP = 90
_AS_ACT = ":decides"
_DAY = 86400.0


@cache
def _spec() -> dict[str, Any]:
    data: dict[str, Any] = package_json("newskit", "decided.json")
    return data


@cache
def _words() -> frozenset[str]:
    return frozenset(lemma(w) for w in _spec()["words"])


def told_as_act(u: Unit) -> bool:
    """The mention is a word of deciding told as the act it decides (:func:`_as_act`): it
    does not name the entry while a word of the act does."""
    return u.source.id.endswith(_AS_ACT)


def deciding(u: Unit) -> bool:
    """The mention is a word of deciding (``decided.json`` ``words``)."""
    return u.lemma in _words()


class _Article:
    """An article's tokens, for the local syntax of its words."""

    def __init__(self, text: str, inflected: frozenset[str]) -> None:
        self.text = text
        self.toks = text_tokens(text)
        self.index = {t[1]: i for i, t in enumerate(self.toks)}
        self.inflected = inflected

    def verbal(self, start: int) -> bool:
        i = self.index.get(start)
        return i is not None and i > 0 and is_verbal(self.toks, i, self.inflected)


def _object_after(doc: _Article, d: Unit, c: Unit) -> bool:
    """``c`` stands as the object of the deciding word ``d`` before it: "voted to freeze",
    "approved a three-year rent freeze" (a verb, then a noun phrase), "the decision to
    lift", "a vote on the closure" (a noun, then to or a preposition and a noun phrase)."""
    gap = doc.text[d.ref.end:c.ref.start]
    if len(gap) > _MAX_GAP or not gap[:1].isspace():
        return False
    if _TO.fullmatch(gap):
        return True  # an event word right after "to" is its verb's infinitive
    if doc.verbal(c.ref.start):
        return False
    if doc.verbal(d.ref.start):
        return _noun_phrase(gap)
    m = _OF.match(gap)
    return m is not None and _noun_phrase(gap[m.end():])


def _head_before(doc: _Article, c: Unit, d: Unit) -> bool:
    """``c`` heads the noun phrase whose clause the deciding verb ``d`` tells: "the freeze,
    approved by the assembly", "the increase in VAT that the cabinet approved"."""
    gap = doc.text[c.ref.end:d.ref.start]
    if len(gap) > _MAX_GAP or doc.verbal(c.ref.start) or not d.ref.text.lower().endswith("ed"):
        return False
    if _RELATIVE.fullmatch(gap):
        return True
    return _REDUCED.fullmatch(gap) is not None and match_ahead(_AGENT, doc.text, d.ref.end) is not None


def decision_links(analyses: Sequence[Analysis], units: Sequence[Unit]) -> list[tuple[Unit, Unit]]:
    """(deciding mention, the act it decides) of every sentence of a dated article that tells
    them so (see the module docstring). Not in undated documents: a collection (ECB+'s
    topics) keeps "decided to" apart from the act it decides, and news comes dated."""
    texts = {a.article.id: a.article.text for a in analyses if a.article.published_date is not None}
    by_sentence: dict[tuple[str, int], list[Unit]] = {}
    for u in units:
        if u.ref.article in texts:
            by_sentence.setdefault((u.ref.article, u.sentence_index), []).append(u)
    deciders = {k for k, us in by_sentence.items() if any(deciding(u) for u in us)}
    if not deciders:
        return []
    inflected = verb_stems(texts.values())
    docs = {art: _Article(texts[art], inflected) for art in {k[0] for k in deciders}}
    out: list[tuple[Unit, Unit]] = []
    for k in sorted(deciders):
        doc, mates = docs[k[0]], by_sentence[k]
        for d in (u for u in mates if deciding(u)):
            for c in mates:
                if c.ref.start == d.ref.start or deciding(c):
                    continue
                if (c.ref.start > d.ref.end and _object_after(doc, d, c)) or \
                        (c.ref.end < d.ref.start and _head_before(doc, c, d)):
                    out.append((d, c))
    return out


def join_decided(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]]
                 ) -> tuple[list[list[Unit]], frozenset[Key]]:
    """``clusters`` with every two that a decision links to the act it decides made one
    (:func:`_roots`), in the place of the first of its parts. Every word of deciding in a
    joined cluster ("approved", "the decision") is told as the act decided (:func:`_as_act`:
    its class and family), so the entry is named by what happens, not by the procedure, and
    no class of deciding keeps the act's other words apart. With the keys of the linked
    mentions: a decision told with what it decides is an act done, never a process another
    act is done to (story/frames.py ``themed_acts``)."""
    links = decision_links(analyses, [u for c in clusters for u in c])
    where = {u.key: n for n, c in enumerate(clusters) for u in c}
    roots = _roots(clusters, [(where[d.key], where[c.key], d.ref.article) for d, c in links])
    parts = Counter(roots)
    acts = _group_acts([(roots[where[c.key]], c) for d, c in links
                        if roots[where[d.key]] == roots[where[c.key]] and parts[roots[where[c.key]]] > 1])
    joined: dict[int, list[Unit]] = {}
    for n, cluster in enumerate(clusters):
        act = acts.get(roots[n])
        joined.setdefault(roots[n], []).extend(
            _as_act(u, act) if act is not None and deciding(u) else u for u in cluster)
    return [joined[n] for n in sorted(joined)], frozenset(k for d, c in links for k in (d.key, c.key))


def _group_acts(decided: Sequence[tuple[int, Unit]]) -> dict[int, Unit]:
    """Per joined group, the act its decisions decide: the most often linked (class,
    family), its first mention on a tie."""
    counts: Counter[tuple[int, str, str]] = Counter((g, u.source.type, u.family) for g, u in decided)
    out: dict[int, Unit] = {}
    for g, u in sorted(decided, key=lambda x: (-counts[(x[0], x[1].source.type, x[1].family)], x[1].key)):
        out.setdefault(g, u)
    return out


def _roots(clusters: Sequence[Sequence[Unit]], links: Sequence[tuple[int, int, str]]) -> list[int]:
    """Each cluster's representative (the first of its group) once every two clusters that
    ``links`` (decision cluster, act cluster, article) join in ``min_articles`` articles'
    sentences are one, unless what each has gathered so far is set apart (:func:`_apart`)."""
    evidence: dict[tuple[int, int], set[str]] = {}
    for a, b, article in links:
        if a != b:
            evidence.setdefault((min(a, b), max(a, b)), set()).add(article)
    need = int(_spec()["min_articles"])
    parent = list(range(len(clusters)))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    groups = {n: list(c) for n, c in enumerate(clusters)}
    for (a, b), arts in sorted(evidence.items()):
        ra, rb = sorted((root(a), root(b)))
        if ra != rb and len(arts) >= need and not _apart(groups[ra], groups[rb]):
            parent[rb] = ra
            groups[ra].extend(groups.pop(rb))
    return [root(n) for n in range(len(clusters))]


def _as_act(d: Unit, act: Unit) -> Unit:
    """The deciding mention ``d`` told as the act it decides: its class and family (its
    article event's other words still tell the decision, and still link it), with no participant
    that sets it apart from the act's other mentions: who decided ("ordered by the High
    Court") need not take part in what was decided."""
    source = attrs.evolve(d.source, id=f"{d.source.id}{_AS_ACT}", type=act.source.type)
    return attrs.evolve(d, family=act.family, source=source,
                        persons=frozenset(), who=frozenset(), surnames=frozenset())


def _apart(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """Most pairs of the two clusters' article events that both state a place name places in
    different countries, or their decisions are dated to days that exclude each other (a
    vote on Tuesday, an approval on Friday: two decisions). The act's times set nothing
    apart: a decision is dated the day it was taken, what it decides the day it takes
    effect ("approved on Tuesday", "from July 1")."""
    ours, theirs = _decision_days(units), _decision_days(host)
    if ours and theirs and not any(compatible(a, b) for a in ours for b in theirs):
        return True
    return _places_apart(units, host)


def _decision_days(units: Sequence[Unit]) -> set[str]:
    """The times, a day wide or closer, of the cluster's words of deciding."""
    return {u.source.when for u in units if deciding(u) and u.source.when and width(u.source.when) <= _DAY}


def _places_apart(units: Sequence[Unit], host: Sequence[Unit]) -> bool:
    """Most pairs of the two clusters' article events that both state a place name places in
    different countries."""
    ours, theirs = _told(units), _told(host)
    clash = told = 0
    for u in ours.values():
        for v in theirs.values():
            out = place_clash(u.source, v.source)
            told += int(out or (_places(u) and _places(v)))
            clash += int(out)
    return 2 * clash > told


def _told(units: Sequence[Unit]) -> Mapping[tuple[str, int], Unit]:
    seen: dict[tuple[str, int], Unit] = {}
    for u in units:
        seen.setdefault((u.ref.article, u.event), u)
    return seen


def _places(u: Unit) -> bool:
    return bool(u.source.where or u.source.country)
