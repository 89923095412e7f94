"""Claims' sources resolved to what they stand for: reflexives dropped, a spokesperson to
the body, a person to the body whose role they hold, ``the company`` to the body named before,
``it`` to the last body that spoke, ``its spokeswoman, X`` to X of that body."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache
from typing import Any

import regex

from newskit import PersonMention
from newskit.actors import Actor, find_actors, is_demonym, named_bodies
from newskit.kinds import body_kind, names_no_company, other_language_kind
from newskit.text import ABBREVIATIONS, compile_pattern, match_ahead
from newskit.vocabulary import per_vocabulary
from newskit_claims.affiliation import affiliations
from newskit_claims.candidate import Candidate
from newskit_claims.cues import (
    alternation,
    anaphors,
    cue_data,
    not_antecedent,
)
from newskit_claims.denials import PRONOUN_SOURCE
from newskit_claims.grammar import patterns
from newskit_claims.lexical import DETERMINER
from newskit_claims.owned_roles import resolve_owned_roles
from newskit_claims.particle_names import whole_particle_names
from newskit_claims.pronoun_deniers import PronounDeniers
from newskit_claims.source_form import source_form
from newskit_claims.targets import answering_negations, denial_targets


def _resolve_it(text: str, split: Sequence[Candidate], persons: Sequence[PersonMention]) -> None:
    """``Tajik units were forced to respond, it said, rejecting claims ...``: the pronoun
    that reports is the last body (not a person) a claim before it in the article names;
    ``It denies the claims``: a pronoun subject is the body named at the head of the
    sentences before (:mod:`.pronoun_deniers`); with none, the denial is dropped from the
    sources (``None``)."""
    deniers: PronounDeniers | None = None
    for i, c in enumerate(split):
        if c.source != PRONOUN_SOURCE:
            continue
        if c.source_ref is not None:
            deniers = deniers or PronounDeniers(text, persons)
            c.source, c.source_type = deniers.source(c, split) or (None, None)
            continue
        last = next((k for k in reversed(split[:i]) if k.source and k.source != PRONOUN_SOURCE and k.source_type != "person"
                     and k.end <= c.start), None)
        c.source, c.source_type = (last.source, last.source_type) if last is not None else (None, None)


def resolve_sources(text: str, split: Sequence[Candidate], persons: Sequence[PersonMention],
                    stances: dict[int, str]) -> dict[int, Candidate]:
    """Each denial's target, the sources resolved on the way (reflexives dropped,
    representatives, agents and anaphors to what they stand for, a name that names no one
    dropped: ``source_form``); the targets are read again when a source changed (a body's
    spokesperson never answers the body)."""
    _whole_bodies(text, split, persons)
    whole_particle_names(text, split, persons)
    targets = denial_targets(text, split, stances)
    _drop_reflexives(split)
    named = [c.source for c in split]
    _resolve_representatives(text, split, persons, targets)
    _resolve_agents(text, split, persons)
    _resolve_anaphors(text, split, persons, targets)
    _resolve_documents(text, split)
    _resolve_it(text, split, persons)
    resolve_owned_roles(text, split, persons, stances)
    for c in split:
        c.source = source_form(c.source)
    answering = answering_negations(text, split, stances)
    if answering or named != [c.source for c in split]:
        targets = denial_targets(text, split, stances)
        targets.update((k, v) for k, v in answering.items() if k not in targets)
    return targets


def _whole_bodies(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention]) -> None:
    """A source read as a part of a body's name (``Medicine Network`` of ``Transparency in
    Medicine Network``, ``England`` of ``Bank of England``) is the whole body: the name's
    generic head says the words around it are one name (``newskit.actors.named_bodies``);
    so is a place's name opening an organisation's (``China`` of ``China Manned Space
    Agency``, ``newskit.actors.find_actors``), and a part of a name another claim's subject
    reads whole (``Philippine`` of ``The Philippine Coast Guard said ... and rejected``)."""
    todo = [c for c in cands if c.source_ref is not None and c.source_type != "person"]
    if not todo:
        return
    bodies = _Spans([((a.start, a.end), a) for a in named_bodies(text, persons)])
    organisations: _Spans | None = None
    written: _Spans | None = None
    for c in todo:
        s, e = c.source_ref or (0, 0)
        body = bodies.holding(s, e)
        if body is None and c.source_type in _PLACE_SOURCES:
            if organisations is None:
                organisations = _Spans([((a.start, a.end), a) for a in find_actors(text, persons, names=True)
                                        if a.kind == "organisation"])
            body = organisations.holding(s, e)
        if body is not None:
            c.source, c.source_ref, c.source_type = body.name, (body.start, body.end), "organisation"
            continue
        if c.source_type not in _PLACE_SOURCES and c.source_type != "unnamed":
            continue
        if written is None:
            written = _Spans([(o.source_ref, o) for o in todo if o.source_ref and _written_name(text, o)])
        whole = written.holding(s, e)
        if whole is not None:  # "The Philippine Coast Guard said ... and rejected": its said's subject, whole
            c.source, c.source_ref, c.source_type = whole.source, whole.source_ref, whole.source_type


class _Spans:
    """Items by the span they cover, to find one that holds a shorter span in a few steps
    (a long article has thousands of claims: a scan per claim was quadratic)."""

    #: the longest name looked through: a name is a few words
    REACH = 160

    def __init__(self, items: list[tuple[tuple[int, int], Any]]) -> None:
        items.sort(key=lambda it: it[0])
        self.starts = [span[0] for span, _ in items]
        self.items = items

    def holding(self, s: int, e: int) -> Any:
        """The first item (by start) whose span holds ``s:e`` and is longer, or None."""
        lo = bisect.bisect_left(self.starts, s - self.REACH)
        hi = bisect.bisect_right(self.starts, s)
        return next((item for (a, b), item in self.items[lo:hi] if a <= s and e <= b and (a, b) != (s, e)), None)


#: a proper name as written: capitalised words, joined by the lower-case words names hold
_WRITTEN_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:and|of|for|the|de|del|la)\s+)*\p{Lu}[\p{L}\p{N}&.'’-]*)*")


def _written_name(text: str, c: Candidate) -> bool:
    """Whether a candidate's source is the proper name its span holds, as written (``Sindh
    Police``), not a phrase some other reading made of it."""
    s, e = c.source_ref or (0, 0)
    if text.startswith(("The ", "the "), s):
        s += 4
    return c.source == text[s:e] and _WRITTEN_NAME.fullmatch(text, s, e) is not None


#: the kinds of source a place's name gives (``subjects.source_name``: ``China`` of ``China Manned Space Agency``,
#: ``Iceland`` of ``Iceland Tourism Federation``): inside an organisation's whole name, the
#: name is the source, as the place only says where the body is
_PLACE_SOURCES = frozenset({"country", "government"})


def _resolve_anaphors(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention],
                      targets: dict[int, Candidate]) -> None:
    """``the company``, ``the ministry`` as a source: the organisation the article named
    before it (see :func:`_antecedent`); unresolved, the noun stays the source."""
    how = anaphors()
    todo = [c for c in cands if _anaphor_noun(c.source, how) is not None]
    if not todo:
        return
    names = [a for a in find_actors(text, persons, names=True) if a.kind in ("name", "organisation")]
    starts = [a.start for a in names]
    full = _full_names(names)
    named = any(how[_anaphor_noun(c.source, how) or ""] == "named" for c in todo)
    bodies = _named_bodies(text) if named else []
    bstarts = [b[0] for b in bodies]
    for c in todo:
        phrase = DETERMINER.sub("", (c.source or "").lower())
        noun = _anaphor_noun(c.source, how) or phrase
        pos = c.source_ref[0] if c.source_ref else c.start
        accuser = targets[id(c)].source if id(c) in targets else None
        if how[noun] == "named":
            hi = bisect.bisect_left(bstarts, pos)
            got = next((name for _, name, n in reversed(bodies[max(0, hi - 40):hi]) if _heads(n, noun.split()[-1])
                        and name != accuser and name.casefold() != phrase
                        and (phrase == noun or name.casefold().endswith(phrase))), None)
        else:
            hi = bisect.bisect_left(starts, pos)
            got = _antecedent(text, names, hi, accuser) or _introduced_after(text, names, hi, pos, accuser)
            got = full.get(got, got) if got is not None else None
        if got is not None:
            c.source, c.source_type = got, "organisation"


def _named_bodies(text: str) -> list[tuple[int, str, str]]:
    """(start, name, head) of each body the text names: by its English head last ("the
    National Electoral Council": ``council``) or, in another language, head first
    ("Associação dos Comerciantes da Sucupira": ``associação``), in the order of the text."""
    found = [(m.start("name"), DETERMINER.sub("", m.group("name")), m.group("noun").casefold())
             for name in ("named_body", "named_body_head_first") for m in patterns()[name].finditer(text)]
    return sorted(found)


def _heads(head: str, noun: str) -> bool:
    """Whether a body whose name has head ``head`` is what ``the <noun>`` stands for: the
    same noun, or a head in another language of the noun's kind of body (``associação``
    for ``the association``, ``câmara`` for ``the council``)."""
    if head == noun:
        return True
    kind = other_language_kind(head)
    return kind is not None and kind == body_kind(noun)


@per_vocabulary
def _document_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(a source that is documents, documents seen by someone): ``cues.json``
    ``document_nouns`` and ``seen_by``."""
    d = cue_data()
    nouns = alternation(d["document_nouns"])
    source = compile_pattern(r"^(?:the|these|those|such)\s+(?:[\p{Ll}-]+\s+)?(?:" + nouns + r")$", regex.I)
    seen = compile_pattern(r"(?<![\p{L}])(?i:" + nouns + r")\s+(?:" + alternation(d["seen_by"])
                           + r")\s+by\s+(?:the\s+)?(?P<who>\p{Lu}(?:[\p{L}&'’-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}&'’-]|\.(?=\p{L}))*){0,4})")
    return source, seen


