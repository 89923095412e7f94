"""A share told in words and another in digits (``nearly a fifth`` / ``18 percent``) join at
the pairwise model's own threshold, as two outlets' spans of time do. Sentences of other
kinds of news than the story where the kind was seen (a fare rise): a drivers' sickness
rate, a harvest lost to blight."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef
from newskit.story.figure_model import _share_in_words


def _share(text: str, amount: str, value: int, article: str = "a1") -> Figure:
    start = text.index(amount)
    return Figure(article=article, measure="?", value=value, unit="percent",
                  ref=SpanRef(article=article, start=start, end=start + len(amount), text=amount),
                  evidence=SpanRef(article=article, start=0, end=len(text), text=text))


def test_a_share_in_words_and_one_in_digits_are_two_forms() -> None:
    words = _share("Nearly a fifth of the city's bus drivers were off sick.", "Nearly a fifth", 20)
    digits = _share("The operator said 18 percent of its drivers were off sick.", "18 percent", 18, "a2")
    assert _share_in_words(words, digits) and _share_in_words(digits, words)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_two_shares_in_digits_are_one_form(a: int, b: int) -> None:
    x = _share(f"Growers lost {a} percent of the harvest.", f"{a} percent", a)
    y = _share(f"Growers lost {b}% of the harvest.", f"{b}%", b, "a2")
    assert not _share_in_words(x, y)
