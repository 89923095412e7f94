"""Ice hockey and rugby scoring summaries: every surname on a goal or goalies line, or in
a rugby summary's ``Tries :`` or ``Conversions :`` list, is a player.

The wires print a game's goals one to an entry, ``1 , Pittsburgh , Jagr 14 ( Francis ,
Lemieux ) 4:22``: the goal's number, the team, the scorer with his season's tally, the
players who assisted in brackets (or ``unassisted``), and the time. The goalies follow,
``Goalies : Pittsburgh , Barrasso . Boston , Ranford``. The players are written by
surname alone, with no cue around them that prose gives (``said``, a title), so read word
by word they are missed; the line's shape says what they are. The team before the scorer
is no person: it is only a cue.
"""

from __future__ import annotations

import bisect

from newskit import layer
from newskit.patterns import compile_pattern
from newskit_persons.candidate import Candidate
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon

__all__ = ["scoring_summaries"]

#: one player's surname: one or two capitalised words (``Jagr``, ``Van Allen``)
_NAME = r"\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?"
#: a goal, opening a line or after a period's colon or the goal before: its number, the
#: team, the scorer and his tally, the assists in brackets (or ``unassisted``), a
#: power-play or empty-net mark maybe, then the time and the entry's end
_GOAL = compile_pattern(
    rf"(?m)(?:^|(?<=[:.;][ \t]?))[ \t]*\d{{1,2}}[ \t]?,[ \t]?\p{{Lu}}[\p{{L}}. \t]{{1,30}}?[ \t]?,[ \t]?(?P<scorer>{_NAME})[ \t]\d{{1,2}}"
    rf"[ \t]?\([ \t]?(?P<assists>{_NAME}(?:[ \t]?,[ \t]?{_NAME}){{0,1}}|unassisted)[ \t]?\)"
    r"(?:[ \t]?\([ \t]?(?:pp|sh|en|ps)[ \t]?\))?[ \t]\d{1,2}:\d\d[ \t]?(?:[.;,]|$)"
)
#: what every goal of ``_GOAL`` holds: a closing bracket (the assists', or a power-play
#: mark's) before the time; found in a twentieth of the whole pattern's time, and rare
_GOAL_GATE = compile_pattern(r"\)[ \t]\d{1,2}:\d\d")
#: the goalies line: ``Goalies : Team , Name . Team , Name .``
_GOALIES = compile_pattern(r"(?m)^[ \t]*Goalies[ \t]?:[ \t]?(?P<rest>.+)$")
#: one team's goalie (or goalies, joined by ``,``) on the goalies line
_GOALIE = compile_pattern(rf"\p{{Lu}}[\p{{L}}. \t]{{1,30}}?[ \t]?,[ \t]?(?P<names>{_NAME}(?:[ \t]?,[ \t]?{_NAME})*)[ \t]?(?:[.;]|$)")
_ASSIST = compile_pattern(_NAME)
#: a rugby summary's labelled list: ``Tries : Joubert ( 2 ) , Van der Westhuizen , Kruger .``
_RUGBY_LABEL = compile_pattern(
    r"(?<!\p{L})(?:Tries|Try|Conversions?|Penalt(?:y|ies)(?: goals?)?|Drop(?:ped)? goals?)[ \t]?:[ \t]?(?P<items>[^.\n;:]+)"
)
#: one item of such a list: a surname of one to three words (particles between), its count maybe
_RUGBY_ITEM = compile_pattern(
    r"[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t](?:(?:van|de|der|den|du|le|la|von)[ \t])*\p{Lu}[\p{L}'’-]+){0,2})"
    r"(?:[ \t]?\([ \t]?\d{1,2}[ \t]?\))?[ \t]*"
)
#: what parts the items: a comma, or ``and`` before the last
_RUGBY_SEP = compile_pattern(r",|[ \t]and[ \t]")

_Accepted = list[tuple[Candidate, int, int]]
_Deferred = list[tuple[int, int, int]]


def scoring_summaries(
    doc: Doc, lex: Lexicon, accepted: _Accepted, deferred: _Deferred
) -> tuple[_Accepted, _Deferred]:
    """The players of the article's scoring summaries, in place of what their words were
    read as alone (nothing, most often)."""
    spans = _player_spans(doc.text)
    if not spans:
        return accepted, deferred
    starts = layer(doc.text).words.starts
    found: list[tuple[int, int]] = []
    for s, e in spans:
        a, b = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if a < b and doc.toks[a].start == s and doc.toks[a].folded not in lex.stop_caps:
            found.append((a, b))

    def clash(a: int, b: int) -> bool:
        return any(fa < b and a < fb for fa, fb in found)

    kept = [x for x in accepted if not clash(x[1], x[2])]
    new = [(Candidate(list(doc.toks[a:b]), doc.toks[a].start, doc.toks[b - 1].end), a, b) for a, b in found]
    return kept + new, [r for r in deferred if not clash(r[0], r[1])]


def _player_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the scorers, assists and goalies of the text's summaries."""
    if ":" not in text:
        return []
    return sorted(set(_hockey_spans(text) + _rugby_spans(text)))


def _rugby_spans(text: str) -> list[tuple[int, int]]:
    """The players of a rugby summary's labelled lists (``Tries : Joubert ( 2 ) ,
    Kruger . Conversions : Honiball ( 4 ) .``): each item a surname, its count maybe; a
    list with an item of another shape (``penalty try``) is left alone."""
    out: list[tuple[int, int]] = []
    for m in _RUGBY_LABEL.finditer(text):
        base, items = m.start("items"), m.group("items")
        spans: list[tuple[int, int]] = []
        pos = 0
        for sep in [*_RUGBY_SEP.finditer(items), None]:
            end = sep.start() if sep is not None else len(items)
            item = _RUGBY_ITEM.fullmatch(items, pos, end)
            if item is None:
                spans = []
                break
            spans.append((base + item.start("name"), base + item.end("name")))
            pos = sep.end() if sep is not None else end
        out += spans
    return out


def _hockey_spans(text: str) -> list[tuple[int, int]]:
    """The scorers, assists and goalies of an ice hockey summary."""
    out: list[tuple[int, int]] = []
    if _GOAL_GATE.search(text) is None:
        return out
    for m in _GOAL.finditer(text):
        out.append(m.span("scorer"))
        if m.group("assists") != "unassisted":
            base = m.start("assists")
            out += [(base + a.start(), base + a.end()) for a in _ASSIST.finditer(m.group("assists"))]
    if not out:
        return []  # goalies are read only in an article with a scoring summary
    for line in _GOALIES.finditer(text):
        for g in _GOALIE.finditer(line.group("rest")):
            base = line.start("rest") + g.start("names")
            out += [(base + a.start(), base + a.end()) for a in _ASSIST.finditer(g.group("names"))]
    return out
