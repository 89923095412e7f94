"""A body's or a thing's short form: news names a firm, a club, a ship or an agency in full
once and by its first word after (``Caldera Energy Partners won the concession ...
Caldera said``, ``Hartwell Athletic were relegated ... Hartwell finished 18th``). A
person is shortened the other way, to the last word of the name (``Ngozi Okafor ...
Okafor said``), so a lone word that the same article writes as the first word of a longer
capitalised name, which it reads as no person, is that name's short form, no person."""

from __future__ import annotations

from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["drop_short_forms"]


def drop_short_forms(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """``accepted`` without the lone names that are the short form of a longer name the
    article gives and reads as no person. The longer name stands in prose (a Title Case
    or ALL CAPS headline capitalises a verb after a surname: ``Okafor Wins Seat``), its
    second word is no time or function word (``Okafor Tuesday``), and no person the article
    names in full holds the word (``Tom Harwell`` makes ``Harwell`` his, whatever
    ``Harwell Bank`` is)."""
    lone = {doc.toks[a].folded for _, a, b in accepted if b - a == 1}
    if not lone:
        return accepted
    covered = {i for _, a, b in accepted for i in range(a, b)}
    people = {t.folded for c, _, _ in accepted if len(c.names) > 1 for t in c.names}
    short: set[str] = set()
    for ci, cj in chunks:
        if cj - ci < 2:
            continue
        f = doc.toks[ci].folded
        if f not in lone or f in people or f in short or ci in covered or ci + 1 in covered:
            continue
        if doc.title_word(ci) or doc.caps_line(doc.toks[ci].start) or doc.toks[ci].possessive:
            continue
        nf = doc.toks[ci + 1].folded
        if nf in lex.months or nf in lex.stop_caps:
            continue
        short.add(f)
    if not short:
        return accepted
    return [x for x in accepted if not (x[2] - x[1] == 1 and doc.toks[x[1]].folded in short)]
