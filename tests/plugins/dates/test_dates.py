"""Tests of the bundled dates plugin: real news sentences, round trips, adversarial input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.hang_guard import assert_grows_linearly

from newskit import Article, DateMention
from newskit.testing import check_extractor
from newskit_dates import DatesExtractor

EX = DatesExtractor()
MON = dt.date(2024, 6, 17)  # a Monday


def dates(text: str, published: dt.date | dt.datetime | None = MON) -> list[tuple[str, str, str, str | None]]:
    art = Article(id="t", text=text, published=published)
    out = []
    for m in EX.extract(art, []):
        assert isinstance(m, DateMention)
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.type, m.value, m.mod))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin will visit North Korea on June 18-19, the Kremlin said.", [("June 18-19", "DATE", "2024-06-18/2024-06-19", None)]),
        ("He will go to Vietnam on June 19\u201320.", [("June 19\u201320", "DATE", "2024-06-19/2024-06-20", None)]),
        ("Kim visited Russia on Sept. 12-17 of last year.", [("Sept. 12-17 of last year", "DATE", "2023-09-12/2023-09-17", None)]),
        ("The summit was held on 18 June 2024.", [("18 June 2024", "DATE", "2024-06-18", None)]),
        ("Posted on : 2024-06-11 16:51 KST", [("2024-06-11 16:51 KST", "TIME", "2024-06-11T16:51+09:00", None)]),
        ("It was signed on 6/18/2024.", [("6/18/2024", "DATE", "2024-06-18", None)]),
        ("Putin last visited in July 2000.", [("July 2000", "DATE", "2000-07", None)]),
        ("He met Kim in September last year.", [("September last year", "DATE", "2023-09", None)]),
        ("They met last September.", [("last September", "DATE", "2023-09", None)]),
        ("Kim visited Russia in September.", [("September", "DATE", "2023-09", None)]),
        ("The agency announced Monday that he would come.", [("Monday", "DATE", "2024-06-17", None)]),
        ("The two-day trip will begin starting Tuesday.", [("two-day", "DURATION", "P2D", None), ("Tuesday", "DATE", "2024-06-18", None)]),
        ("It is his first visit in 24 years.", [("24 years", "DURATION", "P24Y", None)]),
        ("Ties have lasted for over 20 years.", [("over 20 years", "DURATION", "P20Y", "MORE_THAN")]),
        ("Prices rose in the 1990s.", [("the 1990s", "DATE", "199", None)]),
        ("The church dates from the 11th century.", [("the 11th century", "DATE", "10", None)]),
        ("Sales fell in early 2023.", [("early 2023", "DATE", "2023", "START")]),
        ("The talks are set for mid-June.", [("mid-June", "DATE", "2024-06", "MID")]),
        ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2023-Q3", None)]),
        ("Revenue for fiscal 1998 grew.", [("fiscal 1998", "DATE", "1998", None)]),
        ("A 2019 law tightened the rules.", [("2019", "DATE", "2019", None)]),
        ("Leaders will meet in Washington on April 24 and 25.",
         [("April 24", "DATE", "2024-04-24", None), ("25", "DATE", "2024-04-25", None)]),
        ("Prices rose on May 4 and 5 shops closed.", [("May 4", "DATE", "2024-05-04", None)]),
        ("He visited in 2019 and again in 2023.", [("2019", "DATE", "2019", None), ("2023", "DATE", "2023", None)]),
        ("He arrived two days ago.", [("two days ago", "DATE", "2024-06-15", None)]),
        ("The report came out today (June 18).", [("today", "DATE", "2024-06-17", None), ("June 18", "DATE", "2024-06-18", None)]),
        ("The game starts at 3 p.m. EDT.", [("3 p.m. EDT", "TIME", "2024-06-17T15:00", None)]),
        ("Bids are due by 5 p.m. EST, June 21.", [("5 p.m. EST, June 21", "TIME", "2024-06-21T17:00", None)]),
        ("The paper is published weekly.", [("weekly", "SET", "P1W", None)]),
        ("The festival is held every year.", [("every year", "SET", "P1Y", None)]),
        ("Earlier this year the plan changed.", [("Earlier this year", "DATE", "2024", None)]),
        ("She joined the board in 2015 and became chair the following year.",
         [("2015", "DATE", "2015", None), ("the following year", "DATE", "2016", None)]),
        ("The insurer got a bid in March 2021. The following month, it hired advisers.",
         [("March 2021", "DATE", "2021-03", None), ("The following month", "DATE", "2021-04", None)]),
        ("The suspect flew in the day before last Friday.", [("the day before last Friday", "DATE", "2024-06-13", None)]),
        ("Kim met Putin in May 2000, and that May was cold.", [("May 2000", "DATE", "2000-05", None), ("that May", "DATE", "2000-05", None)]),
    ],
)
def test_news_sentences(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin began his fifth term in office.",
        "The army sent 2,000 troops to the border.",
        "Call 555-1234 or 212-555-0199 for details.",
        "The home team won 3-2 after a 1-1 draw at halftime.",
        "Officials said Mo-scow and Vla-dimi-r were hyphenated.",
        "He may visit, and the troops may march on.",
        "Windows 2000 was released by the company.",
        "The soldiers sent 1500 troops.",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_unanchored_keeps_unknown_parts() -> None:
    assert dates("The visit is on June 18.", None) == [("June 18", "DATE", "XXXX-06-18", None)]


def test_published_inferred_from_header() -> None:
    text = "Posted on : 2024-06-11 16:51 KST\n\nThe president will visit next week, officials said Tuesday."
    got = dates(text, None)
    assert ("next week", "DATE", "2024-W25", None) in got
    assert ("Tuesday", "DATE", "2024-06-11", None) in got


def test_a_header_date_without_a_year_is_no_publication_date() -> None:
    """A date on a line of its own with no year ("June 13") would take its year from the
    placeholder the text was read against and date the whole article in that year: it is no
    publication date, and an undated article's relative dates stay unresolved."""
    text = "June 13\nFirefighters battled the blaze at the depot yesterday, the fire service said."
    got = dates(text, None)
    assert ("June 13", "DATE", "XXXX-06-13", None) in got
    assert not any(value.startswith("2000") for _, _, value, _ in got)
    dated = dates("June 13, 2013\nFirefighters battled the blaze at the depot yesterday.", None)
    assert ("yesterday", "DATE", "2013-06-12", None) in dated


