"""Vocabulary hooks: the bundled plugins' word lists go through the same hooks a third
party uses; contributions are checked, merged in a documented order, and collected once
per build."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from newskit import (
    Article,
    DateMention,
    PersonMention,
    Pipeline,
    PluginLoadError,
    QuantityMention,
    QuoteMention,
    get_plugin_manager,
    hookimpl,
)
from newskit.vocabulary import (
    EventTrigger,
    NamedDate,
    Organisation,
    ScaleWord,
    SpeechCue,
    Title,
    Unit,
    Vocabulary,
    current,
    using,
)


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


def test_every_bundled_word_list_round_trips_through_its_hook() -> None:
    """Rebuilt from the merged bundled entries, each list is the file's list, in order."""
    from newskit_claims.cues import cue_data as claim_data
    from newskit_claims.cues import raw_cues
    from newskit_dates.lexicon import lexicon as date_lexicon
    from newskit_dates.lexicon import raw_lexicon as raw_dates
    from newskit_events.lexicon import _with_vocabulary as events_with
    from newskit_events.lexicon import raw_triggers
    from newskit_persons.lexicon import TITLE_LISTS
    from newskit_persons.lexicon import lexicon as person_lexicon
    from newskit_persons.lexicon import raw_lexicon as raw_persons
    from newskit_quotes.actors import ORG_TABLES, tables
    from newskit_quotes.cues import CLASSES, _with_vocabulary, load_json

    with using(Pipeline.build(deny=["example-places"]).vocabulary):
        assert list(date_lexicon()["holidays"].items()) == list(raw_dates()["holidays"].items())
        lx = person_lexicon()
        got = {"honorifics": lx.honorifics, "title_heads": lx.title_heads,
               "title_modifiers": lx.title_modifiers}
        for key in TITLE_LISTS.values():
            assert got[key] == frozenset(raw_persons()[key])
        raw = raw_triggers()
        rebuilt = events_with(raw)
        for cls, spec in raw["classes"].items():
            for pos in ("verbs", "nouns", "forms"):
                assert rebuilt["classes"][cls].get(pos, []) == spec.get(pos, []), (cls, pos)
        assert rebuilt["class_order"] == list(raw.get("class_order") or raw["classes"])
        cues = load_json("cues.json")
        mine = _with_vocabulary(cues)
        for klass in (*CLASSES, "finite_postposed"):
            assert mine[klass] == cues.get(klass, []), klass
        t = tables()
        actors = load_json("actors.json")
        assert list(t.seats.items()) == list(actors[ORG_TABLES["seat"]].items())
        assert list(t.countries.items()) == list(actors[ORG_TABLES["country"]].items())
        assert t.org_heads == frozenset(actors["org_heads"])
        assert t.outlet_heads == frozenset(actors["outlet_heads"])
        assert claim_data()["stances"] == raw_cues()["stances"]


class Desk:
    """One plugin extending five bundled plugins at once."""

    @hookimpl
    def newskit_register_titles(self, register: Any) -> None:
        register(Title(word="datuk", kind="honorific"))

    @hookimpl
    def newskit_register_speech_cues(self, register: Any) -> None:
        register(SpeechCue(word="harrumph", cue_class="speech", stance="asserts"))

    @hookimpl
    def newskit_register_event_triggers(self, register: Any) -> None:
        register(EventTrigger(lemma="knight", event_class="award"))

    @hookimpl
    def newskit_register_organisations(self, register: Any) -> None:
        register(Organisation(name="Holyrood", kind="seat", canonical="Scotland"))

    @hookimpl
    def newskit_register_named_dates(self, register: Any) -> None:
        register(NamedDate(name="juneteenth", month_day="06-19"))


DESK_TEXT = ('"We will win the league," Datuk Ahmad Zahid harrumphed. The singer was knighted '
             'on Juneteenth. Holyrood said the stadium would be built.')


@pytest.mark.parametrize("plugins", [[], [Desk()]], ids=["bundled", "extended"])
def test_a_plugin_extends_titles_cues_triggers_organisations_and_dates(plugins: list[object]) -> None:
    p = Pipeline.build(deny=["example-places"], plugins=plugins)
    a = p.run(Article.from_dict({"id": "d", "text": DESK_TEXT, "published": "2024-06-20"}))
    extended = bool(plugins)
    persons = {m.text: m for m in a.mentions if isinstance(m, PersonMention)}
    quotes = [m for m in a.mentions if isinstance(m, QuoteMention)]
    dates = {m.text: m.value for m in a.mentions if isinstance(m, DateMention)}
    assert ("Ahmad Zahid" in persons and persons["Ahmad Zahid"].title == "Datuk") is extended
    assert (quotes[0].cue == "harrumphed" and quotes[0].speaker == "Ahmad Zahid") is extended
    assert any(c.stance == "asserts" and c.text == "We will win the league" for c in a.claims) is extended
    assert any(e.type == "award" and e.trigger == "knighted" for e in a.events) is extended
    assert (dates.get("Juneteenth") == "2024-06-19") is extended
    assert any(q.speaker == "Scotland" for q in quotes) is extended


