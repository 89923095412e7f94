"""The central act's words, read from the story itself: what the outlets' leads agree on.

A story about an act several parties agree on or a body decides (a group cuts its output,
two sides agree a ceasefire, a board votes to exclude a team) leads with a verb of agreeing
or deciding whose complement is the act: "agreed on Wednesday to cut output", "agreed to a
90-day ceasefire", "the cutback agreed last week", "agrees output cut". Each outlet names
the act in its own words (cut / remove / cutback; ceasefire / truce), and no trigger lexicon
holds them all, but the verbs of agreeing are a closed class and the complement is read
from local syntax: an infinitive (with its particle: "agreed to give back"), a noun phrase
after the verb or after "to"/"on" (its head), or, when the verb has no complement, the noun
it follows as a participle or an object relative ("the cutback agreed", "the ceasefire they
agreed", "the debt deal the government agreed").

When the leads of two or more dated outlets, published within a week of each other, each
hold such a complement, the story's news is that agreed act: every complement is one of
its words, and so is every verb of agreeing that takes one of them. Its words' families
(a verb's inflections, a noun derived from a verb the story uses, a compound of a verb and a
particle: "cutback" is "cut") are then read in every dated article, not only the leads:
each occurrence that modifies no noun after it is a mention of the act. A mention dated to
another time by its own sentence ("last agreed a cut ... in October 2022") is kept apart by
the times veto of clustering, as every link the story tells is.

Closed classes only (``newskit/data/act_words.json``, with learned_events.json's particles,
determiners, boundaries and times). Only articles with a publication date are read; the
result depends on the texts only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeGuard

import regex

from newskit import grammar
from newskit.model import Analysis, DateMention
from newskit.story._common import clause_bounds, lead_word_lists
from newskit.story.features import Unit, covered_by, dominant_class, span_unit
from newskit.story.predicate import (
    family_of,
    is_excluded_stem,
    is_general_noun,
    lead_tokens,
    story_bases,
    text_tokens,
    verb_stem,
)
from newskit.timex import attributive_date

__all__ = ["act_families", "act_links", "act_spans", "act_units", "attach_acts", "clause_date", "complements",
           "is_calendar_date",
           "is_agreeing", "word_keys"]

Tok = tuple[str, int, int, bool]
Span = tuple[str, int, int]
_WEEK = 7
_ALNUM = regex.compile(r"^[\p{L}\d]")
#: subject pronouns of an object relative ("the ceasefire they agreed")
_PRONOUNS = grammar.SUBJECT_PRONOUNS
#: words after which a noun phrase opens a clause (it is the subject there)
_CLAUSE_OPENERS = frozenset({"and", "but", "or", "so", "that", "which", "when", "while", "as", "because", "if"})
#: suffixes of adjectives: such a word after "to" opens a noun phrase ("to further cuts")
_ADJECTIVE = ("er", "al", "ive", "ous", "ful", "ic", "ent", "ant")


def _data() -> dict[str, frozenset[str]]:
    return lead_word_lists("act_words.json")


def is_agreeing(word: str) -> bool:
    """A form of a verb of agreeing or deciding (``act_words.json`` ``agreeing``)."""
    return word.lower() in _data()["agreeing"]


def _low(w: str) -> str:
    return w.lower()


def _plain(w: str) -> bool:
    """A lower-case word (hyphens allowed: "deeper-than-expected")."""
    return w[:1].isalpha() and w.islower()


def _np_head(toks: Sequence[Tok], j: int) -> int | None:
    """The index of the head of the noun phrase opening at ``toks[j]``: its last lower-case
    word before a boundary word, a punctuation mark or a verb of agreeing (numbers and
    hyphens inside are skipped: "a 90-day ceasefire"); None for a name, a time or a part."""
    d = _data()
    head = None
    while j < len(toks):
        w = toks[j][0]
        low = _low(w)
        if low in d["boundaries"] or low in d["agreeing"] or not (_ALNUM.match(w) or w == "-"):
            break
        if head is not None and (w[:1].isdigit() or (low.endswith(("ing", "ed")) and "-" not in low)):
            break  # "cuts totalling 1.47 million bpd", "a cut worth 2 million": the phrase has ended
        if _plain(w) and low not in d["determiners"]:
            head = j
        elif w[:1].isupper() and head is not None:
            break
        j += 1
    if head is None or _low(toks[head][0]) in d["times"] or _low(toks[head][0]) in d["parts"]:
        return None
    return head


def _skip(toks: Sequence[Tok], j: int) -> int:
    """The index past a time or manner phrase after a verb ("on Wednesday", "late last
    week", "unanimously")."""
    d = _data()
    while j < len(toks):
        low = _low(toks[j][0])
        if (low.endswith("ly") and _plain(toks[j][0])) or low in d["times"] or _score(toks, j):
            j += 1
        elif low in d["skipped"] and j + 1 < len(toks) and (
                _low(toks[j + 1][0]) in d["times"] or _low(toks[j + 1][0]) in d["skipped"]
                or (toks[j + 1][0][:1].isupper() and low == "on")):
            j += 1
        else:
            break
    return j


def _score(toks: Sequence[Tok], j: int) -> bool:
    """A number or a dash of a score right after a verb ("voted 9-4", "voted 31 to 19")."""
    w = toks[j][0]
    return w[:1].isdigit() or (w in "-–" and j >= 1 and toks[j - 1][0][:1].isdigit())


def _with_particle(toks: Sequence[Tok], k: int) -> tuple[int, int]:
    """(first, last) token indices of the verb at ``k`` with its particle ("give back")."""
    nxt = _low(toks[k + 1][0]) if k + 1 < len(toks) else ""
    return (k, k + 1) if nxt in _data()["particles"] else (k, k)


def complements(toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """(first, last) token indices of the act the verb of agreeing at ``toks[i]`` takes (the
    module docstring), or None."""
    d = _data()
    j = _skip(toks, i + 1)
    if j < len(toks):
        low = _low(toks[j][0])
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
        if low == "to" and _plain(nxt) and _low(nxt) not in d["determiners"] and _low(nxt) not in d["boundaries"] \
                and not _np_continues(toks, j + 1):
            return _with_particle(toks, j + 1)  # "agreed to cut", "agreed to give back"
        if low in d["openers"]:
            k = _np_head(toks, j + 1)  # "agreed to a 90-day ceasefire", "agreed on a deal"
            return (k, k) if k is not None else None
        if _plain(toks[j][0]) and low not in d["boundaries"] and not (_low(toks[i][0]).endswith("ing") and j == i + 1
                                                                       and low not in d["determiners"]):
            # "agreed a ceasefire", "agrees output cut"; not "voting members" (a modifier, no verb with its object)
            k = _np_head(toks, j)
            return (k, k) if k is not None else None
    return _before(toks, i)


def _np_continues(toks: Sequence[Tok], k: int) -> bool:
    """The word after "to" opens a noun phrase, not an infinitive: a hyphenated word or one
    with an adjective's suffix before another lower-case word ("agreed to further cuts",
    "to a deeper-than-expected cut")."""
    w = _low(toks[k][0])
    nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
    return _plain(nxt) and ("-" in w or w.endswith(_ADJECTIVE))


def _before(toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """The noun a past form of agreeing follows without a complement: a participle after a
    noun phrase inside a clause ("after the OPEC+ cutback agreed last week", "under the pay
    freeze agreed"), or an object relative with a pronoun subject ("the ceasefire they
    agreed"). A phrase that opens its clause is the verb's subject ("The board agreed")."""
    w = _low(toks[i][0])
    if not w.endswith("ed") or i < 1:
        return None
    k = i - 1
    obj = _object_relative(toks, i)
    if obj is not None:
        return obj, obj
    relative = _low(toks[k][0]) in _PRONOUNS
    if relative:
        k -= 1
    if k < 0 or not _plain(toks[k][0]) or _low(toks[k][0]) in _data()["determiners"] \
            or _low(toks[k][0]) in _data()["boundaries"]:
        return None
    if not relative and not _inside_clause(toks, k):
        return None
    return k, k


def _object_relative(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the noun an object relative with a noun-phrase subject tells of ("the
    debt deal the government agreed", "the restructuring Ecuador agreed"): before the verb a
    name (up to three capitalised words) or a determiner with at most two lower-case words,
    and before that subject a lower-case noun - not a closed-class word, a verb's past form
    or a verb that frames another predicate ("said the board agreed")."""
    d = _data()
    j = i - 1
    if _low(toks[j][0]) in _PRONOUNS:
        return None  # "the truce they agreed": read by the caller
    if toks[j][0][:1].isupper():
        while j > i - 4 and j >= 1 and toks[j - 1][0][:1].isupper():
            j -= 1
    else:
        while j > i - 3 and j >= 1 and _plain(toks[j][0]) and _low(toks[j][0]) not in d["determiners"]:
            j -= 1
        if _low(toks[j][0]) not in d["determiners"] or j == i - 1:
            return None
    k = j - 1
    if k < 0 or not _plain(toks[k][0]):
        return None
    low = _low(toks[k][0])
    closed = low in d["determiners"] or low in d["boundaries"] or low in d["agreeing"] or low in _CLAUSE_OPENERS \
        or low in _PRONOUNS
    return None if closed or low.endswith("ed") or is_excluded_stem(verb_stem(low)) else k


def _inside_clause(toks: Sequence[Tok], k: int) -> bool:
    """The noun phrase ending at ``toks[k]`` follows a word of its clause (a preposition, a
    verb: "after the cutback", "welcomed the cut"), not a clause's opening (the sentence's
    start, a comma, a conjunction)."""
    d = _data()
    j = k
    while j >= 0 and _low(toks[j][0]) not in d["determiners"] and (
            _plain(toks[j][0]) or toks[j][0][:1].isupper() or toks[j][0] in "+-" or toks[j][0][:1].isdigit()):
        j -= 1
    if j < 0 or _low(toks[j][0]) not in d["determiners"]:
        return False
    prev = _low(toks[j - 1][0]) if j >= 1 else ""
    return prev.isalpha() and prev not in _CLAUSE_OPENERS


def _modifies(toks: Sequence[Tok], i: int) -> bool:
    """The word modifies the noun after it ("cut talks", "recall notices"): a lower-case word
    follows that is no closed-class word, no verb's form ("the cutback agreed", "cuts
    totalling") and the word is no infinitive ("to cut oil output")."""
    d = _data()
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    low = _low(nxt)
    if not _plain(nxt) or low in d["boundaries"] or low in d["determiners"] or low in d["agreeing"] \
            or low.endswith(("ed", "ing")) or low in d["particles"]:
        return False
    return not (i >= 1 and _low(toks[i - 1][0]) == "to")


def word_keys(word: str, particle: str, bases: frozenset[str]) -> frozenset[str]:
    """A word's families: its stem in the story (:func:`family_of`), with its particle when
    it has one ("giv+back"); a compound of a verb and a particle ("cutback", "sell-off") is
    both the phrasal verb and the verb ("cut+back", "cut")."""
    low = word.lower()
    if particle:
        return frozenset({f"{family_of(low, bases)}+{particle.lower()}"})
    out = {family_of(low, bases)}
    stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    for p in _data()["particles"]:
        head = stem[: -len(p)].rstrip("-")
        if stem.endswith(p) and len(head) >= 3 and head != stem:
            out |= {family_of(head, bases), f"{family_of(head, bases)}+{p}"}
    return frozenset(out)


def _lead_acts(a: Analysis, bases: frozenset[str]) -> set[str]:
    """The families of the acts the article's lead says were agreed, decided or announced."""
    out: set[str] = set()
    # the lead's first news sentence only: the second tells a detail or a reaction (a vote
    # to accept a deal) as often as the act
    for toks in lead_tokens(a, 1):
        for i, (w, _s, _e, in_title) in enumerate(toks):
            if not (w.islower() or in_title):
                continue
            got = _heads_act(toks, i)
            if got is not None:
                out |= _keys_of(toks, got, bases)
    return out


def _heads_act(toks: Sequence[Tok], i: int) -> tuple[int, int] | None:
    """The act ``toks[i]`` takes as its complement: a verb of agreeing's (:func:`complements`),
    a verb of announcing's object ("announced a price hike", "unveiled production cuts"; not
    a general noun or a plan: "announced plans"), or a noun of deciding's infinitive
    ("Telvana's decision to put up prices", "the council's vote to exclude")."""
    d = _data()
    low = _low(toks[i][0])
    if low in d["agreeing"]:
        return complements(toks, i)
    nxt = _low(toks[i + 1][0]) if i + 1 < len(toks) else ""
    if low in d["deciding_nouns"] and nxt == "to":
        after = toks[i + 2][0] if i + 2 < len(toks) else ""
        if _plain(after) and _low(after) not in d["determiners"] and not _np_continues(toks, i + 2):
            return _with_particle(toks, i + 2)
        return None
    if low in d["announcing"] and _plain(toks[i + 1][0] if i + 1 < len(toks) else ""):
        k = _np_head(toks, _skip(toks, i + 1))
        if k is not None and not is_general_noun(toks[k][0]) and _low(toks[k][0]) not in d["deciding_nouns"] \
                and _low(toks[k][0]) not in d["not_acts"]:
            return k, k
    return None


def _keys_of(toks: Sequence[Tok], span: tuple[int, int], bases: frozenset[str]) -> frozenset[str]:
    first, last = span
    return word_keys(toks[first][0], toks[last][0] if last > first else "", bases)


def _within_week(dated: Sequence[Analysis], arts: set[str]) -> set[str]:
    """The articles of ``arts`` published within a week of the day most of them fall near."""
    days: dict[str, date] = {a.article.id: a.article.published_date for a in dated
                             if a.article.id in arts and a.article.published_date is not None}
    if not days:
        return set()
    best = max(sorted(set(days.values())), key=lambda d: sum(abs((d - e).days) <= _WEEK for e in days.values()))
    return {k for k, d in days.items() if abs((best - d).days) <= _WEEK}


def act_families(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The families of the act the story's leads agree on (the module docstring): empty
    unless two or more dated outlets published within a week lead with an agreed act."""
    dated = [a for a in analyses if a.article.published_date is not None]
    if len(dated) < 2:
        return frozenset()
    bases = story_bases(a.article.text for a in dated)
    per = {a.article.id: _lead_acts(a, bases) for a in dated}
    kept = _within_week(dated, {k for k, v in per.items() if v})
    if len(kept) < 2:
        return frozenset()
    return frozenset().union(*(per[k] for k in kept))


def act_spans(analyses: Sequence[Analysis]) -> set[Span]:
    """The spans of the act's words in every dated article: each word (or phrasal verb) of one
    of :func:`act_families` that modifies no noun after it, and each verb of agreeing whose
    complement is one of them."""
    fams = act_families(analyses)
    out: set[Span] = set()
    if not fams:
        return out
    dated = [a for a in analyses if a.article.published_date is not None]
    bases = story_bases(a.article.text for a in dated)
    for a in dated:
        art = a.article.id
        toks = text_tokens(a.article.text)
        for i, (w, s, e, _h) in enumerate(toks):
            if not _plain(w):
                continue
            if _low(w) in _data()["agreeing"]:
                got = complements(toks, i)
                if got is not None and _keys_of(toks, got, bases) & fams:
                    out.add((art, s, e))
                continue
            span = _with_particle(toks, i)
            if word_keys(w, toks[span[1]][0] if span[1] > i else "", bases) & fams and not _modifies(toks, i):
                out.add((art, s, toks[span[1]][2]))
            elif span[1] > i and word_keys(w, "", bases) & fams and not _modifies(toks, i):
                out.add((art, s, e))
    return out


def act_units(analyses: Sequence[Analysis], units: Sequence[Unit], spans: set[Span]) -> list[Unit]:
    """A unit for every span of the act (``spans``, :func:`act_spans`) no unit of ``units``
    covers: of the class the events plugin gave the act's other words (or ``incident``),
    dated by the calendar date of its own clause (:func:`clause_date`)."""
    if not spans:
        return []
    covered = covered_by(units)
    kind = dominant_class(units, lambda u: _on(u, spans))
    by_id = {a.article.id: a for a in analyses}
    out: list[Unit] = []
    for k, (art, s, e) in enumerate(sorted(spans)):
        if covered(art, s, e):
            continue
        a = by_id[art]
        out.append(span_unit(a, s, e, event_id=f"{art}:act:learned:{s}", kind=kind, event=len(a.events) + 5000 + k,
                             head=a.article.text[s:e].split()[0], when=clause_date(a, s)))
    return out


def is_calendar_date(m: object) -> TypeGuard[DateMention]:
    """A date mention that names a calendar day, month or year ("2026-03-14", "2025"), the
    kind that dates a happening; not a time, a duration or "now"."""
    return isinstance(m, DateMention) and m.type == "DATE" and bool(m.value) and m.value[:1].isdigit()


def clause_date(a: Analysis, pos: int) -> str | None:
    """When a mention happened by the calendar date of the mention's own clause (between commas,
    semicolons or colons within its sentence) nearest to it: "agreed on Monday to a ceasefire",
    "last agreed a cut of this size in October 2022" (set apart by the times veto). A date of
    another clause ("..., the union said on Saturday") tells when something else was said or
    done, not when the act was agreed."""
    bounds = clause_bounds(a.article.text, pos, pos)
    if bounds is None:
        return None
    lo, hi = bounds
    dates = [m for m in a.mentions if is_calendar_date(m) and lo <= m.start < hi
             and not attributive_date(a.article.text, m)]
    if not dates:
        return None
    return min(dates, key=lambda m: (abs(m.start - pos), m.start)).value


def _on(u: Unit, spans: set[Span]) -> bool:
    return any(u.ref.article == a and u.ref.start < e and s < u.ref.end for a, s, e in spans)


def act_links(units: Sequence[Unit], spans: set[Span]) -> set[tuple[int, int]]:
    """Pairs (i < j) of units on the act's spans: told as one act, linked unless vetoed."""
    members = [k for k, u in enumerate(units) if _on(u, spans)]
    return {(i, j) for x, i in enumerate(members) for j in members[x + 1:x + 201]}


def attach_acts(clusters: list[list[Unit]], spans: set[Span],
                excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every cluster that lies wholly on the act's spans joined to the
    cluster holding the act in the most articles (two or more), unless times or places
    exclude it (``excluded``); the earlier of two joined clusters keeps its place. Then each
    mention of the act that another cluster holds (the events plugin read "voted" as a vote,
    with "31 votes to 19") moves to it, unless times or places exclude it: the span was read
    as the act from its own syntax, which says more than the class of one word."""
    if not spans:
        return clusters
    out = [list(c) for c in clusters]

    def arts(c: Sequence[Unit]) -> int:
        return len({u.ref.article for u in c if _on(u, spans)})

    hosts = [n for n, c in enumerate(out) if arts(c) >= 2]
    if not hosts:
        return clusters
    h = max(hosts, key=lambda n: (arts(out[n]), -n))
    for n, c in enumerate(out):
        if n == h or not c or not all(_on(u, spans) for u in c) or any(excluded(u, v) for u in c for v in out[h]):
            continue
        keep, gone = min(n, h), max(n, h)
        out[keep] = [*out[keep], *out[gone]]
        out[gone] = []
        h = keep
    for n, c in enumerate(out):  # a mention of the act inside another cluster ("voted" beside "31 votes")
        if n != h:
            moved = [u for u in c if _on(u, spans) and not any(excluded(u, v) for v in out[h])]
            out[h] += moved
            out[n] = [u for u in c if u not in moved]
    return [c for c in out if c]