def test_published_datetime_with_zone() -> None:
    pub = dt.datetime(2024, 6, 11, 16, 51, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert dates("He arrived yesterday.", pub) == [("yesterday", "DATE", "2024-06-10", None)]


def test_anchor_and_interval() -> None:
    art = Article(id="a", text="Talks ended on June 18-19.", published=MON)
    (m,) = EX.extract(art, [])
    assert isinstance(m, DateMention)
    assert m.anchor == "2024-06-17"
    assert m.interval() == (dt.datetime(2024, 6, 18), dt.datetime(2024, 6, 20))


# ------------------------------------------------------------------ property tests

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
FILLER = st.sampled_from(["The minister said", "Officials confirmed the talks on", "According to the report,",
                          "It happened on", "Markets were closed"])


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, str]:
    d = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
    style = draw(st.sampled_from(["mdy", "dmy", "iso", "slash", "abbr", "range"]))
    full = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    name = MONTHS[d.month - 1]
    if style == "mdy":
        return f"{name} {d.day}, {d.year}", full
    if style == "dmy":
        return f"{d.day} {name} {d.year}", full
    if style == "iso":
        return full, full
    if style == "slash":
        return f"{d.month}/{d.day}/{d.year}", full
    if style == "abbr":
        return f"{ABBR.get(d.month, name)} {d.day}, {d.year}", full
    end = d + dt.timedelta(days=draw(st.integers(1, 5)))
    if end.month != d.month:
        return f"{name} {d.day}, {d.year}", full
    return f"{name} {d.day}-{end.day}, {d.year}", f"{full}/{end.isoformat()}"


