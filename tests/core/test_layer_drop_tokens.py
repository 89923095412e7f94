"""A plugin whose step is the last to read the text layer's tokens with punctuation lets
them go (``TextLayer.drop_tokens``): the layer lives until the article is done, and a long
article's tokens stayed beside all that later steps made. A later read builds them again."""

from __future__ import annotations

from newskit import Article, layer
from newskit_events.extract import extract_events


def test_the_layer_keeps_no_tokens_after_the_events_linker() -> None:
    text = "Flooding closed the road to Bantry on Friday. Engineers inspected the bridge at Ballylickey."
    tl = layer(text)
    assert len(tl.tokens) > 0
    extract_events(Article(id="a", text=text), [])
    assert tl._tokens is None


def test_dropped_tokens_are_built_again_the_same() -> None:
    text = "The ferry's engine failed off Rosslare, and the crew - all six - were winched to safety."
    tl = layer(text)
    first = tl.tokens
    tl.drop_tokens()
    again = tl.tokens
    assert again is not first
    assert (list(again.starts), list(again.ends), list(again.shapes)) == \
        (list(first.starts), list(first.ends), list(first.shapes))
