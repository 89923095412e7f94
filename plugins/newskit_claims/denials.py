"""Denials read from constructions: a denier after ``by`` or before the cue, a participle
that denies, a plea, a charge called false, a finding of nothing, a rebuttal; each with the
allegation it answers."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit import Span
from newskit.actors import ActorIndex
from newskit.text import ABBREVIATIONS, has_word, match_ahead
from newskit.vocabulary import per_vocabulary
from newskit_claims.candidate import Candidate, clause_end, trim
from newskit_claims.cues import cue_data, cue_stances
from newskit_claims.gates import scan
from newskit_claims.grammar import patterns
from newskit_claims.lexical import DETERMINER, FUNCTION_WORDS
from newskit_claims.subjects import (
    actor_after,
    both_parties,
    clause_subject,
    coordinated_subject,
    cue_subject,
    named_by_head,
    source_name,
)

#: what follows ``dispute`` used as a noun (``after a contract dispute, told``, ``a labour
#: dispute could ...``, ``the dispute over ...``, ``disputes that cannot be settled go to
#: arbitration``, ``resolve disputes through dialogue``, ``land disputes remain explosive``):
#: punctuation, a preposition, a verb of its own (an auxiliary, ``remain``, ``continue``; or
#: after a relative ``that``), a participle that modifies it (``disputes affecting public
#: services``) or a noun it modifies; the verb takes an object (``dispute the figures``,
#: ``disputes that figure``)
_NOUN_DISPUTE = regex.compile(
    r"\s*(?:[,.;:)\"”]|(?:over|with|between|among|about|in|at|of|and|or|through|via|into|could|would|will|may|"
    r"might|can|cannot|has|had|is|was|were|are|remain|remains|remained|continue|continues|continued|"
    r"affecting|involving|concerning|regarding|surrounding|arising|settlement|resolution|mechanism|panel|tribunal"
    r"|that\s+(?:have|has|had|are|is|was|were|can|cannot|could|may|might|will|would|remain|remained|arise|arose)"
    r")(?![\p{L}]))", regex.I)


def noun_dispute(text: str, cue: str, end: int) -> bool:
    """Whether the cue ``dispute``/``disputes`` ending at ``end`` is the noun, not the verb
    of denying (``_NOUN_DISPUTE``)."""
    return cue.lower() in ("dispute", "disputes") and match_ahead(_NOUN_DISPUTE, text, end) is not None


def rejects_decision(text: str, cue: str, start: int, limit: int) -> bool:
    """Whether a verb of rejecting at ``cue`` (ending at ``start``) turns down a decision or
    an offer of terms (``voters rejected a gold project``, ``rejected an amendment``): grammar's
    ``decision_object``. Never after *deny*, whose object says no such thing exists (``denied
    any deal with the rebels``)."""
    if cue.lower().startswith("den"):
        return False
    return patterns()["decision_object"].match(text, start, min(limit, start + 80)) is not None


def denied_by_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"an accusation consistently denied by Pyongyang": the denier after ``by``."""
    for m in scan("denied_by", text, sent, live):
        src, kind, sref = actor_after(text, m.end(), actors)
        if src is None:
            src, kind, sref = _name_after(text, m.end())
        if src is None:
            continue
        end = sref[1] if sref else m.end()
        s, e = trim(text, m.start(), end)
        out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                             kind, responds=_last_allegation(out, s), fixed=True))


#: a name the gazetteer does not hold right after ``by`` (``a claim rejected by Attiko
#: Metro, the state company ...``): up to four capitalised words
_NAME_AFTER = regex.compile(r"(?:the\s+)?(?P<name>\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})(?![\p{L}])")


def _name_after(text: str, pos: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The denier after ``by`` named by capitalised words no actor covers (read as a body),
    or by a definite common noun that names a body (``by the health ministry``)."""
    m = match_ahead(_NAME_AFTER, text, pos)
    if m is None or m.group("name").split()[0].lower() in FUNCTION_WORDS:
        np = match_ahead(patterns()["np_agent"], text, pos)
        return (np.group("np"), "organisation", np.span("np")) if np is not None else (None, None, None)
    s, e = m.span("name")
    last = text[s:e].split()[-1]
    if last.endswith(".") and "." not in last[:-1] and last[:-1].lower() not in ABBREVIATIONS:
        e -= 1  # "... denied by Harbour Estates. The ...": the full stop ends the sentence (not "Acme Co.")
    return text[s:e], "organisation", (s, e)


def noun_deny_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"a charge both nations deny", "a charge Hidroenergia called baseless": the denier
    between the charge noun and the cue."""
    for m in scan("noun_deny", text, sent, live):
        _subject_denial(text, m, m.start(), sent, actors, out)


def which_deny_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"..., which Harcourt Group again rejected": the subject of a relative clause denies
    the clause it follows (the allegation read before it)."""
    for m in scan("which_deny", text, sent, live):
        _subject_denial(text, m, m.start() + 1, sent, actors, out)


def _subject_denial(text: str, m: regex.Match[str], start: int, sent: Span, actors: ActorIndex,
                    out: list[Candidate]) -> None:
    """The denial a match with a ``subj`` and a ``cue`` group reads, from ``start`` to its
    end: the subject's actor, both parties of ``both nations``, or the name as written."""
    subj = m.group("subj")
    kind: str | None
    if subj.lower().startswith(("both", "the two")):
        src = both_parties(text, m.start(), sent, actors, out)
        kind = "country"
    else:
        near = [a for a in actors.between(m.start("subj"), m.end("subj") + 200)
                if a.start < m.end("subj")]
        src, kind = (source_name(text, near[0])[:2] if near else (None, None))
        if src is None:  # "Traders accused Nairobi County ..., a charge the county denies"
            src, kind = (named_by_head(text, m.start("subj"), m.end("subj"), sent, actors) or (None, None, None))[:2]
        if src is None and subj.lower() not in FUNCTION_WORDS:
            # a name the gazetteer does not hold, or a definite common noun (``a finding
            # the company dismissed as unfounded``: resolved with the anaphors)
            src, kind = str(DETERMINER.sub("", subj)) if subj.startswith("the ") else subj, "organisation"
    if src is None:
        return
    s, e = trim(text, start, m.end())
    out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", m.span("subj"),
                         m.span("cue"), kind, responds=_last_allegation(out, s), fixed=True))


