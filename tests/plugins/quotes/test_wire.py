"""Wire copy: datelines before reported speech, descriptive speakers before the cue."""

from __future__ import annotations

import pytest
from tests.hang_guard import assert_grows_linearly

from newskit import PersonMention
from newskit_quotes import extract_quotes
from newskit_quotes.doc import dateline_end

from .test_quotes import one, quotes, speaker_text


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("BERLIN (Reuters) - German officials", "German officials"),
        ("WASHINGTON, June 3 (AP) \u2014 The president", "The president"),
        ("SEOUL, South Korea \u2014 North Korea", "North Korea"),
        ("LONDON: Prime Minister", "Prime Minister"),
        ("NEW YORK (AP) -- Stocks fell", "Stocks fell"),
        ("Berlin (Reuters) - The chancellor", "The chancellor"),
        ("KABUL, Afghanistan (AP) \u2014 A bomb", "A bomb"),
        ("He said: the talks", "He said: the talks"),
        ("The plan - which failed", "The plan - which failed"),
    ],
)
def test_dateline_end(line: str, rest: str) -> None:
    assert line[dateline_end(line, 0, len(line)) :] == rest


# A hang guard for backtracking and quadratic steps: the CPU time of an input ten times as
# long against a short one's, in this process (tests/hang_guard.py), not a wall-clock limit
# that a loaded machine's suite can break; the timeout is only the backstop for a true hang.
@pytest.mark.timeout(600)
@pytest.mark.parametrize(("unit", "size"), [("A", 20_000), ("A ", 10_000), ("(", 10_000), ("A, ", 10_000)])
def test_dateline_adversarial_grows_linearly(unit: str, size: int) -> None:
    def in_text(bad: str) -> None:
        assert 0 <= dateline_end(bad, 0, len(bad)) <= len(bad)

    assert_grows_linearly(in_text, lambda n: unit * n, size)


def test_dateline_not_in_content_and_possessed_spokesman() -> None:
    text = ("BERLIN (Reuters) - German Chancellor Angela Merkel will travel to Paris on Tuesday "
            "for talks with French President Emmanuel Macron on the euro zone, her spokesman said on Friday.")
    q = one(text, ("Angela Merkel", "Angela Merkel"), ("Emmanuel Macron", "Emmanuel Macron"), direct=False)
    assert q.text.startswith("German Chancellor Angela Merkel will travel")
    assert speaker_text(text, q) == "her spokesman"
    assert q.speaker == "spokesman of Angela Merkel"
    assert q.speaker_id is None


def test_ap_dateline_indefinite_official() -> None:
    text = ("WASHINGTON, June 3 (AP) \u2014 President Donald Trump will meet North Korean leader "
            "Kim Jong Un next week in Singapore, a senior administration official said.")
    q = one(text, ("Donald Trump", "Donald Trump"), ("Kim Jong Un", "Kim Jong Un"), direct=False)
    assert q.text.startswith("President Donald Trump will meet")
    assert speaker_text(text, q) == "a senior administration official"
    assert q.speaker == "unnamed officials"


def test_place_dateline_org_spokeswoman() -> None:
    text = ("SEOUL, South Korea \u2014 North Korea has dismantled part of its missile engine test "
            "site, the ministry's spokeswoman said on Monday.")
    q = one(text, direct=False)
    assert q.text.startswith("North Korea has dismantled")
    assert speaker_text(text, q) == "the ministry's spokeswoman"
    assert q.speaker == "spokeswoman of the ministry"


def test_colon_dateline_people_familiar() -> None:
    text = ("LONDON: Prime Minister Theresa May will unveil new funding for the health service on "
            "Sunday, two people familiar with the matter said.")
    q = one(text, ("Theresa May", "Theresa May"), direct=False)
    assert q.text.startswith("Prime Minister Theresa May will unveil")
    assert speaker_text(text, q) == "two people familiar with the matter"
    assert q.speaker == "unnamed people"


def test_sources_close_to_talks() -> None:
    text = ("The two companies are close to a $4 billion merger deal, sources close to the talks "
            "told Reuters on Wednesday.")
    q = one(text, direct=False)
    assert speaker_text(text, q) == "sources close to the talks"


def test_person_in_content_not_the_description() -> None:
    text = "John Smith will step down as chairman next month, the company's chief executive said."
    q = one(text, ("John Smith", "John Smith"), direct=False)
    assert speaker_text(text, q) == "the company's chief executive"
    assert q.speaker == "chief executive of the company"
    assert q.speaker_id is None


def test_definite_role_skips_person_in_content() -> None:
    text = "Maria Lopez was arrested at the border on Sunday, the spokesman said."
    q = one(text, ("Maria Lopez", "Maria Lopez"), direct=False)
    assert speaker_text(text, q) == "the spokesman"
    assert q.speaker != "Maria Lopez"


