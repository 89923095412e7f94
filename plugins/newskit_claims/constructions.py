"""Claims read from attribution constructions without a quote (``X alleged that``, ``X
was downplayed by Y``, ``according to X``, ``X reportedly``), sentence by sentence."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit import Span
from newskit.actors import ActorIndex
from newskit_claims.candidate import Candidate, clause_end, trim
from newskit_claims.cues import cue_data, cue_stances
from newskit_claims.denials import (
    denied_by_claims,
    denying_claims,
    noun_deny_claims,
    noun_dispute,
    pronoun_denier,
    rejects_decision,
    trailing_denials,
    uncued_denials,
    which_deny_claims,
)
from newskit_claims.gates import openings, scan
from newskit_claims.grammar import patterns
from newskit_claims.subjects import actor_after, coordinated_subject, cue_subject

#: allegation cues that take an object and the act after ``with``/``for``
_CHARGE_CUES = frozenset({"charged", "charges", "charge", "blamed", "blames"})

#: a past form right before a word (``received reports``): that word is its object noun
_VERB_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{3,}ed\s+$")

def construction_candidates(text: str, sents: Sequence[Span], actors: ActorIndex) -> list[Candidate]:
    """Claims read from attribution constructions, sentence by sentence: each rule of
    ``_CONSTRUCTION_RULES`` in turn appends what it reads (a later rule sees the claims
    before it: a denial answers the allegation just read). Every rule reads only the
    matches of gated patterns, so a sentence no gate opens (most sentences) is skipped."""
    out: list[Candidate] = []
    for sent, live in zip(sents, openings(text, sents), strict=True):
        if not live:
            continue
        for rule in _CONSTRUCTION_RULES:
            rule(text, sent, actors, out, live)
    return out


#: a pronoun's report set off before a participle (``, it said, ``): who denies is who reports
_PRONOUN_REPORT_BEFORE = regex.compile(r",\s+(?:it|they|he|she)\s+\p{Ll}+,\s+$")


def _skip_cue(text: str, m: regex.Match[str], sent: Span, stance: str) -> bool:
    """A cue word that is no cue here: negated (``did not deny``), a noun-phrase denial
    (read by its own pattern), a plural noun after a verb, a passive with ``by``, a
    participle after a pronoun's report (``, it said, rejecting``), ``dispute`` as a noun
    (``a labour dispute could ...``), a passive with no agent (``a treasurer accused of
    taking bribes``, ``Ramcharan, 47, was charged today in court with``: the one charged is
    no accuser), a denial verb's passive (``until he was dismissed``), a denial verb whose
    object is a request (``denied a defense request``, ``rejected the permit application``) or
    a verb of rejecting whose object is a decision (``rejected an amendment``)."""
    p = patterns()
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
    if stance == "denies" and cue.lower().endswith("ed") and p["passive_before"].search(before):
        return True  # "until he was dismissed in May": a passive, its subject denies nothing
    if noun_dispute(text, cue, m.end()):
        return True  # "after a contract dispute, told a podcast": the noun
    if stance == "denies" and p["refusal_object"].match(text, m.end(), min(sent.end, m.end() + 80)) is not None:
        return True  # "the judge denied a defense request to move the trial": a request refused, no charge
    if stance == "denies" and rejects_decision(text, cue, m.end(), sent.end):
        return True  # "voters rejected a gold project": a proposal voted down, no charge
    if stance == "denies" and _PRONOUN_REPORT_BEFORE.search(before):
        return True  # "..., it said, rejecting claims ...": the report's speaker denies (trailing_denials)
    if stance != "denies" and _charge_called_false(text, m, sent):
        return True  # "Any claim that we delayed is untrue": the speaker denies the charge, no one makes it
    return stance == "alleges" and cue.lower() in ("accused", "charged", "alleged") and \
        (p["passive_of"].match(text, m.end(), m.end() + 6) is not None or p["passive_before"].search(before) is not None)


#: up to two words before a cue (``any claim``, ``the union's claim``): where its noun phrase may open
_TWO_WORDS_BEFORE = regex.compile(r"(?:[\p{L}'’-]+\s+){1,2}$")


def _charge_called_false(text: str, m: regex.Match[str], sent: Span) -> bool:
    """Whether a charge noun used as a cue (``claim``, ``charges``) opens a phrase its own
    sentence calls false or not holding (``Any claim that we delayed is untrue``, ``The
    charges were baseless``): a denial, read from the speaker's words, not an allegation."""
    if m.group("cue").lower() not in cue_data()["denial_nouns"]:
        return False
    p = patterns()
    opens = [m.start()]
    lead = _TWO_WORDS_BEFORE.search(text, max(sent.start, m.start() - 40), m.start())
    if lead is not None:
        opens.append(lead.start())
    return any(p["false_content"].match(text[o:sent.end]) or p["negated_charge"].match(text[o:sent.end])
               for o in opens)