def denying_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"Denying allegations of ..., both countries insist ...": a sentence-opening
    participle whose denier is the main clause's subject."""
    for m in scan("denying", text, sent, live):
        if m.start() != sent.start:
            continue
        src, kind, sref = clause_subject(text, m.end(), sent, actors, out)
        if src is None:
            continue
        s, e = trim(text, m.start(), m.end())
        out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                             kind, responds=_last_allegation(out, s), fixed=True))


_IT_BEFORE = regex.compile(r"(?<![\p{L}])(?:it|they)\s+$", regex.I)
#: the source of a denial whose speaker is a pronoun (``..., it said, rejecting ...``, ``It
#: denies the claims``) until :func:`_resolve_it` gives it the body that spoke before it
PRONOUN_SOURCE = "<it>"
#: a pronoun opening the denial's clause as its subject, an auxiliary and adverbs between
#: (``It denies the claims``, ``. They have flatly rejected``, ``It vehemently denies``):
#: no name stands for it there; any ``-ly`` adverb, as the grammar's cues read them
_PRONOUN_SUBJECT = regex.compile(
    r"(?:^|(?<=[.;:!?]\s*|,\s+(?:and|but)\s+|\s(?:and|but)\s+))(?P<it>[Ii]t|[Tt]hey)\s+"
    r"(?:(?:has|have|had|also|again|always|\p{Ll}+ly)\s+){0,3}$")


