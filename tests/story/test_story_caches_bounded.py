"""The story layer's answers kept per word and its patterns kept per name are bounded: a
stream of stories (``newskit stories`` over a feed) keeps bringing new words and names (and
sets of years its sums were stated in), and
memory must stay flat however long it runs (issue #11). Each answer is the same whether it
was kept or asked again."""

from __future__ import annotations

from typing import Any

import pytest

from newskit.spelling import WORDS_KEPT
from newskit.story import (
    act_synonyms,
    features,
    figure_bands,
    figure_currency,
    figure_data,
    places,
    predicate,
    qualified_nouns,
    surnames,
    unknown_acts,
)
from newskit.story._common import NAMES_KEPT
from newskit.story.figure_currency import YEAR_SETS_KEPT
from newskit_events import lemma

PER_WORD = [act_synonyms.synonym_groups, features.lemma, predicate.base, predicate._derived,
            predicate.particle_stem, unknown_acts.act_lemma, lemma.nominalisations, lemma.verb_bases,
            features.stem_family, figure_data.cue_word, places.chain]
PER_NAME = [qualified_nouns._patterns, surnames._before_capital]


@pytest.mark.parametrize("kept", PER_WORD, ids=lambda f: f.__qualname__)
def test_answers_per_word_are_bounded(kept: Any) -> None:
    assert kept.cache_info().maxsize == WORDS_KEPT


def test_a_stream_of_new_words_and_places_keeps_their_answers_bounded_and_the_same() -> None:
    # invented place names and words, as a long stream of stories brings them
    first = places.chain("Woodburn, Oregon"), figure_data.cue_word("deaths", "staff")
    for k in range(WORDS_KEPT + 20):
        places.chain(f"Kilbarrow{k}")
        figure_data.cue_word("deaths", f"ferrymen{k}")
    assert places.chain.cache_info().currsize <= WORDS_KEPT
    assert figure_data.cue_word.cache_info().currsize <= WORDS_KEPT
    assert (places.chain("Woodburn, Oregon"), figure_data.cue_word("deaths", "staff")) == first


@pytest.mark.parametrize("kept", PER_NAME, ids=lambda f: f.__qualname__)
def test_patterns_per_name_are_bounded_and_the_same_when_built_again(kept: Any) -> None:
    assert kept.cache_info().maxsize == NAMES_KEPT
    first = kept("Okonkwo")
    for k in range(NAMES_KEPT + 20):  # invented names, as a long stream brings them
        kept(f"Halvorsen{k}")
    assert kept.cache_info().currsize <= NAMES_KEPT
    again = kept("Okonkwo")
    patterns = [p.pattern for p in (again if isinstance(again, tuple) else (again,))]
    assert patterns == [p.pattern for p in (first if isinstance(first, tuple) else (first,))]


def test_tables_per_set_of_years_are_bounded_and_the_same_when_built_again() -> None:
    # a stream of stories over many years: each story's sums bring the set of years they
    # were stated in (invented sets, as a feed over decades of archives brings them)
    assert figure_currency.dated_bands.cache_info().maxsize == YEAR_SETS_KEPT
    assert figure_bands._direct.cache_info().maxsize == YEAR_SETS_KEPT
    assert figure_bands.band.cache_info().maxsize == figure_bands.BANDS_KEPT
    recent = frozenset({2025, 2026})
    first = figure_bands.band("AFN", "USD", recent), figure_bands.band("EUR", "KES", recent)
    assert first[0] is not None
    for k in range(figure_bands.BANDS_KEPT + 20):
        figure_bands.band("AFN", "USD", frozenset({2025, 3000 + k}))
    assert figure_currency.dated_bands.cache_info().currsize <= YEAR_SETS_KEPT
    assert figure_bands._direct.cache_info().currsize <= YEAR_SETS_KEPT
    assert figure_bands.band.cache_info().currsize <= figure_bands.BANDS_KEPT
    assert (figure_bands.band("AFN", "USD", recent), figure_bands.band("EUR", "KES", recent)) == first
