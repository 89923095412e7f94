"""Actors and places named in a text (public: shared by the claims and events plugins):
persons (from PersonMentions), countries, capitals,
cities, regions, demonyms and institutions (from the plugin's data files).

Metonymy is resolved here: ``Pyongyang`` is the place Pyongyang and the actor North Korea;
``the White House`` is the actor United States; ``North Korean`` is the actor North Korea.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import accumulate
from pathlib import Path
from types import MappingProxyType
from typing import Any

import regex
from attrs import frozen

from newskit import PersonMention
from newskit.body_names import body_names, cut_before, is_body_head
from newskit.datafiles import package_json
from newskit.grammar import PREPOSITIONS, SUBORDINATORS
from newskit.patterns import cached_tables, data_file
from newskit.textlayer import LOWER, layer
from newskit.vocabulary import Unit, current, per_vocabulary

__all__ = ["Actor", "ActorIndex", "calendar_words", "find_actors", "gazetteer_scan", "is_demonym", "named_bodies",
           "named_place_heads", "place_country", "place_heads", "place_tails", "state_abbreviations",
           "weekdays"]

#: actor kinds that are places (usable as an event's ``where``)
PLACE_KINDS = frozenset({"country", "capital", "city", "state", "region"})


@frozen
class Actor:
    """A name in the text and what it stands for."""

    start: int
    end: int
    text: str
    name: str  # canonical actor (person, country, institution)
    kind: str  # person | country | capital | city | state | region | demonym | government | outlet | organisation
    place: str | None = None  # canonical place, for places
    country: str | None = None

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS


@cache
def _data(name: str) -> Any:
    return package_json("newskit", name)


_FIRST = regex.compile(r"[^\s.,;:!?()\[\]\"“”'’-]+")
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[^\s.,;:!?()\[\]\"“”'’-]*")


_Tables = tuple[dict[str, list[str]], dict[str, tuple[str, str, str | None, str | None]]]


@cache
def _tables() -> _Tables:
    """Names by first word and, per surface form, (actor, kind, place, country): built
    from the data files, kept in newskit's cache while they and this module are unchanged
    (parsing and sorting them was ~10 ms of every process's first article)."""
    sources = [Path(__file__), data_file("newskit", "places.json"), data_file("newskit", "actors.json")]
    return cached_tables("actors", sources, _build_tables)


def _build_tables() -> _Tables:
    places = _data("places.json")
    table: dict[str, tuple[str, str, str | None, str | None]] = {}
    for surface, info in places["places"].items():
        country = info.get("country")
        kind = info["kind"]
        canonical = info.get("canonical", surface)
        if kind == "country":
            table[surface] = (canonical, "country", canonical, canonical)
        elif kind == "capital":  # an older or English name is the place by its own name (Kiev: Kyiv)
            table[surface] = (country or surface, "capital", canonical, country)
        else:
            table[surface] = (country or surface, kind, canonical, country)
    for surface, country in places["demonyms"].items():
        table.setdefault(surface, (country, "demonym", None, country))
    for surface, info in _data("actors.json")["actors"].items():
        table[surface] = (info["name"], info["type"], None, info.get("country"))
    # names by their first word, longest first: a dictionary look-up per capitalised word
    by_first: dict[str, list[str]] = {}
    for n in sorted(table, key=lambda s: (-len(s), s)):
        first = _FIRST.match(n)
        by_first.setdefault(first.group() if first else n, []).append(n)
    return by_first, table


def place_country(name: str | None) -> str | None:
    """The country a canonical place name lies in (itself for a country), or None."""
    if not name:
        return None
    got = _tables()[1].get(name)
    return got[3] if got else None




@cache
def _name_rx() -> Any:
    """A run of capitalised words on one line, joined by up to two of the words of ``actors.json``
    ``name_joiners`` (``of``, ``de``, ``dos``: ``Sindicato dos Portuários do Lobito``) or by a
    hyphened particle (``name_particles``: ``Bab al-Tabbaneh``)."""
    data = _data("actors.json")
    particles = "|".join(regex.escape(p) for p in data["name_particles"])
    joiners = "|".join(regex.escape(p) for p in data["name_joiners"])
    word = r"(?:[\p{Lu}][\p{L}&-]*[\p{L}]|[\p{Lu}]{2,})"
    # words of one name stand on one line: a headline's last word and the dateline's month
    # on the next ("Betty Ford Center\nMay 3, 2013") are two things
    return regex.compile(r"(?<![\p{L}\p{N}.'’-])" + word + r"(?:[^\S\n]+(?:(?:" + joiners + r")[^\S\n]+){0,2}"
                         + r"(?:(?:" + particles + r")-)?" + word + r")*(?![\p{L}\p{N}])")


#: a hyphened modifier's last part (``Earth-observation``, ``Kremlin-backed``, ``Tokyo-based``)
_MODIFIER_TAIL = regex.compile(r"-\p{Ll}+$")
_INITIAL = regex.compile(r"(?:[.!?\n]\s*|[\"“‘(]\s*)$")


@cache
def _firm_suffixes() -> str:
    """``actors.json`` ``firm_suffixes`` as one alternation, longest first."""
    words = sorted(_data("actors.json")["firm_suffixes"], key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in words)


@cache
def _suffix_rx() -> regex.Pattern[str]:
    """A firm's legal form (or ``Group``) ending a name: ``Skyreach Inc.``, ``Halvorsen ASA``."""
    return regex.compile(r"(?:\s+(?:" + _firm_suffixes() + r"))+\.?$")


@cache
def _written_as_firm_rx() -> regex.Pattern[str]:
    # the firm's only name word: "Bolt" of "Ocean Bolt Ltd" is no name of that firm
    return regex.compile(r"(?<![\p{L}\p{N}]|\p{Lu}[\p{L}'’\-]*[ \u00a0])(?P<name>\p{Lu}[\p{L}'’\-]*)(?:[ \u00a0]+(?:" + _firm_suffixes()
                         + r"))+(?![\p{L}\p{N}])")


def written_as_firm(text: str) -> frozenset[str]:
    """The one-word names ``text`` writes with a firm's legal form after them (``Halvorsen
    ASA``, ``Skyreach Inc.``): a firm's names, whatever a lone mention of them elsewhere
    looks like."""
    return frozenset(m.group("name") for m in _written_as_firm_rx().finditer(text))


def is_demonym(word: str) -> bool:
    """``Kenyan``, ``Dutch``, ``Croatian``: a people's adjective as the gazetteer reads it
    (no name of a body, a place or a person)."""
    got = _tables()[1].get(word)
    return got is not None and got[1] == "demonym"


@cache
def weekdays() -> frozenset[str]:
    """The weekdays' names as written (``Monday``): ``actors.json`` ``weekdays``."""
    return frozenset(_data("actors.json")["weekdays"])


@cache
def calendar_words() -> frozenset[str]:
    """The months' and weekdays' names as written (``January``, ``Monday``): capitalised
    words that name a time, never an actor or a place."""
    return frozenset(_data("actors.json")["months"]) | weekdays()


@cache
def _stop() -> frozenset[str]:
    """Capitalised words that open no name: ``not_names`` and the calendar's names."""
    words = [*_data("actors.json").get("not_names", []), *calendar_words()]
    return frozenset(w.lower() for w in words)


@cache
def _lone_modifiers() -> frozenset[str]:
    """Words that as a name's only word modify a noun and name no one (``European
    lenders``): ``actors.json`` ``lone_modifiers``."""
    return frozenset(_data("actors.json")["lone_modifiers"])


@cache
def _lone_numbers() -> frozenset[str]:
    """Number words that as a name's only word count what follows (``(Reuters) - Four
    people``): ``actors.json`` ``lone_numbers``."""
    return frozenset(_data("actors.json")["lone_numbers"])


#: words that open a sentence and no name there (capitalised by position alone)
_OPENERS = PREPOSITIONS | SUBORDINATORS

#: currency signs a country's letters open ("US$", "NZ$", "HK$"): the letters name no actor there
_CURRENCY_SIGNS = ("$", "€", "£", "¥")

#: lower-case words inside a name (``Ministry of Transport``, ``Office for Budget
#: Responsibility``): a name never starts with one
_CONNECTORS = frozenset({"of", "for", "on"})


#: a number right after a word (a sum after its currency's code: ``SCR 4,500``)
_NUMBER_AFTER = regex.compile(r"[ \u00a0]?\d")


@per_vocabulary
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes: the vocabulary's units written as a ``code`` (the quantities
    plugin's ``currency_codes``, and any plugin's that registers more): one list of
    currencies read by the numbers' grammar and by the names."""
    return frozenset(u.surface for u in current()(Unit) if u.form == "code")


