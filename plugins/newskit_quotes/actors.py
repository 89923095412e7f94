"""Speaker noun phrases that are not persons: governments, institutions, outlets, groups.

``classify(np)`` reads a subject noun phrase as written ("Seoul’s foreign ministry",
"Washington", "the newspaper", "analysts", "he") and says what it is and, for names,
its canonical form (``South Korean Foreign Ministry``, ``United States``). Metonymy:
a seat of government stands for its state (``data/actors.json`` ``seats``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from newskit import grammar
from newskit.actors import find_actors
from newskit.body_names import ends_in_public_head, is_body_head
from newskit.vocabulary import Organisation, current, per_vocabulary

from .cues import load_json, load_word_sets

__all__ = ["Actor", "classify", "tables"]

DETS = grammar.DETERMINERS | frozenset(
    "some another one any each every both several many most few other such".split()
)


@dataclass(frozen=True)
class Tables:
    seats: dict[str, str]
    countries: dict[str, str]
    demonyms: dict[str, str]
    org_heads: frozenset[str]
    outlet_heads: frozenset[str]
    roles: frozenset[str]
    groups: frozenset[str]
    group_names: dict[str, str]
    pairs: frozenset[str]
    pronouns: dict[str, str]
    demonym_country: dict[str, str]
    document_heads: frozenset[str]
    post_modifiers: dict[str, frozenset[str]]
    indefinite: frozenset[str]
    agent_suffixes: tuple[str, ...] = ()
    agent_things: frozenset[str] = frozenset()
    modifier_prepositions: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    lower_modifier_prepositions: frozenset[str] = frozenset()
    relations: frozenset[str] = frozenset()  # roles by relation or circumstance (``relation_roles``)
    #: a body around a person or firm that speaks for it (``the Clinton campaign``, ``the
    #: Acme board``): with the name before it, the whole phrase names who speaks
    owned_heads: frozenset[str] = frozenset()
    #: heads naming a state's government (``the government``): they stand for a country only
    government_heads: frozenset[str] = frozenset()

    def opens_modifier(self, word: str) -> bool:
        """``word`` (as written) opens a post-modifier after a speaker's head: one of the
        ``modifier_prepositions``, or of the ``lower_modifier_prepositions`` in lower case
        (a capitalised ``Against`` is inside a name: ``Mothers Against Drunk Driving``)."""
        low = word.lower()
        return low in self.modifier_prepositions or (word.islower() and low in self.lower_modifier_prepositions)

    def by_relation(self, word: str) -> bool:
        """``word`` (lower case, singular or plural) is one of the ``relation_roles``: a person
        named by a relation or a circumstance (``neighbours``, ``a patient``, ``citizens``)."""
        return any(w in self.relations for w in _singular_forms(word))

    def names_people(self, word: str) -> bool:
        """A lower-case noun for people: a listed role or group, or a noun for a person by
        what they do (``operator``, ``employee``, ``pianist``, ``fishermen``), read from its
        ending so that the role list need not name every trade."""
        if word in self.groups or any(w in self.roles for w in _singular_forms(word)):
            return True
        stem = word[:-2] + "an" if word.endswith("men") else word[:-1] if word.endswith("s") else word
        return (len(stem) > 4 and stem.isalpha() and stem.endswith(self.agent_suffixes)
                and stem not in self.agent_things)


def _singular_forms(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be the plural of: ``neighbours`` -> ``neighbour``,
    ``eyewitnesses`` -> ``eyewitness``, ``families`` -> ``family``."""
    forms = (word, word.rstrip("s"))
    if word.endswith("ies"):
        return (*forms, word[:-3] + "y")
    return (*forms, word[:-2]) if word.endswith("es") else forms


#: Organisation kind -> its table in ``data/actors.json``.
ORG_TABLES = {"seat": "seats", "country": "countries", "organisation_head": "org_heads",
              "outlet_head": "outlet_heads"}


