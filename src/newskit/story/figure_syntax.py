"""The local syntax around an amount, read without a parser: the verb it is the subject or
object of, the head of the noun phrase a cue stands in, the dimension adjective after a
length, and the shapes that make a number an age.

Why: a closed list of cue words only knows the measures of the stories it was written
from. What an amount measures is told by its clause: ``Twenty-two ships were waiting``
counts ships waiting, ``43 flights were cancelled`` flights cancelled, whatever the story.
Verbs are recognised by their shape (a past participle in ``-ed``, a present participle
after an auxiliary) and by the closed class of English irregular verbs
(:func:`newskit.grammar.irregular_act_verbs`)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import regex
from attrs import frozen

from newskit.actors import calendar_words
from newskit.grammar import irregular_act_verbs
from newskit.model import QuantityMention
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["Predicate", "cue_in_of_phrase", "dimension_of", "is_age", "is_criterion", "is_family_size", "is_label_number",
           "is_name_number", "predicate", "verb_lemma"]

#: "71-year-old", "a 9-year-old boy", "aged 34", "34 years old"; "17-year-olds" (persons of
#: that age, a plural noun)
_AGE_AFTER = regex.compile(r"[\s-]*(?:year|yr|month|week|day)s?[\s-]+olds?\b", regex.I)
#: the amount's own text is an age: "71-year-old", "34 years old", and with the number in
#: words, "Twenty-year-old" (a name's age at the head of a sentence)
_AGE_TEXT = regex.compile(r"(?:\d|\b\p{L}+)[\s-]*(?:year|yr|month|week|day)s?[\s-]+olds?$", regex.I)
#: "aged 34", and each age after the first of a list: "aged 34 and 51", "aged 8, 10 and 12"
_AGED = regex.compile(r"\baged\s+(?:about\s+|around\s+|between\s+)?(?:\d{1,3}(?:,\s*|\s+(?:and|or|to)\s+)){0,4}$",
                      regex.I)
#: "Ricks was 31 when he was arrested", "she was 19 when": a person's age at a time he or she
#: is told of (a name or a personal pronoun before ``was``, ``when`` after the number)
_WAS_AGE_BEFORE = regex.compile(r"(?:\b(?:he|she|I|who)|\p{Lu}\p{Ll}+)\s+was\s+$")
#: ... "when", or "at the time" ("Reyes, who was 18 at the time of the shooting")
_WHEN_AFTER = regex.compile(r"\s+(?:when|at\s+the\s+time)\b")
_AGES_OF = regex.compile(r"\bages?\s+(?:of\s+)?$", regex.I)
#: "the total cost of the deal": the first noun is the head, a cue after ``of`` only modifies it
_OF_PHRASE = regex.compile(r"^\s+of\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}$", regex.I)
_NP_WORD = r"(?:\s+(?!(?:and|or|but|that|which|who|whom|when|where|while|as|to|in|on|at|by|for|from|with)\b)[\p{L}'’-]+)"
_PARTITIVE = r"(?:\s+of\s+(?:the|its|their|his|her|these|those)(?:\s+(?!(?:who|whom|that|which)\b)[\p{L}'’-]+){1,3}?)?"
_ADVERB = r"(?:\p{Ll}+ly\s+)?"
#: "Nine vehicles, including the bus and the tanker, plunged": an aside naming members of the
#: count between it and its verb (not a description: "40 trucks, most of them empty, stood")
_ASIDE = r"(?:,\s+(?:including|among\s+them|such\s+as)\b[^,;:()]{1,60},)?"
#: an object: "cancelled 43 flights", "freed 57 people", "demanded 100 million naira"
_OBJ_FILLER = regex.compile(r"\s+(?:a\s+total\s+of\s+|all\s+|some\s+)?$", regex.I)


#: "members who will be released", "cars that were damaged": a subject relative clause
_RELATIVE = r"(?:\s+(?:who|that|which))?"
#: "will release about 200", "would free 38", "agreed to cut 1.5 million": a verb in its base
#: form, known by the modal or the infinitive ``to`` before it (closed class)
_MODAL_BEFORE = regex.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|to)\s+(?:\p{Ll}+ly\s+)?$", regex.I)

_DET_BEFORE = regex.compile(r"\b(?:the|its|their|these|those|his|her)\s+$", regex.I)
#: the word after a participle: the counted noun it modifies
_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)\b")


@frozen
class Predicate:
    """The verb an amount is the subject or object of: its lemma, where it is, and how it
    was found (``subject``: ``43 flights were cancelled``; ``object``: ``cancelled 43
    flights``)."""

    lemma: str
    word: str
    start: int
    end: int
    role: str


def _irregular() -> Mapping[str, str]:
    """Every form of the irregular verbs (``fell``, ``fallen`` -> ``fall``)."""
    return irregular_act_verbs()


@cache
def _regexes() -> dict[str, Any]:
    irregular = "|".join(sorted(_irregular(), key=lambda w: (-len(w), w)))
    aux = "|".join(figure_rules()["auxiliaries"])
    past = rf"(?:\p{{Ll}}{{2,}}ed|{irregular})"
    return {
        # "22 ships were waiting", "85 of the students have been freed", "3,000 remain stranded"
        # "214 members who will be released": a relative pronoun before the auxiliaries
        "aux": regex.compile(_NP_WORD + "{0,4}?" + _PARTITIVE + _ASIDE + _RELATIVE + r",?\s+(?:(?:" + aux + r")\s+){1,3}" + _ADVERB
                             + rf"(?P<verb>{past}|\p{{Ll}}{{2,}}ing)\b"),
        # "Nine vehicles plunged into the river", "12 students escaped"
        "bare": regex.compile(_NP_WORD + "{0,3}?" + _PARTITIVE + _ASIDE + r"\s+" + _ADVERB + rf"(?P<verb>{past})\b"),
        # "cancelled 43 flights", "demanding 50 million naira"
        "object": regex.compile(rf"(?P<verb>{past}|\p{{Ll}}{{2,}}ing)"),
    }


def verb_lemma(word: str) -> str:
    """A verb's stem, the same for its forms (``cancelled``/``canceled``/``cancelling`` ->
    ``cancel``; ``fell``/``fallen`` -> ``fall``); no dictionary, only the shape."""
    w = word.lower()
    if w in _irregular():
        return _irregular()[w]
    for suffix in ("ing", "ied", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            w = w[: -len(suffix)] + ("y" if suffix == "ied" else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopped" -> "stop"
    if len(w) > 4 and w.endswith("ll"):
        w = w[:-1]  # "cancelled" -> "cancel"
    return w.rstrip("e") if len(w) > 3 else w


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w not in figure_rules()["not_verbs"] and not w.endswith("-")


#: the lower-case word that ends a stretch (compiled once: asked before every amount)
_LAST_LOWER = regex.compile(r"(\p{Ll}+)$")


def predicate(text: str, sent: tuple[int, int], q: QuantityMention) -> Predicate | None:
    """The verb whose subject (``43 flights were cancelled``) or object (``cancelled 43
    flights``) the amount is, in its clause; None when no verb-shaped word is there."""
    rx = _regexes()
    end = min(sent[1], q.end + 120)
    for name in ("aux", "bare"):
        m = rx[name].match(text, q.end, end)
        if m is not None and _is_verb(m.group("verb")) and not _premodifier(text, q, m.start("verb"), m.end("verb")):
            return Predicate(verb_lemma(m.group("verb")), m.group("verb").lower(), m.start("verb"), m.end("verb"), "subject")
    lo = max(sent[0], q.start - 40)
    filler = _OBJ_FILLER.search(text, lo, q.start)
    stop = filler.start() if filler is not None else q.start
    word = _LAST_LOWER.search(text[lo:stop])
    if word is not None and _is_verb(word.group(1)) and (
            rx["object"].fullmatch(word.group(1)) or
            (len(word.group(1)) > 2 and _MODAL_BEFORE.search(text, max(sent[0], lo - 20), lo + word.start(1)))):
        start = lo + word.start(1)
        return Predicate(verb_lemma(word.group(1)), word.group(1), start, start + len(word.group(1)), "object")
    return None


def _premodifier(text: str, q: QuantityMention, start: int, end: int) -> bool:
    """Whether a participle right after an amount modifies the noun it counts (``2,000 oiled
    penguins``, ``300 displaced families``: the counted noun comes after it; ``17 of the
    escaped inmates``: after a determiner): it is then no verb of the count (``12 students
    escaped overnight``, ``1.2 million jars sold online``)."""
    if _DET_BEFORE.search(text, max(0, start - 8), start):
        return True  # "17 of the escaped inmates"
    if text[q.end:start].strip() or not q.unit:
        return False
    nxt = match_ahead(_NEXT_WORD, text, end)
    return nxt is not None and nxt.group(1).lower()[:4] == q.unit.lower()[:4]


def cue_in_of_phrase(text: str, head_end: int, cue_start: int) -> bool:
    """Whether a cue stands in the ``of`` phrase of a noun ending at ``head_end``: ``the
    total cost of the deal`` is a cost, ``deal`` only says whose."""
    return _OF_PHRASE.fullmatch(text[head_end:cue_start] + " ") is not None


@cache
def _dim_regexes() -> tuple[Any, Any]:
    alt = "|".join(regex.escape(w) for w in sorted(_dimension_words(), key=lambda w: (-len(w), w)))
    return (regex.compile(rf"\s*(?:-\s*)?({alt})\b", regex.I),
            regex.compile(rf"\b({alt})\s+(?:(?:of|at|to|up\s+to)\s+)?(?:about\s+|some\s+|nearly\s+|around\s+)?$",
                          regex.I))


@cache
def _dimension_words() -> dict[str, str]:
    """Word -> dimension; the words of a distance map to ``""`` (no measure)."""
    return {w: ("" if dim == "distance" else dim) for dim, words in figure_rules()["dimension_words"].items() for w in words}


def dimension_of(text: str, sent: tuple[int, int], q: QuantityMention) -> str | None:
    """The dimension a length measures, by the words right after it or right before it
    (``8 km high``, ``8 km into the sky``, ``a height of 8 km``, ``the plume rose 8 km``:
    height; ``19 miles long``: length; a distance to a place, ``400 metres downstream``, is
    where, not how much); None when nothing says."""
    words = _dimension_words()
    after = _dim_regexes()[0].match(text, q.end, min(sent[1], q.end + 30))
    if after is not None:
        return words[after.group(1).lower()] or None
    before = _dim_regexes()[1].search(text, max(sent[0], q.start - 30), q.start)
    if before is not None:
        return words[before.group(1).lower()] or None
    return None


#: "schools with fewer than 40 pupils", "events with more than 500 participants", "firms with
#: at least 50 staff": a bound after a plural noun and ``with``; not one counted by a number
#: or a determiner before it ("two flights with more than 300 passengers": those flights' count)
_CLASS_WITH = regex.compile(r"(?:^|[^\p{L}\p{N}'’-])((?:[\p{L}\p{N},'’-]+\s+){0,2})\p{Ll}{3,}s\s+with\s+$")
_BOUND_OPEN = regex.compile(r"(?:more|fewer|less|over|under|at\s+least|at\s+most|up\s+to)\s", regex.I)
_COUNTED_BEFORE = regex.compile(r"\d|\b(?:the|these|those|its|their|both|all|two|three|four|five|six|seven|eight|nine|ten)\b",
                                regex.I)


def is_criterion(text: str, q: QuantityMention) -> bool:
    """A bound that names a class of things by their size (``bans events with more than 500
    participants``, ``closures of schools with fewer than 40 pupils``) is no count of the
    story: a rule's or a policy's criterion, compared with nothing an outlet reports."""
    if _BOUND_OPEN.match(q.text) is None:
        return False
    m = _CLASS_WITH.search(text, max(0, q.start - 60), q.start)
    return m is not None and _COUNTED_BEFORE.search(m.group(1)) is None


def is_age(text: str, q: QuantityMention) -> bool:
    """An age is no count: ``a 71-year-old man``, ``aged 34``, ``34 years old``, ``ages 5
    to 12``, ``aged 34 and 51``, ``17-year-olds``, ``he was 31 when``, ``the youngest of the
    dead was 22``."""
    if _AGE_TEXT.search(q.text.lower()) or match_ahead(_AGE_AFTER, text, q.end):
        return True
    head = text[max(0, q.start - 40):q.start]
    if _AGED.search(head) or _AGES_OF.search(head):
        return True
    if q.value is None or q.value > 120:
        return False
    if q.unit is None and _age_superlative().search(text, max(0, q.start - _SUPERLATIVE_REACH), q.start) is not None:
        return True  # "The youngest of the dead was 22": what the superlative subject is, an age
    return q.text.isdigit() and _WAS_AGE_BEFORE.search(head) is not None and match_ahead(_WHEN_AFTER, text, q.end) is not None


def is_family_size(text: str, q: QuantityMention) -> bool:
    """A bare number after a parent's noun and ``of`` counts the parent's children (``a
    mother of 12 was killed``, ``a farmer and father-of-three``): it describes a person,
    as an age does, and is no count of the story, however near a verb of dying it stands."""
    if (q.unit is not None and q.unit.lower() not in _children()) or q.value is None or q.value > 30 or \
            match_ahead(_AGE_AFTER, text, q.end):
        return False  # "the mother of 19-year-old Anas": the age of the child, :func:`is_age`
    return _family_of().search(text, max(0, q.start - 40), q.start) is not None


def is_name_number(text: str, q: QuantityMention) -> bool:
    """A bare number that continues a name is part of it, no count: a model, a version, a
    route or a unit (``Internet Explorer 9``, ``the Boeing 787``, ``Highway 79``, ``Terminal
    2``), and the numbers listed after it (``Internet Explorer 8 and 9``, ``versions 6, 7, 8
    and 9``, ``IE6 to 10``). Told by its place: right after a capitalised word inside a
    sentence (not a month's or a day's name: :func:`newskit.actors.calendar_words`)."""
    if q.unit is not None or q.approx or not q.text.isdigit() or len(q.text) > 4:
        return False
    head = text[max(0, q.start - 60):q.start]
    named = _NAMED_NUMBER.search(head)
    if named is not None and named.group(1) not in calendar_words():
        return True
    if _VERSIONS.search(head) is not None:
        return True
    listed = _LISTED.search(head)
    if listed is None or listed.group(1) in calendar_words():
        return False
    if any(ch.isdigit() for ch in listed.group(0)):
        return True  # "Explorer 8 and 9", "IE6 to 10", "Vista, 7, 8 and 10"
    # names only before it: "Windows XP, Vista and 7", never "Ruiz, Soto and 3 others"
    return "," in listed.group(0) and match_ahead(_LIST_ENDS, text, q.end) is not None


def is_label_number(text: str, q: QuantityMention) -> bool:
    """A bare number that labels a place, a line or a part, no count: a house number
    before a street's name (``24 Marlowe Street``), a telephone number after a verb of
    calling that counts no plural (``called 911``, ``dialled 999 straight away``; not
    ``called 12 witnesses``), a part of a sequence named by a singular noun with no
    determiner after a preposition (``signed in week 12``, ``by day 3``)."""
    if q.approx or q.high is not None or not q.text.isdigit():
        return False
    rx = _label_regexes()
    if match_ahead(rx["street"], text, q.end) is not None:
        return True
    head = text[max(0, q.start - 30):q.start]
    if rx["part"].search(head) is not None:
        return True
    if rx["call"].search(head) is None:
        return False
    after = match_ahead(_WORD_AFTER, text, q.end)  # a plural after it is what was called: a count
    return q.unit is None or (after is not None and after.group(1).lower() == q.unit.lower())


#: the word right after an amount
_WORD_AFTER = regex.compile(r"\s+(\p{L}+)")


@cache
def _label_regexes() -> dict[str, regex.Pattern[str]]:
    """The places of a label number (``figures.json``: ``street_words``, ``call_verbs``,
    ``numbered_parts``): a street's name after it, a verb of calling or a preposition and
    a part's noun before it."""
    rules = figure_rules()
    return {
        "street": regex.compile(r"(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:" + alternation(rules["street_words"])
                                + r")(?![\p{L}\p{N}])"),
        "call": regex.compile(r"\b(?:" + alternation(rules["call_verbs"]) + r")\s+$", regex.I),
        "part": regex.compile(r"\b(?:in|on|by|from|since|after|before|until|through|during|of|to|for)\s+(?:"
                              + alternation(rules["numbered_parts"]) + r")\s+$", regex.I),
    }


