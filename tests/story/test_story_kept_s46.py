"""Session 46 (issue #11): answers the story's layers ask again and again, read once or by a
cheaper path, each equal to the reading it replaces."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from types import SimpleNamespace
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.story import central, learned, predicate
from newskit.story.act_synonyms import SynonymAnaphor
from newskit.story.central import role
from newskit.story.classified import is_classifying_word
from newskit.story.event_nouns import is_event_noun
from newskit.story.features import Unit, family
from newskit.story.general_anaphors import is_general_word, may_refer, may_refer_alone
from newskit.story.predicate import family_of


def _units(lemmas: Sequence[str]) -> Sequence[Unit]:
    return cast("Sequence[Unit]", [SimpleNamespace(lemma=w) for w in lemmas])


def _role_by_counter(units: Sequence[Unit]) -> str | None:
    """The role as it was read before session 46, with a ``Counter``."""
    roles = central._roles()
    counts = Counter(r for r in ("toll", "report") for u in units if u.lemma in roles[r])
    top = counts.most_common(1)
    return top[0][0] if top and 2 * top[0][1] > len(units) else None


@given(st.lists(st.sampled_from(["toll", "report", "both", "other"]), max_size=9))
def test_a_clusters_role_is_the_counted_one(picks: list[str]) -> None:
    """The role read by two sums is the role the ``Counter`` gave, ties to the toll
    included (a lemma of both roles counts for both)."""
    roles = central._roles()
    toll, report = sorted(roles["toll"]), sorted(roles["report"])
    both = sorted(roles["toll"] & roles["report"])
    lemmas = [toll[0] if p == "toll" else report[0] if p == "report" else both[0] if p == "both" and both
              else "bakery" for p in picks]
    units = _units(lemmas)
    assert role(units) == _role_by_counter(units)


def test_a_clusters_role_makes_no_counter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked of every cluster by several layers: two sums, no ``Counter`` made."""
    def boom(*args: object) -> None:
        raise AssertionError("a Counter was made")

    monkeypatch.setattr(central, "Counter", boom)
    toll = sorted(central._roles()["toll"])[0]
    assert role(_units([toll, toll, "tram"])) == "toll"
    assert role(_units(["tram", "bakery"])) is None


def test_the_last_pair_of_sets_is_found_without_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words asked in a row with one pair of sets find its table by identity, even once the
    keyed tables are gone; another pair (equal sets, other objects) is read afresh."""
    read: list[str] = []
    real = predicate._family_of

    def spy(w: str, b: frozenset[str], n: frozenset[str]) -> str:
        read.append(w)
        return real(w, b, n)

    monkeypatch.setattr(predicate, "_family_of", spy)
    bases, nouns = frozenset({"collid", "clos"}), frozenset({"painting"})
    assert family_of("collision", bases, nouns) == "collid"
    predicate._FAMILIES.clear()
    assert family_of("collision", bases, nouns) == "collid"
    assert read == ["collision"]
    other = frozenset(set(bases))
    assert family_of("collision", other, nouns) == "collid"
    assert read == ["collision", "collision"]
    assert family_of("paintings", bases, nouns) == "painting"
    assert family_of("paintings", other, nouns) == "painting"
    assert read == ["collision", "collision", "paintings", "paintings"]


_WORDS = ["incident", "incidents", "Incident", "prohibition", "prohibitions", "mistake", "mistakes", "glacier",
          "closure", "collapse", "collapsed", "stampede", "the", "officials", ",", "ferry", "shutdown", "decision"]


@pytest.mark.parametrize("word", _WORDS)
def test_a_words_anaphor_parts_are_the_four_tests(word: str) -> None:
    """A word may refer when one of the four word parts passes, whichever is asked first."""
    ban = SynonymAnaphor(frozenset({"banned"}), frozenset({family("banned")}))
    want = is_general_word(word) or is_event_noun(word) or ban.may_name(word) or is_classifying_word(word)
    assert may_refer(ban)(word) == want


def test_a_words_own_anaphor_parts_are_kept_across_stories() -> None:
    """Two stories (other central acts, so other synonyms) ask the static word parts of a
    word once between them; only the synonym test is read per story."""
    may_refer_alone.cache_clear()
    ban = may_refer(SynonymAnaphor(frozenset({"banned"}), frozenset({family("banned")})))
    fire = may_refer(SynonymAnaphor(frozenset({"fired"}), frozenset({family("fire")})))
    assert ban("incident") and fire("incident")
    assert ban("prohibition") and not fire("glacier") and not ban("glacier")
    assert may_refer_alone.cache_info().misses == 3


@pytest.mark.parametrize("word", ["collapse", "stampede", "collapsed", "Collapse", "morning", "the", "ab", "groundings"])
def test_a_learned_nouns_key_is_its_lemma_where_it_may_be_a_noun(word: str) -> None:
    """The key is the lemma of a word that may be a happening's noun, None for other words;
    a story's learned lemmas then decide."""
    assert learned.noun_key(word) == (learned._key(word) if learned._noun(word) else None)
    stems = frozenset({learned._key(word)})
    assert learned._learned_noun(word, stems, {}) == (learned._noun(word) and learned._key(word) in stems)


def test_a_learned_nouns_key_is_read_once_across_stories() -> None:
    """Two stories (other learned lemmas, other per-story tables) read a word's key once."""
    learned.noun_key.cache_clear()
    assert learned._learned_noun("stampede", frozenset({learned._key("stampede")}), {})
    assert not learned._learned_noun("stampede", frozenset({"collapse"}), {})
    assert learned.noun_key.cache_info().misses == 1
