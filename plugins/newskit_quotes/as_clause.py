"""An ``as``-clause of saying attached to the clause it reports (issue #14).

``The quay, as the harbour master noted, has never flooded``, ``As the harbour master
pointed out, the quay has never flooded``, ``The quay has never flooded, as the harbour
master noted``: ``as`` with a subject and a verb of saying and nothing after the verb is a
comment clause whose object is the main clause; the subject speaks and the content is the
sentence. Without this reading the cue has no clause after it and the attribution is lost.
"""

from __future__ import annotations

from .attribution import NP, Cue, can_speak, subject_before
from .content_end import MAX_CONTENT, cut, trim
from .doc import Doc

__all__ = ["as_attribution"]

#: The most words between ``as`` and the cue (the subject and an auxiliary).
_SUBJECT_WORDS = 8
#: Punctuation that may follow the cue of a comment clause.
_AFTER_CUE = frozenset({",", ".", "\u2014", "--", ";"})


def as_attribution(doc: Doc, cue: Cue, sa: int, sb: int) -> tuple[int, int, NP] | None:
    """(content start, content end, speaker) of ``as <subject> <cue>`` set off by commas or
    opening or closing its sentence; None otherwise (``as well as``, ``as he said that …``)."""
    if "speech" not in cue.classes or cue.form.endswith("ing"):
        return None
    last = cue.last
    at_end = last + 1 >= len(doc.starts) or doc.starts[last + 1] >= sb
    if not at_end and doc.gap(last).strip() not in _AFTER_CUE:
        return None
    j = next((k for k in range(cue.first - 2, max(cue.first - 2 - _SUBJECT_WORDS, -1), -1)
              if doc.low[k] == "as"), None)
    if j is None or doc.starts[j] < sa or not all(doc.joined(k) for k in range(j, cue.first)):
        return None
    opening = doc.word_at(sa) == j
    if not opening and doc.gap(j - 1).strip() not in (",", "\u2014", "--"):
        return None
    np, why = subject_before(doc, cue, doc.starts[j + 1])
    if np is not None and np.first > j + 1 and doc.low[np.first - 1] == "of":
        np = NP(doc.starts[j + 1], np.end, j + 1, np.last)  # "as one of the mayor's advisers noted"
    if np is None or why != "" or np.first != j + 1 or not can_speak(doc, np):
        return None
    a = doc.starts[last + 1] if opening and not at_end else max(sa, np.start - MAX_CONTENT)  # bounded: linear
    b = doc.ends[j - 1] if at_end and not opening else cut(doc, a, sb)
    if doc.has_quote_char(a, b):
        return None  # a quotation is the direct grammar's
    span = trim(doc, a, b)
    return (span[0], span[1], np) if span else None
