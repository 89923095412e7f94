"""Session 11 (lead): a body one outlet names in apposition with its trade (``the operator,
Nordstrecke Tunnelbau (NTB), said``) is the source where another outlet gives only the
noun (``The operator has rejected the reports``), not the last name before it (``the A12
Brenner motorway``); a noun the story gives two names tells nothing. Sentences written for
these tests (a tunnel fire, a ferry line)."""

from __future__ import annotations

from newskit import Analysis, Article, Pipeline
from newskit.story import build_story
from newskit.story.described import described_names


def _story(pipeline: Pipeline, texts: list[str]) -> list[Analysis]:
    return [pipeline.run(Article.from_dict({"id": f"a{i}", "source": f"Outlet {i}",
                                            "published": f"2025-06-0{i + 1}", "text": t}))
            for i, t in enumerate(texts)]


TUNNEL = [
    "A lorry fire in the Kessel tunnel killed four people on Thursday, police said. The tunnel will stay "
    "closed for 48 hours, the operator, Nordstrecke Tunnelbau (NTB), said.",
    "Austrian authorities reopened the A12 Brenner motorway on Saturday. Drivers' groups accused the operator "
    "of skipping inspections. The operator has rejected the reports as misleading.",
]


def test_the_noun_alone_takes_the_name_another_outlet_gives_it(pipeline: Pipeline) -> None:
    st = build_story(_story(pipeline, TUNNEL))
    assert ("Nordstrecke Tunnelbau", "denies") in [(c.source, c.stance) for c in st.claims]


def test_a_name_before_the_noun_in_apposition_counts_too(pipeline: Pipeline) -> None:
    got = described_names(_story(pipeline, ["Baltic Wave Lines, the operator, said the ferry was safe."]))
    assert got == {"operator": "Baltic Wave Lines"}


def test_a_noun_given_two_names_stands_for_none(pipeline: Pipeline) -> None:
    got = described_names(_story(pipeline, [
        "The ferry sank, the operator, Baltic Wave Lines, said.",
        "The ship was insured, the operator, Nordic Sea Ferries, said.",
    ]))
    assert "operator" not in got
