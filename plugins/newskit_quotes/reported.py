"""Reported (indirect) speech: ``Ushakov emphasised that the agreement would …``.

For each cue outside quotation marks this module reads one report: its content after the
cue (:mod:`.complement`: a ``that``-clause, an indirect question, a bare clause,
``accused X of …``, an intention), or before or around a postposed attribution
(:mod:`.postposed`: ``…, sources said.``, ``…, according to the Kremlin.``), or after a
preposed ``According to X, …``; where the content ends is :mod:`.content_end`'s. What
stays here is whether the cue reports at all (a passive, a blocked infinitive, a gerund
after a preposition) and whether its subject can speak.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from newskit import grammar
from newskit.textlayer import opens_sentence
from newskit.vocabulary import per_vocabulary

from .actors import classify, tables
from .as_clause import as_attribution
from .attribution import NP, Cue, can_speak, cue_at, np_after, second_conjunct, words
from .clause import FINITE
from .complement import after_cue, clause_after, that_follows
from .content_end import cut, trim
from .cues import lexicon
from .direct import Item, noun_use, subject_of
from .doc import Doc
from .participles import blame_preposition
from .plausible import a_document, speaker_words
from .postposed import (
    according_after_clause,
    ends_after_cue,
    interposed,
    interposed_inverted,
    postposed,
)
from .relative import relative_close

__all__ = ["opening_definite", "reported_items"]

#: The confidence of content read as a ``that``-less clause after a verb that does not
#: take one everywhere (``believes the plan will fail``, ``announced it would``).
CLAUSE_CONFIDENCE = 0.65


def reported_items(doc: Doc) -> list[Item]:
    """Indirect-speech items of the article."""
    items: list[Item] = []
    n_words = len(doc.starts)
    first = lexicon().first
    hits = doc.words_in(_first_words())  # the only words the first test lets by
    for sa, sb in doc.sents:
        after = 0  # the words of a cue just read are not read again
        for i in doc.sentence_hits(hits, sa, sb):
            if i < after:
                continue
            w = doc.low[i]
            if (w not in first and w != "according") or doc.in_quote(doc.starts[i]):
                continue
            cue: Cue | None
            if w == "according" and i + 1 < n_words and doc.low[i + 1] == "to":
                cue = Cue(doc.starts[i], doc.ends[i + 1], i, i + 1, "according to", frozenset({"speech", "postposed"}))
            else:
                cue = cue_at(doc, i)
            if cue is None or (noun_use(doc, cue) and not _gerund(doc, cue)) or not (
                cue.classes & {"speech", "belief", "npcomp"}
            ):
                continue
            item = _one(doc, cue, sa, sb)
            if item is not None and not (
                item.confidence == CLAUSE_CONFIDENCE and items and items[-1].start <= cue.start < items[-1].end
            ):  # a that-less clause read inside reported content is too unsure to nest
                items.append(item)
            after = cue.last + 1
    return _outer_reports(items)


@per_vocabulary
def _first_words() -> frozenset[str]:
    """The words a report's cue may open with, and ``according``: made once per vocabulary,
    not per article (a set of some 800 words was built for every article, however short)."""
    return frozenset(lexicon().first.keys() | {"according"})


def _outer_reports(items: list[Item]) -> list[Item]:
    """``The minister denied that the talks had failed, officials said.``: a report whose
    cue stands inside the clause a postposed attribution carries ends where that clause
    ends (its content is ``the talks had failed``, not ``…, officials said``); it is kept,
    nested, since its cue says what kind of claim the clause is (an allegation, a denial)."""
    outer = sorted((it.start, it.end) for it in items if it.cue is not None and it.end <= it.cue.start)
    if not outer:
        return items
    starts = [a for a, _ in outer]
    reach = list(accumulate((b for _, b in outer), max))  # furthest end of the clauses so far (linear time)
    return [_ended_by(it, starts, reach) for it in items]


def _ended_by(it: Item, starts: list[int], reach: list[int]) -> Item:
    k = bisect_right(starts, it.cue.start) - 1 if it.cue is not None else -1
    if k < 0 or it.cue is None or not it.cue.start < reach[k] < it.end:
        return it
    return Item(it.start, reach[k], it.direct, it.cue, it.np, it.how, it.confidence)


def _gerund(doc: Doc, cue: Cue) -> bool:
    """``despite admitting that …``, ``after saying that …``, ``by telling them that …``: an
    ``-ing`` cue after a preposition is a gerund, a verb whose subject is the clause's
    (``it goes without saying that`` is an idiom, no report)."""
    j = cue.first - 1
    return (
        doc.low[cue.first].endswith("ing") and j >= 0 and doc.low[j] in words().prepositions and doc.low[j] != "without"
    )


#: The most words of the object between a verb of judging and ``for`` (``mocked the
#: transport minister for saying``).
_JUDGED_WORDS = 5


def _judged_speaker(doc: Doc, cue: Cue, sb: int) -> NP | None:
    """``Critics mocked the minister for saying that …``: after a verb of praise or blame
    and its object, ``for <gerund>`` is what the object said (the object speaks, not the
    critics). None when the gerund has no such verb before it (``was mocked for saying``:
    the subject said it)."""
    j = cue.first - 1
    if j < 1 or doc.low[j] != "for" or not _gerund(doc, cue):
        return None
    v = j - 1
    while v > 0 and j - v <= _JUDGED_WORDS and doc.joined(v - 1):
        c = cue_at(doc, v - 1)
        if c is not None and c.last == v - 1 and c.classes & {"attitude", "label"}:
            np = np_after(doc, v, sb)
            return np if np is not None and np.first == v and np.last == j - 1 else None
        v -= 1
    return None


def _aside_end(doc: Doc, cue: Cue, item: Item) -> Item:
    """A gerund report set off by commas (``The minister, despite admitting that the tests
    were late, defended …``) ends at the comma that closes the aside."""
    j = cue.first - 1
    if not _gerund(doc, cue) or j < 1 or doc.gap(j - 1).strip() != ",":
        return item
    c = doc.text.find(",", item.start, item.end)
    return item if c < 0 else Item(item.start, c, item.direct, item.cue, item.np, item.how, item.confidence)


def _plausible(doc: Doc, np: NP | None) -> bool:
    """A speaker phrase can speak: not "an accusation", not "the ongoing conflict"."""
    if np is None:
        return False
    if doc.persons_in(np.start, np.end):
        return True
    second = second_conjunct(doc, np)
    if second is not None:  # "The mayor and her deputy": as the second can
        return _plausible(doc, second)
    actor = classify(doc.text[np.start : np.end])
    if actor.kind == "person_desc":
        return tables().names_people(actor.head) or a_document(doc, np.start, np.end) or opening_definite(doc, np) \
            or _set_off_source(doc, np)
    return True


def _set_off_source(doc: Doc, np: NP) -> bool:
    """``…, according to the club's physio.``: a definite phrase after ``according to`` set
    off by a comma names the source, whatever its head (``played according to the rules``,
    with no comma, is a manner, not a source); times, places and abstract heads are left to
    :func:`implausible`."""
    j = np.first - 2
    if j < 1 or (doc.low[j], doc.low[j + 1]) != ("according", "to") or "," not in doc.gap(j - 1):
        return False
    w = doc.low[np.first]
    return w == "the" or w.endswith(("'s", "\u2019s"))


def opening_definite(doc: Doc, np: NP) -> bool:
    """``The zoo said it had no record ...``, ``The museum says ...``: a definite noun
    phrase of at most three words opening its sentence (or opening the clause after a time
    adverbial that does: ``On Monday the bakery said``), right before the verb of saying,
    is its subject and speaks, whatever its head (a body named by a common noun the tables
    do not hold); abstract, time and place heads are left to :func:`implausible`."""
    if doc.low[np.first] != "the" or np.last - np.first > 2:
        return False
    if _postposed_after_comma(doc, np):
        return True
    start = _past_opening_time(doc, np.first)
    if start == np.first:
        start = _past_opening_phrase(doc, np.first)
    return opens_sentence(doc.text, doc.starts[start])


#: the most words of a prepositional phrase opening a sentence before its comma
_OPENING_PHRASE = 8


def _past_opening_phrase(doc: Doc, first: int) -> int:
    """The first word of a prepositional phrase that opens the sentence and ends with a
    comma right before word ``first`` (``In her memoir, the soprano writes``, ``After the
    final, the coach said``), or ``first``."""
    k = first - 1
    if k < 0 or doc.gap(k).strip() != ",":
        return first
    while k > 0 and first - k < _OPENING_PHRASE and doc.joined(k - 1):
        k -= 1
    if (k == 0 or not doc.joined(k - 1)) and doc.low[k] in words().prepositions:
        return k
    return first


def _postposed_after_comma(doc: Doc, np: NP) -> bool:
    """``The ovens broke down, the bakery said.``: the phrase between a comma and a
    postposed verb of saying that ends the sentence (maybe after a short tail: ``said on
    Tuesday``) is the attribution's subject."""
    k = np.last + 1
    if np.first == 0 or doc.gap(np.first - 1).strip() != "," or k >= len(doc.low) or not doc.joined(np.last):
        return False
    if "postposed" not in lexicon().classes(doc.low[k]):
        return False
    # it ends the sentence, or a comma sets the attribution off ("…, the studio said, far more than …")
    if doc.gap(k).strip()[:1] in (".", "!", "?", ",") or k + 1 == len(doc.low):
        return True
    # or a short tail ends it ("…, the two firms said on Tuesday.", "… said in a statement.")
    cue = cue_at(doc, k)
    return cue is not None and cue.first == k and ends_after_cue(doc, cue, doc.sentence(doc.starts[k])[1])


