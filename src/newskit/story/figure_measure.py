"""What an amount measures, read from its clause: the nearest cue of a measure, the verb
or adjective that governs it, the noun it counts, a sum's own noun; never an age or a rank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import attrs
import regex

from newskit import grammar
from newskit.grammar import irregular_act_verbs
from newskit.model import Figure, PersonMention, QuantityMention
from newskit.story.figure_adjunct import in_adjunct_of
from newskit.story.figure_charge import names_a_charge
from newskit.story.figure_data import (
    REACH,
    alternation,
    below_max,
    cue_word,
    data_kinds,
    figure_kind,
    figure_rules,
    gap_words,
    is_person_noun,
    kind_family,
    measure_phrases,
    measure_table,
    measures_taking,
    names_measure,
    thing_measures,
    within_words,
)
from newskit.story.figure_habitual import habitual_period
from newskit.story.figure_marks import NUMBER, counted_from_at, rejected, rejected_at
from newskit.story.figure_rival import APPOSITION, possessed_teller, rival_break, telling_cues
from newskit.story.figure_syntax import Predicate, cue_in_of_phrase, dimension_of, is_age, predicate
from newskit.story.figure_units import dimension, unit_dimension
from newskit.text import match_ahead

#: "a ransom of $4 million", "bail of $1 million": a noun names what a sum is
_NOUN_OF = regex.compile(r"(?:\b(?i:a|an|the|its|their|his|her|whose)\s+)(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|"
                         r"more\s+than\s+|over\s+|up\s+to\s+|roughly\s+|around\s+)?$")

#: "the number of patients affected ... had risen to 1.9 million", "the number of affected workers"
_NUMBER_OF = regex.compile(r"\bnumber\s+of\s+(?:(\p{Ll}+ed)\s+(?=\p{Ll}+s\b|(?:people|children|men|women)\b))?"
                           r"(\p{Ll}+)\b(?:\s+(\p{Ll}+ed)\b)?")

#: "killed five children and 12 women": the second amount is the verb's object too
_COORDINATED = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s*(?:,\s*|,?\s+(?:and|or)\s+)")

#: "a speed limit of 75 km/h": a cue this close before an amount introduces it
_INTRODUCES = regex.compile(r"\s*(?:(?:of|at|to|was|is|were|are|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?)?")

#: "Eleven of the train's 22 coaches", "10 of the Saints' 16 games" (a plural's possessive is its
#: apostrophe alone): the second amount is the whole the first is part of
_PARTITIVE = regex.compile(r"\s+of\s+(?:the|its|their|his|her|these|those)(?:\s+[\p{L}-]+(?:['’]s|s['’]))?\s+")

#: "Forty of the 52 passengers", "Ten of the 14 people on board": a partitive naming its whole's
#: count before the noun (and the cue after it); the noun is the part's own, as in "Fourteen of the passengers"
_WHOLE_COUNT = (r"(?:\p{N}[\p{N},.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty)"
                r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)")
_PARTITIVE_COUNTED = regex.compile(_PARTITIVE.pattern + _WHOLE_COUNT + r"\s+(?:\p{Ll}+\s+)?", regex.I)

#: "the toll ... rose to 24": the subject names what the amount measures, however far
_ROSE_TO = regex.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|reached|stood|stands|"
                         r"went\s+up|gone\s+up)(?:\s+\p{Ll}+){0,2}?\s+(?:to|at)\s+(?:\p{Ll}+\s+){0,2}$")

#: "district officials put the number at nine": the number an earlier amount gives
_NUMBER_AT = regex.compile(r"\b(?:put|puts|putting|gave|gives|estimated|estimates|set|sets|placed|places)\s+"
                           r"(?:the|that|this|its|their)\s+(?:number|figure|count|total|tally)\s+at\s+"
                           r"(?:\p{Ll}+\s+){0,2}$", regex.I)

#: "... has died and the number of cases has risen to 21": a coordinated clause with its own subject
_NEW_CLAUSE = regex.compile(r"\b(?:and|but|while|as)\s+(?:the|a|an|its|their|his|her|this|that)\s", regex.I)

#: "Six people remain in intensive care", "Four patients are still in critical condition"
_STATE_IN = regex.compile(r"(?:\s+\p{Ll}+){0,2}?\s+(?:are|is|were|was|remain|remains|remained)(?:\s+(?:still|now))?\s+in\s+"
                          r"(?:a\s+|the\s+)?((?:(?!(?:and|but|or|after|when|while|as|at|on|with)\b)\p{Ll}+\s+)?\p{Ll}+)\b")

#: "20 kilometres of coastline", "45 km of the road": what a length without a dimension word measures
_LENGTH_OF = regex.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:\p{Ll}+\s+)?(\p{Ll}{3,})\b")

#: "the toll of injured", "the toll of the wounded": a count head's ``of`` right before a cue
_COUNT_OF = regex.compile(r"\s+of\s+(?:the\s+)?", regex.I)

#: "17 of the inmates who fled": a relative clause says what the counted things did before
_RELATIVE = regex.compile(r"\b(?:who|whom|that|which)\b", regex.I)

_NEXT_NOUN = regex.compile(r"\s+(\p{Ll}+)")

#: "has some 650 beds", "employs more than 14,000": words between an attribute's verb and its count
_FILLER = r"(?:\s+(?:the|its|their|his|her|a|an|some|about|nearly|almost|roughly|around|more\s+than|over))*"

#: "in nine states", "across 31 states": places counted where something is counted
_IN_PLACES = regex.compile(r"(?:^|\s)(\p{Ll}+)\s+(?:in|across|from)\s+(?:\p{Ll}+\s+){0,2}$")

#: "one of the deadliest shipwrecks": a rank, no count
_ONE_OF_MOST = regex.compile(r"\s+of\s+(?:the|its|their)\s+(?:\p{Ll}+est|most|worst|best|least)\b", regex.I)

#: "Whitlock, 23, failed a test": an age after a name
_AGE_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]+,\s*$")

#: ... and what follows it: a comma or a stop, or a second name with its age ("Ana Ruiz, 20 and
#: Tomas Ruiz, 24, were charged": the first age's comma is taken by the list)
_AGE_AFTER = regex.compile(r"\s*(?:[,;)]|\.(?!\d))|\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},\s*\d")

#: "a fourth", "a third": an ordinal the quantities plugin may read as a fraction
#: "twice", "three times": a multiple; "as many ... as", "the size of", "higher than" after it
#: make it one thing's ratio to another, not an amount of either; so does an earlier amount
#: pointed back to ("almost twice that number", "twice that."; not "three times this season");
#: the amount's own hedge ("nearly three times") changes nothing
_MULTIPLE = regex.compile(r"(?:\p{L}+\s+){0,2}?(?:twice|thrice|\S+\s+times)", regex.I)
_COMPARED = regex.compile(r"\s+(?:as\s+\p{L}+\b|the\s+\p{L}+\s+of\b|(?:more|less|fewer|\p{Ll}+er)\s+than\b|"
                          r"(?:that|this)\s+(?:number|figure|count|total|tally|amount|level)\b|"
                          r"(?:that|this)(?!\s*\p{L}))", regex.I)
_ORDINAL_WORD = regex.compile(r"(?i:a|an)\s+\p{Ll}+(?:th|rd|nd|st)")
_OF_AFTER = regex.compile(r"\s+of\b")

#: "patients over 70", "children under five": an age bound after a noun naming persons
_AGE_BOUND = regex.compile(r"(?i:over|under|above|below|older\s+than|younger\s+than)\s+\S+")
_NOUN_BEFORE = regex.compile(r"(\p{Ll}+)\s+$")

#: "in Seville", "in San Luis Potosi": a place a measure holds for
_IN_PLACE = regex.compile(r"\bin\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)")
#: "riders and staff": the counted noun coordinated with another
_AND_NOUN = regex.compile(r"\s+([\p{Ll}-]+)\s+and\s+(\p{Ll}[\p{Ll}-]+)\b")


@cache
def _progress_rx() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(after a share, before it) of ``figures.json`` ``count_progress``: ``of ballots
    counted``, ``of the polling stations had reported``; ``after counting``."""
    d = figure_rules()["count_progress"]
    after = regex.compile(r"\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:" + alternation(d["nouns"]) + r")\s+"
                          r"(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?(?:" + alternation(d["participles"]) + r")\b",
                          regex.I)
    before = regex.compile(r"\b(?:" + alternation(d["counting_before"]) + r")\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
                           regex.I)
    return after, before


