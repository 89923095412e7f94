""":mod:`newskit.story.whole_names` on claims built by hand: a source grows only into the
capitalised words right next to it, never past a title, a determiner, punctuation or a
sentence start the story never writes mid-sentence; the grown name holds the source read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Analysis, Article
from newskit.model import Claim, SpanRef
from newskit.story.whole_names import whole_source_names


def _grown(text: str, source: str, source_type: str = "organisation", *more: str) -> str | None:
    at = text.index(source)
    claim = Claim(article="a", start=0, end=len(text), text=text, source=source, source_type=source_type,
                  source_ref=SpanRef(article="a", start=at, end=at + len(source), text=source))
    analyses = [Analysis(article=Article(id="a", text=text)),
                *(Analysis(article=Article(id=f"b{i}", text=t)) for i, t in enumerate(more))]
    return whole_source_names([claim], analyses)[0].source


def test_a_place_grows_into_the_body_around_it() -> None:
    assert _grown("Guests said the tour was cancelled. The firm, Summit Asia Tours, denied this.", "Asia",
                  "country") == "Summit Asia Tours"


def test_a_title_or_a_determiner_stops_the_name() -> None:
    assert _grown("Deputy Mayor Ines Roth said the budget was balanced.", "Ines Roth", "person") == "Ines Roth"
    assert _grown("The Harbour Board said the quay was safe.", "Harbour Board") == "Harbour Board"


def test_a_sentence_start_joins_only_with_the_story_writing_it_mid_sentence() -> None:
    text = "Yesterday Harbour Board said the quay was safe."
    assert _grown(text, "Harbour Board") == "Harbour Board"
    assert _grown("South Harbour Board said the quay was safe.", "Harbour Board", "organisation",
                  "Divers blamed South Harbour Board for the spill.") == "South Harbour Board"


def test_a_person_grows_only_when_the_story_never_writes_the_name_alone() -> None:
    # "Democrat" before a person's name in one outlet is a description, not a name's word
    assert _grown("said Democrat Nora Quist on Monday.", "Nora Quist", "person",
                  "Nora Quist later said the bill would pass.") == "Nora Quist"
    assert _grown("The firm, East Coast Power, said it was untrue.", "Coast Power", "person",
                  "Residents blamed East Coast Power.") == "East Coast Power"


_WORD = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(before=st.lists(_WORD, max_size=3), name=st.lists(_WORD, min_size=1, max_size=3),
       after=st.lists(_WORD, max_size=2), lead=st.sampled_from(["", "The firm, ", "Officials said ", "On Monday. "]))
def test_the_grown_name_holds_the_source_and_stays_in_its_sentence(before: list[str], name: list[str],
                                                                   after: list[str], lead: str) -> None:
    source = " ".join(name)
    text = f"{lead}{' '.join([*before, source, *after])} denied the claim."
    grown = _grown(text, source)
    assert grown is not None and source in grown
    assert grown in text and "." not in grown
