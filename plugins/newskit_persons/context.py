"""What the words right around a run say about it: a determiner, a preposition of place,
a role or kin noun before it, an age or a description in apposition after it. Local
syntax, read on the text itself, that holds for news of any kind."""

from __future__ import annotations

from newskit.patterns import compile_pattern
from newskit.text import match_ahead
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon
from newskit_persons.word_classes import hyphen_parts

__all__ = [
    "APPOSITION", "DETERMINERS", "PLACE_PREPOSITIONS", "SPACE", "after_determiner", "determiner_before",
    "in_apposition", "kin_before", "place_preposition_before", "role_before",
]


DETERMINERS = frozenset(("the", "a", "an"))


def determiner_before(doc: Doc, ci: int) -> bool:
    """``The King``, ``the Bishop``: an article right before the word (any case)."""
    return ci > 0 and doc.toks[ci - 1].folded in DETERMINERS


def role_before(doc: Doc, lex: Lexicon, ci: int) -> bool:
    """A lower-case role word right before the run titles it ("leader Kim Jong Un")."""
    if ci == 0:
        return False
    toks = doc.toks
    prev = toks[ci - 1]
    pf = prev.folded.rstrip(".")
    return bool((lex.is_role(pf) or (
        "-" in pf and hyphen_parts(pf)[-1:] and hyphen_parts(pf)[-1] in lex.title_heads
    )) and doc.text[prev.end : toks[ci].start] in (" ", ". ") and not prev.possessive)


#: What follows a person's name in apposition: a description opened by an article, or an age.
APPOSITION = compile_pattern(r" ?, (?:(?:a|an|the) (\p{L}+)|[0-9]{2} ?,)")


def in_apposition(doc: Doc, lex: Lexicon, end: int) -> bool:
    """An age or a description in commas after the name: ``, 52 ,``, ``, a climber``, ``, an
    Australian climber`` (a capitalised word opening the description only as a demonym:
    ``, the Chicago Tribune reported`` is no description)."""
    if not doc.text.startswith((", ", " , "), end):
        return False  # what every match opens with, tested without the pattern
    m = match_ahead(APPOSITION, doc.text, end)
    if m is None:
        return False
    word = m.group(1)
    return word is None or word.islower() or word.lower() in lex.demonyms


_POSSESSIVE_DETS = frozenset(("his", "her", "their", "my", "our", "your", "its"))


def kin_before(doc: Doc, lex: Lexicon, k: int) -> bool:
    """``her husband Todd``, ``their daughter Bristol``, ``his lawyer Heller``, ``Mrs
    Ainsworth 's husband , Derek ,``: a kin or role noun after a possessive (a determiner or
    a name's ``'s``) names the person right after it, or in commas after it."""
    if k < 2:
        return False
    toks, text = doc.toks, doc.text
    role = toks[k - 1]
    if not (
        role.folded in lex.lone_roles
        and role.text.islower()
        and (text[role.end : toks[k].start] in SPACE or _in_commas(text, role.end, toks[k].end))
    ):
        return False
    o = k - 2  # the possessor, or a lower-case modifier of the noun ("his twin brother Steve")
    while o >= 0 and k - 2 - o < _KIN_MODIFIERS and not _possessor(doc, o) and _modifier(doc, o):
        o -= 1
    return o >= 0 and _possessor(doc, o) and _possessive_gap(text[toks[o].end : toks[o + 1].start]) and all(
        text[toks[j].end : toks[j + 1].start] in SPACE for j in range(o + 1, k - 1)
    )


#: How many lower-case words may qualify a kin noun between it and its possessor
#: (``her late husband``, ``his younger twin brother``).
_KIN_MODIFIERS = 2


def _modifier(doc: Doc, i: int) -> bool:
    """A lower-case word that may qualify a kin noun (``twin``, ``late``, ``second``)."""
    t = doc.toks[i]
    return t.text.islower() and t.text.replace("-", "").isalpha() and not t.possessive


def _possessor(doc: Doc, i: int) -> bool:
    """``her``, ``their`` (lower case, or opening the sentence), ``Ainsworth's``, or the
    ``s`` of a possessive tokenised apart (``Ainsworth 's``)."""
    t = doc.toks[i]
    if t.folded in _POSSESSIVE_DETS:
        return t.text.islower() or i in doc.sent_start
    return t.possessive or (t.text == "s" and doc.text[t.start - 1 : t.start] in ("'", "\u2019"))


def _possessive_gap(gap: str) -> bool:
    """What stands between the possessor and its noun: a space, after a name its ``'s``."""
    return gap in SPACE or (gap[:1] in ("'", "\u2019") and gap[1:] in ("s ", " "))


def _in_commas(text: str, before: int, after: int) -> bool:
    """A comma between ``before`` and the word, and another right after it (``, Derek ,``)."""
    return text[before:].startswith((", ", " , ")) and text[after:].startswith((",", " ,"))


SPACE = (" ", "\u00a0")


#: The prepositions of place :func:`place_preposition_before` reads.
PLACE_PREPOSITIONS = frozenset(("in", "near", "from", "at", "outside"))
_PLACE_PREPS = PLACE_PREPOSITIONS


def place_preposition_before(doc: Doc, k: int) -> bool:
    """``supporters in Lagos said``: a place name that is also a surname, right after a
    preposition of place, is the place."""
    if k == 0 or doc.toks[k].possessive:
        return False  # "in Jordan's film" is a person's
    p = doc.toks[k - 1]
    return p.folded in _PLACE_PREPS and p.text.islower() and doc.text[p.end : doc.toks[k].start] in SPACE


def after_determiner(doc: Doc, lex: Lexicon, ci: int) -> bool:
    """``the Aurus Senat``, ``a high-end Aurus Senat``: a determiner (and lower-case
    non-role words) right before the run marks a thing, not a person; a sentence's
    capitalised first ``The`` too."""
    toks = doc.toks
    j = ci - 1
    while j >= 0 and ci - j <= 3:
        t = toks[j]
        if doc.text[t.end : toks[j + 1].start] not in (" ", "\u00a0"):
            return False
        if t.folded in DETERMINERS and (t.text.islower() or (j in doc.sent_start and j == ci - 1)):
            return True  # "the Tana River", and "The Jordan River flooded" opening a sentence
        if not t.text.islower():
            return False
        if t.folded in lex.title_words or t.folded in lex.speech_verbs or t.folded in lex.stop_caps:
            return False
        j -= 1
    return False