@per_vocabulary
def _currency_after() -> regex.Pattern[str]:
    """A currency's lower-case name right after a name: the last word of each of the
    vocabulary's currency words ("CFA francs", "Costa Rican colones"), but the words that
    are also verbs or common nouns after a name (``actors.json`` ``not_currency_after_names``:
    "Kenya marks", "Smith won")."""
    spec = _data("actors.json")
    skip = frozenset(spec["not_currency_after_names"])
    last = {u.surface.split()[-1].lower() for u in current()(Unit) if u.form == "currency"}
    words = sorted((w for w in last if w[0].isalpha() and w not in skip), key=len, reverse=True)
    alternatives = "|".join(map(regex.escape, words))
    return regex.compile(r" (?:" + alternatives + r")(?![\p{L}\p{N}])")


#: a day's number or a year after a month's name: the month is a date's, not a name's
_DAY_AFTER = regex.compile(r"\s+\d")


def _calendar_tail(text: str, start: int, words: list[str], k: int) -> tuple[list[str], int] | None:
    """A name run that goes on into the day it speaks of, cut before that day: ``Wasilla
    Bible Church Friday night``, ``Lakeview Hospital Monday``, ``Kraft Plant September 10,
    2010`` (a headline's name before its date). Wire copy puts the day right after the name
    of the place or body, and neither weekdays nor a month before a day's number continue a
    name. Two words of the name at least stay before the cut, so the names that hold a day
    (``Patch Tuesday``, ``Easter Monday``, ``Fredric March``) are whole; a month is cut only
    before a number (``Prime Minister Theresa May`` is a name). The words and the run's new
    end, or None."""
    days = weekdays()
    months = _months()
    if not any(w in days or w in months for w in words[k + 2:]):
        return None  # most runs: no day in them, no offsets to find
    pos = start
    ends: list[int] = []
    for w in words:
        pos = text.index(w, pos) + len(w)
        ends.append(pos)
    for j in range(k + 2, len(words)):
        w = words[j]
        if w in days or (w in months and _DAY_AFTER.match(text, ends[j]) is not None):
            i = j
            while i > k + 1 and words[i - 1] in _joiners():
                i -= 1  # "Survivors of Wednesday's": no joiner ends a name
            return words[:i], ends[i - 1]
    return None


