"""Session 9 (issue #10): who the parties of an allegation/denial pair are on unseen news.

* A body named with the country it belongs to keeps that word (``the Moldovan Agriculture
  Ministry`` / ``the Romanian Agriculture Ministry``): two ministries of one kind that blame
  each other are two parties, not one ``Agriculture Ministry``.
* Names joined by ``and`` that open the denial's clause deny together (``Corvel and Tasman
  denied the claim``).
* An assertion whose clause subject is the denier's party (``Brenmoor had dumped ...``,
  ``a Moldovan trawler had rammed ...``) says the denier did it: a denial by that party
  answers it, though no cue said "alleged".

Sentences written for these tests (a fishing dispute, a shipping cartel, a hospital
contract, a quarry), not from the stories where the kinds were seen failing (a border
clash, a blocked merger, an art sale, a data-breach fine)."""

from __future__ import annotations

import pytest

from newskit import Article, Claim, Pipeline
from newskit.story import build_story
from tests.story.helpers import contested_pairs


def _story_pairs(pipeline: Pipeline, texts: list[str]) -> set[tuple[str, str]]:
    return contested_pairs(build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": f"Outlet {i}", "published": f"2025-06-0{i + 1}", "text": t}))
        for i, t in enumerate(texts)]))


def _denials(pipeline: Pipeline, text: str) -> list[Claim]:
    doc = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-03-02"}))
    return [c for c in doc.claims if c.stance == "denies"]


@pytest.mark.parametrize(("text", "source"), [
    ("Fishermen complained about the new quota. The Moldovan Agriculture Ministry denied the accusation.",
     "Moldovan Agriculture Ministry"),
    ("Exporters were angry on Tuesday. Norway's Fisheries Directorate rejected the claims as false.",
     "Norway's Fisheries Directorate"),
])
def test_a_body_keeps_the_country_it_belongs_to(pipeline: Pipeline, text: str, source: str) -> None:
    assert [c.source for c in _denials(pipeline, text)] == [source]


def test_a_body_opening_its_sentence_has_no_modifier(pipeline: Pipeline) -> None:
    """``On Monday the Health Ministry denied``: a date before the name qualifies nothing."""
    denials = _denials(pipeline, "Nurses said wards were understaffed. On Monday the Health Ministry denied it.")
    assert all(c.source == "Health Ministry" for c in denials), [c.source for c in denials]


def test_names_joined_by_and_deny_together(pipeline: Pipeline) -> None:
    denials = _denials(pipeline, ("A shippers' lobby said the two lines had fixed freight rates for years. "
                                  "Corvel and Tasman denied the claim."))
    assert [c.source for c in denials] == ["Corvel and Tasman"]


def test_two_ministries_of_one_kind_blaming_each_other_are_two_pairs(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        ("The Romanian Agriculture Ministry said Moldovan trawlers had rammed two of its patrol boats. "
         "The Moldovan Agriculture Ministry denied the accusation."),
        ("The Moldovan Agriculture Ministry accused Romanian inspectors of seizing nets illegally. "
         "The Romanian Agriculture Ministry rejected the allegation."),
    ])
    assert ("Romanian Agriculture Ministry", "Moldovan Agriculture Ministry") in pairs, pairs
    assert ("Moldovan Agriculture Ministry", "Romanian Agriculture Ministry") in pairs, pairs


def test_a_charge_against_either_of_two_joined_parties_is_answered(pipeline: Pipeline) -> None:
    pairs = _story_pairs(pipeline, [
        "The Freight Users Council alleged that Corvel had colluded with a rival to raise rates.",
        "Corvel and Tasman denied wrongdoing.",
    ])
    assert ("Freight Users Council", "Corvel and Tasman") in pairs, pairs


@pytest.mark.parametrize("assertion", [
    "Brenmoor had dumped quarry waste in the stream for months",
    "Brenmoor ignored repeated warnings from the council",
])
def test_an_assertion_that_the_denier_did_it_is_answered(pipeline: Pipeline, assertion: str) -> None:
    pairs = _story_pairs(pipeline, [
        f"Residents of Ashby said {assertion}, according to a petition handed to the mayor.",
        "Brenmoor rejected the accusation, saying its site met every condition of its permit.",
    ])
    assert any(d == "Brenmoor" and a != "Brenmoor" for a, d in pairs), pairs


def test_an_assertion_about_another_party_is_not_answered(pipeline: Pipeline) -> None:
    """The council did something, not the quarry firm: the firm's denial does not answer it."""
    pairs = _story_pairs(pipeline, [
        "Residents of Ashby said the council had approved the new access road in March.",
        "Brenmoor rejected the accusation, saying its site met every condition of its permit.",
    ])
    assert not any(d == "Brenmoor" for _, d in pairs), pairs


def test_an_assertion_of_what_the_denier_has_without_an_act_is_not_answered(pipeline: Pipeline) -> None:
    """``Brenmoor had no licence``: ``had`` is the verb itself, no act of the denier."""
    pairs = _story_pairs(pipeline, [
        "Residents of Ashby said Brenmoor had no idea how deep the pit was.",
        "Brenmoor rejected the accusation, saying its site met every condition of its permit.",
    ])
    assert not any(d == "Brenmoor" for _, d in pairs), pairs


