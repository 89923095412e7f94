"""Direct quotations: attach each quoted stretch to its cue and speaker.

Tried in order for each quotation:

1. a trailing attribution right after the closing mark (``"…," Easley remarked``,
   ``"…," said Victor Cha``, ``"…," Kall, a director at …, said``);
2. a cue earlier in the same sentence (``X said: "…"``, ``X said that "…"``, a
   partial quote ``describing them as "…"``, ``according to X, "…"``);
3. a cue later in the same sentence (``… the "deal" was dead, he said``);
4. a quotation standing alone (at a paragraph start, no cue) continues the previous
   speaker when that speaker was quoted in the same or the previous paragraph.

A quotation interrupted by its attribution (``"A," he said. "B."``) is one item whose
span runs from the first fragment to the last. Quotations with no attribution of
fewer than ``MIN_WORDS`` words are scare quotes or titles and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newskit import grammar

from .actors import DETS, classify, tables
from .attribution import (
    NP,
    Cue,
    _cap,
    _scan_left,
    _verb_form,
    can_speak,
    caused_subject,
    cue_at,
    in_phrase,
    np_after,
    past_form,
    pron_stem,
    quantifier_subject,
    subject_before,
    words,
)
from .clause import FINITE, finite_clause
from .cues import lexicon
from .doc import Doc
from .marks import QuoteSpan
from .participles import names_through
from .plausible import implausible, speaker_words
from .relative_label import relative_label

__all__ = ["MIN_WORDS", "Item", "appositive_subject", "direct_items", "main_subject", "named_in_phrase", "noun_use",
           "people_before", "subject_of"]

#: Unattributed quotations shorter than this (in words) are scare quotes, not quotes.
MIN_WORDS = 4

_SAY = frozenset({"speech", "label", "npcomp", "direct_only"})
_GAP_BREAK = regex.compile(r"[.!?]\s+\p{Lu}\p{Ll}")
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_PUNCT = regex.compile(r"[.!?;:]")
_SHORT_END = regex.compile(r"\s*(?:\p{L}+\s*){0,3}[.\n]|\s*$")
_LEAD_GAP = regex.compile(r"(?:\s*[\p{L}\p{N}\-]+){0,2}\s*(?:[:,]\s*|\s+that\s+|\s*)")
_CONJ = frozenset({"but", "and", "or", "while", "although", "though", "because", "as", "when",
                   "if", "so", "which", "who", "that", "whereas", "since", "after", "before",
                   "then", "yet", "until", "unless", "where"})


@dataclass
class Item:
    """A quotation or reported clause waiting for its speaker to be resolved."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    np: NP | None
    how: str = "np"  # "np", "inherit", "inherit_para", "inherit_prev", "none"
    confidence: float = 1.0


def noun_use(doc: Doc, cue: Cue) -> bool:
    """True when the cue word is used as a noun ("the report", "his claim")."""
    j = cue.first - 1
    if j < 0 or not doc.joined(j):
        return False
    w = doc.low[j]
    if pron_stem(w) or _quantifier_subject(doc, j, cue) or _floating_quantifier(doc, j, cue) \
            or _adverbial_gerund(doc, j, cue):
        return False
    return w in DETS or w.endswith(("'s", "\u2019s")) or w in words().prepositions or _counted(doc, j, cue) \
        or _modified(doc, j, cue)


def _adverbial_gerund(doc: Doc, j: int, cue: Cue) -> bool:
    """``After calling the tax "a disgrace," Hale voted for it``, ``Hale, before describing
    the pier as …``: an ``-ing`` cue after a preposition that opens its sentence or follows
    a comma, with its object right after it, is a gerund heading an adverbial phrase, a verb
    whose subject is the main clause's, not a noun (``after questioning by police``, ``in
    a briefing`` keep their noun: a preposition or a determiner comes between)."""
    if not doc.low[cue.first].endswith("ing") or doc.low[j] not in words().prepositions:
        return False
    sa, _ = doc.sentence(doc.starts[j])
    opens = doc.starts[j] == sa or (j > 0 and _comma(doc.gap(j - 1)))
    k = cue.last + 1
    return opens and k < len(doc.low) and doc.joined(cue.last) and doc.low[k] not in words().prepositions


#: Quotation marks that may stand around a comma ending a fronted phrase (``"a disgrace,"``).
_COMMA_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _comma(gap: str) -> bool:
    """The gap between two words is a comma, maybe inside or after a closing quotation
    mark (``"a disgrace," Hale``, ``"a disgrace", Hale``), on one line."""
    return "\n" not in gap and gap.strip().strip(_COMMA_MARKS).strip() == ","


def _modified(doc: Doc, j: int, cue: Cue) -> bool:
    """``the latest warning``, ``a stern warning``: word ``j``, right before the cue, is an
    adjective of order or manner (``noun_modifiers``) after a determiner, so the cue is the
    noun they modify, and ``The latest`` no subject. Only a form that can be a noun (an
    ``-ing`` form, ``claim``, ``reports``) is one: ``the first said`` is a person's verb."""
    w = doc.low[cue.first]
    lex = lexicon()
    return j > 0 and doc.joined(j - 1) and doc.low[j] in words().noun_modifiers and doc.low[j - 1] in DETS \
        and (w.endswith("ing") or w in lex.plural_nouns or w in lex.base_nouns)


def _floating_quantifier(doc: Doc, j: int, cue: Cue) -> bool:
    """``The two ministers both said``, ``Halvorsen and Okafor have both said``: a
    quantifier (``floating_quantifiers``) after its subject or an auxiliary and before a
    verb form that is no plural noun (``both reports`` is one) determines nothing."""
    form = doc.low[cue.first]
    if doc.low[j] not in words().floating_quantifiers or j < 1 or not doc.joined(j - 1) \
            or (form.endswith("s") and not form.endswith("ss")) or form.endswith("ing"):
        return False
    before = doc.low[j - 1]
    return before not in DETS and before not in words().prepositions and cue_at(doc, j - 1) is None


#: A year as written in news: a time, never a count.
_YEAR = regex.compile(r"1[89]\d\d|2[01]\d\d")


def _counted(doc: Doc, j: int, cue: Cue) -> bool:
    """``six states``, ``200 suspected cases``: after a count the cue's ``-s`` form is a
    plural noun and its ``-ed`` form, before a lower-case word, an adjective of the noun
    counted; a count never speaks on its own."""
    w, form = doc.low[j], doc.low[cue.first]
    if not (w[:1].isdigit() or w in words().counts) or cue.first != cue.last or _YEAR.fullmatch(w):
        return False  # "in 2019 reported": a year is a time, not a count
    if j > 0 and doc.joined(j - 1) and doc.text[doc.starts[j - 1]].isupper():
        return False  # "Channel 4 reports", "Group 20 says": a number inside a name
    if form.endswith("s") and not form.endswith("ss"):
        return True
    k = cue.last + 1
    if not (form.endswith("ed") and k < len(doc.starts) and doc.joined(cue.last)):
        return False
    nxt = doc.low[k]  # "Two confirmed that …", "two denied it": a verb and its object
    return doc.text[doc.starts[k]].islower() and nxt not in DETS and nxt != "that" and not pron_stem(nxt) \
        and nxt not in words().prepositions


def _quantifier_subject(doc: Doc, j: int, cue: Cue) -> bool:
    """``Many fear the mill will close``, ``but some believe …``: a quantifier opening its
    clause stands alone as a plural subject, so the plural verb form after it is a verb
    (``many reports``, ``some saying`` keep their -s or -ing: nouns)."""
    form = doc.low[cue.first]
    if (form.endswith("s") and not form.endswith("ss")) or form.endswith("ing"):
        return False
    floating = j > 0 and doc.joined(j - 1) and doc.low[j - 1] in _PLURAL_PRONOUNS  # "they both said"
    return quantifier_subject(doc, j) or (floating and doc.low[j] in words().quantifier_subjects)


#: Plural subject pronouns a quantifier may follow (``they both``, ``we all``).
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def appositive_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """The subject when a comma stands before the cue.

    ``Easley, a professor at Ewha University, said`` -> ``Easley`` (a description
    segment is skipped); ``Putin's adviser, Yuri Ushakov, said`` -> ``Yuri Ushakov``.
    """
    j = cue.first - 1
    while j >= 0 and doc.joined(j) and doc.starts[j] >= lo:
        j -= 1  # adverbs between the comma and the cue
    if j < 0 or doc.starts[j] < lo or doc.gap(j).strip() != ",":
        return None
    seg_end = j
    k = j
    n = 0
    while k > 0 and doc.starts[k] >= lo and n < 30:
        if not in_phrase(doc, k - 1):
            opened = _paren_opens(doc, k - 1, lo)
            if opened is None:
                break
            n += k - opened
            k = opened  # "who lost his World Boxing Council (WBC) title": one aside
            continue
        k -= 1
        n += 1
    seg_first = k
    if doc.starts[seg_first] < lo:
        return None
    w = doc.low[seg_first]
    first_cap = doc.text[doc.starts[seg_first]].isupper()
    if (w in DETS or not first_cap or w in ("who", "which") or _initials_role(doc, seg_first, seg_end)
            or _possessed_role(doc, seg_first, seg_end)) and seg_first > 0 \
            and doc.comma_after(seg_first - 1) and doc.starts[seg_first - 1] >= lo:
        return _past_age(doc, _scan_left(doc, seg_first - 1, lo), lo)
    return np_after(doc, seg_first, doc.ends[seg_end] + 1)


