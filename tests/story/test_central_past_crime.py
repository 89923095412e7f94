"""A crime dated before the week of its reports yields to the legal or police act dated in
their days (story/central.py ``_past_yield``): "police arrested three men over the theft
of a painting in January" is news of the arrests, the theft is their reason. A crime told
in the reports' own days, or with no act of the law beside it, stays a candidate. Units and
stories of a museum theft, a tanker seizure and a jewellery raid, written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Event, SpanRef
from newskit.story import build_story
from newskit.story.central import candidates
from newskit.story.features import Unit, family, lemma
from tests.story.helpers import titled_articles

_PUBLISHED = "2026-05-12"


def _unit(article: str, word: str, cls: str, start: int) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=True,
                sentence=(), doc=(), published=_PUBLISHED)


def _crime_yields(crime_day: str | None, act_class: str = "legal", act_day: str | None = _PUBLISHED) -> bool:
    """Whether a theft dated ``crime_day`` yields beside an act of ``act_class`` dated
    ``act_day``, both told in two outlets' leads."""
    crime = [_unit(f"outlet{n}", "theft", "crime", 60) for n in range(2)]
    act = [_unit(f"outlet{n}", "arrested", act_class, 10) for n in range(2)]
    events = [Event(id="crime", type="crime", trigger="theft", mentions=tuple(u.ref for u in crime), when=crime_day),
              Event(id="act", type=act_class, trigger="arrested", mentions=tuple(u.ref for u in act), when=act_day)]
    ranked = dict(candidates([crime, act], events, {}))
    return ranked[0].yields


def test_a_theft_months_before_yields_to_an_arrest_of_the_reports_day() -> None:
    assert _crime_yields("2026-01")
    assert _crime_yields("2025")


@settings(max_examples=40, deadline=None)
@given(days=st.integers(min_value=0, max_value=7))
def test_a_crime_of_the_reports_week_stays_a_candidate(days: int) -> None:
    assert not _crime_yields(f"2026-05-{12 - days:02d}")


def test_a_past_crime_yields_to_no_act_of_another_class_nor_to_an_undated_act() -> None:
    assert not _crime_yields("2026-01", act_class="business")
    assert not _crime_yields("2026-01", act_day=None)
    assert not _crime_yields("2026-01", act_day="2026-02-03")
    assert not _crime_yields(None)


_ARRESTS = [
    ("2026-05-12", "Three arrested over theft of Vermeer copy from Halden museum",
     "Police arrested three men in dawn raids in Halden and Moss on Monday in connection with the theft of a "
     "17th-century painting from the Halden Museum of Art in January, prosecutors said. "
     "The painting was stolen on the night of January 9 after thieves smashed a window."),
    ("2026-05-12", "Halden painting theft: three suspects held after raids",
     "Three men suspected of stealing a painting from the Halden Museum of Art in January were "
     "arrested in raids on Monday, police said. The theft shocked the town."),
    ("2026-05-13", "Suspects in museum theft remanded in custody",
     "A judge on Tuesday ordered three men arrested on Monday over the January theft of a "
     "painting from the Halden Museum of Art to be held in custody for four weeks."),
]


def test_the_arrests_not_the_old_theft_are_the_news() -> None:
    story = build_story([Pipeline.build().run(a) for a in titled_articles(_ARRESTS)])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert not words & {"theft", "stolen", "stealing"}
