"""Who speaks: the source of a cue read from the words before it in its clause (a name, a
body named after its place, a common-noun phrase, a pronoun, ``both nations``)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newskit import Span
from newskit.actors import Actor, ActorIndex, calendar_words
from newskit.body_names import body_names, ends_in_public_head, is_body_head
from newskit.text import match_ahead, opens_sentence, written_mid_sentence
from newskit.vocabulary import per_vocabulary
from newskit_claims.affiliation import is_role
from newskit_claims.candidate import Candidate
from newskit_claims.cues import alternation, cue_data, cue_stances
from newskit_claims.gates import scan
from newskit_claims.grammar import BETWEEN, patterns
from newskit_claims.lexical import FUNCTION_WORDS, NOT_NP, OPENING, SENTENCE_GAP

#: ``both X and Y``: the two names of a pair of parties
_AND = regex.compile(r"\s+and\s+")

#: where a clause breaks off: the subject of a cue lies after the last break before it
_BREAK = regex.compile(r"[;:]|,\s+(?:while|but|although|whereas)\b")
#: a non-restrictive relative clause right before a cue (``, which runs the clinic,``; an
#: adverb or a time adjunct may follow it: ``, which manages the ship, again rejected``)
_RELATIVE_ASIDE = regex.compile(r",\s+(?:which|who|whose)\s(?:[^,;:]|(?<=\d),(?=\d)){1,150}," + BETWEEN + r"\s*$")
#: "A military source, speaking to AFP on condition of anonymity, denied", "The warning
#: centre, run by the navy, denied": a participle phrase between commas is an aside (the
#: outlet or the agent in it is no subject)
_PARTICIPLE_ASIDE = regex.compile(r",\s+(?:\p{Ll}{2,}ing\s|\p{Ll}{2,}\s+by\s)[^,;:\"“”]{1,80}," + BETWEEN + r"\s*$")

#: a capitalised word that continues a name around a place ("Bank of England", "US
#: Justice Department"): the place only qualifies the body
_NAME_LEFT = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}&.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?$")
_NAME_RIGHT = regex.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b)"
                           r"\p{Lu}[\p{L}&.'’-]*(?![\p{L}\p{N}'’-])")
#: a noun phrase in apposition after a name, right before a cue (``SPC Financial Group, the
#: bank's parent, denied``; a role by its initials, ``Helen Garside, MP for North Wiltshire,
#: said``): the name before it is the subject
_APPOSITIVE_ASIDE = regex.compile(r"(?<=\p{Lu}[\p{L}.'’&-]*),\s+(?:(?:the|an?|its|their|his|her)\s|\p{Lu}{2,4}\s+(?:of|for|at)\s)"
                                  r"[^,;:\"“”]{1,60}," + BETWEEN + r"\s*$")
#: what a name carries right before its cue and is no part of the subject: its initials in
#: brackets (``The Angolan Armed Forces (FAA) denied``), or a participle phrase of where it
#: is (``Summit Travel, based in Leeds, denied``, ``, headquartered in Oslo,``)
_TRAILING_ASIDE = regex.compile(r"(?:\s*\([\p{Lu}\p{N}&.-]{2,8}\)|,\s+\p{Ll}{3,}ed\s+(?:in|at|near|outside)\s[^,;:\"“”]{1,60},)"
                                + BETWEEN + r"\s*$")
#: a relative clause that holds the cue (no comma between ``which`` and it): its subject
#: is after ``which`` (``..., which Harcourt Group again rejected``)
_RELATIVE_SUBJECT = regex.compile(r",\s+which\s+(?=[^,;:]*$)")
#: ``, and`` or ``, but`` right before a name: the name opens a clause of its own (``Police
#: raided the warehouse, and Harbour Freight denied any role``)
_COORDINATED_CLAUSE = regex.compile(r",\s+(?:and|but)\s+(?:[Tt]he\s+)?$")
#: a name in apposition to a description, right before a cue (``Its operator, Nordic Box
#: Lines, denied``): the name is the subject, as it identifies best
_APPOSITIVE_NAME = regex.compile(r"(?<=\p{Ll}),\s+(?:\p{Lu}[\p{L}.]*-based\s+)?(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}),\s*$")


#: the kinds of place that stand for their country before a body's head: a seat of
#: government (``Seoul's foreign ministry``: South Korea's); a city, state or region has
#: bodies of its own (``Lublin provincial police``), and a people's adjective already says
#: whose body it is, written as the outlet wrote it (``the Finnish government``)
_STANDS_FOR_COUNTRY = frozenset({"capital"})


#: up to three words after a people's adjective: the first body's head among them ends a
#: body's name (`` Defence Ministry``, `` border service``)
_WORDS_AFTER_ADJECTIVE = regex.compile(r"(?:[ ]+(?P<word>\p{L}[\p{L}-]*)(?![\p{L}'’-])){1,3}")


@per_vocabulary
def _local_government() -> regex.Pattern[str]:
    """A capitalised unit of local government right after a place's name (``cues.json``
    ``local_government_units``: ``Nairobi County``, ``Lagos State``)."""
    units = alternation(cue_data()["local_government_units"])
    return regex.compile(r"\s+(?:" + units + r")(?![\p{L}\p{N}'’-])")


def source_name(text: str, a: Actor) -> tuple[str, str, int]:
    """Canonical source for an actor mention, with a role tail (``Seoul's foreign ministry``,
    ``Kazakhstan's energy ministry``: a lower-case word or two and a body's head)."""
    if a.kind == "person":
        return a.name, "person", a.end
    local = _local_government().match(text, a.end, min(len(text), a.end + 20)) if a.is_place else None
    if local is not None:
        return text[a.start:local.end()], "government", local.end()  # "Nairobi County": not Kenya
    tail = patterns()["np_tail"].match(text, a.end, min(len(text), a.end + 40))
    if a.kind == "demonym" and tail is None:
        named = match_ahead(_WORDS_AFTER_ADJECTIVE, text, a.end)
        words = list(zip(named.captures("word"), named.ends("word"), strict=True)) if named is not None else []
        for head, end in words:
            if is_body_head(head):
                # "the Tajik Defence Ministry", "the Kyrgyz border service": the body, as written
                return text[a.start:end], "government", end
    kind = {"capital": "country", "city": "country", "state": "country", "region": "country",
            "demonym": "country"}.get(a.kind, a.kind)
    if tail:
        # named as written when the text names the owner itself ("Kazakhstan's energy ministry")
        # or a place with bodies of its own ("Lublin provincial police", never "Poland
        # provincial police") or by a people's adjective ("Finnish government"), by the
        # owner's name when a seat stands for it ("Seoul's": "South Korea foreign ministry")
        stands_for = a.kind in _STANDS_FOR_COUNTRY and text[a.start:a.end] != a.name
        name = f"{a.name} {tail.group(1).lower()}" if stands_for else text[a.start:tail.end()]
        return name, "government" if "media" not in tail.group(1).lower() else "outlet", tail.end()
    return a.name, kind, a.end


#: a source read for a cue: its name, its kind and where the text names it
Subject = tuple[str | None, str | None, tuple[int, int] | None]


def cue_subject(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[Candidate]) -> Subject:
    """The source of a cue at ``pos``: the nearest actor before it in its clause, a
    resolved pronoun, or "both nations" resolved from the allegation being answered."""
    p = patterns()
    lo, pos = _clause_before(text, pos, sent)
    both = _both_subject(text, lo, pos, sent, actors, cands)
    if both is not None:
        return both
    near = [a for a in actors.between(lo, pos) if not is_locative(text, lo, a) and not _agent(text, lo, a.start)]
    np = p["np_subject"].search(text, max(lo, pos - 80), pos)
    if np is not None and _agent(text, lo, np.start()):
        np = None  # "executives charged by the Serious Fraud Office have denied": no subject
    if near and np is not None and near[-1].end <= np.start():
        return np.group("np"), "organisation", np.span("np")  # "..., a charge the government denied"
    if near:
        return _actor_subject(text, lo, pos, near)
    named = named_by_head(text, lo, pos, sent, actors)
    if named is not None:
        return named
    return _subject_without_actor(text, lo, pos, sent, actors, np)


#: a definite noun that is the whole of a cue's clause before it (``the county denies``)
_DEFINITE_HEAD = regex.compile(r"(?:the|its)\s+(?P<head>\p{Ll}{3,})" + BETWEEN + r"\s*")


def named_by_head(text: str, lo: int, pos: int, sent: Span, actors: ActorIndex) -> Subject | None:
    """``Traders accused Nairobi County of starting the fire, a charge the county denies``:
    a definite noun that is a whole clause's subject and the last word of a name given
    before it in the sentence stands for that name (the latest such; the reference is the
    noun, where the clause is), or None."""
    m = _DEFINITE_HEAD.fullmatch(text, lo, pos)
    if m is None or lo <= sent.start:
        return None
    head = m.group("head")
    for a in reversed(actors.between(sent.start, lo)):
        name, kind, end = source_name(text, a)
        if a.end <= lo and text[a.start:end].split()[-1].lower() == head:
            return name, kind, (m.start(), m.end("head"))
    return None


#: a passive participle and ``by`` right before a phrase: the phrase is its agent
_AGENT_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the\s+)?$")


def _agent(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` is the agent of a participle in the cue's clause
    (``The three executives charged by the Serious Fraud Office have denied``): who did
    that is never who speaks."""
    return _AGENT_BEFORE.search(text, max(lo, start - 30), start) is not None


