"""Issue #14, session 54 (helper quotes): quoted words that a relative clause's own subject
labels (``…, which the union called "…"``, ``…, a claim the firm called "…"``) are that
subject's, and the report before the clause ends at its comma; a capitalised word before a
lower-case plural of people or bodies (``Farm unions``, ``Local officials``) describes many,
not one named person. Sentences written for these tests from port, tariff, library, fire,
farm, health and tax news; none is taken from a corpus or a story set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.plugins.quotes.helpers import all_quotes, reported_with_speakers, spoken

from newskit_quotes.actors import classify
from newskit_quotes.doc import Doc
from newskit_quotes.relative_label import relative_label


def _quoted(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker's text, cue) of every direct quotation in ``text``."""
    return [(q.text, spoken(text, q), q.cue) for q in all_quotes(text) if q.direct]


def _label(text: str) -> tuple[str, str] | None:
    """(cue, subject) the relative-label reader gives the first quotation of ``text``."""
    doc = Doc(text, [])
    own = relative_label(doc, doc.quotes[0])
    if own is None:
        return None
    cue, np, _ = own
    return text[cue.start : cue.end], text[np.start : np.end]


# The quoted words go to the subject of the relative clause, whose verb labels them, not to
# the speaker of the clause the relative comments on.


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        ('Interior Minister Rosa Amado has accused the dockers of blocking the port, which the union '
         'called "a smear against working people".', "a smear against working people", "the union", "called"),
        ('The ministry announced the tariff, which exporters called "a disaster".',
         "a disaster", "exporters", "called"),
        ('The ministry announced the tariff on Monday, which exporters have called "a disaster" for the fruit '
         'trade.', "a disaster", "exporters", "called"),
        ('The minister told parliament the strike had cost the economy $40 million, a figure the union called '
         '"pure invention".', "pure invention", "the union", "called"),
        ('The harbour board said on Tuesday it would appeal the ruling, which board members called "a gift to '
         'the shipping cartels".', "a gift to the shipping cartels", "board members", "called"),
        ('The president signed the decree on Monday, a move Moscow called "hostile".',
         "hostile", "Moscow", "called"),
        ('Lopez said the council had cut the library budget by a third, which the librarians\' union '
         'described as "a disgrace to the city".', "a disgrace to the city", "the librarians' union",
         "described"),
        ('The company says the fire was caused by a faulty heater, a claim that the workers\' committee has '
         'described as "a cover-up".', "a cover-up", "the workers' committee", "described"),
        ('Critics of the tax office, which they call "a machine for fines," say small traders are audited '
         'every year.', "a machine for fines", "they", "call"),
        ('Rosa Amado said the plan, which the union called "a disgrace", would fail within a year.',
         "a disgrace", "the union", "called"),
        # a verb of stance labels too, before ``as``
        ('The union accused the firm of cutting maintenance staff, a claim the firm dismissed as "nonsense".',
         "nonsense", "the firm", "dismissed"),
        ('The ministry said the port would reopen on Friday, a promise dockers dismissed as "wishful '
         'thinking".', "wishful thinking", "dockers", "dismissed"),
        ('The growers\' league accused the mill of underpaying for cane, which Finance Minister Tomas Eriks '
         'rejected as "baseless".', "baseless", "Tomas Eriks", "rejected"),
    ],
)
def test_a_relative_clauses_own_subject_labels_the_quotation(text: str, words: str, speaker: str, cue: str) -> None:
    assert (words, speaker, cue) in _quoted(text)


