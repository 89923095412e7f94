"""Session 52 (issue #14, helper quotes): a stance verb in the passive with its agent (``The
claim that the pier was unsafe was denied by the harbour master``) gives the agent the
verb's stance, as the active voice gives its subject (``The harbour master denied the claim
that …``); the passive cue ``denied by`` was read as no cue of stance, and the agent was said
to assert what it denied. And a plural possessive qualifying a body's name is part of it.
Invented sentences."""

from __future__ import annotations

import pytest
from tests.story.helpers import claims_of

from newskit import Pipeline


@pytest.mark.parametrize(("text", "source", "stance"), [
    ("The suggestion that the ferry had been overloaded was denied by the harbour master.",
     "harbour master", "denies"),
    ("The claim that the school roof had leaked for years was rejected by the education board on Friday.",
     "education board", "denies"),
    ("The idea that the quarry would reopen in spring was dismissed by Marta Lindqvist.", "Marta Lindqvist", "denies"),
    ("The report that two miners were trapped below the third shaft was confirmed by the mine operator.",
     "mine operator", "confirms"),
])
def test_a_passive_stance_is_its_agents(pipeline: Pipeline, text: str, source: str, stance: str) -> None:
    got = [(c.source, c.stance) for c in claims_of(pipeline, text) if source in (c.source or "")]
    assert got and all(s == stance for _, s in got), got


def test_the_active_voice_gives_the_same_stance(pipeline: Pipeline) -> None:
    """The guard: the active form of the first case, read as before."""
    text = "The harbour master denied the suggestion that the ferry had been overloaded."
    assert [c.stance for c in claims_of(pipeline, text) if "harbour master" in (c.source or "")] == ["denies"]


@pytest.mark.parametrize("text", [
    "Prime Minister Lena Hart's cabinet was dismissed by parliament on Thursday after a vote of no confidence.",
    "The harbour master, Ines Costa, was dismissed by the port board in May.",
])
def test_a_passive_whose_subject_is_no_clause_is_no_denial(pipeline: Pipeline, text: str) -> None:
    """A person or a body dismissed: the verb tells what was done to its subject, as
    ``until he was dismissed`` does; no words said are denied."""
    assert not [c for c in claims_of(pipeline, text) if c.stance == "denies"]


def test_a_label_in_the_passive_is_no_denial(pipeline: Pipeline) -> None:
    """A verb of labelling holds no stance of its own: ``called … by`` is not read as one."""
    text = "The new stadium plan has been called a waste of money by several councillors."
    assert not [c for c in claims_of(pipeline, text) if c.stance in ("denies", "confirms")]


# A plural possessive qualifying a body's name (``the United Teachers' Congress``) is part of
# the name, as a singular one is (``Tajikistan's Foreign Ministry``): the source is the whole
# name, not the known body its last word alone names (``Congress``: the United States').


@pytest.mark.parametrize(("text", "source"), [
    ("The ministry said union members had blocked school gates. The Rural Teachers' Congress denied this.",
     "Rural Teachers' Congress"),
    ("The port authority said pickets had stopped the cranes. The Dockers' Congress of Marovia rejected the claim.",
     "Dockers' Congress"),
])
def test_a_plural_possessive_qualifies_a_body_name(pipeline: Pipeline, text: str, source: str) -> None:
    deniers = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert deniers and all(d is not None and d.startswith(source) for d in deniers), deniers


def test_a_singular_possessive_still_qualifies_a_body_name(pipeline: Pipeline) -> None:
    """The guard: the form read before."""
    text = "Rebels said the army had shelled the market. Marovia's Defence Ministry denied this."
    deniers = [c.source for c in claims_of(pipeline, text) if c.stance == "denies"]
    assert deniers == ["Marovia's Defence Ministry"], deniers