@settings(max_examples=150, deadline=None)
@given(rendered_dates(), FILLER)
def test_roundtrip_dates(rendered: tuple[str, str], filler: str) -> None:
    surface, value = rendered
    text = f"{filler} {surface}, and then nothing else happened."
    got = dates(text)
    assert got and got[0][0] == surface and got[0][2] == value


NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M"}


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 12), st.sampled_from(sorted(UNITS)), st.booleans())
def test_roundtrip_durations(n: int, unit: str, words: bool) -> None:
    num = NUMBER_WORDS[n - 1] if words else str(n)
    surface = f"{num} {unit}s"
    text = f"The talks lasted {surface} before ending."
    t = "T" if unit in ("hour", "minute") else ""
    assert dates(text) == [(surface, "DURATION", f"P{t}{n}{UNITS[unit]}", None)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_text_never_crashes_and_slices(text: str) -> None:
    art = Article(id="r", text=text, published=MON)
    a = list(EX.extract(art, []))
    b = list(EX.extract(art, []))
    assert a == b
    for m in a:
        assert text[m.start : m.end] == m.text


def test_contract() -> None:
    check_extractor(EX, max_examples=40)


# ------------------------------------------------------------------ adversarial input


def _dates_slice(text: str, published: dt.date = MON) -> None:
    for m in DatesExtractor().extract(Article(id="x", text=text, published=published), ()):
        assert text[m.start : m.end] == m.text


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.parametrize(
    ("unit", "tail", "size"),
    [
        ("1-2-3/4/5.", "", 1_000),
        ("June ", "", 2_000),
        ("12:30 ", "", 1_500),
        (" ", "June 18", 10_000),
        ("\u201c", "", 5_000),
        ("2024-06-11 ", "", 900),
        ("the past two ", "", 800),
    ],
)
@pytest.mark.timeout(600)
def test_adversarial_grows_linearly(unit: str, tail: str, size: int) -> None:
    assert_grows_linearly(_dates_slice, lambda n: unit * n + tail, size)


# --- the reporting period: bare definite units (TimeBank conventions) ---------------------
THU = dt.date(2024, 10, 31)  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Shares slid in mid-afternoon yesterday.", THU, [("mid-afternoon yesterday", "TIME", "2024-10-30TAF", None)]),
        ("Hearings are set for the week of Nov. 18.", THU, [("the week of Nov. 18", "DATE", "2024-W47", None)]),
        ("For the year, the company expects sales to rise about 5%.", THU, [("the year", "DATE", "2024", None)]),
        ("It forecast higher profit for the full year.", THU, [("the full year", "DATE", "2024", None)]),
        ("Net income in the fiscal year ended June 30 was $4 million.", THU,
         [("the fiscal year", "DURATION", "P1Y", None), ("June 30", "DATE", "2024-06-30", None)]),
        ("Exports fell to $3 billion from $4 billion the year before.", THU, []),
        ("The year-ago results were restated.", THU, [("year-ago", "DATE", "2023", None)]),
        ("Over the weekend, officials said the ship had docked.", MON, [("the weekend", "DATE", "2024-W24-WE", None)]),
        ("Rebels said over the weekend that the truce held.", THU, [("the weekend", "DATE", "2024-W43-WE", None)]),
        ("The deal should close by the end of the year.", THU, [("the end of the year", "DATE", "2024", "END")]),
        ("For the week, the index fell 3.8%.", THU, [("the week", "DATE", "2024-WXX", None)]),
        ("Prices vary with the day of the week.", THU, []),
        ("Deliveries slowed toward year's end.", THU, [("year's end", "DATE", "2024", "END")]),
        ("Sales in the latest period rose 8% from a year earlier.", THU,
         [("the latest period", "DATE", "2024-Q3", None), ("a year earlier", "DATE", "2023-Q3", None)]),
        ("Profit in the third quarter rose, compared with the 2023 period.", THU,
         [("the third quarter", "DATE", "2024-Q3", None), ("the 2023 period", "DATE", "2023-Q3", None)]),
    ],
)
def test_reporting_period(text: str, published: dt.date, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, published) == expected


