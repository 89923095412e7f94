"""A nickname in quotes between a person's given name and surname: ``Roberto " Hands of
Stone " Duran``, ``Salvatore "Toto" Riina``, ``Tom " Boom Boom " Johnson``.

The quotes cut the capitalised run in three, so the given name is left alone, the
nickname read as a title or a work and the surname as a lone word; news style (and
CoNLL's gold) hold the whole as one name. The shape is narrow: a given name (listed, or
a rare word no title) right before the opening quote, one to four words inside
(capitalised but for a linking ``of``/``the``), and a capitalised word that is no
ordinary capitalised word right after the closing quote."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.word_classes import given_name

__all__ = ["nicknamed"]

#: one or two given names, the quoted nickname, the surname; double quotes straight or
#: curly, spaced or not; single quotes only after a space (``James' car`` is a possessive)
_NICKNAMED = compile_pattern(
    r"(?<![\p{L}'-])((?:\p{Lu}[\p{Ll}'-]+ )?\p{Lu}[\p{Ll}'-]+)(?: ?[\"“]| [‘']) ?"
    r"(\p{Lu}[\p{L}'.-]*(?: (?:of|the|\p{Lu}[\p{L}'.-]*)){0,3})"
    r" ?(?:[\"”] ?|[’'] )(\p{Lu}[\p{Ll}'-]+)(?![\p{L}'-])"
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
    """Every name holding a quoted nickname, as ``(candidate, a, b)`` over ``doc.toks``
    (the nickname's words inside it)."""
    out: list[tuple[Candidate, int, int]] = []
    if not any(q in doc.text for q in _OPENING_QUOTES):
        return out
    first_tok = {t.start: i for i, t in enumerate(doc.toks)}
    for m in _NICKNAMED.finditer(doc.text):
        a, last = first_tok.get(m.start(1)), first_tok.get(m.start(3))
        if a is None or last is None or not _surname(lex, fold(m.group(3))) or doc.title_line(m.start()):
            continue  # "Retired General Reveals ‘Demoralizing’ Experience": a Title Case headline
        if " " in m.group(1) and not given_name(lex, doc.toks[a].folded):
            a += 1  # "Deputy Gerardo ...", "Featherweight Zubayr ...": a listed given name or none
        if not _opens_name(lex, doc.toks[a].folded):
            continue
        names = list(doc.toks[a : last + 1])
        out.append((Candidate(names, names[0].start, names[-1].end), a, last + 1))
    return out
