"""Issue #14, session 58 (helper quotes): speaker kinds read on real news of other kinds
(ECB+, ``bench/ecb_quotes.py``). Sentences written for these tests from port, court,
museum, mine and weather news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's text, speaker's name) of every attribution in ``text``."""
    return [(q.text, spoken(text, q), q.speaker) for q in all_quotes(text)]


# Kind 1. A place after ``in``, ``at``, ``from`` or ``near`` that follows a capitalised name
# (a body's or a person's) says where the name is: ``Brightline Research in Singapore
# said`` had the speaker ``Singapore``, and ``The Council of Coastal Shipping in Wales
# said …`` was no report at all (the place was dropped as no speaker).


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Brightline Research in Singapore said container volumes fell by a tenth.",
         "container volumes fell by a tenth", "Brightline Research in Singapore"),
        ("The Council of Coastal Shipping in Wales said crews would strike on Friday.",
         "crews would strike on Friday", "The Council of Coastal Shipping in Wales"),
        ("The Halden Maritime Museum in Oslo said it would buy the figurehead.",
         "it would buy the figurehead", "The Halden Maritime Museum in Oslo"),
        ("A Federal High Court in Lagos ordered the refinery to pay compensation.",
         "the refinery to pay compensation", "A Federal High Court in Lagos"),
        ("The Danish Embassy in Nairobi said two of its citizens were among the injured.",
         "two of its citizens were among the injured", "The Danish Embassy in Nairobi"),
    ],
)
def test_a_place_after_a_name_is_where_it_is(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a person named before ``of``: she speaks, not the place after her employer
        ("Analyst Mira Castell of Brightline Research in Singapore said exports would recover.",
         "exports would recover", "Mira Castell"),
        ("Economist Tom Vega of Andes Capital in Lima said it was \"a bad quarter\" for miners.",
         "a bad quarter", "Tom Vega"),
    ],
)
def test_a_person_of_a_placed_body_speaks(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a clause's own place before a postposed speaker, and a place alone, as before
        ("Rice prices rose in Tarlac, farmers said.", "Rice prices rose in Tarlac", "farmers"),
        ("Nairobi said the talks had failed.", "the talks had failed", "Nairobi"),
        # a time before the place opens the clause: the subject after it speaks
        ("On Monday in Nairobi police said the talks had failed.", "the talks had failed", "Nairobi police"),
        # a common noun before the place, as session 56 read it
        ("Fishing associations in Puntarenas warned that the ban would ruin them.",
         "the ban would ruin them", "Fishing associations in Puntarenas"),
    ],
)
def test_places_read_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


_BODIES = ["Brightline Research", "The Halden Maritime Museum", "The Meridian Shipping Group",
           "The Federation of Fish Traders"]
_PLACES = ["Singapore", "Oslo", "Lagos", "Lima", "Wales", "Rotterdam"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_BODIES), st.sampled_from(["in", "from"]), st.sampled_from(_PLACES))
def test_a_placed_body_speaks_whole(body: str, prep: str, place: str) -> None:
    """Whatever the body and the place, the place is never the speaker alone."""
    text = f"{body} {prep} {place} said the harbour would close for a week."
    assert ("the harbour would close for a week", f"{body} {prep} {place}") in [(w, s) for w, s, _ in _reports(text)]


# Kind 2. A time never speaks: read as the subject, a year or a month and year after
# ``in``, ``from``, ``of`` or ``since`` is what a noun before it is dated by (``An audit in
# March 2022 said``: the audit, not ``2022``); with no such noun before it, a year alone is
# no speaker (``plausible``), as a weekday is.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("An audit in March 2022 said the cranes had not been inspected for a decade.",
         "the cranes had not been inspected for a decade", "An audit in March 2022"),
        ("Records from 2019 showed the ferry had failed two safety checks.",
         "the ferry had failed two safety checks", "Records from 2019"),
        ("A review of harbour spending in 2025 found that most of the new cranes were idle.",
         "most of the new cranes were idle", "A review of harbour spending in 2025"),
        ("The census of 2010 showed that the valley had lost a third of its people.",
         "the valley had lost a third of its people", "The census of 2010"),
    ],
)
def test_a_time_after_a_noun_dates_it(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


def test_a_year_alone_is_no_speaker() -> None:
    text = "A river handbook from 1998 described the weir as \"the weakest point of the valley.\""
    assert [s for w, s, _ in _reports(text) if w == "the weakest point of the valley"] == [None]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a time that opens the clause: the subject after it speaks, as before
        ("In 2019 Meridian Shipping said the route would close.", "the route would close", "Meridian Shipping"),
        ("In March the port authority said the route would close.", "the route would close",
         "the port authority"),
        # a count after ``up from`` is no time
        ("Cases rose to 61, up from 38, the health office reported.", "Cases rose to 61, up from 38",
         "the health office"),
        # a participle before the time: its own reader, as before
        ("A group of growers formed in 2024 said the levy was unfair.", "the levy was unfair",
         "A group of growers"),
    ],
)
def test_times_read_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["An audit", "A survey of the harbour", "Figures", "The inspection report"]),
       st.sampled_from(["in", "from"]),
       st.sampled_from(["2019", "May 2021", "2008", "November 2024"]))
def test_a_dated_record_speaks_whole(record: str, prep: str, time: str) -> None:
    """Whatever the record and its date, the date is never the speaker alone."""
    text = f"{record} {prep} {time} showed the dam had been poorly maintained."
    got = [s for w, s, _ in _reports(text) if w == "the dam had been poorly maintained"]
    assert got == [f"{record} {prep} {time}"]


