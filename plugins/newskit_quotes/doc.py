"""One article prepared for attribution: words, sentences, paragraphs, quotes, persons.

Everything is computed once per article in linear passes; lookups use bisection.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import accumulate, compress, tee
from typing import TYPE_CHECKING, overload

import regex

from newskit import PersonMention, layer
from newskit.text import ABBREVIATIONS
from newskit.textlayer import CUT, dateline_end, offset_array

from .marks import QuoteSpan, find_quotes

if TYPE_CHECKING:
    from newskit.actors import Actor

    from .attribution import NP, Cue

__all__ = ["Doc", "words"]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[\u2019'\-.&][\p{L}\p{N}]+)*")
_MARK = regex.compile(r"\p{M}")


def words(text: str) -> tuple[array[int], array[int]]:
    """Start and end offsets of the words of ``text`` (``_WORD``'s matches: a possessive
    ``'s`` and an ``&`` between letters stay inside the word, ``AT&T's``).

    Read from the shared text layer's words (a cut-off ``'s`` is put back, and words with
    only an ``&`` between them are joined); a text with combining marks, which the layer keeps
    inside words and ``_WORD`` does not, is scanned with ``_WORD`` itself. Compact arrays,
    not lists: a long article's offsets as Python ints were a large part of its memory.
    """
    if _MARK.search(text):
        starts, ends = offset_array(text), offset_array(text)
        for m in _WORD.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        return starts, ends
    toks = layer(text).words
    tstarts, tends, shapes = toks.starts, toks.ends, toks.shapes
    starts, ends = array(tstarts.typecode), array(tends.typecode)  # the layer's item size: ``extend`` copies in C
    if "&" not in text:  # nothing to join: the layer's words, each cut 's put back
        starts.extend(tstarts)
        ends.extend(tends)
        for i in [i for i, sh in enumerate(shapes) if sh & CUT]:
            ends[i] += 2
        return starts, ends
    n = len(tstarts)
    i = 0
    while i < n:
        s, e, sh = tstarts[i], tends[i], shapes[i]
        i += 1
        while True:
            if sh & CUT:
                e += 2  # the possessive 's stays in the word
            if i < n and tstarts[i] == e + 1 and text[e] == "&":
                e, sh = tends[i], shapes[i]
                i += 1
                continue
            break
        starts.append(s)
        ends.append(e)
    return starts, ends


class Pairs(Sequence[tuple[int, int]]):
    """``(start, end)`` pairs kept as two arrays (sentences, paragraphs): a tuple per pair
    is made only when read, so a text of a million lines does not hold a million tuples."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], strict=True))
        return (self.starts[i], self.ends[i])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)


def _pairs(spans: Iterable[tuple[int, int]]) -> Pairs:
    starts: array[int] = array("l")
    ends: array[int] = array("l")
    for a, b in spans:
        starts.append(a)
        ends.append(b)
    return Pairs(starts, ends)


def _whole_names(spans: Iterable[tuple[int, int]], persons: Sequence[PersonMention]) -> Iterator[tuple[int, int]]:
    """The sentences, with those a person's name runs across joined: a full stop after
    initials (``general manager T.J. Ruiz said``) ends no sentence inside the name the
    persons layer read whole. ``persons`` is sorted by start."""
    ends = list(accumulate((p.end for p in persons), max))
    starts = [p.start for p in persons]
    held: tuple[int, int] | None = None
    for a, b in spans:
        i = bisect_left(starts, a) - 1  # the names starting before the sentence
        if held is not None and i >= 0 and ends[i] > a:
            held = (held[0], b)
            continue
        if held is not None:
            yield held
        held = (a, b)
    if held is not None:
        yield held


def _lowered(text: str, starts: array[int], ends: array[int]) -> list[str]:
    """Each word in lower case; equal words share one string (words repeat: Zipf).

    Chained ``map`` calls, no Python step per word: each word is sliced, then lowered,
    then exchanged for the first equal string seen. The lowered words reach the exchange
    through ``tee``, one at a time: a list of all of them first was a string per word at
    once (about 60 bytes a word, 27 MB for a moment on a 4.9 MB article)."""
    seen: dict[str, str] = {}
    words, again = tee(map(str.lower, map(text.__getitem__, map(slice, starts, ends))))
    return list(map(seen.setdefault, words, again))


def _gaps(text: str, starts: array[int], ends: array[int]) -> list[str]:
    """The characters after each word, up to the next word (after the last word, up to
    the text's end); equal gaps share one string (most are ``" "`` or ``", "``).

    The rules ask about the gap after a word several times (:meth:`Doc.gap`,
    :meth:`Doc.joined`: 3.8 and 3.5 asks a word over the bench corpus): sliced once a
    word by chained ``map`` calls, with no Python step per word, each ask is an index.
    The gaps reach the exchange through ``tee``, one at a time, as in :func:`_lowered`."""
    nexts = starts[1:]
    nexts.append(len(text))
    seen: dict[str, str] = {}
    gaps, again = tee(map(text.__getitem__, map(slice, ends, nexts)))
    return list(map(seen.setdefault, gaps, again))


_QUOTE_CHARS = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb\u201f\u2033")


