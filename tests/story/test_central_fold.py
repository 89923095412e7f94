"""The fold of the story's other clusters into its central event (story/central.py
``fold_into_central``, ``kept_apart``): one misdated article event of the central event
does not keep out a cluster that every other outlet dates with it, while a cluster of the
same family dated another month, or of a class that cannot be the same happening, stays
apart; and the central event is never dated after the day its first report was published.
Stories of a space launch, a museum's reopening and a museum director's resignation, written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Event, SpanRef
from newskit.story.central import fold_into_central, kept_apart, linked
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma
from tests.story.helpers import story_of


def _unit(article: str, word: str, cls: str, when: str | None, *, start: int = 40, event: int = 0,
          who: frozenset[str] = frozenset(), published: str | None = "2026-03-04") -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{event}", type=cls, trigger=word, when=when, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=event,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=who, lead=True,
                sentence=(), doc=(), published=published)


#: four outlets date the launch on Tuesday; a fifth's article event took the date of an
#: earlier test firing it recalls in the same sentence
_HOST = [_unit("agency", "launched", "movement", "2026-03-03"),
         _unit("daily", "launched", "movement", "2026-03-03"),
         _unit("wire", "launched", "movement", "2026-03-03"),
         _unit("weekly", "launched", "movement", "2025-11-10")]


def test_one_misdated_article_event_of_the_central_event_does_not_keep_a_cluster_out() -> None:
    cluster = [_unit("radio", "launch", "movement", "2026-03-03"), _unit("blog", "launch", "movement", None)]
    assert any(excluded(u, v) for u in cluster for v in _HOST)  # the weekly's date is four months off
    assert kept_apart(cluster, _HOST, excluded) is None
    folded = fold_into_central([_HOST, cluster], 0, excluded)
    assert len(folded) == 1 and {u.ref.article for u in folded[0]} >= {"radio", "blog"}


def test_a_cluster_of_the_family_dated_another_month_stays_apart() -> None:
    earlier = [_unit("radio", "launch", "movement", "2025-11-10"), _unit("blog", "launched", "movement", "2025-11-10")]
    assert linked(earlier, {u.family for u in _HOST}, set())
    assert kept_apart(earlier, _HOST, excluded) == "time or place"
    assert len(fold_into_central([_HOST, earlier], 0, excluded)) == 2


def test_a_class_that_cannot_be_the_happening_stays_apart_whatever_its_date() -> None:
    host = [_unit("gazette", "reopened", "action", "2026-05-02", event=0),
            _unit("gazette", "ceremony", "meeting", "2026-05-02", start=90, event=0)]
    sale = [_unit("tribune", "sold", "business", "2026-05-02", event=0)]
    assert kept_apart(sale, host, excluded) == "class"


def test_a_participant_of_its_own_or_a_toll_stays_apart() -> None:
    rival = [_unit("radio", "launch", "movement", "2026-03-03", who=frozenset({"orbitalworks"}))]
    host = [*_HOST[:3], _unit("weekly", "launched", "movement", "2026-03-03", who=frozenset({"spaceagency"}))]
    assert kept_apart(rival, host, excluded) == "participant"
    assert kept_apart([_unit("radio", "killed", "violence", "2026-03-03")], host, excluded) == "role"


_DAYS = st.sampled_from(["2026-03-02", "2026-03-03", "2026-03-04"])


@given(agreeing=st.lists(_DAYS, min_size=2, max_size=6), cluster=st.lists(_DAYS, min_size=1, max_size=4))
def test_property_one_stray_date_never_splits_but_another_month_always_does(agreeing: list[str],
                                                                          cluster: list[str]) -> None:
    host = [_unit(f"h{n}", "launched", "movement", day) for n, day in enumerate(agreeing)]
    host.append(_unit("stray", "launched", "movement", "2025-09-01"))
    same = [_unit(f"c{n}", "launch", "movement", day) for n, day in enumerate(cluster)]
    assert kept_apart(same, host, excluded) is None
    other = [_unit(f"c{n}", "launch", "movement", "2025-01-1" + day[-1]) for n, day in enumerate(cluster)]
    assert kept_apart(other, host, excluded) == "time or place"


def test_the_central_event_is_never_dated_after_its_first_report(pipeline: Pipeline) -> None:
    """The resignation the first outlets report on Monday is not Thursday's, the day a later
    outlet's lead mention of it took from the council meeting it tells of."""
    arts = [
        {"id": "herald", "published": "2026-04-13T09:00", "title": "Museum director resigns over missing artefacts",
         "text": "The director of the Lindqvist Maritime Museum has resigned after an audit found that 140 "
                 "artefacts were missing from its stores, the museum's board said on Monday.\n"
                 "The board said an interim director would be named within a month."},
        {"id": "courier", "published": "2026-04-14T10:00", "title": "Maritime museum chief quits",
         "text": "The head of the Lindqvist Maritime Museum resigned over an audit that found 140 artefacts "
                 "missing, the board announced.\nStaff said the news came as a shock."},
        {"id": "post", "published": "2026-04-17T08:00", "title": "Ex-director defends record",
         "text": "The museum director's resignation was discussed by the city council on Thursday, as the "
                 "former director defended her record.\nCouncillors asked how the artefacts had gone missing."},
    ]
    central = story_of(pipeline, arts).events[0]
    assert ("post", "resignation") in {(m.article, m.text) for m in central.mentions}
    assert central.when == "2026-04-13"


