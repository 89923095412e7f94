"""Issue #11, session 34: the nickname rule finds a name's first and last token by a binary
search of the tokens instead of a dict of every token made for every article; the answers
are the dict's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons.document import Doc
from newskit_persons.nicknames import _TokenStarts

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))

TEXTS = [
    'Salvatore "Toto" Riina was arrested in Palermo; James Leander ( Leo ) Nichols said the fight '
    "with Roberto \" Hands of Stone \" Duran was over. Naseem ' Prince ' Hamed's last bout ended early.",
    "Alan John Percivale ( A.J.P. ) Taylor wrote it, not Luca Pavanello ( Italy ) Aki.",
]


def _same(text: str) -> None:
    doc = Doc(text)
    want = {t.start: i for i, t in enumerate(doc.toks)}
    got = _TokenStarts(doc.toks)
    for pos in range(len(text) + 2):
        assert got.get(pos) == want.get(pos), pos


def test_news_and_seeds() -> None:
    for text in TEXTS + [p.read_text(encoding="utf-8") for p in SEEDS]:
        _same(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["Toto", '"', "(", ")", "Riina's", "O'Neil", "U.S.", "the", " ", "\n", "-", "3"]),
                max_size=25))
def test_any_text(words: list[str]) -> None:
    _same(" ".join(words))
