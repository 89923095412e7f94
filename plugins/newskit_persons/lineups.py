"""Team line-ups and results lists (``Given , Breen , Staunton , ...``): a comma-separated
run of short capitalised items, some read as names already, holds only names."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["BRACKETED_ROLE", "MIN_LINEUP", "NUMBERED_ITEM", "lineups"]


#: The fewest names of a team line-up or results list read as one (``Given , Breen , Staunton , …``).
MIN_LINEUP = 4


def lineups(
    doc: Doc, lex: Lexicon, chunks: list[tuple[int, int]], starts: set[int]
) -> list[tuple[Candidate, int, int]]:
    """Team line-ups and results lists: a run of at least four short capitalised items
    separated by commas, two of them already read as names and all but one of the rest
    shaped like names (a surname or no ordinary word: ``Given``, ``Harte``; never a month
    or a capitalised function word), holds only names."""
    out: list[tuple[Candidate, int, int]] = []
    run: list[tuple[int, int]] = []
    for ci, cj in [*chunks, (len(doc.toks), len(doc.toks))]:
        if run and cj - ci <= 3 and ci < len(doc.toks) and _comma_between(doc, run[-1][1] - 1, ci):
            run.append((ci, cj))
            continue
        out += _lineup_names(doc, lex, run, starts)
        run = [(ci, cj)] if cj - ci <= 3 else []
    return out


def _comma_between(doc: Doc, a: int, b: int) -> bool:
    """A comma between two items of a list, or a comma and the next player's shirt number
    (``15 - Christian Cullen , 14 - Jeff Wilson``), or a player's role in brackets before
    the comma (``Dev Malhotra ( captain ) , Ravi Sule``: line-ups mark the captain and the
    wicketkeeper so)."""
    gap = doc.text[doc.toks[a].end : doc.toks[b].start]
    if gap.strip() == ",":
        return True
    # every numbered gap ends in " - ", every role gap opens with a bracket: most gaps are
    # ruled out without the patterns
    if gap.endswith(" - "):
        return NUMBERED_ITEM.fullmatch(gap) is not None
    return "(" in gap and BRACKETED_ROLE.fullmatch(gap) is not None


#: The gap before a numbered line-up's next item: a comma, a shirt number and a dash.
NUMBERED_ITEM = compile_pattern(r" ?, \d{1,2} - ")
#: The gap after a line-up's item that holds the player's role in brackets: one or two
#: lower-case words (``( captain )``, ``(wicketkeeper)``, ``( vice-captain )``) and a comma.
BRACKETED_ROLE = compile_pattern(r" ?\( ?\p{Ll}[\p{Ll}\-]*(?: \p{Ll}[\p{Ll}\-]*)? ?\) ?, ?")


def _lineup_names(
    doc: Doc, lex: Lexicon, run: list[tuple[int, int]], starts: set[int]
) -> list[tuple[Candidate, int, int]]:
    known = sum(1 for a, _ in run if a in starts)
    if len(run) < MIN_LINEUP or known < 2:
        return []
    fits = [(a, b) for a, b in run if a not in starts and _name_like(lex, [t.folded for t in doc.toks[a:b]])]
    if known + len(fits) < len(run) - 1:
        return []  # more than one item is no name: a list of things, not a line-up
    return [(Candidate(list(doc.toks[a:b]), doc.toks[a].start, doc.toks[b - 1].end), a, b) for a, b in fits]


def _name_like(lex: Lexicon, folded: list[str]) -> bool:
    """An item of a line-up that can be a name: a surname or no ordinary word at its end,
    no month or capitalised function word in it."""
    if any(f in lex.months or f in lex.stop_caps for f in folded):
        return False
    return folded[-1] in lex.surnames or not lex.common(folded[-1], 4.0)
