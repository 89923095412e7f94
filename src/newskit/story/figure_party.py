"""Whose count an amount is: the side of a story it counts (``10 Tajik soldiers``,
``Kyrgyzstan's death toll``, ``Valdoria said three of its soldiers``) or all sides at once
(``at least six soldiers on both sides``).

Why: in a story with sides (a border clash, a match, two companies, two parties) outlets
count each side's dead, wounded or seats, and the sides' counts differ because they count
different people, not because the outlets disagree. One side's deaths compared with the
other side's, or with the deaths of all sides, is a spurious finding. The side is read
from the amount's own sentence, by mechanisms that hold for any story with sides:

* **named in the amount's noun phrase**: a capitalised modifier of the counted noun
  (``10 Tajik soldiers``, ``Three Valdorian soldiers``) or of ``the number of``
  (``the number of Kyrgyz wounded``), or a place in the possessive before the amount
  in its clause (``Kyrgyzstan's death toll rose to four``);
* **the sayer's own**: ``three of its soldiers``, ``puts its own losses at``, ``says it
  lost two``: the side is the amount's source;
* **all sides**: ``on both sides``, ``both governments``, or two of the story's sides named
  in the sentence (``a clash on the Valdoria-Kestria frontier``);
* **the source's side**: a count a side's body gives (``the Tajik Defence Ministry said``)
  is that side's own count, when nothing else in its sentence says whose it is;
* **a named holder**: the named subject of a verb of having whose object the amount
  counts (``Dunmore missed four games``, ``Okafor has just 317 rushing yards``, ``Lind,
  who scored 12 goals``; verbs in ``holder_verbs``), and so every later count of that
  object list (``Okafor has 548 rushing yards, 28 receptions and 258 receiving yards``,
  ``Vale has eight touchdowns on 412 rushing yards``: parallel objects share the verb's
  subject; ``holder_list_joiners``), or a name whose bracket the amount
  stands in (``Hale (41-6, 33 knockouts)``, ``Sarval (62pc)``): each player's games, each
  boxer's knockouts is a count of its own, not a reading of one count. Only counts: a
  span or a share after a name is as often the one thing the story measures (``Parliament
  has 21 days``, ``the DAX lost 9%``); but a share a name owns by a verb of owning is its
  stake (``Wijaya, who owns 38% of the company``, ``Daesan will hold a 49% stake``:
  ``stake_verbs``), each owner's its own. Holders split a measure's counts after its sides and
  apart from them (``split_by_holder``): the sayer's own count (``its estimate of 9,000``)
  beside another's count of a holder's things (``said Orvana had 9,000``) is one count.

A name and its demonym are one side (``Kyrgyz``/``Kyrgyzstan``, ``Valdorian``/``Valdoria``):
the gazetteer's countries when both are known, else a shared stem of five letters. Only a
measure whose amounts name at least one side explicitly is split; amounts of no side join
the only side there is, else the side with the same amount, else are left out (whose they
are cannot be told). Nothing here is a list of the story's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import regex

from newskit import grammar
from newskit.actors import calendar_words, place_country
from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.story.figure_units import dimension
from newskit.text import match_ahead

__all__ = ["PartyReader", "holder", "split_by_holder", "split_by_party", "stake_holder"]

_CAP = r"(\p{Lu}[\p{L}’'-]*\p{L})"
#: "10 Tajik soldiers", "two more Kyrgyz troops": a capitalised modifier of the counted noun
_NP_AFTER = regex.compile(r"\s+(?:more\s+|other\s+|of\s+the\s+)?" + _CAP + r"\s+\p{Ll}")
#: "the number of Kyrgyz wounded has risen to 23"
_NUMBER_OF = regex.compile(r"\bnumber\s+of\s+" + _CAP + r"\s+\p{Ll}")
#: "Kyrgyzstan's death toll rose to": a place in the possessive in the amount's clause
_POSSESSIVE = regex.compile(_CAP + r"['’]s\s+(?:[\p{Ll}-]+\s+){1,4}(?:[\p{Ll}-]+\s+)?$")
#: "three of its soldiers", "one of their men": the sayer's own
_OF_OWN = regex.compile(r"\s+of\s+(?:its|their|our)\b", regex.I)
#: "puts its own losses at", "its death toll rose to", "it lost two", "they lost"
_OWN_BEFORE = regex.compile(r"\b(?:(?:its|their|our)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:at|to|was|were|is|are|of)\s+"
                            r"(?:\p{Ll}+\s+){0,2}|(?:it|they|we)\s+(?:has\s+|have\s+|had\s+)?lost\s+(?:\p{Ll}+\s+){0,2})$",
                            regex.I)
#: "on both sides", "both governments", "each side": a count of all sides
_ALL_SIDES = regex.compile(r"\b(?:both|either|all|each)\s+(?:sides?|countries|armies|governments|nations|forces|camps|"
                           r"teams|parties)\b", regex.I)
#: "the government in Bishkek", "officials of Tajikistan": a place attached to a source
_SOURCE_PLACE = regex.compile(r"\s+(?:in|of|from)\s+" + _CAP)
_WORDS = regex.compile(r"\p{Lu}[\p{L}’']*\p{L}")
#: the shape of an adjective of nationality (English suffixes, a closed class): Belorian, Sudanese, Iraqi
_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|i)")

#: "Hale (41-6, 33 knockouts)", "Sarval (62pc)": an amount in the bracket right after a name
_IN_BRACKET = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*\p{L})\s+\((?:[^()]{0,40}?,\s+)?$")
#: how far before an amount its holder's verb may stand (an object list's first count, an owner's clause)
_LIST_REACH = 160
#: a relative clause opening the amount's clause: its holder is the name before the comma
_WHO = regex.compile(r"\s*who\b")
#: the same for a body that owns a share (``The Harbour Pension Fund, which owns 12%``)
_WHICH = regex.compile(r"\s*which\b")
#: the closed classes a capitalised word opening a sentence may be (``He has 548 yards``)
_NOT_NAMES = (grammar.SUBJECT_PRONOUNS | grammar.DETERMINERS | grammar.QUANTIFIERS | grammar.RELATIVES
              | grammar.COORDINATORS | grammar.SUBORDINATORS | grammar.PREPOSITIONS | {"there", "here"})


def _holder_head() -> str:
    """A named subject, the perfect's auxiliary or adverbs (``rival_teller_before_verb``), a
    verb of having (``holder_verbs``) and its adverbs (``holder_before_amount``)."""
    rules = figure_rules()
    return r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*\p{L})(?:,\s+who)?\s+(?:(?:" + alternation(rules["rival_teller_before_verb"]) \
        + r")\s+)*(?:" + alternation(rules["holder_verbs"]) + r")\s+(?:(?:" + alternation(rules["holder_before_amount"]) + r")\s+)*"


@cache
def _holder_rx() -> Any:
    """:func:`_holder_head` right before the amount: ``Fenwick had already missed three games``."""
    return regex.compile(_holder_head() + r"$")


@cache
def _listed_rx() -> Any:
    """:func:`_holder_head`, then counts of the verb's object list before the amount, each a
    number, one to three lower-case words and a joiner (``holder_list_joiners``): ``Okafor
    has 548 rushing yards, 28 receptions and``, ``Vale has eight touchdowns on``."""
    rules = figure_rules()
    number = r"(?:\p{N}[\p{N},.]*|(?:" + alternation(rules["holder_list_numbers"]) + r"))(?![\p{L}\p{N}])"
    joiner = r"(?:" + "|".join(r"\s*" + regex.escape(j).replace(r"\ ", r"\s+") if j[0] == "," else r"\s+" + regex.escape(j)
                               for j in sorted(rules["holder_list_joiners"], key=len, reverse=True)) + r")\s+"
    item = number + r"\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+" + joiner
    return regex.compile(_holder_head() + r"(?:" + item + r")+$")


@cache
def _stake_rx() -> Any:
    """A named owner (or one before ``, who``/``, which``), auxiliaries and adverbs
    (``stake_before_verb``), a verb of owning (``stake_verbs``) and an article right before
    a share: ``Daesan will hold a``, ``The Employees Provident Fund, which owns``."""
    rules = figure_rules()
    return regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*\p{L})(?:,\s+(?:who|which))?\s+(?:(?:"
                         + alternation(rules["stake_before_verb"]) + r")\s+)*(?:" + alternation(rules["stake_verbs"])
                         + r")\s+(?:an?\s+)?$")


def stake_holder(text: str, a: int) -> str | None:
    """The name owning the share at ``a`` of ``text`` by a verb of owning (``Wijaya, who owns
    38% of the company``), or None: a share's holder, as :func:`holder` is a count's."""
    lo = _clause_before(text, a)
    if _WHO.match(text, lo, a) or _WHICH.match(text, lo, a):
        lo = _clause_before(text, lo - 1)
    m = _stake_rx().search(text, max(lo, a - _LIST_REACH), a)
    if m is None or m.group(1).lower() in _NOT_NAMES or m.group(1) in calendar_words():
        return None
    return str(m.group(1))


def holder(text: str, a: int) -> str | None:
    """The name holding the amount at ``a`` of ``text`` (module docstring: a named holder),
    or None."""
    lo = _clause_before(text, a)
    if _WHO.match(text, lo, a):  # "Lehan, who spent five games": the name before the comma
        lo = _clause_before(text, lo - 1)
    m = _holder_rx().search(text, lo, a) or _IN_BRACKET.search(text, max(0, a - 80), a) or \
        _listed_rx().search(text, max(0, a - _LIST_REACH), a)
    if m is None or m.group(1).lower() in _NOT_NAMES or m.group(1) in calendar_words():
        return None
    return str(m.group(1))


#: a side, "*" for all sides, or None
Side = str | None


def same_side(a: str, b: str) -> bool:
    """Whether two names name one side: one country in the gazetteer (``Bishkek`` and
    ``Kyrgyzstan``), else a shared stem of five letters (``Kyrgyz``/``Kyrgyzstan``,
    ``Valdorian``/``Valdoria``), or one the whole of the other when shorter."""
    if a == b:
        return True
    ca, cb = place_country(a), place_country(b)
    if ca and cb:
        return ca == cb
    x, y = (ca or a).lower(), (cb or b).lower()
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= 5 or (n >= 4 and n == min(len(x), len(y)))


def _clause_before(text: str, a: int) -> int:
    """Where the amount's clause starts: after the last comma, semicolon or colon before it."""
    return max(text.rfind(c, 0, a) for c in ",;:") + 1


