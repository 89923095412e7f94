"""The readings the quotes plugin remembers (issue #11: work asked for again): a speaker
phrase's class (``classify``, per vocabulary) and the subject before a cue (on the
article's ``Doc``) are the answers the unremembered readers give, and the plugin finds the
same quotations with the memories as without them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newskit_quotes.actors as actors
import newskit_quotes.attribution as attribution
from newskit_persons import extract_persons
from newskit_quotes import extract_quotes
from newskit_quotes.attribution import cue_at
from newskit_quotes.doc import Doc

SEEDS = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))

TEXTS = [
    "The ministry said the plan would fail. Officials, who declined to be named, said it had been delayed.\n"
    "Relatives of the victims said they wanted answers, and police said the inquiry was open.",
    "Seoul's foreign ministry denied that talks had stalled. Analysts said the move was expected; "
    "the company, which is based in Tokyo, said it would appeal. He said nothing more.",
    "According to aides, the minister vowed to resign. The newspaper reported that both countries had "
    "agreed, many of whom said they were relieved. The Tokyo-based company said it was reviewing the case.",
]

PHRASES = ["he", "Officials", "the ministry", "Seoul's foreign ministry", "Relatives of the victims",
           "the Tokyo-based company", "Washington", "the newspaper", "analysts", "both countries",
           "Patients First Canada", "a senior official", "Mr. Kim", "", "  ,the police, "]


def _quotes(text: str) -> list[object]:
    return list(extract_quotes(text, extract_persons(text)))


def test_classify_answers_as_unremembered() -> None:
    for phrase in PHRASES * 2:  # the second round reads the memory
        assert actors.classify(phrase) == actors._classify(phrase), phrase
    assert actors.classify("the ministry") is actors.classify("the ministry")


def test_subject_before_answers_as_unremembered() -> None:
    for text in TEXTS:
        doc = Doc(text, extract_persons(text))
        for i in range(len(doc.starts)):
            cue = cue_at(doc, i)
            if cue is None:
                continue
            for lo in (0, doc.sentence(cue.start)[0]):
                want = attribution._subject_before(doc, cue, lo)
                assert attribution.subject_before(doc, cue, lo) == want
                assert attribution.subject_before(doc, cue, lo) == want  # remembered
                assert doc.subjects[(cue, lo)] == want


def _unremembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every module of the plugin calling the unremembered readers."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("newskit_quotes"):
            continue
        if getattr(module, "classify", None) is actors.classify:
            monkeypatch.setattr(module, "classify", actors._classify)
        if getattr(module, "subject_before", None) is attribution.subject_before:
            monkeypatch.setattr(module, "subject_before", attribution._subject_before)


@pytest.mark.parametrize("text", TEXTS + [p.read_text(encoding="utf-8") for p in SEEDS])
def test_same_quotations_without_the_memories(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    remembered = _quotes(text)
    with monkeypatch.context() as m:
        _unremembered(m)
        assert _quotes(text) == remembered
