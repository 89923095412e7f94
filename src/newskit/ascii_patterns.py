"""A ``regex`` pattern for ASCII texts, run by the standard library's engine (issue #11).

On a text of ASCII characters only, a pattern's Unicode classes name ASCII ones: ``\\p{L}``
is ``[A-Za-z]``, ``\\p{N}`` is ``[0-9]``, and ``\\d``, ``\\w``, ``\\b`` and case-insensitive
matching read the same characters in both engines. The standard library's engine runs
such a translated pattern in half to two thirds of the time ``regex`` takes on news text,
so the hot scans of an ASCII article (most English news) can use it.

A translation is offered only where it matches exactly as the pattern does:
:func:`ascii_source` gives up on any construct it does not know to mean the same in both
engines (another Unicode class, a set inside a set, fuzzy or verbose syntax; what the
standard library cannot parse, such as a look-behind of varying width, fails to compile),
:func:`compile_ascii` on a pattern that can match the empty string (the engines step past
an empty match differently), and :func:`plain_ascii` on a text holding one of the four
control characters the standard library takes for whitespace and ``regex`` does not.
"""

from __future__ import annotations

import re

import regex

from newskit.patterns import compile_stdlib

__all__ = ["ascii_source", "compile_ascii", "compile_lowered", "plain_ascii"]

#: the Unicode classes of ``\p{...}`` and what they hold of ASCII
_CLASSES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "N": "0-9", "Nd": "0-9"}

_PROPERTY = re.compile(r"\{(\w+)\}")

#: what a case-insensitive pattern may not hold to be matched case by case on a lowered text:
#: an upper-case letter outside an escape (``[A-Z]``), an inline flag, a character given by
#: its code, or one of the non-ASCII letters that case-insensitive matching equates with an
#: ASCII one (long s, Kelvin sign, dotless i, dotted I). A class of one case (``\p{Lu}``,
#: ``\p{Ll}``) holds letters of either case when case is ignored: on a lowered text, the
#: lower-case ones (``[a-z]``)
_NOT_LOWERED = re.compile(r"\\[uUN]|\(\?(?!P[<=>])[a-zA-Z-]|[\u017f\u212a\u0131\u0130]")
#: escapes, classes and group names, where an upper-case letter is no letter matched
_ESCAPE = re.compile(r"\\p\{\w+\}|\\.|\(\?P<\w+>|\(\?P=\w+\)", re.S)

#: syntax whose meaning differs between the engines or that this reading cannot follow:
#: fuzzy matching (``{e<=1}``) and verbose patterns (a POSIX class is a set inside a set)
_UNKNOWN = re.compile(r"\{[eisd]\s*[<=]|\(\?[a-zA-Z]*x")


def plain_ascii(text: str) -> bool:
    """Whether ``text`` is ASCII and holds none of ``\\x1c``-``\\x1f`` (whitespace to the
    standard library's ``\\s``, not to ``regex``'s)."""
    return text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


def ascii_source(pattern: str) -> str | None:
    """``pattern`` with its ``\\p{...}`` classes written as the ASCII ranges they hold, or
    None when it holds syntax whose meaning on ASCII text this cannot vouch for."""
    if _UNKNOWN.search(pattern):
        return None
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 2] == "P":
                return None  # a complement (``\P{...}``): not read here
            if pattern[i + 1 : i + 2] == "p":
                m = _PROPERTY.match(pattern, i + 2)
                ranges = _CLASSES.get(m.group(1)) if m else None
                if m is None or ranges is None:
                    return None
                out.append(ranges if in_class else "[" + ranges + "]")
                i = m.end()
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "[":
                return None  # a set inside a set
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        out.append(c)
        i += 1
        if c == "[":
            in_class = True
            # a "]" (after a "^") opening the set is one of its characters
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":
                out.append("]")
                i += 1
    return None if in_class else "".join(out)


def compile_ascii(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """The standard library's pattern matching on every ASCII text (see :func:`plain_ascii`)
    exactly what ``regex.compile(pattern, flags)`` matches, or None where there is none
    (only the default flags are read)."""
    if flags not in (0, regex.V0):
        return None
    source = ascii_source(pattern)
    if source is None:
        return None
    got = compile_stdlib(source)
    if got is None or got[1] == 0:
        return None
    return got[0]


def compile_lowered(pattern: str) -> re.Pattern[str] | None:
    """The standard library's pattern that, run case by case on ``text.lower()`` of a plain
    ASCII text (see :func:`plain_ascii`; lowering keeps its offsets), matches exactly
    where ``regex.compile(pattern, regex.I)`` matches ``text``: spans only, as the matched
    characters are lowered. A third of the time for a long alternation of words, which
    case-insensitive matching tries letter by letter in either engine. None when the
    pattern holds what lowering cannot stand for (``_NOT_LOWERED``) or does not translate
    (:func:`compile_ascii`)."""
    if _NOT_LOWERED.search(pattern) or any(c.isupper() for c in _ESCAPE.sub("", pattern)):
        return None
    # every ``p{Lu}`` left is an escape's (a literal one would hold an upper-case letter)
    return compile_ascii(pattern.replace(r"\p{Lu}", r"\p{Ll}"))
