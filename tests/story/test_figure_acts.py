"""Session 10: what a count measures is the act said of what is counted, whatever noun each
outlet counts it with. Sentences of kinds of news other than the ceasefire, rocket debris and
drought stories where the errors were seen: a concert's refunds, a hospital strike, a port
closure, a trial."""

from __future__ import annotations

from functools import partial

from newskit import Article, Pipeline
from newskit.model import QuantityMention
from newskit.story.figure_syntax import predicate
from newskit.text import sentences
from tests.story.helpers import labelled_amounts

#: (label, amounts) of each figures finding of the story of the texts, one outlet each
_findings = partial(labelled_amounts, stamp="2026-06-0{n}T10:00")


def _verb(pipeline: Pipeline, text: str, amount: str) -> str | None:
    a = pipeline.run(Article.from_dict({"id": "a", "text": text, "published": "2026-06-02"}))
    q = next(m for m in a.mentions if isinstance(m, QuantityMention) and m.text == amount)
    sent = next((s.start, s.end) for s in sentences(text) if s.start <= q.start < s.end)
    p = predicate(text, sent, q)
    return p.lemma if p is not None else None


def test_a_verb_after_a_modal_governs_its_object(pipeline: Pipeline) -> None:
    """``will cancel about 300 flights``: a base form is a verb after a modal or ``to``."""
    assert _verb(pipeline, "The airline said it would cancel about 300 flights on Friday.", "about 300") == "cancel"
    assert _verb(pipeline, "The port agreed to reopen 12 berths on Monday.", "12") == "reopen"


def test_a_subject_relative_clause_names_the_verb_of_a_count(pipeline: Pipeline) -> None:
    """``40 nurses who were suspended``: the relative pronoun stands between count and verb."""
    assert _verb(pipeline, "The hospital named 40 nurses who were suspended after the strike.", "40") == "suspend"


def test_one_act_counted_with_other_nouns_is_one_measure(pipeline: Pipeline) -> None:
    """``1,200 tickets were refunded`` / ``about 1,000 wristbands were refunded``: one act, the
    outlets name what was refunded by other nouns (a cancelled concert)."""
    got = _findings(pipeline,
                    "The promoter said 1,200 tickets were refunded after the concert was cancelled.",
                    "About 1,000 wristbands were refunded on Sunday, the venue said.")
    assert any({"1,200", "About 1,000"} <= amounts for _, amounts in got), got


def test_two_nouns_of_one_act_in_one_article_stay_apart(pipeline: Pipeline) -> None:
    """An article that counts two nouns with one verb tells two counts: ``1,200 tickets`` and
    ``450 parking passes`` refunded are never one measure."""
    got = _findings(pipeline,
                    "The promoter said 1,200 tickets were refunded and 450 parking passes were refunded.",
                    "About 1,000 wristbands were refunded on Sunday, the venue said.")
    assert not any({"1,200", "450"} <= amounts for _, amounts in got), got


def test_persons_and_things_of_one_act_stay_apart(pipeline: Pipeline) -> None:
    """``30 guards were released`` and ``28 vans were released``: one verb, but persons are no
    things (a port closure)."""
    got = _findings(pipeline,
                    "Customs said 30 guards were released from duty when the port closed.",
                    "Officials said 28 vans were released from the quay on Tuesday.")
    assert not any({"30", "28"} <= amounts for _, amounts in got), got


def test_of_after_a_noun_is_no_partitive(pipeline: Pipeline) -> None:
    """``was aware of four leaks`` / ``reported six leaks``: ``of`` after a noun or an adjective
    is no partitive (``two of the five``), so each outlet's one count of leaks is one measure
    (a gas network, not the airbag recall where it was seen)."""
    got = _findings(pipeline,
                    "The gas company said on Monday it was aware of four leaks on the estate.",
                    "Residents said they had found six leaks on the estate by Tuesday, the council said.")
    assert any({"four", "six"} <= amounts for _, amounts in got), got
