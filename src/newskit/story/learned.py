"""Event words learned from the story itself.

No trigger lexicon holds every word outlets use for a happening ("crush", "implosion",
"mishap", "rout"), and the next story brings words no list had. But a story tells which of
its nouns are happenings: a noun that a preposition of time selects ("after the crush",
"since Tuesday's explosion"), that is the complement of a noun of consequence or witness
("the aftermath of the landslide", "victims of the stampede"), the subject of a verb of
occurring or of phase with no object ("the leak happened", "the smog worsened", "the crisis
entered its sixth day"), the object of a verb of declaring ("declared a health emergency"),
what "over" names after a verb of sanction ("arrested 40 people over the disorder"), the
first part of a compound of affliction ("quake-hit"),
a possessive's nominalisation ("the bank's failure") or the noun a day's possessive opens
("Friday's total solar eclipse": a day owns no thing, only what happened on it) names a
happening there. Such a noun is
an event word of this story in every outlet ("before the failure." in one, "the bank's
failure" in another), and every occurrence of it in every article that heads its phrase is
an event mention (:func:`learned_units`), an ``incident`` that may name the central event:
before a noun it modifies that noun ("the logging company") or, an -ing form, takes it as
its object ("logging hardwood"), and names no happening. So is a phrasal
verb whose subject is one of the story's central participants, the nouns several outlets
name in their opening sentences ("the bridge came down", "the roof gave way", "the balloon
slammed into a slope"), and a verb whose subject is a force of nature or a body of water
("floodwaters swept through", "the river burst its banks"; :func:`participant_verbs`). And a noun the events plugin reads as an
event in the leads of two or more articles keeps that sense where its own context licenses
none ("an offer for" in two leads, "the offer" in a third outlet; :func:`story_sense_units`).
The story keeps a learned mention only where it joins the
central event (story/events.py): a learned word that names some other happening ("during a
routine software update") is left out rather than made an event of its own.

The frames are closed classes (``newskit/data/learned_events.json``: prepositions,
determiners, the words that end a noun phrase, nouns of time), never words of one kind of
news. Only stories of dated articles learn frames and participants: news published together
tells one story, while a collection of undated documents (ECB+ topics, two similar
happenings each) need not; the leads' own nouns are read in both. The
result depends on the story's texts only (articles sorted by id), so it is deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import regex

from newskit import grammar
from newskit.datafiles import package_json
from newskit.grammar import irregular_act_verbs
from newskit.kinds import body_kind, post
from newskit.model import Analysis, DateMention, Event
from newskit.story._common import learned_word_lists
from newskit.story.features import Unit, covered_by, lemma, span_unit
from newskit.story.memo import IdentityMemo
from newskit.story.word_table import words_passing
from newskit.text import ends_as_plural, match_ahead
from newskit.textlayer import layer

__all__ = ["context", "frame_heads", "heads_phrase", "is_learned", "lead_nouns", "learned_lemmas", "learned_units", "modifier_keys", "modifies", "precedes_noun",
           "noun_use", "participant_verbs", "past_form", "participants", "story_sense_units"]

_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*|\S")
_POSSESSIVE = regex.compile(r"^(\p{L}[\p{L}-]*)['’]s$")
_QUOTES = frozenset("'\"‘’“”")
#: a noun made from a verb by a suffix of the act ("failure", "seizure", "implosion")
_NOMINAL = regex.compile(r"\p{Ll}{3,}(?:ure|sion)$")
#: the learned mention's class: a word of occurring may name any happening (story.json)
_CLASS = "incident"


def _data() -> dict[str, frozenset[str]]:
    return learned_word_lists()


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """The tokens of ``text``, kept for the texts of about one story: each step of a story
    build (frame heads, participant verbs, story senses) asked again for every article."""
    return tuple((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _head(toks: Sequence[tuple[str, int, int]], i: int, *, bare: bool) -> tuple[int, int] | None:
    """(the index of the head noun, the index after the phrase) of the noun phrase that
    starts at ``toks[i]``: after a determiner or a possessive ("the", "the bank's"), at most
    three words, the last a lower-case noun, before a word of the closed class that ends a
    phrase or a punctuation mark. A determiner or a verb inside (a past form, "-ed") means a
    clause, not a phrase ("after a jury found the company's founder"). ``bare``: no
    determiner is needed."""
    d = _data()
    opened = bare
    words: list[int] = []
    n = i
    while n < len(toks):
        w = toks[n][0]
        low = w.lower()
        if w in _QUOTES:
            n += 1
            continue
        if words and (_POSSESSIVE.match(w) or low in d["determiners"]):
            return None  # "a jury found the ...", "the very last minute"
        if words and w[0].isdigit():
            return None  # the phrase goes on past an amount: "a magnitude 7.1 quake" is no magnitude
        if not w[0].isalpha() or (words and low in d["boundaries"]):
            break
        if past_form(low) or len(words) == 3:
            return None
        if _POSSESSIVE.match(w) or low in d["determiners"]:
            opened = True
        elif low in d["boundaries"]:
            break
        else:
            words.append(n)
        n += 1
    if not opened or not words or not _noun(toks[words[-1]][0]):
        return None
    return words[-1], n


def past_form(word: str) -> bool:
    """A past form (irregular, or of the '-ed' shape) or a form of being, having, saying."""
    return word in _verbs() or (len(word) > 4 and word.endswith("ed"))


@cache
def _verbs() -> frozenset[str]:
    forms = set(irregular_act_verbs())
    forms |= set(package_json("newskit", "coref.json")["irregular"]) - {"dead"}
    return frozenset(forms) | _data()["verbs"]


def _ed_or_past(word: str) -> bool:
    """A past form of an act: not a form of being, having or saying."""
    return past_form(word) and word not in _data()["verbs"]


def _clause_follows(toks: Sequence[tuple[str, int, int]], n: int) -> bool:
    """A verb follows the phrase before the next punctuation mark or relative word: the
    preposition was a conjunction and the phrase the subject of its clause ("since a
    volcano on the island erupted", "before the system was triggered"). An appositive
    between commas may stand between the subject and its verb ("after the company's
    director, Lena Ortiz, was detained")."""
    n = _past_appositive(toks, n)
    for w, _, _ in toks[n:n + 8]:
        low = w.lower()
        if not w[0].isalpha() or low in ("that", "which", "who", "whom", "whose", "where", "when"):
            return False
        if past_form(low) or low in ("is", "was", "were", "are", "has", "had", "have", "will", "would", "could"):
            return True
    return False


def _past_appositive(toks: Sequence[tuple[str, int, int]], n: int) -> int:
    """The index after an appositive set off by commas at ``toks[n]`` (", Lena Ortiz,",
    ", 52,": at most five words or numbers, no verb's form, no relative word, no participle
    in "-ing": ", exposing the reef," is a clause of its own), else ``n``."""
    if n >= len(toks) or toks[n][0] != ",":
        return n
    for k in range(n + 1, min(n + 7, len(toks))):
        w = toks[k][0]
        if w == ",":
            return k + 1 if k > n + 1 else n
        low = w.lower()
        if not w[0].isalnum() or past_form(low) or low in _data()["boundaries"] \
                or (w.islower() and low.endswith("ing")):
            return n
    return n


def _noun(word: str) -> bool:
    """A lower-case word that may be a happening's noun (not a time, not a part of one)."""
    d = _data()
    return word.isalpha() and word.islower() and len(word) >= 3 and word not in d["times"] \
        and word not in d["parts"] and word not in d["determiners"] and word not in d["boundaries"] \
        and not past_form(word)


def frame_heads(text: str) -> list[tuple[str, int, int]]:
    """The nouns of ``text`` that stand in an event-selecting frame (the module docstring),
    as (word, start, end)."""
    toks = _tokens(text)
    out: set[tuple[str, int, int]] = set()
    may: dict[str, bool] = {}  # per distinct word, whether a frame may open at it
    for n, tok in enumerate(toks):
        ok = may.get(tok[0])
        if ok is None:
            ok = may[tok[0]] = may_frame(tok[0])
        if ok and (got := _framed(toks, n)) is not None:
            out.add(got)
    return sorted(out, key=lambda t: t[1])


def may_frame(word: str) -> bool:
    """The part of :func:`_framed` that reads the word alone: a frame may open at ``word``
    (a word of a frame's closed classes, a possessive, a hyphened compound). Most words
    open none, and each is asked once per distinct word of a text before its context."""
    return word.lower() in _frame_openers() or "-" in word or "'" in word or "’" in word


@cache
def _frame_openers() -> frozenset[str]:
    """The words :func:`_framed` opens a frame at by their class (lower case)."""
    d = _data()
    return frozenset(d["prepositions"] | d["of_heads"] | d["declaring"] | d["occurring"] | d["phases"] | {"over"})


def _framed(toks: Sequence[tuple[str, int, int]], n: int) -> tuple[str, int, int] | None:
    """The noun the frame opened by ``toks[n]`` selects, if any."""
    d = _data()
    w = toks[n][0]
    low = w.lower()
    nxt = toks[n + 1][0].lower() if n + 1 < len(toks) else ""
    got: tuple[int, int] | None = None
    if low in d["prepositions"]:
        got = _head(toks, n + 1, bare=False)
        if got is not None and (_clause_follows(toks, got[1]) or _appeared_before(low, toks[got[0]][0])):
            return None
    elif low in d["of_heads"] and nxt in d["of_prepositions"]:
        got = _head(toks, n + 2, bare=False)
    elif low in d["declaring"]:
        got = _declared(toks, n + 1)
    elif low == "over" and _sanctioned(toks, n):
        got = _head(toks, n + 1, bare=True)  # "arrested 64 people over the disorder"
    elif (low in d["occurring"] and (low != "took" or nxt == "place")) or \
            (low in d["phases"] and _no_object(toks, n + 1, entering=low == "entered")):
        k = _subject(toks, n)
        return toks[k] if k is not None else None
    elif (m := _POSSESSIVE.match(w)) is not None and m.group(1).lower() in d["day_owners"]:
        got = _head(toks, n + 1, bare=True)  # "Friday's total solar eclipse", "last night's blast"
        if got is not None and toks[got[0]][0] in d["day_owned_not"]:
            return None
    elif m is not None and m.group(1).lower() not in d["times"]:  # the match above
        got = _head(toks, n + 1, bare=True)  # "the bank's failure", "its sudden implosion"
        if got is not None and not _NOMINAL.match(toks[got[0]][0]):
            return None
    elif "-" in w:
        first, _, second = w.partition("-")
        if second.lower() in d["compounds"] and _noun(first) and first not in d["degrees"] \
                and not first.endswith(("est", "ly")):
            s = toks[n][1]
            return first, s, s + len(first)
    return toks[got[0]] if got is not None else None


def _appeared_before(preposition: str, head: str) -> bool:
    """"before" a person's post or a body is where one stands, not a time ("appeared before
    a judge", "brought before the tribunal", "testified before the committee"): no happening
    is a post or a body (``newskit.kinds``, and the heads of ``learned_events.json``
    ``audiences`` that kinds leaves out)."""
    if preposition != "before":
        return False
    low = head.lower()
    one = low[:-1] if ends_as_plural(low) else low
    return any(body_kind(w) is not None or post(w) is not None or w in _data()["audiences"] for w in (low, one))


def _sanctioned(toks: Sequence[tuple[str, int, int]], n: int) -> bool:
    """A verb of sanction or blame opens the clause of "over" at ``toks[n]``, its object
    between ("fined both clubs over", "arrested 64 people over"): "over" names what it
    answers, not a place ("flew over the city")."""
    for w, _, _ in reversed(toks[max(0, n - 10):n]):  # a number is a token a digit
        if w.lower() in _data()["sanctions"]:
            return True
        if not (w[0].isalnum() or w == ","):
            return False
    return False


def _declared(toks: Sequence[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The noun phrase a verb of declaring takes at ``toks[i]``: the state it declares
    begins ("declared a health emergency", "declared bankruptcy"); "a state of X" declares
    X ("declared a state of disaster"). With "as" after it the phrase is what is classed
    ("declared the gold as Ugandan"), no state."""
    if i < len(toks) and toks[i][0].lower() == "that":
        return None  # a clause, not a state: "declared that the roads were open"
    got = _head(toks, i, bare=True)
    if got is not None and got[1] + 1 < len(toks) and toks[got[1]][0].lower() == "of":
        return _head(toks, got[1] + 1, bare=True)
    if got is not None and got[1] < len(toks) and toks[got[1]][0].lower() == "as":
        return None  # what is declared to be something, not a state: "declare the gold as Ugandan"
    return got


def _no_object(toks: Sequence[tuple[str, int, int]], m: int, *, entering: bool) -> bool:
    """No object and no verb follow a verb of phase at ``toks[m - 1]``: the clause ends, an
    adverb, a time or a preposition follows ("began in the 70th minute", "worsened
    sharply", "settled over the city"), not a catenative's "to" or a particle that takes
    an object ("started up a firm"), nor a level a measure reached ("ended at $25.62").
    ``entering``: the verb takes a span of the happening's course instead ("entered its
    sixth day", "entered a second week")."""
    d = _data()
    if entering:
        return m + 2 < len(toks) and toks[m][0].lower() in d["determiners"] \
            and toks[m + 2][0].lower() in d["times"]
    if m >= len(toks) or not toks[m][0][0].isalpha():
        return True
    low = toks[m][0].lower()
    if _level(toks, m):
        return False
    return low.endswith("ly") or low in d["times"] or (low in d["boundaries"] and low not in d["catenatives"])


def _level(toks: Sequence[tuple[str, int, int]], m: int) -> bool:
    """A preposition at ``toks[m]`` opens a level reached, a measure's course rather than a
    happening ("shares ended at $25.62", "eased to 540", "the river peaked at 7.2 metres")."""
    if m >= len(toks) or not toks[m][0].isalpha():
        return False
    n = m + 1
    if n < len(toks) and toks[n][0].isalpha() and toks[n][0].lower() not in _data()["determiners"]:
        n += 1  # an approximator: "at nearly 24 feet", "to about 540"
    if n >= len(toks) or not (toks[n][0][0].isdigit() or toks[n][0] in "$€£¥"):
        return False
    amount = _adjoining(toks, n)
    after = toks[n + len(amount)][0].lower() if n + len(amount) < len(toks) else ""
    # a clock time or an ordinal is a time, not a level: "began at 2:30 a.m.", "in the 70th minute"
    return ":" not in "".join(amount) and not amount[-1][0].isalpha() and after not in ("a", "p", "am", "pm")


def _adjoining(toks: Sequence[tuple[str, int, int]], n: int) -> list[str]:
    """The tokens from ``toks[n]`` that touch each other: one written amount ("$25.62", "7.2",
    "70th" are several tokens)."""
    out = [toks[n][0]]
    while n + 1 < len(toks) and toks[n + 1][1] == toks[n][2]:
        n += 1
        out.append(toks[n][0])
    return out


def _subject(toks: Sequence[tuple[str, int, int]], n: int) -> int | None:
    """The head of a definite subject right before a verb of occurring ("the leak
    happened")."""
    if n < 2 or not _noun(toks[n - 1][0]):
        return None
    before = [toks[k][0] for k in range(max(0, n - 4), n - 1)]
    return n - 1 if any(w.lower() in _data()["determiners"] or _POSSESSIVE.match(w) for w in before) else None


def is_learned(u: Unit) -> bool:
    """The unit is an occurrence of a learned event word (:func:`learned_units`)."""
    return u.source.id.endswith(f":learned:{u.ref.start}")


def _key(word: str) -> str:
    """A word's lemma, a gerund kept whole: "grounding" is not "ground"."""
    return word if word.endswith("ing") else lemma(word)


def learned_lemmas(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The lemmas of the story's event words (the module docstring): the nouns that stand in
    an event-selecting frame in some article of the story. A word told in one outlet's frame
    is the story's word in every outlet ("before the failure." in one, "the failure" in
    another); what it names is decided by the story, which keeps it only where it joins the
    central event (story/events.py)."""
    dated = [a for a in analyses if a.article.published_date is not None]
    if len(dated) < 2:
        return frozenset()
    return frozenset(_key(w) for a in dated for w, _, _ in frame_heads(a.article.text))


def _learned_noun(word: str, stems: frozenset[str], seen: dict[str, bool]) -> bool:
    """The word may be a happening's noun (:func:`_noun`) whose lemma the story learned,
    kept in ``seen`` per distinct word: every word of every article is asked."""
    ok = seen.get(word)
    if ok is None:
        key = noun_key(word)
        ok = seen[word] = key is not None and key in stems
    return ok


@lru_cache(maxsize=1 << 16)
def noun_key(word: str) -> str | None:
    """The lemma (:func:`_key`) of a word that may be a happening's noun (:func:`_noun`),
    else None: read from the word and the static data alone, so kept across stories (their
    articles share most of their words; only the lemmas learned differ)."""
    return _key(word) if _noun(word) else None


def learned_units(analyses: Sequence[Analysis], units: Sequence[Unit]) -> list[Unit]:
    """A unit for every occurrence of a learned event word that no trigger of the events
    plugin covers, with the time and place of the nearest event of its sentence (or the
    date right before it: "Tuesday's mishap"); and the nouns the story's leads read
    (:func:`story_sense_units`)."""
    stems = learned_lemmas(analyses)
    verbs = participant_verbs(analyses) if stems else {}
    covered = covered_by(units)
    out: list[Unit] = []
    learned: dict[str, bool] = {}  # per distinct word, whether it is a learned event noun
    for a in analyses:
        if a.article.published_date is None:
            continue
        text, art = a.article.text, a.article.id
        k = len(a.events)
        # a learned noun is a letter word, so the story's word table holds it as _tokens does
        nouns = words_passing(text, lambda w: _learned_noun(w, stems, learned)) if stems else []
        told = set(verbs.get(art, ()))
        for w, s, e in sorted({*nouns, *told}, key=lambda t: (t[1], t[2])):
            if covered(art, s, e) or ((w, s, e) not in told and _before_noun(text, s, e)):
                continue  # a noun before a noun it modifies names no happening
            when, where, country = context(a, s)
            out.append(span_unit(a, s, e, event_id=f"{art}:learned:{s}", kind=_CLASS, event=k,
                                 head=w.split()[0], when=when, where=where, country=country))
            k += 1
    return [*out, *story_sense_units(analyses, [*units, *out])]


_NOUN_BEFORE = regex.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|another|every)|['’]s|\d)"
    r"(?:\s+[\p{Ll}\d][\p{Ll}\d-]*){0,2}\s+$")
_OBJECT_AFTER = regex.compile(r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|it)\b")


def _before_noun(text: str, start: int, end: int) -> bool:
    """The learned word at ``text[start:end]`` modifies the noun after it or, an -ing form,
    takes an object (``the mining company``, ``storm warnings``, ``mining ore``): it heads
    no phrase of its own, so it names no happening there. Not before an adverb or a number
    (``the strike next week``), a verb in the present (``the move echoes``), nor a plural
    (``accidents involving buses``, ``explosions happen``: the first noun of a compound is
    singular), nor before a general noun of a happening, which the compound names (``strike
    action``, ``a smog emergency``)."""
    if not precedes_noun(text, end) or _present_after(text, start, end):
        return False
    nxt = match_ahead(_NEXT, text, end)
    low = (nxt.group(1) or "").lower() if nxt is not None else ""
    d = _data()
    if low in d["after_heads"] or low in d["sequence"] or low in d["general_heads"]:
        return False
    return not ends_as_plural(text[start:end].lower())


def noun_use(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` heads a noun phrase: a determiner or a possessive
    opens it, at most two lower-case words between ("an eight-year offer", "Thursday's
    31-24 win"), and no object follows it ("to offer them a job" is a verb)."""
    return _NOUN_BEFORE.search(text, max(0, start - 60), start) is not None and \
        match_ahead(_OBJECT_AFTER, text, end) is None


def lead_nouns(units: Sequence[Unit], texts: Mapping[str, str]) -> dict[str, str]:
    """Word form -> class of the one-word nouns the events plugin read in the leads
    (headline, first two sentences) of two or more articles of the story."""
    seen: dict[str, tuple[str, set[str]]] = {}
    for u in units:
        w = u.ref.text
        if u.lead and not is_learned(u) and w.isalpha() and w.islower() and \
                noun_use(texts[u.ref.article], u.ref.start, u.ref.end):
            seen.setdefault(w, (u.source.type, set()))[1].add(u.ref.article)
    parts = _data()["parts"]
    return {w: cls for w, (cls, arts) in seen.items() if len(arts) >= 2 and w not in parts}


def story_sense_units(analyses: Sequence[Analysis], units: Sequence[Unit]) -> list[Unit]:
    """A unit for every noun no mention covers that is a form the story's leads read as an
    event (:func:`lead_nouns`): a word keeps the sense its story reads it in, though its
    own context licenses none ("the offer" where two outlets lead with "an offer for"). Not
    a noun that modifies the next one ("the offer letter"), nor another part of speech ("did
    not offer a figure": a verb's sense is tied to its object). Undated articles read too: a
    unit is kept only where it joins the central event (story/events.py), and two leads
    name the word."""
    texts = {a.article.id: a.article.text for a in analyses}
    read = lead_nouns(units, texts)
    covered = covered_by(units)
    out: list[Unit] = []
    for a in analyses if read else ():
        text, art = a.article.text, a.article.id
        k = len(a.events) + sum(1 for u in units if u.ref.article == art and is_learned(u))
        for w, s, e in _tokens(text):
            cls = read.get(w)
            if cls is None or covered(art, s, e) or modifies(text, s, e) or not noun_use(text, s, e):
                continue
            when, where, country = context(a, s)
            out.append(span_unit(a, s, e, event_id=f"{art}:learned:{s}", kind=cls, event=k,
                                 head=w, when=when, where=where, country=country))
            k += 1
    return out


def _lead_words(a: Analysis) -> frozenset[str]:
    """The lemmas of the lower-case words of an article's headline and lead (its first two
    news sentences, past the page furniture). Read once per article (by identity): the
    participants' verbs and their owned acts (story/participant_owned.py) both ask."""
    return _LEAD_WORDS.get((a,), lambda: _read_lead_words(a))


#: per article's analysis (by identity), its lead's lemmas (:func:`_lead_words`)
_LEAD_WORDS: IdentityMemo[frozenset[str]] = IdentityMemo(64)


def _read_lead_words(a: Analysis) -> frozenset[str]:
    """:func:`_lead_words`, read."""
    text = a.article.text
    lead = " ".join(text[s.start : s.end] for s in layer(text).lead)
    return frozenset(lemma(w) for w, _, _ in _tokens(f"{a.article.title or ''} {lead}") if w.isalpha())


def participants(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The story's central participants: the nouns (lemmas) that at least two articles name
    in their headline or first two sentences ("rocket", "bank", "dam"), a word of a name
    lower-cased ("Sierra Pacific Commerce Bank" -> "bank")."""
    counts: dict[str, int] = {}
    for a in analyses:
        if a.article.published_date is None:
            continue
        for w in _lead_words(a):
            counts[w] = counts.get(w, 0) + 1
    d = _data()
    return frozenset(w for w, n in counts.items() if n >= 2 and len(w) >= 3 and w not in d["times"]
                     and w not in d["determiners"] and w not in d["boundaries"] and w not in d["parts"])


def participant_verbs(analyses: Sequence[Analysis]) -> dict[str, set[tuple[str, int, int]]]:
    """Per article, the verbs that tell a change of a central participant: a past form right
    after its subject's head (a word of a name counts), with its particle and no object ("the
    bridge came down on Tuesday", "the roof suddenly gave way") or a preposition of path
    ("the balloon slammed into a slope", "the lorry burst into flames"); and what a force
    of nature or a body of water did, object or not ("the river burst its banks",
    "floodwaters swept through", :func:`_forced`). A participle or
    a passive tells a state ("were trapped", "is linked to") and a verb with an object an
    act on something else ("the rocket reached an altitude"): neither is taken."""
    heads = participants(analyses)
    out: dict[str, set[tuple[str, int, int]]] = {}
    if not heads:
        return out
    may: dict[str, bool] = {}  # per distinct word, whether it may tell a change (may_change)
    for a in analyses:
        if a.article.published_date is None:
            continue
        toks = _tokens(a.article.text)
        for n in range(1, len(toks)):
            w = toks[n][0]
            ok = may.get(w)
            if ok is None:
                ok = may[w] = may_change(w)
            if ok and (got := _changed(toks, n, heads)) is not None:
                out.setdefault(a.article.id, set()).add(got)
    return out


def may_change(word: str) -> bool:
    """The part of :func:`_changed` that reads the word alone: a lower-case past form that
    may tell a happening. Most words are none, and each is asked once per distinct word of
    a story before its subject is read."""
    return word.isalpha() and word.islower() and past_form(word.lower()) \
        and word.lower() not in _data()["not_happenings"]


def _changed(toks: Sequence[tuple[str, int, int]], n: int, heads: frozenset[str]) -> tuple[str, int, int] | None:
    """The verb with its particle at ``toks[n]`` when it tells a change of a participant its
    subject names (:func:`participant_verbs`), as (text, start, end)."""
    d = _data()
    w, s, e = toks[n]
    if not may_change(w):
        return None
    low = w.lower()
    k = n - 1
    if k > 0 and (toks[k][0].endswith("ly") or toks[k][0].lower() in d["sequence"]):
        k -= 1  # an adverb: "the dam suddenly burst", "water first spilled over"
    if k < 0:
        return None
    if toks[k][0].lower() in d["forces"]:
        return (w, s, e) if _forced(toks, k, n) else None

    if lemma(toks[k][0]) not in heads:
        return None
    m = n + 1
    if m < len(toks) and toks[m][0].lower() in d["paths"] and _ed_or_past(low):
        return w, s, e  # a path after it, no object: "the balloon slammed into a slope"
    if m >= len(toks) or toks[m][0].lower() not in d["particles"]:
        return None  # only a phrasal verb: a participle or a passive tells a state, not the change
    e, m = toks[m][2], m + 1
    if m < len(toks):
        nxt = toks[m][0]
        if nxt[0].isalpha() and nxt.lower() not in d["boundaries"] and not nxt.endswith("ly"):
            return None  # an object follows: "the rocket reached an altitude", "sold out its tickets"
    return w, s, e


def _forced(toks: Sequence[tuple[str, int, int]], k: int, n: int) -> bool:
    """The past form at ``toks[n]``, whose subject's head at ``toks[k]`` is a force of nature
    or a body of water, tells what it did, with or without an object ("the river burst its
    banks", "floodwaters swept through", "the swollen river overflowed"); not in a clause of
    setting ("the room where the water collected"), nor as a preposition's object ("floods
    along the river killed"), nor a level reached ("the river crested at 24 feet")."""
    d = _data()
    if not _ed_or_past(toks[n][0].lower()) or _level(toks, n + 1):
        return False
    before = [t[0].lower() for t in toks[max(0, k - 3):k]]
    return not any(w in d["settings"] for w in before) and not any(w in d["relations"] for w in before[-2:])


_NEXT = regex.compile(r"(?:['’]s\b|\s+(\p{L}[\p{L}-]*))")


def modifies(text: str, start: int, end: int) -> bool:
    """The noun at ``text[start:end]`` modifies a noun after it: a possessive ("the
    festival's main stage") or a noun before a noun ("festival bosses"); a word of the closed
    classes, a verb's form or an adverb after it ends no phrase, and a verb's form ("sacked
    manager Duarte") takes an object rather than modifying it."""
    if past_form(text[start:end].lower()) or text[start:end].lower().endswith("ing"):
        return False
    return precedes_noun(text, end)


def precedes_noun(text: str, end: int) -> bool:
    """The word ending at ``end`` is followed by a noun it modifies (:func:`modifies`, for
    a word already read as a noun: "the signing *ceremony*")."""
    m = match_ahead(_NEXT, text, end)
    if m is None:
        return False
    nxt = m.group(1)
    if nxt is None:
        return True
    low = nxt.lower()
    d = _data()
    return not (low in d["boundaries"] or low in d["determiners"] or past_form(low) or low.endswith("ly")
                or low in d["particles"] or low in d["not_happenings"] or nxt[0].isupper())


#: a present form after a noun ("the increase *takes* effect", "the move *echoes*"): a word
#: ending in "s" that no auxiliary follows (a plural noun of a compound heads a subject that
#: one usually does: "the increase plans *were* shelved"); a whole word ("the finance
#: ministry" is no "minis")
_PRESENT_THEN = regex.compile(r"\s+(\p{Ll}+[^s'’\W]s)\b(?:\s+(\p{Ll}+))?")
#: words after a plural noun that show it heads the phrase ("the increase plans were", "its
#: cave dwellings and")
_AFTER_PLURAL = grammar.MODALS | grammar.COORDINATORS | frozenset({"is", "are", "was", "were", "has", "have", "had",
                                                                   "be", "been"})


#: the definite phrase before a noun, opened where a clause opens (its start, a mark, or a
#: word of ``subject_openers``): a determiner or a possessive ("the port authority's",
#: "Malta's"), then at most one modifier
_OPENED = r"(?:^|[.;:,!?\"“”‘(—–\n]\s*|\b(?i:{openers})\s+)"
_DEFINITE = (r"(?:(?i:the|this|that|its|their|his|her|our)\s+"
             r"|(?:(?i:the)\s+(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}|(?:\p{{Lu}}[\p{{L}}.-]*\s+){{0,3}})\p{{L}}[\p{{L}}.-]*['’]s\s+)")


@cache
def _subject_slot() -> regex.Pattern[str]:
    openers = "|".join(sorted(_data()["subject_openers"], key=len, reverse=True))
    return regex.compile(_OPENED.format(openers=openers) + _DEFINITE.format() + r"(?:\p{Ll}[\p{Ll}-]*\s+)?$")


def heads_phrase(text: str, start: int, end: int) -> bool:
    """The noun at ``text[start:end]`` heads its noun phrase: it modifies no noun after it
    (:func:`modifies`), or it is a clause's definite subject and the word after it is its
    verb in the present ("analysts said the move *echoes* a 2006 law", "before the duty
    *takes* effect"), not a plural noun the phrase ends with ("for its maintenance records",
    "the emergency floats appeared", "the increase plans were")."""
    return not modifies(text, start, end) or _present_after(text, start, end)


def _present_after(text: str, start: int, end: int) -> bool:
    """The noun at ``text[start:end]``, which a word follows, is a clause's definite
    subject and that word its verb in the present (:func:`heads_phrase`)."""
    m = match_ahead(_PRESENT_THEN, text, end)
    if m is None or m.group(1).endswith("ings"):
        return False
    after = m.group(2) or ""
    if after in _AFTER_PLURAL or past_form(after):
        return False
    return _subject_slot().search(text, max(0, start - 80), start) is not None


def modifier_keys(units: Sequence[Unit], texts: dict[str, str]) -> frozenset[tuple[str, int, int]]:
    """Keys of the units that modify the noun after them (:func:`modifies`)."""
    return frozenset(u.key for u in units if modifies(texts[u.ref.article], u.ref.start, u.ref.end))


def context(a: Analysis, pos: int) -> tuple[str | None, str | None, str | None]:
    """(when, where, country) for a learned mention at ``pos``: a date that ends right before
    it ("Tuesday's mishap", "last night's crush") dates it; else the article event nearest to
    it in its sentence lends its time and place (the sentence tells of one happening)."""
    text = a.article.text
    for m in a.mentions:
        if isinstance(m, DateMention) and m.value and 0 <= pos - m.end <= 30 and \
                regex.fullmatch(r"['’]s(?:\s+[\p{Ll}-]+){0,2}\s+", text[m.end:pos]):
            return m.value, None, None
    sent = layer(text).sentence_at(pos)
    if sent is None:
        return None, None, None
    best: tuple[int, Event] | None = None
    for e in a.events:
        for r in e.mentions:
            if sent.start <= r.start < sent.end:
                d = abs(r.start - pos)
                if best is None or d < best[0]:
                    best = (d, e)
    if best is None:
        return None, None, None
    e = best[1]
    return e.when, e.where, e.country
