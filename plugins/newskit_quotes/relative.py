"""A report inside a relative clause or a participle's aside on the sentence's subject ends
where the clause does (issue #14).

``Supporters of the mill, who say it employs 400 people, rallied outside.``, ``The mill,
which its owners say loses money, will close.``: the relative clause set off by commas
interrupts its main clause, whose predicate (``rallied outside``, ``will close``) follows
the comma that closes it, so the report inside ends at that comma, not at the end of the
sentence. Only a clause on a subject that opens the sentence is read so (its predicate
must still come); after an object (``… backed by Ruiz, who said …``) the clause may run to
the end of the sentence. The closing comma is the first one, outside quotation marks,
whose next word opens a predicate: an auxiliary or modal, or a lower-case word no closed
class of subjects, adverbs, conjunctions or prepositions holds (``rallied``, ``want``); a
comma whose next word opens none starts an aside inside the content (``the drought, now
in its third year, is …``), and the comma after it closes the aside; a word followed by a
comma or ``and``/``or`` is a member of a list (``dams, roads or other projects``).
"""

from __future__ import annotations

from newskit import grammar

from .attribution import Cue, first_relative, in_phrase, share_start, words
from .clause import FINITE, finite_clause
from .doc import Doc

__all__ = ["relative_close"]

#: Relative pronouns that open a clause set off by commas (``that`` never does).
_RELATIVES = frozenset({"who", "which", "whose", "whom"})
#: Conjunctions joining a second relative clause to the first (``which … and which has said``).
_JOINS = frozenset({"and", "but", "or"})
#: The most words between the relative pronoun and the cue (``which its owners say``).
_RELATIVE_TO_CUE = 8
#: The most words of the subject a relative clause interrupts (``Supporters of the mill``).
_SUBJECT_WORDS = 10
#: Words after a comma that open no predicate: they continue the content.
_NOT_PREDICATE = (grammar.DETERMINERS | grammar.QUANTIFIERS | grammar.SUBJECT_PRONOUNS | grammar.OBJECT_PRONOUNS
                  | grammar.RELATIVES | grammar.COORDINATORS | grammar.SUBORDINATORS | grammar.PREPOSITIONS
                  | {"not", "as", "so", "than", "too", "also", "only", "even", "or", "nor", "who", "which"})


def relative_close(doc: Doc, cue: Cue, a: int, b: int) -> int:
    """The end of content ``[a, b)`` reported by ``cue``: the comma closing a relative
    clause, a participle's aside on the sentence's subject or a fronted subordinate clause
    when the cue stands in one, else ``b``."""
    if _fronted_subordinate(doc, cue):
        return _main_clause_comma(doc, a, b)
    if not (_in_subject_relative(doc, cue) or _subject_participle(doc, cue)):
        return b
    i = doc.word_at(a) + 1
    aside = False  # a comma opening an aside inside the content: the next comma closes it
    while i < len(doc.starts) and doc.starts[i] < b:
        if doc.gap(i - 1).strip().startswith(",") and not doc.in_quote(doc.starts[i]) and not _listed(doc, i):
            if not aside and _opens_predicate(doc, i):
                return doc.ends[i - 1]
            aside = not aside
        i += 1
    return b


def _fronted_subordinate(doc: Doc, cue: Cue) -> bool:
    """``While the mayor has insisted the bridge is safe, engineers have warned …``,
    ``Although critics say the plan is late, the council …``: the cue stands in a
    subordinate clause that opens the sentence (its first word a subordinator, no comma
    between it and the cue), so the main clause follows the comma that closes it."""
    first = doc.word_at(doc.sentence(doc.starts[cue.first])[0])
    if first >= cue.first or doc.low[first] not in grammar.SUBORDINATORS:
        return False
    return all(doc.joined(k) for k in range(first, cue.first))


