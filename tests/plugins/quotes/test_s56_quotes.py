"""Issue #14, session 56 (helper quotes): a people's adjective or a place name before a noun
of people or a body, with no determiner, opens the speaker's phrase after ``according to``
or an inverted cue (``according to Kenyan officials``, ``said Nairobi police``); the phrase
was cut at the capitalised word, so ``Kenyan`` (and, as an actor, ``Kenya``) spoke. After a
people's adjective a record is the source (``according to Croatian statistics``); after a
body's name the body is (``according to Treasury figures``: the Treasury). Sentences
written for these tests from port, mine, flood, farm and market news; none is taken from a
corpus or a story set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's text, speaker's name) of every attribution in ``text``."""
    return [(q.text, spoken(text, q), q.speaker) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("The ferry sank within minutes of leaving port, according to Dutch investigators.",
         "The ferry sank within minutes of leaving port", "Dutch investigators"),
        ("The coastal road was closed after the landslide, according to Nairobi police.",
         "The coastal road was closed after the landslide", "Nairobi police"),
        ("Three shafts were flooded overnight, according to Romanian mine safety officials.",
         "Three shafts were flooded overnight", "Romanian mine safety officials"),
        ("Grain exports fell by a third in the first quarter, according to Ukrainian customs data.",
         "Grain exports fell by a third in the first quarter", "Ukrainian customs data"),
        ("Jobless claims rose for a fourth month, according to Croatian statistics.",
         "Jobless claims rose for a fourth month", "Croatian statistics"),
        ("According to Kenyan officials, the dam was never inspected after the floods.",
         "the dam was never inspected after the floods", "Kenyan officials"),
        ("Two fishing boats were missing, according to Finnish coast guard officials.",
         "Two fishing boats were missing", "Finnish coast guard officials"),
        ("\"We lost the whole harvest in one night,\" said Moldovan farmers' union leaders.",
         "We lost the whole harvest in one night", "Moldovan farmers' union leaders"),
        ("\"The pier will reopen on Friday,\" said Antwerp port officials.",
         "The pier will reopen on Friday", "Antwerp port officials"),
    ],
)
def test_a_people_or_place_modifier_is_no_speaker_alone(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a body's name before a record: the body speaks through it
        ("Tax receipts fell by a fifth in March, according to Treasury figures.",
         "Tax receipts fell by a fifth in March", "Treasury"),
        # a name then a verb, not a noun: the name alone
        ("Senegal said the port would reopen on Monday.", "the port would reopen on Monday", "Senegal"),
        ("According to Kenya, the talks failed over fishing rights.", "the talks failed over fishing rights",
         "Kenya"),
        # a person's name before a role is a name, not a modifier (the name speaks, as before)
        ("\"We will appeal,\" said Tom Reyes.", "We will appeal", "Tom Reyes"),
        # after a determiner, as before
        ("Rice prices doubled, according to the Thai commerce ministry.", "Rice prices doubled",
         "the Thai commerce ministry"),
    ],
)
def test_names_and_bodies_speak_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


def test_a_weekday_before_a_noun_opens_no_phrase() -> None:
    text = "\"The strike is over,\" said Monday officials."
    assert all(s is None or not s.startswith("Monday") for _, s, _ in _reports(text))


_PEOPLE = ["Kenyan", "Dutch", "Croatian", "Peruvian", "Thai", "Mongolian", "Nairobi", "Antwerp"]
_NOUNS = ["officials", "police", "investigators", "authorities", "prosecutors", "health officials",
          "port authorities"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_PEOPLE), st.sampled_from(_NOUNS),
       st.sampled_from(["The bridge was closed for repairs", "Fuel prices rose for a third week",
                        "Two trawlers ran aground near the harbour"]))
def test_the_speaker_runs_to_its_head(modifier: str, noun: str, clause: str) -> None:
    """Whatever the modifier and the noun, the postposed source is the whole phrase."""
    text = f"{clause}, according to {modifier} {noun}."
    assert (clause, f"{modifier} {noun}") in [(w, s) for w, s, _ in _reports(text)]


# A title of two portfolios joined by ``and`` before a person's name is one person's title
# (``Fisheries and Ports Minister Tom Reyes``): the words before ``and`` were read as a
# second speaker, and the speaker was named ``Fisheries and Tom Reyes``.


