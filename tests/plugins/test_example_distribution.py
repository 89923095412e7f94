"""The example third-party distribution (``plugins/newskit-example-places``, installed in
the test environment like any other) extends the bundled plugins through their vocabulary
hooks and the story through a finding detector, loaded by its real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from newskit import (
    Article,
    DateMention,
    PersonMention,
    Pipeline,
    QuantityMention,
    QuoteMention,
    get_plugin_manager,
)
from newskit.testing import check_finding_detector, check_vocabulary

BUNDLED = ["dates", "quantities", "persons", "quotes", "claims", "events"]
TEXT = ('"Gold will rise," Datuk Ahmad Zahid harrumphed on Juneteenth, after buying 3.5 tolas '
        'at a spread of 25 bps. The singer was knighted in London. Holyrood said the bridge '
        'would be rebuilt.')


@pytest.fixture(scope="module", params=[False, True], ids=["bundled", "with-example"])
def analysis(request: pytest.FixtureRequest) -> tuple[bool, object]:
    names = BUNDLED + (["example-places"] if request.param else [])
    p = Pipeline.build(allow=names, deny=(), strict=True)
    return request.param, p.run(Article.from_dict({"id": "x", "text": TEXT, "published": "2024-06-20"}))


def test_the_example_is_loaded_through_its_entry_point() -> None:
    pm = get_plugin_manager(allow=[*BUNDLED, "example-places"], deny=(), strict=True)
    info = {p.name: p for p in pm.report}
    assert info["example-places"].distribution == "newskit-example-places"
    given = pm.contributions()["example-places"]
    assert set(given) == {"newskit_register_units", "newskit_register_titles",
                          "newskit_register_speech_cues", "newskit_register_event_triggers",
                          "newskit_register_organisations", "newskit_register_named_dates",
                          "newskit_register_finding_detectors"}
    assert given["newskit_register_finding_detectors"].startswith("example-shared-places")


def test_units_bundled_and_added(analysis: tuple[bool, object]) -> None:
    extended, a = analysis
    qs = {m.text: m for m in a.mentions if isinstance(m, QuantityMention)}  # type: ignore[attr-defined]
    bps = qs["25 bps"]  # the bundled "bps" goes through the same hook: value exact
    assert (bps.value, bps.unit) == (25, "basis point")
    if extended:
        assert (qs["3.5 tolas"].value, qs["3.5 tolas"].unit) == (Decimal("3.5"), "tola")
        assert isinstance(qs["3.5 tolas"].value, Decimal)
    else:
        assert "3.5 tolas" not in qs


def test_title_cue_trigger_organisation_and_date(analysis: tuple[bool, object]) -> None:
    extended, a = analysis
    persons = {m.text: m for m in a.mentions if isinstance(m, PersonMention)}  # type: ignore[attr-defined]
    quotes = [m for m in a.mentions if isinstance(m, QuoteMention)]  # type: ignore[attr-defined]
    dates = {m.text: m.value for m in a.mentions if isinstance(m, DateMention)}  # type: ignore[attr-defined]
    assert (persons.get("Ahmad Zahid") is not None and persons["Ahmad Zahid"].title == "Datuk") is extended
    assert any(q.cue == "harrumphed" and q.speaker == "Ahmad Zahid" for q in quotes) is extended
    assert any(c.stance == "asserts" and c.text == "Gold will rise" for c in a.claims) is extended  # type: ignore[attr-defined]
    assert any(e.type == "award" and e.trigger == "knighted" for e in a.events) is extended  # type: ignore[attr-defined]
    assert any(q.speaker == "Scotland" for q in quotes) is extended
    assert (dates.get("Juneteenth") == "2024-06-19") is extended


def _story(tmp_path: Path, fmt: str, load: list[str]) -> str:
    arts = [{"id": "a", "source": "Daily One", "text": "Officials in Pyongyang met envoys from Moscow."},
            {"id": "b", "source": "Evening Two", "text": "Moscow said talks in Pyongyang went well."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "newskit", "story", "--format", fmt, "--no-progress",
                           "--load-plugins", ",".join(load), str(src)],
                          capture_output=True, text=True, timeout=300, check=True)
    return proc.stdout


def test_the_example_detector_s_findings_are_in_story_json_and_text(tmp_path: Path) -> None:
    data = json.loads(_story(tmp_path, "json", [*BUNDLED, "example-places"]))
    (section,) = data["sections"]
    assert (section["title"], section["detector"]) == ("Places several outlets name",
                                                       "example-shared-places")
    found = {f["about"]: f for f in section["findings"]}
    assert set(found) == {"Moscow", "Pyongyang"}
    assert {r["article"] for r in found["Moscow"]["refs"]} == {"a", "b"}
    assert all(r["text"] == "Moscow" for r in found["Moscow"]["refs"])
    text = _story(tmp_path, "text", [*BUNDLED, "example-places"])
    assert "Places several outlets name" in text and "Moscow: named by 2 outlets" in text
    assert "Daily One" in text.split("Places several outlets name", 1)[1]
    assert "sections" not in json.loads(_story(tmp_path, "json", BUNDLED))


def test_the_example_passes_the_kit_checks() -> None:
    import newskit_example_places as ex

    for hook, entries in [("newskit_register_units", ex.vocabulary.UNITS),
                          ("newskit_register_titles", ex.vocabulary.TITLES),
                          ("newskit_register_named_dates", ex.vocabulary.NAMED_DATES)]:
        check_vocabulary(hook, entries)
    check_finding_detector(ex.SharedPlaces(), plugins=["example-places"])
