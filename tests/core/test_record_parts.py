"""A record written in pieces (``record_parts``) is the text of the whole record's dump,
and never needs the whole record as one tree of dicts (a long article's peak memory)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit import Analysis, Article, QuantityMention, serialize
from newskit.serialize import analysis_to_json, dumps, record_json, record_parts

from .test_serialize import analyses


@given(analyses(), st.integers(1, 4))
def test_parts_join_to_the_dump_of_the_whole_record(a: Analysis, batch: int) -> None:
    old = serialize._ITEMS_AT_ONCE
    serialize._ITEMS_AT_ONCE = batch  # several batches of a list, or one
    try:
        for include_text in (True, False):
            whole = dumps(analysis_to_json(a, include_text=include_text))
            assert "".join(record_parts(a, include_text=include_text)) == whole
            assert record_json(a, include_text=include_text) == whole
    finally:
        serialize._ITEMS_AT_ONCE = old


def _quantity(text: str, start: int, end: int, value: Decimal) -> QuantityMention:
    return QuantityMention(start=start, end=end, text=text[start:end], source="t", value=value)


def test_a_value_json_cannot_carry_is_written_as_in_the_whole_dump() -> None:
    text = "Rainfall reached \ud800 NaN millimetres in Tarrow on Monday."
    art = Article(id="rain \ud800", text=text)
    a = Analysis(article=art, mentions=(_quantity(text, 17, 24, Decimal("NaN")),))
    assert "".join(record_parts(a)) == dumps(analysis_to_json(a))


def test_the_pieces_are_written_without_the_whole_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The council of Marwick approved 14 new buses on Tuesday."
    a = Analysis(article=Article(id="buses", text=text), mentions=(_quantity(text, 32, 34, Decimal(14)),))
    want = record_json(a)

    def whole_tree(*args: object, **kwargs: object) -> object:
        raise AssertionError("the whole record was built as one tree")

    monkeypatch.setattr(serialize, "analysis_to_json", whole_tree)
    parts = record_parts(a)
    assert len(parts) > 3 and "".join(parts) == want


def test_a_long_list_is_written_in_batches() -> None:
    text = "Ferries to Skellig ran 3 times on Monday. " * 600
    ms = tuple(_quantity(text, k * 42 + 23, k * 42 + 24, Decimal(3)) for k in range(600))
    a = Analysis(article=Article(id="ferries", text=text), mentions=ms)
    parts = record_parts(a)
    assert "".join(parts) == dumps(analysis_to_json(a))
    assert len(parts) >= 10  # 600 mentions in three batches, no piece of all of them


def test_an_indented_record_is_one_piece() -> None:
    text = "Talks in Brevik ended on Friday."
    a = Analysis(article=Article(id="talks", text=text))
    assert record_parts(a, indent=2) == [dumps(analysis_to_json(a), indent=2)]
