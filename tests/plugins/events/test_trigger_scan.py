"""The trigger scan reads a word the form cache knows as no trigger without a call: the
triggers are the same whatever the cache holds (cold, or warm from other texts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_events import triggers

_TEXTS = [
    "A stand-off at the harbour ended when the ferry was evacuated; the standoff had lasted hours.",
    "The wildfire forced the evacuation of 300 homes, and firefighters said the blaze spread overnight.",
    "Flooding closed the motorway after a lorry crash near the bridge on Friday.",
]


def _cold(text: str) -> list[tuple[int, int, str, str, str, bool, bool]]:
    triggers._KNOWN.clear()
    return triggers.find_triggers(text)


def test_a_warm_cache_finds_the_triggers_of_a_cold_one() -> None:
    cold = [_cold(t) for t in _TEXTS]
    for t in _TEXTS:  # warm the cache with every text's words, then read each again
        triggers.find_triggers(t)
    assert [triggers.find_triggers(t) for t in _TEXTS] == cold
    assert all(cold)


def test_a_hyphenated_compound_is_read_closed_after_its_parts_were_cached() -> None:
    triggers._KNOWN.clear()
    triggers.find_triggers("They stand off the coast.")  # "stand", "off" cached as words
    forms = [form for _s, _e, form, *_ in triggers.find_triggers("The stand-off ended.")]
    assert forms == [form for _s, _e, form, *_ in _cold("The stand-off ended.")]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["the", "crash", "stand-off", "standoff", "fire", "blaze", "said", "ferry",
                                 "was", "evacuated", "re-opened", "protest", "storm", "hit", "town", "."]),
                min_size=1, max_size=14),
       st.lists(st.sampled_from(["crash", "stand", "off", "blaze", "reopened", "storms", "x-ray"]), max_size=6))
def test_triggers_do_not_depend_on_what_the_cache_holds(words: list[str], before: list[str]) -> None:
    text = " ".join(words)
    cold = _cold(text)
    triggers.find_triggers(" ".join(before))
    assert triggers.find_triggers(text) == cold
