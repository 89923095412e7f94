"""Per-article claims: attributed propositions read from quotes and attribution
constructions, each with its source, stance, cue and the mentions it contains."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import regex
from attrs import define

from newskit import (
    Article,
    Claim,
    DateMention,
    Mention,
    PersonMention,
    QuantityMention,
    QuoteMention,
    Span,
    SpanRef,
)
from newskit.actors import Actor, ActorIndex, find_actors
from newskit.patterns import read_data
from newskit.text import compile_pattern, sentences
from newskit.timex import interval
from newskit.vocabulary import SpeechCue, current, per_vocabulary

__all__ = ["extract_claims"]

# compiled once here, never looked up in the regex module's cache inside the loops
_AND = regex.compile(r"\s+and\s+")
_THAT_END = regex.compile(r"\bthat\s*$")
_AND_THAT = regex.compile(r",?\s+and\s+that\s+")
_AND_VERB = regex.compile(r"\s+and\s+(?=\p{Ll}+(?:ed|ing)\b)")
_LIKELY = regex.compile(r"\b(?:likely|possibility|possible|may|might|expected)\b", regex.I)
_LIKELY_THAT = regex.compile(r"\blikely\s+that\b.*\b(?:will|would|could|might|may)\b", regex.I)
_DET = regex.compile(r"^(?:an?|the|this|that)\s+", regex.I)
_DATE_LEAD = regex.compile(r"\s*(?:(?:on|in|by|at|last|this)\s+)?", regex.I)


@cache
def raw_cues() -> dict[str, Any]:
    """``data/cues.json`` as written (loaded once)."""
    raw = read_data(__package__, "cues.json")
    data: dict[str, Any] = json.loads(raw)
    return data


def bundled_stance_cues() -> list[SpeechCue]:
    """The cue forms of ``data/cues.json`` with their stance."""
    return [SpeechCue(word=w, stance=stance, forms=(w,))
            for stance, words in raw_cues()["stances"].items() for w in words]


@per_vocabulary
def _data() -> dict[str, Any]:
    """The cue lists, their stances from the current vocabulary (every speech cue that
    declares a stance, whichever plugin gave it)."""
    raw = raw_cues()
    stances: dict[str, list[str]] = {k: [] for k in raw["stances"]}
    for c in current()(SpeechCue):
        if c.stance is not None:
            stances.setdefault(c.stance, []).extend(c.word_forms())
    return {**raw, "stances": stances}


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@per_vocabulary
def _cue_stance() -> dict[str, str]:
    out: dict[str, str] = {}
    for stance, words in _data()["stances"].items():
        for w in words:
            out.setdefault(w.lower(), stance)
    return out


class _Compiled(dict[str, Any]):
    """Pattern name -> compiled pattern, each compiled on first use from its (source,
    flags): most articles never reach most constructions, and compiling all of them was a
    sizeable part of the first article's time."""

    def __init__(self, specs: dict[str, tuple[str, int] | regex.Pattern[str]]) -> None:
        super().__init__()
        self._specs: dict[str, tuple[str, int]] = {}
        for name, spec in specs.items():
            if isinstance(spec, tuple):
                self._specs[name] = spec
            else:
                self[name] = spec  # compiled already

    def __missing__(self, name: str) -> regex.Pattern[str]:
        source, flags = self._specs[name]
        got: regex.Pattern[str] = compile_pattern(source, flags)
        self[name] = got
        return got


@per_vocabulary
def _patterns() -> dict[str, Any]:
    """Every construction's pattern by name, composed from the rule families below,
    each compiled on first use (``_Compiled``)."""
    d = _data()
    st = d["stances"]
    return _Compiled({**_cue_specs(d, st), **_denial_specs(d, st), **_finding_specs(d, st),
                      **_subject_specs(d), **_group_specs(d)})


_B, _E = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"


def _rc(pattern: str, flags: int = 0) -> tuple[str, int]:
    return pattern, flags


