"""Attributions after or inside the clause they report (issue #14): ``…, sources said.``,
``…, according to the Kremlin.``, ``The plan, the minister said, will cost …``, ``…, said
Dr Ruiz of the institute, a co-author of the study``.
"""

from __future__ import annotations

import regex

from newskit import grammar

from .actors import classify, tables
from .attribution import NP, Cue, can_speak, np_after, past_form, subject_before, words
from .clause import FINITE, finite_clause
from .complement import MIN_CLAUSE, TELL, time_then_comma
from .content_end import MAX_CONTENT, cut, trim
from .cues import lexicon
from .direct import appositive_subject
from .doc import Doc
from .plausible import speaker_words

__all__ = ["according_after_clause", "ends_after_cue", "interposed", "interposed_inverted", "postposed"]

#: A ``that`` or a comma in the tail after a postposed cue: no short tail.
_THAT_OR_COMMA = regex.compile(r"\bthat\b|,")


def interposed(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP] | None:
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
    if k > cue.last and doc.low[cue.last].endswith("ed") and doc.low[cue.last + 1] in _PASSIVE_TAILS:
        return None  # "Rudd, the manager suspected of fraud, remains in custody": a passive, no speaker
    nxt = doc.low[k + 1]
    if nxt in _SUBORDINATORS or nxt.endswith("ing") or nxt in ("who", "whose") \
            or (nxt in ("the", "a", "an") and not finite_clause(doc, k + 1, sb)) \
            or not doc.text[doc.starts[k + 1]].islower():
        return None  # ", as …", ", declining to be named", ", the EU's negotiator": a tail
    a = max(sa, np.start - MAX_CONTENT)  # bounded on both sides: linear in an endless sentence
    b = cut(doc, doc.starts[k + 1], sb)
    if doc.has_quote_char(a, b):
        return None  # a quotation is the direct grammar's
    span = trim(doc, a, b)
    return (span[0], span[1], np) if span else None


#: Words that, right after a participle cue, make it a passive with no agent (``the manager
#: suspected of fraud``, ``a treasurer charged with theft``): the noun before it is no speaker.
_PASSIVE_TAILS = frozenset({"of", "with"})
#: Words opening the short tail between an inverted speaker phrase and its comma.
_TAIL_OPENERS = frozenset({"of", "at", "from", "in", "on", "for", "with"})
#: The most words between an inverted speaker phrase and the comma resuming the clause
#: (``of Cairo University``, ``on Monday``).
_INVERTED_TAIL = 4


def interposed_inverted(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP] | None:
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
            or not doc.text[doc.starts[k + 1]].islower() \
            or (_described_person(doc, k + 1, sb) and not finite_clause(doc, k + 1, sb)):
        return None  # ", who …", ", adding …", ", the EU's negotiator", ", baker Tom Hale": no resumed clause
    a = max(sa, doc.ends[j] - MAX_CONTENT)
    b = cut(doc, doc.starts[k + 1], sb)
    if doc.has_quote_char(a, b):
        return None  # a quotation is the direct grammar's
    span = trim(doc, a, b)
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


def postposed(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP | None] | None:
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
        np = _with_conjunct(doc, np_after(doc, cue.last + 1, sb), sb)  # "according to the wine and spirits federation"
        j = cue.first - 1
        if j < 0 or doc.gap(j).strip() not in _BEFORE_ACCORDING:
            return None  # "<clause>, according to X." / "<clause> — according to X." / "<clause> according to X."
        if te < sb and doc.text[te] == "," and finite_clause(doc, doc.word_at(te + 1), sb):
            return None  # "If the dam fails, according to X, the town will flood": what follows is reported
        return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np
    np, why = subject_before(doc, cue, sa)
    if np is not None and why == "":
        described = _described_name(doc, np, sa) if np.first > 0 and doc.gap(np.first - 1).strip() == "," else None
        j = np.first - 1 if described is None else described - 1
        if j < 0 or doc.gap(j).strip() != "," or doc.starts[j] < sa or _object_tail(doc, cue, sb) \
                or (doc.joined(cue.last) and finite_clause(doc, cue.last + 1, sb)) \
                or (_subject_description(doc, sa, j) and not ends_after_cue(doc, cue, sb)) \
                or _time_only(doc, sa, j) or _adverbial_only(doc, sa, j):
            return None  # "…, Niall Burke, said Dunn would start": the cue reports what follows
        return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np
    if why == "comma" and "speech" in cue.classes:
        j = cue.first - 1
        if cue.form not in speaker_words().addressed:  # "…, told Reuters": who is told never speaks
            np2 = _with_conjunct(doc, np_after(doc, cue.last + 1, sb), sb)
            if np2 is not None and not _holds_verb(doc, np2) and can_speak(doc, np2) \
                    and (_short_tail(doc, doc.text[np2.end : _tail_end(doc, np2.end, sb)]) or _named(doc, np2, sb)):
                return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np2
        return _before_apposition(doc, cue, sa, sb)
    return None


