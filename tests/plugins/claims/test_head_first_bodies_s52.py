"""Session 52 (issue #10, lead): a body named in another language, head first, as news quotes
it untranslated ("the Associação dos Moradores do Bairro Alto", "the Sindicato de Estibadores
del Callao", "the Câmara Municipal de Mindelo") is what a later "the association", "the union",
"the council" stands for (``newskit.kinds.other_language_kind``); the bare noun stayed the
source, and the story paired another outlet's description in its place. Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline
from newskit.kinds import body_kind, other_language_kind


@pytest.mark.parametrize(("text", "name"), [
    ("Residents were represented by the Associação dos Moradores do Bairro Alto, which says 200 homes flooded. "
     "The association accused the water company of ignoring warnings for a decade.",
     "Associação dos Moradores do Bairro Alto"),
    ("The strike was called by the Sindicato de Estibadores del Callao on Monday. "
     "The union accused the port operator of cutting night shifts without notice.",
     "Sindicato de Estibadores del Callao"),
    ("Vendors blamed the Câmara Municipal de Mindelo for the delay. "
     "The council denied that it had withheld the repair money.",
     "Câmara Municipal de Mindelo"),
    ("The Fédération des Transporteurs Routiers called the new toll unlawful. "
     "The federation accused the ministry of consulting no one.",
     "Fédération des Transporteurs Routiers"),
])
def test_a_bare_noun_stands_for_the_body_named_head_first(pipeline: Pipeline, text: str, name: str) -> None:
    later = text.index(". ") + 2
    got = [c.source for c in claims_of(pipeline, text) if c.start >= later]
    assert got and all(s == name for s in got), got


def test_a_head_of_another_kind_is_not_its_antecedent(pipeline: Pipeline) -> None:
    """The guard: "the association" is no ministry, whatever its language."""
    text = ("The Ministerio de Obras Públicas approved the bridge in May. "
            "The association accused the builders of cutting corners.")
    later = text.index(". ") + 2
    got = [c.source for c in claims_of(pipeline, text) if c.start >= later]
    assert got and "Ministerio de Obras Públicas" not in got, got


@pytest.mark.parametrize(("word", "noun"), [("Associação", "association"), ("FEDERACIÓN", "federation"),
                                            ("Sindicato", "union"), ("Câmara", "council"), ("Ministère", "ministry")])
def test_a_head_in_another_language_has_its_english_kind(word: str, noun: str) -> None:
    assert other_language_kind(word) == body_kind(noun)


def test_an_english_word_has_no_other_language_kind() -> None:
    assert other_language_kind("association") is None
