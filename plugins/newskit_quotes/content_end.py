"""Where reported content ends (issue #14).

Content runs to the end of its sentence, at most :data:`MAX_CONTENT` characters, cut
before a trailing participle cue (``…, describing them as …``), a dash or semicolon
break, or a second attribution joined by a conjunction (``…, but he said …``), and
trimmed of its final punctuation.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from newskit import grammar

from .attribution import cue_at, words
from .clause import FINITE, finite_clause, finite_verb, verb_after_subject
from .cues import load_json
from .direct import noun_use
from .doc import Doc
from .relative_label import opens_subject, relative_label

__all__ = ["COORDINATED_CLASSES", "MAX_CONTENT", "cut", "trim"]

#: The longest reported content (characters): a sentence without an end stops here.
MAX_CONTENT = 1000

#: A comma (a closing quotation mark may follow it) and a participle: ``…," adding that``.
_COMMA_ING = regex.compile(r",[\"\u201d]?\s+(\p{L}+ing)\b")
_CLAUSE_CUT = regex.compile(r";|(?<=\s)(?:[\u2014\u2013]|--)(?=\s)")


def trim(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:"):
        b -= 1
    if b - a < 3:
        return None
    return a, b


def cut(doc: Doc, a: int, b: int) -> int:
    """End the content before ``, <participle cue>`` or a dash/semicolon break."""
    b = min(b, a + MAX_CONTENT)
    m = _CLAUSE_CUT.search(doc.text, a, b)
    if m is not None and m.start() - a > 15:
        b = m.start()
    for m in _COMMA_ING.finditer(doc.text, a + 15, b):
        k = doc.word_at(m.start(1))
        if k < len(doc.starts) and not doc.in_quote(doc.starts[k]) and (
                cue_at(doc, k) is not None or _stance_participle(doc.low[k])):
            return int(m.start())
    answer = _answering_relative(doc, a + 15, b)
    if answer is not None:
        b = answer
    aside = _relative_with_own_subject(doc, a, b)
    if aside is not None:
        b = aside
    labelled = _labelled_relative(doc, a, b)
    if labelled is not None:
        b = labelled
    second = doc.word_at(a) + 2  # two words of content at least: "the figure but said"
    c = _coordinated_attribution(doc, min(a + 15, doc.starts[second]) if second < len(doc.starts) else a + 15, b)
    return b if c is None else c


#: The most words of the subject of an answering relative clause (``which the port
#: operator's owners``).
_ANSWER_SUBJECT = 6
#: The most words after its verb (``which the company denied on Monday``).
_ANSWER_TAIL = 4


@cache
def _answer_nouns() -> frozenset[str]:
    """The content nouns of ``data/nouns.json`` and their plurals (``a charge``,
    ``allegations``): an apposition they head may answer the clause before it."""
    content = load_json("nouns.json")["content"]
    return frozenset(content) | frozenset(n + "s" for n in content)


def _answering_relative(doc: Doc, a: int, b: int) -> int | None:
    """``…, which the company denies.``, ``…, a charge the ministry has rejected.``: a
    relative clause (or a content noun's apposition) closing the sentence, whose subject
    answers the clause before it with a verb of saying or stance, is another speaker's
    word on the report, not part of it; the report ends at its comma. Only at the end of
    the range (a short time or place phrase may follow the verb): ``…, which he said
    would cost millions`` goes on with a clause of its own and stays."""
    i = doc.word_at(a)
    while i + 2 < len(doc.starts) and doc.starts[i] < b:
        if doc.gap(i - 1).strip() == "," and not doc.in_quote(doc.starts[i]):
            j = i + 1 if doc.low[i] == "which" else _after_answer_noun(doc, i)
            if j is not None and _answer_clause(doc, j, b):
                return doc.text.rfind(",", doc.ends[i - 1], doc.starts[i])
        i += 1
    return None


#: Relative pronouns that may be the object of a relative clause's verb: the clause then
#: has a subject of its own (``…, which the station pointed to``, ``…, whom the party expelled``).
_OBJECT_RELATIVES = frozenset({"which", "whom"})
#: A comma and such a pronoun: where a relative clause set off by a comma may open (read
#: with one search of the content, not word by word: every content is cut).
_RELATIVE_COMMA = regex.compile(r",\s+(?:which|whom)\b")
#: Words that open a content that is a clause or a question, not a noun phrase.
_CLAUSE_OPENERS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which", "to", "that"})


def _relative_with_own_subject(doc: Doc, a: int, b: int) -> int | None:
    """``denounced the closure, which the station pointed to as proof of …``: a content
    that is a noun phrase (no finite clause opens it, no auxiliary inside it) ends before a
    relative clause set off by a comma whose pronoun is its verb's object, so that the
    clause has a subject of its own: that subject, or the writer, says it, not the
    speaker of the noun phrase (as :func:`_answering_relative` ends a report before a
    relative whose subject answers it). A relative whose pronoun is its subject (``…,
    which opened in May``) describes the object and stays; a clause content (``said the
    plan, which the council adopted, would fail``) goes on after the relative and stays."""
    i = next((k for m in _RELATIVE_COMMA.finditer(doc.text, a, b)
              if doc.gap((k := doc.word_at(m.start())) - 1).strip() == ","), None)  # the pronoun
    s = doc.word_at(a)
    if i is None or i + 2 >= len(doc.starts) or i <= s or doc.low[s] in _CLAUSE_OPENERS \
            or finite_clause(doc, s, b):
        return None
    if any(w in FINITE for w in doc.low[s + 1 : i]) or any(doc.in_quote(doc.starts[k]) for k in range(s + 1, i)):
        return None
    v = finite_verb(doc, i + 1, b)
    if v is None or not opens_subject(doc, i + 1, v) or _predicate_after(doc, v + 1, b):
        return None
    return doc.text.rfind(",", doc.ends[i - 1], doc.starts[i])


def _labelled_relative(doc: Doc, a: int, b: int) -> int | None:
    """``said the council had cut the budget, which she called "a disgrace"``: the content
    ends at the comma that opens a relative clause whose own subject labels a quotation
    (:func:`.relative_label.relative_label`): those words are the clause subject's, read
    as a quotation of their own."""
    i = bisect_left(doc.q_opens, a)
    while i < len(doc.quotes) and doc.q_opens[i] < b:
        q = doc.quotes[i]
        own = relative_label(doc, q)
        if own is not None and own[2] > a and not _predicate_after(doc, doc.word_at(q.close + 1), b):
            return own[2]  # "said the plan, which the union called "a folly", would fail" goes on
        i += 1
    return None


def _predicate_after(doc: Doc, j: int, b: int) -> bool:
    """After a comma from word ``j`` on a finite verb follows: the relative closed inside
    a subject and the content is the clause of that verb (``the budget, which the council
    adopted, would close …``)."""
    while j < len(doc.starts) and doc.starts[j] < b:
        if doc.gap(j - 1).strip() == "," and verb_after_subject(doc, j):
            return True
        j += 1
    return False


def _after_answer_noun(doc: Doc, i: int) -> int | None:
    """The word after ``a charge`` / ``an allegation`` / ``claims`` opening at word ``i``."""
    k = i + 1 if doc.low[i] in ("a", "an") and doc.joined(i) else i
    return k + 1 if doc.low[k] in _answer_nouns() and doc.joined(k) else None


def _answer_clause(doc: Doc, j: int, b: int) -> bool:
    """Words from ``j`` are a short subject, auxiliaries or adverbs, a verb of saying or
    stance, and at most a short phrase of time or place before ``b``."""
    wl = words()
    k = j
    while k < len(doc.starts) and doc.starts[k] < b and k - j <= _ANSWER_SUBJECT:
        w = doc.low[k]
        if k > j and (w in wl.skip or w.endswith("ly")):
            k += 1
            continue
        cue = cue_at(doc, k)
        if k > j and (_stance_verb(w) or (cue is not None and cue.classes & {"speech", "belief"})) \
                and not w.endswith("ing"):
            last = cue.last if cue is not None else k
            return _short_tail(doc, last, b)
        if not doc.joined(k):
            return False
        k += 1
    return False


def _short_tail(doc: Doc, last: int, b: int) -> bool:
    """After word ``last`` only punctuation, or a short phrase opened by a preposition
    (``on Friday``, ``as untrue``), runs to ``b``; an auxiliary there opens the clause the
    relative pronoun is the subject of (``which investigators believe was started``)."""
    k = last + 1
    if k >= len(doc.starts) or doc.starts[k] >= b:
        return True
    if not doc.joined(last) or doc.low[k] not in words().prepositions:
        return False
    n = 0
    while k < len(doc.starts) and doc.starts[k] < b:
        n += 1
        if n > _ANSWER_TAIL or doc.low[k] in ("that", "which", "who"):
            return False
        k += 1
    return True


def _stance_verb(w: str) -> bool:
    """``w`` is a finite form of a verb of stance (``refuses``, ``called``, ``urged``):
    after a subject pronoun that a comma or ``but`` sets off from a report (``…, but she
    refuses to …``), it opens a stance of the pronoun's own, not more of the report."""
    from .stance import stance_lexicon

    lex = stance_lexicon()
    return not w.endswith("ing") and (w in lex.forms or w in lex.appeal)


def _stance_participle(w: str) -> bool:
    """``w`` is the participle of a verb of stance (``…, contradicting the police``,
    ``…, urging calm``): a trailing stance of its own, which ends the content before it."""
    from .stance import stance_lexicon

    lex = stance_lexicon()
    return w.endswith("ing") and (w in lex.forms or w in lex.appeal)


#: Conjunctions that may join a second attribution to a report (``…, but he said …``,
#: ``… and noted that …``, ``… though she acknowledged …``).
_COORDINATORS = frozenset({"and", "but", "though", "although", "while", "whereas"})
#: The cue classes of a coordinated attribution: saying and thinking, and labels and
#: attitudes (``… and called it a common ailment``, ``… but praised the plan``).
COORDINATED_CLASSES = frozenset({"speech", "belief", "label", "attitude"})
#: Subject pronouns of a coordinated attribution (``but he said``).
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
#: The most words of a noun-phrase subject of a coordinated attribution
#: (``but the former governor said``).
_COORD_SUBJECT = 4
#: The same after a fronted subordinate clause (``…, and when asked, the 34-year-old
#: mother of three replied``).
_FRONTED_SUBJECT = 8


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
    if np_ok:
        j = _past_fronted_clause(doc, j, b)
    first = j
    # after a fronted clause the subject opens a main clause of its own: a longer one reads
    most = _FRONTED_SUBJECT if first > i + 1 else _COORD_SUBJECT
    n_subject = 0
    closed = False  # a pronoun is a whole subject: only adverbs and the cue may follow
    while j < len(doc.starts) and doc.starts[j] < b and (j == first or doc.joined(j - 1)):
        w = doc.low[j]
        if not (n_subject == 0 and w in _PRONOUN_SUBJECTS):
            cue = cue_at(doc, j)
            if cue is not None and not noun_use(doc, cue) and cue.classes & COORDINATED_CLASSES:
                return closed or n_subject == 0 or np_ok
            if closed and np_ok and _stance_verb(w):
                return True  # "…, but she refuses to publish it": a stance of its own
        if w in skip:
            pass
        elif n_subject == 0 and w in _PRONOUN_SUBJECTS:
            n_subject, closed = 1, True
        elif closed or n_subject >= most:
            return False
        elif n_subject or np_ok or doc.text[doc.starts[j]].isupper() or w in _DETERMINERS:
            n_subject += 1  # "…, and human rights groups warned": a bare plural after a comma too
        else:
            return False
        j += 1
    return False


#: The most words of a subordinate clause fronted inside a coordinated clause (``…, and
#: when pressed on why the plan leaves out fathers, the minister replied``).
_FRONTED_WORDS = 14


def _past_fronted_clause(doc: Doc, j: int, b: int) -> int:
    """The word after a subordinate clause opening at word ``j`` and closed by a comma
    (``…, and when asked about the cost, the treasurer replied …``): the coordinated
    clause's subject and cue follow it; ``j`` when no such clause opens there."""
    if j >= len(doc.starts) or doc.low[j] not in grammar.SUBORDINATORS or doc.in_quote(doc.starts[j]):
        return j
    k = j
    while k + 1 < len(doc.starts) and doc.starts[k + 1] < b and k - j < _FRONTED_WORDS:
        gap = doc.gap(k).strip()
        if gap == ",":
            return k + 1
        if gap:
            return j  # a quotation mark, a dash, a full stop: no clause closed by a comma
        k += 1
    return j


_DETERMINERS = grammar.ARTICLES | grammar.POSSESSIVE_DETERMINERS | {"some", "many", "other", "several"}

