"""Runs of capitalised words, with the particles names hold (``Ludwig van Beethoven``,
``al-Assad``): the places where a person's name may stand, before any list is asked what
the words are."""

from __future__ import annotations

import bisect

from newskit import layer
from newskit.textlayer import LOWER, Tokens
from newskit_persons.document import Doc, abbreviated
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.tokens import Tok
from newskit_persons.word_classes import given_name, roman_numeral, written_initials

__all__ = ["capitalised_runs", "maybe_capwords"]


_MAX_CHUNK = 8


def _capword(doc: Doc, t: Tok) -> bool:
    w = t.text
    c = w[0]
    if not c.isupper():
        if "-" in w:  # al-Assad, bin-, el-
            head, _, rest = w.partition("-")
            return head in ("al", "el", "ad", "as", "ash", "ibn", "bin", "abu", "ul", "ur") and rest[:1].isupper()
        return False
    if "-" in w:
        tail = w.rsplit("-", 1)[-1]
        if tail.islower() and (tail in lexicon().hyphen_tails or _participle(tail)):
            return False  # "Bergamo-based", "Family-controlled", "Harvard-educated", "Runner-up"
        if _lower_compound(w):
            return False  # "Seventeen-year-old", "Mother-of-three", "Editor-in-chief"
    if written_initials(doc, t):
        return True  # "P.B. Balaji": initials written together
    if len(w) > 1 and w.isupper() and not w.isdigit():
        return doc.caps_line(t.start) or (len(w) <= 3 and "." not in w and False)
    return not w[0].isdigit()


def _regnal(t: Tok, prev: Tok) -> bool:
    """``Davis Love III``, ``Charles VI``: a roman numeral of two letters or more after a
    capitalised word belongs to the run (a name's ordinal; ALL CAPS words outside a
    headline open no run: ``UN``, ``NATO``). The caller asks it only after two words or
    more (a name and its surname, or a ruler's title and name: ``Emperor Charles VI``):
    after one word a numeral is a thing's (``Type II``, ``Thompson II``, a rematch) unless
    that word is a ruler's name (:func:`_ruler_name`). Not ``XI``, a side of eleven
    (``Minor Counties XI``, ``a World XI``)."""
    w = t.text
    return len(w) > 1 and w != "XI" and roman_numeral(w) and prev.text[:1].isupper() and not roman_numeral(prev.text)


#: A given name this frequent as an English word takes no ordinal alone (``Mark II``, a model)
_RULER_NAME_ZIPF = 5.0


def _ruler_name(doc: Doc, lex: Lexicon, i: int, j: int) -> bool:
    """``Henry VIII``, ``his father Leopold III``: one word before the numeral ``toks[j]``
    is a ruler's name when it is a listed given name no frequent English word, in prose,
    and no capitalised word follows the numeral (``Klitschko vs Thompson II Results``: a
    rematch in a headline). ``Emperor Charles VI`` already holds two words."""
    f = doc.toks[i].folded
    if not given_name(lex, f) or lex.common(f, _RULER_NAME_ZIPF) or doc.title_word(j):
        return False
    nxt = doc.toks[j + 1] if j + 1 < len(doc.toks) else None
    return nxt is None or not (nxt.text[:1].isupper() and _joinable(doc, doc.toks[j], nxt))


#: a compound of this many hyphenated parts or more, all lower case but the first, is
#: an ordinary word (a romanised given name has two parts: ``Ji-won``, ``Chien-fu``)
_COMPOUND_PARTS = 3


def _lower_compound(w: str) -> bool:
    """``Seventeen-year-old``, ``Mother-of-three``, ``Editor-in-chief``: a compound of three
    parts or more, its later parts in lower case, is an adjective or a common noun
    capitalised where a sentence opens; it opens no name (``Seventeen-year-old Divya Rao``
    is ``Divya Rao``)."""
    parts = w.split("-")
    return len(parts) >= _COMPOUND_PARTS and all(p.isalpha() and p.islower() for p in parts[1:])


_MIN_PARTICIPLE = 5


def _participle(tail: str) -> bool:
    """``trained`` of ``Ivy League-trained``: a past participle of some frequency after a
    hyphen makes the word an adjective; no romanised given name ends so (``Ki-moon``)."""
    return len(tail) >= _MIN_PARTICIPLE and tail.endswith("ed") and lexicon().common(tail, 3.0)


def _joinable(doc: Doc, a: Tok, b: Tok) -> bool:
    gap = doc.text[a.end : b.start]
    if a.possessive:
        return False
    if gap == " " or gap == "\u00a0" or gap == "  ":
        return True
    if gap in (". ", ".\u00a0") and abbreviated(a):
        return True
    return False


def capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of runs of capitalised tokens (with name particles)."""
    lex = lexicon()
    toks = doc.toks
    text = doc.text
    words = layer(text).words
    starts, ends = words.starts, words.ends
    out: list[tuple[int, int]] = []
    n = len(toks)
    i = 0  # the first word no run holds yet
    for c in maybe_capwords(text, words):
        if c < i:
            continue
        i = c
        # what _capword rejects first (no capital, no hyphen), tested on the text itself
        if not (text[starts[i]].isupper() or text.find("-", starts[i], ends[i]) >= 0) or not _capword(doc, toks[i]):
            continue
        j = i + 1
        while j < n and j - i < _MAX_CHUNK * 2:
            t = toks[j]
            if not _joinable(doc, toks[j - 1], t):
                break
            if _capword(doc, t) or (_regnal(t, toks[j - 1]) and (j - i >= 2 or _ruler_name(doc, lex, i, j))):
                j += 1
                continue
            # particles inside names: "Ludwig van Beethoven", "Osama bin Laden", "de la Cruz";
            # never a scorecard's dismissal mark ("Lehmann st Kaluwitharana b Chandana": stumped)
            if t.folded in lex.particles and t.text.islower() and t.folded not in lex.dismissal_marks:
                k = j
                while k < n and toks[k].folded in lex.particles and toks[k].text.islower() and k - j < 3:
                    if k + 1 >= n or not _joinable(doc, toks[k], toks[k + 1]):
                        break
                    k += 1
                if k < n and k > j and _capword(doc, toks[k]) and _joinable(doc, toks[k - 1], toks[k]):
                    j = k + 1
                    continue
            break
        out.append((i, j))
        i = j
    return out


def maybe_capwords(text: str, words: Tokens) -> list[int]:
    """The indices of the words that may open a run, in order: all but the lower-case
    words without a hyphen (a word in lower case has no capital to open one; about two
    thirds of the words, passed over without a Python step each)."""
    shapes = words.shapes
    out = [i for i, sh in enumerate(shapes) if not sh & LOWER]
    hyphen = text.find("-")
    if hyphen < 0:
        return out
    starts, ends = words.starts, words.ends
    more = set()
    while hyphen >= 0:  # a hyphen inside a lower-case word: "al-Assad", "bin-Laden"
        i = bisect.bisect_right(starts, hyphen) - 1
        if i >= 0 and hyphen < ends[i] and shapes[i] & LOWER:
            more.add(i)
        hyphen = text.find("-", hyphen + 1)
    return sorted(more.union(out)) if more else out
