"""Results lists that print the surname first in capitals: ``1. KOGA Toshihiko ( Japan )
2. LAATS Johan ( Belgium )``.

Judo, wrestling, fencing, skiing and other federations' results, as the wires carry them,
write each competitor as SURNAME Given with the country in brackets. Read word by word,
the capitals outside a headline are an acronym's (``UN``, ``NATO``) and open no name, so
only the given name is found, and the lone surname in the report below (``Koga threw
Laats``) is missed. The shape says what the words are: an ALL CAPS word, one or two
capitalised words after it, then a bracket. It is taken when the article holds two such
entries or the capitalised words are a listed given name, and the words after the capitals
are no ordinary English word and no country (``NATO Secretary ( ... )`` is no entry);
the surname alone elsewhere in the article is then that competitor.
"""

from __future__ import annotations

import bisect

from newskit import layer
from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.word_classes import ROMANISED_GIVEN, given_name, is_country_name

__all__ = ["surname_first"]

#: SURNAME Given ( : capitals (hyphen or apostrophe inside), one or two capitalised words,
#: an opening bracket; after a line start (past any spaces or tabs indenting the line, so
#: the text's start reads the same however much white space comes first), a rank, a comma,
#: ``and`` or a closing bracket
_ENTRY = compile_pattern(
    r"(?m)(?:^[ \t]*|(?<=\d\.[ \t]|,[ \t]|\band[ \t]|\)[ \t]|\t))"
    r"(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{L}+)?(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{L}+)?)?)"
    r"[ \t]+\("
)

#: a given name this frequent as an English word is no evidence alone (``Will``, ``May``)
_COMMON_ZIPF = 4.0

#: entries an article must hold for unlisted given names to be taken on the shape alone
_MIN_ENTRIES = 2

_Accepted = list[tuple[Candidate, int, int]]
_Deferred = list[tuple[int, int, int]]


def surname_first(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], accepted: _Accepted, deferred: _Deferred
) -> tuple[_Accepted, _Deferred]:
    """The article's SURNAME Given entries, and each surname again as a lone word, in place
    of what their words were read as alone (``Toshihiko``, or nothing)."""
    entries = _entries(doc, lex)
    if not entries:
        return accepted, deferred
    surnames = {doc.toks[a].folded for a, _ in entries}
    found = [(a, b) for a, b in entries]
    found += [(ci, cj) for ci, cj in chunks if cj - ci == 1 and doc.toks[ci].folded in surnames]

    def clash(a: int, b: int) -> bool:
        return any(fa < b and a < fb for fa, fb in found)

    kept = [x for x in accepted if not clash(x[1], x[2])]
    new = [(Candidate(list(doc.toks[a:b]), doc.toks[a].start, doc.toks[b - 1].end), a, b) for a, b in found]
    return kept + new, [r for r in deferred if not clash(r[0], r[1])]


def _entries(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token ranges of the SURNAME Given entries, outside ALL CAPS headlines."""
    text = doc.text
    if "(" not in text:
        return []
    shaped: list[tuple[int, int, bool]] = []
    for m in _ENTRY.finditer(text):
        if doc.caps_line(m.start()) or not _entry_words(lex, m.group(1), m.group(2)):
            continue
        given = m.group(2).split()
        listed = given_name(lex, fold(given[0])) or ROMANISED_GIVEN.fullmatch(given[0]) is not None
        shaped.append((m.start(1), m.end(2), listed))
    if len(shaped) < _MIN_ENTRIES:
        shaped = [x for x in shaped if x[2]]
    starts = layer(text).words.starts
    out = []
    for s, e, _ in shaped:
        a = bisect.bisect_left(starts, s)
        b = bisect.bisect_left(starts, e)
        if a < len(doc.toks) and doc.toks[a].start == s:
            out.append((a, b))
    return out


def _entry_words(lex: Lexicon, surname: str, given: str) -> bool:
    """The capitals are no country (``USA``) and no ordinary English word that is no listed
    name (``SOCCER``, ``GOLF``: a sports heading's word before a name) nor a word that
    modifies a title (``TENNIS``, ``POLICE``: ``tennis star``), the words after them
    no ordinary English word and no country (``NATO Secretary``, ``UN Security``) and no
    particle of an org."""
    if is_country_name(surname.title()) or is_country_name(surname):
        return False
    sf = fold(surname)
    if lex.common(sf, _COMMON_ZIPF) and not lex.is_name(sf):
        return False
    if sf in lex.title_modifiers:
        return False  # "TENNIS Lee (", "POLICE Chan (": a sport's or a body's word heads the line, even one a surname list holds
    for w in given.split():
        f = fold(w)
        if is_country_name(w) or f in lex.org_cues or f in lex.title_words or f in lex.months:
            return False
        if lex.common(f, _COMMON_ZIPF) and not given_name(lex, f):
            return False
    return True
