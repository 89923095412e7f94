"""Issue #14, session 6: indirect attributions by clause shape - a second report joined by a
conjunction ends the first one's content, and verbs of telling or asking with an addressee
and an infinitive are appeals.

Every sentence here was written for these tests (none is copied from a corpus); persons
come from the real persons plugin, as in the pipeline.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import indirect_quotes as quotes
from tests.plugins.quotes.helpers import spoken


def contents(text: str) -> list[str]:
    return [q.text for q in quotes(text)]


# ---------------------------------------------------------------- coordinated reports

@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Amara Osei agreed that the old pier should be rebuilt, but he said that the work "
         "must wait until the rains end.",
         "the old pier should be rebuilt", "the work must wait until the rains end"),
        ("Nurses at the clinic say the new shift rota is unworkable but noted that it has cut waiting "
         "times in the ward.",
         "the new shift rota is unworkable", "it has cut waiting times in the ward"),
        ("The coach said his players had trained well all week, though she acknowledged the pitch "
         "would be heavy on Sunday.",
         "his players had trained well all week", "the pitch would be heavy on Sunday"),
        ("Farmers in the valley said the new dam would flood their fields, while the ministry "
         "insisted the reservoir was needed for the city.",
         "the new dam would flood their fields", "the reservoir was needed for the city"),
        ("The minister insisted that the dam was safe, and local engineers warned that the spillway "
         "was cracked.",
         "the dam was safe", "the spillway was cracked"),
    ],
)
def test_a_coordinated_report_ends_the_first(text: str, first: str, second: str) -> None:
    got = contents(text)
    assert first in got
    assert second in got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "and" joining two subjects is no second report
        ("The minister said that the unions and the employers agree on the new pay scale.",
         "the unions and the employers agree on the new pay scale"),
        # a verb that is no report after the conjunction
        ("The mayor said that the market would reopen and traders would return by Friday.",
         "the market would reopen and traders would return by Friday"),
        # a conjunction inside a quotation stays in the content
        ('The engineer said the valves "were old and everyone knew it" before the flood.',
         'the valves "were old and everyone knew it" before the flood'),
    ],
)
def test_no_cut_without_a_coordinated_report(text: str, content: str) -> None:
    assert content in contents(text)


def test_the_second_report_has_its_own_speaker() -> None:
    text = ("Union leaders said the strike would go ahead on Monday, but the rail operator said "
            "that trains would run as normal.")
    by_content = {q.text: q for q in quotes(text)}
    assert spoken(text, by_content["the strike would go ahead on Monday"]) == "Union leaders"
    assert spoken(text, by_content["trains would run as normal"]) == "the rail operator"


# ---------------------------------------------------------------- appeals

@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The health minister warned residents to boil their drinking water until Friday.",
         "residents to boil their drinking water until Friday", "The health minister"),
        ("Kofi Mensah told his staff to stay home during the transport strike.",
         "his staff to stay home during the transport strike", "Kofi Mensah"),
        ("The federation asked all clubs to submit their budgets by the end of March.",
         "all clubs to submit their budgets by the end of March", "The federation"),
        ("Aid groups have encouraged donors to send cash rather than clothing.",
         "donors to send cash rather than clothing", "Aid groups"),
    ],
)
def test_an_addressee_and_an_infinitive_is_an_appeal(text: str, content: str, speaker: str) -> None:
    by_content = {q.text: q for q in quotes(text)}
    assert content in by_content, list(by_content)
    assert spoken(text, by_content[content]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The driver was asked to leave the stadium.",  # passive: the driver asks nothing
        "She asked not to be named because she was not allowed to speak.",  # no addressee
        "The clerk told him to be seated.",  # a passive infinitive
        "Tuesday warned of rain.",  # no speaker, no addressee and infinitive
    ],
)
def test_no_appeal(text: str) -> None:
    assert not [q for q in quotes(text) if q.cue in ("asked", "told", "warned")]


_SUBJECTS = ["The governor", "Port officials", "She", "The league"]
_CLAUSES = ["the new ferry would start in May", "fares would not rise this year",
            "the bridge had been inspected twice"]
_CUES = ["said", "insisted", "noted", "added"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_CLAUSES), st.sampled_from(_CLAUSES),
       st.sampled_from(_CUES), st.sampled_from(["but", "though", "while"]))
def test_two_coordinated_reports_never_share_content(
    subject: str, one: str, two: str, cue: str, conj: str
) -> None:
    """``<S> said <A>, <conj> he <cue> <B>``: whatever the words, no content runs across the
    conjunction into the second report."""
    text = f"{subject} said {one}, {conj} he {cue} that {two}."
    got = quotes(text)
    cut = text.index(f", {conj} he")
    assert any(q.start < cut for q in got)
    assert all(not (q.start < cut < q.end) for q in got)


# ---------------------------------------------------------------- labels without quotation marks

@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The opposition leader has called the new fuel levy a tax on the poor.",
         "the new fuel levy a tax on the poor", "The opposition leader"),
        ("Grace Wanjiru called her decision to leave the club a mistake.",
         "her decision to leave the club a mistake", "Grace Wanjiru"),
        ("The union described the pay offer as an insult to its members.",
         "the pay offer as an insult to its members", "The union"),
        ("Fans at the stadium said the match was poor and called the referee a disgrace.",
         "the referee a disgrace", "Fans"),
        ("Coffee farmers see the new export rules as a threat to small farms.",
         "the new export rules as a threat to small farms", "Coffee farmers"),
        ("The regulator views the merger as a risk to competition.",
         "the merger as a risk to competition", "The regulator"),
    ],
)
def test_an_object_and_its_predicate_is_a_label(text: str, content: str, speaker: str) -> None:
    by_content = {q.text: q for q in quotes(text)}
    assert content in by_content, list(by_content)
    assert speaker in (spoken(text, by_content[content]) or "")


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called a meeting of the council for Monday.",  # an object, no predicate
        "The mayor called reporters to a briefing at noon.",  # a preposition before the article
        "The coach called in a specialist from Lagos.",  # a particle
        "The ministry described a new scheme for farmers.",  # describe takes "as"
        "The striker was seen as a risk by the coach.",  # passive
        "Residents saw the fire from the hill.",  # no predicate
    ],
)
def test_no_label(text: str) -> None:
    assert not quotes(text)


# ---------------------------------------------------------------- asides, addressees, postposed forms

@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The auditors said, however, that the accounts were in order.", "the accounts were in order"),
        ("Several economists cautioned, as did the central bank itself, that the recovery was fragile.",
         "the recovery was fragile"),
        ("The minister told a gathering of coffee growers in Nyeri that prices would rise.",
         "prices would rise"),
    ],
)
def test_that_after_an_aside_or_a_long_addressee(text: str, content: str) -> None:
    assert content in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Health workers warned the outbreak could spread to the capital.",
         "the outbreak could spread to the capital"),
        ("The governor told reporters the outbreak had peaked.", "the outbreak had peaked"),
    ],
)
def test_a_verb_of_telling_with_or_without_an_addressee(text: str, content: str) -> None:
    assert contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The bridge was never safe for lorries, the former engineer maintains.",
         "The bridge was never safe for lorries", "the former engineer"),
        ("The drought will cut the maize harvest by a third, experts warn.",
         "The drought will cut the maize harvest by a third", "experts"),
        ("The new levy, she insists, will be paid by the importers.",
         "The new levy, she insists, will be paid by the importers", "she"),
    ],
)
def test_every_finite_form_of_a_postposed_verb(text: str, content: str, speaker: str) -> None:
    by_content = {q.text: q for q in quotes(text)}
    assert content in by_content, list(by_content)
    assert spoken(text, by_content[content]) == speaker


# ---------------------------------------------------------------- gerunds

@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The senator was criticised for saying that the drought was a hoax.",
         "the drought was a hoax", "The senator"),
        ("Amina Yusuf angered the board by telling reporters that the merger was dead.",
         "the merger was dead", "Amina Yusuf"),
        ("The minister, despite admitting that the tests were late, defended the record of the ministry.",
         "the tests were late", "The minister"),
    ],
)
def test_a_gerund_after_a_preposition_reports(text: str, content: str, speaker: str) -> None:
    by_content = {q.text: q for q in quotes(text)}
    assert content in by_content, list(by_content)
    assert spoken(text, by_content[content]) == speaker


def test_it_goes_without_saying_is_no_report() -> None:
    assert not quotes("It goes without saying that the final will be played in Accra.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics mocked the minister for saying that the bridge was the finest in Africa.", "the minister"),
        ("Opposition leaders criticised Joseph Mensah for claiming that the vote had been rigged.",
         "Joseph Mensah"),
        ("The minister was mocked for saying that the bridge was the finest in Africa.", "The minister"),
    ],
)
def test_the_judged_object_said_it(text: str, speaker: str) -> None:
    got = quotes(text)
    assert len(got) == 1, got
    assert spoken(text, got[0]) == speaker