#: a capitalised word inside a sentence right before the number ("Explorer 9", "Highway 79")
_NAMED_NUMBER = regex.compile(r"(?<=[\p{Ll},;)] )(\p{Lu}[\p{L}]*) $")
#: a list the number closes, opened by a capitalised word inside a sentence and holding
#: names and numbers: "Explorer 8 and 9", "IE6 to 10", "XP, Vista, 7, 8, and", "XP, Vista and"
_LISTED = regex.compile(r"(?<=[\p{Ll},;)] )(\p{Lu}[\p{L}]*)(?: ?\d{1,4})?(?:,\s*(?:\d{1,4}|\p{Lu}[\p{L}]*))*"
                        r"(?:,\s*|,?\s+(?:and|or|to)\s+)$")
#: numbers after "version": "versions 6, 7, 8 and 9", "version 5"
_VERSIONS = regex.compile(r"\b[Vv]ersions?\s+(?:\d{1,4}(?:,\s*|,?\s+(?:and|or|to)\s+))*$")
#: what must follow a number that closes a list of names only: a stop, a comma, the end
_LIST_ENDS = regex.compile(r"\s*(?:[,;.)]|$)")


@cache
def _family_of() -> regex.Pattern[str]:
    """``mother of``, ``father-of-``, ``grandmothers of`` right before the number
    (``figures.json``: ``family_of``)."""
    return regex.compile(r"\b(?:" + alternation(figure_rules()["family_of"]) + r")s?[\s-]+of[\s-]+$", regex.I)


@cache
def _children() -> frozenset[str]:
    """The units a family's count may carry (``the mother of 12 children``; ``figures.json``:
    ``family_units``)."""
    return frozenset(figure_rules()["family_units"])


#: how far (characters) before a bare number its age superlative's subject may open
_SUPERLATIVE_REACH = 80


@cache
def _age_superlative() -> regex.Pattern[str]:
    """``the youngest of the dead was``, ``The oldest of the five, a retired teacher, is``: a
    subject opened by a superlative of age, up to its copula."""
    words = "|".join(regex.escape(w) for w in figure_rules()["age_superlatives"])
    return regex.compile(r"\b(?:" + words + r")\b[^.;:!?]{0,60}?\s(?:was|is)\s+$", regex.I)
