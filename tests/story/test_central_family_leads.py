"""The share of outlets whose headline or lead names a candidate's trigger family
(story/central.py ``candidates``, ``Prominence.family_leads``): an outlet that leads with
"suspended" names that act wherever the clustering put the word, and an outlet counts once
however often it names it. Mentions from a ferry suspension and a library closure, written
for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates
from newskit.story.central_model import Prominence
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, cls: str, start: int, lead: bool = True) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published="2026-04-14")


def _ranked(clusters: list[list[Unit]], titles: dict[str, str | None]) -> dict[int, Prominence]:
    return dict(candidates(clusters, [c[0].source for c in clusters], titles))


def test_an_outlet_that_leads_with_the_act_in_another_cluster_names_it_too() -> None:
    """Two outlets lead with "suspended" in one cluster, a third with "suspended" that the
    clustering put apart, a fourth names it only in its headline: all four name the act."""
    act = [_unit("a", "suspended", "decision", 40), _unit("b", "suspended", "decision", 35)]
    apart = [_unit("c", "suspended", "decision", 50)]
    crack = [_unit(x, "crack", "incident", 90, lead=False) for x in "abcd"]
    titles: dict[str, str | None] = {"a": "Ferry service suspended", "b": None, "c": None,
                                     "d": "Island ferry suspension: hull crack found"}
    ranked = _ranked([act, apart, crack], titles)
    assert ranked[0].family_leads == 1.0
    assert ranked[0].lead_articles == 0.5
    assert ranked[2].family_leads == 0.25  # "crack" only in d's headline, never in a lead


def test_an_outlet_counts_once_for_its_headline_and_its_lead() -> None:
    closure = [_unit("a", "closure", "decision", 30), _unit("a", "closed", "decision", 120)]
    other = [_unit("b", "flooding", "disaster", 20)]
    ranked = _ranked([closure, other], {"a": "Library closure after roof leak", "b": "Library flooding"})
    assert ranked[0].family_leads == 0.5
    assert ranked[1].family_leads == 0.5


@given(leads=st.lists(st.booleans(), min_size=1, max_size=6),
       words=st.lists(st.sampled_from(["suspended", "suspension", "halted", "crack"]), min_size=1, max_size=6))
def test_the_share_is_a_share_and_holds_the_candidate_s_own_leads(leads: list[bool], words: list[str]) -> None:
    units = [_unit(f"o{n}", w, "decision", 10 + n, lead=led)
             for n, (w, led) in enumerate(zip(words, leads, strict=False))]
    clusters = [[u] for u in units]
    for p in _ranked(clusters, {}).values():
        assert 0.0 <= p.family_leads <= 1.0
        assert p.family_leads >= p.lead_articles
