"""Session 49 (issue #10): one act told in British and American spelling, or by its verb
and its noun, is one family ("cancelled" / "canceled" / "cancellation"; "penalised" /
"fined"; "voided" / "annulled"); a tanker that "blew up" is the explosion. Words and
articles invented for the tests."""

from __future__ import annotations

import pytest

from newskit import Article, analyze
from newskit.story import build_story
from newskit.story.features import family, phrase_lemma


@pytest.mark.parametrize("words", [
    ("cancelled", "canceled", "cancellation", "cancel"),
    ("travelled", "traveled", "travelling"),
    ("organised", "organized", "organisation"),
    ("penalised", "penalized", "fined", "penalty"),
    ("voided", "annulled", "quashed"),
])
def test_one_family(words: tuple[str, ...]) -> None:
    assert len({family(w) for w in words}) == 1, {w: family(w) for w in words}


def test_blew_up_is_an_explosion() -> None:
    assert family(phrase_lemma("blew", "up")) == family("explosion")


def _article(i: int, text: str) -> Article:
    return Article.from_dict({"id": f"b{i}", "text": text, "source": f"Outlet {i}",
                              "published": "2026-05-14T09:00"})


def test_the_cancelled_and_the_canceled_tender_are_one_event() -> None:
    texts = [
        "The Port Authority of Marlow cancelled a $90 million dredging tender on Tuesday, "
        "citing irregularities in the bids.",
        "Marlow's port authority canceled its $90 million dredging tender on Tuesday. The "
        "authority said the bids broke its rules.",
        "The cancellation of the dredging tender on Tuesday surprised the bidders, who said "
        "they had followed the rules.",
    ]
    story = build_story([analyze(_article(i, t)) for i, t in enumerate(texts)])
    words = {m.text.lower() for m in story.events[0].mentions}
    assert {"cancelled", "canceled", "cancellation"} <= words, words


def test_an_interception_is_the_seizure() -> None:
    """A boat "intercepted" with its cargo and the cargo "seized" are one act of customs or
    a navy (two outlets of one story told it by one word each)."""
    assert len({family(w) for w in ("intercepted", "interception", "seized", "seizure")}) == 1