# --- tense cues -----------------------------------------------------------------------------
FRI = dt.date(1999, 10, 29)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday before a colon is still part of the full date
        ("The newspaper wrote in an editorial on Monday, Nov. 1: the law is flawed.", FRI,
         [("Monday, Nov. 1", "DATE", "1999-11-01", None)]),
        # "as soon as" / "as early as" look ahead
        ("The envoy could arrive as soon as Tuesday, aides said.", FRI, [("Tuesday", "DATE", "1999-11-02", None)]),
        # "set to" is a future cue although "set" alone is a past form
        ("Talks are set to resume Monday in Geneva.", FRI, [("Monday", "DATE", "1999-11-01", None)]),
        ("A summit set for Berlin in April will discuss the plan.", FRI, [("April", "DATE", "2000-04", None)]),
        # a clause opener takes its tense from the main clause after the comma
        ("In March, the company hired a new chief executive.", FRI, [("March", "DATE", "1999-03", None)]),
        # "to be published" and "an unspecified date" are not past narration
        ("Rules to be published in early December will settle the issue.", FRI,
         [("early December", "DATE", "1999-12", "START")]),
        ("The dividend would be paid on an unspecified date in January.", FRI, [("January", "DATE", "2000-01", None)]),
        # "the plan" is a noun, not a future cue
        ("The bank announced the plan Aug. 21.", FRI, [("Aug. 21", "DATE", "1999-08-21", None)]),
        ("Activists called a march on Saturday and were planning a vigil.", FRI, [("Saturday", "DATE", "1999-10-30", None)]),
        ("The ship has been at sea since December and was scheduled to dock soon.", FRI,
         [("December", "DATE", "1998-12", None), ("soon", "DATE", "FUTURE_REF", None)]),
        # no cue: a bare month more than two months ahead is last year's
        ("In March, the stock hit $30.", FRI, [("March", "DATE", "1999-03", None)]),
        ("In January, a clinic bombing shook the city.", FRI, [("January", "DATE", "1999-01", None)]),
        ("The new office of the chairman is effective Feb. 1.", FRI, [("Feb. 1", "DATE", "2000-02-01", None)]),
    ],
)
def test_tense_cues(text: str, published: dt.date, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, published) == expected


# --- quarters named through a year, anaphoric "N days later" --------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain expects a rebound in next year's first quarter.", [("next year's first quarter", "DATE", "1990-Q1", None)]),
        ("Margins in this year's third quarter narrowed.", [("this year's third quarter", "DATE", "1989-Q3", None)]),
        ("Net rose 5% in the third quarter from the corresponding period last year.",
         [("the third quarter", "DATE", "1989-Q3", None), ("the corresponding period last year", "DATE", "1988-Q3", None)]),
        ("It earned $3 million in the third quarter, against $2 million in the quarter a year ago.",
         [("the third quarter", "DATE", "1989-Q3", None), ("the quarter a year ago", "DATE", "1988-Q3", None)]),
        ("The jury deliberated for a year and a half.", [("a year and a half", "DURATION", "P1.5Y", None)]),  # TimeML
        ("The clip lasts a minute and a half.", [("a minute and a half", "DURATION", "PT1M30S", None)]),
        ("Three days later, the index had recovered.", [("Three days", "DURATION", "P3D", None)]),
        ("A few days later, the insurer cut its forecast.", [("A few days", "DURATION", "PXD", None)]),
        ("He was declared dead more than an hour later.", [("more than an hour", "DURATION", "PT1H", "MORE_THAN")]),
    ],
)
def test_quarters_and_event_anchored(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, dt.date(1989, 10, 30)) == expected


# --- years and decades in words (broadcast transcripts) ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was signed in nineteen ninety-one, the anchor said.", [("nineteen ninety-one", "DATE", "1991", None)]),
        ("The plan is to halve unemployment by the year two thousand.", [("the year two thousand", "DATE", "2000", None)]),
        ("The bomber struck in January nineteen ninety-seven.", [("January nineteen ninety-seven", "DATE", "1997-01", None)]),
        ("Heating bills soared in the winter of nineteen ninety-four.", [("the winter of nineteen ninety-four", "DATE", "1994-WI", None)]),
        ("Rates were far lower in the nineties.", [("the nineties", "DATE", "199", None)]),
        ("Two thousand troops were sent to the border.", []),
        ("Nineteen ninety-six people signed the petition.", []),
    ],
)
def test_years_in_words(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, dt.date(1998, 2, 5)) == expected


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
def test_years_in_words_adversarial_grows_linearly() -> None:
    assert_grows_linearly(lambda text: _dates_slice(text, dt.date(1998, 2, 5)),
                          lambda n: "nineteen ninety " * (6 * n) + "two thousand and " * (3 * n), 500)


