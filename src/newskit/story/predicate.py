"""The story's central event as the predicate its leads share.

Outlets of one story lead with its news, and the news of an institution's act is a predicate
no trigger lexicon is sure to hold: a regulator *fines* a company ("fined", "the fine"), a
central bank *cuts* its rate ("cuts", "cut", "cutting"), a court *annuls* a law ("annulled",
"the annulment"), two ships *collide* ("collided", "the collision"). What every such story
shares is grammatical, not lexical: the word is a predicate in several outlets' headlines and
first sentences - a verb's form after an auxiliary ("has fined", "would raise", "to annul"),
a past form ("collided", "struck"), a headline's present ("Ireland fines ...") - or the act a
light verb's object names ("carried out a prisoner exchange", "announced a price hike").

:func:`lead_predicate` reads each article's lead (headline and first two sentences), keeps
the words that stand as predicates somewhere in the story's leads (or that the events plugin
or a frame of story/learned.py already reads as events), and returns the one most articles'
leads name, in any form. Forms are one word by inflection and by the closed class of English
derivational suffixes applied to the story's own words (:func:`family_of`): "collision" is
"collide" only when the story says "collided" or "collide", never by a list of event words.
Verbs that frame another predicate (being, having, saying, reporting, phase, attempt; the
toll of a cause) are a closed class that never names the news
(``newskit/data/predicate.json``).

The result depends on the story's texts only, so it is deterministic and independent of the
order of the articles.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from functools import cache, lru_cache
from typing import Any

import attrs
import regex

from newskit.datafiles import package_json
from newskit.furniture import LEAD_SENTENCES
from newskit.grammar import irregular_act_verbs
from newskit.model import Analysis, DateMention, Event, SpanRef
from newskit.spelling import WORDS_KEPT
from newskit.story._common import learned_word_lists
from newskit.story.features import (
    Unit,
    covered_by,
    last_before,
    lemma,
    make_unit,
    shared_persons,
    shared_who,
    span_unit,
    stem_family,
)
from newskit.story.learned import is_learned
from newskit.story.memo import IdentityMemo
from newskit.story.word_table import (
    LEAD_TOKEN,
    LeadTok,
    text_tokens,
    tokens_passing,
    word_indices,
    words_passing,
)
from newskit.text import match_ahead
from newskit.textlayer import in_title_case_line, layer
from newskit.textlayer import title_case as is_title_case
from newskit.timex import attributive_date

__all__ = ["LEAD_TOKEN", "LeadTok", "act_objects", "base", "bounds_time", "dated_acts", "decided_units", "definite_before", "derived_stems", "family_of", "family_units",
           "is_excluded_stem", "is_general_noun", "is_general_noun_at", "is_light_stem", "is_light_verb", "is_modifier", "is_predicate", "is_verbal",
           "join_anaphors", "lead_predicate", "lead_text", "lead_tokens",
           "noun_namers", "particle_stem", "predicate_families", "predicate_keys",
           "predicate_links", "predicate_positions", "predicate_units", "predicate_words", "refers_to_central",
           "sentence_index", "skip_adverbs", "story_bases", "story_words", "text_tokens", "verb_stem", "verb_stems"]

#: a date that bounds a span of time rather than dating an act ("its first cut since the
#: summer", "the highest level before March")
_BOUND = regex.compile(r"(?<!\p{L})(?:since|until|till|before|after|from|through|by)\s+(?:the\s+)?$", regex.I)
#: a noun phrase opened by a preposition of a later time, up to the mention ("after one of the
#: country's largest mass strandings", "following the collapse"), or the object of a verb in
#: the past perfect ("denied that its exercises had caused the stranding"): what it names
#: happened before the act its sentence dates, so that date is not its own; no verb's past
#: form between
_EARLIER = regex.compile(r"(?:(?<!\p{L})(?:after|following|since)|\bhad\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en))\s+"
                         r"(?:(?![\p{L}-]+ed\s)[\p{L}\d'’,.-]+\s+){0,6}$", regex.I)
#: each form of the predicate is linked with the next this many only (story/events.py MAX_PAIRED)
_MAX_PAIRED = 200
_VOWEL = regex.compile(r"[aeiouy]")
#: the 's of a possessive or a contraction, and the token of a number
_POSSESSIVE = regex.compile(r"^\p{L}[\p{L}-]*['’]s$")


@cache
def _data() -> dict[str, Any]:
    raw: dict[str, Any] = package_json("newskit", "predicate.json")
    return raw


@cache
def _sets() -> dict[str, frozenset[str]]:
    d = _data()
    return {k: frozenset(v) for k, v in d.items() if isinstance(v, list) and all(isinstance(x, str) for x in v)}


@cache
def _irregular() -> dict[str, str]:
    """A verb's irregular form -> its base ("struck" -> "strike", "threw" -> "throw")."""
    out: dict[str, str] = dict(irregular_act_verbs())
    coref: dict[str, str] = package_json("newskit", "coref.json")["irregular"]
    for f, b in coref.items():
        if f != "dead":
            out.setdefault(f, b)
    return out


def _learned() -> dict[str, frozenset[str]]:
    return learned_word_lists()


def _norm(w: str) -> str:
    """One spelling for a stem: no silent e, no doubled final consonant ("raise" / "rais",
    "annull" / "annul", "cutt" / "cut")."""
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousy":
        w = w[:-1]
    return w


def _ed_form(low: str) -> bool:
    """A regular past form in -ed: "fined", "annulled", and the -ee verbs' "agreed", "freed",
    "guaranteed"; not a word whose -eed is its own ("need", "speed", "proceed": ``not_words``)."""
    if not (low.endswith("ed") and len(low) > 4):
        return False
    return not low.endswith("eed") or low not in _sets()["not_words"]


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def base(word: str) -> str:
    """A word's stem without its inflection: "fined", "fines", "fine" -> "fin"; "cutting" ->
    "cut"; "struck" -> "strik"; "annulled" -> "annul"."""
    w = word.lower().strip("'’-")
    if w in _irregular():
        return _norm(_irregular()[w])
    if w.endswith("eed") and _ed_form(w):
        return w[:-1]  # "agreed" -> "agree", as "agrees", "agreeing", "agreement"
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and _VOWEL.search(w[:-len(suffix)]):
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ches", "shes", "sses", "xes", "zes")):
                continue  # "fines" is "fine" + s; "crashes" is "crash" + es
            w = w[: -len(suffix)] + repl
            break
    return _norm(w)


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def _derived(word: str) -> tuple[str, ...]:
    """The stems a noun may be made from by a derivational suffix, longest suffix first
    ("collision" -> "collid"; "reduction" -> "reduc", "reduct")."""
    w = word.lower()
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]  # "collisions"
    out: list[str] = []
    for noun, verb, shortest in _data()["derivations"]:
        if w.endswith(noun) and len(w) - len(noun) >= shortest:
            stem = _norm(w[: len(w) - len(noun)] + verb)
            if stem not in out:
                out.append(stem)
    return tuple(out)


def derived_stems(word: str) -> tuple[str, ...]:
    """The stems of the verbs a noun may be made from by a derivational suffix ("diversion"
    -> ``divert``, ``divers``; "failure" -> ``fail``); empty for a word with no such suffix."""
    return _derived(word)


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def particle_stem(word: str) -> str | None:
    """The stem of the phrasal verb a particle noun is made of ("switch-on" -> ``switch``,
    "start-up" -> ``start``, "shutdown" -> ``shut``; ``predicate.json`` ``particle_nouns``),
    None for another word: the noun names the act of "switched on", "started up", "shut
    down", as "collision" names the act of "collided"."""
    low = word.lower()
    if low.endswith("s") and not low.endswith(("ss", "us")):
        return None  # a plural names many acts
    parts = _data()["particle_nouns"]
    head, dash, particle = low.rpartition("-")
    if dash:
        ok = particle in parts["hyphened"] and "-" not in head and head.isalpha()
        return base(head) if ok and len(head) >= 2 else None
    for particle in parts["joined"]:
        if low.endswith(particle) and len(low) - len(particle) >= 3 and low.isalpha():
            return base(low[: -len(particle)])
    return None