def _clause_before(text: str, pos: int, sent: Span) -> tuple[int, int]:
    """Where the cue's subject may lie: from the last clause break before the cue (at most
    300 characters back) to the cue, or to the aside between them."""
    lo = max(sent.start, pos - 300)
    for b in _BREAK.finditer(text, lo, pos):
        lo = b.end()
    trailing = _TRAILING_ASIDE.search(text, lo, pos)
    if trailing is not None:
        pos = trailing.start()
    rel = _RELATIVE_SUBJECT.search(text, lo, pos)
    if rel is not None:
        lo = rel.end()  # "..., which Harcourt Group again rejected": the relative clause's own subject
    charged = patterns()["charge_subject"].search(text, lo, pos)
    if charged is not None:
        lo = charged.end()  # "..., an accusation Kestra Group has rejected": the same, after a charge noun
    named = _APPOSITIVE_NAME.search(text, lo, pos)
    if named is not None:
        return lo, named.end("name")  # "Its operator, Nordic Box Lines, denied": the name
    aside = _RELATIVE_ASIDE.search(text, lo, pos) or _APPOSITIVE_ASIDE.search(text, lo, pos) or \
        _PARTICIPLE_ASIDE.search(text, lo, pos)
    if aside is not None:
        pos = aside.start()  # "The health board, which runs the hospital, rejected": its subject is before
    return lo, pos