def _count_progress(text: str, sent: tuple[int, int], q: QuantityMention) -> bool:
    """Whether a share tells how far a count has gone (``figures.json`` ``count_progress``):
    ``With 97 percent of ballots counted``, ``after counting 99 percent of ballots``; the
    party's share beside it is another amount (``..., Civic Renewal had 41.2 percent``)."""
    after, before = _progress_rx()
    return match_ahead(after, text, q.end) is not None or before.search(text, max(sent[0], q.start - 40), q.start) is not None


def _classify(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention]
              ) -> tuple[str, str | None] | None:
    """(measure, subgroup) of an amount: the nearest acceptable cue in its clause, else what
    its clause's syntax says it counts (its verb, its dimension, its noun). A bare number
    before a partitive of things counts those things (``four of the 30 fishing boats went
    missing`` as ``Four fishing boats went missing``): a cue only of people does not take it,
    unless the cue itself heads the partitive (``One of the seven injured remains``, ``Six of
    the dead were``: an adjective as a noun of people, the plural after it a verb's)."""
    kind = figure_kind(q)
    if kind == "percent" and _count_progress(text, sent, q):
        return str(figure_rules()["count_progress"]["measure"]), None
    found = _heads_only(text, _cues(text, sent, q, others, kind))
    things = _partitive_head(text, q.end) if kind == "plain" else None
    if things is not None and not any(q.end <= c[3] and c[4] <= things[1] for c in found):
        found = _heads_only(text, _cues(text, sent, q, others, f"thing:{things[0][:-1]}"))
    found = [c for c in found if not names_a_charge(text, q.end, c[3])]  # "two men accused in killing a mother"
    pred = predicate(text, sent, q)
    if pred is not None and pred.role == "object":  # "recaptured 17 of the inmates who fled": recaptured
        found = [c for c in found if c[3] < q.start or not _RELATIVE.search(text, q.end, c[3])]
        found = [c for c in found if not in_adjunct_of(text, c[4], pred)]  # "died trying to shield several students"
    attribute = _attribute(text, sent, q, kind, found)
    if attribute is not None:
        return attribute, None
    best = min(((c[0], c[1], c[2]) for c in found), default=None)
    subjects = [c for c in found if c[4] <= q.start and "," not in text[c[4]:q.start]
                and not _NEW_CLAUSE.search(text, c[4], q.start)]  # "A third patient died and the number of cases rose to 21"
    if subjects and _ROSE_TO.search(text, max(sent[0], q.start - 40), q.start):
        best = min(subjects, key=lambda c: c[3])[:3]  # "the number of people killed when ... rose to 24"
    if best is not None:
        return _by_cue(text, q, kind, best, found, pred)
    return _by_syntax(text, sent, q, kind, others, pred)


def _by_cue(text: str, q: QuantityMention, kind: str, best: tuple[int, int, str],
            found: Sequence[tuple[int, int, str, int, int]], pred: Predicate | None) -> tuple[str, str | None]:
    """The measure a cue names, and the subgroup its noun names. When the amount's own verb,
    named by no cue, says what is done to the things the cue names (``1,200 evacuees were
    sleeping in tents``, ``85 of the abducted students were freed``), the second item is
    that verb marked ``~``: the amount may count a part of them (``figures._part_of_earlier``)."""
    best = _predicate_over_noun(text, q, best, found, pred)
    if pred is not None and pred.role == "subject" and not any(c[3] <= pred.start < c[4] for c in found) \
            and any(c[2] == best[2] and q.end <= c[3] and c[4] <= pred.start for c in found):
        return best[2], f"~{pred.lemma}"  # a part if the article gave a larger total before
    sub = kind[6:] if kind.startswith("thing:") and best[2] not in thing_measures() else None
    if sub and (names_measure(best[2], sub) or names_measure(best[2], (q.of or "").lower())
                or not _is_subgroup(sub)):
        sub = None  # "12 survivors": the noun is the measure itself; "two workers": the story's own count
    return best[2], sub


def _is_subgroup(noun: str) -> bool:
    """Whether a counted noun names a subgroup of people (``children``, ``soldiers``), itself
    or as a synonym of one (``servicemen``, ``guards``: troops)."""
    groups = figure_rules()["subgroup_units"]
    synonym = str(figure_rules()["noun_synonyms"].get(noun, ""))
    return noun in groups or synonym in groups or synonym.rstrip("s") in groups


