"""A toll yields to its cause, never to the occasion it happened at (story/central.py
``_occasion``, story/central_model.py ``CentralModel.choose``): "two spectators were killed
during a motocross race" is news of the deaths, and the race is where they happened. Mentions
from a motocross accident, a stage collapse at a concert and a capsize at a regatta, written for
these tests."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import candidates, central_index
from newskit.story.central_model import CentralModel, Prominence, load_model
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, cls: str, start: int, lead: bool = True, sentence: int = 0) -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{start}", type=cls, trigger=word, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=start,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=lead,
                sentence=(), doc=(), published="2026-05-03", sentence_index=sentence)


def _motocross(crash_leads: str) -> list[list[Unit]]:
    """Three outlets lead with the deaths and the race they happened during; the outlets
    in ``crash_leads`` also lead with the bike that crashed into the crowd."""
    race = [_unit(a, "race", "contest", 60) for a in "abc"]
    killed = [_unit(a, "killed", "violence", 25) for a in "abc"] + \
        [_unit(a, "deaths", "violence", 300, lead=False, sentence=4) for a in "abc"]
    crash = [_unit(a, "crashed", "disaster", 110, lead=a in crash_leads, sentence=0 if a in crash_leads else 3)
             for a in "abc"]
    return [race, killed, crash]


def _chosen(clusters: list[list[Unit]]) -> int:
    return central_index(clusters, [c[0].source for c in clusters], dict.fromkeys("abc"))


def test_deaths_during_a_race_are_the_news_not_the_race() -> None:
    clusters = _motocross(crash_leads="a")
    ranked = dict(candidates(clusters, [c[0].source for c in clusters], dict.fromkeys("abc")))
    assert ranked[0].occasion and not ranked[2].occasion
    assert ranked[1].toll and ranked[1].yields  # the crash is a cause the toll yields to ...
    assert _chosen(clusters) == 1  # ... but the race would be chosen, and the toll is no toll of it


def test_a_toll_still_yields_to_the_cause_every_outlet_leads_with() -> None:
    clusters = _motocross(crash_leads="abc")
    clusters[2] = [*clusters[2], *(_unit(a, "crash", "disaster", 200) for a in "abc")]
    assert _chosen(clusters) == 2


def test_a_concert_is_an_occasion_and_a_stage_collapse_is_not() -> None:
    concert = [_unit(a, "concert", "performance", 40) for a in "ab"]
    collapse = [_unit(a, "collapsed", "disaster", 10) for a in "ab"]
    ranked = dict(candidates([concert, collapse], [concert[0].source, collapse[0].source], dict.fromkeys("ab")))
    assert ranked[0].occasion
    assert not ranked[1].occasion


def _regatta(capsize_sentence: int) -> list[list[Unit]]:
    """Three outlets lead with the regatta; the boat capsized in the sentence
    ``capsize_sentence`` of each."""
    regatta = [_unit(a, "regatta", "contest", 60) for a in "abc"] + \
        [_unit(a, "regatta", "contest", 400, lead=False, sentence=5) for a in "abc"]
    capsized = [_unit(a, "capsized", "disaster", 20, sentence=capsize_sentence) for a in "abc"]
    return [regatta, capsized]


def test_a_regatta_is_a_gathering_and_a_capsize_in_its_sentence_happened_at_it() -> None:
    clusters = _regatta(capsize_sentence=0)
    ranked = dict(candidates(clusters, [c[0].source for c in clusters], dict.fromkeys("abc")))
    assert ranked[0].gathering and not ranked[1].gathering
    assert ranked[1].at_gathering


def test_a_capsize_told_apart_from_the_regatta_is_not_at_it() -> None:
    clusters = _regatta(capsize_sentence=3)
    ranked = dict(candidates(clusters, [c[0].source for c in clusters], dict.fromkeys("abc")))
    assert not ranked[1].at_gathering


def test_an_occasion_told_by_verbs_is_no_gathering() -> None:
    """"She won the marathon", "won", "won": the winning may be the news itself."""
    won = [_unit(a, "won", "contest", 10) for a in "abc"] + [_unit("a", "marathon", "contest", 30)]
    ranked = dict(candidates([won], [won[0].source], dict.fromkeys("abc")))
    assert ranked[0].occasion and not ranked[0].gathering


def _scored(headlines: float, **kw: object) -> Prominence:
    return Prominence(named_class=True, possible=False, yields=False, headlines=headlines, leads=1.0,
                      lead_articles=1.0, articles=1.0, mentions=3.0, dated=True, ahead=False, toll=False,
                      report=False, befell=False, first_told=1.0, opening=1.0, framing=0.0, lone=False,
                      **kw)  # type: ignore[arg-type]


def test_a_gathering_yields_to_the_happening_the_headlines_name() -> None:
    """"Grandstand gives way at county rodeo": the rodeo leads every article, the
    grandstand's fall the headlines."""
    model = load_model() or CentralModel(weights=(1.0,) * len(_scored(0.0).row()))
    rodeo = _scored(0.0, occasion=True, gathering=True, at_gathering=True)
    fell = attrs.evolve(_scored(0.75, at_gathering=True), mentions=0.7, leads=0.75, articles=0.75)
    assert model.choose([rodeo, fell]) == 1
    assert model.choose([attrs.evolve(rodeo, headlines=1.0), fell]) == 0  # the rodeo is headlined more
    assert model.choose([rodeo, attrs.evolve(fell, at_gathering=False)]) == 0  # told apart from it


_PROMINENCE = st.builds(
    Prominence, named_class=st.booleans(), possible=st.booleans(), yields=st.booleans(),
    headlines=st.floats(0, 1), leads=st.floats(0, 2), lead_articles=st.floats(0, 1), articles=st.floats(0, 1),
    mentions=st.floats(0, 5), dated=st.booleans(), ahead=st.booleans(), toll=st.booleans(),
    report=st.booleans(), befell=st.booleans(), first_told=st.floats(0, 1), opening=st.floats(0, 1),
    framing=st.floats(0, 1), lone=st.booleans(), occasion=st.booleans(), gathering=st.booleans(),
    at_gathering=st.booleans())


@given(st.lists(_PROMINENCE, min_size=1, max_size=8))
def test_the_rule_moves_a_choice_only_from_an_occasion_to_a_toll(ps: list[Prominence]) -> None:
    """With no occasion among the candidates the choice is the one the vetoes alone make;
    with occasions, it moves only away from an occasion, and only to a toll or to a
    happening at a gathering that more headlines name."""
    model = load_model() or CentralModel(weights=(1.0,) * len(ps[0].row()))
    plain = [attrs.evolve(p, occasion=False) for p in ps]
    before = model.choose(plain)
    told = [j for j, p in enumerate(plain) if not p.possible and not p.ahead] or list(range(len(plain)))
    told = [j for j in told if plain[j].named_class or plain[j].headlines > 0] or told
    assert before in ([j for j in told if not plain[j].yields] or told)
    after = model.choose(ps)
    assert 0 <= after < len(ps)
    if after != before:
        assert ps[before].occasion
        assert ps[after].toll or (ps[before].gathering and ps[after].at_gathering and not ps[after].gathering
                                  and ps[after].headlines > ps[before].headlines)