def _time_only(doc: Doc, sa: int, j: int) -> bool:
    """The sentence up to word ``j`` is a time adverbial and nothing else (``Last week,
    residents reported …``, ``On Monday, the board said …``): a fronted adverbial, no
    clause reported."""
    sw = speaker_words()
    k = doc.word_at(sa)
    return k <= j and all(
        doc.low[i] in sw.times or doc.low[i] in sw.named_times or doc.low[i] in sw.adverbial_leads
        or doc.low[i] in sw.time_leads or doc.low[i][:1].isdigit() for i in range(k, j + 1))


def _adverbial_only(doc: Doc, sa: int, j: int) -> bool:
    """The sentence up to word ``j`` is a prepositional phrase with no clause in it (``In
    an interview on Monday, the minister told reporters.``, ``By his own account, the mayor
    had warned the council.``): a fronted adverbial of the attribution, not what was said.
    ``In June the firm lost money, the report said`` holds a clause and is reported."""
    k = doc.word_at(sa)
    if k < 0 or k > j or doc.low[k] not in words().prepositions:
        return False
    end = doc.ends[j]
    return not any(doc.low[i] in FINITE or finite_clause(doc, i, end) for i in range(k + 1, j + 1))


#: The most words of a description before a name set off by commas (``The warehouse's owner``).
_MAX_DESCRIPTION = 6


def _subject_description(doc: Doc, sa: int, j: int) -> bool:
    """The sentence up to word ``j`` is only a description of people or of a body (``The
    warehouse's owner``, ``Its new operator``): no clause to report, but the subject whose
    name the commas set off (``The owner, Parcelway, said all 160 staff …``)."""
    first = doc.word_at(sa)
    if j < first or j - first >= _MAX_DESCRIPTION or any(not doc.joined(k) for k in range(first, j)):
        return False
    if any(doc.low[k] in FINITE or _past_form(doc, k) for k in range(first, j + 1)):
        return False
    head = doc.low[j]
    t = tables()
    return doc.text[doc.starts[j]].islower() and (t.names_people(head) or head in t.org_heads)


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
    return doc.text[doc.starts[k]].islower() and "-" not in w and past_form(w)


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
    if not ends_after_cue(doc, cue, sb):
        return None
    np = appositive_subject(doc, cue, sa)
    if np is None or np.first == 0 or doc.gap(np.first - 1).strip() != ",":
        return None
    described = _described_name(doc, np, sa)
    j = np.first - 1 if described is None else described - 1
    if doc.starts[j] < sa or doc.has_quote_char(sa, doc.ends[j]) or not finite_clause(doc, doc.word_at(sa), doc.ends[j]):
        return None  # a quotation is the direct grammar's; a phrase before a name is no clause
    return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np


def _described_name(doc: Doc, np: NP, sa: int) -> int | None:
    """``<clause>, the harbour master, Tom Hale, said.``: a description of a person or a
    body set off by commas right before the name it introduces belongs to the speaker, not
    to the clause reported; the description's first word, or None when no such
    description stands there. The name alone speaks (``the operator, Rail North``)."""
    j = np.first - 1
    c = j - 1
    while c >= 0 and doc.starts[c] >= sa and doc.joined(c):
        c -= 1
    if c < 0 or c == j - 1 or doc.starts[c] < sa or doc.gap(c).strip() != ",":
        return None
    return c + 1 if _subject_description(doc, doc.starts[c + 1], j) else None


def ends_after_cue(doc: Doc, cue: Cue, sb: int) -> bool:
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
    if cue.form in TELL or k >= len(doc.starts) or doc.starts[k] >= sb or not doc.joined(cue.last):
        return False
    return doc.low[k] in _OBJECT_DETERMINERS and not time_then_comma(doc, k) and not (
        k + 1 < len(doc.starts) and doc.low[k + 1] in speaker_words().times)


#: What may stand between a clause and a postposed ``according to``: a comma, a dash or
#: nothing (``The dam is safe according to the engineers.``).
_BEFORE_ACCORDING = frozenset({",", "", "\u2014", "\u2013", "-", "--"})


def according_after_clause(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP | None] | None:
    """``Prices rose 4 percent, according to Ana Ruiz, head of the statistics office.``:
    after a whole clause and a comma, ``according to`` attributes that clause even when a
    description follows the source (the tail is too long or holds a comma for
    :func:`postposed`); what follows the source's comma is its description, not the
    content. ``The plan, according to X, will cost …`` (no clause before the comma) stays
    the preposed reading."""
    j = cue.first - 1
    if j < 0 or doc.gap(j).strip() != "," or doc.ends[j] - sa < MIN_CLAUSE:
        return None
    np = np_after(doc, cue.last + 1, sb)
    if not (finite_clause(doc, doc.word_at(sa), doc.ends[j]) or _described(doc, np, sb)
            or _adjunct_after(doc, j, np, sb)):
        return None
    return max(sa, doc.ends[j] - MAX_CONTENT), doc.ends[j], np


