"""Vocabulary hooks: the bundled plugins' word lists go through the same hooks a third
party uses; contributions are checked, merged in a documented order, and collected once
per build."""

from __future__ import annotations

from typing import Any

import pytest

from newskit import (
    Article,
    Pipeline,
    PluginLoadError,
    QuantityMention,
    get_plugin_manager,
    hookimpl,
)
from newskit.vocabulary import ScaleWord, Unit, Vocabulary, current, using


def _quantities(p: Pipeline, text: str) -> list[QuantityMention]:
    a = p.run(Article.from_dict({"id": "t", "text": text}))
    return [m for m in a.mentions if isinstance(m, QuantityMention)]


class Pips:
    """A forex desk's unit and a scale word, as a third-party plugin would give them."""

    @hookimpl
    def newskit_register_units(self, register: Any) -> None:
        register(Unit(surface="pips", unit="pip", form="word"))

    @hookimpl
    def newskit_register_scale_words(self, register: Any) -> None:
        register(ScaleWord(word="myriad", value=10_000))


def test_bundled_word_lists_round_trip_through_the_hooks() -> None:
    """The merged bundled entries rebuild exactly the tables of the data files."""
    from newskit_quantities.vocab import UNIT_TABLES, raw_data, vocabulary_tables

    with using(get_plugin_manager(allow=["quantities"]).vocabulary()):
        units = vocabulary_tables("units.json")
        numbers = vocabulary_tables("numbers.json")
    raw = raw_data("units.json")
    for table in [*UNIT_TABLES.values(), "currency_codes"]:
        assert units[table] == raw[table]
        assert list(units[table]) == list(raw[table])  # order too
    assert numbers["scales"] == raw_data("numbers.json")["scales"]
    assert numbers["scale_abbreviations"] == raw_data("numbers.json")["scale_abbreviations"]


def test_a_plugin_adds_a_unit_and_a_scale_word() -> None:
    plain = Pipeline.build(allow=["quantities"])
    # without the plugin "pips" is only the counted noun: the span is the bare number
    assert [m.text for m in _quantities(plain, "The euro gained 40 pips.")] == ["40"]
    p = Pipeline.build(allow=["quantities"], plugins=[Pips()])
    (m,) = _quantities(p, "The euro gained 40 pips.")
    assert (m.text, m.value, m.unit) == ("40 pips", 40, "pip")
    (m,) = _quantities(p, "A crowd of 3 myriad people.")
    assert m.value == 30_000
    # the pipeline without the plugin is unchanged: caches are per vocabulary
    assert [m.text for m in _quantities(plain, "The euro gained 40 pips.")] == ["40"]


def test_a_broken_contribution_is_skipped_and_named(capsys: pytest.CaptureFixture[str]) -> None:
    class Broken:
        @hookimpl
        def newskit_register_units(self, register: Any) -> None:
            register(Unit(surface="pips", unit="pip", form="word"))
            register({"surface": "bps"})  # not a Unit

    class Raises:
        @hookimpl
        def newskit_register_units(self, register: Any) -> None:
            register(Unit(surface="", unit="pip"))  # the validator raises

    broken, raises = Broken(), Raises()
    pm = get_plugin_manager(allow=["quantities"], plugins=[broken, raises], strict=False)
    p = Pipeline.build(pm)
    names = {pm.get_name(broken), pm.get_name(raises)}
    assert {e[0] for e in pm.vocabulary_errors} == names
    assert all(e[1] == "newskit_register_units" for e in pm.vocabulary_errors)
    err = capsys.readouterr().err
    assert all(n in err for n in names)
    # the whole contribution of the broken plugin is skipped; the pipeline runs
    assert [m.text for m in _quantities(p, "It gained 40 pips.")] == ["40"]
    with pytest.raises(PluginLoadError, match="newskit_register_units"):
        get_plugin_manager(allow=["quantities"], plugins=[Broken()], strict=True)


def test_precedence_is_by_plugin_name_not_registration_order() -> None:
    def plugin(unit: str) -> object:
        class P:
            @hookimpl
            def newskit_register_units(self, register: Any) -> None:
                register(Unit(surface="pips", unit=unit, form="word"))
        return P()

    results = set()
    for order in ((0, 1), (1, 0)):
        objs = [plugin("pip-a"), plugin("pip-b")]
        named = [(f"desk-{'ab'[i]}", objs[i]) for i in order]
        pm = get_plugin_manager(allow=["quantities"])
        for name, obj in named:
            pm.register(obj, name=name)
        p = Pipeline.build(pm)
        results.add(_quantities(p, "It gained 40 pips.")[0].unit)
    assert results == {"pip-b"}  # "desk-b" sorts after "desk-a": its entry wins


def test_vocabulary_is_collected_once_per_build() -> None:
    calls: list[int] = []

    class Counting:
        @hookimpl
        def newskit_register_units(self, register: Any) -> None:
            calls.append(1)
            register(Unit(surface="pips", unit="pip"))

    p = Pipeline.build(allow=["quantities"], plugins=[Counting()])
    for text in ("It gained 40 pips.", "And 3 pips more.", "No number."):
        _quantities(p, text)
    assert len(calls) == 1


def test_outside_a_pipeline_the_vocabulary_is_the_bundled_one() -> None:
    v = current()
    assert isinstance(v, Vocabulary)
    assert Unit(surface="bps", unit="basis point", form="percent") in v(Unit)
    assert not any(u.surface == "pips" for u in v(Unit))


@pytest.mark.parametrize("bad", [
    dict(surface=" bps", unit="basis point"),
    dict(surface="bps", unit=""),
    dict(surface="bps", unit="basis point", form="suffix"),
])
def test_unit_entries_are_validated(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Unit(**bad)


def test_newskit_plugins_lists_each_plugins_contributions(capsys: pytest.CaptureFixture[str]) -> None:
    from newskit.cli import main

    assert main(["plugins", "--load-plugins", "quantities"]) == 0
    out = capsys.readouterr().out
    assert "    newskit_register_units: " in out and "    newskit_register_scale_words: " in out
    import json

    assert main(["plugins", "--load-plugins", "quantities", "--format", "json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows["quantities"]["contributions"]) == {"newskit_register_units",
                                                         "newskit_register_scale_words"}
