"""What a story build reads once per story and keeps by identity (issue #11): the story's
word classes, its nouns in -ing, its stems, and each word's family per pair of word sets;
and the word table of a text, which asks a test of the word once per distinct word.

The sentences are invented: a bakery's recall, a tram line's closure."""

from __future__ import annotations

import pytest

from newskit import Article
from newskit.model import Analysis
from newskit.story import predicate
from newskit.story.memo import IdentityMemo
from newskit.story.predicate import (
    family_of,
    noun_forms,
    story_bases,
    story_words,
    verb_stems,
)
from newskit.story.word_table import text_tokens, tokens_passing, word_indices, words_passing

_BAKERY = ("A bakery recalled its rye loaves on Friday after a supplier found glass in the flour. "
           "The recall covers the loaves sold in March. Its funding came from a grant.")
_TRAM = ("The city closed the tram line on Sunday. Officials blamed the collision of two trams. "
         "The closure was expected to last a week, and the funding of repairs was approved.")


def _analyses() -> tuple[Analysis, ...]:
    return (Analysis(article=Article(id="bk1", text=_BAKERY, title="Bakery recalls rye loaves", published="2026-04-03")),
            Analysis(article=Article(id="tr1", text=_TRAM, title="Tram line closed", published="2026-04-05")))


def test_a_value_is_kept_per_tuple_of_objects_by_identity() -> None:
    """The same objects give the kept value; equal but other objects are read afresh (no
    deep hash, no deep comparison); the oldest tuple is dropped past the bound."""
    memo: IdentityMemo[str] = IdentityMemo(2)
    reads: list[str] = []

    def read(tag: str) -> str:
        reads.append(tag)
        return tag

    a, b = ["tram"], ["tram"]
    assert memo.get((a,), lambda: read("a")) == "a"
    assert memo.get((a,), lambda: read("again")) == "a"
    assert memo.get((b,), lambda: read("b")) == "b"  # equal, not the same
    assert memo.get((a, b), lambda: read("ab")) == "ab"  # drops (a,)
    assert memo.get((b,), lambda: read("b2")) == "b"
    assert memo.get((a,), lambda: read("a2")) == "a2"
    assert reads == ["a", "b", "ab", "a2"]
    memo.clear()
    assert memo.get((a,), lambda: read("a3")) == "a3"


def test_the_story_words_are_read_once_per_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word classes of the same analyses are read once, whoever asks; other analyses
    (equal or not) are read afresh, with the same answer for equal ones."""
    predicate._STORY_WORDS.clear()
    read: list[int] = []
    real = predicate._story_words

    def spy(arts: tuple[Analysis, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        read.append(len(arts))
        return real(arts)

    monkeypatch.setattr(predicate, "_story_words", spy)
    arts = _analyses()
    first = story_words(arts)
    assert story_words(list(arts)) is first
    assert story_words(a for a in arts) is first
    assert read == [2]
    again = story_words(_analyses())
    assert read == [2, 2] and again == first
    texts = [a.article.text for a in arts]
    assert first == (story_bases(texts), noun_forms(arts), verb_stems(texts))
    assert "bakery" in first[0] and "clos" in first[2]


def test_the_stems_and_nouns_are_one_set_per_story() -> None:
    """The same texts give the same frozenset, so the families kept per set are found."""
    arts = _analyses()
    texts = [a.article.text for a in arts]
    assert story_bases(texts) is story_bases(tuple(texts))
    assert verb_stems(texts) is verb_stems(iter(texts))
    assert noun_forms(arts) is noun_forms(list(arts))
    assert "funding" in noun_forms(arts[:1])  # "its funding came": a thing
    assert "funding" not in noun_forms(arts)  # "the funding of repairs": the act


def test_a_family_is_read_once_per_word_and_pair_of_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word's family is read once per pair of frozensets; a plain set is read afresh; the
    answers are the reading's own, and other sets of the same words agree."""
    arts = _analyses()
    bases, nouns, _inflected = story_words(arts)
    want = {w: predicate._family_of(w, bases, nouns) for w in ("collision", "closure", "funding", "recall", "trams")}
    read: list[str] = []
    real = predicate._family_of

    def spy(w: str, b: frozenset[str], n: frozenset[str]) -> str:
        read.append(w)
        return real(w, b, n)

    monkeypatch.setattr(predicate, "_family_of", spy)
    bases2, nouns2 = frozenset(bases | {"tramway"}), frozenset(nouns)
    predicate._FAMILIES.clear()
    predicate._LAST_FAMILIES[0] = None
    for _ in range(3):
        assert {w: family_of(w, bases, nouns) for w in want} == want
    assert sorted(read) == sorted(want)
    read.clear()
    assert {w: family_of(w, bases2, nouns2) for w in want} == want
    assert {w: family_of(w, bases2, nouns2) for w in want} == want
    assert sorted(read) == sorted(want)  # other sets: read once
    read.clear()
    plain = set(bases)
    assert family_of("collision", plain, nouns) == want["collision"]
    assert family_of("collision", plain, nouns) == want["collision"]
    assert read == ["collision", "collision"]  # a plain set may change: read each time