def aside_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The span of a relative, appositive or participle aside right before a cue at ``pos``
    in a clause from ``lo`` (``Rahmat Hidayat, a member of ..., alleged``), or None."""
    aside = _RELATIVE_ASIDE.search(text, lo, pos) or _APPOSITIVE_ASIDE.search(text, lo, pos) or \
        _PARTICIPLE_ASIDE.search(text, lo, pos)
    return aside.span() if aside is not None else None


def _both_subject(text: str, lo: int, pos: int, sent: Span, actors: ActorIndex,
                  cands: Sequence[Candidate]) -> Subject | None:
    """``both nations`` right before the cue: the two parties it stands for (:func:`both_parties`)."""
    both = None
    for bm in patterns()["both"].finditer(text, lo, pos):
        both = bm
    if both is not None and pos - both.end() < 30:
        pair = both_parties(text, both.start(), sent, actors, cands)
        if pair:
            return pair, "country", both.span()
    return None


#: lower-case words after a people's adjective up to the cue (``British <boxing promoter>
#: on Friday denied``)
_DEMONYM_NP = regex.compile(r"(?P<np>(?:\s+\p{Ll}[\p{Ll}-]{1,40}){1,3}?)" + BETWEEN + r"\s*")


def _described_by_demonym(text: str, lo: int, a: Actor, end: int, pos: int) -> int | None:
    """Where the noun phrase ends that a people's adjective opening the clause qualifies,
    when it runs up to the cue (``A British boxing promoter denied``): the phrase is who
    denies, not the country; ``None`` when its words are no noun phrase."""
    if a.kind != "demonym" or not OPENING.fullmatch(text, lo, a.start):
        return None
    m = _DEMONYM_NP.fullmatch(text, end, pos)
    if m is None:
        return None
    words = m.group("np").split()
    if any(w in FUNCTION_WORDS or w in NOT_NP or w.endswith(("ly", "ed")) for w in words):
        return None
    np_end: int = m.end("np")
    return np_end


def _actor_subject(text: str, lo: int, pos: int, near: Sequence[Actor]) -> Subject:
    """The source when an actor stands in the cue's clause: the last one, read with what
    names it with it (a pair, a qualified body, a body named after its place, the head of
    ``X of Y`` or of ``X in Y``)."""
    p = patterns()
    a = near[-1]
    qualified = _name_with_place(text, lo, a, pos)
    if qualified is not None:
        return qualified  # "Hoshino Motor (Thailand) denied": the firm, not Thailand
    named = _name_after_description(text, a, pos)
    if named is not None:
        return named  # "Japanese owner Hoshino Kisen has rejected": the name, not Japan
    # "both Moscow and Pyongyang"
    if len(near) >= 2 and _AND.fullmatch(text, near[-2].end, a.start) and \
            p["both_x_y"].search(text, max(0, near[-2].start - 6), near[-2].start):
        names = sorted({near[-2].name, a.name})
        return " and ".join(names), "country", (near[-2].start, a.end)
    joined = _joined_parties(text, lo, a, near)
    if joined is not None:
        return text[joined[0]:joined[1]], "organisation" if a.kind != "person" else "group", joined
    modified = _modified_body(text, lo, a)
    if modified is not None:
        return text[modified[0]:modified[1]], source_name(text, a)[1], modified  # "the Tajik Defence Ministry"
    role = _possessed_role(text, a, pos)
    if role is not None:
        return role  # "Bolivia's deputy health minister denied": the minister, of Bolivia
    group = possessed_group(text, a.end, pos) if a.kind == "person" else None
    if group is not None:
        return text[a.start:group], "group", (a.start, group)  # "Temirov's supporters say"
    name, kind, end = source_name(text, a)
    tail = p["name_np_tail"].fullmatch(text, end, pos) or _body_of_place(text, a, end, pos)
    if tail is not None and a.kind != "person" and OPENING.fullmatch(text, lo, a.start):
        return text[a.start:tail.end("head")], "organisation", (a.start, tail.end("head"))
    body = _body_around_place(text, a, end, lo, pos)
    if body is not None:
        return text[body[0]:body[1]], "organisation", body  # "The Bank of England rejected"
    described = _described_by_demonym(text, lo, a, end, pos)
    if described is not None:
        return text[a.start:described], "organisation", (a.start, described)  # "A British boxing promoter denied"
    wide = of_head(text, lo, a.start)
    if wide is not None:
        return text[wide:end], "group", (wide, end)  # "Relatives of Tomás Ruiz said"
    head = locative_head(text, lo, a.start)
    if head is not None:
        return text[head[0]:head[1]], "group", head  # "A community leader in Gidan Bakwai said"
    return name, kind, (a.start, end)


#: a possessive and a person's role up to the cue (``Bolivia's deputy health minister denied``)
_POSSESSED_ROLE = regex.compile(r"['’]s\s+(?P<role>(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)" + BETWEEN + r"\s*")
#: actor kinds that are places: a role they possess is held by a person of theirs
_PLACES = frozenset({"country", "capital", "city", "state", "region"})


#: a possessive and a plural noun up to the cue (``Temirov's supporters say``)
_POSSESSED_PLURAL = regex.compile(r"['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?P<noun>\p{Ll}[\p{Ll}-]*[^s\W]s)" + BETWEEN + r"\s*")


def possessed_group(text: str, end: int, pos: int) -> int | None:
    """``Temirov's supporters say``: a person's possessive (ending at ``end``) and a plural
    noun right before the cue at ``pos`` name a group of people around the person, who are
    not the person: the group's end, or None. The person's lawyers and spokespeople speak
    for them and are read elsewhere."""
    m = _POSSESSED_PLURAL.fullmatch(text, end, pos)
    if m is None:
        return None
    d = cue_data()
    if m.group("noun") in d["legal_representatives"] or m.group("noun") in d["representatives"]:
        return None
    end_noun: int = m.end("noun")
    return end_noun


def _possessed_role(text: str, a: Actor, pos: int) -> Subject | None:
    """``Bolivia's deputy health minister denied``: a place's possessive and a person's
    role right before the cue name the role's holder (``deputy health minister of
    Bolivia``), not the place; a body's head there is read elsewhere (``Kazakhstan's
    energy ministry``)."""
    if a.kind not in _PLACES:
        return None
    m = _POSSESSED_ROLE.fullmatch(text, a.end, pos)
    if m is None or not is_role(m.group("role")):
        return None
    return f"{m.group('role')} of {a.name}", None, (a.start, m.end("role"))


def _subject_without_actor(text: str, lo: int, pos: int, sent: Span, actors: ActorIndex,
                           np: regex.Match[str] | None) -> Subject:
    """The source when no actor stands in the cue's clause: a pronoun's person, a common
    noun naming a body, a capitalised name opening the clause, an unnamed source
    (``officials``), a quantifier's group, else the noun phrase opening the clause."""
    p = patterns()
    pron = p["he_she"].search(text, lo, pos)
    if pron:
        prior = actors.persons_before(pron.start(), pron.start() - 1500)
        if prior:
            return prior[-1].name, "person", pron.span()
    if np is not None:
        return np.group("np"), "organisation", np.span("np")
    body = _body_subject(text, lo, pos)
    if body is not None:
        return text[body[0]:body[1]], "organisation", body  # "The Ministry of Health denied"
    admin = p["admin_of_subject"].search(text, max(lo, pos - 80), pos)
    if admin is not None:
        return admin.group("np"), "organisation", admin.span("np")  # "The province of Gelderland denied"
    whole = p["clause_name"].fullmatch(text, lo, pos)
    first = whole.group("np").split()[0].lower() if whole is not None else ""
    if whole is not None and first not in FUNCTION_WORDS and first not in cue_data()["unnamed"]:
        return whole.group("np"), "organisation", whole.span("np")  # "..., a charge Atlântica Terminais again denied"
    nm = p["name_subject"].search(text, max(lo, pos - 60), pos)
    if nm is not None and nm.group("np").lower() not in FUNCTION_WORDS and \
            nm.group("np").lower() not in cue_data()["unnamed"] and \
            (nm.start() == sent.start or text[max(0, nm.start() - 4):nm.start()].rstrip()[-1:] in ".;:,\n"
             or _COORDINATED_CLAUSE.search(text, max(0, nm.start() - 12), nm.start()) is not None):
        return nm.group("np"), "organisation", nm.span("np")
    served = _place_body(text, lo, pos)
    if served is not None:
        return text[served[0]:served[1]], "organisation", served  # "Chandpur police denied"
    described = _described_name(text, lo, pos)
    if described is not None:
        return described  # "Korean carmaker Daehan Motors has rejected"
    last = None
    for m in p["unnamed"].finditer(text, lo, pos):
        last = m
    if last is not None:
        wide = of_head(text, lo, last.start())
        if wide is not None:
            return text[wide:last.end()], "group", (wide, last.end())
        served = _place_body(text, lo, last.end())
        if served is not None:  # "Chandpur police filed a case ..., accusing": the clause's subject
            return text[served[0]:served[1]], "organisation", served
        owner = _named_owner(text, lo, last.start())
        if owner is not None:  # "TANGEDCO officials denied": the body's officials, not anyone's
            return text[owner:last.end()], "organisation", (owner, last.end())
        label = cue_data()["unnamed"][last.group().lower()]
        return label, "unnamed", last.span()
    group = _group_before(text, lo, pos)
    if group is not None:
        return text[group[0]:group[1]], "group", group
    found = clause_np(text, lo, pos)
    return found if found[0] is not None else _joined_clause_subject(text, lo, pos)


