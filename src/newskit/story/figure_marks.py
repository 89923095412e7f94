"""Words in an amount's sentence that say it moved on from an earlier reading: a change
(``the toll rose to eight``, ``down from six``, ``have now been infected``) or its source's
revision of its own earlier figure (``nearly three times its first estimate``, ``said in
its final count``). Stated later, such an amount updates an earlier amount of its measure,
whoever gave that one. The words are closed classes of English news reporting
(``figures.json`` ``change_markers``, ``revision_*``)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from newskit.model import Figure
from newskit.story.figure_data import alternation, figure_rules
from newskit.text import match_ahead

__all__ = ["NUMBER", "changed_from", "changed_to", "counted_from", "counted_from_at", "first_report", "given_then", "later_in_sentence",
           "marks_change", "provisional", "rejected", "rejected_at", "rejected_earlier", "rejected_own", "revised_apart", "revises",
           "snapshot"]

#: how far after an amount a change marker may stand ("Four are in intensive care, down from six")
_MARK_AFTER = 40
#: how far after an amount the moment its count stood at may stand, at its clause's end
#: ("About 9,000 passengers had been affected at Lisbon and Faro by midday")
_SNAPSHOT_AFTER = 80
#: how far after an amount its teller may say the count will rise, in the same sentence
#: ("more than 40 people had been injured, some of them seriously, and the toll was likely to rise")
_PROVISIONAL_AFTER = 240
#: how many words may stand between the first reports and the count they gave ("Initial
#: reports had put the number of injured at two")
_REPORT_BEFORE = 8
#: a break between two clauses, each with its own teller
_CLAUSE_BREAK = regex.compile(r"[;:]")
#: a number standing as a word of its own ("87", not the "5" of "M5")
NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}")


@cache
def _change_rx() -> Any:
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    return regex.compile(b + "(?:" + alternation(figure_rules()["change_markers"]) + ")" + e, regex.I)


def marks_change(f: Figure) -> bool:
    """Whether an amount's own sentence says it is a count's current state or a changed
    value (``the toll rose to eight``, ``have now been infected``, ``raised its offer to``,
    ``down from six``; ``change_markers``): stated later, it updates an earlier amount of
    its measure whoever gave either. Read from the sentence's start to a few words after
    the amount."""
    if f.evidence is None or f.ref is None:
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    end = min(len(t), b + _MARK_AFTER)
    brk = _LAST_BREAK.search(t, 0, a)
    last = brk.start() if brk is not None else -1
    return any(not _anothers_target(t, m, a, b, last) and not _no_level(t, m) and not _since_year(t, m)
               for m in _change_rx().finditer(t, 0, end))


#: a year right after ``since``, a month or a part of the year before it (``since 2023``, ``since
#: March 1989``, ``since early 2025``, ``since the 1990s``)
_YEAR_AHEAD = regex.compile(r"\s+(?:(?:\p{Lu}\p{Ll}+|early|late|mid)[\s\-]+)?(?:the\s+)?\d{4}s?(?!\p{N})")


def _since_year(t: str, marker: Any) -> bool:
    """Whether a marker is ``since`` and a year (``more than 1,300 migrants since 2023``, ``the
    worst on the lake since 2009, when several people died``): the start of the period a tally
    covers, or an earlier event set beside today's, not a count that moved on from an earlier
    reading (``has risen to 40 since Monday`` is one)."""
    return marker.group().lower() == "since" and match_ahead(_YEAR_AHEAD, t, marker.end()) is not None


#: a number within a few lower-case words after a marker ("reached 19", "reached a record 31")
_LEVEL_AHEAD = regex.compile(r"\s+(?:\p{Ll}+\s+){0,3}?(?=\p{Sc}?\p{N})")


def _no_level(t: str, marker: Any) -> bool:
    """Whether a marker that names the level a count came to (``level_markers``: ``reached``)
    has no number after it: ``fewer than 30 trucks have reached the border`` tells an
    arrival, ``reached an agreement`` an outcome, not a count that changed to a level."""
    if marker.group().lower() not in _level_markers():
        return False
    return match_ahead(_LEVEL_AHEAD, t, marker.end()) is None


@cache
def _level_markers() -> frozenset[str]:
    return frozenset(w.lower() for w in figure_rules()["level_markers"])


@cache
def _changed_to_rx() -> Any:
    """A verb of change (``change_to_verbs``), at most two words and ``to`` right before an
    amount (``has grown to``, ``raised its offer to``, ``taking the toll to``; the amount's
    span holds its own hedge: ``to at least 31``)."""
    verbs = alternation(figure_rules()["change_to_verbs"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")\s+(?:\p{L}+\s+){0,2}?to\s+(?:an?\s+)?$", regex.I)


def changed_to(f: Figure) -> bool:
    """Whether an amount is the target its sentence names for a change (``The number of
    plaintiffs has grown to 263``, ``raised its offer to €46.50``): the count after it
    changed, whatever the amount it changed from; not a number the change only stands
    near (``the toll rose on Monday, with 40 still missing``)."""
    if f.evidence is None or f.ref is None:
        return False
    a = f.ref.start - f.evidence.start
    return _changed_to_rx().search(f.evidence.text, max(0, a - _MARK_AFTER * 2), a) is not None


#: the number a change ending in "to" names as its target, a hedge or two before it ("fell to
#: about 8 percent")
_TARGET = regex.compile(r"\s+(?:\p{Ll}+\s+){0,2}?(?=\p{Sc}?\p{N})")


def _anothers_target(t: str, marker: Any, a: int, b: int, last_break: int) -> bool:
    """Whether a change marker is another's than the amount at ``a``-``b``: a marker ending
    in ``to`` (``connectivity fell to 8 percent of normal levels for nearly 16 hours``) or a
    verb of change or a level marker (``has reached 14, officials said, as villagers said more
    than 200 homes``: :func:`_verbs_target`) that names another number as its target, or a
    marker past a phrase break after the amount (``..., and now they have nowhere to go``,
    ``for seven years, since police raided``) that is no ``down from`` / ``up from``
    (``compared_from``: ``Four are in intensive care, down from six`` is the amount's).
    ``last_break`` is where the last phrase break before the amount stands (-1: none)."""
    end = marker.end()
    if marker.start() >= b and _PHRASE_BREAK.search(t, b, marker.start()) and \
            marker.group().lower() not in figure_rules()["compared_from"]:
        return True  # "more than 300 families ..., and now they have nowhere to go": the next clause's
    if t[max(0, end - 3):end].lower() != " to":
        # a verb of change or a level marker naming its own number ("has reached 14, ..., more than 200 homes")
        return marker.group().lower() in _change_verbs() | _level_markers() and _verbs_target(t, end, a, b, last_break)
    m = match_ahead(_TARGET, t, end)
    return m is not None and not a <= m.end() < b


#: a verb's own number right after it ("rose 3 per cent", "has risen to 27", "climbed to about 40")
_VERB_TARGET = regex.compile(r"(?:\s+to)?\s+(?:\p{Ll}+\s+){0,2}?(?=\p{Sc}?\p{N})")
#: a break between two phrases of a sentence
_PHRASE_BREAK = regex.compile(r"[,;:()\u2013\u2014]")
_LAST_BREAK = regex.compile(_PHRASE_BREAK.pattern, regex.REVERSE)


@cache
def _change_verbs() -> frozenset[str]:
    """The verbs of change (``change_verbs``, ``change_to_verbs``), lower case."""
    d = figure_rules()
    return frozenset(w.lower() for w in (*d["change_verbs"], *d["change_to_verbs"]))


def _verbs_target(t: str, end: int, a: int, b: int, last_break: int) -> bool:
    """Whether a change marker names its own number right after it (``The death toll has risen
    to 27``, ``shares rose 3 per cent``) and the amount at ``a``-``b`` stands apart from that
    number, before the marker or past a break between phrases (``..., with more bodies
    recovered from the nine-storey building``): the change is that number's. An amount in
    the target's own phrase (``has grown to 24 illnesses in 11 states``) changed with it."""
    m = match_ahead(_VERB_TARGET, t, end)
    if m is None:
        return False
    target: int = m.end()
    return not a <= target < b and (a < target or last_break >= target)


@cache
def _snapshot_rx() -> Any:
    """``so far``, ``as of``, ``to date`` (``snapshot_markers``), and ``by`` before a time of the
    day (``snapshot_times``: ``by midday``, ``by late evening``, ``by Wednesday afternoon``) or a
    clock time (``by 11am``, ``by 3:30 p.m.``)."""
    d = figure_rules()
    b, e = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    clock = r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
    day = r"(?:(?:" + alternation(d["snapshot_day_words"]) + r")\s+){0,2}"
    by = r"by\s+" + day + r"(?:(?:" + alternation(d["snapshot_times"]) + r")" + e + "|" + clock + ")"
    return regex.compile(b + r"(?:(?:" + alternation(d["snapshot_markers"]) + r")" + e + "|" + by + ")", regex.I)


def snapshot(f: Figure) -> bool:
    """Whether an amount's sentence tells it as its count stood at one moment, a count still
    in progress (``the shutdown had lasted 36 hours so far``, ``About 9,000 passengers had
    been affected by midday``, ``140 flights cancelled by 11am``; ``snapshot_markers``):
    another amount told later and above all it allows is the count grown, whoever told
    either. Read from the sentence's start to a few words after the amount, like
    :func:`marks_change`; so is a count its teller says will grow (:func:`provisional`)."""
    if f.evidence is None or f.ref is None:
        return False
    end = min(len(f.evidence.text), f.ref.end - f.evidence.start + _SNAPSHOT_AFTER)
    return _snapshot_rx().search(f.evidence.text, 0, end) is not None or provisional(f)


@cache
def _provisional_rx() -> Any:
    """``the toll was likely to rise``, ``the number could rise``, ``the figure is expected to
    rise``: a bare noun of a count (``provisional_nouns``), a modal or a verb of expecting
    (``provisional_modals``) and a verb of rising (``provisional_verbs``)."""
    d = figure_rules()
    return regex.compile(r"(?<![\p{L}\p{N}])(?:the|that|this)\s+(?:" + alternation(d["provisional_nouns"]) + r")\s+(?:"
                         + alternation(d["provisional_modals"]) + r")\s+(?:" + alternation(d["provisional_verbs"])
                         + r")(?![\p{L}\p{N}])", regex.I)


def provisional(f: Figure) -> bool:
    """Whether its teller tells an amount as a count that will grow (``more than 40 people had
    been injured, and the toll was likely to rise``, ``37 crossings have been cancelled, and
    the figure is expected to rise``): a provisional count, as it stood when told, which
    :func:`snapshot` reads as one. The count is named by a bare noun after the amount in its
    sentence, no other number between (``four were still missing, and the number of victims
    could rise`` names another count; ``the toll`` is the amount's own)."""
    if f.evidence is None or f.ref is None:
        return False
    t, b = f.evidence.text, f.ref.end - f.evidence.start
    m = _provisional_rx().search(t, b, min(len(t), b + _PROVISIONAL_AFTER))
    return m is not None and NUMBER.search(t, b, m.start()) is None


def later_in_sentence(first: Figure, second: Figure) -> bool:
    """Whether two amounts of one sentence, ``first`` before ``second``, are told at two
    moments, the second the later: a time the count stood at (``by evening``, ``as of 6
    p.m.``: ``snapshot_markers``) stands between them (``Police put the toll at 11 on Monday
    morning; by evening the government said 16 had died``)."""
    if first.evidence is None or second.evidence is None or first.ref is None or second.ref is None:
        return False
    if first.article != second.article or first.evidence.start != second.evidence.start:
        return False
    lo, hi = first.ref.end - first.evidence.start, second.ref.start - second.evidence.start
    return lo < hi and _snapshot_rx().search(first.evidence.text, lo, hi) is not None


@cache
def _from_change() -> Any:
    """``up from the``, ``down from an earlier`` (``compared_from``): a change counted from the
    amount that follows, at most three lower-case words between (no clause break); or a
    participle clause of revising whose object names the amount that follows as a count's
    reading (``, revising the figure of about 140 it gave on Wednesday``, ``, raising a toll of
    37 given in the morning``: ``revising_participles`` and ``contrast_nouns``), the reading the
    main clause's amount replaces."""
    d = figure_rules()
    words = alternation(d["compared_from"])
    revising = r",\s+(?:" + alternation(d["revising_participles"]) + r")\s+(?:its|their|the|an?)\s+(?:\p{Ll}+\s+)?(?:" + \
        alternation(d["contrast_nouns"]) + r")\s+of\s+"
    return regex.compile(r"(?:(?<![\p{L}\p{N}])(?:" + words + r")\s+(?:\p{Ll}+\s+){0,3}|" + revising + r")$", regex.I)


@cache
def _other_period() -> Any:
    """Another period named right after an amount (``other_period_units``): ``the year
    before``, ``a week earlier``, ``last month``, ``in 2024``, within three words of it."""
    units = alternation(figure_rules()["other_period_units"])
    period = r"(?:(?:a|one|the)\s+(?:" + units + r")\s+(?:earlier|before|ago|prior)" \
        r"|(?:last|the\s+previous|the\s+prior|the\s+same)\s+(?:" + units + r"|period)|in\s+\d{4})"
    return regex.compile(r"(?:\s+[\p{L}\p{N},'’-]+){0,3}?\s+" + period + r"(?![\p{L}\p{N}])", regex.I)


def counted_from_at(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a change is counted from the amount at ``start`` (``nine flights, up from
    the six announced on Tuesday``), read back to ``lo`` (its sentence's start), and not
    when another period is named right after it, at ``end`` (``up from 52 the year
    before``: a tally of another year, not the count's earlier state)."""
    if _from_change().search(text, max(lo, start - 60), start) is None:
        return False
    return match_ahead(_other_period(), text, end) is None


def counted_from(f: Figure) -> bool:
    """Whether an amount is the earlier reading a change is counted from
    (:func:`counted_from_at`): the count's earlier state, never a part of it, and updated
    by any other amount of its measure that differs from it."""
    if f.evidence is None or f.ref is None:
        return False
    off = f.evidence.start
    return counted_from_at(f.evidence.text, 0, f.ref.start - off, f.ref.end - off)


@cache
def _changed_after_rx() -> Any:
    """A comma, then a verb of change ending in ``to`` and the number it names (``, was later
    raised to more than $3 billion``, ``, has since risen to 19``): at most an auxiliary and
    an adverb of time (``changed_after_adverbs``) before the verb, so the change is the
    phrase's own, not a new clause's (``, and the number of injured rose to 40``); the
    target's currency sign, if any, is group 1."""
    d = figure_rules()
    aux = r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?"
    adverb = r"(?:(?:" + alternation(d["changed_after_adverbs"]) + r")\s+)?"
    return regex.compile(r",\s+" + aux + adverb + r"(?:" + alternation(d["change_to_verbs"]) + r")\s+to\s+"
                         r"(?:\p{Ll}+\s+){0,2}?(\p{Sc}?)\p{N}", regex.I)


@cache
def _changed_from_to_rx() -> tuple[Any, Any]:
    """A verb of change and ``from`` right before an amount (``raised the fine on Wednesday
    from``), and ``to`` and a number right after it (`` satellites to 36``): at most five and
    three words between, no number, comma or stop among them (``change_from_verbs``)."""
    d = figure_rules()
    verbs = alternation([*d["change_to_verbs"], *d["change_from_verbs"]])
    word = r"[^\s\p{N},;:.!?]+"
    before = regex.compile(r"(?<![\p{L}\p{N}])(?:" + verbs + r")\s+(?:" + word + r"\s+){0,5}?from\s+$", regex.I)
    after = regex.compile(r"(?:\s+" + word + r"){0,3}?\s+to\s+(?:\p{Ll}+\s+){0,2}?\p{Sc}?\p{N}", regex.I)
    return before, after


def changed_from(f: Figure) -> bool:
    """Whether a sentence narrates a change away from an amount (``The relief fund, put at
    $2.5 billion on Monday, was later raised to more than $3 billion``): the
    amount's phrase goes on, past a comma and with no number between, to the number a verb of
    change took it to (:func:`_changed_after_rx`), in the amount's own currency, if any; or a
    verb of change tells the change from it to another number (``would expand its planned
    constellation from 24 satellites to 36``: :func:`_changed_from_to_rx`). The amount is the
    count's earlier reading, as the one a change is counted from (``up from six``:
    :func:`counted_from`)."""
    if f.evidence is None or f.ref is None:
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    before, after = _changed_from_to_rx()
    if before.search(t, max(0, a - _CHANGED_AFTER), a) is not None and match_ahead(after, t, b) is not None:
        return True  # "raised the fine on Wednesday from 250 million CFA francs to 400 million"
    m = _changed_after_rx().search(t, b, min(len(t), b + _CHANGED_AFTER))
    if m is None or NUMBER.search(t, b, m.start()) is not None:
        return False
    sign: str = m.group(1)
    return f.ref.text.startswith(sign) and (bool(sign) or _SIGN.match(f.ref.text) is None)


#: a currency sign opening an amount
_SIGN = regex.compile(r"\p{Sc}")


#: how far after an amount the change away from it may stand
_CHANGED_AFTER = 120


@cache
def _rejected_rx() -> Any:
    """``, not``, ``rather than the`` (``rejected_before``) right before an amount; a marker
    that opens with a word starts one."""
    words = sorted(figure_rules()["rejected_before"], key=lambda w: (-len(w), w))
    alts = ((r"(?<![\p{L}\p{N}])" if w[0].isalpha() else "") + r"\s+".join(regex.escape(p) for p in w.split())
            for w in words)
    return regex.compile(r"(?:" + "|".join(alts) + r")\s+$", regex.I)


def rejected_at(text: str, lo: int, start: int) -> bool:
    """Whether the amount at ``start`` is a reading its teller rejects for the amount before
    it (``22 horses had run, not 24 as reported``, ``eight years rather than the six
    promised``), read back to ``lo`` (its sentence's start)."""
    return _rejected_rx().search(text, max(lo, start - 30), start) is not None


def rejected(f: Figure) -> bool:
    """:func:`rejected_at` of a figure, in its sentence: a rival reading of its measure,
    kept beside the amount its teller holds to and in conflict with it (unless told as
    the first reports', an update)."""
    if f.evidence is None or f.ref is None:
        return False
    return rejected_at(f.evidence.text, 0, f.ref.start - f.evidence.start)


@cache
def _own_report_rx() -> Any:
    """``it reported``, ``they had announced``, ``as it had said`` right after an amount
    (``own_report_subjects``, ``revision_participles``): the amount told as what its teller
    itself gave before; ``as`` with the teller's pronoun says the same (``not 18 as it had
    said a day earlier``), where ``as`` with no subject names no one (``not 24 as reported``)."""
    d = figure_rules()
    return regex.compile(r"\s+(?:as\s+)?(?:" + alternation(d["own_report_subjects"]) + r")\s+(?:(?:had|has|have)\s+)?(?:"
                         + alternation(d["revision_participles"]) + r")(?![\p{L}\p{N}])", regex.I)


def rejected_own(f: Figure) -> bool:
    """Whether an amount is a reading its teller rejects and tells as its own earlier one
    (``the data of 2.4 million people was stolen, not the 1.1 million it reported on
    Friday``, ``rather than the 40 they had announced``, ``not 18 as it had said a day
    earlier``): the teller's revision of its
    own count, the count's earlier reading, not a rival's (``not 24 as reported``)."""
    if f.evidence is None or f.ref is None or not rejected(f):
        return False
    return match_ahead(_own_report_rx(), f.evidence.text, f.ref.end - f.evidence.start) is not None


@cache
def _first_given_rx() -> Any:
    """``first cited by``, ``as initially reported by``, ``it originally announced`` right after
    an amount (``first_report_adverbs``, ``first_report_verbs``): the amount told as the count
    as first given, whoever gave it."""
    d = figure_rules()
    return regex.compile(r"\s+(?:as\s+|(?:it|they)\s+(?:had\s+)?)?(?:" + alternation(d["first_report_adverbs"]) + r")\s+(?:"
                         + alternation(d["first_report_verbs"]) + r")(?![\p{L}\p{N}])", regex.I)


@cache
def _given_before_rx() -> Any:
    """``as stated in Monday's bulletin``, ``as announced at Thursday's ceremony``, ``as given
    earlier`` right after an amount, or the same participle as a reduced relative with no
    ``as`` (``instead of the 610,000 counted on Thursday``, ``not the 48 million estimated
    earlier``): a verb of giving it (``revision_participles``) and, within a few words that
    name no teller (no ``by``), a time before the sentence's (``revision_times``,
    ``first_report_adjectives``, a weekday's): the amount told as the count given then, which
    the amount held to replaces. Rejected as another teller's (``not 11 as stated by the
    players' union after Friday's meeting``, ``not the 212 reported by the operator on
    Monday``), it stays that teller's rival reading."""
    d = figure_rules()
    times = alternation([*d["revision_times"], *d["first_report_adjectives"]])
    return regex.compile(r"\s+(?:as\s+)?(?:" + alternation(d["revision_participles"]) + r")(?:\s+(?!by\b)[^\s,;:.!?]+){0,4}?"
                         r"\s+(?:(?:" + times + r")|\p{Lu}\p{Ll}+day['’]s)(?![\p{L}\p{N}])", regex.I)


def rejected_earlier(f: Figure) -> bool:
    """Whether a reading its teller rejects is told as the count's earlier reading, which the
    amount held to replaces: as the count first given, even by a named teller (``held S$264
    million, not the S$210 million first cited by the regulator``), or in a sentence that
    tells the held amount as a change or its teller's correction (``investigators now believe
    61 million was taken, not the 48 million cited on Thursday``; ``corrected the figure it
    had given, saying the debt was $41.5 million rather than $38 million``: a change marker
    or revision words before the rejected reading), or as given at an earlier time that names
    no teller (``not 4.60 pesos as stated in Monday's bulletin``, ``instead of the 610,000
    counted on Thursday``: :func:`_given_before_rx`). A reading rejected with no such words
    (``not the 212 reported by the operator``) is a rival's, in conflict with it."""
    if f.evidence is None or f.ref is None or not rejected(f):
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    if match_ahead(_first_given_rx(), t, b) is not None or match_ahead(_given_before_rx(), t, b) is not None \
            or marks_change(f):
        return True
    return any(m.end() <= a for m in _revision_rx().finditer(t, 0, a))


@cache
def _revision_rx() -> Any:
    """A source revising its own earlier reading (``revision_*``): ``its first estimate``,
    ``than first estimated``, ``than it announced earlier``, ``than reported in the morning``,
    ``than the figure given in court on Monday`` (``revision_times``), ``in an updated statement``,
    ``said in an evening update``, ``according to a revised estimate from`` (``update_times``), ``revising up its earlier count``,
    ``issued a correction saying`` (``revision_corrections``), ``corrected a key figure``,
    ``revised its growth forecast`` (``revision_verbs``), ``after previously pledging``
    (``revision_earlier_gerunds``),
    ``the figure it had given``, ``the 1.2 million it reported``, ``The final crew manifest showed`` (a
    reading named newer, whoever gives it); an earlier reading someone else gave (``the grid operator's
    first estimate``, ``than first given by police``, ``the earlier estimate from
    scientists``) is no revision."""
    d = figure_rules()
    earlier, nouns = alternation(d["revision_earlier"]), alternation(d["revision_nouns"])
    told, newer = alternation(d["revision_participles"]), alternation(d["revision_newer"])
    own = r"(?:its|their)\s+(?:own\s+)?(?:" + earlier + r")\s+(?:" + nouns + r")"
    ownerless = r"(?<!['’]s\s)(?:an?|the)\s+(?:" + earlier + r")\s+(?:" + nouns + r")(?!\s+(?:\p{L}+\s+)?(?:by|from)\b)"
    than = r"than\s+(?:(?:it|they)\s+(?:had\s+)?)?(?:" + earlier + r")\s+(?:" + told + r")(?!\s+by\b)" \
        r"|than\s+(?:(?:it|they)\s+(?:had\s+)?)?(?:" + told + r")\s+(?:" + alternation(d["revision_times"]) + r")" \
        r"|than\s+the\s+(?:" + nouns + r")\s+(?:" + told + r")\s+(?:(?:in|at)\s+\p{Ll}+\s+)?(?:" \
        + alternation(d["revision_times"]) + r")"
    statements = alternation([*d["revision_nouns"], *d["revision_statements"]])
    # "said in an evening update", "according to an updated figure from": the count as its teller's newer reading
    update = r"(?:(?:" + alternation(d["update_times"]) + r")\s+)?update"
    restated = r"(?:in|with|according\s+to)\s+(?:an?|its|their|the)\s+(?:(?:" + newer + r")\s+(?:" + statements + r")|" \
        + update + r")|(?:" + newer + r")\s+(?:its|their)\s+(?:" + nouns + r")"
    revising = r"(?:" + alternation(d["revision_gerunds"]) + r")\s+(?:(?:" + alternation(d["revision_directions"]) \
        + r")\s+)?(?:its|their|an?|the)\s+(?:(?:" + earlier + r")\s+)?(?:" + nouns + r")"
    # "corrected a key figure in the deal, saying", "revised its growth forecast to": the verb's own object is the
    # figure, one word of any kind before its noun
    corrects = r"(?:" + alternation(d["revision_verbs"]) + r")\s+(?:(?:" + alternation(d["revision_directions"]) \
        + r")\s+)?(?:its|their|an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:" + nouns + r")"
    # "would create up to 900 jobs, after previously pledging about 600": a participle clause's subject is its main
    # clause's, so the teller gave the amount after it earlier and gives the amount before it now
    own_before = r"after\s+(?:" + earlier + r")\s+(?:" + alternation(d["revision_earlier_gerunds"]) + r")" \
        r"|having\s+(?:" + earlier + r")\s+(?:" + told + r")"
    self_given = r"the\s+(?:" + nouns + r")\s+(?:it|they)\s+(?:had\s+)?(?:" + told + r")"
    # "more than double the 1.2 million it reported": the teller's own earlier figure named by its number
    self_number = r"the\s+(?:\p{Ll}+\s+)?\p{Sc}?\p{N}[\p{N},.]*(?:\s+\p{L}+)?\s+(?:" \
        + alternation(d["own_report_subjects"]) + r")\s+(?:had\s+|has\s+|have\s+)?(?:" + told + r")"
    # "nearly three times the number reported on Sunday night", "more than the count announced a day earlier": the count
    # as told at an earlier time, set beside a later one by a comparison or a multiple
    counts = alternation([*d["revision_nouns"], *d["contrast_nouns"]])
    timed = r"(?<=\b(?:than|" + alternation(d["contrast_multiples"]) + r")\s)the\s+(?:" + counts + r")\s+(?:" + told \
        + r")\s+(?:(?:in|at|a|an|one)\s+\p{Ll}+\s+)?(?:" + alternation(d["revision_times"]) + r")"
    # "The final crew manifest showed 64", "the revised figures put the loss at": a reading its sentence names
    # newer, whoever gives it
    named_newer = r"the\s+(?:" + newer + r")\s+(?:[\p{L}\-]+\s+)?(?:" + statements + r")"
    # "issued a correction saying the campus will use 48 million gallons": the teller's newer reading
    corrected = r"(?:an?|its|their)\s+(?:" + alternation(d["revision_corrections"]) + r")\s+(?:" \
        + alternation(d["revision_correction_verbs"]) + r")"
    return regex.compile(r"\b(?:" + "|".join((own, ownerless, than, restated, revising, corrects, own_before, self_given,
                                               self_number, timed, named_newer, corrected))
                         + r")\b", regex.I)


@cache
def _first_report_rx() -> tuple[Any, Any]:
    """The first reports of an event named as a count's teller (``Initial reports had put
    the number injured at two``, ``It was first reported that``, ``which had first put the
    loss at``, ``The coastguard initially estimated the spill at``), and a count told as
    what was first reported (``Six riders were initially reported injured``, ``not the
    40,000 first reported``, ``not five as initially reported``, ``not the roughly 140 it
    first announced``); one reported
    by someone (``as initially reported by police``) is that someone's count."""
    d = figure_rules()
    early, verbs = alternation(d["first_report_adjectives"]), alternation(d["first_report_adverbs"])
    told = alternation(d["first_report_verbs"])
    passive = r"(?:was|were|had\s+been)\s+(?:" + verbs + r")\s+(?:" + told + r")\b(?!\s+by\b)"
    nouns = alternation(d["first_report_nouns"])
    # "the ministry, which had first put the damage at": a teller's perfect of giving a count, told as its first
    # "The coastguard initially estimated the spill at": the same, told in the simple past with an adverb that is never
    # a noun phrase's first word
    adverbs = r"(?:(?:had|has|have)\s+(?:" + alternation(d["first_report_active_adverbs"]) + r")|(?:" \
        + alternation(d["first_report_past_adverbs"]) + r"))"
    active = adverbs + r"\s+(?:" + alternation(d["first_report_put_verbs"]) + r")\b(?!\s+by\b)"
    before = regex.compile(r"\b(?:(?:" + early + r")\s+(?:" + nouns + r")\b(?!\s+by\b)|" + passive + "|" + active + ")",
                           regex.I)
    # "not five as first reported", "not the roughly 140 it first announced"
    reduced = r"(?:as\s+|(?:it|they)\s+(?:had\s+)?)?(?:" + verbs + r")\s+(?:" + told + r")\b(?!\s+by\b)"
    after = regex.compile(r"\s+(?:(?:[\p{L}'’\-]+\s+){0,3}?" + passive + "|" + reduced + ")", regex.I)
    return before, after


@cache
def _reading_before_rx() -> Any:
    """``the initial`` right before an amount (``first_reading_adjectives``)."""
    words = alternation(figure_rules()["first_reading_adjectives"])
    return regex.compile(r"(?<![\p{L}\p{N}])(?:the|its|their)\s+(?:" + words + r")\s+\p{Sc}?$", regex.I)


def first_report(f: Figure) -> bool:
    """Whether an amount is told as the count the first reports of an event gave, not as
    anyone's count now (``Initial reports had put the number injured at two``, ``Six riders
    were initially reported injured on Thursday, but three more were found ...``): an
    earlier reading of the count, which a differing amount updates whoever gives it. The
    words stand in its sentence before it, or right after it, with no number between; or an
    adjective of an earlier reading names the amount itself (``the initial 120 aircraft``:
    ``first_reading_adjectives``)."""
    if f.evidence is None or f.ref is None:
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    before, after = _first_report_rx()
    if match_ahead(after, t, b) or _reading_before_rx().search(t, max(0, a - 40), a) is not None:
        return True
    return any(NUMBER.search(t, m.end(), a) is None and _CLAUSE_BREAK.search(t, m.end(), a) is None
               and _words_between(t, m.end(), a) <= _REPORT_BEFORE for m in before.finditer(t, 0, a))


@cache
def _given_then_rx() -> tuple[Any, Any, Any]:
    """``had reported``, ``had estimated it at``, ``had counted``, ``had still spoken of`` right
    before an amount (the past perfect of ``first_report_verbs`` or ``given_then_told``, an
    adverb of ``given_then_adverbs`` after the auxiliary, at most three lower-case words
    between); a verb of saying (``given_then_speech``); an earlier time (``revision_times``)."""
    d = figure_rules()
    adverb = r"(?:(?:" + alternation(d["given_then_adverbs"]) + r")\s+)?"
    verbs = alternation([*d["first_report_verbs"], *d["given_then_told"]])
    given = regex.compile(r"(?<![\p{L}\p{N}])had\s+" + adverb + r"(?:" + verbs
                          + r")(?:\s+(?!by\b)\p{Ll}+){0,3}?\s+\p{Sc}?$", regex.I)
    speech = regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(d["given_then_speech"]) + r")(?![\p{L}\p{N}])", regex.I)
    return given, speech, _report_time_rx()


def given_then(f: Figure) -> bool:
    """Whether an amount is told in the past perfect of giving it, at an earlier time its
    sentence names (``In the morning, the authorities had reported at least 9 dead``, ``On
    Sunday the wardens had counted about 400``, ``On Sunday morning officials had still spoken
    of at least 14 injured``): the giving set before the time the article
    tells of, so of two amounts its article stamps with one time it is the earlier
    (``figure_label._marked_order``); what they are to each other the label's steps decide.
    After a verb of saying (``said on Friday that technicians had counted 1,312``) the past
    perfect is reported speech shifted back: the teller's count now, not read."""
    if f.evidence is None or f.ref is None:
        return False
    t, a = f.evidence.text, f.ref.start - f.evidence.start
    given, speech, times = _given_then_rx()
    m = given.search(t, max(0, a - 60), a)
    if m is None or NUMBER.search(t, m.start(), a) is not None or speech.search(t, 0, m.start()) is not None:
        return False
    return times.search(t) is not None


def _words_between(t: str, lo: int, hi: int) -> int:
    """How many words stand between ``lo`` and ``hi``, a time phrase (``on Tuesday``, ``in the
    morning``: ``revision_times``) not counted: ``Early reports on Tuesday had put the number
    of injured at three`` names the first reports' count as near as without the day."""
    between = t[lo:hi]
    return len(between.split()) - sum(len(m.group().split()) for m in _report_time_rx().finditer(between))


@cache
def _report_time_rx() -> Any:
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alternation(figure_rules()["revision_times"]) + r")(?![\p{L}\p{N}])",
                         regex.I)


#: a difference told right before a revision's words: "two more than it announced earlier",
#: "nearly three times its first estimate"
_APART = regex.compile(r"(?<![\p{L}\p{N}])(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|above|below"
                       r"|times|double|twice|triple|treble|half)\s+$", regex.I)


def revised_apart(f: Figure) -> bool:
    """Whether an amount is told as its source's revision and as differing from the earlier
    reading (``19 people had been treated, two more than reported in the morning``): a
    change stated outright, whatever the two readings' hedges allow."""
    if f.evidence is None or f.ref is None:
        return False
    t, b = f.evidence.text, f.ref.end - f.evidence.start
    return any(m.start() >= b and NUMBER.search(t, b, m.start()) is None and _APART.search(t, b, m.start())
               for m in _revision_rx().finditer(t))


def revises(f: Figure) -> bool:
    """Whether an amount's sentence tells it as its source's revision of its own earlier
    reading (``affected more than 110,000 homes, the manufacturer said, nearly three times
    its first estimate``; ``358 flights were cancelled, the airport said in its final
    count``; ``Police Scotland updated its figures, saying 11 arrests had been made``).
    The words are this amount's when no other number stands between them and it, and,
    before it, when no number comes before them in the sentence (``215 whales came ashore,
    revising its first count after surveying the full 2.8 km stretch``: the count is
    revised, not the stretch)."""
    if f.evidence is None or f.ref is None:
        return False
    t, a, b = f.evidence.text, f.ref.start - f.evidence.start, f.ref.end - f.evidence.start
    for m in _revision_rx().finditer(t):
        if m.start() < b and a < m.end():
            continue  # "the 1.2 million it reported": the earlier figure itself, not its revision
        lo, hi = (b, m.start()) if m.start() >= b else (0, a)
        if lo <= hi and NUMBER.search(t, lo, hi) is None:
            return True
    return False
