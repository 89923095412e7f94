"""Issue #14, session 34: kinds of speaker and attribution errors read on the written checks'
read halves and PolNeAR dev's seen half. Sentences written for these tests from harbour,
orchard, rail and school news; none is taken from a corpus or from bench/heldout_like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken

_BODY = "\nThe harbour authority said the quay would reopen in spring."


def _headline(text: str) -> list[tuple[str, str | None]]:
    whole = text + _BODY
    return [(q.text, spoken(whole, q)) for q in all_quotes(whole) if q.end <= len(text)]


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Storms: 'We Have Never Seen Waves Like These,' Says Harbour Master",
         "We Have Never Seen Waves Like These", "Harbour Master"),
        ("Orchards: 'Worst Frost in Memory,' Growers Say", "Worst Frost in Memory", "Growers"),
        ("Rail Strike: 'Nobody Wants This,' Says Union Leader", "Nobody Wants This", "Union Leader"),
    ],
)
def test_a_topic_before_the_colon_is_no_speaker(headline: str, content: str, speaker: str) -> None:
    assert _headline(headline) == [(content, speaker)]


def test_a_length_of_service_is_no_part_of_the_headline_speaker() -> None:
    got = _headline("'The Sea Took Everything,' Says Fisherman of 40 Years")
    assert got == [("The Sea Took Everything", "Fisherman")]


def test_a_speaker_before_the_colon_still_speaks() -> None:
    assert _headline("Mayor: Harbour Wall Will Be Rebuilt by Spring") == [
        ("Harbour Wall Will Be Rebuilt by Spring", "Mayor")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Floods", "Drought", "Heatwave", "School Closures"]),
       st.sampled_from(["Says Headteacher", "Says Farmer", "Residents Say"]))
def test_any_topic_before_an_attributed_headline_is_no_speaker(topic: str, attribution: str) -> None:
    headline = f"{topic}: 'We Were Given No Warning,' {attribution}"
    [(content, speaker)] = _headline(headline)
    assert content == "We Were Given No Warning"
    assert speaker is not None and speaker in attribution


@pytest.mark.parametrize(
    "text",
    [
        "Orchard owners, who have campaigned for years, say the frost fund is too small.",
        "The two councillors argued for hours before the vote on the school.",
        "Commuters have called for weeks, but the timetable has not changed.",
    ],
)
def test_a_length_of_time_is_no_stance_content(text: str) -> None:
    assert all(not q.text.endswith(("years", "hours", "weeks")) for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Parents have campaigned for months for a crossing outside the school.", "a crossing outside the school"),
        ("The union called for two days of mourning.", "two days of mourning"),
        ("Growers asked for more time to repay the loans.", "more time to repay the loans"),
    ],
)
def test_a_stance_content_after_or_beside_a_length_of_time_is_kept(text: str, content: str) -> None:
    assert content in [q.text for q in all_quotes(text)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["campaigned for", "argued for", "lobbied for", "called for"]),
       st.sampled_from(["years", "two decades", "the past few months", "more than a week", "hours"]))
def test_any_length_of_time_after_a_stance_preposition_is_no_content(verb: str, length: str) -> None:
    text = f"Residents of the estate have {verb} {length}, the council said."
    assert all(q.text != length for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The orchard's owner, Fruitwell, said all 40 pickers on the night shift had been paid.",
         "all 40 pickers on the night shift had been paid", "Fruitwell"),
        ("The line's operator, Rail North, said most trains from the coast would run late.",
         "most trains from the coast would run late", "Rail North"),
        ("The school's head, Amina Yusuf, said every pupil in year nine would sit the test.",
         "every pupil in year nine would sit the test", "Amina Yusuf"),
    ],
)
def test_a_description_before_a_name_in_commas_is_the_subject(text: str, content: str, speaker: str) -> None:
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [(content, speaker)]


def test_a_clause_before_a_postposed_attribution_is_still_its_content() -> None:
    text = "Most trains will run late, the operator, Rail North, said."
    [q] = all_quotes(text)
    assert q.text.startswith("Most trains will run late")
    assert spoken(text, q) == "Rail North"


@pytest.mark.parametrize(
    ("text", "inner", "outer", "speaker"),
    [
        ("Growers' groups, which oppose the levy, have asked ministers to delay it.",
         "the levy", "ministers to delay it", "Growers' groups"),
        ("Commuters' associations, which condemn the strike, say the timetable is unsafe.",
         "the strike", "the timetable is unsafe", "Commuters' associations"),
    ],
)
def test_a_relative_clause_after_a_plural_possessive_subject_ends_at_its_comma(
        text: str, inner: str, outer: str, speaker: str) -> None:
    got = {q.text: spoken(text, q) for q in all_quotes(text)}
    assert inner in got
    assert got.get(outer) == speaker


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["nevertheless", "nonetheless", "therefore", "instead", "meanwhile"]),
       st.sampled_from(["have {} asked", "{} urged", "have {} urged"]))
def test_a_sentence_adverb_between_subject_and_cue_keeps_the_subject(adverb: str, verb: str) -> None:
    text = f"The growers {verb.format(adverb)} the ministry to delay the levy."
    got = [(q.text, spoken(text, q)) for q in all_quotes(text)]
    assert got == [("the ministry to delay the levy", "The growers")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The bypass plan was criticised by the mayor.", "The bypass plan", "the mayor"),
        ("The closure of the ward has been widely condemned by nurses.", "The closure of the ward", "nurses"),
        ("After the vote, demands for a recount were rejected by the electoral board.",
         "demands for a recount", "the electoral board"),
        ("The orchard's owner has been called a profiteer by neighbours.",
         "The orchard's owner has been called a profiteer", "neighbours"),
        ("The death of the climber was confirmed by mountain rescuers on Sunday.",
         "The death of the climber", "mountain rescuers"),
    ],
)
def test_a_stance_in_the_passive_is_its_agents(text: str, content: str, speaker: str) -> None:
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The road was blocked by protesters.",  # no verb of stance
        "The loan was backed by the bank.",  # a verb whose passive is as often a deed
        "The plan was rejected on Monday.",  # no agent
        "The plan was rejected by a wide margin.",  # an agent that cannot speak
        "The allegations were denied by the ministry.",  # words said elsewhere
        "It was confirmed by the ministry.",  # a pronoun names no content
    ],
)
def test_no_passive_attribution_without_a_stance_an_agent_or_content(text: str) -> None:
    assert all(not (q.cue or "").endswith(" by") for q in all_quotes(text))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["was", "has been", "had been", "will be", "was widely"]),
       st.sampled_from(["criticised", "condemned", "praised", "rejected", "questioned"]),
       st.sampled_from(["the mayor", "local farmers", "the council", "Amina Yusuf"]))
def test_any_passive_stance_with_a_speaking_agent_is_attributed_to_it(aux: str, verb: str, agent: str) -> None:
    text = f"The new timetable {aux} {verb} by {agent}."
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [("The new timetable", agent)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Growers that lost their crops to frost said the fund was too small.", "Growers"),
        ("Two passengers that were on the last train said the doors had jammed.", "Two passengers"),
        ("Teachers that have taught at the school for years say the roof leaks.", "Teachers"),
    ],
)
def test_that_as_a_relative_subject_leaves_its_antecedent_the_speaker(text: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert spoken(text, q) == speaker


def test_that_before_a_subject_is_no_relative_subject() -> None:
    text = "Officials said that reporters had left."
    [q] = all_quotes(text)
    assert spoken(text, q) == "Officials"


def test_a_lone_participle_is_no_speaker() -> None:
    text = "The frost ruined the blossom in April, fuelling worries among growers that the harvest would fail."
    assert all(spoken(text, q) != "fuelling" for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ruling said the growers had never been consulted.", "The ruling"),
        ("Browning said the orchard would be sold.", "Browning"),
    ],
)
def test_a_noun_or_a_name_in_ing_still_speaks(text: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert spoken(text, q) == speaker


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["fuelling", "raising", "sparking", "prompting", "stoking"]),
       st.sampled_from(["worries", "fears", "concerns", "claims"]))
def test_any_participle_before_a_plural_noun_is_no_speaker(participle: str, noun: str) -> None:
    text = f"The river burst its banks on Sunday, {participle} {noun} among farmers that the crop was lost."
    assert all(spoken(text, q) != participle for q in all_quotes(text))


_INTERVIEW = ("The potter Selin Arslan, 52, opens her first workshop in the old market next month. "
              "She spoke to us at her kiln.\n"
              "Q: Why the old market?\n"
              "Arslan: The light. And the rent, which is half what the new malls ask.\n"
              "Q: Who will come?\n"
              "Arslan: Anyone who wants to get their hands dirty. My grandmother taught me at six.\n")


def test_each_answer_of_an_interview_is_the_interviewees() -> None:
    got = [(q.text, spoken(_INTERVIEW, q)) for q in all_quotes(_INTERVIEW) if spoken(_INTERVIEW, q) == "Arslan"]
    assert [t for t, _ in got] == ["The light. And the rent, which is half what the new malls ask.",
                                   "Anyone who wants to get their hands dirty. My grandmother taught me at six."]
    assert all(q.speaker == "Selin Arslan" for q in all_quotes(_INTERVIEW) if spoken(_INTERVIEW, q) == "Arslan")


@pytest.mark.parametrize(
    "text",
    [
        # no question label: a rubric is no answer
        "Analysis: The market will recover.\nArslan said the rent was too high.\n",
        # a label that names no one in the article
        "Q: What next?\nMarket: Prices fell again in the old town.\n",
    ],
)
def test_no_interview_answer_without_questions_or_a_named_label(text: str) -> None:
    assert all(q.cue != ":" or spoken(text, q) not in ("Analysis", "Market") for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The coach\'s decision to rest the captain was "a blunder", the chairman said.', "to rest the captain"),
        ("The council's plan to shut the ferry has angered islanders.", "to shut the ferry"),
        ("The board's refusal to publish the accounts will be challenged.", "to publish the accounts"),
    ],
)
def test_a_subjects_intention_ends_before_the_main_verb(text: str, content: str) -> None:
    assert content in [q.text for q in all_quotes(text)]


def test_an_auxiliary_inside_a_clause_of_the_infinitive_is_not_cut() -> None:
    text = "The mayor's decision to build a pier that was never used cost millions."
    assert any(q.text.startswith("to build a pier that was never used") for q in all_quotes(text))


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("'We Will Reopen by Easter,' Harbour Board Vows After Storm Damage", "We Will Reopen by Easter",
         "Harbour Board"),
        ("'No Cuts to the Ferry,' Council Insists as Islanders Protest", "No Cuts to the Ferry", "Council"),
    ],
)
def test_a_headline_cue_after_its_content_may_be_followed_by_a_clause(headline: str, content: str,
                                                                      speaker: str) -> None:
    assert _headline(headline) == [(content, speaker)]


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Harbour Master 'Will Not Resign'", "Will Not Resign", "Harbour Master"),
        ("Families of Crew Lost at Sea 'Want Answers'", "Want Answers", "Families of Crew Lost at Sea"),
    ],
)
def test_a_headline_quotation_after_its_speaker_is_theirs(headline: str, content: str, speaker: str) -> None:
    assert _headline(headline) == [(content, speaker)]


def test_a_headline_quotation_after_a_verb_has_no_speaker() -> None:
    assert _headline("Storm Brings 'Worst Floods in Decades'") == []


def test_a_plural_possessive_headline_speaker_keeps_its_cue() -> None:
    assert _headline("Growers' Union Warns of 'Worst Harvest in Memory'") != []
    assert _headline("Dockers' Union 'Will Strike Again'") == [("Will Strike Again", "Dockers' Union")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The nets come up empty," said Rio Grande shrimp fisherman Carlos Mendes.', "Carlos Mendes"),
        ('"The vines are dying," said Mendoza grape grower Lucia Ferreyra.', "Lucia Ferreyra"),
    ],
)
def test_a_name_before_a_role_and_a_name_is_no_speaker(text: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Divers have discovered that the wreck lies in two pieces.", "the wreck lies in two pieces"),
        ("The jury heard that the boat had sailed without lights.", "the boat had sailed without lights"),
        ("Growers now accept that the old varieties will not survive.", "the old varieties will not survive"),
        ("The board recognises that the timetable was too ambitious.", "the timetable was too ambitious"),
    ],
)
def test_verbs_of_learning_and_accepting_report_their_clause(text: str, content: str) -> None:
    assert content in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen said they had heard that before.",
        "The harbour master said that too.",
        "The skipper has said that many times.",
        "The growers said that, too.",
    ],
)
def test_that_before_an_adverb_ending_the_sentence_is_a_pronoun(text: str) -> None:
    assert all(q.text not in ("before", "too", "many times") for q in all_quotes(text))


def test_that_before_an_adverb_and_a_clause_is_a_complementiser() -> None:
    text = "The skipper said that too often, the crews ignore the forecast."
    assert any(q.text.endswith("the crews ignore the forecast") for q in all_quotes(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The survey shows that the reef has lost a third of its coral, contradicting the ministry's figures.",
         "the reef has lost a third of its coral"),
        ("Harbour officials said the quay would reopen in May, urging skippers to moor elsewhere until then.",
         "the quay would reopen in May"),
    ],
)
def test_a_trailing_participle_of_stance_ends_the_content(text: str, content: str) -> None:
    assert content in [q.text for q in all_quotes(text)]


def test_a_short_content_ends_before_a_coordinated_attribution() -> None:
    text = "The skipper's lawyer, Ana Brito, would not confirm the catch but said her client had kept a log."
    got = [q.text for q in all_quotes(text)]
    assert "the catch" in got
    assert "her client had kept a log" in got


def test_a_pronoun_that_may_be_a_labels_object() -> None:
    text = "The council says the ferry must be cut. Islanders call that a betrayal of the coast."
    assert "that a betrayal of the coast" in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The co-operative Tuesday said prices fell.", "prices fell"),
        ("The skipper says the crew won.", "the crew won"),
        ("Officials believe the thieves took two boats.", "the thieves took two boats"),
    ],
)
def test_an_irregular_past_marks_a_clause_short_or_not(text: str, content: str) -> None:
    assert content in [q.text for q in all_quotes(text)]


def test_a_short_complement_with_no_verb_is_no_clause() -> None:
    assert [q.text for q in all_quotes("The harbour master said so.")] == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["fell", "won", "lost", "grew", "sank", "slumped"]),
       st.sampled_from(["said", "says", "has said"]))
def test_any_short_clause_with_an_irregular_past_is_reported(verb: str, cue: str) -> None:
    text = f"The board {cue} sales {verb}."
    assert f"sales {verb}" in [q.text for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The tribunal ruled that the harbour fees were unlawful.", "the harbour fees were unlawful", "The tribunal"),
        ("Coastguards appealed for sailors to stay in port.", "sailors to stay in port", "Coastguards"),
    ],
)
def test_rulings_and_appeals_are_attributed(text: str, content: str, speaker: str) -> None:
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [(content, speaker)]


def test_an_addressee_and_a_time_after_a_postposed_tell_are_no_clause() -> None:
    text = "The yard will close its dry dock next year, the company told the stock exchange on Tuesday."
    [q] = all_quotes(text)
    assert q.text.startswith("The yard will close its dry dock")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The port approved a dredging plan that engineers say will cost 40 million euros.",
         "will cost 40 million euros", "engineers"),
        ("The skipper who police believe was at the helm has been questioned.", "was at the helm", "police"),
        ("The old pier, which engineers believe is sinking, will close.", "is sinking", "engineers"),
    ],
)
def test_a_clause_reported_inside_a_relative_clause_is_its_subjects(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(q.text, spoken(text, q)) for q in all_quotes(text)]


def test_a_relative_before_a_cue_and_a_subject_is_no_gap() -> None:
    text = "The skipper said that the crew was safe."
    assert [(q.text, spoken(text, q)) for q in all_quotes(text)] == [("the crew was safe", "The skipper")]
