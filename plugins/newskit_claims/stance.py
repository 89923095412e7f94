"""A claim's stance read from its content when its cue did not fix it (a charge said to
be false denies, a likely outcome predicts, an accusation alleges)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newskit.ascii_patterns import plain_ascii
from newskit_claims.candidate import Candidate
from newskit_claims.grammar import Compiled, patterns

_LIKELY = regex.compile(r"\b(?:likely|possibility|possible|may|might|expected)\b", regex.I)
_LIKELY_THAT = regex.compile(r"\blikely\s+that\b.*\b(?:will|would|could|might|may)\b", regex.I)


def read_stance(text: str, c: Candidate) -> str:
    """The stance a candidate ends with: the construction's when it fixed one, a denial's or
    a confirmation's always; else read from the content (a charge said to be false or a
    finding of nothing denies; a report stays one unless likely, which predicts; an
    accusation not in a hypothetical or a finding of evidence alleges, a charge's own word
    negated, ``paid no bribes``, denies), an assertion otherwise."""
    if c.fixed and c.stance != "asserts":
        return c.stance
    p = patterns()
    content = text[c.start:min(c.end, c.start + 2000)]
    if c.stance in ("denies", "confirms"):
        return c.stance
    low = _lowered(content)
    charge = p["charge_that"].search(text, max(0, c.start - 40), c.start)
    if charge is not None:
        said = text[charge.start():c.end]
        if _calls_false(p, said, _lowered(said)):
            return "denies"  # "said the claim that <the school had been closed> was untrue"
    if any(_matches(p, "no_truth", x, xl) or (_matches(p, "charge_opening", x, xl) and _calls_false(p, x, xl))
           for x, xl in _sentences_after_first(content, low)):
        return "denies"  # "We acted at once. Any claim that we delayed is untrue."
    if any(_matches(p, name, content, low) for name in _DENYING_CONTENT) or \
            (_matches(p, "none_start", content, low) and p["finding_that"].search(text, max(0, c.start - 40), c.start)) or \
            p["found_no_evidence_of"].search(text, max(0, c.start - 50), c.start):
        return "denies"  # "said the allegations were baseless", "said they found no evidence of fraud"
    if c.stance == "reports":
        strong = _LIKELY.search(content)
        if c.cue and c.cue.lower() in ("cited", "citing", "quoted", "quoting") and not strong:
            return "reports"
        return "predicts" if strong else "reports"
    if p["predictive"].search(content) or _LIKELY_THAT.search(content):
        return "predicts"
    if c.stance == "alleges" or p["evidence_found"].match(content) is not None:
        return "alleges"  # "said its inspectors had found traces of blasting material"
    negated = False
    for start in _accusations(content):
        before = content[max(0, start - 20):start]
        if p["charge_negated"].search(before):
            negated = True  # "it paid no bribes": the charge answered, not made
        elif not p["hypothetical"].search(before):
            return "alleges"
    if negated:
        return "denies"
    return c.stance if c.stance in ("predicts",) else "asserts"


#: where a later sentence of a claim's content starts (``... from the first hour. <Any
#: claim that we delayed is untrue>``)
_NEXT_SENTENCE = regex.compile(r"(?<=[.!?][\"”’']?\s+)[\"“‘']?(?=\p{Lu})")


def _sentences_after_first(content: str, low: str | None) -> Iterator[tuple[str, str | None]]:
    """Each sentence of a claim's content after its first, with the rest of the content (and
    of ``low``, the content lowered, if given): a quote of several sentences denies when one
    of them calls a charge false."""
    return ((content[m.end():], low[m.end():] if low is not None else None) for m in _NEXT_SENTENCE.finditer(content))


#: reported content that is a denial in itself (a charge called false, a finding of nothing,
#: no one involved ...): the patterns tried at its start
_DENYING_CONTENT = ("false_content", "negated_charge", "no_evidence", "innocent_content", "deny_content", "none_such",
                    "found_none", "none_involved", "none_happened", "no_truth", "contest_content")


def _lowered(s: str) -> str | None:
    """``s`` lowered when it is plain ASCII (lowering keeps its offsets), else None."""
    return s.lower() if plain_ascii(s) else None


def _matches(p: Compiled, name: str, s: str, low: str | None) -> bool:
    """Whether the case-insensitive pattern ``name`` matches at the start of ``s``: on
    ``low`` (``s`` lowered) case by case when given, by the standard library's engine
    (:meth:`~newskit_claims.grammar.Compiled.lowered`; a third of the time)."""
    if low is not None:
        lowered = p.lowered(name)
        if lowered is not None:
            return lowered.match(low) is not None
    return p[name].match(s) is not None


def _calls_false(p: Compiled, s: str, low: str | None) -> bool:
    """A charge said to be false or not to hold at the start of ``s``."""
    return _matches(p, "false_content", s, low) or _matches(p, "negated_charge", s, low)


def _accusations(content: str) -> Iterator[int]:
    """Where the words of an accusation start in ``content``: a long case-insensitive
    alternation, matched case by case on the lowered text when it is plain ASCII (a third of
    the time)."""
    lowered = patterns().lowered("accusation")
    if lowered is not None and plain_ascii(content):
        return (m.start() for m in lowered.finditer(content.lower()))
    return (m.start() for m in patterns()["accusation"].finditer(content))
