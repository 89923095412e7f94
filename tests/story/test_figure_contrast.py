"""An outlet that sets its amount against another source's count says the two conflict,
whenever each was stated: a comparative before ``than the`` another's count (``two more than
the charity's count``, ``far more than the figure reported by``), a multiple of it
(``double the figure given by police``) or a correction naming the number it replaces
(``four, not three``). The source's own earlier count (``three times its first estimate``)
and a multiple of something else (``ten times the number of shares on offer``) set nothing
against another's count."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newskit.model import Figure
from newskit.story.figure_label import _pair_label, contrasted
from tests.story.helpers import first_figure


def _fig(text: str, article: str = "a1", stated: str = "2025-06-02", source: str | None = None) -> Figure:
    return first_figure(text, article, stated, source)


def test_a_comparative_before_anothers_count_contrasts() -> None:
    """A count set above or below another source's, named by a possessive or a giver."""
    assert contrasted(_fig("Coastguard officials said 58 people were rescued, two more than the charity's count."))
    assert contrasted(_fig("The receiver found 9,100 creditors, far more than the figure reported by local media."))
    assert contrasted(_fig("The club said 31 fans were treated, three fewer than the number given by paramedics."))
    assert contrasted(_fig("Monitors said 2.3 million users lost access, far more than the company has acknowledged."))


def test_a_comparative_before_a_body_without_the_contrasts() -> None:
    """Fails on the old rule: only ``the`` opened another's count (``more than the company has
    acknowledged``); a body named by a bare noun and a perfect of saying, an adverb between,
    is another teller's count too."""
    assert contrasted(_fig("Auditors said 14 accounts were frozen, three more than regulators had initially named."))
    assert contrasted(_fig("Divers recovered 41 crates, far more than customs officials have disclosed."))
    assert contrasted(_fig("Volunteers counted 212 nests, more than rangers had publicly reported."))


def test_the_sources_own_earlier_count_without_the_sets_nothing_against() -> None:
    """``more than it had first counted``, ``more than they had announced``: the source's own
    earlier reading, no other teller; ``more than any other club has spent``: no count at all."""
    assert not contrasted(_fig("The council said 64 trees fell, more than it had first counted."))
    assert not contrasted(_fig("The union said 900 members walked out, more than they had announced."))
    assert not contrasted(_fig("The club paid 60 million euros, more than any other club has spent this year."))


def test_a_multiple_of_anothers_count_contrasts() -> None:
    """``double the figure given by police``: an estimate set against another's."""
    assert contrasted(_fig("Organisers estimated that 40,000 people marched, double the figure given by police."))


def test_a_correction_naming_the_number_it_replaces_contrasts() -> None:
    """``five ministers, not four``: the outlet corrects a number told elsewhere."""
    assert contrasted(_fig("State radio said five ministers had resigned over the scandal, not four."))
    assert contrasted(_fig("The ministry said 12 mines were flooded, not 9 as first reported."))


def test_an_own_estimate_or_another_things_multiple_sets_nothing_against() -> None:
    """A source's own first estimate, a multiple of another thing and a bare ``more than``
    bound are no other source's count."""
    assert not contrasted(_fig("The insurer said claims reached 4,200, more than three times its first estimate."))
    assert not contrasted(_fig("The bank sold 9 million shares, after orders were ten times the number of shares "
                               "on offer."))
    assert not contrasted(_fig("Rescuers freed 14 miners, more than the team had expected."))
    assert not contrasted(_fig("Police said 30 homes were evacuated, not one of them damaged."))


def test_a_later_count_set_against_anothers_conflicts_even_within_its_range() -> None:
    """``more than 300`` and a later ``312, a higher figure than the ministry's``: the later
    count lies within what the bound allows, yet the outlet says it is another's rival; told
    plainly, it is the count of three hundred and some the floor stood for."""
    early = _fig("The ministry said more than 300 homes had been damaged.", "a1", "2025-06-02", "ministry")
    later = _fig("Volunteers counted 312 damaged homes, a higher figure than the ministry's.", "a2",
                 "2025-06-03", "volunteers")
    plain = _fig("Volunteers counted 312 damaged homes.", "a2", "2025-06-03", "volunteers")
    assert _pair_label(early, later, "rising") == "conflicting"
    assert _pair_label(early, plain, "rising") == "consistent"


