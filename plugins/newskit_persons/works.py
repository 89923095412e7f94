"""Works named after people: a film, a play or a book whose title the article quotes whole
(``" Michael Collins "``, ``" Anne of a Thousand Days "``) is no person there, nor where
the article names it again. A quotation of a name only is a title; a nickname in quotes
sits inside a name and is followed by the rest of it (``Hector " Macho " Camacho``)."""

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


def _titles(doc: Doc) -> list[tuple[int, int, str]]:
    """The quoted titles of the article: start, end and folded words of each."""
    out: list[tuple[int, int, str]] = []
    for m in _QUOTED_TITLE.finditer(doc.text):
        title = m.group("title")
        if title.split()[-1] in ("'s", "of", "a", "an", "the", "in", "on", "and", "to", "for", "at", "with"):
            continue
        out.append((m.start("title"), m.end("title"), " ".join(title.split()).casefold()))
    return out


def drop_titles(doc: Doc, accepted: list[tuple[Candidate, int, int]]) -> list[tuple[Candidate, int, int]]:
    """The names left once those inside a quoted title are dropped (``" Anne of a Thousand
    Days "``), and those the article quotes whole as a title wherever they stand (``"
    Michael Collins "`` ... ``' Michael Collins '``)."""
    titles = _titles(doc)
    if not titles:
        return accepted
    whole = {t for _, _, t in titles}
    return [
        x for x in accepted
        if " ".join(doc.text[x[0].start : x[0].end].split()).casefold() not in whole
        and not any(s <= x[0].start and x[0].end <= e for s, e, _ in titles)
    ]
