"""Issue #14, session 46 (helper quotes): a colon's own clause introduces its quotation, a
present tense after ``he``/``she``/``it`` opens a clause, a report in a fronted subordinate
clause ends before the main clause, an irregular past form ends a speaker phrase, and ``by`` names a content noun's
source as ``from`` does.
Sentences written for these tests from ferry, bakery, harbour, orchard and museum news;
none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from tests.plugins.quotes.helpers import all_quotes, spoken


def _items(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, spoken(text, q)) for q in all_quotes(text)]


def _speaker_of(text: str, content: str) -> str | None:
    found = [s for t, _, s in _items(text) if t == content]
    assert found, _items(text)
    return found[0]


# 1. A colon's own clause introduces the quotation after it.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('With bakers increasingly angry about the flour tax, the mayor has a new answer: "We will cut it."',
         "the mayor"),
        ('With growers worried about the frost, the orchard board is sending one message: "Cover the trees."',
         "the orchard board"),
        ('Ferry crews are tired of the delays, and the harbour master has a plain reply: "Wait for spring."',
         "the harbour master"),
    ],
)
def test_a_colon_quotation_belongs_to_the_clause_that_ends_at_the_colon(text: str, speaker: str) -> None:
    content = text[text.index('"') + 1 : text.rindex('"')].rstrip(".")
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guards: a colon with no clause of its own after a comma, and a cue in the colon's clause
        ('The curator, worried about the damp, has one message for visitors: "Do not touch."', "The curator"),
        ('After the storm, the ferry captain told passengers: "Stay below deck."', "the ferry captain"),
        ('The baker has a new motto: "Bread before noon."', "The baker"),
    ],
)
def test_a_colon_quotation_keeps_its_subject_and_cue(text: str, speaker: str) -> None:
    content = text[text.index('"') + 1 : text.rindex('"')].rstrip(".")
    assert _speaker_of(text, content) == speaker


# 2. A present-tense form after he, she or it opens a clause.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry captain believes he deserves a second season.", "he deserves a second season"),
        ("The baker thinks it costs too much to open on Sundays.", "it costs too much to open on Sundays"),
        ("The curator explained why she opposes the new wing.", "why she opposes the new wing"),
    ],
)
def test_a_present_form_after_a_singular_pronoun_opens_a_reported_clause(text: str, content: str) -> None:
    assert content in [t for t, _, _ in _items(text)]


@pytest.mark.parametrize(
    "text",
    [
        # guards: an adverb in -s after the pronoun, and a plural pronoun, open no clause by this rule
        "The baker thinks it perhaps too soon.",
        "The curator believes they want a new wing.",
    ],
)
def test_no_clause_without_a_present_form_after_the_pronoun(text: str) -> None:
    assert [i for i in _items(text) if i[1] in ("thinks", "believes")] == []


# 3. A report in a fronted subordinate clause ends before the main clause.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("While the harbour master has insisted the pier is safe, the divers have warned that it could collapse.",
         "the pier is safe", "the harbour master"),
        ("Although the bakers say the flour was damp, the inspector closed the shop on Monday.",
         "the flour was damp", "the bakers"),
        ("Because the growers claimed the frost had ruined the crop, the board paid them twice.",
         "the frost had ruined the crop", "the growers"),
    ],
)
def test_a_report_in_a_fronted_subordinate_clause_ends_at_the_main_clause(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]


def test_the_main_clause_after_a_fronted_report_is_read_too() -> None:
    text = "While the harbour master has insisted the pier is safe, the divers have warned that it could collapse."
    assert ("it could collapse", "the divers") in [(t, s) for t, _, s in _items(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # guards: a comma opening no clause of its own stays in the content; a report in the
        # main clause after a fronted clause runs to the sentence's end
        ("While the curator says the vases were insured, as the law requires, the museum is closed.",
         "the vases were insured, as the law requires"),
        ("When the ferry docked, the captain said the crossing had been rough, the worst in years.",
         "the crossing had been rough, the worst in years"),
    ],
)
def test_content_outside_the_fronted_rule_is_unchanged(text: str, content: str) -> None:
    assert content in [t for t, _, _ in _items(text)]


# 4. An irregular past form ends a speaker phrase read back from a relative pronoun.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor met growers who warned that the frost would ruin the harvest.",
         "the frost would ruin the harvest", "growers"),
        ("The museum sent curators who said the vases had been stolen.", "the vases had been stolen", "curators"),
    ],
)
def test_an_irregular_past_form_ends_the_antecedent(text: str, content: str, speaker: str) -> None:
    # the speaker's span is the relative pronoun; its antecedent names the speaker
    assert (content, speaker) in [(q.text, q.speaker) for q in all_quotes(text)]


# 5. ``by`` after a content noun names its source, as ``from`` does.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A claim by the bakery guild that flour prices had doubled was rejected on Monday.",
         "flour prices had doubled", "the bakery guild"),
        ("Warnings by the harbour pilots that the channel was silting up went unheeded for years.",
         "the channel was silting up", "the harbour pilots"),
    ],
)
def test_by_names_the_source_of_a_content_noun(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in [(t, s) for t, _, s in _items(text)]


def test_a_relative_that_after_the_source_opens_no_content() -> None:
    text = "The museum cited a report by the insurers that found the vases were fakes."
    assert [i for i in _items(text) if i[1] == "report"] == []


# 6. A pronoun after a sentence whose subject is a role held for someone, with its holder
#    named in apposition, stands for the holder, not the owner.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Okafor's lawyer, Rudi Stam, spoke outside the court. He said the fine would be appealed.",
         "Rudi Stam"),
        ("Lena Voss's deputy, Karin Holt, opened the orchard fair. She said the harvest was the best in years.",
         "Karin Holt"),
    ],
)
def test_a_pronoun_stands_for_the_role_holder_not_its_owner(text: str, speaker: str) -> None:
    assert [q.speaker for q in all_quotes(text) if q.cue == "said"] == [speaker]


def test_a_possessor_of_a_body_is_still_the_pronoun_s_referent() -> None:
    # guard: no role holder in apposition, the owner named first stays the referent
    text = "Tom Okafor's ferry company outbid Rudi Stam on Monday. He said the price was fair."
    assert [q.speaker for q in all_quotes(text) if q.cue == "said"] == ["Tom Okafor"]


# 7. A name in apposition after a postposed description speaks, also when a comma sets it off.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The crew are safe," said the ferry\'s rescue coordinator, Ben Dale, after the survey on Friday.',
         "Ben Dale"),
        ('"Nothing was taken," said the museum\'s night guard, Omar Reyes, as the police arrived.',
         "Omar Reyes"),
    ],
)
def test_a_name_set_off_after_a_postposed_description_speaks(text: str, speaker: str) -> None:
    assert [spoken(text, q) for q in all_quotes(text) if q.direct] == [speaker]


def test_a_description_without_a_name_after_it_still_speaks() -> None:
    # guard: the comma after the description opens no name
    text = '"The hull is sound," said the ferry\'s chief engineer, adding that the survey took a week.'
    assert [spoken(text, q) for q in all_quotes(text) if q.direct] == ["the ferry's chief engineer"]


# 8. A content noun with no owner after a preposition of circumstance or agency attributes
#    its clause to no one named.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The orchard board has long been dogged by charges that it ignored the frost warnings.",
         "it ignored the frost warnings"),
        ("The ferry sailed on Monday amid growing fears that the harbour wall would give way.",
         "the harbour wall would give way"),
        ("The bakery reopened despite claims that its ovens were unsafe.", "its ovens were unsafe"),
    ],
)
def test_an_unowned_content_noun_after_a_preposition_attributes_to_no_one(text: str, content: str) -> None:
    assert (content, None) in [(t, s) for t, _, s in _items(text)]


@pytest.mark.parametrize(
    "text",
    [
        # guards: an unowned noun opening the sentence, or after a verb, gives no attribution
        "The fear that the harbour wall would give way kept the ferry in port.",
        "The board dismissed fears that the harbour wall would give way.",
    ],
)
def test_an_unowned_content_noun_elsewhere_gives_no_speakerless_item(text: str) -> None:
    assert [i for i in _items(text) if i[1] in ("fear", "fears") and i[2] is None] == []


# 9. Verbs of telling with an addressee report the clause after it.


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour master reminded skippers that the channel closes at dusk.", "reminded"),
        ("The bakery informed customers that the ovens had been repaired.", "informed"),
        ("The orchard board notified growers that the frost had passed.", "notified"),
        ("The curator briefed trustees that the vases were insured.", "briefed"),
    ],
)
def test_a_verb_of_telling_reports_the_clause_after_its_addressee(text: str, cue: str) -> None:
    assert [i[1] for i in _items(text)] == [cue]


def test_a_verb_of_telling_without_a_clause_reports_nothing() -> None:
    assert _items("The bakery informed the police of the break-in.") == []
