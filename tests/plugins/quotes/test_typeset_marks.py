"""Issue #14, session 16: quotations whose double marks are typed as two single marks
(``''...''`` in the New York Times archive, ````...''`` in LaTeX and Penn Treebank text)
are read as quotations, with their speakers; they say so in ``marks`` and are not
``direct`` (the scorers count only double marks as direct). Sentences written for these
tests, from shipping, farming, sport and science news; none is taken from a corpus."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, spoken

from newskit import Analysis, Article, QuoteMention
from newskit.serialize import analysis_from_json, analysis_to_json
from newskit_quotes.marks import typeset_marks


def _typeset(text: str) -> list[QuoteMention]:
    return [q for q in all_quotes(text) if q.marks == "''"]


def test_two_apostrophes_open_and_close_a_quotation() -> None:
    text = "''We will rebuild the pier before the summer ferries,'' said harbour master Ewan Reid."
    (q,) = _typeset(text)
    assert q.text == "We will rebuild the pier before the summer ferries"
    assert spoken(text, q) == "Ewan Reid"
    assert q.direct is False


def test_latex_backquotes_open_a_quotation() -> None:
    text = "``The barley harvest is a week late,'' the cooperative's chairman, Ruth Ellery, said."
    (q,) = _typeset(text)
    assert q.text == "The barley harvest is a week late"
    assert spoken(text, q) == "Ruth Ellery"


def test_a_typeset_quotation_runs_over_paragraphs() -> None:
    text = ("''The referee had a clear view,'' the coach, Tomas Ferreira, said.\n\n"
            "''I will not blame him. We lost the match ourselves.''")
    qs = _typeset(text)
    assert [q.text for q in qs][:1] == ["The referee had a clear view"]
    assert all(q.speaker == "Tomas Ferreira" for q in qs)
    assert any("We lost the match ourselves" in q.text for q in qs)


def test_double_marks_stay_direct_and_unmarked() -> None:
    text = '"The comet will be visible at dawn," said astronomer Ilse Brandt.'
    (q,) = all_quotes(text)
    assert q.direct is True
    assert q.marks is None


def test_apostrophes_of_english_are_no_marks() -> None:
    text = "The players' union's rock 'n' roll night raised funds for the club's youth team."
    assert typeset_marks(text) == text
    assert _typeset(text) == []


def test_a_nested_single_quotation_closes_before_the_double_mark() -> None:
    text = "''The sign said 'closed for repairs,''' the ferry passenger Kofi Mensah said."
    marked = typeset_marks(text)
    assert marked.startswith('" The sign said \'closed for repairs,\'" ')


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab '`\"\n.,", max_size=40))
def test_typeset_marks_keeps_every_offset(text: str) -> None:
    marked = typeset_marks(text)
    assert len(marked) == len(text)
    for a, b in zip(text, marked, strict=True):
        assert a == b or (a in "'`" and b in '" ')


def test_marks_survive_json_and_are_left_out_when_none() -> None:
    text = "''The pier reopens in May,'' said Ewan Reid. \"Ferries resume,\" said Ruth Ellery."
    qs = all_quotes(text)
    analysis = Analysis(article=Article(id="a", text=text), mentions=tuple(qs))
    data = analysis_to_json(analysis)
    quotes = [m for m in data["mentions"] if m["kind"] == "quote"]
    assert [m.get("marks") for m in quotes] == ["''", None]
    assert "marks" not in quotes[1]
    back = analysis_from_json(json.loads(json.dumps(data)))
    assert [m.marks for m in back.mentions if isinstance(m, QuoteMention)] == ["''", None]