#: Words that end the text before ``, according to`` without ending a clause: what follows
#: the source completes them (``in the town where, according to X, the fire began``).
_OPEN_BEFORE = frozenset({"where", "when", "that", "which", "who", "whom", "whose", "and", "but", "or",
                          "because", "if", "although", "though", "while", "as", "since", "than"})


def _adjunct_after(doc: Doc, j: int, np: NP | None, sb: int) -> bool:
    """After the source and a comma, a phrase that is neither a clause nor the rest of the
    clause the source interrupts: a preposition or a participle (``…, with exports
    outstripping imports``, ``…, down from 17.9% a year earlier``, ``…, surpassing the
    record``), an amount (``…, one of the highest rates in Asia``). ``according to`` then
    attributes the clause before (word ``j`` ends it), not the tail; a finite verb after
    the comma (``The cost, according to X, is …``, ``A crowd, according to X, filled …``)
    or a clause (``…, according to X, more than 60 went on``) keeps the reading after."""
    if np is None or np.last + 1 >= len(doc.starts) or doc.gap(np.last).strip() != "," \
            or doc.low[j] in _OPEN_BEFORE:
        return False
    k = np.last + 1
    w = doc.low[k]
    if doc.starts[k] >= sb or _verb_word(w) or w in ("who", "which"):
        return False
    if w in words().prepositions or w in _OPEN_BEFORE or (w.endswith("ing") and len(w) > 4):
        return True  # "with …", "down from …", "although …", "surpassing …"
    # an amount or a noun phrase: no finite verb of its own before the next comma
    # ("one of the highest ratios in Asia"; "more than 60 went on" is a clause)
    while k < len(doc.starts) and doc.starts[k] < sb and doc.low[k] not in _RELATIVES:
        if _verb_word(doc.low[k]):
            return False
        if doc.gap(k).strip().startswith(","):
            break
        k += 1
    return True


#: Words after which a verb belongs to a clause on a noun, not to the phrase's own clause.
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "what", "when"})


def _verb_word(w: str) -> bool:
    """A finite verb or a past form by its spelling (``is``, ``will``, ``filled``, ``went``)."""
    return w in FINITE or past_form(w) or w in words().irregular_past


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
    said = _TAIL_WORD.findall(tail.lower())
    return len(tail) <= _SHORT_TAIL and m is not None and m.group().lower() in words().prepositions \
        and "," not in tail and "that" not in said and not _tail_verb(said)


#: Relative words after which a finite verb belongs to a clause on the tail's noun
#: (``…, said officials in Kabul who were briefed``).
_TAIL_RELATIVES = frozenset({"who", "whom", "which", "where"})


def _tail_verb(said: list[str]) -> bool:
    """The tail's words hold a finite verb of their own (``said one child in five he saw
    was overweight``): the phrase after the cue is the subject of a reported clause, not
    an inverted speaker and its place; a verb after a relative word is the tail's."""
    for w in said:
        if w in _TAIL_RELATIVES:
            return False
        if w in FINITE:
            return True
    return False


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
    if (lower and w.endswith("ing")) or w in ("the", "a", "an", "who", "whose", "which") or not lower:
        if lexicon().first.get(w) and not w.endswith("ing") and lower:
            return sb
        return c
    if not doc.text[a:c].strip() and not lexicon().first.get(w):
        return c  # a comma right after the attribution sets it off: "…, the studio said, far more than …"
    if lower and _described_person(doc, k, sb) and not finite_clause(doc, k, sb):
        return c  # "…, said the owner, baker Tom Hale.": the speaker's name, with what they are
    return sb


#: The most lower-case words of a description before a name in apposition (``baker``,
#: ``brothers``, ``veteran harbour pilot``).
_DESCRIPTOR_WORDS = 3


def _described_person(doc: Doc, k: int, sb: int) -> bool:
    """From word ``k`` on, a few lower-case words and then a person's name, and nothing
    after it but a short phrase (``baker Tom Hale``, ``brothers Tom and Sam Hale``,
    ``veteran pilot Ana Ruiz, on Friday``): an apposition naming the speaker of the words
    before the cue, no clause of its own."""
    j = k
    while j < len(doc.starts) and doc.starts[j] < sb and j - k < _DESCRIPTOR_WORDS and doc.text[doc.starts[j]].islower():
        if doc.low[j] in FINITE or not doc.joined(j):
            return False
        j += 1
    if j == k or j >= len(doc.starts) or doc.starts[j] >= sb:
        return False
    return any(p.start == doc.starts[j] for p in doc.persons_in(doc.starts[j], sb))

