"""Issue #14, session 45 (helper quotes): a fronted prepositional phrase is no clause a
postposed attribution reports, and the kinds after it. Sentences written for these tests
from ferry, bakery, library and orchard news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, spoken(text, q)) for q in all_quotes(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("In a radio interview on Friday, the ferry captain told listeners.", "told"),
        ("After the tasting, the baker warned the judges.", "warned"),
        ("By her own account, the librarian had warned the trustees twice.", "warned"),
        ("Despite the frost, the orchard cooperative said.", "said"),
    ],
)
def test_a_fronted_prepositional_phrase_is_no_reported_clause(text: str, cue: str) -> None:
    assert [i for i in _items(text) if i[1] == cue] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a clause after the opening phrase is still reported
        ("In April the bakery lost its licence, the inspector said.", "In April the bakery lost its licence",
         "the inspector"),
        ("Before the frost the orchard was dry, the growers had warned the council.",
         "Before the frost the orchard was dry", "the growers"),
        ("The ferry was late again, the captain told passengers.", "The ferry was late again", "the captain"),
    ],
)
def test_a_clause_before_a_postposed_attribution_is_still_reported(text: str, content: str, speaker: str) -> None:
    assert content in [t for t, _, _ in _items(text)]
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a participle with its preposition or particle finds its subject as a bare one does
        ("The ferry operator issued a statement calling for calm on the quay.", "calling for", "The ferry operator"),
        ("The inspector visited the bakery on Monday, pointing out that the ovens were unsafe.", "pointing out",
         "The inspector"),
    ],
)
def test_a_participle_cue_of_two_words_takes_the_participles_subject(text: str, cue: str, speaker: str) -> None:
    assert [s for _, c, s in _items(text) if c == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The bakers' guild, saying flour had doubled in price, closed its shops for a day.", "saying",
         "flour had doubled in price"),
        ("The ferry crews, calling for longer breaks, stopped work at noon.", "calling for", "longer breaks"),
        ("Librarians, demanding new heating, will walk out on Friday.", "demanding", "new heating"),
        # a comma inside the content opens no predicate: the content runs on
        ("The growers, saying that apples, pears and plums had failed, sold the orchard.", "saying",
         "apples, pears and plums had failed"),
    ],
)
def test_a_participle_aside_after_the_subject_ends_before_the_main_verb(text: str, cue: str, content: str) -> None:
    assert [t for t, c, _ in _items(text) if c == cue] == [content]


def test_a_participle_after_the_main_clause_runs_on() -> None:
    text = "The captain turned the ferry back, saying the harbour, which was full, could take no more boats."
    assert [t for t, c, _ in _items(text) if c == "saying"] == [
        "the harbour, which was full, could take no more boats"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a participle right after counted people: they speak, not the main clause's subject
        ("Police moved 300 protesters accusing the ferry company of neglect.", "accusing", "300 protesters"),
        ("The council heard twelve growers saying the bypass would ruin them.", "saying", "twelve growers"),
    ],
)
def test_a_participle_after_counted_people_is_theirs(text: str, cue: str, speaker: str) -> None:
    assert [s for _, c, s in _items(text) if c == cue] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a content noun opening the sentence's subject: its clause ends before the main verb
        ("Repeated warnings from the ferry crews that the ramp would fail were ignored.", "warnings",
         "the ramp would fail"),
        ("A stern warning from the bakery union that bread would cost more went unheeded.", "warning",
         "bread would cost more"),
        ("The mayor's claim that the library was safe came as a surprise to the trustees.", "claim",
         "the library was safe"),
        # the clause's own verb group, auxiliary and past form, is no main verb
        ("The mayor's claim that the library was built in 1920 is wrong.", "claim", "the library was built in 1920"),
        # a participle in the clause's own subject is no verb of the clause
        ("The mayor's claim that the ferry built in 1960 was safe was challenged.", "claim",
         "the ferry built in 1960 was safe"),
    ],
)
def test_a_content_nouns_clause_in_the_subject_ends_before_the_main_verb(text: str, cue: str, content: str) -> None:
    assert [t for t, c, _ in _items(text) if c == cue] == [content]


def test_a_content_noun_after_the_verb_runs_to_the_end() -> None:
    text = "The mayor ignored warnings from the ferry crews that the ramp would fail and sank."
    assert [t for t, c, _ in _items(text) if c == "warnings"] == ["the ramp would fail and sank"]


@pytest.mark.parametrize(
    "text",
    [
        "The latest warning from the ferry crews that the ramp would fail came on Monday.",
        "The first claim from the librarians that the roof leaked was made in May.",
    ],
)
def test_an_adjective_of_order_before_a_cue_makes_it_a_noun(text: str) -> None:
    assert all(s == "the ferry crews" or s == "the librarians" for _, _, s in _items(text))
    assert len(_items(text)) == 1


def test_an_adjective_of_order_before_a_verb_form_stays_a_subject() -> None:
    text = "Of the two bakers, the first said the ovens were unsafe."
    assert [t for t, c, _ in _items(text) if c == "said"] == ["the ovens were unsafe"]
