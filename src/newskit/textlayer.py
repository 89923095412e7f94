"""The shared text layer: one article's words, sentences, paragraphs and names, computed
once and read by every plugin.

Every extractor used to split and scan the text on its own (the same work five times per
article). :func:`layer` returns one :class:`TextLayer` per text from a small, bounded,
thread-safe cache, so the persons, quotes, claims and events plugins (and third-party ones)
share one object; each part is computed lazily, the first time someone asks for it.

Everything is offsets into the original string, never a normalised copy. Token data is
stored in compact arrays (ten bytes a token: 4-byte offsets), so a 5 MB article's layer stays small.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import accumulate, compress, count
from typing import TYPE_CHECKING, Any, TypeVar, overload

import regex
from attrs import frozen

from newskit.datafiles import package_json
from newskit.model import Article, Span

if TYPE_CHECKING:
    from newskit.actors import Actor
    from newskit.furniture import Furniture

__all__ = [
    "ALL_CAPS",
    "CAPITALISED",
    "CLITIC",
    "CUT",
    "EAGER_SPANS",
    "LOWER",
    "NUMBER",
    "POSSESSIVE",
    "PUNCT",
    "SpanArray",
    "TITLE",
    "WORD",
    "TextLayer",
    "dateline_end",
    "forget",
    "offset_array",
    "Token",
    "Tokens",
    "in_title_case_line",
    "layer",
    "opens_sentence",
    "title_case",
]

# ---------------------------------------------------------------- token shapes
# Plain int bit flags (not enum.Flag): tested in inner loops, where enum arithmetic is slow.
#: letters or digits (with internal ``' ’ - .``): ``Putin``, ``Jong-un``, ``U.S``, ``1996``
WORD = 1
#: a word made of digits (and internal ``- .``) only: ``1996``, ``3.5``, ``18-19``
NUMBER = 2
#: any other single non-space character: ``,`` ``"`` ``(`` ``$``
PUNCT = 4
#: a word whose first character is an upper-case letter
CAPITALISED = 8
#: a word with two or more letters, all upper case: ``NATO``, ``U.S``
ALL_CAPS = 16
#: a capitalised word whose other letters are all lower case: ``Putin``, ``Jong-un``
TITLE = 32
#: a word whose letters are all lower case
LOWER = 64
#: a word followed by a possessive ``'s``: ``Putin`` in ``Putin's`` (or ``Clinton 's``)
POSSESSIVE = 128
#: the ``'s`` cut off a possessive word (the only token of two characters that is not a word)
CLITIC = 256
#: a word whose possessive ``'s`` was cut off into a ``CLITIC`` token at ``[end, end + 2)``
CUT = 512

# a word: letters/digits with internal apostrophes, hyphens or dots ("O'Neill", "Jong-un",
# "U.S"); each repetition needs a separator, so matching is linear. Any other character
# that is not a space is a one-character PUNCT token.
_WORD = r"[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*"
_NON_SPACE = regex.compile(r"\S")
_APOS = "'’"
_S = "sS"

# word -> shape: words repeat (Zipf), so a dictionary look-up replaces most shape tests;
# with it, the set of its words whose shape is ``CUT`` (a possessive ``'s`` at their end): a
# chunk's cut words are its distinct words found there, one set intersection instead of a
# Python step per distinct word. The pair is replaced whole when full, never cleared in
# place, so a scan running in another thread keeps the pair it started with.
_SHAPES: tuple[dict[str, int], set[str]] = ({}, set())
_SHAPES_MAX = 200_000


def _shape(w: str) -> int:
    """The shape flags of a word (letters/digits) token."""
    c = w[0]
    if not any(ch.isalpha() for ch in w):
        return WORD | NUMBER if c.isdigit() else WORD
    shape = WORD
    if c.isupper():
        shape |= CAPITALISED
        rest = w[1:]
        if rest.lower() == rest:
            shape |= TITLE
    if w.upper() == w and sum(1 for ch in w if ch.isalpha()) >= 2:
        shape |= ALL_CAPS
    elif w.lower() == w:
        shape |= LOWER
    return shape


@frozen
class Token:
    """One token: ``text`` is ``article.text[start:end]``; ``shape`` holds the flags
    (``WORD``, ``NUMBER``, ``PUNCT``, ``CAPITALISED``, ``ALL_CAPS``, ``TITLE``, ``LOWER``,
    ``POSSESSIVE``, ``CLITIC``, ``CUT``) as one int: test them with ``token.shape & CAPITALISED``."""

    start: int
    end: int
    text: str
    shape: int

    @property
    def is_word(self) -> bool:
        return bool(self.shape & WORD)


# the word pattern as a splitter: the words and the gaps between them in one C-level call
_WORD_SPLIT = regex.compile(r"(" + _WORD + r")")
# the same splitter for an ASCII text, where the word's classes are ASCII ones (no mark, no
# curly apostrophe): the standard library's engine splits with it in half the time
_ASCII_WORD_SPLIT = re.compile(r"([A-Za-z0-9]+(?:['\-.][A-Za-z0-9]+)*)")
# a possessive written apart, as tokenised text has it: "Clinton 's" (literal characters
# only, which both engines read alike: the standard library's finds them in half the time)
_SPACED_S = re.compile(r" ['’][sS]")
#: the text is split in pieces of about this many characters, cut at a space or newline
#: (no word holds one), so a long article's words are never all Python strings at once
_CHUNK = 1 << 16


def _word_shape(w: str) -> int:
    """The shape of a word match: a possessive ``'s`` it ends with marks it ``CUT``."""
    if len(w) > 2 and w[-2] in _APOS and w[-1] in _S:
        return _shape(w[:-2]) | POSSESSIVE | CUT
    return _shape(w)


