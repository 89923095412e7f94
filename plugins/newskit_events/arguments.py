"""A trigger's arguments read from local patterns around it: who takes part (possessives,
premodifiers, objects, "by"/"with" phrases, the subject of its clause, a pronoun's
antecedent) and where it happens ("in"/"at" places), never the source of a statement
about it."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newskit import Span
from newskit.actors import Actor, ActorIndex
from newskit.text import match_ahead
from newskit.textlayer import dateline_end
from newskit_events.lexicon import lexicon
from newskit_events.mention import CLAUSE_BREAK, NOT_OBJECT, WORD, Trigger

__all__ = ["read_arguments"]

_POSS_GAP = regex.compile(r"['’]s?(?:\s+[\p{Ll}][\p{L}-]*){0,3}\s+$")
_PRONOUN_BEFORE = regex.compile(r"(?<![\p{L}])(his|her|its|their)(?:\s+[\p{Ll}][\p{L}-]*){0,3}\s+$", regex.I)
_SUBJ_PRONOUN = regex.compile(r"(?<![\p{L}])(he|she)\s+(?:[\p{Ll}][\p{L}'’-]*\s+){0,3}$", regex.I)
_PREP_AFTER = regex.compile(r"^(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}-]*){0,4}?\s+(to|in|at|into|inside|of|from|near)\s+(?:the\s+)?"
                         r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural|downtown)\s+)?$")
_BY_AFTER = regex.compile(r"^(?:\s+[\p{Ll}][\p{L}-]*){0,2}?\s+(by|with|between)\s+(?:the\s+)?$")
#: a verb's object named with a role before the name: "fired *coach* Paulo Duarte"
_ROLE_GAP = regex.compile(r"\s+(?:(?:the|its|their|his|her)\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,2}")
#: classes whose verbs act on a person named as their object
_ROLE_OBJECT = frozenset({"personnel", "legal", "crime", "violence", "award"})
_DIRECT_OBJ = regex.compile(r"^\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$")
_PREMOD_GAP = regex.compile(r"^(?:['’]s)?\s+(?:[\p{Ll}][\p{L}-]*\s+){0,1}$")
_AND_GAP = regex.compile(r"^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:to\s+|in\s+)?$")
_TO_BEFORE = regex.compile(r"\bto\s+(?:the\s+)?$")
#: classes whose participants are any named party (companies, teams, states), not only persons
_PARTIES = frozenset({"business", "change", "legal", "contest", "agreement", "conflict", "violence", "meeting",
                      "invitation"})
_PLACE_FOR = frozenset({"movement", "meeting", "conflict", "disaster", "political", "violence",
                        "legal", "agreement", "contest", "invitation", "business"})
#: how far (characters) arguments are looked for around a trigger
_WINDOW = 60


def _place_list(actors: Sequence[Actor], idx: int, text: str) -> list[Actor]:
    """The place at ``actors[idx]`` and any places coordinated after it ("North Korea and Vietnam")."""
    got = [actors[idx]]
    j = idx
    while j + 1 < len(actors) and actors[j + 1].is_place and _AND_GAP.match(
            text[actors[j].end:actors[j + 1].start]):
        j += 1
        got.append(actors[j])
    return got


def read_arguments(text: str, m: Trigger, index: ActorIndex, sent: Span) -> None:
    """Fill ``m.who`` and ``m.places`` from the actors around it in its sentence: before it
    (possessive, premodifier, "to PLACE" of a trip), after it (prepositional phrases, a
    verb's object), then the subject of its clause or a pronoun's antecedent; sources of a
    statement about it are dropped. A wire dateline (``ADDIS ABABA (AFP) -``) is no part
    of the sentence: where the copy was filed takes no part in what it tells."""
    body = dateline_end(text, sent.start, sent.end)
    if body != sent.start:
        sent = Span(start=body, end=sent.end)
    actors = index.actors
    lo, hi = max(sent.start, m.start - _WINDOW * 2), min(sent.end, m.end + _WINDOW)
    before = [i for i in index.index_range(lo, m.start) if actors[i].end <= m.start]
    after = [i for i in index.index_range(m.end, hi) if actors[i].end <= hi]
    who: list[Actor] = []
    places: list[Actor] = []
    _premodifiers(text, m, [actors[i] for i in reversed(before)], who, places)
    for i in after:
        if not _after_one(text, m, actors, i, who, places):
            break
    if not places and m.cls == "movement" and not m.verb:
        places.extend(_destination_before(text, m, [actors[i] for i in reversed(before)], sent))
    if m.cls == "meeting" and who and m.verb:
        # "Kim ... visited Russia, meeting Putin": the subject takes part too
        subj = [a for a in index.between(max(sent.start, m.start - 400), m.start) if a.kind == "person"]
        if subj and all(subj[-1].name != a.name for a in who):
            who.append(subj[-1])
    if not any(a.kind == "person" for a in who):
        who.extend(_subject(text, m, index, sent, who, places))
    if not places and m.cls in _PLACE_FOR and m.cls != "transfer" and _PARTICIPLE_AFTER_COMMA.search(
            text, max(sent.start, m.start - 30), m.end):
        places.extend(_place_before(text, m, [actors[i] for i in reversed(before)], sent))
    m.who = () if m.cls in _NO_AGENT else tuple(a for a in who if not _is_source(text, a, m))
    m.places = tuple(places)


def _premodifiers(text: str, m: Trigger, nearest_first: Sequence[Actor], who: list[Actor],
                  places: list[Actor]) -> None:
    """A possessive ("Putin's visit", "Moscow's war": the agent) or premodifiers of a noun
    ("his North Korea visit": a place of the classes that take one, else a party)."""
    for a in nearest_first:
        gap = text[a.end:m.start]
        if gap[:1] in "'’" and _POSS_GAP.match(gap):
            who.append(a)
            return
        if m.verb or not _PREMOD_GAP.match(gap) or a.kind == "person":
            return
        if a.is_place and m.cls in _PLACE_FOR and m.cls != "transfer":
            places.append(a)
        else:
            who.append(a)


def _after_one(text: str, m: Trigger, actors: Sequence[Actor], i: int, who: list[Actor],
               places: list[Actor]) -> bool:
    """Read the actor ``actors[i]`` after the trigger as its argument ("to North Korea", "by
    Kim Jong Un", "with Kim", a verb's direct object); False when it is none, which ends the
    scan (what follows belongs to another phrase)."""
    a = actors[i]
    gap = text[m.end:a.start]
    pm = _PREP_AFTER.match(gap)
    if pm and a.kind == "name" and pm.group(1) in ("in", "at", "near") and m.cls in _PLACE_FOR \
            and m.cls != "transfer" and not places:
        places.append(attrs.evolve(a, kind="city", place=a.name))
        return True
    if pm:
        _prepositional(m, actors, i, pm.group(1), text, who, places)
        return True
    bm = _BY_AFTER.match(gap)
    if bm:
        who.append(a)
        if bm.group(1) == "between" and i + 1 < len(actors):
            who.append(actors[i + 1])
        return True
    if m.verb and m.cls in _ROLE_OBJECT and _ROLE_GAP.fullmatch(gap) and a.kind == "person" and \
            not any(w.lower() in NOT_OBJECT for w in WORD.findall(gap)):
        who.append(a)  # "fired coach Paulo Duarte", "appointed former judge Ana Ruiz": the person acted on
        return True
    if m.verb and _DIRECT_OBJ.match(gap):
        if a.kind == "name" and m.cls == "disaster" and not places:
            places.append(attrs.evolve(a, kind="city", place=a.name))
        elif a.is_place and m.cls in _PLACE_FOR and m.cls != "transfer":
            if not places:
                places.extend(_place_list(actors, i, text) if m.cls == "movement" else [a])
        elif m.cls in {"meeting", "conflict", "violence", "legal", "business", "contest"}:
            who.append(a)
        return True
    return False


def _prepositional(m: Trigger, actors: Sequence[Actor], i: int, prep: str, text: str, who: list[Actor],
                   places: list[Actor]) -> None:
    """An actor in a prepositional phrase after the trigger: the place of a class that takes
    one ("in Hualien"; "of" only for a conflict's), a party of a transfer, "with" someone, or
    the party "of"/"from" of the classes whose participants are any named party."""
    a = actors[i]
    if a.is_place and m.cls == "transfer":
        who.append(a)
    elif a.is_place and m.cls in _PLACE_FOR and (prep != "of" or m.cls == "conflict"):
        if not places:
            places.extend(_place_list(actors, i, text) if m.cls == "movement" else [a])
    elif m.cls == "transfer" or prep == "with" or (not a.is_place and m.cls in _PARTIES and prep in ("of", "from")):
        who.append(a)


def _destination_before(text: str, m: Trigger, nearest_first: Sequence[Actor], sent: Span) -> list[Actor]:
    """The destination of a trip named before the noun ("flew to Pyongyang for a two-day visit")."""
    for a in nearest_first:
        if a.is_place and _TO_BEFORE.search(text, max(sent.start, a.start - 6), a.start) and not \
                CLAUSE_BREAK.search(text, a.end, m.start) and m.start - a.end < 50:
            return [a]
    return []


def _subject(text: str, m: Trigger, index: ActorIndex, sent: Span, who: Sequence[Actor],
             places: Sequence[Actor]) -> list[Actor]:
    """The participant named before the trigger when no person is yet: a pronoun's
    antecedent ("his visit", "she met"), else the nearest person (or, for the classes of
    states' and companies' acts, any named party) before it in its clause."""
    pron = _PRONOUN_BEFORE.search(text, max(0, m.start - 40), m.start)
    ref = pron or (_SUBJ_PRONOUN.search(text, max(0, m.start - 40), m.start) if m.verb else None)
    if ref and ref.group(1).lower() in {"his", "her", "he", "she", "their"}:
        return _resolve_pronoun(text, ref.start(), ref.group(1).lower(), m, index, sent)
    if who and not (m.cls in _PARTIES and m.verb):
        return []
    clause_start = max(sent.start, m.start - 400)
    for b in CLAUSE_BREAK.finditer(text, clause_start, m.start):
        clause_start = b.end()
    kinds = {"person"} if m.cls in {"movement", "meeting", "invitation"} else {
        "person", "country", "capital", "demonym", "government", "organisation", "name"}
    cands = [a for a in index.between(max(clause_start, m.start - 400), m.start)
             if a.kind in kinds and a not in places and not _in_place_phrase(text, a)]
    if cands and all(cands[-1].name != a.name for a in who):
        return [cands[-1]]
    return []


#: a name after a preposition of place ("in eastern Croatia", "in the city of Osijek",
#: "gunmen in Nigeria"): where something is, never the subject of a clause
_LOCATIVE_BEFORE = regex.compile(
    r"\b(?:in|at|near|into|inside|outside|across|throughout|off|outside\s+of|city\s+of|town\s+of|"
    r"village\s+of|province\s+of|state\s+of|region\s+of)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural|downtown|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$", regex.I)


#: a participle clause after its main clause's comma ("..., killing nine", ", injuring
#: dozens"): it happened where the main clause's act did
_PARTICIPLE_AFTER_COMMA = regex.compile(r",\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing$")


def _place_before(text: str, m: Trigger, nearest_first: Sequence[Actor], sent: Span) -> list[Actor]:
    """The place of the main clause a participle clause follows ("a bus plunged into a
    ravine in eastern Chad, killing nine": the killing was in Chad too): the nearest name in
    a phrase of place before it, within its sentence and clause."""
    for a in nearest_first:
        if a.start < sent.start or CLAUSE_BREAK.search(text, a.end, m.start):
            return []
        if _in_place_phrase(text, a):
            return [a if a.is_place else attrs.evolve(a, kind="city", place=a.name)]
    return []


def _in_place_phrase(text: str, a: Actor) -> bool:
    """The actor is named in a prepositional phrase of place, so it is no clause's subject
    (a name the gazetteer does not know is a place there too)."""
    return a.kind != "person" and _LOCATIVE_BEFORE.search(text, max(0, a.start - 40), a.start) is not None


#: natural events have no agent: whoever is named near them reports or suffers them
_NO_AGENT = frozenset({"disaster"})
#: "according to X", "said X", "Kremlin spokesman X": X is a source (only whether it
#: matches is read: searched backwards from X, where a match ends)
_SOURCE_BEFORE = regex.compile(
    r"(?:according\s+to|quoted|citing|cited|spokes(?:man|woman|person)|press\s+secretary|"
    r"reporter|correspondent|analyst|expert)\s+(?:the\s+)?$", regex.I | regex.REVERSE)
_INVERTED = regex.compile(r"\b(?:said|says|told|added|stated)\s+$", regex.I)
_CLAUSE_END = regex.compile(r"\s*(?:[,.;:\n]|$)")
#: "X, a spokesman for ...", "X spokesman"
_SOURCE_AFTER = regex.compile(r"^(?:['’]s)?,?\s+(?:an?\s+|the\s+|its\s+)?(?:\p{Ll}+\s+)?"
                              r"(?:spokes(?:man|woman|person)|press\s+secretary|reporter|correspondent)\b",
                              regex.I)


def _is_source(text: str, a: Actor, m: Trigger) -> bool:
    """Whether ``a`` is the source of a statement about the event rather than a party to it:
    a reporting verb stands between them ("Ushakov indicated that the leaders might sign an
    agreement") or a verb of reacting to it ("the governor condemned the attack"), or ``a`` is introduced as a source ("according to the agency", "Kremlin
    spokesman Peskov")."""
    between = text[a.end:m.start] if a.end <= m.start else text[m.end:a.start]
    lex = lexicon()
    if lex.reporting.search(between):
        return True
    reaction = lex.reaction
    if a.end <= m.start and any(w.lower() in reaction for w in WORD.findall(between)):
        return True  # "Governor Costa condemned the attack": she reacts to it, she is no party
    if _INVERTED.search(text, max(0, a.start - 12), a.start) and match_ahead(_CLAUSE_END, text, a.end):
        return True  # "..., said Ushakov."
    return bool(_SOURCE_BEFORE.search(text, max(0, a.start - 30), a.start)
                or _SOURCE_AFTER.match(text[a.end:a.end + 40]))


_FRONTED = regex.compile(r"(?:[\p{Lu}][\p{L}]*\s+){0,2}?(?:after|before|during|while|following|as|upon|when|ahead\s+of|on)\b", regex.I)


def _resolve_pronoun(text: str, pos: int, pron: str, m: Trigger, index: ActorIndex,
                     sent: Span) -> list[Actor]:
    """The person(s) a possessive or subject pronoun refers to: cataphora in a fronted
    clause ("After his visit ..., Putin ..."), else the latest person(s) before."""
    if _FRONTED.match(text, sent.start, min(pos, sent.start + 200)) and \
            not index.persons_before(pos, sent.start):
        comma = text.find(",", m.end, min(sent.end, m.end + 300))
        if comma >= 0:
            nxt = [a for a in index.between(comma + 1, comma + 400) if a.kind == "person"]
            if nxt and nxt[0].start <= comma + 3:
                return nxt[:1]
    prior = index.persons_before(pos, pos - 1500)
    if not prior:
        return []
    if pron == "their":
        got: list[Actor] = []
        for a in reversed(prior):
            if a.start < sent.start and got:
                break
            if all(g.name != a.name for g in got):
                got.append(a)
            if len(got) == 2:
                break
        return got if len(got) == 2 else []
    return [prior[-1]]
