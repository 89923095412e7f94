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

from newskit import QuoteMention
from newskit_persons import extract_persons
from newskit_quotes import extract_quotes


def quotes(text: str) -> list[QuoteMention]:
    return [q for q in extract_quotes(text, extract_persons(text)) if not q.direct]


def spoken(text: str, q: QuoteMention) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


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
