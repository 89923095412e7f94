"""The story evaluator's amount matching (bench/figures_eval.py): exact by default; with
``--lenient`` a figure matches a gold amount that differs only by the words around the same
number, never a different number or scale."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "figures_eval.py"


@pytest.fixture(scope="module")
def evaluator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("figures_eval", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("found", "gold"), [("312", "312 stalls"), ("About 1.57 million", "1.57 million"),
                                             ("6.8", "magnitude 6.8"), ("three", "three Venezuelans")])
def test_lenient_matches_the_same_number_with_other_words_around(evaluator: ModuleType, found: str,
                                                                 gold: str) -> None:
    evaluator.LENIENT["on"] = False
    assert not evaluator._same_amount(found, gold)
    evaluator.LENIENT["on"] = True
    try:
        assert evaluator._same_amount(found, gold)
    finally:
        evaluator.LENIENT["on"] = False


@pytest.mark.parametrize(("found", "gold"), [("2", "2 million"), ("40", "4"), ("1.1%", "about 1 percent"),
                                             ("three", "three hundred"), ("12", "at least 12,000")])
def test_lenient_never_matches_another_number_or_scale(evaluator: ModuleType, found: str, gold: str) -> None:
    evaluator.LENIENT["on"] = True
    try:
        assert not evaluator._same_amount(found, gold)
    finally:
        evaluator.LENIENT["on"] = False


@pytest.mark.parametrize(("gold", "source"), [("the ICC", "ICC"), ("The Financial Services Union", "Financial Services Union (FSU)"),
                                              ("union", "RMT union"), ("Reis", "Paulo Reis")])
def test_a_gold_party_is_named_by_a_source_holding_it_without_its_article(evaluator: ModuleType, gold: str,
                                                                         source: str) -> None:
    assert evaluator.names_party(gold, source)


@pytest.mark.parametrize(("gold", "source"), [("the ICC", "Sri Lanka Cricket"), ("Bayhead Terminals", "Bayhead"),
                                              ("the union", None), ("Save the Mell", "Mell")])
def test_a_gold_party_is_not_named_by_a_shorter_or_other_source(evaluator: ModuleType, gold: str,
                                                                source: str | None) -> None:
    assert not evaluator.names_party(gold, source)


@pytest.mark.parametrize(("gold", "source"), [("Sergeant Niamh Collins", "Niamh Collins"),
                                              ("Opposition leader Wanjiru Mbugua", "Wanjiru Mbugua"),
                                              ("Sri Lanka team manager Mahinda Halangode",
                                               "Mahinda Halangode of Sri Lanka Cricket")])
def test_a_titled_gold_party_is_named_by_the_person_after_its_title(evaluator: ModuleType, gold: str,
                                                                    source: str) -> None:
    assert evaluator.names_party(gold, source)


@pytest.mark.parametrize(("gold", "source"), [("Health Secretary", "Alan Pryce of Department of Health"),
                                              ("Sergeant Niamh Collins", "Collins Street traders"),
                                              ("Wildlife Justice Commission", "Justice Commission")])
def test_a_title_alone_or_a_part_of_the_person_names_no_one(evaluator: ModuleType, gold: str, source: str) -> None:
    assert not evaluator.names_party(gold, source)
