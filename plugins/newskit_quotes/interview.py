"""Answers of a question-and-answer interview (issue #14): ``Q: Why now?`` then
``Achterberg: Because the lighthouse is being sold.`` An interview printed as questions
and answers labels each answer with the interviewee's name in Title Case (transcripts of
debates use capitals, read by :func:`.headline.transcript_items`); the answer paragraph is
the label's words, whatever its form (a fragment, ``The audience.``, is an answer too).

Read only where the article prints a question label (``Q:``, ``Question:``) opening a
paragraph, and only for labels that name a person the article names (``Achterberg`` after
``Ifeoma Achterberg``): a rubric (``Analysis:``) or a place (``Lagos:``) is no answer.
"""

from __future__ import annotations

import regex

from .attribution import NP, Cue
from .direct import Item
from .doc import Doc

__all__ = ["interview_items"]

#: A paragraph opening with a question label.
_QUESTION = regex.compile(r"(?:Q|Question|QUESTION)\s*:\s")
#: A paragraph opening with a Title Case label of one to three words.
_ANSWER = regex.compile(r"(\p{Lu}[\p{Ll}'\u2019-]+(?:\s+\p{Lu}[\p{Ll}'\u2019-]+){0,2})\s*:\s")


def interview_items(doc: Doc) -> list[Item]:
    """One item per answer paragraph of a question-and-answer interview."""
    text = doc.text
    if not any(_QUESTION.match(text, a, b) for a, b in doc.paras):
        return []
    names = {w for p in doc.persons for w in p.text.split()} | {p.text for p in doc.persons}
    out: list[Item] = []
    for a, b in doc.paras:
        m = _ANSWER.match(text, a, b)
        if m is None or m.group(1) not in names:
            continue
        start, end = m.end(), b
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 2:
            continue
        first, last = doc.word_at(m.start(1)), doc.word_before(m.end(1))
        c = m.end(1)
        cue = Cue(c, c + 1, last, last, ":", frozenset({"speech"}))
        out.append(Item(start, end, False, cue, NP(doc.starts[first], doc.ends[last], first, last), "np", 0.7))
    return out
