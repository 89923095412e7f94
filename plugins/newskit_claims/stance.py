"""A claim's stance read from its content when its cue did not fix it (a charge said to
be false denies, a likely outcome predicts, an accusation alleges)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newskit.ascii_patterns import plain_ascii
from newskit_claims.candidate import Candidate
from newskit_claims.grammar import patterns

_LIKELY = regex.compile(r"\b(?:likely|possibility|possible|may|might|expected)\b", regex.I)
_LIKELY_THAT = regex.compile(r"\blikely\s+that\b.*\b(?:will|would|could|might|may)\b", regex.I)


def read_stance(text: str, c: Candidate) -> str:
    """The stance a candidate ends with: the construction's when it fixed one, a denial's or
    a confirmation's always; else read from the content (a charge said to be false or a
    finding of nothing denies; a report stays one unless likely, which predicts; an
    accusation not in a hypothetical alleges), an assertion otherwise."""
    if c.fixed and c.stance != "asserts":
        return c.stance
    p = patterns()
    content = text[c.start:min(c.end, c.start + 2000)]
    if c.stance in ("denies", "confirms"):
        return c.stance
    charge = p["charge_that"].search(text, max(0, c.start - 40), c.start)
    if charge is not None and (p["false_content"].match(text[charge.start():c.end])
                               or p["negated_charge"].match(text[charge.start():c.end])):
        return "denies"  # "said the claim that <the school had been closed> was untrue"
    if any(p["no_truth"].match(x) or (p["charge_opening"].match(x) and (p["false_content"].match(x)
                                                                     or p["negated_charge"].match(x)))
           for x in _sentences_after_first(content)):
        return "denies"  # "We acted at once. Any claim that we delayed is untrue."
    if p["false_content"].match(content) or p["negated_charge"].match(content) or p["no_evidence"].match(content) or \
            p["innocent_content"].match(content) or p["deny_content"].match(content) or \
            p["none_such"].match(content) or p["found_none"].match(content) or p["none_involved"].match(content) or \
            p["none_happened"].match(content) or p["no_truth"].match(content) or \
            (p["none_start"].match(content) and p["finding_that"].search(text, max(0, c.start - 40), c.start)):
        return "denies"  # "said the allegations were baseless", "said they found no evidence of fraud"
    if c.stance == "reports":
        strong = _LIKELY.search(content)
        if c.cue and c.cue.lower() in ("cited", "citing", "quoted", "quoting") and not strong:
            return "reports"
        return "predicts" if strong else "reports"
    if p["predictive"].search(content) or _LIKELY_THAT.search(content):
        return "predicts"
    if c.stance == "alleges":
        return "alleges"
    for start in _accusations(content):
        if not p["hypothetical"].search(content[max(0, start - 20):start]):
            return "alleges"
    return c.stance if c.stance in ("predicts",) else "asserts"


#: where a later sentence of a claim's content starts (``... from the first hour. <Any
#: claim that we delayed is untrue>``)
_NEXT_SENTENCE = regex.compile(r"(?<=[.!?][\"”’']?\s+)[\"“‘']?(?=\p{Lu})")


def _sentences_after_first(content: str) -> Iterator[str]:
    """Each sentence of a claim's content after its first, with the rest of the content: a
    quote of several sentences denies when one of them calls a charge false."""
    return (content[m.end():] for m in _NEXT_SENTENCE.finditer(content))


def _accusations(content: str) -> Iterator[int]:
    """Where the words of an accusation start in ``content``: a long case-insensitive
    alternation, matched case by case on the lowered text when it is plain ASCII (a third of
    the time)."""
    lowered = patterns().lowered("accusation")
    if lowered is not None and plain_ascii(content):
        return (m.start() for m in lowered.finditer(content.lower()))
    return (m.start() for m in patterns()["accusation"].finditer(content))
