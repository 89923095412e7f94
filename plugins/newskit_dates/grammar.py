"""Detection: the compiled patterns for every family of temporal expression.

Every pattern is built once (``functools.cache``) from the vocabularies in
``data/lexicon.json``. Alternations are of literal words and every repetition is
bounded or over disjoint character classes, so matching stays linear in the text.
"""

from __future__ import annotations

import regex

from newskit.vocabulary import per_vocabulary
from newskit_dates.lexicon import lexicon

__all__ = ["Patterns", "patterns"]


def _alt(words: list[str] | set[str], *, caps: bool = False, lower: bool = False) -> str:
    """A non-capturing alternation of literal words, longest first (``caps``: in Title
    and UPPER case, a name of several words also with each word capitalised: ``Christmas
    Day``, ``New Year's Day``; ``lower`` adds the words as given)."""
    out: set[str] = set()
    for w in words:
        if caps:
            out.add(w[:1].upper() + w[1:])
            out.add(" ".join(p[:1].upper() + p[1:] for p in w.split(" ")))
            out.add(w.upper())
        if lower or not caps:
            out.add(w)
    items = sorted(out, key=lambda s: (-len(s), s))
    alts = (regex.escape(w).replace("\\ ", r"\s+").replace("\\'", "'").replace("'", "['\u2019]") for w in items)
    return "(?:" + "|".join(alts) + ")"  # "New Year's" also with a typographic apostrophe


