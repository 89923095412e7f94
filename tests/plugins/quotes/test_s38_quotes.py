"""Issue #14, session 38: verbs of saying drop ``that`` after a chain of adjuncts as they do
right after the verb (``said in a statement it had …``, ``said at a rally the line would
…``); the clause opens at its subject after the chain. Sentences written for these tests
from ferry, bakery, museum and water news; none is taken from a corpus or from
bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, indirect_quotes, reported_with_speakers, spoken


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry operator said in a statement it had cancelled all crossings.",
         "it had cancelled all crossings", "The ferry operator"),
        ("The ferry operator said in a statement on Sunday it had cancelled all crossings.",
         "it had cancelled all crossings", "The ferry operator"),
        ("The baker said at a meeting of traders the rent would double in spring.",
         "the rent would double in spring", "The baker"),
        ("The curator said during a tour of the east wing the roof was leaking.",
         "the roof was leaking", "The curator"),
        ("The water board said in an interview with a local paper the pipes will be replaced.",
         "the pipes will be replaced", "The water board"),
        ("Ms. Okafor said in a letter to parents she would step down in June.",
         "she would step down in June", "Okafor"),
    ],
)
def test_bare_clause_after_adjuncts(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got, got


@pytest.mark.parametrize(
    "text",
    [
        # the noun's reduced relative clause: nothing the verb governs follows it
        "The museum said in a statement the trustees released on Monday.",
        "The museum said in a statement the trustees posted on its website.",
        # a clause after a name in the chain is the adjunct's own, not the report
        "The union said after Halvorsen resigned from the board the talks were over.",
    ],
)
def test_no_clause_after_adjuncts(text: str) -> None:
    got = [q.text for q in indirect_quotes(text)]
    assert not any(t.startswith(("the trustees", "the talks")) for t in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "this week", "New York", "the Senate": no clause opens inside a time or a name
        ("The ferry operator said in a statement this week the crossings would resume.",
         "the crossings would resume"),
        ("The baker said in New York the flour tax had hurt small shops.",
         "the flour tax had hurt small shops"),
        ("The curator said at a Senate hearing the museum had lost its grant.",
         "the museum had lost its grant"),
    ],
)
def test_subject_opens_after_the_phrase(text: str, content: str) -> None:
    got = [q.text for q in indirect_quotes(text)]
    assert content in got, got


_CHAINS = ("in a statement", "at a rally", "in an interview", "during a visit to the harbour",
           "in a post on social media", "at a news conference on Friday")
_CLAUSES = ("the ferry would run again by May", "it had found no trace of the dye",
            "the water rates will rise next year")


@given(st.sampled_from(_CHAINS), st.sampled_from(_CLAUSES))
@settings(max_examples=40, deadline=None)
def test_any_chain_any_clause(chain: str, clause: str) -> None:
    text = f"The harbour master said {chain} {clause}."
    got = reported_with_speakers(text)
    assert (clause, "The harbour master") in got, got


@pytest.mark.parametrize(
    "text",
    [
        'The scheme, dubbed "Operation Dry Cellar," starts in March.',
        'A bakery van called "Bread for the Valley" toured the hills on Friday.',
        'The cold snap, dubbed "the Big Chill," froze the canals.',
        'The new toll, branded "the harbour tax," starts in May.',
        'The ferry timetable called "the Summer Plan" ends in September.',
    ],
)
def test_the_named_thing_never_speaks(text: str) -> None:
    """A participle of naming or labelling after a noun of a thing: the thing is named."""
    got = [spoken(text, q) for q in all_quotes(text)]
    assert all(s is None for s in got), got


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a verb of naming with a subject of its own quotes someone's words
        ('The baker sold what she called "the last honest loaf in town."',
         "the last honest loaf in town", "The baker"),
        ('The new toll, which drivers have dubbed "the harbour tax," starts in May.',
         "the harbour tax", "drivers"),
        ('The curator called "a scandal" the sale of the east wing.', "a scandal", "The curator"),
        # a reduced passive label: the agent labels, the labelled plan does not speak
        ('The ferry plan, branded "reckless and costly" by the opposition, passed on Friday.',
         "reckless and costly", "the opposition"),
    ],
)
def test_naming_with_a_subject_stays_a_quotation(text: str, quoted: str, speaker: str) -> None:
    got = [(q.text, spoken(text, q)) for q in all_quotes(text) if q.direct]
    assert (quoted, speaker) in got, got


def test_a_reduced_label_without_agent_has_no_speaker() -> None:
    text = 'A ferry plan branded "reckless" in the press passed on Friday.'
    got = [(q.text, spoken(text, q)) for q in all_quotes(text) if q.direct]
    assert got in ([], [("reckless", None)]), got


def test_a_title_with_its_authors_stays_a_quotation() -> None:
    text = 'The levy comes from a paper titled "Paying for the Ferries" by two economists.'
    assert [q.text for q in all_quotes(text) if q.direct] == ["Paying for the Ferries"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the reader relays the words of an owner described after "from"
        ('Ines Marr, the skipper\'s lawyer, read out a statement from her client: '
         '"I never meant for anyone to be hurt on that crossing."', "her client"),
        ('The coach read a statement from the family: "We thank every volunteer who searched the dunes."',
         "the family"),
        # no owner that can speak: the reader stays the speaker
        ('The notary read a statement from the archive: "No copy of the deed survives in our records."',
         "The notary"),
    ],
)
def test_the_owner_of_relayed_words_speaks(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text) if q.direct]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a verb of telling before an adjunct has no addressee: the report is before it
        ("The quay is unsafe, divers warned in a survey published on Friday.", "The quay is unsafe", "divers"),
        # a time after the addressee, or a chain of adjuncts, before the clause
        ("The warden told a packed meeting on Thursday the reserve would close.",
         "the reserve would close", "The warden"),
        ("The warden told a crowded hall last week the reserve would close.", "the reserve would close", "The warden"),
        ("The brewery told staff in an email the cellar would be sold.", "the cellar would be sold", "The brewery"),
        # a time placed within its day
        ("The port authority said late on Sunday the cranes had been repaired.",
         "the cranes had been repaired", "The port authority"),
        # an infinitive after a verb of promising reads on as before
        ("The warden spoke to hikers, promising to reopen the trail by June.", "reopen the trail by June", "The warden"),
    ],
)
def test_adjuncts_around_addressees(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got, got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Most anglers back the quota, a survey for the harbour board found.",
         "Most anglers back the quota", "a survey for the harbour board"),
        ("Fewer barges use the canal each year, figures show.", "Fewer barges use the canal each year", "figures"),
        ("The lock gates date from 1840, records show.", "The lock gates date from 1840", "records"),
        ("The repairs will cost two million euros, the audit estimates.",
         "The repairs will cost two million euros", "the audit"),
        ("The canal lost a third of its traffic, the study concluded.",
         "The canal lost a third of its traffic", "the study"),
    ],
)
def test_a_finding_after_the_clause(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got, got


@pytest.mark.parametrize("text", ["The lock keeper found the keys under the mat.", "The records show."])
def test_finding_with_nothing_before_reports_nothing(text: str) -> None:
    assert reported_with_speakers(text) == []


def test_quoted_words_before_a_headline_colon_are_no_speaker() -> None:
    text = '"Not One Penny More": Valley Council Rejects Ferry Subsidy\n\nThe council voted on Monday to end the subsidy.'
    assert all(spoken(text, q) != "Not One Penny More" for q in all_quotes(text)), \
        [(q.text, spoken(text, q)) for q in all_quotes(text)]


def test_a_headline_speaker_before_a_colon_still_speaks() -> None:
    text = 'Ferry Chief: "We Will Not Cut The Winter Crossings"\n\nThe operator said on Monday that it would keep its timetable.'
    assert ("We Will Not Cut The Winter Crossings", "Ferry Chief") in [(q.text, spoken(text, q)) for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        'The charity "Canal Friends" said it would sue the water board.',
        'The trust "Old Mills Alive" told members it had bought the mill.',
    ],
)
def test_a_quoted_name_in_the_subject_is_no_quotation(text: str) -> None:
    got = [(q.text, spoken(text, q)) for q in all_quotes(text) if q.direct]
    assert got == [], got


def test_an_unpunctuated_quotation_opening_its_sentence_is_still_speech() -> None:
    text = '"The lock was jammed for hours" said a barge owner.'
    got = [(q.text, spoken(text, q)) for q in all_quotes(text) if q.direct]
    assert got == [("The lock was jammed for hours", "a barge owner")], got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an agent with a post-modifier of place: its head speaks
        ("The ferry levy has been criticised by boatmen along the estuary.", "The ferry levy", "boatmen"),
        ("The new timetable was condemned by commuters across the county.", "The new timetable", "commuters"),
    ],
)
def test_passive_agents_with_place_modifiers(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got, got


def test_a_place_preposition_after_a_determiner_is_a_noun() -> None:
    text = '"The old quay will be rebuilt," said the past.'
    assert all(spoken(text, q) is None for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The lock keeper, 63, said the gates would be replaced.", "The lock keeper"),
        ("A boatman, 38, told reporters the canal had silted up.", "A boatman"),
        ('"The towpath is a mess," the warden, 51, said.', "the warden"),
        ("The towpath will be resurfaced, the warden, 51, said.", "the warden"),
    ],
)
def test_an_age_in_apposition_never_speaks(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert speaker in got and not any(s is not None and s.isdigit() for s in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The warden's claim that the towpath was safe was challenged by boatmen.", "the towpath was safe"),
        ("The warden's warning that the lock could fail is now being heeded.", "the lock could fail"),
        # a clause of its own inside the content is not cut
        ("The warden's claim that the lock was sound and that it would hold has been disputed.",
         "the lock was sound and that it would hold has been disputed"),
    ],
)
def test_a_subject_nouns_clause_ends_before_the_main_verb(text: str, content: str) -> None:
    got = [t for t, s in reported_with_speakers(text) if s == "The warden"]
    assert got == [content], reported_with_speakers(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The lock keeper made clear that the gates would stay shut.", "the gates would stay shut"),
        ("The lock keeper has made plain that he will not retire.", "he will not retire"),
    ],
)
def test_made_clear_that_without_it(text: str, content: str) -> None:
    assert (content, "The lock keeper") in reported_with_speakers(text), reported_with_speakers(text)


def test_made_clear_with_an_object_reports_nothing() -> None:
    assert reported_with_speakers("The lock keeper made clear water his first aim.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a relative clause after the inverted subject ends the attribution's tail
        ("The weir would be rebuilt by autumn, said the water board, which owns the mill race.",
         "The weir would be rebuilt by autumn", "the water board"),
        # a participle after an inverted attribution shares its subject
        ("The weir would be rebuilt by autumn, said the water board, adding that the mill would stay shut.",
         "the mill would stay shut", "the water board"),
    ],
)
def test_after_an_inverted_attribution(text: str, content: str, speaker: str) -> None:
    got = reported_with_speakers(text)
    assert (content, speaker) in got and all(s != "The weir" for _, s in got), got


def test_a_description_then_a_clause_keeps_the_first_subject() -> None:
    text = "Okoro, a ferry pilot on the estuary, said the tide would turn, adding that the quay was flooded."
    got = reported_with_speakers(text)
    assert ("the quay was flooded", "Okoro") in got, got
