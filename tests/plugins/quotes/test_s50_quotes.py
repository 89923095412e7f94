"""Issue #14, session 50 (helper quotes): a verb whose object is another's claim.
Sentences written for these tests from bus, bakery, quarry, clinic and harbour news; none
is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.claims.helpers import claim_sources
from tests.plugins.quotes.helpers import all_quotes

from newskit import Pipeline


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker, cue) of every attribution in ``text``."""
    return [(q.text, q.speaker, q.cue) for q in all_quotes(text)]


# 1. A content noun owned by another is the verb's object: its that-clause is the owner's
#    claim, and the verb reports the whole phrase.


@pytest.mark.parametrize(
    ("text", "owner", "cue", "content"),
    [
        ("Harbor Buses said the timetable was safe. It denied the drivers' union's claim that it had "
         "cut rest breaks.", "drivers' union", "claim", "it had cut rest breaks"),
        ("Kestrel Quarries disputed the federation's allegation that blasting had cracked the school.",
         "federation", "allegation", "blasting had cracked the school"),
        ("Mayor Ines Carro repeated Dr Lena Foss's warning that the clinic would close in May.",
         "Lena Foss", "warning", "the clinic would close in May"),
    ],
)
def test_the_clause_after_an_owned_noun_is_the_owners(text: str, owner: str, cue: str, content: str) -> None:
    found = [(s, c) for t, s, c in _said(text) if t == content]
    assert found == [(owner, cue)], _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Kestrel Quarries disputed the federation's allegation that blasting had cracked the school.",
         "Kestrel Quarries", "disputed", "the federation's allegation that blasting had cracked the school"),
        ("The bakery said the union's claim that it had cut wages was false.",
         "the bakery", "said", "the union's claim that it had cut wages was false"),
    ],
)
def test_the_verb_reports_the_whole_phrase(text: str, speaker: str, cue: str, content: str) -> None:
    assert (content, speaker, cue) in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # one's own claim, or a claim no one owns, is still the verb's clause
        ("Kestrel Quarries repeated its claim that the blasting was safe.", "Kestrel Quarries",
         "the blasting was safe"),
        ("Kestrel Quarries denied the claim that the blasting had cracked the school.", "Kestrel Quarries",
         "the blasting had cracked the school"),
    ],
)
def test_a_claim_of_ones_own_or_of_no_one_stays_the_verbs(text: str, speaker: str, content: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [speaker], _said(text)


def test_the_owned_clause_ends_before_the_verb_of_the_clause_it_opens() -> None:
    text = "The bakery said the union's claim that it had cut wages was false."
    assert ("it had cut wages", "union", "claim") in _said(text)


def test_the_owner_alleges_and_the_subject_denies() -> None:
    text = ("Harbor Buses said the timetable was safe. It denied the drivers' union's claim that it had "
            "cut rest breaks.")
    sources = claim_sources(Pipeline.build(), text)
    assert ("drivers' union", "alleges") in sources
    assert ("Harbor Buses", "denies") in sources


# 2. A noun of a charge alleges: its owner's claim is an allegation, as the verbs'.


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Kestrel Quarries disputed the federation's allegation that blasting had cracked the school.",
         "federation"),
        ("The mayor repeated the ministry's charge that the ferry firm had hidden its losses.", "ministry"),
        ("The bakery rejected the union's accusations that it had cut wages.", "union"),
    ],
)
def test_a_noun_of_a_charge_alleges(text: str, owner: str) -> None:
    assert (owner, "alleges") in claim_sources(Pipeline.build(), text)


def test_a_noun_of_a_view_still_asserts() -> None:
    text = "The mayor rejected the ministry's view that the ferry was safe."
    assert ("ministry", "asserts") in claim_sources(Pipeline.build(), text)


# 3. Owners: a possessive determiner opens an owner of its own (her party's), and several
#    bodies own a claim as one does (the councils').


@pytest.mark.parametrize(
    ("text", "owner", "content"),
    [
        ("Ana Ruiz repeated on Saturday her party's charge that the harbour vote was rigged.", "party",
         "the harbour vote was rigged"),
        # a plural of a body's head names a group of bodies, by its words (session 55)
        ("She repeated the councils' allegation that the well water was unsafe.", "councils",
         "the well water was unsafe"),
    ],
)
def test_owners_of_claims(text: str, owner: str, content: str) -> None:
    assert [s for t, s, _ in _said(text) if t == content] == [owner], _said(text)


def test_the_verbs_phrase_starts_at_the_owner() -> None:
    text = "Ana Ruiz repeated on Saturday her party's charge that the harbour vote was rigged."
    assert ("her party's charge that the harbour vote was rigged", "Ana Ruiz", "repeated") in _said(text)


# 4. Initials set in apposition to a description of a body have that description's kind.


def _speaker(text: str, content: str) -> str | None:
    found = [s for t, s, _ in _said(text) if t == content]
    assert found, _said(text)
    return found[0]


def test_initials_in_apposition_have_the_descriptions_kind() -> None:
    text = ('Bakers at the Lomond mill walked out on Monday. "We have not been paid since May," their '
            "union, the BWU, said. The company said wages would be paid this week.")
    assert _speaker(text, "wages would be paid this week") != "BWU"


@pytest.mark.parametrize(
    "text",
    [
        # initials in a list, and a name's legal form, are no apposition
        ("The regional government, BWU, OXFAM and two banks paid for the mill. BWU said it was open. "
         "The company said wages would be paid this week."),
        # a description of the same kind still finds them
        ('Bakers at the Lomond mill walked out. "We are owed wages," their employer, the LMC, said. '
         "The company said wages would be paid this week."),
    ],
)
def test_initials_not_in_apposition_to_another_kind(text: str) -> None:
    assert _speaker(text, "wages would be paid this week") in ("BWU", "LMC")


# 5. A person named right before "of" heads the subject: the phrase after "of" says where
#    she works.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ana Ruiz of the Harbour Pilots Union said the tugs were unsafe.", "the tugs were unsafe", "Ana Ruiz"),
        ("Economist Tomas Berger of the Lindau Institute said rents would rise.", "rents would rise",
         "Tomas Berger"),
        ('"The tugs are unsafe," Ana Ruiz of the pilots\' union said.', "The tugs are unsafe", "Ana Ruiz"),
    ],
)
def test_a_person_of_a_body_speaks(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The lawyer of Ana Ruiz said the tugs were unsafe.", "the tugs were unsafe", "lawyer of Ana Ruiz"),
        ("The Bank of Lindau said rents would rise.", "rents would rise", "Bank of Lindau"),
    ],
)
def test_other_phrases_with_of_are_kept(text: str, content: str, speaker: str) -> None:
    assert _speaker(text, content) == speaker


# 6. One does not deny one's own claim, also when the subject is set off by an apposition.


def test_the_owner_is_not_the_subject_with_an_apposition() -> None:
    text = ("Kestrel Quarries, the firm that runs the pit, denied the city authority's claim that it "
            "had blasted at night.")
    assert _speaker(text, "it had blasted at night") != "Kestrel Quarries"
