"""Reported (indirect) speech: ``Ushakov emphasised that the agreement would …``.

For each cue outside quotation marks, the reported content is, in order of preference:

* a ``that``-clause right after the cue, possibly after a short adverbial or object
  (``announced Monday that …``, ``reiterated its stance that …``, ``told Reuters that``);
* a bare clause after a verb of saying (``insist they abide …``, ``claiming North
  Korea provided …``, ``analysts say breaches …``);
* ``accused X of <content>``;
* an object noun phrase carrying an intention or plan (``expressed Russia’s intent to
  …``, ``mentioned plans to …``);
* the clause before a postposed attribution (``…, sources said.``, ``…, according to
  the Kremlin.``) or after a preposed ``According to X, …``.

Content runs to the end of the sentence, cut before a trailing participle cue
(``…, describing them as …``) and without the final period.
"""

from __future__ import annotations

import enum
from typing import Final

import regex

from newskit import grammar
from newskit.textlayer import opens_sentence

from .actors import classify, tables
from .adjuncts import that_after_adjuncts
from .attribution import (
    NP,
    Cue,
    a_document_head,
    can_speak,
    cue_at,
    np_after,
    subject_before,
    words,
)
from .clause import finite_clause
from .cues import lexicon
from .direct import Item, appositive_subject, noun_use, subject_of
from .doc import Doc
from .plausible import a_document, speaker_words

__all__ = ["opening_definite", "reported_items"]

#: The confidence of content read as a ``that``-less clause after a verb that does not
#: take one everywhere (``believes the plan will fail``, ``announced it would``).
CLAUSE_CONFIDENCE = 0.65

#: The longest reported content (characters): a sentence without an end stops here.
MAX_CONTENT = 1000

#: A comma (a closing quotation mark may follow it) and a participle: ``…," adding that``.
_COMMA_ING = regex.compile(r",[\"\u201d]?\s+(\p{L}+ing)\b")

_THAT_OR_COMMA = regex.compile(r"\bthat\b|,")
_CLAUSE_CUT = regex.compile(r";|(?<=\s)(?:[\u2014\u2013]|--)(?=\s)")
_TELL = frozenset({"tell", "told", "tells", "telling", "inform", "informed", "informs", "assure",
                   "assured", "assures", "remind", "reminded", "reminds", "warn", "warned",
                   "warns", "advise", "advised", "notify", "notified", "convince", "convinced",
                   "persuade", "persuaded", "promise", "promised", "promises", "assuring",
                   "reminding", "warning", "informing", "promising"})
_ACCUSE = frozenset({"accuse", "accused", "accuses", "accusing", "charge", "charged",
                     "charges", "charging", "suspect", "suspected", "suspects"})


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    if b - a < 3:
        return None
    return a, b


def _cut(doc: Doc, a: int, b: int) -> int:
    """End the content before ``, <participle cue>`` or a dash/semicolon break."""
    b = min(b, a + MAX_CONTENT)
    m = _CLAUSE_CUT.search(doc.text, a, b)
    if m is not None and m.start() - a > 15:
        b = m.start()
    for m in _COMMA_ING.finditer(doc.text, a + 15, b):
        k = doc.word_at(m.start(1))
        if k < len(doc.starts) and not doc.in_quote(doc.starts[k]) and cue_at(doc, k) is not None:
            return int(m.start())
    c = _coordinated_attribution(doc, a + 15, b)
    return b if c is None else c


#: Conjunctions that may join a second attribution to a report (``…, but he said …``,
#: ``… and noted that …``, ``… though she acknowledged …``).
_COORDINATORS = frozenset({"and", "but", "though", "although", "while", "whereas"})
#: The cue classes of a coordinated attribution: saying and thinking, and labels and
#: attitudes (``… and called it a common ailment``, ``… but praised the plan``).
_COORDINATED_CLASSES = frozenset({"speech", "belief", "label", "attitude"})
#: Subject pronouns of a coordinated attribution (``but he said``).
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
#: The most words of a noun-phrase subject of a coordinated attribution
#: (``but the former governor said``).
_COORD_SUBJECT = 4