@cache
def _months() -> frozenset[str]:
    return frozenset(_data("actors.json")["months"])


@cache
def _joiners() -> frozenset[str]:
    return frozenset(_data("actors.json")["name_joiners"])


def _names(text: str, taken: list[tuple[int, int]]) -> list[Actor]:
    """Other proper names (companies, teams, bodies): capitalised words that are not a
    sentence's first word (unless several), not known places or persons, not stop words."""
    out: list[Actor] = []
    stop = _stop()
    # a wire dateline's dash opens a sentence: its one capitalised word is a common noun
    # when the article writes it in lower case too ("(AFP) - Thieves stole", "thieves"), or
    # when "of" follows it: a part or a number of what follows ("(AP) - Scores of inmates",
    # "(Reuters) - One of the last hospitals"), as a one-word name is never so followed
    opened = {f.end for f in layer(text).furniture if f.kind == "dateline"}
    lower = {w.text for w in layer(text).words if w.shape & LOWER} if opened else set()
    for m in _name_rx().finditer(text):
        s, e = m.span()
        words = m.group().split()
        # leading stop words dropped by index, not by slicing: a run of k stop words
        # ("June June June ...") costs k steps, not k * k
        k = 0
        head = s
        if words[0].lower() in _OPENERS and (s == 0 or _INITIAL.search(text[max(0, s - 3):s]) is not None):
            # "Under Tuesday's verdict", "Since Friday": a sentence's opening preposition
            # is capitalised by position; what follows it may still be a name
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
            head, k = s, 1
        while k < len(words) and (words[k].lower() in stop or _MODIFIER_TAIL.search(words[k])):
            head = s
            s = text.index(words[k + 1], s + len(words[k])) if k + 1 < len(words) else e
            k += 1
        if k == len(words):
            continue
        cut = _calendar_tail(text, m.start(), words, k)
        if cut is not None:
            words, e = cut
        if k and words[k] in _CONNECTORS:
            s, k = head, k - 1  # "Ministry of Transport": the stop word heads the name
        before = text[max(0, s - 3):s]
        initial = s == 0 or _INITIAL.search(before) is not None \
            or (s in opened and (words[k].lower() in lower or text.startswith(" of ", e)))
        if initial and len(words) - k == 1 and text[e:e + 2] not in ("'s", "’s"):
            continue
        if len(words) - k == 1 and (words[k] in _lone_modifiers() or words[k] in _lone_numbers()):
            continue  # "European lenders", "Nordic banks": a modifier alone names no one, nor
            # a number ("(Reuters) - Four people were killed")
        if _overlaps(taken, s, e):
            e = _before_owner(text, taken, s, e)  # "Sindicato dos Portuários do Lobito"
            words, k = text[s:e].split(), 0
        if e <= s or _overlaps(taken, s, e) or _MODIFIER_TAIL.search(words[-1]):
            continue  # "the Ehime Prefecture-based company": a modifier names no one (nor,
            # dropped above, "Earth-observation" or "Kremlin-backed" before a name)
        if text.startswith(_CURRENCY_SIGNS, e) or _currency_after().match(text, e) is not None:
            continue  # "US$600,000", "52 billion CFA francs": the letters say whose money, no actor
        if len(words) - k == 1 and words[k] in _currency_codes() and _NUMBER_AFTER.match(text, e) is not None:
            continue  # "SCR 4,500": a currency's code before its sum
        span = text[s:e]
        name = _suffix_rx().sub("", span) or span
        joined = bool(out) and _possessed_by_plural(text, out[-1], s, words[-1])
        if joined:
            s = out.pop().start  # "Ashby Residents' Association", "Martyrs' Square": one name
            span = name = text[s:e]
        if name == span:
            name = span  # one string for both, not two equal ones (most names have no suffix)
        if (len(words) - k >= 2 or joined) and words[-1].lower() in place_tails():
            out.append(Actor(s, e, span, name, "region", place=name))  # "the Bruce Highway"
        else:
            out.append(Actor(s, e, span, name, "name"))
    return out