def test_named_date_and_title_entries_are_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        NamedDate(name="Juneteenth", month_day="06-19")
    with pytest.raises(ValueError, match="MM-DD"):
        NamedDate(name="juneteenth", month_day="6-19")
    with pytest.raises(ValueError, match="lower case"):
        Title(word="Datuk", kind="honorific")
    with pytest.raises(ValueError, match="cue_class, a stance or both"):
        SpeechCue(word="harrumph")
    with pytest.raises(ValueError, match="canonical"):
        Organisation(name="Holyrood", kind="seat")


def test_the_kit_checks_a_vocabulary_contribution() -> None:
    from newskit.testing import ContractViolation, check_vocabulary

    v = check_vocabulary("newskit_register_units", [Unit(surface="pips", unit="pip")])
    assert Unit(surface="pips", unit="pip") in v(Unit)
    with pytest.raises(ContractViolation, match="refused"):
        check_vocabulary("newskit_register_units", [Title(word="datuk", kind="honorific")])
    with pytest.raises(ContractViolation, match="no entries"):
        check_vocabulary("newskit_register_titles", [])


def test_the_kit_checks_a_finding_detector() -> None:
    from newskit import Finding, SpanRef
    from newskit.testing import ContractViolation, check_finding_detector

    class Deaths:
        name, section = "deaths", "Death tolls"

        def detect(self, story: Any) -> Any:
            for a in story.analyses:
                for m in a.mentions:
                    if isinstance(m, QuantityMention) and m.of and "died" in a.article.text[m.end:m.end + 20]:
                        yield Finding(type="toll", about=a.article.id, summary=m.text, refs=(
                            SpanRef(article=a.article.id, start=m.start, end=m.end, text=m.text),))

    class OffByOne(Deaths):
        name = "off-by-one"

        def detect(self, story: Any) -> Any:
            for f in super().detect(story):
                r = f.refs[0]
                yield Finding(type=f.type, about=f.about, summary=f.summary, refs=(
                    SpanRef(article=r.article, start=r.start + 1, end=r.end + 1, text=r.text),))

    assert check_finding_detector(Deaths())  # it finds something in the sample story
    with pytest.raises(ContractViolation, match="does not slice"):
        check_finding_detector(OffByOne())


def test_a_broken_contribution_of_an_installed_distribution(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """An installed distribution (entry point, dist-info) whose units are wrong: reported
    with its name and version and skipped, the rest of it stays; strict mode raises."""
    (tmp_path / "nk_fake_badunits.py").write_text(
        "from newskit import hookimpl\n"
        "from newskit.vocabulary import Title, Unit\n"
        "@hookimpl(optionalhook=True)\n"
        "def newskit_register_units(register):\n"
        "    register(Unit(surface='pips', unit='pip', form='sideways'))\n"
        "@hookimpl(optionalhook=True)\n"
        "def newskit_register_titles(register):\n"
        "    register(Title(word='datuk', kind='honorific'))\n", encoding="utf-8")
    dist = tmp_path / "nk_fake_badunits-9.9.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: nk-fake-badunits\nVersion: 9.9\n")
    (dist / "entry_points.txt").write_text("[newskit]\nfake-badunits = nk_fake_badunits\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        names = ["quantities", "persons", "fake-badunits"]
        p = Pipeline.build(allow=names, strict=False)
        assert p.pm.vocabulary_errors[0][:2] == ("fake-badunits", "newskit_register_units")
        err = capsys.readouterr().err
        assert ("skipped the contribution of plugin 'fake-badunits' (9.9) to newskit_register_units"
                in err)
        assert "sideways" in err
        assert Title(word="datuk", kind="honorific") in p.vocabulary(Title)  # the rest stays
        assert p.pm.contributions()["fake-badunits"]["newskit_register_units"].startswith("skipped")
        a = p.run(Article.from_dict({"id": "b", "text": "It gained 40 pips."}))
        assert a.errors == ()
        with pytest.raises(PluginLoadError, match=r"fake-badunits.*newskit_register_units.*sideways"):
            Pipeline.build(allow=names, strict=True)
    finally:
        sys.modules.pop("nk_fake_badunits", None)
