"""Session 64: one sum told twice (``asked for $10m (£7.8m)``) goes where either telling
goes. When the bracketed conversion joined another outlet's sum first, the sum it converts
could join nothing (a group takes one amount of an article's measure), and the story
compared the conversion alone with the other outlets' sums. Invented sentences from a
football transfer and a ransom demand."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.story import build_story


def _figure_groups(pipeline: Pipeline, *texts: str) -> list[list[str]]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2026-05-0{i + 1}T10:00",
                               "source": f"Outlet {i}", "title": "t"})
            for i, t in enumerate(texts)]
    story = build_story([pipeline.run(a) for a in arts])
    return [[f.ref.text for f in c.figures if f.ref] for c in story.conflicts if c.type == "figures"]


def test_the_sum_not_its_conversion_is_compared(pipeline: Pipeline) -> None:
    groups = _figure_groups(
        pipeline,
        "The hospital group said on Tuesday the hackers had demanded $10 million.",
        "A person familiar with the case said the gang had demanded $4 million in bitcoin.",
        "The hospital group says the hackers asked for $10m (£7.8m). Ambulances were sent elsewhere.",
    )
    money = [g for g in groups if "$4 million" in g]
    assert money and "$10m" in money[0] and "£7.8m" not in money[0], groups


def test_a_conversion_another_outlet_writes_in_its_currency_stays(pipeline: Pipeline) -> None:
    """Where an outlet states the sum in the conversion's currency, the conversion is the
    sum that outlet compares with, and stays beside its sum."""
    groups = _figure_groups(
        pipeline,
        "Harrowgate Rovers paid about £40m for the striker, the club's rivals said on Friday.",
        "The club confirmed it paid €45m (£38.6m) for the forward, a record fee.",
    )
    fee = [g for g in groups if "about £40m" in g]
    assert fee and {"€45m", "£38.6m"} <= set(fee[0]), groups
