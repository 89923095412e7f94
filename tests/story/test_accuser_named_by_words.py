"""A denial that names its accuser (``rejected Reis's allegations``, ``claims by former
minister Ana Reis``, ``the police allegations``) is read at each place the text holds a word
of the accuser's name, by patterns compiled once, and each word compiled once (a few
letters): the same answer as the three patterns that were compiled around every name
(speed, issue #11). The sentences are invented."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.model import Claim
from newskit.story import contested


def _patterns(words: list[str]) -> tuple[regex.Pattern[str], ...]:
    """The three patterns around the name, as they were compiled per name."""
    head = "(?:" + "|".join(regex.escape(w) for w in words) + ")"
    return (regex.compile(r"(?<![\p{L}])" + head + r"(?:['’]s?\s)", regex.I),
            regex.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?" + head + r"(?![\p{L}])", regex.I),
            regex.compile(r"(?<![\p{L}])" + head + r"s?\s+(?:" + contested._charge_nouns() + r")(?![\p{L}])",
                          regex.I))


def _read_at_words(text: str, words: list[str]) -> bool:
    return any(contested._names_at(text, m.start(), m.end()) for w in words
               for m in contested._name_word(w).finditer(text, overlapped=True))


def _claim(text: str, source: str, source_type: str, stance: str) -> Claim:
    return Claim(article="a1", start=0, end=len(text), text=text, source=source, stance=stance,
                 source_type=source_type)


def test_each_way_of_naming_the_accuser_is_read() -> None:
    allegation = _claim("the depot's drivers had been told to skip rest breaks", "Ana Reis", "person", "alleges")
    for text, named in [("The operator rejected Reis's allegations as false.", True),
                        ("The operator denied claims by former minister Ana REIS.", True),
                        ("The operator dismissed claims from the former driver Reis on Friday.", True),
                        ("The operator called the Reis allegations baseless.", True),
                        ("The operator denied claims by the former deputy minister Reis.", True),
                        ("The operator denied claims by the former deputy minister Ana Reis.", False),  # four words
                        ("The operator said Reiss had no part in the rota.", False),
                        ("The operator said Reis had no part in the rota.", False)]:
        denial = _claim(text, "Tarn Haulage", "organisation", "denies")
        assert contested._names_accuser(allegation, denial) is named, text


def test_a_body_is_named_by_its_initials_or_a_word_of_its_name() -> None:
    allegation = _claim("the depot had been flooded twice", "Coastal Drivers Union", "organisation", "alleges")
    for text in ("The council rejected the CDU's claims.", "The council rejected claims by the Drivers union.",
                 "The council dismissed union allegations."):
        assert contested._names_accuser(allegation, _claim(text, "Harbour Council", "organisation", "denies")), text


def test_a_denial_holding_no_word_of_the_name_compiles_none() -> None:
    contested._name_word.cache_clear()
    allegation = _claim("the depot had been flooded twice", "Ana Reis", "person", "alleges")
    denial = _claim("The operator denied that any depot had flooded.", "Tarn Haulage", "organisation", "denies")
    assert not contested._names_accuser(allegation, denial)
    assert contested._name_word.cache_info().misses == 0
    assert contested._name_word.cache_info().maxsize == contested._NAMES_KEPT


_PIECES = st.sampled_from(["Reis", "reis", "REIS", "Reiss", "Reis's", "Reis’", "Reiss'", "CDU", "cdus", "Drivers",
                           "by", "from", "the", "By", "former", "minister", "Ana", "claims", "allegations",
                           "allegation", "report", "rejected", "denied", "s", "'", "-", ",", ".", "é", "xReis"])
_SEPARATORS = st.sampled_from([" ", " ", "  ", "\n", "", "-"])
_NAMES = st.sampled_from([["Reis"], ["Reiss", "Reis"], ["Drivers", "Union", "CDU"], ["Reis", "Reis's"], ["s"], ["Ana"]])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=12), _NAMES)
def test_the_words_read_in_place_answer_as_the_patterns_around_the_name(pieces: list[tuple[str, str]],
                                                                       words: list[str]) -> None:
    text = "".join(p + s for p, s in pieces)
    assert _read_at_words(text, words) == any(p.search(text) is not None for p in _patterns(words))
