"""A quote's speaker named inside an aside between the subject and its cue: the subject
is the speaker, the aside's name only says more of it.

News puts what it knows of a speaker between the name and ``said``: ``John Carney, 52,
from Bootle, who was at the top of the wheel, said``; ``Harun Kabir, chief of the
Detective Branch, which has taken over the case, said``; ``Northwind Home, based in
Austin, Texas, said``; ``The UAW in turn has accused``; ``The Steelworkers local that
represents plant workers said``. The name nearest the cue is then a place, a body the
speaker heads or a word of an adjunct, never who speaks. The asides stack (an age and a
town, then a relative clause), so they are peeled from the cue back, one at a time.
"""

from __future__ import annotations

import regex

from newskit import Span
from newskit.actors import ActorIndex
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary
from newskit_claims.cues import alternation, cue_data
from newskit_claims.grammar import BETWEEN
from newskit_claims.subjects import Subject, cue_subject, source_name

#: how an aside ends: the one nearest the cue with its closing comma and the words a subject
#: and its verb have between them (``again``, ``on Friday``); one before it right where the
#: aside peeled after it starts
_CLOSED, _PEELED = r"," + BETWEEN + r"\s*$", r"$"
#: a place after a town in an aside (``based in Austin, Texas``)
_REGION = r"(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?"
#: what an aside follows: a name, or an age peeled before it (``Maria Keller, 47, a driver for ...``)
_AFTER_NAME = r"(?<=\p{Lu}[\p{L}.'’&-]*|\d)"
#: how many asides are peeled at most
_MAX_ASIDES = 3


@per_vocabulary
def _patterns(peeled: bool) -> tuple[regex.Pattern[str], ...]:
    """The asides ending at the cue, or (``peeled``) those ending where the aside after
    them was peeled, each set compiled when first asked for (most cues have no aside, and
    compiling both sets was most of the claims' start-up): a relative
    clause (``, who was travelling with her husband``), a noun phrase in apposition (``,
    the bank's parent``), a role of a body (``, chief of the Detective Branch``), a
    participle phrase (``, speaking to AFP``, ``, based in Austin, Texas``), an age and a
    town (``, 52, from Bootle``, ``, of Ashby``), a linking adjunct (``in turn``: ``cues.json``
    ``linking_adjuncts``)."""
    linking = alternation(cue_data()["linking_adjuncts"])
    asides = (r",\s+(?:which|who|whose)\s(?:[^,;:\"“”]|(?<=\d),(?=\d)){1,150}",
              _AFTER_NAME + r",\s+(?:the|an?|its|their|his|her)\s[^,;:\"“”]{1,60}",
              _AFTER_NAME + r",\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:of|at|for)\s+[^,;:\"“”]{1,60}",
              r",\s+(?:\p{Ll}{2,}ing|\p{Ll}{3,}ed\s+(?:in|at|near|outside|by))\s[^,;:\"“”]{1,60}" + _REGION,
              _AFTER_NAME + r",\s+\d{1,3}(?:,\s+(?:from|of)\s+\p{Lu}[^,;:\"“”]{0,40}" + _REGION + ")?",
              _AFTER_NAME + r",\s+(?:from|of)\s+\p{Lu}[^,;:\"“”]{0,40}" + _REGION)
    adjunct = compile_pattern(r"(?<=\p{L})\s+(?i:" + linking + r")" + BETWEEN + r"\s*$")
    end = _PEELED if peeled else _CLOSED
    return (*(compile_pattern(f"(?:{a}){end}") for a in asides), adjunct)


def asides_start(text: str, lo: int, pos: int) -> int | None:
    """Where the asides right before a cue at ``pos`` start (``lo``: where its clause
    starts), peeled one at a time from the cue back (the first ends with its comma);
    None when there is none."""
    start = None
    for k in range(_MAX_ASIDES):
        found = next((m for m in (p.search(text, lo, pos) for p in _patterns(k > 0)) if m is not None), None)
        if found is None or found.start() <= lo:
            break
        start = pos = found.start()
    return start


#: a restrictive relative clause right before the cue, its verb right after the pronoun
#: (``The Steelworkers local that represents plant workers said``, ``The group that tipped
#: off police said``): its subject is the noun phrase before it; not a clause with a
#: subject of its own (``a hike that employers warned would ...``, ``reported that one
#: rider had ...``)
_RESTRICTIVE = regex.compile(r"(?<=\p{L})\s+(?:that|which|who)\s+(?:(?:has|have|had)\s+)?\p{Ll}{2,}(?:s|ed)"
                             r"\s+[^,;:\"“”]{1,80}$")