def _chunk_end(text: str, a: int, n: int) -> int:
    b = a + _CHUNK
    if b >= n:
        return n
    k = max(text.rfind(" ", a, b), text.rfind("\n", a, b))
    if k > a:
        return k
    k = text.find(" ", b)
    return n if k < 0 else k


#: the largest offset a 4-byte array item holds
_INT_MAX = (1 << 31) - 1


def offset_array(text: str) -> array[int]:
    """An empty array for offsets into ``text``: 4-byte items (``"i"``) where every offset
    fits, as in any article a reader takes, else 8 (``"q"``). Half the bytes of the 8-byte
    ``"l"`` the layer used: a word held 18 bytes of offsets and shape, now 10. Arrays meant
    to ``extend`` the layer's (``layer(text).words.starts``) are made with it."""
    return array("i" if len(text) <= _INT_MAX else "q")


def _scan_words(text: str) -> tuple[array[int], array[int], array[int]]:
    """Word tokens: offsets and shapes, a possessive ``'s`` cut off (shape ``CUT``).

    No Python step per word: ``_WORD_SPLIT`` splits the text into gaps and words, the
    offsets are the running sums of their lengths, the shapes one look-up per distinct
    word (words repeat: Zipf); only the rare ``'s`` cut and ``Clinton 's`` are visited.
    """
    starts, ends = offset_array(text), offset_array(text)
    shapes: array[int] = array("H")
    global _SHAPES
    n = len(text)
    if len(_SHAPES[0]) > _SHAPES_MAX:
        _SHAPES = ({}, set())
    cache, cut_words = _SHAPES
    split = _ASCII_WORD_SPLIT.split if text.isascii() else _WORD_SPLIT.split
    a = 0
    while a < n:
        b = _chunk_end(text, a, n)
        parts = split(text[a:b])
        words = parts[1::2]
        a0, a = a, b
        if not words:
            continue
        offsets = list(accumulate(map(len, parts), initial=a0))
        first, k = len(ends), 2 * len(words)
        # ``fromlist`` of a list, not ``extend``: a list's items are read at C speed, where
        # ``extend`` steps through any iterable (half the time for the offsets)
        starts.fromlist(offsets[1:k:2])
        ends.fromlist(offsets[2 : k + 1 : 2])
        distinct = set(words)
        for w in distinct.difference(cache):
            shape = cache[w] = _word_shape(w)
            if shape & CUT:
                cut_words.add(w)
        shapes.fromlist(list(map(cache.__getitem__, words)))
        cut = distinct & cut_words
        if cut:  # the cut words' places found at C speed: only they are visited
            for i in compress(count(first), map(cut.__contains__, words)):
                ends[i] -= 2
    for m in _SPACED_S.finditer(text):
        p = m.start()
        if p + 3 == n or not text[p + 3].isalnum():
            i = bisect_left(ends, p)
            if i < len(ends) and ends[i] == p:
                shapes[i] |= POSSESSIVE
    return starts, ends, shapes