# --- the quarter a report is about ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the quarter" and "that quarter" refer back to the quarter being reported
        ("The retailer posted a second-quarter loss. In the quarter, sales fell 4%.",
         [("second-quarter", "DATE", "1989-Q2", None), ("the quarter", "DATE", "1989-Q2", None)]),
        # an indefinite "a flat first quarter" is not the report's quarter
        ("Net rose 20% in the third quarter. After a flat first quarter, sales rebounded from a year ago.",
         [("the third quarter", "DATE", "1989-Q3", None), ("first quarter", "DATE", "1989-Q1", None),
          ("a year ago", "DATE", "1988-Q3", None)]),
        # a year-ago quarter does not become the focus
        ("Profit fell from the year-ago quarter; year-earlier results were restated.",
         [("the year-ago quarter", "DATE", "1988-Q3", None), ("year-earlier", "DATE", "1988", None)]),
    ],
)
def test_report_quarter(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, dt.date(1989, 10, 30)) == expected


# --- not temporal: fractions and titles ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The country imports about three-quarters of its grain.",
        "Pension funds own more than a quarter of the market.",
        "The quarter-to-quarter comparison was flattered by charges.",
        'The minister said on the network\'s "This Week" program that talks would go on.',
    ],
)
def test_not_temporal(text: str) -> None:
    assert dates(text, dt.date(1989, 10, 30)) == []


# --- vague references ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank expects its stock to soon recover.", [("soon", "DATE", "FUTURE_REF", None)]),
        ("The family wants him back as soon as possible.", []),
        ("He was hospitalized but was soon released.", []),
        ("Analysts see weak demand in the near term.", [("the near term", "DATE", "FUTURE_REF", None)]),
        ("The deal ends a decades-long feud.", [("decades-long", "DURATION", "PXY", None)]),
        ("Dockers staged a day-long strike.", [("day-long", "DURATION", "P1D", None)]),
        ("Rights let holders buy stock at half the then current price.", [("then current", "DATE", "PAST_REF", None)]),
    ],
)
def test_vague_references(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, dt.date(1989, 10, 30)) == expected


TUE = dt.date(2024, 4, 2)  # a Tuesday
WED = dt.date(2024, 4, 3)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # published the same day, in the afternoon: that morning
        ("The quake struck at 7:58 a.m. Wednesday, the weather agency said.",
         dt.datetime(2024, 4, 3, 15, 0), [("7:58 a.m. Wednesday", "TIME", "2024-04-03T07:58", None)]),
        # a US article dated the evening before a quake in Taiwan: the next day, not six days ago
        ("A powerful earthquake struck Taiwan at 7:58 a.m. Wednesday, killing nine people.",
         TUE, [("7:58 a.m. Wednesday", "TIME", "2024-04-03T07:58", None)]),
        ("Rescuers reached the hotel Wednesday morning.", TUE,
         [("Wednesday morning", "TIME", "2024-04-03TMO", None)]),
        # with no time of day a past weekday stays in the past week
        ("The quake struck on Wednesday.", TUE, [("Wednesday", "DATE", "2024-03-27", None)]),
        # a weekday two days ahead is no time-zone shift: the past week
        ("The quake struck at 7:58 a.m. Thursday.", TUE, [("7:58 a.m. Thursday", "TIME", "2024-03-28T07:58", None)]),
        # the future is unchanged
        ("Talks will resume at 9 a.m. Thursday.", WED, [("9 a.m. Thursday", "TIME", "2024-04-04T09:00", None)]),
    ],
)
def test_weekday_with_clock_time(text: str, published: dt.date, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text, published) == expected
