"""Unit tests for the quotes plugin on real news sentences (persons built by hand)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newskit import PersonMention, QuoteMention
from newskit_quotes import QuotesExtractor, extract_quotes
from newskit_quotes.actors import classify
from newskit_quotes.marks import MAX_PARAGRAPHS, find_quotes


def persons(text: str, *names: tuple[str, str]) -> list[PersonMention]:
    """Person mentions for every occurrence of each surface form (form, entity)."""
    out = []
    for form, entity in names:
        i = text.find(form)
        while i >= 0:
            out.append(PersonMention(start=i, end=i + len(form), text=form, entity=entity,
                                     entity_id=entity.lower().replace(" ", "-")))
            i = text.find(form, i + len(form))
    return sorted(out, key=lambda p: p.start)


def quotes(text: str, *names: tuple[str, str]) -> list[QuoteMention]:
    return extract_quotes(text, persons(text, *names))


def one(text: str, *names: tuple[str, str], direct: bool | None = True) -> QuoteMention:
    got = [q for q in quotes(text, *names) if direct is None or q.direct is direct]
    assert len(got) == 1, got
    return got[0]


def speaker_text(text: str, q: QuoteMention) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


# ---------------------------------------------------------------- direct quotations

def test_curly_quote_trailing_attribution() -> None:
    t = ("Commenting on the visit, Leif-Eric Easley, a professor at Ewha University in Seoul, "
         "emphasized its implications. “The summit enhances North Korea’s international standing "
         "and strengthens Kim’s domestic legitimacy,” Easley remarked.")
    q = one(t, ("Leif-Eric Easley", "Leif-Eric Easley"), ("Easley", "Leif-Eric Easley"))
    assert q.text.startswith("The summit enhances") and q.text.endswith("legitimacy")
    assert q.speaker == "Leif-Eric Easley" and q.speaker_id == "leif-eric-easley"
    assert q.cue == "remarked" and speaker_text(t, q) == "Easley"


def test_straight_quotes_said_x() -> None:
    t = '"There is a need for more oversight and transparency," said Ronald R. Fieldstone, a Miami lawyer.'
    q = one(t, ("Ronald R. Fieldstone", "Ronald R. Fieldstone"))
    assert q.text == "There is a need for more oversight and transparency"
    assert q.speaker == "Ronald R. Fieldstone" and q.cue == "said"


def test_colon_introduction() -> None:
    t = 'In one tweet, Trump said: "Did Crooked Hillary help her become a U.S. citizen?"'
    q = one(t, ("Trump", "Donald Trump"))
    assert q.speaker == "Donald Trump" and q.cue == "said"
    assert q.text.endswith("citizen?")


def test_split_quote_is_one_item() -> None:
    t = ('"Coal isn\'t the villain," he said. "The villain is excess carbon dioxide in the '
         'atmosphere, and we have to find ways to deal with it."')
    pre = "Mr. Clarke runs the company. "
    q = one(pre + t, ("Mr. Clarke", "Tom Clarke"))
    assert q.text.startswith("Coal isn't") and q.text.endswith("deal with it")
    assert q.speaker == "Tom Clarke" and speaker_text(pre + t, q) == "he"


def test_partial_quote_inside_sentence() -> None:
    t = ("He also mentioned plans to resist Western-imposed sanctions, describing them as "
         "“unilateral and illegal”. Putin also expressed intentions to enhance cooperation.")
    pre = "In an editorial, Putin expressed Russia’s intent to oppose Western efforts. "
    got = [q for q in quotes(pre + t, ("Putin", "Vladimir Putin")) if q.direct]
    assert [q.text for q in got] == ["unilateral and illegal"]
    assert got[0].speaker == "Vladimir Putin"


def test_multi_paragraph_quote() -> None:
    t = ('Mr. Obama spoke at length.\n"We have made progress.\n"But the work is not done,"'
         " Mr. Obama said.\nNext paragraph.")
    q = one(t, ("Mr. Obama", "Barack Obama"))
    assert q.text.startswith("We have made progress.") and q.text.endswith("not done")
    assert q.speaker == "Barack Obama"


def test_nested_single_quotes_are_inside() -> None:
    t = ("“You say you ‘accept responsibility, and it was the fault of those 5,000 people,’” "
         "Merkley said.")
    q = one(t, ("Merkley", "Jeff Merkley"))
    assert "‘accept responsibility" in q.text and q.speaker == "Jeff Merkley"


def test_dash_attribution_line() -> None:
    t = "“Donald Trump scares me. I cannot sleep at night.” ― Krystal Correa\n"
    q = one(t)
    assert q.speaker == "Krystal Correa" and speaker_text(t, q) == "Krystal Correa"


def test_organisation_speakers() -> None:
    t = ("“Moreover, the resumption of consultations could be a signal to Washington,” "
         "the newspaper added.")
    pre = "Vedomosti pointed out that the treaty does not specify military cooperation.\n"
    q = one(pre + t)
    assert q.speaker == "Vedomosti" and speaker_text(pre + t, q) == "the newspaper"


def test_scare_quotes_left_out() -> None:
    assert [q for q in quotes('The so-called "deal" was never signed.') if q.direct] == []
    assert quotes('She appeared on MSNBC\'s "Morning Joe" on Monday.') == []


def test_apostrophes_are_not_quote_marks() -> None:
    t = "Russia’s envoy said Pyongyang’s position hasn’t changed."
    assert all(not q.direct for q in quotes(t))


def test_unbalanced_mark_stays_in_its_paragraph() -> None:
    t = 'He said "this never closes.\nA new paragraph follows.\nAnd another one.'
    for q in find_quotes(t):
        assert "\n" not in t[q.start : q.end]


def test_continuation_limit() -> None:
    paras = [f'"Paragraph {k} of a long speech.' for k in range(MAX_PARAGRAPHS + 4)]
    t = "\n".join(paras) + '"'
    for q in find_quotes(t):
        assert t[q.start : q.end].count("\n") <= MAX_PARAGRAPHS


# ---------------------------------------------------------------- reported speech

def test_reported_that_clause() -> None:
    t = ("Ushakov emphasised that the agreement would not target any other nation but would "
         "outline future cooperation prospects.")
    q = one(t, ("Ushakov", "Yuri Ushakov"), direct=False)
    assert q.text.startswith("the agreement would not target") and q.text.endswith("prospects")
    assert q.speaker == "Yuri Ushakov" and q.cue == "emphasised" and not q.direct


def test_reported_metonymy() -> None:
    t = ("Washington has alleged that North Korea provided military support to Russia amid "
         "its conflict in Ukraine.")
    q = one(t, direct=False)
    assert q.speaker == "United States" and q.cue == "alleged"
    t2 = ("Seoul’s foreign ministry reiterated its stance that the visit should not lead to "
          "increased military cooperation.")
    q2 = one(t2, direct=False)
    assert q2.speaker == "South Korean Foreign Ministry" and q2.text.startswith("the visit")


def test_postposed_and_according_to() -> None:
    t = "But a campaign operative decided to change course to avoid treatment, a source said."
    q = one(t, direct=False)
    assert q.text.startswith("But a campaign operative") and q.speaker == "unnamed sources"
    t2 = "After concluding his visit, Putin will travel to Vietnam, according to the Kremlin."
    q2 = one(t2, ("Putin", "Vladimir Putin"), direct=False)
    assert q2.speaker == "Kremlin" and q2.cue == "according to"


def test_pronoun_resolution_prefers_subject() -> None:
    t = ("Trump attacked Clinton on Monday. He said the election was rigged against him.")
    (q,) = [q for q in quotes(t, ("Trump", "Donald Trump"), ("Clinton", "Hillary Clinton")) if q.cue == "said"]
    assert q.speaker == "Donald Trump" and speaker_text(t, q) == "He"


def test_noun_and_adjective_cue_words_ignored() -> None:
    t = "The ICC issued a warrant over alleged war crimes in Ukraine and its state media."
    assert quotes(t) == []


# ---------------------------------------------------------------- actors and data

@pytest.mark.parametrize(("phrase", "name"), [
    ("Washington", "United States"),
    ("the Kremlin", "Kremlin"),
    ("Seoul’s foreign ministry", "South Korean Foreign Ministry"),
    ("Russia’s Vedomosti newspaper", "Vedomosti"),
    ("The US and its allies", "United States and allies"),
    ("Russian news outlets", "Russian media"),
    ("Moscow", "Russia"),
    ("officials", "unnamed officials"),
])
def test_actor_names(phrase: str, name: str) -> None:
    assert classify(phrase).name == name


def test_data_files_are_valid() -> None:
    base = resources.files("newskit_quotes").joinpath("data")
    cues = json.loads(base.joinpath("cues.json").read_text(encoding="utf-8"))
    for key in ("speech", "belief", "npcomp", "label", "attitude", "bare", "direct_only"):
        assert isinstance(cues[key], list) and all(isinstance(w, str) and w == w.lower() for w in cues[key])
    actors = json.loads(base.joinpath("actors.json").read_text(encoding="utf-8"))
    assert set(actors["seats"].values()) <= set(actors["countries"].values()) | {
        "Kremlin", "White House", "Pentagon"}
    words = json.loads(base.joinpath("words.json").read_text(encoding="utf-8"))
    assert all(isinstance(v, list) for k, v in words.items() if not k.startswith("_"))


def test_extractor_declares_requirements() -> None:
    ex = QuotesExtractor()
    assert ex.provides == frozenset({"quote"}) and ex.requires == frozenset({"person"})


def test_split_quote_not_merged_across_a_new_cue() -> None:
    t = ("“We certainly can’t afford to do this anymore,” Trump said, adding later, "
         "“NATO is costing us a fortune.”")
    got = [q for q in quotes(t, ("Trump", "Donald Trump")) if q.direct]
    assert [q.text for q in got] == ["We certainly can’t afford to do this anymore",
                                     "NATO is costing us a fortune"]
    assert all(q.speaker == "Donald Trump" for q in got)


def test_split_quote_merged_across_description() -> None:
    t = ('"We remain open to credible talks," he said, referring to the country\'s official '
         'name. "Sadly, the DPRK has chosen a different path."')
    pre = "Mr. Obama spoke on Friday.\n"
    q = one(pre + t, ("Mr. Obama", "Barack Obama"))
    assert q.text.startswith("We remain open") and q.text.endswith("different path")


def test_pronoun_gender() -> None:
    t = "Donald Trump met Hillary Clinton on Monday. She said the debate was rigged against her."
    q = one(t, ("Donald Trump", "Donald Trump"), ("Hillary Clinton", "Hillary Clinton"), direct=False)
    assert q.speaker == "Hillary Clinton" and speaker_text(t, q) == "She"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Officials in Seoul said the talks failed again on Friday.", "unnamed officials"),
    ("A spokesman for the ministry said the plan works well now.", "unnamed spokesman"),
    ("Analysts say the economy is strong enough to cope.", "analysts"),
    ("Both countries insist they abide by the resolutions.", None),
])
def test_group_speakers(sentence: str, speaker: str | None) -> None:
    q = one(sentence, direct=False)
    assert q.speaker == speaker