#: a second clause joined by ``and``/``but``, its subject a definite common noun phrase
#: right before the cue (``..., and the curators deny that``)
_JOINED_CLAUSE_NP = regex.compile(r"(?<![\p{L}])(?:and|but)\s+(?:the|its|their)\s+"
                                  r"(?P<np>(?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}\p{Ll}[\p{Ll}'’-]{2,})" + BETWEEN + r"\s*$")


def _joined_clause_subject(text: str, lo: int, pos: int) -> Subject:
    """The subject of a clause joined to the one before by ``and``/``but`` (``The ministry
    said the show offended believers, and the curators deny that``): a definite common noun
    phrase right before the cue, when nothing else in the clause is its subject."""
    m = _JOINED_CLAUSE_NP.search(text, max(lo, pos - 80), pos)
    if m is None or any(w in FUNCTION_WORDS or w in NOT_NP or w.endswith("ly") for w in m.group("np").split()):
        return None, None, None
    return m.group("np"), "group", m.span("np")


#: a capitalised name and lower-case words opening the clause right before the cue
#: (``Chandpur district police``, ``The Hamburg prosecutor's office``)
_NAME_THEN_COMMON = regex.compile(r"(?P<np>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}"
                                  r"(?P<common>(?:\s+\p{Ll}[\p{Ll}'’-]*){1,3}))" + BETWEEN + r"\s*")