def _before_owner(text: str, taken: list[tuple[int, int]], s: int, e: int) -> int:
    """Where a name run into a known name ends: before a place or person that a foreign
    joiner makes its owner (``Sindicato dos Portuários do Lobito``: the union of Lobito,
    ``actors.json`` ``owner_joiners``), when two capitalised words stay; else ``s`` (no name:
    ``Governor of Texas`` is a role)."""
    i = bisect.bisect_left(taken, (s, -1))
    if i >= len(taken) or taken[i][0] >= e or (i and taken[i - 1][1] > s):
        return s
    tail = _owner_tail().search(text, s, taken[i][0])
    if tail is None or sum(1 for w in text[s:tail.start()].split() if w[:1].isupper()) < 2:
        return s
    return int(tail.start())


@cache
def _owner_tail() -> Any:
    """The joiners of ``owner_joiners`` that end a run before its owner's name."""
    joiners = "|".join(regex.escape(j) for j in _data("actors.json")["owner_joiners"])
    return regex.compile(r"(?:\s+(?:" + joiners + r"))+\s+$")


@cache
def place_tails() -> frozenset[str]:
    """Last words that make a capitalised name a place (``Bruce Highway``, ``Heping
    Township``; ``place_tails`` of ``places.json``)."""
    return frozenset(_data("places.json")["place_tails"])


def _possessed_by_plural(text: str, before: Actor, start: int, last: str) -> bool:
    """Whether a name from ``start`` ending in ``last`` is a body's or a place's name that
    the plural possessive name ``before`` opens (``Ashby Residents' Association``, ``Lowland
    Farmers' Union``, ``Martyrs' Square``): one body or place, not a place's residents and
    an association."""
    end = before.end
    return start == end + 2 and text[end - 1] == "s" and text[end] in "'’" and text[end + 1] == " " \
        and (is_body_head(last) or last.lower() in place_tails())


def find_actors(text: str, persons: Sequence[PersonMention] = (), names: bool = True) -> list[Actor]:
    """Every actor/place name in ``text``, in order, without overlaps (persons first).

    Kept on the text's shared layer per set of persons: the claims and events linkers ask
    for the same article's actors up to four times, and the proper-name scan behind them
    was a noticeable part of both; and per vocabulary, whose currencies say which capitals
    name no one."""
    named = tuple((p.start, p.end, p.text, p.entity) for p in persons if p.entity and not p.author)
    memo: _ActorMemo = layer(text).memo("actors.find", _ActorMemo)
    return list(memo.found(text, named, names))


