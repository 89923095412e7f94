"""Per-article events: triggers, their arguments (who, where, when) and in-article
coreference. Every rule reads local patterns around a trigger word; see docs/story.md."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

import attrs
import regex
from attrs import define

from newskit import Article, DateMention, Event, Mention, PersonMention, Span, SpanRef
from newskit.actors import Actor, ActorIndex, find_actors
from newskit.text import sentences
from newskit.timex import compatible as _compatible_values
from newskit.timex import interval
from newskit_events.lexicon import GENERAL, lexicon
from newskit_events.timing import event_dates

__all__ = ["extract_events"]

_TOKEN = regex.compile(r"(?<![\p{L}\p{N}-])\p{L}[\p{L}\p{N}-]*(?<!-)")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
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
_CLAUSE_BREAK = regex.compile(r"[;:]|,\s+(?:while|but|although|whereas|which|who|with|where)\b")
_VERB_PREV = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must",
                        "did", "does", "didn't", "not", "also", "had", "has", "have"})
_NOUN_PREV = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
                        "those", "our", "my", "your", "first", "last", "second", "previous"})
#: classes whose participants are any named party (companies, teams, states), not only persons
_PARTIES = frozenset({"business", "legal", "contest", "agreement", "conflict", "violence", "meeting",
                      "invitation"})
_PLACE_FOR = frozenset({"movement", "meeting", "conflict", "disaster", "political", "violence",
                        "legal", "agreement", "contest", "invitation", "business"})
#: how far (characters) arguments are looked for around a trigger
_WINDOW = 60
_DATE_REACH = 90
#: a date that ended this long before the article was published makes its trigger background
_STALE_DAYS = 180
#: the toll a dated disaster, attack or crime takes shares its date; any other act is its own
_TOLL = frozenset({"violence"})
_CAUSES = frozenset({"disaster", "conflict", "violence", "crime"})
_ERA_GAP = regex.compile(r"[,;:()]|\b(?:who|which|that|and|but|while|after|before|since)\b", regex.I)


@functools.lru_cache(maxsize=4096)
def compatible(a: str, b: str) -> bool:
    """newskit.timex.compatible, cached: a long article compares the same few values often."""
    return _compatible_values(a, b)


@define
class _Mention:
    start: int
    end: int
    text: str
    cls: str
    form: str
    verb: bool
    sent: int
    lemma: str = ""
    by_prev: bool = False  # licensed by the word before ("the quake hit"): joins that word's event
    who: list[Actor] = attrs.Factory(list)
    places: list[Actor] = attrs.Factory(list)
    when: DateMention | None = None
    during: _Mention | None = None
    governor: _Mention | None = None  # "won Sunday's runoff": the verb whose object this noun is
    modality: str | None = None  # "future" / "hypothetical" when its clause says so (_modality)
    stale: bool = False  # dated months before the article: background, never the current news


@define
class _Ev:
    cls: str
    who: list[str]
    persons: list[str]
    place: str | None
    country: str | None
    when: str | None
    mentions: list[_Mention]
    evidence: list[tuple[int, int]]
    last_sent: int


def _words_before(text: str, pos: int, n: int) -> list[str]:
    seg = text[max(0, pos - 60):pos]
    return [w.lower() for w in _WORD.findall(seg)][-n:]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    seg = text[pos:pos + 80]
    return [w.lower().rstrip(".") for w in _WORD.findall(seg)][:n]


_KNOWN: dict[str, bool] = {}
_KNOWN_OF: list[object] = [None]
_KNOWN_MAX = 200_000


def _known_forms(lex: object) -> dict[str, bool]:
    """Word form -> could it be a trigger, for ``lex``: words repeat, and the lemma
    candidates behind the answer were most of the trigger scan's time."""
    if _KNOWN_OF[0] is not lex or len(_KNOWN) > _KNOWN_MAX:
        _KNOWN.clear()
        _KNOWN_OF[0] = lex
    return _KNOWN


def _triggers(text: str) -> list[tuple[int, int, str, str, str, bool, bool]]:
    """(start, end, form, class, lemma, licensed by the word before, an inflected verb) of
    every trigger."""
    lex = lexicon()
    known = _known_forms(lex)
    out = []
    for m in _TOKEN.finditer(text):
        form = m.group().lower()
        ok = known.get(form)
        if ok is None:
            ok = known[form] = lex.candidates_known(form)
        if not ok and "-" in form:
            form = form.replace("-", "")  # "stand-off", "shoot-out": the compound written closed
            ok = known.get(form)
            if ok is None:
                ok = known[form] = lex.candidates_known(form)
        if not ok:
            continue
        before = _words_before(text, m.start(), 4)
        after = _words_after(text, m.end(), 6)
        trig = lex.lookup(form, before, after, _JOINED.match(text, m.end()) is not None)
        if trig is None or any(w in _NEGATION or w.endswith(("n't", "n’t")) for w in before[-2:]):
            continue
        if trig.verbal and after[:1] and after[0] in _NO_OBJECT:
            continue  # "provided no details", "found nothing": nothing was done
        out.append((m.start(), m.end(), form, trig.cls, trig.lemma, trig.by_prev, trig.verbal))
    return out


#: the next word follows with only spaces between (a noun premodifying it: "disaster office")
_JOINED = regex.compile(r"[ \t]+\p{L}")
#: an event said not to happen is not reported ("hasn't hosted", "no injuries")
_NEGATION = frozenset({"not", "never", "no", "without"})
#: a verb whose object says nothing was acted on ("provided no specifics")
_NO_OBJECT = frozenset({"no", "nothing", "none"})
#: irregular past forms that are verbs even with no auxiliary before them
_PAST = frozenset({"met", "flew", "beat", "won", "lost", "bought", "sold", "struck", "hit", "shot", "laid",
                   "fled", "fought", "left", "sank", "stole", "slew", "born"})