#: capitalised words right before an unnamed source's noun (``TANGEDCO officials``)
_OWNER_WORDS = regex.compile(r"(?P<np>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+")


def _named_owner(text: str, lo: int, start: int) -> int | None:
    """Where a name opening the clause right before an unnamed source's noun starts
    (``TANGEDCO officials``, ``Harbour Bank officials``): whose officials they are. A lone
    word opening a sentence is a name only in capitals or when the text writes it
    capitalised inside a sentence too (not ``Senior officials``)."""
    opening = OPENING.match(text, lo, start)
    m = _OWNER_WORDS.fullmatch(text, opening.end() if opening is not None else lo, start)
    if m is None or m.group("np").split()[0].lower() in FUNCTION_WORDS:
        return None
    np = m.group("np")
    at: int = m.start()
    if " " in np or np.isupper() or not opens_sentence(text, at):
        return at
    return at if written_mid_sentence(np, (text,)) else None


def _place_body(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """A name no gazetteer knows before the head of a public body that serves a place,
    opening the cue's clause (``Chandpur police denied``): the name says whose body it is,
    so the whole phrase is the party, not the bare head (``police``)."""
    opening = OPENING.match(text, lo, pos)
    start = opening.end() if opening is not None else lo
    m = _NAME_THEN_COMMON.fullmatch(text, start, pos)
    if m is None or not ends_in_public_head(m.group("common")):
        return None
    if text[m.start("np"):m.start("common")].split()[0].lower() in FUNCTION_WORDS:
        return None
    s, e = m.span("np")
    return s, e


#: a description opening the clause right before a name (``Japanese owner``, ``The
#: Berlin-based watchdog``): a determiner, up to two words and a lower-case noun
_DESCRIPTION = regex.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?P<head>\p{Ll}[\p{Ll}-]{2,})\s+", regex.I)


#: lower-case description words between a place's adjective and a name (`` owner ``)
_DESCRIPTION_AFTER = regex.compile(r"(?:\s+[\p{Ll}-]{3,}){1,2}\s+")
#: capitalised words up to the cue (an auxiliary or adverb between: ``BETWEEN``)
_NAME_TO_CUE = regex.compile(r"(?P<np>\p{Lu}[\p{L}&.'’-]{1,40}(?:\s+\p{Lu}[\p{L}&.'’-]{1,40}){0,3})" + BETWEEN + r"\s*")