def _by_syntax(text: str, sent: tuple[int, int], q: QuantityMention, kind: str,
               others: Sequence[QuantityMention], pred: Predicate | None) -> tuple[str, str | None] | None:
    """An amount no cue explains: a speed is a speed; a length measures the dimension its
    adjective or noun names (``9 km high``); a count of things or people is named by its
    noun and its verb (``Twenty-two ships were waiting``: ships, waiting); a sum or a share
    by its own noun (``a ransom of``, ``a rise of``) or its verb (``demanded``)."""
    d = figure_rules()
    if kind in d["kind_measures"]:
        return d["kind_measures"][kind], None  # "had slowed to about 70 km/h": a speed all the same
    if kind == "length":
        dim = dimension_of(text, sent, q)
        if dim:
            return dim, None
        of = _LENGTH_OF.match(text, q.end, sent[1])  # "about 20 kilometres of coastline": that stretch's length
        return (f"length of {of.group(1).lower()}", None) if of is not None and of.group(1).lower() not in figure_rules()["not_nouns"] else None
    if kind == "power":  # "4,200 MW of generation had been disconnected": only what a verb says
        return (f"power [{pred.word}]", None) if pred is not None else None
    if kind == "temperature":
        place = _place_in(text, sent, q)  # "47.1C in Cordoba": a temperature is a place's
        return (f"temperature in {place}", None) if place else None
    verb = pred.lemma if pred is not None else None
    state = _state_in(text, sent, q, kind) if pred is None else None
    if state is not None:
        return state, None
    if kind.startswith("thing:") and (pred is not None or (q.value is not None and q.value >= 10)):
        verbed = f" [{pred.word}]" if pred is not None else ""  # "Nine vehicles plunged", "stole seven paintings"
        return _counted_measure(text, q, kind[6:]) + verbed, None  # a count all the same
    named = _named_by_noun(text, sent, q, kind, others)
    if named is not None or verb is None:
        return named
    whole = _partitive_things(text, q.end) if kind == "plain" else None
    if whole is not None:
        return f"number of {whole} [{pred.word if pred is not None else verb}]", None  # "shut 37 of its branches"
    if (kind in ("people", "plain") and pred is not None and pred.role == "subject") or kind == "people" or \
            (kind == "plain" and match_ahead(_PARTITIVE, text, q.end)):  # "recaptured 17 of the inmates"
        return f"number of people ({verb})", None
    if kind in ("money", "percent"):
        return f"{kind} ({verb})", None
    return None


#: the plural head of a partitive's noun phrase: "of its branches", "of the bank's 240 offices"
_PARTITIVE_HEAD = regex.compile(r"(?:\p{N}[\p{N},.]*\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,}s)\b(?!\s*['’])")


def _partitive_things(text: str, end: int) -> str | None:
    """The things a bare number counts as part of a whole (``37 of its branches``: branches),
    when they are no persons: a partitive of people stays a count of people (``17 of the
    inmates``), a partitive of things counts those things."""
    got = _partitive_head(text, end)
    return got[0] if got is not None else None


def _partitive_head(text: str, end: int) -> tuple[str, int] | None:
    """:func:`_partitive_things`'s noun and where it starts."""
    m = match_ahead(_PARTITIVE, text, end)
    if m is None:
        return None
    head = match_ahead(_PARTITIVE_HEAD, text, m.end())
    if head is None or is_person_noun(head.group(1)[:-1]) or is_person_noun(head.group(1)):
        return None
    noun = head.group(1).lower()
    return None if noun in figure_rules()["not_nouns"] else (noun, head.start(1))


@cache
def _attribute_rxs() -> tuple[tuple[Any, str], ...]:
    d, b = figure_rules(), r"(?<![\p{L}\p{N}])"
    return tuple((regex.compile(b + "(?:" + alternation(d[key]) + ")" + _FILLER + r"\s*$", regex.I), tag)
                 for key, tag in (("capacity_words", "capacity"), ("attribute_words", "held")))


#: a count and its noun (``up to 350 foot passengers``, ``two ships``), as a conjunct before another count; no
#: article or ``per`` in its words (``2.4 million TEU a year``: a rate, no noun to coordinate with)
_CONJUNCT = r"\s+(?:(?:up\s+to|at\s+least|as\s+many\s+as)\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand))?|{words})" \
    r"(?:\s+(?!(?:a|an|the|per)\b)[\p{{L}}-]+){{1,3}}?"
#: how far before a count a capacity word may stand when the count is a later conjunct
_COORDINATED_REACH = 100


@cache
def _coordinated_capacity() -> Any:
    """A capacity word, its count and noun, then ``and`` right before an amount (``has room
    for 300 passengers and``, ``a daily limit of two ships and``): the amount is the capacity
    word's object too."""
    conjunct = _CONJUNCT.format(words=alternation(list(_SMALL)))
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(figure_rules()["capacity_words"]) + ")" + _FILLER +
                         conjunct + r",?\s+and" + _FILLER + r"\s*$", regex.I)


@cache
def _own_clause() -> Any:
    """A count's noun and a finite verb after it (``and 20 staff were on duty``): the count
    opens a clause of its own, no conjunct of the object before it."""
    return regex.compile(r"(?:\s+[\p{L}-]+){1,2}?\s+(?:" + alternation(figure_rules()["coordinated_clause_verbs"]) + r")\b",
                         regex.I)


def _over_time_of(measure: str) -> str:
    return next((m.over_time for m in measure_table() if m.name == measure), "unknown")


def _attribute(text: str, sent: tuple[int, int], q: QuantityMention, kind: str,
               found: Sequence[tuple[int, int, str, int, int]]) -> str | None:
    """A count that is a property, not something that happened: what a place or a body
    has, holds, serves or employs (``which runs the 662 beds``, ``employs 14,000 people``,
    ``a town of 11,000``: ``number of beds, held``), or what it is built for (``built for
    600 prisoners``: ``number of prisoners, capacity``). Compared only with the same property, never with a
    count of events (escaped inmates, passengers stranded). A measure's cue right after
    the count's noun still names it (``had 71 people on board``). Persons held are people
    whatever their noun (``employs 14,000 people``, ``has 13,800 employees``), and a share a
    body holds is its stake (``owns 9.8% of Vandermeer``). A count of places written as an
    adjective is the size of what it qualifies (``the 101-seat chamber``, ``a 16-seater``):
    its capacity, never the seats a party holds or a vote's tally."""
    if (kind not in ("plain", "people", "percent") and not kind.startswith("thing:")) or \
            (kind == "plain" and match_ahead(_OF_AFTER, text, q.end)):
        return None  # "home to one of the largest colonies": a part named by its whole, no count
    if kind.startswith("thing:") and (q.unit or "").lower() in figure_rules()["capacity_units"] and \
            text.startswith("-", q.end):
        return f"{_counted_measure(text, q, kind[6:])}, capacity"  # "in the 101-seat chamber": its size
    lo = max(sent[0], q.start - 40)
    tag = next((t for rx, t in _attribute_rxs() if rx.search(text, lo, q.start)), None)
    if tag is None and _coordinated_capacity().search(text, max(sent[0], q.start - _COORDINATED_REACH), q.start) and \
            match_ahead(_own_clause(), text, q.end) is None:
        tag = "capacity"  # "has room for 300 passengers and 40 vehicles": coordinated, one verb's objects
    if tag is None:
        return None
    noun = match_ahead(_NEXT_NOUN, text, q.end)
    for c in found:  # "had 71 people on board": the cue after the noun names it
        if c[3] < q.end or "," in text[q.end:c[3]] or not within_words(text, q.end, c[3], 3):
            continue
        if noun is None or c[3] > noun.start(1) or _over_time_of(c[2]) != "fixed":
            return None  # not "built for 400 passengers" (the noun itself, a cue of people on board)
    if kind == "percent":
        return "stake" if tag == "held" else None  # "already owns 9.8% of Vandermeer", "holds nearly 10 percent"
    person = kind.startswith("thing:") and is_person_noun(kind[6:]) and \
        match_ahead(_AND_NOUN, text, q.end) is None  # "held 2,140 inmates", "holds more than 2,000"; not "120 musicians and staff"
    counted = _counted_measure(text, q, kind[6:]) if kind.startswith("thing:") and not person else "number of people"
    return f"{counted}, {tag}"