def _with_punct(text: str, words: Tokens) -> tuple[array[int], array[int], array[int]]:
    """Every token: the words, the ``'s`` clitics cut off them, and a ``PUNCT`` token per
    other non-space character."""
    starts, ends = offset_array(text), offset_array(text)
    shapes: array[int] = array("H")
    add_s, add_e, add_h = starts.append, ends.append, shapes.append
    prev = 0
    for s, e, sh in zip(words.starts, words.ends, words.shapes, strict=True):
        if s - prev > 1 or (s > prev and not text[prev].isspace()):
            for m in _NON_SPACE.finditer(text, prev, s):
                add_s(m.start())
                add_e(m.end())
                add_h(PUNCT)
        add_s(s)
        add_e(e)
        add_h(sh)
        prev = e
        if sh & CUT:
            add_s(e)
            add_e(e + 2)
            add_h(CLITIC)
            prev = e + 2
    for m in _NON_SPACE.finditer(text, prev, len(text)):
        add_s(m.start())
        add_e(m.end())
        add_h(PUNCT)
    return starts, ends, shapes


class Tokens(Sequence[Token]):
    """Tokens of a text, in order, stored compactly.

    ``starts``, ``ends`` and ``shapes`` are parallel arrays (read them directly in hot
    loops); indexing builds a :class:`Token` on demand. Tokens never overlap.
    """

    __slots__ = ("ends", "shapes", "starts", "text")

    def __init__(self, text: str, starts: array[int], ends: array[int], shapes: array[int]) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.shapes = shapes

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | Sequence[Token]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        s, e = self.starts[i], self.ends[i]
        return Token(s, e, self.text[s:e], self.shapes[i])

    def __iter__(self) -> Iterator[Token]:
        text = self.text
        for s, e, sh in zip(self.starts, self.ends, self.shapes, strict=True):
            yield Token(s, e, text[s:e], sh)



# ---------------------------------------------------------------- sentences, paragraphs

_SENTENCE_WORDS = package_json("newskit", "sentences.json")
#: Abbreviations after which a period does not end a sentence (lower-cased, no period).
ABBREVIATIONS = frozenset(_SENTENCE_WORDS["abbreviations"])
#: Abbreviations that often end a sentence as well as a name or a time ("in the U.S.",
#: "at 7:58 a.m.", "Acme Inc."): a sentence starter after them begins a new sentence.
_FINAL_ABBREVIATIONS = frozenset(_SENTENCE_WORDS["final_abbreviations"])
#: Words that, after "U.S." and the like, show a new sentence has begun.
_SENTENCE_STARTERS = frozenset(_SENTENCE_WORDS["sentence_starters"])
#: Abbreviations that close a clock time ("at 7:58 a.m."): after them any capitalised word
#: opens a new sentence unless it goes on telling the time (:func:`_goes_on_telling_time`).
_CLOCK_ABBREVIATIONS = frozenset(_SENTENCE_WORDS["clock_abbreviations"])
_ZONE_NAMES = frozenset(_SENTENCE_WORDS["zone_names"])
#: up to three capitalised words then a word that closes a zone's name ("Western Indonesia
#: Time", "Beijing time", "Eastern Standard Time")
_ZONE_IN_WORDS = regex.compile(
    r"\s+(?:\p{Lu}[\p{L}-]*[ \t]+){1,3}(?:" + "|".join(sorted(_SENTENCE_WORDS["zone_words"])) + r")\b"
)
_CAPITALS_ENDING_IN_T = regex.compile(r"\p{Lu}{0,4}T")


