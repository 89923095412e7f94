"""An act one party says was done and another says was not: a denial told as a plain
statement.

News gives an answer to a charge as often in the charge's own words, negated, as with
"denied": the union says "The ministry hid this survey", the ministry's spokeswoman "No
results were hidden"; a doctor says "The brigades were dismantled", the deputy minister "No
brigade was dismantled"; a councillor accuses the mayor "of hiding a deficit", the mayor
says "Nothing has been hidden". No cue says "denied" and the two claims share no content
word but the verb, in another form. What pairs them is the verb's lemma: told done by one
party and not done by another (``contested.json`` ``negated_act``: the negating words and
the light verbs, "made", "done", "taken", that say too little to be one act).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

import regex

from newskit.model import Claim
from newskit.story.features import is_verb_form, lemma

__all__ = ["done_acts", "negated_act_pairs", "undone_acts"]


@cache
def _data() -> dict[str, Any]:
    from newskit.datafiles import package_json

    data: dict[str, Any] = package_json("newskit", "contested.json")["negated_act"]
    return data


def _alt(key: str) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(_data()[key], key=len, reverse=True))


@cache
def _patterns() -> tuple[tuple[regex.Pattern[str], bool], ...]:
    """The shapes of an act said not done, each with its verb (``verb``) and whether the
    verb may be a base form (after ``did not`` only; elsewhere a past form):

    * a negated subject and a passive or perfect verb (``No results were hidden``,
      ``Nothing has been hidden``, ``no rules had been broken``);
    * an auxiliary negated (``did not exceed``, ``had never used``, ``was not warned``);
    * ``never`` and a past form (``never received``);
    * a past form with a negated object (``had "hidden nothing"``, ``broke no rules``)."""
    aux = r"(?:was|were|is|are|has|have|had|be)"
    adverb = r"(?:\p{Ll}+ly\s+)?"
    verb = r"[\"“]?(?P<verb>\p{Ll}{3,})(?![\p{L}'’-])"
    subject = (r"(?<![\p{L}'’-])(?:" + _alt("negated_subjects") + r")(?:\s+[\p{L}'’-]+){0,3}?\s+"
               + aux + r"(?:\s+been)?\s+" + adverb + verb)
    perfect = (r"(?<![\p{L}'’-])(?:had|has|have|was|were|is|are)(?:\s+(?:not|never)|n['’]t)\s+"
               r"(?:been\s+)?" + adverb + verb)
    done = r"(?<![\p{L}'’-])(?:did|does|do)(?:\s+(?:not|never)|n['’]t)\s+" + adverb + verb
    never = r"(?<![\p{L}'’-])never\s+" + adverb + verb
    objects = (r"(?<![\p{L}'’-])[\"“]?(?P<verb>\p{Ll}{3,})\s+(?:" + _alt("negated_objects")
               + r")(?![\p{L}'’-])")
    return tuple((regex.compile(p, regex.I), base) for p, base in
                 ((subject, False), (perfect, False), (done, True), (never, False), (objects, False)))


#: a negation, a modal or a condition in the few words before a verb (``had never been
#: published``, ``would be cleared``, ``if no agreement is reached``): the act is not told
#: done there
_NOT_DONE_BEFORE = regex.compile(r"(?<![\p{L}'’-])(?:not|never|no|nothing|n['’]t|would|could|will|may|might|"
                                 r"should|must|can|if|unless|whether)(?:\s+[\p{L}'’-]+){0,3}\s+$", regex.I)
#: what an ``-ing`` form that tells an act follows (``accused the mayor of hiding``, ``was
#: hiding``): elsewhere it is as often a noun (``the evening``, ``the building``)
_ING_AFTER = regex.compile(r"(?<![\p{L}'’-])(?:of|by|for|was|were|is|are|been)\s+$", regex.I)
_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*")


def _act(word: str) -> str:
    """The lemma of a verb that names an act, or empty for a light verb."""
    base = lemma(word)
    return "" if base in _light() or len(base) < 3 else base


@cache
def _light() -> frozenset[str]:
    return frozenset(lemma(w) for w in _data()["light_verbs"])


#: a condition or an open question the clause opens with before a verb (``if no agreement is
#: reached``, ``whether the barriers had lowered``): no act is told done or not done there
_CONDITION = regex.compile(r"(?<![\p{L}'’-])(?:if|unless|whether|until)(?:\s+[^\s.;:!?,]+){0,6}\s+$", regex.I)


def _conditional(text: str, at: int) -> bool:
    return _CONDITION.search(text, max(0, at - 60), at) is not None


@lru_cache(maxsize=4096)
def undone_acts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemmas of the acts a claim says were not done, those of them said so with a
    negated subject): ``No results were hidden``: ``hid``, both."""
    out: set[str] = set()
    bare: set[str] = set()
    for k, (pattern, base) in enumerate(_patterns()):
        for m in pattern.finditer(text):
            word = m.group("verb").lower()
            if _conditional(text, m.start()):
                continue
            act = _act(word)
            if base:  # "did not exceed": the base form names the act as its past does ("exceeded")
                acts = {act, word} if act else set()
            else:
                acts = {act} if act and _past_form(word) else set()
            out |= acts
            if k == 0:
                bare |= acts
    return frozenset(out), frozenset(bare)


