"""Issue #10: the tense and the time of an amount's own clause (``figure_clause``), read
from the clause the amount stands in, not from its sentence. Invented sentences, not the
story sets'."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure, SpanRef

# the reader is a bench experiment (the pipeline does not use it), loaded from its file
_PATH = Path(__file__).resolve().parents[2] / "bench" / "figure_clause.py"
_SPEC = importlib.util.spec_from_file_location("figure_clause", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
figure_clause = importlib.util.module_from_spec(_SPEC)
sys.modules["figure_clause"] = figure_clause
_SPEC.loader.exec_module(figure_clause)
CLAUSE_FEATURES = figure_clause.CLAUSE_FEATURES
ClauseTime = figure_clause.ClauseTime
clause_shares = figure_clause.clause_shares
clause_time = figure_clause.clause_time
figure_clause_time = figure_clause.figure_clause_time

STATED = "2027-03-04T10:00"


def _time(text: str, amount: str, stated: str | None = STATED) -> ClauseTime:
    at = text.index(amount)
    return clause_time(text, at, at + len(amount), stated)


def test_a_standing_fact_is_told_in_the_present() -> None:
    assert _time("There are about 2,300 bakeries in the province.", "about 2,300").tense == "present"
    assert _time("The county has nearly 6,400 nurses on its payroll.", "nearly 6,400").tense == "present"
    assert _time("A wind farm near the port supplies up to 8 megawatts.", "up to 8 megawatts").tense == "present"


def test_a_plan_is_told_by_a_modal_or_a_verb_of_intent() -> None:
    assert _time("The new tunnel will carry 15,000 vehicles a day.", "15,000").tense == "plan"
    assert _time("The retailer aims to hire 450 staff in the north.", "450").tense == "plan"
    assert _time("A third terminal of 12 gates is planned for the airport.", "12 gates").tense == "plan"


def test_what_happened_is_told_in_the_past_or_the_present_perfect() -> None:
    assert _time("At least 14 people were killed when the roof fell in.", "At least 14").tense == "past"
    assert _time("The toll has climbed to 23, the fire brigade said.", "23").tense == "past"
    assert _time("Rescuers pulled 9 survivors from the rubble.", "9 survivors").tense == "past"


def test_each_amount_is_read_in_its_own_clause() -> None:
    text = "Officials said 31 homes were flooded, and a new levee would protect 4,000 more."
    assert _time(text, "31 homes").tense == "past"
    assert _time(text, "4,000").tense == "plan"


def test_a_clause_without_a_verb_is_read_past_its_commas() -> None:
    text = "Dunmore, about 60 kilometres north of the city, is the region's largest port."
    assert _time(text, "about 60 kilometres").tense == "present"


def test_a_verb_of_saying_ends_the_clause() -> None:
    # the teller's present ("says") is not the amount's tense
    assert _time("The union says 2,100 members stayed away on Monday.", "2,100").tense == "past"


def test_another_year_or_month_in_the_clause_is_another_time() -> None:
    assert _time("Inflation stood at 18.4 percent in 2024.", "18.4 percent").when == "earlier"
    assert _time("The rate was 9.5 percent in January, the bank said.", "9.5 percent").when == "earlier"
    assert _time("The fleet is to reach 40 buses by 2030.", "40 buses").when == "later"
    assert _time("Sales fell 12 percent last year.", "12 percent").when == "earlier"


def test_the_stated_month_and_year_are_no_other_time() -> None:
    assert _time("In March 2027, 140 workers walked out.", "140 workers").when == ""
    assert _time("The firm cut 60 jobs on Tuesday.", "60 jobs", None).when == ""


def test_may_the_month_is_no_modal() -> None:
    assert _time("By May, 300 flats had been sold.", "300 flats").tense == "past"


def test_a_figure_is_read_in_its_evidence_sentence() -> None:
    text = "Intro line. The port now handles 5,200 containers a week."
    start = text.index("The port")
    amount = text.index("5,200")
    f = Figure(article="a", measure="number of containers",
               ref=SpanRef(article="a", start=amount, end=amount + 5, text="5,200"),
               evidence=SpanRef(article="a", start=start, end=len(text), text=text[start:]), stated=STATED)
    assert figure_clause_time(f) == ClauseTime("present", "")
    assert figure_clause_time(Figure(article="a", measure="x")) == ClauseTime("", "")
    shares = clause_shares([f, Figure(article="a", measure="x")])
    assert set(shares) == set(CLAUSE_FEATURES)
    assert shares["told_present"] == 0.5


_WORDS = st.sampled_from(["the", "plant", "will", "was", "has", "there", "are", "said", ",", ";", "and", "in", "2019",
                          "March", "May", "supplies", "killed", "aims", "to", "last", "year", "which"])


@given(st.lists(_WORDS, max_size=12), st.lists(_WORDS, max_size=12))
def test_any_words_around_an_amount_read_to_a_known_tense_and_time(before: list[str], after: list[str]) -> None:
    head = " ".join(before) + (" " if before else "")
    text = head + "1,250 tonnes " + " ".join(after)
    got = clause_time(text, len(head), len(head) + len("1,250 tonnes"), STATED)
    assert got.tense in ("past", "present", "plan", "")
    assert got.when in ("earlier", "later", "")


@given(st.lists(_WORDS, max_size=12))
def test_a_clause_after_a_semicolon_does_not_change_the_amount(after: list[str]) -> None:
    text = "About 70 boats were sunk"
    alone = clause_time(text + ".", 0, 8, STATED)
    joined = clause_time(text + "; " + " ".join(after), 0, 8, STATED)
    assert alone == joined