#: a capitalised name, then an opening bracket, ending where a place in brackets begins
_NAME_BEFORE_BRACKET = regex.compile(r"(?<![\p{L}\p{N}'’&.-])(?P<np>\p{Lu}[\p{L}&.'’-]{0,40}(?:\s+\p{Lu}[\p{L}&.'’-]{0,40}){0,4})\s*\($")
#: the closing bracket after the place, a company suffix or two (``Bhd``, ``Ltd``), up to the cue
_BRACKET_TO_CUE = regex.compile(r"\)(?P<tail>(?:\s+\p{Lu}[\p{L}.]{0,10}){0,2})" + BETWEEN + r"\s*")


def _name_with_place(text: str, lo: int, a: Actor, pos: int) -> Subject | None:
    """A place in brackets inside a name (``Hoshino Motor (Thailand)``, ``Kelvar Foods
    (Malaysia) Bhd``) names the firm's local arm: the whole name is the subject."""
    if not a.is_place:
        return None
    before = _NAME_BEFORE_BRACKET.search(text, max(lo, a.start - 60), a.start)
    after = _BRACKET_TO_CUE.fullmatch(text, a.end, pos)
    if before is None or after is None:
        return None
    end = after.end("tail") if after.group("tail") else a.end + 1
    return text[before.start("np"):end], "organisation", (before.start("np"), end)


def _name_after_description(text: str, a: Actor, pos: int) -> Subject | None:
    """A place or people's adjective opening a description of the name right before the
    cue (``Japanese owner Hoshino Kisen``, ``Swiss watchdog Public Eye``): the name is the
    subject; the adjective only says where it is from."""
    if not (a.is_place or a.kind == "demonym"):
        return None
    gap = _DESCRIPTION_AFTER.match(text, a.end, pos)
    nm = _NAME_TO_CUE.fullmatch(text, gap.end(), pos) if gap is not None else None
    if gap is None or nm is None or not _described(text, a.start, nm.start()):
        return None
    return nm.group("np"), "organisation", nm.span("np")


#: words that make the words before a name a phrase with its own object (``Farmers around
#: Lake Tamar``), not a description of the name
_PREPOSITIONS = frozenset({"of", "for", "with", "on", "by", "about", "over", "under", "against", "among", "between",
                           "to", "into", "after", "before", "beside", "along", "behind", "beyond", "within"})
_WORD_CAPITAL = regex.compile(r"(?<=\s)\p{Lu}")


def _described_name(text: str, lo: int, pos: int) -> Subject | None:
    """A name right before the cue whose clause opens with a description of it
    (``Korean carmaker Daehan Motors has rejected``, ``consumer group FairBill said``)."""
    for cap in _WORD_CAPITAL.finditer(text, lo, pos):
        nm = _NAME_TO_CUE.fullmatch(text, cap.start(), pos)
        if nm is not None and _described(text, lo, cap.start()):
            return nm.group("np"), "organisation", nm.span("np")
    return None


def _described(text: str, lo: int, start: int) -> bool:
    """A name whose clause opens with a description of it (``Japanese owner Hoshino Kisen
    has rejected``, ``consumer group FairBill said``): the name is the subject, the
    description only says what it is; no verb form or function word is such a head."""
    m = _DESCRIPTION.fullmatch(text, lo, start)
    if m is None:
        return False
    head = m.group("head")
    words = text[lo:start].lower().split()
    return head[:1].islower() and not head.endswith(("ed", "ing", "ly")) and head not in FUNCTION_WORDS and \
        not any(w in NOT_NP or w in cue_stances() or w in _PREPOSITIONS or w in cue_data()["locative_preps"]
                for w in words)


#: capitalised words right before a body's name that qualify it (``the Kyrgyz Defence
#: Ministry``, ``Tajikistan's Foreign Ministry``): one or two, each may be a possessive,
#: singular or plural (``the United Teachers' Congress``: a union, not the known ``Congress``)
_MODIFIER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<mod>\p{Lu}[\p{L}-]*(?:['’]s|(?<=s)['’])?"
                                 r"(?:\s+\p{Lu}[\p{L}-]*(?:['’]s|(?<=s)['’])?)?)\s+$")
#: names joined by ``and`` before the last one (``Harlow and Bramwell denied``; after a
#: list's comma, ``Harlow, Oakes, and Bramwell denied``)
_JOINED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<first>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})"
                               r"(?P<comma>,)?\s+and\s+$")
#: a name and the comma after it, before a list's later names (``Harlow, Oakes and Bramwell``)
_LISTED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?P<item>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}),\s+$")
#: the most names of a list read before its last two
_LISTED_NAMES = 4
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
    if not OPENING.fullmatch(text, lo, start) and _RELATIVE_OPENING.search(text, max(lo, start - 12), start) is None:
        return None
    return start, a.end