@given(st.integers(min_value=2, max_value=9000), st.sampled_from(["more", "fewer", "higher", "lower"]),
       st.sampled_from(["the union's count", "the figure given by police", "the number reported by the council"]))
def test_any_comparative_before_anothers_count_contrasts(n: int, comparative: str, other: str) -> None:
    """Whatever the number and the comparative, ``N ..., <comparative> than <another's
    count>`` sets the count against another's."""
    assert contrasted(_fig(f"Residents said {n:,} homes were flooded, {comparative} than {other}."))


def test_a_contrast_after_a_long_clause_and_its_sayer_is_the_amounts() -> None:
    """The sentence's clause, its sayer and its time may stand between the amount and the
    contrast; another number between makes the contrast that number's."""
    text = ("About 3,400 sheep drowned when the river burst its banks and swept across the lowland pastures of the "
            "valley overnight, the regional farmers' union said on Tuesday, a higher figure than the ministry's count.")
    assert contrasted(_fig(text))
    other = ("About 3,400 sheep drowned when the river burst its banks and swept across 12 lowland pastures of the "
             "valley overnight, the regional farmers' union said on Tuesday, a higher figure than the ministry's count.")
    assert not contrasted(_fig(other))


def test_a_tellers_own_count_named_as_such_is_held_against_anothers() -> None:
    """``says its own count shows it won by 117 votes``, ``41 routes, according to its own
    tally``: a rival reading; a figure the teller merely gives (``its count of 41``) is not."""
    assert contrasted(_fig("The union says its own count shows that 4,200 members walked out on Monday."))
    assert contrasted(_fig("The opposition said 2,300 ballots were spoiled, according to its own tally."))
    assert contrasted(_fig("The charity said its own figures put the number of rough sleepers at 640."))
    assert not contrasted(_fig("The council said its count of rough sleepers rose to 640 this winter."))
    assert not contrasted(_fig("The firm will publish its own figures on Monday, after 40 stores closed."))


def test_two_tellers_figures_set_side_by_side_are_each_held_against_the_other() -> None:
    """``X said 17 trucks were seized, while police gave the number as 14``: both amounts
    are held against the other teller's; a ``while`` clause with no figure of another teller
    sets nothing against."""
    text = "Customs said 230 parrots were found in the lorry, while the police put the number at 180."
    assert contrasted(_fig(text))
    assert contrasted(first_figure(text[text.index("while"):]))
    assert contrasted(_fig("The union said 40 shops closed, but the council gave the figure as 25."))
    assert not contrasted(_fig("Customs said 230 parrots were found, while the driver fled on foot."))


def test_a_span_of_time_between_a_count_and_its_contrast_leaves_the_contrast_the_counts() -> None:
    """A span of time between (``for up to 9 hours``) is no count a contrast sets against
    another's: the contrast stays the count's; another count between still takes it."""
    text = ("More than 40,000 broadband subscribers lost service for up to 9 hours, according to a monitoring "
            "group, far more than the provider has acknowledged.")
    assert contrasted(_fig(text))
    other = ("More than 40,000 broadband subscribers lost service in 12 towns, according to a monitoring "
             "group, far more than the provider has acknowledged.")
    assert not contrasted(_fig(other))


def test_a_rival_teller_holding_to_its_own_count_after_the_amount_contrasts() -> None:
    """Fails on the old rule: only a rival putting or giving a figure after ``while`` set one
    (``while the police put the number at 180``); a rival holding to its own count
    (``while the ministry maintained its count of six``, ``while the insurer insisted that
    only six``) sets the amount against it too, and two tellers' differing counts conflict.
    A ``while`` clause holding to something that is no count sets nothing against."""
    text = "The rangers said nine bears had been shot, while the ministry maintained its count of six."
    assert contrasted(_fig(text))
    assert contrasted(_fig("The tenants said 14 flats flooded, while the insurer insisted that only six were damaged."))
    assert not contrasted(_fig("The tenants said 14 flats flooded, while the insurer maintained a cautious tone."))
    early = _fig("The ministry said six bears had been shot.", "a1", "2025-06-02", "ministry")
    later = _fig(text, "a2", "2025-06-03", "rangers")
    assert _pair_label(early, later, "happened") == "conflicting"


