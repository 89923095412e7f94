"""Session 61 (issue #10): a court or a judge rules on a charge between the parties; its
ruling is on neither side of an allegation/denial pair (``the district court dismissed the
farmers' claim`` is no denial, ``the Supreme Court ruled that the company had breached its
permit`` no allegation). Each sentence of a quote opens a clause: the act a voice tells may
stand in its second sentence. Invented news."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit import Pipeline
from tests.story.helpers import outlet_pairs


def test_a_court_dismissing_a_claim_is_no_denier(pipeline: Pipeline) -> None:
    text = ("A group of farmers in Orsk accused Drava Cement of polluting the river with kiln dust. "
            "The Orsk district court on Tuesday dismissed the farmers' claim, saying the samples had been taken "
            "too late. Drava Cement denied polluting the river.")
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("group of farmers", "Drava Cement") in pairs, pairs
    assert not any("court" in d for _, d in pairs), pairs


def test_a_court_ruling_against_a_party_is_no_allegation(pipeline: Pipeline) -> None:
    text = ("Environmental group Clearwater Alliance said Norvik Salmon had hidden an escape of 40,000 fish. "
            "The Supreme Court ruled that the company had breached its permit. "
            "Norvik Salmon rejected the accusation.")
    pairs = outlet_pairs(pipeline, [("Valley Post", text)])
    assert ("Environmental group Clearwater Alliance", "Norvik Salmon") in pairs, pairs
    assert not any("Court" in a for a, _ in pairs), pairs


def test_a_court_ruling_that_nothing_happened_is_no_denial(pipeline: Pipeline) -> None:
    pairs = outlet_pairs(pipeline, [("Daily Ledger", "Opposition lawmakers said the election had been stolen."),
                                    ("Evening Star", "The electoral court ruled that the vote had not been rigged.")])
    assert not any("court" in d for _, d in pairs), pairs


def test_which_sources_rule() -> None:
    from newskit.story.contested import _adjudicator

    for source in ("Orsk district court", "three judges", "Anna Holm of Vaasa District Court",
                   "Court of Appeal", "employment tribunal", "the jury"):
        assert _adjudicator(source), source
    # a court's prosecutor, an investigating judge and papers filed in a case charge; a
    # ruling coalition and a justice ministry are parties
    for source in ("prosecutor of International Criminal Court", "investigating judge's office",
                   "court documents", "Court of Auditors", "ruling coalition", "Ministry of Justice",
                   "Marta Quist", ""):
        assert not _adjudicator(source), source


# each sentence of a quote opens a clause with a subject of its own: the act it tells may
# stand in its second sentence ("Nobody listens to us. The company dumped ...")
_ACCUSED = "The environmental group Zielona Odra accused Odra Paper of poisoning the river. "


def test_a_quote_tells_an_act_in_a_later_sentence(pipeline: Pipeline) -> None:
    text = _ACCUSED + ("\"Nobody listens to us. The company dumped the sludge at night,\" said Tomasz Wilk, who "
                       "grows barley by the water. Odra Paper rejected the accusation.")
    pairs = outlet_pairs(pipeline, [("River News", text)])
    assert ("Tomasz Wilk", "Odra Paper") in pairs, pairs


def test_a_quote_telling_no_act_in_any_sentence_is_no_charge(pipeline: Pipeline) -> None:
    text = _ACCUSED + ("\"Prices keep rising. Nobody here can afford a new well,\" said Tomasz Wilk, who grows "
                       "barley by the water. Odra Paper rejected the accusation.")
    pairs = outlet_pairs(pipeline, [("River News", text)])
    assert ("Tomasz Wilk", "Odra Paper") not in pairs, pairs


#: a sentence of words of two letters or more (a capital and a full stop alone are initials: ``U.S.``)
_SENTENCE = st.lists(st.text(alphabet="abcdefghij", min_size=2, max_size=8), min_size=1, max_size=5).map(" ".join)


@given(st.lists(_SENTENCE, min_size=1, max_size=5))
def test_every_sentence_opens_a_clause(sentences: list[str]) -> None:
    from newskit.story.contested import _clause_starts

    text = ". ".join(s[:1].upper() + s[1:] for s in sentences) + "."
    starts = _clause_starts(text)
    at = 0
    for s in sentences:
        assert at in starts, (text, starts)
        at += len(s) + 2
    assert all(0 <= k <= len(text) for k in starts)


def test_a_name_with_a_description_before_it_is_one_party() -> None:
    """A party never answers itself: a description in apposition before a name (``broadband
    operator Tellan``, ``Kenya's Ministry of Health``) names the party the name alone names;
    one lawyer speaking ``of`` and ``for`` one client is one speaker."""
    from newskit.story.contested import _same_party

    assert _same_party("broadband operator Tellan", "Tellan")
    assert _same_party("Bakery chain Crumbly", "Crumbly")
    assert _same_party("textile workers' union SINTEX", "SINTEX")
    assert _same_party("Kenya's Ministry of Health", "Ministry of Health")
    assert _same_party("Ilse Marek of Jonas Brandt", "Ilse Marek for Jonas Brandt")
    assert _same_party("Ilse Marek of Jonas Brandt", "Ilse Marek for Brandt")
    # another party: a preposition ties the description to the name, two bodies, two clients
    assert not _same_party("critics of Tellan", "Tellan")
    assert not _same_party("rivals to Tellan", "Tellan")
    assert not _same_party("Royal Bank of Canada", "Royal Bank of Scotland")
    assert not _same_party("Ilse Marek for Jonas Brandt", "Ilse Marek for Petra Holm")
