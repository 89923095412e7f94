"""The whole default pipeline on hostile input: no crash, no hang, valid offsets."""

from __future__ import annotations

import random

import pytest

from newskit import Article, Pipeline


def _adversarial() -> dict[str, str]:
    rnd = random.Random(7)
    return {
        "digits": "1,2.3-4/5 " * 20_000,
        "separators": "1,000," * 30_000,
        "quotes": "\u201c\"'\u201d" * 20_000,
        "unclosed": "He said: \u201c" + "word " * 40_000,
        "capitals": "Kim Jong Un Putin Vladimir " * 8_000,
        "hyphens": "Kim-" * 30_000,
        "months": "June May March " * 15_000,
        "spaces": " " * 200_000,
        "newlines": "\n" * 100_000,
        "unicode": "".join(chr(rnd.randrange(0x20, 0x3000)) for _ in range(100_000)),
        "control": "\x01\x02\x7f\u200b\ufeff" * 10_000,
    }


@pytest.mark.parametrize("name", list(_adversarial()))
def test_hostile_text_gives_valid_mentions(pipeline: Pipeline, name: str) -> None:
    text = _adversarial()[name]
    a = pipeline.run(Article(id=name, text=text, published=None))
    assert a.errors == (), a.errors
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
