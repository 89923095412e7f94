"""The news told by a verb no trigger lexicon lists: an act of unknown class.

Every kind of news brings verbs no list had: "A dense swarm of jellyfish *clogged* the
intake of a desalination plant on Wednesday", "A South Korean spacecraft *touched* down on
the Moon on Thursday", "Vast swarms of locusts *descended* on farmland in Sindh". The events
plugin reads none of them, and a class read off a verb's synonyms is mostly wrong ("halted"
is no arrest). What ties such a verb to the news is where and how it is used, not its
class: a verb told as done (a past form, a present perfect, a passive) in an article's
first news sentence, whose clause holds a mention of the central event before it (its
subject: "a landslide *buried* the village"), or the central event's day, a participant of
it or its place. That verb is an act of unknown class, read as the central event's.

Whether a word is a verb at all, its base ("tore" -> tear, "clogged" -> clog) and the nouns
of its act ("underpaid" / "the underpayment", "grounded" / "the grounding") are English,
read from WordNet (``newskit/data/act_verbs.json``, built by ``bench/build_act_verbs.py``):
verbs of attitude, report and state and the most frequent verbs are not listed, and the
closed classes of ``predicate.json`` (saying, being, phase, the light verbs, a toll) are
never acts either. Once a lead ties a verb to the news, its other forms and its nouns (after
a determiner) in every dated article are mentions of the central event too, unless a date
of their own clause sets them apart.

It runs once the central event is chosen and adds mentions only to it, so it never decides
which event is central; as the other layers that read a story's own words, only articles
with a publication date are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from functools import cache, lru_cache

import regex

from newskit.datafiles import package_json
from newskit.model import Analysis, DateMention
from newskit.spelling import WORDS_KEPT
from newskit.story._common import clause_bounds, learned_word_lists, width, word_lists
from newskit.story.act_nouns import clause_dated_mentions
from newskit.story.central import lead_whens
from newskit.story.features import Unit, covered_by, dominant_class
from newskit.story.learned import is_learned, modifies, past_form
from newskit.story.predicate import (
    LEAD_TOKEN,
    LeadTok,
    definite_before,
    is_excluded_stem,
    is_general_noun,
    is_light_verb,
    is_modifier,
    is_verbal,
    skip_adverbs,
    story_words,
    text_tokens,
    verb_stem,
)
from newskit.story.voiced import voice_of
from newskit.textlayer import layer
from newskit.timex import compatible

__all__ = ["act_lemma", "attach_unknown_acts", "noun_lemma", "past_lemma", "told_done", "unknown_acts"]

#: the id tag of the mentions made here, and the offset of their event numbers
_TAG = "unknown-act"
_OFFSET = 7000
_DAY = 86400.0
#: the voices a lead tells the news in: the narrator's, a source's plain report ("..., officials
#: said"); not a denial, an allegation, a prediction or a quotation
_TOLD = frozenset({None, "asserts", "confirms", "reports"})
#: the forms of be a passive participle follows
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: words before a verb that tell it as not done: a modal, the infinitive, a negation
_NOT_DONE = frozenset({"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
                       "never", "did", "do", "does", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't",
                       "cannot", "couldn't", "no"})
#: between the head of a verb's subject and the verb: an "of" phrase of at most three words
#: ("a swarm *of jellyfish* clogged"), auxiliaries and adverbs ("the storm has now dumped")
_SUBJECT_TAIL = regex.compile(r"(?:\s+of(?:\s+[\p{L}'’-]+){1,3}?)?(?:\s+(?:has|have|was|were|had been|has been|"
                              r"have been|\p{Ll}+ly))*\s+")
#: a preposition before a noun (with at most two words between): the noun is in a phrase that
#: modifies another ("the toll *from Tuesday's* tragedy"), not the subject's head
_IN_PHRASE = regex.compile(r"(?<!\p{L})(?:of|from|in|at|by|after|into|over|on|for|with|to|about|since|before)"
                           r"(?:\s+[\p{L}\d'’-]+){0,2}\s+$", regex.I)
#: a later part of the sentence tells of an earlier happening: the verb tells what followed it
#: ("struggled on Saturday *to recover from* the failure", "celebrated *after* the bank agreed")
_AFTERMATH = regex.compile(r"(?<!\p{L})(?:after|following|since|to recover from|in the wake of)(?!\p{L})", regex.I)
#: inflections of a regular verb and the endings its base may have had ("clogged" -> clog,
#: "closed" -> close, "dried" -> dry)
_ENDINGS = (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("ing", ("", "e")), ("es", ("", "e")),
            ("s", ("",)))


@cache
def _lexicon() -> tuple[frozenset[str], Mapping[str, str], Mapping[str, str]]:
    """The verbs read as acts, their irregular forms and the nouns of their acts
    (``newskit/data/act_verbs.json``)."""
    raw = package_json("newskit", "act_verbs.json")
    return frozenset(raw["verbs"]), dict(raw["irregular"]), dict(raw["nouns"])


@lru_cache(maxsize=WORDS_KEPT)  # bounded: a stream's vocabulary keeps growing
def act_lemma(word: str) -> str | None:
    """The base of a listed act verb's inflected form ("clogged" -> clog, "tore" -> tear,
    "dumps" -> dump), or None: a word that is no form of one, or a base form."""
    low = word.lower()
    verbs, irregular, _ = _lexicon()
    if low in irregular:
        return irregular[low]
    for suffix, bases in _ENDINGS:
        if not low.endswith(suffix) or len(low) - len(suffix) < 2:
            continue
        stem = low[:-len(suffix)]
        for b in (*(stem + e for e in bases), stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if b in verbs:
                return b
        return None
    return None


@cache
def _closed() -> dict[str, frozenset[str]]:
    """The verbs of causing and of spans of time, and the words after a reduced relative
    (``newskit/data/unknown_acts.json``)."""
    return word_lists("unknown_acts.json")


def past_lemma(word: str) -> str | None:
    """The base of a past form or participle of a listed verb, a same-form past ("hit",
    "shut") included: :func:`newskit.story.predicate.is_verbal` reads those as verbs only
    after their subject."""
    if word in _lexicon()[0] and past_form(word):
        return word
    return act_lemma(word)


def _verb_at(toks: Sequence[LeadTok], i: int, inflected: Set[str], verb: str) -> bool:
    """``toks[i]``, a form of ``verb``, is a verb by its local syntax
    (:func:`newskit.story.predicate.is_verbal`), or an inflected form with a determiner after
    it: an object follows ("jellyfish clogged the intake", where a noun in -ish before a
    participle reads as an adjective)."""
    nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
    return is_verbal(toks, i, inflected) or (toks[i][0] != verb and nxt in learned_word_lists()["determiners"])


def noun_lemma(word: str) -> str | None:
    """The verb whose act the noun ``word`` names ("underpayment" -> underpay), or None."""
    return _lexicon()[2].get(word.lower())


def told_done(toks: Sequence[LeadTok], i: int, inflected: Set[str]) -> bool:
    """``toks[i]`` is a verb told as done by its local syntax (a past form after its subject,
    a participle after be or have: :func:`newskit.story.predicate.is_verbal`), not after a
    modal, an infinitive's "to" or a negation, and no verb of saying, being, phase, a light
    verb or a toll (``predicate.json``)."""
    w = toks[i][0]
    verb = past_lemma(w) if w.isalpha() and w.islower() and not w.endswith(("ing", "s")) else None
    if verb is None or verb in _closed()["causing"] or verb in _closed()["spans"]:
        return False
    if is_excluded_stem(verb_stem(w)) or is_light_verb(w):
        return False
    j = skip_adverbs(toks, i)
    prev = toks[j][0].lower() if j >= 0 else ""
    nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
    if not _verb_at(toks, i, inflected, verb):
        return False
    if prev == "had" or (nxt in _closed()["relative"] and prev not in _BE):
        return False  # "had drifted": before the news; "a tsunami triggered by": a description
    before = {t[0].lower() for t in toks[max(0, j - 1):i]}
    return not before & _NOT_DONE


def _clause_text(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = clause_bounds(text, start, end)
    return bounds if bounds is not None else (start, end)


class _Tie:
    """Whether a verb of an article's first sentence is tied to the central event (the module
    docstring): a central mention before it in its clause, or its clause's date on the
    central day, or a participant or the place of the central event named in its clause."""

    def __init__(self, host: Sequence[Unit]) -> None:
        self.host: dict[str, list[Unit]] = {}
        for u in host:  # grouped once per article, in the host's order
            self.host.setdefault(u.ref.article, []).append(u)
        days = [w for w in lead_whens([u for u in host if not is_learned(u)]) if width(w) <= _DAY]
        self.day = days[0] if days and all(compatible(days[0], d) for d in days) else None
        sources = {(u.ref.article, u.event): u.source for u in host if not is_learned(u)}
        self.names = frozenset(n for e in sources.values() for n in (*e.who, e.where or "") if _proper(n))

    def __call__(self, a: Analysis, start: int, end: int) -> bool:
        text = a.article.text
        lo, hi = _clause_text(text, start, end)
        mine = [u for u in self.host.get(a.article.id, ()) if lo <= u.ref.start and u.ref.end <= hi]
        if any(u.ref.start >= end for u in mine):
            return False  # "opened an investigation into the fire": the verb acts on the news
        if any(_subject_head(text, u.ref.start, u.ref.end, start) for u in mine if not _general(u)):
            return True
        sent = layer(text).sentence_at(start)
        if sent is not None and _AFTERMATH.search(text, end, sent.end):
            return False  # "celebrated on Tuesday after the bank agreed": what followed the news
        if self.day is not None and any(self._on_day(text, m) for m in a.mentions
                                        if isinstance(m, DateMention) and lo <= m.start < hi):
            return True
        clause = text[lo:hi]
        return any(n in clause for n in self.names)

    def _on_day(self, text: str, m: DateMention) -> bool:
        """A calendar date of the central day that dates the clause, not a noun's
        ("Saturday's blast")."""
        if not (m.value and m.value[:1].isdigit()) or text[m.end:m.end + 2] in ("'s", "’s"):
            return False
        return width(m.value) <= _DAY and compatible(m.value, self.day or "")


def _general(u: Unit) -> bool:
    """A general noun ("the decision", "the incident"): a verb it is the subject of tells
    what the news did next ("the decision has divided the city"), not the news."""
    return bool(u.general) or is_general_noun(u.ref.text)


def _proper(name: str) -> bool:
    """A proper name: every word capitalised ("Karim Jabbar", "Sindh"), not a description
    ("Residents of Sur")."""
    return len(name) > 3 and all(w[:1].isupper() for w in name.split())


def _subject_head(text: str, start: int, end: int, verb: int) -> bool:
    """The central mention at ``text[start:end]`` heads the subject of the verb at ``verb``
    (:data:`_SUBJECT_TAIL` between them), in no phrase of another noun (:data:`_IN_PHRASE`)."""
    if _SUBJECT_TAIL.fullmatch(text, end, verb) is None:
        return False
    return _IN_PHRASE.search(text, max(0, start - 30), start) is None


def _first_sentence(a: Analysis) -> list[LeadTok]:
    """The tokens of the article's first news sentence (past the page furniture)."""
    text = a.article.text
    lead = layer(text).lead
    if not lead:
        return []
    return [(m.group(), m.start(), m.end(), False) for m in LEAD_TOKEN.finditer(text, lead[0].start, lead[0].end)]


