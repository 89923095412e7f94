"""Which claim a denial answers: an allegation or report before it by another source, an
assertion just before it or sharing its words, a claim it points back at."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit.text import has_word
from newskit_claims.candidate import Candidate
from newskit_claims.grammar import patterns
from newskit_claims.lexical import NOT_NP, SENTENCE_GAP
from newskit_claims.named_accuser import named_accuser


def denial_targets(text: str, split: Sequence[Candidate], stances: dict[int, str]) -> dict[int, Candidate]:
    """For each denial, the claim before it that it answers: an allegation or report, an
    assertion just before it or sharing a long word with it; and, for a denial that points
    back (``called the claim baseless``, ``there had been no such warnings``), the latest
    claim by another source in its sentence or the two before, a reported one over a
    direct quote that only illustrates it."""
    targets: dict[int, Candidate] = {}
    for i, c in enumerate(split):
        if stances[id(c)] != "denies":
            continue
        back = _points_back(text, c)
        named = named_accuser(text, c.cue_ref[1], c.end) if c.cue_ref else None
        quoted: Candidate | None = None
        for j in range(i - 1, max(-1, i - 30), -1):  # the allegation a denial answers
            prev = split[j]
            if c.start - prev.end > 700:
                break
            if prev.start < c.end and c.start < prev.end:
                continue  # "An inspection found no evidence ..., a spokesman said": the report of the denial
            if _nested(prev, split[max(0, j - 4):j]):
                continue  # "Duarte said the board had promised him time": Duarte's claim, not the board's
            if _body_key(prev.source) == _body_key(c.source) or (named is not None and not _named_in(
                    prev.source or "", text, *named)):
                continue  # "dismissed a claim by a self-described pirate": that one's claim only
            if stances[id(prev)] in ("alleges", "reports") or \
                    (stances[id(prev)] == "asserts" and c.start - prev.end <= 150
                     and not SENTENCE_GAP.search(text, prev.end, c.start)) or \
                    (stances[id(prev)] == "asserts" and _shares_word(text, prev, c)) or \
                    (stances[id(prev)] == "asserts" and len(SENTENCE_GAP.findall(text, prev.end, c.start)) <= 1
                     and _shares_word(text, prev, c, _CONTENT_WORD)):
                targets[id(c)] = prev  # an assertion just before a denial is what it answers
                break
            if back and stances[id(prev)] in ("asserts", "predicts") and \
                    len(SENTENCE_GAP.findall(text, prev.end, c.start)) <= 2:
                if not _direct(text, prev):
                    targets[id(c)] = prev
                    break
                quoted = quoted or prev
        if id(c) not in targets and quoted is not None:
            targets[id(c)] = quoted
    return targets


#: a company's legal form after its name (``Selvane Shipping Ltd`` is ``Selvane Shipping``)
_LEGAL_FORM = regex.compile(r"(?:\s+(?:Corp|Corporation|Inc|Ltd|Co|Group|plc|PLC|LLC|AG|SA|NV|Holdings))+\.?$")


def _nested(c: Candidate, before: Sequence[Candidate]) -> bool:
    """Whether a claim lies inside another claim read before it (a report within a report:
    ``Duarte said the board had promised him time``): the outer speaker asserts it."""
    return any(o is not c and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end)
               for o in before)


def _body_key(source: str | None) -> str | None:
    """One key for the spellings of one source within an article: with or without the
    legal form, in any case."""
    return _LEGAL_FORM.sub("", source).casefold() if source else source


_NEGATION = regex.compile(r"(?<![\p{L}'’])(?:not|never|no|none|nothing|n['’]t)(?![\p{L}])", regex.I)

#: a negated intention, promise or refusal (``would not load coal until ...``, ``We will
#: not let foreign fleets ...``, ``agreed not to disclose the terms``): a modal of the future
#: or an infinitive negated, before a verb other than ``have``/``be`` (``would not have
#: happened``, ``will not be affected`` still say what is or was)
_INTENDED_NOT = regex.compile(r"(?<![\p{L}'’])(?:(?:will|would|shall)\s+(?:\p{L}+ly\s+)?not|(?:won|wouldn|shan)['’]t"
                              r"|not\s+to)\s+(?!(?:have|be|been|being)(?![\p{L}]))\p{L}", regex.I)
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}'’-]{2,}")


def _named_in(source: str, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` names a source: a capitalised word of its name (``Corvane``
    for ``Corvane Systems``), or the head of a common-noun source (``the zoo``)."""
    words = [w for w in _NAME_WORD.findall(source) if w.lower() not in NOT_NP and w.lower() != "the"]
    if not words:
        return False
    heads = {w for w in words if w[:1].isupper()} or {words[-1]}
    seg = text[s:e]
    return any(has_word(seg, w, ignore_case=True) for w in heads)