def test_news_told_ahead_keeps_the_day_it_happened(pipeline: Pipeline) -> None:
    """A preview in the present tense ("travels to Reykjavik on Tuesday") is the first report
    but was written before the trip: a lead that dates the news after its own article was
    published keeps the later day."""
    arts = [
        {"id": "preview", "published": "2026-05-11T07:00", "title": "Haugland travels to Reykjavik for fishing talks",
         "text": "Prime Minister Lena Haugland travels to Reykjavik on Tuesday for talks on fishing quotas with "
                 "her Icelandic counterpart.\nThe talks follow a year of disputes over mackerel catches."},
        {"id": "wire", "published": "2026-05-12T15:00", "title": "Haugland arrives in Reykjavik",
         "text": "Prime Minister Lena Haugland arrived in Reykjavik on Tuesday for talks on fishing quotas.\n"
                 "She was met at the airport by the foreign minister."},
        {"id": "daily", "published": "2026-05-13T08:00", "title": "Quota talks end without a deal",
         "text": "Lena Haugland's visit to Reykjavik ended without a deal on fishing quotas, officials said.\n"
                 "Both sides said talks would resume in June."},
    ]
    central = story_of(pipeline, arts).events[0]
    assert {("preview", "travels"), ("wire", "arrived")} <= {(m.article, m.text) for m in central.mentions}
    assert central.when == "2026-05-12"


def test_a_thing_that_fell_is_linked_to_a_central_collapse_or_crash() -> None:
    """A wall that fell, a lorry that plunged into a ravine: a fall of a thing is the
    collapse or the crash the central event tells (``story.json`` ``physical_kin``); a
    price that fell (the events plugin's class of a change) is linked to neither."""
    collapse = {family("collapsed")}
    crash = {family("crashed")}
    assert linked([_unit("daily", "fell", "action", None, event=3)], collapse, set())
    assert linked([_unit("daily", "plunged", "disaster", None, event=3)], crash, set())
    assert not linked([_unit("daily", "fell", "change", None, event=3)], collapse, set())
    assert not linked([_unit("daily", "plunged", "change", None, event=3)], crash, set())
    assert not linked([_unit("daily", "fell", "action", None, event=3)], {family("flooded")}, set())


def test_a_vehicle_that_plunged_is_no_other_class_than_its_crash() -> None:
    """"The lorry plunged into the gorge" (the events plugin reads a plunge into water or a
    gorge as a movement) beside a central crash told in the same leads: the fall of a thing
    is the crash, so its class sets nothing apart; a journey of another class still does."""
    host = [_unit("agency", "crashed", "disaster", "2026-03-03"),
            _unit("daily", "crash", "disaster", "2026-03-03", event=1)]
    assert kept_apart([_unit("radio", "plunged", "movement", "2026-03-03", event=2)], host, excluded) is None
    assert kept_apart([_unit("radio", "travelled", "movement", "2026-03-03", event=2)], host, excluded) == "class"


def test_a_vehicle_that_overturned_is_linked_to_a_central_crash_or_sinking() -> None:
    """Session 46: "the bus overturned near the town", "the ferry flipped over" (the events
    plugin reads these verbs only of vehicles and craft) tell the crash or the capsizing the
    central event names, in other words."""
    assert linked([_unit("daily", "overturned", "disaster", None, event=3)], {family("crashed")}, set())
    assert linked([_unit("daily", "flipped", "disaster", None, event=3)], {family("capsized")}, set())
    assert not linked([_unit("daily", "overturned", "change", None, event=3)], {family("crashed")}, set())
    assert not linked([_unit("daily", "overturned", "disaster", None, event=3)], {family("flooded")}, set())