def _resolve_documents(text: str, cands: Sequence[Candidate]) -> None:
    """``The documents show that ...`` after ``internal documents seen by Der Standard``:
    documents a party saw and reports are that party's telling (often the outlet's own
    reporting), so the source is who saw them, the latest named before."""
    source, seen = _document_patterns()
    for c in cands:
        if not c.source or source.match(text[c.source_ref[0]:c.source_ref[1]] if c.source_ref else c.source) is None:
            continue
        pos = c.source_ref[0] if c.source_ref else c.start
        last = None
        for m in seen.finditer(text, max(0, pos - 1500), pos):
            last = m
        if last is not None:
            c.source, c.source_type = last.group("who"), "organisation"


#: a name introduced by a description in apposition (``Fruticola Norte, a mid-sized
#: exporter based in El Oro, said``): how news names a body its lead only described
_APPOSED = regex.compile(r",\s+(?:a|an)\s+\p{Ll}")


def _introduced_after(text: str, names: Sequence[Actor], hi: int, pos: int, accuser: str | None) -> str | None:
    """What ``the company`` stands for when no name came before it (a lead that describes
    before it names: ``The Ecuadorian company whose bananas hid the drugs accused ...``):
    the first name after it, within ``cataphora_window`` characters, that the text
    introduces with a description in apposition, is no public body and not the accuser."""
    window = int(cue_data()["cataphora_window"])
    for a in names[hi:]:
        if a.start - pos > window:
            break
        if a.name != accuser and match_ahead(_APPOSED, text, a.end) and not any(
                not_antecedent(w) for w in a.name.split()[:8]):
            return a.name
    return None