def _joined_parties(text: str, lo: int, a: Actor, near: Sequence[Actor]) -> tuple[int, int] | None:
    """Names joined by ``and`` opening the clause (``Harlow and Bramwell denied the
    claim``, ``Harlow, Oakes and Bramwell denied``): all speak, so the source is the whole
    list, not the last name alone."""
    if a.is_place or a.kind == "demonym":
        return None
    m = _JOINED_BEFORE.search(text, max(lo, a.start - 60), a.start)
    if m is None or m.group("first").split()[0].lower() in _NOT_MODIFIER:
        return None
    first = _list_start(text, lo, m.start("first"), near)
    if (m.group("comma") and first == m.start("first")) or not OPENING.fullmatch(text, lo, first):
        return None  # "The board met, and Bramwell denied": a clause's comma, no list
    return first, a.end


def _list_start(text: str, lo: int, start: int, near: Sequence[Actor]) -> int:
    """Where a list of names ends at ``start`` with a comma (``Harlow, Oakes and``): back
    over each name before a comma that ends where a known actor, not a place, ends (so
    ``Yesterday, Oakes and Bramwell`` and ``In Leeds, Oakes and Bramwell`` list no more);
    ``start`` when none does."""
    ends = {b.end: b.start for b in near if not b.is_place and b.kind != "demonym"}
    for _ in range(_LISTED_NAMES):
        m = _LISTED_BEFORE.search(text, max(lo, start - 60), start)
        if m is None or m.end("item") not in ends or ends[m.end("item")] < m.start("item") \
                or m.group("item").split()[0].lower() in _NOT_MODIFIER:
            break
        start = m.start("item")
    return start


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
    e = _name_right_end(text, e, pos)
    if (s, e) == (a.start, a.end) or _ASIDE_THEN_BETWEEN.fullmatch(text[e:pos]) is None:
        return None
    return s, e


#: the body's acronym in brackets right after its name (``... Department (IMD) said``)
_ACRONYM_ASIDE = r"(?:\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,11}\))?"
#: an acronym in brackets, then what may stand between a name and its cue, and nothing else
_ASIDE_THEN_BETWEEN = regex.compile(_ACRONYM_ASIDE + BETWEEN + r"\s*")


def _body_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """A body's name that holds a connector (``Ministry of Health``, ``Department for
    Transport``: ``newskit.body_names``) ending right before the cue, as an actor would
    (``The Ministry of Health denied``, ``A spokesman for the Ministry of Health denied``):
    the subject no capitalised-name pattern reads whole; never a participle's agent."""
    bodies = body_names(text, calendar_words())
    i = bisect.bisect_left(bodies, (lo, 0))
    while i < len(bodies) and bodies[i][0] < pos:
        s, e = bodies[i]
        if e <= pos and _ASIDE_THEN_BETWEEN.fullmatch(text, e, pos) and not _agent(text, lo, s):
            return s, e
        i += 1
    return None


def _name_right_end(text: str, e: int, pos: int) -> int:
    """Where a capitalised name running right from ``e`` ends before ``pos``: over its
    capitalised words and over a body's name that holds a connector (``Kenya's Ministry of
    Health``, ``newskit.body_names``)."""
    bodies = body_names(text, calendar_words())
    while True:
        m = _NAME_RIGHT.match(text, e, pos)
        if m is None:
            return e
        e = m.end()
        i = bisect.bisect_right(bodies, (e, len(text) + 1)) - 1
        if i >= 0 and bodies[i][0] < e < bodies[i][1] <= pos:
            e = bodies[i][1]


def _body_of_place(text: str, a: Actor, end: int, pos: int) -> regex.Match[str] | None:
    """``The Spanish football federation said ..., rejecting the complaint``: a demonym or
    place opening a noun phrase whose head names a body only qualifies it, however far the
    cue; the noun phrase must end there (a comma, a verb or the cue follows)."""
    if a.is_place is False and a.kind != "demonym":
        return None
    m = patterns()["name_np_tail"].match(text, end, pos)
    if m is None or text[m.end("head"):m.end("head") + 1].isalpha():
        return None
    return m