def pronoun_denier(text: str, pos: int, sent: Span) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The pronoun subject of a denial cue at ``pos`` (``It denies the claims``, ``They have
    rejected the allegation``), kept as :data:`PRONOUN_SOURCE` for the sources to resolve to
    the body that spoke before it, never the one whose charge it answers."""
    m = _PRONOUN_SUBJECT.search(text, max(sent.start, pos - 60), pos)
    if m is None:
        return None, None, None
    return PRONOUN_SOURCE, "pronoun", m.span("it")


def trailing_denials(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """``Tajik units were forced to respond, it said, rejecting claims by Bishkek that ...``:
    a participle denying a charge after a report denies, and its denier is who reports
    (the subject of the last reporting cue before it in the sentence)."""
    for m in scan("trail_denying", text, sent, live):
        cue = None
        for c in scan("cue", text, sent, live):
            if c.end() <= m.start():
                cue = c
        if cue is None:
            continue
        src: str | None
        kind: str | None
        sref: tuple[int, int] | None
        if _IT_BEFORE.search(text, max(sent.start, cue.start() - 6), cue.start()):
            # ", it said, rejecting ...": resolved with the sources, never a name earlier in
            # the clause (``Tajik units were forced to respond, it said``)
            src, kind, sref = PRONOUN_SOURCE, "pronoun", None
        else:
            src, kind, sref = cue_subject(text, cue.start(), sent, actors, out)
        if src is None or (src != PRONOUN_SOURCE and src.lower() in FUNCTION_WORDS):
            continue
        s, e = trim(text, m.start("cue"), clause_end(text, m.end(), sent))
        if e > s:
            out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"), kind,
                                 responds=_last_allegation(out, s), fixed=True))


def uncued_denials(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """Denials made without the word deny: a plea (``pleaded not guilty``, ``maintained
    his innocence``), calling a charge false (``called the charges baseless``), an
    official finding that it did not happen (``an audit found no evidence that ...``)."""
    for key in ("plea", "innocence", "call_false"):
        for m in scan(key, text, sent, live):
            src, kind, sref = cue_subject(text, m.start(), sent, actors, out)
            lead = sref[0] if sref else m.start()
            if src is None:
                src, kind, sref = coordinated_subject(text, m.start(), sent, actors, out, live)
                lead = m.start()  # "... and dismissed the claims": the denial is its own verb phrase
            if src is None:
                continue
            s, e = trim(text, lead, clause_end(text, m.end(), sent))
            if e > s:
                out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"), kind,
                                     responds=_last_allegation(out, s), fixed=True))
    _rebuttals(text, sent, actors, out, live)
    _called_said(text, sent, actors, out, live)
    for m in scan("finding", text, sent, live):
        if m.group("det") is None and m.start() != sent.start and text[max(sent.start, m.start() - 2):m.start()] != ", ":
            continue  # without a determiner the body must open its clause
        subj, sref = DETERMINER.sub("", m.group("subj")), m.span("subj")
        if m.group("author") and m.group("part") is None:
            subj, sref = m.group("author").strip(), trim(text, *m.span("author"))
        s, e = trim(text, m.start(), clause_end(text, m.end(), sent))
        if e > s:
            out.append(Candidate(s, e, subj, m.group("cue"), "denies", "construction", sref, m.span("cue"),
                                 "organisation", responds=_last_allegation(out, s), fixed=True))


def _rebuttals(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """A charge answered with any verb (``blasted that claim``, ``slammed the claims as
    "shameful politics"``): the verb alone says nothing, so it denies only when the charge
    it points back at is an allegation by another source before it, and either the one
    answering is named in that allegation (the accused answers what was said of them) or it
    labels the charge in quotation marks (``described the accusations as "a fantasy"``: a
    verb that calls, whatever it calls it, when the one who calls is named in the charge).
    A negated verb (``had not disputed``) and a cue
    of another stance (``confirmed that claim``) never deny."""
    p = patterns()
    stance_of = cue_stances()
    calls = frozenset(cue_data()["call_cues"])
    for m in scan("rebut", text, sent, live):
        cue = m.group("cue")
        if (cue.lower() in stance_of and cue.lower() not in calls) or p["negated"].search(text[max(sent.start, m.start() - 25):m.start()]):
            continue
        src, kind, sref = cue_subject(text, m.start(), sent, actors, out)
        last = _last_allegation(out, m.start())
        if src is None or last is None or out[last].stance != "alleges" or out[last].source == src:
            continue
        named = src.split()[-1]
        charge = text[out[last].start:out[last].end]
        in_charge = has_word(charge, named, ignore_case=cue.lower() in calls)
        if (m.group("dem") is not None or cue.lower() in calls) and not (
                (named[:1].isupper() or cue.lower() in calls) and in_charge):
            continue  # a reporting verb labels the charge: only the accused rebuts so
        lead = sref[0] if sref else m.start()
        s, e = trim(text, lead, clause_end(text, m.end(), sent))
        if e > s:
            out.append(Candidate(s, e, src, cue, "denies", "construction", sref, m.span("cue"), kind,
                                 responds=last, fixed=True))


#: how many letters of a word say it is one word with another (``warnings`` / ``warned``)
_STEM = 4


def _called_said(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """``Marek Sowa ... called the hoteliers' warnings "scaremongering"``: a call labelling
    as false what was said before, named by its act of saying (the noun is a speech cue
    of the text before it, as a noun: ``warned`` / ``warnings``, ``criticised`` /
    ``criticism``); ``called the decision wrong`` labels an act, no saying, and denies
    nothing."""
    for m in scan("call_said", text, sent, live):
        if not _said_before(text, m.start(), m.group("noun").lower()[:_STEM]):
            continue
        src, kind, sref = cue_subject(text, m.start(), sent, actors, out)
        if src is None:
            continue
        lead = sref[0] if sref else m.start()
        s, e = trim(text, lead, clause_end(text, m.end(), sent))
        if e > s:
            out.append(Candidate(s, e, src, m.group("cue"), "denies", "construction", sref, m.span("cue"), kind,
                                 responds=_last_allegation(out, s), fixed=True))


_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}{4,}(?![\p{L}])")


def _said_before(text: str, pos: int, stem: str) -> bool:
    """Whether a speech cue of stem ``stem`` (``warned``, ``criticised``) lies in the 700
    characters before ``pos``."""
    if len(stem) < _STEM:
        return False
    cues = _speech_cues()
    return any(w.group() in cues and w.group()[:_STEM] == stem for w in _WORD.finditer(text, max(0, pos - 700), pos))


@per_vocabulary
def _speech_cues() -> frozenset[str]:
    """Every cue word of the vocabulary that reports speech, lower case."""
    return frozenset(cue_stances()) | frozenset(w.lower() for w in cue_data()["assert_that_cues"])


def _last_allegation(cands: Sequence[Candidate], pos: int) -> int | None:
    """The index of the latest allegation or report before ``pos`` (among the last 30
    read, ending at most 700 characters before it): what a denial read there answers."""
    for i in range(len(cands) - 1, max(-1, len(cands) - 30), -1):
        c = cands[i]
        if c.stance in ("alleges", "reports") and c.start < pos and pos - c.end < 700:
            return i
    return None
