"""newskit.grammar: the closed classes of English, one list each, shared by every rule."""

from __future__ import annotations

import json

import pytest

from newskit import grammar
from newskit.patterns import read_data

CLASSES = [name for name in json.loads(read_data("newskit", "closed_classes.json")) if not name.startswith("_")]


@pytest.mark.parametrize("name", CLASSES)
def test_every_class_is_lower_case_single_words(name: str) -> None:
    words = grammar.closed_class(name)
    assert words and all(w == w.lower() and w.isalpha() for w in words)


def test_a_class_lists_each_word_once() -> None:
    raw = json.loads(read_data("newskit", "closed_classes.json"))
    for name in CLASSES:
        assert len(raw[name]) == len(set(raw[name])), name


def test_determiners_open_a_definite_or_possessed_noun_phrase() -> None:
    assert grammar.DETERMINERS == grammar.ARTICLES | grammar.DEMONSTRATIVES | grammar.POSSESSIVE_DETERMINERS
    assert {"the", "those", "their"} <= grammar.DETERMINERS
    assert not grammar.DETERMINERS & grammar.PREPOSITIONS


def test_pronoun_cases_differ_where_english_does() -> None:
    assert grammar.SUBJECT_PRONOUNS & grammar.OBJECT_PRONOUNS == {"you", "it"}
    assert "her" in grammar.OBJECT_PRONOUNS and "her" in grammar.POSSESSIVE_DETERMINERS


def test_an_unknown_class_names_the_classes_there_are() -> None:
    with pytest.raises(KeyError, match="articles"):
        grammar.closed_class("adjectives")


def test_the_bundled_rules_read_the_shared_classes() -> None:
    """The rules that used to keep lists of their own now compose the core's."""
    from newskit.story._common import learned_word_lists
    from newskit_events.grammar import DETERMINERS as EVENT_DETERMINERS
    from newskit_quotes.actors import DETS

    assert grammar.DETERMINERS - {"that"} <= EVENT_DETERMINERS
    assert grammar.DETERMINERS <= DETS
    assert grammar.DETERMINERS <= learned_word_lists()["determiners"]


def test_irregular_act_verbs_map_each_past_and_participle_to_its_base() -> None:
    forms = grammar.irregular_act_verbs()
    assert forms["fell"] == forms["fallen"] == "fall"
    assert forms["struck"] == "strike" and forms["broken"] == "break"
    # verbs of being, having and saying tell no act, so they are not in the class
    assert not {"was", "had", "said", "thought"} & set(forms)


def test_no_irregular_form_is_listed_under_two_verbs() -> None:
    verbs = json.loads(read_data("newskit", "irregular_verbs.json"))["verbs"]
    bases: dict[str, str] = {}
    for base, forms in verbs.items():
        for form in forms:
            assert bases.setdefault(form, base) == base, form
    assert bases == dict(grammar.irregular_act_verbs())


def test_the_irregular_verbs_cannot_be_changed_by_a_caller() -> None:
    with pytest.raises(TypeError):
        grammar.irregular_act_verbs()["fell"] = "feel"  # type: ignore[index]