def _is_verb(text: str, start: int, form: str, lemma: str) -> bool:
    prev = _words_before(text, start, 1)
    if prev and prev[0] in ("that", "which", "who") and form.endswith("ed"):
        return True  # "the quake that rocked Napa"
    if prev and prev[0] in _NOUN_PREV:
        return False
    if prev and prev[0] in _VERB_PREV:
        return True
    return form.endswith(("ed", "ing")) or form in _PAST or lemma in lexicon().verb_only


def _inside_name(index: ActorIndex, s: int, e: int, verbal: bool) -> bool:
    """A word inside a person's name, a place or a known institution is no trigger ("Federal
    Bureau of Investigation", "Promises Treatment Center"). A capitalised run guessed as a
    name may be a headline ("Technicolor Star Dies At 91"): an inflected verb in it is still
    a trigger, and so is a name that is the trigger alone ("the 81st Oscars")."""
    for a in (index.actors[i] for i in index.index_range(s - 200, e)):
        if a.start <= s and e <= a.end and not (a.kind == "name" and (verbal or (a.start, a.end) == (s, e))):
            return True
    return False


def _place_list(actors: Sequence[Actor], idx: int, text: str) -> list[Actor]:
    """The place at ``actors[idx]`` and any places coordinated after it ("North Korea and Vietnam")."""
    got = [actors[idx]]
    j = idx
    while j + 1 < len(actors) and actors[j + 1].is_place and _AND_GAP.match(
            text[actors[j].end:actors[j + 1].start]):
        j += 1
        got.append(actors[j])
    return got


def _arguments(text: str, m: _Mention, index: ActorIndex, sent: Span) -> None:
    actors = index.actors
    lo, hi = max(sent.start, m.start - _WINDOW * 2), min(sent.end, m.end + _WINDOW)
    before = [i for i in index.index_range(lo, m.start) if actors[i].end <= m.start]
    after = [i for i in index.index_range(m.end, hi) if actors[i].end <= hi]
    who: list[Actor] = []
    places: list[Actor] = []
    # possessive or premodifier: "Putin's visit", "Russia's war", "his North Korea visit"
    for i in reversed(before):
        a = actors[i]
        gap = text[a.end:m.start]
        if gap[:1] in "'’" and _POSS_GAP.match(gap):
            who.append(a)  # "Putin's visit", "Moscow's war": the agent
            break
        if not m.verb and _PREMOD_GAP.match(gap) and a.kind != "person":
            if a.is_place and m.cls in _PLACE_FOR and m.cls != "transfer":
                places.append(a)
            else:
                who.append(a)
            continue
        break
    # after: "to North Korea", "by Kim Jong Un", "with Kim", direct object of a verb
    for i in after:
        a = actors[i]
        gap = text[m.end:a.start]
        pm = _PREP_AFTER.match(gap)
        if pm and a.kind == "name" and pm.group(1) in ("in", "at", "near") and m.cls in _PLACE_FOR \
                and m.cls != "transfer" and not places:
            places.append(attrs.evolve(a, kind="city", place=a.name))
            continue
        if pm:
            prep = pm.group(1)
            if a.is_place and m.cls == "transfer":
                who.append(a)
            elif a.is_place and m.cls in _PLACE_FOR and (prep != "of" or m.cls == "conflict"):
                if not places:
                    places.extend(_place_list(actors, i, text) if m.cls == "movement" else [a])
            elif m.cls == "transfer" or prep == "with" or (
                    not a.is_place and m.cls in _PARTIES and prep in ("of", "from")):
                who.append(a)
            continue
        bm = _BY_AFTER.match(gap)
        if bm:
            who.append(a)
            if bm.group(1) == "between" and i + 1 < len(actors):
                who.append(actors[i + 1])
            continue
        if m.verb and m.cls in _ROLE_OBJECT and _ROLE_GAP.fullmatch(gap) and a.kind == "person" and \
                not any(w.lower() in _NOT_OBJECT for w in _WORD.findall(gap)):
            who.append(a)  # "fired coach Paulo Duarte", "appointed former judge Ana Ruiz": the person acted on
            continue
        if m.verb and _DIRECT_OBJ.match(gap):
            if a.kind == "name" and m.cls == "disaster" and not places:
                places.append(attrs.evolve(a, kind="city", place=a.name))
            elif a.is_place and m.cls in _PLACE_FOR and m.cls != "transfer":
                if not places:
                    places.extend(_place_list(actors, i, text) if m.cls == "movement" else [a])
            elif m.cls in {"meeting", "conflict", "violence", "legal", "business", "contest"}:
                who.append(a)
            continue
        break
    if not places and m.cls == "movement" and not m.verb:
        for i in reversed(before):
            a = actors[i]
            if a.is_place and _TO_BEFORE.search(text, max(sent.start, a.start - 6), a.start) and not \
                    _CLAUSE_BREAK.search(text, a.end, m.start) and m.start - a.end < 50:
                places.append(a)
                break
    # subject: the nearest person (or country, for states' actions) before, same clause
    if m.cls == "meeting" and who and m.verb:
        # "Kim ... visited Russia, meeting Putin": the subject takes part too
        subj = [a for a in index.between(max(sent.start, m.start - 400), m.start) if a.kind == "person"]
        if subj and all(subj[-1].name != a.name for a in who):
            who.append(subj[-1])
    if not any(a.kind == "person" for a in who):
        pron = _PRONOUN_BEFORE.search(text, max(0, m.start - 40), m.start)
        ref = pron or (_SUBJ_PRONOUN.search(text, max(0, m.start - 40), m.start) if m.verb else None)
        if ref and ref.group(1).lower() in {"his", "her", "he", "she", "their"}:
            who.extend(_resolve_pronoun(text, ref.start(), ref.group(1).lower(), m, index, sent))
        elif not who or (m.cls in _PARTIES and m.verb):
            clause_start = max(sent.start, m.start - 400)
            for b in _CLAUSE_BREAK.finditer(text, clause_start, m.start):
                clause_start = b.end()
            kinds = {"person"} if m.cls in {"movement", "meeting", "invitation"} else {
                "person", "country", "capital", "demonym", "government", "organisation", "name"}
            cands = [a for a in index.between(max(clause_start, m.start - 400), m.start)
                     if a.kind in kinds and a not in places]
            if cands and all(cands[-1].name != a.name for a in who):
                who.append(cands[-1])
    m.who = [] if m.cls in _NO_AGENT else [a for a in who if not _is_source(text, a, m)]
    m.places = places


