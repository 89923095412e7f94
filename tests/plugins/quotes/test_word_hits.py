"""``Doc.words_in`` and ``Doc.sentence_hits``: the words a rule reads, found in one pass,
are exactly those the rule's own per-word walk over each sentence would stop at."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_quotes.doc import Doc

TEXT = ("The mayor said the plan would fail. Critics urged a delay, and the council denied it.\n"
        "\"We refuse,\" she said. According to aides, the minister vowed to resign.")


def _walk(doc: Doc, vocab: set[str]) -> list[tuple[int, int]]:
    """The per-word walk the rules did: every word of every sentence, kept when in ``vocab``."""
    out = []
    for k, (sa, sb) in enumerate(doc.sents):
        i = doc.word_at(sa)
        while i < len(doc.starts) and doc.starts[i] < sb:
            if doc.low[i] in vocab:
                out.append((k, i))
            i += 1
    return out


def _hits(doc: Doc, vocab: set[str]) -> list[tuple[int, int]]:
    hits = doc.words_in(vocab)
    return [(k, i) for k, (sa, sb) in enumerate(doc.sents) for i in doc.sentence_hits(hits, sa, sb)]


def test_written_sentences() -> None:
    doc = Doc(TEXT, [])
    for vocab in ({"said", "urged", "denied", "according", "vowed"}, {"the"}, set(), {"nothing"}):
        assert _hits(doc, vocab) == _walk(doc, vocab)
    assert [doc.low[i] for i in doc.words_in({"said", "vowed"})] == ["said", "said", "vowed"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["said", "Said", "the", "plan", ".", "\n", "\"", "denied", "it", ",", "U.S.",
                                 "Mr.", "according", "to", "AT&T's", "x"]), max_size=40),
       st.sets(st.sampled_from(["said", "the", "denied", "according", "at&t's", "u.s", "it"])))
def test_same_words_as_the_walk(words: list[str], vocab: set[str]) -> None:
    doc = Doc(" ".join(words), [])
    assert _hits(doc, vocab) == _walk(doc, vocab)