_RATE_ADJ = regex.compile(r"\b(annual|yearly|daily|weekly|monthly|hourly|nightly)\b", regex.I)
#: a rate adjective inside the amount's own of-phrase ("340,000 tons of annual pulp capacity",
#: "2,000 barrels of daily output"): at most one word between ``of`` and the adjective
_OF_RATE_ADJ = regex.compile(r"\s+of\s+(?:[\p{L}'’-]+\s+)?(annual|yearly|daily|weekly|monthly|hourly|nightly)\b", regex.I)
#: a rate adjective or adverb to its unit of time
_RATE_ADJ_UNIT = {"annual": "year", "yearly": "year", "daily": "day", "weekly": "week", "monthly": "month",
                  "hourly": "hour", "nightly": "night"}
#: the last word of a rate phrase that names its unit in other words ("on an average weekday":
#: per day; "a match": per game)
_RATE_WORD_UNIT = {"annum": "year", "annually": "year", "weekday": "day", "match": "game"}


@cache
def _rate_rx() -> Any:
    return regex.compile(r"(?:\s+(?!(?:but|that|which|who)\b)[\p{L}'’-]+){0,5}?\s+(" + alternation(figure_rules()["rate_words"]) + r")(?![\p{L}\p{N}])"
                         r"(?!\s+(?:after|later|before|earlier|ago|since|into|on\b))",  # "a day after the cave-in": a time
                         regex.I)


def rate_of(text: str, sent: tuple[int, int], q: QuantityMention) -> str | None:
    """``per year`` for ``handles 60 million tonnes of ore a year``, ``carried 9,200 vehicles
    daily``, ``an annual traffic of``: a count per unit of time (the time words right after
    the amount's noun phrase, or a rate adjective just before it or inside its of-phrase:
    ``40,000 tonnes of annual capacity``; or an ordinary period named in its clause:
    ``figure_habitual``), its own measure, never
    compared with a count. A sum or a share keeps its measure (a budget is yearly anyway)."""
    if figure_kind(q) in ("money", "percent"):
        return None  # "a budget of 12 million a year" and "the annual budget" are one budget
    m = _rate_rx().match(text, q.end, min(sent[1], q.end + 60))
    if m is not None:
        word = str(m.group(1)).lower().split()[-1]
        return "per " + _RATE_ADJ_UNIT.get(word, _RATE_WORD_UNIT.get(word, word))
    inner = _OF_RATE_ADJ.match(text, q.end, min(sent[1], q.end + 40))
    if inner is not None:  # "takes 340,000 tons of annual capacity out of the market"
        return f"per {_RATE_ADJ_UNIT[inner.group(1).lower()]}"
    adj = [a for a in _RATE_ADJ.finditer(text, max(sent[0], q.start - 50), q.start) if within_words(text, a.end(), q.start, 4)]
    if adj:
        return f"per {_RATE_ADJ_UNIT[adj[-1].group(1).lower()]}"  # "the team's annual budget is"
    period = habitual_period(text, sent, q)  # "kill about 20 people in Austria in an average winter"
    return f"per {period}" if period is not None else None


def _state_in(text: str, sent: tuple[int, int], q: QuantityMention, kind: str) -> str | None:
    """People counted by where they are (``Six people remain in intensive care``, ``Four
    patients are still in critical condition``): ``number of people (in intensive care)``,
    a state named by its place; only counts of persons."""
    if not (kind in ("people", "plain") or (kind.startswith("thing:") and is_person_noun(kind[6:]))):
        return None
    m = _STATE_IN.match(text, q.end, min(sent[1], q.end + 80))
    return f"number of people (in {m.group(1).lower()})" if m is not None else None


def _place_in(text: str, sent: tuple[int, int], q: QuantityMention) -> str | None:
    """The place named by ``in`` nearest an amount in its clause (``in Seville``)."""
    places = [m for m in _IN_PLACE.finditer(text, sent[0], sent[1])
              if within_words(text, m.end(), q.start, 8) or within_words(text, q.end, m.start(), 8)]
    if not places:
        return None
    near = min(places, key=lambda m: min(abs(m.start() - q.end), abs(q.start - m.end())))
    return str(near.group(1))


def _heads_only(text: str, found: list[tuple[int, int, str, int, int]]) -> list[tuple[int, int, str, int, int]]:
    """Cues that head their noun phrase: a cue in the ``of`` phrase of another cue's noun
    only says whose it is (``the total cost of the deal``: a cost, not a deal value). A noun
    that names only a count of casualties (``figures.json`` ``count_heads``: ``toll``) is the
    other way round: a cue right after its ``of`` says what it counts (``the toll of injured
    now stands at 23``: the injured, not the dead), so the head gives way to it."""
    heads = frozenset(figure_rules()["count_heads"])
    counting = {o for o in found for c in found
                if c[3] >= o[4] and text[o[3]:o[4]].lower() in heads and _COUNT_OF.fullmatch(text, o[4], c[3])}
    return [c for c in found if c not in counting
            and not any(o not in counting and o[4] <= c[3] and cue_in_of_phrase(text, o[4], c[3]) for o in found)]