def test_named_owner_of_lawyer() -> None:
    text = "The former aide has not been charged with any crime, Smith's lawyer said in a statement."
    q = one(text, ("Smith", "Peter Smith"), direct=False)
    assert speaker_text(text, q) == "Smith's lawyer"
    assert q.speaker == "lawyer of Peter Smith"


def test_direct_quote_with_possessed_role() -> None:
    text = "\u201cWe will not accept this outcome,\u201d Macron\u2019s spokesman said."
    q = one(text, ("Macron", "Emmanuel Macron"))
    assert speaker_text(text, q) == "Macron\u2019s spokesman"
    assert q.speaker == "spokesman of Emmanuel Macron"


_CLAUSE = "Angela Merkel will visit Paris next week"


@pytest.mark.parametrize(
    ("tail", "speaker", "name"),
    [
        ("said a senior official.", "a senior official", "unnamed officials"),
        ("a senior U.S. official, speaking on condition of anonymity, said.", "a senior U.S. official", None),
        ("an official who asked not to be named said.", "an official", "unnamed officials"),
        ("a person with knowledge of the matter said.", "a person with knowledge of the matter", "unnamed person"),
        ("a spokeswoman for Merkel said on Friday.", "a spokeswoman for Merkel", "spokeswoman of Angela Merkel"),
        ("Merkel's chief of staff said.", "Merkel's chief of staff", "chief of staff of Angela Merkel"),
        ("her office said in a statement.", "her office", "office of Angela Merkel"),
        ("three European diplomats told Reuters.", "three European diplomats", None),
    ],
)
def test_description_before_cue_wins(tail: str, speaker: str, name: str | None) -> None:
    text = f"{_CLAUSE}, {tail}"
    people = [PersonMention(start=0, end=13, text="Angela Merkel", entity="Angela Merkel",
                            entity_id="angela-merkel")]
    i = text.find("Merkel", 14)
    if i >= 0:
        people.append(PersonMention(start=i, end=i + 6, text="Merkel", entity="Angela Merkel",
                                    entity_id="angela-merkel"))
    got = [q for q in extract_quotes(text, people) if not q.direct]
    assert len(got) == 1, got
    q = got[0]
    assert q.text == _CLAUSE
    assert speaker_text(text, q) == speaker
    assert q.speaker != "Angela Merkel"
    if name is not None:
        assert q.speaker == name


def test_participle_phrase_after_subject() -> None:
    text = "Protesters marching through the streets chanted \u201cNo justice, no peace\u201d until dawn."
    q = one(text)
    assert speaker_text(text, q) == "Protesters"


def test_relative_with_year_before_cue() -> None:
    text = ("The report quoted Senator Mitch McConnell, who in 2010 said the party's goal was to "
            "make the president a \u201cone-term president.\u201d")
    q = one(text, ("Mitch McConnell", "Mitch McConnell"))
    assert q.speaker == "Mitch McConnell"


def test_person_before_participle_cue() -> None:
    text = ("The advertisement ends with footage of Trump saying during the debate, "
            "\u201cThat makes me smart,\u201d as the audience gasps.")
    q = one(text, ("Trump", "Donald Trump"))
    assert q.speaker == "Donald Trump"


def test_non_speaker_subject_gives_way_to_outer_cue() -> None:
    text = ("Speaker Paul Ryan said the recent spate of shootings and protests demands that all "
            "Americans engage in \u201cmore listening and more learning.\u201d")
    q = one(text, ("Paul Ryan", "Paul Ryan"))
    assert q.speaker == "Paul Ryan"


def test_participle_takes_titled_main_subject() -> None:
    text = ("Democratic presidential nominee Hillary Clinton weighed in on Twitter, saying the city "
            "should release the videos \u201cwithout delay.\u201d")
    i = text.index("Hillary Clinton")
    people = [PersonMention(start=i, end=i + 15, text="Hillary Clinton", entity="Hillary Clinton",
                            entity_id="hillary-clinton", title="Democratic presidential nominee")]
    got = [q for q in extract_quotes(text, people) if q.direct]
    assert len(got) == 1
    assert got[0].speaker == "Hillary Clinton"


def test_participle_skips_an_intro_with_its_own_comma() -> None:
    text = ("Following a swiftly called, late-afternoon meeting, the Security Council issued a statement "
            "calling the test \u201ca clear violation\u201d of its resolutions.")
    q = one(text)
    assert speaker_text(text, q) == "the Security Council"


def test_coordinated_cue_shares_subject() -> None:
    text = ("Mayor Anna Berg criticized the budget on Monday and warned that the cuts would be "
            "\u201ca disaster for the schools.\u201d")
    q = one(text, ("Anna Berg", "Anna Berg"))
    assert q.speaker == "Anna Berg"


