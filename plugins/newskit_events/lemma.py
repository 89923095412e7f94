"""A small English lemmatiser for trigger look-up: undo the regular inflections of verbs
(-s, -ed, -ing) and nouns (-s, -es, -ies) by suffix rules, irregular forms from a table
(data/inflections.json).

Why not a full morphological analyser: triggers are looked up in a closed lexicon of
lemmas, so over-generating candidate stems costs nothing (a stem that is no trigger is
simply not found), while missing one loses recall. Each candidate says which inflection
produced it, so a noun lemma is never matched by a verb-only form ("earthquaked")."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from typing import Any

from newskit.patterns import read_data
from newskit.spelling import WORDS_KEPT, american
from newskit.text import lower_word

__all__ = ["BASE", "ED", "ING", "S", "candidates", "irregular_forms", "is_past", "nominalisations", "verb_bases"]

#: inflection tags: the bare form, plural noun or third-person verb, past, present participle
BASE, S, ED, ING = "base", "s", "ed", "ing"

_VOWELS = frozenset("aeiou")


@cache
def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_data(__package__, "inflections.json"))
    return data


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """irregular form -> lemmas (verbs); irregular plural -> singular."""
    raw = _raw()
    verbs: dict[str, set[str]] = {}
    for lemma, forms in raw["irregular_verbs"].items():
        for f in forms:
            if f != lemma:
                verbs.setdefault(f, set()).add(lemma)
    return ({f: tuple(sorted(ls)) for f, ls in verbs.items()}, dict(raw["irregular_plurals"]))


def _undouble(stem: str) -> str | None:
    """'stopp' -> 'stop' (a doubled final consonant after a short vowel)."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS and stem[-1] not in "lsz":
        return stem[:-1]
    return None


def _stems(word: str, suffix: str) -> list[str]:
    """Candidate stems of ``word`` without ``suffix`` ('ed' or 'ing')."""
    stem = word[: -len(suffix)]
    if len(stem) < 2:
        return []
    out = [stem, stem + "e"]
    und = _undouble(stem)
    if und:
        out.append(und)
    if suffix == "ed" and stem.endswith("i"):
        out.append(stem[:-1] + "y")  # "hurried" -> "hurry"
    if suffix == "ing" and stem.endswith("y"):
        out.append(stem[:-1] + "ie")  # "dying" -> "die"
    if suffix == "ed" and stem.endswith("ck"):
        out.append(stem[:-1])  # "panicked" -> "panic"
    return out


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def candidates(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, inflection) pairs ``word`` may be a form of, the bare form first.

    >>> candidates("stopped")[:2]
    (('stopped', 'base'), ('stopp', 'ed'))
    >>> ("die", "ing") in candidates("dying")
    True
    """
    w = lower_word(word)
    out: list[tuple[str, str]] = [(w, BASE)]
    irregular, plurals = _tables()
    for lemma in irregular.get(w, ()):
        out.append((lemma, ED))
    if w in plurals:
        out.append((plurals[w], S))
    if w.endswith("ies") and len(w) > 4:
        out.append((w[:-3] + "y", S))
    if w.endswith("es") and len(w) > 3:
        out.append((w[:-2], S))
    if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        out.append((w[:-1], S))
    if w.endswith("ed") and len(w) > 3:
        out.extend((s, ED) for s in _stems(w, "ed"))
    if w.endswith("ing") and len(w) > 4:
        out.extend((s, ING) for s in _stems(w, "ing"))
    us = american(w)
    if us != w:  # a British spelling is read as its American one too: "cancelled", "penalised"
        out.extend(candidates(us))
    return tuple(dict.fromkeys(out))  # first occurrence wins, order kept


def irregular_forms(lemma: str) -> tuple[str, ...]:
    """The irregular past forms of a verb lemma ("rise" -> "risen", "rose"), none for a
    regular one."""
    return tuple(_raw()["irregular_verbs"].get(lemma, ()))


@cache
def _same_pasts() -> frozenset[str]:
    """Irregular verbs whose past is their bare form ("hit", "shut", "burst")."""
    return frozenset(lemma for lemma, forms in _raw()["irregular_verbs"].items() if lemma in forms)


def is_past(word: str) -> bool:
    """Whether ``word`` may be a past form of a verb: regular ("slammed", longer than a
    stem in -ed like "bed" or "need"), irregular ("tore", "swept") or one like its bare
    form ("hit")."""
    w = word.lower()
    if w in _same_pasts() or w in _tables()[0]:
        return True
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed")


def _rules() -> list[tuple[str, str]]:
    """(verb ending, noun ending) pairs of the productive nominalising suffixes."""
    return [(v, n) for v, n in _raw().get("derivations", [])]


def _doubles(stem: str) -> bool:
    """'stop', 'rob', 'occur': a final consonant after one short vowel doubles before a
    vowel suffix (stoppage, robbery, occurrence); only for short stems, so 'visit' and
    'deliver' stay single."""
    return (len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy"
            and stem[-2] in _VOWELS and stem[-3] not in _VOWELS and len(stem) <= 5)


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def nominalisations(verb: str) -> tuple[str, ...]:
    """The nouns English derives from ``verb`` by its productive suffixes: candidates, not
    facts ("evacuate" -> "evacuation", "arrive" -> "arrival", "stop" -> "stoppage"). A
    candidate that is no English word is harmless (it never occurs in text); one that is
    another word ("depart" -> "department") is vetoed by the lexicon's ``not_derived``.

    >>> "evacuation" in nominalisations("evacuate") and "arrival" in nominalisations("arrive")
    True
    """
    v = verb.lower()
    out: list[str] = []
    for v_end, n_end in _rules():
        if not v.endswith(v_end) or len(v) - len(v_end) < 3:
            continue
        stem = v[: len(v) - len(v_end)]
        if not v_end and stem.endswith("e") and n_end[0] in _VOWELS:
            continue  # "arrive" + "al" is made by the ("e", "al") rule
        out.append(stem + n_end)
        if not v_end and n_end[0] in _VOWELS and _doubles(stem):
            out.append(stem + stem[-1] + n_end)
    return tuple(dict.fromkeys(w for w in out if w != v))


#: the noun endings read backwards: only -ion and -ment mark a deverbal noun without
#: doubt; "-al", "-ure", "-age", "-ery" end too many nouns that come from no verb ("trial"
#: is no "tri", "final" no "fine")
_BACK_SUFFIXES = ("ion", "ment")


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def verb_bases(noun: str) -> tuple[str, ...]:
    """The verbs ``noun`` may be derived from, by the same suffix rules read backwards
    ("explosion" -> "explode", "election" -> "elect"); candidates, as above.

    >>> "explode" in verb_bases("explosion") and "elect" in verb_bases("election")
    True
    """
    w = noun.lower()
    out: list[str] = []
    for v_end, n_end in _rules():
        if not n_end.endswith(_BACK_SUFFIXES) or not w.endswith(n_end) or len(w) - len(n_end) + len(v_end) < 5:
            continue
        stem = w[: len(w) - len(n_end)]
        out.append(stem + v_end)
        if not v_end and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            out.append(stem[:-1])  # "stoppage" -> "stop", "cancellation" -> "cancel"
    return tuple(dict.fromkeys(b for b in out if b != w and (w in nominalisations(b) or b + b[-1] in w)))