def _anaphor_noun(source: str | None, how: dict[str, str]) -> str | None:
    """The definite common noun a source is (``the company``), a corporate noun after a
    people's adjective (``the Ecuadorian company``: where it is from, not its name), or the
    head of a common-noun phrase ending in a body noun (``the weather service``, ``the state
    health department``): that phrase stands for the body named before whose name ends in it."""
    if not source:
        return None
    phrase = str(DETERMINER.sub("", source.lower()))
    if phrase in how:
        return phrase
    words = phrase.split()
    if len(words) == 2 and how.get(words[1]) == "corporate" and is_demonym(source.split()[-2]):
        return words[1]
    if 2 <= len(words) <= 3 and source == source.lower() and how.get(words[-1]) == "named":
        return words[-1]
    return None


#: a reflexive pronoun before a name: ``A group calling itself Sierra Pacific Depositors
#: United says`` (the closed class of reflexive pronouns)
_REFLEXIVE = regex.compile(r"^(?:itself|themselves|himself|herself|ourselves)\s+(?=\p{Lu})", regex.I)


def _drop_reflexives(cands: Sequence[Candidate]) -> None:
    """A name after ``calling itself`` / ``describing themselves as`` is the source, not
    the pronoun before it: the pronoun is left out of the source and its span."""
    for c in cands:
        m = _REFLEXIVE.match(c.source or "")
        if m is not None and c.source is not None:
            c.source = c.source[m.end():]
            if c.source_ref is not None:
                c.source_ref = (c.source_ref[0] + m.end(), c.source_ref[1])


