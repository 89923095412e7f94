"""Currencies several countries share a name or a peg of (figure_currency's shared names,
currency_bands.json): a bare ``crowns`` is the currency of the country the story names,
CFA francs are West or Central African, each at one fixed rate to the euro. Invented
sentences: a Copenhagen harbour fine, a Swedish rail contract, a Dakar port loan, a road in
Cameroon."""

from __future__ import annotations

from newskit.story.figure_currency import local_currencies
from newskit.story.figure_label import _overlap
from newskit.story.figure_rates import story_currencies
from newskit_quantities import find_quantities
from tests.story.helpers import text_figures

#: every amount of one sentence, as figures
_figs = text_figures


def test_bare_crowns_are_the_currency_of_the_story_s_country() -> None:
    """``12 million crowns`` fined in Copenhagen are Danish (7.46 to the euro), so a wire's
    ``about €1.6 million`` is the same fine; in Stockholm they are Swedish."""
    dkk = _figs("A Copenhagen court fined the shipping firm 12 million crowns.")
    eur = _figs("The firm was fined about €1.6 million, a court in Denmark said.", "a2")
    assert local_currencies({"CZK": dkk}, dkk + eur) == {"CZK": "DKK"}
    with story_currencies(dkk + eur):
        assert _overlap(dkk[0], eur[0])
    sek = _figs("The rail contract in Stockholm is worth 900 million crowns.")
    assert local_currencies({"CZK": sek}, sek) == {"CZK": "SEK"}


def test_bare_crowns_with_no_country_named_have_no_rate() -> None:
    crowns = _figs("The union asked for a rise of 2,000 crowns a month.")
    assert local_currencies({"CZK": crowns}, crowns) == {"CZK": None}


def test_cfa_francs_are_read_in_every_written_form() -> None:
    for text in ("The port loan is 45 billion CFA francs.", "The port loan is CFA 45 billion.",
                 "The port loan is 45 billion FCFA.", "The port loan is 45 billion francs CFA."):
        assert [q.unit for q in find_quantities(text)] == ["XOF"], text


def test_a_loan_in_cfa_francs_and_in_euros_is_one_sum() -> None:
    """``45 billion CFA francs`` at the peg of 655.957 to the euro is €68.6 million; a
    Central African story's francs are the XAF, at the same peg."""
    xof = _figs("Dakar's port will borrow 45 billion CFA francs, officials in Senegal said.")
    eur = _figs("The port of Dakar will borrow about €69 million.", "a2")
    with story_currencies(xof + eur):
        assert _overlap(xof[0], eur[0])
    xaf = _figs("The road in Cameroon will cost 30 billion CFA francs.")
    assert local_currencies({"XOF": xaf}, xaf) == {"XOF": "XAF"}
    far = _figs("The port of Dakar will borrow about €90 million.", "a2")
    with story_currencies(xof + far):
        assert not _overlap(xof[0], far[0])
