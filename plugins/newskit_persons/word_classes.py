"""What one word can be by the word lists and its own shape: a given name (or another
romanisation of one), an initial, a country, a county, a place, a plural role word, a
Roman numeral. Small predicates every stage of the detector asks."""

from __future__ import annotations

from collections.abc import Sequence

from newskit.actors import place_country
from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, lexicon, remember
from newskit_persons.tokens import Tok

__all__ = [
    "ROMANISED_GIVEN", "given_name", "hyphen_parts", "is_country", "is_country_name", "is_county", "is_initial",
    "place_tail", "placeish", "plural_head", "roman_numeral", "written_initials",
]


def place_tail(lex: Lexicon, folded: Sequence[str]) -> bool:
    """``Heping Township``, ``Philippine Sea Plate``, ``Hualien County``: a name ending in
    the generic head of a place or feature is that place. A head that is also a surname
    (``Plate``, ``Bay``, ``Hill``) only right after a word that is no given name
    (``Michael Bay`` stays a person; ``Philippine Sea Plate`` does not)."""
    last = folded[-1]
    if last not in lex.place_heads:
        return False
    return last not in lex.surnames or not given_name(lex, folded[-2])


def hyphen_parts(f: str) -> list[str]:
    return [p for p in f.split("-") if p]


def given_name(lex: Lexicon, f: str) -> bool:
    """A listed given name, the first part of a hyphenated one, or another romanisation of
    one (kept once asked: :attr:`Lexicon.memo_given`)."""
    got = lex.memo_given.get(f)
    return remember(lex.memo_given, f, _given_name(lex, f)) if got is None else got


def _given_name(lex: Lexicon, f: str) -> bool:
    if f in lex.given:
        return True
    if "-" in f:  # else its hyphen parts are the word itself
        parts = hyphen_parts(f)
        if len(parts) > 1 and parts[0] in lex.given:
            return True
    return _given_spelling(lex, f)


_MIN_RESPELLED = 5


def _given_spelling(lex: Lexicon, f: str) -> bool:
    """``Dmitry`` for the listed ``Dmitri``, ``Alexey`` for ``Alexei``: another romanisation
    of a listed given name, its ending traded for another (only for words no more than of
    middling frequency: ``Navy`` is no ``Navi``)."""
    if len(f) < _MIN_RESPELLED or not f.endswith(lex.given_endings) or lex.common(f, 3.5):
        return False
    end = next(x for x in lex.given_endings if f.endswith(x))
    stem = f[: -len(end)]
    return any(stem + other in lex.given for other in lex.given_endings if other != end)


def is_country(t: Tok) -> bool:
    """``Spain``, ``France``: a country of newskit's gazetteer. Alone it is the country (or
    its team) even where the name lists hold it as a surname or a given name; it is a
    person's only as the surname of a full name the article gives (``Chris England``)."""
    name = t.text if not t.text.isupper() else t.text.title()
    return place_country(name) == name


def is_country_name(name: str) -> bool:
    """``Czech Republic``, ``South Korea``: words that name a country of the gazetteer."""
    return place_country(name) == name


def is_county(f: str) -> bool:
    """``Derbyshire``, ``Worcestershire``: an English county (and its cricket team) by its
    ending; a person's only as the surname of a full name the article gives."""
    return len(f) > 6 and f.endswith("shire")


def placeish(lex: Lexicon, f: str) -> bool:
    """A place or a demonym of the lists that is no name (kept once asked:
    :attr:`Lexicon.memo_placeish`)."""
    got = lex.memo_placeish.get(f)
    if got is None:
        got = remember(lex.memo_placeish, f, (f in lex.places or f in lex.demonyms) and not lex.is_name(f))
    return got


#: A romanised East Asian given name written with a hyphen (``Ji-hoon``, ``Ing-wen``).
ROMANISED_GIVEN = compile_pattern(r"\p{Lu}\p{Ll}+-\p{Ll}+")


def plural_head(lex: Lexicon, f: str) -> bool:
    return len(f) > 4 and f.endswith("s") and f[:-1] in lex.title_heads


def roman_numeral(w: str) -> bool:
    return 0 < len(w) <= 4 and all(c in "IVX" for c in w)


def is_initial(doc: Doc, t: Tok) -> bool:
    """``J.`` in ``J. Smith``, ``P.B.`` in ``P.B. Balaji``."""
    return (len(t.text) == 1 and t.text.isupper() and doc.text[t.end : t.end + 1] == ".") or written_initials(doc, t)


#: Initials written together, the last dot left to the text (``P.B``, ``J.R.R``).
_INITIALS = compile_pattern(r"\p{Lu}(?:\.\p{Lu}){1,3}")


def written_initials(doc: Doc, t: Tok) -> bool:
    """Initials written together before a name: not an abbreviation of a place or a
    company form (``U.S.``, ``S.A.``), and followed by a surname or a rare word, never a
    role or an ordinary word (``U.N. Council``). Name particles between them and the
    surname are passed over (``F.W. de Klerk``, ``J.C. van der Merwe``)."""
    if doc.text[t.end : t.end + 1] != "." or _INITIALS.fullmatch(t.text) is None:
        return False
    lex = lexicon()
    if t.folded in lex.dotted_abbreviations:
        return False
    m = match_ahead(_NEXT_WORD, doc.text, t.end + 1)
    if m is None or not all(p in lex.particles for p in m.group(1).split()):
        return False
    f = m.group(2).lower()
    return f not in lex.title_words and (f in lex.surnames or not lex.common(f, 3.5))


#: the word after initials: up to three lower-case words (name particles, checked by the
#: caller) before the capitalised surname
_NEXT_WORD = compile_pattern(r" ((?:\p{Ll}+ ){0,3})(\p{Lu}[\p{L}'’-]+)")