#: The most words of a parenthesis inside an aside (``(WBC)``, ``(D-Mont.)``).
_PAREN_WORDS = 4


def _paren_opens(doc: Doc, j: int, lo: int) -> int | None:
    """When a short parenthesis closes after word ``j`` inside a phrase (``Council (WBC)
    title``), the word before it opens, so an aside reads on past it; else None."""
    if not doc.gap(j).strip().startswith(")") or not doc.gap(j).endswith(" "):
        return None
    for o in range(j, max(0, j - _PAREN_WORDS), -1):
        g = doc.gap(o - 1)
        if doc.starts[o - 1] < lo or ("," in g and "(" not in g):
            return None
        if g.strip() == "(" and g.startswith(" "):
            return o - 1
    return None


def _possessed_role(doc: Doc, first: int, last: int) -> bool:
    """``Lena Ortiz, Mr. Bush's deputy adviser, said``: a segment whose head is a common
    noun possessed by a name is a description of the name before it; the possessor is
    whom the role serves, not the subject."""
    if first >= last or not doc.text[doc.starts[last]].islower():
        return False
    return any(doc.low[k].endswith(("'s", "\u2019s")) and doc.text[doc.starts[k + 1]].islower()
               for k in range(first, last))


def _initials_role(doc: Doc, first: int, last: int) -> bool:
    """A role by its initials and what it is of (``Helen Garside, MP for North Wiltshire,
    said``, ``CEO of Acme``): a description segment, not a name."""
    word = doc.text[doc.starts[first]:doc.ends[first]]
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and first < last \
        and doc.low[first + 1] in ("of", "for", "at")


def _past_age(doc: Doc, np: NP | None, lo: int) -> NP | None:
    """``Nguyen Van Thanh, 52, a rice farmer, said``: an age set off by commas is no
    speaker; the name before it is."""
    if np is None or np.first != np.last or not doc.low[np.first].isdigit():
        return np
    k = np.first - 1
    if k < 0 or doc.starts[k] < lo or doc.gap(k).strip() != ",":
        return np
    return _scan_left(doc, k, lo) or np


def _inverted_subject(doc: Doc, cue: Cue, pos: int) -> NP | None:
    """``<clause>, said the ministry, adding …``: the subject after a postposed cue set off by
    a comma is the main clause's speaker (the clause before it is what was said)."""
    if "postposed" not in cue.classes or not doc.joined(cue.last) or finite_clause(doc, cue.last + 1, pos):
        return None  # "Easley, a professor, said Trump would win": the cue reports a clause
    np = np_after(doc, cue.last + 1, pos)
    if np is None or not can_speak(doc, np) or np.last + 1 >= len(doc.starts):
        return None
    return np if doc.gap(np.last).strip()[:1] in (",", ".", ";") else None  # the name ends its clause


def main_subject(doc: Doc, sa: int, pos: int) -> NP | None:
    """The subject of the main clause of the sentence starting at ``sa`` (before ``pos``)."""
    wl = words()
    i = doc.word_at(sa)
    if i >= len(doc.starts) or doc.starts[i] >= pos:
        return None
    for _ in range(3):
        first = doc.low[i]
        if not (first in wl.intro or first.endswith("ing") or first[:1].isdigit() or _opening_participle(doc, i)):
            break
        k = i
        while k < len(doc.starts) and doc.starts[k] < pos and not _comma(doc.gap(k)) and k - i < 40:
            k += 1
        if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= pos or k - i >= 40:
            return None
        i = k + 1
    lo = doc.starts[i]
    k = i
    first_words = lexicon().first
    while k < len(doc.starts) and doc.starts[k] < pos and k - i < 30:
        if doc.low[k] in first_words and not doc.in_quote(doc.starts[k]):
            cue = cue_at(doc, k)
            if cue is not None and cue.classes & _MAIN and not noun_use(doc, cue):
                np, why = subject_before(doc, cue, lo)
                if np is not None and why in ("", "rel"):
                    return np
                if why == "comma":
                    np = _inverted_subject(doc, cue, pos) or appositive_subject(doc, cue, lo)
                    if np is not None:
                        return np
        k += 1
    for _ in range(3):
        np = _counted_people(doc, _head_np(doc, i, pos), pos)
        if np is None or can_speak(doc, np):
            return np
        # "Following a swiftly called, late-afternoon meeting, the Security Council issued …"
        k = np.last
        while k < len(doc.starts) and doc.starts[k] < pos and doc.gap(k).strip() != "," and k - np.last < 12:
            k += 1
        if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= pos or doc.gap(k).strip() != ",":
            return np
        i = k + 1
    return np_after(doc, i, pos)


def _counted_people(doc: Doc, np: NP | None, pos: int) -> NP | None:
    """``Hundreds of dockers marched …, demanding``: a noun of number (``hundreds``,
    ``dozens``, speakers.json ``quantities``) heads no speaker of its own; the people it
    counts, its ``of``-complement, are the head of the subject. ``np`` unchanged otherwise."""
    if np is None or doc.low[np.first] not in speaker_words().quantities:
        return np
    if np.first != np.last:  # "Hundreds of Tamil": the phrase read the name after "of" already
        if np.last == np.first + 1 or doc.low[np.first + 1] != "of" or not _cap(doc, np.last):
            return np
        head = _head_after_name(doc, np.last, pos)
        return NP(np.start, doc.ends[head], np.first, head)
    k = np.last + 1
    if k + 1 >= len(doc.starts) or doc.starts[k + 1] >= pos or doc.low[k] != "of" \
            or not doc.joined(np.last) or not doc.joined(k):
        return np
    counted = np_after(doc, k + 1, pos)
    if counted is None:
        return np
    last = counted.first
    while last < counted.last and not _verb_form(doc.low[last + 1]) and cue_at(doc, last + 1) is None:
        last += 1  # "Dozens of nurses gathered": the counted phrase ends before its verb
    if last == counted.last and _cap(doc, last):
        last = _head_after_name(doc, last, pos)
    return NP(np.start, doc.ends[last], np.first, last)


#: The most lower-case words read after a name that modifies the counted people.
_AFTER_NAME = 3


def _head_after_name(doc: Doc, k: int, pos: int) -> int:
    """``Hundreds of Tamil fishermen staged …``: the people a noun of number counts are a
    plural noun phrase, and a name before its head (a people's, a place's: ``Tamil``,
    ``Kenyan``, ``Minnesota``) modifies it; the phrase reads on from the name at word ``k``
    over the lower-case words before its verb (``_verb_form``), a cue, a closed-class word or
    a stop, to the last that reads as a plural noun (``names_people`` or an ``-s``). ``k``
    when none follows."""
    head, j = k, k + 1
    while j < len(doc.starts) and doc.starts[j] < pos and j - k <= _AFTER_NAME and doc.joined(j - 1):
        w = doc.low[j]
        if _cap(doc, j) or not w.isalpha() or _verb_form(w) or cue_at(doc, j) is not None \
                or w in words().stop or w in grammar.PREPOSITIONS or w in grammar.SUBJECT_PRONOUNS:
            break
        if tables().names_people(w) or w.endswith("s"):
            head = j
        j += 1
    return head


def _fronted(doc: Doc, cue: Cue, lo: int) -> bool:
    """``After saying the quay was safe, the harbour master closed it``, ``Insisting the
    plan was sound, the mayor …``: an ``-ing`` cue opening its sentence (alone or after one
    opening word: ``after``, ``while``, ``despite``) heads an adverbial clause whose subject
    is the main clause's, after the comma, not a phrase before the cue (there is none)."""
    i = doc.word_at(lo)
    return cue.first == i or (cue.first == i + 1 and doc.low[i] in words().intro and doc.joined(i))


def _opening_participle(doc: Doc, i: int) -> bool:
    """``Chastened by the analyses, Trump revised his plan``: a past participle with its
    agent or object opening the sentence is an adverbial, not the subject."""
    return doc.low[i].endswith("ed") and i + 1 < len(doc.low) and doc.joined(i) \
        and doc.low[i + 1] in ("by", "with", "about", "over", "at", "from", "after")


