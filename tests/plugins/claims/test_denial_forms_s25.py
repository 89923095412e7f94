"""Session 25 (issue #10): denials told by what they say, not by a denial verb (a party
that says it took no part, or acted within the law), a charge denied by a body the
gazetteer does not hold, and ``dispute`` used as a noun, which denies nothing."""

from __future__ import annotations

from tests.story.helpers import claims_of

from newskit import Pipeline


def test_saying_one_had_nothing_to_do_with_it_or_took_no_part_is_a_denial(pipeline: Pipeline) -> None:
    cases = ("The army said it had nothing to do with the strike on the market.",
             "The rebel group said it had no part in the attack on the convoy.",
             "The government blames the militia, but the group says it was not involved.",
             "The club insisted that everything was done within the law.")
    for text in cases:
        assert "denies" in {c.stance for c in claims_of(pipeline, text)}, text


def test_an_involvement_word_that_denies_nothing_stays_an_assertion(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The ministry said 40 volunteers were involved in the search.")
    assert "denies" not in {c.stance for c in cs}


def test_a_charge_denied_by_a_body_the_gazetteer_does_not_hold_is_its_denial(pipeline: Pipeline) -> None:
    cs = claims_of(pipeline, "The metro workers' union said safety tests on the signalling had been cut short to "
                             "meet the opening date, a claim rejected by Attiko Metro, the state company that "
                             "built the line.")
    assert [c.source for c in cs if c.stance == "denies"] == ["Attiko Metro"]


def test_dispute_as_a_noun_is_no_denial(pipeline: Pipeline) -> None:
    for text in ("Doyle, who left the club after a contract dispute, told a podcast that he had reported it.",
                 "Analysts said a labour dispute could complicate the takeover.",
                 "The long dispute over fishing rights has cost both fleets millions."):
        assert "denies" not in {c.stance for c in claims_of(pipeline, text)}, text
    assert "denies" in {c.stance for c in claims_of(pipeline, "The unions dispute the figures.")}
