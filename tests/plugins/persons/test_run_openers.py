"""The words the run scan visits: every word that may open a run (a capital first, or a
hyphen inside), and none of the plain lower-case words it passes over."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import layer
from newskit_persons.document import Doc
from newskit_persons.runs import capitalised_runs, maybe_capwords


def _openers(text: str) -> set[int]:
    words = layer(text).words
    return {i for i, (s, e) in enumerate(zip(words.starts, words.ends, strict=True))
            if text[s].isupper() or "-" in text[s:e]}


def test_a_scorecard_line_visits_its_names_and_hyphenated_words() -> None:
    text = "Sri Lanka 231-7 ( al-Hassan 84 , bin-Zayed 3-21 ) beat the hosts at Galle's ground."
    words = layer(text).words
    visited = [text[words.starts[i]:words.ends[i]] for i in maybe_capwords(text, words)]
    assert visited == ["Sri", "Lanka", "231-7", "al-Hassan", "84", "bin-Zayed", "3-21", "Galle"]


def test_the_runs_of_a_court_report() -> None:
    text = "Judge Maria de la Cruz told Osama al-Rashid's lawyers the trial would resume."
    doc = Doc(text)
    runs = [" ".join(doc.toks[k].text for k in range(i, j)) for i, j in capitalised_runs(doc)]
    assert runs == ["Judge Maria de la Cruz", "Osama al-Rashid"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Rain", "fell", "al-Assad", "x-ray", "-", "Ⅻ", "iPhone", "ÉLAN", "état",
                                 "3-1", "1996", "o'neill", "Smith's", "ǅemal", ",", "."]), max_size=25),
       st.sampled_from([" ", "  ", "\n", "-"]))
def test_every_word_that_may_open_a_run_is_visited(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert _openers(text) <= set(maybe_capwords(text, layer(text).words))
