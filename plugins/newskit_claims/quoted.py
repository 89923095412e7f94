"""Claim candidates read from the quotes plugin's QuoteMentions: the reported clause, its
speaker read as a claim's source."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache

import regex

from newskit import QuoteMention, Span
from newskit.actors import ActorIndex
from newskit.body_names import ends_in_public_head
from newskit.text import match_ahead
from newskit_claims.candidate import Candidate, trim
from newskit_claims.cues import alternation, anaphors, cue_data, cue_stances
from newskit_claims.denials import noun_dispute, rejects_decision
from newskit_claims.described_speaker import apposed_person, described_speaker
from newskit_claims.grammar import patterns
from newskit_claims.lexical import OPENING, SENTENCE_GAP
from newskit_claims.speaker_asides import aside_speaker, member_body_speaker
from newskit_claims.subjects import (
    Subject,
    clause_np,
    is_locative,
    locative_head,
    of_head,
    possessed_group,
)

_THAT_END = regex.compile(r"\bthat\s*$")
_AND_THAT = regex.compile(r",?\s+and\s+that\s+")
#: a passive cue: one participle and the ``by`` of its agent (``rejected by``)
_PASSIVE_CUE = regex.compile(r"(\p{L}+)\s+by")

#: How many reports a reported clause may hold ("A said B said C said ..."). News nests
#: two or three deep; beyond, each outer claim would repeat every inner claim's mentions,
#: so k nested reports cost k * k, and only the innermost are kept.
_MAX_NESTED_REPORTS = 3


def refuses_request(text: str, q: QuoteMention) -> bool:
    """Whether a report cued by a denial verb has for its content the request the verb
    turns down (``denied the permit application``, ``rejected the union's proposal``):
    grammar's ``refusal_object`` read from the cue on, or a decision a verb of rejecting
    turns down (``rejected the bill``: :func:`newskit_claims.denials.rejects_decision`)."""
    if q.direct or q.cue_end is None or q.cue_end > q.start:
        return False
    return patterns()["refusal_object"].match(text, q.cue_end, min(q.end, q.cue_end + 80)) is not None or \
        (q.cue_start is not None and rejects_decision(text, text[q.cue_start:q.cue_end], q.cue_end, q.end))


def quote_candidates(text: str, quotes: Sequence[QuoteMention], actors: ActorIndex) -> list[Candidate]:
    """One candidate per quote with a speaker (two for ``..., and that ...``), but a direct
    quote inside a reported clause by the same speaker, a noun-phrase cue without ``that``
    (``expressed intent to ...``) and the outer reports of a deep nest of them."""
    d = cue_data()
    np_cues = {w.lower() for w in d["np_cues"]}
    out: list[Candidate] = []
    quotes = with_clauses(text, quotes)
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
        speaker, sref = _without_article(text, speaker, sref)
        cref = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        stance = _stance(cue, _THAT_END.search(text, max(0, q.start - 8), q.start) is not None)
        if stance == "denies" and (refuses_request(text, q) or (
                q.cue_end is not None and noun_dispute(text, cue, q.cue_end))):
            continue  # "the council denied the permit application": a request refused, no charge denied;
            # "land disputes remain explosive": the noun
        for s, e in _split(text, q.start, q.end, q.direct):
            out.append(Candidate(s, e, speaker, cue or None, stance, "quote", sref, cref, kind))
    return out


def _stance(cue: str, clause: bool = False) -> str:
    """The stance of a quote's cue: a speech cue's own, else ``alleges`` for a noun of a
    charge (``the union's allegation that …``: the quotes plugin reads the noun's possessor
    as the speaker), else ``asserts``. A participle and its ``by`` whose subject is a clause
    (``clause``: the words said of a noun and its ``that``, ``The claim that the pier was
    unsafe was denied by the harbour master``) holds the participle's stance, which its
    agent holds as the subject of the active voice does; with a subject that names a person
    or a body (``the cabinet was dismissed by parliament``) the verb tells what was done to
    it, no stance."""
    low = cue.lower()
    stance = cue_stances().get(_active_form(low) if clause else low)
    if stance is not None:
        return stance
    return "alleges" if low in cue_data()["allegation_nouns"] else "asserts"


def _active_form(cue: str) -> str:
    """``denied by`` -> ``denied``: a passive cue (one participle and its agent's ``by``)
    read as its verb; any other cue unchanged."""
    passive = _PASSIVE_CUE.fullmatch(cue)
    return passive.group(1) if passive is not None else cue


def with_clauses(text: str, quotes: Sequence[QuoteMention]) -> list[QuoteMention]:
    """The quotes and, for quoted words inside reported speech (a mixed quotation), the
    reported clause they carry: the clause is the claim, the quoted words only its wording.
    In text order, each clause once."""
    clauses = {(c.start, c.end): c for c in (q.reported_clause(text) for q in quotes) if c is not None}
    return sorted([*quotes, *clauses.values()], key=lambda q: (q.start, q.end))


#: a description's article before a lower-case word (``the shipyard``, ``The ministry``)
_ARTICLE = regex.compile(r"(?i:the)\s+(?=\p{Ll})")


def _without_article(text: str, speaker: str | None, sref: tuple[int, int] | None
                     ) -> tuple[str | None, tuple[int, int] | None]:
    """A source described by a common noun, named as the claims' own subjects name one:
    without its article (``the shipyard said`` gives ``shipyard``, as ``the shipyard
    denied`` does); its span starts after the article where it held one."""
    m = _ARTICLE.match(speaker or "")
    if speaker is None or m is None:
        return speaker, sref
    at = _ARTICLE.match(text, sref[0], sref[1]) if sref is not None else None
    if sref is not None and at is not None:
        sref = (at.end(), sref[1])
    return speaker[m.end():], sref


def _quote_speaker(text: str, speaker: str | None, kind: str | None, sref: tuple[int, int],
                   cue_start: int | None, actors: ActorIndex
                   ) -> Subject:
    """A quote's speaker read as a claim's source: the whole ``X of Y`` phrase when the
    speaker is its Y (``Relatives of the victims``), and never a place that is only
    where (``A complaint lodged in Paris alleges``: the complaint, else no source), and never a
    share of people with no people named (``64 percent said``: a poll's respondents)."""
    if patterns()["poll_share"].fullmatch(text, sref[0], sref[1]) is not None:
        return cue_data()["poll_source"], "unnamed", sref  # "60 percent responded yes": no share speaks
    sent = Span(start=max(0, text.rfind("\n", 0, sref[0]) + 1), end=sref[1])
    lo = max([sent.start] + [m.end() for m in SENTENCE_GAP.finditer(text, max(sent.start, sref[0] - 400), sref[0])])
    if cue_start is not None and cue_start >= sref[1]:
        aside = aside_speaker(text, lo, sref, cue_start, actors) or member_body_speaker(text, lo, sref, cue_start, actors)
        if aside is not None:
            return aside  # "John Carney, 52, from Bootle, who ..., said": not Bootle
        group = possessed_group(text, sref[1], cue_start) if kind == "person" else None
        if group is not None:
            return text[sref[0]:group], "group", (sref[0], group)  # "Temirov's supporters say"
        own = _own_subject(text, sref, cue_start)
        if own is not None:
            return text[own[0]:own[1]], "group", own
        if kind != "person":
            named = apposed_person(text, sref, actors)
            if named is not None:
                return named  # "its vice-president, Carlos Anchorena Paz, said"
        described = described_speaker(text, lo, speaker or "", sref, cue_start, actors)
        if described is not None:
            return described  # "A lawyer representing savers in a Liège bank has accused"
    office = _office(text, speaker, sref, actors)
    if office is not None:
        return text[office[0]:office[1]], kind, office  # "The Governor of Svalbard said": not "Governor"
    served = _served_body(text, speaker, sref)
    if served is not None:
        return served, "organisation", sref
    np = _noun_surface(text, speaker, sref)
    if np is not None:
        return text[np[0]:np[1]], "organisation", np
    wide = of_head(text, lo, sref[0])
    if wide is not None:
        return text[wide:sref[1]], "group", (wide, sref[1])
    head = locative_head(text, lo, sref[0])
    if head is not None:
        return text[head[0]:head[1]], "group", head
    place = [a for a in actors.between(sref[0], sref[1]) if a.start == sref[0]]
    if place and is_locative(text, lo, place[0]):
        if cue_start is None or cue_start < sref[1]:
            return None, None, None
        src, k, ref = clause_np(text, lo, cue_start)
        return src, k, ref
    return speaker, kind, sref


@cache
def _office_pattern() -> regex.Pattern[str]:
    """An office's title and what it is the office of, capitalised (``the Minister for
    Public Expenditure``, ``The Governor of Svalbard``, ``the President of the Xunta``):
    the whole of a speaker's words."""
    name = r"\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}"
    return regex.compile(r"(?:[Tt]he\s+)?(?P<np>(?=\p{Lu})(?P<title>(?i:" + alternation(cue_data()["office_titles"])
                         + r"))\s+(?:of|for)\s+(?:the\s+)?" + name + r")")


def _office(text: str, speaker: str | None, sref: tuple[int, int], actors: ActorIndex) -> tuple[int, int] | None:
    """Where an office held by one person is named, when the speaker's words are its title
    and portfolio and no person is named (``The Minister for Housing said``): the speaker
    given is the title alone, which names every minister, so the office is the source. A
    person's name in the words ends the office's name before it (``Minister of Transport
    Ana Ruiz said``: Ana Ruiz is the speaker, read elsewhere)."""
    m = _office_pattern().fullmatch(text, sref[0], sref[1])
    if m is None or not speaker or any(a.kind == "person" for a in actors.between(sref[0], sref[1])):
        return None
    title = m.group("title").lower().split()
    return m.span("np") if all(w in title for w in speaker.lower().split()) else None


def _served_body(text: str, speaker: str | None, sref: tuple[int, int]) -> str | None:
    """A body named by its bare public head (``..., police said``) for a speaker that is a
    place's name: the body the article names with both (``Chandpur police filed a case``),
    never the place alone, which says only whose police they are."""
    surface = text[sref[0]:sref[1]]
    if not speaker or not surface.islower() or not ends_in_public_head(surface):
        return None
    whole = f"{speaker} {surface}"
    at = text.find(whole)
    while at >= 0:
        if not text[at - 1:at].isalpha() and not text[at + len(whole):at + len(whole) + 1].isalpha():
            return whole
        at = text.find(whole, at + 1)
    return None


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
    np = patterns()["np_subject"].search(text, max(0, sref[1] - 80), sref[1] + 1)
    if np is None or np.end("np") != sref[1]:
        return None
    if len(np.group("np").split()) < 2 and np.group("np").lower() not in anaphors():
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
    p = patterns()
    if not text[sref[0]:sref[0] + 1].isupper() and p["of_body"].fullmatch(text, sref[1], cue_start):
        return sref[0], len(text[:cue_start].rstrip())
    body = p["of_body"].search(text, sref[0], sref[1])
    if body is not None and body.end() == sref[1] and match_ahead(p["quantifier"], text, sref[0]):
        head = match_ahead(p["quantifier"], text, sref[0])  # "Several members of Congress"
        return trim(text, head.end() if head else sref[0], sref[1])
    gaps = list(SENTENCE_GAP.finditer(text, sref[1], cue_start))
    if not gaps:
        return None
    lo = gaps[-1].end()
    np = p["np_subject"].search(text, max(lo, cue_start - 80), cue_start)
    if np is not None and OPENING.fullmatch(text, lo, np.start()):
        s, e = np.span("np")
        return s, e
    _, _, span = clause_np(text, lo, cue_start)
    return span


def _split(text: str, s: int, e: int, direct: bool) -> list[tuple[int, int]]:
    """A reported clause with two propositions ("..., and that ...") gives two claims."""
    if direct:
        return [(s, e)]
    m = _AND_THAT.search(text[s:e])
    if m:
        a, b = trim(text, s, s + m.start()), trim(text, s + m.end(), e)
        return [x for x in (a, b) if x[1] > x[0]]
    return [(s, e)]
