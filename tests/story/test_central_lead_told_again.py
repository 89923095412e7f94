"""A lead that tells the news by the central event's own word names the news's participant,
however it writes it (story/central.py ``kept_apart``): in dated news, such a cluster is not
set apart by a participant the central event lacks when the article also tells the central
event (that article event only: another article event of the cluster that names its own
participant stays apart); told further down, in an outlet that holds no central mention, or in undated
documents, its participant still sets it apart. A ski racer's retirement, written for these
tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import fold_into_central, kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma

_DAY = "2026-11-18"


def _unit(article: str, word: str, *, event: int = 0, start: int = 40, who: frozenset[str] = frozenset(),
          published: str | None = _DAY, lead: bool = True, cls: str = "personnel") -> Unit:
    ref = SpanRef(article=article, start=start, end=start + len(word), text=word)
    source = Event(id=f"{article}:{event}", type=cls, trigger=word, when=None, mentions=(ref,))
    return Unit(key=(article, start, start + len(word)), ref=ref, source=source, event=event,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=who, lead=lead,
                sentence=(), doc=(), published=published, sentence_index=event)


_ACCENTED = frozenset({"lenahofstatter"})
_PLAIN = frozenset({"lenahofstaetter"})


def _host(published: str | None = _DAY) -> list[Unit]:
    """Three outlets tell "Lena Hofstätter announced her retirement" (one writes her name
    with the umlaut, as the host's participant)."""
    return [_unit(a, "retirement", who=_ACCENTED, published=published, start=300, event=2, lead=False)
            for a in ("wire", "daily", "radio")]


def test_a_lead_that_tells_the_news_by_its_own_word_is_the_news() -> None:
    """"Lena Hofstaetter retired from alpine skiing on Wednesday", in the wire's lead."""
    cluster = [_unit("wire", "retired", who=_PLAIN)]
    assert kept_apart(cluster, _host(), excluded) is None


def test_only_the_leads_own_article_event_is_lifted() -> None:
    """The cluster also holds another outlet's "Anna Meier retired in 2019", further down:
    that article event names its own participant and stays apart; the lead's joins."""
    lead = _unit("wire", "retired", who=_PLAIN)
    other = _unit("daily", "retired", who=frozenset({"annameier"}), event=7, start=1200, lead=False)
    assert kept_apart([lead, other], _host(), excluded) == "participant"
    folded = fold_into_central([_host(), [lead, other]], 0, excluded)
    assert lead.key in {u.key for u in folded[0]}
    assert [u.key for c in folded[1:] for u in c] == [other.key]


def test_told_further_down_the_participant_still_sets_it_apart() -> None:
    cluster = [_unit("wire", "retired", who=frozenset({"annameier"}), event=6, start=900, lead=False)]
    assert kept_apart(cluster, _host(), excluded) == "participant"


def test_an_outlet_that_holds_no_central_mention_may_lead_with_another_happening() -> None:
    cluster = [_unit("sportsdesk", "retired", who=frozenset({"annameier"}))]
    assert kept_apart(cluster, _host(), excluded) == "participant"


def test_undated_documents_keep_the_participant_test() -> None:
    cluster = [_unit("wire", "retired", who=_PLAIN, published=None)]
    assert kept_apart(cluster, _host(None), excluded) == "participant"


def test_a_lead_word_of_another_family_is_still_asked() -> None:
    """"The federation sacked her coach" in the wire's lead: no word of the retirement."""
    cluster = [_unit("wire", "sacked", who=frozenset({"skifederation"}))]
    assert kept_apart(cluster, _host(), excluded) == "participant"


@settings(max_examples=40, deadline=None)
@given(lead=st.booleans(), own_article=st.booleans(), dated=st.booleans())
def test_property_only_a_dated_lead_of_a_central_article_lifts_the_participant_test(
        lead: bool, own_article: bool, dated: bool) -> None:
    day = _DAY if dated else None
    cluster = [_unit("wire" if own_article else "sportsdesk", "retired", who=frozenset({"annameier"}),
                     published=day, lead=lead, event=0 if lead else 5, start=40 if lead else 800)]
    got = kept_apart(cluster, _host(day), excluded)
    assert (got is None) == (lead and own_article and dated)
