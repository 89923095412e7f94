"""The quotes' copy of an article with its typeset marks rewritten is read only by the quotes
plugin: its layer leaves the shared cache once quotes is done (a long article's copy and its
layer stayed beside the article's while every later component ran), the article's stays."""

from __future__ import annotations

from newskit import layer, textlayer
from newskit.textlayer import forget
from newskit_quotes import extract_quotes
from newskit_quotes.marks import typeset_marks

_TYPESET = ("``We will rebuild the pier by spring,'' said Harriet Oduya, the harbour master of "
            "Kilbride, on Thursday.\nThe council said repairs would cost 2.4 million pounds.")


def _cached() -> list[str]:
    return list(textlayer._CACHE) + list(textlayer._SHORT)


def test_the_marked_copys_layer_is_forgotten_and_the_articles_kept() -> None:
    assert layer(_TYPESET).words  # the article's layer, as the run's first plugin builds it
    quotes = extract_quotes(_TYPESET, [])
    assert quotes and quotes[0].text.startswith("We will rebuild")
    copy = typeset_marks(_TYPESET)
    assert copy != _TYPESET
    assert copy not in _cached()
    assert _TYPESET in _cached()


def test_a_text_without_typeset_marks_keeps_its_layer() -> None:
    plain = _TYPESET.replace("``", '"').replace("''", '"')
    assert layer(plain).words
    extract_quotes(plain, [])
    assert plain in _cached()


def test_forget_drops_only_the_text_asked() -> None:
    a, b = "The ferry to Inishcorr was cancelled.", "The ferry to Inishcorr sailed at noon."
    layer(a), layer(b)
    forget(a)
    forget("A text never laid out.")
    assert a not in _cached() and b in _cached()