def _coordinated_attribution(doc: Doc, a: int, b: int) -> int | None:
    """Where a second attribution joined by a conjunction starts inside ``[a, b)``, or None.

    ``agreed that the rules should change, but he said that the talks should wait``:
    the second clause is a report of its own (its speaker, its cue, its content), so the
    first report ends before its conjunction. The conjunction is followed by the cue
    (a shared subject: ``and noted``, ``but added``), a pronoun and the cue, or - after a
    comma, or after a conjunction that cannot join two noun phrases (``but``, ``though``) -
    a short subject and the cue. ``said he and Obama agree`` is one report (``and``
    joins the subject)."""
    i = doc.word_at(a)
    while i < len(doc.starts) and doc.starts[i] < b:
        if doc.low[i] in _COORDINATORS and not doc.in_quote(doc.starts[i]) and _attribution_after(doc, i, b):
            g = doc.text.rfind(",", doc.ends[i - 1], doc.starts[i]) if i > 0 else -1
            return g if g >= 0 else doc.starts[i]
        i += 1
    return None


def _attribution_after(doc: Doc, i: int, b: int) -> bool:
    """The conjunction at word ``i`` opens ``[subject] [adverbs] <cue>``: no subject, a
    subject pronoun, or a short noun phrase (opened by a capital or a determiner; when
    ``np_ok``, by any word: ``…, and human rights groups warned``)."""
    np_ok = (i > 0 and doc.gap(i - 1).strip() == ",") or doc.low[i] != "and"
    skip = words().skip
    j = i + 1
    n_subject = 0
    closed = False  # a pronoun is a whole subject: only adverbs and the cue may follow
    while j < len(doc.starts) and doc.starts[j] < b and doc.joined(j - 1):
        w = doc.low[j]
        if not (n_subject == 0 and w in _PRONOUN_SUBJECTS):
            cue = cue_at(doc, j)
            if cue is not None and not noun_use(doc, cue) and cue.classes & _COORDINATED_CLASSES:
                return closed or n_subject == 0 or np_ok
        if w in skip:
            pass
        elif n_subject == 0 and w in _PRONOUN_SUBJECTS:
            n_subject, closed = 1, True
        elif closed or n_subject >= _COORD_SUBJECT:
            return False
        elif n_subject or np_ok or doc.text[doc.starts[j]].isupper() or w in _DETERMINERS:
            n_subject += 1  # "…, and human rights groups warned": a bare plural after a comma too
        else:
            return False
        j += 1
    return False


_DETERMINERS = grammar.ARTICLES | grammar.POSSESSIVE_DETERMINERS | {"some", "many", "other", "several"}


def _time_then_comma(doc: Doc, k: int) -> bool:
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
    """A rule of :func:`_after_cue` that does not apply: the next rule decides."""

    PASS = 0


#: What a rule of :func:`_after_cue` finds: where the content starts and how it was found,
#: None (no reported content after this cue: stop), or :attr:`_Pass.PASS` (not this rule).
_Found = tuple[int, str] | None | _Pass
_PASS: Final = _Pass.PASS


def _after_cue(doc: Doc, cue: Cue, sb: int) -> tuple[int, str] | None:
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
    """``explained how the pumps failed``: the clause after ``how``."""
    if doc.low[k] == "how" and doc.joined(cue.last) and k + 1 < len(doc.starts):
        return doc.starts[k + 1], "that"
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
    gap = _TELL_THAT_GAP if cue.form in _TELL else _THAT_GAP
    tell = cue.form in _TELL
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= gap:
        if doc.low[j] == "that":
            if _demonstrative(doc, j):
                return None
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
        if doc.gap(j).strip() not in ("", ",") and not doc.joined(j):
            if not (tell and j + 1 < len(doc.starts) and _past_title(doc, j + 1, sb) is not None):
                break
        j += 1
    return _PASS


def _that_follows(doc: Doc, cue: Cue) -> bool:
    """``that`` opens a clause right after the cue."""
    k = cue.last + 1
    return k < len(doc.low) and doc.low[k] == "that" and doc.joined(cue.last)


def _participle_report(doc: Doc, j: int) -> bool:
    """Word ``j`` opens a report of its own after a comma (``, adding that``, ``, noting
    that``): a participle of a verb of saying or thinking."""
    if j == 0 or "," not in doc.gap(j - 1) or not doc.low[j].endswith("ing"):
        return False
    cue = cue_at(doc, j)
    return cue is not None and bool(cue.classes & _COORDINATED_CLASSES)


