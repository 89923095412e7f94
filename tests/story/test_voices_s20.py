"""Whose voice tells a mention (story/voiced.py), the narrator's words naming an entry
before a source's (story/events.py ``_naming``), and a plan told with no time of its own
dated to the day it was first told (story/outlet_dates.py ``told_day``): issue #10,
session 20. Sentences from a football club's fine, a ferry operator's fares, a mine's
closure and a port strike, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Event, SpanRef
from newskit.story import build_story
from newskit.story.events import _story_event
from newskit.story.features import Unit, family, lemma
from newskit.story.outlet_dates import first_report_day, told_day
from newskit.story.voiced import voice_of

_FINE = ('The football league fined Rovers 2 million euros on Monday for breaching spending rules.\n'
         'Supporters accused the owners of ruining the club. "They are selling our history," said fan '
         'leader Marta Ruiz.\nThe club denied wrongdoing.')


def _voice(pipeline: Pipeline, word: str) -> str | None:
    a = pipeline.run(Article.from_dict({"id": "x", "text": _FINE, "published": "2026-03-03T10:00"}))
    i = _FINE.index(word)
    return voice_of(a)(i, i + len(word))


def test_the_narrators_act_is_in_no_voice(pipeline: Pipeline) -> None:
    assert _voice(pipeline, "fined") is None


def test_an_accusations_content_is_in_the_accusers_voice(pipeline: Pipeline) -> None:
    assert _voice(pipeline, "ruining") == "alleges"


def test_words_inside_quotation_marks_are_a_quote(pipeline: Pipeline) -> None:
    assert _voice(pipeline, "selling") == "quote"


def test_a_denial_is_the_deniers_voice(pipeline: Pipeline) -> None:
    assert _voice(pipeline, "wrongdoing") == "denies"


def _unit(article: str, word: str, cls: str, start: int, *, voice: str | None = None, lead: bool = True,
          published: str | None = "2026-05-12", modality: str | None = None, when: str | None = None) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,), modality=modality, when=when)
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published=published, voice=voice)


def test_the_narrators_word_names_the_entry_over_a_sources_more_frequent_one() -> None:
    units = [_unit("a", "closed", "business", 10),
             _unit("b", "killing", "violence", 40, voice="alleges"),
             _unit("c", "killing", "violence", 55, voice="quote")]
    e = _story_event(units, set())
    assert (e.trigger, e.type) == ("closed", "business")


def test_a_sources_word_names_the_entry_when_no_narrators_word_does() -> None:
    units = [_unit("b", "killing", "violence", 40, voice="alleges"),
             _unit("c", "killing", "violence", 55, voice="quote")]
    assert _story_event(units, set()).trigger == "killing"


_WORDS = st.sampled_from(["closed", "closure", "killing", "ruined", "strike"])
_VOICES = st.sampled_from([None, "asserts", "alleges", "quote"])


@given(words=st.lists(st.tuples(_WORDS, _VOICES), min_size=1, max_size=6))
def test_the_name_is_a_narrators_word_whenever_there_is_one(words: list[tuple[str, str | None]]) -> None:
    units = [_unit(f"a{k}", w, "business", 10 * k, voice=v) for k, (w, v) in enumerate(words)]
    narrated = {w for w, v in words if v is None}
    assert _story_event(units, set()).trigger in (narrated or {w for w, _ in words})


def test_a_plan_told_undated_is_dated_to_the_day_it_was_told() -> None:
    units = [_unit("wire", "raise", "change", 30, published="2026-09-08", modality="hypothetical"),
             _unit("local", "announced", "change", 50, published="2026-09-09")]
    assert first_report_day(units) == "2026-09-09"
    assert told_day(units) == "2026-09-08"


def test_a_plan_told_with_its_own_later_day_is_a_preview() -> None:
    units = [_unit("preview", "strike", "labor", 30, published="2026-04-03", modality="future", when="2026-04-06"),
             _unit("report", "strike", "labor", 12, published="2026-04-06")]
    assert told_day(units) == "2026-04-06"


_DAYS = st.sampled_from(["2026-02-01", "2026-02-02", "2026-02-03", None])
_MODALITIES = st.sampled_from([None, "future", "hypothetical"])


@given(rows=st.lists(st.tuples(_DAYS, _MODALITIES, st.booleans(), st.sampled_from([None, "2026-02-05"])),
                     max_size=6))
def test_told_day_is_never_after_the_first_report(rows: list[tuple[str | None, str | None, bool, str | None]]) -> None:
    units = [_unit(f"a{k}", "closure", "business", 10 * k, published=day, modality=mod, lead=lead, when=when)
             for k, (day, mod, lead, when) in enumerate(rows)]
    first = first_report_day(units)
    told = told_day(units)
    assert first is None or (told is not None and told <= first)


_FERRY = [
    {"id": "wire", "published": "2026-09-08T15:00", "title": "Ferry operator to raise island fares",
     "text": "Northline Ferries said on Tuesday it would raise fares on its island routes, citing fuel costs.\n"
             "A return ticket will cost 48 pounds."},
    {"id": "local", "published": "2026-09-09T09:00", "title": "Islanders angry over fare rise",
     "text": "Islanders have reacted angrily after Northline Ferries announced a rise in fares on its routes.\n"
             "Councillors said the increase would hurt families."},
    {"id": "weekly", "published": "2026-09-11T09:00", "title": "Ferry fares: what changes",
     "text": "The fare rise announced by Northline Ferries will add about 8 pounds to a return ticket.\n"
             "The company said fuel costs had risen by a third."},
]


def test_a_fare_rise_is_dated_by_the_day_it_was_announced(pipeline: Pipeline) -> None:
    story = build_story([pipeline.run(Article.from_dict(a)) for a in _FERRY])
    assert story.events[0].when == "2026-09-08"
