"""An event dated after its last report is what may come of the news ("facing a walkout
next month"), unless a lead tells it done in a past form ("the council banned scooters
from June 1": the ban is the news, June 1 is when it bites) (story/central.py ``_ahead``).
Mentions from a scooter ban and a dock walkout, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Event, SpanRef
from newskit.story import build_story
from newskit.story.central import candidates
from newskit.story.central_model import Prominence
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, cls: str, start: int, lead: bool = True) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,), when="2026-06-01")
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published="2026-05-12")


def _prominence(units: list[Unit]) -> Prominence:
    event = Event(id="e", type=units[0].source.type, trigger=units[0].ref.text,
                  mentions=tuple(u.ref for u in units), when="2026-06-01")
    return candidates([units], [event], {})[0][1]


def test_an_event_told_only_ahead_is_ahead() -> None:
    walkout = [_unit("a", "walkout", "labor", 40), _unit("b", "walkout", "labor", 22)]
    assert _prominence(walkout).ahead


def test_a_lead_that_tells_it_done_makes_it_no_longer_ahead() -> None:
    ban = [_unit("a", "banned", "decision", 30), _unit("b", "ban", "decision", 18)]
    assert not _prominence(ban).ahead


def test_a_past_form_outside_the_leads_does_not_count() -> None:
    ban = [_unit("a", "ban", "decision", 30), _unit("b", "banned", "decision", 400, lead=False)]
    assert _prominence(ban).ahead


@given(words=st.lists(st.sampled_from(["ban", "banned", "walkout", "strike", "suspended"]), min_size=1, max_size=5),
       leads=st.lists(st.booleans(), min_size=5, max_size=5))
def test_ahead_only_without_a_lead_in_a_past_form(words: list[str], leads: list[bool]) -> None:
    units = [_unit(f"o{n}", w, "decision", 10 + n, lead=leads[n]) for n, w in enumerate(words)]
    told_done = any(u.lead and u.ref.text.endswith("ed") for u in units)
    assert _prominence(units).ahead == (not told_done)


def test_an_act_called_off_before_its_day_is_dated_by_its_reports(pipeline: Pipeline) -> None:
    """The organisers cancelled a marathon due on July 19: the cancellation is the news, told
    done, and July 19 is the marathon's day, not the cancellation's."""
    rows = (
        ("City marathon cancelled over heat warning",
         "Organisers of the Valmont City Marathon cancelled the race that was due to take place on July 19, "
         "citing a heat warning issued by the weather service.\nAbout 18,000 runners had registered."),
        ("Valmont marathon called off as temperatures soar",
         "The Valmont City Marathon, planned for July 19, was called off on Wednesday after forecasters "
         "predicted temperatures of 39C.\nEntry fees will be refunded, the organisers said."),
        ("Runners angry after marathon cancellation",
         "Runners criticised the decision to cancel the July 19 Valmont City Marathon, which organisers "
         "announced on Wednesday.\nSome had trained for months."),
    )
    arts = [Article.from_dict({"id": f"m{n}", "published": "2026-07-15", "title": t, "text": x})
            for n, (t, x) in enumerate(rows)]
    central = build_story([pipeline.run(a) for a in arts]).events[0]
    assert {m.text.lower() for m in central.mentions} & {"cancelled", "called", "cancellation", "cancel"}
    assert central.when is not None and central.when.startswith("2026-07-15"), central.when
