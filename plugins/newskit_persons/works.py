"""Works named after people: a film, a play or a book whose title the article quotes whole
(``" Michael Collins "``, ``" Anne of a Thousand Days "``) is no person inside the quotes.
A quotation of a name only is a title; a nickname in quotes sits inside a name and is
followed by the rest of it (``Hector " Macho " Camacho``). Charts and ratings print their
titles unquoted, one to a numbered line under a heading that says what is ranked
(``Weekend box office chart :`` then ``1. Michael 12.5 million dollars``)."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["drop_listed_works", "drop_titles"]


#: A quoted title on one line: straight or single quotes round capitalised words, with the
#: small lower-case words a title holds between them (``of``, ``a``, ``the``, ``'s``); the
#: quotation closes before no capitalised word (which would make it a nickname inside a name)
#: and is no apostrophe (``'' Reid 's rep``: a closing quote, then a possessive).
_QUOTED_TITLE = compile_pattern(
    r"""(?<![\p{L}'"`])(?P<q>["']) (?P<title>\p{Lu}[\p{L}'.-]*(?: (?:\p{Lu}[\p{L}'.-]*|'s|of|a|an|the|in|on|and|to|for|at|with|\d+)){0,8}) (?P=q)(?![\p{L}'])(?! \p{Lu})"""
)


def _titles(doc: Doc) -> list[tuple[int, int]]:
    """Where the article's quoted titles stand (start and end of each title's words)."""
    out: list[tuple[int, int]] = []
    for m in _QUOTED_TITLE.finditer(doc.text):
        if m.group("title").split()[-1] not in _NO_TITLE_END:
            out.append((m.start("title"), m.end("title")))
    return out


#: Small words a title holds inside but never ends with.
_NO_TITLE_END = frozenset(("'s", "of", "a", "an", "the", "in", "on", "and", "to", "for", "at", "with"))


def drop_titles(doc: Doc, accepted: list[tuple[Candidate, int, int]]) -> list[tuple[Candidate, int, int]]:
    """The names left once those inside a quoted title are dropped (``" Michael Collins
    "``, ``' Michael Collins '``, ``" Anne of a Thousand Days "``). The same name unquoted
    elsewhere is left alone: a film may bear the name of the person it tells of (``the
    life of Michael Collins , the IRA 's Director of Intelligence``)."""
    titles = _titles(doc)
    if not titles:
        return accepted
    return [x for x in accepted if not any(s <= x[0].start and x[0].end <= e for s, e in titles)]


#: A numbered item of a list: its number, then the title up to a bracket, a comma, a
#: figure, ``by`` or a dash (``2. Seinfeld ( NBC ) 20.1``, ``3. Michael Collins 3.2
#: million``); a quoted title (``1. " Desperation " , Stephen King``) is read by
#: :func:`drop_titles`, and the author after it stays.
_ITEM = compile_pattern(
    r"""[ \t]*\d{1,2}\.[ \t]+(?!["'])(?P<title>[^(,\n]*?)(?=[ \t]*,|[ \t]+(?:\(|\d|by[ \t]|-[ \t])|[ \t]*$)"""
)
_WORD = compile_pattern(r"\p{L}[\p{L}-]*")


def _listed_titles(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the titles of the article's ranked lists of works stand: the numbered lines
    right under a heading closing with a colon that names works (``shows``, ``chart``)."""
    text, starts = doc.text, doc.line_starts
    out: list[tuple[int, int]] = []
    ln = 0
    while ln < len(starts):
        end = starts[ln + 1] if ln + 1 < len(starts) else len(text)
        line = text[starts[ln] : end].rstrip()
        ln += 1
        if not line.endswith(":") or not any(m.group().lower() in lex.work_list_heads for m in _WORD.finditer(line)):
            continue
        while ln < len(starts):
            end = starts[ln + 1] if ln + 1 < len(starts) else len(text)
            m = _ITEM.match(text[starts[ln] : end].rstrip("\n"))
            if m is None:
                break
            out.append((starts[ln] + m.start("title"), starts[ln] + m.end("title")))
            ln += 1
    return out


def drop_listed_works(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """The names left once those standing in a ranked list's titles are dropped
    (``2. Seinfeld ( NBC ) 20.1`` under ``the top 10 prime-time shows ... :``); a person
    in an item's brackets (a chart's singer) or elsewhere in the article stays."""
    if ":" not in doc.text:
        return accepted
    titles = _listed_titles(doc, lex)
    if not titles:
        return accepted
    return [x for x in accepted if not any(s <= x[0].start and x[0].end <= e for s, e in titles)]