#: the persons handed to :func:`find_actors`, as (start, end, text, entity) of each
_Named = tuple[tuple[int, int, str, str], ...]


class _ActorMemo:
    """:func:`find_actors`'s answers for one text, per set of persons, ``names`` and vocabulary.

    Equal sets of persons are kept once, with their person actors, for every answer that
    reads them: the claims linker asks with and without ``names``, and on a long article each
    set of persons (a tuple a person) and its person actors were kept once per answer (about
    a megabyte per megabyte of text each). The answers are those of a plain dict."""

    __slots__ = ("_answers", "_persons")

    def __init__(self, _: object) -> None:
        self._answers: dict[tuple[_Named, bool, Any], tuple[Actor, ...]] = {}
        #: a set of persons -> the set kept (the first equal one seen) and its person actors
        self._persons: dict[_Named, tuple[_Named, tuple[Actor, ...]]] = {}

    def found(self, text: str, named: _Named, names: bool) -> tuple[Actor, ...]:
        """The actors of ``text`` with the persons ``named``, built on the first ask."""
        kept = self._persons.get(named)
        if kept is None:
            kept = self._persons[named] = (named, tuple(Actor(s, e, t, entity, "person") for s, e, t, entity in named))
        key = (kept[0], names, current().fingerprint)  # the currencies are the vocabulary's
        got = self._answers.get(key)
        if got is None:
            got = self._answers[key] = tuple(_find_actors(text, kept[1], names))
        return got


def _find_actors(text: str, persons: tuple[Actor, ...], names: bool) -> list[Actor]:
    out = list(persons)
    taken = sorted((a.start, a.end) for a in out)
    places = _gazetteer_hits(text, tuple(taken))
    if names:
        headed = _place_headed(text, places, taken)
        if headed:
            spans = sorted((h.start, h.end) for h in headed)
            places = tuple(a for a in places if not _overlaps(spans, a.start, a.end))
            out.extend(headed)
            taken = sorted(taken + spans)
        bodies = _bodies(text, taken, places)
        places = tuple(a for a in places if not _overlaps(bodies, a.start, a.end))
        out.extend(Actor(s, e, name, name, "organisation") for s, e in bodies for name in (text[s:e],))
        taken = sorted(taken + bodies)
    out.extend(places)
    found = [(a.start, a.end) for a in places]
    if names:
        out.extend(_towns_of(text, _names(text, sorted(taken + found)), places))
    out.sort(key=lambda a: (a.start, a.end))
    return out


def _towns_of(text: str, names: list[Actor], places: Sequence[Actor]) -> list[Actor]:
    """``names``, a name right before a comma and a state or a country being a town there
    (``Paradise, Calif.``, ``Hualien City, Taiwan``, ``Recife, Brazil``): the place says
    where the town lies, as a dateline and an address write it; not before a possessive
    (``Nordarc, Norway's largest carmaker``)."""
    after = {a.start: a for a in places if a.kind in ("state", "country")}
    if not after:
        return names
    out = []
    for n in names:
        where = after.get(n.end + 2) if text.startswith(", ", n.end) else None
        if where is None or text.startswith(("'s", "’s"), where.end):
            out.append(n)
        else:
            out.append(Actor(n.start, n.end, n.text, n.text, "region", place=n.text, country=where.country))
    return out


#: the most characters a place-headed body's name runs past its place: a longer run of
#: capitalised words is a list of names, and reading it whole at every place was quadratic
_BODY_RUN = 120


def _place_headed(text: str, places: Sequence[Actor], taken: list[tuple[int, int]]) -> list[Actor]:
    """Bodies named by a place and a run of capitalised words that ends in a body's generic
    head (``Seychelles Ports Authority``, ``Maldives Police Service``, ``Lithuanian
    Competition Council``): the place only says whose body it is, and the run is one
    organisation, not the place with a remainder no reading keeps."""
    out: list[Actor] = []
    for p in places:
        if not (p.is_place or p.kind == "demonym"):
            continue
        m = _name_rx().match(text, p.start, min(len(text), p.end + _BODY_RUN))
        if m is None or m.end() <= p.end or not text.startswith(" ", p.end):
            continue
        last = m.group().split()[-1]
        if not is_body_head(last) or _overlaps(taken, p.start, m.end()):
            continue
        span = text[p.start:m.end()]
        out.append(Actor(p.start, m.end(), span, span, "organisation", country=p.country or p.name))
    return out


