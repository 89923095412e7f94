"""The construction patterns by name, composed from ``data/cues.json`` family by family
(cues, denials, findings, subjects, groups) and each compiled on first use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import regex

from newskit.actors import calendar_words
from newskit.ascii_patterns import compile_lowered
from newskit.kinds import other_language_heads
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary
from newskit_claims.cues import alternation, cue_data, raw_cues


class Compiled(dict[str, Any]):
    """Pattern name -> compiled pattern, each compiled on first use from its (source,
    flags): most articles never reach most constructions, and compiling all of them was a
    sizeable part of the first article's time."""

    def __init__(self, specs: dict[str, tuple[str, int] | regex.Pattern[str]]) -> None:
        super().__init__()
        self._specs: dict[str, tuple[str, int]] = {}
        self._lowered: dict[str, re.Pattern[str] | None] = {}
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

    def lowered(self, name: str) -> re.Pattern[str] | None:
        """The case-insensitive pattern ``name`` for a plain ASCII text lowered, case by case
        (:func:`~newskit.ascii_patterns.compile_lowered`: spans only), or None."""
        if name not in self._lowered:
            source, flags = self._specs[name]
            self._lowered[name] = compile_lowered(source) if flags == regex.I else None
        return self._lowered[name]


@per_vocabulary
def patterns() -> Compiled:
    """Every construction's pattern by name, composed from the rule families below,
    each compiled on first use (``Compiled``)."""
    d = cue_data()
    st = d["stances"]
    return Compiled({**_cue_specs(d, st), **_denial_specs(d, st), **_finding_specs(d, st),
                      **_subject_specs(d), **_group_specs(d)})


_B, _E = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"


def _false(d: dict[str, Any], called: bool = False) -> str:
    """What calls a charge false: a word of ``false_words``, or a basis denied it with at
    most one modifier (``no legal basis``, ``without any technical foundation``); after a
    call cue (``called``), ``political`` too (``called the accusations a political campaign``)
    and a word that says the charge serves another end (``a vendetta``: ``call_dismissive``)."""
    words = d["false_words"] + (d["call_political"] + d["call_dismissive"] if called else [])
    return (alternation(words) + r"|(?:no|without(?:\s+any)?)\s+(?:\p{Ll}{2,30}\s+)?(?:"
            + alternation(d["baseless_heads"]) + ")")


def _poll_share(d: dict[str, Any]) -> str:
    """A share of people with no people named (``60 percent``, ``about 58%``, ``nearly half
    of those polled``; ``poll_shares``): said by a poll's respondents."""
    polled = (r"\s+of\s+(?:those|the\s+people|people|the\s+respondents|respondents)(?:\s+(?:"
              + alternation(d["polled_words"]) + "))?")
    share = (r"\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)(?:" + polled + ")?|(?:"
             + alternation(d["share_words"]) + ")" + polled)
    return r"(?:(?:" + alternation(d["share_qualifiers"]) + r")\s+)?(?:" + share + ")"


def _turned_down(objects: list[str], not_before: Sequence[str] = ()) -> str:
    """A verb's object that names what it turns down (``objects``), up to three words before
    the noun, none a clause's opening, a pronoun subject or one of ``not_before``, nor,
    first, a participle (``denied receiving an offer``); no verb of its own after it (``denied
    the request was ever made``)."""
    stops = "that|which|who|whom|whether|if|of|it|he|she|they|we|I|you|ever|never"
    if not_before:
        stops += "|" + alternation(not_before)
    return (r"\s+(?!\p{L}+ing\b)(?:(?!(?:" + stops + r")\b)[\p{L}'’-]+\s+){0,3}?(?:" + alternation(objects)
            + r")(?![\p{L}'’-])(?!\s+(?:was|were|is|are|had|has|have|ever|never|existed)\b)")


def _rc(pattern: str, flags: int = 0) -> tuple[str, int]:
    """A pattern's source and flags, compiled only when first used (``Compiled``)."""
    return pattern, flags