def _cues(text: str, sent: tuple[int, int], q: QuantityMention, others: Sequence[QuantityMention], kind: str
          ) -> list[tuple[int, int, str, int, int]]:
    """Every acceptable cue of an amount in its clause: (distance, rank, measure, cue start,
    cue end). A cue across another amount is that amount's (``killed 7 and forced 12,000
    ...``), and so is a cue right before another amount (``96 km/h on a curve with a speed
    limit of 75 km/h``), except the whole of a partitive (``Eleven of the train's 22 coaches
    came off the rails``: Eleven came off)."""
    d = figure_rules()
    rose = _ROSE_TO.search(text, max(sent[0], q.start - 40), q.start) is not None
    found: list[tuple[int, int, str, int, int]] = []
    for rank, m in measures_taking(kind):
        if not below_max(m, q):  # the rest of measure_accepts
            continue
        limit = m.max_distance if m.max_distance is not None else max(d["window_before"], d["window_after"])
        for cm in m.cues.finditer(text, max(sent[0], q.start - REACH), min(sent[1], q.end + REACH)):
            if cm.end() <= q.start:
                dist = gap_words(text, cm.end(), q.start)
                between = [o for o in others if cm.end() <= o.start and o.end <= q.start
                           and not _COORDINATED.fullmatch(text, o.end, q.start)]
                far = max(limit, d["subject_distance"]) if rose and "," not in text[cm.end():q.start] else limit
            elif cm.start() >= q.end:
                dist = gap_words(text, _after_noun_pair(text, q, cm.start()), cm.start())
                between = [o for o in others if q.end <= o.start and o.end <= cm.start()
                           and not _PARTITIVE.fullmatch(text, q.end, o.start)]
                between += [o for o in others if o.start >= cm.end() and _INTRODUCES.fullmatch(text, cm.end(), o.start)]
                far = limit
            else:
                continue
            if dist is None or dist > far or between or _CITED.search(text, max(0, cm.start() - 20), cm.start()):
                continue
            if _modifies_a_head(text, cm.group(0), cm.end()):
                continue  # "The three who voted against the death penalty": a penalty, no death
            if match_ahead(_says(), text, cm.end()) and (cm.end() <= q.start or "," in text[q.end:cm.start()]):
                continue  # "Survivors say there were more than 250", "..., survivors said": who tells it
            found.append((dist - m.bonus, rank, m.name, cm.start(), cm.end()))
    return found


def _modifies_a_head(text: str, cue: str, end: int) -> bool:
    """The cue is the first noun of a compound whose head is another thing (``death penalty``,
    ``death row``, ``death threats``; ``figures.json`` ``cue_compounds``): the compound
    names a punishment or a threat, not the measure the cue names alone."""
    heads = _cue_compounds().get(cue.lower())
    return heads is not None and match_ahead(heads, text, end) is not None


@cache
def _cue_compounds() -> dict[str, regex.Pattern[str]]:
    return {cue: regex.compile(r"[ \t]+(?:" + alternation(heads) + r")\b", regex.I)
            for cue, heads in figure_rules()["cue_compounds"].items()}


#: a cue named as the amount's source, not its measure (``at least 50 people on board,
#: citing survivors' accounts``: the survivors tell the count, they are not counted)
_CITED = regex.compile(r"(?<![\p{L}])(?:citing|quoting|according\s+to)\s+(?:the\s+)?$", regex.I)


@cache
def _says() -> regex.Pattern[str]:
    """A verb of telling right after a cue (``figures.json`` ``telling_verbs``), an adverb
    allowed before it: the cue is the subject that tells the amount, its source, not what
    it counts (``Survivors say there were more than 250 on board``)."""
    return regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(?:" + alternation(figure_rules()["telling_verbs"]) + r")\b")


def _after_noun_pair(text: str, q: QuantityMention, limit: int) -> int:
    """Where the amount's noun phrase ends when its noun is coordinated with another
    (``About 5 million homes and businesses ... lost power``): that ``and`` joins two
    nouns, it opens no clause, so a cue after it is counted from there."""
    both = match_ahead(_AND_NOUN, text, q.end)
    if both is None or both.end() > limit or not q.unit or both.group(1).lower()[:4] != q.unit.lower()[:4]:
        return q.end
    return int(both.end())


@cache
def _sum_verb() -> Any:
    """A verb whose object is a sum, right before the sum (``figures.json`` ``sum_verb_nouns``:
    ``the mill lost NZ$48 million``)."""
    return regex.compile(r"(?<![\p{L}'’-])(" + alternation(list(figure_rules()["sum_verb_nouns"])) + r")\s+$", regex.I)


@cache
def _object_at() -> Any:
    """A verb of estimating or setting (``object_at_verbs``), its object noun phrase (a
    determiner, up to two modifiers, the head, an ``of`` phrase of up to four words) and
    ``at`` or ``to`` right before a sum: ``put the value of the haul at``."""
    verbs = alternation(figure_rules()["object_at_verbs"])
    return regex.compile(r"(?<![\p{L}'’-])(?:" + verbs + r")\s+(?:the|its|their|his|her|this|that)\s+"
                         r"(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)(?:\s+of\s+(?:[\p{L}'’-]+\s+){1,4}?)?\s*"
                         r"\b(?:at|to)\s+$", regex.I)


def _named_by_noun(text: str, sent: tuple[int, int], q: QuantityMention, kind: str,
                   others: Sequence[QuantityMention]) -> tuple[str, str | None] | None:
    """An amount no cue explains, named by a noun of its own clause: a sum by the noun it is
    ``of`` or the subject it is equal to (``a ransom of $4 million``, ``the ransom demanded
    by the hackers was $10 million``: ``ransom``), by the object noun of a verb that
    estimates or sets it (``Police put the loss at RM1.8 million``: ``loss``), or by the noun
    of the verb it is the object of (``the plant lost €6.2 million``: ``loss``, as ``a loss of
    €6.2 million``); a bare count by ``the number of X``, with the participle after X that says what happened to them,
    before it (``the number of patients affected had risen to 1.9 million``), or before X (``put the number of
    affected workers at``: ``number of workers [affected]``)."""
    lo = max([sent[0], *(o.end for o in others if o.end <= q.start)])
    if kind in ("money", "percent"):
        m = _NOUN_OF.search(text, max(lo, q.start - 60), q.start) or \
            measure_phrases()["copula_subj"].search(text, max(lo, q.start - 90), q.start)
        if m is not None and gap_words(text, m.end(1), q.start) is not None:
            noun = m.group(1).lower()
            noun = figure_rules()["change_nouns"].get(noun, noun)  # "a rise of", "an increase of": one measure
            return (noun if kind == "money" else f"{noun} (percent)"), None
        obj = _object_at().search(text, max(lo, q.start - 90), q.start)
        if obj is not None and obj.group(1).lower() not in figure_rules()["object_at_generic"]:
            noun = obj.group(1).lower()  # "Police put the loss at RM1.8 million": a loss
            return (noun if kind == "money" else f"{noun} (percent)"), None
        verb = _sum_verb().search(text, max(lo, q.start - 12), q.start) if kind == "money" else None
        return (figure_rules()["sum_verb_nouns"][verb.group(1).lower()], None) if verb is not None else None
    if kind in ("plain", "people"):
        found = list(_NUMBER_OF.finditer(text, max(lo, q.start - 120), q.start))
        if found and gap_words(text, found[-1].end(), q.start) is not None:
            noun = found[-1].group(2).lower()
            done = found[-1].group(3) or found[-1].group(1)  # "the number of patients affected", "of affected workers"
            return f"number of {noun}" + (f" [{done.lower()}]" if done else ""), None
    return None


