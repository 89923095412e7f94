"""What a cue reports after it (issue #14): ``Ushakov emphasised that the agreement …``.

For a cue outside quotation marks, the reported content after it is, in order of the
rules of :func:`after_cue`: a ``that``-clause right after the cue, possibly after a short
adverbial or object (``announced Monday that …``, ``reiterated its stance that …``, ``told
Reuters that``); an indirect question; a bare clause after a verb of saying (``insist they
abide …``, ``analysts say breaches …``); ``accused X of <content>``; an object noun phrase
carrying an intention or plan (``expressed Russia’s intent to …``).
"""

from __future__ import annotations

import enum
from functools import cache
from typing import Final

import regex

from newskit import grammar

from .actors import DETS
from .adjuncts import clause_after_adjuncts, reduced_relative_verb, that_after_adjuncts
from .attribution import Cue, a_document_head, cue_at, subject_before, words
from .clause import FINITE, finite_clause, finite_verb, negative_subject
from .content_end import COORDINATED_CLASSES
from .cues import load_json
from .doc import Doc
from .nouns import noun_lexicon, owned_by_another, plural_possessive
from .plausible import speaker_words

__all__ = ["MIN_CLAUSE", "TELL", "after_cue", "clause_after", "that_follows", "time_then_comma"]

#: Verbs of telling: an addressee may stand between them and their content.
TELL = frozenset({"tell", "told", "tells", "telling", "inform", "informed", "informs", "assure",
                   "assured", "assures", "remind", "reminded", "reminds", "warn", "warned",
                   "warns", "advise", "advised", "notify", "notified", "convince", "convinced",
                   "persuade", "persuaded", "promise", "promised", "promises", "assuring",
                   "reminding", "warning", "informing", "promising"})
_ACCUSE = frozenset({"accuse", "accused", "accuses", "accusing", "charge", "charged",
                     "charges", "charging", "suspect", "suspected", "suspects"})


def time_then_comma(doc: Doc, k: int) -> bool:
    """Words from ``k`` are a short time adverbial (``Friday``, ``on Monday``, ``this
    week``) ending at a comma."""
    sw = speaker_words()
    j = k
    while j < len(doc.starts) and j - k < 3 and doc.low[j] in _TIME_WORDS | sw.named_times | sw.times:
        if doc.gap(j).strip() == ",":
            return j > k or doc.low[j] in sw.named_times | sw.times
        if not doc.joined(j):
            return False
        j += 1
    return False


_TIME_WORDS = frozenset({"on", "last", "this", "next", "early", "late", "earlier", "later"})


class _Pass(enum.Enum):
    """A rule of :func:`after_cue` that does not apply: the next rule decides."""

    PASS = 0


#: What a rule of :func:`after_cue` finds: where the content starts and how it was found,
#: None (no reported content after this cue: stop), or :attr:`_Pass.PASS` (not this rule).
_Found = tuple[int, str] | None | _Pass
_PASS: Final = _Pass.PASS


def after_cue(doc: Doc, cue: Cue, sb: int) -> tuple[int, str] | None:
    """Where the reported content starts after ``cue``, and how it was found.

    The rules are tried in order (cue class x the shape of what follows the cue); the
    first that decides wins. Each rule is a function of its own, so a kind of clause is
    added or changed in one place."""
    k = cue.last + 1
    if k >= len(doc.starts) or doc.starts[k] >= sb:
        return None
    for rule in _AFTER_CUE_RULES:
        found = rule(doc, cue, k, sb)
        if found is not _PASS:
            return found
    return None


