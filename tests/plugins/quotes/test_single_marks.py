"""Quotations in a single-mark house style (session 29, lead): ``'We will rebuild,' the
mayor said`` is a direct quotation when the article quotes in single marks only, while
apostrophes (``don't``, ``the players' union``, ``the '90s``) stay apostrophes and an
article in double marks keeps its single marks as they are. Sentences written for these
tests; none is taken from a corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken

from newskit_quotes.single_marks import single_marks


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("'We will rebuild every house,' the mayor said.", "We will rebuild every house", "the mayor"),
        ("'We will rebuild every house', the mayor said on Sunday.", "We will rebuild every house", "the mayor"),
        ("The mayor said: 'We will rebuild every house.'", "We will rebuild every house", "The mayor"),
        ("\u2018The water came in so fast,\u2019 said Siobhan Kelly, a shopkeeper.",
         "The water came in so fast", "Siobhan Kelly"),
        ("'Our members' wages have not risen in years,' the union's leader said.",
         "Our members' wages have not risen in years", "the union's leader"),
    ],
)
def test_a_single_mark_quotation_is_direct(text: str, content: str, speaker: str) -> None:
    [q] = all_quotes(text)
    assert (q.text, spoken(text, q), q.direct, q.marks) == (content, speaker, True, "'")


def test_a_quotation_runs_over_paragraphs_opened_by_single_marks() -> None:
    text = ("The mayor spoke at dawn.\n'We will rebuild every house in this town.\n"
            "'It will take years, but we will do it,' she said.")
    [q] = all_quotes(text)
    assert q.text.startswith("We will rebuild") and q.text.endswith("we will do it")


@pytest.mark.parametrize(
    "text",
    [
        "The players' union said it didn't expect the '90s to come back.",
        "Fans of the '96 side gathered at the club's gates.",
        "Ministers' pay rose by 3% in the year to March, the Treasury's figures show.",
    ],
)
def test_apostrophes_stay_apostrophes(text: str) -> None:
    assert single_marks(text) is text


def test_an_article_in_double_marks_keeps_its_single_marks() -> None:
    text = "\"He told me 'never again',\" the coach said. 'Maybe,' said another."
    assert single_marks(text) is text


def test_a_scare_quoted_word_is_left_alone() -> None:
    # a single word in marks before a space closes no quotation (``the 'smart' motorway``)
    text = "Drivers said the 'smart' motorway had no hard shoulder."
    assert single_marks(text) is text


_PIECES = st.sampled_from(["'", "\u2018", "\u2019", "a", "We", " ", ",", ".", "\n", "'90s", "don't", "s'"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_only_marks_change_and_offsets_hold(text: str) -> None:
    out = single_marks(text)
    assert len(out) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b]
    assert all(text[i] in "'\u2018\u2019" and out[i] == '"' for i in changed)
    assert len(changed) % 2 == 0 or text.count("\n") > 0  # pairs, or a quotation running on
    assert single_marks(text) == out  # deterministic


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_no_crash_on_the_pipeline(text: str) -> None:
    for q in all_quotes(text):
        assert 0 <= q.start < q.end <= len(text) and q.text == text[q.start : q.end]


@pytest.mark.parametrize("piece", ["'a ", "'a, ", "\u2018a\u2019 ", "'We,' "])
def test_long_runs_of_marks_are_read_in_one_pass(piece: str) -> None:
    text = piece * 50_000
    assert len(single_marks(text)) == len(text)


def test_a_headline_in_single_marks_is_left_to_the_headline_grammar() -> None:
    # headlines quote in single marks in every house style; the article's own may differ
    text = "'We Will Rebuild,' Mayor Vows After Floods\n'We will rebuild,' the mayor said."
    out = single_marks(text)
    assert out[: text.index("\n")] == text[: text.index("\n")]
    assert out[text.index("\n") + 1] == '"'


def test_double_marks_nested_inside_single_ones_are_swapped() -> None:
    text = "'My coach kept saying, \"One more week,\" and he was right,' the sprinter said."
    out = single_marks(text)
    assert out[0] == '"' and out[text.index(" the sprinter") - 1] == '"'
    assert out.count("'") == 2 and len(out) == len(text)
    [q] = all_quotes(text)
    assert spoken(text, q) == "the sprinter" and q.text.startswith("My coach")


def test_double_marks_outside_any_single_pair_keep_the_article_in_double_marks() -> None:
    text = "'Yes,' she said. Later the mayor said: \"We will rebuild.\""
    assert single_marks(text) is text


@pytest.mark.parametrize(
    "text",
    [
        "'The insurers came in August,' she said. 'Then nothing happened for months.\n"
        "'In November they wrote to say the claim was under review.'",
        "The minister, Padraig Keane, said the change reflected 'hard choices'. The idea that the"
        " industry would collapse was 'nonsense', he said.",
        "'I have lived on the ninth floor for 38 years. They will have to carry me out,' said Agnes"
        " Mulligan, 81.\nThe council said the building was unsafe.",
    ],
)
def test_single_marks_read_as_the_same_article_in_double_marks(text: str) -> None:
    double = text.translate(str.maketrans({"'": '"'})).replace('n"t', "n't")
    assert [(q.start, q.end, spoken(text, q), q.direct) for q in all_quotes(text)] == \
        [(q.start, q.end, spoken(double, q), q.direct) for q in all_quotes(double)]
