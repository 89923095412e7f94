"""A word keeps the sense its text reads it in: a noun or a sure verb form whose own
context licenses no sense is an event of the class the same article reads its lemma as
elsewhere; a sense licensed by what a verb acts on does not carry to another verb.
Sentences written for these tests (a utility's power cut, a takeover bid, a cup final, an
arms case)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.events.helpers import linked_events
from tests.plugins.events.helpers import mention_kinds as _kinds

from newskit_events.lexicon import lexicon
from newskit_events.triggers import find_triggers


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A power cut left 40,000 homes in Leeds without light on Monday. Engineers said the cut "
     "began at a substation.", "cut", "disaster"),
    ("Harbor Foods made an offer for Delmont Dairies worth $2 billion. Delmont's board said the "
     "offer undervalued the firm.", "offer", "business"),
    ("Rovers hope to win the cup on Saturday. Their win would be the first trophy in decades.",
     "win", "contest"),
])
def test_a_word_keeps_the_sense_its_article_reads(text: str, word: str, kind: str) -> None:
    at = text.index(word, text.index(". "))  # its occurrence after the first sentence
    assert [t[3] for t in find_triggers(text) if t[0] == at] == [kind]
    assert kind in {e.type for e in linked_events(text) for m in e.mentions if m.start == at}


@pytest.mark.parametrize(("alone", "word"), [
    ("Engineers said the cut began at a substation.", "cut"),
    ("Delmont's board said the offer undervalued the firm.", "offer"),
    ("Their win would be the first trophy in decades.", "win"),
])
def test_alone_the_word_is_no_event(alone: str, word: str) -> None:
    assert word not in _kinds(alone)


@pytest.mark.parametrize(("text", "word"), [
    # a verb sense does not read a bare form that may be a noun
    ("The court issued a warrant for the trader on Friday. Lawyers raised security issues "
     "at the hearing.", "issues"),
    # a sense licensed by what it acts on does not carry to a verb acting on something else
    ("Prosecutors cited arms transfers to the militia. They warned of rebels transferring "
     "money abroad.", "transferring"),
    ("The firm cut 300 jobs in May. Analysts said it was cutting corners to save time.", "cutting"),
    # a capitalised word inside a sentence is a name's word
    ("Rovers hope to win the cup on Saturday. Fans queued outside Lucky Win Casino on Sunday "
     "evening before the doors opened.", "Win"),
    # negated, as any trigger
    ("Harbor Foods made an offer for Delmont Dairies. There was no offer from rivals.", "offer from"),
])
def test_a_sense_that_does_not_carry(text: str, word: str) -> None:
    at = text.index(word, text.index(". "))
    assert find_triggers(text[:text.index(". ")])  # the first sentence reads the lemma
    assert not any(s <= at < e for s, e, *_ in find_triggers(text))


def test_the_lemma_read_lends_its_first_class() -> None:
    lex = lexicon()
    got = lex.read_as("offer", ["the"], ["undervalued", "the", "firm"], {"offer": "business"})
    assert got is not None and got.cls == "business"
    assert lex.read_as("offer", ["the"], ["undervalued"], {}) is None


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefo ruwint.,")), max_size=120))
def test_every_trigger_is_a_word_of_the_text_in_order(text: str) -> None:
    found = find_triggers(text)
    assert [t[0] for t in found] == sorted(t[0] for t in found)
    assert all(0 <= s < e <= len(text) and text[s:e].strip() for s, e, *_ in found)
