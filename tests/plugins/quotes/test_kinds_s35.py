"""Issue #14, session 35: kinds of speaker and attribution errors named by the issue (times,
places, abstract nouns as speakers) and read on PolNeAR dev's seen half. Sentences written
for these tests from harbour, orchard, rail and school news; none is taken from a corpus or
from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Last week Kenya said it would reopen the ferry crossing.", "Kenya"),
        ("Earlier this month the harbour board said the quay was unsafe.", "the harbour board"),
        ("In March Northrail said it would close the branch line.", "Northrail"),
        ("In 2019 Acme Orchards said profits fell by a third.", "Acme Orchards"),
        ('I hope in 2030 Ghana says, "Thank you for the new school."', "Ghana"),
    ],
)
def test_a_time_adverbial_opening_the_clause_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    got = [spoken(text, q) for q in all_quotes(text)]
    assert got == [speaker], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Last year's report found that the river was polluted.", "Last year's report"),
        ("Monday's statement said the ferry would not sail.", "Monday's statement"),
    ],
)
def test_a_time_possessive_stays_in_the_speaker(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text)] == [speaker]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Last week", "This month", "On Tuesday", "In June", "Since 2021", "Late last year"]),
       st.sampled_from(["Northrail", "Acme Orchards", "the harbour board", "Ghana"]))
def test_no_time_adverbial_is_ever_in_a_speaker(time: str, subject: str) -> None:
    text = f"{time} {subject} said the crossing would close."
    assert [spoken(text, q) for q in all_quotes(text)] == [subject]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The council praised the school yet said the roof must be repaired.", "the roof must be repaired",
         "The council"),
        ("The growers welcomed the levy, yet warned that prices would rise.", "prices would rise", "The growers"),
    ],
)
def test_yet_after_a_phrase_joins_a_second_verb_sharing_the_subject(text: str, content: str, speaker: str) -> None:
    got = [(q.text, spoken(text, q)) for q in all_quotes(text)]
    assert (content, speaker) in got, got


def test_yet_after_an_auxiliary_is_an_adverb() -> None:
    text = "Officials have not yet said whether the ferry will sail."
    assert [spoken(text, q) for q in all_quotes(text)] == ["Officials"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ('The mayor said the bridge would reopen, and when asked about the cost, the treasurer replied, '
         '"We have the money."', "the bridge would reopen", "We have the money"),
        ('She said the ferry would not sail on Sunday, and when pressed on why the timetable leaves out weekends, '
         'the 54-year-old harbour master replied, "It is about safety."', "the ferry would not sail on Sunday",
         "It is about safety"),
        ("Officials said the ferry would sail, but after it docked, the harbour master said the crossing had "
         "been rough.", "the ferry would sail", "the crossing had been rough"),
    ],
)
def test_a_report_ends_before_a_coordinated_clause_opening_with_a_subordinate_one(
        text: str, first: str, second: str) -> None:
    assert [q.text for q in all_quotes(text)] == [first, second]


def test_a_subordinate_clause_inside_the_report_stays_in_it() -> None:
    text = "The mayor said the bridge would reopen in May, and when it does, tolls will rise."
    assert [q.text for q in all_quotes(text)] == ["the bridge would reopen in May, and when it does, tolls will rise"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["when asked about the cost", "when pressed on the timetable", "after the vote",
                        "if the money runs out"]),
       st.sampled_from(["the treasurer", "the head of the rail union", "a spokeswoman for the ferry company"]))
def test_the_subject_after_a_fronted_clause_speaks_the_second_report(clause: str, subject: str) -> None:
    text = f"The mayor said the quay was safe, and {clause}, {subject} said the crossing would close."
    got = [(q.text, spoken(text, q)) for q in all_quotes(text)]
    assert ("the quay was safe", "The mayor") in got, got
    assert any(c == "the crossing would close" and s is not None and s in subject for c, s in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister explained why the branch line would close.", "why the branch line would close"),
        ("The council did not say when the bridge would reopen.", "when the bridge would reopen"),
        ("The harbour master would not reveal where the ferry had been repaired.",
         "where the ferry had been repaired"),
    ],
)
def test_a_verb_of_saying_reports_a_question_word_and_its_clause(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said when asked about the cost that the bridge would reopen.",
        "The rail union said where possible it would run extra buses.",
    ],
)
def test_a_question_word_without_a_finite_clause_reports_nothing_of_its_own(text: str) -> None:
    assert not any(q.text.startswith(("when", "why")) for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry docked shortly before 11 p.m. Emergency services said four passengers were hurt.",
         "Emergency services"),
        ("The search began at 8 a.m. Inspectors said the orchard sheds were empty.", "Inspectors"),
    ],
)
def test_a_time_of_day_is_no_part_of_the_speaker_after_it(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak was declared after more than 200 suspected cases were recorded at rural clinics.",
        "Police arrested 12 alleged smugglers at the harbour.",
        "The faulty timetable hit more than 110,000 commuters in six states.",
    ],
)
def test_a_count_before_a_cue_form_makes_it_a_noun_or_an_adjective(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two confirmed that the ferry had sunk.", "Two"),
        ("A faulty update hit 110,000 homes in six states, the manufacturer said on Thursday.", "the manufacturer"),
        ("In 2019 reported cases fell, the ministry said.", "the ministry"),
    ],
)
def test_a_count_before_a_verb_and_its_clause_or_object_keeps_the_verb(text: str, speaker: str) -> None:
    assert speaker in [spoken(text, q) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The sergeant told the court that gardaí would allege the driver was using his phone.", "gardaí"),
        ("He said the promoter had sold too many tickets, and that police would allege the promoter had lied.", "police"),
    ],
)
def test_a_complementiser_is_no_part_of_the_speaker_after_it(text: str, speaker: str) -> None:
    assert speaker in [spoken(text, q) for q in all_quotes(text)]
    assert not any((spoken(text, q) or "").startswith("that ") for q in all_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury is weighing grants and loan guarantees that could be announced in the budget.",
        "The union's claims that were rejected last year have returned.",
    ],
)
def test_an_s_form_before_a_relative_that_is_a_plural_noun(text: str) -> None:
    assert all_quotes(text) == []


def test_an_s_form_before_a_complementiser_clause_stays_a_verb() -> None:
    text = "The harbour board's owner, Seaways, estimates it could carry a million passengers a year."
    assert [spoken(text, q) for q in all_quotes(text)] == ["Seaways"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Last week, residents reported thousands of dead fish along the shore.",
         "thousands of dead fish along the shore"),
        ("On Monday, the harbour master said the quay was unsafe.", "the quay was unsafe"),
    ],
)
def test_a_fronted_time_adverbial_is_never_the_content(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We lost every tree," said 45-year-old grower Tendai.', "grower Tendai"),
        ('"The bus was our only link," said 71-year-old Halina from the village of Kolonia.', "Halina"),
        ('"We lost every tree," 45-year-old Tendai said.', "Tendai"),
        ("The 45-year-old grower said the frost had ruined his crop.", "The 45-year-old grower"),
        ("Maria Lopes, 55, who has worked the salt pans since she was a girl, said she had never seen rain "
         "in June.", "Maria Lopes"),
    ],
)
def test_an_age_opening_a_speaker_phrase_is_left_out(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "About 340 patients were wrongly told their screening tests were clear.",
        "Passengers were later told the ferry had been cancelled.",
        "Farmers were repeatedly assured that the levy would be dropped.",
    ],
)
def test_who_is_told_in_the_passive_never_speaks_adverbs_between(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the storm that hit the coast had cut power to 3,000 homes.",
         "the storm that hit the coast had cut power to 3,000 homes"),
        ("Growers said the frost that struck the valley had destroyed the harvest.",
         "the frost that struck the valley had destroyed the harvest"),
        ("The union says the report that was published on Monday is wrong.",
         "the report that was published on Monday is wrong"),
    ],
)
def test_a_relative_that_after_the_subject_of_a_bare_clause_stays_inside_it(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council announced Monday that armed guards would patrol the quay.",
         "armed guards would patrol the quay"),
        ("The minister said in an interview that reported cases had fallen.", "reported cases had fallen"),
        ("The harbour master told reporters that armed men had boarded the ferry.", "armed men had boarded the ferry"),
    ],
)
def test_a_complementiser_after_a_time_an_adjunct_or_an_addressee_opens_the_content(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry sank in minutes, with survivors saying the crew had vanished.", "survivors"),
        ("Fares rose again, with analysts warning that commuters would switch to buses.", "analysts"),
        ("The search was scaled back, with authorities saying there was little chance of finding anyone.",
         "authorities"),
    ],
)
def test_the_subject_of_an_absolute_with_clause_speaks_its_participle(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Prosecutor Jane Kearney told the Hobart Magistrates Court the men had been watched for weeks.",
         "the men had been watched for weeks"),
        ("Nurses have told local media he started three years ago.", "he started three years ago"),
        ("The minister told Radio New Zealand the line would reopen.", "the line would reopen"),
    ],
)
def test_the_addressee_of_a_verb_of_telling_is_no_part_of_the_content(text: str, content: str) -> None:
    assert [q.text for q in all_quotes(text)] == [content]


def test_a_clause_after_an_addressee_and_a_subordinator_is_no_content() -> None:
    text = "The senator told reporters after he was questioned that the bank had lied."
    assert "he was questioned that the bank had lied" not in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The owner of the ferry that sank off Lamu said the crew had been warned.", "The owner of the ferry"),
        ("The skipper of the yacht that was dismasted on Friday says the mast folded like a straw.",
         "The skipper of the yacht"),
        ("Residents of the village that flooded in May said they had been warned.", "Residents"),
    ],
)
def test_a_relative_clause_on_an_inner_noun_leaves_the_outer_head_speaking(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text)] == [speaker]


def test_a_relative_that_before_a_clause_of_saying_keeps_its_speaker() -> None:
    text = "Warnings that engineers said were ignored had been filed in May."
    assert [spoken(text, q) for q in all_quotes(text)] == ["engineers"]


def test_a_relative_aside_after_a_parenthesis_keeps_the_name_before_it() -> None:
    text = ("Police put the crowd at 12,000, while the National Union of Students (NUS), which organised the "
            "march, said 40,000 people had taken part.")
    assert [spoken(text, q) for q in all_quotes(text)] == ["the National Union of Students"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Lumora, founded in 2016, reported revenue of $1.9 billion last year.",
         "revenue of $1.9 billion last year", "Lumora"),
        ("Northrail, based in Leeds, reported a loss of $2 million.", "a loss of $2 million", "Northrail"),
    ],
)
def test_an_inverted_subject_must_be_able_to_speak(text: str, content: str, speaker: str) -> None:
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The harbour board said it "noted" the ruling and stressed that the quay had been repaired.', "noted",
         "The harbour board"),
        ('The ministry said the rebels had "fabricated" the story to cover up the shelling, and accused them of '
         "lying.", "fabricated", "The ministry"),
    ],
)
def test_quoted_words_in_a_report_keep_its_speaker_before_a_coordinated_cue(text: str, words: str,
                                                                            speaker: str) -> None:
    got = [(q.text, spoken(text, q)) for q in all_quotes(text)]
    assert (words, speaker) in got, got


def test_a_trailing_cue_with_its_own_subject_still_attributes_the_quotation() -> None:
    text = '"We will rebuild the quay," the harbour master said and walked out.'
    assert [spoken(text, q) for q in all_quotes(text)] == ["the harbour master"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The find has been hailed by the premier as "a proud day for Hobart".', "a proud day for Hobart",
         "the premier"),
        ('The timetable was branded "reckless" by the rail union.', "reckless", "the rail union"),
        ('The orchard levy was widely labelled "a tax on frost".', "a tax on frost", None),
        ('Growers dubbed the levy "a tax on frost".', "a tax on frost", "Growers"),
    ],
)
def test_a_passive_label_is_spoken_by_its_agent_never_its_subject(text: str, words: str,
                                                                  speaker: str | None) -> None:
    got = [(q.text, spoken(text, q)) for q in all_quotes(text)]
    assert (words, speaker) in got, got


def test_fume_attributes_a_direct_quotation() -> None:
    text = '"We were robbed," fumed the coach.'
    assert [spoken(text, q) for q in all_quotes(text)] == ["the coach"]
