"""The body-name scan tried only in the stretches that hold a head
(``newskit.body_names._stretches``): the same spans as both patterns scanned over the
whole text, on news-like sentences and on generated text dense in heads, connectors and
the characters that end a stretch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import body_names as bn
from newskit.actors import calendar_words


def _stop() -> frozenset[str]:
    return frozenset(w.lower() for w in (*bn._data()["openers"], *calendar_words()))


def _whole_text_scan(text: str) -> tuple[tuple[int, int], ...]:
    """Both patterns over every position of the text: what the stretches must reproduce."""
    stop = _stop()
    opening, closing, _ = bn._patterns()
    spans = [s for m in opening.finditer(text, overlapped=True) if (s := bn._opening_span(text, m, stop))]
    spans += [s for m in closing.finditer(text, overlapped=True) if (s := bn._closing_span(text, m, stop))]
    return bn._outermost(spans)


SENTENCES = [
    "Officials at the Ministry of Agriculture, Fisheries and Food said on Monday the herd was culled.",
    "The Bank of England's rate-setters met as the Fish and Wildlife Service reported the count.",
    "A spokesman for Families in Sport Network said: 'We were not told.' The Council of Europe agreed.",
    "Rescuers in Coastal Search Service boats reached the ferry after the Board of Trade's warning.",
    "Kestrel Shipping & Harbour Research,\tthe Institute for Fiscal Studies and O'Hara Trust declined.",
    "Prices rose 4% in June, the Office for National Statistics said.",
    "No body is named in this sentence about rain, roads and a late train.",
    "Regulators at the Food & Drug Administration cleared the vaccine.",
    "A letter from the Department of\tHealth arrived.",
    "The Bank of Korea, Bank of Japan, and two others held rates.",
]


def test_news_sentences_give_the_whole_text_scans_spans() -> None:
    for text in [*SENTENCES, " ".join(SENTENCES), "\n\n".join(SENTENCES)]:
        assert bn._scan(text, _stop()) == _whole_text_scan(text), text


def test_a_text_without_a_head_has_no_stretch() -> None:
    open_joint, close_head = bn._head_scans()
    text = "The mayor of Tarnow said the bridge would reopen in spring."
    assert bn._stretches(text, open_joint) == [] and bn._stretches(text, close_head) == []


def test_a_stretch_runs_to_the_punctuation_around_its_head() -> None:
    open_joint, _ = bn._head_scans()
    text = "Yesterday, the Federal Bank of Ruritania - its board - met."
    assert [text[a:b] for a, b in bn._stretches(text, open_joint)] == [" the Federal Bank of Ruritania - its board - met"]


_PIECES = st.sampled_from([
    "Bank", "Ministry", "Council", "Office", "Institute", "Network", "Service", "Trust", "Group",
    "of", "for", "on", "in", "and", "&", "the", "The", "Monday", "June", "Health", "Food", "Drug",
    "Rural", "Affairs", "Administration", "England", "Kestrel", "O'Hara", "Jean-Luc", "Zürich", "Ærø", "said", "rates",
    "Banks", "DataBank", "Group's", "Network’s", "Networks",
    " ", " ", " ", "\t", "\n", ".", ",", "'", "’", "-", ":", "(", ")", "\"", "3", "2024",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(lambda ps: "".join(
    p if p in " \t\n.,'’-:()\"" or i == 0 else " " + p for i, p in enumerate(ps))))
def test_the_stretches_find_what_the_whole_text_scan_finds(text: str) -> None:
    assert bn._scan(text, _stop()) == _whole_text_scan(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_stretches_find_what_the_whole_text_scan_finds_glued(text: str) -> None:
    assert bn._scan(text, _stop()) == _whole_text_scan(text)
