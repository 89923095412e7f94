"""Ice hockey scoring summaries: every surname on a goal or goalies line is a player.

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
#: the goalies line: ``Goalies : Team , Name . Team , Name .``
_GOALIES = compile_pattern(r"(?m)^[ \t]*Goalies[ \t]?:[ \t]?(?P<rest>.+)$")
#: one team's goalie (or goalies, joined by ``,``) on the goalies line
_GOALIE = compile_pattern(rf"\p{{Lu}}[\p{{L}}. \t]{{1,30}}?[ \t]?,[ \t]?(?P<names>{_NAME}(?:[ \t]?,[ \t]?{_NAME})*)[ \t]?(?:[.;]|$)")
_ASSIST = compile_pattern(_NAME)

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
    out: list[tuple[int, int]] = []
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
    return sorted(set(out))
