"""Session 56 (helper join): a rival's clause names its teller when the verb of telling is in
the perfect or has an adverb before it (``, while the operator has said about 240``, ``, but
the council later said 12``) and when it is a verb of asserting (``, while the health board
insists fewer than 450 took part``, ``, while a collectors' society argues it is worth``). The
two readings then have two tellers and join though one article tells both
(``figure_model.told_rivals``). A form of ``be`` after the auxiliary is still a passive that
names no teller. A name set off by commas after the teller's noun (``; the operator, Harbour
Gate Terminals, says about 700``) leaves the noun its teller. Invented sentences: a bus
strike, a river flood, a nurses' walkout, a silver theft, a fishing ban, a dock strike, a
plantation fire."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.story.figure_rival import rival_teller
from tests.story.helpers import joined_groups


def test_the_perfect_before_the_verb_of_telling_names_the_teller() -> None:
    """Fails without ``rival_teller_before_verb``: ``has`` made the opening no noun phrase."""
    text = "The drivers' union says 620 buses stayed in their depots, while the operator has said about 240."
    assert rival_teller(text, 0, text.index("about 240"), 0) == "operator"
    put = "Anglers say 3,000 salmon died in the river; the water agency has put the number at about 900."
    assert rival_teller(put, 0, put.index("about 900"), 0) == "water agency"


def test_an_adverb_before_the_verb_of_telling_names_the_teller() -> None:
    """Fails without ``rival_teller_before_verb``: ``later`` and ``also`` were read as no teller's words."""
    text = "Residents said 35 homes were flooded, but the county council later said 12."
    assert rival_teller(text, 0, text.index("12"), 0) == "county council"
    both = "Farmers say 80 boats are idle, while the port authority has also counted 30."
    assert rival_teller(both, 0, both.index("30"), 0) == "port authority"
    always = "Anglers say 5,000 trout escaped; the fish farm has always put the number at 1,200."
    assert rival_teller(always, 0, always.index("1,200"), 0) == "fish farm"


def test_a_passive_after_the_auxiliary_still_names_no_teller() -> None:
    perfect = "Traders said 60 stalls burned, but the loss has been put at 20 stalls by the market board."
    assert rival_teller(perfect, 0, perfect.index("20"), 0) is None
    later = "Traders said 60 stalls burned, but the loss was later put at 20 stalls."
    assert rival_teller(later, 0, later.index("20"), 0) is None


def test_a_verb_of_asserting_names_the_teller() -> None:
    """Fails without ``rival_asserting_cues``: ``insists`` and ``argues`` were no verbs of telling."""
    text = "The nurses' union says 1,100 staff walked out, while the health board insists fewer than 450 took part."
    assert rival_teller(text, 0, text.index("fewer than 450"), 0) == "health board"
    worth = ("The museum valued the stolen silver at about $800,000, while a collectors' society argues it is "
             "worth more than $2 million.")
    assert rival_teller(worth, 0, worth.index("more than $2 million"), 0) == "collectors' society"



def test_a_name_in_apposition_leaves_the_teller() -> None:
    """Fails without the name in ``_APPOSED``: the commas made the opening no plain phrase."""
    text = "The dockers' union says 2,100 members stayed away; the operator, Harbour Gate Terminals, says about 700."
    assert rival_teller(text, 0, text.index("about 700"), 0) == "operator"
    person = ("Growers say 400 hectares were burned, while the estate's managing director, Tomas Reyes, put the "
              "loss at about 150 hectares.")
    assert rival_teller(person, 0, person.index("about 150"), 0) == "estate's managing director"
    citing = "Traders said 60 stalls burned, while local radio, citing firefighters, reported 20."
    assert rival_teller(citing, 0, citing.index("20"), 0) is None


def _groups(pipeline: Pipeline, texts: tuple[str, ...]) -> list[set[tuple[str, str]]]:
    return joined_groups(pipeline, texts, "2025-04-0{n}")


def test_two_readings_with_a_perfect_rival_join(pipeline: Pipeline) -> None:
    """Each reading joins the outlet that restates it; the rival's clause, in the perfect,
    says the two are one measure, so the groups join though they share the article."""
    told = _groups(pipeline, (
        "The fishermen's cooperative says 140 boats have been kept in port by the ban, while the fisheries "
        "ministry has counted 55 boats.",
        "The fisheries ministry said 55 boats had been kept in port since the ban began on Monday.",
        "The cooperative said 140 of its members' boats could not go out.",
    ))
    assert any({("a0", "140"), ("a0", "55"), ("a1", "55"), ("a2", "140")} <= g for g in told), told


_TELLERS = ("the operator", "the port authority", "police", "the regional health board", "Brewline", "local officials")
_BEFORE = ("has", "have", "had", "also", "later", "since", "already", "now", "still")


@given(teller=st.sampled_from(_TELLERS), before=st.lists(st.sampled_from(_BEFORE), min_size=1, max_size=2),
       verb=st.sampled_from(("said", "counted", "estimated", "insists", "maintains")),
       brk=st.sampled_from((", while", ", but", ";")), n=st.integers(min_value=2, max_value=9999))
def test_any_auxiliary_or_adverb_before_the_verb_leaves_the_teller(teller: str, before: list[str], verb: str,
                                                                   brk: str, n: int) -> None:
    """Whatever perfect auxiliary or adverbs stand before the rival's verb, its teller is the
    noun phrase before them, its article dropped."""
    text = f"Workers said 12,000 people took part{brk} {teller} {' '.join(before)} {verb} {n}."
    assert rival_teller(text, 0, text.rindex(str(n)), 0) == teller.removeprefix("the ")


@given(before=st.lists(st.sampled_from(_BEFORE), max_size=2), be=st.sampled_from(("was", "been", "is", "were")),
       n=st.integers(min_value=2, max_value=9999))
def test_a_form_of_be_keeps_the_passive_tellerless(before: list[str], be: str, n: int) -> None:
    """A passive (a form of ``be`` before the verb of reading), with any auxiliary or adverb
    around it, names no teller."""
    text = f"Traders said 60 stalls burned, but the loss {' '.join([*before, be])} put at {n} stalls."
    assert rival_teller(text, 0, text.rindex(str(n)), 0) is None
