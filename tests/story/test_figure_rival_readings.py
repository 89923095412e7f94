"""Session 45: two tellers' readings one sentence sets side by side (``the union said the
strike had halted around 900 looms, while the mill owners put the number at 350``) are one
measure told twice, though one article's amounts are otherwise never joined
(``figure_rival.read_at``, ``figure_model.rival_readings``). Invented sentences of kinds of
news other than the sets measured on: a weaving strike, a reservoir's losses, a ferry's
delay."""

from __future__ import annotations

from newskit import Article, Pipeline
from newskit.model import Figure
from newskit.story.figure_model import join_by_model
from newskit.story.figure_rival import read_at
from newskit.story.figures import article_figures, named_groups


def _read(sentence: str, amount: str) -> bool:
    return read_at(sentence, sentence.index(amount))


def test_a_verb_of_reading_with_at_gives_its_subject_s_reading() -> None:
    assert _read("Engineers put the likely loss at 40,000 cubic metres.", "40,000")
    assert _read("The ferry line puts it at about 50 minutes.", "50 minutes")
    assert _read("Auditors estimated the cost of the repairs at more than $2 million.", "$2 million")


def test_no_verb_of_reading_or_no_at_is_no_reading() -> None:
    assert not _read("The reservoir was built at 400 metres above the town.", "400 metres")
    assert not _read("The union said 900 looms stood idle.", "900")
    assert not _read("The owners put forward a plan for 350 looms.", "350")


def _groups(pipeline: Pipeline, texts: tuple[str, ...]) -> list[set[str]]:
    arts = [Article.from_dict({"id": f"a{i}", "text": t, "published": f"2025-06-0{i + 1}", "source": f"Outlet {i}"})
            for i, t in enumerate(texts)]
    figs: list[Figure] = [f for a in arts for f in article_figures(pipeline.run(a), f"Outlet {a.id}", loose=True)]
    groups, loose = named_groups(figs)
    join_by_model(groups, loose)
    return [{f.ref.text for f in g if f.ref} for g in groups.values()]


def test_two_tellers_readings_in_one_sentence_join(pipeline: Pipeline) -> None:
    told = _groups(pipeline, (
        "The weavers' union said the strike had halted around 900 looms, while the mill owners put the number at 350.",
        "Talks between the weavers and the mill owners resume on Thursday in the town hall.",
    ))
    assert any({"around 900", "350"} <= g for g in told), told


def test_one_teller_or_two_sentences_do_not_join(pipeline: Pipeline) -> None:
    """One teller's two amounts, or a reading a sentence after another teller's amount of
    another measure, stay apart."""
    told = _groups(pipeline, (
        "The mill owners said 900 looms had been idle since May, and put the number of weavers on leave at 350.",
        "The union said strikers had blocked 12 gates. The mill owners put the repair bill at $40,000, "
        "after the union said it had lost $200,000 in dues.",
    ))
    assert not any({"900", "350"} <= g for g in told), told