def _head_np(doc: Doc, i: int, pos: int) -> NP | None:
    """The noun phrase at word ``i``, reaching a person named right after its title
    words (``Democratic presidential nominee Hillary Clinton``)."""
    np = np_after(doc, i, pos)
    if np is None:
        return None
    for p in doc.persons_in(np.start, min(pos, np.start + 80)):
        if p.start < np.end:
            continue
        prefix = " ".join(doc.text[np.start : p.start].split()).lower()
        if not prefix or prefix not in " ".join((p.title or "").split()).lower():
            break  # only the person's own title words: "Trump met Clinton" stays "Trump"
        k = doc.word_before(p.end)
        if k > np.last:
            return NP(np.start, p.end, np.first, k)
        break
    return np


_SPEAKING_KINDS = frozenset({"pronoun", "country", "org", "outlet", "group"})
_MAIN = frozenset({"speech", "label", "npcomp", "attitude", "belief", "direct_only"})
_BE = frozenset({"is", "was", "are", "were", "been", "be", "am"})


def _progressive(doc: Doc, cue: Cue) -> bool:
    """``Trump is telling``, ``He’s claiming``: an -ing form with its own subject."""
    j = cue.first - 1
    while j >= 0 and doc.joined(j) and doc.low[j] in ("also", "now", "still", "again", "repeatedly"):
        j -= 1
    return j >= 0 and doc.joined(j) and (doc.low[j] in _BE or bool(pron_stem(doc.low[j])))


#: the longest relative clause a participle cue may close (words)
_RELATIVE_WORDS = 8
#: adverbs between a relative clause's subject and its verb (``which X again rejected``)
_CLAUSE_ADVERBS = frozenset({"again", "also", "swiftly", "quickly", "later", "then", "still", "already", "since"})


def _relative_clause_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``..., which Harcourt Group again rejected, saying``: a participle right after a
    relative clause with a subject of its own shares that subject (the one who rejected
    says why), not the main clause's."""
    j = cue.first - 1
    if j < 2 or doc.gap(j).strip() != "," or doc.starts[j] < lo or not doc.low[j].endswith("ed"):
        return None
    k = j - 1
    while k > 0 and doc.joined(k) and (doc.low[k].endswith("ly") or doc.low[k] in _CLAUSE_ADVERBS):
        k -= 1  # "again", "flatly"
    np = _scan_left(doc, k, lo) if doc.joined(k) else None
    if np is None or j - np.first > _RELATIVE_WORDS or not can_speak(doc, np):
        return None
    rel = np.first - 1
    if rel < 1 or doc.low[rel] not in ("which", "that", "whom") or not doc.joined(rel):
        return None
    return np


#: The most words of the one quoted between a verb of quoting and its ``as``.
_QUOTED_WORDS = 10


def _quoted_as(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``Interfax quoted an unnamed official as saying``, ``the paper quoted one of the
    initiators of the move as saying``: the object of a verb of quoting speaks the
    participle after ``as``; the outlet only relays it."""
    a = cue.first - 1
    if a < 2 or doc.low[a] != "as" or not doc.joined(a) or not doc.joined(a - 1):
        return None
    k = a - 1
    while k > 0 and a - k <= _QUOTED_WORDS and doc.starts[k - 1] >= lo and doc.joined(k - 1):
        if doc.low[k] == "by":
            return None  # "was quoted by local media as saying": the subject is the one quoted
        if doc.low[k - 1] in words().quoting:
            return NP(doc.starts[k], doc.ends[a - 1], k, a - 1)
        k -= 1
    return None


def _quoted_object(doc: Doc, cue: Cue, limit: int) -> NP | None:
    """The object of a verb of quoting before ``as`` and a participle (``quoted one of
    the initiators of the move as saying``): who spoke the words the quotation holds."""
    if cue.form not in words().quoting:
        return None
    k = cue.last + 1
    for a in range(k + 1, min(len(doc.starts) - 1, k + _QUOTED_WORDS + 1)):
        if doc.starts[a + 1] >= limit or not doc.joined(a - 1):
            return None
        if doc.low[a - 1] == "by":
            return None
        if doc.low[a] == "as" and doc.joined(a) and doc.low[a + 1].endswith("ing"):
            return NP(doc.starts[k], doc.ends[a - 1], k, a - 1)
    return None


def _seen_saying(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``footage of Trump saying``, ``heard Clinton calling``: the person right before a
    participle cue, after a preposition or a verb of perception."""
    j = cue.first - 1
    if j < 1 or not doc.joined(j) or doc.starts[j] < lo:
        return None
    ps = [p for p in doc.persons_in(max(lo, doc.starts[j] - 60), doc.ends[j]) if p.end == doc.ends[j]]
    k = doc.word_at(ps[-1].start) if ps else _name_run_start(doc, j, lo)
    if k is None or k < 1 or not doc.joined(k - 1) or doc.low[k - 1] not in words().perceive:
        return None
    return NP(doc.starts[k], doc.ends[j], k, j)


def _with_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``…, with analysts warning that …``, ``with local officials saying``: in an
    absolute clause opened by ``with`` the phrase between it and the participle is the
    participle's subject (a name is :func:`_seen_saying`'s)."""
    np, why = subject_before(doc, cue, lo)
    if np is None or why != "" or np.first < 1 or np.last != cue.first - 1:
        return None
    k = np.first - 1
    return np if doc.low[k] == "with" and doc.joined(k) and doc.starts[k] >= lo and can_speak(doc, np) else None


#: The most words of a name no person mention covers (``shows Podesta asking``).
_NAME_WORDS = 4


def _name_run_start(doc: Doc, j: int, lo: int) -> int | None:
    """The first word of a run of capitalised words ending at word ``j`` (a name the person
    recognizer did not read: ``One email shows Podesta asking``), or None."""
    k = j
    while k >= 0 and doc.starts[k] >= lo and j - k < _NAME_WORDS and _cap(doc, k) \
            and doc.low[k] not in words().perceive:
        if k == j or doc.joined(k):
            k -= 1
        else:
            break
    return k + 1 if k < j else None


def _participle_object(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``The ruling left many growers feeling that …``, ``kept traders guessing whether
    …``: the object of a verb of leaving, keeping or finding (``words.json``
    ``participle_causatives``) right before a participle cue is its subject: the words
    between the verb and the cue, with no comma or preposition, when they can speak."""
    j = cue.first - 1
    if j < 1 or not doc.joined(j) or doc.starts[j] < lo:
        return None
    m = j
    while m > 0 and j - m < _OBJECT_REACH and doc.joined(m - 1) and doc.starts[m - 1] >= lo:
        m -= 1
        if doc.low[m + 1] in words().prepositions or doc.low[m + 1] == "to":
            return None
        if doc.low[m] in words().participle_causatives:
            np = NP(doc.starts[m + 1], doc.ends[j], m + 1, j)
            return np if m < j and can_speak(doc, np) else None
    return None


#: The most words of the object of a verb of leaving before its participle.
_OBJECT_REACH = 6


#: Personal pronouns that open a clause as its subject (``it`` is left out: a thing).
_CLAUSE_PRONOUNS = grammar.SUBJECT_PRONOUNS - {"it"}
#: Words opening a subordinate clause whose subject a coordinated verb may share.
_SUBORDINATORS = grammar.SUBORDINATORS
#: Conjunctions opening a coordinated main clause, the nearest clause a participle attaches to.
_COORDINATORS = frozenset({"but", "and", "yet"})
#: The same, with the concessive conjunctions: after a comma they open the nearest clause
#: too (``…, although Marsh has denied it, telling colleagues …``).
_NEAREST = _COORDINATORS | frozenset({"although", "though", "whereas"})
#: The most words read back for a clause's opener.
_CLAUSE_REACH = 30


def _opener_pronoun(doc: Doc, j: int, lo: int, openers: frozenset[str], comma_ends: bool) -> NP | None:
    """The personal pronoun right after the nearest of ``openers`` before word ``j`` (a
    comma ending the search when ``comma_ends``): the subject of the clause it opens."""
    k = j
    while k > 0 and doc.starts[k - 1] >= lo and j - k < _CLAUSE_REACH:
        k -= 1
        if comma_ends and doc.gap(k).strip() == ",":
            return None
        if doc.low[k] in openers and doc.low[k + 1] in _CLAUSE_PRONOUNS and doc.joined(k) and k + 1 < j:
            return NP(doc.starts[k + 1], doc.ends[k + 1], k + 1, k + 1)
    return None


def _subordinate_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``praised the striker after she scored twice and blamed the referee``: a verb
    coordinated inside a subordinate clause (no comma between) shares that clause's
    pronoun subject, not the main clause's."""
    return _opener_pronoun(doc, cue.first - 1, lo, _SUBORDINATORS, comma_ends=True)


