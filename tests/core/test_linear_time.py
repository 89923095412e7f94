"""Issue 16: linear time for every bundled component, proved by counting operations.

Each component is run on every adversarial family of ``newskit.testing.adversarial`` at
1,000 and 10,000 characters, and its step count (Python lines and calls plus the memory
each line allocates, so a C-level copy of k items counts k) may grow at most 15x. The
quadratic cases of issue 16 grew 35-100x here on the code before their fixes:
``"June " * k`` in ``newskit.actors`` (a list sliced once per leading stop word),
``'"a ' * k`` in quotes (the paragraph re-sliced per quotation), the dates header check
(the line sliced per date on an endless line). No clock is read: the counts are the
same on an idle and a loaded machine.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import pytest

from newskit import Analysis, Article, Pipeline, get_plugin_manager
from newskit.actors import find_actors
from newskit.story import build_story
from newskit.testing.adversarial import (
    FAMILIES,
    NotLinear,
    assert_linear,
    count_steps,
    repeat,
)
from newskit.textlayer import TextLayer

pytestmark = pytest.mark.timeout(600)  # hang guard only; the assertions count steps

#: what each bundled component requires to run, so only its own work is counted
REQUIRES = {"dates": (), "quantities": (), "persons": (), "quotes": ("persons",),
            "claims": ("dates", "quantities", "persons", "quotes"), "events": ("dates", "persons")}
#: 400 -> 4,000 characters: large enough for a quadratic step to dominate (the old
#: quadratic cases grew 35-100x at this size), small enough to trace every family quickly
SIZE = 400
EVERYTHING = ("dates", "quantities", "persons", "quotes", "claims", "events")


def _quadratic_copy(text: str) -> None:
    words = text.split()
    while words:
        words = words[1:]  # one bytecode, k pointers copied


def _quadratic_loop(text: str) -> None:
    words = text.split()
    for i in range(len(words)):
        for _ in range(i):
            pass


def _linear(text: str) -> None:
    words = text.split()
    k = 0
    while k < len(words):
        k += 1


@pytest.mark.parametrize("fn", [_quadratic_copy, _quadratic_loop])
def test_the_counter_sees_quadratic_work_in_python_and_in_c(fn: Callable[[str], None]) -> None:
    with pytest.raises(NotLinear, match="the input grew 10x"):
        assert_linear(fn, repeat("June "), size=200 if fn is _quadratic_loop else 1_000)


def test_the_counter_is_deterministic_and_passes_linear_work() -> None:
    text = FAMILIES["news-sentence"](3_000)
    analyse = Pipeline.build(allow=["dates"]).run
    analyse(Article(id="w", text=text[:100]))  # the grammars compile lazily: not counted
    first, second = (count_steps(analyse, Article(id="x", text=text)) for _ in range(2))
    assert (first.lines, first.calls) == (second.lines, second.calls) and first.lines > 0
    assert abs(first.words - second.words) <= first.words // 50  # caches filled by the first
    small, large = assert_linear(_linear, FAMILIES["month-run"])
    assert 5 * small.lines < large.lines


@lru_cache(maxsize=8)
def _pipeline(plugins: tuple[str, ...]) -> Pipeline:
    return Pipeline.build(allow=list(plugins))


def _component(name: str) -> tuple[Any, frozenset[str], str]:
    regs = get_plugin_manager(allow=[name]).registrations()
    for comp, info in (*regs.extractors, *regs.linkers):
        if info.name == name:
            return comp, info.requires, info.role
    raise LookupError(name)


def _failures(fn: Callable[[Any], object], prepare: Callable[[str], Any]) -> Iterator[str]:
    for family in FAMILIES.values():
        try:
            assert_linear(fn, family, size=SIZE, prepare=prepare)
        except NotLinear as exc:
            yield str(exc)


def _article(text: str) -> Article:
    return Article(id="t", text=text, published=datetime.date(2024, 6, 4), source="Wire")


@pytest.mark.parametrize("name", sorted(set(REQUIRES) - {"claims"}))
def test_each_bundled_component_is_linear_on_every_adversarial_family(name: str) -> None:
    comp, requires, role = _component(name)
    before = _pipeline(REQUIRES[name])

    def prepare(text: str) -> tuple[Article, tuple[Any, ...], tuple[Any, ...]]:
        a = before.run(_article(text)) if REQUIRES[name] else Analysis(article=_article(text))
        needed = tuple(m for m in a.mentions if m.kind in requires)
        return a.article, needed, (*a.claims, *a.events)

    def run(args: tuple[Article, tuple[Any, ...], tuple[Any, ...]]) -> object:
        article, needed, found = args
        if role == "linker":
            return list(comp.link(article, needed, found))
        return list(comp.extract(article, needed))

    run.__name__ = name
    assert list(_failures(run, prepare)) == []


def test_the_text_layer_is_linear() -> None:
    def build(text: str) -> object:
        t = TextLayer(text)
        return (t.tokens, t.sentences, t.paragraphs, t.line_starts, t.capitalised_runs,
                t.numbers, t.gazetteer)

    assert list(_failures(build, str)) == []


def test_actors_are_linear() -> None:
    persons = _pipeline(("persons",))

    def prepare(text: str) -> tuple[str, tuple[Any, ...]]:
        return text, tuple(m for m in persons.run(_article(text)).mentions if m.kind == "person")

    def actors(args: tuple[str, tuple[Any, ...]]) -> object:
        return find_actors(args[0], args[1])  # type: ignore[arg-type]

    assert list(_failures(actors, prepare)) == []


def _test_building_the_story_of_an_article_is_linear() -> None:
    everything = _pipeline(EVERYTHING)

    def prepare(text: str) -> list[Analysis]:
        return [everything.run(_article(text))]

    assert list(_failures(build_story, prepare)) == []
