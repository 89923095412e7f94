"""In dated news an ordinary act of the general class ("filed", "fell", "struck": the events
plugin's ``action``) tells no class, so its class sets no cluster apart from the central
event (story/central.py ``kept_apart``), as a verb of occurring's does not; undated
documents keep the class test. A story of a players' lawsuit and one of a wall's collapse,
written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Event, SpanRef
from newskit.story.central import kept_apart
from newskit.story.events import excluded
from newskit.story.features import Unit, family, lemma

_DAY = "2026-05-12"


def _unit(article: str, word: str, cls: str, *, published: str | None = "2026-05-13") -> Unit:
    ref = SpanRef(article=article, start=30, end=30 + len(word), text=word)
    source = Event(id=f"{article}:0", type=cls, trigger=word, when=_DAY, mentions=(ref,))
    return Unit(key=(article, 30, 30 + len(word)), ref=ref, source=source, event=0,
                lemma=lemma(word), family=family(word), persons=frozenset(), who=frozenset(), lead=True,
                sentence=(), doc=(), published=published)


def test_a_lawsuit_joins_the_filing_it_is_told_by() -> None:
    """"Former players filed a lawsuit": the filing (an ordinary act) and the lawsuit (a
    legal act) tell one happening."""
    host = [_unit(f"outlet{n}", "filed", "action") for n in range(3)]
    lawsuit = [_unit("tsn", "lawsuit", "legal"), _unit("cbc", "lawsuit", "legal")]
    assert kept_apart(lawsuit, host, excluded) is None


def test_an_ordinary_act_joins_a_collapse() -> None:
    host = [_unit(f"outlet{n}", "collapse", "disaster") for n in range(3)]
    fell = [_unit("radio", "fell", "action")]
    assert kept_apart(fell, host, excluded) is None


def test_undated_documents_keep_the_class_test() -> None:
    host = [_unit(f"outlet{n}", "filed", "action", published=None) for n in range(3)]
    lawsuit = [_unit("tsn", "lawsuit", "legal", published=None)]
    assert kept_apart(lawsuit, host, excluded) == "class"


def test_two_named_classes_that_clash_stay_apart() -> None:
    host = [_unit(f"outlet{n}", "collapse", "disaster") for n in range(3)]
    vote = [_unit("radio", "voted", "political"), _unit("blog", "vote", "political")]
    assert kept_apart(vote, host, excluded) == "class"


@settings(max_examples=30, deadline=None)
@given(word=st.sampled_from(["filed", "struck", "fell", "pulled", "stopped"]),
       cls=st.sampled_from(["legal", "disaster", "political", "business", "conflict"]))
def test_property_an_ordinary_act_never_clashes_by_class_in_dated_news(word: str, cls: str) -> None:
    host = [_unit(f"outlet{n}", "event", cls) for n in range(3)]
    assert kept_apart([_unit("radio", word, "action")], host, excluded) != "class"


def test_a_cluster_that_shares_a_word_family_with_the_news_does_not_clash() -> None:
    """In dated news one shared word family makes a cluster one happening with the central
    event, whatever classes its other words have ("approved the tax" in a cluster of "vote"
    words beside a central "decision" the plugin classed otherwise)."""
    host = [_unit(f"outlet{n}", "collapse", "disaster") for n in range(3)]
    told = [_unit("radio", "collapse", "business"), _unit("blog", "voted", "political"),
            _unit("wire", "vote", "political")]
    assert kept_apart(told, host, excluded) is None
    assert kept_apart([_unit("tv", "voted", "political"), _unit("web", "vote", "political")], host,
                      excluded) == "class"


def _lead(article: str, word: str, cls: str, lead: bool) -> Unit:
    u = _unit(article, word, cls)
    return Unit(key=u.key, ref=u.ref, source=u.source, event=0, lemma=u.lemma, family=u.family,
                persons=frozenset(), who=frozenset(), lead=lead, sentence=(), doc=(), published=u.published)


def test_a_cluster_a_lead_tells_by_a_word_of_the_news_folds_in_again() -> None:
    """Once the central event holds "collapse" (a layer read "the collapse" as the news), a
    cluster an outlet leads with by that word joins it; one told only further down stays
    out ("earlier talks collapsed")."""
    from newskit.story.central import fold_again

    host = [_lead(f"outlet{n}", "collapse", "disaster", True) for n in range(3)]
    led = [_lead("radio", "collapsed", "business", True)]
    below = [_lead("blog", "collapsed", "business", False)]
    folded = fold_again([host, led, below], excluded)
    assert led[0] in folded[0] and below[0] not in folded[0]
    assert folded[1:] == [below]