class PartyReader:
    """The side of each amount of a story, read from its sentence. The story's sides are
    the ones its amounts name explicitly (noun phrase, possessive, the sayer's own)."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self.sides: list[str] = []
        self._explicit = {id(f): self._named(f) for f in figures}
        for side in self._explicit.values():
            if side is not None and not any(same_side(side, s) for s in self.sides):
                self.sides.append(side)
        self._held = {id(f): holder(got[0], got[1]) if dimension(f)[0] == "count" else stake_holder(got[0], got[1])
                      for f in figures if dimension(f)[0] in ("count", "percent") and (got := self._where(f)) is not None}

    @staticmethod
    def _where(f: Figure) -> tuple[str, int, int] | None:
        if f.evidence is None or f.ref is None:
            return None
        off = f.evidence.start
        return f.evidence.text, f.ref.start - off, f.ref.end - off

    def _named(self, f: Figure) -> Side:
        """The side the amount's own words name, or its source when they say it is the
        sayer's own (``of its``), or None."""
        got = self._where(f)
        if got is None:
            return None
        text, a, b = got
        m = match_ahead(_NP_AFTER, text, b)
        if m is not None and _is_side_word(m.group(1)):
            return str(m.group(1))
        lo = _clause_before(text, a)
        m = _NUMBER_OF.search(text, lo, a)
        if m is not None and _is_side_word(m.group(1)):
            return str(m.group(1))
        m = _POSSESSIVE.search(text, lo, a)
        if m is not None and place_country(m.group(1)):
            return str(m.group(1))
        if f.source and (match_ahead(_OF_OWN, text, b) or _OWN_BEFORE.search(text, max(lo, a - 60), a)):
            return self._source_side(f, known_only=False)
        return None

    def _source_side(self, f: Figure, known_only: bool = True) -> Side:
        """The side a source names: its first capitalised word that is a place or a side of
        the story (``Tajik Defence Ministry``: Tajik), else a place its sentence attaches to
        it (``The government in Bishkek says``); with ``known_only`` off, any capitalised
        word (``Valdoria said three of its soldiers``)."""
        words: list[str] = _WORDS.findall(f.source or "")
        places = not known_only or self._sides_are_places()
        for w in words:
            if any(same_side(w, s) for s in self.sides) or (places and (
                    place_country(w) or (f.source_type != "person" and _DEMONYM.fullmatch(w)))):  # "The Belorian navy"
                return w
        if f.source and f.evidence is not None:
            text, low, k = f.evidence.text, f.evidence.text.lower(), -1
            while (k := low.find(f.source.lower(), k + 1)) >= 0:
                m = match_ahead(_SOURCE_PLACE, text, k + len(f.source))
                if m is not None and (place_country(m.group(1)) or any(same_side(m.group(1), s) for s in self.sides)):
                    return str(m.group(1))
        return (words[0] if words else None) if not known_only else None

    def _sides_are_places(self) -> bool:
        """Whether some side the story's amounts name is a country or a people (``Tajik``,
        ``Valdoria``'s ``Valdorian``): only then does a source's place make it a side; in a
        story whose sides are a bank or a club, ``the Spanish Banking Association`` is a
        body reporting on them, no side."""
        return any(place_country(s) or _DEMONYM.fullmatch(s) for s in self.sides)

    def sides_disagree(self, figs: Sequence[Figure]) -> bool:
        """Whether amounts of one count come from sources of two different sides of a story
        with sides (the Kyrgyz ministry's count of Tajik dead against the Tajik ministry's):
        two parties' counts differ as claims, neither updates the other."""
        if not self.sides:
            return False
        seen: list[str] = []
        for f in figs:
            s = self._source_side(f)
            if s is not None and not any(same_side(s, x) for x in seen):
                seen.append(s)
        return len(seen) >= 2

    def explicit(self, f: Figure) -> Side:
        return self._explicit.get(id(f))

    def held(self, f: Figure) -> str | None:
        """The named holder of a count (module docstring), or None."""
        return self._held.get(id(f))

    def side(self, f: Figure) -> Side:
        """The side of an amount: named, else all sides, else its source's side, else
        all sides when two of the story's sides are named in its sentence, else None."""
        named = self.explicit(f)
        if named is not None:
            return named
        got = self._where(f)
        if got is None:
            return None
        text, a, _ = got
        if _ALL_SIDES.search(text):
            return "*"
        src = self._source_side(f)
        if src is not None:
            return src
        lo, hi = text.rfind(";", 0, a) + 1, text.find(";", a)  # the amount's clause: "four were killed; Dushanbe says"
        seen: list[str] = []
        for w in _WORDS.findall(text[lo:hi if hi >= 0 else len(text)].replace("-", " ")):
            hit = next((s for s in self.sides if same_side(w, s)), None)
            if hit is not None and hit not in seen:
                seen.append(hit)
        return "*" if len(seen) >= 2 else None