def _coordinated_clause_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``The farmer has said little, but he refuses to sell, saying …``: a participle
    after a comma attaches to the nearest main clause; one coordinated by ``but``/``and``
    with a pronoun subject gives its subject."""
    j = _before_gerund_lead(doc, cue.first - 1)
    if j < 1 or doc.gap(j).strip() != ",":
        return None
    return _opener_pronoun(doc, j, lo, _NEAREST, comma_ends=False) or _coordinated_phrase(doc, j, lo)


#: Words that lead a gerund after a comma (``…, aside from saying``, ``…, instead of
#: insisting``) besides the prepositions.
_GERUND_LEADS = frozenset({"aside", "apart", "instead"})


def _before_gerund_lead(doc: Doc, j: int) -> int:
    """The word before the one or two words that lead a gerund (``…, aside from saying``,
    ``…, despite insisting``) ending at word ``j``; ``j`` when none does."""
    k = j + 1  # the first word of the lead
    while k - 1 > 0 and j - k < 1 and (doc.low[k - 1] in words().prepositions or doc.low[k - 1] in _GERUND_LEADS):
        k -= 1
        if not doc.joined(k - 1):
            break
    return k - 1 if k <= j and doc.gap(k - 1).strip() == "," else j


def _coordinated_phrase(doc: Doc, j: int, lo: int) -> NP | None:
    """``The coach praised the team, but the captain left early, saying …``: the nearest
    main clause coordinated after a comma (``, but``, ``, and``, ``, yet``; or a concessive
    clause, ``, although``) whose subject is a noun phrase that can speak, a verb or an
    auxiliary right after it, gives the participle its subject."""
    k = j
    while k > 1 and doc.starts[k - 1] >= lo and j - k < _CLAUSE_REACH:
        k -= 1
        if doc.low[k] not in _NEAREST or doc.gap(k - 1).strip() != ",":
            continue
        np = np_after(doc, k + 1, doc.starts[j])
        after = doc.low[np.last + 1] if np is not None and np.last + 1 < len(doc.low) else ""
        if np is None or np.first != k + 1 or np.last + 1 >= j or not doc.joined(np.last) \
                or not doc.text[doc.starts[np.last + 1]].islower() or (after in words().stop and after not in FINITE):
            return None
        return np if can_speak(doc, np) else None
    return None


#: What may stand between two words of one comma-free stretch: nothing, or a plural
#: possessive's apostrophe (``the growers' association``).
_POSSESSIVE_GAPS = frozenset({"", "'", "\u2019"})


def _subordinate_phrase(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``The protest came a day after the cooperative filed a complaint accusing the mill
    of …``: a participle with no comma before it hangs on the nearest clause, and when that
    is a subordinate clause (``after``, ``because``, ``when`` …) opened in the same
    comma-free stretch, its subject speaks: the noun phrase right after the subordinator,
    a verb right after it (lowercase, no stop word but an auxiliary), when it can speak.
    The main clause's opening (``The protest``) is not the participle's subject."""
    j = cue.first - 1
    if j < 2 or doc.starts[j] < lo or not doc.joined(j):
        return None
    k = j
    while k > 0 and doc.starts[k - 1] >= lo and j - k < _CLAUSE_REACH:
        k -= 1
        if doc.gap(k).strip() not in _POSSESSIVE_GAPS:
            return None  # a comma or a dash: the participle may hang on an earlier clause
        if doc.low[k] not in _SUBORDINATORS:
            continue
        np = _before_verb(doc, np_after(doc, k + 1, doc.starts[j]))
        if np is None or np.first != k + 1 or np.last + 1 >= j or not doc.joined(np.last):
            return None
        after = doc.low[np.last + 1]
        if not doc.text[doc.starts[np.last + 1]].islower() or (after in words().stop and after not in FINITE):
            return None
        return np if can_speak(doc, np) else None
    return None


#: Prepositions that name the maker of a document or message (``a letter from the
#: growers``, ``a report by the council``).
_MAKER_PREPOSITIONS = frozenset({"by", "from"})
#: The most words of the maker between its preposition and the participle.
_MAKER_WORDS = 6
#: The most words of the noun phrase before the preposition, its determiner to its noun.
_MADE_WORDS = 3


