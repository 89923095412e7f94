"""A surname written alone with its lower-case particle inside a sentence: ``behind de
Klerk``, ``de Silva 4-0-25-0``, ``a portrait by van Dyck``.

A run of capitalised words opens at a capital, so the particle before the surname is left
out of it and the surname alone (``Klerk``) is weighed as a lone word: no cue, no name. In
English news a lower-case ``de``, ``van``, ``von``, ``da``, ``dos`` (``lone_particles`` of
``data/lexicon.json``) before a capitalised word that does not follow another capitalised
word (``Rio de Janeiro``, ``Tour de France`` are one run) opens a person's surname: the
particle and the one or two capitalised words after it are the name, when they are no
place, month, body or ordinary English word.
"""

from __future__ import annotations

from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["particle_surnames"]

#: how frequent a word after the particle may be and still be read as a surname (``Silva``)
_SURNAME_ZIPF = 4.0

_Accepted = list[tuple[Candidate, int, int]]
_Deferred = list[tuple[int, int, int]]


def particle_surnames(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], accepted: _Accepted, deferred: _Deferred
) -> tuple[_Accepted, _Deferred]:
    """The surnames opened by a lower-case particle, in place of what their capitalised
    words were read as alone."""
    found = [(ci - 1, cj) for ci, cj in chunks if _particle_surname(doc, lex, ci, cj)]
    if not found:
        return accepted, deferred

    def clash(a: int, b: int) -> bool:
        return any(fa < b and a < fb for fa, fb in found)

    kept = [x for x in accepted if not clash(x[1], x[2])]
    new = [(Candidate(list(doc.toks[a:b]), doc.toks[a].start, doc.toks[b - 1].end), a, b) for a, b in found]
    return kept + new, [r for r in deferred if not clash(r[0], r[1])]


def _particle_surname(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """Whether the run ``toks[ci:cj]`` (one or two words) is a surname whose lower-case
    particle stands right before it, after no capitalised word."""
    if ci < 1 or cj - ci > 2:
        return False
    toks = doc.toks
    p = toks[ci - 1]
    if p.folded not in lex.lone_particles or not p.text.islower() or doc.text[p.end : toks[ci].start] != " ":
        return False
    if ci >= 2 and toks[ci - 2].text[:1].isupper() and doc.text[toks[ci - 2].end : p.start] == " ":
        return False  # "Rio de Janeiro": the runs join there already
    if doc.caps_word(ci):
        return False
    for t in toks[ci:cj]:
        f = t.folded
        if (lex.common(f, _SURNAME_ZIPF) and f not in lex.surnames) or f in lex.places or f in lex.months:
            return False
        if f in lex.org_cues or f in lex.stop_caps or f in lex.title_words or len(t.text) < 2 or t.text.isupper():
            return False
    return True
