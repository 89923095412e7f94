"""Helpers shared by the quotes tests: run the real persons and quotes plugins on a
sentence, as the pipeline does, and read a quote's speaker back from the text."""

from __future__ import annotations

from newskit import QuoteMention
from newskit_persons import extract_persons
from newskit_quotes import extract_quotes


def all_quotes(text: str) -> list[QuoteMention]:
    """Every attribution, direct or reported, the quotes plugin finds in ``text``."""
    return extract_quotes(text, extract_persons(text))


def indirect_quotes(text: str) -> list[QuoteMention]:
    """The reported (not directly quoted) attributions the quotes plugin finds in ``text``,
    with the reported clauses that quoted words inside them carry (a mixed quotation is one
    mention, the quoted words, and its clause is read all the same)."""
    quotes = extract_quotes(text, extract_persons(text))
    clauses = {(c.start, c.end): c for c in (q.reported_clause(text) for q in quotes) if c is not None}
    return sorted([*(q for q in quotes if not q.direct), *clauses.values()], key=lambda q: (q.start, q.end))


def spoken(text: str, q: QuoteMention) -> str | None:
    """The text of the quote's speaker, or None when it has none."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


def reported_with_speakers(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker's text) of every reported attribution in ``text``."""
    return [(q.text, spoken(text, q)) for q in indirect_quotes(text)]