class Doc:
    """Word and sentence index of one article, plus its quotations and person mentions."""

    def __init__(self, text: str, persons: Sequence[PersonMention]) -> None:
        self.text = text
        starts, ends = words(text)
        self.starts = starts
        self.ends = ends
        self.low = _lowered(text, starts, ends)
        #: the characters after each word, up to the next (:func:`_gaps`)
        self.gaps = _gaps(text, starts, ends)
        lay = layer(text)  # its spans read in place, not copied into lists
        self.persons = sorted(persons, key=lambda p: (p.start, p.end))
        self.p_starts = [p.start for p in self.persons]
        self.sents = _pairs(_whole_names(((dateline_end(text, s.start, s.end), s.end) for s in lay.sentences),
                                         self.persons))
        self.sent_starts = self.sents.starts
        self.paras = _pairs((p.start, p.end) for p in lay.paragraphs)
        self.para_starts = self.paras.starts
        self.quotes: list[QuoteSpan] = find_quotes(text)
        self.q_opens = [q.open for q in self.quotes]
        #: (cue, bound) -> the subject before the cue (``attribution.subject_before``)
        self.subjects: dict[tuple[Cue, int], tuple[NP | None, str]] = {}
        self._places: dict[str, array[int]] | None = None
        self._gazetteer: tuple[array[int], array[int]] | None = None

    def gazetteer_over(self, start: int, end: int) -> Actor | None:
        """The first gazetteer name of the text (``layer(text).gazetteer``, in text order)
        that covers ``[start, end)``: a bisection over the names' starts and the furthest end
        so far, built once per article, instead of a pass over every name per phrase."""
        hits = layer(self.text).gazetteer
        if self._gazetteer is None:
            self._gazetteer = array("l", (a.start for a in hits)), array("l", accumulate((a.end for a in hits), max))
        starts, reach = self._gazetteer
        i = bisect_left(reach, end)
        return hits[i] if i < bisect_right(starts, start) else None

    def places_of(self, low: str) -> Sequence[int]:
        """The indices of the words whose lower-cased form is ``low``, in text order: an
        index built the first time it is asked (one pass over the words, compact arrays), so
        asking about every candidate name of a long article is not a pass per name."""
        if self._places is None:
            index: dict[str, array[int]] = {}
            for i, w in enumerate(self.low):
                got = index.get(w)
                if got is None:
                    got = index[w] = array("l")
                got.append(i)
            self._places = index
        return self._places.get(low, ())

    # ------------------------------------------------------------------ positions
    def word_at(self, pos: int) -> int:
        """Index of the first word starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def word_before(self, pos: int) -> int:
        """Index of the last word ending at or before ``pos`` (-1 if none)."""
        return bisect_right(self.ends, pos) - 1

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return (0, self.sents[0][1] if self.sents else len(self.text))
        return self.sents[i]

    def para_index(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def paragraph(self, pos: int) -> tuple[int, int]:
        if not self.paras:
            return (0, len(self.text))
        return self.paras[self.para_index(pos)]

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The quotation whose marks enclose ``pos`` (marks included), or None."""
        i = bisect_right(self.q_opens, pos) - 1
        if i >= 0 and pos <= self.quotes[i].close:
            return self.quotes[i]
        return None

    def in_quote(self, pos: int) -> bool:
        q = self.quote_at(pos)
        return q is not None and q.open < pos < q.close

    # ------------------------------------------------------------------ words
    def words_in(self, vocab: Container[str]) -> list[int]:
        """The indices of the words whose lower-case form is in ``vocab``, in order: one
        C-level pass, so a rule that reads only a few words need not visit every word."""
        return list(compress(range(len(self.low)), map(vocab.__contains__, self.low)))

    def sentence_hits(self, hits: list[int], sa: int, sb: int) -> Iterator[int]:
        """Those of ``hits`` (from :meth:`words_in`) that start in ``[sa, sb)``, in order."""
        k = bisect_left(hits, self.word_at(sa))
        starts = self.starts
        while k < len(hits) and starts[hits[k]] < sb:
            yield hits[k]
            k += 1

    def gap(self, i: int) -> str:
        """The characters between word ``i`` and word ``i + 1``."""
        if i >= 0:
            return self.gaps[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.ends[i] : end]

    def joined(self, i: int) -> bool:
        """True when words ``i`` and ``i + 1`` are in one phrase (no punctuation between)."""
        g = self.gaps[i] if i >= 0 else self.gap(i)
        if not g or g.isspace():
            return "\n" not in g
        if g[0] == "." and g[1:].isspace() and "\n" not in g:
            w = self.low[i]
            return w in ABBREVIATIONS or (len(w) == 1) or "." in w
        return False

    def comma_after(self, i: int) -> bool:
        """A comma follows word ``i``, after the period of an abbreviation too (``Acme
        Inc., the maker of …``: the abbreviation's period and the comma)."""
        g = self.gap(i).strip()
        if g == ",":
            return True
        w = self.low[i]
        return g == ".," and (w in ABBREVIATIONS or len(w) == 1)

    def has_quote_char(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` holds a double quotation mark of any style: the set's
        ``isdisjoint`` steps through the characters at C speed (no Python step each)."""
        return not _QUOTE_CHARS.isdisjoint(self.text[a:b])

    # ------------------------------------------------------------------ persons
    def persons_in(self, a: int, b: int) -> list[PersonMention]:
        i = bisect_left(self.p_starts, a)
        out = []
        while i < len(self.persons) and self.persons[i].start < b:
            if self.persons[i].end <= b:
                out.append(self.persons[i])
            i += 1
        return out

    def persons_before(self, pos: int, lo: int) -> list[PersonMention]:
        """Person mentions in ``[lo, pos)`` outside quotations, in text order."""
        return [p for p in self.persons_in(lo, pos) if not self.in_quote(p.start)]