class Patterns:
    """The patterns, by family: ``names`` in priority order, :meth:`family` compiles one."""

    def __init__(self) -> None:
        lx = lexicon()
        months = lx["months"]
        full = [m for m in months if len(m) > 4 or m in {"may", "june", "july"}]
        abbr = [m for m in months if m not in full]
        # full names, or abbreviations with a period, or abbreviations before a number
        mon = (
            "(?:" + _alt(full, caps=True)
            + "|" + _alt(abbr, caps=True) + r"(?:\.|(?=\s+\d))" + ")"
        )
        self.mon = mon
        wd = _alt(list(lx["weekdays"]), caps=True)
        num_words = _alt(list(lx["numbers"]))
        tens = _alt([w for w, v in lx["numbers"].items() if isinstance(v, int) and 20 <= v <= 90])
        ones = _alt([w for w, v in lx["numbers"].items() if isinstance(v, int) and 1 <= v <= 9 and w not in {"a", "an"}])
        vague = _alt(lx["vague_numbers"])
        num = (
            r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+\d/\d)?|" + tens + r"[\s-]" + ones + "|" + num_words
            + r"(?:\s+and\s+a\s+half)?)"
        )
        self.num = num
        units = lx["units"]
        plurals = lx["unit_plurals"]
        unit_forms: list[str] = []
        for u in units:
            unit_forms.append(u)
            unit_forms.append(plurals.get(u, u + "s"))
        unit = _alt(unit_forms)
        mods = _alt(list(lx["mods"]))
        zones = _alt(list(lx["zones"]))
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
        year = r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d)"
        seasons = _alt(list(lx["seasons"]))
        pod = _alt(list(lx["parts_of_day"]))
        dash = r"\s*[-\u2013\u2014]\s*"
        lb = r"(?<![\p{L}\p{N}_\-])"
        rb = r"(?![\p{L}\p{N}_])"
        rel = r"(?:last|this|next|that|past|coming|previous|following)"
        pos = r"(?:early|mid|late|earlier|later)"
        self.zones_re = zones

        def c(p: str) -> str:
            return p

        fam: list[tuple[str, str]] = []
        # 2024-06-11, 2024-06-11 16:51 KST, 2024-06-11T16:51:00+09:00
        fam.append(("iso", c(
            r"(?<![\d/.\-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"(?:(?:T|\s+)(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
            r"(?:\s*(?P<zone>" + zones + r")\b|(?P<off>[+-][01]\d:?[0-5]\d|Z))?)?(?![\d\-/])")))
        # 6/18/2024, 18/6/24
        fam.append(("numeric", c(
            r"(?<![\d/.,\-:])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")))
        # Monday, June 18, 2024 / June 18-19 / Sept. 12-17 of last year / May 30 to June 2
        fam.append(("mdy", c(
            lb + r"(?:(?P<wd>" + wd + r"),?\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<mon>" + mon + r")\s*(?P<d1>" + day + r")"
            r"(?:" + dash + r"(?:(?P<mon2>" + mon + r")\s*)?(?P<d2>" + day + r"))?"
            r"(?:,?\s+(?P<y>" + year + r"))?(?:\s+of\s+(?P<rel>last|this|next)\s+year)?" + rb)))
        # 18 June 2024, 18-19 June, Monday 18 June
        fam.append(("dmy", c(
            lb + r"(?:(?P<wd>" + wd + r"),?\s+)?(?:the\s+)?(?P<d1>" + day + r")(?:" + dash + r"(?P<d2>" + day + r"))?"
            r"\s+(?:of\s+)?(?P<mon>" + mon + r")(?:,?\s+(?P<y>" + year + r"))?" + rb)))
        # June 2024, September last year, last September, early June, that May, June
        fam.append(("month", c(
            lb + r"(?:(?P<pos>" + pos + r")[\s-]+)?(?:(?P<det>" + rel + r"|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)\s+)?"
            r"(?P<mon>" + mon + r")(?:,?\s+(?:of\s+)?(?P<y>" + year + r")|\s+(?P<rel>last|this|next)\s+year)?" + rb)))
        # (early) this/last/next week|month|year|quarter|decade|century|weekend|season; earlier this year
        fam.append(("relunit", c(
            lb + r"(?i:(?:(?P<pos>" + pos + r"|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)[\s-]+)?"
            r"(?:the\s+)?(?P<det>last|this|next|past|coming|previous|current|following|same|that|latest|prior)"
            r"(?:\s+(?P<fiscal>fiscal|calendar))?\s+(?P<unit>week|weekend|month|year|quarter|decade|century|"
            + seasons + r"))" + rb)))
        # the 1990s, the mid-1990s, '90s
        fam.append(("decade", c(
            lb + r"(?:(?P<the>the)\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<c>1[0-9]\d|20\d)0s|['\u2019](?P<s>\d)0s"
            r"|(?P<cent>\d{1,2})(?:st|nd|rd|th)[\s-]+century)" + rb)))
        # 2000, fiscal 1998, the end of 1990, early 2023, 1994 or later
        fam.append(("year", c(
            r"(?<![\p{L}\p{N}_$\u00a3\u20ac#.,/:\-])(?:(?P<pre>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|"
            r"(?:the\s+)?(?:end|beginning|start|middle|spring|summer|fall|autumn|winter|first\s+half|second\s+half|"
            r"last\s+half|latter\s+half)\s+of|early|mid|late|the\s+early|the\s+late))[\s-]+)?"
            r"(?P<y>" + year + r")(?:[-\u2013/](?P<y2>\d{4}|\d\d)(?!\d))?(?![\p{L}\p{N}_%\-]|[.,]\d|\s*(?:%|percent|per\s+cent))")))
        # quarters and halves: the third quarter, third-quarter, fiscal first quarter, Q3 2024, the first half of 2023
        fam.append(("quarter", c(
            lb + r"(?i:(?:the\s+|(?P<yrel>this|last|next)\s+year['\u2019]s\s+)?(?:(?P<adj>latest|current|previous|last|this|same|comparable|corresponding|recent|"
            r"year-earlier|year-ago|final)[\s-]+){0,2}(?:(?P<fisc>fiscal)[\s-]+)?(?:(?P<y0>" + year + r")\s+)?"
            r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?P<qh>quarter|half)"
            r"(?:\s+(?:of\s+)?(?:(?P<y>" + year + r")|(?P<rel>last|this|next)\s+year)|\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?)" + rb
            + r"|" + lb + r"(?P<qn>Q[1-4]|H[12])(?:\s+(?P<y2>" + year + r"))?" + rb)))
        # seasons with a year or a determiner: summer 2023, the summer of 1998, this fall
        fam.append(("season", c(
            lb + r"(?i:(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<the>the)\s+)?(?:(?P<pos2>early|late)\s+)?(?P<season>" + seasons + r"))"
            r"(?:\s+(?:of\s+)?(?P<y>" + year + r"))?" + rb)))
        # today, yesterday morning, tonight, earlier today, last night, this afternoon
        fam.append(("deictic", c(
            lb + r"(?i:(?:(?P<pos>earlier|later|early|late)\s+)?(?:(?P<word>today|yesterday|tomorrow|tonight|"
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>" + pod + r"))?"
            r"|(?P<det>this|last|tomorrow|yesterday)\s+(?P<pod2>" + pod + r"))"
            r"|(?:mid-?|early\s+|late\s+)?(?P<pod3>" + pod + r")\s+(?P<word3>yesterday|today|tomorrow))" + rb)))
        # weekdays: Monday, last Friday, Wednesday night, early Tuesday
        fam.append(("weekday", c(
            lb + r"(?:(?i:the\s+)?(?P<ba>(?i:day\s+(?:before|after)))\s+)?(?:(?P<det>(?i:last|next|this|that|past|coming))\s+)?(?P<wd>" + wd + r")"
            r"(?:\s+(?P<pod>" + pod + r"))?" + rb)))
        # clock times: 3 p.m. EDT, 16:51 KST, noon, midnight Friday
        fam.append(("time", c(
            lb + r"(?:(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]\.m(?!\w)|[AP]\.M\.|[ap]m(?!\w)|[AP]M(?!\w))"
            r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:.,/]\d)|(?P<noon>(?i:noon|midnight)))"
            r"(?:\s+(?P<zone>" + zones + r")(?![\p{L}]))?"
            r"(?:,?\s+(?:on\s+)?(?P<wd>" + wd + r")|\s+(?P<word>(?i:today|yesterday|tomorrow))"
            r"|,?\s+(?:on\s+)?(?P<mon>" + mon + r")\s*(?P<md>" + day + r"))?" + rb)))
        # N units ago / a year earlier / two weeks from now
        fam.append(("ago", c(
            lb + r"(?i:(?:(?P<mod>" + mods + r")\s+)?(?P<num>" + num + r"|" + vague + r")[\s-]+(?:(?P<more>more|additional)\s+)?"
            r"(?P<unit>" + unit + r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence))" + rb)))
        # durations: 24 years, over 20 years, the past two months, two-day, a decade, several years
        fam.append(("duration", c(
            lb + r"(?i:(?:(?P<mod>" + mods + r")\s+)?(?:(?P<the>the)\s+)?(?:(?P<adj>past|last|next|first|previous|coming|"
            r"following|final|latest|initial|remaining|ensuing|additional|recent)\s+)?"
            r"(?:(?P<btw>between)\s+)?(?:(?P<num>" + num + r")(?:(?P<conn>(?(btw)\s+and\s+|(?:\s*[-\u2013]\s*|\s+(?:to|or)\s+)))"
            r"(?P<num2>" + num + r"))?|(?P<vag>" + vague + r"))(?:\s+|-)(?:(?P<more>more|additional|full|straight|consecutive)\s+)?"
            r"(?P<unit>" + unit + r")(?P<long>-long)?(?P<half>\s+and\s+a\s+half)?(?:\s+(?P<orso>or\s+so))?)"
            + r"(?!-old|\s+old\b)" + rb)))
        # fractions of a unit: half an hour, a quarter of a century, a half-hour, three quarters of an
        # hour ("their third day-long" is an ordinal: a bare fraction word is only "half")
        single_units = _alt([u for u in units if " " not in u and u not in ("quarter", "weekend", "night")])
        fam.append(("fracdur", c(
            lb + r"(?i:(?:(?P<mod>" + mods + r")\s+)?(?P<frac>(?:a|one)[\s-]+(?:half|quarter|third)|half|three[\s-]+quarters|two[\s-]+thirds)"
            r"(?:\s+of)?(?:\s+an?\s+|[\s-]+)(?P<unit>" + single_units + r"))" + r"(?!-old|\s+old\b)" + rb)))
        # a day named by its place after a date the text gave: the same day, earlier that day, the next
        # day (a bare "that day" is left out: TimeML often leaves it untagged)
        fam.append(("dayrel", c(
            lb + r"(?i:(?:(?P<pos>earlier|later)\s+(?=that\s))?(?P<det>the\s+same|that\s+same|(?<=(?i:earlier|later)\s+)that|the\s+next|the\s+following|"
            r"the\s+previous|the\s+prior)\s+day)(?![\p{L}\p{N}_\-'\u2019]|\s+(?:of|before|after|and\s+night)\b)")))
        # bare and vague unit plurals: recent years, the coming weeks, for years, decades-long
        fam.append(("vagueunit", c(
            lb + r"(?i:(?:(?P<adj>the\s+coming|coming|recent|the\s+past|past|the\s+next|the\s+last|the\s+early|the)\s+"
            r"(?P<unit>years|months|weeks|days|decades|hours|centuries)|(?<=(?:for|within|over|in|after|from|take|took|takes|last|lasted)\s{1,3})"
            r"(?P<unit2>years|months|weeks|decades|centuries)(?!\s+(?:of|and|or|to|old|ago|later|earlier)\b))"
            r"(?P<long>-long)?(?:\s+(?P<tail>ahead|ago|to\s+come))?)" + rb)))
        # sets: every year, each season, weekly, every other Monday
        fam.append(("set", c(
            lb + r"(?i:(?:(?P<q>every|each)\s+(?:(?P<other>other)\s+)?(?P<what>\w+)"
            r"|(?P<adv>" + _alt(list(lx["sets"])) + r")))" + rb)))
        # holidays
        fam.append(("holiday", c(
            lb + r"(?:(?P<det>(?i:last|next|this))\s+)?(?P<hol>" + _alt(list(lx["holidays"]), caps=True)
            + r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Memorial\s+Day|Labor\s+Day)" + rb)))
        # vague references: now, recently, the future
        fam.append(("vague", c(lb + r"(?P<v>" + _alt(list(lx["vague"]), caps=True, lower=True) + r")" + rb)))
        # adjectival year references: year-earlier, year-ago, year-end
        fam.append(("yearadj", c(
            lb + r"(?i:(?:(?P<the>the)\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<w>year-earlier|year-ago|year-end|year\s+end)"
            r"(?:\s+(?P<noun>period|periods|quarter|nine\s+months|six\s+months|half))?)" + rb)))
        # bare definite units of the reporting period: for the year, the full year, the fiscal
        # year, over the weekend, the latest period, the 1988 period
        fam.append(("theunit", c(
            lb + r"(?i:(?:(?P<pos>the\s+(?:end|beginning|start|middle|close)\s+of|(?:earlier|later|early|late)\s+in)\s+)?"
            r"(?P<the>the)\s+(?:(?P<adj>full|fiscal|latest|corresponding|comparable|same)\s+|(?P<y>" + year
            + r")\s+)?(?P<unit>year|weekend|period|month|week)(?:\s+(?P<ly>last\s+year|a\s+year\s+(?:ago|earlier)))?"
            r"(?![\p{L}\p{N}_\-])|(?:the\s+)?(?P<yend>year['\u2019]s\s+end)" + rb + ")")))
        # the week of March 6
        fam.append(("weekof", c(
            lb + r"(?i:the\s+week\s+of)\s+(?P<mon>" + mon + r")\s*(?P<d1>" + day + r")(?:,?\s+(?P<y>" + year + r"))?" + rb)))
        # day-long, decades-long: the unit alone as an adjectival duration
        fam.append(("unitlong", c(lb + r"(?i:(?P<unit>day|week|month|year|decade|hour|minute|centur(?:y|ie))(?P<pl>s)?-long)" + rb)))
        # the second day of "April 24 and 25" (TimeML tags each date)
        fam.append(("dayconj", c(
            r"(?<=(?P<mon>" + mon + r")\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:and|or|&)\s+)(?P<d1>" + day + r")"
            r"(?:,?\s+(?P<y>" + year + r"))?(?![\p{L}\p{N}_%]|\s*%|\s+(?!(?:at|in|on|and|or|to|the|of|when|with|for|in)\b)[a-z])")))
        # years and decades in words (broadcast transcripts): nineteen ninety-six, January
        # nineteen ninety-seven, the winter of nineteen ninety-four, the year two thousand, the nineties
        teens = _alt([w for w, v in lx["numbers"].items() if isinstance(v, int) and 10 <= v <= 19])
        decade_words = _alt([w[:-1] + "ies" for w, v in lx["numbers"].items() if isinstance(v, int) and 20 <= v <= 90])
        fam.append(("wordyear", c(
            lb + r"(?i:(?:(?P<pre>the\s+year|(?:the\s+)?(?P<season>" + seasons + r")\s+of)\s+|(?P<mon>" + _alt(full, caps=True)
            + r")\s+)?(?:(?P<nt>nineteen)[\s-]+(?:(?P<tens>" + tens + r")(?:[\s-]+(?P<ones>" + ones + r"))?|(?P<teen>" + teens
            + r"))|(?P<tt>two\s+thousand)(?:(?:\s+and)?[\s-]+(?P<ones2>" + ones + r"))?"
            r"|(?P<the>the)\s+(?:(?P<pos>early|mid|late)[\s-]+)?(?P<dec>" + decade_words + r")))" + rb)))
        #: family names in priority order; :meth:`family` compiles one on first use, so an
        #: article with no trigger of a family never pays for compiling it (start-up)
        self.names: tuple[str, ...] = tuple(name for name, _ in fam)
        self.order = {name: i for i, name in enumerate(self.names)}
        self._sources = dict(fam)
        self._compiled: dict[str, regex.Pattern[str]] = {}

        # One cheap tokenising scan finds trigger words (a dictionary lookup per word);
        # each family then runs only in windows around its triggers.
        self.token = regex.compile(r"\d+|\p{L}+|['\u2019]\d0s", regex.V0)
        tw: dict[str, set[str]] = {}

        def add(words: list[str], key: str) -> None:
            for w in words:
                for part in regex.split(r"[\s'\u2019-]+", w.lower()):
                    if part:
                        tw.setdefault(part, set()).add(key)

        add(list(months), "month")
        add(list(lx["weekdays"]), "weekday")
        add([*unit_forms, "weekend", "weekends", "quarter", "quarters", "half", "fiscal", "calendar",
             *lx["seasons"]], "unit")
        add(["today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
             "overnight", "noon", "midnight"], "deictic")
        add(["every", "each", *lx["sets"]], "set")
        add([*lx["holidays"], "thanksgiving", "easter", "memorial", "labor"], "holiday")
        add(list(lx["vague"]), "vague")
        add(["q", "h"], "q")
        add(["quarter", "quarters", "half"], "qword")
        add(["year", "weekend", "period", "month", "week"], "theunit")
        add(["nineteen", "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
             "eighties", "nineties"], "wordyear")
        self.trigger_words: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in tw.items()}
        self.family_triggers: dict[str, tuple[frozenset[str], int, int]] = {
            "iso": (frozenset({"digit"}), 2, 40),
            "numeric": (frozenset({"digit"}), 8, 16),
            "mdy": (frozenset({"month"}), 40, 60),
            "dmy": (frozenset({"month"}), 50, 30),
            "month": (frozenset({"month"}), 40, 40),
            "relunit": (frozenset({"unit"}), 60, 20),
            "decade": (frozenset({"digit", "decade"}), 30, 12),
            "year": (frozenset({"digit"}), 50, 12),
            "quarter": (frozenset({"qword", "q"}), 90, 40),
            "season": (frozenset({"unit"}), 30, 20),
            "deictic": (frozenset({"deictic"}), 40, 30),
            "weekday": (frozenset({"weekday"}), 26, 30),
            "time": (frozenset({"digit", "deictic"}), 8, 60),
            "ago": (frozenset({"unit"}), 50, 30),
            "duration": (frozenset({"unit"}), 50, 30),
            "fracdur": (frozenset({"unit"}), 40, 20),
            "dayrel": (frozenset({"unit"}), 30, 4),
            "vagueunit": (frozenset({"unit"}), 40, 30),
            "set": (frozenset({"set"}), 4, 40),
            "holiday": (frozenset({"holiday"}), 20, 40),
            "vague": (frozenset({"vague"}), 4, 30),
            "yearadj": (frozenset({"unit"}), 40, 40),
            "theunit": (frozenset({"theunit"}), 40, 30),
            "wordyear": (frozenset({"wordyear"}), 40, 30),
            "dayconj": (frozenset({"month"}), 0, 40),
            "unitlong": (frozenset({"unit"}), 2, 10),
            "weekof": (frozenset({"theunit"}), 10, 30),
        }

    def family(self, name: str) -> regex.Pattern[str]:
        """The compiled pattern of one family (compiled once, on first use)."""
        got = self._compiled.get(name)
        if got is None:
            got = self._compiled[name] = regex.compile(self._sources[name], regex.V0)
        return got


@per_vocabulary
def patterns() -> Patterns:
    """The compiled patterns (built once per vocabulary: the named dates are in them)."""
    return Patterns()