@cache
def _calendar_words() -> frozenset[str]:
    """The months' and weekdays' names (``actors.json``, the project's one list) and their
    abbreviations: the :data:`ABBREVIATIONS` of three letters or more that open one (``Jan``,
    ``Sept``, ``Thurs``; not ``No``)."""
    actors = package_json("newskit", "actors.json")
    names = [*actors["months"], *actors["weekdays"]]
    short = {a.capitalize() for a in ABBREVIATIONS
             if len(a) >= 3 and a.isalpha() and any(n.lower().startswith(a) for n in names)}
    return frozenset(names) | short


def _goes_on_telling_time(word: str, text: str, end: int) -> bool:
    """Whether the capitalised ``word`` after a clock time's ``a.m.``/``p.m.`` (ending at
    ``end``) still tells the time: a weekday or month (``9 p.m. Monday``), a zone in capitals
    (``3 p.m. EDT``) or in words (``6 a.m. Beijing time``). Any other capitalised word opens
    a new sentence: ``at 7:58 a.m. Police said``, ``shortly after 7 a.m. Rescue teams``."""
    return (
        word in _calendar_words()
        or word in _ZONE_NAMES
        or _CAPITALS_ENDING_IN_T.fullmatch(word) is not None
        or _ZONE_IN_WORDS.match(text, end, end + 64) is not None
    )


_PARA = regex.compile(r"\n[ \t]*\n+|\n(?=[ \t]*\S)")
# a candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace
_BOUNDARY = regex.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n")
# searched backwards from the boundary ((?r)): the same word as a forward search up to
# trailing dots (stripped), without trying every start of the 40 characters before it
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.]+)[.!?]*[\"'\u201d\u2019)\]]*$")
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_NEXT_START = regex.compile(r"\s+[\"'\u201c\u2018(]?(\p{L}|\d)")
_NEWLINE = regex.compile(r"\n")


#: Up to this many spans (sentences, paragraphs, lines) a text's are a tuple; above it a
#: compact :class:`SpanArray` that makes each ``Span`` when read (a text of a million short
#: lines held two million ``Span`` objects and their ints, ~0.2 GB).
EAGER_SPANS = 20_000


class SpanArray(Sequence[Span]):
    """Spans stored as two arrays of offsets, each :class:`~newskit.model.Span` made on
    access (read-only, in order). What a long text's ``sentences`` and ``paragraphs`` are."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Span: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Span, ...]: ...

    def __getitem__(self, i: int | slice) -> Span | tuple[Span, ...]:
        if isinstance(i, slice):
            return tuple(Span(start=a, end=b) for a, b in zip(self.starts[i], self.ends[i], strict=True))
        return Span(start=self.starts[i], end=self.ends[i])

    def __iter__(self) -> Iterator[Span]:
        return (Span(start=a, end=b) for a, b in zip(self.starts, self.ends, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpanArray):
            return self.starts == other.starts and self.ends == other.ends
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _spans(starts: array[int], ends: array[int]) -> Sequence[Span]:
    if len(starts) <= EAGER_SPANS:
        return tuple(Span(start=a, end=b) for a, b in zip(starts, ends, strict=True))
    return SpanArray(starts, ends)


def _add_trimmed(text: str, a: int, b: int, out: tuple[array[int], array[int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out[0].append(a)
        out[1].append(b)


def _paragraphs(text: str) -> Sequence[Span]:
    spans = (offset_array(text), offset_array(text))
    pos = 0
    for m in _PARA.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return _spans(*spans)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def _after_apostrophe(text: str, before: regex.Match[str] | None) -> bool:
    """``company's. Dancers``: the letter after an apostrophe is a clitic, not an initial."""
    return before is not None and before.start(1) > 0 and text[before.start(1) - 1] in "'\u2019"


