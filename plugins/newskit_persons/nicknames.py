"""A nickname in quotes or brackets between a person's given name and surname: ``Roberto "
Hands of Stone " Duran``, ``Salvatore "Toto" Riina``, ``James Leander ( Leo ) Nichols``.

The quotes cut the capitalised run in three, so the given name is left alone, the
nickname read as a title or a work and the surname as a lone word; news style (and
CoNLL's gold) hold the whole as one name. The shape is narrow: a given name (listed, or
a rare word no title) right before the opening quote, one to four words inside
(capitalised but for a linking ``of``/``the``), and a capitalised word that is no
ordinary capitalised word right after the closing quote. In brackets (which also hold a
country, a club, a role) the given name must be listed and the bracket no place, demonym
or role, and no figure may follow the surname (a results line)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import given_name

__all__ = ["nicknamed"]

#: one or two given names, the quoted nickname, the surname; double quotes straight or
#: curly, spaced or not; single quotes only after a space (``James' car`` is a possessive)
_NICKNAMED = compile_pattern(
    r"(?<![\p{L}'-])((?:\p{Lu}[\p{Ll}'-]+ )?\p{Lu}[\p{Ll}'-]+)(?: ?[\"“]| [‘']) ?"
    r"(\p{Lu}[\p{L}'.-]*(?: (?:of|the|\p{Lu}[\p{L}'.-]*)){0,3})"
    r" ?(?:[\"”] ?|[’'] )(\p{Lu}[\p{Ll}'-]+)(?![\p{L}'-])"
)


#: what every match of ``_NICKNAMED`` holds: a capitalised word right before an opening
#: mark (a space between maybe), found by the marks, which are few; a text without one has
#: no quoted nickname, and the whole pattern (seven times the cost) is not run on it
_NICKNAMED_GATE = compile_pattern(r"(?:(?<=\p{Lu}[\p{Ll}'-]+ ?)[\"“]|(?<=\p{Lu}[\p{Ll}'-]+ )[‘'])")


#: one to three given names, the bracketed nickname or initials, the surname
_BRACKETED = compile_pattern(
    r"(?<![\p{L}'-])((?:\p{Lu}[\p{Ll}'-]+ ){0,2}\p{Lu}[\p{Ll}'-]+) ?\( ?"
    r"(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)?) ?\) ?(\p{Lu}[\p{Ll}'-]+)(?![\p{L}'-])(?! ?\d)"
)

#: what an opening quote may be written as (a single quote only after a space)
_OPENING_QUOTES = ('"', "“", " '", " ‘")

#: Below this Zipf frequency a word before the quotes is read as a given name even unlisted
#: (``Naseem " Prince " Hamed``)
_RARE_WORD_ZIPF = 3.0


def _opens_name(lex: Lexicon, f: str) -> bool:
    """A listed given name, or a rare word that is no title, month or capitalised function
    word."""
    if given_name(lex, f):
        return True
    return not lex.common(f, _RARE_WORD_ZIPF) and f not in lex.title_words and f not in lex.stripped_words


def _surname(lex: Lexicon, f: str) -> bool:
    """A listed surname, or a word rarer than an ordinary capitalised noun (``Experience``)."""
    if f in lex.stop_caps or f in lex.months:
        return False
    return f in lex.surnames or not lex.common(f, _RARE_WORD_ZIPF + 1.0)


def nicknamed(doc: Doc, lex: Lexicon) -> list[tuple[Candidate, int, int]]:
    """Every name holding a nickname in quotes or brackets, as ``(candidate, a, b)`` over
    ``doc.toks`` (the nickname's words inside it)."""
    out: list[tuple[Candidate, int, int]] = []
    first_tok = _TokenStarts(doc.toks)
    for a, last in _quoted(doc, lex, first_tok) + _bracketed(doc, lex, first_tok):
        names = list(doc.toks[a : last + 1])
        out.append((Candidate(names, names[0].start, names[-1].end), a, last + 1))
    return out


class _TokenStarts:
    """The index of the token starting at an offset (``get``, as a dict of the token starts
    would answer), found by a binary search of the tokens (in text order, apart): no dict
    of every token is made for the few names asked."""

    __slots__ = ("_toks",)

    def __init__(self, toks: Sequence[Tok]) -> None:
        self._toks = toks

    def get(self, pos: int) -> int | None:
        toks = self._toks
        i = bisect_left(toks, pos, key=_START)
        return i if i < len(toks) and toks[i].start == pos else None


_START = attrgetter("start")


def _quoted(doc: Doc, lex: Lexicon, first_tok: _TokenStarts) -> list[tuple[int, int]]:
    """The first and last token of each name around a quoted nickname."""
    out: list[tuple[int, int]] = []
    if not any(q in doc.text for q in _OPENING_QUOTES) or _NICKNAMED_GATE.search(doc.text) is None:
        return out
    for m in _NICKNAMED.finditer(doc.text):
        a, last = first_tok.get(m.start(1)), first_tok.get(m.start(3))
        if a is None or last is None or not _surname(lex, fold(m.group(3))) or doc.title_line(m.start()):
            continue  # "Retired General Reveals ‘Demoralizing’ Experience": a Title Case headline
        if " " in m.group(1) and not given_name(lex, doc.toks[a].folded):
            a += 1  # "Deputy Gerardo ...", "Featherweight Zubayr ...": a listed given name or none
        if _opens_name(lex, doc.toks[a].folded):
            out.append((a, last))
    return out


def _bracketed(doc: Doc, lex: Lexicon, first_tok: _TokenStarts) -> list[tuple[int, int]]:
    """The first and last token of each name around a bracketed nickname or initials
    (``Alan John Percivale ( A.J.P. ) Taylor``); not ``Luca Pavanello ( Italy ) Aki``."""
    out: list[tuple[int, int]] = []
    if "(" not in doc.text:
        return out
    for m in _BRACKETED.finditer(doc.text):
        a, last = first_tok.get(m.start(1)), first_tok.get(m.start(3))
        if a is None or last is None or not _surname(lex, fold(m.group(3))) or doc.title_line(m.start()):
            continue
        inner = fold(m.group(2))
        if (inner in lex.places and not given_name(lex, inner)) or any(
            w in lex.demonyms or w in lex.title_words for w in inner.split()
        ):
            continue
        while a < last and not given_name(lex, doc.toks[a].folded):
            a += 1  # "Deputy James Leander ( Leo ) Nichols": from the first listed given name
        if a < last and doc.toks[a].start < m.start(2):
            out.append((a, last))
    return out
