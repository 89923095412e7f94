"""An -ing form that heads a noun phrase is a noun, not a bare verb: "a deadly shooting",
"the suspected gas poisoning", "Tuesday's bombing" name an event; "was shooting", "people
fleeing the city", "the army began shelling" tell an act. Read from the text layer's tokens
before the word (only spaces between them), with no part-of-speech tagger."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from newskit.text import match_ahead
from newskit.textlayer import CLITIC, POSSESSIVE, WORD, Token, layer
from newskit_events.lemma import is_past
from newskit_events.lexicon import DETERMINERS, raw_triggers
from newskit_events.mention import words_after

__all__ = ["heads_noun_phrase"]

#: the -ing word itself
_ING = regex.compile(r"[\p{L}\p{N}'’-]*")
#: at most this many modifiers between a determiner and the -ing noun ("a deadly school shooting")
_MODIFIERS = 2


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The closed word classes of triggers.json ``nominal_ing``."""
    raw = raw_triggers()["nominal_ing"]
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def heads_noun_phrase(text: str, start: int) -> bool:
    """Whether the -ing word at ``start`` heads a noun phrase: right after a possessive
    ("Tuesday's bombing", not "it's raining"), or after a determiner and at most two
    modifiers that are no verb form ("the mass poisoning", "a deadly school shooting";
    "the police kept firing" is a verb), and followed as a noun is (:func:`_ends_noun_phrase`:
    "the crowds fleeing the city" is a participle)."""
    word = match_ahead(_ING, text, start)
    end = word.end() if word is not None else start
    before = _joined_words_before(text, start)
    if not before:
        return False
    last = before[-1]
    if last.shape & POSSESSIVE:
        return _possessive(text, last) and _ends_noun_phrase(text, end)
    mods: list[str] = []
    for tok in reversed(before):
        word = text[tok.start:tok.end].lower()
        if word in DETERMINERS:
            return bool(mods) and _modifiers(mods) and _ends_noun_phrase(text, end)
        if tok.shape & POSSESSIVE:
            return _possessive(text, tok) and _modifiers(mods) and _ends_noun_phrase(text, end)
        mods.append(word)
        if len(mods) > _MODIFIERS:
            return False
    return False


def _joined_words_before(text: str, start: int) -> list[Token]:
    """The words right before ``start`` with only spaces between them (a comma, a quote or
    a line break ends the phrase), nearest last: at most a determiner and two modifiers."""
    toks = layer(text).tokens
    i = bisect_left(toks, start, key=lambda t: t.start)
    out: list[Token] = []
    edge = start
    while i > 0 and len(out) <= _MODIFIERS:
        tok = toks[i - 1]
        if text[tok.end:edge].strip(" \t"):
            break
        edge = tok.start
        i -= 1
        if tok.shape & CLITIC:
            continue  # the "'s" of the possessive word before it
        if not tok.shape & WORD:
            break
        out.append(tok)
    return out[::-1]


def _possessive(text: str, tok: Token) -> bool:
    """A possessive word, not a pronoun's contracted "is" ("it's", "that's")."""
    return text[tok.start:tok.end].lower().removesuffix("'s").removesuffix("’s") not in _lists()["not_possessive"]


def _modifiers(words: list[str]) -> bool:
    """Words that may premodify a noun: the one nearest the determiner may be a participle
    ("the suspected ..."); after it, no verb form ("the army began shelling") and no plural
    subject ("the crowds fleeing"): those make the -ing form a verb."""
    lists = _lists()
    for k, w in enumerate(reversed(words)):  # from the determiner on
        if w in lists["not_modifiers"] or w.endswith("ing"):
            return False
        if k and (is_past(w) or _plural(w)):
            return False
    return not (words and _plural(words[0]))


def _plural(word: str) -> bool:
    """A plural noun by its ending ("crowds", not "gas", "mass", "virus", "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "as"))


#: what may follow a noun phrase: the end of a clause (a punctuation mark, the text's end)
_CLAUSE_END = regex.compile(r"\s*(?:[^\w\s'’-]|$)")


def _ends_noun_phrase(text: str, end: int) -> bool:
    """What follows the -ing word is what follows a noun ("the shooting *of*", "the bombing
    *killed*", "the stabbing*.*"), not a participle's object, particle or adverb ("a woman
    walking *out*", "crowds fleeing *the* city", "a website hosting *malware*")."""
    if match_ahead(_CLAUSE_END, text, end):
        return True
    after = words_after(text, end, 1)
    return bool(after) and (after[0] in _lists()["after_noun"] or is_past(after[0]))