#: possessive pronouns before a representative noun: a person's (``her spokesman``, kept as
#: the speaker layer read it) or a body's (``its spokesman``, the body named before it)
_PERSONAL_OWNERS = frozenset({"his", "her", "my", "our", "your"})
_BODY_OWNERS = frozenset({"its", "their"})
#: a relational adjective before a representative noun (``presidential``, ``ministerial``):
#: no body's name
_ADJECTIVE = regex.compile(r"\p{Ll}+ial")


@per_vocabulary
def _representative_forms() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """How a source names one who speaks for a body (``data/cues.json``: ``representatives``):
    (the source as the speaker layer gives it - ``unnamed spokesman``, a bare ``spokeswoman``, ``spokesperson of
    Aerion``, ``company's spokeswoman``, ``Brightline spokesman``; the body is group
    ``body``), and a premodifier before the noun or a named body after it in the source's
    own words (``a company spokesperson``, ``A Velmora spokeswoman``, ``A spokesman for
    Harrowgate``)."""
    reps = alternation(cue_data()["representatives"])
    source = compile_pattern(r"^(?:(?:unnamed\s+|an?\s+|the\s+)?(?:" + reps + r")|(?:(?:senior|chief|official|a|an|the)\s+)?(?:" + reps
                             + r")\s+(?:of|for)\s+(?:the\s+)?(?P<body>.+)|(?:the\s+)?(?P<body>.+?)(?:['’]s?)?\s+(?:"
                             + reps + r"))$", regex.I)
    own = compile_pattern(r"^(?:an?|the)\s+(?:(?P<body>(?:[\p{L}&.'’-]+\s+){0,3}?[\p{L}&.'’-]+?)(?:['’]s?)?\s+(?:"
                          + reps + r")|(?:(?:senior|chief)\s+)?(?:" + reps
                          + r")\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?-i:\p{Lu})[\p{L}\p{N}&.'’ -]*))$", regex.I)
    return source, own


def _resolve_representatives(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention],
                             targets: dict[int, Candidate]) -> None:
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
        if body is not None and body.lower() in _PERSONAL_OWNERS:
            continue  # "Her spokesman" whose "her" the speaker layer did not resolve: never "Her"
        if body is not None and body.lower() in _BODY_OWNERS:
            body = None  # "Its spokesman": the body named before it
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
                         if a.name != accuser and not _locative_name().search(text, max(0, a.start - 40), a.start)), None)
            if body is None:
                continue
        body = DETERMINER.sub("", body.strip())
        if _ADJECTIVE.fullmatch(body):
            continue  # "a presidential spokesman": an adjective names no body, the speaker stays
        c.source, c.source_type = full.get(body, body), "organisation"