def _noun_maker(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``after a letter from the growers accusing the mill of …``, ``a report by the council
    warning that …``: a participle right after a noun phrase's ``by``/``from`` phrase (no
    comma between) hangs on that noun, a document or message, and the one who made it
    speaks, not the main clause's opening (``The strike ended``). The preposition must
    follow a noun phrase opened by a determiner (``returned from Washington saying`` is the
    subject's), and the maker must be able to speak."""
    j = cue.first - 1
    if j < 3 or doc.starts[j] < lo or not doc.joined(j):
        return None
    k = j
    while k > 2 and j - k < _MAKER_WORDS and doc.starts[k - 1] >= lo \
            and (doc.joined(k - 1) or doc.gap(k - 1).strip() in _POSSESSIVE_GAPS):
        k -= 1
        if doc.low[k] not in _MAKER_PREPOSITIONS:
            continue
        if not _made_noun(doc, k - 1, lo):
            return None
        np = np_after(doc, k + 1, doc.starts[cue.first])
        if np is None or np.first != k + 1 or np.last != j:
            return None
        return np if can_speak(doc, np) else None
    return None


def _reduced_relative_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``Police dispersed protesters accusing the mayor of …``, ``Dozens of farmers
    demanding …``: a participle right after a common noun phrase of people (no comma
    between) modifies that phrase, which speaks, not the main clause's subject. A name or a
    pronoun before the participle is left to the rules of the main clause (``attacked
    Clinton saying …`` is often the subject's, its comma dropped), as is a thing (``a
    complaint accusing``: its maker speaks, :func:`_noun_maker`, :func:`_subordinate_phrase`)."""
    return people_before(doc, cue.first, lo)


def people_before(doc: Doc, i: int, lo: int) -> NP | None:
    """The plain plural noun phrase of people right before word ``i`` (no comma between,
    not before offset ``lo``) that a participle at ``i`` describes (``protesters accusing``,
    ``the striking nurses saying``), or None."""
    j = i - 1
    if j < 1 or doc.starts[j] < lo or not doc.joined(j) or not doc.text[doc.starts[j]].islower():
        return None
    head = doc.low[j]
    if head in tables().pronouns or pron_stem(head) or not _people_head(head):
        return None
    np = _plain_phrase(doc, j, lo)
    before = np.first - 1
    if before >= 0 and doc.joined(before) and (doc.low[before] in words().prepositions or doc.low[before] == "to"
                                               or not doc.text[doc.starts[before]].islower()) \
            and doc.low[before] != "of":
        return None  # "sent a letter to Senate leaders opposing …": the addressees; the letter opposes
    return np if not doc.persons_in(np.start, np.end) and can_speak(doc, np) else None


#: The most plain words of a noun phrase before a participle, its head included.
_PLAIN_WORDS = 4


def _plain_phrase(doc: Doc, j: int, lo: int) -> NP:
    """The noun phrase ending at word ``j`` read back over plain lower-case words (no stop
    word, no past form: ``met residents`` stops at ``met``) and one determiner or count
    (``the nurses``, ``200 protesters``, ``twelve growers``)."""
    first = doc.word_at(lo)
    k = j
    while k - 1 >= first and j - k + 1 < _PLAIN_WORDS and doc.joined(k - 1):
        w = doc.low[k - 1]
        if not doc.text[doc.starts[k - 1]].islower() or w in words().stop or past_form(w):
            break
        k -= 1
    if k - 1 >= first and doc.joined(k - 1) and (doc.low[k - 1] in DETS or _count(doc.low[k - 1])):
        k -= 1
    return NP(doc.starts[k], doc.ends[j], k, j)


def _count(w: str) -> bool:
    """``w`` counts the people after it: digits (``200``, ``1,500``) or a number word."""
    return w[:1].isdigit() or w in words().counts


def _people_head(head: str) -> bool:
    """A plural noun of people or a group (``protesters``, ``farmers``, ``residents``; a
    plural not in ``-s``: ``fishermen``, ``people``): who a participle after it can
    describe as speaking."""
    t = tables()
    return head in t.groups or (head.endswith(("s", "men")) and t.names_people(head)) \
        or (head.endswith("s") and head in t.group_names)


def _made_noun(doc: Doc, m: int, lo: int) -> bool:
    """Word ``m`` ends a noun phrase opened by a determiner at most :data:`_MADE_WORDS`
    words back, all lower case and no verb form between (``a new letter``, ``the report``)."""
    for d in range(m, max(doc.word_at(lo), m - _MADE_WORDS) - 1, -1):
        w = doc.low[d]
        if d < m and not doc.joined(d):
            return False
        if w in DETS:
            return d < m
        if not doc.text[doc.starts[d]].islower() or past_form(w) or w in words().stop:
            return False
    return False


def _before_verb(doc: Doc, np: NP | None) -> NP | None:
    """The phrase cut before a past verb it ran into (``the two sides traded letters``: the
    subject is ``the two sides``): a lower-case verb form after a word that is no
    determiner and no adverb (``the newly elected council`` keeps its participle)."""
    if np is None:
        return None
    for m in range(np.first + 2, np.last + 1):
        prev = doc.low[m - 1]
        if doc.text[doc.starts[m]].islower() and _verb_form(doc.low[m]) and prev not in DETS \
                and not prev.endswith("ly") and doc.joined(m - 1):
            return NP(np.start, doc.ends[m - 1], np.first, m - 1)
    return np


def _conjunct_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``she called it "outrageous" and called for …``: a coordinated cue shares the
    subject of a cue before it in the same comma-free stretch (within 30 words); the
    outermost one wins (``Roberts said that she thinks … but said "…"`` → Roberts)."""
    first = lexicon().first
    best: NP | None = None
    j = cue.first - 2
    while j >= 0 and doc.starts[j] >= lo and cue.first - j < 30:
        if doc.gap(j).strip() == ",":
            break
        if doc.low[j] in first and not doc.in_quote(doc.starts[j]):
            prev = cue_at(doc, j)
            if prev is not None and not noun_use(doc, prev) and not prev.form.endswith("ing"):
                np, why = subject_before(doc, prev, lo)
                if np is not None and why == "" and can_speak(doc, np):
                    best = np
        j -= 1
    return best


def _participle(doc: Doc, cue: Cue) -> bool:
    """The cue opens with an ``-ing`` form, alone or with its preposition or particle
    (``saying``, ``calling for``, ``complaining about``, ``pointing out``): a participle,
    whose subject the participle rules find, whatever the words after it."""
    return doc.low[cue.first].endswith("ing")


def subject_of(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """The speaker phrase of a cue in a sentence starting at ``lo``."""
    if cue.form == "according to":
        return np_after(doc, cue.last + 1, doc.sentence(cue.start)[1])
    if _participle(doc, cue) and not _progressive(doc, cue):
        seen = _quoted_as(doc, cue, lo) or _seen_saying(doc, cue, lo) or _with_subject(doc, cue, lo) \
            or _participle_object(doc, cue, lo) or _relative_clause_subject(doc, cue, lo) \
            or _coordinated_clause_subject(doc, cue, lo) or _noun_maker(doc, cue, lo) \
            or _reduced_relative_subject(doc, cue, lo) \
            or _subordinate_phrase(doc, cue, lo)
        if seen is None and _fronted(doc, cue, lo):
            return main_subject(doc, lo, doc.sentence(cue.start)[1])
        return seen if seen is not None else main_subject(doc, lo, cue.start)
    np, why = subject_before(doc, cue, lo)
    if np is not None:
        return np
    if why == "comma" and not _participle(doc, cue):
        np = appositive_subject(doc, cue, lo)
        if np is not None:
            return np
    if why == "and":
        shared = _conjunct_subject(doc, cue, lo)
        sub = _subordinate_subject(doc, cue, lo)
        if sub is not None and (shared is None or sub.first > shared.last):
            shared = sub  # the subordinate clause opens after the earlier cue's subject
        if shared is not None:
            return shared
    if why == "to":
        caused = caused_subject(doc, cue, lo)
        if caused is not None:
            return caused
    if why == "none" and cue.first > 0 and doc.has_quote_char(doc.ends[cue.first - 1], cue.start):
        # '…," said the 26-year-old O'Brien': the subject follows the cue
        return np_after(doc, cue.last + 1, doc.sentence(cue.start)[1]) if "postposed" in cue.classes else None
    return main_subject(doc, lo, cue.start)


def _according(doc: Doc, i: int) -> Cue | None:
    if doc.low[i] == "according" and i + 1 < len(doc.low) and doc.low[i + 1] == "to" and doc.joined(i):
        return Cue(doc.starts[i], doc.ends[i + 1], i, i + 1, "according to", frozenset({"speech", "postposed"}))
    return None


#: The most words of a quoted name inside a noun phrase (``the charity "Harbour Watch"``).
_QUOTED_NAME_WORDS = 6


def named_in_phrase(doc: Doc, q: QuoteSpan) -> bool:
    """The quotation is a name or title inside a noun phrase, not speech: short, in Title
    Case or of few words, with no punctuation of its own at its end, right after a word of
    the same phrase (``the charity "Harbour Watch" said``, ``his film "Salt" won``); a
    quotation opening its sentence (``"It was awful" said …``) is speech however it is
    punctuated."""
    content = doc.text[q.start : q.end].strip()
    if not content or content[-1] in ".,?!;:\u2026" or _n_words(content) > _QUOTED_NAME_WORDS:
        return False
    if _n_words(content) > SCARE_WORDS and not is_title_case(content):
        return False
    j = doc.word_before(q.open)
    sa, _ = doc.sentence(q.open)
    return j >= 0 and doc.starts[j] >= sa and not doc.text[doc.ends[j] : q.open].strip()


#: The most words of a quoted term that is no speech whatever its case.
SCARE_WORDS = 3


def _trailing(doc: Doc, q: QuoteSpan) -> tuple[Cue, NP | None, int] | None:
    """``"…," X said`` / ``"…," said X``: the cue and subject right after the close."""
    text = doc.text
    pos = q.close + 1
    if q.recovered or pos >= len(text):
        return None
    _, pb = doc.paragraph(q.close)
    limit = min(pb, pos + 300)
    i = doc.word_at(pos)
    if i >= len(doc.starts) or doc.starts[i] >= limit:
        return None
    lead = text[pos : doc.starts[i]]
    if doc.has_quote_char(pos, doc.starts[i]) or "\n" in lead:
        return None
    lead_s = lead.strip()
    if lead_s and lead_s[0] in "\u2015\u2014\u2013-":
        dashed = _dash_name(doc, pos, i, lead.index(lead_s[0]))
        if dashed is not None:
            return dashed
    if lead_s not in ("", ",", "\u2014", "\u2013", "--", "-"):
        return None
    b = q.close
    while b > q.open + 1 and text[b - 1] in "\u2019'":
        b -= 1
    last = text[b - 1]
    ends_clause = last in ",?!\u2014\u2013-:;" or lead_s != ""
    lower = text[doc.starts[i]].islower()
    if lower and doc.low[i] in _CONJ:
        return None  # '…," but he said that …' starts a new clause
    if lower and not (doc.low[i] in tables().pronouns or doc.low[i] in DETS or cue_at(doc, i) is not None
                      or doc.low[i] in tables().groups):
        return None  # '"a mistake" to use private email …, but she denied' is no attribution
    found = _saying_cue(doc, i, limit)
    if found is None:
        return None
    k, cue = found
    if cue.form.endswith("ing") and cue.form != "according to":
        return None
    if not ends_clause and not lower:
        # '"We will win." Trump said the …' is a new sentence; '"…." Trump said.' is not
        rest = text[cue.end : min(limit, cue.end + 40)]
        if k - i > 4 or not _SHORT_END.match(rest):
            return None
    if k == i and not (cue.classes & {"postposed", "direct_only"} or (ends_clause and _past_of_saying(cue))):
        return None
    if k == i and not ends_clause and named_in_phrase(doc, q):
        return None  # 'The charity "Harbour Watch" said it …': the name is the subject's
    if k == i or cue.form == "according to":
        np = np_after(doc, cue.last + 1, limit)
        if np is None:
            return None  # '"…" suggests that …': no inverted subject
        return cue, _closing_name(doc, np, limit), np.end
    np, why = subject_before(doc, cue, pos)
    if why == "and" and k > i:
        return None  # 'said it "noted" the decision and stressed …': a verb coordinated with one before
    if np is None and why not in ("and",):
        np = np_after(doc, i, cue.start)
    np = _quoted_object(doc, cue, limit) or np  # '"…," the paper quoted X as saying'
    end = cue.end
    # "…," he told Reuters / said in an interview: the attribution runs to the clause end
    return cue, np, end


def _past_of_saying(cue: Cue) -> bool:
    """A verb of saying in the past, one word (``admitted``, ``boasted``, ``pleaded``):
    right after a quotation closed by a comma it can only open an inverted attribution
    (``"…," admitted club captain Jo Reid``), whatever its use elsewhere."""
    return "speech" in cue.classes and cue.first == cue.last and (
        cue.form.endswith("ed") or cue.form in words().irregular_past)


def _dash_name(doc: Doc, pos: int, i: int, dash: int) -> tuple[Cue, NP | None, int] | None:
    """'"…" ― Adriana Rodarte': a name alone after a dash (at ``pos + dash``) that ends the
    line attributes the quotation; the dash is its cue."""
    text = doc.text
    eol = text.find("\n", pos)
    eol = len(text) if eol < 0 else eol
    if eol - doc.starts[i] <= 80:
        np = np_after(doc, i, eol)
        if np is not None and text[np.end : eol].strip(" .,\u00a0") == "" and text[doc.starts[i]].isupper():
            d = pos + dash
            return Cue(d, d + 1, i, i, text[d], frozenset({"speech"})), np, np.end
    return None


#: the most words between a quotation and its cue; an aside set off by commas after a
#: name may run longer (:func:`_long_aside`)
CUE_REACH = 16
ASIDE_REACH = 40


def _saying_cue(doc: Doc, i: int, limit: int) -> tuple[int, Cue] | None:
    """The first cue of saying (or ``according to``, not used as a noun) from word ``i`` on,
    within ``CUE_REACH`` words (or a longer aside, :func:`_long_aside`) and before
    ``limit``, with its word index; None when the clause after the quotation breaks first
    (a quotation mark, a line, a sentence) or none is found."""
    k = i
    while k < len(doc.starts) and doc.starts[k] < limit and k - i < ASIDE_REACH:
        if k > i:
            g = doc.gap(k - 1)
            if not doc.joined(k - 1) and (
                doc.has_quote_char(doc.ends[k - 1], doc.starts[k]) or "\n" in g
                or (_PUNCT.search(g) and doc.text[doc.starts[k]].isupper())
            ):
                return None
        cue = cue_at(doc, k) or _according(doc, k)
        if cue is not None and (cue.classes & _SAY or cue.form == "according to") and not noun_use(doc, cue) \
                and not _in_relative_aside(doc, k, limit):
            return (k, cue) if k - i < CUE_REACH or _long_aside(doc, i, k) else None
        k += 1
    return None


def _long_aside(doc: Doc, i: int, k: int) -> bool:
    """``"…," Ann Lee, director of the ... and a professor at the ..., said``: past
    ``CUE_REACH`` words, a cue still closes the quotation's clause when a short phrase
    (the name) opens it, a comma sets off the rest, and a comma stands right before the
    cue: one appositive, however long, between the speaker and the verb."""
    if doc.gap(k - 1).strip() != ",":
        return False
    j = i
    while j < i + 6 and doc.joined(j):
        j += 1
    return j < i + 6 and doc.gap(j).strip() == ","


def _in_relative_aside(doc: Doc, k: int, limit: int) -> bool:
    """The cue at word ``k`` opens a relative clause of an aside that a postposed cue
    closes (``"…," Jane, a mother of two who asked that her surname not be used, said``):
    the relative clause's verb is not the quotation's attribution."""
    if k == 0 or doc.low[k - 1] not in ("who", "which") or not doc.joined(k - 1):
        return False
    j = k
    while j + 1 < len(doc.starts) and doc.starts[j + 1] < limit and j - k < 16:
        if doc.gap(j).strip() == ",":
            nxt = cue_at(doc, j + 1)
            return nxt is not None and "postposed" in nxt.classes
        j += 1
    return False


def _closing_name(doc: Doc, np: NP, limit: int) -> NP:
    """``"…," said the 34-year-old mother of three, Li Wen.``: a description without a
    name, then a comma and a person's name that closes the sentence or is set off by a
    comma as an appositive (``said the rescue coordinator, Ben Dale, after the crew were
    brought ashore``): the name speaks, the description before it only says who the
    person is (``said Li Wen, a mother of three`` reads the name first already)."""
    text = doc.text
    if doc.persons_in(np.start, np.end):
        return np
    hi = min(limit, np.end + 80)
    comma = text.find(",", np.end, hi)
    if comma < 0 or _BREAK.search(text, np.end, comma):
        return np
    ps = doc.persons_in(comma, hi)
    if not ps or text[comma + 1 : ps[0].start].strip():
        return np
    p = ps[0]
    if not _CLOSES.match(text, p.end, min(len(text), p.end + 4)):
        return np
    return NP(p.start, p.end, doc.word_at(p.start), doc.word_before(p.end))


#: what may not stand between a description and the comma before its name
_BREAK = regex.compile(r"[.;:!?\"\u201c\u201d\n]")
#: what may follow a name that closes the sentence, or a comma closing its apposition
_CLOSES = regex.compile(r"[ \t]*+(?:,|[.!?][\"\u201d\u2019']?(?:\s|\Z)|\Z)")


_PARTICLES = frozenset({"out", "aloud", "up", "back", "on"})
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})