def unknown_acts(dated: Sequence[Analysis], host: Sequence[Unit],
                 covered: Callable[[str, int, int], bool], inflected: Set[str]) -> frozenset[str]:
    """The bases of the verbs the articles' first sentences tell as done, tied to the central
    event ``host`` (:class:`_Tie`), where no unit (``covered``) reads an event."""
    tie = _Tie(host)
    out: set[str] = set()
    for a in dated:
        toks = _first_sentence(a)
        voice = voice_of(a)
        for i, (w, st, en, _h) in enumerate(toks):
            if told_done(toks, i, inflected) and not covered(a.article.id, st, en) and voice(st, en) in _TOLD \
                    and tie(a, st, en):
                out.add(past_lemma(w) or w)
    return frozenset(out)


def _occurrences(a: Analysis, acts: Set[str], inflected: Set[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every form of the acts ``acts`` in the article told as a verb (not a
    modifier of the noun after it), and of every noun of them heading a definite noun phrase
    ("the grounding", "the underpayment")."""
    text = a.article.text
    toks = text_tokens(text)
    for i, (w, st, en, _h) in enumerate(toks):
        if not (w.isalpha() and w.islower()):
            continue
        verb = past_lemma(w)
        if verb is not None and verb in acts and not w.endswith("ing") and _verb_at(toks, i, inflected, verb) \
                and not is_modifier(toks, i, inflected):
            yield st, en
        elif (noun_lemma(w) in acts or (verb in acts and w.endswith("ing"))) \
                and definite_before(text, st) and not modifies(text, st, en):
            yield st, en


def attach_unknown_acts(analyses: Sequence[Analysis], clusters: Sequence[Sequence[Unit]],
                        excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with a mention of the central event (``clusters[0]``) for every
    occurrence of an act of unknown class (:func:`unknown_acts`) that no unit covers and no
    date of its own clause sets apart."""
    if not clusters or not clusters[0]:
        return [list(c) for c in clusters]
    host = list(clusters[0])
    dated = [a for a in analyses if a.article.published_date is not None]
    every = [u for c in clusters for u in c]
    covered = covered_by(every)
    inflected = story_words(dated)[2]
    acts = unknown_acts(dated, host, covered, inflected)
    if not acts:
        return [host, *(list(c) for c in clusters[1:])]
    kind = dominant_class(host, lambda u: not is_learned(u))
    added: list[Unit] = []
    for a in dated:
        spans = ((st, en) for st, en in _occurrences(a, acts, inflected) if not covered(a.article.id, st, en))
        added += clause_dated_mentions(a, spans, host, excluded, tag=_TAG, kind=kind, offset=_OFFSET)
    return [[*host, *added], *(list(c) for c in clusters[1:])]
