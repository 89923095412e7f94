"""An outlet as the source of its own narration.

An outlet tells what it found in its own voice: ``A ransom was paid, the Evening Post
understands``, ``the paper's investigation found that ...``, ``an analysis by the Post
showed that ...``. No person speaks there, yet the claim has a source: the outlet that
published the article (or, in another outlet's article, the outlet it names). Read as a
clause with its subject and verb after it (postposed) or before it with ``that``
(preposed); the words are data (``data/narration.json``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit import Article, Span
from newskit.patterns import read_data
from newskit.text import compile_pattern
from newskit_claims.candidate import Candidate, trim

__all__ = ["Narrated", "narrated", "narration_candidates"]


@frozen
class Narrated:
    """A clause an outlet tells in its own voice: its span, the outlet's name (the
    self-noun, ``newspaper``, when the article names no outlet), the verb and its span."""

    start: int
    end: int
    source: str
    cue: str
    cue_span: tuple[int, int]
    source_span: tuple[int, int]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data(__package__, "narration.json"))
    return data


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NAME = r"\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}"


@cache
def _patterns() -> tuple[Any, Any]:
    """(postposed, preposed): ``<clause>, <who> <verb>.`` and ``<who> <verb> that <clause>``;
    ``who`` is the outlet (``the``/``this`` + a self-noun or a name) or its investigation."""
    d = _data()
    selfn = rf"(?:the|this|our)\s+(?:{_alt(d['self_nouns'])})"
    outlet = rf"(?P<name>(?:the\s+)?{_NAME}|{selfn})"
    work = _alt(d["investigation_nouns"])
    who = (rf"(?:{outlet}['’]s?\s+(?:own\s+)?(?:\p{{Ll}}+\s+)?(?P<work>{work})"
           rf"|(?i:an?|the)\s+(?:\p{{Ll}}+\s+)?(?P<work2>{work})\s+by\s+{outlet.replace('name', 'name2')}"
           rf"|{outlet.replace('name', 'name3')})")
    verbs = rf"(?P<cue>{_alt(d['exclusive_verbs'] + d['finding_verbs'])})"
    when = r"(?:\s+(?:on|last|this|earlier|late)\s+\p{L}+)?"  # "this newspaper revealed on Monday"
    post = compile_pattern(rf",\s+(?P<who>{who})\s+{verbs}{when}(?=\s*(?:[.;!?]|,\s+\p{{Ll}}|$))")
    pre = compile_pattern(rf"(?P<who>{who})\s+(?:\p{{Ll}}+ly\s+)?{verbs}{when}\s+that\s+")
    return post, pre


def _exclusive(cue: str) -> bool:
    return " ".join(cue.lower().split()) in _data()["exclusive_verbs"]


def _outlet_of(m: regex.Match[str], outlet: str | None) -> tuple[str, tuple[int, int]] | None:
    """The source a match names: the article's own outlet when the subject is a self-noun
    or that outlet's name, another name only with a verb no one but an outlet uses (``the
    Chronicle understands``) or with its investigation (``an analysis by the Post``)."""
    key = next(k for k in ("name", "name2", "name3") if m.group(k) is not None)
    said = regex.sub(r"^(?:the|this|our)\s+", "", m.group(key), flags=regex.I)
    span = m.span(key)
    low = said.lower()
    if any(low == n for n in _data()["self_nouns"]):
        return outlet or said, span
    if outlet is not None and (low == outlet.lower() or low.removeprefix("the ") == outlet.lower()):
        return outlet, span
    if _exclusive(m.group("cue")) or m.group("work") or m.group("work2"):
        return said.removesuffix("'s").removesuffix("’s"), span
    return None


def narrated(text: str, sents: Sequence[Span], outlet: str | None) -> list[Narrated]:
    """The clauses of ``text`` that its outlet (named ``outlet``) or another outlet it names
    tells in its own voice."""
    post, pre = _patterns()
    out: list[Narrated] = []
    for sent in sents:
        for m in post.finditer(text, sent.start, sent.end):
            who = _outlet_of(m, outlet)
            if who is not None and m.start() > sent.start:
                out.append(Narrated(sent.start, m.start(), who[0], m.group("cue"), m.span("cue"), who[1]))
        m = pre.match(text, sent.start, sent.end)  # a preposed subject opens its sentence
        if m is not None:
            who = _outlet_of(m, outlet)
            if who is not None and m.end() < sent.end:
                out.append(Narrated(m.end(), sent.end, who[0], m.group("cue"), m.span("cue"), who[1]))
    return out


def narration_candidates(article: Article, sents: Sequence[Span]) -> list[Candidate]:
    """The clauses the article's outlet tells in its own voice, as the outlet's reports;
    read after every other construction, so any other reading of a clause wins."""
    meta = article.metadata.get("outlet")
    outlet = article.source or (meta if isinstance(meta, str) else None)
    return [Candidate(*trim(article.text, n.start, n.end), n.source, n.cue, "reports", "construction", n.source_span,
                      n.cue_span, "outlet") for n in narrated(article.text, sents, outlet)]