def _predicate_over_noun(text: str, q: QuantityMention, best: tuple[int, int, str],
                         found: Sequence[tuple[int, int, str, int, int]], pred: Predicate | None = None
                         ) -> tuple[int, int, str]:
    """When the nearest cue is the amount's own noun (``dozens of passengers``), a cue of
    another measure right after that noun is what is said of them: ``At least 19 passengers
    remain missing`` counts the missing, not the people on board."""
    if figure_kind(q) in ("money", "percent"):
        return best  # "the €42-a-share offer": a sum's cue says what it is, not what is done to it
    own = [c for c in found if c[2] == best[2] and c[3] >= q.end
           and (within_words(text, q.end, c[3], 1) or _PARTITIVE.fullmatch(text, q.end, c[3])  # "Fourteen of the sick"
                or _PARTITIVE_COUNTED.fullmatch(text, q.end, c[3]))  # "Ten of the 14 passengers were rescued"
           and not (pred is not None and c[3] <= pred.start < c[4])]  # "Four people died during the blackout": died
    if not own:
        return best
    noun_end = max(c[4] for c in own)
    after = [c for c in found if c[2] != best[2] and c[3] >= noun_end and within_words(text, noun_end, c[3], 3)]
    if not after:
        return best
    c = min(after, key=lambda c: (c[3], c[1]))
    return c[0], c[1], c[2]


@attrs.frozen
class _DescribedWhole:
    """The patterns :func:`describes_whole` reads (``figures.json`` ``described_whole``)."""

    #: "of the six people arrested": a counted whole, its noun, and a participle right after it
    whole: regex.Pattern[str]
    #: the clause's next finite verb, or what ends the clause first
    verb_or_break: regex.Pattern[str]
    #: a preposition right before the part: "referring to one of the two guards detained"
    preposition: regex.Pattern[str]


@cache
def _described_whole() -> _DescribedWhole:
    d = figure_rules()
    rule = d["described_whole"]
    irregular = alternation(list(irregular_act_verbs()))
    finite = alternation(rule["finite"])
    words = [w for w in rule["breaks"] if w[0].isalpha()]
    marks = [w for w in rule["breaks"] if not w[0].isalpha()]
    noun = r"(?:\s+(?!(?:" + finite + r"|who|whom|that|which)\b)\p{Ll}[\p{Ll}'’-]*){1,2}?"
    return _DescribedWhole(
        whole=regex.compile(_PARTITIVE.pattern + _WHOLE_COUNT + noun +
                            r"\s+(?P<participle>\p{Ll}{2,}ed|" + irregular + r")\b"),
        verb_or_break=regex.compile(r"(?P<stop>" + alternation(marks) + r"|\b(?:" + alternation(words) + r")\b)|"
                                    r"\b(?P<verb>" + finite + "|" + irregular + r")\b", regex.I),
        preposition=regex.compile(r"\b(?:" + alternation(rule["prepositions"]) + r")\s+$", regex.I))


def describes_whole(text: str, sent_end: int, q: QuantityMention, measure: str) -> bool:
    """Whether amount ``q`` is a part of a counted whole that a participle describes, the
    participle being the cue of ``measure`` (``Four of the six people arrested on Monday have
    been charged``, ``referring to one of the two guards detained in May``): the participle
    says what the whole is, so the amount counts some of the arrested, not the arrests; as a
    total it stood against other outlets' count of them as a rival. The participle is told
    from the part's own past verb (``Three of the four skiers died``: a count of deaths) by a
    finite verb later in its clause or by a preposition before the part (module data
    ``described_whole``)."""
    rule = _described_whole()
    m = match_ahead(rule.whole, text, q.end)
    cues = next((t.cues for t in measure_table() if t.name == measure), None)
    if m is None or cues is None or match_ahead(cues, text, m.start("participle")) is None:
        return False
    if rule.preposition.search(text, max(0, q.start - 20), q.start):
        return True
    nxt = rule.verb_or_break.search(text, m.end(), max(m.end(), sent_end))
    return nxt is not None and nxt.group("verb") is not None


def _counted_measure(text: str, q: QuantityMention, unit: str) -> str:
    """``number of containers (military)``: a counted thing with what it holds; ``number of
    riders and staff`` when the noun is coordinated with another (``employs about 70 riders
    and staff`` counts more than ``27 riders``), unless the word after ``and`` is a verb of a
    second clause (``cancelled 30 trains and stranding ...``: still a count of trains). The caller adds the verb said of the things
    in brackets (``number of ships [waiting]``); ``figures._join_verbs`` decides whether
    two verbs count one thing."""
    of = (q.of or "").lower()
    qual = of.split(" of ", 1)[1].strip() if " of " in of else ""
    groups: Mapping[str, str] = figure_rules()["counted_groups"]
    group = groups.get(qual) or (groups.get(qual.split()[-1]) if qual else None) or qual or None
    plural = _plural_noun(q, unit)
    both = match_ahead(_AND_NOUN, text, q.end)
    if both is not None and both.group(1).lower() == plural and not qual and \
            both.group(2).lower() not in figure_rules()["not_nouns"] and \
            not both.group(2).lower().endswith(tuple(figure_rules()["verb_endings"])):
        plural = f"{plural} and {both.group(2).lower()}"
    return f"number of {plural}" + (f" ({group})" if group else "")


def _plural_noun(q: QuantityMention, unit: str) -> str:
    """The counted noun in the plural as the article writes it (``children``, ``women``),
    else the unit with an ``s`` (a singular ``1 child`` has no plural written)."""
    synonyms: Mapping[str, str] = figure_rules()["noun_synonyms"]
    if unit in synonyms:
        return synonyms[unit]  # "200 soldiers", "Some 250 Guard troops": one measure
    written = (q.of or "").lower().split(" of ", 1)[0].strip()
    if written and written != unit and written[:2] == unit[:2]:
        return written
    return unit if unit.endswith("s") else plural_of(unit)


def plural_of(noun: str) -> str:
    """A counted noun's plural: the irregular ones from data (``man`` -> ``men``,
    ``fisherman`` -> ``fishermen``), else by English spelling (``company`` -> ``companies``,
    ``bus`` -> ``buses``, ``church`` -> ``churches``), else with an ``s``. One spelling,
    so that ``1 company`` and ``five companies`` name one measure."""
    rules = figure_rules()
    irregular: Mapping[str, str] = rules["irregular_plurals"]
    if noun in irregular:
        return irregular[noun]
    if noun not in rules["regular_plural_tails"]:
        for tail in rules["irregular_plural_tails"]:
            if noun.endswith(tail):
                return noun[:-len(tail)] + irregular[tail]
    if noun.endswith(("ies", "ics")):
        return noun  # "species", "series": already a plural's form
    if _CONSONANT_Y.search(noun):
        return noun[:-1] + "ies"
    if _SIBILANT.search(noun) and noun not in rules["plural_s_only"]:
        return noun + "es"
    return noun + "s"


#: a noun whose plural ends in -ies (``company``, ``family``; not ``day``, ``key``)
_CONSONANT_Y = regex.compile(r"[^aeiou\W]y$")
#: a noun whose plural adds -es (``bus``, ``box``, ``church``, ``dish``; a plural of its own
#: such as ``species`` or ``series`` adds nothing and is no counted unit)
_SIBILANT = regex.compile(r"(?<!ie)(?:s|x|z|ch|sh)$")


