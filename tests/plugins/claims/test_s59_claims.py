"""Session 59 (issue #10): a source named another way, found reading the allegation/denial
pairs of the short blind stories of session 58.

* A relative pronoun right after an appositive of a body made of its members (``Tanay
  Residents Watch, a group of teachers, farmers and nurses, which alleges``) stands for the
  body: the name before the appositive speaks, not the last members of its list.
* A source read as the words after a particle of a name in another language (``Golfe`` of
  ``Société Chimique du Golfe``, read as a gulf of Angola; ``Praia`` of ``Câmara Municipal da
  Praia``, Cabo Verde's capital) is the whole name, a body's.
* ``the company`` never stands for a name in apposition to a description of a body that is no
  company (``the island's self-rule government, Landsstyri, which ...``), as it never stood for
  one right after that noun (``the trade union ZZK``).
* A service named by a compound whose last word alone names a person (``the coast guard``,
  ``the national guard``, ``the border guard``) is a body, never the person quoted before it.

Invented sentences from other kinds of news."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.story.helpers import claims_of

from newskit import Pipeline


def _sources(pipeline: Pipeline, text: str, stance: str) -> list[str | None]:
    return [c.source for c in claims_of(pipeline, text) if c.stance == stance]


@pytest.mark.parametrize(("text", "stance", "body"), [
    ("The complaint was filed by Tanay Residents Watch, a group of teachers, farmers and nurses, which alleges "
     "that six roads exist only on paper.", "alleges", "Tanay Residents Watch"),
    ("The case was brought by Kalungi Land Defenders, a coalition of farmers and chiefdom elders, which says "
     "about 900 families were pushed off their land.", "asserts", "Kalungi Land Defenders"),
    ("The suit was filed by Vides Draugi, an association of about 80 local residents, who argued that the "
     "turbines stood too close to their homes.", "asserts", "Vides Draugi"),
    ("The petition came from Harbour Voices, a small network of fishermen, boat owners and divers, which also "
     "claims that the dredging killed the reef.", "alleges", "Harbour Voices"),
])
def test_a_relative_after_a_body_of_members_is_the_body(pipeline: Pipeline, text: str, stance: str,
                                                       body: str) -> None:
    assert _sources(pipeline, text, stance) == [body]


def test_a_person_before_a_role_of_a_body_is_no_body_of_members(pipeline: Pipeline) -> None:
    """``a member of the board`` is a person's role, not a body of members: unchanged."""
    text = "The ruling was welcomed by Marta Ruiz, a lawyer for the families, who said it was fair."
    assert "families" not in " ".join(s or "" for s in _sources(pipeline, text, "asserts"))


def test_the_body_and_the_mayor_are_paired(pipeline: Pipeline) -> None:
    """The body's allegation and the mayor's denial make one pair named by the body."""
    from newskit import Article
    from newskit.story import build_story

    texts = ["The complaint was filed by Tanay Residents Watch, a group of teachers, farmers and nurses, which "
             "alleges that six farm roads listed as finished exist only on paper. Mayor Jose Ramos denied the "
             "accusations, saying every road had been inspected."]
    analyses = [pipeline.run(Article.from_dict({"id": f"a{i}", "text": t, "source": f"Outlet {i}",
                                                "published": "2025-06-02"})) for i, t in enumerate(texts)]
    pairs = {(a.source, d.source) for a, d in build_story(analyses).contested_pairs()}
    assert ("Tanay Residents Watch", "Jose Ramos") in pairs


_MEMBERS = st.lists(st.sampled_from(["teachers", "farmers", "nurses", "church workers", "fishermen", "retired miners",
                                     "local residents", "parents"]), min_size=1, max_size=4, unique=True)


@settings(max_examples=25, deadline=None)
@given(members=_MEMBERS, noun=st.sampled_from(["group", "coalition", "association", "network", "alliance"]))
def test_any_list_of_members_leaves_the_body_the_speaker(pipeline: Pipeline, members: list[str], noun: str) -> None:
    listed = members[0] if len(members) == 1 else ", ".join(members[:-1]) + " and " + members[-1]
    article = "an" if noun[0] in "aeiou" else "a"
    text = (f"The complaint was filed by Orla Valley Watch, {article} {noun} of {listed}, which alleges that "
            f"the quarry polluted the river.")
    assert _sources(pipeline, text, "alleges") == ["Orla Valley Watch"]