@pytest.mark.parametrize(
    ("text", "report", "name"),
    [
        ("Fisheries and Ports Minister Tom Reyes said the harbour would reopen on Friday.",
         "the harbour would reopen on Friday", "Tom Reyes"),
        ("The harbour will reopen on Friday, Fisheries and Ports Minister Tom Reyes said.",
         "The harbour will reopen on Friday", "Tom Reyes"),
        ("\"The dam is safe,\" said Water and Sanitation Minister Ana Diaz.", "The dam is safe", "Ana Diaz"),
        ("Health, Housing and Social Care Secretary Ana Diaz said two wards would close.",
         "two wards would close", "Ana Diaz"),
        ("Local Government and Public Works Minister Paul Kim said the state would pay for the repairs.",
         "the state would pay for the repairs", "Paul Kim"),
        ("Mines and Energy Minister Professor Ana Diaz said the licence would be reviewed.",
         "the licence would be reviewed", "Ana Diaz"),
    ],
)
def test_a_title_of_two_portfolios_is_one_persons(text: str, report: str, name: str) -> None:
    assert (report, name) in [(w, n) for w, _, n in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "name"),
    [
        # a person, or a phrase with a determiner, before ``and``: two speakers, as before
        ("Ana Diaz and Trade Minister Tom Reyes said the harbour would reopen.", "the harbour would reopen",
         "Ana Diaz and Tom Reyes"),
        ("The union and Trade Minister Tom Reyes said the harbour would reopen.", "the harbour would reopen",
         "union and Tom Reyes"),
        # no title before the second name: a surname the persons layer left is a name too
        ("Halvorsen and Ben Okafor said the harbour would reopen.", "the harbour would reopen",
         "Halvorsen and Ben Okafor"),
    ],
)
def test_two_speakers_joined_before_a_title_stay_two(text: str, report: str, name: str) -> None:
    assert (report, name) in [(w, n) for w, _, n in _reports(text)]


# A body's common noun placed by ``in``, ``at``, ``from`` or ``near`` keeps its place as a
# modifier, as a noun for people does (``Farmers in Tarlac said``): the place was read as
# the speaker (``Fishing associations in Puntarenas said``: ``Puntarenas``).


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Fishing associations in Puntarenas warned that the ban would cost hundreds of jobs.",
         "the ban would cost hundreds of jobs", "Fishing associations in Puntarenas"),
        ("Several shipping companies in Mombasa said the port had been congested for a week.",
         "the port had been congested for a week", "Several shipping companies in Mombasa"),
        ("Tourism firms at the coast said bookings had halved since the spill.",
         "bookings had halved since the spill", "Tourism firms at the coast"),
        ("Farm cooperatives in Tarlac and Pampanga said the rains had come too late.",
         "the rains had come too late", "Farm cooperatives in Tarlac and Pampanga"),
        ("The union's office in Lagos said the strike would go ahead.", "the strike would go ahead",
         "The union's office in Lagos"),
    ],
)
def test_a_place_after_a_body_is_no_speaker(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # a clause's own place, set off from a postposed speaker: the speaker alone
        ("Rice prices rose in Tarlac, farmers said.", "Rice prices rose in Tarlac", "farmers"),
        # a place that speaks alone by metonymy, as before
        ("Nairobi said the talks would resume.", "the talks would resume", "Nairobi"),
    ],
)
def test_places_elsewhere_read_as_before(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


# After a clause and ``, according to X,`` a phrase that is no clause and no predicate (a
# preposition, a participle, an amount) is an adjunct of the clause before, which is what
# X reports: the tail was read as the content (``…, according to the ministry, up from
# 150 billion in 2024`` reported ``up from 150 billion in 2024``).


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Fuel subsidies cost the state about 210 billion francs in 2025, according to the finance ministry, "
         "up from 150 billion francs in 2024.", "Fuel subsidies cost the state about 210 billion francs in 2025",
         "the finance ministry"),
        ("Grain exports through the port rose by a third last year, according to customs data, with most of "
         "the wheat bound for Egypt.", "Grain exports through the port rose by a third last year", "customs data"),
        ("Bad loans make up a fifth of all bank lending, according to the central bank, one of the highest "
         "ratios in the region.", "Bad loans make up a fifth of all bank lending", "the central bank"),
        ("About 3,000 miners lost their jobs last year, according to the union, most of them in the north.",
         "About 3,000 miners lost their jobs last year", "the union"),
        ("Ferry traffic fell by half in March, according to the port authority, surpassing the drop seen "
         "during the pandemic.", "Ferry traffic fell by half in March", "the port authority"),
    ],
)
def test_a_tail_after_the_source_is_no_content(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        # the source interrupts a clause: the predicate after it is reported, as before
        ("The cost of the new bridge, according to the council, is 46 million euros.", "is 46 million euros",
         "the council"),
        ("A crowd of 30,000, according to the organisers, filled the square.", "filled the square",
         "the organisers"),
        # a clause after the source's comma
        ("Of the 300 passengers, according to the operator, more than 60 went on to the island.",
         "more than 60 went on to the island", "the operator"),
    ],
)
def test_a_predicate_or_clause_after_the_source_is_reported(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(w, s) for w, s, _ in _reports(text)]