def test_role_holder_carries_over() -> None:
    text = ("BERLIN (Reuters) - German Chancellor Angela Merkel will travel to Paris on Tuesday for "
            "talks with French President Emmanuel Macron, her spokesman said on Friday.\n\n"
            "The two leaders will discuss migration and the euro zone budget, the spokesman said.\n\n"
            "\u201cWe expect a constructive meeting,\u201d he told reporters.")
    got = quotes(text, ("Angela Merkel", "Angela Merkel"), ("Emmanuel Macron", "Emmanuel Macron"))
    assert [q.speaker for q in got] == ["spokesman of Angela Merkel"] * 3
    assert [speaker_text(text, q) for q in got] == ["her spokesman", "the spokesman", "he"]


def test_passive_accused_of_is_not_speech() -> None:
    text = ("PARIS (AFP) - French authorities have arrested three men suspected of planning an "
            "attack, a judicial source told AFP.")
    got = quotes(text)
    assert len(got) == 1
    assert got[0].text == "French authorities have arrested three men suspected of planning an attack"
    assert speaker_text(text, got[0]) == "a judicial source"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("one official said, declining to be identified.", "one official"),
        ("the Times reported, citing unnamed sources.", "the Times"),
        ("said Michel Barnier, the EU's chief negotiator.", "Michel Barnier"),
        ("according to two people familiar with the matter.", "two people familiar with the matter"),
        ("the prime minister's official spokesman told reporters.", "the prime minister's official spokesman"),
    ],
)
def test_postposed_tails(tail: str, speaker: str) -> None:
    clause = "Boris Johnson will meet EU negotiators next week"
    text = f"{clause}, {tail}"
    q = one(text, ("Boris Johnson", "Boris Johnson"), ("Michel Barnier", "Michel Barnier"), direct=False)
    assert q.text == clause
    assert speaker_text(text, q) == speaker


def test_named_role_holder_speaks() -> None:
    text = "Merkel will go to Paris next week, Merkel's spokesman Steffen Seibert said."
    q = one(text, ("Steffen Seibert", "Steffen Seibert"), direct=False)
    assert q.speaker == "Steffen Seibert"
    text = "Merkel will go to Paris next week, the company's spokeswoman, Jane Doe, said."
    q = one(text, ("Jane Doe", "Jane Doe"), direct=False)
    assert q.text == "Merkel will go to Paris next week"
    assert q.speaker == "Jane Doe"


def test_relative_clause_with_names_before_cue() -> None:
    clause = "Boris Johnson will meet EU negotiators next week"
    text = f"{clause}, a senior Conservative lawmaker who met him on Monday said."
    q = one(text, ("Boris Johnson", "Boris Johnson"), direct=False)
    assert q.text == clause
    assert speaker_text(text, q) == "a senior Conservative lawmaker"


def test_coordinated_cue_outermost_subject() -> None:
    text = ("Mayor Jennifer Roberts said Friday that she thinks the video should be released but "
            "said \u201cthe question is the timing.\u201d")
    q = one(text, ("Jennifer Roberts", "Jennifer Roberts"))
    assert speaker_text(text, q) == "Jennifer Roberts"


def test_coordinated_cue_does_not_cross_a_comma() -> None:
    text = ("When my mother mentioned the devil to me while driving, I laughed and said, "
            "\u201cI don't believe in the devil.\u201d")
    q = one(text)
    assert speaker_text(text, q) != "my mother"


def test_possessive_source_names_the_owner() -> None:
    from newskit_quotes import extract_quotes

    text = "According to the Kremlin\u2019s announcement, the president will travel to Hanoi next week."
    (q,) = [q for q in extract_quotes(text, []) if not q.direct]
    assert q.speaker == "Kremlin"


def test_doc_keeps_sentences_and_paragraphs_as_pairs() -> None:
    # the Doc keeps its sentence and paragraph bounds in arrays (memory of long texts) and
    # reads them back as (start, end) pairs: the layer's spans, a dateline skipped
    from newskit import layer
    from newskit_quotes.doc import Doc

    text = ("BERLIN (Reuters) - German officials met on Monday. They said it went well.\n"
            "\"We agree,\" the minister said.\n")
    doc = Doc(text, [])
    lay = layer(text)
    assert list(doc.paras) == [(p.start, p.end) for p in lay.paragraphs]
    assert doc.sents[0] == (text.index("German"), lay.sentences[0].end)
    assert list(doc.sents)[1:] == [(s.start, s.end) for s in lay.sentences[1:]]
    assert doc.sents[1:] == list(doc.sents)[1:]
    assert doc.sentence(text.index("went")) == (lay.sentences[1].start, lay.sentences[1].end)
    assert doc.low[doc.word_at(text.index("They"))] == "they"
    assert doc.paragraph(text.index("minister")) == doc.paras[1]