def _cue_specs(d: dict[str, Any], st: dict[str, list[str]]) -> dict[str, tuple[str, int]]:
    """The attribution cues and the constructions around them: ``X alleged that``, ``an
    accusation denied by X``, ``according to X``, a passive cue with its agent."""
    b, e = _B, _E
    rc = _rc
    return {
        # in lower case: a capitalised "May" inside a clause is the month, not the modal
        "predictive": rc(b + "(?:" + alternation(d["predictive"]) + ")" + e),
        "accusation": rc(b + "(?:" + alternation(d["accusation"]) + ")" + e, regex.I),
        "hypothetical": rc(b + "(?:" + alternation(d["hypothetical"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        "negated": rc(b + "(?:" + alternation(d["negations"]) + r")\s+(?:\p{L}+\s+)?$", regex.I),
        # "it paid no bribes", "we never falsified", "he didn't take kickbacks": a charge's
        # own word negated right before it (a verb of doing it may stand between; not
        # "has not ended extortion")
        "charge_negated": rc(r"(?:" + b + "(?:" + alternation(d["charge_negations"]) + r")|n['’]t)\s+(?:(?:"
                             + alternation(d["charge_doing"]) + r")\s+)?$", regex.I),
        # "X has alleged that", "X accused Y of", "X reported that", "X claimed in March that"
        "cue": rc(
            b + "(?:(?:has|have|had)\\s+(?:also\\s+|repeatedly\\s+|consistently\\s+|long\\s+)?)?"
            "(?P<cue>" + alternation(st["alleges"] + st["denies"] + st["confirms"] + ["reported"]
                                     + d["assert_that_cues"]) + ")" + e,
            regex.I),
        # "an accusation consistently denied by Pyongyang", "The accusation was rejected by
        # the ministry" (a passive whose subject is the charge)
        "denied_by": rc(
            b + r"(?:an?|the|this|that|these|those|such)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + alternation(d["denial_nouns"])
            + r")\s+(?:(?:(?:that|which)\s+)?(?:has|have|had|was|were|is|are)\s+(?:(?:also|again)\s+)?(?:been\s+)?)?(?:\p{Ll}+ly\s+)?(?P<cue>"
            + alternation(st["denies"]) + r")\s+by\s+", regex.I),
        # "a charge both nations deny", "a charge Hidroenergia called baseless", "a charge the
        # National Teachers' Alliance has rejected"
        "noun_deny": rc(
            b + r"(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + alternation(d["denial_nouns"])
            + r")\s+(?:that\s+|which\s+)?(?P<subj>(?:both|the\s+two)\s+\p{Ll}+|the\s+\p{Ll}{3,}|(?:the\s+)?[\p{Lu}][\p{L}.'’]*(?:\s+[\p{Lu}][\p{L}.'’]*){0,3})"
            r"\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?(?:(?P<cue>"
            + alternation(st["denies"]) + ")" + e + "|(?P<cue>" + alternation(d["call_cues"]) + r")\s+(?:as\s+)?[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:"
            + _false(d, called=True) + ")" + e + ")"),
        # "..., which Harcourt Group again rejected": a relative clause whose subject denies
        # the clause it follows
        "which_deny": rc(
            r",\s+which\s+(?P<subj>(?:both|the\s+two)\s+\p{Ll}+|the\s+\p{Ll}{3,}|\p{Lu}[\p{L}.&'’-]*"
            r"(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})" + BETWEEN + r"\s*(?P<cue>" + alternation(st["denies"]) + ")" + e),
        # "Denying allegations of illicit arms transfers, both countries insist ..."
        "denying": rc(
            r"(?P<cue>Denying|Rejecting|Dismissing|Refuting)\s+(?:[\p{L}-]+\s+){0,8}?[\p{L}-]+(?=,)"),
        # "..., it said, rejecting claims by Bishkek that ...", "... said, dismissing the
        # accusations as ...": a participle after a report whose object is a charge (or a
        # that-clause of "denying") denies, by the report's speaker; "rejecting the offer" never
        "trail_denying": rc(
            r",\s+(?P<cue>denying|rejecting|dismissing|refuting|disputing)\s+(?:(?:that|any)\s|(?:[\p{L}'’-]+\s+){0,3}?(?:"
            + alternation(d["denial_nouns"] + d["judgement_nouns"] + ["wrongdoing"]) + r")(?![\p{L}]))", regex.I),
        # "have been downplayed by the Kremlin"
        "passive": rc(
            r"(?:has|have|had|was|were)\s+(?:also\s+)?been\s+(?:\p{Ll}+ly\s+)?(?P<cue>"
            + alternation(st["denies"] + st["confirms"] + st["reports"] + st["alleges"]) + r")\s+by\s+", regex.I),
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
        "innocence": rc(b + r"(?P<cue>(?:" + alternation(d["innocence_cues"]) + r")\s+(?:his|her|its|their|my|our)\s+innocence)"
                        + e, regex.I),
        # quoted or reported content that is itself a denial: "We categorically deny these
        # allegations", "(said that it) rejects the allegations", "(said it) \"strongly disputes\" ..."
        "deny_content": rc(r"^(?:(?:we|i|it|they|he|she)\s+)?[\"“‘']?(?:\p{Ll}+ly\s+|strongly\s+|firmly\s+|flatly\s+)?(?:"
                           + alternation(st["denies"]) + r")[\"”’']?\s+(?:(?:the|these|those|all|any|such|this|that|its|his|her|"
                           r"their|every)\s+)?(?:[\p{L}'’-]{1,40}\s+){0,2}?(?:" + alternation(d["denial_nouns"] + ["wrongdoing"])
                           + ")" + e, regex.I),
        # reported content that says its subject did no wrong: "(said) it had done nothing wrong"
        "innocent_content": rc(r"^(?:[\p{L}'’-]{1,40}\s+){1,4}?(?:had\s+|has\s+|have\s+|always\s+|never\s+)?(?:"
                               + alternation(d["innocent_content"]) + ")" + e, regex.I),
        # reported content that vows to contest a charge: "(said) he would vigorously contest
        # the charges", "(vowed) to fight the allegations", "(said it) would clear its name"
        "contest_content": rc(r"^(?:[\p{L}'’-]{1,40}\s+){0,4}?(?:(?:" + alternation(d["contest_verbs"])
                              + r")\s+(?:(?:the|these|those|all|any|such|this|that|its|his|her|their|every)\s+)?"
                              r"(?:[\p{L}'’-]{1,40}\s+){0,2}?(?:" + alternation(d["denial_nouns"] + d["contest_objects"]) + r")"
                              r"|clear\s+(?:his|her|its|their|my|our)\s+(?:good\s+)?names?)" + e, regex.I),
        # "called the charges baseless", "dismissed the allegations as politically motivated"
        "call_false": rc(
            b + "(?P<cue>" + alternation(d["call_cues"]) + r")\s+(?:(?:the|these|those|such|all|his|her|their|its|this|that)\s+)?"
            r"(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:" + alternation(d["denial_nouns"] + d["judgement_nouns"]) + r")(?:\s+(?:against|of|about)\s+(?:[\p{L}'’-]{1,40}\s+){1,3}?)?"
            r"\s*(?:as\s+)?[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:" + _false(d, called=True) + ")" + e, regex.I),
        # "called the hoteliers' warnings \"scaremongering\"": a call whose object may be any
        # noun; it denies only when the noun names an earlier claim's act of saying (``_called_said``)
        "call_said": rc(
            b + "(?P<cue>" + alternation(d["call_cues"]) + r")\s+(?:(?:the|these|those|such|all|his|her|their|its|this|that)\s+)?"
            r"(?:[\p{L}'’-]{1,40}\s+){0,2}?(?P<noun>\p{Ll}{4,})\s*(?:as\s+)?[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:"
            + _false(d, called=True) + ")" + e, regex.I),
        # a charge and the ``that`` of its own clause right before a claim ("said the claim
        # that <the school had been closed> was untrue")
        "charge_that": rc(b + r"(?:(?:the|this|that|these|those|such|any)\s+)?(?:" + alternation(d["denial_nouns"])
                          + r")\s+that\s+$", regex.I),
        # reported content that calls a charge false: "(said) the allegations were baseless",
        # "the claim that the valve leaked is completely false" (the charge's own clause said)
        "false_content": rc(
            r"^(?:(?:the|these|those|such|all|his|her|their|its|this|that|any)\s+)?(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:"
            + alternation(d["denial_nouns"] + d["judgement_nouns"]) + r")(?:" + _charge_modifiers("against|of|about")
            + r"|" + _THAT_CLAUSE + r")?\s*(?:are|were|is|was|"
            r"had\s+been|have\s+been|has\s+been)\s+[\"“‘']?(?:\p{Ll}{1,40}\s+){0,2}?(?:" + _false(d) + ")" + e, regex.I),
        # a sentence that opens with a charge (``Any claim that we delayed ...``, ``The
        # allegations ...``): a later sentence of a quote that may call it false
        "charge_opening": rc(r"^(?:any|the|these|those|such|all|this|that|his|her|their|its|our|your)\s+"
                             r"(?:[\p{Ll}'’-]{1,40}\s+)?(?:" + alternation(d["denial_nouns"]) + r")" + e, regex.I),
        # reported content whose subject is a charge and whose predicate is negated: "(said)
        # the claim had no basis", "(said) the allegations were not true", "(said) the report
        # does not reflect what happened": a charge said not to hold is denied, whatever the verb
        "negated_charge": rc(
            r"^(?:(?:the|these|those|such|all|his|her|their|its|this|that|any)\s+)?(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:"
            + alternation(d["denial_nouns"]) + r")(?:" + _charge_modifiers("against|of|about")
            + r"|" + _THAT_CLAUSE + r")?\s*"
            r"(?:(?:is|was|are|were|has|had|have|does|did|do)(?:\s+[\"“‘']?(?:simply|just|absolutely|completely|clearly|"
            r"also|still))?\s+[\"“‘']?(?:no|not|never|without)|(?:is|was|are|were|has|had|have|does|did|do)n['’]t)" + e, regex.I),
        # a past verb whose object points back at a charge: "(Whitcombe) blasted that claim",
        # "(the minister) slammed the claims as \"shameful politics\"" (a demonstrative, or a
        # characterisation in quotation marks); who may deny so is decided by ``_rebuttals``
        "rebut": rc(
            r"(?<![\p{L}'’-])(?P<cue>\p{Ll}{3,}ed)\s+(?:(?P<dem>(?:that|those|these|this)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:"
            + alternation(d["denial_nouns"]) + r"))(?![\p{L}\p{N}])(?!\s+(?:that|of|by|against|from)\b)|(?:the|his|her|their|its)\s+"
            r"(?:\p{Ll}[\p{Ll}-]*\s+)?(?:" + alternation(d["denial_nouns"]) + r")\s+as\s+[\"“‘'])"),
    }


def _charge_modifier(prepositions: str, lead: str = r"\s+", most: int = 3) -> str:
    """What a charge noun is said of or who made it, with a participle that says so (``the
    accusations <made by the Romanian side>``, ``the claims <levelled against the club>``),
    or ``otherwise`` (``any suggestion <otherwise> is simply untrue``): a pattern, opening
    with ``lead`` (the space before it), ``most`` words after the preposition, ending after a
    space."""
    return (lead + r"(?:otherwise|(?:(?:made|\p{Ll}{3,}ed)\s+)?(?:" + prepositions
            + r")\s+(?:[\p{L}'’-]{1,40}\s+){1," + str(most) + "}?)")


def _charge_modifiers(prepositions: str) -> str:
    """One or two of :func:`_charge_modifier` in a row: who made a charge (a name may be long)
    and what it says (``claims <by minority shareholder Orion Partners> <of a conflict of
    interest> were baseless``): a pattern."""
    def one(lead: str, most: int) -> str:
        return rf"{_charge_modifier('by|from', lead, 5)}|{_charge_modifier(prepositions, lead, most)}"
    return "(?:" + one(r"\s+", 3) + ")(?:" + one("", 4) + ")?"


#: the clause of a charge (``the claim <that the school had been closed> was untrue``,
#: ``any claim <that we delayed> is untrue``, ``the allegation <that we ignored a warning> is
#: false``): its own verb (and its object) comes before the one that says the charge is false
_THAT_CLAUSE = (r"\s+that\s+[^.;:!?\"”]{1,120}?\s(?:(?:is|was|are|were|had|has|have|been|did|would|could|will)\s"
                r"[^.;:!?\"”]{1,80}?|\p{Ll}{2,}ed(?:\s[^.;:!?\"”]{1,60}?)?(?=\s))")


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
            r"(?<![\p{L}\p{N}'’.-])(?P<subj>(?P<det>(?:an?|the|this|that)\s+)?(?:[\p{L}.'’-]{1,40}\s+){0,3}?(?:" + alternation(d["finding_bodies"])
            + r"))\s+"
            # "a review commissioned by the company found ...": who ordered it is no finder
            # ... but "a report by the ministry found ...": its author is
            r"(?:(?P<part>(?:" + alternation(d["np_participles"]) + r")\s+)?by\s+(?:the\s+)?(?P<author>(?:[\p{L}.'’-]{1,40}\s+){0,3}?))?"
            r"(?:\p{Ll}{1,30}ly\s+|has\s+|had\s+|have\s+)?(?P<cue>" + alternation(d["finding_cues"]) + r")\s+(?:no\s+evidence|no\s+sign|"
            r"nothing|insufficient\s+evidence|(?:[\p{L}-]{1,40}\s+){1,3}not\s+guilty|(?:[\p{L}-]{1,40}\s+){1,3}of\s+(?:any\s+)?"
            r"wrongdoing|that\s+[^.;]{0,100}?\b(?:not|never|no)\b)", regex.I),
        # a denial that points back at what it answers: "called the claim baseless",
        # "rejected the union's accusation", "there had been no such warnings"
        "points_back": rc(
            b + r"(?:(?:the|this|that|these|those|such|its|his|her|their|[\p{L}-]+['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:"
            + alternation(d["denial_nouns"]) + r"))(?!\s+(?:by|of|from)\b)" + e + r"|\b(?:no|any)\s+such\b|\bsuch\s+an?\b"
            # "denied it, saying ...", "disputed this": a pronoun object is what was just said
            r"|" + b + r"(?:" + alternation(st["denies"]) + r")\s+(?:it|this|that|these|those|them)(?=\s*[,.;]|\s+(?:and|but|as|in)\b)",
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
        # content that a finding of nothing governs: "found no evidence that <the union had
        # breached the rules>", "saw no sign <the crew had been warned>": what was not found
        "found_no_evidence_of": rc(r"\b(?:found|finds|find|saw|sees|see|seen|showed|shows|uncovered)\s+(?:\p{Ll}+\s+)?no\s+"
                                   r"(?:evidence|signs?|indications?|proof|traces?)\s+(?:that\s+)?$", regex.I),
        # reported content that is a finding of evidence: "(said) its inspectors had found
        # traces of blasting material", "(said) it had uncovered evidence that ..."
        "evidence_found": rc(r"(?:[\p{L}'’-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?(?:found|uncovered|detected|discovered|"
                             r"gathered|obtained|seen)\s+(?:clear\s+|new\s+|strong\s+)?(?:traces|evidence|signs|proof)"
                             r"\s+(?:of|that)\b", regex.I),
        # reported content that says a charge is untrue: "(said) there is no truth to these
        # allegations", "(said) that was simply not true"
        # (the words that say so may be quoted: "(said) there was \"no truth\" in the
        # allegation", "(said) that was \"simply not the case\"")
        "no_truth": rc(r"^(?:there\s+(?:is|was|has\s+been)\s+[\"“‘']?(?:absolutely\s+)?no\s+truth\b|(?:(?:it|this|that|these|those|they)\s+)?"
                       r"(?:is|was|are|were)\s+[\"“‘']?(?:simply\s+|completely\s+|totally\s+|just\s+|categorically\s+)?"
                       r"(?:not\s+true|untrue|false|not\s+the\s+case)\b)",
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
        # "..., an accusation Kestra Group has rejected", "..., a charge that the Procura
        # della Repubblica rejects": a charge noun in apposition to the clause before opens a
        # relative clause of its own, whose subject (something before the cue) is the cue's
        "charge_subject": rc(
            r",\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + alternation(d["denial_nouns"])
            + r")\s+(?:(?:that|which)\s+)?(?=\S[^,;:]*$)", regex.I),
        # what is left of that apposition at the end of the claim before its denial
        "charge_tail": rc(
            r",\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + alternation(d["denial_nouns"])
            + r")(?:\s+(?:that|which))?(?:\s+the)?\s*$", regex.I),
        # "the electoral commission rejected": a source named by a common noun
        "np_subject": rc(
            r"(?<![\p{L}\p{N}])(?:the|its|his|her|their)\s+(?P<np>(?:[\p{L}'’-]{1,40}\s+){0,3}?(?:" + alternation(d["subject_nouns"])
            + r"))" + BETWEEN + "$", regex.I),
        # "The Niger State police command called": a name that only qualifies the noun
        # phrase before the cue, whose head is a common noun naming a body (each of these
        # subject patterns may end at a word: the end of a relative aside, ``_RELATIVE_ASIDE``);
        # a determiner inside opens another noun phrase (``Pakistan Railways rejected the
        # union's claim``: the union is the object of another verb, not the name's head)
        "name_np_tail": rc(r"(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:\s+(?!(?:the|an|its|his|her|their|this|that|these|those)\b)"
                           r"[\p{Ll}-]{2,40}){0,2}?\s+(?P<head>" + alternation(d["subject_nouns"])
                           + r")" + BETWEEN),
        # "Vantrix called ...": a capitalised name right before the cue, opening its clause
        # (after "The": "The National Tsunami Warning Centre denied"; after ", and")
        "name_subject": rc(r"(?:(?<=,\s+(?:and|but)\s)|(?<![\p{L}\p{N}'’-]\s?))(?:The\s+)?(?P<np>\p{Lu}[\p{L}&.'’-]{1,40}(?:\s+(?:(?:" + alternation(d["name_particles"])
                                      + r")\s+)?\p{Lu}[\p{L}&.'’-]{1,40}){0,3})"
                                      + BETWEEN + "$"),
        # "..., a charge the Procuradoria-Geral da República rejects", "..., a charge Atlântica
        # Terminais again denied": a capitalised name that is the whole of the cue's clause
        # before it (matched whole, from the clause's start to the cue)
        "clause_name": rc(r"(?:[Tt]he\s+)?(?P<np>\p{Lu}[\p{L}&.'’-]{1,40}(?:\s+(?:(?:" + alternation(d["name_particles"])
                          + r")\s+)?\p{Lu}[\p{L}&.'’-]{1,40}){0,3})" + BETWEEN + r"\s*"),
        # "The province of Gelderland denied": a place named by its kind of administration,
        # no actor of the gazetteer; the phrase is the source (the place's government)
        "admin_of_subject": rc(r"(?<![\p{L}\p{N}])(?P<np>(?:" + alternation(d["admin_units"])
                               + r")\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})" + BETWEEN + "$", regex.I),
        # "rejected by the health ministry": a body named by a common noun after ``by``
        "np_agent": rc(r"the\s+(?P<np>(?:[\p{Ll}'’-]{1,40}\s+){0,2}?(?:" + alternation(d["subject_nouns"])
                       + r"))(?![\p{L}'’-])", regex.I),
        # "is accused of": a passive cue with no agent names no source
        "passive_of": rc(r"\s+(?:of|with)\b", regex.I),
        # "charged former mayor Lena Brandt with", "blamed the utility for": an object, then the act
        "object_with": rc(r"\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:with|for)\s", regex.I),
        "reportedly": rc(b + r"(?P<cue>reportedly)" + e, regex.I),
        "clause_end": rc(
            r",\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + alternation(d["denial_nouns"])
            + r")|while|whereas|although|though|but|which|as\s+confirmed|according\s+to)\b|;|\s[—–]\s", regex.I),
        "unnamed": rc(b + "(?:" + alternation(list(d["unnamed"])) + ")" + e, regex.I),
        "det_before": rc(r"(?:\b(?:an?|the)\s+(?:(?:" + alternation(d["denial_nouns"]) + r")\s+)?)$|"
                                    r"(?:" + alternation(d["denial_nouns"]) + r")\s+[\p{Ll}]+ly\s+$"),
        "by_after": rc(r"\s+by\b"),
        # "denied a defense request to", "rejected the permit application", "denied him bail":
        # the object names a request (``refusal_objects``), up to three words before it, none
        # a clause's opening nor, first, a participle ("denied receiving an offer")
        "refusal_object": rc(_turned_down(d["refusal_objects"]), regex.I),
        # "voters rejected a gold project", "rejected an amendment to reopen the libraries": the
        # object names a decision or an offer of terms (``decision_objects``), read as a request is;
        # no charge noun before it ("rejected claims of a secret deal" denies)
        "decision_object": rc(_turned_down(d["decision_objects"], d["denial_nouns"]), regex.I),
        # "60 percent", "nearly half of those polled": a share of people with no people named
        # (``poll_shares``), matched whole against a speaker's words
        "poll_share": rc(_poll_share(d), regex.I),
        # "until he was dismissed", "her appeal was rejected": a passive, an adverb between
        "passive_before": rc(b + "(?:" + alternation(d["passive_auxiliaries"]) + r")\s+(?:\p{Ll}+ly\s+)?$", regex.I),
        "np_object": rc(r"\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+"),
        "he_she": rc(r"\b(he|she)\b", regex.I),
        "both": rc(r"\b(?:both|the\s+two)\s+(?P<noun>" + alternation(d["collective"]) + r")\b", regex.I),
        "both_x_y": rc(r"\bboth\s+$", regex.I),
        "that": rc(r"^(?:\s+(?:in|on|last|this|earlier|on\s+\p{L}+)?\s*[\p{L}\p{N},.]*){0,4}?\s*that\s+", regex.I),
        # "filed in Chicago": a place after a locative preposition is where, not who
        "locative": rc(r"(?<![\p{L}])(?:" + alternation(d["locative_preps"]) + r")\s+(?:the\s+)?$", regex.I),
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
            r"(?P<np>(?:[\p{L}-]{1,30}(?<=\p{Ll}s)['’]\s+|[\p{L}-]{1,30}\s+){0,2}?[\p{L}-]{2,30}(?:\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\p{L}-]{1,30}\s+){0,2}?[\p{L}-]{2,30})?)"
            r"(?:\s+(?:\p{Ll}{2,}ed|" + alternation(d["np_participles"]) + r")\s+(?:in|at|by|on|with|before)\s+(?:the\s+)?"
            r"(?:[\p{L}.-]{1,30}\s+){0,2}?[\p{L}.-]{1,30})?"
            # "Workers at the Delta plant accused": where they work is no part of the source
            r"(?:\s+(?:at|in|near|from)\s+(?:the\s+|a\s+)?(?:[\p{L}.'’-]{1,30}\s+){0,2}?[\p{L}.'’-]{1,30})?"
            # "The curators of the exhibition on Friday rejected": a time adjunct before the cue
            + _time_adjunct() + r"\s+(?:(?:has|have|had|also)\s+)?", regex.I),
        # "the Ministry of Health", "National Electoral Council": what "the ministry" stands for
        "named_body": rc(
            # a number may follow a capitalised word of the name ("Sector 12 Residents' Welfare Association")
            r"(?<![\p{L}\p{N}])(?P<name>(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:\p{N}+\s+)?){0,4}(?P<noun>"
            + alternation([w.title() for w in d["definite_anaphors"]["named"]])
            + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})?)(?![\p{L}\p{N}])"),
        # "Associação dos Comerciantes da Sucupira", "Câmara Municipal da Praia": a body named
        # head first in another language (``newskit.kinds.other_language_heads``), what a
        # later "the association", "the council" stands for
        "named_body_head_first": rc(
            r"(?<![\p{L}\p{N}])(?P<name>(?P<noun>" + alternation(list(other_language_heads()))
            + r")(?:\s+(?:(?:de|do|da|dos|das|del|des|du|di|della|dei|degli|la|le)\s+){0,2}\p{Lu}[\p{L}'’-]*){1,5})(?![\p{L}\p{N}])"),
        "np_tail": rc(r"\G(?:['’]s)?\s+((?:(?:state|foreign|defen[cs]e|defense|security|"
                                 r"intelligence|military|\p{Ll}{3,})\s+)?(?:media|ministry|officials?|government|"
                                 r"newspaper|agency|army|military|police|prosecutors|authorities))\b"),
        # (lower case only: a capitalised body after a place, "the Moldovan Agriculture
        # Ministry", is a name the subject rules read whole)
    }


def _time_adjunct() -> str:
    """A time adjunct between a subject and its verb (``The weather agency on Friday
    dismissed``, ``Chandpur police yesterday filed``): a weekday or a date after ``on``
    (``on Friday night``, ``on March 3``, ``on 3 March``), or one of ``cues.json``
    ``time_adjuncts`` (``yesterday``, ``last week``); the subject is before it."""
    cal = "|".join(sorted(calendar_words()))
    words = sorted(raw_cues()["time_adjuncts"], key=len, reverse=True)
    parts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return (r"(?:\s+(?:on\s+(?:(?:" + cal + r")(?:\s+\d{1,2}|\s+(?:morning|afternoon|evening|night))?|\d{1,2}\s+(?:"
            + cal + r"))|" + parts + r")(?![\p{L}\p{N}]))?")


#: the words a name and its cue may have between them ("Meridian still disputes",
#: "the agency has repeatedly denied", "the ministry on Friday rejected"): a time adjunct,
#: auxiliaries, an -ly adverb, an aspect adverb
BETWEEN = (_time_adjunct() + r"(?:\s+(?:(?:has|have|had|also|still|again|now|already|later|then|since|yet|even|once|"
           r"\p{Ll}{2,}ly)\s+){0,2})?")