def test_a_contrast_after_a_list_of_things_in_one_tally_is_the_amounts() -> None:
    """Fails on the old rule: the second number of a list (``412 rifles and 90 pistols``)
    stood between the amount and the contrast, so the contrast was taken for its own and the
    amount was no rival reading. Things listed with ``and`` in one tally are set against
    another's count as a whole; another number elsewhere between still takes the contrast."""
    text = ("Customs officers said they had seized 412 rifles and 90 pistols at the port, a higher tally "
            "than the one given by the army.")
    assert contrasted(_fig(text))
    other = ("Customs officers said they had seized 412 rifles at the port and held 90 people, a higher tally "
             "than the one given by the army.")
    assert not contrasted(_fig(other))
    army = _fig("The army said about 400 rifles were seized at the port.", "a1", "2025-06-02", "army")
    customs = _fig(text, "a2", "2025-06-02", "customs officers")
    assert _pair_label(army, customs, "happened") == "conflicting"


def test_another_tellers_count_stated_after_the_amount_contrasts() -> None:
    """Fails on the old rule: a rival's count stated in a clause of its own after the amount
    (``; the council's tally is 31``, ``while the official figure is 2,600``) set nothing
    against it, so a teller's 38 told a day after the council's 31 updated it. Two tellers'
    counts side by side conflict; a count's history (``the final tally was 41``, ``the
    initial estimate was 20``) and a clause with no number set nothing against it."""
    text = "Volunteers said 38 seals had been found dead on the beach; the council's tally is 31."
    assert contrasted(_fig(text))
    assert contrasted(_fig("Organisers said 4,000 people marched, while the official figure is 2,600."))
    assert not contrasted(_fig("Volunteers said 38 seals had been found dead; the final tally was 41."))
    assert not contrasted(_fig("Volunteers said 38 seals had been found dead; the initial estimate was 20."))
    assert not contrasted(_fig("Volunteers said 38 seals had been found dead; the council's tally is lower."))
    council = _fig("The council said 31 seals had been found dead on the beach.", "a1", "2025-06-02", "council")
    volunteers = _fig(text, "a2", "2025-06-03", "volunteers")
    assert _pair_label(council, volunteers, "happened") == "conflicting"


def test_a_count_told_as_what_really_was_is_held_against_anothers() -> None:
    """``says it actually collected more than 9,000``, ``had in fact treated 52``: the teller
    tells its count as what really was, against another's reading, so two tellers' counts
    conflict though the floor allows the other's; without such words they agree."""
    assert contrasted(_fig("The campaign says it actually gathered more than 9,000 names and that two boxes were lost."))
    assert contrasted(_fig("Nurses said the clinic had in fact treated 52 patients overnight."))
    assert not contrasted(_fig("The campaign says it gathered more than 9,000 names."))
    early = _fig("The election board said the campaign handed in 8,950 names, too few to register.", "a1",
                 "2025-06-02", "election board")
    held = _fig("The campaign says it actually gathered more than 9,000 names and that two boxes were lost.", "a2",
                "2025-06-03", "campaign")
    plain = _fig("The campaign says it gathered more than 9,000 names.", "a2", "2025-06-03", "campaign")
    assert _pair_label(early, held, "happened") == "conflicting"
    assert _pair_label(early, plain, "happened") == "consistent"


def test_a_count_told_after_disputing_anothers_is_held_against_it() -> None:
    """``disputed the council's count, saying about 480 ...``: the dispute stands before the
    teller's own count, in the clause a verb of saying opens; a count told after disputing
    something else than a count (``disputed the ruling, saying 480 ...``) is not held."""
    assert contrasted(_fig("The tenants' union disputed the council's count, saying about 480 flats were damp."))
    assert contrasted(_fig("The pilots' union rejected the airline's estimate of passengers hit, saying fewer than "
                           "9,000 had been affected."))
    assert not contrasted(_fig("The tenants' union disputed the ruling, saying about 480 flats were damp."))
    early = _fig("The council said about 700 flats on the estate were damp.", "a1", "2025-06-02", "council")
    held = _fig("The tenants' union disputed the council's count, saying about 480 flats were damp.", "a2",
                "2025-06-03", "tenants' union")
    plain = _fig("The tenants' union said about 480 flats were damp.", "a2", "2025-06-03", "tenants' union")
    assert _pair_label(early, held, "any") == "conflicting"
    assert _pair_label(early, plain, "any") == "updated"
