"""Word lists, loaded lazily from ``data/`` (see ``data/README.md`` for their sources)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from newskit.actors import named_place_heads, place_heads, place_tails, state_abbreviations
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

__all__ = ["MEMO_MAX", "Lexicon", "bundled_titles", "fold", "lexicon", "remember"]

V = TypeVar("V")

#: Above this many words a memo of a lexicon's word tests starts afresh (an article asks
#: about a few thousand distinct words; a long run over many articles about more)
MEMO_MAX = 100_000


def remember(memo: dict[str, V], word: str, value: V) -> V:
    """``value`` kept in ``memo`` for ``word`` and returned (a full memo is emptied first)."""
    if len(memo) >= MEMO_MAX:
        memo.clear()
    memo[word] = value
    return value


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
    """All the sets the detector consults; every entry is folded (see :func:`fold`). Built
    in steps, one a kind of word: the big name and frequency tables, the titles of the
    vocabulary, the words of names, of lone names and of things named like people."""

    def __init__(self) -> None:
        raw = raw_lexicon()
        self._read_big_tables(raw)
        self._read_titles()
        self._read_name_words(raw)
        self._read_lone_words(raw)
        self._read_thing_words(raw)
        self._read_endings(raw)
        self.title_words = self.honorifics | self.title_heads | self.title_modifiers | self.demonyms
        #: titles that are surnames too, standing alone for one (``King``, ``Major``, ``Judge``)
        self.title_nouns = self.honorifics | self.title_heads
        #: the words stripped from a name's left edge whatever follows them (not an initial)
        self.stripped_words = self.title_modifiers | self.demonyms | self.stop_caps | self.months
        #: organisation cues that are not also surnames ("University", not "Hall")
        self.strong_cues = frozenset(c for c in self.org_cues if c not in self.surnames)
        #: each word's answer to a word test that reads only the word and these lists, kept
        #: once asked (:meth:`is_name`, the frequency :meth:`common` reads, and
        #: ``word_classes.given_name`` and ``placeish``): the rules ask about the same few
        #: words of an article many times, and each answer was two to four look-ups in the
        #: bucketed tables (a Python call each); the lists never change once built
        self.memo_names: dict[str, bool] = {}
        self.memo_zipf: dict[str, float] = {}
        self.memo_given: dict[str, bool] = {}
        self.memo_placeish: dict[str, bool] = {}

    def _read_big_tables(self, raw: dict[str, Any]) -> None:
        """Given names, surnames, word frequencies and places (the stored big tables)."""
        given, surnames, zipf, places = _big()
        self.given = WordSet(given)
        self.surnames = WordSet(surnames)
        #: word -> Zipf frequency (common.txt)
        self.zipf = WordTable(zipf)
        self.places = WordSet(places, (str(x) for x in raw.get("extra_places", ())))
        #: generic heads of places and geographic features ("Heping Township", "Sea Plate"):
        #: the core's ``place_tails`` (what the story's actors read as a place) and this
        #: plugin's own further heads, so one name is a place to both
        self.place_heads: frozenset[str] = frozenset(_lines("place_heads.txt")) | place_tails()

    def _read_titles(self) -> None:
        """Honorifics, role heads and role modifiers: the bundled titles come through the
        same hook as a vocabulary's."""
        titles = current()(Title)
        self.honorifics = frozenset(t.word for t in titles if t.kind == "honorific")
        self.title_heads = frozenset(t.word for t in titles if t.kind == "role")
        self.title_modifiers = frozenset(t.word for t in titles if t.kind == "modifier")

    def _read_name_words(self, raw: dict[str, Any]) -> None:
        """The words of names and of the text around them."""
        self.org_cues = _words(raw, "org_cues") | _words(raw, "sector_cues")
        self.particles = _words(raw, "particles")
        self.patronymics = _words(raw, "patronymics")
        self.lone_particles = _words(raw, "lone_particles")
        self.suffixes = _words(raw, "suffixes")
        self.demonyms = _words(raw, "demonyms")
        self.east_asian = _words(raw, "east_asian_surnames") | (
            frozenset(wade_giles(p) for p in _words(raw, "mandarin_surnames"))
            - _words(raw, "wade_giles_not_names")
        )
        #: Vietnamese family names: the given name, last, stands alone for the person
        self.vietnamese = _words(raw, "vietnamese_surnames")
        self.months = _words(raw, "months")
        #: titles of a monarch or a pope: an ordinal after the ruler's name belongs to it
        self.ruler_titles = _words(raw, "ruler_titles")
        self.speech_verbs = _words(raw, "speech_verbs")
        #: the speech verbs a team takes too ("Valencia won")
        self.result_verbs = _words(raw, "result_verbs")
        self.stop_caps = _words(raw, "stop_caps")
        self.byline_roles = _words(raw, "byline_roles")
        self.hyphen_tails = _words(raw, "hyphen_tails")
        self.dismissal_marks = _words(raw, "dismissal_marks")
        #: auxiliary verbs that end a name in a headline ("Donald Trump Is Right")
        self.auxiliaries = _words(raw, "auxiliaries")
        #: dotted abbreviations that are no initials ("u.s", "s.a"), final dot left off
        self.dotted_abbreviations = _words(raw, "dotted_abbreviations")

    def _read_lone_words(self, raw: dict[str, Any]) -> None:
        """The cues of a one-word name never written in full (``Trump said``)."""
        self.lone_verbs = _words(raw, "lone_verbs")
        self.lone_verbs_after = _words(raw, "lone_verbs_after")
        self.lone_adverbs = _words(raw, "lone_adverbs")
        self.lone_roles = _words(raw, "lone_possessive_roles")
        self.lone_blockers = _words(raw, "lone_blockers")
        self.lone_attributive = _words(raw, "lone_attributive_roles")
        self.lone_headline_verbs = _words(raw, "lone_headline_verbs")
        #: participles only a person takes ("Jackson was arrested")
        self.lone_person_verbs = _words(raw, "lone_person_verbs")

    def _read_thing_words(self, raw: dict[str, Any]) -> None:
        """The words of places, firms, craft and storms named like people."""
        #: heads written before the name of a place or feature ("Mount Elgon", "Lake Kivu")
        self.place_heads_first = _words(raw, "place_heads_first") | place_heads()
        #: heads of that kind that are also given names ("River"): a feature's after "the"
        self.place_heads_first_after_the = _words(raw, "place_heads_first_after_the")
        #: heads of that kind the name lists hold too ("Villa Esperanza", "Monte Belo"): a
        #: place's only where the article writes the name as one (:mod:`.named_places`)
        self.named_place_heads_first = named_place_heads()
        #: US states and their AP abbreviations ("Rancho Mirage, Calif.")
        self.us_states = _words(raw, "us_states") | frozenset(
            a.rstrip(".").lower() for a in state_abbreviations() if a.count(".") == 1)
        #: firms and clubs named like people ("goldman sachs", "real madrid")
        self.named_like_people = _words(raw, "named_like_people")
        #: the first word of each of them
        self.named_like_people_firsts = frozenset(n.partition(" ")[0] for n in self.named_like_people)
        #: articles and generic heads opening a firm's, outlet's or body's name in other
        #: languages ("el universo", "grupo ...", "banco ...")
        self.foreign_heads_first = _words(raw, "foreign_heads_first")
        self.foreign_heads_last = _words(raw, "foreign_heads_last")
        self.possessive_marks = _words(raw, "possessive_body_marks")
        #: nouns of a craft before its name ("the vessel Sonne") and of a built place after
        #: the name it bears ("the Simon Bolivar courthouse")
        self.craft_before = _words(raw, "craft_before")
        #: abbreviations before a ship's name ("USS", "HMS")
        self.craft_prefixes = _words(raw, "craft_prefixes")
        self.facility_after = _words(raw, "facility_after")
        #: heads that open a storm's name ("hurricane", "tropical storm")
        self.storm_heads = _words(raw, "storm_heads")
        #: the last word of each storm head (``storm``, ``typhoon``): no head ends without one
        self.storm_head_ends = frozenset(h.rpartition(" ")[2] for h in self.storm_heads)
        #: prepositions of place after which a name without a given name is the place
        self.where_prepositions = _words(raw, "where_prepositions")
        #: words of the market before a firm's name ("shares of", "a stake in")
        self.firm_before = _words(raw, "firm_before")
        self.firm_before_words = max((len(p.split()) for p in self.firm_before), default=0)
        #: the last word of each of them (``of``, ``in``, ``with``)
        self.firm_before_ends = frozenset(p.rpartition(" ")[2] for p in self.firm_before)
        #: prepositions naming a role's employer ("an analyst at Troika Dialog")
        self.employer_prepositions = _words(raw, "employer_prepositions")
        #: a share's price move after a firm's name ("Cheung Kong rose 1.50 dollars")
        self.price_move_verbs = _words(raw, "price_move_verbs")
        self.price_units = _words(raw, "price_units")
        #: words of a match before "at" and its ground ("the match at Tunbridge Wells")
        self.play_before_at = _words(raw, "play_before_at")
        #: plural nouns of firms and stocks before a list ("roasters including ...")
        self.thing_list_heads = _words(raw, "thing_list_heads")
        #: nouns of works heading a numbered list of titles ("box office chart :")
        self.work_list_heads = _words(raw, "work_list_heads")
        #: nouns of a settlement before "of" and a place's name ("the town of Bou Haroun")
        self.place_of_heads = _words(raw, "place_of_heads")
        #: nouns of an outlet, a flight or a venue after a name ("Le Matin newspaper")
        self.outlet_after = _words(raw, "outlet_after")
        #: nouns of a newspaper before a name ("the daily Koha Jone")
        self.outlet_before = _words(raw, "outlet_before")
        #: nouns of a law or an illness named after a person ("the D'Amato law"), and of a
        #: prize's holder ("Nobel Peace laureate"): the name before them is the thing's
        self.award_holders = _words(raw, "award_holders")
        self.eponym_after = _words(raw, "eponym_after") | self.award_holders

    def _read_endings(self, raw: dict[str, Any]) -> None:
        """Word endings, read with ``str.endswith`` (the longest first where one ending
        holds another)."""
        #: the endings of compound nouns naming a body ("tunnelbetrieb", "verkehrsclub")
        self.foreign_org_endings = tuple(sorted(_words(raw, "foreign_org_endings"), key=len, reverse=True))
        #: surname endings, longest first
        self.lone_endings = tuple(sorted(_words(raw, "lone_name_endings"), key=len, reverse=True))
        self.agent_endings = tuple(_words(raw, "agent_noun_endings"))
        self.trade_endings = tuple(_words(raw, "trade_noun_endings"))
        self.craft_before_endings = tuple(_words(raw, "craft_before_endings"))
        #: endings one romanised given name is spelled with ("dmitry", "dmitri", "dmitriy")
        self.given_endings = tuple(sorted(_words(raw, "given_spelling_endings"), key=len, reverse=True))
        #: endings of role nouns of a field or a skill ("seismologist", "photographer")
        self.role_endings = tuple(_words(raw, "role_endings"))
        #: endings of nouns of an occupation ("villager", "shopkeeper", "herdsman")
        self.occupation_endings = tuple(_words(raw, "occupation_endings"))

    def is_name(self, w: str) -> bool:
        """A given name, a surname or an East Asian surname of the lists (kept once asked)."""
        got = self.memo_names.get(w)
        if got is None:
            got = remember(self.memo_names, w, w in self.given or w in self.surnames or w in self.east_asian)
        return got

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
        """True for an ordinary English word at least this frequent (Zipf scale; the
        word's frequency is kept once read)."""
        z = self.memo_zipf.get(w)
        if z is None:
            z = remember(self.memo_zipf, w, self.zipf.get(w, 0.0))
        return z >= threshold


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    """One word list of ``data/lexicon.json`` (empty when it has none)."""
    return frozenset(str(x) for x in raw.get(key, ()))


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
