"""Issue #11, session 55: two persons scans over every word of an article visit only the
words that can matter, found at C speed, with the answers of a visit to every word.

- ``listed_given`` opens a list only at a lone or named word: those are visited in order,
  not every word with a length asked of the tokens at each;
- ``thing_keys`` weighs a word only when its folded form is a key: the forms are matched
  against the keys by ``map``, and only those words' text is read.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit_persons.document import Doc
from newskit_persons.lexicon import lexicon
from newskit_persons.second_pass import (
    REPEAT,
    _family_name_word,
    _list_goes_back,
    _next_item,
    _not_people_before,
    listed_given,
)
from newskit_persons.things import _evidence, _words, thing_keys
from newskit_persons.tokens import Tok

_FILLER = "The council said the new ferry timetable would start in the spring after a long review . "

_LIST = "Her sons , Tomas , Pavel and Lukas , ran the family bakery in the old town for decades . "

_FIRM = ("Brenmoor shares fell sharply on Monday . The tyre maker Brenmoor said it would cut jobs . "
         "Analysts said Brenmoor had lost ground to rivals . ")


class _Counted(list[Any]):
    """A list of tokens that counts how often its length is asked."""

    asked = 0

    def __len__(self) -> int:
        self.asked += 1
        return super().__len__()


#: the slot ``Tok.text`` is kept in, read and written under the counting property
_TEXT_SLOT: Any = vars(Tok)["text"]


class _ReadTok(Tok):
    """A token that counts the reads of its text."""

    __slots__ = ()
    reads = 0

    @property
    def text(self) -> str:
        _ReadTok.reads += 1
        return str(_TEXT_SLOT.__get__(self))

    @text.setter
    def text(self, value: str) -> None:
        _TEXT_SLOT.__set__(self, value)


def _lone_items(doc: Doc, words: tuple[str, ...]) -> list[tuple[int, int, int]]:
    return [(i, i + 1, REPEAT) for i, t in enumerate(doc.toks) if t.text in words]


def test_a_list_of_given_names_is_read_at_its_words_only() -> None:
    doc = Doc(_FILLER * 10 + _LIST + _FILLER * 10)
    deferred = _lone_items(doc, ("Tomas", "Pavel", "Lukas"))
    counted = _Counted(doc.toks)
    doc.toks = counted
    got = listed_given(doc, lexicon(), [], deferred)
    assert [doc.text[c.start:c.end] for c, _, _ in got] == ["Tomas", "Pavel", "Lukas"]
    # a few asks for each item of the list, none for each of the ~340 other words
    assert counted.asked < 30


def test_a_list_of_two_given_names_alone_is_no_list_of_people() -> None:
    doc = Doc(_FILLER + "Sisters Anna and Maria came too . " + _FILLER)
    assert listed_given(doc, lexicon(), [], _lone_items(doc, ("Anna", "Maria"))) == []


def test_a_firm_named_like_a_person_is_weighed_at_its_words_only() -> None:
    text = _FILLER * 10 + _FIRM + _FILLER * 10
    toks = [_ReadTok(t.text, t.start, t.end, t.possessive, t.folded) for t in Doc(text).toks]
    _ReadTok.reads = 0
    assert thing_keys(text, toks, {"brenmoor": False}, lexicon()) == {"brenmoor"}
    # the three words that are the key and the words around them, not each of ~370 words
    assert _ReadTok.reads < 60


def _thing_keys_every_word(text: str, toks: list[Tok], keys: dict[str, bool]) -> set[str]:
    """``thing_keys`` as a visit to every word."""
    w, lex = _words(), lexicon()
    score = {k: [0, 0] for k in keys}
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or t.folded not in score:
            continue
        thing, person = _evidence(text, toks, i, w, lex)
        score[t.folded][0] += thing
        score[t.folded][1] += person
    return {k for k, (thing, person) in score.items() if thing > person + (2 if keys[k] else 0)}


_PIECES = ["Brenmoor", "brenmoor", "BRENMOOR", "Kessly", "said", "it", "he", "shares", "the", "tyre", "maker",
           "Mr", ",", ".", "who", "were", "Ltd", "CEO", "Brenmoor's", "Anna", "and", "\n"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_thing_keys_are_those_of_a_visit_to_every_word(words: list[str], titled: bool) -> None:
    text = " ".join(words)
    toks = list(Doc(text).toks)
    keys = {"brenmoor": titled, "kessly": not titled}
    assert thing_keys(text, toks, keys, lexicon()) == _thing_keys_every_word(text, toks, keys)


def _listed_given_every_word(doc: Doc, deferred: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """``listed_given`` as a visit to every word (the lists of lone words only)."""
    toks, lex = doc.toks, lexicon()
    lone = {a for a, b, need in deferred if need == REPEAT and b - a == 1}
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        if k not in lone:
            k += 1
            continue
        items = [k]
        while (nxt := _next_item(doc, items[-1])) is not None:
            items.append(nxt)
        k = items[-1] + 1
        if len(items) < 3 or not all(i in lone for i in items):
            continue
        if items[0] > 0 and (_not_people_before(lex, toks[items[0] - 1].folded) or _list_goes_back(doc, items[0])):
            continue
        if all(_family_name_word(doc, lex, i) for i in items):
            out += [(i, i + 1) for i in items]
    return out


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["Tomas", "Pavel", "Lukas", "Anna", "Maria", ",", "and", "the", "Hurricanes", "said", "."]),
                max_size=30), st.integers(0, 6))
def test_listed_given_reads_as_a_visit_to_every_word(words: list[str], skip: int) -> None:
    doc = Doc(" ".join(words))
    deferred = [d for n, d in enumerate(_lone_items(doc, ("Tomas", "Pavel", "Lukas", "Anna", "Maria"))) if n != skip]
    got = listed_given(doc, lexicon(), [], deferred)
    assert [(a, b) for _, a, b in got] == _listed_given_every_word(doc, deferred)

