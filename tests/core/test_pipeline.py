from __future__ import annotations

import itertools
from re import escape as regex_escape

import pytest

from newskit import (
    Article,
    MissingRequirement,
    Pipeline,
    PluginLoadError,
    RequirementCycle,
    get_plugin_manager,
)
from newskit.serialize import analysis_to_json

from .helpers import Boom, Capitals, ClaimsFromQuotes, ExtractorPlugin, Liar, LinkerPlugin, Quotes

ARTICLE = Article(id="a1", text='Kim met Putin. "We are friends," Putin said.')


def build(*plugins: object) -> Pipeline:
    return Pipeline.build(get_plugin_manager(entry_points=False, plugins=plugins))


def test_components_are_ordered_by_requirements_not_registration() -> None:
    p = build(ExtractorPlugin(Quotes()), ExtractorPlugin(Capitals()), LinkerPlugin(ClaimsFromQuotes()))
    assert [c.name for c in p.components] == ["test-capitals", "test-quotes", "test-claims"]
    a = p.run(ARTICLE)
    quote = a.of_kind("quote")[0]
    assert quote.text == "We are friends,"
    assert quote.speaker == "Putin"  # type: ignore[attr-defined]
    assert a.claims[0].source == "Putin"
    assert a.errors == ()


def test_any_registration_permutation_gives_identical_output() -> None:
    parts = [ExtractorPlugin(Quotes()), ExtractorPlugin(Capitals()), LinkerPlugin(ClaimsFromQuotes())]
    outputs = {repr(analysis_to_json(build(*perm).run(ARTICLE))) for perm in itertools.permutations(parts)}
    assert len(outputs) == 1


def test_missing_provider_is_a_clear_error_naming_both_sides() -> None:
    with pytest.raises(MissingRequirement, match=r"test-quotes.*'person'"):
        build(ExtractorPlugin(Quotes()))


@pytest.mark.parametrize(("wrong", "hint"), [
    ([ARTICLE], "run_many"),
    ("Kim met Putin.", "Article(id=..., text=...)"),
    ({"id": "a1", "text": "Kim met Putin."}, "not dict"),
])
def test_run_rejects_what_is_not_an_article_with_a_clear_type_error(wrong: object, hint: str) -> None:
    p = build(ExtractorPlugin(Capitals()))
    with pytest.raises(TypeError, match=regex_escape(hint)):
        p.run(wrong)  # type: ignore[arg-type]


def test_cycle_is_rejected() -> None:
    class A:
        name, provides, requires = "a", frozenset({"x"}), frozenset({"y"})

        def extract(self, article, mentions):  # type: ignore[no-untyped-def]
            return ()

    class B:
        name, provides, requires = "b", frozenset({"y"}), frozenset({"x"})

        def extract(self, article, mentions):  # type: ignore[no-untyped-def]
            return ()

    with pytest.raises(RequirementCycle):
        build(ExtractorPlugin(A(), B()))


def test_duplicate_component_name_fails_the_later_plugin_not_the_run() -> None:
    first, second = ExtractorPlugin(Capitals()), ExtractorPlugin(Capitals())
    pm = get_plugin_manager(entry_points=False, plugins=[first, second])
    assert [c.name for c in Pipeline.build(pm).components] == ["test-capitals"]
    failed = pm.load_errors
    assert len(failed) == 1 and failed[0].name == str(id(second))
    assert "DuplicateComponent" in (failed[0].error or "") and "test-capitals" in (failed[0].error or "")
    with pytest.raises(PluginLoadError, match="test-capitals"):
        get_plugin_manager(entry_points=False, strict=True,
                           plugins=[ExtractorPlugin(Capitals()), ExtractorPlugin(Capitals())])


def test_failing_component_is_recorded_and_the_rest_go_on() -> None:
    p = build(ExtractorPlugin(Boom(), Capitals()))
    a = p.run(ARTICLE)
    assert [e.component for e in a.errors] == ["test-boom"]
    assert a.errors[0].error == "RuntimeError" and "kaboom" in a.errors[0].message
    assert {m.text for m in a.of_kind("person")} == {"Kim", "Putin", "We"}


def test_mentions_that_do_not_slice_are_reported_not_kept() -> None:
    a = build(ExtractorPlugin(Liar())).run(ARTICLE)
    assert a.mentions == ()
    assert a.errors[0].error == "InvalidMention"


def test_overlaps_across_components_keep_the_longest() -> None:
    from newskit import PersonMention

    class Short:
        name, provides, requires = "short", frozenset({"person"}), frozenset()

        def extract(self, article, mentions):  # type: ignore[no-untyped-def]
            yield PersonMention(start=8, end=13, text="Putin", entity="Putin")

    class Long:
        name, provides, requires = "long", frozenset({"person"}), frozenset()

        def extract(self, article, mentions):  # type: ignore[no-untyped-def]
            yield PersonMention(start=4, end=13, text="met Putin", entity="x")

    a = build(ExtractorPlugin(Short(), Long())).run(ARTICLE)
    assert [m.text for m in a.mentions] == ["met Putin"]


def test_run_many_with_workers_keeps_input_order() -> None:
    p = Pipeline.build(allow=["example-places"])
    arts = [Article(id=str(i), text=f"Flights {i} from Moscow to Seoul.") for i in range(12)]
    serial = [analysis_to_json(a) for a in p.run_many(arts)]
    parallel = [analysis_to_json(a) for a in p.run_many(arts, workers=2, window=3)]
    assert serial == parallel
    assert [a["id"] for a in parallel] == [str(i) for i in range(12)]