def family_of(word: str, bases: Set[str], nouns: Set[str] = frozenset()) -> str:
    """The word's family in a story whose words have the stems ``bases``: the stem of the verb
    it is derived from when the story uses that verb ("collision" -> "collid" when some
    article says "collided"), else its own stem. A form in -ing the story uses only as a
    noun (``nouns``, :func:`noun_forms`: "a 1931 painting", "their funding") is a word of its
    own, not the verb's.

    Read once per word of a story: its layers ask for the families of every word of every
    article (some 2,000 asks a story) with the same two frozensets (:func:`story_words`), so
    the answers are kept per pair of sets, by their identity (a plain set is read afresh)."""
    kept = _LAST_FAMILIES[0]
    if kept is None or kept[0] is not bases or kept[1] is not nouns:
        kept = _FAMILIES.get((id(bases), id(nouns)))
        if kept is None or kept[0] is not bases or kept[1] is not nouns:
            if not (isinstance(bases, frozenset) and isinstance(nouns, frozenset)):
                return _family_of(word, bases, nouns)
            kept = _keep_families(bases, nouns)
        _LAST_FAMILIES[0] = kept
    table = kept[2]
    got = table.get(word)
    if got is None:
        got = table[word] = _family_of(word, bases, nouns)
    return got


#: per pair of (stems, nouns in -ing) frozensets, by their ids: the pair itself (held, so
#: no id is reused while its entry lives) and each word's family (:func:`family_of`)
_FAMILIES: dict[tuple[int, int], tuple[frozenset[str], frozenset[str], dict[str, str]]] = {}
#: how many pairs of sets are kept (a story asks with a few; the oldest go first)
_FAMILY_PAIRS = 16
#: the entry of :data:`_FAMILIES` asked last: a layer asks the families of many words in a
#: row with one pair of sets, found here by two identity tests, without a key built and
#: hashed (the entry holds its sets, so they are the ones it was made for)
_LAST_FAMILIES: list[tuple[frozenset[str], frozenset[str], dict[str, str]] | None] = [None]


def _keep_families(bases: frozenset[str], nouns: frozenset[str]) -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """A new table of families for the pair of sets, the oldest dropped past the bound."""
    kept = _FAMILIES[(id(bases), id(nouns))] = (bases, nouns, {})
    while len(_FAMILIES) > _FAMILY_PAIRS:
        del _FAMILIES[next(iter(_FAMILIES))]
    return kept


def _family_of(word: str, bases: Set[str], nouns: Set[str]) -> str:
    """:func:`family_of`, read."""
    if nouns and _singular(word.lower()) in nouns:
        return _singular(word.lower())
    own = base(word)
    for stem in _derived(word):
        if stem != own and stem in bases:
            return stem
    return own


def _singular(low: str) -> str:
    return low[:-1] if low.endswith("ings") else low


def noun_forms(analyses: Iterable[Analysis]) -> frozenset[str]:
    """The forms in -ing (singular) the story's texts use only as nouns and its events plugin
    never reads as an event: never after a form of be, never before an object (a determiner,
    a possessive, an object pronoun, a name, a number) nor as the act of its object after
    "of" (:func:`_verb_use`): "A 1931 painting", "the painting's owner", "foreign funding".
    Such a form names a thing (what was painted, the money), not the verb's act, whatever its
    suffix; a deverbal noun that names a happening ("the shooting", "the bombing") is an
    event mention and stays the verb's.

    Read once per story (the same analyses, by identity): its layers ask about ten times."""
    arts = tuple(analyses)
    return _NOUN_FORMS.get(arts, lambda: _noun_forms(arts))


#: per story's analyses (by identity), its nouns in -ing (:func:`noun_forms`)
_NOUN_FORMS: IdentityMemo[frozenset[str]] = IdentityMemo(8)


def _noun_forms(analyses: Iterable[Analysis]) -> frozenset[str]:
    """:func:`noun_forms`, read."""
    seen: set[str] = set()
    verbs: set[str] = set()
    events: set[str] = set()
    for a in analyses:
        events |= {_singular(m.text.lower()) for e in a.events for m in e.mentions}
        forms, used = _ing_uses(a.article.text)
        seen |= forms
        verbs |= used
    return frozenset(seen - verbs - events)