def bundled_organisations() -> list[Organisation]:
    """The seats, countries and organisation and outlet head nouns of ``data/actors.json``."""
    d = load_json("actors.json")
    out: list[Organisation] = []
    for kind, key in ORG_TABLES.items():
        table = d[key]
        if isinstance(table, dict):
            out += [Organisation(name=k, kind=kind, canonical=v) for k, v in table.items()]
        else:
            out += [Organisation(name=k, kind=kind) for k in table]
    return out


@per_vocabulary
def tables() -> Tables:
    d = load_json("actors.json")
    dem = dict(d["demonyms"])
    orgs = current()(Organisation)  # the bundled names come through the same hook
    return Tables(
        seats={o.name: o.canonical for o in orgs if o.kind == "seat"},
        countries={o.name: o.canonical for o in orgs if o.kind == "country"},
        demonyms=dem,
        org_heads=frozenset(o.name for o in orgs if o.kind == "organisation_head"),
        outlet_heads=frozenset(o.name for o in orgs if o.kind == "outlet_head"),
        roles=frozenset(d["person_roles"]) | frozenset(d.get("relation_roles", ())),
        groups=frozenset(d["groups"]),
        group_names=dict(d.get("group_names", {})),
        pairs=frozenset(d["plural_pairs"]),
        pronouns=dict(d["pronouns"]),
        demonym_country={v.lower(): k for k, v in dem.items()},
        document_heads=frozenset(d.get("document_heads", ())),
        post_modifiers={k: frozenset(v) for k, v in d.get("post_modifiers", {}).items()},
        indefinite=frozenset(d.get("indefinite", ())),
        agent_suffixes=tuple(d.get("agent_suffixes", ())),
        agent_things=frozenset(d.get("agent_suffix_things", ())),
        modifier_prepositions=frozenset(d.get("modifier_prepositions", ())),
        lower_modifier_prepositions=frozenset(d.get("lower_modifier_prepositions", ())),
        place_prepositions=frozenset(d.get("place_prepositions", ())),
        relations=frozenset(d.get("relation_roles", ())),
        owned_heads=frozenset(d.get("owned_heads", ())),
        government_heads=frozenset(d.get("government_heads", ())),
    )


@dataclass(frozen=True)
class Actor:
    """What a speaker phrase is.

    ``kind``: ``pronoun``, ``person_desc`` ("the professor"), ``org_desc`` ("the
    newspaper", "the ministry"), ``pair`` ("both countries"), ``group`` ("analysts"),
    ``country``, ``outlet``, ``org``, or ``name`` (a capitalised name, maybe a person).
    ``name`` is the canonical name when the phrase names someone; ``head`` the head noun.
    """

    kind: str
    name: str | None
    head: str = ""


_POSS = regex.compile(r"^(.+?)[\u2019']s?\s+(.+)$")
#: a place adjective before a common head (``Tokyo-based``, ``Ehime Prefecture-based``):
#: where a body is based, no part of what it is called
_BASED = regex.compile(r"(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*-based\s+(?=\p{Ll})")
_SPACE = regex.compile(r"\s+")
#: a possessive ending (``prosecutor's``): the word is still a common noun
_POSSESSIVE_END = regex.compile(r"['\u2019]s?$")
_AND = regex.compile(r"\band\b")