def _cue_span(text: str, m: regex.Match[str], sent: Span, stance: str,
              sref: tuple[int, int] | None) -> tuple[int, int] | None:
    """What a cue's claim covers: from the cue on for ``accused X of``, ``charged X with``;
    from its subject for a denial; else the reported clause after ``that`` (or a reported
    object), none when there is none."""
    p = patterns()
    cue = m.group("cue")
    if stance == "alleges" and (cue.lower().startswith("accus") or (
            cue.lower() in _CHARGE_CUES and p["object_with"].match(text, m.end(), min(sent.end, m.end() + 80)))):
        return m.start("cue"), clause_end(text, m.end(), sent)
    if stance == "denies":
        return sref[0] if sref else m.start(), clause_end(text, m.end(), sent)
    t = p["that"].match(text[m.end():min(sent.end, m.end() + 300)])
    if t is not None:
        return m.end() + t.end(), clause_end(text, m.end() + t.end(), sent)
    if stance == "reports" and p["np_object"].match(text[m.end():min(sent.end, m.end() + 300)]):
        return m.start("cue"), clause_end(text, m.end(), sent)
    return None


def _cue_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"X alleged that ...", "X accused Y of ...", "X denied ...": a cue and its subject."""
    stance_of = cue_stances()
    for m in scan("cue", text, sent, live):
        cue = m.group("cue")
        stance = stance_of.get(cue.lower(), "asserts")
        if _skip_cue(text, m, sent, stance):
            continue
        src, kind, sref = cue_subject(text, m.start(), sent, actors, out)
        lead = sref
        if src is None and stance == "denies":
            # "... said X, but rejected the union's claim that ...": its own verb phrase
            src, kind, sref = coordinated_subject(text, m.start(), sent, actors, out, live)
            lead = None
        if src is None and stance == "denies":
            src, kind, sref = pronoun_denier(text, m.start(), sent)
            lead = sref
        if src is None:
            continue
        span = _cue_span(text, m, sent, stance, lead)
        if span is None:
            continue
        s, e = trim(text, *span)
        if e > s:
            out.append(Candidate(s, e, src, cue, stance, "construction", sref, m.span("cue"), kind,
                                 fixed=True))


def _passive_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"have been downplayed by the Kremlin": the clause before, its agent the source."""
    stance_of = cue_stances()
    for m in scan("passive", text, sent, live):
        src, kind, sref = actor_after(text, m.end(), actors)
        if src is None:
            continue
        stance = stance_of.get(m.group("cue").lower(), "asserts")
        s, e = trim(text, sent.start, m.start())
        if e > s:
            out.append(Candidate(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                                 kind, fixed=True))


def _as_by_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """", as confirmed by the Kremlin": the clause before, its agent the source."""
    for m in scan("as_by", text, sent, live):
        src, kind, sref = actor_after(text, m.end(), actors)
        if src is None:
            continue
        stance = {"confirmed": "confirms", "reported": "reports"}.get(m.group("cue").lower(), "asserts")
        s, e = trim(text, sent.start, m.start())
        if e > s:
            out.append(Candidate(s, e, src, m.group("cue"), stance, "construction", sref, m.span("cue"),
                                 kind))


def _according_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"according to X" (or a document, ``according to the indictment``): the rest of the
    sentence when it opens it, else the clause before."""
    p = patterns()
    for m in scan("according", text, sent, live):
        src, kind, sref = actor_after(text, m.end(), actors)
        if src is None:
            np = p["according_np"].match(text, m.end(), min(sent.end, m.end() + 60))
            if np is None:
                continue
            src, kind, sref = np.group("np"), "document", np.span("np")
        end_src = sref[1] if sref else m.end()
        if m.start() <= sent.start + 1:
            comma = text.find(",", end_src, sent.end)
            s, e = trim(text, comma + 1 if comma >= 0 else end_src, sent.end)
        else:
            s, e = trim(text, sent.start, m.start())
        if e > s:
            out.append(Candidate(s, e, src, m.group("cue"), "asserts", "construction", sref, m.span("cue"),
                                 kind))


def _reportedly_claims(text: str, sent: Span, actors: ActorIndex, out: list[Candidate], live: frozenset[str]) -> None:
    """"X reportedly ...": an unnamed source's report, up to the first comma."""
    for m in scan("reportedly", text, sent, live):
        s, e = trim(text, sent.start, clause_end(text, m.end(), sent))
        comma = text.find(",", m.end(), e)
        if comma >= 0:
            e = comma
        s, e = trim(text, s, e)
        if e > s:
            out.append(Candidate(s, e, cue_data()["unnamed"]["reportedly"], m.group("cue"), "reports",
                                 "construction", None, m.span("cue"), "unnamed", fixed=True))


#: The construction rules in the order they read a sentence (the order matters: a denial
#: answers the last allegation appended before it).
_CONSTRUCTION_RULES = (_cue_claims, denied_by_claims, noun_deny_claims, which_deny_claims, denying_claims,
                       trailing_denials,
                       _passive_claims,
                       _as_by_claims, _according_claims, _reportedly_claims, uncued_denials)