#: a named body's role right before the person holding it (``Brightplate's managing
#: director, `` before ``Colin Ferris``; ``Velmora's vice president for communications, ``)
_BODY_ROLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<body>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})"
                                  r"['’]s?\s+(?:[\p{Ll}-]+\s+){0,4}?(?P<role>[\p{Ll}-]+),\s+$")


def _resolve_agents(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention]) -> None:
    """A person named in apposition to a named body's role (``Brightplate's managing
    director, Colin Ferris, rejected ...``, ``Transandina's lawyer, Martín Cueto, denied
    ...``) speaks for that body: the source names both, ``Colin Ferris of Brightplate``, so
    the person and the party are one source. A person's lawyer or other representative
    (``Hale's lawyer, Ruth Adelman``: ``legal_representatives``) speaks for that person,
    ``Ruth Adelman for Marcus Hale``; a person's other roles and a place's (``Brazil's
    foreign minister, ...``) keep the person alone. A person the article introduces with a
    body's role at any mention (``Ningaloo Tourism Alliance chair Craig Dunstan``,
    ``Dunstan, chair of the alliance``: ``newskit_claims.affiliation``) speaks for it too."""
    todo = [c for c in cands if c.source_type == "person" and c.source_ref is not None]
    if not todo:
        return
    names = [a for a in find_actors(text, persons, names=True) if a.kind in ("name", "organisation")]
    full = _full_names(names)
    person_full = {pm.text: pm.entity or pm.text for pm in persons}
    spans = {(a.start, a.end) for a in names}
    lawyers = frozenset(cue_data()["legal_representatives"]) | frozenset(cue_data()["representatives"])
    speaks_for = affiliations(text, persons, {(a.start, a.end): full.get(a.name, a.name) for a in names})
    for c in todo:
        ref = c.source_ref
        assert ref is not None
        m = _BODY_ROLE_BEFORE.search(text, max(0, ref[0] - 120), ref[0])
        body = m.group("body") if m is not None else None
        if m is not None and body in person_full:
            if m.group("role") in lawyers and person_full[body] != c.source:
                c.source = f"{c.source} for {person_full[body]}"
        elif m is not None and body is not None and m.span("body") in spans:
            c.source = f"{c.source} of {full.get(body, body)}"
        elif c.source in speaks_for:
            c.source = f"{c.source} of {speaks_for[c.source]}"  # introduced with its body elsewhere
        elif (client := _pronoun_client(text, ref[0], c.source, persons, cands)) is not None:
            c.source = f"{c.source} for {client}"


#: a possessive pronoun and a legal representative's noun right before the person named
#: in apposition to it (``His lawyer, ``, ``Her defence attorney, ``), opening the sentence
#: or the attribution after a quote (``"...," his lawyer, ``); not a phrase of the clause
#: (``Through his lawyer, Vaitkus denies``: the pronoun is the speaker's own)
_PRONOUN_ROLE_BEFORE = regex.compile(r"(?:(?<=^)|(?<=[.!?][\"”’']?\s+)|(?<=,[\"”’']\s+))"
                                     r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?"
                                     r"(?P<role>[\p{Ll}-]+),\s+$")


