"""Issue #14, session 31 (second step): who ``it`` is, and verbs of saying in another sense.

* ``it`` after a body that said nothing the plugin reads. ``Tsogt Engineering denied the
  accusation. In a statement, it said …``: the denial has no content, so the body was never
  a speaker, and ``it`` took the last body that spoke (the accuser) or no one. A body named
  by its capitals at the start of the sentence before ``it`` (or of its own) is what ``it``
  stands for when it is nearer than the last body that spoke; never a person, a city or
  region, a people's adjective, or a common noun that opens a sentence (``Cases have
  climbed``).
* ``add`` moves things too: ``added lime to the fields``, ``added 300 jobs to its payroll``
  (a noun phrase, then ``to`` and a noun phrase, no finite verb between) is an object and
  its goal, not a clause said (``data/cues.json`` ``goal_object``).
* A lone singular noun of people without a determiner modifies the next noun (``family
  support services``, ``patient care``): it is no subject, so ``support`` is no stance.

Sentences and names written for these tests (mine, bakery, harbour and clinic news); none is
taken from a corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The miners' union said the shaft had no gas detectors. Velmet Engineering Group denied the accusation. "
         "In a statement, it said every crew carried a gas meter.", "Velmet Engineering Group"),
        ("Residents said the harbour wall had cracked. The Port Authority of Velm, which runs the harbour, "
         "rejected the claim. It said the wall was inspected in May.", "Port Authority of Velm"),
        ("The watchdog said the bakery chain had underpaid staff. OvenBright denied wrongdoing. "
         "It said the error was a payroll glitch.", "OvenBright"),
    ],
)
def test_it_is_the_body_named_as_the_last_subject(text: str, speaker: str) -> None:
    assert all_quotes(text)[-1].speaker == speaker


def test_a_common_noun_opening_a_sentence_is_no_antecedent() -> None:
    text = ("The clinic said waiting lists had grown. Referrals have climbed for six months. "
            "It said more doctors were needed.")
    last = all_quotes(text)[-1]
    assert last.speaker != "Referrals"


def test_a_body_that_spoke_since_the_subject_is_still_it() -> None:
    # unchanged: the last body that spoke after the named subject is ``it``
    text = ("Velmet Engineering Group opened a new shaft in March. The council said the shaft was unsafe. "
            "It said it would order an inspection.")
    assert all_quotes(text)[-1].speaker == "council"


@settings(max_examples=25, deadline=None)
@given(body=st.sampled_from(["Velmet Engineering Group", "OvenBright", "Velm Harbour Board", "Nordlys Bakeries",
                             "KDX", "Harbourline Ferries"]),
       act=st.sampled_from(["denied the accusation", "rejected the claim", "disputed the figures"]))
def test_any_named_body_that_denies_is_it(body: str, act: str) -> None:
    text = f"Inspectors said the site was unsafe. {body} {act}. It said the site had passed every check."
    assert all_quotes(text)[-1].speaker == body


@pytest.mark.parametrize(
    "text",
    [
        "Farmers added lime to the fields in spring.",
        "The bakery added 30 jobs to its payroll this year.",
        "The cook may have added mushrooms picked elsewhere to the soup.",
        "The charity runs hospices and family support services in three counties.",
        "The clinic opened a pharmacy and patient support services on weekdays.",
    ],
)
def test_no_report_in_another_sense(text: str) -> None:
    assert all_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The baker added that flour prices would rise.", "flour prices would rise"),
        ("The baker added the price of flour had doubled.", "the price of flour had doubled"),
        ("The harbour master said the ferry would move to the north quay.",
         "the ferry would move to the north quay"),
    ],
)
def test_reports_with_to_still_read(text: str, content: str) -> None:
    assert [c for c, _ in reported_with_speakers(text)] == [content]


def test_a_family_with_its_article_still_speaks() -> None:
    assert reported_with_speakers("The family said the boy had been bullied.") == [
        ("the boy had been bullied", "The family")]