#: the most words of a time adverbial opening a sentence (``Earlier this month``)
_OPENING_TIME = 4


def _past_opening_time(doc: Doc, first: int) -> int:
    """The first word of the time adverbial right before word ``first`` (``On Monday``,
    ``Last week``, ``Earlier this month``, followed by a comma or not), or ``first``."""
    sw = speaker_words()
    k, timed = first - 1, False
    while k >= 0 and first - k <= _OPENING_TIME and (doc.joined(k) or (k == first - 1 and doc.gap(k).strip() == ",")):
        w = doc.low[k]
        if w in sw.named_times or w in sw.times:
            timed = True
        elif w not in sw.time_leads:
            break
        if k == 0 or not doc.joined(k - 1):
            return k if timed else first
        k -= 1
    return first


#: a form of "be" right before a cue's participle makes it passive (``have been charged``)
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})


#: Auxiliaries among the words that may stand before a cue (``words.json`` ``skip``).
_AUXILIARIES = grammar.MODALS | _BE | frozenset({"has", "have", "had", "did", "does", "do", "has also"})


def _adverb_only(w: str) -> bool:
    """``w`` is an adverb (``wrongly``, ``later``, ``repeatedly``), not an auxiliary."""
    wl = words()
    return (w in wl.skip and w not in _AUXILIARIES) or (w.endswith("ly") and w not in wl.not_adverbs)


