"""The teller of a rival's clause inside one claim's sentence, and of a count named as someone's.

Why: a sentence that sets two tellers' readings against each other (``Farmers say at least
11 sheep were killed, while the project puts the number at three``, ``Police said 43 were
injured, but doctors said they had treated nearly 60``) is often read as one claim, whose
source is the first teller; both amounts are then credited to it, the two readings look
like one teller's count told twice and the dispute is never surfaced. The clause after a
rival's break (``, while``, ``, but``, ``, whereas``, ``;``: ``rival_clause_breaks``) that
opens with a short noun phrase and a verb of telling (``speech_cues``, ``source_cues``) or
of asserting (``, while the company insists fewer than 400``) leading to the amount names
that amount's own teller. Read without a parser: the phrase holds no auxiliary, pronoun,
number or comma (``, but the toll was put at 12`` is a passive, ``, while it put ...`` an
unresolved pronoun: neither names a teller), save the perfect's ``has`` and adverbs right
before the verb (``, while Brewline has said``, ``, but police later said``). Likewise a
count the sentence names as someone's (``well above the company's figure of roughly
2,300``) is that someone's reading, not the sentence's teller's. And an amount a verb of reading gives with ``at``
(``the company put the loss at 25,000 barrels a day``) is its subject's reading of the
measure its object names (:func:`read_at`)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.story.figure_data import alternation, figure_rules, gap_words

__all__ = ["APPOSITION", "possessed_teller", "read_at", "read_at_object", "rival_break", "rival_teller", "telling_cues", "told_again", "told_again_after",
           "told_against", "told_instead"]

#: the most words a rival clause's teller may have (``doctors at two private hospitals``)
_MOST_WORDS = 8
#: the most words between the verb of telling and the amount (``said they had admitted nearly 60``)
_MOST_GAP = 12
#: how far before an amount its rival's break may stand (the teller's words and the gap, with
#: room to spare): a bounded look-back, so an endless sentence is read in linear time
_REACH = 300
#: words that make a rival clause's opening no noun phrase naming a teller
_NO_TELLER = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "there",
                        "what", "whom", "these", "those", "not", "if", "when", "as"})
#: articles a teller's name drops (``the project``: ``project``)
_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.I)
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_PLAIN = regex.compile(r"[\p{L}'’\-\s]+")


@cache
def rival_break() -> str:
    """The source of a rival's break (``, while``, ``, but``, ``;``: ``rival_clause_breaks``),
    shared with ``figure_measure``'s reading of a rival's bare amount."""
    return r"(?:,\s*(?:" + alternation(figure_rules()["rival_clause_breaks"]) + r")|;)"


@cache
def telling_cues() -> str:
    """The alternation of the verbs of telling (``speech_cues``, ``source_cues``)."""
    d = figure_rules()
    return alternation([*d["speech_cues"], *d["source_cues"]])


@cache
def _break_rx() -> Any:
    return regex.compile(rival_break() + r"\s+", regex.I)


@cache
def _cue_rx() -> Any:
    """The verbs of telling that open a rival's clause: ``telling_cues``, their plural
    present (``rival_telling_cues``: ``church workers say``), the verbs of speaking of an
    amount (``told_again_cues``: ``the union speaks of up to 600``) and of asserting
    (``rival_asserting_cues``: ``while the company insists fewer than 400 are taking part``)."""
    d = figure_rules()
    cues = alternation([*d["rival_telling_cues"], *d["told_again_cues"], *d["rival_asserting_cues"]])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + telling_cues() + "|" + cues + r")(?![\p{L}\p{N}])", regex.I)


@cache
def _verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in figure_rules()["auxiliaries"])


@cache
def _before_verb_rx() -> Any:
    """The perfect's auxiliary and adverbs ending a rival clause's opening, right before its
    verb of telling (``rival_teller_before_verb``: ``while Brewline has said``, ``but police
    later said``): they leave the clause active, so the words before them name its teller."""
    words = alternation(figure_rules()["rival_teller_before_verb"])
    return regex.compile(r"(?:\s+(?:" + words + r"))+$", regex.I)


def rival_teller(text: str, lo: int, start: int, claim_start: int) -> str | None:
    """The teller a rival's clause names for the amount at ``start`` (module docstring): the
    noun phrase between the last rival break after ``lo`` (the sentence's start) and a verb
    of telling that leads to the amount, when the break stands after ``claim_start`` (the
    claim holding the amount opens before it, so its source is the first clause's teller);
    else None."""
    brk = None
    for m in _break_rx().finditer(text, max(lo, start - _REACH), start):
        brk = m
    if brk is None or brk.start() <= claim_start:
        return None
    cue = _cue_rx().search(text, brk.end(), start)
    if cue is None:
        return None
    gap = gap_words(text, cue.end(), start)
    if gap is None or gap > _MOST_GAP:
        return None
    phrase = _before_verb_rx().sub("", _without_apposition(text[brk.end():cue.start()].strip()))
    words = _WORD.findall(phrase)
    if not words or len(words) > _MOST_WORDS or _PLAIN.fullmatch(phrase) is None:
        return None  # a number, a comma or a bracket: no plain noun phrase
    if any(w.lower() in _NO_TELLER or w.lower() in _verbs() for w in words):
        return None  # "the toll was put at 12", "it put the figure at": no teller named
    teller: str = _ARTICLE.sub("", phrase)
    return teller


#: what a pair of commas sets beside a teller's noun phrase: a description or a relative clause
#: (``a civil society group``, ``which runs the terminal``) or a name (``Pacifico Terminals``);
#: shared with ``figure_measure``'s reading of a rival's bare amount
APPOSITION = r"(?:a|an|the|which|who|whose)\s[^,;]{1,100}|\p{Lu}[\p{L}'’\-.]*(?:\s+[\p{L}'’\-.]+){0,5}"

#: a teller's noun phrase and what a pair of commas sets beside it (``Fiscal Watch, a civil
#: society group,``, ``the operator, which runs the terminal under a 25-year concession,``),
#: or the name that a pair of commas puts in apposition to a noun (``the operator, Pacifico
#: Terminals,``, ``the company's chief executive, Ana Ruiz,``)
_APPOSED = regex.compile(r"([^,;]+),\s+(?:" + APPOSITION + r"),")


def _without_apposition(phrase: str) -> str:
    """A rival clause's opening less an apposition or a relative clause set off by commas
    (``the island's assembly, the local government,``: ``the island's assembly``; ``the
    operator, Pacifico Terminals,``: ``the operator``): the words between the commas describe
    or name the teller, the words before them name it."""
    m = _APPOSED.fullmatch(phrase)
    return phrase if m is None else m.group(1).strip()


@cache
def _possessed_rx() -> Any:
    """A count named as someone's right before the amount: its noun and ``of`` (``the company's
    figure of``, ``the ambulance service's own count of``, ``Europol's estimate of``:
    ``contrast_nouns``), or its noun as the subject of a copula whose complement is the amount
    (``The group's own estimate is``, ``the company's own count, based on feeding records,
    is``, ``The patrol's count of vehicles involved stood at``: ``possessed_copula_nouns``,
    ``possessed_copulas``), what it counts and a phrase set off by commas between."""
    d = figure_rules()
    owner = r"(?:\b[Tt]he\s+((?:[\p{L}\-]+\s+){0,2}?[\p{L}\-]+)|(?<![\p{L}\-])(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}))"
    of = r"(?:" + alternation(d["contrast_nouns"]) + r")\s+of"
    copula = r"(?:" + alternation(d["possessed_copula_nouns"]) + r")(?:\s+of\s+[^,;:\d]{1,60}?)?(?:,[^,;:]{1,80},)?\s+(?:" \
        + alternation(d["possessed_copulas"]) + r")"
    return regex.compile(owner + r"['’]s?\s+(?:own\s+|official\s+|latest\s+|first\s+|initial\s+|earlier\s+)?(?:"
                         + of + r"|" + copula + r")\s+$")


def possessed_teller(text: str, lo: int, start: int) -> str | None:
    """The teller a possessive names for the amount at ``start``: ``well above the company's
    figure of roughly 2,300``, ``compared with the Civil Defence's count of 85`` give the
    company's and the Civil Defence's count, whoever tells the sentence, and so does ``The
    union's own estimate is about 400`` (a possessed count as a copula's subject: the amount
    is what that count says); else None."""
    m = _possessed_rx().search(text, max(lo, start - _POSSESSED_BEFORE), start)
    if m is None:
        return None
    owner: str = m.group(1) or m.group(2)
    return None if owner.lower() in _NO_TELLER else owner


#: how far before an amount a possessed count may open ("the regional ambulance service's own count of",
#: "the company's own count, based on feeding records, is")
_POSSESSED_BEFORE = 160


#: how far before an amount a verb of reading and its object may stand ("estimated the cost of the scare at")
_READ_BEFORE = 90


@cache
def _read_at_rx() -> Any:
    """A verb of reading (``source_cues``), its object and ``at`` right before an amount, a
    few words of hedge between (``put the likely bill at``, ``puts it at``, ``estimated the
    cost of the scare at more than``)."""
    verbs = alternation(figure_rules()["source_cues"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")\s+(?:(?:it|the|its|their)\b[\p{L}'’\-\s]{0,60}?\s)?"
                         r"at\s+(?:\p{L}+\s+){0,3}$", regex.I)


def read_at(text: str, start: int) -> bool:
    """Whether the amount at ``start`` of ``text`` is given by a verb of reading with ``at``
    (``Maritime NZ put the likely bill at NZ$3 million``, ``his lawyers put it at 14 hours``):
    its subject's reading of a measure, which a rival's clause sets beside another teller's
    (``figure_model.rival_readings``)."""
    return _read_at_rx().search(text, max(0, start - _READ_BEFORE), start) is not None


@cache
def _read_object_rx() -> Any:
    """:func:`_read_at_rx` with its object captured (``put the number of workers on strike
    at``: ``the number of workers on strike``)."""
    verbs = alternation(figure_rules()["source_cues"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")\s+((?:it|the|its|their)\b[\p{L}'’\-\s]{0,60}?)\s"
                         r"at\s+(?:\p{L}+\s+){0,3}$", regex.I)


def read_at_object(text: str, start: int) -> str | None:
    """The object of the verb of reading that gives the amount at ``start`` with ``at``
    (:func:`read_at`: ``The operator put the number of workers on strike at about 7,500``:
    ``the number of workers on strike``), None when no such verb gives it or it names none
    (``estimated at``)."""
    m = _read_object_rx().search(text, max(0, start - _READ_BEFORE), start)
    return None if m is None else str(m.group(1))


#: how far after an earlier amount of its sentence the comparison that names a rival may stand
_AGAINST_REACH = 160
#: a digit: another amount between the earlier amount and the comparison makes the comparison its
_DIGIT = regex.compile(r"\p{N}")


@cache
def _against_rx() -> Any:
    """A comparison right before an amount that names it as the rival of an earlier amount
    (``contrast_than``, ``contrast_comparatives`` and ``against_than``, ``against_the``,
    ``against_from``): ``far more than the 380 cited by``,
    ``a lower figure than the``, ``well above the ministry's estimate of``, ``, not the``, or
    the reading the earlier amount moved on from (``up from the``). A few words may name
    whose count it is (``the government's forecast of``); ``not`` takes only ``the`` (``not
    including the 5 crew`` names no rival)."""
    d = figure_rules()
    words = r"(?:[\p{L}\p{M}'’\-]+\s+){0,4}?"
    comparatives = [*d["contrast_than"], *d["contrast_comparatives"], *d["against_than"]]
    than = r"(?:" + alternation(comparatives) + r")\s+(?:\p{L}+\s+)?than\s+(?:(?:the|a|an)\s+" + words + r")?"
    the = r"(?:" + alternation([w for w in d["against_the"] if w != "not"]) + r")\s+(?:the|a|an)\s+" + words
    moved = r"(?:" + alternation(d["against_from"]) + r")\s+(?:the\s+)?"
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + than + "|" + the + "|" + moved + r"|not\s+(?:the\s+)?)$", regex.I)


@cache
def _side_words(side: str) -> frozenset[str]:
    """The words of a comparison that put the earlier amount on ``side`` of its rival
    (``contrast_sides``, ``against_the_sides``)."""
    d = figure_rules()
    return frozenset(w.lower() for w in (*d["contrast_sides"][side], *d["against_the_sides"][side]))


def told_against(text: str, earlier_end: int, start: int) -> int | None:
    """Whether the sentence ``text`` sets the amount at ``start`` against the earlier amount
    ending at ``earlier_end`` as a rival reading of one measure: a comparison names it
    (``The union said about 1,300 had walked out, far more than the 380 cited by the
    company``; ``the group says 6,500 took part, not the 4,000 cited by police``; ``raised its
    estimate to $3 million, up from the $2 million it gave``) with no other number between
    the two, or it stands in a rival's clause that names its own teller (``The UN said about
    60,000; the district commissioner said more than 100,000``: :func:`rival_teller`). Returns the side the comparison puts the earlier amount on (+1
    above, -1 below, ``contrast_sides``), 0 when it names none, None when the sentence sets
    no rival."""
    m = _against_rx().search(text, max(earlier_end, start - 80), start)
    if m is not None and start - earlier_end <= _AGAINST_REACH and not _DIGIT.search(text, earlier_end, m.start()):
        said = {w.lower() for w in _WORD.findall(m.group())}
        return 1 if said & _side_words("above") else -1 if said & _side_words("below") else 0
    if rival_teller(text, 0, start, earlier_end - 1) is not None:  # a break may stand right after the amount
        return 0
    return None


@cache
def _again_rx() -> Any:
    """What stands right before an amount a sentence gives as a second reading of the measure
    the sentence before it counted (``told_again``): a verb of reading, holding or giving
    with an anaphor for the measure and ``at`` or a value it is near (``puts the figure at``,
    ``put it at``, ``puts the number closer to``: ``told_again_prepositions``) or with the
    teller's own count ``of`` (``has stood by its figure of``, ``gave a lower figure of``,
    ``had cited a figure of``), the anaphor with a copula (``the true figure is``, ``insists
    it was``, ``The regulator's figure is``), a verb of holding with ``there`` and a copula
    (``insists there were``), or a measure named anew as the true one (``told_again_qualifiers``)
    with a copula or a verb of reading and ``at`` (``the real budget was``, ``put the true cost
    of the repairs at``), a word or two of hedge between (``closer to``, ``only``)."""
    d = figure_rules()
    nouns = alternation(d["contrast_nouns"])
    adjectives = r"(?:(?:" + alternation(d["told_again_adjectives"]) + r")\s+)?"
    owner = r"(?:the\s+)?[\p{L}\-]+['’]s?\s+"  # "the watchdog's figure", "Kestrel's own count"
    anaphor = r"(?:it|(?:the\s+|its\s+|their\s+|" + owner + r")" + adjectives + r"(?:" + nouns + r"))"
    verbs = r"(?:" + alternation([*d["source_cues"], *d["contrast_holding"], *d["told_again_giving"]]) + r")\s+"
    some = r"an?\s+(?:(?:" + alternation(d["contrast_comparatives"]) + r")\s+)?"  # "gave a lower figure of"
    owned = r"(?:its\s+|their\s+|" + some + r")" + adjectives + r"(?:" + nouns + r")\s+of"  # "stood by its figure of"
    read = verbs + r"(?:" + anaphor + r"\s+(?:" + alternation(d["told_again_prepositions"]) + r")|" + owned + r")"
    held = anaphor + r"\s+(?:" + alternation(d["told_again_copulas"]) + r")"
    there = r"(?:" + alternation(d["contrast_holding"]) + r")\s+(?:that\s+)?there\s+(?:" + \
        alternation(d["told_again_copulas"]) + r")"  # "insists there were 48"
    # "the real budget was", "put the true cost of the repairs at": a measure named anew as the true one
    true = r"(?:the|its|their)\s+(?:" + alternation(d["told_again_qualifiers"]) + r")\s+(?:[\p{L}'’\-]+\s+){1,6}?"
    named_true = r"(?:" + true + r"(?:" + alternation(d["told_again_copulas"]) + r")|" + verbs + true + r"at)"
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + read + "|" + held + "|" + there + "|" + named_true +
                         r")\s+(?:\p{L}+\s+){0,2}$", regex.I)


@cache
def _bare_rx() -> Any:
    """A verb of telling right before an amount, ``that`` or ``only`` between (``Management
    says 1,150.``, ``officials had spoken of at least 14.``)."""
    d = figure_rules()
    cues = alternation([*d["speech_cues"], *d["source_cues"], *d["told_again_cues"]])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + cues + r")\s+(?:(?:that|only|just)\s+)?$", regex.I)


#: what may follow an amount that ends its sentence (a full stop, a closing quote or bracket)
_ENDS = regex.compile(r"[\s.!\"'”’)]*")
#: how far before an amount its anaphor and verb may stand ("has stood by its own estimate of")
_AGAIN_BEFORE = 70


def told_again(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text`` gives the amount at ``start``..``end`` as a second
    reading of the measure the sentence before it counted, naming that measure only by an
    anaphor: ``The company puts the figure at 214.``, ``Sentinel insists it was less than R5
    million.``, ``The union says the true number is 560.``, ``The port gave a lower figure of
    310.``, ``The airline insists there were 212.``, or a bare reading ending the sentence
    (``Management says 1,150.``). Outlets that report a dispute most often tell the
    second teller's reading so, right after the first's; the anaphor says it is one measure
    (``figure_model.told_again_rivals``). A measure the sentence names anew (``put the number
    of injured at 28``) is no anaphor."""
    before = max(0, start - _AGAIN_BEFORE)
    if _again_rx().search(text, before, start) is not None:
        return True
    return _ENDS.fullmatch(text, end) is not None and _bare_rx().search(text, before, start) is not None


def told_again_after(text: str, earlier_end: int, start: int) -> bool:
    """Whether the sentence ``text`` gives the amount at ``start`` as a second reading of the
    measure its earlier amount ending at ``earlier_end`` counted, naming the measure by the
    anaphors :func:`told_again` takes, all of them after that amount (``The ministry says the
    repairs will cost $18 million; critics say the true figure is nearly $30 million``,
    ``Unions say 2,300 have walked out, while the operator puts the figure at fewer than
    900``). Outlets that report a dispute in one sentence most often name the second
    teller's reading so; the anaphor says it is the earlier amount's measure, whoever the
    sentence credits both to. Only after a break that opens another clause (``, while``,
    ``, though``, ``;``): ``and that the true tally was 116`` after ``ballots for at least
    five deputies`` points past the nearest amount to one told before it. Only the anaphor,
    never a bare reading (``spoke of one of 30`` names no measure), and never one that
    reaches back over the earlier amount (``put it at one of 30``)."""
    m = _again_rx().search(text, max(earlier_end, start - _AGAIN_BEFORE), start)
    return m is not None and _again_break_rx().search(text, earlier_end, m.start()) is not None


@cache
def _again_break_rx() -> Any:
    """A break that opens a second teller's clause (``, while``, ``, though``, ``;``:
    ``rival_clause_breaks``, ``told_again_breaks``)."""
    words = [*figure_rules()["rival_clause_breaks"], *figure_rules()["told_again_breaks"]]
    return regex.compile(r"(?:,\s*(?:" + alternation(words) + r")(?![\p{L}\p{N}])|;)", regex.I)


@cache
def _opening_rx() -> Any:
    """A sentence's opening word that sets it against the sentence before (``rival_openings``:
    ``But``, ``However``), after any opening quote."""
    return regex.compile(r"[\s\"'“‘]*(?:" + alternation(figure_rules()["rival_openings"]) + r")(?![\p{L}\p{N}])")


def told_instead(text: str) -> bool:
    """Whether the sentence ``text`` sets what it tells against what the sentence before it
    told: it opens with a word of contrast (``But the union said 11 people had been held.``,
    ``However, the airline counted 140.``). With a teller of its own, other than the earlier
    amount's, its first amount is that teller's rival reading of the measure the sentence
    before counted (``figure_model.told_again_rivals``). Verbs of disputing before the amount
    (``The board denied the claim, saying ...``) made as many spurious findings as groups."""
    return _opening_rx().match(text) is not None
