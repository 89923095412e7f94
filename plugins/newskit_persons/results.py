"""Results and standings lines of the sports pages: the names on them are teams.

Wire services print match results one to a line, ``Home 2 Away 1``, and league tables as a
team followed by its figures, ``Home 4 3 1 0 9 2 10`` (played, won, drawn, lost, goals for,
against, points). Club names often read as people's (``Bradford Bulls``, ``Hansa
Rostock``, ``Fortuna Duesseldorf``): a given name or a surname first, a rare word after.
The line's shape says what they are. Scorers given in brackets on a results line
(``Home 2 ( Booth 15 , Hirst 76 ) Away 0``) are people and are not covered: bracketed
groups are set aside before the shape is read. A golfer's line (``Ernie Els 68 70 71
209``) has fewer figures than a table row and one name, so it is no team line. Fixtures
print the matches to come, two or more to a line (``Peru : Juan Aurich v Sporting Cristal
, Alianza Lima v Deportivo Municipal``): clubs named after people stand there too. One
pair alone is no fixtures line: a court case (``R v Hollis``) names its parties so.
"""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.lexicon import fold, lexicon

__all__ = ["team_spans"]

_PARENS = compile_pattern(r"\([^()\n]*\)")
_TOKEN = compile_pattern(r"\S+")
_SCORE = compile_pattern(r"\d{1,3}")
#: a word a team's name can hold: capitalised, or a lower-case particle or joiner
_NAME_WORD = compile_pattern(r"\p{Lu}[\p{L}\p{N}.'’&-]*|de|del|la|le|di|da|van|von|der|of|and|&")
#: the fewest figures after a team's name in a league table row
MIN_TABLE_FIGURES = 6
#: what every results line and table row opens with: one to five words (the name run),
#: then a score; a line without it has no teams, and its words need not be tokens
_OPENING = compile_pattern(r"\A\s*(?:\S+\s+){1,5}\d{1,3}(?!\S)")


def team_spans(line: str) -> list[tuple[int, int]]:
    """Offsets (within ``line``) of the team names of a results line ``A 2 B 1`` (also
    ``A 2 , B 1``), of a table row ``A 4 3 1 0 9 2 10`` or of a fixtures line ``A v B ,
    C v D``; empty for any other line."""
    if " v " in line:
        fixtures = _fixture_spans(line)
        if fixtures:
            return fixtures
    masked = _PARENS.sub(lambda m: " " * len(m.group()), line) if "(" in line else line
    if _OPENING.match(masked) is None:
        return []
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(masked)]
    first = _name_run(toks, 0)
    if first is None:
        return []
    i, span_a = first
    figures = 0
    while i + figures < len(toks) and _SCORE.fullmatch(toks[i + figures][2]):
        figures += 1
    if figures >= MIN_TABLE_FIGURES and i + figures == len(toks):
        return [span_a]
    if figures != 1:
        return []
    if i + 1 < len(toks) and toks[i + 1][2] == ",":
        i += 1  # "Israel 2 , Bulgaria 0"
    second = _name_run(toks, i + 1)
    if second is None:
        return []
    j, span_b = second
    if j >= len(toks) or not _SCORE.fullmatch(toks[j][2]):
        return []
    if j + 1 < len(toks) and toks[j + 1][2][0].islower():
        return []  # "... 2 games": a sentence, not a results line
    if any(_bracketed_player(line, span) for span in (span_a, span_b)):
        return []  # "Vladimir Kramnik ( Russia ) 1 Artur Yusupov ( Germany ) 0": players
    if _third_item(toks, j + 1):
        return []  # "Jordan 36 , Richmond 27 , Ewing 24": a list of figures, no match of two sides
    return [span_a, span_b]


def _third_item(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A third name and figure after a comma where a results line ends: a match has two
    sides, so the line is a list (leading scorers, goalkickers), each a player's."""
    if i >= len(toks) or toks[i][2] != ",":
        return False
    item = _name_run(toks, i + 1)
    return item is not None and item[0] < len(toks) and _SCORE.fullmatch(toks[item[0]][2]) is not None


#: a bracket right after a side's name, before its score
_BRACKET_AFTER = compile_pattern(r"[ \t]*\(")
#: a club's numeral (``Willem II``)
_NUMERAL = compile_pattern(r"[IVX]{2,4}")
#: a given name this frequent as a word may open a club's name (``Red Star``); such names
#: (``Michael``, ``Red``) are left to the line's other signs
_COMMON_FIRST_ZIPF = 4.0


def _bracketed_player(line: str, span: tuple[int, int]) -> bool:
    """A side that is a player with a country or club in brackets (a chess round, a list
    of leading scorers: ``Michael Jordan ( Chicago ) 36 , Mitch Richmond ( Sacramento )
    27``): two or three words, a listed given name first that is no place (``Paris St
    Germain``) and no frequent word (``Red Star``), no numeral last (``Willem II``)."""
    if match_ahead(_BRACKET_AFTER, line, span[1]) is None:
        return False
    words = [fold(w) for w in line[span[0] : span[1]].split()]
    if not 2 <= len(words) <= 3:
        return False
    lex = lexicon()
    first = words[0]
    return (
        first in lex.given
        and first not in lex.places
        and not lex.common(first, _COMMON_FIRST_ZIPF)
        and _NUMERAL.fullmatch(line[span[0] : span[1]].split()[-1]) is None
    )


def _name_run(toks: list[tuple[int, int, str]], i: int) -> tuple[int, tuple[int, int]] | None:
    """The run of name words from token ``i`` (it must open with a capital): the index
    after it and its offsets."""
    j = i
    while j < len(toks) and _NAME_WORD.fullmatch(toks[j][2]) and not _SCORE.fullmatch(toks[j][2]):
        j += 1
    if j == i or not toks[i][2][0].isupper() or j - i > 5:
        return None
    return j, (toks[i][0], toks[j - 1][1])


#: A fixtures line's heading before its matches (``Peru :``, ``Postponed :``).
_HEADING = compile_pattern(r"[^:\n]{1,40}:[ \t]*")
#: What separates the matches of a fixtures line, and what may close it.
_SEPARATORS = frozenset((",", ";"))
#: The fewest matches on one line that make it a fixtures line.
MIN_FIXTURES = 2


def _fixture_spans(line: str) -> list[tuple[int, int]]:
    """The sides of every match of a fixtures line (two or more ``A v B`` separated by
    commas or semicolons after an optional heading and nothing else), else empty."""
    head = _HEADING.match(line)
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(line, head.end() if head else 0)]
    if toks and toks[-1][2] == ".":
        toks.pop()
    items: list[list[tuple[int, int, str]]] = [[]]
    for t in toks:
        if t[2] in _SEPARATORS:
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < MIN_FIXTURES:
        return []
    spans: list[tuple[int, int]] = []
    for item in items:
        sides = _match_sides(item)
        if sides is None:
            return []
        spans += sides
    return spans


def _match_sides(item: list[tuple[int, int, str]]) -> list[tuple[int, int]] | None:
    """The two sides of one match ``A v B``: each a run of name words, the whole item."""
    first = _name_run(item, 0)
    if first is None or first[0] >= len(item) or item[first[0]][2] != "v":
        return None
    second = _name_run(item, first[0] + 1)
    if second is None or second[0] != len(item):
        return None
    return [first[1], second[1]]
