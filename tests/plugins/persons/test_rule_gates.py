"""Issue #11, session 39: the rules of ``named_thing`` are called only when the words around a
name can open them (:mod:`newskit_persons.rule_gates`). An opening must never hide a rule
that would fire: for every span of any text, each rule that fires is among those opened.
Sentences written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.persons.helpers import person_names

from newskit_persons import named_things as nt
from newskit_persons import scorecards as sc
from newskit_persons.document import Doc
from newskit_persons.lexicon import Lexicon, lexicon
from newskit_persons.rule_gates import Opens, RuleGates


def _fired_but_closed(text: str, widest: int = 4) -> list[tuple[int, int, str]]:
    """Every (span, rule) of ``text`` where the rule fires but the gates did not open it."""
    lex = lexicon()
    doc = Doc(text)
    out = []
    for k in range(len(doc.toks)):
        for e in range(k + 1, min(len(doc.toks), k + widest) + 1):
            names = doc.toks[k:e]
            folded = [t.folded for t in names]
            opened = set(nt._GATES.opened(doc, lex, k, e, nt._ALL_RULES))
            out += [(k, e, r.__name__) for r in nt._ALL_RULES if r not in opened and r(doc, lex, names, folded, k, e)]
    return out


def _lists(lex: Lexicon) -> list[str]:
    """Words of the lists the gated rules read (a few of each, in a fixed order)."""
    out: list[str] = []
    for words in (lex.craft_before, lex.craft_prefixes, lex.outlet_before, lex.outlet_after, lex.facility_after,
                  lex.eponym_after, lex.where_prepositions, lex.employer_prepositions, lex.price_move_verbs,
                  lex.firm_before, lex.place_of_heads, lex.play_before_at, lex.thing_list_heads, lex.honorifics):
        out += sorted(words)[:4]
    return out


_NAMES = ["Ortwin", "Belacqua", "Quill", "Ashdown", "Tessaly", "Prunehurst", "Imke", "Dorsal", "OWL", "IX", "Vorn"]
_GLUE = ["the", "The", "of", "at", "At", "and", "or", "including", "like", "such as", "quoted", "as saying", "a", "an",
         ",", ".", "(", ")", "( OB )", "&", "'s", "’s", "'", "/", ":", "\n", "12", "1.50", "dollars", "2-1", "said",
         "Residents", "Association", "Hospital", "in", "near", "shares in", "an analyst at", "Bowling :", "80,000"]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_no_rule_that_fires_is_left_closed(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_NAMES + _GLUE + _lists(lexicon())), min_size=1, max_size=14))
    assert _fired_but_closed(" ".join(words)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Crews boarded the tanker Ortwin Belacqua off the coast .",
        "Shares in Quill Ashdown rose 12 cents on Monday .",
        "The Tessaly Prunehurst Residents' Association met at the hall .",
        "Prunehurst & Dorsal , the family firm , said nothing .",
        "He moved to the village of Vorn Ashdown last year .",
        "1. Imke Dorsal ( Norway ) Vorn Racing 3:12.4\nQuill Ashdown 80,000 Port Vorn / Dorsal W90 Belacqua Oil",
        "An analyst at Ortwin Belacqua said the Quill Ashdown Memorial Hospital would close .",
        "Vorn Ashdown , the investment arm of a bank , grew . Analyst Maria Prunehurst of Quill Dorsal agreed .",
        "Smoke rose over homes in Vorn Ashdown , Calif . , on Sunday .",
        "On Monday Quill Dorsal quoted the minister as saying the Vorn Ashdown ( VA ) plan was dead .",
        "At Vorn Ashdown : Dorsal 214 and 12\nThey drew 2-2 at Imke Dorsal .",
        "Rivals include firms including Vorn Ashdown and Quill Dorsal .",
    ],
)
def test_invented_sentences_keep_every_firing_rule(text: str) -> None:
    assert _fired_but_closed(text, widest=5) == []


def test_a_thing_named_by_the_word_before_it_is_still_no_person() -> None:
    names = person_names("Crews boarded the tanker Ortwin Belacqua , which sailed at dawn .")
    assert "Ortwin Belacqua" not in names


def test_fewer_rules_than_the_cascade_for_a_plain_name() -> None:
    lex = lexicon()
    doc = Doc("Yesterday Ortwin Belacqua said the talks would go on .")
    opened = nt._GATES.opened(doc, lex, 1, 3, nt._ALL_RULES)
    assert nt._org_cue in opened and nt._fixture_line in opened  # rules of the name's own words: always
    assert nt._craft_named not in opened and nt._the_named not in opened
    assert len(opened) < len(nt._ALL_RULES)


def _yes(doc: Doc, lex: Lexicon, k: int) -> bool:
    return True


def _also(doc: Doc, lex: Lexicon, k: int) -> bool:
    return True


def _third(doc: Doc, lex: Lexicon, k: int) -> bool:
    return True


def test_gates_open_by_the_words_around() -> None:
    gates = RuleGates((_yes, _also, _third), {_also: Opens(before=lambda _lex: ("of",)),
                                              _third: Opens(gap_after=lambda _lex, g: "(" in g, line_first=True)})
    lex = lexicon()
    rules = (_yes, _also, _third)
    doc = Doc("a view of Vorn Ashdown today\nVorn ( VA ) said")
    assert gates.opened(doc, lex, 3, 5, rules) == (_yes, _also)  # "of" before
    assert gates.opened(doc, lex, 1, 2, rules) == (_yes,)
    assert gates.opened(doc, lex, 6, 7, rules) == (_yes, _third)  # first on its line, a bracket after
    assert gates.opened(doc, lex, 0, 1, rules) == rules  # no word before: every rule
    assert gates.opened(doc, lex, 6, 7, (_also, _third)) == (_third,)  # any sub-tuple, in its order


def test_gates_only_for_the_cascade_rules() -> None:
    with pytest.raises(ValueError, match="outside"):
        RuleGates((_yes,), {_also: Opens(possessive=True)})


_CARD_WORDS = ["Vorn", "Ashdown", "Q.", "Dorsal", "c", "st", "b", "lbw", "not out", "run out", "12", "2-0-23-0",
               "9.5-1-40-2", "8-118", ",", ";", ")", "(", ":", "\n", "Bowling :", "Extras", "Total"]


def _card_by_every_rule(doc: Doc, ci: int, cj: int) -> bool:
    """What the scorecard rules say of a run, every rule asked (the cascade before gates)."""
    return sc.bowler(doc, ci, cj) or (
        cj - ci <= sc.SCORECARD_WORDS and (sc.dismissal_line(doc, ci, cj) or sc.batsman_line(doc, ci, cj))
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CARD_WORDS), min_size=1, max_size=16))
def test_scorecard_gates_hide_no_player(words: list[str]) -> None:
    doc = Doc(" ".join(words))
    lex = lexicon()
    for ci in range(len(doc.toks)):
        for cj in range(ci + 1, min(len(doc.toks), ci + 5) + 1):
            assert sc.scorecard_name(doc, lex, ci, cj) == _card_by_every_rule(doc, ci, cj), (ci, cj)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bowling : Vorn 2-0-23-0 , Ashdown 8-0-39-3", "Vorn"),
        ("Imke Dorsal c Vorn b Ashdown 41\nQuill Belacqua not out 20", "Quill Belacqua"),
        ("Imke Dorsal c Vorn b Ashdown 41", "Ashdown"),
    ],
)
def test_invented_scorecards_still_name_their_players(text: str, name: str) -> None:
    doc = Doc(text)
    lex = lexicon()
    spans = [(ci, cj) for ci in range(len(doc.toks)) for cj in range(ci + 1, len(doc.toks) + 1)
             if " ".join(t.text for t in doc.toks[ci:cj]) == name]
    assert spans and all(sc.scorecard_name(doc, lex, ci, cj) for ci, cj in spans)
