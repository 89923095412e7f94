"""Session 13 (issue #10, helper pairs): a body and its initials are one source (``the
Civil Aviation Safety Board (CASB)`` / ``the CASB``), named by both, so a pair or a
corroboration sees one party and a gold or a reader naming either finds it. Texts written
for these tests (aviation, farming, rail, a port)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Analysis, Claim
from newskit.story.acronyms import acronym_names, name_acronym_sources
from tests.story.helpers import contested_pairs


def _analysis(text: str, k: int = 0) -> Analysis:
    return Analysis(article=Article(id=f"a{k}", text=text))


def test_initials_in_brackets_name_the_words_they_are_the_capitals_of() -> None:
    names = acronym_names([
        _analysis("The UN Food and Agriculture Organization (FAO) warned of more swarms."),
        _analysis("The Korea AeroSpace Administration (KASA) said the lander was stable.", 1),
        _analysis("The operator, Nordbahn Tunnelbetrieb (NTG), declined to comment.", 2),
    ])
    assert names == {"FAO": "Food and Agriculture Organization", "KASA": "Korea AeroSpace Administration"}


def test_initials_given_two_names_name_neither() -> None:
    names = acronym_names([_analysis("The Rail Safety Board (RSB) said so."),
                           _analysis("The Regional Shipping Bureau (RSB) said otherwise.", 1)])
    assert names == {}


def test_a_source_that_is_the_name_or_its_initials_is_named_by_both() -> None:
    analyses = [_analysis("The Port Safety Authority (PSA) said the crane had failed.")]
    claims = [Claim(article="a0", start=0, end=1, text="x", source=s, stance="asserts")
              for s in ("PSA", "Port Safety Authority", "Mara Linde of PSA", "Port Authority")]
    got = [c.source for c in name_acronym_sources(claims, analyses)]
    assert got == ["Port Safety Authority (PSA)", "Port Safety Authority (PSA)",
                   "Mara Linde of Port Safety Authority (PSA)", "Port Authority"]


def test_the_initials_and_the_name_make_one_accuser(pipeline: Pipeline) -> None:
    story_articles = [
        Article.from_dict({"id": "a1", "source": "Wire", "published": "2025-06-01", "text":
                           "The Civil Aviation Safety Board (CASB) said on Monday that Skyreach had skipped engine "
                           "checks on two of its jets."}),
        Article.from_dict({"id": "a2", "source": "Daily", "published": "2025-06-02", "text":
                           "The CASB said Skyreach had skipped engine checks for months. Skyreach denied the claim."}),
    ]
    from newskit.story import build_story
    pairs = contested_pairs(build_story([pipeline.run(a) for a in story_articles]))
    assert pairs and all(a == "Civil Aviation Safety Board (CASB)" for a, _ in pairs), pairs


_WORDS = st.lists(st.sampled_from(["Rail", "Safety", "Board", "National", "Port", "Authority", "Grain"]),
                  min_size=2, max_size=5)


@given(_WORDS)
def test_a_name_introduced_with_its_own_initials_is_found(words: list[str]) -> None:
    name = " ".join(words)
    acr = "".join(w[0] for w in words)
    assert acronym_names([_analysis(f"Officials of the {name} ({acr}) spoke.")]) == {acr: name}


def test_initials_written_as_a_word_in_brackets_are_initials_too() -> None:
    """Session 23: British and South African papers write an acronym they say as a word in
    lower case after its capital (``the Passenger Rail Agency of South Africa (Prasa)``)."""
    analyses = [_analysis("The Wildlife and Environment Society of South Africa (Wessa) said the beach was closed."),
                _analysis("The Daily Times (Nigeria) reported the story first.", 1)]
    assert acronym_names(analyses) == {"Wessa": "Wildlife and Environment Society of South Africa"}
    claims = [Claim(article="a0", start=0, end=1, text="x", source=s, stance="asserts")
              for s in ("Nomvula Dlamini of Wessa", "Wildlife and Environment Society of South Africa")]
    assert [c.source for c in name_acronym_sources(claims, analyses)] == [
        "Nomvula Dlamini of Wildlife and Environment Society of South Africa (Wessa)",
        "Wildlife and Environment Society of South Africa (Wessa)"]
