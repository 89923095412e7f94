"""Session 16 (issue #10, helper pairs): one side of a dispute named at different levels
across outlets is one party (``story/parties.py``).

* A person is named with the body they speak for when the story puts a role between them
  (``the union's general secretary, Tendai Moyo``, ``Liam Doherty, chairman of the Rovers
  Supporters' Trust``), in every article, also where one names them bare.
* A group of members is its body (``Junior doctors`` / ``British Junior Doctors' Forum``).
* A denial naming the accuser's party (``claims by the union``) answers its voices.

Sentences written for these tests (a mine collapse, a hospital rota, football tickets, a
ferry line), not from the stories where the kinds were seen failing (a cruise ship, a
referendum, a concert crush, a water utility)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story import build_story
from newskit.story.parties import body_of, party_words
from tests.story.helpers import outlet_pairs


def _sources(pipeline: Pipeline, arts: list[tuple[str, str]]) -> set[str]:
    story = build_story([pipeline.run(Article.from_dict(
        {"id": f"a{i}", "source": outlet, "published": f"2025-06-0{i + 1}", "text": t}))
        for i, (outlet, t) in enumerate(arts)])
    return {c.source or "" for c in story.claims}


MINE = [
    ("Mining Weekly", "The Kariba Mineworkers' Union said on Monday that managers at the Shangani copper mine had "
                      "ignored repeated warnings about unstable rock before the collapse. \"They were told in March "
                      "and did nothing,\" said the union's general secretary, Tendai Moyo."),
    ("Herald", "Shangani Copper rejected claims by the union that its managers had ignored warnings about the rock. "
               "Tendai Moyo said the company had cut safety inspections to save money."),
]


def test_a_person_takes_the_body_a_role_puts_them_in_across_outlets(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, MINE)
    assert "Tendai Moyo of Kariba Mineworkers' Union" in sources, sources
    assert "Tendai Moyo" not in sources, sources


def test_a_denial_naming_the_party_answers_its_voice_in_another_article(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, MINE)
    assert ("Tendai Moyo of Kariba Mineworkers' Union", "Shangani Copper") in pairs, pairs


def test_a_role_and_a_body_after_the_name_win_over_a_sentence_s_opening_capital(pipeline: Pipeline) -> None:
    sources = _sources(pipeline, [
        ("Sport Daily", "Fans' group chairman Liam Doherty said the club had sold tickets above the face value "
                        "through a partner agency."),
        ("Echo", "Liam Doherty, chairman of the Rovers Supporters' Trust, has called for an inquiry. Kingsport Rovers "
                 "denied the supporters' allegations, saying its partner agency sold tickets at face value."),
    ])
    assert "Liam Doherty of Rovers Supporters' Trust" in sources, sources


def test_a_group_of_members_is_the_body_that_holds_its_noun(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [
        ("City Paper", "Junior doctors accused Westbrook Hospital Trust on Tuesday of forcing them to work 80-hour "
                       "weeks without breaks."),
        ("Health Wire", "The British Junior Doctors' Forum said rotas at the trust broke national limits. Westbrook "
                        "Hospital Trust denied the accusation, saying every rota met the rules."),
    ])
    assert ("British Junior Doctors' Forum", "Westbrook Hospital Trust") in pairs, pairs
    assert not any(a == "Junior doctors" for a, _ in pairs), pairs


def test_a_noun_two_bodies_hold_names_neither() -> None:
    bodies = ["Harbour Pilots' Association", "Estuary Pilots' Guild"]
    assert body_of("pilots", bodies) is None
    assert body_of("the association", bodies) == "Harbour Pilots' Association"


def test_initials_name_their_body_and_a_name_of_its_own_no_other() -> None:
    bodies = ["Central Transport Authority", "Westbrook Hospital Trust"]
    assert body_of("CTA", bodies) == "Central Transport Authority"
    assert body_of("Rovers Supporters' Trust", bodies) is None  # not the hospital by its head noun


def test_the_party_words_of_a_voice_are_its_surname_and_its_body_past_the_first_word() -> None:
    assert party_words("Tendai Moyo of Kariba Mineworkers' Union", person=True) == {"Moyo", "Mineworkers", "Union"}
    assert party_words("Tajik Defence Ministry", person=False) == {"Defence", "Ministry"}


_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' ", min_size=1, max_size=30)


@given(phrase=_NAME, bodies=st.lists(_NAME, max_size=4))
def test_a_phrase_names_one_of_the_story_s_bodies_or_none(phrase: str, bodies: list[str]) -> None:
    got = body_of(phrase, bodies)
    assert got is None or got in bodies


def test_a_possessive_before_a_role_is_the_body_not_the_words_after_it() -> None:
    from newskit.story.parties import _named_bodies

    text = "Valmont's former finance director Ines Carvalho told the court the accounts had been altered."
    assert list(_named_bodies(text, frozenset({"Ines Carvalho"}), [])) == [("Ines Carvalho", "Valmont", False)]


def test_a_determiner_opening_the_denier_s_name_names_no_one() -> None:
    """``The Port Authority`` denied: an allegation that opens a sentence with ``The`` does
    not name it; one naming ``Port Authority`` does."""
    from newskit.model import Claim
    from newskit.story.contested import _accuses

    other = Claim(article="a", start=0, end=40, text="The ferry had been overloaded for weeks", source="Crew members")
    named = Claim(article="a", start=0, end=40, text="Port Authority staff had ignored the alarms", source="Crew members")
    assert not _accuses(other, "The Port Authority")
    assert _accuses(named, "The Port Authority")



def test_a_time_or_an_agent_s_preposition_before_a_role_is_no_body(pipeline: Pipeline) -> None:
    """Session 37: ``dismissed on Tuesday by chairman X`` names no body ``Tuesday by``, and
    ``After Wednesday's hearing, chairman X`` no body ``After Wednesday``."""
    sources = _sources(pipeline, [
        ("Wire", "Harbour director Elsa Brandt was dismissed on Tuesday by chairman Oskar Lind, who accused her "
                 "of hiding losses. Brandt denied the accusation. The Harbour Workers Union said the dismissal "
                 "was political."),
        ("Daily", "Oskar Lind said Brandt had hidden losses at the port for two years. After Wednesday's hearing, "
                  "chairman Oskar Lind said the board would appoint an auditor. The Harbour Workers Union said "
                  "it would strike."),
    ])
    assert "Oskar Lind" in sources, sources
