"""Local tense cues: is the clause around an expression about the past or the future?"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from newskit.patterns import alternation
from newskit.text import compile_pattern
from newskit_dates.lexicon import lexicon
from newskit_dates.vocabulary import word_set

__all__ = ["DEADLINE", "NEAREST", "tense_at"]

# The time a deadline word names ("gave him until Friday", "extended the loans through
# January"): the end of a span that starts at the clause's event, so the past tense of
# the clause does not put it in the past; resolvers read it as the nearest such time
# (ahead on a tie; a weekday: the coming one).
DEADLINE = "DEADLINE"
# A time whose clause gives it no tense of its own ("cancelled her July tour": the verb is
# the tour's): resolvers read it as the nearest such time, ahead on a tie, as a deadline.
NEAREST = "NEAREST"

#: a word; a hyphenated compound is one (``value-added``, ``re-elected``): see :func:`_compound`
_WORD = regex.compile(r"[\p{L}']+(?:-[\p{L}']+)*")
#: a stop ends the clause; a dot between digits is a decimal point (``2.35 euros``), no stop
_STOP_LEFT = regex.compile(r"(?<!\d)\.|\.(?!\d)|[;!?\n]|[\"\u201c\u201d]")
_STOP_RIGHT = regex.compile(r"(?<!\d)[.,]|[.,](?!\d)|[;:!?()\n\u2013\u2014]|[\"\u201c\u201d]")


def _words(key: str) -> str:
    """One word list of the lexicon as a regex alternation (longest first, a space inside
    an entry matching any run of spaces)."""
    return alternation(word_set(key))


@cache
def _relative() -> regex.Pattern[str]:
    """A relative pronoun (data ``tense_relative_pronouns``) opens a clause with its own
    verb: a tense cue before it is the main clause's ("trapped since a tunnel collapsed at
    the mine, which reopens in April")."""
    return regex.compile(r"(?i)(?:^|[,(\u2013\u2014]\s*)(?:" + _words("tense_relative_pronouns") + r")\s")


@cache
def _soon() -> regex.Pattern[str]:
    """A phrase that says a time is early (data ``early_time_phrases``: ``as soon as``,
    ``as early as``) right before the time."""
    return regex.compile(r"(?i)\b(?:" + _words("early_time_phrases") + r")\s*$")


@cache
def _since() -> regex.Pattern[str]:
    """A word of a span up to now (data ``since_words``: ``since``, ``ever since``) right
    before the time, early/mid/late allowed."""
    return regex.compile(r"(?i)\b(?:" + _words("since_words") + r")\s+(?:(?:" + _words("time_position_words") + r")\s+|mid-?)?$")


@cache
def _schedule() -> regex.Pattern[str]:
    """A present-tense copula right before a time states a schedule (data
    ``schedule_copulas`` and the prepositions that may follow, ``schedule_copula_prepositions``):
    "the final is Sunday", "the vote is on Tuesday", "talks are set for Monday". Tested for
    a match only, so it is searched backwards from the time, where a match ends."""
    return regex.compile(r"(?i)\b(?:" + _words("schedule_copulas") + r")\s+(?:(?:"
                         + _words("schedule_copula_prepositions") + r")\s+)?$", regex.REVERSE)


def _present_be() -> frozenset[str]:
    """The present tense of "be" (``is``, ``are``, ``'s``)."""
    return word_set("tense_present_be")


def _dets() -> frozenset[str]:
    """Words after which a cue word is a noun or a verb's base form (``the plan``, ``be
    due``): the determiners, ``that`` and ``be``."""
    return word_set("tense_determiners")


def _noun_dets() -> frozenset[str]:
    """Determiners before a noun (not ``that``, a relative pronoun before a verb, nor ``be``)."""
    return word_set("tense_noun_determiners")