def _that_after_chain(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A ``that``-clause after a longer chain of adjuncts (``said in a statement released
    on Monday that …``; :mod:`.adjuncts`)."""
    s = that_after_adjuncts(doc, k, sb)
    return _PASS if s is None else (s, "that")


def _demonstrative(doc: Doc, j: int) -> bool:
    """``denied that, saying ...``, ``disputed that.``: a ``that`` before the end of a
    sentence, or before a comma and a participle, is the pronoun object (what was just
    said), not the start of a clause (``said that, if elected, she would ...`` is one)."""
    g = doc.gap(j).strip()
    if g[:1] in (".", ";", "!", "?"):
        return True
    return g == "," and j + 1 < len(doc.starts) and doc.low[j + 1].endswith("ing") \
        and doc.text[doc.starts[j + 1]].islower()


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
    clause = _clause_after(doc, k, sb)
    return (clause, "clause") if clause is not None else None


def _past_addressee(doc: Doc, k: int, sb: int) -> int | None:
    """The word after the addressee of ``told Reuters``, ``told the court``, ``told
    reporters that`` (``that`` skipped), or None when no clause follows the addressee."""
    wl = words()
    s = k + 1
    if doc.low[k] in ("the", "a", "an") and s < len(doc.starts) and doc.joined(k):
        s += 1  # "told the court": a determiner and its noun
    while s < len(doc.starts) and s - k < 3 and doc.joined(s - 1) and (
        doc.text[doc.starts[s]].isupper() or doc.low[s] in wl.objects
    ):
        s += 1
    if s < len(doc.starts) and doc.gap(s - 1).strip():
        return None  # "told the court, his lawyer said": no clause follows the addressee
    if s < len(doc.starts) and doc.low[s] == "that":
        s += 1
    if s >= len(doc.starts) or doc.starts[s] >= sb:
        return None
    return s


def _bare_clause(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """A verb that takes a clause without ``that`` (``insist they abide``, ``analysts say
    breaches …``, ``told Reuters the plan …``): the clause after the cue (and addressee)."""
    if "bare" not in cue.classes:
        return _PASS
    if cue.form not in _TELL:
        return _bare_from(doc, k, sb)
    s = _past_addressee(doc, k, sb)
    found = _bare_from(doc, s, sb) if s is not None else None
    if found is None:  # "warned the outbreak could spread": no addressee, a clause
        clause = _clause_after(doc, k, sb)
        return (clause, "clause") if clause is not None else None
    return found


def _bare_from(doc: Doc, s: int, sb: int) -> tuple[int, str] | None:
    """Where a bare clause opening at word ``s`` starts, or None when ``s`` cannot open one."""
    wl = words()
    if _time_then_comma(doc, s):
        return None  # "engineers said Friday, as crews …": a time adverbial, no clause
    s = _past_time_lead(doc, s, sb)
    first = doc.low[s]
    if (first in wl.clause_bad_starts or first in wl.gap_stop - _SUBJECT_PRONOUNS) and not _amount_opens(doc, s):
        return None
    while s + 1 < len(doc.starts) and doc.low[s] in speaker_words().named_times and doc.joined(s):
        s += 1  # "said Friday the tunnel was safe": the clause starts after the day
    if sb - doc.starts[s] < _MIN_CLAUSE:
        return None
    return doc.starts[s], "bare"


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
    if cue.classes & {"speech", "belief"} and cue.form not in _TELL:
        clause = _clause_after(doc, k, sb)
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


#: The most words between ``claimed`` and the noun of a toll (``claimed at least 33 lives``).
_TOLL_GAP = 4


def _toll(doc: Doc, cue: Cue, k: int, sb: int) -> _Found:
    """``The storm has claimed 33 lives``, ``claimed the lives of 12 fishermen``: ``claim``
    with a toll noun as its object (``toll_nouns``) reports nothing."""
    if not cue.form.startswith("claim"):
        return _PASS
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k <= _TOLL_GAP:
        if doc.low[j] in words().toll_nouns:
            return None
        if not doc.joined(j):
            break
        j += 1
    return _PASS


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
    _that_within_gap,
    _that_after_chain,
    _that_after_aside,
    _punctuation_after_cue,
    _accusation,
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


#: Words that lead a named time in an adverbial (``said on Wednesday it had ...``).
_TIME_LEADS = frozenset({"on", "last", "this", "next", "early", "late", "earlier", "later"})


def _past_time_lead(doc: Doc, s: int, sb: int) -> int:
    """Word ``s`` past a time adverbial of a lead word and a named time (``said on
    Wednesday it had found ...``: the clause starts at ``it``); ``s`` when there is none
    or a comma ends it (``said on Friday, as crews ...`` has no clause)."""
    if s + 2 < len(doc.starts) and doc.starts[s + 2] < sb and _time_adverbial(doc, s) and doc.joined(s + 1):
        return s + 2
    return s


def _clause_after(doc: Doc, k: int, sb: int) -> int | None:
    """Where a ``that``-less finite clause starts at word ``k`` or after a day word
    (``announced Monday it would``), or None."""
    s = _past_time_lead(doc, k, sb)
    while s + 1 < len(doc.starts) and doc.low[s] in speaker_words().named_times and doc.joined(s):
        s += 1
    if s >= len(doc.starts) or sb - doc.starts[s] < _MIN_CLAUSE:
        return None
    return doc.starts[s] if finite_clause(doc, s, sb) else None


#: The fewest characters of a ``that``-less clause (``prices rose`` is too little to tell).
_MIN_CLAUSE = 15


def _interposed(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP] | None:
    """``The latest test, North Korea said, was its biggest yet``, ``All of which, he said,
    would help``: an attribution set off by commas inside the clause it reports; the
    content is the sentence (both sides of the attribution)."""
    if "postposed" not in cue.classes or cue.form == "according to":
        return None
    np, why = subject_before(doc, cue, sa)
    if np is None or why != "" or np.first == 0 or doc.gap(np.first - 1).strip() != ",":
        return None
    if doc.starts[np.first - 1] < sa:
        return None
    # a short tail ("on Friday", "in an interview"), then the comma that resumes the clause
    k = cue.last
    while k - cue.last < 4 and k + 1 < len(doc.starts) and doc.starts[k + 1] < sb and doc.joined(k):
        k += 1
    if doc.gap(k).strip() != "," or k + 2 >= len(doc.starts) or doc.starts[k + 2] >= sb:
        return None
    nxt = doc.low[k + 1]
    if nxt in _SUBORDINATORS or nxt.endswith("ing") or nxt in ("who", "whose") \
            or (nxt in ("the", "a", "an") and not finite_clause(doc, k + 1, sb)) \
            or not doc.text[doc.starts[k + 1]].islower():
        return None  # ", as …", ", declining to be named", ", the EU's negotiator": a tail
    a = max(sa, np.start - MAX_CONTENT)  # bounded on both sides: linear in an endless sentence
    b = _cut(doc, doc.starts[k + 1], sb)
    if doc.has_quote_char(a, b):
        return None  # a quotation is the direct grammar's
    span = _trim(doc, a, b)
    return (span[0], span[1], np) if span else None


#: Words opening the short tail between an inverted speaker phrase and its comma.
_TAIL_OPENERS = frozenset({"of", "at", "from", "in", "on", "for", "with"})
#: The most words between an inverted speaker phrase and the comma resuming the clause
#: (``of Cairo University``, ``on Monday``).
_INVERTED_TAIL = 4


def _interposed_inverted(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP] | None:
    """``The strike, said union organiser Pete Dolan, would go ahead``: an inverted
    attribution set off by commas inside the clause it reports; the speaker follows the cue
    and the content is the sentence (both sides of the attribution)."""
    if "postposed" not in cue.classes or "speech" not in cue.classes or cue.form == "according to" \
            or cue.form in speaker_words().addressed:
        return None
    j = cue.first - 1
    if j < 0 or doc.starts[j] < sa or doc.gap(j).strip() != ",":
        return None
    if finite_clause(doc, cue.last + 1, sb) or subject_before(doc, cue, sa)[0] is not None:
        return None  # ", said hackers had accessed …"; "Gary Lukassen, chief financial officer, said"
    np = np_after(doc, cue.last + 1, sb)
    if np is None or not can_speak(doc, np):
        return None  # "reported third-quarter net income of $27.1 million, or …": no speaker
    k = _resuming_comma(doc, np.last, sb)
    if k is None:
        return None
    nxt = doc.low[k + 1]
    if nxt in _SUBORDINATORS or nxt.endswith("ing") or nxt in ("who", "whose", "which") \
            or (nxt in ("the", "a", "an") and not finite_clause(doc, k + 1, sb)) \
            or not doc.text[doc.starts[k + 1]].islower():
        return None  # ", who …", ", adding …", ", the EU's negotiator": no resumed clause
    a = max(sa, doc.ends[j] - MAX_CONTENT)
    b = _cut(doc, doc.starts[k + 1], sb)
    if doc.has_quote_char(a, b):
        return None  # a quotation is the direct grammar's
    span = _trim(doc, a, b)
    return (span[0], span[1], np) if span else None


def _resuming_comma(doc: Doc, last: int, sb: int) -> int | None:
    """The word before the comma that follows a speaker phrase ending at ``last`` after a
    short tail opened by a preposition (``of Cairo University``, ``on Monday``), when a
    word follows it in the sentence; else None."""
    if doc.gap(last).strip() != "," and (last + 1 >= len(doc.starts) or doc.low[last + 1] not in _TAIL_OPENERS):
        return None
    k = last
    while doc.gap(k).strip() != ",":
        if k - last >= _INVERTED_TAIL or not doc.joined(k) or k + 1 >= len(doc.starts) or doc.starts[k + 1] >= sb:
            return None
        k += 1
    return k if k + 1 < len(doc.starts) and doc.starts[k + 1] < sb else None


def _postposed(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP | None] | None:
    """``<clause>, X said.`` / ``<clause>, said X.``: the clause before the attribution."""
    # only a short tail may follow the cue ("in a statement", "on Monday")
    if "postposed" not in cue.classes:
        return None
    te = _tail_end(doc, cue.end, sb)
    tail = doc.text[cue.end : te]
    if len(tail) > 60 and not _named_after(doc, cue, sb):
        return None
    if doc.has_quote_char(cue.end, min(sb, cue.end + _MAX_TAIL)) or _THAT_OR_COMMA.search(tail):
        return None
    if "speech" not in cue.classes and tail.strip(" .!?") and cue.form != "according to":
        return None  # "…, officials believe." ends the sentence; "I believe in", "learned to forgive" do not
    if cue.form == "according to":
        np = np_after(doc, cue.last + 1, sb)
        j = cue.first - 1
        if j < 0 or doc.gap(j).strip() not in _BEFORE_ACCORDING:
            return None  # "<clause>, according to X." / "<clause> — according to X." / "<clause> according to X."
        if te < sb and doc.text[te] == "," and finite_clause(doc, doc.word_at(te + 1), sb):
            return None  # "If the dam fails, according to X, the town will flood": what follows is reported
        return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np
    np, why = subject_before(doc, cue, sa)
    if np is not None and why == "":
        j = np.first - 1
        if j < 0 or doc.gap(j).strip() != "," or doc.starts[j] < sa or _object_tail(doc, cue, sb) \
                or (doc.joined(cue.last) and finite_clause(doc, cue.last + 1, sb)):
            return None  # "…, Niall Burke, said Dunn would start": the cue reports what follows
        return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np
    if why == "comma" and "speech" in cue.classes:
        j = cue.first - 1
        if cue.form not in speaker_words().addressed:  # "…, told Reuters": who is told never speaks
            np2 = _with_conjunct(doc, np_after(doc, cue.last + 1, sb), sb)
            if np2 is not None and not _holds_verb(doc, np2) \
                    and (_short_tail(doc, doc.text[np2.end : _tail_end(doc, np2.end, sb)]) or _named(doc, np2, sb)):
                return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np2
        return _before_apposition(doc, cue, sa, sb)
    return None


def _named_after(doc: Doc, cue: Cue, sb: int) -> bool:
    """``<clause>, said Dr Mateo Ruiz of …``: a comma, the cue, then a person's name."""
    if cue.first == 0 or "," not in doc.gap(cue.first - 1):
        return False
    np = np_after(doc, cue.last + 1, sb)
    return np is not None and _named(doc, np, sb)


def _named(doc: Doc, np: NP, sb: int) -> bool:
    """The phrase after a postposed cue is a person's name, maybe after a title, and opens no
    clause (``…, said Dr Mateo Ruiz of the Institute of Astrophysics in La Laguna.``): a name
    there is the inverted subject, whatever its affiliation's length (``McConnell's trip``
    is no name; ``said Tom Reed had left`` reports a clause)."""
    return any(p.start <= doc.starts[min(np.first + 1, np.last)] and p.end == np.end
               for p in doc.persons_in(np.start, np.end)) and not finite_clause(doc, np.first, sb)


def _past_form(doc: Doc, k: int) -> bool:
    w = doc.low[k]
    return doc.text[doc.starts[k]].islower() and "-" not in w and (
        (w.endswith("ed") and len(w) > 4) or w in words().irregular_past)


def _holds_verb(doc: Doc, np: NP) -> bool:
    """A phrase after a cue with a past verb inside it (``said the bomb killed seven
    people``) is a clause the cue reports, not an inverted subject; a participle after a
    determiner or an adverb modifies (``said the newly appointed chairman``), and one past a
    comma is inside an apposition (``said Dr Ruiz, a co-author of the study published in
    Nature``)."""
    for k in range(np.first + 1, np.last + 1):
        if "," in doc.gap(k - 1):
            return False
        before = doc.low[k - 1]
        if _past_form(doc, k) and before not in grammar.DETERMINERS and not before.endswith("ly") \
                and doc.text[doc.starts[k - 1]].islower():
            return True
    return False


def _with_conjunct(doc: Doc, np: NP | None, sb: int) -> NP | None:
    """An inverted subject with a second one joined by ``and``/``or`` (``…, say political
    consultants and some campaign advisers.``): both, when the second ends the sentence
    (or a short tail does)."""
    if np is None or np.last + 2 >= len(doc.low) or doc.low[np.last + 1] not in ("and", "or") \
            or not doc.joined(np.last) or not doc.joined(np.last + 1):
        return np
    second = np_after(doc, np.last + 2, sb)
    if second is None or _past_form(doc, second.first) or not _short_tail(doc, doc.text[second.end : _tail_end(doc, second.end, sb)]):
        return np
    return NP(np.start, second.end, np.first, second.last)


def _before_apposition(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP | None] | None:
    """``<clause>, Maria Lopez, a union official, told reporters.``: the subject stands
    before its description and the sentence ends with the cue (and whom it tells), so the
    finite clause before that subject's comma is reported."""
    if not _ends_after_cue(doc, cue, sb):
        return None
    np = appositive_subject(doc, cue, sa)
    if np is None or np.first == 0 or doc.gap(np.first - 1).strip() != ",":
        return None
    j = np.first - 1
    if doc.starts[j] < sa or doc.has_quote_char(sa, doc.ends[j]) or not finite_clause(doc, doc.word_at(sa), doc.ends[j]):
        return None  # a quotation is the direct grammar's; a phrase before a name is no clause
    return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np


def _ends_after_cue(doc: Doc, cue: Cue, sb: int) -> bool:
    """Only a short tail follows the cue (``said.``, ``said on Monday.``), or, after a verb
    of telling, whom it tells and such a tail (``told reporters in Lagos.``)."""
    a = cue.end
    if cue.form in speaker_words().addressed:
        told = np_after(doc, cue.last + 1, sb)
        if told is None:
            return False
        a = told.end
    return _short_tail(doc, doc.text[a : _tail_end(doc, a, sb)]) and _tail_end(doc, a, sb) >= sb


#: Words that open an object noun phrase after a verb (``acknowledged the delays``,
#: ``noted their concerns``): a closed class of determiners and possessives.
_OBJECT_DETERMINERS = (grammar.DETERMINERS - {"that"}) | {"some", "any", "no", "every", "each"}  # "that" opens a clause


def _object_tail(doc: Doc, cue: Cue, sb: int) -> bool:
    """``In an interview last week, the minister acknowledged the delays.``: an attribution
    whose verb takes an object after it reports that object, not what stands before the
    comma (the fronted phrase is an adverbial, not the clause said). A verb of telling
    keeps its addressee (``…, the ministry told reporters.``, ``…, she told the BBC.``)."""
    k = cue.last + 1
    if cue.form in _TELL or k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(cue.last):
        return False
    return doc.low[k] in _OBJECT_DETERMINERS and not _time_then_comma(doc, k) and not (
        k + 1 < len(doc.starts) and doc.low[k + 1] in speaker_words().times)


#: What may stand between a clause and a postposed ``according to``: a comma, a dash or
#: nothing (``The dam is safe according to the engineers.``).
_BEFORE_ACCORDING = frozenset({",", "", "\u2014", "\u2013", "-", "--"})


def _according_after_clause(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP | None] | None:
    """``Prices rose 4 percent, according to Ana Ruiz, head of the statistics office.``:
    after a whole clause and a comma, ``according to`` attributes that clause even when a
    description follows the source (the tail is too long or holds a comma for
    :func:`_postposed`); what follows the source's comma is its description, not the
    content. ``The plan, according to X, will cost …`` (no clause before the comma) stays
    the preposed reading."""
    j = cue.first - 1
    if j < 0 or doc.gap(j).strip() != "," or doc.ends[j] - sa < _MIN_CLAUSE:
        return None
    np = np_after(doc, cue.last + 1, sb)
    if not (finite_clause(doc, doc.word_at(sa), doc.ends[j]) or _described(doc, np, sb)):
        return None
    return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np


def _described(doc: Doc, np: NP | None, sb: int) -> bool:
    """After the source and a comma, a description of it (``head of the centre``, ``a
    budget analyst at …``: a role phrase that is no finite clause) or a relative clause
    on it (``, which said …``)."""
    if np is None or np.last + 1 >= len(doc.starts) or doc.gap(np.last).strip() != ",":
        return False
    k = np.last + 1
    if doc.starts[k] >= sb or finite_clause(doc, k, sb):
        return False
    if doc.low[k] in ("who", "which"):
        return True  # "according to the statistics office, which said …"
    end = doc.text.find(",", doc.starts[k], sb)
    actor = classify(doc.text[doc.starts[k] : end if end >= 0 else sb])
    return actor.kind == "person_desc" and actor.head in tables().roles


#: The longest tail after an inverted subject (``…, said the ministry in a statement.``).
_SHORT_TAIL = 40
_TAIL_WORD = regex.compile(r"[\p{L}']+")


def _short_tail(doc: Doc, tail: str) -> bool:
    """Nothing, or a short phrase opened by a preposition (``in a statement``, ``on
    Friday``, ``at a briefing``) after an inverted subject: the sentence ends there, so the
    clause before is what was said."""
    tail = tail.strip(" .")
    if not tail:
        return True
    m = _TAIL_WORD.match(tail)
    return len(tail) <= _SHORT_TAIL and m is not None and m.group().lower() in words().prepositions \
        and "," not in tail and "that" not in _TAIL_WORD.findall(tail.lower())


#: Words opening a clause of their own after the comma that ends an attribution's tail.
_SUBORDINATORS = frozenset({"as", "since", "because", "while", "although", "though", "when", "after",
                            "before", "but", "and", "so", "whereas", "until", "unless", "if"})

#: The longest text after a postposed cue, participle or apposition included (characters).
_MAX_TAIL = 300


def _tail_end(doc: Doc, a: int, sb: int) -> int:
    """Where the tail of a postposed attribution ends: before ``, declining to be named``
    or ``, citing …`` (a participle) or ``, the EU's chief negotiator`` (an apposition)."""
    hi = min(sb, a + _MAX_TAIL)  # a tail is short: never look further (linear time)
    c = doc.text.find(",", a, hi)
    if c < 0 or doc.has_quote_char(c, hi):
        return sb
    k = doc.word_at(c)
    if k >= len(doc.starts) or doc.starts[k] >= sb:
        return sb
    w = doc.low[k]
    lower = doc.text[doc.starts[k]].islower()
    if lower and w in _SUBORDINATORS:
        return c  # "…, lawmakers said Friday, as they bristled at …": a new clause
    if (lower and w.endswith("ing")) or w in ("the", "a", "an", "who", "whose") or not lower:
        if lexicon().first.get(w) and not w.endswith("ing") and lower:
            return sb
        return c
    if not doc.text[a:c].strip() and not lexicon().first.get(w):
        return c  # a comma right after the attribution sets it off: "…, the studio said, far more than …"
    return sb


def reported_items(doc: Doc) -> list[Item]:
    """Indirect-speech items of the article."""
    items: list[Item] = []
    n_words = len(doc.starts)
    first = lexicon().first
    hits = doc.words_in(first.keys() | {"according"})  # the only words the first test lets by
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
    return items


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
    postposed verb of saying that ends the sentence is the attribution's subject."""
    k = np.last + 1
    if np.first == 0 or doc.gap(np.first - 1).strip() != "," or k >= len(doc.low) or not doc.joined(np.last):
        return False
    if "postposed" not in lexicon().classes(doc.low[k]):
        return False
    # it ends the sentence, or a comma sets the attribution off ("…, the studio said, far more than …")
    return doc.gap(k).strip()[:1] in (".", "!", "?", ",") or k + 1 == len(doc.low)


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


def _passive_or_blocked(doc: Doc, cue: Cue) -> bool:
    """``denied by Pyongyang``, ``have been charged with bribery`` (passive: the subject
    is who was charged or told, no speaker) or ``difficult to confirm`` (no speech act)."""
    k = cue.last + 1
    if k < len(doc.low) and doc.low[k] == "by" and doc.joined(cue.last):
        return True
    j = cue.first - 1
    if j >= 0 and doc.low[j] in _BE and doc.joined(j) and not doc.low[cue.first].endswith("ing"):
        return True
    if j >= 1 and doc.low[j] == "to" and doc.joined(j) and doc.joined(j - 1):
        return doc.low[j - 1] in lexicon().infinitive_block
    return False


def _one(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    if _passive_or_blocked(doc, cue):
        return None
    item = _one_raw(doc, cue, sa, sb)
    if item is None or not _plausible(doc, item.np):
        return None
    return _aside_end(doc, cue, item)


def _one_raw(doc: Doc, cue: Cue, sa: int, sb: int) -> Item | None:
    if cue.first > 0 and doc.has_quote_char(doc.ends[cue.first - 1], cue.start) and not _that_follows(doc, cue):
        return None  # '"…," said X': the attribution of a direct quotation ('"…," adding that' is a report)
    if cue.form == "according to":
        pp = _postposed(doc, cue, sa, sb) or _according_after_clause(doc, cue, sa, sb)
        if pp is not None:
            a, b, np = pp
            span = _trim(doc, a, b)
            return Item(span[0], span[1], False, cue, np, "np" if np else "none", 0.8) if span else None
        np = np_after(doc, cue.last + 1, sb)
        if np is None:
            return None
        j = np.last
        while j < len(doc.starts) and doc.starts[j] < sb and doc.gap(j).strip() != "," and j - np.last <= 6:
            j += 1
        if j + 1 >= len(doc.starts) or doc.starts[j + 1] >= sb or j - np.last > 6:
            return None
        span = _trim(doc, doc.starts[j + 1], _cut(doc, doc.starts[j + 1], sb))
        return Item(span[0], span[1], False, cue, np, "np", 0.8) if span else None
    inv = _interposed_inverted(doc, cue, sa, sb)
    if inv is not None:
        return Item(inv[0], inv[1], False, cue, inv[2], "np", 0.8)
    ac = _after_cue(doc, cue, sb)
    if ac is not None and ac[1] in ("bare", "clause") and cue.first > 0 and doc.gap(cue.first - 1).strip() == "," \
            and _postposed(doc, cue, sa, sb) is not None:
        ac = None  # "<clause>, said a senior official.": the inverted subject is no clause
    if ac is not None:
        a, how = ac
        if how == "bare" and "belief" in cue.classes and "speech" not in cue.classes \
                and _clause_after(doc, doc.word_at(a), sb) is None:
            return None  # "believe the report": a belief needs a clause
        span = _trim(doc, a, _cut(doc, a, sb))
        if span is None:
            return None
        np = _judged_speaker(doc, cue, sb) or subject_of(doc, cue, sa)
        if np is None:
            return None
        sure = 0.9 if how == "that" else CLAUSE_CONFIDENCE if how == "clause" or "speech" not in cue.classes else 0.7
        return Item(span[0], span[1], False, cue, np, "np", sure)
    if "postposed" in cue.classes:
        ip = _interposed(doc, cue, sa, sb)
        if ip is not None:
            return Item(ip[0], ip[1], False, cue, ip[2], "np", 0.8)
        pp = _postposed(doc, cue, sa, sb)
        if pp is not None:
            a, b, np = pp
            if np is None:
                return None
            span = _trim(doc, a, b)
            if span is None:
                return None
            return Item(span[0], span[1], False, cue, np, "np", 0.8)
    return None