def _main_clause_comma(doc: Doc, a: int, b: int) -> int:
    """The end of content ``[a, b)`` inside a fronted subordinate clause: the first comma,
    outside quotation marks and lists, whose next words open a clause of their own (a
    subject and its finite verb: ``…, engineers have warned``), else ``b``. A list of
    noun phrases with determiners (``says the vases, the plates and the cups were
    insured``) is cut too: a guard that waited for the content's own verb cost the unseen
    half of PolNeAR one attribution and gained nothing on the read half (session 46)."""
    i = doc.word_at(a) + 1
    while i < len(doc.starts) and doc.starts[i] < b:
        if doc.gap(i - 1).strip().startswith(",") and not doc.in_quote(doc.starts[i]) and not _listed(doc, i) \
                and finite_clause(doc, i, b):
            return doc.ends[i - 1]
        i += 1
    return b


def _listed(doc: Doc, i: int) -> bool:
    """Word ``i`` after a comma is a member of a list (``calves, sheep and dogs``, ``dams,
    roads or other projects``): a comma or ``and``/``or`` follows it."""
    return i + 1 < len(doc.starts) and (doc.gap(i).strip() == "," or doc.low[i + 1] in ("and", "or"))


def _in_subject_relative(doc: Doc, cue: Cue) -> bool:
    """The cue stands in a relative clause set off by a comma right after a short subject
    that opens the sentence (no comma, auxiliary or past form inside it; a plural
    possessive's apostrophe is inside it: ``Parents' groups, which …``)."""
    r = cue.first - 1
    if r < 1 or not doc.joined(r):
        return False  # "Hall, who directs the service, said …": the cue is the main clause's
    while r > 0 and cue.first - r <= _RELATIVE_TO_CUE and doc.low[r] not in _RELATIVES:
        if not doc.joined(r - 1) and doc.low[r - 1] not in _RELATIVES:
            return False
        r -= 1
    if r < 1 or doc.low[r] not in _RELATIVES:
        return False
    first = doc.word_at(doc.sentence(doc.starts[r])[0])
    if doc.low[r - 1] in _JOINS and doc.joined(r - 1):  # "which represents … and which has said"
        r = first_relative(doc, r - 1, doc.starts[first], doc.low[r]) or r
    r = share_start(doc, r, doc.starts[first]) or r  # "Residents, many of whom say …"
    if doc.gap(r - 1).strip() != ",":
        return False
    return _opening_subject(doc, first, r)


def _subject_participle(doc: Doc, cue: Cue) -> bool:
    """``The union, saying pay was too low, walked out``, ``Nurses, calling for higher
    pay, marched …``: the cue is a participle set off by a comma right after a short
    subject that opens the sentence, an aside as a relative clause there is, whose main
    verb follows the comma that closes it."""
    r = cue.first
    if r < 1 or not doc.low[r].endswith("ing") or doc.gap(r - 1).strip() != ",":
        return False
    return _opening_subject(doc, doc.word_at(doc.sentence(doc.starts[r])[0]), r)


def _opening_subject(doc: Doc, first: int, r: int) -> bool:
    """Words ``first`` (the sentence's first) to the one before the comma ending at word
    ``r - 1`` are one short phrase: no comma, auxiliary or past form inside it."""
    if r - first > _SUBJECT_WORDS or r - 1 < first:
        return False
    return all(in_phrase(doc, k) for k in range(first, r - 1)) and not any(
        doc.low[k] in FINITE or (doc.low[k].endswith("ed") and doc.text[doc.starts[k]].islower())
        for k in range(first, r)
    )


def _opens_predicate(doc: Doc, i: int) -> bool:
    """Word ``i`` opens a predicate: an auxiliary or modal (``will close``), or a lower-case
    word that is no subject, adverb, conjunction or preposition (``rallied``)."""
    w = doc.low[i]
    if w in FINITE:
        return True
    if not doc.text[doc.starts[i]].islower() or w in _NOT_PREDICATE or w in words().skip:
        return False
    return not (w.endswith(("ly", "ing")) or w in words().prepositions or w in words().clause_bad_starts)
