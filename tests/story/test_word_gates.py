"""The word parts of the story's per-word anaphor tests (issue #11: story assembly reads
every word of every article, and most words fail each test on the word alone).

Each test that reads a word in its context (``is_general_anaphor``, ``is_classifying_noun``,
``SynonymAnaphor``, ``is_act_noun``) now asks its word part first, and the story's scans of
every word ask that part once per distinct word (``general_anaphors.may_refer``,
``act_nouns.attach_act_nouns``). The gate is exact only if the word part is a necessary
condition of the whole test; the properties below check that on generated sentences.

The sentences are invented: a ferry's engine fire, a library's scooter ban, a glacier's
collapse."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story import act_nouns, features, general_anaphors, predicate, summed_up
from newskit.story.act_nouns import ActWords, is_act_noun, is_act_word
from newskit.story.act_synonyms import SynonymAnaphor
from newskit.story.classified import is_classifying_noun, is_classifying_word
from newskit.story.event_nouns import is_event_anaphor, is_event_noun
from newskit.story.features import Unit, family
from newskit.story.general_anaphors import is_general_anaphor, is_general_word, may_refer
from newskit.story.predicate import LEAD_TOKEN
from tests.story.helpers import story_of

BANNED = SynonymAnaphor(frozenset({"banned"}), frozenset({family("banned")}))
FIRE = ActWords(families=frozenset({family("fire")}), nominal=frozenset({family("fire")}),
                stems=frozenset({"fire"}))

#: pieces of invented sentences, dense in general nouns, event nouns and their look-alikes
_PIECES = ["The ", "the ", "a ", "This ", "was ", "is ", "incident", "incidents", "Incident", "closure",
           "shutdown", "shutdowns", "fire", "fires", "fired", "blaze", "collapse", "collapsed",
           "decision", "move", "mistake", "setback", "ferry's ", "library", "glacier", "engine ",
           "after ", "of ", "to ", "over", "said ", "Officials said ", "officials ", "-", "'s", ", ", ". ", "\"", "\n"]


def test_the_word_parts() -> None:
    assert is_general_word("incident") and is_general_word("decision")
    assert not is_general_word("incidents")  # a plural names many happenings
    assert not is_general_word("Incident")  # not lower case
    assert not is_general_word("ferry")  # no general noun
    assert is_classifying_word("mistake") and not is_classifying_word("mistakes")
    assert not is_classifying_word("glacier")
    assert BANNED.may_name("prohibition") and not BANNED.may_name("prohibitions")
    assert not BANNED.may_name("glacier")
    assert is_act_word("fire", FIRE) and not is_act_word("fires", FIRE) and not is_act_word("Fire", FIRE)


def test_may_refer_asks_each_word_part() -> None:
    """A word passes when any one of the four word parts passes, and the answer is kept."""
    may = may_refer(BANNED)
    assert may("incident")  # a general noun
    assert may("prohibition")  # a synonym of the central act's word
    assert may("mistake")  # a noun a copula may classify the news by
    assert not may("the") and not may("glacier") and not may("officials") and not may(",")
    assert may("incident") and not may("the")  # asked again: the same answers


def _at(test: Callable[[str, int, int], bool], text: str, word: str) -> bool:
    s = text.index(word)
    return test(text, s, s + len(word))


def test_the_whole_tests_still_hold_past_their_word_parts() -> None:
    assert _at(is_general_anaphor, "Officials said the incident was over. ", "incident")
    assert _at(is_classifying_noun, "This was a mistake, officials said. ", "mistake")
    assert _at(is_event_anaphor, "Officials said the collapse was over. ", "collapse")
    assert _at(BANNED, "Officials said the prohibition was over. ", "prohibition")
    text = "A fire broke out on the ferry. Officials said the fire was over."
    s = text.index("fire was")
    assert is_act_noun(text, s, s + len("fire"), FIRE.families, FIRE)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_each_word_part_is_necessary(text: str) -> None:
    """Wherever a whole test holds on a word of a sentence, its word part holds on the word,
    so a gate on the word parts never drops an anaphor."""
    may = may_refer(BANNED)
    for m in LEAD_TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if is_general_anaphor(text, s, e):
            assert is_general_word(w) and may(w)
        if is_classifying_noun(text, s, e):
            assert is_classifying_word(w) and may(w)
        if is_event_anaphor(text, s, e):
            assert is_event_noun(w) and may(w)
        if BANNED(text, s, e):
            assert BANNED.may_name(w) and may(w)
        if is_act_noun(text, s, e, FIRE.families, FIRE):
            assert is_act_word(w, FIRE)


#: an invented story: a ferry line's fares scrapped, told again by general and act nouns
_FERRY = [
    {"id": f"wg{n}", "published": "2026-09-03", "title": title, "text": text}
    for n, (title, text) in enumerate([
        ("Harbour board scraps ferry fares",
         "The harbour board of Skerry scrapped fares on its ferry on Tuesday, the board's chair said.\n"
         "Shopkeepers said the decision would bring more visitors, in a move welcomed by the union.\n"
         "The scrapping of fares was first proposed in 2024."),
        ("Free ferry for Skerry",
         "Skerry's harbour board on Tuesday scrapped all fares on the island ferry, officials said.\n"
         "The ferry carries about 700 passengers a day. The change was a surprise, a trader said."),
    ])]


def _asked_spans(monkeypatch: pytest.MonkeyPatch, module: object, pipeline: Pipeline) -> list[tuple[str, str]]:
    """The words whose coverage ``module``'s scan of every word asks, in a story of _FERRY."""
    asked: list[tuple[str, str]] = []
    texts = {a["id"]: a["text"] for a in _FERRY}
    real = features.covered_by

    def spying(units: Sequence[Unit]) -> Callable[[str, int, int], bool]:
        covered = real(units)

        def ask(art: str, start: int, end: int) -> bool:
            asked.append((art, texts[art][start:end]))
            return covered(art, start, end)

        return ask

    monkeypatch.setattr(module, "covered_by", spying)
    story_of(pipeline, _FERRY)
    return asked


def test_coverage_is_asked_only_for_words_past_the_gate(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """The scans of every word ask whether a unit covers a word only once its word part
    passed: most words of an article are no anaphor, and the coverage test is the dearer."""
    gates: tuple[tuple[object, Callable[[str], bool]], ...] = (
        (summed_up, lambda w: w in summed_up._summaries()), (act_nouns, _one_word_lower))
    for module, passes in gates:
        asked = _asked_spans(monkeypatch, module, pipeline)
        assert asked and all(passes(w) for _art, w in asked), module
    asked = _asked_spans(monkeypatch, general_anaphors, pipeline)
    assert [w for _art, w in asked if w in ("the", "ferry", ",", "Skerry")] == []


def _one_word_lower(word: str) -> bool:
    return word.islower() and (word.isalpha() or "-" in word)


def test_the_predicates_new_anaphors_read_general_nouns_only(monkeypatch: pytest.MonkeyPatch,
                                                              pipeline: Pipeline) -> None:
    """story/predicate.py's scan for general nouns no unit covers reads a word's context only
    for a general noun; the units of the story's own mentions are still read in context."""
    asked: list[str] = []
    real = predicate._anaphor

    def spying(text: str, start: int, end: int) -> bool:
        asked.append(text[start:end])
        return real(text, start, end)

    monkeypatch.setattr(predicate, "_anaphor", spying)
    story_of(pipeline, _FERRY)
    assert "decision" in asked and "change" in asked
    assert "the" not in asked and "," not in asked and "Skerry" not in asked