def _is_side_word(word: str) -> bool:
    """A capitalised modifier that may name a side: not a month or a weekday (``12
    Thursday``)."""
    return word not in calendar_words()


def split_by_party(figs: Sequence[Figure], reader: PartyReader) -> list[list[Figure]]:
    """A measure's amounts by side: one side's count is never compared with another's nor
    with all sides'. Only when some amount names its side explicitly (or all sides); the
    amounts of no side join the only side there is, else the side giving the same amount,
    else are left out."""
    if not any(reader.explicit(f) is not None for f in figs):
        return [list(figs)]
    return _split(figs, reader.side)


def split_by_holder(figs: Sequence[Figure], reader: PartyReader) -> list[list[Figure]]:
    """A measure's counts by named holder (``Dunmore missed four games``, ``Fenwick, who
    missed seven``), as :func:`split_by_party` splits them by side. Apart from the sides: a
    sayer's own count (``its estimate of 9,000``) and another's count of a holder's things
    (``said Orvana had fewer than 9,000``) are two readings of one count, never two holders."""
    return _split(figs, reader.held)


def _split(figs: Sequence[Figure], side_of: Callable[[Figure], Side]) -> list[list[Figure]]:
    """``figs`` by ``side_of`` when it names two sides or more (``same_side``); the amounts
    of no side join the side giving the same amount, else are left out."""
    sides: list[tuple[str, list[Figure]]] = []
    loose: list[Figure] = []
    for f in figs:
        s = side_of(f)
        if s is None:
            loose.append(f)
            continue
        home = next((fs for k, fs in sides if (k == "*") == (s == "*") and (s == "*" or same_side(k, s))), None)
        if home is None:
            sides.append((s, [f]))
        else:
            home.append(f)
    if len(sides) < 2:
        return [list(figs)]
    for f in loose:
        home = next((fs for _, fs in sides if any((g.value, g.high) == (f.value, f.high) for g in fs)), None)
        if home is not None:
            home.append(f)
    return [fs for _, fs in sides]
