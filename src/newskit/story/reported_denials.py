"""A denial told in reported speech accuses no one.

News gives a party's denial through whoever speaks for it: ``Her lawyer said her client
denied any involvement``, ``A spokesman told reporters the company rejected the claims``,
``The chairman said the board "categorically rejects" the claim that it ignored
warnings``. The claims plugin reads two claims there: the denial (cue ``denied``) and the
speaker's report of it (cue ``said``), an assertion or, when the reported words name a
charge (``the claim that it ignored warnings``), an allegation. The report is the same
denial, not a charge of the speaker's: paired as one, it makes the defence an accuser and
answers it with the next denial of the story (the client's own ``denies the charges`` in
another outlet).

A claim is such a report when a denial of its article has its cue inside the claim, after
no more than a subject's few words (``contested.json`` ``reported_denial_words``) and no
clause break: the reported clause opens with who denies and the verb of denying.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from newskit.datafiles import package_json
from newskit.model import Claim

__all__ = ["reported_denials"]

#: a word of the words before the denial's cue
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
#: what ends a subject: a clause's punctuation
_BREAK = regex.compile(r"[,;:()]|\s[-–—]\s")


@cache
def _most_words() -> int:
    """How many words a reported denial's subject may have (``contested.json``)."""
    return int(package_json("newskit", "contested.json")["reported_denial_words"])


def _opens_with_denial(c: Claim, d: Claim) -> bool:
    """Whether denial ``d``'s cue lies in claim ``c`` after its subject only."""
    cue = d.cue_ref
    if cue is None or d is c or d.article != c.article or not c.start <= cue.start < c.end:
        return False
    head = c.text[:cue.start - c.start]
    return _BREAK.search(head) is None and len(_WORD.findall(head)) <= _most_words()


def reported_denials(claims: Sequence[Claim]) -> frozenset[int]:
    """The ``id()`` of each claim that is not a denial and reports one (module docstring)."""
    by_article: dict[str, list[Claim]] = {}
    for d in claims:
        if d.stance == "denies":
            by_article.setdefault(d.article, []).append(d)
    return frozenset(id(c) for c in claims if c.stance != "denies"
                     and any(_opens_with_denial(c, d) for d in by_article.get(c.article, ())))
