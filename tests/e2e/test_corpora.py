"""The development corpora in ../shared/data through the shared scorer, with floors a
little under the measured figures (docs/accuracy.md) so that regressions fail."""

from __future__ import annotations

import pytest

from .conftest import SHARED, score

pytestmark = pytest.mark.slow


def test_tempeval3_training_data() -> None:
    got = score("timeml", str(SHARED / "data" / "tbaq"))
    assert got["relaxed_f1"] >= 0.92
    assert got["strict_f1"] >= 0.87
    assert got["value_f1"] >= 0.80


def test_conll2003_development_persons() -> None:
    got = score("conll", str(SHARED / "data" / "conll2003" / "eng.testa"))
    assert got["exact_f1"] >= 0.89


def test_polnear_development_quotes() -> None:
    got = score("polnear", str(SHARED / "data" / "polnear" / "dev"))
    assert got["direct"]["f1"] >= 0.90
    assert got["direct"]["speaker_acc"] >= 0.88
