"""A cluster kept apart from the central event by a participant, or by a time, that only some
of its article events name (story/central.py ``fold_into_central``): in dated news its other
article events join the central event, the ones that name the participant or the time stay
apart; in undated documents the whole cluster stays apart, as before. Stories of a chief
executive's resignation, a port strike and a release of sterile moths, written for these
tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import fold_into_central, kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, *, event: int = 0, start: int = 40, who: frozenset[str] = frozenset(),
          published: str | None = "2026-09-14", cls: str = "personnel") -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{event}", type=cls, trigger=word, when=None, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=event,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=who, lead=event == 0,
                sentence=(), doc=(), published=published, sentence_index=event)  # event 0 opens its article


_LIND = frozenset({"maralind"})


def _host(published: str | None = "2026-09-14") -> list[Unit]:
    """Three outlets lead with "Mara Lind resigned as chief executive of Halvorsen Shipping"."""
    return [_unit(a, "resigned", who=_LIND, published=published) for a in ("ledger", "wire", "courier")]


def _cluster(published: str | None = "2026-09-14") -> list[Unit]:
    """Later sentences of the same resignation; one outlet's article event names the chairman
    who announced it ("chairman Jonas Berg said the resignation took effect at once")."""
    return [_unit("ledger", "resignation", event=3, start=400, who=_LIND, published=published),
            _unit("wire", "departure", event=2, start=380, published=published),
            _unit("courier", "resignation", event=4, start=520, who=frozenset({"jonasberg"}), published=published)]


def test_dated_news_joins_the_article_events_that_name_no_other_participant() -> None:
    host, cluster = _host(), _cluster()
    assert kept_apart(cluster, host, excluded) == "participant"
    folded = fold_into_central([host, cluster], 0, excluded)
    joined = {(u.ref.article, u.event) for u in folded[0]}
    assert {("ledger", 3), ("wire", 2)} <= joined
    assert ("courier", 4) not in joined
    assert [(u.ref.article, u.event) for c in folded[1:] for u in c] == [("courier", 4)]


def test_undated_documents_keep_the_whole_cluster_apart() -> None:
    host, cluster = _host(None), _cluster(None)
    folded = fold_into_central([host, cluster], 0, excluded)
    assert len(folded) == 2 and len(folded[1]) == len(cluster)


def test_another_happening_whose_every_article_event_names_its_own_people_stays_apart() -> None:
    """A port strike's story: the dockers' walkout is the news; another union's walkout at
    another port, each of its article events naming that union, stays apart whole."""
    host = [_unit(a, "walkout", who=frozenset({"dockersunion"}), cls="political") for a in ("ledger", "wire")]
    other = [_unit(a, "walkout", event=5, start=600, who=frozenset({"pilotsguild"}), cls="political")
             for a in ("ledger", "wire", "courier")]
    folded = fold_into_central([host, other], 0, excluded)
    assert len(folded) == 2 and len(folded[1]) == 3


def test_an_article_event_that_is_a_toll_stays_apart_even_without_a_participant() -> None:
    host, cluster = _host(), _cluster()
    toll = _unit("wire", "killed", event=7, start=700, cls="violence")
    folded = fold_into_central([host, [*cluster, toll]], 0, excluded)
    assert toll.key not in {u.key for u in folded[0]}


_WHO = st.sampled_from([frozenset(), _LIND, frozenset({"jonasberg"}), frozenset({"harbourboard"})])


@given(whos=st.lists(_WHO, min_size=1, max_size=6), dated=st.booleans())
def test_property_no_article_event_naming_a_participant_the_central_event_lacks_ever_joins(
        whos: list[frozenset[str]], dated: bool) -> None:
    day = "2026-09-14" if dated else None
    host = _host(day)
    cluster = [_unit(f"outlet{n}", "resignation", event=n + 1, start=300, who=who, published=day)
               for n, who in enumerate(whos)]
    folded = fold_into_central([host, cluster], 0, excluded)
    joined = [u for u in folded[0] if u.ref.article.startswith("outlet")]
    assert all(not u.who or u.who & _LIND for u in joined)
    assert sum(len(c) for c in folded) == len(host) + len(cluster)  # nothing lost, nothing doubled
    if not dated and any(w and not w & _LIND for w in whos):
        assert not joined  # undated: a participant of its own keeps the whole cluster apart


def _dated_unit(article: str, word: str, when: str | None, *, event: int = 0, start: int = 40,
                published: str | None = "2026-02-13") -> Unit:
    """A mention of a field release of sterile moths, its article event dated ``when``."""
    u = _unit(article, word, event=event, start=start, published=published, cls="business")
    return Unit(key=u.key, ref=u.ref, source=Event(id=u.source.id, type="business", trigger=word, when=when,
                                                    mentions=(u.ref,)),
                event=event, lemma=u.lemma, family=u.family, persons=u.persons, who=u.who, lead=u.lead,
                sentence=(), doc=(), published=published, sentence_index=event)


def _moths(published: str | None = "2026-02-13") -> tuple[list[Unit], list[Unit]]:
    """Three outlets lead with "researchers released sterile moths on Thursday"; a cluster
    chains one outlet's undated "the release" further down to another's "the farmers'
    board approved the release in November 2024" (a time of its own that excludes the news)."""
    host = [_dated_unit(a, "released", "2026-02-12", published=published) for a in ("ledger", "wire", "courier")]
    cluster = [_dated_unit("ledger", "release", None, event=3, start=400, published=published),
               _dated_unit("wire", "release", "2024-11", event=2, start=380, published=published)]
    return host, cluster


def test_dated_news_joins_the_article_events_no_time_or_place_of_their_own_sets_apart() -> None:
    host, cluster = _moths()
    assert kept_apart(cluster, host, excluded) == "time or place"
    folded = fold_into_central([host, cluster], 0, excluded)
    joined = {(u.ref.article, u.event) for u in folded[0]}
    assert ("ledger", 3) in joined
    assert ("wire", 2) not in joined
    assert [(u.ref.article, u.event) for c in folded[1:] for u in c] == [("wire", 2)]


def test_undated_documents_keep_a_cluster_of_another_time_apart_whole() -> None:
    host, cluster = _moths(None)
    folded = fold_into_central([host, cluster], 0, excluded)
    assert len(folded) == 2 and len(folded[1]) == len(cluster)