def named_bodies(text: str, persons: Sequence[PersonMention] = ()) -> list[Actor]:
    """The bodies ``find_actors`` reads by the generic head of their name (``Bank of
    England``, ``Department for Environment, Food and Rural Affairs``): where a source read
    as one of their words (``England``, ``Rural Affairs``) is the whole body."""
    named = tuple((p.start, p.end, p.text, p.entity) for p in persons if p.entity and not p.author)
    taken = sorted((s, e) for s, e, _, _ in named)
    spans = set(_bodies(text, taken, _gazetteer_hits(text, tuple(taken))))
    return [a for a in find_actors(text, persons, names=True) if (a.start, a.end) in spans and a.kind == "organisation"]


def _bodies(text: str, persons: list[tuple[int, int]], known: Sequence[Actor]) -> list[tuple[int, int]]:
    """The names of bodies read by their generic head (``newskit.body_names``: ``Bank of
    England``, ``Transparency in Medicine Network``): cut before a person's name they run
    into; none that holds a known body, outlet or government of the gazetteer (its own
    name stands); the places inside one only say whose body it is.

    ``persons`` are sorted and ``known`` (the gazetteer hits) sorted and apart, so each name
    looks up its neighbours by bisection: a long article has thousands of each."""
    out: list[tuple[int, int]] = []
    starts = [p[0] for p in persons]
    reach = list(accumulate((p[1] for p in persons), max))  # furthest end of the persons so far
    known_ends = [a.end for a in known]
    for s, e in body_names(text, calendar_words()):
        inside = _first_person_inside(persons, starts, reach, s, e)
        span: tuple[int, int] | None = (s, e)
        if inside is not None:
            span = cut_before(text, (s, e), inside[0]) if inside[0] > s else None
        if span is None or _holds_known_body(known, known_ends, span):
            continue
        out.append(span)
    return out


def _first_person_inside(persons: list[tuple[int, int]], starts: list[int], reach: list[int], s: int,
                         e: int) -> tuple[int, int] | None:
    """The first of the sorted ``persons`` that starts inside ``[s, e)`` or ends inside
    ``(s, e]``: those starting before ``s`` are only the few still running at ``s``."""
    k = bisect.bisect_left(starts, s)
    first = None
    i = k - 1
    while i >= 0 and reach[i] > s:
        if persons[i][1] <= e and persons[i][1] > s:
            first = i
        i -= 1
    if first is not None:
        return persons[first]
    return persons[k] if k < len(persons) and starts[k] < e else None


def _holds_known_body(known: Sequence[Actor], ends: list[int], span: tuple[int, int]) -> bool:
    """Whether a gazetteer name that is no place (a body, an outlet, a government) overlaps
    ``span``; ``known`` are sorted and apart, so their ends are sorted too."""
    i = bisect.bisect_right(ends, span[0])
    while i < len(known) and known[i].start < span[1]:
        a = known[i]
        if not a.is_place and a.kind != "demonym":
            return True
        i += 1
    return False


def _gazetteer_hits(text: str, taken: tuple[tuple[int, int], ...]) -> tuple[Actor, ...]:
    """Gazetteer names (places, institutions) outside the ``taken`` person spans.

    The scan itself is the shared text layer's (``layer(text).gazetteer``): it runs once
    per article, however many linkers read the article's actors.
    """
    spans = list(taken)
    out: list[Actor] = []
    pos = 0
    for hit in _with_states(text, layer(text).gazetteer):
        if hit.start < pos or _overlaps(spans, hit.start, hit.end):
            continue
        pos = hit.end
        local = _local_place(text, hit)
        if local is not None and local.start >= (out[-1].end if out else 0) \
                and not _overlaps(spans, local.start, local.end):
            hit = local
        out.append(hit)
    return tuple(out)


def _with_states(text: str, hits: Sequence[Actor]) -> Sequence[Actor]:
    """The gazetteer's hits and, in order among them, the US states AP style abbreviates
    after a town and a comma (``Paradise, Calif.``, ``Albany, N.Y.``)."""
    if ", " not in text:
        return hits
    named = state_abbreviations()
    states = [Actor(m.start(), m.end(), m.group(), "United States", "state", named[m.group()], "United States")
              for m in _state_after_town().finditer(text)]
    if not states:
        return hits
    return sorted([*hits, *states], key=lambda a: (a.start, -a.end))