def _pronoun_client(text: str, at: int, lawyer: str | None, persons: Sequence[PersonMention],
                    cands: Sequence[Candidate]) -> str | None:
    """Whom ``His lawyer, Ruth Adelman,`` speaks for: the person the possessive takes, the
    last one named before it in the sentences just before (``legal_window`` characters),
    who is neither the lawyer nor a voice the article has accuse or tell (``said prosecutor
    Ilse Verbeek``: a lawyer speaks for the accused, whose own words are a denial); None
    when the noun is no lawyer's or no such person is named."""
    m = _PRONOUN_ROLE_BEFORE.search(text, max(0, at - 60), at)
    if m is None or m.group("role") not in cue_data()["legal_representatives"]:
        return None
    voices = {c.source for c in cands if c.stance != "denies" and c.source_ref is not None
              and c.source_ref[1] <= m.start()}
    lo = m.start() - int(cue_data()["legal_window"])
    for pm in sorted(persons, key=lambda p: p.span.start, reverse=True):
        if pm.span.end > m.start() or pm.span.start < lo:
            continue
        name = pm.entity or pm.text
        if name != lawyer and name not in voices and pm.text not in voices:
            return name
    return None


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
    Masbate``), not something it owns (``the company's GlucoPen Flex``) and not the accuser the claim answers (a ``named`` noun such as ``the
    council`` takes the latest name holding it, ``National Electoral Council``, instead)."""
    located = {a.name for a in names[max(0, hi - 40):hi] if _place_name().search(text, max(0, a.start - 40), a.start)
               or _owned_by_possessor(text, a)}
    for i in range(hi - 1, max(-1, hi - 40), -1):
        a = names[i]
        if a.name == accuser or a.name in located or _locative_name().search(text, max(0, a.start - 40), a.start) or \
                _OWNED_NAME.search(text, max(0, a.start - 40), a.start) or \
                _NAME_OF.search(text, max(0, a.start - 40), a.start):
            continue  # a name once read as where something is (``offices in Kapan``) is a place throughout
        if accuser is not None and accuser.endswith(f" {a.name}"):
            continue  # the accuser named with its description (``guards' trade union ZZK``)
        if not any(not_antecedent(w) for w in a.name.split()[:8]) and not _described_as_no_company(text, a):
            return a.name
    return None


#: a capitalised word and "of (the)" right before a name: the name is the end of a longer
#: one (``Superintendency of the Environment``), never a firm of its own
_NAME_OF = regex.compile(r"\p{Lu}[\p{L}'’-]*\s+of\s+(?:the\s+)?$")
#: an owner's possessive right before a name (``Hoshino Motor's Rayong``), or before the
#: names listed with it (``Vellmar's Arden and Corso``)
_OWNER_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s+(?:\p{Lu}[\p{L}\p{N}-]*(?:,\s+|\s+(?:and|or)\s+))*$")
#: the common noun after a name and the names listed after it (``Arden and Corso models``)
_NOUN_AFTER_LIST = regex.compile(r"(?:(?:,\s+|\s+(?:and|or)\s+)\p{Lu}[\p{L}\p{N}-]*)*\s+(\p{Ll}+)")


def _owned_by_possessor(text: str, a: Actor) -> bool:
    """Whether a name stands between an owner's possessive and a noun of a site or a
    product (``Hoshino Motor's Rayong factory``, ``Vellmar's Arden and Corso models``):
    the place of the owner's site or the owner's product, never a firm."""
    after = _NOUN_AFTER_LIST.match(text, a.end, a.end + 80)
    return after is not None and after.group(1) in _site_and_product_nouns() \
        and _OWNER_BEFORE.search(text, max(0, a.start - 80), a.start) is not None


@cache
def _site_and_product_nouns() -> frozenset[str]:
    """``cues.json`` ``site_nouns`` and ``product_nouns``: what an owner's possessive may
    own by a name (``Rayong factory``, ``Corso models``)."""
    return frozenset(cue_data()["site_nouns"]) | frozenset(cue_data()["product_nouns"])


#: the common noun right before a name, its head (``union`` of ``the guards' trade union
#: ZZK``, ``party`` of ``opposition party Ruch``)
_DESCRIPTION = regex.compile(r"(?<![\p{L}])(\p{Ll}+)\s+$")
#: the same noun before a name in apposition to it, the name between commas (``the
#: island's self-rule government, Landsstyri, which ...``)
_APPOSED_DESCRIPTION = regex.compile(r"(?<![\p{L}])(\p{Ll}+),\s+$")
#: the comma that closes a name in apposition
_APPOSITION_CLOSED = regex.compile(r"\s*,")


def _described_as_no_company(text: str, a: Actor) -> bool:
    """Whether the noun right before a name makes it a public body, party or union
    (``newskit.kinds.names_no_company``): ``the guards' trade union ZZK`` is no company
    though its own name does not say so. Only that noun: the words before it may be a clause's (``the council
    accused Kazmetal Copper``), and a civic body's noun (``the campaign group Fans Against
    Touting``) is what ``the group`` may stand for. So does the noun of a description a name
    is in apposition to, between commas (``the self-rule government, Landsstyri, which ...``)."""
    m = _DESCRIPTION.search(text, max(0, a.start - 30), a.start)
    if m is None and match_ahead(_APPOSITION_CLOSED, text, a.end) is not None:
        m = _APPOSED_DESCRIPTION.search(text, max(0, a.start - 30), a.start)
    return m is not None and names_no_company(m.group(1))


#: a name a pronoun or a common noun owns (``the company's GlucoPen Flex``, ``its Kestrel
#: range``) is the company's product, brand or unit, never the company (``Denmark's Nordvig``,
#: a place's, may be)
_OWNED_NAME = regex.compile(r"(?:(?<![\p{L}])(?:its|their|his|her|our)|(?<![\p{L}])(?i:the|a|an)\s+\p{Ll}+['’]s?)\s+$")


def _name_after(prepositions: Sequence[str], along: Sequence[str] = ()) -> regex.Pattern[str]:
    """A name of at most three capitalised words right after one of ``prepositions`` (and
    ``the``), or after one of ``along`` and ``the`` (``down the Amazon``), up to the end; a
    place's lower-case modifier may stand before the name (``in southwestern Yunnan``:
    ``cues.json`` ``place_modifiers``); never after a noun of holding and no article (``shares
    in Nordarc``: ``holding_nouns``)."""
    held = "|".join(regex.escape(w) for w in cue_data()["holding_nouns"])
    preps = "|".join(prepositions)
    # a firm held takes no article (``a stake in Voltbus``); ``a stake in the Maricunga venture``
    # holds a project where it is
    opening = rf"(?:(?<!(?<![\p{{L}}])(?i:{held})\s+)(?:{preps})\s+(?:the\s+)?|(?:{preps})\s+the\s+)"
    if along:
        opening += r"|(?:" + "|".join(along) + r")\s+the\s+"
    modifier = r"(?:(?:" + "|".join(regex.escape(w) for w in cue_data()["place_modifiers"]) + r")\s+)?"
    return regex.compile(r"(?<![\p{L}])(?:" + opening + r")" + modifier + r"(?:" + _name_word() + r"[ \t]+){0,2}$")


@cache
def _name_word() -> str:
    """A capitalised word of a place's name: initials with their stops (``U.S.``), an
    abbreviation the sentence splitter knows (``St.``, ``Mt.``: ``newskit.text.ABBREVIATIONS``),
    or letters; any other word's closing stop ends a sentence (``in northern Togo. SolAfrik
    Energy ...``), and a name never runs across a line."""
    short = sorted(a.capitalize() for a in ABBREVIATIONS if a.isalpha())
    return r"(?:\p{Lu}\.(?:\p{Lu}\.)+|(?:" + "|".join(short) + r")\.|\p{Lu}\p{L}*)"


@per_vocabulary
def _place_name() -> regex.Pattern[str]:
    """A name right after "in/near/around ..." is where something is (``offices in Kapan``,
    ``Farmers around Lake Tamar``, ``ship the ore down the Amazon``): never a company,
    wherever else the text names it (``at``, ``from``, ``to`` also take a company: ``workers
    at Voghji Mining``)."""
    return _name_after(cue_data()["place_prepositions"], cue_data()["place_along"])


@per_vocabulary
def _locative_name() -> regex.Pattern[str]:
    """A name right after "in/at/off ..." (``in the U.S. Midwest``, ``off Masbate``) is a
    place at that mention, though a company may be named after ``at``, ``from``, ``to``
    elsewhere."""
    return _name_after(cue_data()["place_prepositions"] + cue_data()["locative_prepositions"])
