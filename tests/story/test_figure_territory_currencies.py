"""A territory that uses its sovereign's currency under a name several countries share
(``currency_rates.json`` ``shared_names``): a bare ``kroner`` or ``crowns`` told of the Faroe
Islands or Greenland is the Danish krone (not the name's Norwegian default), a bare
``francs`` of New Caledonia or French Polynesia the CFP franc (not the Swiss), and the
islands' people (``Faroese``, as ``Greenlandic``) name their country. So a local outlet's
sum and a wire's in euros are one sum (consistent), not two that differ. Invented sentences:
a harbour tug, a trawler fine, a salmon ban, a nickel plant."""

from __future__ import annotations

from newskit.story.figure_currency import local_currencies
from newskit.story.figure_label import _overlap
from newskit.story.figure_rates import story_currencies
from tests.story.helpers import text_figures

_figs = text_figures


def test_kroner_of_the_faroe_islands_are_danish() -> None:
    """``90 million kroner`` at about 7.46 to the euro is €12 million; in Norwegian kroner
    it would be €7.5-9.7 million, another sum."""
    dkk = _figs("The harbour board of the Faroe Islands paid 90 million kroner for the new tug.")
    eur = _figs("The tug cost about €12 million, the harbour board said.", "a2")
    [code] = {str(f.unit) for f in dkk}
    assert local_currencies({code: dkk}, dkk + eur) == {code: "DKK"}
    with story_currencies(dkk + eur):
        assert _overlap(dkk[0], eur[0])


def test_faroese_names_the_faroe_islands() -> None:
    """The islands' people name their country as a country's own adjective does."""
    dkk = _figs("Faroese salmon farmers lose about 30 million kroner a week under the ban.")
    [code] = {str(f.unit) for f in dkk}
    assert local_currencies({code: dkk}, dkk) == {code: "DKK"}


def test_crowns_of_greenland_are_danish() -> None:
    crowns = _figs("A court in Greenland fined the trawler's owner 2 million crowns.")
    eur = _figs("The owner was fined about €270,000.", "a2")
    [code] = {str(f.unit) for f in crowns}
    assert local_currencies({code: crowns}, crowns + eur) == {code: "DKK"}
    with story_currencies(crowns + eur):
        assert _overlap(crowns[0], eur[0])


def test_francs_of_new_caledonia_are_cfp_francs() -> None:
    """``500 million francs`` at 119.33 to the euro is €4.2 million (in Swiss francs it
    would be about €500 million)."""
    xpf = _figs("The nickel plant in New Caledonia was fined 500 million francs.")
    eur = _figs("The plant was fined about €4.2 million.", "a2")
    [code] = {str(f.unit) for f in xpf}
    assert local_currencies({code: xpf}, xpf + eur) == {code: "XPF"}
    with story_currencies(xpf + eur):
        assert _overlap(xpf[0], eur[0])
