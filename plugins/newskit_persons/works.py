"""Works named after people: a film, a play or a book whose title the article quotes whole
(``" Michael Collins "``, ``" Anne of a Thousand Days "``) is no person inside the quotes.
A quotation of a name only is a title; a nickname in quotes sits inside a name and is
followed by the rest of it (``Hector " Macho " Camacho``)."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc

__all__ = ["drop_titles"]


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