@cache
def _state_after_town() -> regex.Pattern[str]:
    """A state's abbreviation after a capitalised word and a comma, before no letter."""
    words = "|".join(regex.escape(w) for w in sorted(state_abbreviations(), key=len, reverse=True))
    return regex.compile(r"(?<=\p{Lu}[\p{L}'’-]*,[ ])(?:" + words + r")(?![\p{L}\p{N}])")


@cache
def state_abbreviations() -> Mapping[str, str]:
    """The US states' abbreviations AP style writes after a town (``Calif.`` -> California;
    ``state_abbreviations`` of ``places.json``), read only after a name and a comma."""
    return MappingProxyType(dict(_data("places.json")["state_abbreviations"]))


#: the capitalised word right before a gazetteer name, with the one space between them
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}.]*) $")


def _local_place(text: str, hit: Actor) -> Actor | None:
    """A village's, ward's, estate's or street's own name that a gazetteer place's name
    ends (``Barangay San Jose``, ``Estancia Santa Clara``: ``place_heads`` of
    ``places.json``) as one local place of no known country; else None. The Philippine ward
    is no participant from Costa Rica."""
    if not hit.is_place:
        return None
    m = _WORD_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    if m is None:
        return None
    head = m.group(1).rstrip(".").lower()
    if head not in place_heads() and head not in named_place_heads():
        return None
    span = text[m.start():hit.end]
    return Actor(m.start(), hit.end, span, span, "region", place=span)


@cache
def place_heads() -> frozenset[str]:
    """Generic words of other languages that open a local place's name wherever they stand
    (``Barangay San Jose``, ``Kampung Raja``, ``Kiryat Arba``; ``place_heads`` of
    ``places.json``): no list of names holds them."""
    return frozenset(_data("places.json")["place_heads"])


@cache
def named_place_heads() -> frozenset[str]:
    """Such words that are given names or surnames too (``Villa``, ``Rio``, ``Calle``;
    ``named_place_heads`` of ``places.json``): a run they open is a place where the text
    writes it as one, which the persons plugin reads."""
    return frozenset(_data("places.json")["named_place_heads"])


def gazetteer_scan(text: str) -> tuple[Actor, ...]:
    """At each capitalised word of ``text``, the longest gazetteer name starting there (the
    hits may overlap; :attr:`newskit.textlayer.TextLayer.gazetteer` keeps this per text)."""
    by_first, table = _tables()
    out: list[Actor] = []
    n = len(text)
    for w in _WORD_START.finditer(text):
        cands = by_first.get(w.group())
        if not cands:
            continue
        s = w.start()
        for name in cands:
            e = s + len(name)
            if text.startswith(name, s) and (e >= n or not (text[e].isalnum() or text[e] in _CURRENCY_SIGNS)):
                actor, kind, place, country = table[name]
                out.append(Actor(s, e, name, actor, kind, place, country))
                break
    return tuple(out)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when ``[s, e)`` overlaps one of the sorted, non-nested ``spans``."""
    i = bisect.bisect_left(spans, (e, -1))
    for k in range(max(0, i - 4), i):  # a plain loop: no slice and no generator per call
        a, b = spans[k]
        if a < e and s < b:
            return True
    return False


class ActorIndex:
    """Actors in text order with range look-ups in logarithmic time."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = list(actors)
        self.starts = [a.start for a in self.actors]
        self.persons = [a for a in self.actors if a.kind == "person"]
        self.person_starts = [a.start for a in self.persons]

    def between(self, lo: int, hi: int) -> list[Actor]:
        """Actors lying within ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [a for a in self.actors[i:j] if a.end <= hi]

    def index_range(self, lo: int, hi: int) -> range:
        """Indexes (into ``actors``) of actors starting within ``[lo, hi)``."""
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))

    def persons_before(self, pos: int, since: int) -> list[Actor]:
        i = bisect.bisect_left(self.person_starts, since)
        j = bisect.bisect_left(self.person_starts, pos)
        return [a for a in self.persons[i:j] if a.end <= pos]

    def covering(self, s: int, e: int) -> bool:
        """True when an actor's span contains ``[s, e)``."""
        i = bisect.bisect_right(self.starts, s)
        return any(a.start <= s and e <= a.end for a in self.actors[max(0, i - 3):i])