@pytest.mark.parametrize(("text", "stance", "body"), [
    ("Fishermen accused Compagnie Minière du Niger of dumping waste. The Compagnie Minière du Niger on Tuesday "
     "denied the accusation.", "denies", "Compagnie Minière du Niger"),
    ("The Câmara Municipal da Beira on Monday rejected accusations that it had sold the beach land.", "denies",
     "Câmara Municipal da Beira"),
    ("The Syndicat des Enseignants Congolais (SEC) says the schools have stood empty since May.", "asserts",
     "Syndicat des Enseignants Congolais"),
    ("The state of Rio Grande do Norte has reported 40 new cases.", "reports", "Rio Grande do Norte"),
    ("Schools stayed shut on Monday.\nThe Syndicat des Enseignants Congolais (SEC), which called the strike, said "
     "9 of 10 teachers stayed away.", "asserts", "Syndicat des Enseignants Congolais"),
])
def test_a_name_joined_by_a_particle_is_whole(pipeline: Pipeline, text: str, stance: str, body: str) -> None:
    assert _sources(pipeline, text, stance) == [body]


def test_a_person_named_with_a_particle_stays_the_person(pipeline: Pipeline) -> None:
    text = "Conductor Pieter van Houten said the orchestra would tour in May. Ana de Souza said the hall was full."
    assert _sources(pipeline, text, "asserts") == ["Pieter van Houten", "Ana de Souza"]


@settings(max_examples=25, deadline=None)
@given(head=st.sampled_from(["Compagnie Minière", "Câmara Municipal", "Banco Comercial", "Société Générale"]),
       particle=st.sampled_from(["du", "da", "do", "de"]),
       place=st.sampled_from(["Niger", "Beira", "Angola", "Mali", "Benguela"]))
def test_any_name_joined_by_a_particle_before_a_place_is_whole(pipeline: Pipeline, head: str, particle: str,
                                                                place: str) -> None:
    text = f"The {head} {particle} {place} on Tuesday denied that it had sold the land."
    assert _sources(pipeline, text, "denies") == [f"{head} {particle} {place}"]


@pytest.mark.parametrize(("text", "firm"), [
    ("The High Court dismissed an appeal by Tovik Metals against the loss of its licence. Tovik is seeking damages "
     "from the island's self-rule government, Landsstyri, which withdrew the licence in 2023. The company accuses "
     "the government of seizing its project for political reasons.", "Tovik Metals"),
    ("Brask Foods closed its dairy in May. The plant's workers belong to the food union, Livsfag, which called a "
     "strike on Monday. The company said the plant had lost money for years.", "Brask Foods"),
])
def test_the_company_is_no_body_named_in_apposition(pipeline: Pipeline, text: str, firm: str) -> None:
    sources = [c.source for c in claims_of(pipeline, text) if (c.cue or "").lower() in ("accuses", "said")]
    assert sources[-1] == firm


@pytest.mark.parametrize(("text", "cue", "body"), [
    ('"The swell was enormous," said Rosa Lim, whose son was aboard. The coast guard says the boat carried 110 '
     "people.", "says", "coast guard"),
    ('"We ran for the hills," said Pedro Diaz. The national guard said all roads into the valley were shut.',
     "said", "national guard"),
    ("Survivors said the ferry was crowded. The coast guard has accused Marlin Ferries of overloading the boat.",
     "accused", "coast guard"),
])
def test_a_guard_service_is_a_body(pipeline: Pipeline, text: str, cue: str, body: str) -> None:
    assert [c.source for c in claims_of(pipeline, text) if c.cue == cue][-1] == body


def test_a_guard_is_still_a_person(pipeline: Pipeline) -> None:
    text = '"We ran," said Pedro Diaz. A guard at the gate said he saw nothing.'
    assert [c.source for c in claims_of(pipeline, text)][-1] != "coast guard"