#: natural events have no agent: whoever is named near them reports or suffers them
_NO_AGENT = frozenset({"disaster"})
#: "according to X", "said X", "Kremlin spokesman X": X is a source
_SOURCE_BEFORE = regex.compile(
    r"(?:according\s+to|quoted|citing|cited|spokes(?:man|woman|person)|press\s+secretary|"
    r"reporter|correspondent|analyst|expert)\s+(?:the\s+)?$", regex.I)
_INVERTED = regex.compile(r"\b(?:said|says|told|added|stated)\s+$", regex.I)
_CLAUSE_END = regex.compile(r"\s*(?:[,.;:\n]|$)")
#: "X, a spokesman for ...", "X spokesman"
_SOURCE_AFTER = regex.compile(r"^(?:['’]s)?,?\s+(?:an?\s+|the\s+|its\s+)?(?:\p{Ll}+\s+)?"
                              r"(?:spokes(?:man|woman|person)|press\s+secretary|reporter|correspondent)\b",
                              regex.I)


def _is_source(text: str, a: Actor, m: _Mention) -> bool:
    """Whether ``a`` is the source of a statement about the event rather than a party to it:
    a reporting verb stands between them ("Ushakov indicated that the leaders might sign an
    agreement") or a verb of reacting to it ("the governor condemned the attack"), or ``a`` is introduced as a source ("according to the agency", "Kremlin
    spokesman Peskov")."""
    between = text[a.end:m.start] if a.end <= m.start else text[m.end:a.start]
    if lexicon().reporting.search(between):
        return True
    if a.end <= m.start and any(w.lower() in lexicon().reaction for w in _WORD.findall(between)):
        return True  # "Governor Costa condemned the attack": she reacts to it, she is no party
    if _INVERTED.search(text, max(0, a.start - 12), a.start) and _CLAUSE_END.match(text, a.end):
        return True  # "..., said Ushakov."
    return bool(_SOURCE_BEFORE.search(text, max(0, a.start - 30), a.start)
                or _SOURCE_AFTER.match(text[a.end:a.end + 40]))


_FRONTED = regex.compile(r"(?:[\p{Lu}][\p{L}]*\s+){0,2}?(?:after|before|during|while|following|as|upon|when|ahead\s+of|on)\b", regex.I)


