"""Racehorses: named like people, and tagged as people by CoNLL-2003, title and all.

A horse's name often opens with a title or a given name (``Lord Nelson``, ``Miss
Stamper``, ``Sir Leonard``): read word by word, the title is stripped and what is left
is taken for a person, or the name is missed. A race result says what the name is: a
placed line ``1. Lord Nelson ( Frankie Dettori ) 9-2`` (or ``1. Miss Stamper 3-1
( ridden by David Harrison )``), the jockey in brackets and the starting price beside
them, and the prose ``Lord Nelson , ridden by ...``. Each name found so is the horse's
wherever the article repeats it, its leading title inside it.
"""

from __future__ import annotations

from itertools import compress, count

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.tokens import folds
from newskit_persons.word_classes import is_country_name

__all__ = ["horse_names", "with_horses"]

#: a starting price: ``9-2``, ``12-1``, ``evens`` (not ``6-1/2``, half a point)
_ODDS = r"(?:\d{1,3}-\d{1,2}(?![\d/])|[Ee]vens)"
#: one to five capitalised words, each followed by blanks (possessive: no backtracking)
_NAME = r"((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,5}+)"
#: a placed line of a race result: place, horse, the price before or after the jockey
_PLACED = compile_pattern(
    rf"(?m)^[ \t]*\d{{1,2}}\.[ \t]+{_NAME}(?:{_ODDS}[ \t]+(?:[\p{{Ll}}-]+[ \t]+)?)?"
    rf"\([ \t]*(?:ridden by[ \t]+)?(\p{{Lu}}[^()\n]{{1,40}}?)[ \t]*\)[ \t]*({_ODDS})?"
)
#: what opens every placed line (``_PLACED``'s own start): most texts have none, and this
#: finds that in under half the time of the whole pattern
_PLACED_GATE = compile_pattern(r"(?m)^[ \t]*\d{1,2}\.[ \t]")
#: a horse named in prose by its rider: ``Lord Of Men , ridden by Richard Dunwoody``
_RIDDEN = compile_pattern(rf"{_NAME},[ \t]+ridden by[ \t]+\p{{Lu}}")


def horse_names(doc: Doc, lex: Lexicon) -> set[tuple[str, ...]]:
    """The folded words of every horse the article's race results or riders name."""
    text = doc.text
    if "(" not in text and "ridden by" not in text:
        return set()
    found: set[tuple[str, ...]] = set()
    for m in _PLACED.finditer(text) if _PLACED_GATE.search(text) else ():
        priced = m.group(3) is not None or match_ahead(_ODDS_AT, text, m.end(1)) is not None
        if priced and not is_country_name(m.group(2).strip()):
            found.add(_words(lex, m.group(1)))
    for m in _RIDDEN.finditer(text) if "ridden by" in text else ():  # its words, literal in the pattern
        found.add(_words(lex, m.group(1)))
    return {w for w in found if w}


_ODDS_AT = compile_pattern(_ODDS)


def _words(lex: Lexicon, name: str) -> tuple[str, ...]:
    """The name's folded words, less a capitalised function word opening a sentence
    (``The``)."""
    words = [fold(w) for w in name.split()]
    while words and words[0] in lex.stop_caps:
        words.pop(0)
    return tuple(words)


def with_horses(
    doc: Doc, lex: Lexicon, accepted: list[tuple[Candidate, int, int]]
) -> list[tuple[Candidate, int, int]]:
    """The accepted names with every mention of a horse the article names whole in place
    of the names read inside it (``Nelson`` of ``Lord Nelson``)."""
    horses = horse_names(doc, lex)
    if not horses:
        return accepted
    spans = _mentions(doc, horses)
    kept = [x for x in accepted if not any(a < x[2] and x[1] < b for a, b in spans)]
    toks = doc.toks
    return kept + [(Candidate(list(toks[a:b]), toks[a].start, toks[b - 1].end), a, b) for a, b in spans]


def _mentions(doc: Doc, horses: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Token spans of every capitalised mention of one of the horses, left to right, none
    inside another. Only the words whose fold opens a horse's name are made tokens (a long
    article's tokens are made when read: a walk over all of them made them all)."""
    toks = doc.toks
    firsts = {h[0] for h in horses}
    out: list[tuple[int, int]] = []
    i = 0  # the first word no mention holds yet
    for k in compress(count(), map(firsts.__contains__, folds(toks))):
        if k < i or not toks[k].text[:1].isupper():
            continue
        hit = next((h for h in horses if _matches(doc, k, h)), None)
        if hit is not None:
            out.append((k, k + len(hit)))
            i = k + len(hit)
    return out


def _matches(doc: Doc, i: int, name: tuple[str, ...]) -> bool:
    toks = doc.toks
    if i + len(name) > len(toks):
        return False
    return all(toks[i + k].folded == w for k, w in enumerate(name))
