"""The fold into the central event (story/central.py ``kept_apart``) in dated news: two
classes of happenings fit (outlets' words class one crash a disaster and a violence, one
car bomb a conflict and a disaster), while undated documents keep classes apart; and a
participant that is a place, or another form of a name the central event gives, keeps
nothing apart (story/participants.py). Stories written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, classes_fit, family, lemma

_DAY = "2026-11-28"
_HAPPENINGS = ("disaster", "conflict", "violence", "crime")


def _unit(article: str, word: str, cls: str, *, published: str | None = "2026-11-29",
          who: tuple[str, ...] = (), persons: frozenset[str] = frozenset(), lead: bool = True,
          event: int = 0) -> Unit:
    ref = SpanRef(article=article, start=40, end=40 + len(word), text=word)
    source = Event(id=f"{article}:0", type=cls, trigger=word, when=_DAY, who=who, mentions=(ref,))
    keys = frozenset("".join(ch for ch in w.lower() if ch.isalnum()) for w in who)
    return Unit(key=(article, 40, 40 + len(word)), ref=ref, source=source, event=event,
                lemma=lemma(word), family=family(word), persons=persons, who=keys, lead=lead,
                sentence=(), doc=(), published=published)


def _parade(published: str | None = "2026-11-29") -> list[Unit]:
    """Three outlets tell a car driven into a parade as an attack (violence)."""
    return [_unit(f"outlet{n}", "rammed", "violence", published=published) for n in range(3)]


def test_a_crash_classed_a_disaster_joins_the_attack_in_dated_news() -> None:
    crash = [_unit("radio", "crash", "disaster")]
    assert family("crash") != family("rammed")
    assert kept_apart(crash, _parade(), excluded) is None


def test_a_happening_told_only_below_the_leads_stays_apart_by_its_class() -> None:
    # "A knife attack in another town last year ..." in a later paragraph: no lead tells
    # it and no article reads it as one event with the parade attack
    crash = [_unit("radio", "crash", "disaster", lead=False, event=3)]
    assert kept_apart(crash, _parade(), excluded) == "class"


def test_a_happening_in_a_central_article_event_joins_below_the_leads() -> None:
    # "the crash, in which the driver rammed the crowd": the article reads one event
    crash = [_unit("outlet1", "crash", "disaster", lead=False)]
    assert kept_apart(crash, _parade(), excluded) is None


def test_undated_documents_keep_two_classes_of_happenings_apart() -> None:
    crash = [_unit("radio", "crash", "disaster", published=None)]
    assert kept_apart(crash, _parade(published=None), excluded) == "class"


def test_a_vote_is_no_happening_and_stays_apart() -> None:
    vote = [_unit("radio", "voted", "political"), _unit("blog", "vote", "political")]
    assert kept_apart(vote, _parade(), excluded) == "class"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_HAPPENINGS), st.sampled_from(_HAPPENINGS), st.integers(min_value=1, max_value=5))
def test_property_happenings_fit_each_other_in_dated_news(a: str, b: str, outlets: int) -> None:
    host = [_unit(f"outlet{n}", "blast", a) for n in range(outlets)]
    assert kept_apart([_unit("radio", "explosion", b)], host, excluded) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_HAPPENINGS), st.sampled_from(_HAPPENINGS), st.integers(min_value=1, max_value=5),
       st.booleans(), st.booleans())
def test_property_happenings_fit_only_when_tied_to_the_central_event(
        a: str, b: str, outlets: int, lead: bool, same_event: bool) -> None:
    host = [_unit(f"outlet{n}", "rammed", a) for n in range(outlets)]
    other = _unit("outlet0" if same_event else "radio", "crash", b, lead=lead, event=0 if same_event else 2)
    tied = lead or same_event
    fits = classes_fit(a, b) or tied
    assert (kept_apart([other], host, excluded) is None) == fits


def test_a_city_named_as_a_participant_keeps_nothing_apart() -> None:
    host = [_unit(f"outlet{n}", "stabbing", "violence") for n in range(2)]
    attack = [_unit("radio", "attack", "violence", who=("Oldenburg",))]
    assert kept_apart(attack, host, excluded) is None


def test_undated_documents_keep_a_city_a_participant() -> None:
    host = [_unit(f"outlet{n}", "stabbing", "violence", published=None) for n in range(2)]
    attack = [_unit("radio", "attack", "violence", who=("Oldenburg",), published=None)]
    assert kept_apart(attack, host, excluded) == "participant"


def test_a_short_name_of_the_central_party_keeps_nothing_apart() -> None:
    host = [_unit("outlet0", "defeated", "contest", who=("Kelvin Athletic", "Forth Rovers"))]
    win = [_unit("radio", "beat", "contest", who=("Kelvin",))]
    assert kept_apart(win, host, excluded) is None


def test_a_party_of_its_own_keeps_the_cluster_apart() -> None:
    host = [_unit("outlet0", "fired", "personnel", who=("Maurice Cheeks",),
                  persons=frozenset({"mauricecheeks"}))]
    other = [_unit("radio", "fired", "personnel", who=("Eddie Jordan",), persons=frozenset({"eddiejordan"}))]
    assert kept_apart(other, host, excluded) == "participant"