def _resolve_pronoun(text: str, pos: int, pron: str, m: _Mention, index: ActorIndex,
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


_DURING = regex.compile(r"^(?:\s+[\p{L}-]+){0,6}?\s+(?:during|at|amid|in\s+the\s+course\s+of)\s+"
                        r"(?:the|his|her|their|its|a|an)\s+(?:[\p{L}-]+\s+){0,2}$", regex.I)
_BOUND = regex.compile(r"(?:since|until|till|before|after|by|from)\s+(?:the\s+)?$", regex.I)
_INITIAL = regex.compile(r"\s*(?:(?:on|in|by|at)\s+)?", regex.I)
_SUBORDINATE = regex.compile(r"\s*(?:[\p{L}\p{N}]+\s+){0,3}?(?:after|before|since|while|when|as|until)\b", regex.I)
_THAT = regex.compile(r"\bthat\b")
_SAID_ON = regex.compile(r"(?<![\p{L}])(?P<verb>\p{Ll}+)\s+(?:(?:reporters|journalists|supporters)\s+)?(?:on\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?$")
_PREP_BEFORE = regex.compile(r"\b(?:in|on|at|during)\s+$", regex.I)


#: a date that is a possessive premodifier of the trigger after it ("Sunday's runoff")
_POSSESSED = regex.compile(r"['’]s(?:\s+[\p{L}-]+){0,2}?\s+")


#: a word relating two times: what follows it is the anchor of another time, not of this date
_RELATION = regex.compile(r"\b(?:after|before|since|following|until|ahead\s+of|prior\s+to)\b", regex.I)
#: a past verb right after a date: "An environmental group on Sunday *blamed* ..."
_NEXT_VERB = regex.compile(r"\s+(\p{Ll}+ed)\b")


def _own_verb(text: str, d: DateMention, trigger_starts: set[int]) -> int | None:
    """The end of the past verb (no trigger) that follows the date: the date is that verb's
    time ("An environmental group on Sunday blamed drilling for the eruption": the blaming,
    not the eruption, was on Sunday), so no trigger after it takes the date."""
    g = _NEXT_VERB.match(text, d.end)
    if g is None or g.start(1) in trigger_starts:
        return None
    return int(g.end())


def _object_noun(text: str, end: int, trigs: Sequence[_Mention]) -> _Mention | None:
    """The event noun a verb ending at ``end`` governs as its object ("declared *an
    outbreak*", "launched an unsolicited *bid*"): the first trigger after it, a noun, with
    only a determiner and modifiers between."""
    m = next((t for t in trigs if t.start >= end), None)
    if m is None or m.verb or m.start - end > 40:
        return None
    gap = text[end:m.start]
    if _OBJECT_GAP.fullmatch(gap) is None or any(w.lower() in _NOT_OBJECT for w in _WORD.findall(gap)):
        return None
    return m


def _declared(text: str, verb_end: int, trigs: Sequence[_Mention]) -> _Mention | None:
    """The event noun a verb of declaring ends right before (``declaring_verbs``): "Health
    officials on Monday declared an outbreak" - the day of the declaration is the day the
    outbreak is known to be one, so the date before the verb dates its object too (a date
    before any other past verb is that verb's: "a group on Sunday blamed ... the eruption")."""
    verb = _WORD.findall(text[max(0, verb_end - 20):verb_end])[-1:]
    if not verb or verb[0].lower() not in lexicon().declaring:
        return None
    m = _object_noun(text, verb_end, trigs)
    return None if m is None or m.cls in _TOLL else m  # "confirmed the deaths of": they came before


def _ended(text: str, m: _Mention, d: DateMention) -> bool:
    """A verb of ending stands between the event noun and the date, or governs the noun
    ("ended a 14-hour *stand-off* early on Saturday"; "the *siege* ended on Saturday"): the
    date is the end's, and an event that lasted is dated by its start."""
    lo, hi = (m.end, d.start) if m.end <= d.start else (d.end, m.start)
    if _ENDING.search(text, lo, hi) is not None:
        return True
    governor = None
    for g in _ENDING.finditer(text, max(0, m.start - 30), m.start):
        governor = g
    return governor is not None and _OBJECT_GAP.fullmatch(text, governor.end(), m.start) is not None


def _possessive_date(text: str, d: DateMention) -> bool:
    return text[d.end:d.end + 1] in ("'", "’") and text[d.end + 1:d.end + 2] == "s"


def _counted(text: str, m: _Mention, d: DateMention) -> bool:
    """The trigger is the source named in a count ("the death toll from the sinking") and a
    verb of the changing count stands between it and a later date: the date is the
    count's ("... rose to 27 on Sunday"), not the event's."""
    lex = lexicon()
    if not any(w in lex.count_nouns for w in _words_before(text, m.start, 5)):
        return False
    return any(w.lower() in lex.count_verbs for w in _WORD.findall(text, m.end, d.start))


def _assign_dates(text: str, all_trigs: list[_Mention], dates: Sequence[DateMention],
                  sents: Sequence[Span]) -> None:
    by_sent: dict[int, list[_Mention]] = {}
    for t in all_trigs:  # in text order
        by_sent.setdefault(t.sent, []).append(t)
    trig_starts = {k: [t.start for t in ts] for k, ts in by_sent.items()}
    starts = [x.start for x in sents]
    date_starts = [x.start for x in dates]
    for d in dates:
        k = bisect.bisect_right(starts, d.start) - 1
        # triggers of its sentence within 400 characters: a window, so a sentence with no end
        # costs no more than a short one
        ts = trig_starts.get(k, [])
        trigs = by_sent.get(k, [])[bisect.bisect_right(ts, d.start - 400):bisect.bisect_left(ts, d.start + 400)]
        if d.type not in ("DATE", "TIME") or interval(d.value) is None:
            continue
        if _BOUND.search(text, max(0, d.start - 12), d.start) and not _possessive_date(text, d):
            continue  # "since 2000": a bound, not the event's time
        said = _SAID_ON.search(text, max(0, d.start - 40), d.start)
        if said is not None and lexicon().reporting.fullmatch(said.group("verb")):
            continue  # "..., the council said on Monday, a margin of 180,000 votes": the speech act's day
        best: tuple[int, int] | None = None
        best_m: _Mention | None = None
        sent = sents[k] if 0 <= k < len(sents) and d.start < sents[k].end else None
        initial = sent is not None and _INITIAL.fullmatch(text, sent.start, d.start) is not None \
            and text[d.end:d.end + 1] == ","
        main_from = d.end
        pp = not initial and _PREP_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
        if initial:
            sub = _SUBORDINATE.match(text, d.end + 1)
            if sub:
                comma = text.find(",", sub.end(), sent.end if sent else len(text))
                main_from = comma if comma >= 0 else len(text)
        own_verb = _own_verb(text, d, {t.start for t in trigs})
        declared = _declared(text, own_verb, trigs) if own_verb is not None else None
        for m in trigs:
            s = sents[m.sent]
            if not (s.start <= d.start and d.end <= s.end):
                continue
            if d.end <= m.start and _POSSESSED.fullmatch(text, d.end, m.start):
                best, best_m = (-1, 0), m  # "Sunday's runoff", "last week's cyberattack": its own date
                break
            if d.end <= m.start and not (initial and m.start >= main_from) and (
                    (own_verb is not None and own_verb <= m.start and m is not declared)
                    or _RELATION.search(text, d.end, m.start)):
                continue  # "a group on Sunday blamed ... the eruption", "on Monday, two days after the eruption"
            if m.end <= d.start and _counted(text, m, d):
                continue  # "the toll from the sinking rose to 27 on Sunday": the count's date
            if not m.verb and _ended(text, m, d):
                continue  # "ended a 14-hour stand-off early on Saturday": the day it ended
            dist = d.start - m.end if d.start >= m.end else m.start - d.end
            if d.start < m.start and "," in text[d.end:m.start]:
                if initial and m.start >= main_from:
                    dist = min(dist, 0)  # "On July 19, 2000, ..., he visited": the main clause
                else:
                    dist += 40
            if dist > _DATE_REACH:
                continue
            between = text[min(m.end, d.end):max(m.start, d.start)]
            lo_b = min(m.end, d.end)
            if lexicon().reporting.search(between):
                continue  # "On June 17, X reiterated ..., claiming Y provided": the speech act's date
            if _CLAUSE_BREAK.search(between) or any(
                    not _inside_date(dates, date_starts, lo_b + t.start()) for t in _THAT.finditer(between)):
                continue
            if pp and m.start >= d.end:
                dist += 30  # "his visit to the USSR in 1984 was announced": the PP modifies what precedes
            key = (dist, 0 if d.start >= m.end else 1)
            if best is None or key < best:
                best, best_m = key, m
        if best_m is not None and (best_m.when is None or
                                   len(d.value) > len(best_m.when.value)):
            best_m.when = d


#: between a verb and the event noun it governs: a determiner, a possessive date, adjectives
_OBJECT_GAP = regex.compile(r"(?:\s+[\p{L}\p{N}'’-]+){0,3}\s+")
#: words that open another phrase or clause between a verb and a later noun ("sentenced after a trial")
_NOT_OBJECT = frozenset({"after", "before", "following", "since", "during", "amid", "and", "or", "but", "than", "then",
                         "to", "in", "on", "at", "by", "with", "from", "for", "over", "into", "as", "of", "while",
                         "when", "until", "that", "which", "who"})


def _governed(text: str, trigs: Sequence[_Mention]) -> None:
    """A verb trigger and the event noun of its class that is its object ("won Sunday's
    runoff", "signed an agreement") tell of one event: the noun joins the verb's event, and
    each takes the time (and the noun the participants) the other was given."""
    for a, b in itertools.pairwise(trigs):
        if a.verb and a.when is not None and b.when is None and a.form in lexicon().declaring and \
                b.cls not in _TOLL and _object_noun(text, a.end, [b]) is b:
            b.when = a.when  # "launched a bid on Monday": the declaring verb's day dates its object
        if not a.verb or b.verb or a.cls != b.cls or a.sent != b.sent or b.start - a.end > 40:
            continue
        gap = text[a.end:b.start]
        if _OBJECT_GAP.fullmatch(gap) is None or any(w.lower() in _NOT_OBJECT for w in _WORD.findall(gap)):
            continue
        b.governor = a
        if a.when is None:
            a.when = b.when
        elif b.when is None:
            b.when = a.when
        if not b.who:
            b.who = list(a.who)


#: between a legal verb and the charge it names: "convicted former mayor X *of*", "charged him *with*"
_CHARGE_GAP = regex.compile(r"(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:of|with|for)(?:\s+[\p{L}-]+){0,2}?\s+")


def _charge_of(text: str, trigs: Sequence[_Mention]) -> None:
    """The charge a legal verb names ("convicted X of bribery on Tuesday", "charged with
    fraud on Monday") is what the case is about: a date read for the charge is the verb's
    when the verb has none."""
    for a, b in itertools.pairwise(trigs):
        if a.cls != "legal" or not a.verb or b.cls == "legal" or a.sent != b.sent or b.when is None:
            continue
        if a.when is None and _CHARGE_GAP.fullmatch(text, a.end, b.start):
            a.when = b.when  # the charge keeps it too: "drunk driving" with no time is no event


def _background_era(text: str, trigs: Sequence[_Mention], article: Article) -> None:
    """Mark triggers dated months before publication as background (``stale``), and let an
    undated verb share the date of the trigger just before it in one clause ("In 1999, a
    magnitude 7.6 quake killed about 2,400": ``killed`` is the 1999 quake's, not today's
    deaths). Nothing follows across a comma or a conjunction ("..., who took power in 2011,
    met ..."), a noun keeps its own time ("issued a warrant over alleged war crimes": the war
    is not of the warrant's day), and only a toll shares its cause's date ("his visit in 1984
    was announced": the announcement is an act of its own)."""
    pub = article.published_date
    if pub is None:
        return
    limit = pub.toordinal() - _STALE_DAYS
    for m in trigs:
        iv = interval(m.when.value) if m.when is not None else None
        m.stale = iv is not None and iv[1].date().toordinal() < limit
    for a, b in itertools.pairwise(trigs):
        if a.stale and b.when is None and b.verb and b.cls in _TOLL and a.cls in _CAUSES and \
                a.sent == b.sent and not _ERA_GAP.search(text, a.end, b.start):
            b.when, b.stale = a.when, True


#: an event noun's reduced relative of announcing: "The recall, announced on Monday, covers ..."
_ANNOUNCED_ON = regex.compile(
    r",?\s+(?:which\s+was\s+|that\s+was\s+)?(?:first\s+)?(?:announced|unveiled|disclosed|ordered|imposed|issued|"
    r"declared|confirmed|revealed)\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?")


def _announced_on(text: str, trigs: Sequence[_Mention], dates: Sequence[DateMention]) -> None:
    """An undated event noun followed by a participle of announcing and a date takes that
    date: the date after "announced" is the speech act's (``_SAID_ON``), but "the recall,
    announced on Monday" says when the recall itself was made public, which is the day a
    recall, a ban or a decision happens."""
    at = {d.start: d for d in dates if d.type in ("DATE", "TIME")}
    for m in trigs:
        if m.verb or m.when is not None:
            continue
        g = _ANNOUNCED_ON.match(text, m.end)
        if g is not None and g.end() in at:
            m.when = at[g.end()]


def _inside_date(dates: Sequence[DateMention], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies inside a date mention ("that day"); ``starts``: the dates' starts."""
    i = bisect.bisect_right(starts, pos) - 1
    return any(dates[j].start <= pos < dates[j].end for j in range(max(0, i - 2), i + 1))


_CLAUSE_MARK = regex.compile(r"[,;:()\"“”—]")
_LEAD_WORDS = 6


def _modality(text: str, m: _Mention, sent_start: int) -> str | None:
    """``"future"`` or ``"hypothetical"`` when the trigger's own clause states its event as
    expected or only possible, else None. Read from the words before the trigger in its
    clause (data/triggers.json ``modality``): an auxiliary within three words of a verb
    (``will visit``, ``would not attack``, ``could have struck``), a leading verb before
    ``to`` (``plans to buy``, ``tried to flee``), a premodifier of a noun (``the planned
    merger``, ``a possible strike``), or a condition opening the clause (``if the dam
    fails``; a sentence that opens with one: ``If it fails, the valley will flood``).
    Auxiliaries are matched in lower case only, so the month ``May`` is none."""
    cues = lexicon().modality
    first = _WORD.match(text, sent_start, min(m.start, sent_start + 20))
    if first is not None and first.group().lower() in cues.get("condition", ()):
        return "hypothetical"  # "If the dam fails, the valley will flood": the main clause too
    lo = max(sent_start, m.start - 90)
    seg = text[lo:m.start]
    cut = max((x.end() for x in _CLAUSE_MARK.finditer(seg)), default=0)
    words = _WORD.findall(seg[cut:])[-_LEAD_WORDS:]
    if not words:
        return None
    low = [w.lower() for w in words]
    if m.verb:
        for w in reversed(words[-3:]):
            if w in cues.get("hypothetical_aux", ()):
                return "hypothetical"
            if w in cues.get("future_aux", ()):
                return "future"
        if low[-1] == "to" and len(low) >= 2:
            if low[-2] in cues.get("hypothetical_lead", ()):
                return "hypothetical"
            if low[-2] in cues.get("future_lead", ()):
                return "future"
    else:
        if any(w in cues.get("hypothetical_premod", ()) for w in low[-2:]):
            return "hypothetical"
        if any(w in cues.get("future_premod", ()) for w in low[-2:]):
            return "future"
    if any(w in cues.get("condition", ()) for w in low):
        return "hypothetical"
    return None


def _event_modality(mentions: Sequence[_Mention]) -> str | None:
    """An event is marked only when no mention asserts it: a verb with no cue ("the army
    attacked") asserts, and so does a noun with no cue given a time of its own ("Monday's
    bid", "the attack on Sunday": a dated happening is stated as one); a bare noun ("the
    attack") is neutral; among the cues, expected wins over merely possible."""
    if any(m.modality is None and (m.verb or m.when is not None) for m in mentions):
        return None  # "the army attacked", "Monday's bid": a verb or a dated noun with no cue asserts
    cues = {m.modality for m in mentions if m.modality}
    if "future" in cues:
        return "future"
    return "hypothetical" if cues else None


def _specific(a: str | None, b: str | None) -> str | None:
    """The more specific of two compatible values."""
    if a is None:
        return b
    if b is None:
        return a
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return a
    return a if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else b


def _same_step(ev: _Ev, m: _Mention) -> bool:
    """Whether ``m`` may be a mention of ``ev`` as far as the steps of a procedure go: an
    arrest, a conviction, a sentence and an appeal are four events of one case (class
    ``legal``), a hiring and a firing two (``personnel``); see ``steps`` in triggers.json.
    A general action (class GENERAL: "escaped", "pulled") is one only with its own word:
    the class says nothing of which happening two different actions are."""
    if m.cls == GENERAL:
        return all(x.lemma == m.lemma for x in ev.mentions)
    steps = lexicon().steps
    step = steps.get(m.lemma)
    if step is None:
        return True
    return all(steps.get(x.lemma, step) == step for x in ev.mentions)


def _fits(ev: _Ev, cls: str, who: set[str], persons: set[str], country: str | None,
          when: str | None, stale: bool = False) -> int:
    """-1 when the mention cannot be this event, else the number of agreeing slots. A
    mention dated months back is not an event the article first told undated (its news):
    "Taiwan's strongest earthquake ... In 1999, a magnitude 7.6 quake killed ..."."""
    lex = lexicon()
    if stale and ev.when is None:
        return -1
    if cls != ev.cls and ev.cls not in lex.merge_into.get(cls, ()) and cls not in lex.merge_into.get(ev.cls, ()):
        return -1
    score = 0
    if cls != ev.cls and not (who & set(ev.who)):
        return -1  # a meeting joins a visit only when they share a participant
    if who and ev.who:
        if who & set(ev.who):
            score += 1
        elif persons and ev.persons and not persons & set(ev.persons):
            return -1
    if country and ev.country:
        if country != ev.country:
            return -1
        score += 1
    if when and ev.when:
        if not compatible(when, ev.when):
            return -1
        if score:
            score += 1  # a compatible time counts only with a shared participant or place
    return score


def extract_events(article: Article, mentions: Sequence[Mention]) -> list[Event]:
    text = article.text
    if not text:
        return []
    sents = sentences(text)
    if not sents:
        return []
    persons = [m for m in mentions if isinstance(m, PersonMention)]
    dates = event_dates(text, [m for m in mentions if isinstance(m, DateMention)], article.published_date is not None)
    index = ActorIndex(find_actors(text, persons))
    raw = _triggers(text)
    trigs: list[_Mention] = []
    si = 0
    for s, e, form, cls, lemma, by_prev, verbal in raw:
        while si < len(sents) - 1 and sents[si].end <= s:
            si += 1
        if not (sents[si].start <= s < sents[si].end):
            continue
        if _inside_name(index, s, e, verbal):
            continue
        trigs.append(_Mention(s, e, text[s:e], cls, form, _is_verb(text, s, form, lemma), si, lemma, by_prev))
    trigs = _drop_support(text, trigs)
    for m in trigs:
        _arguments(text, m, index, sents[m.sent])
        m.modality = _modality(text, m, sents[m.sent].start)
    _assign_dates(text, trigs, dates, sents)
    _announced_on(text, trigs, dates)
    _governed(text, trigs)
    _charge_of(text, trigs)
    _background_era(text, trigs, article)
    for a, b in itertools.pairwise(trigs):
        if a.sent == b.sent and _DURING.match(text[a.end:b.start]):
            a.during = b
    events = _cluster(trigs, article)
    return events


#: "caused damage", "staged a protest": a general verb and the event noun it governs
_SUPPORT_AFTER = regex.compile(r"(?:\s+(?:[\p{L}'’-]+|\d[\d,.]*)){0,3}\s+")
#: "an invitation extended by": a participle right after the event noun it modifies
_SUPPORT_BEFORE = regex.compile(r"\s+")
#: a preposition of path after a verb: "a blast *ripped through* the block", "fire *tore across*
#: the hills" - the happening before it moved, the verb is its own act, no participle of it
_PATH_AFTER = regex.compile(r"\s+(?:through|across|along|into|over|past)\b")


def _drop_support(text: str, trigs: list[_Mention]) -> list[_Mention]:
    """Without the general actions that only carry an event noun of a named class - its
    object within three words ("caused heavy damage", "led the attack") or the noun it
    follows as a participle ("the invitation extended by Kim"): the noun is the event,
    the verb a support verb, and a clause naming one event twice names it once."""
    out = []
    for i, m in enumerate(trigs):
        if m.cls == GENERAL:
            nxt = trigs[i + 1] if i + 1 < len(trigs) else None
            prev = trigs[i - 1] if i else None
            if nxt is not None and not nxt.verb and nxt.cls != GENERAL and \
                    _SUPPORT_AFTER.fullmatch(text, m.end, nxt.start):
                continue
            if prev is not None and not prev.verb and prev.cls != GENERAL and \
                    _SUPPORT_BEFORE.fullmatch(text, prev.end, m.start) and not (
                    prev.cls in _CAUSES and _PATH_AFTER.match(text, m.end)):
                continue
        out.append(m)
    return out


def _cluster(trigs: list[_Mention], article: Article) -> list[Event]:
    lex = lexicon()
    evs: list[_Ev] = []
    members: dict[int, set[int]] = {}
    event_of: dict[int, _Ev] = {}
    prev_m: _Mention | None = None
    big: list[_Ev] = []  # the events with most mentions so far, at most _BIG
    for m in trigs:
        last, prev_m = prev_m, m
        forced: _Ev | None = None
        if m.by_prev and last is not None and last.cls == m.cls and \
                0 <= m.start - last.end <= 25 and id(last) in event_of:
            forced = event_of[id(last)]  # "the quake hit ...": the verb tells of its subject's event
        elif last is not None and id(last) in event_of and _occurs(article.text, last, m):
            forced = event_of[id(last)]  # "the blaze broke out ... on Thursday": the blaze's happening
        elif m.governor is not None and id(m.governor) in event_of and _same_step(event_of[id(m.governor)], m):
            forced = event_of[id(m.governor)]  # "won the runoff": the runoff is what was won
        who = {a.name for a in m.who}
        persons = {a.name for a in m.who if a.kind == "person"}
        when = m.when.value if m.when else None
        place_groups: list[Actor | None] = list(m.places) or [None]
        bare = not who and not m.places and when is None
        targets: list[_Ev] = [forced] if forced is not None else []
        for place in place_groups if forced is None else []:
            country = place.country if place else None
            if bare:
                pool_evs = evs if len(evs) <= 64 else _salient(evs, big)
                same = [e for e in pool_evs if (e.cls == m.cls or e.cls in lex.merge_into.get(m.cls, ()))
                        and _same_step(e, m)]
                if not same:
                    targets.append(_new(evs, m, who, place, when))
                    continue
                recent = [e for e in same if e.last_sent >= m.sent - 1]
                if m.form in lex.plurals and len(recent) >= 2:
                    targets.extend(sorted(recent, key=lambda e: -e.last_sent)[:2])
                    continue
                pool = recent or same
                best = max(pool, key=lambda e: (e.mentions[-1].start if recent else 0,
                                                 len(e.mentions), e.mentions[-1].start))
                targets.append(best)
                continue
            pool_evs = evs if len(evs) <= 64 else _salient(evs, big)
            scored = [(_fits(e, m.cls, who, persons, country, when, m.stale) if _same_step(e, m) else -1, e)
                      for e in pool_evs]
            ok = [(s, e) for s, e in scored if s >= 0 and (s > 0 or not (who or country))]
            if not ok:
                targets.append(_new(evs, m, who, place, when))
                continue
            best = max(ok, key=lambda se: (se[0], se[1].last_sent == m.sent,
                                           len(se[1].mentions), se[1].last_sent))[1]
            targets.append(best)
        for ev in targets:
            seen = members.setdefault(id(ev), set())
            if id(m) in seen:
                continue
            seen.add(id(m))
            event_of[id(m)] = ev
            ev.mentions.append(m)
            _bump(big, ev)
            ev.last_sent = m.sent
            for a in m.who:
                if a.name not in ev.who:
                    ev.who.append(a.name)
                if a.kind == "person" and a.name not in ev.persons:
                    ev.persons.append(a.name)
            if ev.place is None and m.places:
                p = next((p for p in m.places if ev.country in (None, p.country)), None)
                if p is not None:
                    ev.place, ev.country = p.place, p.country
            if when and (ev.when is None or compatible(ev.when, when)):
                ev.when = _specific(ev.when, when)
            ev.evidence.extend((a.start, a.end) for a in m.who + m.places)
            if m.when:
                ev.evidence.append((m.when.start, m.when.end))
    # an event read from bare mentions only ("illicit arms transfers") is the next event of
    # its class stated within two sentences
    for i, ev in enumerate(evs):
        if ev.who or ev.place or ev.when or not ev.mentions or ev.cls == GENERAL:
            continue
        nxt = _next_of_class(evs, i)
        if nxt is not None and not any(x.stale for x in nxt.mentions):  # the news is not a past event
            nxt.mentions[:0] = ev.mentions
            nxt.evidence.extend(ev.evidence)
            ev.mentions = []
    evs = [e for e in evs if e.mentions and not _generic(e, article.text)]
    of = {id(m): ev for ev in evs for m in ev.mentions}
    for ev in evs:
        if ev.when is None:
            for m in ev.mentions:
                host = of.get(id(m.during)) if m.during is not None else None
                if host is not None and host is not ev and host.when:
                    ev.when = host.when
                    break
    out = []
    text = article.text
    for k, ev in enumerate(evs, 1):
        refs = tuple(SpanRef(article=article.id, start=m.start, end=m.end, text=m.text)
                     for m in ev.mentions)
        evid = tuple(SpanRef(article=article.id, start=s, end=e, text=text[s:e])
                     for s, e in sorted(set(ev.evidence)))
        first = ev.mentions[0]
        out.append(Event(id=f"{article.id}#e{k}", type=ev.cls, trigger=first.form, when=ev.when,
                         where=ev.place, who=tuple(ev.who), mentions=refs, evidence=evid,
                         sources=(article.id,), country=ev.country, modality=_event_modality(ev.mentions)))
    return out


#: between an event noun and the verb it is the subject of: adverbs, auxiliaries ("The strike
#: had already begun")
_SUBJECT_GAP = regex.compile(r"\s+(?:[\p{Ll}]+\s+){0,2}")
#: aspectual verbs (no triggers of their own, general actions): with an event noun as subject
#: they tell when that event happened ("The jailbreak began at 2:30 a.m.")
_ASPECTUAL = frozenset({"began", "begun", "begins", "started", "starts", "commenced"})
#: verbs of ending: a date of theirs is when the event ended, not when it happened ("police
#: ended a 14-hour stand-off early on Saturday", "the strike ended on Friday")
_ENDING = regex.compile(r"(?<![\p{L}])(?:end(?:s|ed|ing)?|finish(?:es|ed)|conclud(?:es|ed)|terminat(?:es|ed)|"
                        r"ceas(?:es|ed)|lift(?:s|ed)|call(?:s|ed)\s+off|wound\s+down)(?![\p{L}])", regex.I)


def _occurs(text: str, noun: _Mention, verb: _Mention) -> bool:
    """``verb`` is a verb of occurring (class ``incident``: "happened", "broke out",
    "unfolded") or an aspectual verb ("began") whose subject is the event noun right before
    it: the verb tells that the noun's event happened, so it is one event with it, and its
    time ("broke out ... at 9:20 p.m. on Thursday") is the noun's. So is an ordinary action
    (class GENERAL) whose subject is a happening with no agent of its own - a disaster, an
    attack, a crime ("a gas explosion ripped through a block", "the fire gutted the hall"):
    what the happening does is how it happened. A gerund subject counts ("Fighting broke
    out"); a verb before it is no subject."""
    if not verb.verb or verb.sent != noun.sent or not (verb.cls == "incident" or (
            verb.cls == GENERAL and (verb.form in _ASPECTUAL or noun.cls in _CAUSES))):
        return False  # "a gas explosion ripped through a block": what a happening does is the happening
    if noun.verb and not noun.form.endswith("ing"):
        return False
    gap = _SUBJECT_GAP.fullmatch(text, noun.end, verb.start)
    return gap is not None and not any(w.lower() in _NOT_OBJECT for w in _WORD.findall(gap.group()))


def _generic(ev: _Ev, text: str) -> bool:
    """An activity named only by bare gerunds, with no one, no place and no time ("acquiring
    such technologies may prove challenging", "young people fleeing overseas"), is no event."""
    if ev.who or ev.place or ev.when:
        return False
    return all(m.form.endswith("ing") and m.verb and m.lemma != m.form and
               not _words_before(text, m.start, 1)[-1:] == ["the"] for m in ev.mentions)


_BIG = 16


def _next_of_class(evs: list[_Ev], i: int) -> _Ev | None:
    """The next event after ``evs[i]`` of its class first stated within two sentences of its
    last mention (events are in order of creation, so the scan stops at the first later one)."""
    ev = evs[i]
    for j in range(i + 1, len(evs)):
        e = evs[j]
        if not e.mentions:
            continue
        gap = e.mentions[0].sent - ev.mentions[-1].sent
        if gap > 2:
            return None
        if e.cls == ev.cls and gap >= 0:
            return e
    return None


def _bump(big: list[_Ev], ev: _Ev) -> None:
    """Keep ``big`` the (at most _BIG) events with most mentions after ``ev`` gained one: a
    constant-time update, so a long text never re-sorts all its events per mention."""
    if any(e is ev for e in big):
        return
    if len(big) < _BIG:
        big.append(ev)
        return
    k = min(range(len(big)), key=lambda i: len(big[i].mentions))
    if len(ev.mentions) > len(big[k].mentions):
        big[k] = ev


def _salient(evs: list[_Ev], big: list[_Ev]) -> list[_Ev]:
    """In a long text, the events a mention may refer to: the latest ones and the biggest."""
    return list({id(e): e for e in evs[-48:] + sorted(big, key=lambda e: -len(e.mentions))}.values())


def _new(evs: list[_Ev], m: _Mention, who: set[str], place: Actor | None, when: str | None) -> _Ev:
    ev = _Ev(cls=m.cls, who=[], persons=[], place=place.place if place else None,
             country=place.country if place else None, when=None, mentions=[], evidence=[],
             last_sent=m.sent)
    evs.append(ev)
    return ev
