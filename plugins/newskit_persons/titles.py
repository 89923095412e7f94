"""Roles attached to a name: pre-nominal (``Russian President Vladimir Putin``) and appositive
(``Leif-Eric Easley, a professor at Ewha University in Seoul``)."""

from __future__ import annotations

from collections.abc import Sequence

from newskit import grammar
from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.lexicon import Lexicon, fold
from newskit_persons.tokens import Tok

__all__ = ["appositive", "prenominal"]

#: tokens that end a pre-nominal title walk (dropped, never part of the title)
_DETERMINERS = grammar.DETERMINERS | {"whose"}
_JOINERS = frozenset(("of", "for", "and", "on"))
_MAX_TITLE_TOKENS = 9

# ", a professor at Ewha University in Seoul," -- a bounded, lazy phrase up to the next
# clause boundary; the bound keeps it linear.
_APPOS = compile_pattern(
    r"\G,[ \t]+(?:(?:a|an|the)[ \t]+)?"
    r"(?P<phrase>[\p{L}\p{M}][\p{L}\p{M}\p{N}\-’'. &]{0,90}?)"
    r"(?=[ \t]*(?:[,;:()\n“”\"]|\.(?:\s|$)|$))"
)
_SPLIT_AFF = compile_pattern(r"\s(at|of|for|with|from)\s")
_LOCATIVE = compile_pattern(r"\s(?:in|based in|near)\s+\p{Lu}")


def _head(lex: Lexicon, word: str) -> bool:
    f = fold(word).rstrip(".")
    if f in lex.title_heads or f in lex.honorifics:
        return True
    if "-" in f:
        return f.rsplit("-", 1)[-1] in lex.title_heads
    return False


def _title_word(lex: Lexicon, word: str) -> bool:
    f = fold(word).rstrip(".")
    if f in lex.title_words or f + "." in lex.title_words:
        return True
    if "-" in f:
        return all(p in lex.title_words or p == "" for p in f.split("-"))
    return False


def prenominal(
    text: str, toks: Sequence[Tok], first: int, taken: set[int], sentence_start: set[int]
) -> tuple[str | None, int]:
    """The role written right before token ``first`` (a name's first token), and the token
    index where it starts (``first`` when there is none)."""
    lex_ = _lex()
    title, at = _walk(text, toks, first, first - 1, taken, sentence_start, lex_)
    if title is None and first >= 2 and text[toks[first - 1].end : toks[first].start] == ", ":
        # a role set off before the name: "Putin's foreign policy adviser, Yuri Ushakov,"
        title, at = _walk(text, toks, first, first - 1, taken, sentence_start, lex_, comma=True)
    return title, at


def _walk(
    text: str,
    toks: Sequence[Tok],
    first: int,
    j: int,
    taken: set[int],
    sentence_start: set[int],
    lex_: Lexicon,
    comma: bool = False,
) -> tuple[str | None, int]:
    """The title ending at token ``j`` (``comma``: set off by a comma before the name at
    ``first``) and the token where it starts; ``(None, first)`` when the words there
    hold no head of a title."""
    collected = _collect(text, toks, first, j, taken, sentence_start, lex_, comma)
    if not collected or not _headed(lex_, toks, collected):
        return None, first
    # leading capitalised words must be title words, demonyms, or an organisation name
    # immediately followed by a title word ("State Department spokesperson")
    start_idx = collected[-1]
    s, e = toks[start_idx].start, toks[collected[0]].end
    if text[e : e + 1] == "." and _abbrev_title(toks[collected[0]].folded):
        e += 1
    title = text[s:e]
    return (title or None), start_idx


def _collect(
    text: str,
    toks: Sequence[Tok],
    first: int,
    j: int,
    taken: set[int],
    sentence_start: set[int],
    lex_: Lexicon,
    comma: bool,
) -> list[int]:
    """The tokens of a title, walking left from ``j`` (nearest first) while they are joined
    by a space and can be a title's words; no joiner left at its start."""
    collected: list[int] = []
    while j >= 0 and len(collected) < _MAX_TITLE_TOKENS:
        t = toks[j]
        gap = text[t.end : toks[j + 1].start]
        if comma and j == first - 1:
            gap = " "
        if gap.strip() and not (gap.strip() == "." and ("." in t.text or len(t.text) <= 4)):
            break
        if "\n" in gap or j in taken or t.possessive or t.folded in _DETERMINERS:
            break
        if not _title_token(lex_, t):
            break
        collected.append(j)
        if j in sentence_start:
            break
        j -= 1
    # the title ends with its head word, right before the name; trim from the left
    while collected and (toks[collected[-1]].folded in _JOINERS):
        collected.pop()
    return collected


def _title_token(lex_: Lexicon, t: Tok) -> bool:
    """A word a title can hold: a title word or a joiner (``of``), a capitalised word of
    no great frequency (an organisation's: ``State Department``), a demonym's abbreviation."""
    word, f = t.text, t.folded
    if _title_word(lex_, word) or f in _JOINERS:
        return True
    if word[:1].isupper() and not word.isupper() and not lex_.common(f, 5.5):
        return True
    return word.isupper() and len(word) <= 4 and f.rstrip(".") in lex_.demonyms


def _headed(lex_: Lexicon, toks: Sequence[Tok], collected: list[int]) -> bool:
    """The head is right before the name (``leader``, ``Minister``, ``Dr.``) or before an
    ``of`` phrase of capitalised words (``Secretary of State``, ``Minister of Defence``);
    an ``of`` right before the name makes the name the role's object, no title of it
    (``the architect of Obama's campaign``)."""
    if _head(lex_, toks[collected[0]].text):
        return True
    for n, idx in enumerate(collected):
        t = toks[idx]
        if t.folded == "of":
            return 0 < n < len(collected) - 1 and _head(lex_, toks[collected[n + 1]].text)
        if not t.text[:1].isupper():
            return False
    return False


def _abbrev_title(f: str) -> bool:
    return len(f) <= 4 and f in _lex().honorifics


def appositive(text: str, end: int) -> tuple[str | None, str | None]:
    """``(title, affiliation)`` from an apposition right after a name ending at ``end``."""
    if not text.startswith(",", end):
        return None, None  # every apposition opens with a comma (tested without the pattern)
    lex_ = _lex()
    m = match_ahead(_APPOS, text, end)
    if not m:
        return None, None
    phrase = m.group("phrase").strip()
    loc = _LOCATIVE.search(phrase)
    if loc:
        phrase = phrase[: loc.start()].rstrip()
    aff: str | None = None
    role = phrase
    sp = _SPLIT_AFF.search(phrase)
    if sp:
        role = phrase[: sp.start()].rstrip()
        rest = phrase[sp.end() :].strip()
        if rest[:1].isupper():
            aff = rest
        elif sp.group(1) == "of" and rest:
            role = phrase  # "head of research", keep it whole
            aff = None
        else:
            phrase = role
    words = role.split()
    if not words or len(words) > 6 or not _head(lex_, words[-1]):
        return None, None
    for w in words[:-1]:
        if not (_title_word(lex_, w) or w[:1].isupper() or lex_.common(fold(w), 3.0)):
            return None, None
    if words[0][:1].isupper() and not _title_word(lex_, words[0]):
        # ", Putin said" or a list of names: an apposition starts with a role word
        if fold(words[0]) not in lex_.demonyms:
            return None, None
    if aff and sp:
        return f"{role}{phrase[sp.start():sp.end()]}{aff}", aff
    return phrase if not sp or aff is None else role, aff


def _lex() -> Lexicon:
    from newskit_persons.lexicon import lexicon

    return lexicon()
