"""Word lists, loaded lazily from ``data/`` (see ``data/README.md`` for their sources)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from newskit.patterns import (
    Buckets,
    WordSet,
    WordTable,
    cached_tables,
    data_file,
    read_data,
    word_buckets,
)
from newskit.text import fold_letters
from newskit.vocabulary import Title, current, per_vocabulary

from .romanise import wade_giles

__all__ = ["Lexicon", "bundled_titles", "fold", "lexicon"]


def fold(word: str) -> str:
    """Lower-case ``word`` and strip diacritics and apostrophe variants (``Şükür`` -> ``sukur``)."""
    return fold_letters(word).replace("’", "'")


@cache
def _lines(name: str) -> list[str]:
    text = read_data(__package__, name)
    return [line for line in text.splitlines() if line and not line.startswith("#")]


_BIG = ("given.txt", "surnames.txt", "common.txt", "places.txt")

#: the stored big tables: given names, surnames, word frequencies (Zipf) and places, each
#: as :func:`newskit.patterns.word_buckets`
_Tables = tuple[Buckets, Buckets, Buckets, Buckets]


def _big_tables() -> _Tables:
    """Given names, surnames, word frequencies (``word<TAB>Zipf``) and places of the large
    data files, in the bucketed form :class:`WordSet` and :class:`WordTable` read."""
    return (word_buckets(_lines("given.txt")), word_buckets(_lines("surnames.txt")),
            word_buckets(_lines("common.txt"), table=True), word_buckets(_lines("places.txt")))


def _big() -> _Tables:
    """:func:`_big_tables`, from newskit's cache while the files are unchanged (reading
    the 140,000 lines was most of the first article's time in this plugin; unmarshalling
    them as one string per word, then hashing them into sets, still tens of milliseconds:
    the buckets are a few thousand strings, made into sets as words are looked up)."""
    sources = [data_file(__package__, name) for name in _BIG] + [Path(__file__)]
    return cached_tables("persons-lexicon", sources, _big_tables)


class Lexicon:
    """All the sets the detector consults; every entry is folded (see :func:`fold`)."""

    def __init__(self) -> None:
        raw = raw_lexicon()
        given, surnames, zipf, places = _big()
        self.given = WordSet(given)
        self.surnames = WordSet(surnames)
        #: word -> Zipf frequency (common.txt)
        self.zipf = WordTable(zipf)
        self.places = WordSet(places, (str(x) for x in raw.get("extra_places", ())))

        #: generic heads of places and geographic features ("Heping Township", "Sea Plate")
        self.place_heads: frozenset[str] = frozenset(_lines("place_heads.txt"))

        def s(key: str) -> frozenset[str]:
            return frozenset(str(x) for x in raw.get(key, ()))

        titles = current()(Title)  # the bundled titles come through the same hook
        self.honorifics = frozenset(t.word for t in titles if t.kind == "honorific")
        self.title_heads = frozenset(t.word for t in titles if t.kind == "role")
        self.title_modifiers = frozenset(t.word for t in titles if t.kind == "modifier")
        self.org_cues = s("org_cues")
        self.particles = s("particles")
        self.suffixes = s("suffixes")
        self.demonyms = s("demonyms")
        self.east_asian = s("east_asian_surnames") | (
            frozenset(wade_giles(p) for p in s("mandarin_surnames")) - s("wade_giles_not_names")
        )
        self.months = s("months")
        self.speech_verbs = s("speech_verbs")
        self.stop_caps = s("stop_caps")
        self.byline_roles = s("byline_roles")
        self.hyphen_tails = s("hyphen_tails")
        self.dismissal_marks = s("dismissal_marks")
        self.lone_verbs = s("lone_verbs")
        self.lone_verbs_after = s("lone_verbs_after")
        self.lone_adverbs = s("lone_adverbs")
        self.lone_roles = s("lone_possessive_roles")
        self.lone_blockers = s("lone_blockers")
        self.lone_attributive = s("lone_attributive_roles")
        self.lone_headline_verbs = s("lone_headline_verbs")
        #: participles only a person takes ("Jackson was arrested")
        self.lone_person_verbs = s("lone_person_verbs")
        #: heads written before the name of a place or feature ("Mount Elgon", "Lake Kivu")
        self.place_heads_first = s("place_heads_first")
        #: US states and their AP abbreviations ("Rancho Mirage, Calif.")
        self.us_states = s("us_states")
        #: firms and clubs named like people ("goldman sachs", "real madrid")
        self.named_like_people = s("named_like_people")
        #: articles and generic heads opening a firm's, outlet's or body's name in other
        #: languages ("el universo", "grupo ...", "banco ..."), and the endings of compound
        #: nouns naming a body ("tunnelbetrieb", "verkehrsclub")
        self.foreign_heads_first = s("foreign_heads_first")
        self.foreign_heads_last = s("foreign_heads_last")
        self.foreign_org_endings = tuple(sorted(s("foreign_org_endings"), key=len, reverse=True))
        #: dotted abbreviations that are no initials ("u.s", "s.a"), final dot left off
        self.dotted_abbreviations = s("dotted_abbreviations")
        #: surname endings, longest first
        self.lone_endings = tuple(sorted(s("lone_name_endings"), key=len, reverse=True))
        self.agent_endings = tuple(s("agent_noun_endings"))
        self.possessive_marks = s("possessive_body_marks")
        #: nouns of a craft before its name ("the vessel Sonne") and of a built place after
        #: the name it bears ("the Simon Bolivar courthouse")
        self.craft_before = s("craft_before")
        self.craft_before_endings = tuple(s("craft_before_endings"))
        self.facility_after = s("facility_after")
        #: heads that open a storm's name ("hurricane", "tropical storm")
        self.storm_heads = s("storm_heads")
        #: prepositions of place after which a name without a given name is the place
        self.where_prepositions = s("where_prepositions")
        #: words of the market before a firm's name ("shares of", "a stake in")
        self.firm_before = s("firm_before")
        #: endings one romanised given name is spelled with ("dmitry", "dmitri", "dmitriy")
        #: auxiliary verbs that end a name in a headline ("Donald Trump Is Right")
        self.auxiliaries = s("auxiliaries")
        #: Vietnamese family names: the given name, last, stands alone for the person
        self.vietnamese = s("vietnamese_surnames")
        self.given_endings = tuple(sorted(s("given_spelling_endings"), key=len, reverse=True))
        self.firm_before_words = max((len(p.split()) for p in self.firm_before), default=0)
        #: endings of role nouns of a field or a skill ("seismologist", "photographer")
        self.role_endings = tuple(s("role_endings"))
        self.title_words = self.honorifics | self.title_heads | self.title_modifiers | self.demonyms
        #: organisation cues that are not also surnames ("University", not "Hall")
        self.strong_cues = frozenset(c for c in self.org_cues if c not in self.surnames)

    def is_name(self, w: str) -> bool:
        return w in self.given or w in self.surnames or w in self.east_asian

    def is_role(self, w: str) -> bool:
        """A role word before a name: a listed role head, or a word ending like a role noun
        of a field or a skill (``seismologist``, ``cinematographer``), however rare."""
        return w in self.title_heads or (len(w) > 7 and w.endswith(self.role_endings))

    def stands_alone(self, w: str) -> bool:
        """Can the first word of a full name stand alone for the person (``Randall``,
        ``Megawati``)? A listed given name, or a word of no list that is no English word
        (given names of many languages are in no list); never an East Asian surname or a
        listed surname, which a lone word more likely repeats."""
        if w in self.given:
            return True
        return not (self.common(w, 2.5) or w in self.east_asian or w in self.surnames)

    def common(self, w: str, threshold: float = 3.0) -> bool:
        """True for an ordinary English word at least this frequent (Zipf scale)."""
        return self.zipf.get(w, 0.0) >= threshold


@cache
def raw_lexicon() -> dict[str, Any]:
    """``data/lexicon.json`` as written (loaded once)."""
    text = read_data(__package__, "lexicon.json")
    raw: dict[str, Any] = json.loads(text)
    return raw


#: Title kind -> its list in ``data/lexicon.json``.
TITLE_LISTS = {"honorific": "honorifics", "role": "title_heads", "modifier": "title_modifiers"}


def bundled_titles() -> list[Title]:
    """The honorifics, role heads and role modifiers of ``data/lexicon.json``."""
    raw = raw_lexicon()
    return [Title(word=str(w), kind=kind) for kind, key in TITLE_LISTS.items() for w in raw.get(key, ())]


@per_vocabulary
def lexicon() -> Lexicon:
    """The shared, immutable word lists (built on first use, once per vocabulary)."""
    return Lexicon()
