"""An event a lead names as the object of the act the leads share yields to that act only
(story/central.py ``candidates``, story/central_model.py ``CentralModel.choose``): "the army
foiled a coup attempt" makes the foiling the news, but when the choice falls on a third
event (gunfire every outlet mentions), the coup competes again. Stories written for these
tests."""

from __future__ import annotations

import attrs
import regex
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates, central_index
from newskit.story.central_model import Prominence
from newskit.story.features import Unit, family, lemma
from tests.story.centralkit import BY_LEADS, candidate


def test_an_object_of_the_act_yields_while_the_act_is_chosen() -> None:
    act = candidate(leads=0.6, act=True)
    obj = candidate(leads=1.0, yields=True, object_of_act=True)
    assert BY_LEADS.choose([obj, act, candidate(leads=0.5)]) == 1


def test_an_object_of_the_act_competes_when_another_event_is_chosen() -> None:
    act = candidate(leads=0.3, act=True)
    obj = candidate(leads=1.0, yields=True, object_of_act=True)
    assert BY_LEADS.choose([obj, act, candidate(leads=0.5)]) == 0


def test_an_event_that_yields_for_another_reason_stays_vetoed() -> None:
    """A toll beside its cause, a report beside the news: not lifted with the objects."""
    act = candidate(leads=0.3, act=True)
    toll = candidate(leads=1.0, yields=True, toll=True)
    assert BY_LEADS.choose([toll, act, candidate(leads=0.5)]) == 2


_FLAGS = st.builds(lambda leads, act, yields, obj: candidate(leads=leads, act=act, yields=yields or obj,
                                                              object_of_act=obj),
                   st.floats(0.0, 2.0), st.booleans(), st.booleans(), st.booleans())


@given(st.lists(_FLAGS, min_size=1, max_size=6))
def test_lifting_moves_a_choice_only_from_another_event_to_an_object_of_the_act(
        cands: list[Prominence]) -> None:
    plain = [attrs.evolve(p, object_of_act=False) for p in cands]
    before, after = BY_LEADS.choose(plain), BY_LEADS.choose(cands)
    if after != before:
        assert cands[after].object_of_act and not cands[before].act


_TEXTS = {"a": "The army foiled a coup attempt in the capital on Saturday after gunfire near the palace.",
          "b": "Loyal troops thwarted a coup attempt on Saturday after gunfire near the presidential palace.",
          "c": "Heavy gunfire was heard across the capital on Saturday as troops crushed a coup bid."}
_TITLES: dict[str, str | None] = {"a": "Army foils coup attempt", "b": "Coup attempt in the capital",
                                  "c": "Troops crush coup bid"}


def _unit(article: str, word: str, cls: str) -> Unit:
    text = _TEXTS[article]
    m = regex.search(rf"\b{word}\b", text)
    assert m is not None
    ref = SpanRef(article=article, start=m.start(), end=m.end(), text=m.group())
    source = Event(id=f"{article}:{m.start()}", type=cls, trigger=m.group(), mentions=(ref,))
    return Unit(key=(article, m.start(), m.end()), ref=ref, source=source, event=m.start(),
                lemma=lemma(m.group()), family=family(m.group()), persons=frozenset(), who=frozenset(),
                lead=True, sentence=(), doc=(), published="2026-06-14")


def _story(acts_in: str) -> tuple[list[list[Unit]], list[Event], set[tuple[str, int, int]], set[tuple[str, int, int]]]:
    coup = [_unit(a, "coup", "political") for a in _TEXTS]
    gunfire = [_unit(a, "(?i:gunfire)", "conflict") for a in _TEXTS]
    act = [_unit(a, w, "action") for a, w in (("a", "foiled"), ("b", "thwarted"), ("c", "crushed")) if a in acts_in]
    clusters = [c for c in (coup, gunfire, act) if c]
    events = [Event(id=f"e{k}", type=c[0].source.type, trigger=c[0].ref.text, mentions=tuple(u.ref for u in c))
              for k, c in enumerate(clusters)]
    return clusters, events, {u.key for u in act}, {coup[0].key}


def test_a_coup_the_army_foiled_competes_with_the_gunfire_when_the_foiling_is_not_chosen() -> None:
    """One outlet tells the act ("foiled"), every outlet the coup (in every headline) and
    the gunfire: the coup is the object of the act, which is too little told to win."""
    clusters, events, acts, objects = _story("a")
    ranked = dict(candidates(clusters, events, _TITLES, acts=acts, objects=objects))
    assert ranked[0].object_of_act and ranked[0].yields and ranked[2].act
    assert central_index(clusters, events, _TITLES, acts=acts, objects=objects) == 0


def test_an_act_every_outlet_leads_with_keeps_its_object_vetoed() -> None:
    clusters, events, acts, objects = _story("abc")
    assert central_index(clusters, events, _TITLES, acts=acts, objects=objects) == 2
