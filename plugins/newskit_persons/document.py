"""Per-article state the name rules read: the tokens, the words that open a sentence, and
the shape of each line (an ALL CAPS or Title Case headline, a results line, a scorers
heading), each line's shape read once and cached: most rules ask about the line of the
word they weigh."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from itertools import repeat

from newskit import layer
from newskit.patterns import compile_pattern
from newskit_persons.lexicon import fold
from newskit_persons.results import team_spans
from newskit_persons.tokens import Tok, tokenize

__all__ = ["Doc", "SCORERS", "abbreviated", "sentence_starts", "word_lines"]


_SENT_END = frozenset(".!?:;\"“”‘'(–—-[|•*#>")


_ABBREV_DOT = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt maj capt sgt sen rep gov rev fr adm cmdr insp det supt pres amb hon messrs mme mlle".split()
)


_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


_ASCII_NON_UPPER = bytes(c for c in range(128) if not chr(c).isupper())


class Doc:
    """Per-article state: tokens, line shapes, sentence starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.line_starts = layer(text).line_starts
        #: the line of each word (``line_of`` its start), found once: the rules ask for the
        #: line of the word they weigh several times a candidate
        self.tok_line = word_lines(self.line_starts, layer(text).words.starts)
        self._caps_line: dict[int, bool] = {}
        self._title_line: dict[int, bool] = {}
        self._teams: dict[int, list[tuple[int, int]]] = {}
        self._scorers: dict[int, bool] = {}
        self.sent_start = sentence_starts(text, self.toks)

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def caps_line(self, pos: int) -> bool:
        """True when the line holding ``pos`` is an ALL CAPS headline."""
        return self.caps_line_no(self.line_of(pos))

    def caps_word(self, i: int) -> bool:
        """True when word ``toks[i]`` stands on an ALL CAPS headline (a line read before
        is one look-up: the rules ask for the words of a few lines many times)."""
        got = self._caps_line.get(self.tok_line[i])
        return self.caps_line_no(self.tok_line[i]) if got is None else got

    def caps_line_no(self, ln: int) -> bool:
        """True when line ``ln`` is an ALL CAPS headline (read once a line)."""
        got = self._caps_line.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            n_letters, upper = _letter_counts(self.text[s:e])
            got = n_letters >= 4 and upper >= 0.8 * n_letters
            self._caps_line[ln] = got
        return got


    @functools.cached_property
    def dateline_places(self) -> frozenset[str]:
        """The folded place of the article's dateline (``MILFORD HAVEN , Wales
        1996-12-10``, ``SAN JOSE, Costa Rica (Reuters) -``), when it has one near its top:
        the place again in the text is that place, never a person."""
        m = _DATELINE.search(self.text, 0, _DATELINE_WITHIN)
        return frozenset((" ".join(fold(m.group(1)).split()),)) if m else frozenset()

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere: a capitalised opener
        among them is its ordinary word there (``Ozeki Wakanohana`` beside ``beat ozeki
        Takanonami``).

        Read from the text layer's word offsets, not through ``toks``: a long article's
        tokens are made lazily, and a pass over every ``Tok`` here made all of them (two
        words in three are read nowhere else; about 140 bytes a word)."""
        words = layer(self.text).words
        return frozenset(filter(str.islower, map(self.text.__getitem__, map(slice, words.starts, words.ends))))

    def team(self, pos: int, ln: int | None = None) -> bool:
        """True when ``pos`` lies in a team's name on a results or standings line
        (:mod:`newskit_persons.results`: ``Wigan 42 Bradford Bulls 36``); ``ln`` is the line
        of ``pos`` when the caller knows it."""
        if ln is None:
            ln = self.line_of(pos)
        spans = self._teams.get(ln)
        s = self.line_starts[ln]
        if spans is None:
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            spans = self._teams[ln] = team_spans(self.text[s:e])
        if not spans:
            return False  # most lines
        return any(a <= pos - s < b for a, b in spans)

    def scorers_line(self, ln: int) -> bool:
        """True when line ``ln`` names scorers (``Scorers : ...``)."""
        got = self._scorers.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            got = self._scorers[ln] = SCORERS.search(self.text, s, e) is not None
        return got

    def title_line(self, pos: int) -> bool:
        """True when the line holding ``pos`` is a headline in Title Case: at least four
        words, nearly all capitalised (small words aside), no full stop at its end."""
        return self.title_line_no(self.line_of(pos))

    def title_word(self, i: int) -> bool:
        """True when word ``toks[i]`` stands on a Title Case headline (:meth:`title_line`)."""
        return self.title_line_no(self.tok_line[i])

    def title_line_no(self, ln: int) -> bool:
        """True when line ``ln`` is a Title Case headline (read once a line)."""
        got = self._title_line.get(ln)
        if got is None:
            s = self.line_starts[ln]
            e = self.line_starts[ln + 1] if ln + 1 < len(self.line_starts) else len(self.text)
            line = self.text[s:e].strip()
            got = not line.endswith((".", "?", "!", '"', "\u201d")) and _title_case_words(line) \
                and not _table_line(line)  # results and scorecards are no headlines
            self._title_line[ln] = got
        return got


def word_lines(line_starts: Sequence[int], word_starts: Sequence[int]) -> list[int]:
    """The line of each word, by its start (an index into ``line_starts``, whose first is
    0): where each line's first word stands is one binary search a line, and each line's
    index is repeated for its words at C speed (lines are few, words many)."""
    firsts = [bisect.bisect_left(word_starts, s) for s in line_starts[1:]]
    out: list[int] = []
    done = 0
    for ln, first in enumerate(firsts):
        out.extend(repeat(ln, first - done))
        done = first
    out.extend(repeat(len(firsts), len(word_starts) - done))
    return out


def sentence_starts(text: str, toks: Sequence[Tok]) -> set[int]:
    """The indices of the words that open a sentence: the first, and each after a line
    break or sentence punctuation (not the dot of an abbreviation: ``Mr. Smith``)."""
    words = layer(text).words
    starts, ends = words.starts, words.ends
    if not len(starts):
        return set()
    out = {0}
    # most words follow one space, which opens no sentence: only the others are read
    after = zip(ends, starts[1:], strict=False)  # word i - 1's end, word i's start
    for i in [i for i, (e, s) in enumerate(after, 1) if s - e != 1 or text[e] != " "]:
        gap = text[ends[i - 1] : starts[i]]
        before = gap.strip()
        if "\n" in gap or (before and before[-1] in _SENT_END):
            if not (before == "." and abbreviated(toks[i - 1])):
                out.add(i)
    return out


def _title_case_words(line: str) -> bool:
    """At least four words besides the small ones, nearly all of them capitalised (read
    only for a line without a full stop at its end: most lines are sentences)."""
    big = [w for w in _TITLE_WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    caps = sum(1 for w in big if w[0].isupper())
    return len(big) >= 4 and caps >= 0.85 * len(big)


_TABLE_MARKS = compile_pattern(r"\(|\d.*\d.*\d|\b\p{Lu}\.")
#: a results line's separators (``Scorers : ...``, ``Italy 2 ( ... ) ; ...``), which a
#: headline writes too (``Lohan Checks Into Rehab ; Investigation Pending``, ``Results :
#: Klitschko Cruises``): a table's only on a line that holds a figure
_TABLE_SEPARATORS = compile_pattern(r";|\s:\s")
_DIGIT = compile_pattern(r"\d")


def _table_line(line: str) -> bool:
    """A line of a results table or a scorecard, no headline: a bracket, three figures, an
    initial with its dot, or a separator on a line that holds a figure."""
    return bool(_TABLE_MARKS.search(line)) or bool(_TABLE_SEPARATORS.search(line) and _DIGIT.search(line))


_TITLE_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")


_SMALL_WORDS = frozenset("a an the of in on at to for and or but by with from as into over after".split())


def _letter_counts(line: str) -> tuple[int, int]:
    """How many letters ``line`` has, and how many of them are upper case (a C-speed
    path for ASCII lines, the usual case)."""
    if line.isascii():
        raw = line.encode("ascii")
        return len(raw.translate(None, _ASCII_NON_LETTERS)), len(raw.translate(None, _ASCII_NON_UPPER))
    letters = [c for c in line if c.isalpha()]
    return len(letters), sum(1 for c in letters if c.isupper())


def abbreviated(t: Tok) -> bool:
    return (len(t.text) == 1 and t.text.isupper()) or t.folded in _ABBREV_DOT or "." in t.text


SCORERS = compile_pattern(r"(?i)\bscorers?\b")


#: A dateline opening a line: a place in capitals, maybe a region or country after a
#: comma, then a date (``1996-12-10``) or the agency in brackets (``(Reuters)``).
_DATELINE = compile_pattern(
    r"(?m)^[ \t]*(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,3})(?: ?, [\p{L} .]{2,30}?)?"
    r" (?:\d{4}-\d\d-\d\d\b|\(\p{Lu}[\p{L}]+\))"
)


#: How far into an article its dateline may stand (characters: a headline before it).
_DATELINE_WITHIN = 400
