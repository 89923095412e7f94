"""An arrest yields to the raid it came of, and to the crime or violence it answers, only
(story/central.py ``candidates``, story/central_model.py ``CentralModel.choose``): when the
choice falls on a third event (the searches one outlet leads with, a later indictment), the
arrests compete again. Candidates and stories written for these tests."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates
from newskit.story.central_model import Prominence
from newskit.story.features import Unit, family, lemma
from tests.story.centralkit import BY_LEADS, candidate


def test_an_arrest_yields_while_its_raid_is_chosen() -> None:
    raid = candidate(leads=0.6, cause=True)
    arrest = candidate(leads=1.0, yields=True, outcome=True)
    assert BY_LEADS.choose([arrest, raid, candidate(leads=0.5)]) == 1


def test_an_arrest_competes_when_a_third_event_is_chosen() -> None:
    """The raid is told too little to win: the searches one outlet leads with are no news
    an arrest came of."""
    raid = candidate(leads=0.3, cause=True)
    arrest = candidate(leads=1.0, yields=True, outcome=True)
    assert BY_LEADS.choose([arrest, raid, candidate(leads=0.5)]) == 0


def test_an_arrest_yields_to_the_crime_it_answers() -> None:
    """"Arrested two men over the killing": the killing chosen keeps the arrest vetoed."""
    raid = candidate(leads=0.3, cause=True)
    arrest = candidate(leads=1.0, yields=True, outcome=True)
    killing = candidate(leads=0.5, cause=True)
    assert BY_LEADS.choose([arrest, raid, killing]) == 2


def test_a_toll_is_not_lifted_with_the_arrests() -> None:
    raid = candidate(leads=0.3, cause=True)
    toll = candidate(leads=1.0, yields=True, toll=True)
    assert BY_LEADS.choose([toll, raid, candidate(leads=0.5)]) == 2


_FLAGS = st.builds(lambda leads, cause, yields, outcome: candidate(leads=leads, cause=cause,
                                                                   yields=yields or outcome, outcome=outcome),
                   st.floats(0.0, 2.0), st.booleans(), st.booleans(), st.booleans())


@given(st.lists(_FLAGS, min_size=1, max_size=6))
def test_lifting_moves_a_choice_only_from_an_event_no_arrest_answers_to_an_arrest(
        cands: list[Prominence]) -> None:
    plain = [attrs.evolve(p, outcome=False) for p in cands]
    before, after = BY_LEADS.choose(plain), BY_LEADS.choose(cands)
    if after != before:
        assert cands[after].outcome and not cands[before].cause


_TEXTS = {"a": "Police arrested four men on Monday after raids on two flats in Northgate.",
          "b": "Four men were detained in Northgate on Monday after police raided two flats.",
          "c": "Officers carried out searches of a storage unit in Northgate and arrested four men.",
          "d": "Four men are in custody after police searches in Northgate on Monday."}


def _unit(article: str, word: str, cls: str) -> Unit:
    text = _TEXTS[article]
    start = text.index(word)
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(),
                lead=True, sentence=(), doc=(), published="2026-09-14")


def _ranked(searches_class: str) -> dict[int, Prominence]:
    arrests = [_unit("a", "arrested", "legal"), _unit("b", "detained", "legal"),
               _unit("c", "arrested", "legal"), _unit("d", "custody", "legal")]
    raids = [_unit("a", "raids", "conflict"), _unit("b", "raided", "conflict")]
    searches = [_unit("c", "searches", searches_class), _unit("d", "searches", searches_class)]
    clusters = [arrests, raids, searches]
    events = [Event(id=f"e{k}", type=c[0].source.type, trigger=c[0].ref.text, mentions=tuple(u.ref for u in c))
              for k, c in enumerate(clusters)]
    return dict(candidates(clusters, events, {}))


def test_the_arrests_beside_a_raid_yield_only_as_its_outcome() -> None:
    ranked = _ranked("rescue")
    assert ranked[0].yields and ranked[0].outcome
    assert ranked[1].cause and not ranked[2].cause


def test_a_crime_beside_the_arrests_is_what_they_answer() -> None:
    assert _ranked("crime")[2].cause