def _strip_det(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETS:
        words = words[1:]
    return words


def _country(phrase: str) -> str | None:
    t = tables()
    return t.countries.get(phrase) or t.seats.get(phrase)


def _titled(words: list[str]) -> str:
    """Words of a body's name in title case, ``and`` as written (``Police and Fire``)."""
    return " ".join(w if w[:1].isupper() or w == "and" else w.capitalize() for w in words)


def _demonym_len(low: list[str]) -> int:
    """How many leading words form a demonym ("north korean" -> 2), or 0."""
    dc = tables().demonym_country
    if len(low) >= 2 and f"{low[0]} {low[1]}" in dc:
        return 2
    return 1 if low and low[0] in dc else 0


def _cap_run(words: list[str]) -> list[str]:
    """The first maximal run of capitalised words."""
    i = 0
    while i < len(words) and not words[i][:1].isupper():
        i += 1
    j = i
    while j < len(words) and (words[j][:1].isupper() or words[j].lower() in ("of", "for", "and")):
        j += 1
    while j > i and not words[j - 1][:1].isupper():
        j -= 1
    return words[i:j]


@dataclass(frozen=True)
class _Np:
    """A speaker phrase split for the rules of :func:`classify`: its words as written (a
    sentence-initial common noun lower-cased), their lower case, and the words after
    the determiners (``bare``), with the head noun and the bare phrase as one string."""

    words: list[str]
    low: list[str]
    bare: list[str]

    @property
    def head(self) -> str:
        return self.bare[-1].lower()

    @property
    def phrase(self) -> str:
        return " ".join(self.bare)


#: the most phrases :func:`classify` keeps the answer of, per vocabulary (cleared when full)
_CLASSIFIED_MAX = 50_000


def classify(np: str) -> Actor:
    """Read a speaker noun phrase (as written) into an :class:`Actor`.

    A lone pronoun is itself; otherwise the first rule of ``_CLASSIFY_RULES`` that reads
    the phrase says what it is, and a phrase no rule reads is a name (``_kind_of``).
    The answer depends on the phrase and the vocabulary only, so it is kept per vocabulary:
    the same phrases come back (a third of the calls repeat one of the same article)."""
    memo = _classified()
    got = memo.get(np)
    if got is None:
        if len(memo) >= _CLASSIFIED_MAX:
            memo.clear()
        got = memo[np] = _classify(np)
    return got


@per_vocabulary
def _classified() -> dict[str, Actor]:
    """Phrase -> its :func:`classify` answer, for the vocabulary in force."""
    return {}


def _classify(np: str) -> Actor:
    """:func:`classify`, unremembered."""
    t = tables()
    np = _SPACE.sub(" ", np.strip().strip(",")).replace("\u2019", "'")
    np = _BASED.sub("", np)  # "the Tokyo-based company": where it is based names no one
    words = [w for w in np.split(" ") if w]
    if not words:
        return Actor("group", None, "")
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in t.pronouns:
        return Actor("pronoun", None, low[0])
    p = _recased(words, low, t)
    for rule in _CLASSIFY_RULES:
        actor = rule(p, t)
        if actor is not None:
            return actor
    return _kind_of(p.bare, p.head)


def _recased(words: list[str], low: list[str], t: Tables) -> _Np:
    """The phrase's parts; a sentence-initial common noun with a capital only because it
    opens the sentence is lower-cased ("Officials said", "Leaders of both parties"), and so
    is a noun of relation that opens a phrase of relation, or a count before a common noun
    (:func:`_sentence_capital`)."""
    bare = _strip_det(words)
    if bare and bare is words and bare[0][1:].islower() and _sentence_capital(bare, t):
        bare = [bare[0].lower(), *bare[1:]]
        return _Np(bare, [w.lower() for w in bare], bare)
    return _Np(words, low, bare)


def _sentence_capital(bare: list[str], t: Tables) -> bool:
    """The first word's capital is the sentence's, not a name's: a noun of a trade or a
    group ("Officials"); a count before a lower-case noun ("Two relatives of the victim",
    "Three neighbours": the number opens no name); a noun of relation alone or opening a
    phrase of relation ("Relatives of the two suspects", "Neighbours"). A noun of relation
    before capitals is a name's first word ("Patients First Canada", "Friends of the
    Earth", "Parents in Education Network"), and so is any noun of people before a
    capitalised word ("Doctors Without Borders", "Nurses United", "Teachers Union"): a
    sentence's own second word has no capital."""
    if len(bare) > 1 and bare[1][:1].isupper():
        return False
    first = bare[0].lower()
    if first.endswith(("s'", "s\u2019")):  # "Passengers' relatives": whose, unless a name follows
        if len(bare) < 2 or any(w[:1].isupper() for w in bare[1:]):
            return False
        first = first[:-1]
    if t.by_relation(first):
        return _relation_phrase(bare[1:], t)
    if first in t.indefinite:
        return len(bare) > 1 and bare[1].islower()
    return first in t.groups or first.rstrip("s") in t.roles or first in t.roles or _trade_plural(bare[0], first, t)


def _described_plural(bare: list[str], t: Tables) -> bool:
    """``Local officials``, ``Environmental groups``, ``Aid agencies``, ``Union leaders``:
    a capitalised word before a lower-case plural of people or of bodies, the rest of the
    phrase in lower case, describes many, not one named: a later ``they`` stands for them,
    never ``he`` or ``she``. The phrase keeps its words as written (its first capital may
    be a name's: ``Boeing workers``, ``Chilean officials``). A possessive before the plural
    (``Paraguay's farm unions``) is read as it was."""
    head = bare[-1]
    if len(bare) < 2 or not all(w.islower() and w.isalpha() for w in bare[1:]) or not bare[0].isalpha():
        return False
    if not (t.names_people(head) or any(f in t.org_heads for f in _singular_forms(head)[1:])):
        return False
    return head.endswith(("s", "men"))


def _trade_plural(word: str, low: str, t: Tables) -> bool:
    """``word`` (as written; ``low`` in lower case, without a possessive's apostrophe) is
    the plural of a noun for people read from its ending (``Regulators``, ``Forecasters``,
    ``Fishermen``): a sentence's ``Regulators said`` is many people, never one named
    ``Regulators`` whom a later ``he`` or ``the minister`` could stand for. A name the
    core gazetteer knows (``Reuters``) stays a name; a surname of that shape (``Walters``)
    is the persons layer's and speaks as a person before its words are read here."""
    return (low.endswith(("s", "men")) and t.names_people(low)
            and not find_actors(word.rstrip("'\u2019"), (), names=False))


def _relation_phrase(rest: list[str], t: Tables) -> bool:
    """What follows a noun of relation makes it a phrase of relation, not a name: nothing,
    or a lower-case preposition, any determiners, and a lower-case word ("of the two
    suspects", "of victims", "in the village"); a capital there opens a name ("of the
    Earth", "of Omar Haddad", "in Kelby")."""
    if not rest or _where_people_are(rest, t):
        return True
    if not (rest[0].islower() and t.opens_modifier(rest[0])):
        return False
    k = 1
    while k < len(rest) and rest[k].islower() and rest[k] in DETS:
        k += 1
    return k < len(rest) and rest[k].islower()


def _only_determiners(p: _Np, t: Tables) -> Actor | None:
    """Determiners alone ("both", "some"): a group named by its last word."""
    if p.bare:
        return None
    return Actor("group", t.group_names.get(p.low[-1]), p.low[-1])


def _time_owner(p: _Np, t: Tables) -> Actor | None:
    """A time before a possessive owns no words: it says when they were said, not who said
    them ("Tuesday's statement", "last year's forecast", "Sunday's rally organisers" are
    the statement, the forecast, the organisers). Weekdays are times capitalised too;
    months are not read (``May's spokesman`` may be a person's), other time words only in
    lower case (``The Times's editor`` is an outlet's)."""
    for k, w in enumerate(p.bare[:-1]):
        if w.endswith("'s"):
            stem = w[:-2]
            weekdays, times = _time_words()
            if stem.lower() in weekdays or (stem.islower() and stem in times):
                return classify(" ".join(["the", *p.bare[k + 1:]]))
            return None
    return None


@cache
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """Weekday names (the ``named_times`` of ``data/speakers.json`` in -day: no month
    is one) and lower-case time nouns (its ``times``)."""
    sets = load_word_sets("speakers.json")
    return frozenset(w for w in sets["named_times"] if w.endswith("day")), sets["times"]


def _cut_modifier(p: _Np, t: Tables) -> Actor | None:
    """A modifier after the head is cut and the head read again: "people familiar with
    the matter", "sources close to the talks", "officials in Seoul", "a spokesman for the
    ministry" (the head precedes the preposition)."""
    bare, words = p.bare, p.words
    for k in range(1, len(bare) - 1):
        before = bare[k - 1].lower()
        word = bare[k].lower()
        if word in ("with", "without") and k + 1 < len(bare) and bare[k + 1].lower() in t.post_modifiers:
            return classify(" ".join(words[: len(words) - len(bare) + k]))
        if word in t.post_modifiers and (
            t.names_people(before) or before == "person"
        ):
            return classify(" ".join(words[: len(words) - len(bare) + k]))
        if word in t.place_prepositions and bare[k].islower() and (before in t.org_heads or before in t.outlet_heads):
            # a body's place is no part of its name: "the Cape Argus newspaper in Cape Town"
            return classify(" ".join(words[: len(words) - len(bare) + k]))
        if _body_of_common_noun(bare, k, t):
            return classify(" ".join(words[: len(words) - len(bare) + k]))
        # a person by relation is named with whom it relates to ("relatives of the victims"),
        # and is cut from a name only as a trade is ("Parents in Education Network" is one)
        relation = t.by_relation(before)
        if relation and word == "of" and bare[k - 1].islower():
            return _related_group(p, k)
        if relation and _where_people_are(bare[k:], t):
            return classify(" ".join(words[: len(words) - len(bare) + k]))
        if t.opens_modifier(bare[k]) and word != "to" and not (relation and word == "of" and bare[k - 1][:1].isupper()) \
                and not _inside_body_name(bare, k) and (
            # "ambassador to Venezuela" is a title
            before in t.groups or (before.rstrip("s") in t.roles and not relation)
            # a trade read from its ending keeps a named body after it ("Monitors from the
            # African Union"), and drops a common place ("a trainee at the depot")
            or (t.names_people(before) and not any(w[:1].isupper() for w in bare[k + 1:]))
        ):
            return classify(" ".join(words[: len(words) - len(bare) + k]))
    return None


def _inside_body_name(bare: list[str], k: int) -> bool:
    """``Association of Travel Consultants of Nigeria``: a capitalised trade before ``of``
    is a word of a body's name that a generic head opened (``newskit.body_names``), so the
    place after it goes on with the name, not a modifier of the trade (``in Kericho`` after
    one still says where)."""
    return bare[k].lower() == "of" and bare[k - 1][:1].isupper() and bare[0][:1].isupper() and is_body_head(bare[0])


def _where_people_are(rest: list[str], t: Tables) -> bool:
    """``in Kelby``, ``on Elm Street``, ``at the depot``: a lower-case preposition of place
    after a noun of relation says where they are, no part of a name, unless the phrase
    ends in the head of a body (``Parents in Education Network``)."""
    last = rest[-1].lower()
    return (len(rest) > 1 and rest[0] in t.place_prepositions
            and last not in t.org_heads and last not in t.outlet_heads)


def _related_group(p: _Np, k: int) -> Actor:
    """``relatives of the two suspects``, ``parents of pupils at the school``: people named
    by a relation are named with whom they relate to, so the suspects' relatives and the
    victims' relatives of one story stay two parties; one person so named is read by the
    head alone (``a friend of the family``)."""
    words = p.words
    head = classify(" ".join(words[: len(words) - len(p.bare) + k]))
    if head.kind != "group":
        return head
    return Actor("group", " ".join(p.bare), head.head)


def _body_of_common_noun(bare: list[str], k: int, t: Tables) -> bool:
    """``the association of municipalities``, ``the federation of small businesses``: a
    lower-case body before ``of`` or ``for`` and a phrase with no name heads the phrase
    (what it is of names its field, not the speaker); ``the Ministry of Health`` keeps its
    name whole, and members who speak name the group (``the union of teachers``)."""
    before, word = bare[k - 1], bare[k]
    return (word in ("of", "for") and before.islower() and before in t.org_heads
            and not any(w[:1].isupper() for w in bare[k + 1 :]) and not t.names_people(bare[-1].lower()))


def _named_group(p: _Np, t: Tables) -> Actor | None:
    """A group the data names ("the opposition", "rescue workers")."""
    lower_np = p.phrase.lower()
    whole = " ".join(p.low)
    if lower_np in t.group_names or whole in t.group_names:
        return Actor("group", t.group_names.get(whole) or t.group_names[lower_np], p.head)
    return None


def _common_phrase(p: _Np, t: Tables) -> Actor | None:
    """A phrase without a capital, read from its determiner and head: a pair ("both
    countries"), a body ("the ministry": ``org_desc``; "a ministry": a group), a group
    ("analysts"), a person described ("the professor", "a witness")."""
    bare, head = p.bare, p.head
    if any(w[:1].isupper() for w in bare):
        return None
    lower_np = p.phrase.lower()
    det = p.low[0] if p.low[0] in DETS else ""
    if det in ("both", "the", "two") and head in t.pairs and len(bare) <= 2:
        return Actor("pair", None, head)
    if _bodies(head, t):
        return Actor("group", lower_np, head)
    if head in t.outlet_heads or head in t.org_heads:
        if det in ("the", "this", "that") or not det:
            return Actor("org_desc", None, head)
        return Actor("group", lower_np, head)
    if head in t.groups or (head.endswith("s") and head not in t.roles and t.names_people(head)):
        # "a military source", "police sources": what an unnamed source is a source of is
        # kept, so the army's denial is the army's, not any unnamed source's
        qualified = " ".join(bare) if len(bare) > 1 and head in ("source", "sources") else None
        if _joined_groups(bare, t):
            return Actor("group", lower_np, head)  # "growers and officials": not any officials
        return Actor("group", qualified or t.group_names.get(head, lower_np), head)
    if t.names_people(head) or det in ("the", "a", "an"):
        return Actor("person_desc", None, head)
    return Actor("group", lower_np, head)


def _bodies(head: str, t: Tables) -> bool:
    """``the two banks``, ``rival airlines``, ``the ministries``: the plural of a body's head
    names bodies, a group, not one person described (which a speaker must be named as, or
    open its sentence, to count); documents (``reports``) and people's roles are not."""
    if not head.endswith("s") or head in t.org_heads or head in t.outlet_heads or t.names_people(head):
        return False
    return any(f in t.org_heads and f not in t.document_heads for f in _singular_forms(head)[1:])


def _joined_groups(bare: Sequence[str], t: Tables) -> bool:
    """``growers and officials``, ``police and fire officials``: a group of people named
    before ``and`` speaks with the one after it, so the phrase is their name as written;
    ``oil and gas officials`` joins two modifiers of one group."""
    low = [w.lower() for w in bare]
    k = low.index("and") if "and" in low else 0
    if k < 1:
        return False
    w = low[k - 1]
    return w in t.groups or (w.endswith("s") and w not in t.roles and t.names_people(w))


def _country_phrase(p: _Np, t: Tables) -> Actor | None:
    """A country or a seat of government standing for its state ("Washington")."""
    c = _country(p.phrase)
    if c is None:
        return None
    return Actor("country" if p.phrase in t.countries or c in t.demonyms else "org", c, p.head)


def _possessive(p: _Np, t: Tables) -> Actor | None:
    """A country's body or document: "Seoul's foreign ministry" (the body, named with the
    demonym), "the Kremlin's announcement" (a document: the owner speaks)."""
    m = _POSS.match(p.phrase)
    if not m or _country(m.group(1)) is None:
        return None
    owner_c = _country(m.group(1)) or ""
    rest = [w for w in m.group(2).split(" ") if w]
    run = _cap_run(rest)
    if run:
        return _kind_of(run, rest[-1].lower())
    if rest[-1].lower() in t.document_heads:
        return Actor("country" if owner_c in t.demonyms else "org", owner_c, p.head)
    dem = t.demonyms.get(owner_c, owner_c)
    return _kind_of([dem, *(_titled([w]) for w in rest)], p.head)


def _coordinated(p: _Np, t: Tables) -> Actor | None:
    """Names joined by "and" ("Seoul and Washington"): one group of them."""
    if " and " not in f" {p.phrase} ":
        return None
    names = []
    for part in _AND.split(p.phrase):
        pw = _strip_det([w for w in part.split(" ") if w])
        pj = " ".join(pw)
        names.append(_country(pj) or pj)
    if all(names):
        return Actor("group", " and ".join(names), p.head)
    return None


def _demonym_led(p: _Np, t: Tables) -> Actor | None:
    """A demonym before common nouns ("North Korean state media", "Chinese officials")."""
    bare = p.bare
    k = _demonym_len([w.lower() for w in bare])
    if not k or k >= len(bare) or any(w[:1].isupper() for w in bare[k:]):
        return None
    if p.head in ("outlets", "outlet"):
        return Actor("outlet", " ".join(bare[:k]) + " media", p.head)
    return _kind_of(bare, p.head)


def _name_before_head(p: _Np, t: Tables) -> Actor | None:
    """A name before a common head of a body or outlet ("the Acme company" is Acme),
    unless the name only says whose or where ("Harlow district council")."""
    bare, head = p.bare, p.head
    if bare[-1][:1].isupper() or head not in t.outlet_heads | t.org_heads:
        return None
    run = _cap_run(bare)
    if len(run) == 1 and people_adjective(run[0]):
        # "the Chilean company": where it is from, not its name; without a determiner the
        # phrase names a body of its own ("Algerian security forces")
        return Actor("org_desc", None, head) if p.low[0] in DETS else _kind_of(bare, head)
    if run and _demonym_len([w.lower() for w in run]) != len(run) and not _compound_head(bare, run, t):
        return _kind_of(run, head)
    return None


#: The rules of :func:`classify`, in order; the first that reads the phrase wins.
_CLASSIFY_RULES: tuple[Callable[[_Np, Tables], Actor | None], ...] = (
    _only_determiners, _time_owner, _cut_modifier, _named_group, _common_phrase, _country_phrase,
    _possessive, _coordinated, _demonym_led, _name_before_head,
)


def people_adjective(word: str) -> bool:
    """``Chilean``, ``Dutch``, ``Thai``: a people's adjective as the core actors gazetteer
    reads it (this plugin's ``demonyms`` table holds only the countries it names)."""
    found = find_actors(word, (), names=False)
    return len(found) == 1 and found[0].kind == "demonym" and found[0].text == word


def _compound_head(bare: list[str], run: list[str], t: Tables) -> bool:
    """``West Glamorgan health board``, ``Harlow district council``, ``Hamburg prosecutor's
    office``, ``Chandpur police``: a name before a head of two common nouns, or before the
    head of a public body that serves a place, or before a body around it that speaks for it
    (``the Clinton campaign``, ``the Acme board``: ``owned_heads``), or before a head that
    names bodies as part of their name (``the Sakhli collective``, ``the Zeeveld
    cooperative``: ``newskit.body_names.is_body_head``), only says whose or where the body
    is; the whole phrase names it (``the Acme company`` keeps ``Acme``)."""
    if not run or bare[: len(run)] != run:
        return False
    rest = bare[len(run):]
    if not rest or not all(w[:1].islower() and _POSSESSIVE_END.sub("", w).isalpha() for w in rest):
        return False
    return len(rest) >= 2 or ends_in_public_head(" ".join(rest)) or rest[0] in t.owned_heads or is_body_head(rest[0])


def _kind_of(words: list[str], head: str) -> Actor:
    t = tables()
    name = " ".join(words)
    if _described_plural(words, t):
        return Actor("group", name, head)
    last = words[-1].lower()
    if head in t.outlet_heads or last in t.outlet_heads:
        return Actor("outlet", name, head)
    if head in t.org_heads or last in t.org_heads:
        return Actor("org", name, head)
    return Actor("name", name, head)
