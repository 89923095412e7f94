"""The fitted fold (story/fold_model.py, ``central._lifted``): the fitted weights find a
cluster a hand rule keeps apart one happening with the central event when it is a year
misread in an undated collection, but never dated news of another month nor another
person's act, and they read dated clashes as another happening. The model is shipped
switched off (``fold_weights.json`` ``enabled``), so the story's fold stays the hand fold.
Stories of a chess title match and a brewery's takeover, written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.datafiles import package_json
from newskit.model import Event, SpanRef
from newskit.story.central import _lifted, fold_into_central, kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma
from newskit.story.fold_model import FEATURES, FoldModel, FoldSigns, fold_signs, load_fold_model

#: the fitted weights, whether or not the shipped model is switched on
_FITTED = FoldModel.from_dict(package_json("newskit", "fold_weights.json"))


def _unit(article: str, word: str, cls: str, when: str | None, *, published: str | None,
          who: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset(), lead: bool = True) -> Unit:
    ref = SpanRef(article=article, start=40, end=40 + len(word), text=word)
    source = Event(id=f"{article}:0", type=cls, trigger=word, when=when, mentions=(ref,))
    return Unit(key=(article, 40, 40 + len(word)), ref=ref, source=source, event=0, lemma=lemma(word),
                family=family(word), persons=persons, who=who, lead=lead, sentence=(), doc=(),
                published=published)


def _title_match(published: str | None) -> list[Unit]:
    """Four outlets tell of the title match won on 4 May."""
    return [_unit(a, "won", "contest", "2026-05-04", published=published)
            for a in ("chessbase", "daily", "wire", "gazette")]


def _recalled(published: str | None) -> list[Unit]:
    """Two more outlets' article events of the win, dated 2019: in an undated collection a
    year read from the background ("champion since 2019") or read wrong."""
    return [_unit(a, "victory", "contest", "2019", published=published) for a in ("radio", "blog")]


def test_a_year_misread_in_an_undated_collection_does_not_keep_the_news_apart() -> None:
    host, cluster = _title_match(None), _recalled(None)
    assert kept_apart(cluster, host, excluded) == "time or place"
    assert _lifted(_FITTED, cluster, host, excluded)


def test_the_shipped_fold_is_the_hand_fold_while_the_model_is_switched_off() -> None:
    host, cluster = _title_match(None), _recalled(None)
    assert load_fold_model() is None
    assert len(fold_into_central([host, cluster], 0, excluded)) == 2


def test_dated_news_of_another_time_stays_apart_whatever_the_model_weighs() -> None:
    host, cluster = _title_match("2026-05-05"), _recalled("2026-05-06")
    assert kept_apart(cluster, host, excluded) == "time or place"
    assert not _lifted(_FITTED, cluster, host, excluded)


def test_a_cluster_every_article_event_of_which_names_a_person_of_its_own_stays_apart() -> None:
    """Another grandmaster's win in an undated collection: the model weighs a named person
    of its own apart, and one in every article event of the cluster is a veto."""
    host = [_unit(a, "won", "contest", None, published=None, who=frozenset({"lenavoss"}),
                  persons=frozenset({"lenavoss"})) for a in ("chessbase", "daily", "wire")]
    other = [_unit(a, "victory", "contest", None, published=None, who=frozenset({"ivanpetrov"}),
                   persons=frozenset({"ivanpetrov"})) for a in ("radio", "blog")]
    assert kept_apart(other, host, excluded) == "participant"
    assert not _lifted(_FITTED, other, host, excluded)


def test_signs_say_what_the_cluster_shares_with_the_central_event() -> None:
    host = [_unit("herald", "takeover", "business", "2026-02-10", published="2026-02-11",
                  who=frozenset({"alderbrewing"}), persons=frozenset({"maraholt"}))]
    rival = [_unit("courier", "takeover", "business", "2026-02-10", published="2026-02-11",
                   who=frozenset({"pinecrest"}), persons=frozenset({"johnwebb"})),
             _unit("courier", "offer", "business", "2026-02-10", published="2026-02-11", lead=False)]
    signs = fold_signs(rival, host, excluded, class_clash=False)
    assert signs.participant and signs.persons_clash == 1.0 and signs.who_shared == 0.0
    assert signs.family == 0.5 and signs.lead == 0.5 and signs.clash_dated == 0.0


def test_the_shipped_weights_read_a_dated_clash_as_another_happening_and_an_undated_one_less_so() -> None:
    weights = dict(zip(FEATURES, _FITTED.weights, strict=True))
    assert weights["clash_dated"] < 0 < weights["family"]
    assert weights["clash_dated"] < weights["clash_undated"]
    assert weights["persons_clash"] < 0


_SHARES = st.floats(min_value=0.0, max_value=1.0)


@given(participant=st.booleans(), shares=st.lists(_SHARES, min_size=8, max_size=8), size=st.integers(1, 40),
       months=st.integers(2, 10))
def test_property_dated_news_of_another_month_never_folds(participant: bool, shares: list[float], size: int,
                                                            months: int) -> None:
    """Whatever else a cluster shares with the central event, dated article events of
    another month keep it apart."""
    host = _title_match("2026-05-05")
    when = f"2026-{(4 + months) % 12 + 1:02d}"
    who = frozenset({"aronian"}) if participant else frozenset()
    cluster = [_unit(f"c{n}", "victory", "contest", when, published="2026-05-06", who=who) for n in range(size)]
    assert not _lifted(_FITTED, cluster, host, excluded)
    free = dict(zip(("participant_events", "persons_clash", "who_shared", "family", "same_event", "host_articles",
                     "lead", "doc_sim"), shares, strict=True))
    fixed = {"participant": participant, "apart": False, "clash_share": 1.0, "clash_undated": 0.0,
             "class_clash": False, "size": 1.0, "learned": 0.0}
    signs = FoldSigns(**free, **fixed, clash_dated=1.0)
    raised = FoldSigns(**free, **fixed, clash_dated=0.0)
    assert _FITTED.probability(signs) < _FITTED.probability(raised)
