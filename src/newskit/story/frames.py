"""Lead frames aligned across outlets: the same act on the same thing is one event, whatever
each outlet's verb for it.

Outlets of one story lead with its news, and each tells it in its own words: a regulator
*blocked* / *prohibited* a merger, parliament *adopted* / *approved* / *passed* a law, a
portrait *sold* / *fetched* / was *auctioned*. No synonym list holds every such set, but the
leads share the act's *theme*: the thing acted on ("the merger", "a law", "the portrait").
So each article's lead (headline and first sentence) is read on the token layer as frames:
a predicate (a verb's form by its local syntax, a phrasal verb with its particle, a
participle before its noun, a headline's present form of a verb the story inflects, or an
event noun with its compound modifier or "of" complement: "the merger ban", "the sale of the
portrait") with its theme (the head of its object, or of its subject when it has none, is
passive, or its object is an amount: "sold for £44.6 million"). A pronoun theme ("lawmakers
backed it") is the noun nearest before it in its sentence that is no subject.

Frames of two or more articles with the same theme (by stem) whose sentences' days agree are
one act: their words are linked, with every later mention of those words in the same
article ("blocked ... the decision to block"). The subject of a verb of occurring or
appearing ("A sinkhole opened", "a fire broke out"; a closed class) in a headline or a first
sentence names the happening itself when its frame is one of those aligned, but not with an
object after a verb that is no verb of impact ("authorities opened the spillway": an agent's
act; "a storm hit the coast" keeps its happening), nor before "out of" ("broke out of the
enclosure": an escape), nor as a pronoun ("the day it opened"): every mention of that noun in the story joins
the act, and so do the lead predicates whose subject it is ("a sinkhole that swallowed
cars").

Only articles with a publication date are read: a collection of undated documents (ECB+
topics) need not lead with one news. The result depends on the texts only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from datetime import date
from functools import cache, lru_cache

import attrs
import regex

from newskit.grammar import irregular_act_verbs
from newskit.kinds import body_kind, post
from newskit.model import Analysis, DateMention
from newskit.story._common import lead_word_lists, story_data
from newskit.story.act_words import clause_date, complements, is_agreeing
from newskit.story.features import Unit, covered_by, dominant_class, span_unit
from newskit.story.memo import IdentityMemo
from newskit.story.predicate import (
    LEAD_TOKEN,
    base,
    family_of,
    is_excluded_stem,
    is_light_verb,
    is_modifier,
    is_verbal,
    lead_tokens,
    noun_only_stems,
    story_bases,
    text_tokens,
    verb_stems,
)
from newskit.story.word_table import word_indices
from newskit.textlayer import layer
from newskit.timex import compatible, interval

__all__ = ["Frame", "attach_frames", "frame_groups", "frame_links", "frame_units", "is_frame_unit", "lead_frames", "themed_acts"]

Tok = tuple[str, int, int, bool]
_POSS = regex.compile(r"^\p{L}[\p{L}-]*['’]s?$")
_DIGIT = regex.compile(r"\d")
_WEEK = 7
_MONTH_DAYS = 31
_YEAR = regex.compile(r"^(?:1[6-9]|20)\d\d$")


def _data() -> dict[str, frozenset[str]]:
    return lead_word_lists("frames.json")


@attrs.frozen
class Frame:
    """A lead's predicate with its theme.

    Attributes:
        article: the article's id.
        word: the predicate's word, lower case.
        start: its offset in the article's text; -1 in the headline.
        theme: the stem of its theme's head noun (None when the lead does not name one).
        subject: the stem of its subject's head noun, if any.
        occurs: a verb of occurring or appearing ("opened", "broke out").
        when: the date its sentence gives, if any.
    """

    article: str
    word: str
    start: int
    end: int
    theme: str | None
    subject: str | None
    occurs: bool
    when: str | None


def _low(w: str) -> str:
    return w.lower().strip("'’")


def _closed(w: str) -> bool:
    d = _data()
    low = _low(w)
    return low in d["determiners"] or low in d["boundaries"] or low in d["pronouns"]


def _word(w: str) -> bool:
    return bool(w) and w[0].isalpha()


#: a possessive ending of a phrase's head (compiled once: asked for every noun phrase)
_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _np_head(toks: Sequence[Tok], i: int, stop: int | None = None) -> tuple[str | None, int]:
    """The head of the noun phrase that opens at ``toks[i]`` (its last word before a
    boundary, a punctuation mark or a verb's form) and the index after it; None when the
    phrase is an amount ("£44.6 million"), a time, or empty."""
    d = _data()
    j, head, stop = i, None, len(toks) if stop is None else stop
    while j < stop:
        w = toks[j][0]
        low = _low(w)
        if not (_word(w) or _DIGIT.match(w) or w in "$€£%") or (j > i and (low in d["boundaries"] or low in d["pronouns"]
                                                                           or low in d["adverbs"])):
            break  # "the Sarvan dam late on Sunday": an adverb ends the phrase
        if j > i and low.endswith("ed") and len(low) > 4 and not _POSS.match(w) \
                and not (_POSS.match(toks[j - 1][0]) or _low(toks[j - 1][0]) in d["determiners"]):
            break  # "the portrait auctioned ...": a participle ends the phrase
        head = w
        j += 1
    if head is None:
        return None, j
    low = _low(_POSSESSIVE_END.sub("", head))
    if _DIGIT.search(low) or low in d["amounts"] or low in d["times"] or low in d["parts"] or len(low) < 3:
        return None, j
    return base(low), j


def _subject(toks: Sequence[Tok], i: int) -> str | None:
    """The head of the subject before the predicate at ``toks[i]``: past auxiliaries,
    adverbs and a time phrase ("on Tuesday"), the phrase back to a clause boundary, its head
    the last word before its first preposition ("A portrait by ... Varga sold" ->
    portrait); after a relative word the phrase before it ("a sinkhole that swallowed")."""
    d = _data()
    j = i - 1
    while j >= 0 and (_low(toks[j][0]) in d["auxiliaries"] or _low(toks[j][0]).endswith("ly")):
        j -= 1
    while j >= 1 and _low(toks[j][0]) in d["times"] \
            and _low(toks[j - 1][0]) in ("on", "at", "in", "last", "this", "late", "early"):
        j -= 2
    if j >= 0 and _low(toks[j][0]) in d["relatives"]:
        j -= 1
        k = j
        while k >= 0 and _word(toks[k][0]) and not _closed(toks[k][0]):
            k -= 1
        return _np_head(toks, k + 1, j + 1)[0] if k < j else None
    k = j
    stops = d["clause_marks"] | d["relatives"] | d["auxiliaries"] | d["modals"]
    while k >= 0 and (_word(toks[k][0]) or _DIGIT.match(toks[k][0])) and _low(toks[k][0]) not in stops \
            and not (k < j and _verb_form(toks[k][0])):
        k -= 1
    return _np_head(toks, k + 1, j + 1)[0] if k < j else None


def _verb_form(w: str) -> bool:
    low = w.lower()
    return w.islower() and ((low.endswith("ed") and len(low) > 4) or low in _data()["occurring"])


def _resolve(toks: Sequence[Tok], i: int, subject: str | None) -> str | None:
    """A pronoun object's noun: the nearest noun before it in its sentence that is not the
    verb's subject, a time or a name ("the new law ..., after lawmakers backed it")."""
    d = _data()
    for j in range(i - 1, -1, -1):
        w = toks[j][0]
        low = _low(w)
        if w.isalpha() and w.islower() and len(w) > 2 and low not in d["determiners"] \
                and low not in d["boundaries"] and low not in d["times"] and low not in d["parts"] \
                and not _verb_form(w) and base(low) != subject:
            nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
            if not (nxt.isalpha() and nxt.islower() and nxt.lower() not in d["boundaries"]):
                return base(low)  # the head of its phrase, not a modifier
    return None


def _realis(toks: Sequence[Tok], i: int) -> bool:
    """Not told as wished, planned or possible: no modal before it, and an infinitive only
    after a noun of an act ("the decision to block") or a verb of agreeing or deciding
    ("voted to adopt": the act agreed is told as done), not after another verb ("vow to
    challenge", "are to appeal")."""
    d = _data()
    j = i - 1
    while j >= 0 and _low(toks[j][0]).endswith("ly"):
        j -= 1
    prev = _low(toks[j][0]) if j >= 0 else ""
    if prev in d["modals"]:
        return False
    if prev == "to":
        before = toks[j - 1][0] if j >= 1 else ""
        return (before.isalpha() and before.islower() and _low(before) in d["act_nouns"]) or _agreed_by(toks, i) is not None
    return True


def _agreed_by(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the verb of agreeing or deciding whose infinitive ``toks[i]`` is ("voted
    9-4 late Tuesday to adopt", "agreed on Monday to cut": story/act_words.py): the act agreed
    is told as done, and the verb is a word of it."""
    for k in range(i - 2, max(-1, i - 9), -1):
        if is_agreeing(toks[k][0]) and toks[k][0].islower():
            got = complements(toks, k)
            return k if got is not None and got[0] == i else None
    return None


def _after_noun(toks: Sequence[Tok], i: int) -> bool:
    """A past form right after the head of a common-noun subject ("The transit authority
    raised bus fares", "a gas main burst"): the noun phrase opens with a determiner, a
    possessive or the sentence, and the word before the verb is a noun (no adjective's or
    adverb's suffix, no number): a participle modifies the noun after it only after a
    determiner or a modifier ("the damaged tanker", "heavily damaged homes")."""
    w = toks[i][0]
    if i < 2 or not (w.islower() and ((w.endswith("ed") and len(w) > 4) or w in _irregular_pasts())):
        return False
    prev = toks[i - 1][0]
    if not (prev.isalpha() and prev.islower()) or _closed(prev) or prev.lower() in _data()["amounts"] \
            or prev.lower().endswith(("ly", "al", "ous", "ive", "ful", "ic", "ish", "ed", "ing")):
        return False
    j = i - 2
    while j >= 0 and toks[j][0].isalpha() and toks[j][0].islower() and not _closed(toks[j][0]):
        j -= 1  # other nouns of the phrase ("transit authority")
    return j < 0 or _low(toks[j][0]) in _data()["determiners"] or bool(_POSS.match(toks[j][0])) \
        or toks[j][0][:1].isupper()


def _relative(toks: Sequence[Tok], i: int) -> bool:
    """A past form right after a relative word ("a sinkhole that opened up")."""
    w = toks[i][0]
    return i >= 1 and _low(toks[i - 1][0]) in _data()["relatives"] and w.islower() \
        and ((w.endswith("ed") and len(w) > 4) or w in _irregular_pasts())


@cache
def _irregular_pasts() -> frozenset[str]:
    return frozenset(irregular_act_verbs())


def _phrasal(toks: Sequence[Tok], i: int) -> bool:
    """A verb's form with a particle after it ("gave way", "broke down", "went under"): the
    particle makes it another predicate than the light or phase verb alone; but not a
    preposition of state before a bare noun ("went on strike", "set on fire": the noun is
    the act, :func:`_bare_noun`)."""
    nxt = _low(toks[i + 1][0]) if i + 1 < len(toks) else ""
    if nxt in _data()["state_prepositions"] and _bare_noun(toks, i + 2) \
            and _low(toks[i][0]) not in _data()["object_particle_verbs"]:
        return False
    return nxt in _data()["particles"] and (_verb_form(toks[i][0]) or toks[i][0].lower() in _irregular_pasts())


def _bare_noun(toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` may be a noun with no determiner: a lower-case word of no closed class,
    no adverb in "-ly" and no participle in "-ing" ("went on strike", not "went on
    working", "went on to win")."""
    if i >= len(toks):
        return False
    w = toks[i][0]
    low = _low(w)
    return w.isalpha() and w.islower() and not _closed(w) and low not in _data()["particles"] \
        and low not in _data()["times"] and not low.endswith(("ly", "ing"))


def _catenative(toks: Sequence[Tok], i: int) -> bool:
    """The verb takes an infinitive ("is set to embark", "was expected to rise"): it frames the
    predicate after it, which tells the act."""
    nxt = _low(toks[i + 1][0]) if i + 1 < len(toks) else ""
    after = toks[i + 2][0] if i + 2 < len(toks) else ""
    return nxt == "to" and after.isalpha() and after.islower() and after not in _data()["determiners"]


def _headline_verb(toks: Sequence[Tok], i: int, inflected: Set[str]) -> bool:
    """A headline's present form of a verb the story inflects ("Regulator blocks deal",
    "Sinkhole swallows cars") after a noun."""
    w = toks[i][0]
    if not (toks[i][3] and w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is"))):
        return False
    prev = toks[i - 1][0] if i >= 1 else ""
    return base(w) in inflected and _word(prev) and not _closed(prev) and prev.lower() not in _data()["amounts"]


def _attributive(toks: Sequence[Tok], i: int, inflected: Set[str]) -> bool:
    """A past participle before the noun it tells of ("blocked supermarket merger")."""
    w = toks[i][0]
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return w.islower() and w.endswith("ed") and len(w) > 4 and base(w) in inflected \
        and nxt.isalpha() and nxt.islower() and not _closed(nxt)


def _nominal(toks: Sequence[Tok], i: int, events: Set[str], bases: Set[str], inflected: Set[str],
             nouns: Set[str] = frozenset()) -> str | None:
    """The theme of an event noun by its compound modifier ("the merger ban") or its "of" or
    "in" complement ("the sale of the portrait", "an increase in prices"); None when it has
    neither or is no event word nor a verb the story inflects (``inflected``: "rise" with
    "rising", "increase" with "increased"), or is of a stem the story inflects only by a
    noun in -ing (``nouns``: :func:`newskit.story.predicate.noun_only_stems`)."""
    w = toks[i][0]
    if not (w.islower() and w.isalpha()) or (family_of(w, bases) not in events and base(w) not in inflected):
        return None
    if base(w) in nouns and not w.endswith("ing"):
        return None  # "the gold mine" in a story that says only "gold mining": a thing
    nxt = _low(toks[i + 1][0]) if i + 1 < len(toks) else ""
    if nxt in _data()["complements"]:
        k = i + 2
        while k < len(toks) and _low(toks[k][0]) in _data()["determiners"]:
            k += 1
        if k >= len(toks) or (nxt != "of" and not toks[k][0].islower()):
            return None
        return _np_head(toks, k)[0]
    prev = toks[i - 1][0] if i >= 1 else ""
    ends = not nxt or nxt in _data()["boundaries"] or not nxt[:1].isalnum()  # "the merger ban", not "visit underscores Moscow's"
    if prev.isalpha() and prev.islower() and not _closed(prev) and not _verb_form(prev) \
            and prev.lower() not in _data()["times"] and ends:
        return base(prev)
    return None


def _object(toks: Sequence[Tok], i: int, subject: str | None) -> str | None:
    """The head of the object after the predicate (past a particle), a pronoun resolved."""
    d = _data()
    j = i + 1
    if j < len(toks) and _low(toks[j][0]) in d["particles"] and not (j + 1 < len(toks) and _low(toks[j + 1][0]) == "of"):
        j += 1
    if j >= len(toks):
        return None
    w = _low(toks[j][0])
    if w in d["pronouns"]:
        return _resolve(toks, i, subject) if w in ("it", "them") else None
    if _DIGIT.match(toks[j][0]) or w in d["amounts"]:
        return _counted(toks, j)  # "scrapped 460 flights", "8.2 tonnes of cocaine"
    if w in d["quantifiers"] and (counted := _counted(toks, j)) is not None:
        return counted  # "more than 400 flights"; not "fell to an annual pace"
    if w in d["boundaries"] or w in d["adverbs"] or w.endswith("ly") or not (_word(toks[j][0]) or toks[j][0] in "$€£"):
        return None  # "broke out early on Sunday": an adverb opens no object
    return _np_head(toks, j)[0]


def _counted(toks: Sequence[Tok], j: int) -> str | None:
    """The head of the noun an amount at ``toks[j]`` counts ("460 flights", "more than 400
    flights", "8.2 tonnes of cocaine", "hundreds of flights"): past the words of an
    amount (numbers, scale words, ``quantifiers``), one measure word before "of", and
    determiners. None when no noun follows (a price: "fetched $56 million")."""
    d = _data()
    k, counts = j, False
    while k < len(toks) and (_DIGIT.match(toks[k][0]) or toks[k][0] in "$€£%,."
                             or _low(toks[k][0]) in d["amounts"] or _low(toks[k][0]) in d["quantifiers"]):
        counts = counts or bool(_DIGIT.match(toks[k][0])) or _low(toks[k][0]) in d["amounts"]
        k += 1
    if not counts or k >= len(toks):
        return None
    if k + 1 < len(toks) and _low(toks[k + 1][0]) == "of":
        k += 2  # a measure word before "of": "tonnes of", "dozens of"
    elif _low(toks[k - 1][0]) == "of":
        pass
    while k < len(toks) and _low(toks[k][0]) in d["determiners"]:
        k += 1
    if k >= len(toks) or not _word(toks[k][0]) or not toks[k][0].islower() or _closed(toks[k][0]):
        return None  # "fell 3.1% in September": the amount counts no noun
    return _np_head(toks, k)[0]


def _of_theme(toks: Sequence[Tok], i: int) -> str | None:
    """The head of the "of" complement of the object after the verb at ``toks[i]`` ("opened
    the spillway gates of the Sarvan dam" -> dam): what the act is done to as a whole, which
    another outlet may name alone ("the dam release")."""
    d = _data()
    j = i + 1
    if j < len(toks) and _low(toks[j][0]) in d["particles"]:
        j += 1
    if j >= len(toks) or _low(toks[j][0]) in d["pronouns"] or _low(toks[j][0]) in d["boundaries"]:
        return None
    head, end = _np_head(toks, j)
    if head is None or end >= len(toks) or _low(toks[end][0]) != "of":
        return None
    k = end + 1
    while k < len(toks) and _low(toks[k][0]) in d["determiners"]:
        k += 1
    return _np_head(toks, k)[0] if k < len(toks) else None


def _frames_of(a: Analysis, toks: Sequence[Tok], ctx: _Ctx, opening: int = -1) -> list[Frame]:
    """The frames of one lead's tokens; a verb of occurring names its subject's happening
    only in the headline or before ``opening`` (the end of the first sentence): a later
    sentence of the lead tells a detail, often of a party ("the pirates had opened with a
    demand"), not the news."""
    d = _data()
    out: list[Frame] = []
    for i, (w, s, e, head) in enumerate(toks):
        if not (w.isalpha() and w.islower()) or len(w) < 3 or _closed(w):
            continue
        verbal = is_verbal(toks, i, ctx.inflected) or _headline_verb(toks, i, ctx.inflected) or _relative(toks, i) \
            or _after_noun(toks, i) or _agreed_by(toks, i) is not None
        attributive = head and not verbal and _attributive(toks, i, ctx.inflected)  # telegraphic headlines
        fam = family_of(w, ctx.bases)
        if (is_excluded_stem(fam) or is_excluded_stem(base(w)) or fam in d["framing"]) and not _phrasal(toks, i):
            continue
        subject = theme = None
        if verbal or attributive:
            if not _realis(toks, i) or _catenative(toks, i):
                continue
            subject = _subject(toks, i) if verbal else None
            passive = verbal and i >= 1 and _low(toks[i - 1][0]) in d["be"]
            obj = _np_head(toks, i + 1)[0] if attributive else (None if passive else _object(toks, i, subject))
            # a subject is the theme only as a thing the story names in lower case ("a portrait
            # sold"), never a name ("Putin arrived": an agent, not what is acted on)
            theme = obj or (subject if subject in ctx.bases or (passive and subject) else None)
        else:
            theme = _nominal(toks, i, ctx.events, ctx.bases, ctx.inflected, ctx.noun_only)
            if theme is None:
                continue
        occurs = verbal and subject is not None and base(w) in ctx.occurring and (head or s < opening) \
            and not _agent(subject) and _occurring(toks, i, obj=theme if theme != subject else None)
        finite = verbal and not _relative(toks, i) and not (i >= 1 and _low(toks[i - 1][0]) == "to")
        when = ctx.when(a, toks, i) if finite or head else None  # its clause dates a finite verb
        frame = Frame(a.article.id, w, -1 if head else s, -1 if head else e, theme, subject, occurs, when)
        out.append(frame)
        whole = _of_theme(toks, i) if theme and (verbal or attributive) else None
        if whole and whole != theme:
            out.append(attrs.evolve(frame, theme=whole))
    return out


def _agent(subject: str) -> bool:
    """The subject's head names a body or a post (``newskit.kinds``: ``her party swept the
    election``, ``the council swept aside objections``): who acts, never a happening, as
    ``a storm swept the coast`` is."""
    return body_kind(subject) is not None or post(subject) is not None


def _occurring(toks: Sequence[Tok], i: int, obj: str | None) -> bool:
    """The verb of occurring at ``toks[i]`` tells its subject's happening: "break" only with
    "out", a particle only of those that keep it a verb of occurring ("opened up", not "hit
    back"), none with "of" after it ("broke out of a prison": an escape), an object only after
    a verb of impact ("a storm hit the coast"; "authorities opened the spillway" is an act),
    and a subject named before it, not a pronoun ("the day it opened")."""
    d = _data()
    w = toks[i][0]
    nxt = _low(toks[i + 1][0]) if i + 1 < len(toks) else ""
    after = _low(toks[i + 2][0]) if i + 2 < len(toks) else ""
    if (w in d["break_out"] and nxt != "out") or (nxt in d["particles"] and (nxt not in d["occurring_particles"]
                                                                            or after == "of")):
        return False
    if obj is not None and w.lower() not in d["impact"]:
        return False
    j = i - 1
    while j >= 0 and _low(toks[j][0]) in d["auxiliaries"]:
        j -= 1
    return not (j >= 0 and _low(toks[j][0]) in d["pronouns"] and _low(toks[j][0]) not in d["relatives"])


@attrs.frozen
class _Ctx:
    bases: frozenset[str]
    inflected: frozenset[str]
    events: frozenset[str]
    occurring: frozenset[str]
    noun_only: frozenset[str] = frozenset()

    @staticmethod
    def when(a: Analysis, toks: Sequence[Tok], i: int) -> str | None:
        """The day the frame's clause (between commas) gives, or a year of another time
        ("looted in 1944")."""
        d = _data()
        lo = next((k for k in range(i - 1, -1, -1) if toks[k][0] in ",;:"
                   or _low(toks[k][0]) in d["relatives"] or _low(toks[k][0]) in d["clause_marks"]), -1) + 1
        hi = next((k for k in range(i + 1, len(toks)) if toks[k][0] in ",;:"
                   or _low(toks[k][0]) in d["be"] or _low(toks[k][0]) in d["relatives"]), len(toks))
        day = a.article.published_date
        years = {t[0] for k, t in enumerate(toks[lo:hi], lo) if _YEAR.match(t[0]) and k >= 1
                 and _low(toks[k - 1][0]) in d["year_prepositions"] and (day is None or t[0] != str(day.year))}
        if years:
            return sorted(years)[0]
        if toks[i][3]:
            return None
        start, end = toks[lo][1], toks[hi - 1][2]
        days = [m.value for m in a.mentions if isinstance(m, DateMention) and m.value and len(m.value) >= 10
                and m.type == "DATE" and start <= m.start < end]
        return days[0] if len(set(days)) == 1 else None


def lead_frames(a: Analysis, ctx: _Ctx) -> list[Frame]:
    """The frames of an article's headline and lead (its first two news sentences, past the
    page furniture); a thing occurs only in the headline or the first of them."""
    head, body = lead_tokens(a)
    lead = layer(a.article.text).lead
    opening = lead[0].end if lead else len(a.article.text)
    return [*_frames_of(a, head, ctx), *_frames_of(a, body, ctx, opening)]


def _context(analyses: Sequence[Analysis], events: Set[str]) -> _Ctx:
    texts = [a.article.text for a in analyses]
    occurring = frozenset(base(w) for w in _data()["occurring"])
    return _Ctx(story_bases(texts), verb_stems(texts), frozenset(events), occurring, noun_only_stems(analyses))



def _one_week(fs: Sequence[Frame], published: Mapping[str, date | None]) -> list[Frame]:
    """The frames of the articles published within a week of the day most of them fall near:
    outlets tell one act within days, and a story stream may mix in another story's article
    whose lead says something of the same thing ("struck the city" / "betrayed the city")."""
    days = sorted({d for d in (published.get(f.article) for f in fs) if d is not None})
    if not days:
        return list(fs)

    def near(d: date, e: date | None) -> bool:
        return e is not None and abs((d - e).days) <= _WEEK

    best = max(days, key=lambda d: (sum(near(d, published.get(f.article)) for f in fs), -d.toordinal()))
    return [f for f in fs if near(best, published.get(f.article))]


def _agreeing(fs: Sequence[Frame]) -> list[Frame]:
    """The frames whose day agrees with the day most of them give (all when none gives one)."""
    fs = [f for f in fs if not (f.when and len(f.when) == 4)]  # another year than the news's
    whens = [f.when for f in fs if f.when]
    if not whens:
        return list(fs)
    day = max(sorted(set(whens)), key=lambda w: sum(compatible(w, x) for x in whens))
    return [f for f in fs if not f.when or compatible(f.when, day)]


def frame_groups(analyses: Sequence[Analysis], events: Set[str] = frozenset()) -> list[list[Frame]]:
    """Groups of lead frames that tell one act: the frames of two or more dated articles with
    one theme, their days agreeing; a group whose theme is the subject of a verb of occurring
    also takes every lead frame whose subject it is ("A sinkhole opened ... Sinkhole swallows
    cars")."""
    dated = [a for a in analyses if a.article.published_date is not None]
    if len(dated) < 2:
        return []
    ctx = _context(dated, events)
    frames = [f for a in dated for f in lead_frames(a, ctx)]
    by_theme: dict[str, list[Frame]] = {}
    for f in frames:
        if f.theme:
            by_theme.setdefault(f.theme, []).append(f)
    for noun in sorted({f.subject for f in frames if f.occurs and f.subject}):
        mine = by_theme.setdefault(noun, [])
        mine += [f for f in frames if f.subject == noun and f not in mine]
    out: list[list[Frame]] = []
    published = {a.article.id: a.article.published_date for a in dated}
    for _theme, fs in sorted(by_theme.items()):
        kept = _agreeing(_one_week(fs, published))
        if len({f.article for f in kept}) < 2:
            continue
        fams = {family_of(f.word, ctx.bases) for f in kept}
        kept += [f for f in frames if f.start >= 0 and f not in kept and family_of(f.word, ctx.bases) in fams
                 and f in _agreeing([*kept, f])]
        out.append(kept)
    return out


def happening_nouns(groups: Iterable[Sequence[Frame]]) -> frozenset[str]:
    """The stems of the nouns a group's verb of occurring has as its subject: the noun names
    the happening ("A sinkhole opened": every "sinkhole" of the story is the act)."""
    return frozenset(f.subject for g in groups for f in g if f.occurs and f.subject)


def _spans(analyses: Sequence[Analysis], groups: Sequence[Sequence[Frame]]) -> list[set[tuple[str, int, int]]]:
    """Per group, the text spans it joins: its frames' words in the text, every later mention
    of a family of its words in the same article (not a modifier of the noun after it), and
    every mention of its happening noun in the story.

    Read once per story: the frames' units, links, themed acts and joins each ask for the
    same analyses and groups (kept by the identity of the analyses and of each group's
    frames, all frozen); each caller gets sets of its own."""
    objs = (*analyses, *(x for g in groups for x in (_GROUP, *g)))
    return [set(s) for s in _SPANS.get(objs, lambda: _read_spans(analyses, groups))]


#: what opens a group's frames in the key of :data:`_SPANS` (the groups' bounds are part of it)
_GROUP = object()
#: per story's analyses and groups (by identity), the spans each group joins (:func:`_spans`)
_SPANS: IdentityMemo[list[set[tuple[str, int, int]]]] = IdentityMemo(8)


def _read_spans(analyses: Sequence[Analysis], groups: Sequence[Sequence[Frame]]) -> list[set[tuple[str, int, int]]]:
    """:func:`_spans`, read."""
    dated = [a for a in analyses if a.article.published_date is not None]
    bases = story_bases(a.article.text for a in dated)
    inflected = verb_stems(a.article.text for a in dated)
    texts = [(a.article.id, *_lower_words(a.article.text)) for a in dated]
    family: dict[str, tuple[str, str]] = {}  # word -> (its family, its stem): read once a call
    framed: dict[str, str] = {}  # a frame's word -> its family, read once a call
    out: list[set[tuple[str, int, int]]] = []
    for g in groups:
        fams: dict[str, set[str]] = {}
        for f in g:
            fam = framed.get(f.word)
            if fam is None:
                fam = framed[f.word] = family_of(f.word, bases)
            fams.setdefault(f.article, set()).add(fam)
        nouns = happening_nouns([g])
        spans = {(f.article, f.start, f.end) for f in g if f.start >= 0}
        for art, toks, at in texts:
            wanted = fams.get(art, ())
            for w, indices in at.items():
                got = family.get(w)
                if got is None:
                    got = family[w] = (family_of(w, bases), base(w))
                if got[0] in wanted or got[1] in nouns:
                    spans.update((art, toks[i][1], toks[i][2]) for i in indices if not is_modifier(toks, i, inflected))
        out.append(spans)
    return out


@lru_cache(maxsize=32)
def _lower_words(text: str) -> tuple[tuple[tuple[str, int, int, bool], ...], dict[str, tuple[int, ...]]]:
    """A text's tokens (as :func:`is_modifier` reads them) and where each of its lower-case
    words stands: every step of a story build that reads frame spans asks again, and
    tokenising each article for each group, a family taken for every word, was most of
    their time (the texts of one story at a time are kept)."""
    return text_tokens(text), {w: indices for w, indices in word_indices(text) if w.isalpha() and w.islower()}


def _overlapping(spans: Iterable[tuple[str, int, int]]) -> Callable[[Unit], bool]:
    """Whether a unit overlaps one of ``spans``."""
    held = tuple(spans)
    return lambda u: any(_overlap(u, s) for s in held)


def frame_units(analyses: Sequence[Analysis], units: Sequence[Unit], groups: Sequence[Sequence[Frame]]) -> list[Unit]:
    """A unit for every span the groups join (:func:`_spans`) that no unit of ``units``
    covers; each takes the class of the group's mentions the events plugin read (or
    ``incident``), the date of its own frame's sentence when it is one."""
    covered = covered_by(units)
    by_id = {a.article.id: a for a in analyses}
    out: list[Unit] = []
    for n, spans in enumerate(_spans(analyses, groups)):
        kind = dominant_class(units, _overlapping(spans))
        whens = {(f.article, f.start): f.when for f in groups[n]}
        for k, (art, s, e) in enumerate(sorted(spans)):
            if covered(art, s, e):
                continue
            a = by_id[art]
            # a frame is dated by its own clause; a later mention of its words only by a date of its
            # clause long before the article ("last agreed to drop a surcharge in March 2019": another
            # act, kept apart by the times veto), never by one near the news, which may date a detail
            when = whens[(art, s)] if (art, s) in whens else _long_before(a, clause_date(a, s))
            out.append(span_unit(a, s, e, event_id=f"{art}:frame:learned:{s}", kind=kind,
                                 event=len(a.events) + 3000 + k, when=when))
    return out


def is_frame_unit(u: Unit) -> bool:
    """The unit is a span the lead frames joined that no other reading covered (:func:`frame_units`)."""
    return ":frame:learned:" in u.source.id


def _long_before(a: Analysis, when: str | None) -> str | None:
    """``when`` if it ends more than a month before the article was published, else None."""
    iv, day = interval(when), a.article.published_date
    return when if iv is not None and day is not None and (day - iv[1].date()).days > _MONTH_DAYS else None


def _overlap(u: Unit, span: tuple[str, int, int]) -> bool:
    return u.ref.article == span[0] and u.ref.start < span[2] and span[1] < u.ref.end


def themed_acts(analyses: Sequence[Analysis], units: Sequence[Unit], groups: Sequence[Sequence[Frame]],
                ) -> tuple[frozenset[tuple[str, int, int]], frozenset[tuple[str, int, int]]]:
    """(keys of the act's mentions, keys of its theme's mentions) of the frame groups whose
    theme is itself an event the leads of two or more articles name as a noun, and whose
    frames in two or more articles tell what befell it (:func:`_theme_before`: "talks
    collapse", "the collapse of the talks"): what the outlets agree befell a process is the
    news, the process ("the talks") its background (story/central.py ranks the act first).
    When the theme is an activity, of no happening class (``story.json`` ``central.happenings``:
    flights, games), an act done to it counts too ("cancelled 400 flights"); done to a
    happening ("leaders condemned the bombing") it does not, nor does the theme's own happening
    ("the earthquake struck")."""
    dated = [a for a in analyses if a.article.published_date is not None]
    noun = _noun_use(dated)
    before = _theme_before({a.article.id: a for a in dated})
    happenings = frozenset(story_data()["central"]["happenings"])
    acts: set[tuple[str, int, int]] = set()
    themes: set[tuple[str, int, int]] = set()
    for g, spans in zip(groups, _spans(analyses, groups), strict=True):
        theme = _theme(g)
        if theme is None:
            continue
        named = [u for u in units if u.lead and u.published and base(_first(u.ref.text)) == theme
                 and noun(u) and not any(_overlap(u, x) for x in spans)]
        if len({u.ref.article for u in named}) < 2:
            continue
        process = not any(u.source.type in happenings for u in named)  # flights, a trial: no happening
        if len({f.article for f in g if f.theme == theme and not is_light_verb(f.word)
                and (process or before(f, theme))}) < 2:
            continue  # "condemned the attack": an act on the news; "went on strike": the strike itself
        done = {u.key for u in units if u.published and any(_overlap(u, x) for x in spans)} - {u.key for u in named}
        if done:  # with no mention of the act, the theme stays the news
            themes |= {u.key for u in named}
            acts |= done
    return frozenset(acts - themes), frozenset(themes)


def _noun_use(dated: Sequence[Analysis]) -> Callable[[Unit], bool]:
    """Whether a unit's word stands as a noun, not as a verb's form ("the talks", not "quit")."""
    inflected = verb_stems(a.article.text for a in dated)
    toks = {a.article.id: _lower_words(a.article.text)[0] for a in dated}
    index = {art: {t[1]: i for i, t in enumerate(ts)} for art, ts in toks.items()}

    def noun(u: Unit) -> bool:
        i = index.get(u.ref.article, {}).get(u.ref.start)
        return i is not None and not is_verbal(toks[u.ref.article], i, inflected)

    return noun


#: words (auxiliaries, adverbs) between a subject and its verb ("talks have finally collapsed")
_SUBJECT_REACH = 4


def _theme_before(by_id: Mapping[str, Analysis]) -> Callable[[Frame, str], bool]:
    """Whether a frame's theme stands before its word in its clause, as its subject ("talks
    collapse", "the trial was halted"), or its word is a noun with an "of" complement ("the
    collapse of the talks"): what befell the theme, not an act done to it."""

    def before(f: Frame, theme: str) -> bool:
        a = by_id.get(f.article)
        d = _data()
        if a is None or f.word in d["occurring"] or f.word in d["impact"]:
            return False  # "the earthquake struck": the theme's own happening
        text = (a.article.title or "") if f.start < 0 else a.article.text
        toks = [(m.group().lower(), m.start()) for m in LEAD_TOKEN.finditer(text)]
        at = [n for n, (w, s) in enumerate(toks) if (w == f.word if f.start < 0 else s == f.start)]
        if not at:
            return False
        i = at[0]
        if i + 1 < len(toks) and toks[i + 1][0] == "of":
            return True  # "the collapse of the talks": a noun of what befell its complement
        for t, _s in reversed(toks[max(0, i - _SUBJECT_REACH):i]):
            if base(t) == theme:
                return True
            if not (t in d["auxiliaries"] or t in d["be"] or t in d["adverbs"] or t.endswith("ly")):
                return False  # only auxiliaries and adverbs between a subject and its verb
        return False

    return before


def _theme(g: Sequence[Frame]) -> str | None:
    """The theme most of a group's frames share."""
    counts: dict[str, int] = {}
    for f in g:
        if f.theme:
            counts[f.theme] = counts.get(f.theme, 0) + 1
    return min(counts, key=lambda t: (-counts[t], t)) if counts else None


def _first(text: str) -> str:
    return text.split()[0] if text.split() else text


def frame_links(analyses: Sequence[Analysis], units: Sequence[Unit],
                groups: Sequence[Sequence[Frame]]) -> set[tuple[int, int]]:
    """Pairs (i < j) of units on spans of one group: told as one act, linked unless vetoed."""
    out: set[tuple[int, int]] = set()
    for spans in _spans(analyses, groups):
        members = [k for k, u in enumerate(units) if any(_overlap(u, s) for s in spans)]
        out |= {(i, j) for x, i in enumerate(members) for j in members[x + 1:x + 201]}
    return out


def attach_frames(analyses: Sequence[Analysis], clusters: list[list[Unit]], groups: Sequence[Sequence[Frame]],
                  excluded: Callable[[Unit, Unit], bool]) -> list[list[Unit]]:
    """The clusters with every cluster whose mentions all lie on the spans of a frame group
    joined to the cluster that holds that group in the most articles (two or more): the
    outlets told that act on that theme, and an events plugin's class for one outlet's verb
    ("opened", "adopted": an ordinary action) is no reason to keep it apart. Only times or
    places that exclude a mention of the host (``excluded``) keep it out. The earlier of two
    joined clusters keeps its place (the central event stays first), and a cluster's fate
    depends on the story's own clusters only, whatever other stories a stream mixes in."""
    out = [list(c) for c in clusters]
    for spans in _spans(analyses, groups):
        def arts(c: Sequence[Unit], spans: set[tuple[str, int, int]] = spans) -> int:
            return len({u.ref.article for u in c if any(_overlap(u, x) for x in spans)})

        hosts = [n for n, c in enumerate(out) if arts(c) >= 2]
        if not hosts:
            continue
        h = max(hosts, key=lambda n: (arts(out[n]), -n))
        for n, c in enumerate(out):
            if n == h or not c or not all(any(_overlap(u, x) for x in spans) for u in c):
                continue
            if any(excluded(u, v) for u in c for v in out[h]):
                continue
            keep, gone = min(n, h), max(n, h)
            out[keep] = [*out[keep], *out[gone]]
            out[gone] = []
            h = keep
    return [c for c in out if c]
