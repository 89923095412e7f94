"""An arrest yields to the raid it came of (story/central.py ``_arrests_yield``): when an
article leads with both ("police raided the depot and arrested nine people"), the arrests
are the raid's outcome, as a toll is its cause's; an arrest told with no raid beside it in
a lead stays the news. Mentions and stories of a warehouse raid, a border operation and a
councillor's arrest, written for these tests."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import Event, SpanRef
from newskit.story import build_story
from newskit.story.central import candidates
from newskit.story.features import Unit, family, lemma
from tests.story.helpers import titled_articles

_ARREST_WORDS = ("arrested", "detained", "custody", "arrests")
_OTHER_WORDS = ("charged", "trial", "convicted", "sentenced")


def _unit(article: str, word: str, cls: str, start: int, lead: bool = True) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published="2026-05-12")


def _yields(words: list[str], raid_articles: list[str], modality: str | None = None) -> bool:
    """Whether the legal cluster told by ``words`` (one outlet each, in its lead) yields
    beside a raid that the leads of ``raid_articles`` tell (as done, or with ``modality``)."""
    legal = [_unit(f"outlet{n}", w, "legal", 80) for n, w in enumerate(words)]
    raid = [_unit(a, "raided", "conflict", 10) for a in raid_articles]
    clusters = [raid, legal] if raid else [legal]
    events = [c[0].source for c in clusters]
    if raid:
        events[0] = attrs.evolve(events[0], modality=modality)
    ranked = dict(candidates(clusters, events, {}))
    return ranked[len(clusters) - 1].yields


@settings(max_examples=60, deadline=None)
@given(arrests=st.lists(st.sampled_from(_ARREST_WORDS), max_size=4),
       others=st.lists(st.sampled_from(_OTHER_WORDS), max_size=4))
def test_a_legal_cluster_beside_a_raid_in_its_leads_yields_only_when_most_words_are_an_arrest_s(
        arrests: list[str], others: list[str]) -> None:
    words = arrests + others
    if not words:
        return
    assert _yields(words, ["outlet0", "outlet9"]) == (2 * len(arrests) > len(words))


@settings(max_examples=30, deadline=None)
@given(arrests=st.lists(st.sampled_from(_ARREST_WORDS), min_size=1, max_size=4))
def test_an_arrest_yields_to_no_raid_that_no_lead_of_its_own_tells(arrests: list[str]) -> None:
    assert not _yields(arrests, [])
    assert not _yields(arrests, ["elsewhere1", "elsewhere2"])


def test_an_arrest_yields_to_a_raid_told_in_the_same_lead() -> None:
    assert _yields(["arrested", "detained"], ["outlet1", "outlet9"])


def test_an_arrest_yields_to_no_raid_one_outlet_alone_tells() -> None:
    """Session 49: "detained at dawn in coordinated raids" in one article is no raid the
    arrest every lead tells came out of."""
    assert not _yields(["arrested", "detained", "arrests"], ["outlet1"])


def test_an_arrest_yields_to_no_fight_still_to_come() -> None:
    """"His client denies the charge and will fight it": a fight ahead made no arrest."""
    assert not _yields(["arrested", "detained"], ["outlet1", "outlet9"], "future")
    assert not _yields(["arrested", "detained"], ["outlet1", "outlet9"], "hypothetical")


_RAID = [
    ("2026-05-12", "Police raid Dockside warehouse, nine arrested",
     "Police raided a warehouse in Dockside on Tuesday and arrested nine people suspected of "
     "selling fake medicines. Officers seized 40,000 boxes of tablets during the raid."),
    ("2026-05-12", "Nine held after Dockside warehouse raid",
     "Nine people were arrested after police raided a warehouse in Dockside on Tuesday morning. "
     "The raid followed a six-month inquiry, a police spokeswoman said."),
    ("2026-05-13", "Fake medicine raid: nine in custody",
     "Nine suspects remain in custody after Tuesday's police raid on a Dockside warehouse, "
     "where officers found fake tablets stacked to the ceiling."),
]

_ARREST_ALONE = [
    ("2026-06-03", "Councillor Brandt arrested",
     "Police arrested councillor Jonas Brandt at his home in Eastmere on Wednesday. "
     "Brandt was arrested on suspicion of fraud, a police statement said."),
    ("2026-06-03", "Eastmere councillor held by police",
     "Eastmere councillor Jonas Brandt was arrested by police on Wednesday morning. "
     "He is expected to appear in court on Friday."),
]


def _first_words(rows: list[tuple[str, str, str]]) -> set[str]:
    story = build_story([Pipeline.build().run(a) for a in titled_articles(rows)])
    return {m.text.lower() for m in story.events[0].mentions}


def test_the_raid_not_the_arrests_it_made_is_the_news() -> None:
    assert _first_words(_RAID) & {"raided", "raid"}


def test_an_arrest_told_with_no_raid_stays_the_news() -> None:
    assert _first_words(_ARREST_ALONE) & {"arrested"}