def _passive_or_blocked(doc: Doc, cue: Cue) -> bool:
    """``denied by Pyongyang``, ``have been charged with bribery``, ``suspected in fire
    that ...`` (passive: the subject is who was charged, told or suspected, no speaker) or
    ``difficult to confirm`` (no speech act)."""
    k = cue.last + 1
    if k < len(doc.low) and doc.low[k] == "by" and doc.joined(cue.last):
        return True
    if doc.joined(cue.last) and blame_preposition(doc, cue.last) and not _time_word(doc, k + 1):
        return True  # "Arson suspected in fire that destroyed ...": the one suspected, no report
    j = cue.first - 1
    while j > 0 and doc.joined(j) and _adverb_only(doc.low[j]):
        j -= 1  # "were wrongly told", "were later told": adverbs between be and the participle
    if j >= 0 and doc.low[j] in _BE and doc.joined(j) and not doc.low[cue.first].endswith("ing"):
        return True
    if j >= 1 and doc.low[j] == "to" and doc.joined(j) and doc.joined(j - 1):
        return doc.low[j - 1] in lexicon().infinitive_block
    return False


def _time_word(doc: Doc, k: int) -> bool:
    """Word ``k`` tells a time (``March``, ``2019``, ``the past``): ``suspected in March that
    ...`` is active, its preposition opens an adjunct, not the passive's phrase."""
    if k >= len(doc.low):
        return False
    w = doc.low[k]
    sw = speaker_words()
    return w in sw.named_times or w in sw.times or (w.isdigit() and len(w) == 4) or (
        w == "the" and k + 1 < len(doc.low) and (doc.low[k + 1] in sw.times or doc.low[k + 1] in ("past", "meantime")))


