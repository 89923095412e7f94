"""A time long before its article that the central event took (story/central.py ``_clashes``,
``_background``): it is the news' background ("licensed in January 2025"), so it sets no
cluster dated as the news apart; a central event whose every article event is so dated is
itself past news, and its times still set a cluster apart. A release of lynx written for
these tests."""

from __future__ import annotations

from newskit.model import Event, SpanRef
from newskit.story.central import fold_into_central, kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma


def _unit(article: str, word: str, when: str | None, *, event: int = 0, start: int = 40,
          published: str | None = "2026-03-25") -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{event}", type="environment", trigger=word, when=when, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=event,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=event == 0,
                sentence=(), doc=(), published=published, sentence_index=event)


def _host(licensed: str) -> list[Unit]:
    """Three outlets lead with "six lynx were released in the Cairngorms"; one of their
    article events took the time of the licence ("licensed in ``licensed``")."""
    return [*(_unit(a, "released", None) for a in ("ledger", "wire", "courier")),
            _unit("wire", "licensed", licensed, event=2, start=300)]


def _tuesdays_release() -> list[Unit]:
    """An outlet's "Tuesday's lynx release", dated the day before publication."""
    return [_unit("gazette", "release", "2026-03-24", event=1, start=200)]


def test_a_background_time_of_the_news_sets_no_cluster_of_its_day_apart() -> None:
    host, cluster = _host("2025-01"), _tuesdays_release()
    assert kept_apart(cluster, host, excluded) is None
    folded = fold_into_central([host, cluster], 0, excluded)
    assert len(folded) == 1


def test_a_recent_time_of_the_news_still_sets_another_day_apart() -> None:
    """The same central event dated within the month: its time is the news', and a release
    two years earlier is another."""
    host = _host("2026-03-24")
    earlier = [_unit("gazette", "release", "2024-02", event=1, start=200)]
    assert kept_apart(earlier, host, excluded) == "time or place"


def test_past_news_keeps_its_times() -> None:
    """A central event every article event of which is dated long before (news of an old
    case): its time is the news' own, and a cluster of this week stays apart."""
    host = [_unit(a, "released", "2019-05", event=n) for n, a in enumerate(("ledger", "wire", "courier"))]
    assert kept_apart(_tuesdays_release(), host, excluded) == "time or place"


def test_a_cluster_of_a_time_far_from_its_article_is_still_set_apart_by_a_background_time() -> None:
    """"a second release is planned for May 2027": not of the news' days, so the central
    event's every time, background or not, is asked of it."""
    later = [_unit("gazette", "release", "2027-05", event=1, start=200)]
    assert kept_apart(later, _host("2025-01"), excluded) == "time or place"