@cache
def _future_cue_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The future cues that are also nouns (data ``future_cue_nouns``), and those of them
    that are nouns of intent, which may end their phrase (``plan``, ``hopes``; not ``due``,
    ``next``: ``is due in May``)."""
    nouns: dict[str, bool] = lexicon()["future_cue_nouns"]
    return frozenset(nouns), frozenset(w for w, intent in nouns.items() if intent)


@cache
def _opener() -> regex.Pattern[str]:
    """A clause opener before the expression ("In March, ...", "On Tuesday, ...", data
    ``clause_opener_joins``, ``clause_opener_prepositions``): the main clause after the comma
    carries the tense."""
    return regex.compile(r"(?i)^\s*(?:(?:" + _words("clause_opener_joins") + r")\s+)?(?:(?:"
                         + _words("clause_opener_prepositions") + r")\s+)?$")


@cache
def _moved() -> regex.Pattern[str]:
    """A decision that moves or names a day (data ``moving_verbs``): the day it names lies
    ahead of the decision ("adjourned until 14 February", "a day of mourning was declared
    for Tuesday", "the final was moved to Sunday"). Tested for a match only, so searched
    backwards from the time, where a match ends."""
    verbs = "|".join(r"\s+".join(map(regex.escape, v.split())) for v in
                     sorted(lexicon()["moving_verbs"], key=len, reverse=True))
    return regex.compile(r"(?i)\b(?:" + verbs + r")(?:\s+[\p{L}']+){0,3}?\s+(?:" + _words("moving_verb_prepositions")
                         + r")\s+$", regex.REVERSE)


@cache
def _deadline() -> regex.Pattern[str]:
    """A deadline word right before the expression ("until", "through"), early/mid/late
    allowed (``time_position_words``; ``mid`` is also written joined: ``until mid-March``)."""
    words = "|".join(sorted(lexicon()["deadline_words"], key=len, reverse=True))
    return compile_pattern(r"(?i)\b(?:" + words + r")\s+(?:(?:" + _words("time_position_words") + r")\s+|mid-?\s*)?$")


@cache
def _past_be_aside() -> regex.Pattern[str]:
    """A deadline set off by commas after a past copula (data ``past_copulas``: "was, until
    Saturday, the port's chief"): the state told held up to that time and no longer, so
    the time is past."""
    return regex.compile(r"(?i)\b(?:" + _words("past_copulas") + r")\s*,\s*$")


@cache
def _range_from() -> regex.Pattern[str]:
    """A range opened in the same clause (data ``range_openers``: "from January through
    March"): its end is no deadline."""
    return regex.compile(r"(?i)\b(?:" + _words("range_openers") + r")\b")


@cache
def _aux_next() -> regex.Pattern[str]:
    """A time followed at once by the main clause's auxiliary (data ``auxiliaries``: "the
    budget passed by the council on Tuesday will cost"): the time closes a clause inside
    the subject, so the auxiliary is not its verb."""
    return regex.compile(r"(?i)^\s+(?:" + _words("auxiliaries") + r")\b")


@cache
def _for_before() -> regex.Pattern[str]:
    """"set for Friday", "slated for next Friday" (data ``for_time_determiners``): a past
    participle before "for" names a time ahead."""
    return regex.compile(r"(?i)\bfor\s+(?:(?:" + _words("for_time_determiners") + r")\s+)?$")


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lx = lexicon()
    past = frozenset(lx["past_cues"])
    fut = frozenset(w for w in lx["future_cues"] if " " not in w)
    not_ed = frozenset(lx["not_ed_words"])
    return past, fut, not_ed


@cache
def _verb_classes() -> tuple[frozenset[str], frozenset[str]]:
    """Words after which a verb is in its base form ("will hit", "to cut", "did not meet"),
    and verbs whose present tense before a time states a schedule ("the film opens Friday")."""
    lx = lexicon()
    return frozenset(lx["base_verb_after"]), frozenset(lx["schedule_verbs"])


@cache
def _schedule_phrases() -> frozenset[tuple[str, str]]:
    """(verb, next word) of phrases that state a schedule ("take effect", "come into force")."""
    return frozenset((w[0], w[1]) for w in (p.split() for p in lexicon()["schedule_verb_phrases"]))


def _schedule_phrase(words: list[str], i: int) -> bool:
    """Is ``words[i]`` the verb of a schedule phrase in the base form (``take effect``)?"""
    return i + 1 < len(words) and (words[i].lower(), words[i + 1].lower()) in _schedule_phrases()


@cache
def _possibility() -> tuple[frozenset[str], frozenset[str]]:
    """Modals of possibility ("could", "may") and the words after which they tell of the past."""
    lx = lexicon()
    return frozenset(lx["possibility_modals"]), frozenset(lx["possibility_modals_past_next"])


@cache
def _present_modals() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Present-tense modals (``must``, in any case), the perfect's ``have`` after them, the adverbs that
    may stand between (``must not``, ``must still``) and the words that open another clause."""
    lx = lexicon()
    return (frozenset(lx["present_modals"]), frozenset(lx["present_modals_perfect"]),
            frozenset(lx["present_modals_skip"]), frozenset(lx["present_modals_clause_openers"]))


def _present_modal(words: list[str], i: int) -> str | None:
    """``FUTURE`` for a present-tense modal before a verb, left of the time (``must decide
    on Friday``: the present takes no past time, so the act lies ahead), ``PAST`` before
    the perfect (``must have started on Friday``); None for any other word, or when a word
    between it and the time opens another clause (``must find it while it owes their pay
    for November``: the time is that clause's)."""
    modals, perfect, skip, openers = _present_modals()
    if words[i].lower() not in modals:
        return None
    k = i + 1
    while k < len(words) and words[k].lower() in skip:
        k += 1
    if k >= len(words) or not _in_modal_case(words[i], words[k]) or any(w.lower() in openers for w in words[i + 1 :]):
        return None
    return "PAST" if words[k].lower() in perfect else "FUTURE"


def _in_modal_case(modal: str, word: str) -> bool:
    """Is ``word`` a verb's form after ``modal``: lower case, or (after a capitalised modal)
    the case of a line set in capitals (``MUST DECIDE``) or title case (``Must Decide``:
    a headline), as the opener of a question (``Must the board vote``) is lower case."""
    if word.islower():
        return True
    if modal.islower():
        return False
    return word.isupper() if modal.isupper() else word.istitle()


@cache
def _past_adverbs() -> frozenset[str]:
    """Adverbs that tell of the past ("earlier", "previously"): weaker than a verb's tense."""
    return frozenset(lexicon()["past_adverbs"])


@cache
def _commitment_verbs() -> frozenset[str]:
    """Past verbs whose infinitive names a later act ("agreed to hold the vote in May",
    "ordered the firm to pay by June"): the act's time is ahead of the verb, not of now."""
    return frozenset(lexicon()["commitment_verbs"])


@cache
def _pair_cues() -> frozenset[tuple[str, str]]:
    """Two-word future cues ("set to", "is to"): they win over a past reading of the first word."""
    return frozenset((a, b) for a, _, b in (w.partition(" ") for w in lexicon()["future_cues"] if " " in w))


@cache
def _likelihood() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words of likelihood or forecast ("likely", "forecast"), the degree words that may
    stand between them and their copula ("is very likely"), and the contracted copulas."""
    lx = lexicon()
    return (frozenset(lx["likelihood_predicates"]), frozenset(lx["likelihood_degree_words"]),
            frozenset(lx["present_be_contracted"]))


def _present_likelihood(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a word of likelihood after a present-tense copula ("rain is likely on
    Friday", "showers are forecast for Saturday", "it's still possible")? What is likely
    now lies ahead, so it looks ahead as "will" does; a past copula ("was likely") is the
    past's own forecast and is left to it. Read left of the time only."""
    preds, degree, contracted = _likelihood()
    if words[i].lower() not in preds:
        return False
    k = i - 1
    if k > 0 and words[k].lower() in degree:
        k -= 1
    return k >= 0 and (words[k].lower() in _present_be() or words[k].lower() in contracted)


@cache
def _progressive_schedule() -> frozenset[str]:
    """The ``-ing`` forms of verbs of an arrangement ("meeting", "flying")."""
    return frozenset(lexicon()["progressive_schedule_verbs"])


def _present_arrangement(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a verb of an arrangement in the present progressive ("ministers are
    meeting on Friday", "the team is flying to Madrid on Sunday")? The present progressive
    takes no past time, so with one it states a plan, as "meets" does."""
    if i == 0 or words[i].lower() not in _progressive_schedule():
        return False
    _, _, contracted = _likelihood()
    prev = words[i - 1].lower()
    return prev in _present_be() or prev in contracted


def _compound(words: list[str], i: int) -> list[str] | None:
    """``words`` with a hyphenated compound at ``i`` read as the verb after a verb prefix
    (``re-elected`` as ``elected``, ``co-hosts`` as ``hosts``); None for any other compound,
    a modifier and no verb (``value-added``, ``state-owned``, ``long-awaited``: their
    ``-ed`` part is no past)."""
    first, _, rest = words[i].partition("-")
    if first.lower() not in _verb_prefixes():
        return None
    return [*words[:i], rest, *words[i + 1 :]]


@cache
def _verb_prefixes() -> frozenset[str]:
    return frozenset(lexicon()["verb_prefixes_before_hyphen"])


def _classify(words: list[str], i: int, *, left: bool) -> str | None:
    if "-" in words[i]:
        verb = _compound(words, i)
        if verb is None:
            return None
        words = verb
    past, fut, not_ed = _cues()
    w = words[i].lower()
    prev = words[i - 1].lower() if i > 0 else ""
    if left and _present_likelihood(words, i):
        return "FUTURE"  # on the right it is the predicate of a subject the time is in ("the man who died on Friday is likely to")
    if _present_arrangement(words, i):
        return "SCHEDULE"  # a weak cue, as the present simple's: a past form nearer the time wins
    if w in fut:
        nouns, intent = _future_cue_nouns()
        if w in nouns and prev in _dets():
            return None  # "the plan", "its hopes": nouns
        if w in intent and _ends_noun_phrase(words, i):
            return None  # "over the same plan", "no plans in March": a noun, as no verb ends its clause
        if w == "ahead" and prev in word_set("verbs_before_ahead"):
            return None  # "went ahead", "pressed ahead with": proceed, the tense is the verb's
        if prev == "than":
            return None  # "more than expected", "sooner than planned": a comparison, no plan
        if prev == "been" and i > 1 and words[i - 2].lower() == "had":
            return "PAST"  # "had been due to expire Friday": a plan told from a later past
        return "FUTURE"
    if i + 1 < len(words) and (w, words[i + 1].lower()) in _pair_cues():
        return "FUTURE"
    present = _present_modal(words, i) if left else None
    if present is not None:
        return present
    modals, past_next = _possibility()
    if words[i] in modals and i + 1 < len(words) and words[i + 1].islower():
        # "could run dry by August" looks ahead; "could not be reached Tuesday" does not
        return None if words[i + 1] in past_next else "FUTURE"
    if w == "to" and left and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt == "be" or (nxt.islower() and nxt not in _dets() and not nxt.endswith("ed")):
            return "TO"
    base_after, schedule = _verb_classes()
    if w in past:
        if w in word_set("past_auxiliaries_before_future_cue") and i + 1 < len(words) and words[i + 1].lower() in fut:
            return "FUTURE"  # "was expected", "were planning", "had planned"
        if _noun_place(words, i):
            return None  # "expect a cut in March", "the first hit of May": a noun, no past
        if prev in word_set("prepositions_before_participle") or _object_complement(words, i):
            return None  # "a cache of stolen goods", "in written form": no verb follows a preposition
        if prev == "be" or prev in base_after or prev in _present_be() or prev in _state_verbs():
            return None  # "will be paid", "to be held", "will hit", "due to cut", "is heard", "remain shut": no past
        return "PAST"
    if (w in schedule or _schedule_phrase(words, i)) and (prev not in _dets() or prev == "that") and prev not in base_after:
        # "the film opens Friday", "leaders meet Monday", "a tax that takes effect Jan. 1"
        # ("that" before a verb is a relative pronoun, not a determiner)
        return "SCHEDULE"
    if w.endswith("'ll"):
        return "FUTURE"
    if len(w) > 4 and w.endswith("ed") and w not in not_ed and words[i].islower():
        if (prev in _noun_dets() or prev in word_set("participle_markers") or prev in _present_be() or w.startswith("un")
                or prev in _state_verbs()):
            return None  # "to be published", "an unspecified date", "trials are listed", "will remain closed": participles
        if prev in base_after:
            return None  # "may exceed", "to proceed": a base form ending in -ed
        if prev in word_set("prepositions_before_participle") or _object_complement(words, i):
            return None  # "open to banks with licensed dealers": no verb follows a preposition
        if _prenominal_in_modal_phrase(words, i):
            return None  # "will repay all affected workers": a modifier of the modal verb's object
        return "PAST_ED"
    return None


def _ends_noun_phrase(words: list[str], i: int) -> bool:
    """Is the word at ``i`` the last of its phrase: no word after it, or a preposition
    (``a plan for``, ``its plans in March``)? A verb of planning goes on to its object or
    infinitive (``plans to open``, ``plans a store``); a noun may end its phrase."""
    return i + 1 >= len(words) or words[i + 1].lower() in word_set("prepositions_before_participle")


def _prenominal_in_modal_phrase(words: list[str], i: int) -> bool:
    """Is the ``-ed`` form at ``i`` a participle before a noun in the phrase of a modal's
    verb (``will repay all affected workers``, ``would open to small guided groups``,
    ``would publish audited 2025 results``)? A noun or a number follows it, and a modal
    stands left of it with no word that opens another clause between
    (``modal_phrase_breaks``): no finite verb follows a modal's in its own clause. Before a
    preposition it may be a participle with its own time (``will question the man arrested
    in March``), so it is left a past form."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if not (nxt.islower() or nxt.isdigit()) or nxt in word_set("prepositions_before_participle") \
            or nxt in word_set("modal_phrase_breaks") or nxt in _dets() or nxt == "to":
        return False
    for k in range(i - 1, max(-1, i - 7), -1):
        w = words[k].lower()
        if w in word_set("modal_phrase_breaks"):
            return False
        if w in word_set("phrase_modals"):
            return True
    return False


def _object_complement(words: list[str], i: int) -> bool:
    """Is the past form at ``i`` a participle that completes an object (``will see the money
    taken back``, ``wants the dispute settled``)? A verb of seeing, getting or wanting
    (``complement_verbs_before_participle``) two to four words before it, its object
    between: the participle tells the object's state, no tense of its own."""
    return any(w.lower() in word_set("complement_verbs_before_participle") for w in words[max(0, i - 4) : max(0, i - 1)])


@cache
def _state_verbs() -> frozenset[str]:
    """Verbs of a state in the present or base form ("remain", "stays"): the past form after
    one is a participle that tells the state ("schools will remain closed on Tuesday"), no
    past; the verb's own past ("remained closed") is read as the past it is."""
    return frozenset(lexicon()["state_verbs_before_participle"])


@cache
def _noun_modifiers() -> frozenset[str]:
    """Words between a determiner and a noun ("the first cut", "its latest hit")."""
    return frozenset(lexicon()["noun_modifiers_before_past_form"])


def _noun_place(words: list[str], i: int) -> bool:
    """Does ``words[i]`` stand where a noun does: right after a determiner, or after a
    determiner and an ordinal-like word? A past form there ("a cut", "the first set") is
    a noun; ``that`` and ``be`` before it are a relative pronoun and a verb."""
    prev = words[i - 1].lower() if i > 0 else ""
    if prev in _noun_dets():
        return True
    return i > 1 and prev in _noun_modifiers() and words[i - 2].lower() in _noun_dets()


#: A cue word's weighted distance from the time and its reading (``PAST``, ``FUTURE``...).
_Cue = tuple[int, str]


@lru_cache(maxsize=256)
def tense_at(text: str, start: int, end: int) -> str | None:
    """``PAST``, ``FUTURE`` or None, from the nearest cue word in the clause around
    ``text[start:end]`` (left cues win ties; at most ~12 words each side); ``DEADLINE``
    when a deadline word stands right before it; ``NEAREST`` in the infinitive of a past
    verb of commitment.

    Cached: the extractor reads each candidate twice (to choose among overlapping ones,
    then to resolve the chosen with the article's context), and the tense of a span
    depends on the text alone. The key holds the text itself, so a cached answer is
    never another text's."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return _possessive_tense(text, end + 2)
    left_text = _left_clause(text, start)
    phrase = _phrase_cue(left_text)
    right_text = _right_clause(text, end, left_text)
    if phrase == DEADLINE and _opener().match(left_text) and _main_clause_told(right_text):
        return "PAST"  # "Until Thursday, police had not named a suspect"
    if phrase == DEADLINE and _opener().match(left_text) and _span_from_now(right_text):
        return "FUTURE"  # "Until June, the road will stay shut"
    if phrase is not None:
        return phrase
    best = _left_cue(_WORD.findall(left_text)[-14:])
    if best is not None and best[1] == NEAREST:
        return NEAREST
    if best is not None and best[1] in ("PAST", "PAST_ED") and _aux_next().match(right_text) \
            and not _for_before().search(left_text):
        return "PAST"  # the right side is the main clause's, not this time's
    if best is not None:
        right_text = _before_conjunct(_before_that(right_text))
    best = _right_cue(_WORD.findall(right_text)[:10], best, opener=_opens_the_clause(text, end, left_text))
    if best is None:
        return None
    return "PAST" if best[1] == "PAST_ED" else best[1]


def _possessive_tense(text: str, end: int) -> str:
    """A day in the possessive is reported as done ("Friday's vote", "Tuesday's
    declaration"), unless the noun it owns is the subject of a future verb right after it
    ("Saturday's derby will kick off", "Sunday's race is expected to"): a verb of taking
    place, not of effects ("Tuesday's hailstorm will cost insurers", "might not move").
    A word of likelihood is a guess about anything, so it looks ahead only before the
    same verbs ("Sunday's final is likely to draw", not "Friday's storm is likely to top
    $1 billion": the storm is past, its cost is guessed)."""
    after = text[end : end + 90]
    stop = _STOP_RIGHT.search(after)
    words = [w.lower() for w in _WORD.findall(after[: stop.start()] if stop else after)[:8]]
    copulas = word_set("schedule_copulas")
    for i, w in enumerate(words[:5]):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i > 0 and ((w == "will" and nxt in word_set("possessive_future_verbs"))
                      or (w in copulas and nxt in word_set("possessive_scheduled_predicates"))
                      or (w in copulas and _likely_to_take_place(words[i + 1 : i + 4]))):
            return "FUTURE"  # "Saturday's derby will kick off" (not "Tuesday's storm will cost")
        if (w.endswith("ed") and "-" not in w) or w in word_set("possessive_clause_words"):
            return "PAST"  # a verb of the clause came first: "Tuesday's vote means the bill will pass"
    return "PAST"


def _likely_to_take_place(words: list[str]) -> bool:
    """``likely to draw``, ``unlikely to go ahead``: a word of likelihood, ``to`` and a verb
    of taking place (the words right after ``is`` / ``are``)."""
    return (len(words) == 3 and words[0] in word_set("likelihood_predicates") and words[1] == "to"
            and words[2] in word_set("possessive_future_verbs"))


def _left_clause(text: str, start: int) -> str:
    """The clause's text before the time: from the last sentence stop or quote mark, and
    from a relative pronoun (its clause has its own verb), at most 120 characters back."""
    left_text = text[max(0, start - 120) : start]
    stops = list(_STOP_LEFT.finditer(left_text))
    if stops:
        left_text = left_text[stops[-1].end():]
    rel = list(_relative().finditer(left_text))
    if rel:
        left_text = left_text[rel[-1].end():]
    return left_text


def _right_clause(text: str, end: int, left_text: str) -> str:
    """The clause's text after the time, up to the next stop; past one comma when the time
    is in a clause opener (``In March, the board ...``: the main clause carries the tense)."""
    right_text = text[end : end + 90]
    stop = _STOP_RIGHT.search(right_text)
    if stop and stop.group() == "," and _opener().match(left_text):
        nxt = _STOP_RIGHT.search(right_text, stop.end())
        return right_text[: nxt.start()] if nxt else right_text
    return right_text[: stop.start()] if stop else right_text


def _phrase_cue(left_text: str) -> str | None:
    """The tense of a phrase right before the time, which wins over any verb: ``as soon
    as``, ``since``, a schedule's copula or a decision that moves a day, a deadline word
    (not the end of a range opened before it)."""
    soon = _soon().search(left_text)
    if soon:
        # "could come as soon as Tuesday", "as early as next week" look ahead; the phrase
        # only says the time is early, so a clause in the past keeps its tense ("had
        # raised concerns as early as April", "knew of the tests as early as May")
        told = _left_cue(_WORD.findall(left_text[: soon.start()])[-14:])
        return None if told is not None and told[1] in ("PAST", "PAST_ED") else "FUTURE"
    if _since().search(left_text):
        return "PAST"  # "since March": up to now
    if _schedule().search(left_text) or _moved().search(left_text):
        return "FUTURE"
    dl = _deadline().search(left_text)
    if dl and not _range_from().search(left_text, max(0, dl.start() - 40), dl.start()):
        before = left_text[: dl.start()]
        if _told_until(before) or _past_be_aside().search(before):
            return "PAST"
        return "FUTURE" if _span_from_now(before) else DEADLINE
    return None


def _main_clause_told(right_text: str) -> bool:
    """Whether the main clause after a time that opens the sentence with a deadline word
    tells the past: its first verb is a past form other than a form of "be" (``Until last
    week, the talks had gone well``; not ``Until Monday, the road was shut``, a state that
    may last, nor ``Until Friday, the shop will stay shut``)."""
    words = _WORD.findall(right_text)[:10]
    for k in range(len(words)):
        t = _classify(words, k, left=False)
        if t:
            return t in ("PAST", "PAST_ED") and words[k].lower() not in word_set("past_be_forms")
    return False


def _told_until(before: str) -> bool:
    """Whether a deadline word ends a told event: the clause's verb is past and no verb in
    it grants or moves a time, no modal looks ahead and no form of "be" tells a state
    (``talks went on until late Thursday``, ``the line stayed shut until March``), unlike
    ``gave the firm until Friday``, ``would stay closed until Monday`` or ``the road was shut
    until Thursday``."""
    lw = _WORD.findall(before)[-14:]
    best = _left_cue(lw)
    if best is None or best[1] not in ("PAST", "PAST_ED"):
        return False
    grants = _grant_verbs()
    # a modal looks ahead; a form of "be" tells a state that may last ("the road was shut
    # until Thursday" is shut still), as a present verb of staying does ("the pool stays
    # shut until the summer"): data ``deadline_not_told_words``
    return not any(w.lower() in grants or w.lower() in word_set("deadline_not_told_words") for w in lw)


def _span_from_now(before: str) -> bool:
    """Whether the clause before a deadline word is in the present or the future, so the
    span it ends runs from now and its end lies ahead (``the road will stay shut until
    June``, ``the ban remains in force until March``, ``applicants have until May``,
    ``is expected to last until the spring``). Its verb is the nearest cue left of the word
    (an infinitive skipped): a modal or another future cue not told from the past, or a
    present-tense verb of a state or of a time left (data ``deadline_present_words``); a
    past form nearer the word (``was closed``, ``has suspended``) or ``would`` leaves the
    nearest such time, as before."""
    words = _WORD.findall(before)[-14:]
    present = word_set("deadline_present_words")
    # a future told from the past ("would stay shut", "was expected to last"): its span may
    # have ended before now
    told_from_past = word_set("future_in_the_past_words")
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if w in present:
            # "has until May", "will have to wait until July"; a "have" (data
            # ``perfect_have``) before any other word is the perfect's ("must not have
            # burst until August"): the past
            return w not in word_set("perfect_have") or k == len(words) - 1 or words[k + 1].lower() == "to"
        t = _classify(words, k, left=True)
        if t is None or t == "TO":
            continue
        if t == "SCHEDULE":
            return True
        prev = words[k - 1].lower() if k else ""
        return t == "FUTURE" and w not in told_from_past and prev not in told_from_past
    return False


@cache
def _grant_verbs() -> frozenset[str]:
    """Verbs that give, extend or move a time: what follows them is a deadline ahead."""
    return frozenset(lexicon()["deadline_grant_verbs"])


def _left_cue(lw: list[str]) -> _Cue | None:
    """The nearest cue among the words left of the time: the clause's own verb, else a
    weak one (``to`` + verb, an adverb of the past); ``(0, NEAREST)`` for the infinitive
    of a past verb of commitment."""
    best: _Cue | None = None
    adverb: _Cue | None = None
    for k in range(len(lw) - 1, -1, -1):
        t = _classify(lw, k, left=True)
        if t == "PAST" and adverb is None and lw[k].lower() in _past_adverbs():
            # an adverb of the past is weaker than the clause's own verb: "will start half an
            # hour earlier from January" looks ahead; "said earlier on Tuesday" stays past
            adverb = (len(lw) - k, t)
            continue
        if t == "SCHEDULE":
            # a present-tense verb of a schedule is the clause's own verb, but a weak cue:
            # a past form right after the time wins ("the regional meet on Saturday was off")
            best = (len(lw) - k + 2, "FUTURE")
            break
        if t == "TO":
            # "to + verb" is a weak future cue: an infinitive of purpose is common in past narration
            if best is None:
                best = (len(lw) - k + 4, "FUTURE")
            continue
        if t:
            if best is not None and t in ("PAST", "PAST_ED") and lw[k].lower() in _commitment_verbs():
                return 0, NEAREST  # "voted to close the pool in September": after the vote, near now
            # the clause's own verb wins over an infinitive nearer the expression ("staged
            # celebrations to mark the entry on Friday" is about the past)
            best = (len(lw) - k, t)
            break
    if adverb is not None and (best is None or best[1] != "FUTURE"):
        best = adverb  # no verb ahead of it: the adverb's past, at its own distance
    return best


@cache
def _clause_openers() -> regex.Pattern[str]:
    """``that``, ``if``, ``because`` ... (data ``clause_conjunctions``) and the ``-ing`` forms of verbs of saying
    (``speech_participles``: ``saying``, ``telling``, ``warning``): each opens a clause, or
    the words told, whose verbs are not the time's."""
    words = sorted([*word_set("clause_conjunctions"), *word_set("speech_participles")], key=len, reverse=True)
    return regex.compile(r"(?i)(?<![\p{L}'])(?:" + "|".join(words) + r")(?![\p{L}])")


def _before_that(right_text: str) -> str:
    """The words right of the time up to ``that`` (or ``if``, ``unless``, ``because``...):
    after a verb on the left, the word opens the clause told, the one that tells of a noun,
    or a condition or a cause (``told the works council on Tuesday that it intends to
    shut``, ``would hold a march on Thursday if the government did not open talks``), whose
    verb is not the time's. Not ``when``: its clause tells the time's own event. So does a
    participle of saying (``sent letters on Sunday telling tenants they would be evicted``):
    the words told are not the time's clause."""
    m = _clause_openers().search(right_text)
    return right_text[: m.start()] if m else right_text


@cache
def _conjunct() -> regex.Pattern[str]:
    """``and`` / ``but`` (data ``conjunct_predicate_joins``) before an auxiliary, a modal or
    a predicate of a plan (``conjunct_predicate_openers``): a second predicate of the same
    subject opens there."""
    words = "|".join(sorted(map(regex.escape, word_set("conjunct_predicate_openers")), key=len, reverse=True))
    return regex.compile(r"(?i)(?<![\p{L}'])(?:" + _words("conjunct_predicate_joins") + r")\s+(?:" + words + r")(?![\p{L}'])")


def _before_conjunct(right_text: str) -> str:
    """The words right of the time up to a second predicate of the subject (``had paid
    the arrears in May and would clear the rest``, ``approved in March and due to take
    effect``): after a verb on the left, the time is the first predicate's, and the second's
    auxiliary tells of its own act, as the clause after ``that`` does."""
    m = _conjunct().search(right_text)
    return right_text[: m.start()] if m else right_text


def _opens_the_clause(text: str, end: int, left_text: str) -> bool:
    """Is the time in a clause opener, a comma right after it (``On Friday, the board
    meets``): the main clause after the comma is the time's own."""
    return bool(_opener().match(left_text)) and _OPENER_COMMA.match(text, end, min(len(text), end + 20)) is not None


_OPENER_COMMA = regex.compile(r"\s*,")


def _right_cue(rw: list[str], best: _Cue | None, *, opener: bool = False) -> _Cue | None:
    """``best``, or the first cue among the words right of the time when it is nearer (a
    schedule verb there is no cue of the time's clause, unless the time opens the clause:
    ``On Friday, the board meets to decide`` looks ahead as ``the board meets on Friday``
    does)."""
    for k in range(len(rw)):
        t = _classify(rw, k, left=False)
        if t == "SCHEDULE" and opener:
            t = "FUTURE"
        if t == "SCHEDULE":
            continue  # on the right a schedule verb is not the time's clause verb
        if t:
            # a regular "-ed" form on the right is often a participle ("markets untouched by")
            d = k + 2 + (3 if t == "PAST_ED" else 0)
            if best is None or d < best[0]:
                best = (d, t)
            break
    return best