def _cue_specs(d: dict[str, Any], st: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """The attribution cues and the constructions around them: ``X alleged that``, ``an
    accusation denied by X``, ``according to X``, a passive cue with its agent."""
    b, e = _B, _E
    rc = _rc
    return {
        # in lower case: a capitalised "May" inside a clause is the month, not the modal
        "predictive": rc(b + "(?:" + _alt(d["predictive"]) + ")" + e),
        "accusation": rc(b + "(?:" + _alt(d["accusation"]) + ")" + e, regex.I),
        "hypothetical": rc(b + "(?:" + _alt(d["hypothetical"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        "negated": rc(b + "(?:" + _alt(d["negations"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        # "X has alleged that", "X accused Y of", "X reported that", "X claimed in March that"
        "cue": rc(
            b + "(?:(?:has|have|had)\\s+(?:also\\s+|repeatedly\\s+|consistently\\s+|long\\s+)?)?"
            "(?P<cue>" + _alt(st["alleges"] + st["denies"] + st["confirms"] + ["reported"]
                              + d["assert_that_cues"]) + ")" + e,
            regex.I),
        # "an accusation consistently denied by Pyongyang"
        "denied_by": rc(
            b + r"(?:an?|the|this|that|these|those|such)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")\s+(?:(?:that|which)\s+(?:has|have|was|were)\s+(?:been\s+)?)?(?:\p{Ll}+ly\s+)?(?P<cue>"
            + _alt(st["denies"]) + r")\s+by\s+", regex.I),
        # "a charge both nations deny", "a charge Hidroenergia called baseless"
        "noun_deny": rc(
            b + r"(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")\s+(?:that\s+|which\s+)?(?P<subj>(?:both|the\s+two)\s+\p{Ll}+|the\s+\p{Ll}{3,}|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})\s+(?:\p{Ll}+ly\s+)?(?:(?P<cue>"
            + _alt(st["denies"]) + ")" + e + "|(?P<cue>" + _alt(d["call_cues"]) + r")\s+(?:as\s+)?[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:"
            + _alt(d["false_words"]) + ")" + e + ")"),
        # "Denying allegations of illicit arms transfers, both countries insist ..."
        "denying": rc(
            r"(?P<cue>Denying|Rejecting|Dismissing|Refuting)\s+(?:[\p{L}-]+\s+){0,8}?[\p{L}-]+(?=,)"),
        # "..., it said, rejecting claims by Bishkek that ...", "... said, dismissing the
        # accusations as ...": a participle after a report whose object is a charge (or a
        # that-clause of "denying") denies, by the report's speaker; "rejecting the offer" never
        "trail_denying": rc(
            r",\s+(?P<cue>denying|rejecting|dismissing|refuting|disputing)\s+(?:(?:that|any)\s|(?:[\p{L}'’-]+\s+){0,3}?(?:"
            + _alt(d["denial_nouns"] + d["judgement_nouns"] + ["wrongdoing"]) + r")(?![\p{L}]))", regex.I),
        # "have been downplayed by the Kremlin"
        "passive": rc(
            r"(?:has|have|had|was|were)\s+(?:also\s+)?been\s+(?:\p{Ll}+ly\s+)?(?P<cue>"
            + _alt(st["denies"] + st["confirms"] + st["reports"] + st["alleges"]) + r")\s+by\s+", regex.I),
        # ", as confirmed by the Kremlin"
        "as_by": rc(r",\s+as\s+(?P<cue>confirmed|announced|reported|stated|said)\s+by\s+", regex.I),
        "according": rc(b + r"(?P<cue>according\s+to)\s+", regex.I),
        # "according to the indictment": a document or body named by a common noun
        "according_np": rc(r"(?:the|an?)\s+(?P<np>(?:[\p{L}-]{1,40}\s+){0,2}?[\p{L}-]{1,40}?)(?=\s*[,.;]|\s+(?:released|published|filed|"
                                      r"seen|obtained|issued|unsealed)\b)", regex.I),
    }


def _denial_specs(d: dict[str, Any], st: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """Denials made without a plain cue, and the reported content that is itself a
    denial: a plea, a charge called false, a charge said not to hold, a rebuttal."""
    b, e = _B, _E
    rc = _rc
    return {
        # "Delaney pleaded not guilty", "entered a plea of not guilty"
        "plea": rc(b + r"(?P<cue>(?:pleaded|pleads|plead|pleading)\s+not\s+guilty|(?:entered|enters|entering)\s+"
                              r"(?:a\s+)?(?:plea\s+of\s+)?not[\s-]+guilty(?:\s+pleas?)?)" + e, regex.I),
        # "maintained his innocence", "has protested her innocence"
        "innocence": rc(b + r"(?P<cue>(?:" + _alt(d["innocence_cues"]) + r")\s+(?:his|her|its|their|my|our)\s+innocence)"
                        + e, regex.I),
        # quoted or reported content that is itself a denial: "We categorically deny these
        # allegations", "(said that it) rejects the allegations", "(said it) \"strongly disputes\" ..."
        "deny_content": rc(r"^(?:(?:we|i|it|they|he|she)\s+)?[\"“‘']?(?:\p{Ll}+ly\s+|strongly\s+|firmly\s+|flatly\s+)?(?:"
                           + _alt(st["denies"]) + r")[\"”’']?\s+(?:(?:the|these|those|all|any|such|this|that|its|his|her|"
                           r"their|every)\s+)?(?:[\p{L}'’-]{1,40}\s+){0,2}?(?:" + _alt(d["denial_nouns"] + ["wrongdoing"])
                           + ")" + e, regex.I),
        # reported content that says its subject did no wrong: "(said) it had done nothing wrong"
        "innocent_content": rc(r"^(?:[\p{L}'’-]{1,40}\s+){1,4}?(?:had\s+|has\s+|have\s+|always\s+|never\s+)?(?:"
                               + _alt(d["innocent_content"]) + ")" + e, regex.I),
        # "called the charges baseless", "dismissed the allegations as politically motivated"
        "call_false": rc(
            b + "(?P<cue>" + _alt(d["call_cues"]) + r")\s+(?:(?:the|these|those|such|all|his|her|their|its|this|that)\s+)?"
            r"(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:" + _alt(d["denial_nouns"] + d["judgement_nouns"]) + r")(?:\s+(?:against|of|about)\s+(?:[\p{L}'’-]{1,40}\s+){1,3}?)?"
            r"\s*(?:as\s+)?[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:" + _alt(d["false_words"]) + ")" + e, regex.I),
        # reported content that calls a charge false: "(said) the allegations were baseless"
        "false_content": rc(
            r"^(?:(?:the|these|those|such|all|his|her|their|its|this|that|any)\s+)?(?:[\p{L}-]{1,40}\s+){0,3}?(?:"
            + _alt(d["denial_nouns"] + d["judgement_nouns"]) + r")(?:\s+(?:against|of|about)\s+(?:[\p{L}'’-]{1,40}\s+){1,3}?)?\s*(?:are|were|is|was|"
            r"had\s+been|have\s+been|has\s+been)\s+[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:" + _alt(d["false_words"]) + ")" + e, regex.I),
        # reported content whose subject is a charge and whose predicate is negated: "(said)
        # the claim had no basis", "(said) the allegations were not true", "(said) the report
        # does not reflect what happened": a charge said not to hold is denied, whatever the verb
        "negated_charge": rc(
            r"^(?:(?:the|these|those|such|all|his|her|their|its|this|that|any)\s+)?(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:"
            + _alt(d["denial_nouns"]) + r")(?:\s+(?:against|of|about|by)\s+(?:[\p{L}'’-]{1,40}\s+){1,3}?)?\s*"
            r"(?:(?:is|was|are|were|has|had|have|does|did|do)(?:\s+(?:simply|just|absolutely|completely|clearly|"
            r"also|still))?\s+(?:no|not|never|without)|(?:is|was|are|were|has|had|have|does|did|do)n['’]t)" + e, regex.I),
        # a past verb whose object points back at a charge: "(Whitcombe) blasted that claim",
        # "(the minister) slammed the claims as \"shameful politics\"" (a demonstrative, or a
        # characterisation in quotation marks); who may deny so is decided by ``_rebuttals``
        "rebut": rc(
            r"(?<![\p{L}'’-])(?P<cue>\p{Ll}{3,}ed)\s+(?:(?P<dem>(?:that|those|these|this)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:"
            + _alt(d["denial_nouns"]) + r"))(?![\p{L}\p{N}])(?!\s+(?:that|of|by|against|from)\b)|(?:the|his|her|their|its)\s+"
            r"(?:\p{Ll}[\p{Ll}-]*\s+)?(?:" + _alt(d["denial_nouns"]) + r")\s+as\s+[\"“‘'])"),
    }


def _finding_specs(d: dict[str, Any], st: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """Findings of nothing: a body that found no evidence, reported content that a thing
    never happened or nobody took part, a denial that points back at the charge."""
    b, e = _B, _E
    rc = _rc
    return {
        # reported content that is a finding: "(observers said) they found no evidence of fraud"
        "no_evidence": rc(
            r"^(?:(?:they|it|he|she|we|investigators|inspectors|officials)\s+)?(?:had\s+|have\s+|has\s+)?"
            r"(?:found|saw|seen|uncovered)\s+no\s+(?:evidence|sign|signs|proof|indication)\b", regex.I),
        # "an audit found no evidence that ...", "the court cleared him of wrongdoing"
        "finding": rc(
            r"(?<![\p{L}\p{N}'’.-])(?P<subj>(?P<det>(?:an?|the|this|that)\s+)?(?:[\p{L}.'’-]{1,40}\s+){0,3}?(?:" + _alt(d["finding_bodies"])
            + r"))\s+"
            # "a review commissioned by the company found ...": who ordered it is no finder
            # ... but "a report by the ministry found ...": its author is
            r"(?:(?P<part>(?:" + _alt(d["np_participles"]) + r")\s+)?by\s+(?:the\s+)?(?P<author>(?:[\p{L}.'’-]{1,40}\s+){0,3}?))?"
            r"(?:\p{Ll}{1,30}ly\s+|has\s+|had\s+|have\s+)?(?P<cue>" + _alt(d["finding_cues"]) + r")\s+(?:no\s+evidence|no\s+sign|"
            r"nothing|insufficient\s+evidence|(?:[\p{L}-]{1,40}\s+){1,3}not\s+guilty|(?:[\p{L}-]{1,40}\s+){1,3}of\s+(?:any\s+)?"
            r"wrongdoing|that\s+[^.;]{0,100}?\b(?:not|never|no)\b)", regex.I),
        # a denial that points back at what it answers: "called the claim baseless",
        # "rejected the union's accusation", "there had been no such warnings"
        "points_back": rc(
            b + r"(?:(?:the|this|that|these|those|such|its|his|her|their|[\p{L}-]+['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:"
            + _alt(d["denial_nouns"]) + r"))(?!\s+(?:that|by|of|from)\b)" + e + r"|\bno\s+such\b|\bsuch\s+an?\b"
            # "denied it, saying ...", "disputed this": a pronoun object is what was just said
            r"|" + b + r"(?:" + _alt(st["denies"]) + r")\s+(?:it|this|that|these|those|them)(?=\s*[,.;]|\s+(?:and|but|as|in)\b)",
            regex.I),
        # reported content that says a thing named before never was: "(said) there had been
        # no such warnings", "(said) she had never received such a warning"
        "none_such": rc(r"^(?:[\p{L}'’-]{1,40}\s+){0,5}?(?:no\s+such|never\s+(?:[\p{Ll}-]{1,40}\s+){0,2}such)\b", regex.I),
        # reported content that is a finding of nothing: "(said) initial checks showed that
        # no blasting had taken place", "(said) it had found no link between ..."
        "found_none": rc(r"^(?:[\p{L}'’-]{1,40}\s+){0,6}?(?:found|find|finds|showed|show|shows|established|confirmed)"
                         r"\s+(?:that\s+(?:no|none|nothing)\b|no\s+(?:evidence|signs?|links?|connection|traces?|records?|"
                         r"basis|proof|indication)\b)", regex.I),
        # reported content that the alleged act never happened: "(said) no blasting had taken place"
        "none_happened": rc(r"^no\s+(?:[\p{Ll}-]{1,40}\s+){1,3}?(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:taken\s+place|"
                            r"took\s+place|happened|occurred|carried\s+out|conducted)\b", regex.I),
        # "(said) tests showed that <no chemicals had leaked>": a finding of nothing reported
        "finding_that": rc(r"\b(?:found|finds|showed|shows|established|confirmed|concluded)\s+that\s*$", regex.I),
        "none_start": rc(r"(?:no|none|nothing|nobody|no\s+one)\b", regex.I),
        # reported content that says a charge is untrue: "(said) there is no truth to these
        # allegations", "(said) that was simply not true"
        "no_truth": rc(r"^(?:there\s+(?:is|was|has\s+been)\s+(?:absolutely\s+)?no\s+truth\b|(?:(?:it|this|that|these|those|they)\s+)?"
                       r"(?:is|was|are|were)\s+(?:simply\s+|completely\s+|totally\s+|just\s+)?(?:not\s+true|untrue|false)\b)",
                       regex.I),
        # reported content that nobody of a group took part: "(said) none of its staff had
        # been involved"
        "none_involved": rc(r"^(?:none|no\s+one|nobody|no\s+(?:[\p{Ll}-]{1,40}\s+){0,2}?(?:staff|employees?|members?|"
                            r"workers?|officials?|officers?))\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been|is|are)"
                            r"\s+(?:in\s+any\s+way\s+)?(?:involved|responsible|to\s+blame|at\s+fault)\b", regex.I),
    }


def _subject_specs(d: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Who speaks: the noun phrase, name or pronoun before a cue, the object after it,
    and the phrase edges (a clause end, a locative preposition, a quantifier)."""
    b, e = _B, _E
    rc = _rc
    return {
        # "the electoral commission rejected": a source named by a common noun
        "np_subject": rc(
            r"(?<![\p{L}\p{N}])(?:the|its|his|her|their)\s+(?P<np>(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:" + _alt(d["subject_nouns"])
            + r"))" + _BETWEEN + "$", regex.I),
        # "The Niger State police command called": a name that only qualifies the noun
        # phrase before the cue, whose head is a common noun naming a body (each of these
        # subject patterns may end at a word: the end of a relative aside, ``_RELATIVE_ASIDE``)
        "name_np_tail": rc(r"(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+[\p{Ll}-]{2,40}){0,2}?\s+(?P<head>" + _alt(d["subject_nouns"])
                           + r")" + _BETWEEN),
        # "Vantrix called ...": a capitalised name right before the cue, opening its clause
        "name_subject": rc(r"(?<![\p{L}\p{N}'’-]\s?)(?P<np>\p{Lu}[\p{L}&.'’-]{1,40}(?:\s+(?:(?:" + _alt(d["name_particles"])
                                      + r")\s+)?\p{Lu}[\p{L}&.'’-]{1,40}){0,3})"
                                      + _BETWEEN + "$"),
        # "is accused of": a passive cue with no agent names no source
        "passive_of": rc(r"\s+(?:of|with)\b", regex.I),
        # "charged former mayor Lena Brandt with", "blamed the utility for": an object, then the act
        "object_with": rc(r"\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:with|for)\s", regex.I),
        "reportedly": rc(b + r"(?P<cue>reportedly)" + e, regex.I),
        "clause_end": rc(
            r",\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + _alt(d["denial_nouns"])
            + r")|while|whereas|although|though|but|which|as\s+confirmed|according\s+to)\b|;|\s[—–]\s", regex.I),
        "unnamed": rc(b + "(?:" + _alt(list(d["unnamed"])) + ")" + e, regex.I),
        "det_before": rc(r"(?:\b(?:an?|the)\s+(?:(?:" + _alt(d["denial_nouns"]) + r")\s+)?)$|"
                                    r"(?:" + _alt(d["denial_nouns"]) + r")\s+[\p{Ll}]+ly\s+$"),
        "by_after": rc(r"\s+by\b"),
        "np_object": rc(r"\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+"),
        "he_she": rc(r"\b(he|she)\b", regex.I),
        "both": rc(r"\b(?:both|the\s+two)\s+(?P<noun>" + _alt(d["collective"]) + r")\b", regex.I),
        "both_x_y": rc(r"\bboth\s+$", regex.I),
        "that": rc(r"^(?:\s+(?:in|on|last|this|earlier|on\s+\p{L}+)?\s*[\p{L}\p{N},.]*){0,4}?\s*that\s+", regex.I),
        # "filed in Chicago": a place after a locative preposition is where, not who
        "locative": rc(r"(?<![\p{L}])(?:" + _alt(d["locative_preps"]) + r")\s+(?:the\s+)?$", regex.I),
        # "Relatives of the victims accused": the head of "X of Y" is X (a plural noun)
        "of_head": rc(r"(?<![\p{L}'’-])(?P<head>(?:(?:some|many|several|two|three|four|dozens\s+of|hundreds\s+of)\s+)?"
                      r"(?:\p{Ll}+\s+)?\p{L}\p{Ll}+s)\s+(?:of|for|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", regex.I),
        # "Nurses at two hospitals said", "A community leader in Gidan Bakwai said": the
        # head before a locative preposition is who speaks, never the place
        "loc_head": rc(r"(?<![\p{L}'’-])(?:(?:an?|the|some|many|several)\s+)?(?P<head>(?:\p{Ll}+\s+)?\p{L}\p{Ll}{2,})\s+"
                       r"(?:at|in|near|from)\s+(?:(?:the|a|an|two|three|four|five|several|some|local)\s+)?$"),
    }


def _group_specs(d: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Speakers named as groups and bodies: a plural head with what it belongs to
    (``members of Congress``), a common-noun clause opening, the full name a generic
    body noun stands for (``the ministry``)."""
    rc = _rc
    return {
        # "Several accused the army": a quantifier standing for the group just named
        "quantifier": rc(r"(?:several|some|many|most|others|a\s+few)(?:\s+of\s+them)?", regex.I),
        "group_opening": rc(r"\s*(?:the\s+|some\s+|many\s+)?(?P<noun>\p{L}\p{Ll}+s)\s", regex.I),
        # "members of Congress": a plural speaker and the body it belongs to
        "of_body": rc(r"\s+(?:of|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*"),
        # "A class action filed in Chicago accuses", "Families of the miners accused": a
        # common-noun phrase opening its clause, its participle phrase left out
        "clause_np": rc(
            r"(?:(?:an?|the|some|many|several|two|three|four|five|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?"
            r"(?P<np>(?:[\p{L}-]{1,30}\s+){0,2}?[\p{L}-]{2,30}(?:\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\p{L}-]{1,30}\s+){0,2}?[\p{L}-]{2,30})?)"
            r"(?:\s+(?:" + _alt(d["np_participles"]) + r")\s+(?:in|at|by|on|with|before)\s+(?:the\s+)?"
            r"(?:[\p{L}.-]{1,30}\s+){0,2}?[\p{L}.-]{1,30})?"
            # "Workers at the Delta plant accused": where they work is no part of the source
            r"(?:\s+(?:at|in|near|from)\s+(?:the\s+|a\s+)?(?:[\p{L}.'’-]{1,30}\s+){0,2}?[\p{L}.'’-]{1,30})?"
            r"\s+(?:(?:has|have|had|also)\s+)?", regex.I),
        # "the Ministry of Health", "National Electoral Council": what "the ministry" stands for
        "named_body": rc(
            # a number may follow a capitalised word of the name ("Sector 12 Residents' Welfare Association")
            r"(?<![\p{L}\p{N}])(?P<name>(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:\p{N}+\s+)?){0,4}(?P<noun>"
            + _alt([w.title() for w in d["definite_anaphors"]["named"]])
            + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})?)(?![\p{L}\p{N}])"),
        "np_tail": rc(r"^(?:['’]s)?\s+((?:(?:state|foreign|defen[cs]e|defense|security|"
                                 r"intelligence|military)\s+)?(?:media|ministry|officials?|government|"
                                 r"newspaper|agency|army|military|police|prosecutors|authorities))\b", regex.I),
    }


def _keys(phrases: Sequence[str]) -> tuple[str, ...]:
    """One word of each phrase, case-folded: a match of the phrase contains it."""
    return tuple(sorted({max(w.casefold().split(), key=len) for w in phrases}))


@per_vocabulary
def _gates() -> dict[str, tuple[tuple[str, ...], ...]]:
    """For each construction pattern, groups of words: every match holds one word of each
    group (the pattern's literal cue, noun, ``by``...). A sentence lacking one is never
    handed to the pattern, which is where the time went: eleven patterns tried at every
    position of every sentence."""
    d = _data()
    st = d["stances"]
    denies, nouns = _keys(st["denies"]), _keys(d["denial_nouns"])
    return {
        "cue": (_keys(st["alleges"] + st["denies"] + st["confirms"] + ["reported"] + d["assert_that_cues"]),),
        "denied_by": (denies, nouns, ("by",)),
        "noun_deny": (denies + _keys(d["call_cues"]), nouns),
        "denying": (("denying", "rejecting", "dismissing", "refuting"),),
        "trail_denying": (("denying", "rejecting", "dismissing", "refuting", "disputing"),),
        "passive": (("been",), ("by",)),
        "as_by": (("confirmed", "announced", "reported", "stated", "said"), ("by",)),
        "according": (("according",),),
        "reportedly": (("reportedly",),),
        "plea": (("guilty",),),
        "innocence": (("innocence",),),
        "call_false": (_keys(d["call_cues"]), nouns + _keys(d["judgement_nouns"]), _keys(d["false_words"])),
        "finding": (_keys(d["finding_cues"]), _keys(d["finding_bodies"])),
        "rebut": (nouns,),
    }


def _open(text: str, sent: Span) -> frozenset[str]:
    """The names of the construction patterns worth running on ``sent``: those whose every
    group has a word in it. The test is on the case-folded sentence (``casefold`` maps
    every character that ``regex.I`` equates with an ASCII letter onto that letter), so it
    never rejects a sentence a pattern matches."""
    seg = text[sent.start:sent.end].casefold()
    return frozenset(name for name, groups in _gates().items()
                     if all(any(k in seg for k in g) for g in groups))


def _openings(text: str, sents: Sequence[Span]) -> list[frozenset[str]]:
    """``_open`` of every sentence, with one search of the article per gate word instead of
    one per sentence and word (the gates' few hundred substring tests per sentence were
    a twentieth of the pipeline). Exactly ``_open``'s answer: a word lies in a sentence's
    case-folded text when an occurrence in the article's lies inside the sentence, since
    folding that keeps the length maps each character to one (else ``_open`` itself)."""
    folded = text.casefold()
    if len(folded) != len(text):
        return [_open(text, sent) for sent in sents]
    at: dict[str, list[int]] = {}
    # the article's three-character sequences: a word whose first three are not among
    # them is not in it, a set look-up instead of a search of the whole article
    tri = set(zip(folded, folded[1:], folded[2:], strict=False))
    for k, first in _gate_words():
        if first not in tri:
            at[k] = []
    gates: list[tuple[str, list[list[str]]]] = []
    for name, groups in _gates().items():
        present = [[k for k in g if _occurrences(folded, k, at)] for g in groups]
        if all(present):
            gates.append((name, present))
    out = []
    for sent in sents:
        a, b = sent.start, sent.end
        out.append(frozenset(name for name, groups in gates
                             if all(any(_inside(at[k], a, b - len(k)) for k in g) for g in groups)))
    return out


@per_vocabulary
def _gate_words() -> tuple[tuple[str, tuple[str, str, str]], ...]:
    """The gates' words of three characters or more, each with its first three."""
    words = {k for groups in _gates().values() for g in groups for k in g if len(k) >= 3}
    return tuple((k, (k[0], k[1], k[2])) for k in sorted(words))


def _occurrences(folded: str, word: str, at: dict[str, list[int]]) -> bool:
    """Where ``word`` starts in ``folded`` (overlapping occurrences too), kept in ``at``:
    is there any?"""
    starts = at.get(word)
    if starts is None:
        starts = at[word] = []
        i = folded.find(word)
        while i >= 0:
            starts.append(i)
            i = folded.find(word, i + 1)
    return bool(starts)


def _inside(starts: list[int], lo: int, hi: int) -> bool:
    """Does one of the sorted ``starts`` lie in ``[lo, hi]``?"""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] <= hi


def _scan(name: str, text: str, sent: Span, live: frozenset[str]) -> Iterator[regex.Match[str]]:
    """``_patterns()[name]`` over the sentence, if its gate lets it."""
    if name in live:
        yield from _patterns()[name].finditer(text, sent.start, sent.end)


_FUNCTION_WORDS = frozenset({"it", "this", "that", "they", "he", "she", "we", "there", "the", "then", "but", "and",
                             "however", "meanwhile", "also", "here", "officials", "critics", "some", "many",
                             "others", "most", "several", "few", "all", "both", "each", "one", "everyone", "nobody",
                             "someone", "people", "experts", "analysts", "observers", "i", "you", "these", "those"})
#: words that make a clause's opening words no noun phrase (``It was clear that``)
_NOT_NP = frozenset({"it", "is", "was", "were", "are", "be", "been", "has", "have", "had", "not", "who", "which",
                     "what", "when", "where", "why", "how", "if", "as", "so", "than", "to", "will", "would",
                     "can", "could", "should", "may", "might", "must", "do", "does", "did", "he", "she", "they",
                     "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
#: allegation cues that take an object and the act after ``with``/``for``
_CHARGE_CUES = frozenset({"charged", "charges", "charge", "blamed", "blames"})
_OPENING = regex.compile(r"\s*(?:(?:the|a|an)\s+)?", regex.I)
_SENT_GAP = regex.compile(r"[.!?][\"'”’)]*\s")
#: a past form right before a word (``received reports``): that word is its object noun
_VERB_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{3,}ed\s+$")
_BREAK = regex.compile(r"[;:]|,\s+(?:while|but|although|whereas)\b")
#: a non-restrictive relative clause right before a cue (``, which runs the clinic,``)
_RELATIVE_ASIDE = regex.compile(r",\s+(?:which|who|whose)\s(?:[^,;:]|(?<=\d),(?=\d)){1,150},\s*$")
#: a noun phrase in apposition after a name, right before a cue (``SPC Financial Group, the
#: bank's parent, denied``): the name before it is the subject
#: "A military source, speaking to AFP on condition of anonymity, denied": a participle
#: phrase between commas is an aside (the outlet in it is no subject)
_PARTICIPLE_ASIDE = regex.compile(r",\s+\p{Ll}{2,}ing\s[^,;:\"“”]{1,80},\s*$")
#: the words a name and its cue may have between them ("Meridian still disputes",
#: "the agency has repeatedly denied"): auxiliaries, an -ly adverb, an aspect adverb
_BETWEEN = (r"(?:\s+(?:(?:has|have|had|also|still|again|now|already|later|then|since|yet|even|once|"
            r"\p{Ll}{2,}ly)\s+){0,2})?")
#: a capitalised word that continues a name around a place ("Bank of England", "US
#: Justice Department"): the place only qualifies the body
_NAME_LEFT = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}&.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?$")
_NAME_RIGHT = regex.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b)"
                           r"\p{Lu}[\p{L}&.'’-]*(?![\p{L}\p{N}'’-])")
_APPOSITIVE_ASIDE = regex.compile(r"(?<=\p{Lu}[\p{L}.'’&-]*),\s+(?:the|an?|its|their|his|her)\s[^,;:\"“”]{1,60},\s*$")


@define
class _Cand:
    start: int
    end: int
    source: str | None
    cue: str | None
    stance: str
    origin: str  # quote | construction
    source_ref: tuple[int, int] | None = None
    cue_ref: tuple[int, int] | None = None
    source_type: str | None = None
    responds: int | None = None  # index of the claim it answers
    fixed: bool = False  # stance fixed by the construction


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"'“”‘’,"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:\"'“”‘’"):
        e -= 1
    return s, e


def _clause_end(text: str, pos: int, sent: Span) -> int:
    end = min(sent.end, pos + 600)
    m = _patterns()["clause_end"].search(text, pos, end)
    return m.start() if m else end


def _sent_of(sents: Sequence[Span], pos: int) -> Span:
    k = bisect.bisect_right([s.start for s in sents], pos) - 1 if len(sents) < 64 else \
        bisect.bisect_right(_starts(sents), pos) - 1
    if 0 <= k < len(sents) and pos < sents[k].end:
        return sents[k]
    return Span(start=max(0, pos), end=max(0, pos))


_STARTS: dict[int, list[int]] = {}


def _starts(sents: Sequence[Span]) -> list[int]:
    key = id(sents)
    got = _STARTS.get(key)
    if got is None or len(got) != len(sents):
        got = [s.start for s in sents]
        _STARTS.clear()
        _STARTS[key] = got
    return got


def _source_name(text: str, a: Actor) -> tuple[str, str, int]:
    """Canonical source for an actor mention, with a role tail ("Seoul's foreign ministry")."""
    if a.kind == "person":
        return a.name, "person", a.end
    tail = _patterns()["np_tail"].match(text, a.end, min(len(text), a.end + 40))
    kind = {"capital": "country", "city": "country", "state": "country", "region": "country",
            "demonym": "country"}.get(a.kind, a.kind)
    if tail:
        return f"{a.name} {tail.group(1).lower()}", "government" if "media" not in tail.group(1).lower() else "outlet", tail.end()
    return a.name, kind, a.end


def _subject(text: str, pos: int, sent: Span, actors: ActorIndex,
             cands: Sequence[_Cand]) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The source of a cue at ``pos``: the nearest actor before it in its clause, a
    resolved pronoun, or "both nations" resolved from the allegation being answered."""
    p = _patterns()
    lo = max(sent.start, pos - 300)
    for b in _BREAK.finditer(text, lo, pos):
        lo = b.end()
    aside = _RELATIVE_ASIDE.search(text, lo, pos) or _APPOSITIVE_ASIDE.search(text, lo, pos) or \
        _PARTICIPLE_ASIDE.search(text, lo, pos)
    if aside is not None:
        pos = aside.start()  # "The health board, which runs the hospital, rejected": its subject is before
    both = None
    for bm in p["both"].finditer(text, lo, pos):
        both = bm
    if both is not None and pos - both.end() < 30:
        pair = _pair(text, both.start(), sent, actors, cands)
        if pair:
            return pair, "country", both.span()
    near = [a for a in actors.between(lo, pos) if not _where(text, lo, a)]
    np = p["np_subject"].search(text, max(lo, pos - 80), pos)
    if near and np is not None and near[-1].end <= np.start():
        return np.group("np"), "organisation", np.span("np")  # "..., a charge the government denied"
    if near:
        a = near[-1]
        # "both Moscow and Pyongyang"
        if len(near) >= 2 and _AND.fullmatch(text, near[-2].end, a.start) and \
                p["both_x_y"].search(text, max(0, near[-2].start - 6), near[-2].start):
            names = sorted({near[-2].name, a.name})
            return " and ".join(names), "country", (near[-2].start, a.end)
        joined = _joined_parties(text, lo, a)
        if joined is not None:
            return text[joined[0]:joined[1]], "organisation" if a.kind != "person" else "group", joined
        modified = _modified_body(text, lo, a)
        if modified is not None:
            return text[modified[0]:modified[1]], _source_name(text, a)[1], modified  # "the Tajik Defence Ministry"
        name, kind, end = _source_name(text, a)
        tail = p["name_np_tail"].fullmatch(text, end, pos) or _body_of_place(text, a, end, pos)
        if tail is not None and a.kind != "person" and _OPENING.fullmatch(text, lo, a.start):
            return text[a.start:tail.end("head")], "organisation", (a.start, tail.end("head"))
        body = _body_around_place(text, a, end, lo, pos)
        if body is not None:
            return text[body[0]:body[1]], "organisation", body  # "The Bank of England rejected"
        wide = _of_head(text, lo, a.start)
        if wide is not None:
            return text[wide:end], "group", (wide, end)  # "Relatives of Tomás Ruiz said"
        head = _loc_head(text, lo, a.start)
        if head is not None:
            return text[head[0]:head[1]], "group", head  # "A community leader in Gidan Bakwai said"
        return name, kind, (a.start, end)
    pron = p["he_she"].search(text, lo, pos)
    if pron:
        prior = actors.persons_before(pron.start(), pron.start() - 1500)
        if prior:
            return prior[-1].name, "person", pron.span()
    if np is not None:
        return np.group("np"), "organisation", np.span("np")
    nm = p["name_subject"].search(text, max(lo, pos - 60), pos)
    if nm is not None and nm.group("np").lower() not in _FUNCTION_WORDS and \
            nm.group("np").lower() not in _data()["unnamed"] and \
            (nm.start() == sent.start or text[max(0, nm.start() - 4):nm.start()].rstrip()[-1:] in ".;:,\n"):
        return nm.group("np"), "organisation", nm.span("np")
    last = None
    for m in p["unnamed"].finditer(text, lo, pos):
        last = m
    if last is not None:
        wide = _of_head(text, lo, last.start())
        if wide is not None:
            return text[wide:last.end()], "group", (wide, last.end())
        label = _data()["unnamed"][last.group().lower()]
        return label, "unnamed", last.span()
    group = _group_before(text, lo, pos)
    if group is not None:
        return text[group[0]:group[1]], "group", group
    return _clause_np(text, lo, pos)


#: capitalised words right before a body's name that qualify it (``the Kyrgyz Defence
#: Ministry``, ``Tajikistan's Foreign Ministry``): one or two, a possessive allowed
_MODIFIER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<mod>\p{Lu}[\p{L}-]*(?:['’]s)?(?:\s+\p{Lu}[\p{L}-]*(?:['’]s)?)?)\s+$")
#: names joined by ``and`` before the last one (``Harlow and Bramwell denied``)
_JOINED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<first>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})"
                               r"\s+and\s+$")
#: a relative clause whose subject is the body (``..., which the Kyrgyz Defence Ministry denied``)
_RELATIVE_OPENING = regex.compile(r"(?<![\p{L}])(?:which|that|whom)\s+(?:the\s+)?$", regex.I)
_NOT_MODIFIER = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "but", "and", "on", "in"})


def _modified_body(text: str, lo: int, a: Actor) -> tuple[int, int] | None:
    """A body named with the country or group it belongs to (``the Kyrgyz Defence
    Ministry``, ``Tajikistan's Foreign Ministry``): the qualifying capitalised words are
    part of the party's name, whether or not they are a known place, or the defence
    ministries of two countries blaming each other would be one party."""
    if a.kind == "person" or a.is_place or a.kind == "demonym":
        return None
    m = _MODIFIER_BEFORE.search(text, max(lo, a.start - 40), a.start)
    if m is None:
        return None
    words = m.group("mod").split()
    while words and words[0].lower() in _NOT_MODIFIER:
        words = words[1:]
    if not words or any(w.lower().rstrip("'’s") in _NOT_MODIFIER for w in words):
        return None
    start = text.rindex(words[0], m.start("mod"), a.start)
    if not _OPENING.fullmatch(text, lo, start) and _RELATIVE_OPENING.search(text, max(lo, start - 12), start) is None:
        return None
    return start, a.end


def _joined_parties(text: str, lo: int, a: Actor) -> tuple[int, int] | None:
    """Two names joined by ``and`` opening the clause (``Harlow and Bramwell denied the
    claim``): both speak, so the source is the pair, not the last name alone."""
    if a.is_place or a.kind == "demonym":
        return None
    m = _JOINED_BEFORE.search(text, max(lo, a.start - 60), a.start)
    if m is None or m.group("first").split()[0].lower() in _NOT_MODIFIER:
        return None
    if not _OPENING.fullmatch(text, lo, m.start("first")):
        return None
    return m.start("first"), a.end


def _body_around_place(text: str, a: Actor, end: int, lo: int, pos: int) -> tuple[int, int] | None:
    """``The Bank of England rejected``, ``The US Justice Department said``, ``Norway's
    Fisheries Directorate denied``: a place inside
    a capitalised name that runs up to the cue is no source; the whole name is (a body
    named after its place). Only when the place gave no role tail of its own."""
    if end != a.end or not (a.is_place or a.kind == "demonym"):
        return None
    s, e = a.start, a.end
    while (m := _NAME_LEFT.search(text, max(lo, s - 40), s)) is not None and text[m.start():m.end()].strip() != "The":
        s = m.start()
    if text[e:e + 2] in ("'s", "’s") and _NAME_RIGHT.match(text, e + 2, pos) is not None:
        e += 2  # "Norway's Fisheries Directorate rejected": the country's body
    while (m := _NAME_RIGHT.match(text, e, pos)) is not None:
        e = m.end()
    if (s, e) == (a.start, a.end) or regex.fullmatch(_BETWEEN + r"\s*", text[e:pos]) is None:
        return None
    return s, e


def _body_of_place(text: str, a: Actor, end: int, pos: int) -> regex.Match[str] | None:
    """``The Spanish football federation said ..., rejecting the complaint``: a demonym or
    place opening a noun phrase whose head names a body only qualifies it, however far the
    cue; the noun phrase must end there (a comma, a verb or the cue follows)."""
    if a.is_place is False and a.kind != "demonym":
        return None
    m = _patterns()["name_np_tail"].match(text, end, pos)
    if m is None or text[m.end("head"):m.end("head") + 1].isalpha():
        return None
    return m


def _loc_head(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The head before a locative preposition that opens the clause of a name or phrase at
    ``start`` (``Nurses at two hospitals``, ``A community leader in Gidan Bakwai``): who
    speaks is the head, the place only where."""
    m = _patterns()["loc_head"].search(text, max(lo, start - 50), start)
    if m is None or not _OPENING.fullmatch(text, lo, m.start()):
        return None
    words = m.group("head").lower().split()
    if any(w in _FUNCTION_WORDS or w in _NOT_NP or w in _data()["np_participles"] for w in words):
        return None  # "A complaint lodged in Paris": the participle phrase is read by _clause_np
    s, e = m.span("head")
    return s, e


def _group_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """``Parents gathered outside. Several accused the army``: a quantifier opening the
    cue's clause stands for the plural noun opening the sentence before it."""
    p = _patterns()
    if p["quantifier"].fullmatch(text[lo:pos].strip()) is None:
        return None
    gap = None
    for g in _SENT_GAP.finditer(text, max(0, lo - 400), lo):
        gap = g
    if gap is None:
        return None
    prev = max([0] + [g.end() for g in _SENT_GAP.finditer(text, max(0, gap.start() - 400), gap.start())])
    m = p["group_opening"].match(text, prev, gap.start())
    if m is None or m.group("noun").lower() in _FUNCTION_WORDS or m.group("noun").lower() in _NOT_NP:
        return None
    s, e = m.span("noun")
    return s, e


def _where(text: str, lo: int, a: Actor) -> bool:
    """Whether a place actor is only where something happened (``filed in Chicago``,
    ``off Masbate``): after a locative preposition, it is never a claim's source."""
    return a.is_place and _patterns()["locative"].search(text, max(lo, a.start - 12), a.start) is not None


def _of_head(text: str, lo: int, start: int) -> int | None:
    """Where the source phrase really starts when the name at ``start`` is the Y of a
    clause-opening ``X of Y`` with a plural head (``Relatives of the victims``,
    ``Lawyers for the family``, ``Monitors from the African Union``): the source is the
    whole phrase, whose head is X."""
    m = _patterns()["of_head"].search(text, max(lo, start - 60), start)
    if m is None or not _OPENING.fullmatch(text, lo, m.start()):
        return None
    head = m.group("head").split()[-1].lower()
    return None if head in _FUNCTION_WORDS else m.start("head")


def _clause_np(text: str, lo: int, pos: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """A common-noun phrase opening the cue's clause and ending right before it
    (``Families of the miners accused``, ``A class action filed in Denver accuses``):
    its words (but a sentence-initial capital) are lower case, its participle phrase
    (``filed in Denver``) is left out of the source."""
    m = _patterns()["clause_np"].fullmatch(text, lo + len(text[lo:pos]) - len(text[lo:pos].lstrip()), pos)
    if m is None:
        return None, None, None
    np = m.group("np")
    words = np.split()
    if any(w[:1].isupper() for w in words[1:]) or words[-1].lower() in _FUNCTION_WORDS or \
            words[0].lower() in _FUNCTION_WORDS or any(w.lower() in _NOT_NP for w in words):
        return None, None, None
    return np, "group", m.span("np")


def _pair(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[_Cand]) -> str | None:
    """Who "both nations" are: the parties of the latest allegation, else the two
    countries most named around."""
    accusers: set[str] = set()
    for c in list(reversed(cands))[:20]:
        if c.stance == "alleges" and c.end <= pos + 1 and c.start >= pos - 600:
            inside = [a for a in actors.between(c.start, c.end)
                      if a.kind in ("country", "capital", "demonym")]
            accusers = {c.source or ""}
            names: list[str] = []
            for a in inside:
                if a.name not in names and a.name not in accusers:
                    names.append(a.name)
            if len(names) >= 2:
                return " and ".join(sorted(names[:2]))
            break
    window = [a for a in actors.between(pos - 800, pos + 200)
              if a.kind in ("country", "capital", "demonym") and a.name not in accusers]
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for a in window:
        counts[a.name] = counts.get(a.name, 0) + 1
        if a.end <= pos:
            last[a.name] = a.start
    ranked = sorted(counts, key=lambda n: (-counts[n], -last.get(n, -1), n))
    if len(ranked) >= 2:
        return " and ".join(sorted(ranked[:2]))
    return None


def _actor_after(text: str, pos: int, actors: ActorIndex) -> tuple[str | None, str | None, tuple[int, int] | None]:
    for a in actors.between(pos, pos + 200):
        if pos <= a.start <= pos + 6:
            name, kind, end = _source_name(text, a)
            return name, kind, (a.start, end)
    return None, None, None


def _constructions(text: str, sents: Sequence[Span], actors: ActorIndex) -> list[_Cand]:
    """Claims read from attribution constructions, sentence by sentence: each rule of
    ``_CONSTRUCTION_RULES`` in turn appends what it reads (a later rule sees the claims
    before it: a denial answers the allegation just read)."""
    out: list[_Cand] = []
    for sent, live in zip(sents, _openings(text, sents), strict=True):
        for rule in _CONSTRUCTION_RULES:
            rule(text, sent, actors, out, live)
    return out


def _skip_cue(text: str, m: regex.Match[str], sent: Span, stance: str) -> bool:
    """A cue word that is no cue here: negated (``did not deny``), a noun-phrase denial
    (read by its own pattern), a plural noun after a verb, a passive with ``by`` or with no
    agent (``a treasurer accused of taking bribes``)."""
    p = _patterns()
    cue = m.group("cue")
    before = text[max(sent.start, m.start() - 25):m.start()]
    if p["negated"].search(before):
        return True
    if stance == "denies" and p["det_before"].search(before):
        return True
    if cue.endswith("s") and _VERB_BEFORE.search(before):
        return True  # "her office had received reports that"
    if p["by_after"].match(text, m.end(), m.end() + 4):
        return True
    return stance == "alleges" and cue.lower() in ("accused", "charged", "alleged") and \
        p["passive_of"].match(text, m.end(), m.end() + 6) is not None


def _cue_span(text: str, m: regex.Match[str], sent: Span, stance: str,
              sref: tuple[int, int] | None) -> tuple[int, int] | None:
    """What a cue's claim covers: from the cue on for ``accused X of``, ``charged X with``;
    from its subject for a denial; else the reported clause after ``that`` (or a reported
    object), none when there is none."""
    p = _patterns()
    cue = m.group("cue")
    if stance == "alleges" and (cue.lower().startswith("accus") or (
            cue.lower() in _CHARGE_CUES and p["object_with"].match(text, m.end(), min(sent.end, m.end() + 80)))):
        return m.start("cue"), _clause_end(text, m.end(), sent)
    if stance == "denies":
        return sref[0] if sref else m.start(), _clause_end(text, m.end(), sent)
    t = p["that"].match(text[m.end():min(sent.end, m.end() + 300)])
    if t is not None:
        return m.end() + t.end(), _clause_end(text, m.end() + t.end(), sent)
    if stance == "reports" and p["np_object"].match(text[m.end():min(sent.end, m.end() + 300)]):
        return m.start("cue"), _clause_end(text, m.end(), sent)
    return None


def _cue_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"X alleged that ...", "X accused Y of ...", "X denied ...": a cue and its subject."""
    stance_of = _cue_stance()
    for m in _scan("cue", text, sent, live):
        cue = m.group("cue")
        stance = stance_of.get(cue.lower(), "asserts")
        if _skip_cue(text, m, sent, stance):
            continue
        src, kind, sref = _subject(text, m.start(), sent, actors, out)
        if src is None:
            continue
        span = _cue_span(text, m, sent, stance, sref)
        if span is None:
            continue
        s, e = _trim(text, *span)
        if e > s:
            out.append(_Cand(s, e, src, cue, stance, "construction", sref, m.span("cue"), kind,
                             fixed=True))


def _denied_by_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"an accusation consistently denied by Pyongyang": the denier after ``by``."""
    for m in _scan("denied_by", text, sent, live):
        src, kind, sref = _actor_after(text, m.end(), actors)
        if src is None:
            continue
        end = sref[1] if sref else m.end()
        s, e = _trim(text, m.start(), end)
        out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                         kind, responds=_last_allegation(out, s), fixed=True))


def _noun_deny_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"a charge both nations deny", "a charge Hidroenergia called baseless": the denier
    between the charge noun and the cue."""
    for m in _scan("noun_deny", text, sent, live):
        subj = m.group("subj")
        kind: str | None
        if subj.lower().startswith(("both", "the two")):
            src = _pair(text, m.start(), sent, actors, out)
            kind = "country"
        else:
            near = [a for a in actors.between(m.start("subj"), m.end("subj") + 200)
                    if a.start < m.end("subj")]
            src, kind = (_source_name(text, near[0])[:2] if near else (None, None))
            if src is None and subj.lower() not in _FUNCTION_WORDS:
                # a name the gazetteer does not hold, or a definite common noun (``a finding
                # the company dismissed as unfounded``: resolved with the anaphors)
                src, kind = str(_DET.sub("", subj)) if subj.startswith("the ") else subj, "organisation"
        if src is None:
            continue
        s, e = _trim(text, m.start(), m.end())
        out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", m.span("subj"),
                         m.span("cue"), kind, responds=_last_allegation(out, s), fixed=True))


def _denying_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"Denying allegations of ..., both countries insist ...": a sentence-opening
    participle whose denier is the main clause's subject."""
    for m in _scan("denying", text, sent, live):
        if m.start() != sent.start:
            continue
        src, kind, sref = _clause_subject(text, m.end(), sent, actors, out)
        if src is None:
            continue
        s, e = _trim(text, m.start(), m.end())
        out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                         kind, responds=_last_allegation(out, s), fixed=True))


_IT_BEFORE = regex.compile(r"(?<![\p{L}])(?:it|they)\s+$", regex.I)
#: the source of a denial whose speaker is a pronoun (``..., it said, rejecting ...``) until
#: :func:`_resolve_it` gives it the body that spoke before it
_IT = "<it>"


def _resolve_it(split: Sequence[_Cand]) -> None:
    """``Tajik units were forced to respond, it said, rejecting claims ...``: the pronoun
    that reports is the last body (not a person) a claim before it in the article names;
    with none, the denial is dropped from the sources (``None``)."""
    for i, c in enumerate(split):
        if c.source != _IT:
            continue
        last = next((k for k in reversed(split[:i]) if k.source and k.source != _IT and k.source_type != "person"
                     and k.end <= c.start), None)
        c.source, c.source_type = (last.source, last.source_type) if last is not None else (None, None)


def _trailing_denials(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """``Tajik units were forced to respond, it said, rejecting claims by Bishkek that ...``:
    a participle denying a charge after a report denies, and its denier is who reports
    (the subject of the last reporting cue before it in the sentence)."""
    for m in _scan("trail_denying", text, sent, live):
        cue = None
        for c in _scan("cue", text, sent, live):
            if c.end() <= m.start():
                cue = c
        if cue is None:
            continue
        src, kind, sref = _subject(text, cue.start(), sent, actors, out)
        if src is None and _IT_BEFORE.search(text, max(sent.start, cue.start() - 6), cue.start()):
            src, kind, sref = _IT, "pronoun", None  # ", it said, rejecting ...": resolved with the sources
        if src is None or (src != _IT and src.lower() in _FUNCTION_WORDS):
            continue
        s, e = _trim(text, m.start("cue"), _clause_end(text, m.end(), sent))
        if e > s:
            out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"), kind,
                             responds=_last_allegation(out, s), fixed=True))


def _passive_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"have been downplayed by the Kremlin": the clause before, its agent the source."""
    stance_of = _cue_stance()
    for m in _scan("passive", text, sent, live):
        src, kind, sref = _actor_after(text, m.end(), actors)
        if src is None:
            continue
        stance = stance_of.get(m.group("cue").lower(), "asserts")
        s, e = _trim(text, sent.start, m.start())
        if e > s:
            out.append(_Cand(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                             kind, fixed=True))


def _as_by_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """", as confirmed by the Kremlin": the clause before, its agent the source."""
    for m in _scan("as_by", text, sent, live):
        src, kind, sref = _actor_after(text, m.end(), actors)
        if src is None:
            continue
        stance = {"confirmed": "confirms", "reported": "reports"}.get(m.group("cue").lower(), "asserts")
        s, e = _trim(text, sent.start, m.start())
        if e > s:
            out.append(_Cand(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                             kind))


def _according_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"according to X" (or a document, ``according to the indictment``): the rest of the
    sentence when it opens it, else the clause before."""
    p = _patterns()
    for m in _scan("according", text, sent, live):
        src, kind, sref = _actor_after(text, m.end(), actors)
        if src is None:
            np = p["according_np"].match(text, m.end(), min(sent.end, m.end() + 60))
            if np is None:
                continue
            src, kind, sref = np.group("np"), "document", np.span("np")
        end_src = sref[1] if sref else m.end()
        if m.start() <= sent.start + 1:
            comma = text.find(",", end_src, sent.end)
            s, e = _trim(text, comma + 1 if comma >= 0 else end_src, sent.end)
        else:
            s, e = _trim(text, sent.start, m.start())
        if e > s:
            out.append(_Cand(s, e, src, m.group("cue"), "asserts", "construction", sref, m.span("cue"),
                             kind))


def _reportedly_claims(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """"X reportedly ...": an unnamed source's report, up to the first comma."""
    for m in _scan("reportedly", text, sent, live):
        s, e = _trim(text, sent.start, _clause_end(text, m.end(), sent))
        comma = text.find(",", m.end(), e)
        if comma >= 0:
            e = comma
        s, e = _trim(text, s, e)
        if e > s:
            out.append(_Cand(s, e, _data()["unnamed"]["reportedly"], m.group("cue"), "reports",
                             "construction", None, m.span("cue"), "unnamed", fixed=True))


def _denials(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """Denials made without the word deny: a plea (``pleaded not guilty``, ``maintained
    his innocence``), calling a charge false (``called the charges baseless``), an
    official finding that it did not happen (``an audit found no evidence that ...``)."""
    for key in ("plea", "innocence", "call_false"):
        for m in _scan(key, text, sent, live):
            src, kind, sref = _subject(text, m.start(), sent, actors, out)
            lead = sref[0] if sref else m.start()
            if src is None:
                src, kind, sref = _coordinated(text, m.start(), sent, actors, out, live)
                lead = m.start()  # "... and dismissed the claims": the denial is its own verb phrase
            if src is None:
                continue
            s, e = _trim(text, lead, _clause_end(text, m.end(), sent))
            if e > s:
                out.append(_Cand(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"), kind,
                                 responds=_last_allegation(out, s), fixed=True))
    _rebuttals(text, sent, actors, out, live)
    for m in _scan("finding", text, sent, live):
        if m.group("det") is None and m.start() != sent.start and text[max(sent.start, m.start() - 2):m.start()] != ", ":
            continue  # without a determiner the body must open its clause
        subj, sref = _DET.sub("", m.group("subj")), m.span("subj")
        if m.group("author") and m.group("part") is None:
            subj, sref = m.group("author").strip(), _trim(text, *m.span("author"))
        s, e = _trim(text, m.start(), _clause_end(text, m.end(), sent))
        if e > s:
            out.append(_Cand(s, e, subj, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                             "organisation", responds=_last_allegation(out, s), fixed=True))


def _rebuttals(text: str, sent: Span, actors: ActorIndex, out: list[_Cand], live: frozenset[str]) -> None:
    """A charge answered with any verb (``blasted that claim``, ``slammed the claims as
    "shameful politics"``): the verb alone says nothing, so it denies only when the charge
    it points back at is an allegation by another source before it, and either the one
    answering is named in that allegation (the accused answers what was said of them) or it
    labels the charge in quotation marks. A negated verb (``had not disputed``) and a cue of
    another stance (``confirmed that claim``) never deny."""
    p = _patterns()
    stance_of = _cue_stance()
    for m in _scan("rebut", text, sent, live):
        cue = m.group("cue")
        if cue.lower() in stance_of or p["negated"].search(text[max(sent.start, m.start() - 25):m.start()]):
            continue
        src, kind, sref = _subject(text, m.start(), sent, actors, out)
        last = _last_allegation(out, m.start())
        if src is None or last is None or out[last].stance != "alleges" or out[last].source == src:
            continue
        named = src.split()[-1]
        charge = text[out[last].start:out[last].end]
        if m.group("dem") is not None and not (
                named[:1].isupper() and regex.search(r"(?<![\p{L}])" + regex.escape(named) + r"(?![\p{L}])", charge)):
            continue
        lead = sref[0] if sref else m.start()
        s, e = _trim(text, lead, _clause_end(text, m.end(), sent))
        if e > s:
            out.append(_Cand(s, e, src, cue, "denies", "construction", sref, m.span("cue"), kind,
                             responds=last, fixed=True))


#: The construction rules in the order they read a sentence (the order matters: a denial
#: answers the last allegation appended before it).
_CONSTRUCTION_RULES = (_cue_claims, _denied_by_claims, _noun_deny_claims, _denying_claims, _trailing_denials,
                       _passive_claims,
                       _as_by_claims, _according_claims, _reportedly_claims, _denials)


def _coordinated(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[_Cand],
                 live: frozenset[str]) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The subject a verb after ``and`` shares with the cue before it in its sentence
    (``The agency said the road had been inspected and dismissed the claims as
    unfounded``)."""
    if not _AND_BEFORE.search(text, max(sent.start, pos - 6), pos):
        return None, None, None
    first = next((m for m in _scan("cue", text, sent, live) if m.end() < pos), None)
    if first is None:
        return None, None, None
    return _subject(text, first.start(), sent, actors, cands)


_AND_BEFORE = regex.compile(r"\sand\s+$")
_AND_END = regex.compile(r",?\s+(?:and|but)$")


def _clause_subject(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[_Cand]
                    ) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The subject opening the main clause after ``pos`` (``Denying ..., both countries
    insist ...``): "both/the two <nouns>" or an actor right there; never an actor further
    on (the object of ``abide by`` is no denier)."""
    start = pos
    while start < sent.end and text[start] in " ,\t":
        start += 1
    both = _patterns()["both"].match(text, start, sent.end)
    if both is not None:
        pair = _pair(text, both.start(), sent, actors, cands)
        if pair:
            return pair, "country", both.span()
    return _actor_after(text, start, actors)


def _last_allegation(cands: Sequence[_Cand], pos: int) -> int | None:
    for i in range(len(cands) - 1, max(-1, len(cands) - 30), -1):
        c = cands[i]
        if c.stance in ("alleges", "reports") and c.start < pos and pos - c.end < 700:
            return i
    return None


#: How many reports a reported clause may hold ("A said B said C said ..."). News nests
#: two or three deep; beyond, each outer claim would repeat every inner claim's mentions,
#: so k nested reports cost k * k, and only the innermost are kept.
_MAX_NESTED_REPORTS = 3


def _from_quotes(text: str, quotes: Sequence[QuoteMention], actors: ActorIndex) -> list[_Cand]:
    d = _data()
    np_cues = {w.lower() for w in d["np_cues"]}
    out: list[_Cand] = []
    indirect = sorted((q for q in quotes if not q.direct), key=lambda q: q.start)
    istarts = [q.start for q in indirect]
    person_names = {a.name for a in actors.persons}
    for q in quotes:
        if not q.speaker:
            continue
        k = bisect.bisect_right(istarts, q.start)
        if not q.direct and bisect.bisect_left(istarts, q.end) - k > _MAX_NESTED_REPORTS:
            continue  # a run of reports inside reports is read from the innermost ones

        if q.direct and any(i.start <= q.start and q.end <= i.end and i.speaker == q.speaker
                            for i in indirect[max(0, k - 8):k]):
            continue  # the reported clause around it is the claim
        cue = (q.cue or "").strip()
        if not q.direct and cue.lower() in np_cues:
            between = text[(q.cue_end or q.start):q.start] if q.cue_end is not None and q.cue_end <= q.start else ""
            if not _THAT_END.search(between):
                continue  # "expressed intent to ...": not a proposition
        kind = "person" if q.speaker in person_names else None
        sref = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else None
        speaker: str | None = q.speaker
        if sref is not None:
            speaker, kind, sref = _quote_speaker(text, speaker, kind, sref, q.cue_start, actors)
            if speaker is None:
                continue
        cref = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        stance = _cue_stance().get(cue.lower(), "asserts")
        for s, e in _split(text, q.start, q.end, q.direct):
            out.append(_Cand(s, e, speaker, cue or None, stance, "quote", sref, cref, kind))
    return out


def _quote_speaker(text: str, speaker: str | None, kind: str | None, sref: tuple[int, int],
                   cue_start: int | None, actors: ActorIndex
                   ) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """A quote's speaker read as a claim's source: the whole ``X of Y`` phrase when the
    speaker is its Y (``Relatives of the victims``), and never a place that is only
    where (``A complaint lodged in Paris alleges``: the complaint, else no source)."""
    sent = Span(start=max(0, text.rfind("\n", 0, sref[0]) + 1), end=sref[1])
    lo = max([sent.start] + [m.end() for m in _SENT_GAP.finditer(text, max(sent.start, sref[0] - 400), sref[0])])
    if cue_start is not None and cue_start >= sref[1]:
        own = _own_subject(text, sref, cue_start)
        if own is not None:
            return text[own[0]:own[1]], "group", own
    np = _noun_surface(text, speaker, sref)
    if np is not None:
        return text[np[0]:np[1]], "organisation", np
    wide = _of_head(text, lo, sref[0])
    if wide is not None:
        return text[wide:sref[1]], "group", (wide, sref[1])
    head = _loc_head(text, lo, sref[0])
    if head is not None:
        return text[head[0]:head[1]], "group", head
    place = [a for a in actors.between(sref[0], sref[1]) if a.start == sref[0]]
    if place and _where(text, lo, place[0]):
        if cue_start is None or cue_start < sref[1]:
            return None, None, None
        src, k, ref = _clause_np(text, lo, cue_start)
        return src, k, ref
    return speaker, kind, sref


def _noun_surface(text: str, speaker: str | None, sref: tuple[int, int]) -> tuple[int, int] | None:
    """The common-noun phrase a speaker is named by in the text (``The volcanology agency
    said``) when the speaker given for it is another name: a noun with a modifier of its
    own describes a body anew, so the phrase is the source; a bare ``the company`` is
    resolved by the claims' own anaphora (never to the accuser it answers), and a bare
    noun it does not resolve (``the newspaper``) keeps the speaker given for it. A phrase
    whose head is the last word of the speaker's name (``the main construction union`` for
    the ``Construction and Building Workers' Union``) refers to that body: it stands."""
    surface = text[sref[0]:sref[1]]
    if not speaker or speaker.casefold() in surface.casefold() or any(ch.isupper() for ch in surface[1:]):
        return None
    if surface.split() and surface.split()[-1].casefold() == _name_head(speaker):
        return None  # "the main construction union" for the Workers' Union: the same head, the named body
    np = _patterns()["np_subject"].search(text, max(0, sref[1] - 80), sref[1] + 1)
    if np is None or np.end("np") != sref[1]:
        return None
    if len(np.group("np").split()) < 2 and np.group("np").lower() not in _anaphors():
        return None  # a bare "the newspaper" refers back: the speaker given for it stands
    s, e = np.span("np")
    return s, e


def _name_head(name: str) -> str:
    """The head noun of a body's name, case-folded: its last word, or the last word before
    ``of`` (``National Union of Rail Workers`` -> ``union``)."""
    words = name.split(" of ")[0].split()
    return words[-1].casefold() if words else ""


def _own_subject(text: str, sref: tuple[int, int], cue_start: int) -> tuple[int, int] | None:
    """A cue's own subject when the quote's speaker is not it: a speaker named in an
    earlier sentence while a common-noun subject opens the cue's clause (``The national
    drivers' union accused``), or a plural speaker and the body it belongs to (``members
    of Congress``)."""
    p = _patterns()
    if not text[sref[0]:sref[0] + 1].isupper() and p["of_body"].fullmatch(text, sref[1], cue_start):
        return sref[0], len(text[:cue_start].rstrip())
    body = p["of_body"].search(text, sref[0], sref[1])
    if body is not None and body.end() == sref[1] and p["quantifier"].match(text, sref[0]):
        head = p["quantifier"].match(text, sref[0])  # "Several members of Congress"
        return _trim(text, head.end() if head else sref[0], sref[1])
    gaps = list(_SENT_GAP.finditer(text, sref[1], cue_start))
    if not gaps:
        return None
    lo = gaps[-1].end()
    np = p["np_subject"].search(text, max(lo, cue_start - 80), cue_start)
    if np is not None and _OPENING.fullmatch(text, lo, np.start()):
        s, e = np.span("np")
        return s, e
    _, _, span = _clause_np(text, lo, cue_start)
    return span


def _split(text: str, s: int, e: int, direct: bool) -> list[tuple[int, int]]:
    """A reported clause with two propositions ("..., and that ...") gives two claims."""
    if direct:
        return [(s, e)]
    m = _AND_THAT.search(text[s:e])
    if m:
        a, b = _trim(text, s, s + m.start()), _trim(text, s + m.end(), e)
        return [x for x in (a, b) if x[1] > x[0]]
    return [(s, e)]


def _within(ms: Sequence[Mention], starts: Sequence[int], s: int, e: int) -> list[Mention]:
    i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
    return [m for m in ms[i:j] if m.end <= e]


def _split_figures(text: str, c: _Cand, quantities: Sequence[QuantityMention],
                   qstarts: Sequence[int]) -> list[_Cand]:
    """A claim stating two figures joined by "and <verb>" is two claims, one per figure."""
    inside = [q for q in _within(quantities, qstarts, c.start, c.end)
              if isinstance(q, QuantityMention) and not q.ordinal]
    if len(inside) < 2:
        return [c]
    for m in _AND_VERB.finditer(text[c.start:min(c.end, c.start + 2000)]):
        cut = c.start + m.start()
        if any(q.end <= cut for q in inside) and any(q.start >= cut for q in inside):
            a = _Cand(c.start, cut, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                      c.source_type, c.responds, c.fixed)
            s2, e2 = _trim(text, c.start + m.end(), c.end)
            b = _Cand(s2, e2, c.source, c.cue, c.stance, c.origin, c.source_ref, c.cue_ref,
                      c.source_type, c.responds, c.fixed)
            return [a, b]
    return [c]


def _stance(text: str, c: _Cand) -> str:
    if c.fixed and c.stance != "asserts":
        return c.stance
    p = _patterns()
    content = text[c.start:min(c.end, c.start + 2000)]
    if c.stance in ("denies", "confirms"):
        return c.stance
    if p["false_content"].match(content) or p["negated_charge"].match(content) or p["no_evidence"].match(content) or \
            p["innocent_content"].match(content) or p["deny_content"].match(content) or \
            p["none_such"].match(content) or p["found_none"].match(content) or p["none_involved"].match(content) or \
            p["none_happened"].match(content) or p["no_truth"].match(content) or \
            (p["none_start"].match(content) and p["finding_that"].search(text, max(0, c.start - 40), c.start)):
        return "denies"  # "said the allegations were baseless", "said they found no evidence of fraud"
    pred = p["predictive"].search(content)
    if c.stance == "reports":
        strong = _LIKELY.search(content)
        if c.cue and c.cue.lower() in ("cited", "citing", "quoted", "quoting") and not strong:
            return "reports"
        return "predicts" if strong else "reports"
    if pred or _LIKELY_THAT.search(content):
        return "predicts"
    if c.stance == "alleges":
        return "alleges"
    for m in p["accusation"].finditer(content):
        if not p["hypothetical"].search(content[max(0, m.start() - 20):m.start()]):
            return "alleges"
    return c.stance if c.stance in ("predicts",) else "asserts"


def extract_claims(article: Article, mentions: Sequence[Mention]) -> list[Claim]:
    """The article's claims: candidates from quotes and constructions, merged where they
    overlap, split at figures, their sources resolved, each turned into a ``Claim``."""
    text = article.text
    if not text.strip():
        return []
    sents = sentences(text)
    persons = [m for m in mentions if isinstance(m, PersonMention)]
    quotes = [m for m in mentions if isinstance(m, QuoteMention)]
    quantities = [m for m in mentions if isinstance(m, QuantityMention)]
    actors = ActorIndex(find_actors(text, persons, names=False))
    kept = _merge(text, _from_quotes(text, quotes, actors), _constructions(text, sents, actors))
    qstarts = [q.start for q in quantities]
    split: list[_Cand] = []
    for c in sorted(kept, key=lambda c: (c.start, c.end)):
        split.extend(_split_figures(text, c, quantities, qstarts))
    split.sort(key=lambda c: (c.start, c.end))
    stances = {id(c): _stance(text, c) for c in split}
    targets = _resolve_sources(text, split, persons, stances)
    return _to_claims(article, mentions, sents, split, stances, targets)


def _merge(text: str, cands: Sequence[_Cand], cons: Sequence[_Cand]) -> list[_Cand]:
    """Quote candidates and construction candidates as one set: a construction that
    overlaps nothing is kept; a denial is its own claim (it cuts what it overlaps); any
    other construction gives its stance to the quote it overlaps."""
    for c in cons:
        if c.fixed and c.stance not in ("alleges", "denies", "confirms"):
            c.fixed = c.stance == "reports" and c.origin == "construction" and c.cue == "reportedly"
    kept = _Kept()
    for c in cands:
        kept.add(c)
    for c in cons:
        clash = kept.overlapping(c.start, c.end)
        if not clash:
            kept.add(c)
        elif c.stance == "denies":
            _merge_denial(text, kept, c, clash)
        else:
            _merge_into_quotes(kept, c, clash)
    return kept.items()


def _merge_denial(text: str, kept: _Kept, c: _Cand, clash: Sequence[_Cand]) -> None:
    """"X alleged that ..., an accusation denied by Y": the denial is its own claim; a
    longer denial already kept wins, a claim before it ends where it starts."""
    dup = [k for k in clash if k.stance == "denies"]
    if any(k.end - k.start >= c.end - c.start for k in dup):
        return
    for k in dup:
        kept.remove(k)
    for k in clash:
        if k.stance != "denies" and k.start < c.start:
            k.start, k.end = _trim(text, k.start, min(k.end, c.start))
            tail = _AND_END.search(text, k.start, k.end)  # "... inspected in January and"
            k.end = tail.start() if tail else k.end
    kept.add(c)


def _merge_into_quotes(kept: _Kept, c: _Cand, clash: Sequence[_Cand]) -> None:
    """The quote's span and speaker, the construction's stance (and its whole subject
    when it read more of it; ``accused X of Y`` from the cue on)."""
    for k in clash:
        if c.fixed and k.origin == "quote" and c.stance in ("alleges", "confirms"):
            k.stance, k.fixed = c.stance, True
            if _holds(c.source_ref, k.source_ref):
                # the construction read the whole subject (``The national drivers' union``)
                k.source, k.source_ref, k.source_type = c.source, c.source_ref, c.source_type
            if (c.cue or "").lower().startswith("accus") and c.start <= k.start:
                k.start, k.end = c.start, c.end  # "accused X of Y": from the cue on
                kept.add(k)


def _resolve_sources(text: str, split: Sequence[_Cand], persons: Sequence[PersonMention],
                     stances: dict[int, str]) -> dict[int, _Cand]:
    """Each denial's target, the sources resolved on the way (reflexives dropped,
    representatives, agents and anaphors to what they stand for); the targets are read
    again when a source changed (a body's spokesperson never answers the body)."""
    targets = _answered(text, split, stances)
    _drop_reflexives(split)
    named = [c.source for c in split]
    _resolve_representatives(text, split, persons, targets)
    _resolve_agents(text, split, persons)
    _resolve_anaphors(text, split, persons, targets)
    _resolve_it(split)
    answering = _answering_negations(text, split, stances)
    if answering or named != [c.source for c in split]:
        targets = _answered(text, split, stances)
        targets.update((k, v) for k, v in answering.items() if k not in targets)
    return targets


def _to_claims(article: Article, mentions: Sequence[Mention], sents: Sequence[Span], split: Sequence[_Cand],
               stances: dict[int, str], targets: dict[int, _Cand]) -> list[Claim]:
    """The candidates as ``Claim``s: ids in text order, the mentions each holds, the
    claim each answers, when each was stated (else the article's date)."""
    text = article.text
    ids = {id(c): f"{article.id}#c{i}" for i, c in enumerate(split, 1)}
    published = _published(article)
    inner: list[Mention] = sorted((m for m in mentions if isinstance(m, (DateMention, QuantityMention,
                                                                         PersonMention))),
                                  key=lambda m: (m.start, m.end))
    istarts = [m.start for m in inner]
    dated = sorted((d for d in mentions if isinstance(d, DateMention) and d.type in ("DATE", "TIME")
                    and interval(d.value) is not None), key=lambda d: d.start)
    dstarts = [d.start for d in dated]
    out: list[Claim] = []
    for c in split:
        target = targets.get(id(c))
        inside = tuple(SpanRef(article=article.id, start=m.start, end=m.end, text=m.text)
                       for m in _within(inner, istarts, c.start, c.end))
        out.append(Claim(
            article=article.id, start=c.start, end=c.end, text=text[c.start:c.end],
            source=c.source, stance=stances[id(c)], cue=c.cue,
            source_ref=_ref(article, c.source_ref), cue_ref=_ref(article, c.cue_ref),
            mentions=inside, id=ids[id(c)],
            responds_to=ids.get(id(target)) if target is not None else None,
            stated=_stated(text, c, dated, dstarts, sents) or published, source_type=c.source_type,
        ))
    return out


def _answered(text: str, split: Sequence[_Cand], stances: dict[int, str]) -> dict[int, _Cand]:
    """For each denial, the claim before it that it answers: an allegation or report, an
    assertion just before it or sharing a long word with it; and, for a denial that points
    back (``called the claim baseless``, ``there had been no such warnings``), the latest
    claim by another source in its sentence or the two before, a reported one over a
    direct quote that only illustrates it."""
    targets: dict[int, _Cand] = {}
    for i, c in enumerate(split):
        if stances[id(c)] != "denies":
            continue
        back = _points_back(text, c)
        quoted: _Cand | None = None
        for j in range(i - 1, max(-1, i - 30), -1):  # the allegation a denial answers
            prev = split[j]
            if c.start - prev.end > 700:
                break
            if prev.start < c.end and c.start < prev.end:
                continue  # "An inspection found no evidence ..., a spokesman said": the report of the denial
            if _body_key(prev.source) == _body_key(c.source):
                continue
            if stances[id(prev)] in ("alleges", "reports") or \
                    (stances[id(prev)] == "asserts" and c.start - prev.end <= 150
                     and not _SENT_GAP.search(text, prev.end, c.start)) or \
                    (stances[id(prev)] == "asserts" and _shares_word(text, prev, c)) or \
                    (stances[id(prev)] == "asserts" and len(_SENT_GAP.findall(text, prev.end, c.start)) <= 1
                     and _shares_word(text, prev, c, _CONTENT_WORD)):
                targets[id(c)] = prev  # an assertion just before a denial is what it answers
                break
            if back and stances[id(prev)] in ("asserts", "predicts") and \
                    len(_SENT_GAP.findall(text, prev.end, c.start)) <= 2:
                if not _direct(text, prev):
                    targets[id(c)] = prev
                    break
                quoted = quoted or prev
        if id(c) not in targets and quoted is not None:
            targets[id(c)] = quoted
    return targets


#: a company's legal form after its name (``Selvane Shipping Ltd`` is ``Selvane Shipping``)
_LEGAL_FORM = regex.compile(r"(?:\s+(?:Corp|Corporation|Inc|Ltd|Co|Group|plc|PLC|LLC|AG|SA|NV|Holdings))+\.?$")


def _body_key(source: str | None) -> str | None:
    """One key for the spellings of one source within an article: with or without the
    legal form, in any case."""
    return _LEGAL_FORM.sub("", source).casefold() if source else source


_NEGATION = regex.compile(r"(?<![\p{L}'’])(?:not|never|no|none|nothing|n['’]t)(?![\p{L}])", regex.I)
_NAME_WORD = regex.compile(r"[\p{L}][\p{L}'’-]{2,}")


def _named_in(source: str, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` names a source: a capitalised word of its name (``Corvane``
    for ``Corvane Systems``), or the head of a common-noun source (``the zoo``)."""
    words = [w for w in _NAME_WORD.findall(source) if w.lower() not in _NOT_NP and w.lower() != "the"]
    if not words:
        return False
    heads = {w for w in words if w[:1].isupper()} or {words[-1]}
    return any(regex.search(r"(?<![\p{L}])" + regex.escape(w) + r"(?![\p{L}])", text[s:e], regex.I) for w in heads)


def _answering_negations(text: str, split: Sequence[_Cand], stances: dict[int, str]) -> dict[int, _Cand]:
    """A negated assertion by the one another source's claim just named answers that claim,
    though it says no word of denying: ``Renzi blamed a faulty update pushed by Corvane.``
    / ``Corvane said its update ... was not the cause``; ``Pike said he had warned the zoo
    ...`` / ``The zoo said it had no record of any complaint from Mr Pike``. The claim
    answered is by another source, at most two sentences before, names the asserter, and
    shares a content word with the assertion or is named by it. Such assertions become
    denials; returned with the claim each answers."""
    turned: dict[int, _Cand] = {}
    for i, c in enumerate(split):
        if stances[id(c)] != "asserts" or not c.source or not _NEGATION.search(text, c.start, c.end):
            continue
        for j in range(i - 1, max(-1, i - 8), -1):
            prev = split[j]
            if prev.end > c.start:
                continue  # a claim holding this one is no claim before it
            if len(_SENT_GAP.findall(text, prev.end, c.start)) > 2:
                break
            if not prev.source or _body_key(prev.source) == _body_key(c.source) or \
                    stances[id(prev)] not in ("alleges", "asserts", "reports"):
                continue
            if _named_in(c.source, text, prev.start, prev.end) and (
                    _shares_word(text, prev, c, _CONTENT_WORD) or _named_in(prev.source, text, c.start, c.end)
                    or _SELF_SUBJECT.match(text, c.start, c.end) is not None):
                stances[id(c)] = "denies"
                turned[id(c)] = prev
            break
    return turned


#: reported content whose subject is its speaker (``Gasnor said it had received no
#: complaint``, ``said its software had not been at fault``): a pronoun or possessive
#: opening it (the closed class), the speaker speaking of itself
_SELF_SUBJECT = regex.compile(r"(?:it|its|we|our|he|his|she|her|they|their)(?![\p{L}'’-])", regex.I)


def _points_back(text: str, c: _Cand) -> bool:
    """Whether a denial points back at what it answers: its object right after the cue is
    a definite charge noun (``called the claim baseless``, ``rejected the union's
    accusation``; not ``... had not provided any evidence for the claim`` further on), or
    it says that what was just told never was (``no such warnings``, ``none of its staff
    had been involved``, ``no blasting had taken place``) or is untrue (``That is simply
    untrue``: the demonstrative is what was just told)."""
    p = _patterns()
    hi = min(c.end, max(c.start, c.cue_ref[1] if c.cue_ref else c.start) + 50)
    if p["points_back"].search(text, c.start, hi) is not None:
        return True
    content = text[c.start:min(c.end, c.start + 300)]
    # "That is simply untrue": a demonstrative subject stands for what was just said
    return any(p[k].match(content) for k in ("none_such", "none_involved", "none_happened", "no_truth"))


def _holds(outer: tuple[int, int] | None, inner: tuple[int, int] | None) -> bool:
    """Whether a source span strictly holds another (the whole subject and its head)."""
    return outer is not None and inner is not None and outer != inner and \
        outer[0] <= inner[0] and inner[1] <= outer[1]


def _direct(text: str, c: _Cand) -> bool:
    """Whether a claim is a direct quote (its words in quotation marks)."""
    return c.origin == "quote" and text[max(0, c.start - 1):c.start] in ("\"", "“", "‘", "'")


@per_vocabulary
def _anaphors() -> dict[str, str]:
    """Definite common nouns that stand for an organisation named before -> how to find it."""
    return {w: how for how, words in _data()["definite_anaphors"].items() for w in words}


@per_vocabulary
def _not_company_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["not_companies"])


def _resolve_anaphors(text: str, cands: Sequence[_Cand], persons: Sequence[PersonMention],
                      targets: dict[int, _Cand]) -> None:
    """``the company``, ``the ministry`` as a source: the organisation the article named
    before it (see :func:`_antecedent`); unresolved, the noun stays the source."""
    how = _anaphors()
    todo = [c for c in cands if _anaphor_noun(c.source, how) is not None]
    if not todo:
        return
    names = [a for a in find_actors(text, persons, names=True) if a.kind in ("name", "organisation")]
    starts = [a.start for a in names]
    full = _full_names(names)
    named = any(how[_anaphor_noun(c.source, how) or ""] == "named" for c in todo)
    bodies = [(m.start("name"), _DET.sub("", m.group("name")), m.group("noun").casefold())
              for m in _patterns()["named_body"].finditer(text)] if named else []
    bstarts = [b[0] for b in bodies]
    for c in todo:
        phrase = _DET.sub("", (c.source or "").lower())
        noun = _anaphor_noun(c.source, how) or phrase
        pos = c.source_ref[0] if c.source_ref else c.start
        accuser = targets[id(c)].source if id(c) in targets else None
        if how[noun] == "named":
            hi = bisect.bisect_left(bstarts, pos)
            got = next((name for _, name, n in reversed(bodies[max(0, hi - 40):hi]) if n == noun.split()[-1]
                        and name != accuser and name.casefold() != phrase
                        and (phrase == noun or name.casefold().endswith(phrase))), None)
        else:
            got = _antecedent(text, names, bisect.bisect_left(starts, pos), accuser)
            got = full.get(got, got) if got is not None else None
        if got is not None:
            c.source, c.source_type = got, "organisation"


def _anaphor_noun(source: str | None, how: dict[str, str]) -> str | None:
    """The definite common noun a source is (``the company``), or the head of a common-noun
    phrase ending in a body noun (``the weather service``, ``the state health department``):
    that phrase stands for the body named before whose name ends in it."""
    if not source:
        return None
    phrase = str(_DET.sub("", source.lower()))
    if phrase in how:
        return phrase
    words = phrase.split()
    if 2 <= len(words) <= 3 and source == source.lower() and how.get(words[-1]) == "named":
        return words[-1]
    return None


#: a reflexive pronoun before a name: ``A group calling itself Sierra Pacific Depositors
#: United says`` (the closed class of reflexive pronouns)
_REFLEXIVE = regex.compile(r"^(?:itself|themselves|himself|herself|ourselves)\s+(?=\p{Lu})", regex.I)


def _drop_reflexives(cands: Sequence[_Cand]) -> None:
    """A name after ``calling itself`` / ``describing themselves as`` is the source, not
    the pronoun before it: the pronoun is left out of the source and its span."""
    for c in cands:
        m = _REFLEXIVE.match(c.source or "")
        if m is not None and c.source is not None:
            c.source = c.source[m.end():]
            if c.source_ref is not None:
                c.source_ref = (c.source_ref[0] + m.end(), c.source_ref[1])


@per_vocabulary
def _representative_forms() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """How a source names one who speaks for a body (``data/cues.json``: ``representatives``):
    (the source as the speaker layer gives it - ``unnamed spokesman``, ``spokesperson of
    Aerion``, ``company's spokeswoman``, ``Brightline spokesman``; the body is group
    ``body``), and a premodifier before the noun in the source's own words (``a company
    spokesperson``, ``A Velmora spokeswoman``)."""
    reps = _alt(_data()["representatives"])
    source = compile_pattern(r"^(?:unnamed\s+(?:" + reps + r")|(?:(?:senior|chief|official|a|an|the)\s+)?(?:" + reps
                             + r")\s+(?:of|for)\s+(?:the\s+)?(?P<body>.+)|(?:the\s+)?(?P<body>.+?)(?:['’]s?)?\s+(?:"
                             + reps + r"))$", regex.I)
    own = compile_pattern(r"^(?:an?|the)\s+(?P<body>(?:[\p{L}&.'’-]+\s+){0,3}?[\p{L}&.'’-]+?)(?:['’]s?)?\s+(?:"
                          + reps + r")$", regex.I)
    return source, own


def _resolve_representatives(text: str, cands: Sequence[_Cand], persons: Sequence[PersonMention],
                             targets: dict[int, _Cand]) -> None:
    """A spokesperson speaks for a body, so the body is the source: the one named with the
    noun (``a spokesperson for Aerion``, ``Aerion's spokesman``, ``an Aerion spokesman``),
    the common noun standing for it (``a company spokesperson``, ``the club's spokesman``:
    left to :func:`_resolve_anaphors`), or, for a bare ``a spokesman said``, the latest body
    the article named before it that is not the accuser the claim answers (``Brightline
    hit back ... "These claims are false," a spokesman said``). Persons are no bodies here:
    ``a spokeswoman for the senator`` keeps the speaker layer's reading."""
    source, own = _representative_forms()
    todo = [(c, m) for c in cands if c.source and (m := source.match(c.source)) is not None]
    if not todo:
        return
    names = [a for a in find_actors(text, persons, names=True) if a.kind in ("name", "organisation", "government")]
    starts = [a.start for a in names]
    full = _full_names(names)
    person_names = {pm.entity for pm in persons if pm.entity}
    for c, m in todo:
        body = m.group("body")
        if body is None and c.source_ref is not None:
            pre = own.match(text[c.source_ref[0]:c.source_ref[1]])
            body = pre.group("body") if pre is not None else None
        if body is not None and body in person_names:
            continue
        if body is None:
            accuser = targets[id(c)].source if id(c) in targets else None
            pos = c.source_ref[0] if c.source_ref else c.start
            hi = bisect.bisect_left(starts, pos)
            body = next((a.name for a in reversed(names[max(0, hi - 40):hi])
                         if a.name != accuser and not _LOCATIVE_NAME.search(text, max(0, a.start - 40), a.start)), None)
            if body is None:
                continue
        body = _DET.sub("", body.strip())
        c.source, c.source_type = full.get(body, body), "organisation"


#: a named body's role right before the person holding it (``Brightplate's managing
#: director, `` before ``Colin Ferris``; ``Velmora's vice president for communications, ``)
_BODY_ROLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<body>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})"
                                  r"['’]s?\s+(?:[\p{Ll}-]+\s+){0,4}?(?P<role>[\p{Ll}-]+),\s+$")


def _resolve_agents(text: str, cands: Sequence[_Cand], persons: Sequence[PersonMention]) -> None:
    """A person named in apposition to a named body's role (``Brightplate's managing
    director, Colin Ferris, rejected ...``, ``Transandina's lawyer, Martín Cueto, denied
    ...``) speaks for that body: the source names both, ``Colin Ferris of Brightplate``, so
    the person and the party are one source. A person's lawyer or other representative
    (``Hale's lawyer, Ruth Adelman``: ``legal_representatives``) speaks for that person,
    ``Ruth Adelman for Marcus Hale``; a person's other roles and a place's (``Brazil's
    foreign minister, ...``) keep the person alone."""
    todo = [c for c in cands if c.source_type == "person" and c.source_ref is not None]
    if not todo:
        return
    names = [a for a in find_actors(text, persons, names=True) if a.kind in ("name", "organisation")]
    full = _full_names(names)
    person_full = {pm.text: pm.entity or pm.text for pm in persons}
    spans = {(a.start, a.end) for a in names}
    lawyers = frozenset(_data()["legal_representatives"]) | frozenset(_data()["representatives"])
    for c in todo:
        ref = c.source_ref
        assert ref is not None
        m = _BODY_ROLE_BEFORE.search(text, max(0, ref[0] - 120), ref[0])
        if m is None:
            continue
        body = m.group("body")
        if body in person_full:
            if m.group("role") in lawyers and person_full[body] != c.source:
                c.source = f"{c.source} for {person_full[body]}"
        elif m.span("body") in spans:
            c.source = f"{c.source} of {full.get(body, body)}"


def _full_names(names: Sequence[Actor]) -> dict[str, str]:
    """Each name's first words -> the longest name of the article they begin, so a
    short name stands for the full one (``Meridian`` -> ``Meridian Health``)."""
    full: dict[str, str] = {}
    for a in names:
        words = a.name.split()
        for k in range(1, min(len(words), 6)):
            prefix = " ".join(words[:k])
            if len(a.name) > len(full.get(prefix, "")):
                full[prefix] = a.name
    return full


def _antecedent(text: str, names: Sequence[Actor], hi: int, accuser: str | None) -> str | None:
    """What ``the company`` stands for: the latest of ``names[:hi]`` (the 40 before it)
    that is no public body, party, union or vessel, not where something happened (``off
    Masbate``) and not the accuser the claim answers (a ``named`` noun such as ``the
    council`` takes the latest name holding it, ``National Electoral Council``, instead)."""
    bad = _not_company_words()
    for i in range(hi - 1, max(-1, hi - 40), -1):
        a = names[i]
        if a.name == accuser or _LOCATIVE_NAME.search(text, max(0, a.start - 40), a.start):
            continue
        if not any(w.casefold() in bad for w in a.name.split()[:8]):
            return a.name
    return None


#: a name right after "in/at/off ... " (``in the U.S. Midwest``, ``off Masbate``) is a place
_LOCATIVE_NAME = regex.compile(r"(?<![\p{L}])(?:in|at|near|off|outside|inside|across|throughout|from|to|into|around)"
                               r"\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$")


_LONG_WORD = regex.compile(r"\b\p{Ll}{7,}\b")
#: a lower-case word of five letters or more that is no function word
_CONTENT_WORD = regex.compile(r"\b(?!(?:about|above|after|again|being|below|could|every|first|their|there|these|those|"
                              r"under|until|where|which|while|would|should|since|other|still|never|without|within)\b)"
                              r"\p{Ll}{5,}\b")


def _shares_word(text: str, a: _Cand, b: _Cand, pattern: regex.Pattern[str] = _LONG_WORD) -> bool:
    """Whether two claims share a long lower-case word: ``Survivors said the ferry had been
    overloaded`` is what ``X denied that the ship had been overloaded`` answers; with
    ``_CONTENT_WORD``, any content word (for an assertion in the sentence just before:
    ``the plant had released toxic gas`` / ``denied that any toxic gas had escaped``)."""
    words = set(pattern.findall(text, a.start, a.end))
    return any(w in words for w in pattern.findall(text, b.start, b.end))


class _Kept:
    """Claims kept so far, found by overlap through 256-character buckets."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[_Cand]] = {}
        self._live: dict[int, _Cand] = {}

    def add(self, c: _Cand) -> None:
        self._live[id(c)] = c
        for b in range(c.start >> 8, (max(c.start, c.end - 1) >> 8) + 1):
            lst = self._buckets.setdefault(b, [])
            if all(x is not c for x in lst[-4:]):
                lst.append(c)

    def remove(self, c: _Cand) -> None:
        self._live.pop(id(c), None)

    def overlapping(self, s: int, e: int) -> list[_Cand]:
        seen: dict[int, _Cand] = {}
        for b in range(s >> 8, (max(s, e - 1) >> 8) + 1):
            for k in self._buckets.get(b, ()):
                if id(k) in self._live and k.start < e and s < k.end:
                    seen[id(k)] = k
        return list(seen.values())

    def items(self) -> list[_Cand]:
        return list(self._live.values())


def _ref(article: Article, span: tuple[int, int] | None) -> SpanRef | None:
    if span is None or not (0 <= span[0] < span[1] <= len(article.text)):
        return None
    return SpanRef(article=article.id, start=span[0], end=span[1], text=article.text[span[0]:span[1]])


def _published(article: Article) -> str | None:
    d = article.published_date
    return d.isoformat() if d is not None else None


def _stated(text: str, c: _Cand, dates: Sequence[DateMention], dstarts: Sequence[int],
            sents: Sequence[Span]) -> str | None:
    """When the claim was made: a date by the cue ("claimed in March that") or opening its
    sentence ("On June 17, X reiterated ..."), outside the claim itself."""
    if c.cue_ref is None:
        return None
    a, b = c.cue_ref
    sent = _sent_of(sents, a)
    best: tuple[int, str] | None = None
    lo = bisect.bisect_left(dstarts, max(sent.start, a - 300))
    hi = bisect.bisect_right(dstarts, b + 13)
    for d in dates[lo:hi]:
        if c.start <= d.start < c.end:
            continue
        if 0 <= d.start - b <= 12:
            dist = d.start - b
        elif sent.start <= d.start and d.end <= a and \
                d.start - sent.start < 12 and \
                _DATE_LEAD.fullmatch(text, sent.start, d.start):
            dist = a - d.end
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, d.value)
    return best[1] if best else None
