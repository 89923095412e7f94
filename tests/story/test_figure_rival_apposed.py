"""A rival's bare reading whose teller carries an apposition: ``; the company, Kestrel Agro
Holdings, says 46.`` names its teller, then sets a name or a description off by commas before
the verb of telling; the bare amount still counts what the first clause's amount counts
(``figure_measure._rival_says``), as ``; the company says 46.`` does. Of its own sentence the
first amount's measure is taken without its era, which the sentence gives the bare amount
again. Invented sentences: an estate eviction, a terminal strike, a valley clearance."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story.figure_measure import _rival_says_rx
from newskit.story.figures import article_figures


def _figures(pipeline: Pipeline, text: str, published: str = "2026-06-11T09:00") -> dict[str, Figure]:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": published}))
    return {f.ref.text: f for f in article_figures(a, loose=True) if f.ref is not None}


@pytest.mark.parametrize(("text", "first", "bare"), [
    ("Activists say about 80 families were moved off the estate; the company, Kestrel Agro Holdings, says 46.",
     "about 80", "46"),
    ("The dockers' union said nearly 500 workers were taking part; the operator, which runs the container "
     "terminal, said about 210.", "nearly 500", "about 210"),
    ("Organisers said some 9,000 people marched through the centre, while the police, a spokesman for the "
     "city force, said 3,500.", "some 9,000", "3,500"),
])
def test_an_apposed_rivals_bare_reading_counts_what_the_other_clause_counts(
        pipeline: Pipeline, text: str, first: str, bare: str) -> None:
    """Fails on the old rule: the comma after the teller ended the teller, so the bare amount
    was left unnamed and the dispute unseen."""
    figs = _figures(pipeline, text)
    assert bare in figs and figs[bare].measure == figs[first].measure != "?", figs


def test_the_bare_reading_takes_the_measure_not_its_era_twice(pipeline: Pipeline) -> None:
    """Fails on the old rule: the bare amount took ``... in 2024`` from the amount before and its
    own sentence's date added ``in 2024`` again, so the two readings of one year never met."""
    text = "Residents say about 70 households were cleared from the valley in March 2024; the developer says 41."
    figs = _figures(pipeline, text)
    assert figs["41"].measure == figs["about 70"].measure, figs
    assert figs["41"].measure.endswith(" in 2024") and not figs["41"].measure.endswith("in 2024 in 2024")


def test_a_counted_noun_after_the_apposed_teller_counts_its_own_thing(pipeline: Pipeline) -> None:
    """``says 46 tractors were seized``: a count of its own, no ellipsis."""
    text = "Activists say about 80 families were moved off the estate; the company, Kestrel Agro Holdings, says 46 tractors were seized."
    figs = _figures(pipeline, text)
    assert figs["46"].measure != figs["about 80"].measure, figs


_NAME_WORDS = st.lists(st.sampled_from(["Kestrel", "Agro", "Holdings", "Harbour", "Line", "Services", "Nordvik",
                                        "Port", "Authority", "Mara", "Ltd"]), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None)
@given(_NAME_WORDS, st.sampled_from(["the company", "the operator", "its owner", "management"]),
       st.sampled_from(["says", "said", "puts it at", "estimates"]))
def test_any_named_apposition_leaves_the_teller_and_its_verb(words: list[str], teller: str, verb: str) -> None:
    text = f"The union says about 900 dockers joined; {teller}, {' '.join(words)}, {verb} "
    assert _rival_says_rx().search(text) is not None
    # a lower-case aside that is no description ("; the company, in its view, says") names no apposition
    assert _rival_says_rx().search(f"The union says about 900 dockers joined; {teller}, in its view, {verb} ") is None