def passive_cue(doc: Doc, cue: Cue) -> bool:
    """``a letter read out by his lawyer``, ``a statement was issued``: a cue in the
    passive names who passed the words on, not who said them (the lawyer reading the
    client's letter is not its speaker). A participle of naming before the preposition it
    names through (``known as``) is passive whatever stands before it: what follows is a
    name, which nobody in the sentence is reported to say."""
    k = cue.last + 1
    if k < len(doc.low) and doc.low[k] in _PARTICLES and doc.joined(cue.last):
        k += 1
    if cue.first == cue.last and "label" not in cue.classes and not doc.text[cue.start].isupper() \
            and _names_through(doc, cue.last):
        return True  # 'miners known as "ninjas"', 'what became known as "…"': a name no one here says
    if "label" in cue.classes:  # 'hailed by the premier as "…"': the agent labels (``_label_agent``)
        return False  # 'it was labeled "Mostly True"': the quoted label is still a quotation
    if k < len(doc.low) and doc.low[k] == "by" and doc.joined(k - 1):
        return cue.form.endswith(("ed", "en")) or cue.form in ("read", "written", "said", "told", "quoted")
    j = cue.first - 1
    return j >= 0 and doc.joined(j) and doc.low[j] in _BE and cue.form.endswith(("ed", "en", "said", "told"))


def _names_through(doc: Doc, p: int) -> bool:
    """The participle at word ``p`` names through the preposition after it, past an
    adverb (``known as``, ``known locally as``)."""
    k = p
    while k + 1 < len(doc.low) and doc.joined(k) and doc.low[k + 1].endswith("ly") and k - p < 2:
        k += 1
    return k + 1 < len(doc.low) and doc.joined(k) and names_through(doc.low[p], doc.low[k + 1])


def _words_owner(doc: Doc, cue: Cue, until: int) -> NP | None:
    """``Gomez read a statement from her client, Peter Hall: "…"``: when a cue relays
    someone's words (read, released, posted), the person named after *from* or *on
    behalf of* owns them, not the reader (a lawyer is never credited with the client's
    words); None when no person is named there."""
    if cue.form not in speaker_words().relay:
        return None
    k = cue.last + 1
    while k < len(doc.starts) and doc.starts[k] < until and k - cue.last <= 8:
        if doc.low[k] == "on":
            owner = _behalf_owner(doc, k)
            if owner is not None:
                return owner
        if doc.low[k] == "from" or (doc.low[k] == "behalf" and k + 1 < len(doc.low) and doc.low[k + 1] == "of"):
            a = k + 1 if doc.low[k] == "from" else k + 2
            if a >= len(doc.starts):
                return None  # the text ends at "from": no word after it names an owner
            named = [p for p in doc.persons_in(doc.starts[a], until) if doc.starts[a] <= p.start]
            if named and named[0].start - doc.starts[a] <= 40:
                p = named[0]
                return NP(p.start, p.end, doc.word_at(p.start), doc.word_before(p.end))
            return _owner_described(doc, a, until)
        k += 1
    return None


def _owner_described(doc: Doc, a: int, until: int) -> NP | None:
    """``read out a statement from her client: "…"``, ``from the family``: an owner named
    by a description in lower case right after *from* (who can speak: a role, a relation,
    a group); None for anything else (``released a statement from Vienna``, ``from the
    archive``)."""
    np = np_after(doc, a, until)
    if np is None or any(not doc.text[doc.starts[k]].islower() for k in range(np.first, np.last + 1)):
        return None  # a name that is no person's: "from Vienna", "from the Hague office"
    return np if can_speak(doc, np) and not implausible(doc, np.start, np.end) else None


#: the most words of the owner in ``on <owner's> behalf`` (``on her former client's behalf``)
_BEHALF_OWNER = 3


def _behalf_owner(doc: Doc, on: int) -> NP | None:
    """``read a statement on her behalf``, ``on his client's behalf``, ``on Hall's behalf``:
    the owner between *on* and *behalf* (its possessive ending left out), which resolves as
    a possessive pronoun, a person or a description does."""
    for b in range(on + 2, min(on + 2 + _BEHALF_OWNER, len(doc.low))):
        if not doc.joined(b - 1):
            return None
        if doc.low[b] == "behalf":
            first, last = on + 1, b - 1
            end = doc.ends[last]
            if doc.low[last].endswith(("'s", "’s")):
                end -= 2
            return NP(doc.starts[first], end, first, last)
    return None