def answering_negations(text: str, split: Sequence[Candidate], stances: dict[int, str]) -> dict[int, Candidate]:
    """A negated assertion by the one another source's claim just named answers that claim,
    though it says no word of denying: ``Renzi blamed a faulty update pushed by Corvane.``
    / ``Corvane said its update ... was not the cause``; ``Pike said he had warned the zoo
    ...`` / ``The zoo said it had no record of any complaint from Mr Pike``. The claim
    answered is by another source, at most two sentences before, names the asserter, and
    shares a content word with the assertion or is named by it. Such assertions become
    denials; returned with the claim each answers."""
    turned: dict[int, Candidate] = {}
    for i, c in enumerate(split):
        if stances[id(c)] != "asserts" or not c.source or not _denies_something(text, c):
            continue
        for j in range(i - 1, max(-1, i - 8), -1):
            prev = split[j]
            if prev.end > c.start:
                continue  # a claim holding this one is no claim before it
            if len(SENTENCE_GAP.findall(text, prev.end, c.start)) > 2:
                break
            if not prev.source or _body_key(prev.source) == _body_key(c.source) or \
                    stances[id(prev)] not in ("alleges", "asserts", "reports"):
                continue
            if _named_in(c.source, text, prev.start, prev.end) and (
                    _shares_word(text, prev, c, _CONTENT_WORD) or _named_in(prev.source, text, c.start, c.end)
                    or _SELF_SUBJECT.match(text, c.start, c.end) is not None):
                stances[id(c)] = "denies"
                turned[id(c)] = prev
            break
    return turned


def _denies_something(text: str, c: Candidate) -> bool:
    """Whether a claim's words hold a negation that says something is not so, not only a
    negated intention (``drivers would not load coal until the rates were restored``,
    ``agreed not to disclose the terms``): a refusal or a promise answers no charge."""
    intended = [m.span() for m in _INTENDED_NOT.finditer(text, c.start, c.end)]
    return any(not any(s <= n.start() < e for s, e in intended) for n in _NEGATION.finditer(text, c.start, c.end))


#: reported content whose subject is its speaker (``Gasnor said it had received no
#: complaint``, ``said its software had not been at fault``): a pronoun or possessive
#: opening it (the closed class), the speaker speaking of itself
_SELF_SUBJECT = regex.compile(r"(?:it|its|we|our|he|his|she|her|they|their)(?![\p{L}'’-])", regex.I)


def _points_back(text: str, c: Candidate) -> bool:
    """Whether a denial points back at what it answers: its object right after the cue is
    a definite charge noun (``called the claim baseless``, ``rejected the union's
    accusation``; not ``... had not provided any evidence for the claim`` further on), or
    it says that what was just told never was (``no such warnings``, ``none of its staff
    had been involved``, ``no blasting had taken place``) or is untrue (``That is simply
    untrue``: the demonstrative is what was just told)."""
    p = patterns()
    hi = min(c.end, max(c.start, c.cue_ref[1] if c.cue_ref else c.start) + 50)
    if p["points_back"].search(text, c.start, hi) is not None:
        return True
    content = text[c.start:min(c.end, c.start + 300)]
    # "That is simply untrue": a demonstrative subject stands for what was just said
    return any(p[k].match(content) for k in ("none_such", "none_involved", "none_happened", "no_truth"))


def _direct(text: str, c: Candidate) -> bool:
    """Whether a claim is a direct quote (its words in quotation marks)."""
    return c.origin == "quote" and text[max(0, c.start - 1):c.start] in ("\"", "“", "‘", "'")


_LONG_WORD = regex.compile(r"\b\p{Ll}{7,}\b")
#: a lower-case word of five letters or more that is no function word
_CONTENT_WORD = regex.compile(r"\b(?!(?:about|above|after|again|being|below|could|every|first|their|there|these|those|"
                              r"under|until|where|which|while|would|should|since|other|still|never|without|within)\b)"
                              r"\p{Ll}{5,}\b")


def _shares_word(text: str, a: Candidate, b: Candidate, pattern: regex.Pattern[str] = _LONG_WORD) -> bool:
    """Whether two claims share a long lower-case word: ``Survivors said the ferry had been
    overloaded`` is what ``X denied that the ship had been overloaded`` answers; with
    ``_CONTENT_WORD``, any content word (for an assertion in the sentence just before:
    ``the plant had released toxic gas`` / ``denied that any toxic gas had escaped``)."""
    words = set(pattern.findall(text, a.start, a.end))
    return any(w in words for w in pattern.findall(text, b.start, b.end))
