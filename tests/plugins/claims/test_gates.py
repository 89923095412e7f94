"""The cue-word gates in front of the construction patterns never hide a match."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Span
from newskit.text import sentences
from newskit_claims.gates import _gates, _open, openings
from newskit_claims.grammar import Compiled, patterns

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

# one real sentence per construction, so each gate is seen open at least once
SENTENCES = [
    "Washington has alleged that North Korea provided military support to Russia.",
    "It was an accusation consistently denied by Pyongyang.",
    "It is a charge both nations deny.",
    "Unions said the depot had skipped safety checks, which the operator denies.",
    "Denying allegations of illicit arms transfers, both countries insist they abide by the law.",
    "The transfers have been downplayed by the Kremlin.",
    "The deal went ahead, as confirmed by the Kremlin.",
    "According to the indictment, the money went abroad.",
    "The ship reportedly carried munitions.",
    "Delaney pleaded not guilty on Monday.",
    "The treasurer has maintained her innocence.",
    "The minister called the charges politically motivated.",
    "An independent audit found no evidence that funds were diverted.",
    "The ſhip was ſaid to carry arms, an accuſation denied by Moſcow.",  # long s folds to s
    "THE KREMLIN DENIED THE CLAIMS, AS REPORTED BY TASS.",
]


def _seed_sentences() -> list[str]:
    out = list(SENTENCES)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[s.start:s.end] for s in sentences(text)]
    return out


@pytest.mark.parametrize("sentence", _seed_sentences())
def test_gate_is_open_wherever_the_pattern_matches(sentence: str) -> None:
    live = _open(sentence, Span(start=0, end=len(sentence)))
    for name in _gates():
        if patterns()[name].search(sentence):
            assert name in live, name


def test_every_gate_opens_on_some_sentence() -> None:
    opened = {name for s in SENTENCES for name in _open(s, Span(start=0, end=len(s)))}
    assert opened == set(_gates())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["denied", "by", "the", "claims", "were", "baseless", "found", "no",
                                 "evidence", "audit", "been", "pleaded", "not", "guilty", "said",
                                 "that", "according", "to", "Denying", ",", "as", "called",
                                 "reportedly", "charges", "Kremlin", "an", "accusation"]),
                max_size=14))
def test_gate_never_hides_a_match_in_word_salad(words: list[str]) -> None:
    sentence = " ".join(words)
    live = _open(sentence, Span(start=0, end=len(sentence)))
    for name in _gates():
        if patterns()[name].search(sentence):
            assert name in live, name


def test_every_pattern_compiles_and_accepts_a_compiled_one() -> None:
    import regex

    pats = patterns()
    for name in ("cue", "finding", "no_evidence", "false_content", "np_tail"):
        assert isinstance(pats[name], regex.Pattern)
    mixed = Compiled({"a": ("a+", 0), "b": regex.compile("b+")})
    assert mixed["a"].fullmatch("aa") and mixed["b"].fullmatch("bb")


def _texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [" ".join(SENTENCES), "\n".join(SENTENCES), *seeds,
            # "ß" folds to two characters: the per-sentence test is used as it is
            "Die Straße was denied by the mayor. The ſhip was ſaid to be found, as reported by TASS.",
            # other spaces between the words: a gate word is looked up among the article's runs
            "The claims were denied\u00a0by the mayor.\tAs reported\u2003by TASS,\u3000it was denied."]


@pytest.mark.parametrize("text", _texts())
def test_openings_of_an_article_are_each_sentence_s_open(text: str) -> None:
    sents = sentences(text)
    assert openings(text, sents) == [_open(text, s) for s in sents]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["denied", "by", "the", "claims", "were", "baseless.", "found", "no",
                                 "evidence.", "audit", "been", "pleaded", "guilty.", "said", "\n",
                                 "according", "to", "Denying", ",", "as", "called", "DENIED", "ß",
                                 "reportedly", "charges", "Kremlin.", "an", "accusation", "ſaid"]),
                max_size=30))
def test_openings_match_open_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    sents = sentences(text)
    assert openings(text, sents) == [_open(text, s) for s in sents]


# ---------------------------------------------------------------- sentences no gate opens

_OTHER_NEWS = [
    "The striker scored twice in the second half. The coach denied that the team was tired.",
    "Researchers found no evidence that the vaccine caused the rash, according to the journal.",
    "Heavy rain is expected on Tuesday. The river reportedly burst its banks near the mill.",
    "Shares fell 4% after the bank reported weaker lending. Its chief executive said that "
    "margins would recover, a forecast disputed by analysts.",
    "The council voted to close the library. Residents called the decision shortsighted.",
]


def _every_sentence(text: str) -> list[object]:
    """What the construction rules read when every sentence is handed to every rule."""
    from newskit.actors import ActorIndex, find_actors
    from newskit_claims.constructions import _CONSTRUCTION_RULES

    sents = sentences(text)
    actors = ActorIndex(find_actors(text, names=False))
    out: list[object] = []
    for sent, live in zip(sents, openings(text, sents), strict=True):
        for rule in _CONSTRUCTION_RULES:
            rule(text, sent, actors, out, live)  # type: ignore[arg-type]
    return out


def _skipping(text: str) -> list[object]:
    from newskit.actors import ActorIndex, find_actors
    from newskit_claims.constructions import construction_candidates

    return list(construction_candidates(text, sentences(text), ActorIndex(find_actors(text, names=False))))


@pytest.mark.parametrize("text", _OTHER_NEWS)
def test_skipping_the_sentences_no_gate_opens_reads_the_same_claims(text: str) -> None:
    assert _skipping(text) == _every_sentence(text)


def test_the_other_news_has_sentences_both_skipped_and_read() -> None:
    lives = [live for text in _OTHER_NEWS for live in openings(text, sentences(text))]
    assert any(not live for live in lives) and any(live for live in lives)
    assert any(_skipping(text) for text in _OTHER_NEWS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["The", "mayor", "denied", "by", "claims", "were", "false",
                                          "according", "to", "officials", "it", "said", "that",
                                          "rain", "fell", "guilty", "reportedly", "Smith", "a"]),
                         min_size=1, max_size=9), min_size=1, max_size=5))
def test_skipping_never_loses_a_claim(sents: list[list[str]]) -> None:
    text = " ".join(" ".join(words) + "." for words in sents)
    assert _skipping(text) == _every_sentence(text)


def test_openings_of_spans_that_overlap_or_are_empty_are_each_span_s_open() -> None:
    # sentence spans a caller made by hand, not the layer's: nested, overlapping, empty
    text = "The club denied the report. Its coach was cleared by the league, as reported by local radio."
    spans = [Span(start=0, end=27), Span(start=4, end=60), Span(start=28, end=28), Span(start=28, end=len(text))]
    got = openings(text, spans)
    assert got == [_open(text, s) for s in spans]
    assert "as_by" in got[3] and "cue" in got[0]


def test_openings_of_adjacent_sentences_place_a_word_in_the_one_holding_it_whole() -> None:
    # "by" at the first sentence's very end is that sentence's; the second has none of its own
    text = "The fare rise was approved by. Officials said buses run late."
    spans = [Span(start=0, end=30), Span(start=31, end=len(text))]
    got = openings(text, spans)
    assert got == [_open(text, s) for s in spans]


def test_openings_of_a_long_article_read_the_same_gates() -> None:
    """An article many pieces long opens the same gates per sentence as ``_open`` does."""
    text = " ".join(SENTENCES) * 400
    sents = sentences(text)
    assert len(text) > 4 * (1 << 16)
    assert openings(text, sents) == [_open(text, s) for s in sents]