def _leading(doc: Doc, q: QuoteSpan) -> tuple[Cue, NP | None] | None:
    """A cue before the opening mark in the same sentence.

    The cue right before the quotation (``told reporters: "``) wins; otherwise the
    outermost (leftmost) one: in ``Clinton said Trump called her a "pig"`` the
    quotation is Clinton's report.
    """
    sa, _ = doc.sentence(q.open)
    pa, _ = doc.paragraph(q.open)
    lo = max(sa, pa)
    j = doc.word_before(q.open)
    n = 0
    found: list[Cue] = []
    first = lexicon().first
    while j >= 0 and doc.starts[j] >= lo and n < 50:
        n += 1
        if doc.low[j] not in first and doc.low[j] not in ("according", "to"):
            j -= 1
            continue
        if doc.in_quote(doc.starts[j]):
            qq = doc.quote_at(doc.starts[j])
            j = doc.word_before(qq.open) if qq is not None else j - 1
            continue
        cue = cue_at(doc, j) or (_according(doc, j) if doc.low[j] == "according" else None)
        if cue is None and j >= 1 and doc.low[j] == "to":
            cue = _according(doc, j - 1)
        if cue is not None and cue.end <= q.open and not noun_use(doc, cue) and not passive_cue(doc, cue):
            if cue.classes & (_SAY | {"belief", "attitude"}) or cue.form == "according to":
                found.append(cue)
        j -= 1
    clause = _colon_clause(doc, lo, q.open)
    found = [c for c in found if c.start >= clause]  # 'With X worried about Y, the mayor has a message: "…"'
    if not found:
        return None
    near = found[0]
    if "label" in near.classes and (_passive_label(doc, near) or _reduced_label(doc, near, q)):
        return near, _label_agent(doc, near, q)  # 'was branded "reckless" by the opposition'
    owner = _words_owner(doc, near, q.open)
    if owner is not None:
        return near, owner
    if len(found) == 1 or (near.classes & {"speech", "direct_only"} and (
            _LEAD_GAP.fullmatch(doc.text, near.end, q.open) or _personal_subject(doc, near, lo))):
        return near, _lead_subject(doc, near, lo)
    for cue in reversed(found):
        if cue.classes & {"speech", "direct_only"} or cue.form == "according to":
            np = _lead_subject(doc, cue, lo)
            if np is not None and can_speak(doc, np):
                return cue, np
    return near, _lead_subject(doc, near, lo)


def _passive_label(doc: Doc, cue: Cue) -> bool:
    """A verb of labelling in the passive (``was branded``, ``has been hailed``, ``was
    widely described``): its subject is what is labelled, never who labels it."""
    j = cue.first - 1
    while j > 0 and doc.joined(j) and doc.low[j].endswith("ly"):
        j -= 1
    return j >= 0 and doc.joined(j) and doc.low[j] in _BE and cue.form.endswith(("ed", "en"))


def _reduced_label(doc: Doc, cue: Cue, q: QuoteSpan) -> bool:
    """``The plan, branded "reckless" by the opposition, …``, ``a plan called "bold"``: a
    participle of labelling right before the quotation in a reduced passive relative
    (:func:`_reduced_relative`) labels the noun before it, which is no speaker."""
    return cue.first == cue.last and cue.form.endswith(("ed", "en")) and cue.last == doc.word_before(q.open) \
        and not doc.text[doc.ends[cue.last] : q.open].strip() and _reduced_relative(doc, cue.first)


def _label_agent(doc: Doc, cue: Cue, q: QuoteSpan) -> NP | None:
    """The agent of a passive label, after ``by`` right after the cue (``hailed by the
    premier as "…"``) or right after the quotation (``branded "reckless" by the
    opposition``); None when the passive names none."""
    _, sb = doc.sentence(q.close)
    for k in (cue.last + 1, doc.word_at(q.close + 1)):
        if k + 1 < len(doc.starts) and doc.low[k] == "by" and doc.joined(k) and doc.starts[k] < sb:
            return np_after(doc, k + 1, sb)
    return None


def _personal_subject(doc: Doc, cue: Cue, lo: int) -> bool:
    """The cue has its own subject naming someone (not "it", not a participle)."""
    if cue.form.endswith("ing") and not _progressive(doc, cue):
        return False
    np, why = subject_before(doc, cue, lo)
    return np is not None and why == "" and doc.low[np.last] not in ("it", "this", "that", "which") \
        and can_speak(doc, np)


def _lead_subject(doc: Doc, cue: Cue, lo: int) -> NP | None:
    """``Said Ellis: "…"`` (inverted), ``what he called "…"`` (the main subject)."""
    if cue.first == doc.word_at(lo) and doc.text[cue.start].isupper() and "speech" in cue.classes:
        np = np_after(doc, cue.last + 1, doc.sentence(cue.start)[1])
        if np is not None:
            return np
    np = subject_of(doc, cue, lo)
    if np is not None and np.first == np.last and np.first >= 1 and doc.low[np.first - 1] == "what" \
            and doc.low[np.first] in ("he", "she", "they", "it"):
        main = main_subject(doc, lo, doc.starts[np.first - 1])
        if main is not None:
            return main
    return np


def _after(doc: Doc, q: QuoteSpan) -> tuple[Cue, NP | None] | None:
    """A cue later in the quotation's sentence: ``… the "deal" is dead, he said``."""
    _, sb = doc.sentence(q.close)
    _, pb = doc.paragraph(q.close)
    hi = min(sb, pb)
    k = doc.word_at(q.close + 1)
    n = 0
    while k < len(doc.starts) and doc.starts[k] < hi and n < 40:
        n += 1
        if doc.in_quote(doc.starts[k]):
            k += 1
            continue
        cue = cue_at(doc, k) or _according(doc, k)
        if cue is not None and "speech" in cue.classes | ({"speech"} if cue.form == "according to" else set()) \
                and not noun_use(doc, cue):
            if cue.form == "according to":
                return cue, np_after(doc, cue.last + 1, hi)
            np, why = subject_before(doc, cue, q.close + 1)
            if np is not None and why in ("", "rel"):
                return cue, np
            return None
        k += 1
    return None


_GAP_END = regex.compile(r"(?:^|[.,:;\u2014\u2013]|\b(?:but|and))\s*$")


def _ends_sentence(doc: Doc, q: QuoteSpan) -> bool:
    """The quotation closes its sentence ('… the end."', '"…" ' at a paragraph end)."""
    text = doc.text
    b = q.close
    while b > q.open + 1 and text[b - 1] in "\u2019'":
        b -= 1
    if text[b - 1] in ".?!\u2026":
        return True
    rest = text[q.close + 1 : q.close + 4]
    return rest.strip() == "" or rest.lstrip()[:1] in (".", "\n") or "\n" in rest


def _sentence_break(doc: Doc, a: int, b: int) -> bool:
    """True when a sentence ends and another starts within ``[a, b)`` (not "Mr. Clarke")."""
    for m in _GAP_BREAK.finditer(doc.text, a, b):
        w = doc.word_before(m.start())
        if w >= 0 and doc.ends[w] == m.start() and doc.joined(w):
            continue
        return True
    return False


def _colon_intro(doc: Doc, q: QuoteSpan) -> tuple[Cue, NP | None] | None:
    """A quotation introduced by a colon: ``He said:`` ending the previous paragraph, or
    ``Obama is rolling out a new message: "…"`` (the sentence subject speaks)."""
    text = doc.text
    pa, _ = doc.paragraph(q.open)
    before_end = _trim_end(text, pa, q.open)  # text[pa:before_end] == text[pa:q.open].rstrip()
    if before_end == pa:
        pi = doc.para_index(q.open)
        if pi == 0:
            return None
        ppa, ppb = doc.paras[pi - 1]
        prev_end = _trim_end(text, ppa, ppb)
        if prev_end == ppa or text[prev_end - 1] != ":" or ppb - ppa > 400:
            return None
        k = doc.word_before(ppb)
        while k >= 0 and doc.starts[k] >= ppa:
            cue = cue_at(doc, k)
            if cue is not None and cue.classes & _SAY and not noun_use(doc, cue):
                return cue, _lead_subject(doc, cue, doc.sentence(cue.start)[0])
            k -= 1
        sa, _ = doc.sentence(ppb - 1)
        np = main_subject(doc, max(sa, ppa), ppb)
        if np is None or not (doc.persons_in(np.start, np.end)
                              or classify(text[np.start : np.end]).kind in _SPEAKING_KINDS):
            return None
        c = prev_end - 1
        return Cue(c, c + 1, np.last, np.last, ":", frozenset({"speech"})), np
    if text[before_end - 1] != ":":
        return None
    sa, _ = doc.sentence(q.open)
    np = main_subject(doc, _colon_clause(doc, max(sa, pa), q.open), q.open)
    if np is None:
        return None
    c = before_end - 1
    return Cue(c, c + 1, np.last, np.last, ":", frozenset({"speech"})), np