@lru_cache(maxsize=256)
def _ing_uses(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The forms in -ing (singular) of ``text``, and those it uses as a verb somewhere; one
    scan per article text however many steps of a story's build ask (:func:`noun_forms`),
    a small bound so a long stream keeps no old texts alive."""
    seen: set[str] = set()
    verbs: set[str] = set()
    toks = text_tokens(text)
    for i, (w, _s, _e, _h) in enumerate(toks):
        low = w.lower()
        if not (w.isalpha() and low.endswith(("ing", "ings")) and len(low) > 5):
            continue
        one = _singular(low)
        seen.add(one)
        if one not in verbs and _verb_use(toks, i):
            verbs.add(one)
    return frozenset(seen), frozenset(verbs)


def _verb_use(toks: Sequence[tuple[str, int, int, bool]], i: int) -> bool:
    """``toks[i]`` (a form in -ing) is a verb here: after an auxiliary of be ("was painting"),
    with an object after it ("painting the wall", "funding their work", "by cutting Bank
    Rate", "cutting 300 jobs"), or as the act with its object after "of" ("the scrapping of
    fees", "the painting of the hall": the nominal of the verb's act, not a thing)."""
    if toks[i][0].lower().endswith("s"):
        return False
    j = skip_adverbs(toks, i)
    if j >= 0 and toks[j][0].lower() in _sets()["auxiliaries"] and toks[j][0].lower() != "to":
        return True
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return _objects_next(toks, i) or nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() == "of"


@cache
def _objects() -> frozenset[str]:
    """Words that open a verb's object and never a relative clause after a noun: the
    determiners but "that" (and "last", "such"), the object pronouns."""
    dets = _learned().get("determiners", frozenset()) - {"that", "last", "such"}
    return frozenset(dets | (_sets()["pronouns"] & {"him", "them", "us", "me", "itself", "themselves"}))


def story_bases(texts: Iterable[str]) -> frozenset[str]:
    """The stems of the lower-case words of ``texts`` (what a derived noun may come from).
    One frozenset per story's texts: its layers ask about twenty times, and
    :func:`family_of` keeps its answers per set."""
    return _story_bases(tuple(texts))


@lru_cache(maxsize=16)
def _story_bases(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_text_bases(t) for t in texts))


@lru_cache(maxsize=256)
def _text_bases(text: str) -> frozenset[str]:
    """:func:`story_bases` of one text, read once: every step of a story build asks again
    (each distinct word of the story's word table once)."""
    return frozenset(base(w) for w, _at in word_indices(text) if w[0].isalpha() and w.islower())


def story_words(dated: Iterable[Analysis]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The story's own word classes the predicate is read with: the stems of its words
    (:func:`story_bases`), its -ing forms used only as nouns (:func:`noun_forms`) and the
    stems it inflects as verbs (:func:`verb_stems`). Read once per story's analyses (by
    identity): its layers ask about nine times."""
    arts = tuple(dated)
    return _STORY_WORDS.get(arts, lambda: _story_words(arts))


#: per story's analyses (by identity), its word classes (:func:`story_words`)
_STORY_WORDS: IdentityMemo[tuple[frozenset[str], frozenset[str], frozenset[str]]] = IdentityMemo(8)


def _story_words(arts: Sequence[Analysis]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    texts = [a.article.text for a in arts]
    return story_bases(texts), noun_forms(arts), verb_stems(texts)


def lead_tokens(a: Analysis, sentences: int = LEAD_SENTENCES) -> tuple[list[LeadTok], list[LeadTok]]:
    """The headline's tokens (word, start, end, True; offsets into the title) and the lead's
    (offsets into the text): its first ``sentences`` news sentences, past the page furniture
    (:attr:`newskit.textlayer.TextLayer.lead`: a date line or a byline is no lead)."""
    head, body = _lead_tokens(a.article.title or "", a.article.text, sentences)
    return list(head), list(body)


@lru_cache(maxsize=256)
def _lead_tokens(title: str, text: str, sentences: int) -> tuple[tuple[LeadTok, ...], tuple[LeadTok, ...]]:
    """:func:`lead_tokens` of one article, read once: a story build asks for each lead
    about seven times (the predicate, the lead's acts and frames)."""
    head = tuple((m.group(), m.start(), m.end(), True) for m in LEAD_TOKEN.finditer(title))
    body = tuple((m.group(), m.start(), m.end(), False)
                 for s in layer(text).lead[:sentences] for m in LEAD_TOKEN.finditer(text, s.start, s.end))
    return head, body


def lead_text(a: Analysis) -> list[LeadTok]:
    """The lead's tokens: (word, start, end, in the headline), the headline's first (offsets
    into the title), then the article's first two news sentences (offsets into the text)."""
    head, body = lead_tokens(a)
    return head + body


def _content(word: str, lowered: Set[str], first: bool, title_case: bool) -> str | None:
    """The word lower-cased when it may be a predicate: an alphabetic word of three letters or
    more, lower case (a capitalised word counts when it opens a sentence or a title-case
    headline and the article writes it in lower case elsewhere); not a word of the closed
    classes."""
    if not word[0].isalpha() or len(word) < 3 or _POSSESSIVE.match(word):
        return None
    low = word.lower()
    if not word.islower() and not ((first or title_case) and low in lowered):
        return None
    s, ls = _sets(), _learned()
    if low in ls.get("determiners", ()) or low in ls.get("boundaries", ()) or low in ls.get("times", ()) \
            or low in ls.get("parts", ()) or low in s["auxiliaries"] or low in s["not_words"]:
        return None
    return low


def skip_adverbs(toks: Sequence[tuple[str, int, int, bool]], i: int) -> int:
    """The index of the word before ``toks[i]`` past adverbs between an auxiliary and its
    verb ("has now fined", "would not raise")."""
    j = i - 1
    adverbs = _sets()["adverbs_between"]
    while j >= 0 and (toks[j][0].lower() in adverbs or toks[j][0].lower().endswith("ly")):
        j -= 1
    return j


def _participle(low: str) -> bool:
    return _ed_form(low) or \
        (low in _irregular() and _irregular()[low] != low) or low.endswith(("en", "ing"))


def is_verbal(toks: Sequence[tuple[str, int, int, bool]], i: int, inflected: Set[str]) -> bool:
    """``toks[i]`` is a verb's form by its local syntax: a base form after a modal, or after
    ``to`` when the story inflects it as a verb somewhere (``inflected``: "to annul" with
    "annulled", never "to hospital"), a participle after be or have, a regular or irregular
    past form not after a determiner nor before a noun it modifies, a same-form past ("cut",
    "hit") after a name or a pronoun."""
    w = toks[i][0]
    low = w.lower()
    j = skip_adverbs(toks, i)
    prev = toks[j][0] if j >= 0 else ""
    pl = prev.lower()
    dets = _learned().get("determiners", frozenset())
    if pl in _sets()["auxiliaries"]:
        if pl == "to":
            return low not in _sets()["not_words"] and base(low) == _norm(low) and (
                base(low) in inflected or _framed_infinitive(toks, j))
        if pl in ("will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
                  "did", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "cannot", "couldn't"):
            return not low.endswith(("ed", "ing")) and base(low) == _norm(low)
        return _participle(low)
    if pl in dets or _POSSESSIVE.match(prev) or (prev[:1].isalpha() and prev[:1].islower() and
                                                 prev.lower().endswith(("al", "ous", "ive", "ful", "ic", "ish"))):
        return False  # "the damaged tanker", "a jailed businessman", "political prisoners"
    past = _ed_form(low) or low in _irregular()
    if not past:
        return False
    if "-" in low.strip("-"):
        return _objects_next(toks, i)  # "foreign-funded groups" modifies; "test-fired a missile" acts
    if (j >= 1 and prev[:1].isupper()) or pl in _sets()["pronouns"]:
        return True  # after its subject: "the Bank of England cut rates", "it fined the firm"
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if nxt[:1].isalpha() and nxt.islower() and not _closed(nxt.lower()):
        return False  # a participle before its noun is an adjective: "oiled beaches"
    return low not in _irregular() or _irregular()[low] != low  # "struck", "threw"; not "cut", "hit"


#: at most this many words between a verb of deciding and its "to": a time phrase, an adverb
#: ("agreed on Wednesday to cut", "voted unanimously to suspend", "decided last week to close")
_TO_GAP = 4


def _framed_infinitive(toks: Sequence[tuple[str, int, int, bool]], j: int) -> bool:
    """``toks[j]`` is a "to" that a verb framing another predicate governs ("agreed on
    Wednesday to", "decided to", "seeks to", "plans to"; ``decision_verbs`` and
    ``infinitive_verbs``): what follows is an infinitive, the framed act, not a preposition's
    object ("to hospital")."""
    k = _before_to(toks, j)
    if k is None:
        return False
    stem = base(toks[k][0])
    return stem in _excluded_stems(_sets()["decision_verbs"]) or stem in _excluded_stems(_sets()["infinitive_verbs"])


def _before_to(toks: Sequence[tuple[str, int, int, bool]], j: int) -> int | None:
    """The index of the lower-case word before the "to" at ``j``, past a short time phrase or
    adverbs between them ("agreed on Wednesday to", "voted unanimously to"); None when a
    punctuation mark or another phrase stands between."""
    times = _learned().get("times", frozenset())
    k = j - 1
    while k >= 0 and k > j - 1 - _TO_GAP:
        w = toks[k][0]
        low = w.lower()
        if low in ("on", "in", "at", "late", "early", "last", "this", "next") or low in times \
                or low.endswith("ly") or low in _sets()["adverbs_between"] or w[:1].isdigit() or w[:1].isupper():
            k -= 1
            continue
        return k if w[:1].isalpha() and w.islower() else None
    return None


def decided_act(toks: Sequence[tuple[str, int, int, bool]], i: int) -> int | None:
    """The index of the infinitive a verb of deciding at ``toks[i]`` governs ("agreed on
    Wednesday to *cut* output", "voted to *suspend* the strike"; ``decision_verbs``), or None:
    the agreement is the act agreed, so the verb tells of the infinitive's act, not of its own."""
    if base(toks[i][0]) not in _excluded_stems(_sets()["decision_verbs"]) or not toks[i][0].islower():
        return None
    for j in range(i + 1, min(len(toks), i + 2 + _TO_GAP)):
        if toks[j][0].lower() == "to":
            if _before_to(toks, j) != i:
                return None
            k = j + 1
            while k < len(toks) and toks[k][0].lower() in _sets()["adverbs_between"]:
                k += 1
            if k >= len(toks):
                return None
            w = toks[k][0]
            low = w.lower()
            if not (w.isalpha() and w.islower()) or _closed(low) or low in _sets()["not_words"] \
                    or base(low) != _norm(low):
                return None
            return k
    return None


@lru_cache(maxsize=256)
def _decided_in(text: str) -> dict[int, str]:
    """Start of each verb of deciding in ``text`` that governs an infinitive -> that
    infinitive, lower case (:func:`decided_act`); one scan per article text."""
    toks = text_tokens(text)
    out: dict[int, str] = {}
    for i, t in enumerate(toks):
        if t[0][:1].isalpha() and t[0].islower() and base(t[0]) in _excluded_stems(_sets()["decision_verbs"]):
            k = decided_act(toks, i)
            if k is not None:
                out[t[1]] = toks[k][0].lower()
    return out


def _unit_family(u: Unit, texts: Mapping[str, str], bases: Set[str], nouns: Set[str]) -> str:
    """The family of the unit's word, or of the act a verb of deciding governs ("agreed to
    cut": *cut*'s)."""
    act = _decided_in(texts[u.ref.article]).get(u.ref.start) if u.ref.article in texts else None
    return family_of(act or _first(u.ref.text), bases, nouns)


def _objects_next(toks: Sequence[tuple[str, int, int, bool]], i: int) -> bool:
    """An object opens right after ``toks[i]`` (a determiner, a possessive, an object
    pronoun): the word is a transitive verb there."""
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return nxt.lower() in _objects() or _POSSESSIVE.match(nxt) is not None


def _closed(low: str) -> bool:
    """A word of the closed classes that may follow a verb (a determiner, a preposition, a
    particle, an adverb in -ly, a pronoun)."""
    ls = _learned()
    return low in ls.get("determiners", ()) or low in ls.get("boundaries", ()) or \
        low in ls.get("particles", ()) or low.endswith("ly") or low in _sets()["pronouns"]


def _act_object(toks: Sequence[tuple[str, int, int, bool]], i: int) -> bool:
    """``toks[i]`` heads the object of a light verb of acts ("carried out a prisoner
    exchange", "announced an €85 million penalty", "imposed a fine"): the last word of a
    noun phrase that opens with a determiner right after the verb (and its particle), with no
    preposition or clause inside."""
    ls = _learned()
    dets, bounds, parts = ls.get("determiners", frozenset()), ls.get("boundaries", frozenset()), \
        ls.get("particles", frozenset())
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if nxt[:1].isalpha() and nxt.islower() and nxt.lower() not in bounds:
        return False  # not the phrase's last word: "price" in "price hike"
    j = i - 1
    while j >= 0 and j > i - 7:
        w = toks[j][0]
        low = w.lower()
        if low in dets or _POSSESSIVE.match(w):
            if w[0].isupper() and low in dets:
                return False  # the phrase opens a sentence: no verb takes it as its object
            k = j - 1
            if k >= 0 and toks[k][0].lower() in parts:
                k -= 1
            if k < 0 or toks[k][3] != toks[i][3]:
                return False  # the headline's last word is no verb of the text's first phrase
            v = toks[k][0].lower()
            return base(v) in _sets()["act_verbs"] or _irregular().get(v, "") in _sets()["act_verbs"]
        if low in bounds or low in _sets()["auxiliaries"] or not (w[:1].isalnum() or w in "$€£%-"):
            return False
        j -= 1
    return False


def verb_stems(texts: Iterable[str]) -> frozenset[str]:
    """The stems of the words ``texts`` inflect as verbs only: a past form in -ed, an -ing
    form, an irregular past ("annulled", "cutting", "struck"). One frozenset per story's
    texts, as :func:`story_bases`."""
    return _verb_stems(tuple(texts))


@lru_cache(maxsize=16)
def _verb_stems(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_text_verb_stems(t) for t in texts))


@lru_cache(maxsize=256)
def _text_verb_stems(text: str) -> frozenset[str]:
    """:func:`verb_stems` of one text, read once: every step of a story build asks again
    (each distinct word of the story's word table once)."""
    out: set[str] = set()
    for w, _at in word_indices(text):
        if not (w.isalpha() and w.islower()) or w in _sets()["not_words"]:
            continue
        if _ed_form(w) or (w.endswith("ing") and len(w) > 5) \
                or (w in _irregular() and _irregular()[w] != w):
            out.add(base(w))
    return frozenset(out)


def noun_only_stems(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The stems the story inflects as a verb only by a form in -ing it uses only as a noun
    (:func:`noun_forms`): "the gold mining sector" and "retail banking" make no verb of
    "mine" or "bank", so "the gold mine", "the digital bank" name a thing, not an act; a
    stem the story also writes in another verb form ("mined", "banked", "is mining") is
    none of them."""
    nouns = noun_forms(analyses)
    stems = {base(f) for f in nouns}
    if not stems:
        return frozenset()
    verbal: set[str] = set()
    for a in analyses:
        for w in _lower_case_words(a.article.text):
            if not w.isalpha() or w in _sets()["not_words"]:
                continue
            st = base(w)
            if st not in stems or st in verbal:
                continue
            if _ed_form(w) or (w in _irregular() and _irregular()[w] != w) \
                    or (w.endswith(("ing", "ings")) and len(w) > 5 and _singular(w) not in nouns):
                verbal.add(st)
    return frozenset(stems - verbal)


@lru_cache(maxsize=256)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, read once: the lead's predicate and its
    acts (story/lead_acts.py) both ask for each article."""
    return frozenset(w for w, _at in word_indices(text) if w.islower())


def predicate_positions(a: Analysis, inflected: Set[str]) -> list[tuple[str, bool, int]]:
    """The content words of an article's lead as (word, stands as a predicate, where: 0 in
    the headline, 1 in the first sentence, 2 in the second); ``inflected``: :func:`verb_stems`
    of the story."""
    title = a.article.title or ""
    if isinstance(inflected, frozenset):
        return list(_positions(title, a.article.text, inflected))
    return list(_read_positions(title, a.article.text, inflected))


@lru_cache(maxsize=64)
def _positions(title: str, text: str, inflected: frozenset[str]) -> tuple[tuple[str, bool, int], ...]:
    """:func:`predicate_positions` of one article (its title and text) in one story, read
    once: the lead's predicate (:func:`_lead_stats`) and its acts (story/lead_acts.py) both
    ask for each article."""
    return _read_positions(title, text, inflected)


def _read_positions(title: str, text: str, inflected: Set[str]) -> tuple[tuple[str, bool, int], ...]:
    from newskit.text import sentences

    headline, body = _lead_tokens(title, text, LEAD_SENTENCES)
    toks = [*headline, *body]
    lowered = _lower_case_words(text)
    sents = sentences(text)
    first_end = sents[0].end if sents else 0
    starts = {s.start for s in sents}
    title_case = is_title_case([t[0] for t in toks if t[3]])
    out: list[tuple[str, bool, int]] = []
    for i, (w, s, _e, head) in enumerate(toks):
        opens = (head and i == 0) or (not head and s in starts)
        low = _content(w, lowered, opens, head and title_case)
        if low is None:
            continue
        if _of_toll(toks, i):
            continue  # "the death toll rose to 61": a change of the count, not the news
        verbal = (not (head and title_case) and is_verbal(toks, i, inflected)) or _act_object(toks, i)
        act = decided_act(toks, i)
        if act is not None:  # "agreed to cut output": the agreement tells of the cut
            low, verbal = toks[act][0].lower(), True
        out.append((low, verbal, 0 if head else 1 if s < first_end else 2))
    return tuple(out)


def _of_toll(toks: Sequence[tuple[str, int, int, bool]], i: int) -> bool:
    """The word's subject is a toll ("the death toll rises", "deaths have climbed"): the
    word before it, past adverbs and auxiliaries, is a word of the toll class."""
    j = skip_adverbs(toks, i)
    while j >= 0 and toks[j][0].lower() in _sets()["auxiliaries"] and toks[j][0].lower() != "to":
        j -= 1
    return j >= 0 and base(toks[j][0]) in _excluded_stems(_sets()["toll"])


def verb_stem(word: str) -> str:
    """The stem of a word read as a verb's form, an irregular form by its base ("said" ->
    "say", "took" -> "tak"): the stem :func:`is_excluded_stem` reads."""
    low = word.lower()
    return base(_irregular().get(low, low))


def is_light_verb(word: str) -> bool:
    """A form of a verb whose object names the act, or that frames another predicate
    ("launched an attack", "went on strike", "the strike began"): the act is its object's."""
    low = word.lower()
    return base(low) in _sets()["act_verbs"] or _irregular().get(low, "") in _sets()["act_verbs"] \
        or is_excluded_stem(base(low))


def is_light_stem(stem: str) -> bool:
    """The stem is of a light verb whose object names the act ("ordered the evacuation",
    "approved the plan"; ``act_verbs`` in data/predicate.json), by stem: "approv" is
    "approve"'s."""
    return stem in _excluded_stems(_sets()["act_verbs"])


def is_excluded_stem(stem: str) -> bool:
    """The stem is of a verb that frames another predicate or of a toll, never the news
    (``not_predicates`` and ``toll`` in data/predicate.json)."""
    s = _sets()
    return stem in _excluded_stems(s["not_predicates"]) or stem in _excluded_stems(s["toll"])


@cache
def _excluded_stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(base(w) for w in words)


def predicate_words(analyses: Sequence[Analysis], units: Sequence[Unit]) -> frozenset[str]:
    """The families (:func:`family_of`) of the words ``units`` read as events: the events
    plugin's triggers and the nouns story/learned.py finds in event frames."""
    bases = story_bases(a.article.text for a in analyses if a.article.published_date is not None)
    nouns = noun_forms(a for a in analyses if a.article.published_date is not None)
    return frozenset(family_of(_first(u.ref.text), bases, nouns) for u in units)


def lead_predicate(analyses: Sequence[Analysis], events: Set[str] = frozenset(),
                   guessed: Set[str] = frozenset()) -> str | None:
    """The family (:func:`family_of`) of the predicate most dated articles' leads share, or
    None: a word that some lead uses as a predicate (or that ``events``, the families of the
    story's event words, hold), named in at least two articles' leads; on a tie the one more
    headlines name, then more articles as a predicate (the act stands as a verb where its
    object is only a noun: "blocked the takeover", "to block their merger"), then more first
    sentences, then the most mentions, then the first in alphabetical order. A family only
    ``guessed`` to be an event (a word story/learned.py reads in an event frame) that no
    headline names and no lead uses as a predicate ranks after all others ("the market" of an
    output cut). Words of the closed classes that frame another predicate never count (the
    module docstring); a verb of deciding counts as the act it governs (:func:`decided_act`).
    Nor does a word the story writes as a later word of a name (:func:`_name_families`): a
    light verb's object ("took the league to court") may be a body every lead names."""
    dated = [a for a in analyses if a.article.published_date is not None]
    if len(dated) < 2:
        return None
    stats, tolls, acts = _lead_stats(dated)
    names = _name_families(dated)
    eligible = [f for f, (arts, _h, _e, verbal, _n) in stats.items()
                if len(arts) >= 2 and (f in events or (verbal and _predicate_use(acts[f], arts))) and f not in names]
    if not eligible:
        return None

    def rank(f: str) -> tuple[bool, int, int, int, int, int, str]:
        arts, heads, early, verbal, n = stats[f]
        return (f in guessed and not verbal and not heads, -len(arts), -len(heads), -len(verbal), -len(early), -n, f)

    best = min(eligible, key=rank)
    # a toll more leads name than any predicate is the news itself ("shopkeeper killed"):
    # what follows it in the leads (an arrest) is a later step, not the story's act
    return None if tolls > len(stats[best][0]) else best


_Stats = dict[str, tuple[set[str], set[str], set[str], set[str], int]]


def _predicate_use(acts: Set[str], arts: Set[str]) -> bool:
    """A word no event reading holds, which some lead uses as a predicate, is the leads'
    predicate when at least half the leads that name it tell it as an act, as a verb or by
    a noun of its act ("the underpayment", "the stranding"): a participant every lead names
    by its bare noun ("the fund", "the border", "the train") that one lead happens to use as
    a verb ("took the fund to court", "held on the border") names what the news happened
    to, not the act."""
    return 2 * len(acts) >= len(arts)


@cache
def _act_nouns() -> frozenset[str]:
    """The nouns of an act derived from its verb ("underpayment", "liquidation"; WordNet's
    derivations, ``newskit/data/act_verbs.json``) and the nouns whose usual senses include
    an act or a happening ("bore", a tidal wave; ``newskit/data/act_synonyms.json``)."""
    synsets: list[list[str]] = package_json("newskit", "act_synonyms.json")["nouns"]
    return frozenset(package_json("newskit", "act_verbs.json")["nouns"]) | {w for s in synsets for w in s}


def _names_act(word: str, verbal: bool) -> bool:
    """The lead word tells an act: as a predicate, or by a noun of an act (an -ing form, a
    listed nominalisation, a noun that usually names an act or a happening)."""
    return verbal or word.endswith("ing") or word in _act_nouns()


_NAME_PART = regex.compile(r"(?<=\p{Lu}\p{L}+ )\p{Lu}\p{Ll}+(?!\p{L})")


def _name_families(dated: Sequence[Analysis]) -> frozenset[str]:
    """The families of the words the story's texts write as a later word of a name
    ("Canadian Football *League*", "Ontario Superior *Court*"): a body or a place, never
    an act. Not a word the story inflects as a verb ("the Offer", "offered"), nor one in a
    line in title case (a headline, where capitals mark no names: "Jewel Heist In Paris")."""
    bases, nouns, inflected = story_words(dated)
    return frozenset(family_of(m.group().lower(), bases, nouns)
                     for a in dated for m in _NAME_PART.finditer(a.article.text)
                     if base(m.group().lower()) not in inflected
                     and not in_title_case_line(a.article.text, m.start()))


def _lead_stats(dated: Sequence[Analysis]) -> tuple[_Stats, int, dict[str, set[str]]]:
    """Per family of a lead word: (articles naming it in their lead, in their headline, in
    their headline or first sentence, as a predicate; its mentions); the most articles
    whose leads name one word of a toll; and per family the articles whose leads tell it
    as an act (:func:`_names_act`)."""
    bases, nouns, inflected = story_words(dated)
    toll = _excluded_stems(_sets()["toll"])
    out: _Stats = {}
    tolls: dict[str, set[str]] = {}
    acts: dict[str, set[str]] = {}
    for a in dated:
        art = a.article.id
        for w, verbal, where in predicate_positions(a, inflected):
            fam = family_of(w, bases, nouns)
            if fam in toll or base(w) in toll:
                tolls.setdefault(base(w), set()).add(art)
            if is_excluded_stem(fam) or is_excluded_stem(base(w)):
                continue
            arts, heads, early, verbs, n = out.get(fam, (set(), set(), set(), set(), 0))
            arts.add(art)
            if where == 0:
                heads.add(art)
            if where <= 1:
                early.add(art)
            if verbal:
                verbs.add(art)
            if _names_act(w, verbal):
                acts.setdefault(fam, set()).add(art)
            out[fam] = (arts, heads, early, verbs, n + 1)
    return out, max((len(v) for v in tolls.values()), default=0), acts


def predicate_families(analyses: Sequence[Analysis], events: Set[str] = frozenset(),
                       guessed: Set[str] = frozenset()) -> frozenset[str]:
    """The lead predicate's family (:func:`lead_predicate`) and the families of the nouns
    that share a modifier with it in the story's leads: outlets that write "prisoner swap"
    and "prisoner exchange", "rate cut" and "rate reduction", name one act with two heads of
    one compound. Such a head counts when it is an event's word (``events``) or the story
    inflects it as a verb ("exchanged"); a participant does not ("oil spill" / "oil tanker")."""
    pred = lead_predicate(analyses, events, guessed)
    if pred is None:
        return frozenset()
    dated = [a for a in analyses if a.article.published_date is not None]
    bases, nouns, inflected = story_words(dated)
    heads: dict[str, set[str]] = {}
    for a in dated:
        for mod, head in _compounds(lead_text(a)):
            heads.setdefault(base(mod), set()).add(family_of(head, bases, nouns))
    out = {pred}
    for fams in heads.values():
        if pred in fams:
            out |= {f for f in fams if (f in events or f in inflected) and not is_excluded_stem(f)}
    return frozenset(out)


def _compounds(toks: Sequence[tuple[str, int, int, bool]]) -> list[tuple[str, str]]:
    """(modifier, head) of the two-noun compounds of a lead ("prisoner swap", "price hike"):
    two lower-case content words (a title-case headline lower-cased), the second ending its
    phrase and no past form, the first singular and no verb's form."""
    out: list[tuple[str, str]] = []
    title_case = is_title_case([t[0] for t in toks if t[3]])
    for i in range(1, len(toks)):
        (m, _s, _e, hm), (h, _s2, _e2, hh) = toks[i - 1], toks[i]
        if hm != hh or not (m.isalpha() and h.isalpha()):
            continue
        if not (hh and title_case) and not (m.islower() and h.islower()):
            continue
        ml, hl = m.lower(), h.lower()
        if _closed(ml) or _closed(hl) or ml in _sets()["auxiliaries"] or ml in _sets()["not_words"] \
                or (_verb_form(ml) and not ml.endswith("ing")) or len(ml) < 3 or (_verb_form(hl) and not hl.endswith("ing")) \
                or (ml.endswith("s") and not ml.endswith(("ss", "us", "is"))) or is_excluded_stem(base(ml)):
            continue  # a compound's modifier is singular: "vegetables sold", "says recall" are a clause
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if nxt.isalpha() and (nxt.islower() or (hh and title_case)) and not _closed(nxt.lower()):
            continue  # not the phrase's head: "prisoner swap deal"
        out.append((ml, hl))
    return out


def _first(text: str) -> str:
    return text.split()[0] if text.split() else text


def predicate_units(analyses: Sequence[Analysis], units: Sequence[Unit], preds: Set[str]) -> list[Unit]:
    """A unit for every occurrence of the lead predicate (``preds``: its family and those
    of :func:`predicate_families`) that no unit of ``units`` covers, in every dated article:
    its nouns and verbs alike ("the fine", "fined", "fines"), but not a form that modifies the
    noun after it ("fine print"). Each takes the class and family of the events plugin's
    mentions of its word when there are some (so it joins them), and the time of the date
    its own sentence gives nearest to it (:func:`_context`)."""
    return family_units(analyses, units, preds, "predicate", 1000)


def family_units(analyses: Sequence[Analysis], units: Sequence[Unit], fams: Set[str], tag: str,
                 offset: int, clause: bool = False) -> list[Unit]:
    """A learned unit (id ``<article>:<tag>:learned:<start>``, its event numbered from the
    article's events plus ``offset``) for every occurrence of a word of the families
    ``fams`` that no unit of ``units`` covers and that modifies no noun after it, in every
    dated article, as :func:`predicate_units` reads the lead predicate; ``clause``: dated
    only by a date of its own clause (:func:`_context`)."""
    if not fams:
        return []
    dated = [a for a in analyses if a.article.published_date is not None]
    bases, nouns, inflected = story_words(dated)
    told: dict[str, list[Unit]] = {}
    for u in units:
        f = family_of(_first(u.ref.text), bases, nouns)
        if f in fams:
            told.setdefault(f, []).append(u)
    covered = covered_by(units)
    out: list[Unit] = []
    family: dict[str, str] = {}  # word -> its family, read once a call (a story repeats its words)

    def of_families(w: str) -> bool:
        if not (w[0].isalpha() and w.islower()):
            return False
        f = family.get(w) or family.setdefault(w, family_of(w, bases, nouns))
        return f in fams

    for a in dated:
        text, art = a.article.text, a.article.id
        toks = text_tokens(text)
        k = len(a.events) + offset  # after the article's events and story/learned.py's units
        for i in tokens_passing(text, of_families):  # the word's test first, once per distinct word
            w, st, en, _h = toks[i]
            f = family[w]
            if covered(art, st, en) or is_modifier(toks, i, inflected):
                continue
            ref = SpanRef(article=art, start=st, end=en, text=w)
            when, where, country = _context(a, st, clause)
            mine = told.get(f, [])
            src = Event(id=f"{art}:{tag}:learned:{st}", type=_top([u.source.type for u in mine]) or "incident",
                        trigger=w, when=when, where=where, country=country, mentions=(ref,))
            out.append(make_unit(a, ref, src, k, _top([u.family for u in mine]) or stem_family(lemma(w))))
            k += 1
    return out


def is_general_noun(word: str) -> bool:
    """A general noun of an act or a happening ("decision", "move", "incident"; a closed
    class): it names no kind of its own."""
    return word.lower() in _sets()["general_nouns"]


@cache
def _noun_vetoes() -> dict[str, frozenset[str]]:
    vetoes: dict[str, list[str]] = _data().get("general_noun_vetoes", {})
    return {k: frozenset(v) for k, v in vetoes.items() if not k.startswith("_")}


def is_general_noun_at(text: str, start: int, end: int) -> bool:
    """:func:`is_general_noun` of the word at ``text[start:end]``, unless one of the two
    words before it gives it another sense (``predicate.json`` ``general_noun_vetoes``):
    "the order" is an act someone ordered, "the world order", "the public order" a state of
    things no one did; "the penalty" a fine, "scored the penalty" a kick in a match."""
    word = text[start:end].lower()
    if not is_general_noun(word):
        return False
    veto = _noun_vetoes().get(word)
    if not veto:
        return True
    before = _TWO_BEFORE.search(text, max(0, start - 60), start)
    return before is None or not any(w is not None and w.lower() in veto for w in before.groups())


def is_predicate(u: Unit) -> bool:
    """The unit is a form of the lead predicate found here (:func:`predicate_units`)."""
    return ":predicate:learned:" in u.source.id


def is_modifier(toks: Sequence[tuple[str, int, int, bool]], i: int, inflected: Set[str]) -> bool:
    """The word modifies the noun after it ("fine print", "swap deal") and is no verb there."""
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if not (nxt[:1].isalpha() and nxt.islower()) or _closed(nxt.lower()):
        return False
    return not is_verbal(toks, i, inflected)


def _top(values: Sequence[str]) -> str | None:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _context(a: Analysis, pos: int, clause: bool = False) -> tuple[str | None, str | None, str | None]:
    """(when, where, country) of a predicate's mention at ``pos``: the date its own sentence
    gives nearest to it, not one that bounds a span ("since the summer"); a date right before
    it ("Saturday's swap") is nearest. No place: the word tells none, and the nearest event
    of its sentence may be another happening in another country ("were exchanged in
    Barbados ... landed at a base in Texas"). With ``clause``, only a date of its own clause
    (:func:`_same_clause`)."""
    text = a.article.text
    sent = layer(text).sentence_at(pos)
    if sent is None:
        return None, None, None
    dates = [m for m in a.mentions if isinstance(m, DateMention) and m.value and m.type in ("DATE", "TIME")
             and sent.start <= m.start < sent.end and not _BOUND.search(text, max(0, m.start - 12), m.start)
             and not attributive_date(text, m)
             and (not clause or (m.value[:1].isdigit() and _same_clause(text, m, pos)))]
    if not dates:
        return None, None, None
    near = min(dates, key=lambda m: (abs(m.start - pos), m.start < pos))
    if _earlier(text, pos, max(sent.start, pos - 80)) and not (0 <= pos - near.end <= 3):
        return None, None, None  # "refloated whales on Wednesday after the strandings": an earlier happening
    return near.value, None, None



def _earlier(text: str, pos: int, start: int) -> bool:
    """The noun at ``pos`` names a happening before the act of its sentence (:data:`_EARLIER`);
    a past form there is a verb of a clause of its own ("after a chairlift broke down"), which
    may be dated by its sentence."""
    m = match_ahead(LEAD_TOKEN, text, pos)
    word = m.group().lower() if m else ""
    if _ed_form(word) or (word in _irregular() and _irregular()[word] != word):
        return False
    return _EARLIER.search(text, start, pos) is not None


def predicate_keys(units: Sequence[Unit], preds: Set[str], analyses: Sequence[Analysis]) -> frozenset[tuple[str, int, int]]:
    """The keys of the dated units whose words are forms of the lead predicate (``preds``):
    the mentions of the act the story's leads share (story/central.py ranks their event as
    the news, never below the thing it acts on)."""
    if not preds:
        return frozenset()
    dated = [a for a in analyses if a.article.published_date is not None]
    bases = story_bases(a.article.text for a in dated)
    nouns = noun_forms(dated)
    texts = {a.article.id: a.article.text for a in dated}
    return frozenset(u.key for u in units if u.published and _unit_family(u, texts, bases, nouns) in preds)


def act_objects(analyses: Sequence[Analysis], units: Sequence[Unit],
                acts: Set[tuple[str, int, int]]) -> frozenset[tuple[str, int, int]]:
    """The keys of the mentions that stand in the object of a mention of the act (``acts``,
    :func:`predicate_keys`): a noun after it in its sentence with only the words of one noun
    phrase between ("blocked supermarket group Harlow Foods' planned £4.2 billion takeover",
    "to block their merger", "postponed the launch"). What the act is done to is a thing
    or background of the news, not the news (story/central.py)."""
    texts = {a.article.id: a.article.text for a in analyses}
    inflected = verb_stems(texts.values())
    toks = {art: text_tokens(t) for art, t in texts.items()}
    index = {art: {t[1]: i for i, t in enumerate(ts)} for art, ts in toks.items()}

    def verb(art: str, start: int) -> bool:
        i = index[art].get(start)
        return i is not None and is_verbal(toks[art], i, inflected)

    ends: dict[str, list[int]] = {}
    for art, st, end in acts:
        if art in texts and verb(art, st):
            ends.setdefault(art, []).append(end)
    out: set[tuple[str, int, int]] = set()
    for u in units:
        art, st = u.ref.article, u.ref.start
        if u.key in acts or art not in ends or verb(art, st):
            continue
        if any(end <= st and st - end <= 80 and _noun_phrase(texts[art][end:st]) for end in ends[art]):
            out.add(u.key)
    return frozenset(out)


_PHRASE_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|\d[\d.,]*|[$€£¥%'’-]")


def _noun_phrase(between: str) -> bool:
    """``between`` holds only words of a noun phrase before its head: determiners,
    possessives, names, numbers and currency, modifiers; no preposition, conjunction,
    auxiliary, pronoun or punctuation that ends a phrase, at most eight words."""
    if _PHRASE_TOKEN.sub("", between).strip():
        return False
    words = _PHRASE_TOKEN.findall(between)
    stops = _learned().get("boundaries", frozenset())
    return len(words) <= 8 and not any(w.lower() in stops for w in words)


_CLAUSE_END = regex.compile(r"[,;:()\"“”–—]|\s-\s")


def _same_clause(text: str, date: DateMention, pos: int) -> bool:
    """The date stands in the clause of the predicate's mention at ``pos``: nothing between
    them ends a clause or opens another - no comma, colon, bracket, quote or dash ("to block
    their merger, the companies confirmed on Friday"; "said on Wednesday, two days after the
    company recalled"), no other verb's past form ("collided with a ship that had left port
    on Friday", "the takeover agreed in February") - and a date before it is no other verb's
    ("said on Tuesday its recall": the saying's day)."""
    if date.start < pos:
        between, before = text[date.end:pos], text[max(0, date.start - 30):date.start]
        words = [m.group().lower() for m in LEAD_TOKEN.finditer(before)]
        if len(words) >= 2 and words[-1] in ("on", "in", "at", "last", "this") and _past(words[-2]):
            return False
    else:
        between = text[pos:date.start]
    if _CLAUSE_END.search(between):
        return False
    words = [m.group().lower() for m in LEAD_TOKEN.finditer(between) if m.group()[0].isalpha()]
    return not any(_past(w) for w in (words[1:] if date.start > pos else words))


def _past(w: str) -> bool:
    """A regular or irregular past form (not a same-form past, "cut", "hit")."""
    return w not in _sets()["not_words"] and (_ed_form(w)
                                             or (w in _irregular() and _irregular()[w] != w))


def dated_acts(analyses: Sequence[Analysis], units: Sequence[Unit], preds: Set[str]) -> list[Unit]:
    """``units`` with every undated mention of the lead predicate (``preds``) dated by its
    own clause (:func:`_context`): "Britain's regulator on Tuesday blocked the takeover" is
    Tuesday's act even when the events plugin read no time for the verb; the date of the
    thing it acts on ("the takeover agreed in February") is not its date."""
    if not preds:
        return list(units)
    dated = {a.article.id: a for a in analyses if a.article.published_date is not None}
    bases, nouns, inflected = story_words(dated.values())
    texts = {art: a.article.text for art, a in dated.items()}
    out: list[Unit] = []
    for u in units:
        a = dated.get(u.ref.article)
        if a is not None and u.source.when is None and _unit_family(u, texts, bases, nouns) in preds \
                and _verb_at(a.article.text, u.ref.start, inflected):
            when = _context(a, u.ref.start, clause=True)[0]
            if when is not None:
                u = attrs.evolve(u, source=attrs.evolve(u.source, when=when))
        out.append(u)
    return out


def decided_units(analyses: Sequence[Analysis], units: Sequence[Unit], preds: Set[str]) -> list[Unit]:
    """``units`` with every verb of deciding that governs a form of the lead predicate ("voted
    on Monday to close", "decided to close") told as that act: the family and class of the
    predicate's other mentions, so it joins them, not its own kind's mentions ("the vote")
    nor an event of deciding. The decision is the act decided; what it was decided by is in
    its own words elsewhere."""
    if not preds:
        return list(units)
    dated = [a for a in analyses if a.article.published_date is not None]
    bases, nouns, _inflected = story_words(dated)
    texts = {a.article.id: a.article.text for a in dated}
    told: dict[str, list[Unit]] = {}
    moved: dict[tuple[str, int, int], str] = {}
    for u in units:
        own, act = family_of(_first(u.ref.text), bases, nouns), _unit_family(u, texts, bases, nouns)
        if own in preds:
            told.setdefault(own, []).append(u)
        elif act in preds and not is_predicate(u):  # a unit made here already tells the act
            moved[u.key] = act
    out: list[Unit] = []
    for u in units:
        mine = told.get(moved.get(u.key, ""), [])
        if u.key in moved and mine:
            src = attrs.evolve(u.source, id=f"{u.source.id}:decided", type=_top([v.source.type for v in mine]) or u.source.type)
            u = attrs.evolve(u, family=_top([v.family for v in mine]) or u.family, source=src,
                             event=u.event + 3000)
        out.append(u)
    return out


def _verb_at(text: str, start: int, inflected: Set[str]) -> bool:
    """The word at ``start`` is a verb's form by its local syntax (:func:`is_verbal`)."""
    toks = [(m.group(), m.start(), m.end(), False) for m in LEAD_TOKEN.finditer(text, max(0, start - 120), start + 60)]
    i = next((k for k, t in enumerate(toks) if t[1] == start), None)
    return i is not None and i > 0 and is_verbal(toks, i, inflected)


def predicate_links(units: Sequence[Unit], preds: Set[str], analyses: Sequence[Analysis]) -> set[tuple[int, int]]:
    """Pairs (i < j) of units whose words are forms of the lead predicate (``preds``): the
    story's outlets tell one act by it, so nothing but a time or place that excludes them
    (vetoed by the caller) or participants that set them apart keeps two of its forms apart."""
    if not preds:
        return set()
    bases = story_bases(a.article.text for a in analyses if a.article.published_date is not None)
    nouns = noun_forms(a for a in analyses if a.article.published_date is not None)
    texts = {a.article.id: a.article.text for a in analyses if a.article.published_date is not None}
    members = [k for k, u in enumerate(units) if u.published and _unit_family(u, texts, bases, nouns) in preds]
    return {(i, j) for x, i in enumerate(members) for j in members[x + 1:x + 1 + _MAX_PAIRED]
            if not _own_participants(units[i], units[j])}


def _own_participants(u: Unit, v: Unit) -> bool:
    """Two mentions the events plugin read with participants that set them apart: a named
    person one has and the other lacks, or participants they do not share ("the rebels
    attacked a convoy" / "Costa's attack on a rebel camp"). A mention of the predicate found
    here has no participants of its own: the word is all it tells."""
    if is_learned(u) or is_learned(v):
        return False
    if (u.persons or v.persons) and not shared_persons(u, v):
        return True
    return bool(u.who and v.who and not shared_who(u, v))


_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)\s+(?:(\p{L}[\p{L}'’-]*)\s+)?$")


#: a word of a name right before a noun ("Tarlac", "Civil"): a capital, then letters, digits
_NAME_WORD = regex.compile(r"(?<![\p{L}\d'’.-])\p{Lu}[\p{L}\d'’.-]*\s+$")
#: an amount right before a noun, with its currency, scale or unit ("$11.5m", "A$3 billion",
#: "NOK 4.5 million", "12-point"); a bare number (a year) is none
_AMOUNT = regex.compile(r"(?:(?:\p{Lu}{1,3}\s*)?[$€£¥]\s*\d[\d.,]*(?:\s*(?:m|bn|k|million|billion|trillion))?"
                        r"|\p{Lu}{3}\s+\d[\d.,]*(?:\s*(?:m|bn|k|million|billion|trillion))?"
                        r"|\d[\d.,]*\s*(?:million|billion|trillion)|\d[\d.,]*-\p{Ll}+)\s+$")


def _past_name(text: str, start: int) -> int:
    """Where the names and amounts that modify the noun at ``start`` begin (at most three:
    "the Guardia Civil operation", "the Tarlac raid", "the $11.5 million penalty"), else
    ``start``: a name says where or by whom, an amount how much, and the phrase stays as
    definite as its determiner makes it. A determiner or a possessive is no word of the
    name ("The operation")."""
    pos = start
    for _ in range(3):
        m = _AMOUNT.search(text, max(0, pos - 40), pos) or _NAME_WORD.search(text, max(0, pos - 40), pos)
        word = m.group().strip() if m else ""
        if m is None or word.lower() in _sets()["definite"] or _POSSESSIVE.match(word):
            break
        pos = m.start()
    return pos


def definite_before(text: str, start: int) -> bool:
    """A definite determiner or a possessive right before ``start``, or before one or two
    lower-case modifiers ("the decision", "the Bank's move", "the controversial ruling", "the
    toxic algae bloom"), past a name or an amount that modifies the noun ("the Tarlac
    operation", "the $11.5m penalty")."""
    start = _past_name(text, start)
    m = _BEFORE.search(text[max(0, start - 60):start])
    if m is None:
        return False
    first, second = m.group(1), m.group(2)

    def marks(w: str) -> bool:
        return w.lower() in _sets()["definite"] or _POSSESSIVE.match(w) is not None or \
            _PLURAL_POSSESSIVE.match(w) is not None

    if second is None:
        return marks(first)
    if marks(second) or (second.islower() and marks(first)):
        return True
    opener = _WORD_BEFORE.search(text, max(0, start - 60), _past_modifiers(text, start))
    return opener is not None and marks(opener.group(1))


#: a plural's possessive ("Minerals'", "the Legionnaires' disease")
_PLURAL_POSSESSIVE = regex.compile(r"^\p{L}[\p{L}-]*s['’]$")
#: the word right before a position
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d'’.-])(\p{L}[\p{L}'’.-]*)\s+$")
#: the two words before a position (the first optional), for the vetoes of a general noun
_TWO_BEFORE = regex.compile(r"(?:(?<![\p{L}\d'’.-])(\p{L}[\p{L}'’.-]*)\s+)?(?<![\p{L}\d'’.-])(\p{L}[\p{L}'’.-]*)\s+$")
#: a lower-case word right before a position
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}\d'’.-])(\p{Ll}[\p{Ll}-]*)\s+$")


def _past_modifiers(text: str, start: int) -> int:
    """Where the modifiers of the noun at ``start`` begin: at most three names, amounts and
    lower-case words (:func:`_modifier`) in any order ("the toxic algae bloom", "the
    company's A$3 billion share buyback", "the Timaru Christmas parade tragedy")."""
    pos = start
    for _ in range(3):
        low = _LOWER_BEFORE.search(text, max(0, pos - 40), pos)
        if low is not None and _modifier(low.group(1)):
            pos = low.start()
            continue
        named = _past_name(text, pos)
        if named == pos:
            break
        pos = named
    return pos


def _modifier(word: str) -> bool:
    """A lower-case word that may modify a noun in its phrase: no past form (a clause's
    verb: "the police found evidence") and no word that ends a phrase."""
    learned = _learned()
    return not (word.endswith("ed") or word in learned["verbs"] or word in learned["boundaries"]
                or word in learned["determiners"] or word in _sets()["definite"])


def bounds_time(text: str, start: int) -> bool:
    """The date at ``start`` bounds a span of time ("the largest amnesty *since* 2021", "the
    first cut *since* the summer"): it dates no act, so it is no noun's own date."""
    return _BOUND.search(text, max(0, start - 12), start) is not None


def _anaphor(text: str, start: int, end: int) -> bool:
    """A definite general noun of an act or a happening, the head of its phrase ("the
    decision", "the Bank's move"), not a modifier ("the disaster agency") nor a verb ("to
    move closer")."""
    from newskit.story.learned import modifies

    if not is_general_noun_at(text, start, end) or not definite_before(text, start):
        return False
    return not modifies(text, start, end)


def join_anaphors(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                  excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every definite general noun that refers to the central event
    (``clusters[0]``) moved into it: the general noun names no kind of its own, so it is the
    event its article names nearest before it - the central event's mention, or none (the
    article's news) - not an ordinary action ("said", "began") nor a toll. One whose time or
    place ``excluded`` sets it apart from a central mention stays where it was. A general noun
    no unit covers ("the move") becomes a mention of the central event in the same way.

    Why a layer apart from :func:`newskit.story.events.attach_anaphors`, which runs right
    after it: the antecedent is found differently. A general noun names no kind, so it is
    whatever was named nearest before it, of any kind; a specific definite noun ("the raid")
    names its kind, so it is its article's lead mention of that kind, however far back. And
    the order is part of the result: the central cluster attach_anaphors tests antecedents
    against, and whose mentions' times and places may exclude an anaphor, holds what this
    layer moved and created (a created unit in a lead can be an antecedent there)."""
    if not clusters:
        return []
    host = list(clusters[0])
    rest = [list(c) for c in clusters[1:]]
    texts = {a.article.id: a.article.text for a in analyses if a.article.published_date is not None}
    if not texts or not host:
        return [host, *rest]
    central = {u.key for u in host}
    every = sorted((u for c in clusters for u in c if u.ref.article in texts), key=lambda u: u.key)
    cls = _top([u.source.type for u in host if not is_learned(u)]) or host[0].source.type
    moved: set[tuple[str, int, int]] = set()
    namers = noun_namers(every, texts)
    for u in every:
        if u.key not in central and _anaphor(texts[u.ref.article], u.ref.start, u.ref.end) \
                and refers_to_central(u.ref.article, u.ref.start, u.sentence_index, namers, central) \
                and not any(excluded(u, v) for v in host):
            moved.add(u.key)
    host.extend(u for c in rest for u in c if u.key in moved)
    rest = [r for r in ([u for u in c if u.key not in moved] for c in rest) if r]
    host.extend(_new_anaphors(analyses, every, namers, central, cls))
    return [host, *rest]


def noun_namers(every: Sequence[Unit], texts: Mapping[str, str] | None = None) -> dict[str, list[Unit]]:
    """Per article, in text order, the mentions that may name what a general noun after them
    refers to: not a general noun, an ordinary action, a toll or a verb's form, nor (given the
    articles' ``texts``) a noun that modifies the noun after it ("Race director Pablo Ruiz
    said the accident ...": a race's director names no happening there)."""
    from newskit.story.learned import modifies

    toll = _excluded_stems(_sets()["toll"])
    out: dict[str, list[Unit]] = {}
    for u in every:
        if u.ref.text.lower() not in _sets()["general_nouns"] and u.source.type != "action" \
                and base(_first(u.ref.text)) not in toll and not _verb_form(_first(u.ref.text)) \
                and not (texts is not None and u.ref.article in texts
                         and modifies(texts[u.ref.article], u.ref.start, u.ref.end)):
            out.setdefault(u.ref.article, []).append(u)
    return out


def refers_to_central(art: str, start: int, sentence: int, namers: Mapping[str, Sequence[Unit]],
                       central: Set[tuple[str, int, int]]) -> bool:
    """No other event is named by a noun nearer before ``start``, in its sentence or the one
    before ("a fire broke out at a warehouse ... the disaster"): the noun nearest before it
    (:func:`noun_namers`) is a mention of the central event, or there is none. A verb before it
    tells what was done ("Four members voted to keep the rate. ... after the decision"), not
    what "the decision" names."""
    last = last_before(namers.get(art, ()), start)
    return last is None or last.sentence_index < sentence - 1 or last.key in central


def _verb_form(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ed", "ing")) or (low in _irregular() and _irregular()[low] != low)


def _new_anaphors(analyses: Sequence[Analysis], every: Sequence[Unit], namers: Mapping[str, Sequence[Unit]],
                  central: Set[tuple[str, int, int]], cls: str) -> list[Unit]:
    """Units for the definite general nouns no unit covers that refer to the central event
    (:func:`join_anaphors`); undated, as a general noun tells no time of its own."""
    covered = covered_by(every)
    out: list[Unit] = []
    for a in analyses:
        if a.article.published_date is None:
            continue
        text, art = a.article.text, a.article.id
        k = len(a.events) + 2000
        for _w, s, e in words_passing(text, is_general_noun):
            if not _anaphor(text, s, e) or covered(art, s, e):
                continue
            sent = sentence_index(text, s)
            if not refers_to_central(art, s, sent, namers, central):
                continue
            out.append(span_unit(a, s, e, event_id=f"{art}:learned:{s}", kind=cls, event=k))
            k += 1
    return out


def sentence_index(text: str, pos: int) -> int:
    """The index of the sentence at (or last before) ``pos``, by bisection on the shared
    text layer's sentences (no re-split of the text per word)."""
    return max(0, bisect_right(layer(text).sentences, pos, key=lambda x: x.start) - 1)