def _quotation_follows(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``said: "…"``, ``said "…"``: a direct quotation follows, not reported speech."""
    if doc.has_quote_char(cue.end, doc.starts[k]) or ":" in doc.text[cue.end : doc.starts[k]]:
        return None
    return _PASS


def _asked_question(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``asked whether …``, ``wondered why …``: an indirect question."""
    if cue.form in _ASK:
        q = _question(doc, k, sb)
        if q is not None:
            return q, "question"
    return _PASS


def _how_clause(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``explained how the pumps failed``: the clause after ``how``; ``explained why the
    line closed``, ``did not say when it would reopen``: a verb of saying right before a
    question word and a finite clause reports that clause, question word included (``said
    when asked`` has no finite clause: no report here)."""
    if not doc.joined(cue.last) or k + 1 >= len(doc.starts):
        return _PASS
    if doc.low[k] == "how":
        return doc.starts[k + 1], "that"
    if doc.low[k] in words().wh_clause and "speech" in cue.classes and doc.joined(k) \
            and finite_clause(doc, k + 1, sb):
        return doc.starts[k], "that"
    return _PASS


#: The most words between a cue and its ``that`` (``announced Monday that``,
#: ``reiterated its stance that``).
_THAT_GAP = 5
#: The same after a verb of telling, whose addressee may be a longer noun phrase
#: (``told a meeting of island leaders that``).
_TELL_THAT_GAP = 8


def _that_within_gap(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A ``that``-clause within a short gap of plain words after the cue."""
    wl = words()
    j = k
    gap = _TELL_THAT_GAP if cue.form in TELL else _THAT_GAP
    tell = cue.form in TELL
    set_off = False
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= gap:
        set_off = set_off or (j > k and _sets_off_adjunct(doc, j) and _adjunct_only(doc, k, j))
        if doc.low[j] == "that":
            if set_off and "," not in doc.gap(j - 1):
                # "said on Monday, in a deal that would …": the relative of an adjunct; a
                # "that" right after a comma closes an aside and is the cue's ("said on
                # Monday, in a statement, that …"), as no restrictive relative takes a comma
                return None
            if _demonstrative(doc, j):
                return None
            # "denied the union's claim that …": the clause is the owner's (.nouns reads it); a
            # verb of a bare clause reports the phrase as its subject ("said the union's claim
            # that … was false"), any other the phrase as its object
            owner = owned_by_another(doc, j - 1, k) if j > k else None
            if owner is not None and finite_clause(doc, j + 1, sb):
                return _bare_from(doc, k, sb, cue) if "bare" in cue.classes else (owner.start, "object")
            if j > k and not tell and "bare" in cue.classes and doc.low[k] in DETS and _relative_after_noun(doc, j) \
                    and not any(doc.low[m] in wl.prepositions for m in range(k, j)):
                bare = _bare_from(doc, k, sb, cue)  # "said the storm that hit the coast had cut power"
                if bare is not None and finite_clause(doc, k, sb):
                    return bare
            return (doc.starts[j + 1], "that") if j + 1 < len(doc.starts) and doc.starts[j + 1] < sb else None
        if doc.low[j] in wl.gap_stop and not _time_adverbial(doc, j):
            break
        if _participle_report(doc, j):
            return None  # "said, adding that …": the that-clause is the participle's
        if doc.in_quote(doc.starts[j]):
            after = _past_title(doc, j, sb) if tell else None
            if after is None:
                break
            j = after
            continue
        if doc.gap(j).strip() not in ("", ",") and not doc.joined(j) and not plural_possessive(doc, j):
            if not (tell and j + 1 < len(doc.starts) and _past_title(doc, j + 1, sb) is not None):
                break
        j += 1
    return _PASS


def _sets_off_adjunct(doc: Doc, j: int) -> bool:
    """A comma before word ``j`` sets off a phrase on the whole sentence (``said on Monday,
    in a deal that …``, ``, creating a chain that …``, ``, a deal that …``): a lower-case
    word after it that is no ``that``, no time and no one-word aside (``announced Monday,
    May 4, that``, ``said in Lagos, Nigeria, that``, ``said, however, that`` read on), so a
    ``that`` further on is a relative in that phrase, not the cue's complementiser."""
    if "," not in doc.gap(j - 1) or doc.low[j] == "that" or not doc.text[doc.starts[j]].islower() \
            or doc.gap(j).strip() == ",":
        return False  # ", however, that": a one-word aside reads on
    sw = speaker_words()
    return doc.low[j] not in sw.times and doc.low[j] not in sw.named_times and not _time_adverbial(doc, j)


def _adjunct_only(doc: Doc, k: int, j: int) -> bool:
    """The words from ``k`` (right after the cue) to the comma before word ``j`` are none, a
    time (``Monday``) or a phrase opened by a preposition or a time word (``on Monday``, ``in
    a statement``): an adjunct of the cue, not the subject of a clause it reports (``said
    Transul Energia, the company that runs the line, had …``)."""
    if doc.starts[j] <= doc.ends[k - 1] + 2:
        return True
    w = doc.low[k]
    sw = speaker_words()
    return w in words().prepositions or w in sw.times or w in sw.named_times or _time_adverbial(doc, k)


#: Auxiliaries that, right after ``that``, make it the subject of a relative clause.
_AUXILIARIES = grammar.MODALS | frozenset({"is", "are", "was", "were", "has", "have", "had"})


def _relative_after_noun(doc: Doc, j: int) -> bool:
    """The ``that`` at word ``j``, after a noun of the words after a cue, is a relative
    pronoun: a finite verb follows it at once (``the storm that hit the coast``, ``the
    report that was published``), where a complementiser's clause has its subject first;
    after a time (``announced Monday that``) it stays a complementiser, as it does after an
    adjunct (``said in an interview that reported cases fell``: the caller's test)."""
    if j + 1 >= len(doc.starts) or not doc.joined(j) or not doc.joined(j - 1):
        return False
    before, after = doc.low[j - 1], doc.low[j + 1]
    sw = speaker_words()
    if before in sw.times or before in sw.named_times or not doc.text[doc.starts[j + 1]].islower():
        return False
    return after in _AUXILIARIES or after in words().irregular_past or (after.endswith("ed") and len(after) > 4)


def that_follows(doc: Doc, cue: Cue) -> bool:
    """``that`` opens a clause right after the cue."""
    k = cue.last + 1
    return k < len(doc.low) and doc.low[k] == "that" and doc.joined(cue.last)


def _participle_report(doc: Doc, j: int) -> bool:
    """Word ``j`` opens a report of its own after a comma (``, adding that``, ``, noting
    that``): a participle of a verb of saying or thinking."""
    if j == 0 or "," not in doc.gap(j - 1) or not doc.low[j].endswith("ing"):
        return False
    cue = cue_at(doc, j)
    return cue is not None and bool(cue.classes & COORDINATED_CLASSES)


def _that_after_chain(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A ``that``-clause after a longer chain of adjuncts (``said in a statement released
    on Monday that …``; :mod:`.adjuncts`)."""
    s = that_after_adjuncts(doc, k, sb)
    return _PASS if s is None else (s, "that")


def _bare_after_chain(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A ``that``-less clause after a chain of adjuncts, for a verb taking bare clauses
    (``said in a statement it had opened an inquiry``; :mod:`.adjuncts`) or any verb of
    saying: ``wrote on social media the museum would close``, ``stated in a filing the
    firm had …``. Right after ``wrote`` a noun phrase is what was written (``wrote the
    letter``); after the chain only a clause with its own finite verb is read, and for
    such a verb not after ``of`` or a preposition's gerund (``accused of killing``,
    ``warned after robbing``)."""
    if not cue.classes & {"bare", "speech"}:
        return _PASS
    s = clause_after_adjuncts(doc, k, sb)
    if s is not None and "bare" not in cue.classes and (doc.low[k] == "of" or any(
            doc.low[j].endswith("ing") and doc.low[j - 1] in grammar.PREPOSITIONS for j in range(k + 1, doc.word_at(s)))):
        return _PASS  # "a man accused of killing Ann Roe years ago appeared": the gerund's object
    return _PASS if s is None else (s, "bare")


def _demonstrative(doc: Doc, j: int) -> bool:
    """``denied that, saying ...``, ``disputed that.``: a ``that`` before the end of a
    sentence, or before a comma and a participle, is the pronoun object (what was just
    said), not the start of a clause (``said that, if elected, she would ...`` is one)."""
    g = doc.gap(j).strip()
    if g[:1] in (".", ";", "!", "?") or _adverb_after_pronoun(doc, j):
        return True
    return g == "," and j + 1 < len(doc.starts) and doc.low[j + 1].endswith("ing") \
        and doc.text[doc.starts[j + 1]].islower()


#: The most words after a pronoun ``that`` and its adverb before the clause ends.
_ADVERB_TAIL = 3


def _adverb_after_pronoun(doc: Doc, j: int) -> bool:
    """``had heard that before.``, ``has said that many times,``: the ``that`` at word ``j``
    is followed (maybe after a comma) by an adverb of ``demonstrative_adverbs`` and no
    more than a few words, none a finite verb, to the end of the sentence: a pronoun
    object (``said that too often, officials …`` goes on to a clause)."""
    k = j + 1
    if k >= len(doc.starts) or not (doc.joined(j) or doc.gap(j).strip() == ",") \
            or doc.low[k] not in words().demonstrative_adverbs:
        return False
    while k < len(doc.starts) and k - j <= _ADVERB_TAIL:
        if doc.low[k] in FINITE or doc.low[k] in words().irregular_past or doc.low[k].endswith("ed"):
            return False
        if not doc.joined(k):
            return doc.gap(k).strip()[:1] in (".", ";", "!", "?")  # a comma may resume a clause
        k += 1
    return False


def _time_adverbial(doc: Doc, j: int) -> bool:
    """Word ``j`` leads a time adverbial (``this month``, ``this week``): ``announced in a
    statement this month that …`` has no clause at ``this``."""
    return j + 1 < len(doc.starts) and doc.joined(j) and doc.low[j] in _TIME_LEADS and (
        doc.low[j + 1] in speaker_words().times or doc.low[j + 1] in speaker_words().named_times)


#: The most words of a quoted title in an addressee (``told BBC Radio's "Sportsweek" that``).
_TITLE_WORDS = 4


def _past_title(doc: Doc, j: int, sb: int) -> int | None:
    """Word ``j`` opens a short quoted title (a programme, a paper) inside an addressee:
    the first word after its closing mark, or None (a longer quotation is speech)."""
    q = doc.quote_at(doc.starts[j])
    if q is None or q.recovered or q.close >= sb:
        return None
    x = j
    while x < len(doc.starts) and doc.starts[x] < q.close:
        x += 1
        if x - j > _TITLE_WORDS:
            return None
    return x if x < len(doc.starts) and doc.starts[x] < sb else None


#: The most words of an aside set off by commas between a cue and its ``that``.
_ASIDE_WORDS = 15


def _that_after_aside(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``cautioned, as did the campaign itself, that …``, ``said, however, that …``,
    ``continues to insist, most recently in an interview, that …``: an aside set off by
    commas between the cue and its ``that``-clause."""
    if doc.gap(cue.last).strip() != ",":
        return _PASS
    j = k
    while j + 2 < len(doc.starts) and doc.starts[j + 2] < sb and j - k < _ASIDE_WORDS:
        if doc.in_quote(doc.starts[j]):
            return _PASS
        g = doc.gap(j).strip()
        if g == ",":
            return (doc.starts[j + 2], "that") if doc.low[j + 1] == "that" else _PASS
        if g and not doc.joined(j):
            return _PASS
        j += 1
    return _PASS


def _as_much(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``The minister said as much on Friday``, ``admitted as much``: ``as much`` stands for
    what was said (a claim told just before); it is the content, pointing back."""
    if doc.low[k : k + 2] == ["as", "much"] and doc.joined(cue.last) and doc.joined(k) \
            and (k + 2 >= len(doc.starts) or doc.low[k + 2] not in ("as", "than")):
        return doc.starts[k], "anaphor"
    return _PASS


def _punctuation_after_cue(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A cue followed by punctuation (``said, …``) takes no clause of its own."""
    if not doc.joined(cue.last) and doc.gap(cue.last).strip():
        return None
    return _PASS


#: The most words between an accusing verb and its ``of`` (``accused the ministry of``).
_ACCUSED_GAP = 8


def _accusation(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``accused X of <content>``; a verb of suspicion may also hold a belief
    (``investigators suspect the fire was set``)."""
    if not (cue.form in _ACCUSE or cue.form.startswith("accus")):
        return _PASS
    if doc.low[k] == "of":
        return None  # "three men suspected of planning", "was accused of": passive
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k < _ACCUSED_GAP:
        if doc.low[j] == "of" and j + 1 < len(doc.starts):
            return doc.starts[j + 1], "of"
        j += 1
    if "belief" not in cue.classes:
        return None
    clause = clause_after(doc, k, sb)
    return (clause, "clause") if clause is not None else None


#: The most words of a tail after an addressee that is no clause (``exchange on Tuesday``).
_ADDRESSEE_TAIL = 4


def _short_tail_without_verb(doc: Doc, s: int, sb: int) -> bool:
    """The words from ``s`` to the sentence's end are few and hold no finite verb: the
    rest of the addressee and a time (``told the stock exchange on Tuesday``), no clause."""
    n = 0
    j = s
    while j < len(doc.starts) and doc.starts[j] < sb:
        if doc.low[j] in FINITE or finite_clause(doc, j, sb):
            return False
        n += 1
        j += 1
    return n <= _ADDRESSEE_TAIL


def _past_addressee(doc: Doc, k: int, sb: int) -> int | None:
    """The word after the addressee of ``told Reuters``, ``told the court``, ``told
    reporters that`` (``that`` skipped), or None when no clause follows the addressee."""
    wl = words()
    if doc.low[k] in grammar.COORDINATORS:
        return None  # "a hydraulic warning and that …": a conjunction opens no addressee
    if doc.low[k] in grammar.PREPOSITIONS - {"to"} and not _amount_opens(doc, k):
        return None  # "warned in a report published Monday": an adjunct, no addressee ("promising to" reads on)
    s = k + 1
    if doc.low[k] in ("the", "a", "an") and s < len(doc.starts) and doc.joined(k):
        s += 1  # "told the court": a determiner and its noun
    while s < len(doc.starts) and doc.joined(s - 1) and doc.low[s] not in _OPENERS and (
        (s - k < 3 and doc.low[s] in wl.objects) or (s - k < _NAME_ADDRESSEE and doc.text[doc.starts[s]].isupper())
    ):
        s += 1  # "told Reuters", "told the Hobart Magistrates Court": a name runs on
    s = _opener_after(doc, k, s, sb)
    if s + 1 < len(doc.starts) and s - k < _ADDRESSEE_WORDS and doc.joined(s - 1) and doc.joined(s) \
            and doc.low[s] not in wl.stop and doc.low[s + 1] in _SUBJECT_PRONOUNS and doc.text[doc.starts[s]].islower():
        s += 1  # "told local media he started …": the clause opens at its pronoun subject
    if s < len(doc.starts) and doc.gap(s - 1).strip():
        return None  # "told the court, his lawyer said": no clause follows the addressee
    if s < len(doc.starts) and doc.low[s] == "that":
        s += 1
    if s >= len(doc.starts) or doc.starts[s] >= sb:
        return None
    return s


#: Words that open a noun phrase. After an addressee they open the subject of the reported
#: clause (``told the council the rent was too high``, ``told his staff the shop would
#: close``), never more of the addressee.
_OPENERS: Final = grammar.ARTICLES | grammar.POSSESSIVE_DETERMINERS
#: The most plain words of an addressee after its determiner (``told a local newspaper``).
_ADDRESSEE_WORDS = 4
#: The most words of a named addressee (``told the Hobart Magistrates Court``).
_NAME_ADDRESSEE = 6


def _opener_after(doc: Doc, k: int, s: int, sb: int) -> int:
    """``told a local newspaper the shop would close``, ``told the court's clerk the …``:
    an addressee opened by a determiner at word ``k`` runs over a few plain lower-case words
    up to the determiner that opens the clause; ``s`` (where the clause was thought to open)
    when no such determiner follows (``told the council rents were too high``)."""
    if doc.low[k] not in _OPENERS or (s < len(doc.low) and doc.low[s] in _OPENERS):
        return s
    wl = words()
    x = s
    timed = 0  # words of a time adverbial after the addressee, not counted as its words
    while x < len(doc.starts) and doc.starts[x] < sb and x - k - timed <= _ADDRESSEE_WORDS and doc.joined(x - 1):
        w = doc.low[x]
        if w in _OPENERS:
            return x
        if not timed and _time_adverbial(doc, x) and doc.joined(x + 1):
            x += 2  # "told a news conference on Monday the …": a time after the addressee
            timed = 2
            continue
        if not doc.text[doc.starts[x]].islower() or w in wl.prepositions or w in wl.gap_stop \
                or w in wl.clause_bad_starts or cue_at(doc, x) is not None:
            return s
        x += 1
    return s


def _bare_clause(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A verb that takes a clause without ``that`` (``insist they abide``, ``analysts say
    breaches …``, ``told Reuters the plan …``): the clause after the cue (and addressee)."""
    if "bare" not in cue.classes:
        return _PASS
    if cue.form not in TELL:
        return _bare_from(doc, k, sb, cue)
    s = _past_addressee(doc, k, sb)
    if s is not None and doc.low[s] in grammar.PREPOSITIONS:
        chained = clause_after_adjuncts(doc, s, sb)  # "told investors in a letter the plant …"
        if chained is not None:
            return chained, "bare"
    if s is not None and _short_tail_without_verb(doc, s, sb):
        s = None  # "it told the stock exchange on Tuesday.": the addressee ran on, no clause
    found = _bare_from(doc, s, sb, cue) if s is not None else None
    if found is None:  # "warned the outbreak could spread": no addressee, a clause
        clause = clause_after(doc, k, sb)
        return (clause, "clause") if clause is not None else None
    return found


def _bare_from(doc: Doc, s: int, sb: int, cue: Cue) -> tuple[int, str] | None:
    """Where a bare clause opening at word ``s`` starts, or None when ``s`` cannot open one."""
    wl = words()
    if time_then_comma(doc, s):
        return None  # "engineers said Friday, as crews …": a time adverbial, no clause
    s = _past_time_lead(doc, s, sb)
    first = doc.low[s]
    if (first in wl.clause_bad_starts or first in wl.gap_stop - _SUBJECT_PRONOUNS) and not (
        _amount_opens(doc, s) or negative_subject(doc, s, sb)
    ):
        return None  # "said no to the offer"; "said no one was hurt" opens a clause
    while s + 1 < len(doc.starts) and doc.low[s] in speaker_words().named_times and doc.joined(s):
        s += 1  # "said Friday the tunnel was safe": the clause starts after the day
    if _adverb_then_preposition(doc, s):  # "complained again about the fees": no clause there
        chained = clause_after_adjuncts(doc, s + 1, sb)  # "said again on Monday the quay …"
        return (chained, "bare") if chained is not None else None
    if (sb - doc.starts[s] < MIN_CLAUSE and not finite_clause(doc, s, sb)) \
            or ("goal_object" in cue.classes and _object_then_goal(doc, s, sb)):
        return None  # a short clause needs its verb: "said profits fell", not "said so"
    return doc.starts[s], "bare"


@cache
def _verb_adverbs() -> frozenset[str]:
    return frozenset(load_json("stance.json").get("between", ()))


def _adverb_then_preposition(doc: Doc, s: int) -> bool:
    """Word ``s`` is an adverb of the verb (one of stance.json's 'between' words) and a
    preposition follows it: ``argued strongly for a crossing``,
    ``complained again about the fees``. A clause opens with its subject, not with the
    verb's adverb and prepositional phrase; the stance reading (:mod:`.stance`) takes the
    phrase's object as content."""
    if s + 1 >= len(doc.starts) or not doc.joined(s):
        return False
    return doc.low[s] in _verb_adverbs() and doc.low[s + 1] in grammar.PREPOSITIONS


def _object_then_goal(doc: Doc, s: int, sb: int) -> bool:
    """``added lime to the fields``, ``added 300 jobs to its payroll``: a noun phrase, then
    ``to`` and a noun phrase, with no finite verb between, is a verb's object and its goal,
    not a clause (``said the talks would move to the capital`` has its verb first)."""
    j = s + 1
    while j < len(doc.starts) and doc.starts[j] < sb and j - s <= _GOAL_OBJECT and doc.joined(j - 1):
        w = doc.low[j]
        if w in FINITE or w in words().irregular_past:
            return False
        if w == "to":
            nxt = doc.low[j + 1] if j + 1 < len(doc.starts) else ""
            return nxt in DETS or nxt in _POSSESSIVES or nxt[:1].isdigit()
        j += 1
    return False


#: The most words of an object before its goal (``mushrooms picked elsewhere to the soup``).
_GOAL_OBJECT = 6
#: Possessive determiners that open a goal (``to its payroll``).
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


#: Words that bound an amount (``at least four``, ``about 40``, ``over 200``, ``up to 30``):
#: the closed class of quantity modifiers that are prepositions elsewhere.
_AMOUNT_LEADS: Final = {("at", "least"): 2, ("at", "most"): 2, ("up", "to"): 2, ("about",): 1, ("over",): 1,
                        ("around",): 1, ("under",): 1, ("nearly",): 1, ("almost",): 1}
#: a cardinal number: digits or a number word (the closed class of English cardinals)
_CARDINAL = regex.compile(r"\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                          r"seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|"
                          r"half|a|an)")


def _amount_opens(doc: Doc, s: int) -> bool:
    """``says at least four executives sold shares``: a preposition that bounds an amount
    (``at least``, ``about``, ``over``) followed by a number opens the clause's subject."""
    for lead, n in _AMOUNT_LEADS.items():
        if tuple(doc.low[s : s + n]) == lead and s + n < len(doc.low) and all(doc.joined(k) for k in range(s, s + n)):
            return _CARDINAL.fullmatch(doc.low[s + n]) is not None and (
                doc.low[s + n] not in ("a", "an") or doc.low[s + n + 1 : s + n + 2] in (["dozen"], ["hundred"], ["third"],
                                                                                       ["quarter"], ["half"]))
    return False


#: Subject pronouns that may open a bare clause although they stop a ``that`` gap.
_SUBJECT_PRONOUNS = grammar.SUBJECT_PRONOUNS | {"there", "this"}


def _finite_clause(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A verb of saying or thinking before a finite clause (``announced it would close``,
    ``believes the plan will fail``); not after ``tell``, whose object is its addressee."""
    if cue.classes & {"speech", "belief"} and cue.form not in TELL:
        clause = clause_after(doc, k, sb)
        if clause is not None:
            return clause, "clause"
    return _PASS


#: The most words of an object noun phrase before its intention noun (``expressed
#: Russia's intent to``).
_INTENT_GAP = 5


def _intention_object(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``expressed Russia's intent to …``, ``mentioned plans to …``: an object naming an
    intention or plan is the content."""
    if "npcomp" not in cue.classes:
        return _PASS
    wl = words()
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k < _INTENT_GAP:
        if doc.low[j] in wl.intent_nouns and j + 1 < len(doc.low) and doc.low[j + 1] in ("to", "that"):
            return doc.starts[k], "np"
        if not doc.joined(j):
            break
        j += 1
    return _PASS


#: The most words between a verb of expressing and its content noun (``voiced his deep
#: concern``).
_CONTENT_NOUN_GAP = 3


def _content_noun_clause(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``expressed hope the bridge would reopen``, ``voiced concern the plan would fail``,
    ``reiterated his belief the deal was fair``: a verb of expressing (``npcomp``) whose
    object is a content noun (``data/nouns.json``) followed, without ``that``, by a finite
    clause: the clause is what the subject hopes, fears or holds (with ``that`` the
    ``that``-rule reads it already). Only plain lower-case words (a determiner, a
    possessive, an adjective) stand between the verb and the noun."""
    if "npcomp" not in cue.classes or not doc.joined(cue.last):
        return _PASS
    nouns = noun_lexicon().forms
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _CONTENT_NOUN_GAP:
        if doc.low[j] in nouns:
            if not doc.joined(j) or j + 1 >= len(doc.starts):
                return _PASS
            clause = clause_after(doc, j + 1, sb)
            v = finite_verb(doc, doc.word_at(clause), sb) if clause is not None else None
            if clause is None or v is None or reduced_relative_verb(doc, v, sb):
                return _PASS  # "voiced concerns the crews raised last year": the noun's relative
            return clause, "clause"
        if not doc.joined(j) or not doc.text[doc.starts[j]].islower() or doc.low[j] in words().gap_stop - DETS:
            return _PASS
        j += 1
    return _PASS


#: The most words between ``claimed`` and the noun of a toll (``claimed at least 33 lives``).
_TOLL_GAP = 4
#: The most words between ``claimed`` and a thing claimed as one's own (``claimed the
#: title``, ``claimed a bronze medal``).
_OWNED_GAP = 2


def _toll(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``The storm has claimed 33 lives``, ``claimed the lives of 12 fishermen``: ``claim``
    with a toll noun as its object (``toll_nouns``) reports nothing; nor does ``claim``
    with a thing taken or asked for as one's own (``owned_claim_nouns``: ``claimed the
    title``, ``claimed asylum``), unless a ``that`` opens a clause first."""
    if not cue.form.startswith("claim"):
        return _PASS
    w = words()
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _TOLL_GAP:
        if doc.low[j] in w.toll_nouns or (j - k <= _OWNED_GAP and _owned(doc, j, sb)):
            return None
        if not doc.joined(j) or doc.low[j] == "that":
            break
        j += 1
    return _PASS


def _owned(doc: Doc, j: int, sb: int) -> bool:
    """Whether word ``j`` is a thing claimed as one's own that ends its noun phrase: what
    follows is punctuation, the sentence's end or a preposition, conjunction or time word
    (``owned_claim_next``), never another noun (``the title deeds``)."""
    w = words()
    if doc.low[j] not in w.owned_claim_nouns:
        return False
    return not doc.joined(j) or j + 1 >= len(doc.starts) or doc.starts[j + 1] >= sb or doc.low[j + 1] in w.owned_claim_next


#: The most words of the object between a verb of thinking and its ``to`` (``expect the
#: central bank to``).
_OBJECT_WORDS = 5
#: Words after ``to`` that make it a preposition, not an infinitive (``expect the letter to
#: the minister``): determiners and object pronouns.
_NOT_INFINITIVE = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                             "these", "those", "him", "them", "us", "me"})
#: Object pronouns among the words that stop a cue's gap (``expect it to``).
_OBJECT_PRONOUNS = frozenset({"it", "this"})


def _object_infinitive(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``Analysts expect the central bank to raise rates``, ``believe him to be innocent``:
    a verb of thinking (``object_infinitive``) with an object and an infinitive, which
    together are what the subject thinks. ``expects to win`` (no object) is an intention,
    not read here."""
    if "object_infinitive" not in cue.classes or doc.low[k] == "to" or not doc.joined(cue.last):
        return _PASS
    stop = words().gap_stop - _OBJECT_PRONOUNS
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _OBJECT_WORDS:
        if doc.low[j] == "to":
            v = j + 1
            if j > k and v < len(doc.starts) and doc.starts[v] < sb and doc.joined(j) \
                    and doc.text[doc.starts[v]].islower() and doc.low[v] not in _NOT_INFINITIVE \
                    and not doc.low[v].endswith("ing"):  # "essential to keeping": a preposition
                return doc.starts[k], "clause"
            return _PASS
        if not doc.joined(j) or doc.low[j] in stop or cue_at(doc, j) is not None:
            return _PASS
        j += 1
    return _PASS


#: Words after ``show`` that make a phrasal verb or a place, not an object (``show up``).
_NO_OBJECT = frozenset({"up", "off", "out", "through", "signs"})


def _evidence_object(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``Video of the incident shows him with his hands in the air``, ``The poll shows
    Clinton ahead``: a document or record (``evidence_object`` verbs with a document head
    in the subject) shows its object, which with what follows is the content. Any other
    subject (``the governor showed his hand``) shows no report."""
    if "evidence_object" not in cue.classes or not doc.joined(cue.last) or cue.form.endswith("ing"):
        return _PASS  # "video surfaced showing …": the participle's subject is not read here
    w = doc.low[k]
    if w in _NO_OBJECT or w in words().prepositions or w in words().gap_stop - _OBJECT_PRONOUNS:
        return _PASS
    np, _ = subject_before(doc, cue, doc.sentence(cue.start)[0])
    if np is None or not any(a_document_head(doc, j) for j in range(np.first, np.last + 1)):
        return _PASS
    return doc.starts[k], "np"


_AFTER_CUE_RULES: Final = (
    _toll,
    _quotation_follows,
    _asked_question,
    _how_clause,
    _as_much,
    _that_within_gap,
    _that_after_chain,
    _bare_after_chain,
    _that_after_aside,
    _punctuation_after_cue,
    _accusation,
    _content_noun_clause,
    _object_infinitive,
    _bare_clause,
    _finite_clause,
    _intention_object,
    _evidence_object,
)


#: Verbs that report a question; their content is an indirect question.
_ASK = frozenset({"ask", "asked", "asks", "asking", "wonder", "wondered", "wonders", "wondering"})
#: Words that open an indirect question (``asked whether``, ``wondered why``).
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which"})
#: The most words of an addressee between ``asked`` and its question (``asked the minister``).
_ADDRESSEE = 4


def _question(doc: Doc, k: int, sb: int) -> int | None:
    """Where the indirect question after an asking verb starts (``asked whether the ferry
    …``, ``asked the minister why …``), the question word included, or None."""
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _ADDRESSEE:
        if doc.low[j] in _QUESTION_WORDS:
            if j + 2 >= len(doc.starts) or doc.starts[j + 2] >= sb or not doc.joined(j):
                return None
            return doc.starts[j]
        if j > k and not doc.joined(j - 1):
            return None
        if doc.low[j] in ("to", "for", "about", "that") or doc.low[j] in speaker_words().named_times:
            return None  # "asked to leave", "asked for help": a request, no question
        j += 1
    return None


#: Words that place a time adverbial within its day or period (``late on Tuesday``).
_TIME_DEGREES = frozenset({"late", "early", "earlier", "later"})
#: Words that lead a named time in an adverbial (``said on Wednesday it had ...``).
_TIME_LEADS = frozenset({"on", "last", "this", "next", "early", "late", "earlier", "later"})


def _past_time_lead(doc: Doc, s: int, sb: int) -> int:
    """Word ``s`` past a time adverbial of a lead word and a named time (``said on
    Wednesday it had found ...``: the clause starts at ``it``); ``s`` when there is none
    or a comma ends it (``said on Friday, as crews ...`` has no clause)."""
    if s + 2 < len(doc.starts) and doc.starts[s + 2] < sb and _time_adverbial(doc, s) and doc.joined(s + 1):
        return s + 2
    if doc.low[s] in _TIME_DEGREES and s + 3 < len(doc.starts) and doc.starts[s + 3] < sb and doc.joined(s) \
            and _time_adverbial(doc, s + 1) and doc.joined(s + 2):
        return s + 3  # "said late on Tuesday the inquiry had …"
    return s


def clause_after(doc: Doc, k: int, sb: int) -> int | None:
    """Where a ``that``-less finite clause starts at word ``k`` or after a day word
    (``announced Monday it would``), or None."""
    s = _past_time_lead(doc, k, sb)
    while s + 1 < len(doc.starts) and doc.low[s] in speaker_words().named_times and doc.joined(s):
        s += 1
    if s >= len(doc.starts) or sb - doc.starts[s] < MIN_CLAUSE:
        return None
    return doc.starts[s] if finite_clause(doc, s, sb) else None


#: The fewest characters of a ``that``-less clause (``prices rose`` is too little to tell).
MIN_CLAUSE = 15