# The report before the clause ends at its comma: the labelled words are no part of it.


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ('Lopez said the council had cut the library budget by a third, which she called "a disgrace to '
         'the city".', "the council had cut the library budget by a third", "Lopez"),
        ('The minister told parliament the strike had cost the economy $40 million, a figure the union called '
         '"pure invention".', "the strike had cost the economy $40 million", "The minister"),
        ('The company said the dispute was settled, which the union described as "a fantasy".',
         "the dispute was settled", "The company"),
    ],
)
def test_the_report_ends_before_the_labelling_clause(text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in reported_with_speakers(text)


# The reader's guards: a relative whose pronoun is the subject, a passive, a reduced
# relative, a noun and its label with no subject between, a verb that labels nothing.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('The mine will close in June, a decision the workers called "a death sentence for the town".',
         ("called", "the workers")),
        ('The regulator fined the bank, a penalty critics have called "a slap on the wrist".',
         ("called", "critics")),
        ('The board offered a raise, an offer that the nurses described as "an insult".',
         ("described", "the nurses")),
        ('Farmers backed the union, which called the plan "a folly" on Monday.', None),
        ('The council approved the budget, which was called "a sham" by opposition members.', None),
        ('The company hired a former Army officer called "the Colonel" to run security at the mine.', None),
        ('Police arrested a farmer, a man the village knows as "Big Joe", on Friday.', None),
        ('The mayor opened the bridge; residents called it "a miracle".', None),
        ('The council passed the levy, which traders rejected "on principle".', None),
    ],
)
def test_the_reader_wants_a_clause_with_its_own_subject(text: str, label: tuple[str, str] | None) -> None:
    assert _label(text) == label


# A capitalised word before a lower-case plural of people or bodies describes many, not one
# named: ``they`` stands for them, ``he`` never does, and a description later in the text
# is not taken for them.


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Farm unions", "group"),
        ("Local officials", "group"),
        ("Aid agencies", "group"),
        ("Opposition parties", "group"),
        ("Human rights groups", "group"),
        ("Hungarian officials", "group"),
        ("Dock workers", "group"),
        # guards: a name's own capitals, a possessive, a single word, a capital inside
        ("Doctors Without Borders", "name"),
        ("Green Party officials", "name"),
        ("Paraguay's main peasant organisations", "name"),
        ("Acme Holdings", "name"),
    ],
)
def test_a_capital_before_a_lower_case_plural_describes_many(phrase: str, kind: str) -> None:
    actor = classify(phrase)
    assert (actor.kind, actor.name) == (kind, phrase)


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        ("Farm unions said the blockades would go on until Friday. They said the talks had been a waste of "
         "time.", "the talks had been a waste of time", "Farm unions"),
        ("Port officials said two cranes had been damaged. They said repairs would take a month.",
         "repairs would take a month", "Port officials"),
        ('Peasant organisations called for road blockades across the region, which they described as "a '
         'last resort".', "a last resort", "Peasant organisations"),
        ("Local farmers said 2,000 hectares had been lost. The governor said the state would pay "
         "compensation.", "the state would pay compensation", "the governor"),
    ],
)
def test_they_stands_for_a_described_plural_and_a_later_description_for_itself(
        text: str, report: str, speaker: str) -> None:
    assert (report, speaker) in [(q.text, q.speaker) for q in all_quotes(text)]


def test_he_never_stands_for_a_described_plural() -> None:
    text = "Health officials said 40 people had been admitted to hospital. He said the outbreak was under control."
    assert [q.speaker for q in all_quotes(text) if q.text == "the outbreak was under control"] == [None]


# A property of the reader on generated text: where it reads a clause, the comma, the
# subject, the verb and the opening mark come in that order and the subject is whole words.

_PIECES = [
    "The ministry announced the tariff", "Rosa Amado said the plan", ",", ".", ";", "which", "whom", "a",
    "an", "claim", "move", "figure", "that", "the union", "exporters", "board members", "Moscow", "she",
    "has", "was", "also", "called", "described as", "termed", "knows as", '"a disaster"', '"hostile,"',
    "\u201cpure invention\u201d", "on Monday", "would fail",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join))
def test_the_reader_keeps_its_clause_in_order(text: str) -> None:
    doc = Doc(text, [])
    for q in doc.quotes:
        own = relative_label(doc, q)
        if own is None:
            continue
        cue, np, comma = own
        assert text[comma] == ","
        assert comma < np.start < np.end <= cue.start < cue.end <= q.open
        assert doc.starts[np.first] == np.start and doc.ends[np.last] == np.end
