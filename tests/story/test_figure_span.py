"""Session 16: the amount a figures finding shows, and the earlier event's figures kept out.

The span: a frame that introduces a number is no part of it (``A total of 38``), a
comparative hedge the quantities plugin leaves out is (``closer to 12 percent``), as is a
noun hyphened to the number (``14-storey``); a count's noun apart from it stays out. The
background: a past year's measure beside the story's own (``deaths in 2019`` beside
``deaths``) makes no finding. Sentences of kinds of news other than the sets measured on:
rail cancellations, a union ballot, a tower block, an avalanche season, a ski resort."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Article, Pipeline
from newskit.model import Figure, SpanRef
from newskit.story import build_story
from newskit.story.figure_span import shown


def _figure(sentence: str, amount: str, unit: str | None = None, at: int = 100) -> Figure:
    """A figure of ``amount`` (first occurrence) in ``sentence``, the sentence at offset ``at``."""
    start = at + sentence.index(amount)
    return Figure(article="a", measure="?", value=1, unit=unit,
                  ref=SpanRef(article="a", start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article="a", start=at, end=at + len(sentence), text=sentence))


def _text(f: Figure) -> str:
    assert f.ref is not None
    return f.ref.text


def test_a_frame_before_the_number_is_dropped() -> None:
    """``A total of 38 trains``: the amount shown is ``38``, its offsets moved with it."""
    f = shown(_figure("A total of 38 trains were cancelled on Monday.", "A total of 38"))
    assert _text(f) == "38"
    assert f.ref is not None and f.evidence is not None
    assert f.evidence.text[f.ref.start - f.evidence.start:f.ref.end - f.evidence.start] == "38"


def test_an_average_frame_is_dropped_but_a_hedge_stays() -> None:
    assert _text(shown(_figure("Commuters waited an average of 14 minutes.", "an average of 14 minutes"))) == "14 minutes"
    assert _text(shown(_figure("About 300 drivers joined the walkout.", "About 300"))) == "About 300"


def test_a_comparative_hedge_left_outside_the_span_is_taken_in() -> None:
    """``closer to 12 percent``: the union's hedge is part of its amount, as ``about`` is."""
    got = shown(_figure("The union said support for the strike was closer to 12 percent.", "12 percent"))
    assert _text(got) == "closer to 12 percent"


def test_a_hyphened_noun_is_part_of_the_amount() -> None:
    got = shown(_figure("Fire broke out on the top floor of the 14-storey tower block.", "14", unit="storey"))
    assert _text(got) == "14-storey"


def test_a_counted_noun_apart_from_the_number_stays_out() -> None:
    """``31 nurses``: the noun is what the measure names; the amount is the number."""
    f = _figure("Hospital managers said 31 nurses had resigned.", "31", unit="nurse")
    assert shown(f) is f


def test_a_figure_without_sentence_is_kept() -> None:
    f = Figure(article="a", measure="?", value=3, ref=SpanRef(article="a", start=0, end=1, text="3"))
    assert shown(f) is f


@given(st.sampled_from(["A total of", "a total of", "an average of", "closer to", "about", "nearly"]),
       st.integers(min_value=2, max_value=99_999), st.sampled_from(["", " flights", "-storey", " percent"]))
def test_the_shown_span_lies_in_its_sentence_and_reads_its_text(lead: str, n: int, tail: str) -> None:
    """Whatever the frame or hedge, the span shown is a slice of its own sentence."""
    sentence = f"Officials said {lead} {n:,}{tail} on Friday."
    plugin_span = f"{lead} {n:,}" if lead[0] in "Aa" and lead != "about" else f"{n:,}"
    f = shown(_figure(sentence, plugin_span, unit="storey" if tail == "-storey" else None, at=37))
    assert f.ref is not None and f.evidence is not None
    assert f.evidence.start <= f.ref.start < f.ref.end <= f.evidence.end
    assert f.evidence.text[f.ref.start - f.evidence.start:f.ref.end - f.evidence.start] == f.ref.text
    assert f"{n:,}" in f.ref.text


def _findings(pipeline: Pipeline, *texts: str) -> list[tuple[str, set[str]]]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-02-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    return [(f.measure or "", {x.ref.text for x in f.figures if x.ref}) for f in story.conflicts if f.type == "figures"]


def test_a_finding_shows_the_number_without_its_frame(pipeline: Pipeline) -> None:
    """Two outlets' counts of cancelled flights: the finding holds ``215``, not ``A total of 215``."""
    got = _findings(pipeline,
                    "Snow shut the airport on Tuesday. A total of 215 flights were cancelled, the operator said.",
                    "Snow closed the airport on Tuesday, and some 190 flights were cancelled, according to the operator.")
    amounts = set().union(*(a for _, a in got)) if got else set()
    assert "215" in amounts and "A total of 215" not in amounts, got


def test_an_earlier_seasons_deaths_make_no_finding_beside_this_ones(pipeline: Pipeline) -> None:
    """Avalanche deaths this week and a worse season in 2019 that each outlet recalls with
    its own count: only this week's deaths are compared."""
    got = _findings(pipeline,
                    "An avalanche at the Vallon ski resort killed four skiers on Monday, rescuers said. "
                    "In 2019, avalanches in the same valley killed 11 people.",
                    "Five skiers died when an avalanche struck the Vallon resort on Monday, the mayor said. "
                    "Avalanches killed 14 people in the valley in 2019.")
    measures = [m for m, _ in got]
    assert not any(m.endswith(" in 2019") for m in measures), got