def _sentences(text: str) -> Sequence[Span]:
    out = (offset_array(text), offset_array(text))
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n":
            before = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.end())
            word = before.group(1).lower().rstrip(".") if before else ""
            if word in ABBREVIATIONS or (_initial(word) and not _after_apostrophe(text, before)):
                nxt = _NEXT_WORD.match(text[end : end + 16])
                # "U.N. Security Council", "9 p.m. Monday" keep going; "in the U.S. The next",
                # "at 7:58 a.m. The agency said" still split
                if not (nxt and word in _FINAL_ABBREVIATIONS and (
                    nxt.group(1) in _SENTENCE_STARTERS
                    or (word in _CLOCK_ABBREVIATIONS and nxt.group(1)[0].isupper()
                        and not _goes_on_telling_time(nxt.group(1), text, end))
                )):
                    continue
            nxt = _NEXT_START.match(text[end : end + 8])
            if nxt and nxt.group(1).islower():
                continue
        _add_trimmed(text, start, end, out)
        start = end
    _add_trimmed(text, start, len(text), out)
    return _spans(*out)


def _across_datelines(text: str, sentences: Sequence[Span], found: Sequence[Furniture]) -> Sequence[Span]:
    """``sentences`` with no sentence ending inside a wire dateline: the period of a state's
    abbreviation (``GEISMAR, La. (AP) -``, ``PARADISE, Calif. (AP) -``) ends no sentence
    there, so the dateline and the news it opens stay one sentence, as :func:`dateline_end`
    expects."""
    ends = [(f.start, f.end) for f in found if f.kind == "dateline"]
    if not ends or not sentences:
        return sentences
    out = (offset_array(text), offset_array(text))
    k = 0
    i = 0
    n = len(sentences)
    while i < n:
        s = sentences[i]
        start, end = s.start, s.end
        while k < len(ends) and ends[k][1] <= start:
            k += 1
        while i + 1 < n and k < len(ends) and ends[k][0] <= start and end < ends[k][1]:
            i += 1
            end = sentences[i].end
        out[0].append(start)
        out[1].append(end)
        i += 1
    return _spans(*out)


# ---------------------------------------------------------------- numbers

_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\d+(?:[,.]\d+)*(?![\p{L}\p{N}])")


# ---------------------------------------------------------------- the layer

T = TypeVar("T")
_UNSET: Any = object()


