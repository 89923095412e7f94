"""Session 26 (issue #10, helper pairs): a quote's speaker named inside an aside between the
subject and its cue is no speaker; the subject before the aside is.

News tells more of a speaker between the name and ``said``: an age and a town, a relative
clause, a role of a body, where a company is based, a linking adjunct, a restrictive
relative clause. The name nearest the cue there is a town, a body the speaker heads or a
word of an adjunct. Asides stack, and are peeled from the cue back
(``plugins/newskit_claims/speaker_asides.py``).

Sentences written for these tests (rail, water, dairy, unions, housing, tourism)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.claims.helpers import claim_sources

from newskit import Pipeline


@pytest.mark.parametrize(("text", "speaker"), [
    # an age, a town and a relative clause
    ("Maria Keller, 47, from Dunmore, who was on the platform when the train arrived, said the doors had "
     "opened early.", "Maria Keller"),
    # a role of a body, then a relative clause about the body
    ("Tomas Reyna, director of the Harlow Water Authority, which runs the reservoir, said the dam had been "
     "inspected in May.", "Tomas Reyna"),
    # where a company is based, a town and its state
    ("Harrow Dairies, based in Austin, Texas, said the fault had hit one plant.", "Harrow Dairies"),
    # a linking adjunct between the subject and its cue
    ("The Transport Workers Union in turn has accused Kestrel Rail of cutting rest breaks.",
     "Transport Workers Union"),
    # a restrictive relative clause whose verb follows its pronoun
    ("The Oakfield Tenants Association that represents residents of the estate said the lifts had been "
     "broken for a month.", "Oakfield Tenants Association"),
])
def test_a_name_inside_an_aside_is_no_speaker(pipeline: Pipeline, text: str, speaker: str) -> None:
    _spoken_by(pipeline, text, speaker)


def _spoken_by(pipeline: Pipeline, text: str, speaker: str) -> None:
    """Every claim of ``text`` is said by ``speaker`` (a source that starts with it: ``X of
    Y`` is X), and there is one."""
    got = claim_sources(pipeline, text)
    assert got and all((s or "").startswith(speaker) for s, _ in got), (text, got)


@pytest.mark.parametrize(("text", "speaker"), [
    # the phrase after the comma is the speaker of an inverted report, not an aside
    ("Two managers of Portland Freight have been charged with fraud over contracts at the port of Rotterdam, "
     "the prosecutor's office said.", "prosecutor's office"),
    # a relative clause with a subject of its own: that subject speaks
    ("Parliament passed a rise that economists warned would hurt exporters.", "economists"),
    # a participle after a relative clause with a subject is that subject's
    ("Kestrel Rail again cut rest breaks, a charge which the Transport Workers Union raised in May, and which "
     "Kestrel Rail rejected, saying its rosters met every rule.", "Kestrel Rail"),
])
def test_a_speaker_outside_any_aside_stands(pipeline: Pipeline, text: str, speaker: str) -> None:
    got = claim_sources(pipeline, text)
    assert any(s == speaker for s, _ in got), got


_NAMES = ["Maria Keller", "Tomas Reyna", "Ruth Okonjo", "Pavel Novak"]
#: the asides in the order news writes them: an age, a town, a role, a relative clause
_KINDS = [[", 47", ", 61"], [", from Dunmore", ", of Ashby"], [", a driver for Kestrel Rail",
          ", head of the Dunmore Rail Users Group"], [", who was on the platform", ", who saw the crash"]]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_NAMES), st.tuples(*(st.sampled_from(["", *k]) for k in _KINDS)))
def test_any_stack_of_asides_leaves_the_name_the_speaker(pipeline: Pipeline, name: str, asides: tuple[str, ...]) -> None:
    """Whatever asides stand between a person and ``said`` (an age, a town, a role, a
    relative clause, any of them), the person speaks: never the town or the body named in
    an aside."""
    told = "".join(asides)
    text = f"{name}{told}{',' if told else ''} said the doors had opened early."
    _spoken_by(pipeline, text, name)