# Kind 3. A quotation that is a paragraph of its own, with no cue, right after a paragraph
# whose last speaker reports in their own words (``…, the inspector said.``), is that
# speaker's: news gives the paraphrase first and the words after it. It had no speaker
# (only a quotation after a quoted paragraph took the speaker before).


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The pass was closed on Sunday.\n"
         "Two avalanches in one week were rare for the season, ranger Ola Brekke said.\n"
         "\"We do not usually see slides this early. The snow came fast.\"\n",
         "We do not usually see slides this early. The snow came fast", "Ola Brekke"),
        ("The mill burned for six hours.\n"
         "The building was old but sound, owner Dan Pryor said.\n"
         "\"Inside, there was all this beautiful timber.\"\n"
         "\"You can't replace that.\"\n",
         "You can't replace that", "Dan Pryor"),
        ("The ferry was late again.\n"
         "The port authority said the engines had been serviced in May.\n"
         "\"We are looking into what went wrong.\"\n",
         "We are looking into what went wrong", "The port authority"),
    ],
)
def test_a_quoted_paragraph_after_a_report_is_its_speakers(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # no one reports in the paragraph before: no speaker, as before
        ("The mill burned for six hours.\n"
         "The building was old and stood empty.\n"
         "\"Inside, there was all this beautiful timber.\"\n",
         "Inside, there was all this beautiful timber"),
        # a paragraph in between: the report is too far back
        ("Two avalanches in one week were rare, ranger Ola Brekke said.\n"
         "The pass will stay closed until Friday.\n"
         "\"We do not usually see slides this early.\"\n",
         "We do not usually see slides this early"),
    ],
)
def test_a_quoted_paragraph_with_no_report_before_has_no_speaker(text: str, quote: str) -> None:
    assert [s for w, s, _ in _reports(text) if w == quote] == [None]


# Kind 4. The full stop of a name's initials ends no sentence inside the name: the
# sentence splitter cut ``general manager T.J. Ruiz said`` after ``T.J.``, so the quotation
# before it lost its speaker, and the statement paragraphs after it too.


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("\"We are aware of the delay,\" general manager T.J. Ruiz said in a statement.",
         "We are aware of the delay", "T.J. Ruiz"),
        ("\"The line will reopen on Monday,\" rail operations chief A.J. Okafor told reporters.",
         "The line will reopen on Monday", "A.J. Okafor"),
        ("Harbour master J.R. Lindqvist said: \"No ship will leave before the storm passes.\"",
         "No ship will leave before the storm passes", "J.R. Lindqvist"),
    ],
)
def test_initials_end_no_sentence_inside_a_name(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in [(w, s) for w, s, _ in _reports(text)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["T.J.", "A.J.", "J.R.", "D.W."]), st.sampled_from(["Ruiz", "Okafor", "Lindqvist", "Brandt"]),
       st.sampled_from(["general manager", "coach", "port director"]))
def test_a_titled_name_with_initials_speaks(initials: str, surname: str, title: str) -> None:
    """Whatever the initials, the surname and the title, the named person speaks."""
    text = f"\"We will not comment further,\" {title} {initials} {surname} said. The club declined to add more."
    got = [s for w, s, _ in _reports(text) if w == "We will not comment further"]
    assert got == [f"{initials} {surname}"]


# Kind 5. ``known as`` is passive: a participle of naming before the preposition it names
# through hands the floor to a name, which no one in the sentence says. ``miners, known as
# "ninjas"`` was read as a belief cue (``know``) whose subject spoke the name.


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of river miners, known as \"otters\" for their wet suits, work the banks at night.",
        "The gullies, known locally as \"throats\", swallowed three houses in the storm.",
        "The permits were signed in the last week of the term, in what became known as \"night permits\".",
    ],
)
def test_a_name_after_known_as_is_no_ones_words(text: str) -> None:
    assert all(s is None for _, s, _ in _reports(text))


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a label the subject gives, and ``know`` as a verb of belief, as before
        ("The mayor said what he described as \"a reckless plan\" would fail.", "a reckless plan", "The mayor"),
        ("Engineers knew the dam was weak.", "the dam was weak", "Engineers"),
    ],
)
def test_labels_and_knowing_read_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


# Kind 6. A description headed by a noun of a woman or a man (``the woman``, ``the older
# man``) never refers to a person of the other gender, as ``she`` and ``he`` do not: ``said
# the older woman`` after ``Prosecutor Paul Hart said …`` was named Paul Hart.


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        ("Prosecutor Paul Hart said the verdict was a blow.\n"
         "\"We did everything we could,\" said the older woman, who sat on the jury.\n",
         "We did everything we could", "the older woman"),
        ("Harbour master Helen Ruiz closed the pier on Monday.\n"
         "\"The boats came in too fast,\" the man said.\n",
         "The boats came in too fast", "the man"),
    ],
)
def test_a_gendered_description_is_no_one_of_the_other_gender(text: str, quote: str, name: str) -> None:
    assert (quote, name) in [(w, n) for w, _, n in _reports(text)]


def test_a_gendered_description_still_finds_its_own() -> None:
    text = "Witness Helen Ruiz saw the crash from her porch.\n\"It was terrible,\" the woman said.\n"
    assert ("It was terrible", "Helen Ruiz") in [(w, n) for w, _, n in _reports(text)]
