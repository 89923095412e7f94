"""A body one article introduces with a description before its name (``the country's
disaster agency AFAD said``) is the body other articles name alone (``AFAD said``): one
source, so the story never counts it twice among independent sources (sentences written for
the tests)."""

from __future__ import annotations

from newskit import Article, Claim, Pipeline
from newskit.story import build_story
from newskit.story.spellings import one_named_body


def _corroborations(*texts: str) -> list[str]:
    pipeline = Pipeline.build()
    analyses = [pipeline.run(Article(id=f"a{i}", text=t, published="2026-02-08")) for i, t in enumerate(texts)]
    return [f.summary for f in build_story(analyses).corroborations]


def test_a_described_body_and_its_bare_name_are_one_source() -> None:
    wire = ("A magnitude 6.1 earthquake struck eastern Turkey late on Saturday, killing at least "
            "seven people, the country's disaster agency AFAD said.")
    agency = "The earthquake struck near Tatvan on Saturday night, AFAD said."
    minister = "The earthquake struck near Tatvan late on Saturday, Interior Minister Selim Ozkan said."
    got = [s for s in _corroborations(wire, agency, minister) if "earthquake" in s]
    assert got and got[0].startswith("2 independent sources")
    assert "disaster agency AFAD" not in got[0]


def _claim(source: str, kind: str | None = None) -> Claim:
    return Claim(article="a", start=0, end=4, text="said", source=source, source_type=kind)


def test_a_name_after_a_preposition_is_no_apposition() -> None:
    claims = [_claim("foreign policy chief of European Union"), _claim("European Union")]
    assert [c.source for c in one_named_body(claims)] == ["foreign policy chief of European Union", "European Union"]


def test_a_description_is_kept_when_the_story_never_names_the_body_alone() -> None:
    claims = [_claim("Norwegian defence group Halvorsen ASA"), _claim("Skyreach")]
    assert [c.source for c in one_named_body(claims)] == ["Norwegian defence group Halvorsen ASA", "Skyreach"]


def test_a_persons_source_is_left_as_written() -> None:
    claims = [_claim("agency director Lena Park", "person"), _claim("Lena Park", "person")]
    assert one_named_body(claims) == claims


def test_the_description_goes_when_the_body_speaks_alone_elsewhere() -> None:
    claims = [_claim("Norwegian defence group Halvorsen ASA"), _claim("Halvorsen ASA")]
    assert [c.source for c in one_named_body(claims)] == ["Halvorsen ASA", "Halvorsen ASA"]


def test_a_name_with_a_lower_case_word_inside_is_one_name() -> None:
    claims = [_claim("Integrity and Anti-Corruption Commission"), _claim("Anti-Corruption Commission"),
              _claim("Federación de Pescadores Artesanales de Chiloé"), _claim("Chiloé")]
    assert one_named_body(claims) == claims