def _is_age(text: str, q: QuantityMention) -> bool:
    """An age is no count: ``Sam Whitlock, 23, failed a test`` (a bare number between
    commas after a name), ``a 71-year-old man``, ``aged 34``."""
    if is_age(text, q) or _age_bound(text, q):
        return True
    if figure_kind(q) != "plain" or q.approx:
        return False
    if _AGE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None and match_ahead(_AGE_AFTER, text, q.end):
        return True
    return _age_of_a_person(text, q) or _ages_of_persons(text, q)


@cache
def _person_before() -> regex.Pattern[str]:
    """A determiner, at most two words, a lower-case noun, a comma, at the end of the text
    before an amount (``The skipper, ``, ``her son, ``, ``a second man, ``)."""
    determiners = alternation(sorted(grammar.ARTICLES | grammar.POSSESSIVE_DETERMINERS | grammar.DEMONSTRATIVES))
    return regex.compile(r"(?<![\p{L}\p{N}])(?i:" + determiners + r")\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),\s*$")


def _age_of_a_person(text: str, q: QuantityMention) -> bool:
    """A bare number between commas after one person named by a common noun is that
    person's age (``The skipper, 51, survived``, ``Her son, 8, was treated``, ``a second
    man, 19, was held``), as it is after a name: the noun is singular, so the number counts
    nothing of it (``the victims, 12, ...`` is left alone)."""
    if q.value is None or q.value > 120 or not match_ahead(_AGE_AFTER, text, q.end):
        return False
    m = _person_before().search(text, max(0, q.start - 50), q.start)
    if m is None:
        return False
    noun = m.group(1).lower()
    plural = (noun.endswith("s") and not noun.endswith("ss")) or noun in figure_rules()["irregular_plurals"].values()
    return not plural and is_person_noun(noun)


#: "his two brothers, 17 and 22, were arrested": two bare numbers between commas right after
#: a plural noun of persons are their ages (the noun is the group the ages describe)
_PAIR_FIRST = regex.compile(r"\s+and\s+\d{1,3},")
_PAIR_SECOND = regex.compile(r"(\p{Ll}+),\s*\d{1,3}\s+and\s+$")
_PAIR_NOUN = regex.compile(r"(\p{Ll}+),\s*$")


def _ages_of_persons(text: str, q: QuantityMention) -> bool:
    """Two ages in apposition to a plural noun of persons (``two sisters, 15 and 17, were
    rescued``): each number is an age, never a count of the noun or of the story."""
    if q.value is None or q.value > 120:
        return False
    head = text[max(0, q.start - 40):q.start]
    first = _PAIR_NOUN.search(head) if match_ahead(_PAIR_FIRST, text, q.end) else None
    second = _PAIR_SECOND.search(head) if match_ahead(_AGE_AFTER, text, q.end) else None
    noun = first or second
    return noun is not None and noun.group(1).endswith("s") and is_person_noun(noun.group(1))


def is_rank(text: str, q: QuantityMention) -> bool:
    """``a fourth patient has died``: an ordinal before a noun ranks one of them, it is no
    fraction and no count (``a fourth of the patients`` is a fraction)."""
    return bool(q.value is not None and q.value < 1 and _ORDINAL_WORD.fullmatch(q.text)
                and not match_ahead(_OF_AFTER, text, q.end))


#: between the two numbers of a proportion with its noun ("one train *in* four", "one voter
#: *in every* ten"): the noun is said of the first, the second is the whole it is taken from
_PROPORTION_GAP = regex.compile(r"\s+(?:\p{Ll}+\s+){0,2}in\s+(?:every\s+)?")


#: a proportion's first number, as words the quantities plugin may not read as a count
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_PROPORTION_BEFORE = regex.compile(r"(?<![\p{L}\p{N},.])(?P<n>" + alternation(list(_SMALL)) + r"|\d+)"
                                   + _PROPORTION_GAP.pattern + r"$", regex.I)


def in_proportion(text: str, q: QuantityMention, others: Sequence[QuantityMention]) -> bool:
    """``only one train in four ran``: the two numbers of a proportion with its noun are one
    share, never a count of trains (the smaller comes first; ``six people in two raids`` is
    a count). A proportion without a noun (``one in five``) is left to the share readers."""
    if q.value is None:
        return False
    before = _PROPORTION_BEFORE.search(text, max(0, q.start - 40), q.start)
    if before is not None:
        n = before.group("n").lower()
        first = int(n) if n.isdigit() else _SMALL.get(n)
        if first is not None and first < q.value:
            return True  # q is the whole: "one train in *four*"
    for o in others:
        if o.start >= q.end and o.value is not None and q.value < o.value and \
                _PROPORTION_GAP.fullmatch(text, q.end, o.start):
            return True  # q is the share: "*two* voters in every five"
    return False


def is_multiple(text: str, q: QuantityMention) -> bool:
    """``treating twice as many cases``, ``three times the size of Paris``, ``four times
    higher than``: a multiple in a comparison is a ratio of two amounts, never a count
    (``conceded four times`` is one)."""
    return bool(_MULTIPLE.fullmatch(q.text) and match_ahead(_COMPARED, text, q.end))


def _age_bound(text: str, q: QuantityMention) -> bool:
    """``all of them patients over 70``, ``children under five``: a bound right after a noun
    naming persons, with no unit, is an age (an age is at most a lifetime)."""
    if figure_kind(q) != "plain" or q.value is None or q.value > 120 or not _AGE_BOUND.fullmatch(q.text):
        return False
    m = _NOUN_BEFORE.search(text, max(0, q.start - 30), q.start)
    return m is not None and is_person_noun(m.group(1))


def _place_count(text: str, sent: tuple[int, int], q: QuantityMention, prior: Sequence[Figure]
                 ) -> tuple[str, str | None] | None:
    """Places counted where something happened are counted for that thing: ``24 illnesses
    in 11 states`` (the states with illnesses), ``sold in 31 states`` (the states where it
    was sold) - named by the measure of the amount just before in the clause, else by the
    word before ``in``."""
    kind = figure_kind(q)
    if not kind.startswith("thing:") or kind[6:] not in figure_rules()["place_units"]:
        return None
    m = _IN_PLACES.search(text, max(sent[0], q.start - 40), q.start)
    if m is None:
        return None
    plural = _plural_noun(q, kind[6:])
    near = [f for f in prior[-3:] if f.ref is not None and sent[0] <= f.ref.start and within_words(text, f.ref.end, m.start(1), 2)]
    what = near[-1].measure if near else m.group(1).lower()
    return f"number of {plural} ({what})", None