def _past_form(word: str) -> bool:
    """A past or passive form (``hidden``, ``dismantled``), not an ``-ing`` one (``was not
    working`` tells a state, ``the evening`` no act)."""
    return is_verb_form(word) and not word.endswith("ing")


@lru_cache(maxsize=4096)
def done_acts(text: str) -> frozenset[str]:
    """The lemmas of the acts a claim tells done: its verbs in a past or ``-ing`` form with
    no negation, modal or condition just before (``The ministry hid this survey``, ``accused
    the mayor of hiding a deficit``; not ``had never been published``, ``would be cleared``)."""
    out = set()
    for m in _WORD.finditer(text):
        w, before = m.group(), max(0, m.start() - 40)
        if len(w) < 3 or not is_verb_form(w) or _NOT_DONE_BEFORE.search(text, before, m.start()) or \
                (w.endswith("ing") and not _ING_AFTER.search(text, before, m.start())) or _conditional(text, m.start()):
            continue
        act = _act(w)
        if act:
            out.add(act)
    return frozenset(out)


def negated_act_pairs(claims: Sequence[Claim], accusing: Sequence[Claim], one_side: Callable[[str | None, str | None], bool],
                      window: int) -> list[tuple[Claim, Claim]]:
    """(the claim telling an act done, the claim of another party telling it not done): an
    accusing claim and a claim by another side, not itself an allegation, whose negated act
    is one of its acts, when the negation answers: it has no subject but its negation
    (``Nothing has been hidden``), or it comes after the other in its article (``window``
    characters), or its party denies something in the story. A party's own negation
    elsewhere is as often a charge of its own (``the sirens never sounded``)."""
    told = [(a, done_acts(a.text)) for a in accusing if a.source]
    deniers = {c.source for c in claims if c.stance == "denies" and c.source}
    out: list[tuple[Claim, Claim]] = []
    for d in claims:
        if not d.source or d.stance == "alleges":
            continue
        undone, bare = undone_acts(d.text)
        if not undone:
            continue
        denier = any(one_side(d.source, x) for x in deniers)
        out += [(a, d) for a, acts in told if acts & undone and not one_side(a.source, d.source) and not _overlap(a, d)
                and (bool(acts & bare) or denier or _answers_after(a, d, window))]
    return out


def _answers_after(a: Claim, d: Claim, window: int) -> bool:
    """Claim ``d`` comes after ``a`` in its article, within ``window`` characters."""
    return a.article == d.article and a.end <= d.start and d.start - a.end <= window


def _overlap(a: Claim, d: Claim) -> bool:
    """Two claims one span holds (``invoices showed ... where residents said no windows had
    been replaced``): one reports the other."""
    return a.article == d.article and a.start < d.end and d.start < a.end