def _one(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    if _passive_or_blocked(doc, cue):
        return None
    item = _one_raw(doc, cue, sa, sb)
    if item is None or not _plausible(doc, item.np):
        return None
    return _aside_end(doc, cue, item)


#: Relative pronouns that may stand for the subject of a clause reported inside a
#: relative clause (``a plan that officials say will cost …``).
_GAP_RELATIVES = frozenset({"that", "which", "who"})
#: The most words of the cue's subject between the relative pronoun and the cue.
_GAP_SUBJECT = 4


def _relative_gap(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    """``a season that doctors fear will be the worst in a decade``, ``the tower, which
    engineers believe is unsafe``: the relative pronoun is the subject of the reported
    clause, whose verb follows the cue at once; the cue's own subject, between the pronoun
    and the cue, speaks, and the content is the reported predicate."""
    k = cue.last + 1
    if k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(cue.last) or doc.low[k] not in FINITE:
        return None
    r = next((j for j in range(cue.first - 2, max(cue.first - 2 - _GAP_SUBJECT, -1), -1)
              if doc.low[j] in _GAP_RELATIVES), None)
    if r is None or doc.starts[r] < sa or not all(doc.joined(j) for j in range(r, cue.first)):
        return None
    np = NP(doc.starts[r + 1], doc.ends[cue.first - 1], r + 1, cue.first - 1)
    if any(doc.low[j] in FINITE for j in range(r + 1, cue.first)) or not can_speak(doc, np):
        return None
    span = trim(doc, doc.starts[k], _before_main_verb(doc, k, cut(doc, doc.starts[k], sb)))
    return Item(span[0], span[1], False, cue, np, "np", 0.7) if span else None


def _contact_gap(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    """``a move he said would save $93 million``, ``overtime they say has gone unpaid``, ``in
    what experts say could be the largest find``: a relative clause with no relative pronoun
    (or after ``what``) whose subject, a pronoun or a plural of people, reports its gap, as
    :func:`_relative_gap` reads it after ``that``: the finite verb right after the cue has
    no subject of its own. The word before the subject is the antecedent, a lower-case noun
    (no verb, adverb or function word) or ``what`` inside its clause (``What he said was
    wrong`` opens one: the saying is its subject). Only a verb of saying that takes a bare
    clause and no object of this kind (``say``, ``claim``, ``insist``): after ``expect``,
    ``believe``, ``fear`` or ``tell`` the gap may be the verb's object (``the plan we expected will
    fail``: ``will fail`` is the plan's). Its ``how`` is ``gap``: a report inside
    another's content (``demanding overtime they say is owed``), which that one holds."""
    k = cue.last + 1
    j = cue.first - 1
    if not {"speech", "bare"} <= cue.classes or "belief" in cue.classes or cue.form in speaker_words().addressed:
        return None  # "the plan we expected will fail", "the men they told were sacked": the gap is the object
    if k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(cue.last) or doc.low[k] not in FINITE \
            or j < 1 or doc.starts[j - 1] < sa or not doc.joined(j) or not doc.joined(j - 1):
        return None
    w, r = doc.low[j], doc.low[j - 1]
    if w not in grammar.SUBJECT_PRONOUNS and w not in tables().groups:
        return None
    if r == "what":
        if doc.starts[j - 1] == sa or (j >= 2 and doc.gap(j - 2).strip()):
            return None
    elif not (r.isalpha() and doc.text[doc.starts[j - 1]].islower()) or r in words().stop or r in FINITE \
            or r in words().irregular_past or r.endswith(("ed", "ly", "ing")) or r in _GAP_RELATIVES \
            or cue_at(doc, j - 1) is not None:
        return None
    np = NP(doc.starts[j], doc.ends[j], j, j)
    span = trim(doc, doc.starts[k], _before_main_verb(doc, k, cut(doc, doc.starts[k], sb)))
    return Item(span[0], span[1], False, cue, np, "gap", 0.7) if span else None


def _before_main_verb(doc: Doc, k: int, end: int) -> int:
    """The reported predicate from word ``k`` ends before a second verb group, the main
    clause's (``the man who police say was driving | has been arrested``)."""
    j = k
    while j < len(doc.starts) and doc.starts[j] < end and doc.low[j] in FINITE:
        j += 1  # the reported verb group: "was", "will be"
    while j < len(doc.starts) and doc.starts[j] < end:
        if doc.low[j] in FINITE and doc.gap(j - 1).strip() in ("", ",") and not doc.in_quote(doc.starts[j]):
            return doc.ends[j - 1]  # "which engineers believe is unsafe, will close"
        j += 1
    return end


def _one_raw(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    if cue.first > 0 and doc.has_quote_char(doc.ends[cue.first - 1], cue.start) and not that_follows(doc, cue):
        return None  # '"…," said X': the attribution of a direct quotation ('"…," adding that' is a report)
    if cue.form == "according to":
        pp = postposed(doc, cue, sa, sb) or according_after_clause(doc, cue, sa, sb)
        if pp is not None:
            a, b, np = pp
            span = trim(doc, a, b)
            return Item(span[0], span[1], False, cue, np, "np" if np else "none", 0.8) if span else None
        np = np_after(doc, cue.last + 1, sb)
        if np is None:
            return None
        j = np.last
        while j < len(doc.starts) and doc.starts[j] < sb and doc.gap(j).strip() != "," and j - np.last <= 6:
            j += 1
        if j + 1 >= len(doc.starts) or doc.starts[j + 1] >= sb or j - np.last > 6:
            return None
        span = trim(doc, doc.starts[j + 1], cut(doc, doc.starts[j + 1], sb))
        return Item(span[0], span[1], False, cue, np, "np", 0.8) if span else None
    inv = interposed_inverted(doc, cue, sa, sb)
    if inv is not None:
        return Item(inv[0], inv[1], False, cue, inv[2], "np", 0.8)
    gap = _relative_gap(doc, cue, sa, sb) or _contact_gap(doc, cue, sa, sb)
    if gap is not None:
        return gap
    ac = after_cue(doc, cue, sb)
    if ac is not None and ac[1] in ("bare", "clause") and cue.first > 0 and doc.gap(cue.first - 1).strip() == "," \
            and postposed(doc, cue, sa, sb) is not None:
        ac = None  # "<clause>, said a senior official.": the inverted subject is no clause
    if ac is not None:
        a, how = ac
        if how == "bare" and "belief" in cue.classes and "speech" not in cue.classes \
                and clause_after(doc, doc.word_at(a), sb) is None:
            return None  # "believe the report": a belief needs a clause
        end = doc.ends[doc.word_at(a) + 1] if how == "anaphor" else relative_close(doc, cue, a, cut(doc, a, sb))
        span = trim(doc, a, end)  # "as much" points back: no adjunct after it is content
        if span is None:
            return None
        np = _judged_speaker(doc, cue, sb) or subject_of(doc, cue, sa)
        if np is None:
            return None
        if span[0] < np.start < span[1]:  # a fronted clause's subject follows it: "After saying X, she …"
            span = trim(doc, span[0], doc.ends[np.first - 1])
            if span is None:
                return None
        sure = 0.9 if how == "that" else CLAUSE_CONFIDENCE if how == "clause" or "speech" not in cue.classes else 0.7
        return Item(span[0], span[1], False, cue, np, "np", sure)
    asc = as_attribution(doc, cue, sa, sb)
    if asc is not None:
        return Item(asc[0], asc[1], False, cue, asc[2], "np", 0.8)
    if "postposed" in cue.classes:
        ip = interposed(doc, cue, sa, sb)
        if ip is not None:
            return Item(ip[0], ip[1], False, cue, ip[2], "np", 0.8)
        pp = postposed(doc, cue, sa, sb)
        if pp is not None:
            a, b, np = pp
            if np is None:
                return None
            span = trim(doc, a, b)
            if span is None:
                return None
            return Item(span[0], span[1], False, cue, np, "np", 0.8)
    return None

