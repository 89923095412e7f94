"""Acts several outlets' leads share that no trigger lexicon lists (story/lead_acts.py).

The stories are invented, of other kinds of news than the sets the error was seen in (an
animal cull, a bridge shut, climbers stranded): a port impounding a cargo ship, a
broadcaster mothballing a channel, a council scrapping a charge."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import SpanRef
from newskit.story import build_story
from newskit.story.lead_acts import (
    framing_verbs,
    headline_subject,
    headline_verbs,
    lead_act_units,
    lead_acts,
    same_form_participles,
)
from newskit.story.predicate import LEAD_TOKEN, family_of
from tests.story.helpers import titled_articles


def _toks(text: str, head: bool = False) -> list[tuple[str, int, int, bool]]:
    return [(m.group(), m.start(), m.end(), head) for m in LEAD_TOKEN.finditer(text)]


def test_a_headline_present_after_its_subject_is_a_predicate() -> None:
    inflected = frozenset({"impound", "scrap"})
    assert headline_verbs(_toks("Rotterdam impounds cargo ship over unpaid fees", True), inflected) == ["impounds"]
    assert headline_verbs(_toks("Council scraps parking charge", True), inflected) == ["scraps"]
    # a plural noun after a name is no verb the story inflects: "Port workers", "Police officers"
    assert headline_verbs(_toks("Port workers strike over pay", True), inflected) == []
    # in title case capitals mark no subject
    assert headline_verbs(_toks("Rotterdam Impounds Cargo Ship Over Unpaid Fees", True), inflected) == []


def test_a_headline_subject_names_the_act_before_of_or_a_verb_of_phase() -> None:
    bases = frozenset({"demolition", "demolish", "evacuation", "evacuat", "tower"})
    assert headline_subject(_toks("Demolition of old harbour tower begins", True), bases) == ["demolition"]
    assert headline_subject(_toks("Evacuation continues as river rises", True), bases) == ["evacuation"]
    # a name, or a subject that does something itself, is no act
    assert headline_subject(_toks("Harbour tower demolition begins after delay", True), bases) == []
    assert headline_subject(_toks("Tower falls in storm", True), bases) == []


def test_a_verb_whose_complement_is_another_act_frames_it() -> None:
    inflected = frozenset({"resum", "sail", "strik", "embark"})
    events = frozenset(family_of(w, frozenset()) for w in ("strike", "voyage"))

    def framing(text: str) -> list[str]:
        return framing_verbs(_toks(text), inflected, events, frozenset(), frozenset())

    assert framing("The liner is scheduled to resume sailing on Friday.") == ["scheduled"]
    assert framing("The crew will embark on a long voyage to Cape Town.") == ["embark"]
    assert framing("Dockers staged a strike at the port.") == ["staged"]
    assert framing("The port impounded the ship after a strike.") == []  # "after": another phrase
    assert framing("Crew members were airlifted to hospital.") == []  # "to hospital": no infinitive


def test_a_same_form_participle_after_be_or_have_is_a_predicate() -> None:
    assert same_form_participles(_toks("The ferry terminal was abruptly shut on Monday.")) == ["shut"]
    assert same_form_participles(_toks("The airline has cut its winter schedule.")) == ["cut"]
    assert same_form_participles(_toks("Workers cut the cables and the gates stayed shut.")) == []
    assert same_form_participles(_toks("The line was closed on Monday.")) == []  # -ed: is_verbal reads it


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["was", "has", "the", "shut", "cut", "Port", "shuts", "abruptly", "closed", "of",
                                 "ships", "Council", "scraps", ",", "been"]), min_size=1, max_size=10))
def test_the_readers_return_lower_case_words_of_the_text(words: list[str]) -> None:
    toks = _toks(" ".join(words), True)
    for got in (headline_verbs(toks, frozenset({"shut", "scrap"})), same_form_participles(toks)):
        assert all(w.islower() and w in [t[0].lower() for t in toks] for w in got)


ZOO = (
    ("2026-01-20T09:00", "Bird flu outbreak at Lindenfeld Zoo; keepers euthanise flock",
     "An outbreak of bird flu at Lindenfeld Zoo was confirmed on Monday, and keepers euthanised 40 birds from its "
     "aviary, the state veterinary office said.\n"
     "The zoo will stay closed to visitors for at least two weeks.\n"
     "Keepers said the euthanised birds included six rare Bali mynas."),
    ("2026-01-20T17:00", "Lindenfeld Zoo euthanises flamingos after bird flu outbreak",
     "Lindenfeld Zoo has euthanised its flamingos and parrots after a bird flu outbreak in its aviary, the zoo's "
     "director said on Monday.\nVisitors with tickets for the coming weeks will get a refund."),
    ("2026-01-21T08:00", "Zoo shuts after bird flu outbreak",
     "Lindenfeld Zoo closed its gates on Tuesday after an outbreak of bird flu in its aviary.\n"
     "Keepers had euthanised the flock on Monday, the state veterinary office said."),
)

IMPOUND = (
    ("2026-03-10T09:00", "Rotterdam impounds cargo ship over unpaid port fees",
     "The Port of Rotterdam impounded the Liberian-flagged cargo ship Nordic Amber on Monday after its owner "
     "failed to pay 2.3 million euros in port fees, the port authority said.\n"
     "The vessel, carrying steel coils from Turkey, will stay at its berth until the debt is settled.\n"
     "Port officials said the impounded ship's crew of 19 would be allowed ashore."),
    ("2026-03-10T15:30", "Cargo ship Nordic Amber impounded in Rotterdam",
     "Dutch authorities have impounded a cargo ship in Rotterdam over unpaid fees, the port said on Monday.\n"
     "The Nordic Amber's owner, a Cyprus-based company, said it was negotiating with the port.\n"
     "A lawyer for the owner said the ship had been impounded unlawfully."),
    ("2026-03-11T08:00", "Shipowner challenges Rotterdam seizure",
     "The owner of the Nordic Amber, the cargo ship impounded by the Port of Rotterdam on Monday, said it would "
     "challenge the decision in court.\n"
     "The company said the fees had been paid to an agent who went bankrupt in January."),
)


def _words(mentions: Iterable[SpanRef], texts: dict[str, str]) -> set[tuple[str, str]]:
    return {(m.article, texts[m.article][m.start:m.end].lower()) for m in mentions}


def test_every_form_of_a_shared_act_is_a_mention_but_a_modifier(pipeline: Pipeline) -> None:
    arts = titled_articles(IMPOUND)
    analyses = [pipeline.run(a) for a in arts]
    assert "impound" in lead_acts(analyses)
    got = {(u.ref.article, u.ref.start) for u in lead_act_units(analyses, [])}
    texts = {a.id: a.text for a in arts}
    for art, text in texts.items():
        for m in regex.finditer(r"\bimpounded\b", text):
            modifier = text[m.end():m.end() + 6] == " ship'"  # "the impounded ship's crew"
            assert ((art, m.start()) in got) != modifier
    assert all(u.source.id.endswith(f":learned:{u.ref.start}") for u in lead_act_units(analyses, []))


def test_an_act_beside_the_lead_predicate_joins_the_news(pipeline: Pipeline) -> None:
    """Every outlet leads with the outbreak (the lead predicate); two of them also tell what
    was done, in a verb no lexicon lists: its mentions join the news instead of none."""
    arts = titled_articles(ZOO)
    analyses = [pipeline.run(a) for a in arts]
    assert "euthanis" in lead_acts(analyses)
    story = build_story(analyses)
    texts = {a.id: a.text for a in arts}
    words = _words(story.events[0].mentions, texts)
    assert {("a0", "euthanised"), ("a1", "euthanised"), ("a2", "euthanised")} <= words
    assert ("a0", "outbreak") in words


def test_one_outlet_alone_or_undated_articles_tell_no_act(pipeline: Pipeline) -> None:
    assert lead_acts([pipeline.run(a) for a in titled_articles(IMPOUND[:1])]) == frozenset()
    assert lead_acts([pipeline.run(a) for a in titled_articles(IMPOUND, dated=False)]) == frozenset()


SAYING = (
    ("2026-06-02T10:00", "Broadcaster says it will review regional news",
     "The national broadcaster said on Tuesday it would review its regional news output, "
     "the corporation's director said.\nStaff were told in a meeting."),
    ("2026-06-02T18:00", "Regional newsrooms face review, broadcaster says",
     "The broadcaster has said its regional newsrooms face a review, a spokesman told reporters.\n"
     "Unions said they had not been consulted."),
)


def test_verbs_of_saying_and_light_verbs_are_no_acts(pipeline: Pipeline) -> None:
    acts = lead_acts([pipeline.run(a) for a in titled_articles(SAYING)])
    assert not acts & {"say", "said", "tel", "told", "fac"}
