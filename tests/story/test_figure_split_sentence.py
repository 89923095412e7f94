"""An amount the sentence splitter cut in two (an abbreviation inside it: ``ca. 500
euros``) still has one sentence, every sentence it reaches into: its figure's evidence
holds the whole amount, and the story's figures are compared, not lost to an error."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.story.figures import _sentence_around, article_figures
from newskit.text import sentences
from tests.story.helpers import figure_conflicts

_BUDGET = "The court imposed a fine of ca. 500 euros on the dam builder, the judge said on Monday."


def test_an_amount_across_a_sentence_split_keeps_its_whole_sentence(pipeline: Pipeline) -> None:
    a = pipeline.run(Article.from_dict({"id": "a", "text": _BUDGET, "published": "2026-02-03"}))
    figs = [f for f in article_figures(a, loose=True) if f.ref and "500" in f.ref.text]
    assert figs
    for f in figs:
        assert f.evidence is not None and f.ref is not None
        assert f.evidence.start <= f.ref.start and f.ref.end <= f.evidence.end


def test_a_story_with_such_an_amount_still_compares_its_figures(pipeline: Pipeline) -> None:
    found = figure_conflicts(pipeline, [
        _BUDGET + " Floods killed 12 people in the valley last week, police said.",
        "Regulators had fined the dam builder 800 euros, the agency said. Floods killed 15 people in the valley last week, "
        "the state disaster agency said on Tuesday.",
    ])
    assert any({"12", "15"} <= {x.ref.text for x in f.figures if x.ref} for f in found)


def _span(text: str, start: int, end: int) -> object:
    from newskit.model import QuantityMention

    return QuantityMention(start=start, end=end, text=text[start:end], value=1)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Prices rose.", "Costs fell by ca.", "It was approx.", "Fine."]),
                min_size=1, max_size=6), st.data())
def test_the_sentence_around_an_amount_always_holds_it(parts: list[str], data: st.DataObject) -> None:
    text = " ".join(parts) + " 40 crore in all."
    sents = [(s.start, s.end) for s in sentences(text)]
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
    lo, hi = _sentence_around(sents, [s[0] for s in sents], _span(text, start, end))  # type: ignore[arg-type]
    assert lo <= start and end <= hi