class TextLayer:
    """What every plugin needs to know about one text, each part computed on first use.

    Get one with :func:`layer` (never build it yourself in a plugin: the point is that
    every plugin reads the same object). The parts:

    ``words``             the word tokens, with offsets and shapes (:class:`Tokens`)
    ``tokens``            every token: words, ``'s`` clitics, punctuation
    ``sentences``         sentence spans, trimmed (rule-based, abbreviation-aware)
    ``paragraphs``        paragraph spans (news text: one paragraph a line), trimmed
    ``line_starts``       the offset where each line starts (0 first)

    ``sentences``, ``paragraphs`` and ``line_starts`` are tuples, or above
    :data:`EAGER_SPANS` items compact read-only sequences (:class:`SpanArray`, an array).
    ``capitalised_runs``  ``words`` index ranges ``(i, j)`` of capitalised words joined by one space
    ``numbers``           spans of number-like tokens: ``1996``, ``3.5``, ``11,000``
    ``gazetteer``         places, demonyms and institutions of ``newskit.actors``' data, at
                          each capitalised word (the longest name there; hits may overlap)

    ``furniture``         page furniture (:class:`newskit.furniture.Furniture`): date lines,
                          bylines, captions, boilerplate lines and wire datelines, in order
    ``lead``              the first news sentences past the furniture (up to
                          :data:`newskit.furniture.LEAD_SENTENCES`), the first starting
                          after a dateline that opens it

    ``memo(key, build)`` keeps a plugin's own structure on the layer, built once per text;
    ``drop_tokens()`` lets ``tokens`` go once the last step that reads them is done.
    Every part is deterministic; concurrent first reads may build a part twice but always
    store equal values.
    """

    __slots__ = (
        "_caps_runs",
        "_furniture",
        "_gazetteer",
        "_lead",
        "_lines",
        "_memo",
        "_numbers",
        "_paragraphs",
        "_sentences",
        "_tokens",
        "_words",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens: Tokens | None = None
        self._words: Tokens | None = None
        self._sentences: Sequence[Span] | None = None
        self._paragraphs: Sequence[Span] | None = None
        self._lines: Sequence[int] | None = None
        self._caps_runs: tuple[tuple[int, int], ...] | None = None
        self._numbers: tuple[Span, ...] | None = None
        self._gazetteer: tuple[Actor, ...] | None = None
        self._furniture: tuple[Furniture, ...] | None = None
        self._lead: tuple[Span, ...] | None = None
        self._memo: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"TextLayer({len(self.text)} chars)"

    @property
    def words(self) -> Tokens:
        """The word tokens only (``WORD``): what most plugins scan, and the cheaper part."""
        if self._words is None:
            self._words = Tokens(self.text, *_scan_words(self.text))
        return self._words

    @property
    def tokens(self) -> Tokens:
        """Every token: words, ``'s`` clitics and punctuation; every non-space character
        of the text lies in exactly one."""
        if self._tokens is None:
            self._tokens = Tokens(self.text, *_with_punct(self.text, self.words))
        return self._tokens

    def drop_tokens(self) -> None:
        """Let ``tokens`` go; the next read builds them again (the same tokens).

        For a plugin whose own step is the last to read them: the layer lives until the
        article is done, and a long article's tokens (punctuation included, 10 bytes each)
        would otherwise stay beside all that the later steps make."""
        self._tokens = None

    @property
    def sentences(self) -> Sequence[Span]:
        if self._sentences is None:
            self._sentences = _across_datelines(self.text, _sentences(self.text), self.furniture)
        return self._sentences

    @property
    def paragraphs(self) -> Sequence[Span]:
        if self._paragraphs is None:
            self._paragraphs = _paragraphs(self.text)
        return self._paragraphs

    @property
    def line_starts(self) -> Sequence[int]:
        if self._lines is None:
            starts = offset_array(self.text)
            starts.append(0)
            starts.extend(m.end() for m in _NEWLINE.finditer(self.text))
            self._lines = tuple(starts) if len(starts) <= EAGER_SPANS else starts
        return self._lines

    @property
    def capitalised_runs(self) -> tuple[tuple[int, int], ...]:
        if self._caps_runs is None:
            self._caps_runs = self._runs()
        return self._caps_runs

    def _runs(self) -> tuple[tuple[int, int], ...]:
        toks = self.words
        starts, ends, shapes, text = toks.starts, toks.ends, toks.shapes, self.text
        out: list[tuple[int, int]] = []
        i, n = 0, len(shapes)
        while i < n:
            if not shapes[i] & CAPITALISED:
                i += 1
                continue
            j = i + 1
            while j < n and shapes[j] & CAPITALISED and not shapes[j - 1] & POSSESSIVE and \
                    starts[j] - ends[j - 1] == 1 and text[ends[j - 1]] in " \u00a0":
                j += 1
            out.append((i, j))
            i = j
        return tuple(out)

    @property
    def numbers(self) -> tuple[Span, ...]:
        if self._numbers is None:
            self._numbers = tuple(Span(start=m.start(), end=m.end()) for m in _NUMBER.finditer(self.text))
        return self._numbers

    @property
    def gazetteer(self) -> tuple[Actor, ...]:
        if self._gazetteer is None:
            from newskit.actors import gazetteer_scan

            self._gazetteer = gazetteer_scan(self.text)
        return self._gazetteer

    @property
    def furniture(self) -> tuple[Furniture, ...]:
        """The page furniture around the story (:func:`newskit.furniture.furniture`)."""
        if self._furniture is None:
            from newskit.furniture import furniture

            self._furniture = furniture(self.text, self.paragraphs)
        return self._furniture

    @property
    def lead(self) -> tuple[Span, ...]:
        """The lead: the first news sentences past the furniture (:func:`newskit.furniture.lead`)."""
        if self._lead is None:
            from newskit.furniture import lead

            self._lead = lead(self.text, self.sentences, self.furniture)
        return self._lead

    def memo(self, key: str, build: Callable[[TextLayer], T]) -> T:
        """``build(self)``, computed once per text and kept with the layer.

        For a plugin's own derived structure (its word index, its candidate list) that
        several of its functions, or several plugins, read. Name keys after the plugin
        (``"persons.tokens"``) so they never collide.
        """
        got = self._memo.get(key, _UNSET)
        if got is _UNSET:
            got = build(self)
            self._memo[key] = got
        return got  # type: ignore[no-any-return]

    # ---------------------------------------------------------- look-ups
    def sentence_at(self, pos: int) -> Span | None:
        """The sentence holding offset ``pos`` (None between sentences)."""
        return _find(self.sentences, pos)

    def paragraph_at(self, pos: int) -> Span | None:
        """The paragraph holding offset ``pos`` (None between paragraphs)."""
        return _find(self.paragraphs, pos)


def _find(spans: Sequence[Span], pos: int) -> Span | None:
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= pos:
        return spans[lo]
    return None


# ---------------------------------------------------------------- the per-text cache

#: How many texts' layers are kept: the pipeline works on one article at a time, so a few
#: are enough for every plugin of one run to share a layer while memory stays bounded.
CACHE_SIZE = 4
#: Texts shorter than this (a sentence or a phrase a linker reads on its own) are kept apart,
#: in a cache of the same size: asking about a few sentences must not evict the article's
#: layer, which every plugin of the run reads (a long article's was rebuilt six times).
SHORT_TEXT = 2_000
_CACHE: OrderedDict[str, TextLayer] = OrderedDict()
_SHORT: OrderedDict[str, TextLayer] = OrderedDict()
_LOCK = threading.Lock()


def layer(source: Article | str) -> TextLayer:
    """The shared :class:`TextLayer` of an article (or of a text).

    Keyed by the text: every plugin asking for the same article's layer gets the same
    object. The cache holds the last ``CACHE_SIZE`` texts of this process (and, apart, the
    last ``CACHE_SIZE`` texts shorter than ``SHORT_TEXT``) (per process, so
    worker pools need no sharing; a lock makes it safe across threads).
    """
    text = source.text if isinstance(source, Article) else source
    cache = _SHORT if len(text) < SHORT_TEXT else _CACHE
    with _LOCK:
        got = cache.get(text)
        if got is not None:
            cache.move_to_end(text)
            return got
        got = TextLayer(text)
        cache[text] = got
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
        return got


def forget(text: str) -> None:
    """Drop ``text``'s layer from the cache, if it is there.

    For a text a plugin made for itself and no one else reads (the quotes' copy of the
    article with its typeset marks rewritten): once the plugin is done, its layer would stay
    until newer texts push it out, beside the article's while every later component runs
    (a long article's copy and its layer were 5 MB per MB of text). Never call it on the
    article's own text: every plugin of the run reads that layer."""
    cache = _SHORT if len(text) < SHORT_TEXT else _CACHE
    with _LOCK:
        cache.pop(text, None)


#: what stands right before a sentence's first word, once spaces and opening quotes or
#: brackets are passed: the text's start, a line break, or a stop (``.!?``) with its closing
#: quotes or brackets. Not a colon: what follows one is often a label's value, where a
#: capital marks a name or a month ("Published time : March 12")
_SENTENCE_BEFORE = regex.compile(r"(?:^|[.!?\n][\"'”’)]*)$")
#: what may stand between a sentence's end and its first word
_OPENERS = frozenset(" \t\r\"“‘'(")


def opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence (or the text, or a line), however many
    spaces and opening quotes stand before it: a capital there says nothing of a name
    (``Several passengers``, ``Senior officials``)."""
    lo = pos
    while lo > 0 and text[lo - 1] in _OPENERS:
        lo -= 1
    return _SENTENCE_BEFORE.search(text, max(0, lo - 6), lo) is not None


#: a headline is short: a longer line is a paragraph, whatever its capitals
_HEADLINE_CHARS = 200
#: a word of a headline (letters, inner apostrophes and hyphens)
_HEADLINE_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


def title_case(words: Sequence[str]) -> bool:
    """Whether ``words`` are a headline in title case ("Telvana Lifts Prices as Energy Bills
    Weigh"): most words longer than three letters capitalised, so capitals mark no names."""
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) > 0.7 * len(long)


def in_title_case_line(text: str, pos: int) -> bool:
    """Whether the position lies in a short line of the text written in title case (a
    headline: "Gunman Kills Two in Warehouse Shooting"), where capitals mark no names."""
    lo = text.rfind("\n", max(0, pos - _HEADLINE_CHARS), pos) + 1
    if lo == 0 and pos > _HEADLINE_CHARS:
        return False
    hi = text.find("\n", pos, pos + _HEADLINE_CHARS + 1)
    if hi < 0:
        hi = len(text) if len(text) - pos <= _HEADLINE_CHARS else -1
    return 0 <= hi - lo <= _HEADLINE_CHARS and title_case(_HEADLINE_WORD.findall(text, lo, hi))


# ---------------------------------------------------------------- wire datelines
#: A wire dateline opening a paragraph: ``BERLIN (Reuters) - ``, ``WASHINGTON, June 3 (AP) -``,
#: ``SEOUL, South Korea -``, ``LONDON:``, ``Berlin (Reuters) -``, ``March 18 (Reuters) -``.
#: Every repetition is bounded.
_CAPW = r"[A-Z][A-Z'.\-]+"
_TW = r"[A-Z][\p{L}'.\-]*"
_AGENCY = r"\((?:" + _TW + r")(?:[ ]" + _TW + r"){0,3}\)"
#: a lower-case particle inside a place's name ("Andorra la Vella", "Rio de Janeiro", "Dar es Salaam")
_PARTICLE = r"(?:de|del|da|do|dos|das|la|le|les|el|es|du|des|al|en|sur|am|an|der|di|au|aux)"
_PLACE = _TW + r"(?:[ ](?:" + _PARTICLE + r"[ ])?" + _TW + r"){0,2}"


@cache
def _dateline_rx() -> regex.Pattern[str]:
    """The dateline pattern; its third form is a date alone before the agency (``March 18
    (Reuters) -``, the wire's dateline since 2021), a month's name or abbreviation from the
    project's one list (:func:`_calendar_words`; weekdays never open one)."""
    names = package_json("newskit", "actors.json")["months"]
    months = sorted((w for w in _calendar_words() if any(n.startswith(w) for n in names)),
                    key=lambda w: (-len(w), w))
    month_day = r"(?:" + "|".join(months) + r")\.?[ ]\d{1,2}"
    return regex.compile(
        r"(?:" + _CAPW + r"(?:[ ]" + _CAPW + r"){0,3}"
        r"(?:,[ ]" + _TW + r"(?:[ ]" + _TW + r"){0,3})?"
        r"(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
        r"(?:[ ]?" + _AGENCY + r")?"
        r"|" + _PLACE + r"(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?[ ]" + _AGENCY
        + r"|" + month_day + r"[ ]" + _AGENCY + r")"
        r"[ ]{0,3}(?:[\-\u2014\u2013]|--|:)[ ]{1,3}(?=\S)"
    )


def dateline_end(text: str, a: int, b: int) -> int:
    """Where the text of a sentence spanning ``a``..``b`` begins after a wire dateline (else
    ``a``). The dateline names where and when the copy was filed, not what it tells: its
    place is no speaker's, its date no event's."""
    m = _dateline_rx().match(text, a, min(b, a + 160))
    return int(m.end()) if m is not None and m.end() < b else a
