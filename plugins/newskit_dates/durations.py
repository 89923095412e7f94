"""Lengths of time: ``24 years``, ``over 20 years``, ``three to four days``, ``half an
hour``, ``the coming weeks``, ``a day-long strike``; and the readings of the same words
that are no length (``a second time``, ``three-quarters of its food``)."""

from __future__ import annotations

import regex

from newskit_dates.context import Context, Result, match_ahead, timex
from newskit_dates.lengths import (
    UNIT_FRACTIONS,
    duration_value,
    fraction_after,
    is_mixed,
    number_of,
    unit_code,
)
from newskit_dates.lexicon import lexicon
from newskit_dates.neighbours import prev_word
from newskit_dates.rates import is_rate, rate_start
from newskit_dates.someday import indefinite_future
from newskit_dates.vocabulary import compiled, mod_of, month_of, word_set

__all__ = ["h_duration", "h_fracdur", "h_unitlong", "h_vagueunit"]


_PREP_MODS = frozenset({"over", "under", "around", "about", "up to"})


def _end_of_space(text: str, pos: int) -> int:
    """Where the white space at ``pos`` ends (``over`` is left out of a span as its preposition)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _over_a_span(m: regex.Match[str], ctx: Context) -> bool:
    """Is "over" before a length the preposition of a span ("$184 million over eight years",
    "evolved over several years"), not "more than"? "More than" follows a word that takes an
    amount ("in over 20 years", "for over a week", "just over an hour", "lasted over a week")."""
    if not m["mod"] or m["mod"].lower() != "over" or m.groupdict().get("the"):
        return False
    return prev_word(ctx.text, m.start()).lower() not in word_set("over_amount_after")


def _fraction_quarter(m: regex.Match[str], ctx: Context, raw: str) -> bool:
    """ "three-quarters" (hyphen, plural), "ten and a quarter" (after a number and
    "and") and "fell by a quarter" (after a verb of change and "by") are fractions, not
    spans of quarters."""
    if m["unit"].lower().endswith("s") and "-" in ctx.text[m.end("num") : m.start("unit")]:
        return True
    if ctx.ahead(_PERCENT_AFTER, m.end()):
        return True  # "a quarter point", "a quarter percent": a fraction of a unit of rate
    if raw.lower() not in ("a", "an", "one"):
        return False
    changed = _CHANGED_BY.search(ctx.text, max(0, m.start() - 40), m.start())
    if changed is not None and changed["v"].lower() in word_set("changed_by"):
        return True  # "sales could fall by a quarter": a share of what changed
    w = _WORD_AND.search(ctx.text, max(0, m.start() - 30), m.start())
    return w is not None and w["w"].lower() not in ("a", "an") and number_of(w["w"]) is not None


_PERCENT_AFTER = regex.compile(r"(?i)[\s-]+(?:percent|per\s+cent|percentage|points?)\b")


_CHANGED_BY = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?P<v>\p{L}+)\s+by\s+\Z")
_WORD_AND = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?P<w>[\p{L}\p{N}]+)\s+and\s+\Z")


def h_duration(m: regex.Match[str], ctx: Context) -> Result | None:
    """``24 years``, ``over 20 years``, ``a couple of days``, ``a year and a half``, ``the
    two-week trip``: a length of time, its mod from the words before it; ranges of lengths
    (``three to four days``) and rates (``once a week``) read apart."""
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    unit = m["unit"].lower()
    if unit.startswith("weekend"):
        return None
    future = indefinite_future(m, ctx)
    if future is not None:
        return future  # "will one day lead": no length
    start, mod = _duration_start(m, ctx)
    if m["ormore"] and mod is None:
        mod = "EQUAL_OR_MORE"  # "two or more years": P2Y, as "two years or more"
    if m["vag"]:
        vag = m["vag"].lower()
        if "couple" in vag:
            return timex(m, "DURATION", duration_value(2 * mult, code), mod, start=start)
        return timex(m, "DURATION", duration_value(None, code), mod, start=start)
    raw = m["num"]
    n = number_of(raw)
    if n is None:
        return None
    if m["num2"] or m["few"]:
        return _duration_range(m, ctx, n, code, mult, mod, start)
    return _counted_length(m, ctx, raw, n, (code, mult), mod, start)


def _duration_start(m: regex.Match[str], ctx: Context) -> tuple[int, str | None]:
    """Where the length starts and its mod: a preposition before ``the`` (``around the
    three hours``), a verb ``last`` (``would last three days``), ``over`` a span
    (``$184 million over eight years``) and ``following`` with no ``the`` (``following
    four decades of war``) are left out, and give no mod."""
    start = m.start()
    mod = mod_of(m["mod"])
    if m["mod"] and m["the"] and m["mod"].lower() in _PREP_MODS:
        start = m.start("the")
        mod = None
    if _verb_last(m, ctx):
        start = m.start("num") if m["num"] else m.start("vag")
    if _over_a_span(m, ctx):
        start = _end_of_space(ctx.text, m.end("mod"))  # "over" is left out, as a preposition
        mod = None
    if (m["adj"] or "").lower() == "following" and not m["the"]:
        start = m.start("btw") if m["btw"] else m.start("num") if m["num"] else m.start("vag")
        mod = None  # "following four decades of conflict": the preposition, not "the following"
    return start, mod


def _counted_length(
    m: regex.Match[str], ctx: Context, raw: str, n: float, length_unit: tuple[str, float], mod: str | None,
    start: int,
) -> Result | None:
    """A counted number of units (``two and a half days``, ``a week``): none where the words
    are a fraction, an ordinal or an article of the noun (``three-quarters of``, ``a second
    time``, ``a decades-long feud``); a rate (``300 mm a day``) is a SET."""
    code, mult = length_unit
    mixed = m["half"] is not None or is_mixed(raw.lower())
    if m["half"]:
        if n != int(n):
            return None
        n += fraction_after(m["half"])[1]  # "a year and a half", "an hour and a quarter"
    if code == "Q" and _fraction_quarter(m, ctx, raw):
        return None
    if raw.lower() in ("a", "an") and m["long"]:
        return None  # "a decades-long feud": the article belongs to the noun
    if raw.lower() == "a" and m["unit"].lower() == "second" and _ordinal_second(m, ctx):
        return None
    if raw.lower() in ("a", "an") and not m["half"]:
        if (is_rate(ctx.text, start, m.end()) and not m["adj"] and not m["mod"]
                and (m["more"] or "").lower() != "single"):  # "300 mm in a single day" is not a rate
            return timex(m, "SET", duration_value(mult, code), start=rate_start(ctx.text, start))
        if compiled(r"[\s-]+(?:ago|earlier|later)\b").match(ctx.text[m.end() : m.end() + 8]):
            return None  # "a week ago" is the ago family's date ("a week after the vote" is P1W)
    if m["the"] and n != 1 and not m["adj"] and not m["unit"].lower().endswith("s"):
        start = m.start("num")  # "the two-week trip": the article belongs to the noun
    if code == "Q" and compiled(r"\s+of\b").match(ctx.text[m.end() : m.end() + 4]):
        return None  # "about three-quarters of its food", "a quarter of the market": fractions
    if code == "Q":
        return timex(m, "DURATION", f"P{int(n)}Q" if n == int(n) else f"P{n * 3:g}M", mod, start=start)
    return timex(m, "DURATION", duration_value(n * mult, code, decimal=mixed), mod, start=start)


def _verb_last(m: regex.Match[str], ctx: Context) -> bool:
    """ "would last three days", "could last several weeks": "last" after a modal or "to"
    is the verb, not "the last three days"; the length starts at its number."""
    if not m["adj"] or m["adj"].lower() != "last" or m["the"] or m["mod"]:
        return False
    before = compiled(r"(?i)(?<![\p{L}'\u2019])(?P<w>[\p{L}'\u2019]+)\s+\Z").search(
        ctx.text, max(0, m.start("adj") - 20), m.start("adj"))
    return before is not None and before["w"].lower().replace("\u2019", "'") in lexicon()["before_verb_last"]


def _ordinal_second(m: regex.Match[str], ctx: Context) -> bool:
    """ "a second" before a word that opens a noun phrase is the ordinal: "a second time",
    "a second straight day", "a second volley", "a second Chinese ship". The unit of time
    is followed by what can follow a length ("for a second before answering", "a second
    later", "a second or two", "in a second, ...") or by nothing (``after_a_second`` in
    ``data/lexicon.json``)."""
    if m["mod"] or m["adj"] or m["half"] or m["few"] or m["more"] or m["long"]:
        return False
    if _second_modifies(ctx.text, m.end()):
        return True
    nxt = match_ahead(compiled(r"[ \t]+(?P<w>\p{L}+)"), ctx.text, m.end())
    return nxt is not None and nxt["w"].lower() not in lexicon()["after_a_second"]


def _second_modifies(text: str, end: int) -> bool:
    """Does a modifier of a noun follow "a second" (ending at ``end``), so it is the
    ordinal? A hyphen joins it into a compound modifier ("a second-division match", "a
    second-year student"); a number opens the noun's own modifiers ("a second 30 MW
    unit"); after a comma a comparative or a number's compound, then a noun, is a second
    modifier of the same noun ("a second, smaller slide", "a second, 48-hour strike"). A
    length is followed by none of these ("in a fraction of a second, the ..."; "10 metres
    a second, according to ...")."""
    m = match_ahead(_SECOND_MODIFIER, text, end)
    if m is None:
        return False
    adj = m["adj"]
    return adj is None or adj.lower() not in word_set("after_a_second_comma_not_modifiers")


#: what follows an ordinal "second" and never a length: a hyphen and a letter, a number,
#: or a comma and a comparative or a number's compound before a lower-case word
_SECOND_MODIFIER = regex.compile(
    r"-\p{L}|[ \t]+\d|,[ \t]+(?P<adj>\d[\d.,]*-\p{L}+|\p{Ll}{2,}er)[ \t]+\p{Ll}")


#: the capitalised word right before a number, on the same line ("March 1", "Feb. 3")
_WORD_BEFORE_NUMBER = regex.compile(r"(?P<w>\p{Lu}\p{Ll}+)\.?[ \t]+$")


def _day_of_a_month(text: str, num_start: int) -> bool:
    """Is the number at ``num_start`` the day of a month named right before it ("was
    sentenced on March 1 to five years", "jailed on Feb. 3 to 10 years")? Then it is a
    date's day, not the low end of a range of lengths."""
    before = _WORD_BEFORE_NUMBER.search(text[max(0, num_start - 12) : num_start])
    return before is not None and month_of(before["w"]) > 0


def _duration_range(m: regex.Match[str], ctx: Context, n: float, code: str, mult: float,
                    mod: str | None, start: int) -> Result | None:
    """ "three to four days", "24-48 hours", "between two and three weeks", "two or three
    years", "two-to-three days", "a day or two": one duration, its value the low end;
    ``mod`` EQUAL_OR_MORE (TimeML's reading of "two to three weeks"), APPROX for "or"."""
    n2 = number_of(m["num2"] or m["few"])
    if n2 is not None and m["num2"] and not m["btw"] and _day_of_a_month(ctx.text, m.start("num")):
        # "sentenced on March 1 to five years": the date's day, then the length alone
        return timex(m, "DURATION", duration_value(n2 * mult, code), start=m.start("num2"))
    if n2 is None or n2 <= n:
        return None
    if m["btw"]:
        start = m.start("btw") if m["mod"] is None else start
    conn = "or" if m["few"] else compiled(r"[\s\-\u2013]+").sub(" ", m["conn"] or "").strip(" -\u2013").lower()
    if mod is None:
        mod = "APPROX" if conn == "or" else "EQUAL_OR_MORE"
    if code == "Q":
        return None
    return timex(m, "DURATION", duration_value(n * mult, code), mod, start=start)




def h_fracdur(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "half an hour" (PT30M), "a quarter of a century" (P25Y), "a half-hour": the fraction
    times the unit, in a smaller unit where that is whole."""
    uc = unit_code(m["unit"])
    if uc is None:
        return None
    code, mult = uc
    words = compiled(r"[\s-]+").split(m["frac"].lower())
    key = " ".join(w for w in words if w not in ("a", "one"))
    frac = UNIT_FRACTIONS.get(key)
    if frac is None or (key == "quarter" and not m["the"] and words[0] == "quarter"):
        return None  # "its quarter-century low": a bare "quarter" is a length only after "the"
    if m["mod"] and m["the"] and m["mod"].lower() in _PREP_MODS:  # "over the past quarter-century"
        return timex(m, "DURATION", duration_value(frac * mult, code), start=m.start("the"))
    if _over_a_span(m, ctx):  # "$40 million over half a decade": "over" is the span's preposition
        start = _end_of_space(ctx.text, m.end("mod"))
        return timex(m, "DURATION", duration_value(frac * mult, code), start=start)
    return timex(m, "DURATION", duration_value(frac * mult, code), mod_of(m["mod"]))


def h_vagueunit(m: regex.Match[str], ctx: Context) -> Result | None:
    """``recent years``, ``for decades``, ``hours later``: a length of unknown number;
    ``weeks or months`` its shorter unit's, ranged as TimeML writes it."""
    if m["low"]:
        return _unit_range(m, ctx)
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
    if m["unit3"]:
        pw = prev_word(ctx.text, m.start()).lower()
        if pw in word_set("bare_unit_prev_not") or pw[-1:].isdigit():
            return None  # "the hours after the blast", "few days later": not the bare unit
    adj = compiled(r"\s+").sub(" ", (m["adj"] or "").lower())
    tail = (m["tail"] or "").lower()
    uc = unit_code(unit)
    if uc is None:
        return None
    code, _ = uc
    if adj == "the" and not (tail or m["long"]):
        if unit != "years":
            return None
    if adj == "the early" and unit == "hours":
        return None  # "in the early hours of Sunday": a time of night, not a length
    if tail == "ago":
        return timex(m, "DATE", "PAST_REF")
    # "the coming weeks", "the months ahead": a span of unknown length from now, as "recent
    # weeks" is one up to now (TimeML: PXW), not a bare reference to the future
    if adj == "recent" and unit == "years":
        return timex(m, "DATE", "PAST_REF")
    return timex(m, "DURATION", duration_value(None, code))


def h_unitlong(m: regex.Match[str], ctx: Context) -> Result | None:
    """"a day-long strike" (P1D), "a decades-long feud" (PXY: decades of unknown number)."""
    unit = m["unit"].lower()
    if unit == "centurie":
        unit = "century"
    uc = unit_code(unit)
    if uc is None:
        return None
    code, mult = uc
    return timex(m, "DURATION", duration_value(None if m["pl"] else mult, code))


_BEFORE_LAST = regex.compile(r"(?i)(?<![\p{L}'])(?P<w>[\p{L}']+)\s+last\s+\Z")
#: the bare units from the shortest: a range goes from a shorter unit to a longer one
_UNIT_ORDER = ("minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries")


def _unit_range(m: regex.Match[str], ctx: Context) -> Result | None:
    """ "weeks or months", "days to weeks": a range of two lengths of unknown number, written
    as its low end (``PXW``) with the connector's mod (``duration_joins``: "or" APPROX, "to"
    EQUAL_OR_MORE), as TimeML writes "weeks or months". Not after a number or a determiner
    ("five days or weeks", "the hours or days after"), nor from a longer unit to a shorter."""
    low, high = m["low"].lower(), m["high"].lower()
    if _UNIT_ORDER.index(low) >= _UNIT_ORDER.index(high):
        return None
    pw = prev_word(ctx.text, m.start()).lower()
    before = _BEFORE_LAST.search(ctx.text, max(0, m.start() - 30), m.start()) if pw == "last" else None
    verb_last = before is not None and before["w"].lower() in lexicon()["before_verb_last"]
    if (pw in word_set("bare_unit_prev_not") and not verb_last) or pw[-1:].isdigit() or m["tail"] or m["long"]:
        return None  # "the days or weeks after", but "could last days to weeks"
    uc = unit_code(low)
    if uc is None:
        return None
    mod = lexicon()["duration_joins"]["range"].get(m["conn"].lower())
    return timex(m, "DURATION", duration_value(None, uc[0]), mod)