def locative_head(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The head before a locative preposition that opens the clause of a name or phrase at
    ``start`` (``Nurses at two hospitals``, ``A community leader in Gidan Bakwai``): who
    speaks is the head, the place only where."""
    m = patterns()["loc_head"].search(text, max(lo, start - 50), start)
    if m is None or not OPENING.fullmatch(text, lo, m.start()):
        return None
    words = m.group("head").lower().split()
    if any(w in FUNCTION_WORDS or w in NOT_NP or w in cue_data()["np_participles"] for w in words):
        return None  # "A complaint lodged in Paris": the participle phrase is read by _clause_np
    s, e = m.span("head")
    if len(words) == 2 and words[1].endswith("ing"):
        e = s + len(m.group("head").split()[0])  # "A nurse working at a clinic": the nurse
    return s, e


def _group_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """``Parents gathered outside. Several accused the army``: a quantifier opening the
    cue's clause stands for the plural noun opening the sentence before it."""
    p = patterns()
    if p["quantifier"].fullmatch(text[lo:pos].strip()) is None:
        return None
    gap = None
    for g in SENTENCE_GAP.finditer(text, max(0, lo - 400), lo):
        gap = g
    if gap is None:
        return None
    prev = max([0] + [g.end() for g in SENTENCE_GAP.finditer(text, max(0, gap.start() - 400), gap.start())])
    m = p["group_opening"].match(text, prev, gap.start())
    if m is None or m.group("noun").lower() in FUNCTION_WORDS or m.group("noun").lower() in NOT_NP:
        return None
    s, e = m.span("noun")
    return s, e


def is_locative(text: str, lo: int, a: Actor) -> bool:
    """Whether a place actor is only where something happened (``filed in Chicago``,
    ``off Masbate``) or where a body is based (``Greece-based Meridian Tankers``): after a
    locative preposition or before ``-based``, it is never a claim's source."""
    return a.is_place and (patterns()["locative"].search(text, max(lo, a.start - 12), a.start) is not None
                           or match_ahead(_BASED, text, a.end) is not None)


#: ``Greece-based Meridian Tankers``: the place says where the name after it is based
_BASED = regex.compile(r"-based(?![\p{L}])")


def of_head(text: str, lo: int, start: int) -> int | None:
    """Where the source phrase really starts when the name at ``start`` is the Y of a
    clause-opening ``X of Y`` with a plural head (``Relatives of the victims``,
    ``Lawyers for the family``, ``Monitors from the African Union``): the source is the
    whole phrase, whose head is X."""
    m = patterns()["of_head"].search(text, max(lo, start - 60), start)
    if m is None or not OPENING.fullmatch(text, lo, m.start()):
        return None
    head = m.group("head").split()[-1].lower()
    return None if head in FUNCTION_WORDS else m.start("head")


def clause_np(text: str, lo: int, pos: int) -> Subject:
    """A common-noun phrase opening the cue's clause and ending right before it
    (``Families of the miners accused``, ``A class action filed in Denver accuses``):
    its words (but a sentence-initial capital) are lower case, its participle phrase
    (``filed in Denver``) is left out of the source."""
    m = patterns()["clause_np"].fullmatch(text, lo + len(text[lo:pos]) - len(text[lo:pos].lstrip()), pos)
    if m is None:
        return None, None, None
    np = m.group("np")
    words = np.split()
    if any(w[:1].isupper() for w in words[1:]) or words[-1].lower() in FUNCTION_WORDS or \
            words[0].lower() in FUNCTION_WORDS or any(w.lower() in NOT_NP for w in words):
        return None, None, None
    return np, "group", m.span("np")


def both_parties(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[Candidate]) -> str | None:
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


def actor_after(text: str, pos: int, actors: ActorIndex) -> Subject:
    """The actor right after ``pos`` (within six characters): the agent after ``by``,
    the source after ``according to``."""
    for a in actors.between(pos, pos + 200):
        if pos <= a.start <= pos + 6:
            name, kind, end = source_name(text, a)
            return name, kind, (a.start, end)
    return None, None, None


def coordinated_subject(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[Candidate],
                        live: frozenset[str]) -> Subject:
    """The subject a verb after ``and`` or ``but`` shares with the cue before it in its
    sentence (``The agency said the road had been inspected and dismissed the claims as
    unfounded``, ``The commander said ..., but rejected the union's claim that ...``)."""
    if not _AND_BEFORE.search(text, max(sent.start, pos - 7), pos):
        return None, None, None
    first = next((m for m in scan("cue", text, sent, live) if m.end() < pos), None)
    if first is None:
        return None, None, None
    return cue_subject(text, first.start(), sent, actors, cands)


_AND_BEFORE = regex.compile(r"[\s,](?:and|but)\s+$")


def clause_subject(text: str, pos: int, sent: Span, actors: ActorIndex, cands: Sequence[Candidate]) -> Subject:
    """The subject opening the main clause after ``pos`` (``Denying ..., both countries
    insist ...``): "both/the two <nouns>" or an actor right there; never an actor further
    on (the object of ``abide by`` is no denier)."""
    start = pos
    while start < sent.end and text[start] in " ,\t":
        start += 1
    both = patterns()["both"].match(text, start, sent.end)
    if both is not None:
        pair = both_parties(text, both.start(), sent, actors, cands)
        if pair:
            return pair, "country", both.span()
    return actor_after(text, start, actors)