#: a speaker given as the relative pronoun that stands for it (``a government that had
#: promised``, ``a hike that employers warned``): the quotes plugin read the clause already
_PRONOUN = regex.compile(r"(?:that|which|who|whom)(?![\p{L}])", regex.I)


def aside_speaker(text: str, lo: int, sref: tuple[int, int], cue_start: int, actors: ActorIndex) -> Subject | None:
    """The subject before the asides when a quote's speaker (at ``sref``) lies inside
    them, or inside a restrictive relative clause before the cue (None otherwise, or when
    nothing before the aside can be read as a subject: the speaker stands)."""
    if _PRONOUN.fullmatch(text, sref[0], sref[1]) or (text[cue_start:cue_start + 12].split() or [""])[0].endswith("ing"):
        return None  # "..., which Harcourt Group rejected, saying ...": the relative clause's subject says it
    start = asides_start(text, lo, cue_start)
    if start is None or start > sref[0]:
        rel = _RESTRICTIVE.search(text, lo, cue_start)
        start = rel.start() if rel is not None and rel.start() <= sref[0] else None
    if start is None:
        return None
    subject = cue_subject(text, start, Span(start=lo, end=start), actors, ())
    if subject[0] is None:
        named = _NAMED_PHRASE.fullmatch(text, lo, start)
        if named is not None:  # "The United Steelworkers local": a name no gazetteer holds
            subject = named.group("np"), "organisation", named.span("np")
    # the subject opens the clause: in "X have been charged ..., the prosecutor's office
    # said" the phrase after the comma is the speaker, not an aside of "Hamburg"
    if subject[0] is None or subject[2] is None or _OPENS.fullmatch(text, lo, subject[2][0]) is None:
        return None
    return subject


#: what may stand before the subject in its clause: a conjunction or a short opening
#: phrase and its comma (``On Friday, John Carney, 52, ... said``), a determiner
_OPENS = regex.compile(r"\s*(?:(?:But|And|Yet|Meanwhile)\s+|[^,.;:\"“”]{1,40},\s+)?(?:(?:the|a|an)\s+)?", regex.I)

#: a name opening the clause, a lower-case word or two of what it is after it (``The United
#: Steelworkers local``)
_NAMED_PHRASE = regex.compile(r"\s*(?:(?:But|And|The|the)\s+)*(?P<np>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}"
                              r"(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s*")


@per_vocabulary
def _member_body() -> regex.Pattern[str]:
    """An appositive after a name that says the body is made of its members, right before
    a relative pronoun that the cue follows (``, a group of teachers, farmers and nurses,
    which``, ``, an association of about 120 residents, who``): ``cues.json``
    ``member_bodies``; the members may be a list of up to five."""
    nouns = alternation(cue_data()["member_bodies"])
    member = r"[^,;:\"“”()]{1,60}"
    return compile_pattern(_AFTER_NAME + r",\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:" + nouns + r")\s+(?:of|for|representing)\s+"
                           + member + r"(?:,\s+" + member + r"){0,4},\s+(?:which|who)" + BETWEEN + r"\s*$")


#: a name right before an appositive, when the actors hold none that ends there (``Tanay
#: Residents Watch``): capitalised words, ``of`` or ``for`` between them
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’&.-])\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}$")


def member_body_speaker(text: str, lo: int, sref: tuple[int, int], cue_start: int, actors: ActorIndex) -> Subject | None:
    """The body named right before an appositive of its members when a quote's speaker lies
    in it and a relative pronoun takes the cue (``The case was brought by Tanay Residents
    Watch, a group of teachers, farmers and nurses, which alleges that ...``: the body
    alleges, not ``farmers and nurses``); None when no such appositive holds the speaker."""
    m = _member_body().search(text, lo, cue_start)
    if m is None or sref[0] < m.start():
        return None
    ending = [a for a in actors.between(lo, m.start()) if a.end == m.start() and a.kind != "person"]
    if ending:
        name, kind, _ = source_name(text, ending[-1])
        return name, kind, (ending[-1].start, m.start())
    named = _NAME_BEFORE.search(text, lo, m.start())
    if named is None or named.group().lower() in ("the", "a", "an"):
        return None
    return named.group(), "organisation", named.span()

