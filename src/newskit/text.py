"""Text utilities shared by extractors: sentence and paragraph spans, quote-mark and letter
folding.

See :mod:`newskit.textlayer` for the full shared text layer (tokens, shapes, gazetteer);
:func:`compile_pattern` is ``regex.compile`` with a cross-process cache (start-up).

Everything returns offsets into the original string, never a normalised copy, so
callers keep exact provenance.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import regex

from newskit.model import Span
from newskit.patterns import compile_pattern
from newskit.textlayer import ABBREVIATIONS, layer, opens_sentence

__all__ = ["ABBREVIATIONS", "CASE_PIECE", "LOOK_AHEAD", "casefold", "casefold_pieces", "compile_pattern", "ends_as_plural", "fold_letters",
           "fold_quotes", "has_word", "lower", "lower_word", "match_ahead", "may_occur", "opens_sentence", "paragraphs", "sentences",
           "whole_word", "whole_word_starts", "written_mid_sentence"]

#: How far :func:`match_ahead` reads by default: longer than any phrase a look-ahead after a
#: mention is written to find (a unit, a range's second end, "below zero"), with room for
#: the pattern's own look-arounds.
LOOK_AHEAD = 200


def match_ahead(pattern: regex.Pattern[str], text: str, pos: int, reach: int = LOOK_AHEAD) -> regex.Match[str] | None:
    """``pattern`` matched at ``pos``, reading at most ``reach`` characters on.

    Why bounded: before it matches at a position, the ``regex`` module searches the rest of
    the text for a literal the pattern requires (``percent``, ``below``, ``in``); where the
    literal is absent, ``pattern.match(text, pos)`` reads to the article's end. Called once
    per mention, that is quadratic in the article's length (``"Mr Smith, 45, " * 17_000``
    took 2.1 s where a quarter of it took 0.25 s). A look-ahead after a mention reads a few
    words; ``reach`` says how many characters, so the work is linear.
    """
    return pattern.match(text, pos, min(len(text), pos + reach))



#: A long text is lower-cased or case-folded in pieces of about this many characters
#: (:func:`lower`, :func:`casefold`).
CASE_PIECE = 1 << 16


def lower(text: str) -> str:
    """``text.lower()``, made a piece at a time when the text is long (see :func:`casefold`)."""
    return _by_pieces(text, str.lower)


def lower_word(word: str) -> str:
    """``word.lower()``, and ``word`` itself when it is lower-case already.

    ``str.lower`` makes a new string even when nothing changes: a per-word cache keyed on a
    word and holding its lower-cased form (the events' lemmas, the spellings) kept two equal
    strings of most words, and a chain of such caches one more at each step."""
    low = word.lower()
    return word if low == word else low


def casefold(text: str) -> str:
    """``text.casefold()``, made a piece at a time when the text is long.

    Why: for a text that is not plain ASCII, ``str.lower`` and ``str.casefold`` first write
    a buffer of three 4-byte characters per character, then the result: fourteen bytes a
    character at once (60 MB for a moment on a 4.9 MB article, the claims linker's peak).
    Each piece ends at a space or a line break: no case mapping reads past one (the final
    sigma's context stops at a character that is neither cased nor case-ignorable), so the
    pieces joined are the whole text's mapping.
    """
    return _by_pieces(text, str.casefold)


def casefold_pieces(text: str) -> Iterator[tuple[int, int, str]]:
    """``casefold(text)`` a piece at a time: ``(start, end, text[start:end].casefold())``
    for pieces that follow each other from the text's start to its end, each ending at a
    space or a line break (or the text's end), as :func:`casefold` cuts them; joined, the
    folded pieces are ``casefold(text)``.

    Why: a reader that looks only for words without a space or a line break in them (every
    occurrence lies in one piece) never needs the whole folded copy at once, which is two
    or four bytes a character for a text that is not ASCII (10 MB of a 4.9 MB article,
    at the claims linker's peak). A piece's folded length may differ from its own.
    """
    n, a = len(text), 0
    while a < n:
        b = _piece_end(text, a, n)
        yield a, b, text[a:b].casefold()
        a = b


def _by_pieces(text: str, method: Callable[[str], str]) -> str:
    n = len(text)
    if n <= CASE_PIECE or text.isascii():  # ASCII is mapped with no buffer
        return method(text)
    parts: list[str] = []
    a = 0
    while a < n:
        b = _piece_end(text, a, n)
        parts.append(method(text[a:b]))
        a = b
    return "".join(parts)


def _piece_end(text: str, a: int, n: int) -> int:
    """Where the piece from ``a`` ends: at the last space or line break before ``a +
    CASE_PIECE`` (past ``a``), else at the first after it, else at the text's end."""
    b = a + CASE_PIECE
    if b >= n:
        return n
    k = max(text.rfind(" ", a + 1, b), text.rfind("\n", a + 1, b))
    if k > a:
        return k
    after = [k for k in (text.find(" ", b), text.find("\n", b)) if k >= 0]
    return min(after) if after else n


@lru_cache(maxsize=1024)
def whole_word(word: str) -> regex.Pattern[str]:
    """``word`` as a whole word, compiled once per word (a possessive ending may follow:
    ``Seville's``)."""
    return regex.compile(r"(?<![\p{L}\p{N}'’-])" + regex.escape(word) + r"(?![\p{L}\p{N}-])")


#: a character that goes on a word before it, and after it (:func:`whole_word`'s
#: look-arounds; an apostrophe after it is a possessive's, which ends the word)
WORD_GOES_ON_BEFORE = regex.compile(r"[\p{L}\p{N}'’-]")
WORD_GOES_ON_AFTER = regex.compile(r"[\p{L}\p{N}-]")


def whole_word_starts(word: str, text: str, start: int = 0, end: int | None = None, *,
                      before: regex.Pattern[str] = WORD_GOES_ON_BEFORE,
                      after: regex.Pattern[str] = WORD_GOES_ON_AFTER) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text`` between ``start`` and ``end``: the
    starts of ``whole_word(word).finditer(text, start, end)``, found by substring search and
    a test of the character on each side (``before``, ``after``: a character that may not
    touch the word). Why: the story reads each source's name in every article, a name is
    new with each story, and compiling a pattern per name cost more than the reading. As
    with ``regex``, the character before ``start`` is seen, none at or past ``end`` (both
    counted from the text's start, never from its end)."""
    if not word:  # the empty word stands between characters: the pattern's own answer
        empty = regex.compile(f"(?<!{before.pattern})(?!{after.pattern})")
        yield from (m.start() for m in empty.finditer(text, start, end))
        return
    n = len(text) if end is None else min(end, len(text))
    k = len(word)
    i = text.find(word, start, n)
    while i >= 0:
        e = i + k
        if (i == 0 or before.match(text, i - 1, i) is None) and (e >= n or after.match(text, e, e + 1) is None):
            yield i
            i = text.find(word, e, n)
        else:
            i = text.find(word, i + 1, n)


def written_mid_sentence(word: str, texts: Iterable[str]) -> bool:
    """Whether ``word`` is written somewhere in ``texts`` where it does not open a sentence:
    a capitalised word written so is a name (``Seville``), where one only ever seen opening
    a sentence may be any word (``Angry staff``, ``Several passengers``)."""
    return any(not opens_sentence(text, i) for text in texts for i in whole_word_starts(word, text))


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines/paragraphs as spans (news text: one paragraph per line).

    The spans are the shared text layer's (:attr:`newskit.textlayer.TextLayer.paragraphs`).
    """
    return list(layer(text).paragraphs)


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace, in order.

    Rule-based and linear: a boundary is ``.``/``!``/``?`` (plus closing quotes) before
    whitespace, unless the word before is a known abbreviation or a single capital
    initial, or the next word starts in lower case; a newline always ends a sentence.
    The spans are the shared text layer's (:attr:`newskit.textlayer.TextLayer.sentences`).
    """
    return list(layer(text).sentences)


_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                             "\u2018": "'", "\u2019": "'", "\u201a": "'"})


def fold_quotes(text: str) -> str:
    """Curly and angle quotes folded to ASCII, one character for one (offsets unchanged)."""
    return text.translate(_QUOTE_FOLD)


#: Letters that carry no combining mark to strip (NFKD leaves them whole), spelled as the
#: usual English transliteration: "Søren" is "soren", "Þorvaldur" "thorvaldur", "Łukasz"
#: "lukasz", "Straße" "strasse".
_LETTER_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
                              "đ": "d", "ł": "l", "ı": "i", "ŋ": "ng", "ħ": "h", "ŧ": "t",
                              "ĸ": "k", "ʼ": "'"})


def fold_letters(word: str) -> str:
    """``word`` lower-cased with its diacritics stripped and its other non-ASCII Latin letters
    spelled in ASCII, so that spellings of one name compare equal (``Şükür`` -> ``sukur``,
    ``Søren`` -> ``soren``). Not offset-preserving: for keys and ids, never for spans."""
    if word.isascii():
        return word.lower()
    s = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).translate(_LETTER_FOLD)


def ends_as_plural(word: str) -> bool:
    """Whether ``word`` ends as an English plural noun most often does: in ``s``, but not in
    ``ss`` (``witness``) nor in a possessive's ``'s`` (``lawyer's``). A speaker or a claim's
    source whose head ends so names several people (``lawyers of Tom Hale``, ``Auditors``),
    whom ``they`` may stand for and ``he`` may not."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def has_word(text: str, word: str, *, ignore_case: bool = False) -> bool:
    """Whether ``word`` occurs in ``text`` with no letter right before or after it: what
    ``regex.search(r"(?<![\\p{L}])" + regex.escape(word) + r"(?![\\p{L}])", text)`` (with
    ``regex.I`` when ``ignore_case``) answers, without compiling a pattern per word (the
    names a linker looks for differ from article to article, and compiling their patterns
    was most of the search). ASCII text and word are read by substring search, where a
    letter is an ASCII letter and case-insensitive matching is lower-casing; anything else
    by the pattern itself."""
    if not word or not (text.isascii() and word.isascii()):
        return _word_pattern(word, ignore_case).search(text) is not None
    if ignore_case:
        text, word = text.lower(), word.lower()
    n, last = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not text[i - 1].isalpha()) and (j == last or not text[j].isalpha()):
            return True
        i = text.find(word, i + 1)
    return False


#: the two letters beyond ASCII that the ``regex`` module's case-insensitive matching takes
#: for an ASCII letter and that :meth:`str.casefold` folds to no ASCII letter (dotless
#: ``ı`` for ``I``, dotted ``İ`` for ``i``); every other such letter (the Kelvin sign, the
#: long ``ſ``) casefolds to its ASCII letter
_IGNORECASE_ASCII = str.maketrans({"\u0131": "i", "\u0130": "i"})


def may_occur(text: str, literals: Iterable[str]) -> bool:
    """Whether a pattern made of ``literals`` (escaped, as alternatives) compiled with
    ``regex.I`` may match in ``text``: False only when no ASCII literal occurs in it, case
    aside, so a caller that compiles a pattern per name (the names differ from story to
    story, and compiling was most of their search) compiles none for a text that cannot
    hold one. A literal beyond ASCII, or an empty one, may always occur."""
    folded = None
    for lit in literals:
        if not lit or not lit.isascii():
            return True
        if folded is None:
            folded = text.translate(_IGNORECASE_ASCII).casefold()
        if lit.lower() in folded:
            return True
    return False


@lru_cache(maxsize=1024)
def _word_pattern(word: str, ignore_case: bool) -> regex.Pattern[str]:
    return regex.compile(r"(?<![\p{L}])" + regex.escape(word) + r"(?![\p{L}])", regex.I if ignore_case else 0)