def _anaphor(text: str, sent: tuple[int, int], q: QuantityMention, prior: Sequence[Figure]
             ) -> tuple[str, str | None] | None:
    """``district officials put the number at nine``, ``; the union says more than 3,000``
    (a rival's bare reading: :func:`_rival_says`), ``well above the company's figure of roughly
    2,300`` (``figure_rival.possessed_teller``): the number is what the amount before
    it (in this sentence or the one before) of its own dimension measures, a count a count's
    (``at least 14 ambulances had been stuck for more than an hour, while a hospitals' group
    put the figure at more than 40``: the ambulances, not the hour)."""
    put_at = _NUMBER_AT.search(text, max(sent[0], q.start - 60), q.start) is not None
    if not put_at and not _rival_says(text, sent, q) and possessed_teller(text, sent[0], q.start) is None:
        return None
    dim = unit_dimension(q.unit)[0]
    # a rival's bare reading, or a count named as someone's after a number of its own sentence, answers that sentence
    own = not put_at and NUMBER.search(text, sent[0], q.start) is not None
    for f in reversed(prior):
        if f.evidence is None or f.evidence.end < sent[0] - REACH or (own and f.evidence.start != sent[0]):
            break
        if (f.role == "total" or (own and f.role == "earlier")) and dimension(f)[0] == dim:
            # "initially said 10 were aboard but later accepted the operator's count of nine"; of its own
            # sentence, its measure without the era, which that sentence gives the amount again
            return (_ERA.sub("", f.measure) if f.evidence.start == sent[0] else f.measure), None
    return None


#: the end of a clause right after a bare amount ("...; the union says more than 3,000.")
_BARE_END = regex.compile(r"\s*(?:[.;,)]|$)")


@cache
def _rival_says_rx() -> Any:
    """A rival's clause (``rival_clause_breaks``: ``, while``, ``, but``, ``, whereas``, ``;``) whose
    teller, a few words, tells a bare amount with a verb of telling right before it (``; the
    union says more than 3,000``, ``, while organisers said 20,000``); the teller may carry a
    name or a description set off by commas (``; the operator, Harbour Line Services, said about
    120``: ``figure_rival.APPOSITION``); a verb of its own between (``; the other side says it
    lost two``) tells another count."""
    return regex.compile(rival_break() + r"\s+(?:[\p{L}'’\-]+\s+){0,7}?[\p{L}'’\-]+(?:,\s+(?-i:" + APPOSITION
                         + r"),)?\s+(?:" + telling_cues() + r")\s+(?:it\s+at\s+|that\s+)?$", regex.I)


#: how far before a bare amount its rival's break may stand (``; the operator, Harbour Line
#: Services, said``): a bounded look-back
_RIVAL_SAYS_BEFORE = 120


def _rival_says(text: str, sent: tuple[int, int], q: QuantityMention) -> bool:
    """Whether ``q`` is a rival's bare reading of the amount before it (:func:`_rival_says_rx`,
    nothing counted after it): an ellipsis, the count the other teller's clause names."""
    if q.unit is not None or _BARE_END.match(text, q.end, sent[1]) is None:
        return False
    return _rival_says_rx().search(text, max(sent[0], q.start - _RIVAL_SAYS_BEFORE), q.start) is not None


#: the measure of an amount no rule named (``figure_story.LOOSE``)
_UNNAMED = "?"
#: "number of complaints in 2025": the era the amount before was told in, not its measure
_ERA = regex.compile(r" in \d{4}$")


def compared_from(text: str, sent: tuple[int, int], q: QuantityMention, prior: Sequence[Figure]
                  ) -> tuple[str, str | None] | None:
    """``nine flights had now carried the workers home, up from the six announced on
    Tuesday``, ``22 horses had run, not 24 as reported``: the earlier reading a change is
    counted from, or a reading its teller rejects, measures what the amount before it in
    its sentence does (the nearest of its dimension: a count, a sum, a share), whatever its
    own clause names (``announced``, ``reported``); a rejected reading takes no measure
    from an amount no rule named (``Three guards, not two, died``: ``died`` names both)."""
    counted = counted_from_at(text, sent[0], q.start, q.end)
    if not counted and not rejected_at(text, sent[0], q.start):
        return None
    dim = unit_dimension(q.unit)[0]
    for f in reversed(prior):
        if f.evidence is None or f.evidence.start != sent[0]:
            break
        if f.role == "total" and dimension(f)[0] == dim:
            return (_ERA.sub("", f.measure), None) if counted or f.measure != _UNNAMED else None
    return None


def name_held(out: list[Figure]) -> None:
    """``Three prison guards, not two, died``: when the last amount is a rejected reading
    whose own clause names its measure by a cue (``died``, ``on board``; not a counted
    noun's verb, ``the four mentioned``), and the amount held to before it in its
    sentence (the nearest of its dimension) has none, the held amount measures the same
    (in place)."""
    last = out[-1] if out else None
    if last is None or last.measure == _UNNAMED or last.measure.startswith("number of ") or not rejected(last):
        return  # "not the four mentioned": a verb of telling names no measure of the payments
    for k in range(len(out) - 2, -1, -1):
        f = out[k]
        if f.evidence is None or last.evidence is None or f.evidence.start != last.evidence.start:
            return
        if f.role == "total" and dimension(f)[0] == dimension(last)[0]:
            if f.measure == _UNNAMED:
                out[k] = attrs.evolve(f, measure=last.measure)
            return


def _qualified(measure: str, q: QuantityMention, text: str, sent: tuple[int, int],
               persons: Sequence[PersonMention]) -> str:
    """What an amount measures, told apart from amounts it must not be compared with:

    * a share of something the measure is not about is its own measure (``87% of polling
      stations`` counted is no vote share);
    * an amount of another kind than the measure's own is its own (``6.1 million people``
      voted is no turnout rate);
    * a measure held by someone (``per_holder``: a candidate's vote share) is one per
      holder, the last person named before the amount in its sentence, by surname
      (``Silva won 54%``, ``her rival, Reis, had 44%``)."""
    m = next((x for x in measure_table() if x.name == measure), None)
    if m is None:
        return measure
    kind = figure_kind(q)
    if kind == "percent" and q.of and not cue_word(measure, q.of.lower().split()[-1]) \
            and q.of.lower().split()[-1] not in figure_rules()["voter_nouns"]:  # "61% of voting members backed"
        return f"share of {q.of.lower()}"
    main = next((k for k in data_kinds(measure) if k != "plain"), None)
    fam, main_fam = kind_family(kind), kind_family(main or "plain")
    if kind != "plain" and fam != main_fam and {fam, main_fam} & {"percent", "money"}:
        measure = f"{measure} ({fam})"  # a rate or a sum is never compared with a count
    if m.per_holder:
        before = [p for p in persons if sent[0] <= p.start and p.end <= q.start]
        if before:
            holder = (before[-1].entity or before[-1].text).split()[-1]
            measure = f"{measure} of {holder}"
    return measure