def test_the_word_table_gives_the_tokens_a_test_passes_in_text_order() -> None:
    """The tokens a word test passes, as asking every token would give them, in text order;
    the test asked once per distinct word."""
    text = "The closure of the tram line: the closure, the tram's closure, and two closures."
    wanted = {"closure", "tram", "the"}
    asked: list[str] = []

    def test(w: str) -> bool:
        asked.append(w)
        return w in wanted

    got = words_passing(text, test)
    assert got == [(w, s, e) for w, s, e, _h in text_tokens(text) if w in wanted]
    assert [w for w, _s, _e in got] == ["closure", "the", "tram", "the", "closure", "the", "closure"]
    assert sorted(asked) == sorted(set(asked)) and "closure" in asked and "The" in asked
    assert word_indices(text) is word_indices(text)
    assert sorted(i for _w, indices in word_indices(text) for i in indices) == list(range(len(text_tokens(text))))
    toks = text_tokens(text)
    assert [toks[i][:3] for i in tokens_passing(text, wanted.__contains__)] == got


def test_the_frame_spans_are_read_once_per_story_and_grouping(monkeypatch: pytest.MonkeyPatch) -> None:
    """The spans of the same analyses and groups are read once; another grouping of the same
    frames is read afresh; each caller gets sets of its own."""
    from newskit.story import frames

    arts = tuple(Analysis(article=Article(id=f"fr{n}", text=text, title=title, published="2026-06-0" + str(n + 1)))
                 for n, (title, text) in enumerate([
                     ("Council scraps bus fares", "The council scrapped bus fares on Monday. Riders welcomed the scrapping."),
                     ("Bus fares scrapped", "The town council on Monday scrapped fares on its buses, officials said.")]))
    groups = frames.frame_groups(arts)
    assert groups and all(groups)
    read: list[int] = []
    real = frames._read_spans

    def spy(analyses: tuple[Analysis, ...], gs: list[list[frames.Frame]]) -> list[set[tuple[str, int, int]]]:
        read.append(len(gs))
        return real(analyses, gs)

    monkeypatch.setattr(frames, "_read_spans", spy)
    frames._SPANS.clear()
    first = frames._spans(arts, groups)
    first[0].clear()  # the caller's own set
    assert frames._spans(arts, groups) == real(arts, groups) != []
    assert read == [len(groups)]
    split = [[f] for g in groups for f in g]  # the same frames, one group each
    assert len(split) > len(groups)
    assert frames._spans(arts, split) == real(arts, split)
    assert read == [len(groups), len(split)]
    assert ("fr0", 62, 71) in frames._spans(arts, groups)[0]  # "the scrapping": kept, not the cleared copy


def test_the_per_text_readings_through_the_word_table_are_the_token_readings() -> None:
    """The stems, verb stems and lower-case words of a text, and the frames' index of its
    lower-case words, read from the word table are those a reading of every token gives,
    in the same order."""
    from newskit.story import frames
    from newskit.story.word_table import LEAD_TOKEN

    text = ("The tram closed; trams were closing, and the closing of 3 lines closed 12.5 km. "
            "Riders said the closure hurt riders' trips. Closing dates: 3rd May, the 4th.")
    toks = [m.group() for m in LEAD_TOKEN.finditer(text)]
    bases = frozenset(predicate.base(w) for w in toks if w[0].isalpha() and w.islower())
    assert predicate._text_bases(text) == bases and list(predicate._text_bases(text)) == list(bases)
    lower = frozenset(w for w in toks if w.islower())
    assert predicate._lower_case_words(text) == lower and "rd" in lower  # "3rd": a number, then "rd"
    stems = {predicate.base(w) for w in toks if w.isalpha() and w.islower() and w not in predicate._sets()["not_words"]
             and (predicate._ed_form(w) or (w.endswith("ing") and len(w) > 5)
                  or (w in predicate._irregular() and predicate._irregular()[w] != w))}
    assert predicate._text_verb_stems(text) == stems and "clos" in stems
    at: dict[str, list[int]] = {}
    for i, w in enumerate(toks):
        if w.isalpha() and w.islower():
            at.setdefault(w, []).append(i)
    got_toks, got_at = frames._lower_words(text)
    assert got_toks == text_tokens(text) and got_at == {w: tuple(v) for w, v in at.items()}
    assert list(got_at) == list(at) and got_at["closed"] == (2, 14)


def test_the_families_keep_a_few_pairs_of_sets() -> None:
    """Past the bound the oldest pair of sets is dropped; its words are read again, alike."""
    predicate._FAMILIES.clear()
    predicate._LAST_FAMILIES[0] = None
    pairs = [(frozenset({"collid", f"w{n}"}), frozenset({f"painting{n}"})) for n in range(predicate._FAMILY_PAIRS + 4)]
    for b, n in pairs:
        assert family_of("collision", b, n) == predicate._family_of("collision", b, n) == "collid"
    assert len(predicate._FAMILIES) == predicate._FAMILY_PAIRS
    assert all(kept[0] is b for kept, (b, _n) in zip(predicate._FAMILIES.values(), pairs[4:], strict=True))