@pytest.mark.parametrize(("text", "source"), [
    ("A navy source, speaking on condition of anonymity, denied that the frigate had entered the strait.",
     "navy source"),
    ("A hospital source said two wards had been closed.", "hospital source"),
])
def test_an_unnamed_source_keeps_what_it_belongs_to(pipeline: Pipeline, text: str, source: str) -> None:
    """``a navy source`` is the navy's voice, not any unnamed source's."""
    doc = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2025-03-02"}))
    assert [c.source for c in doc.claims] == [source]


def test_a_bare_unnamed_source_stays_unnamed(pipeline: Pipeline) -> None:
    doc = pipeline.run(Article.from_dict({"id": "a", "text": "A source said two wards had been closed.",
                                          "published": "2025-03-02"}))
    assert [c.source for c in doc.claims] == ["unnamed sources"]


@pytest.mark.parametrize("text", [
    "Arden Rail said it would appeal and described the inspectorate's analysis as \"flawed\".",
    "The orchestra called the auditor's findings misleading.",
])
def test_a_judgement_called_false_is_a_denial(pipeline: Pipeline, text: str) -> None:
    assert len(_denials(pipeline, text)) == 1


def test_a_judgement_told_of_is_no_denial(pipeline: Pipeline) -> None:
    assert not _denials(pipeline, "The inspectorate said its analysis would be published in May.")


def test_a_denial_naming_a_body_by_its_initials_answers_it(pipeline: Pipeline) -> None:
    """``the ORR's analysis`` names the Office of Rail Regulation said just before."""
    pairs = _story_pairs(pipeline, [
        ("The Office of Rail Regulation said Arden Rail's trains had run late on a third of journeys in May. "
         "Arden Rail described the ORR's analysis as \"flawed\", saying strikes had been counted against it."),
    ])
    assert ("Office of Rail Regulation", "Arden Rail") in pairs, pairs


def test_the_accused_named_by_its_adjective_is_the_denier(pipeline: Pipeline) -> None:
    """``Marovian trawlers had cut the cables`` accuses Marovia (its adjective form)."""
    pairs = _story_pairs(pipeline, [
        "The Telecoms Authority of Ostland said Marovian trawlers had cut two undersea cables on Sunday.",
        "Marovia denied the charge, saying its fleet had been in port.",
    ])
    assert ("Telecoms Authority of Ostland", "Marovia") in pairs, pairs


def test_a_denial_naming_its_accuser_answers_what_the_accuser_says_after_it(pipeline: Pipeline) -> None:
    """The lead gives the denial (``rejected claims by Ines Moreau``), the accuser's words follow."""
    pairs = _story_pairs(pipeline, [
        ("Castell Opera has rejected claims by soprano Ines Moreau that it cancelled her contract over a pay "
         "dispute.\nMoreau said the director had told her in March that her roles would go to a cheaper singer."),
    ])
    assert ("Ines Moreau", "Castell Opera") in pairs, pairs


def test_a_body_keeps_its_country_word_in_a_relative_clause(pipeline: Pipeline) -> None:
    denials = _denials(pipeline, ("Fishermen said Latvian patrols had seized their nets, which the Latvian "
                                  "Coast Guard denied, calling it \"a fabrication\"."))
    assert [c.source for c in denials] == ["Latvian Coast Guard"]


def test_a_possessive_name_is_the_same_party() -> None:
    from newskit.story.contested import _same_party
    assert _same_party("Ashcombe's", "Ashcombe")
    assert not _same_party("Ashcombe", "Ashcombe Trust Bank Holdings Group")


@pytest.mark.parametrize("text", [
    ("The port authority said the crane had been inspected in May, rejecting claims by dockers that it was "
     "unsafe."),
    "The Water Board said it would appeal, dismissing the accusations as politically motivated.",
])
def test_a_participle_denying_a_charge_after_a_report_is_a_denial_by_the_reporter(pipeline: Pipeline,
                                                                                  text: str) -> None:
    denials = _denials(pipeline, text)
    assert denials and all(c.cue in ("rejecting", "dismissing") for c in denials), denials


def test_a_participle_after_it_said_denies_for_the_body_that_spoke_before(pipeline: Pipeline) -> None:
    denials = _denials(pipeline, ("The Danube Shipping Authority said the barge had been overloaded. It was "
                                  "moored legally, it said, rejecting claims by the crew that it had been "
                                  "abandoned."))
    assert [c.source for c in denials if c.cue == "rejecting"] == ["Danube Shipping Authority"], denials


def test_a_participle_rejecting_an_offer_is_no_denial(pipeline: Pipeline) -> None:
    assert not _denials(pipeline, "The union said it would strike, rejecting the offer of a 3% rise.")


def test_a_denial_of_something_else_in_another_article_does_not_answer_the_act(pipeline: Pipeline) -> None:
    """The firm denies its lorries cracked the bridge; that says nothing of the road it reopened."""
    pairs = _story_pairs(pipeline, [
        "Parish officials said Brenmoor had reopened the quarry road on Monday.",
        "Villagers said Brenmoor lorries had cracked the old bridge. Brenmoor denied that its lorries had cracked anything.",
    ])
    assert not any(a == "Parish officials" and d == "Brenmoor" for a, d in pairs), pairs
