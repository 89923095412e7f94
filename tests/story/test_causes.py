"""A happening two outlets' first sentences give as the central event's cause joins it
(story/causes.py).

The sentences are invented, of other kinds of news than the stories the errors were seen in
(a reactor shut down after a leak, flights cancelled after an IT outage): a rail line closed
after a landslide, a court ruling followed by protests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Event
from newskit.story import build_story
from newskit.story.causes import linked

CLOSURE = (
    ("Brenner rail line closed",
     "Austria's rail operator closed the Brenner line on Tuesday after a landslide near Steinach, stranding "
     "about 3,000 passengers, a spokesman said.\nBuses replaced trains between Innsbruck and the border."),
    ("Brenner closure to last a week",
     "The landslide that forced the closure of the Brenner rail line on Tuesday will keep it shut for at least "
     "a week, engineers said on Wednesday.\nAbout 40,000 cubic metres of rock and mud cover the tracks."),
    ("Freight firms count cost of Brenner closure",
     "Freight companies said on Wednesday the closure of the Brenner line would cost them millions, a day "
     "after the operator shut the route.\nLorries queued at the border."),
)

RULING = (
    ("Court upholds ban on rally",
     "Hungary's constitutional court upheld a ban on the Budapest rally on Friday, and thousands protested "
     "after the ruling in three cities, police said.\nThe organisers said they would appeal to Strasbourg."),
    ("Protests follow court's rally ruling",
     "Thousands marched in Budapest on Friday evening in protests after the ruling of the constitutional "
     "court upholding the ban.\nPolice said the marches were peaceful."),
    ("Rally ban stands after court ruling",
     "The constitutional court on Friday upheld the government's ban on the Budapest rally, rejecting a "
     "complaint by the organisers.\nThe ruling cannot be appealed in Hungary."),
)


def _story(pipeline: Pipeline, rows: tuple[tuple[str, str], ...]) -> tuple[Event, ...]:
    arts = [Article.from_dict({"id": f"c{n}", "published": f"2026-03-{10 + (n > 0)}", "title": t, "text": x})
            for n, (t, x) in enumerate(rows)]
    return build_story([pipeline.run(a) for a in arts]).events


def test_a_cause_two_first_sentences_give_joins_the_central_event(pipeline: Pipeline) -> None:
    """"closed the line after a landslide" and "the landslide that forced the closure": the
    landslide is part of the news, not an event of its own."""
    events = _story(pipeline, CLOSURE)
    held = {(m.article, m.text) for m in events[0].mentions}
    assert {("c0", "closed"), ("c0", "landslide"), ("c1", "landslide"), ("c1", "closure")} <= held
    assert not any(m.text == "landslide" for e in events[1:] for m in e.mentions)


def test_one_articles_link_is_no_evidence(pipeline: Pipeline) -> None:
    """With the second article gone, one outlet alone tells the landslide as the cause: it
    stays an event of its own."""
    events = _story(pipeline, CLOSURE[:1] + CLOSURE[2:])
    assert not any(m.text == "landslide" for m in events[0].mentions)


def test_a_consequence_stays_an_event_of_its_own(pipeline: Pipeline) -> None:
    """"thousands protested after the ruling" in two first sentences: what the ruling brought
    about is not the ruling."""
    events = _story(pipeline, RULING)
    central = {m.text for m in events[0].mentions}
    assert "upheld" in central and not central & {"protested", "protests"}


_WORDS = st.sampled_from(["the", "a", "on", "Tuesday", "early", "its", "pipe", "after", "that", "forced"])


@given(st.lists(_WORDS, max_size=3), st.lists(_WORDS, max_size=3), st.sampled_from([";", ".", ":"]),
       st.booleans())
def test_no_link_crosses_a_clause_end(before: list[str], after: list[str], mark: str, news_first: bool) -> None:
    """Whatever the words, a gap with a clause end in it links nothing: the cause and the
    news are told in one clause."""
    assert not linked([*before, mark, *after], news_first=news_first)


def test_the_link_words() -> None:
    """A word before the cause after the news; a verb of causing, past a relative word, before
    it; each only near both mentions."""
    assert linked(["early", "on", "tuesday", "after", "a"], news_first=True)
    assert linked(["because", "of", "an"], news_first=True)
    assert not linked(["after", "a", "long", "and", "very", "bitter", "night"], news_first=True)
    assert linked(["that", "forced", "the"], news_first=False)
    assert not linked(["said", "forced"], news_first=False)
    assert not linked(["after", "a"], news_first=False)
