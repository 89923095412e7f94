"""Headline runs cut into name pieces: a Title Case headline capitalises its verbs and
nouns (``William Ruto Signs Finance Bill``), so a run is cut at its ordinary words and at
a capitalised auxiliary (``Donald Trump Is Right``)."""

from __future__ import annotations

from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon
from newskit_persons.word_classes import given_name

__all__ = ["clause_pieces", "title_pieces"]


def title_pieces(doc: Doc, lex: Lexicon, ci: int, cj: int) -> list[tuple[int, int]]:
    """``William Ruto Signs Finance Bill``, ``as Dam Levels Fall``: in a Title Case
    headline every word is capitalised, so a run is cut at its ordinary words (frequent
    English words that are no given name); the pieces left are read as names."""
    if cj - ci < 2 or not doc.title_word(ci):
        return [(ci, cj)]
    out: list[tuple[int, int]] = []
    a = ci
    verbs = not _listing(doc, ci)
    for x in range(ci, cj + 1):
        f = doc.toks[x].folded if x < cj else ""
        if x == cj or _ordinary(lex, f) or (verbs and _headline_word(lex, f) and not _surname_after_given(doc, lex, a, x)):
            if x > a and not (f in lex.org_cues or f in lex.place_heads):
                out.append((a, x))  # not before a head: "Betty Ford Clinic" is no "Betty Ford"
            a = x + 1
    return out


def clause_pieces(doc: Doc, lex: Lexicon, ci: int, cj: int) -> list[tuple[int, int]]:
    """``Donald Trump Is Right``, ``Hillary Clinton Was Headed``: a capitalised auxiliary
    verb after two words or more of a run ends the name there (a headline capitalises its
    verbs, however the line ends); what follows it is read on its own."""
    out: list[tuple[int, int]] = []
    a = ci
    for x in range(ci + 2, cj):
        if x - a >= 2 and doc.toks[x].folded in lex.auxiliaries:
            out.append((a, x))
            a = x + 1
    if a < cj:
        out.append((a, cj))
    return out


def _listing(doc: Doc, ci: int) -> bool:
    """A capitalised line of two commas or more is a list (``Billy Mayfair , Ken Green ,
    Jerry Kelly``), not a headline whose verbs are capitalised."""
    ln = doc.tok_line[ci]
    end = doc.line_starts[ln + 1] if ln + 1 < len(doc.line_starts) else len(doc.text)
    return doc.text.count(",", doc.line_starts[ln], end) >= 2


def _headline_word(lex: Lexicon, f: str) -> bool:
    """A word a Title Case headline capitalises that no name holds: an English word of
    some frequency in no name list or gazetteer (``Confesses``, ``Cruises``, ``Overturn``)."""
    return lex.common(f, 3.0) and not lex.is_name(f) and f not in lex.places and f not in lex.demonyms


def _surname_after_given(doc: Doc, lex: Lexicon, a: int, x: int) -> bool:
    """``Grace Mugabe Is Right``: a word of some frequency right after a listed given name
    that opens the piece is its surname (a famous one is a frequent word: *Mugabe*,
    *Obama*), not a headline's verb; a frequent word there is still cut
    (:func:`_ordinary`: ``Maria Wins Award``)."""
    return x == a + 1 and given_name(lex, doc.toks[a].folded)


def _ordinary(lex: Lexicon, f: str) -> bool:
    """A frequent English word that is no given name (``signs``, ``levels``: also
    surnames), or a fairly frequent one that is no name at all (``floods``)."""
    if f in lex.given or f in lex.east_asian:
        return False
    return lex.common(f, 4.0) or (lex.common(f, 3.5) and not lex.is_name(f))