#: Conjunctions that may join a clause after a comma (``…, and the mayor has a message:``).
_CLAUSE_JOINS = frozenset({"and", "but", "yet", "so"})
#: How far back from a colon (characters) a comma opening its clause is looked for: a
#: sentence's length; linear time in a sentence without end.
_COLON_REACH = 400


def _colon_clause(doc: Doc, lo: int, qopen: int) -> int:
    """Where the clause that a colon before the quotation at ``qopen`` ends begins: after
    the last comma between ``lo`` and the colon that opens a clause of its own, a subject
    and its finite verb (``With residents worried about the flood, | the mayor has a new
    message: "…"``, ``Prices rose, and | the minister had one answer: "…"``). A colon
    makes its own clause introduce the quotation, so a cue or subject before that comma,
    in a fronted phrase or an earlier clause, does not. ``lo`` when no colon introduces
    the quotation or no comma opens such a clause."""
    end = _trim_end(doc.text, lo, qopen)
    if end <= lo or doc.text[end - 1] != ":":
        return lo
    k = doc.word_before(end) - 1
    while k >= 0 and doc.starts[k] >= lo and end - doc.starts[k] < _COLON_REACH:  # the nearest comma first
        if "," in doc.gap(k) and not doc.in_quote(doc.starts[k + 1]):
            s = k + 2 if doc.low[k + 1] in _CLAUSE_JOINS else k + 1
            if s < len(doc.starts) and doc.starts[s] < end and finite_clause(doc, s, end):
                return doc.starts[s]
        k -= 1
    return lo


def _trim_end(text: str, a: int, b: int) -> int:
    """Where ``text[a:b]`` ends once trailing spaces are cut; scanning back from ``b`` and
    never slicing keeps many quotations in one long paragraph linear."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _cue_before(doc: Doc, a: int, b: int) -> bool:
    """A cue in ``[a, b)`` that introduces what follows ``b`` (``…, adding, "``)."""
    k = doc.word_at(a)
    while k < len(doc.starts) and doc.starts[k] < b:
        c = cue_at(doc, k)
        if c is not None and c.classes & {"speech", "direct_only", "label"} \
                and _LEAD_GAP.fullmatch(doc.text, c.end, b):
            return True
        k += 1
    return False


def is_title_case(content: str) -> bool:
    """Every word capitalised ("Morning Joe", "Fox News Sunday")."""
    ws = _WORDS.findall(content)
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "by"}
    return bool(ws) and ws[0][:1].isupper() and all(w[:1].isupper() or w.isdigit() or w in small for w in ws)


def _is_title(doc: Doc, q: QuoteSpan, content: str) -> bool:
    """A short title-case quotation after a preposition or a possessive is the title of a
    work or show ('on MSNBC's "Morning Joe"'), not speech."""
    if _n_words(content) > 6 or not is_title_case(content):
        return False
    j = doc.word_before(q.open)
    if j < 0 or doc.ends[j] < q.open - 3:
        return False
    w = doc.low[j]
    return w in words().prepositions or w.endswith(("'s", "\u2019s")) or w == "the"


#: The most words before a participle of naming searched for a relative that makes it a
#: finite verb (``what the city's mayor called "…"``).
_NAMER_WORDS = 5
#: Words that give a participle of naming a subject of its own: relatives (``what the mayor
#: called``, ``which critics dubbed``).
_NAMER_RELATIVES = frozenset({"what", "which", "that", "who", "whom", "whose"})


def _reduced_relative(doc: Doc, p: int) -> bool:
    """The participle at word ``p`` opens a reduced passive relative after a noun (``the
    plan, dubbed``, ``a programme called``, ``the levy branded``): the noun is what is named
    or labelled, never who names it. Only a lower-case noun of a thing with its determiner
    reads so: a person, a role, a body or a bare plural may be the subject of an active
    verb (``the mayor called "…"``, ``Democrats branded "…"``), as may any noun after a
    relative (``what the toll called``), and a pronoun or an auxiliary says the verb is
    active (``she called``, ``critics have dubbed``)."""
    i = p - 1
    if i < 1 or not (doc.joined(i) or doc.comma_after(i)):
        return False
    k = i
    while k >= 0 and i - k < _NAMER_WORDS and (k == i or doc.joined(k)):
        if doc.low[k] in _NAMER_RELATIVES:
            return False
        k -= 1
    head = doc.low[i]
    if not doc.text[doc.starts[i]].islower() or head in grammar.SUBJECT_PRONOUNS or head in FINITE \
            or head in _BE or head.endswith("ly") or doc.persons_in(doc.starts[i], doc.ends[i]):
        return False
    t = tables()
    if t.names_people(head) or head in t.org_heads or head in t.outlet_heads or head in t.groups:
        return False
    m = i - 1
    while m >= 0 and i - m <= _NOUN_WORDS and doc.joined(m):
        if doc.low[m] in DETS:
            return True  # "the plan, dubbed", "a programme called"
        m -= 1
    return False


#: The most words from a determiner to the head of the labelled noun (``a new three-lane toll``).
_NOUN_WORDS = 3


def _n_words(text: str) -> int:
    return sum(1 for _ in _WORDS.finditer(text))


def direct_items(doc: Doc) -> list[Item]:
    """One :class:`Item` per direct quotation (split quotations merged)."""
    quotes = doc.quotes
    text = doc.text
    items: list[Item] = []
    i = 0
    last_para = -10
    while i < len(quotes):
        q = quotes[i]
        content = text[q.start : q.end]
        if _is_title(doc, q, content):
            i += 1
            continue
        conf = 0.6 if q.recovered else 1.0
        own = relative_label(doc, q)
        if own is not None:  # "a claim the firm called "false"": the relative's subject labels it
            items.append(Item(q.start, q.end, True, own[0], own[1], "np", conf))
            last_para = doc.para_index(q.close)
            i += 1
            continue
        tr = _trailing(doc, q)
        if tr is not None:
            cue, np, att_end = tr
            end, i = _continued(doc, i, att_end)
            items.append(Item(q.start, end, True, cue, np, "np" if np else "none", conf))
            last_para = doc.para_index(q.close)
            continue
        att = _leading(doc, q) or _after(doc, q) or _colon_intro(doc, q)
        if att is not None:
            cue, np = att
            items.append(Item(q.start, q.end, True, cue, np, "np" if np else "none", conf))
            last_para = doc.para_index(q.close)
        else:
            item = _unattributed(doc, q, content, last_para, conf)
            if item is not None:
                items.append(item)
                if item.how == "inherit":
                    last_para = doc.para_index(q.close)
        i += 1
    return items


def _continued(doc: Doc, i: int, att_end: int) -> tuple[int, int]:
    """Where the quotation ``doc.quotes[i]`` ends when its attribution interrupts it (``"...,"
    she said. "..."``): after each quotation that continues it in its paragraph, right after
    the attribution and ending its sentence, with no cue of its own. Returns that end and the
    index of the next quotation to read."""
    quotes, text = doc.quotes, doc.text
    q = quotes[i]
    end = q.end
    j = i + 1
    gap_from = att_end
    first = True
    while j < len(quotes):
        q2 = quotes[j]
        if doc.para_index(q2.open) != doc.para_index(q.close):
            break
        if _is_title(doc, q2, text[q2.start : q2.end]):
            j += 1  # 'on Fox News's “Fox and Friends.” “I mean, …”'
            continue
        gap = text[gap_from : q2.open]
        if first:
            if _sentence_break(doc, gap_from, q2.open) or _cue_before(doc, gap_from, q2.open) \
                    or not _GAP_END.search(gap) or len(gap) > 160 or "\n" in gap:
                break
        elif gap.strip():
            break
        if _trailing(doc, q2) is not None or not _ends_sentence(doc, q2):
            break
        end = q2.end
        first = False
        gap_from = q2.close + 1
        j += 1
    return end, j


def _unattributed(doc: Doc, q: QuoteSpan, content: str, last_para: int, conf: float) -> Item | None:
    """A quotation with no cue of its own: long enough, or opening its paragraph, it takes
    its speaker from the paragraph before (opening a paragraph right after an attributed
    quotation: ``inherit``; after a paragraph whose last speaker reports in their own
    words, ``…, the inspector said.``: ``inherit_prev``) or from its own paragraph; a short
    one inside a paragraph is no quotation."""
    n = _n_words(content)
    pa, _ = doc.paragraph(q.open)
    starts_para = _trim_end(doc.text, pa, q.open) == pa
    if not (n >= MIN_WORDS or (starts_para and n >= 2)):
        return None
    if starts_para and doc.para_index(q.open) - last_para <= 1:
        how = "inherit"
    elif not starts_para and n >= MIN_WORDS:
        how = "inherit_para"
    elif starts_para and not doc.text[q.close + 1 : doc.paragraph(q.open)[1]].strip(" .\t"):
        how = "inherit_prev"  # the quotation is its whole paragraph
    else:
        how = "none"
    return Item(q.start, q.end, True, None, None, how, conf * 0.8)
