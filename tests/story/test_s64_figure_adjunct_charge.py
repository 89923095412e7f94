"""Session 64 (helper spurious): two places where a cue of deaths named a count of other
persons. An amount that is the object of an adjunct clause opened right after a cue verb
(``died trying to shield several pupils``, ``was killed shielding two pupils``) counts whom
the adjunct's verb acts on (``figure_adjunct``); a cue that is the charge after a
participle of accusation (``two men accused in killing a shopkeeper``) names what the
counted persons are accused of (``figure_charge``). Invented sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_adjunct import in_adjunct_of
from newskit.story.figure_charge import names_a_charge
from newskit.story.figure_syntax import Predicate, predicate
from tests.story.helpers import figure_measures, figures_by_measure


def test_an_adjunct_verbs_object_is_no_count_of_the_dead(pipeline: Pipeline) -> None:
    """Fails without the rule: each amount was read as a count of deaths."""
    for text, amount in (
            ("A teacher in Varnholm died trying to shield several pupils from the gunman, witnesses said.", "several"),
            ("The lifeguard drowned on Sunday while trying to reach three swimmers off Keel Point.", "three"),
            ("A security guard was killed shielding two cashiers during the raid on Friday.", "two")):
        got = figure_measures(pipeline, text).get(amount, "")
        assert not got.startswith("deaths"), (text, got)


def test_the_cue_still_names_its_own_counts(pipeline: Pipeline) -> None:
    """Guards: a participle that is a cue, one that lists a part, a finite verb, and a
    participle of telling, whose clause is what is told."""
    for text, amount, measure in (
            ("The storm struck the coast at dawn, killing 12 people in Marrow Bay.", "12", "deaths"),
            ("Nine people were killed, including three children, officials in Castellane said.", "Nine", "deaths"),
            ("The death toll reached 30 on Sunday, the Castellane health ministry said.", "30", "deaths"),
            ("Officials said deaths were expected to reach 300 in the coming days.", "300", "deaths"),
            ("The council gave a higher figure for the displaced, saying more than 4,000 residents had left "
             "their homes in Marrow Bay.", "more than 4,000", "displaced")):
        assert figure_measures(pipeline, text).get(amount) == measure, text


def test_a_charge_is_no_count_of_the_dead(pipeline: Pipeline) -> None:
    """Fails without the rule: ``killing`` as the charge made the accused a death toll."""
    for text, amount in (
            ("Jurors saw the footage on Thursday at the trial of two men accused in killing a shopkeeper.", "two"),
            ("The court in Ostra acquitted the three officers accused of killing a street vendor.", "three")):
        got = figure_measures(pipeline, text).get(amount, "")
        assert not got.startswith("deaths"), (text, got)
        assert got.startswith("number of"), (text, got)


def test_a_charge_told_before_the_count_keeps_it(pipeline: Pipeline) -> None:
    """Guards: the count of the dead after the charge, and a cue participle before it."""
    got = figure_measures(pipeline, "Two brothers were accused of killing four hikers near Ostra on Monday.")
    assert got.get("four") == "deaths", got
    got = figure_measures(pipeline, "Two men charged with killing a guard appeared in court in Ostra.")
    assert got.get("Two", "").startswith("arrested"), got


def test_no_finding_from_the_accused_and_the_shielded(pipeline: Pipeline) -> None:
    """The story: one outlet's dead against another's accused and a third's shielded pupils."""
    got = figures_by_measure(
        pipeline,
        "Two people died in the shooting outside a school in Varnholm on Friday, police said.",
        "Jurors saw the footage on Thursday at the trial of two men accused in killing a teacher in Varnholm.",
        "Witnesses say the teacher died trying to shield several pupils from the gunfire in Varnholm.")
    assert not any(measure.startswith("deaths") for measure in got), got


@settings(max_examples=60, deadline=None)
@given(cue=st.sampled_from(["died", "was killed", "drowned"]),
       gap=st.sampled_from([" ", " trying to ", " while ", ", "]),
       verb=st.sampled_from(["shield", "protect", "rescue", "help"]),
       count=st.sampled_from(["two", "several", "14"]))
def test_adjunct_property(cue: str, gap: str, verb: str, count: str) -> None:
    """Any cue, opener and verb: the cue is not the amount's exactly when the verb is the
    adjunct's (``-ing``, or the base form after ``trying to``)."""
    form = verb if gap == " trying to " else verb.rstrip("e") + "ing"
    text = f"The guard {cue}{gap}{form} {count} pupils."
    start = text.index(f" {count} ") + 1
    q = QuantityMention(text=count, start=start, end=start + len(count), value=2)
    pred = predicate(text, (0, len(text)), q)
    assert pred is not None and pred.role == "object"
    cue_end = text.index(cue) + len(cue)
    assert in_adjunct_of(text, cue_end, pred)
    if gap != " trying to ":  # "died, including two pupils": a part listed, no adjunct
        assert not in_adjunct_of(text, cue_end, Predicate("include", "including", pred.start, pred.end, "object"))


@settings(max_examples=60, deadline=None)
@given(noun=st.sampled_from(["men", "officers", "brothers", "suspects"]),
       participle=st.sampled_from(["accused", "suspected", "convicted", "on trial"]),
       prep=st.sampled_from(["of", "in", "for"]),
       det=st.sampled_from(["", "the "]))
def test_charge_property(noun: str, participle: str, prep: str, det: str) -> None:
    """Any noun, participle of accusation and preposition: the cue after them is the charge;
    the same cue right after the noun is not."""
    text = f"Two {noun} {participle} {prep} {det}killing were freed."
    assert names_a_charge(text, len("Two"), text.index("killing"))
    plain = f"Two {noun} killing were freed."
    assert not names_a_charge(plain, len("Two"), plain.index("killing"))
