"""Sports results and scorecards (wire-service style): a cricket dismissal mark or
bowling figures, a goal's minute on a scorers line, a country in brackets after a name.
Their shape names people with no sentence around them."""

from __future__ import annotations

from collections.abc import Callable

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon
from newskit_persons.rule_gates import Opens, RuleGates
from newskit_persons.word_classes import is_initial

__all__ = [
    "SCORECARD_WORDS",
    "batsman_line",
    "bowler",
    "bowling_after",
    "club_list_item",
    "country_after",
    "dismissal_before",
    "dismissal_line",
    "record_after",
    "scorecard_name",
    "scorer",
]


def dismissal_before(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Cricket scorecards: ``c Healy b McGrath``, ``st Moin Khan``."""
    if k == 0 or doc.toks[k].possessive:
        return False  # "in Jordan's film" is a person's
    p = doc.toks[k - 1]
    return p.text in lex.dismissal_marks and doc.text[p.end : doc.toks[k].start] == " "


#: The rest of a batsman's line after a name the mark before it names: the bowler after a
#: catcher or a stumper (`` b Streak 8``), the runs after a bowler (`` 8``), then the line's end.
_AFTER_FIELDER = compile_pattern(r" b \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} \d{1,3}[ \t]*$")
_AFTER_BOWLER = compile_pattern(r" \d{1,3}[ \t]*$")


#: A batsman's line after his name: how he was out (caught, stumped, leg before or bowled,
#: by a named bowler; run out, not out, retired hurt) and his runs closing the line.
_BATSMAN_REST = compile_pattern(
    r" (?:(?:(?:c|st) \p{Lu}[\p{L}'’. -]{0,30}? |lbw |c ?& ?)?b \p{Lu}[\p{L}'’. -]{0,30}?"
    r"|run out(?: \( ?[\p{L}'’. -]{1,30} ?\))?|not out|retired hurt) \d{1,3}[ \t]*$"
)


def batsman_line(doc: Doc, k: int, e: int) -> bool:
    """Cricket scorecards: the name opening a batsman's line, ``Inzamam-ul-Haq c Campbell b
    Strang 41``, ``Streak not out 20``: the rest of the line says he batted."""
    if e > len(doc.toks) or doc.tok_line[k] != doc.line_of(doc.toks[e - 1].end):
        return False
    ln = doc.tok_line[k]
    if k > 0 and doc.tok_line[k - 1] == ln:
        return False  # the name opens its line (a token of its line before it: no batsman's line)
    return _BATSMAN_REST.match(doc.text, doc.toks[e - 1].end, _line_end(doc, ln)) is not None


def _line_end(doc: Doc, ln: int) -> int:
    """Where line ``ln`` ends (its newline, or the text's end), from the line starts the
    document keeps: no scan of the rest of the text (a text with no newline is one line)."""
    starts = doc.line_starts
    return starts[ln + 1] - 1 if ln + 1 < len(starts) else len(doc.text)


def dismissal_line(doc: Doc, k: int, e: int) -> bool:
    """Cricket scorecards: a name on a batsman's line whose whole shape is a dismissal,
    ``c Flower b Streak 8`` (the catcher: a bowler and the runs follow) or ``b Streak 8``
    (the bowler: the runs close the line). The line says who they are, however ordinary
    the word (``Flower``, ``Such``, ``Law``)."""
    if k == 0 or e > len(doc.toks):
        return False
    p, last = doc.toks[k - 1], doc.toks[e - 1]
    if doc.text[p.end : doc.toks[k].start] != " ":
        return False
    ln_end = _line_end(doc, doc.line_of(last.end))
    if p.text in ("c", "st"):
        return _AFTER_FIELDER.match(doc.text, last.end, ln_end) is not None
    return p.text == "b" and _AFTER_BOWLER.match(doc.text, last.end, ln_end) is not None


#: A bowler's figures in a cricket scorecard: overs, maidens, runs, wickets (``9.5-0-44-1``;
#: a wrapped table puts them on the next line).
_BOWLING = compile_pattern(r"[ \n]\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")


def bowling_after(doc: Doc, k: int) -> bool:
    """Cricket scorecards: a name right before its bowling figures (``Vaas 7-0-29-0``)."""
    return match_ahead(_BOWLING, doc.text, doc.toks[k].end) is not None


#: A won-lost record in brackets (``( 19-7 )``, a boxer's ``( 25-1-1 )``): wins, losses and
#: draws, no score of a match, which never stands in brackets right after a name.
_RECORD = compile_pattern(r" ?\( ?\d{1,3}-\d{1,3}(?:-\d{1,3})? ?\)")


def record_after(doc: Doc, k: int) -> bool:
    """Results and summaries: a name right before its won-lost record in brackets (a
    pitcher's ``Pettite ( 19-7 ) allowed two runs``, a wrestler's ``beat sekiwake Kaio (
    6-4 )``). A team's record follows a place or a plural (``Denver ( 10-2 )``,
    ``the Packers ( 9-3 )``), which the caller's word checks leave out."""
    return match_ahead(_RECORD, doc.text, doc.toks[k].end) is not None


#: Wickets for runs after an initialled name in a summary's bracket (``P. Such 8-118 )``).
_WICKETS_FOR_RUNS = compile_pattern(r" \d{1,2}-\d{1,3}(?= [,;)])")


#: What stands between an item of a bowling list and the word before it on its line: the
#: heading's colon, the comma or semicolon after the last item, or a bracket.
_ITEM_GAPS = frozenset((":", ",", ";", "("))


#: How many words a bowler's name holds at most (``Mushtaq Ahmed``, ``M. Waugh``).
_BOWLER_WORDS = 3


#: How far back (characters) a bowling list's heading stands from an item of it (a list
#: wraps over two or three lines).
_BOWLING_SPAN = 400


def bowler(doc: Doc, ci: int, cj: int) -> bool:
    """Cricket scorecards: a run that is one whole item of a bowling list under its
    heading, right before its figures (``Bowling : Law 2-0-23-0 , Such 8-0-39-3``), or an
    initialled name before its wickets for runs (``; P. Such 8-118 )``). The figures say
    it is a bowler whatever its words are (``Law``, ``Such``, ``Bishop`` are also English
    words)."""
    toks = doc.toks
    if cj - ci > _BOWLER_WORDS:
        return False
    if bowling_after(doc, cj - 1):
        start = toks[ci].start
        if doc.text.rfind("Bowling", max(0, start - _BOWLING_SPAN), start) < 0:
            return False
    elif not (cj - ci >= 2 and is_initial(doc, toks[ci]) and match_ahead(_WICKETS_FOR_RUNS, doc.text, toks[cj - 1].end)):
        return False
    return _opens_item(doc, ci)


def _opens_item(doc: Doc, ci: int) -> bool:
    """Whether ``toks[ci]`` opens an item of a list on its line (first on the line, or
    after a colon, a comma, a semicolon or a bracket), outside an ALL CAPS headline."""
    toks = doc.toks
    if doc.caps_word(ci):
        return False
    if ci == 0 or doc.tok_line[ci - 1] != doc.tok_line[ci]:
        return True
    return doc.text[toks[ci - 1].end : toks[ci].start].strip() in _ITEM_GAPS


#: A goal's minute after a scorer's name: ``Bode 34``, ``Moeller 23 pen``, ``Pizzi ( 2nd minute )``.
_MINUTE = compile_pattern(
    r"(?m) (?:\( )?\d{1,3}(?:st|nd|rd|th)?(?: (?:pen|penalty|minute|min|o\.g\.|og))?(?= ?[,;)](?!\d)| ?$| \.(?!\d))"
)


#: How far back a bracket of scorers opens (characters).
_SCORERS_SPAN = 200


#: How many lines a ``Scorers`` heading covers (one line a team: ``Brazil - Giovanni ( 14th )``).
_SCORERS_LINES = 3


_ORDINAL_MINUTE = compile_pattern(r" \d{1,3}(?:st|nd|rd|th)\b")


def scorer(doc: Doc, k: int) -> bool:
    """Soccer results: a lone name followed by the minute of its goal is a scorer, when the
    line (or the one before) is headed ``Scorers`` or the name stands in brackets after a
    team's score (``Bremen 2 ( Bode 34 , Labbadia 67 )``). A cricket total is followed by its details in brackets (``Durham 114 (
    S. Watkin 4-28 )``), a goal's minute is not."""
    t = doc.toks[k]
    minute = match_ahead(_MINUTE, doc.text, t.end)
    if minute is None:
        return False
    ln = doc.line_of(t.start)
    if any(doc.scorers_line(x) for x in range(max(0, ln - _SCORERS_LINES), ln + 1)):
        return True
    s = max(doc.line_starts[ln], t.start - _SCORERS_SPAN)  # a bracket of scorers is short
    opened = doc.text.rfind("(", s, t.start)
    if opened < 0 or doc.text.find(")", opened, t.start) >= 0:
        return False
    # a substitute in a line-up, ordinal minute: "Davino ( Becerril 46th )"
    return doc.text[s:opened].rstrip()[-1:].isdigit() or _ORDINAL_MINUTE.match(minute.group()) is not None


def country_after(doc: Doc, lex: Lexicon, e: int) -> bool:
    """Results tables: a name followed by its country in brackets, ``( Germany )``."""
    text = doc.text
    toks = doc.toks
    if e >= len(toks) or e == 0:
        return False
    gap = text[toks[e - 1].end : toks[e].start].strip()
    if gap != "(":
        return False
    j = e
    words = []
    while j < len(toks) and j - e < 3:
        words.append(toks[j].folded)
        after = text[toks[j].end : toks[j + 1].start if j + 1 < len(toks) else len(text)].strip()
        if after.startswith(")") or after.replace(" ", "").startswith(".)"):  # "( U.S. )"
            w = " ".join(words)
            return w in lex.places or w in lex.demonyms or (len(words) == 1 and toks[e].text.isupper())
        if after and after != ".":
            return False
        j += 1
    return False


#: A leaders' table line: a count and a dash first, then names each with a bracket
#: (``8 - Chapuisat ( Dortmund ) , Klinsmann ( Bayern Munich )``).
_LEADERS_LINE = compile_pattern(r"\d{1,3} - \p{Lu}[^\n(]*\( [^\n)]+ \)(?: , [^\n(]+\( [^\n)]+ \))*[ \t]*$")


#: A bracket of a club or a country: one to three capitalised words or numbers.
_CLUB_BRACKET = compile_pattern(r" \( (?:\p{Lu}[\p{L}.'-]*|\d+)(?: (?:\p{Lu}[\p{L}.'-]*|\d+)){0,2} \)")


#: The heading of a leaders' table: ``Leading goalscorers``, ``Top scorers``, ``Leaders``.
_LEADERS_HEADING = compile_pattern(r"(?i)\b(?:(?:goal)?scorers?|leaders|leading|top)\b")


#: How many lines of a table may stand between its heading and an item.
_LEADERS_LINES = 20


def club_list_item(doc: Doc, e: int) -> bool:
    """Leaders' tables (scorers, points, assists): a name followed by its club or country
    in brackets, on a line opened by a count and a dash whose every item is so written
    (``7 - Moller ( Dortmund ) , Max ( Munich 1860 )``), under a heading naming scorers
    or leaders: the club need be no place."""
    toks = doc.toks
    if e == 0 or match_ahead(_CLUB_BRACKET, doc.text, toks[e - 1].end) is None:
        return False
    ln = doc.tok_line[e - 1]
    for x in range(ln, max(-1, ln - _LEADERS_LINES), -1):
        line = _line(doc, x)
        if _LEADERS_LINE.match(line) is None:
            return x < ln and _LEADERS_HEADING.search(line) is not None
    return False


def _line(doc: Doc, ln: int) -> str:
    """The text of line ``ln`` without its line break."""
    s = doc.line_starts[ln]
    end = doc.line_starts[ln + 1] if ln + 1 < len(doc.line_starts) else len(doc.text)
    return doc.text[s:end].rstrip("\n")


#: How many words a player's name on a batsman's line holds at most (``Moin Khan``).
SCORECARD_WORDS = 3


#: A scorecard's rules on a run and what opens each (:mod:`.rule_gates`): a bowler's
#: figures right after the run, a dismissal's mark right before it, a batsman's line
#: opened by the run.
_CardRule = Callable[[Doc, int, int], bool]
_CARD_RULES: tuple[_CardRule, ...] = (bowler, dismissal_line, batsman_line)
_BOWLER_RULE = _CARD_RULES[:1]
_CARD_GATES: RuleGates[_CardRule] = RuleGates(_CARD_RULES, {
    bowler: Opens(after_digit=True),
    dismissal_line: Opens(before=lambda _lex: ("c", "st", "b")),
    batsman_line: Opens(line_first=True),
})


def scorecard_name(doc: Doc, lex: Lexicon, ci: int, cj: int) -> bool:
    """A run a cricket scorecard names, whatever its words are (``Bowling : Law 2-0-23-0``,
    ``c Such b Bishop 12``, ``Streak not out 20``): :func:`bowler`, or for a name of up to
    :data:`SCORECARD_WORDS` words :func:`dismissal_line` or :func:`batsman_line`; only the
    rules the words around the run can open are asked (most runs open none)."""
    rules = _CARD_RULES if cj - ci <= SCORECARD_WORDS else _BOWLER_RULE
    for rule in _CARD_GATES.opened(doc, lex, ci, cj, rules):
        if rule(doc, ci, cj):
            return True
    return False
