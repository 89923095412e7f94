"""A definite noun of the lead's own word family names the news, dated by its own phrase only
(issue #10): "The ban takes effect in March 2027" dates the taking effect, not the ban, so
the clause's later time no longer sets the noun apart from the ban the lead told. Sentences
are invented (a council's ban on scooter rentals, a tariff cut, a mine's closure)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.events import attach_anaphors, definite_anaphors, own_dated, story_units
from newskit.story.features import Unit
from tests.story.helpers import make

_BAN = ("The city council of Brenmoor banned e-scooter rentals on Tuesday, the mayor's office said.\n"
        "Operators have two months to remove their fleets.\n"
        "The ban takes effect in March 2027, and fines of up to 500 euros will follow.")
_DATES = [("Tuesday", "2026-10-13"), ("March 2027", "2027-03")]


def _words(units: Sequence[Unit]) -> list[str]:
    return [u.ref.text for u in units]


def test_a_noun_of_the_leads_family_dated_later_in_its_clause_is_the_leads_act() -> None:
    a = make("a1", _BAN, "2026-10-14", dates=_DATES)
    units = story_units([a])
    words = _words(units)
    ban, banned = words.index("ban"), words.index("banned")
    assert units[ban].source.when == "2027-03"  # the events plugin dates it by its clause
    assert definite_anaphors(units, {"a1": _BAN}) == {}  # read by that time, it is another ban
    assert definite_anaphors(units, {"a1": _BAN}, {"a1": a}) == {ban: banned}
    # it joins the central event undated: the clause's time never moves the news's day
    clusters = attach_anaphors([[units[banned]], *([u] for k, u in enumerate(units) if k != banned)],
                               {"a1": _BAN}, {"a1": a})
    joined = next(u for u in clusters[0] if u.ref.text == "ban")
    assert joined.source.when is None
    assert [u.source.when for u in clusters[0] if u.ref.text == "banned"] == ["2026-10-13"]


def test_a_time_in_the_nouns_own_phrase_still_sets_it_apart() -> None:
    text = ("The city council of Brenmoor banned e-scooter rentals on Tuesday, the mayor's office said.\n"
            "Operators have two months to remove their fleets.\n"
            "The ban of June 2019 on motorbikes in the old town was lifted after a year.")
    a = make("a1", text, "2026-10-14", dates=[("Tuesday", "2026-10-13"), ("June 2019", "2019-06")])
    units = story_units([a])
    words = _words(units)
    assert words.index("ban") not in definite_anaphors(units, {"a1": text}, {"a1": a})  # an earlier ban


def test_a_time_set_off_after_the_noun_or_another_instance_keeps_it_apart() -> None:
    for third, year in (("The ban, which ended in 2019, was lifted by a court.", "2019"),
                        ("The previous ban, in 2019, was lifted by a court.", "2019")):
        text = ("The city council of Brenmoor banned e-scooter rentals on Tuesday, the mayor's office said.\n"
                "Operators have two months to remove their fleets.\n" + third)
        a = make("a1", text, "2026-10-14", dates=[("Tuesday", "2026-10-13"), (year, year)])
        units = story_units([a])
        assert _words(units).index("ban") not in definite_anaphors(units, {"a1": text}, {"a1": a}), third


def test_a_time_the_clause_predicates_a_last_visit_or_a_possessive_keep_the_clause_time() -> None:
    lead = ("The Latvian president arrived in Vilnius on Monday for a two-day visit, officials said.\n"
            "He met the Lithuanian prime minister.\n")
    for third in ("The visit to Kaunas was in May 2009, under another government.",
                  "The last visit lasted a day, in May 2009.",
                  "Her visit dates back to May 2009."):
        text = lead + third
        a = make("a1", text, "2026-04-14", dates=[("Monday", "2026-04-13"), ("May 2009", "2009-05")])
        units = story_units([a])
        later = [k for k, u in enumerate(units) if u.ref.text == "visit" and u.sentence_index == 2]
        found = definite_anaphors(units, {"a1": text}, {"a1": a})
        assert later and not any(k in found for k in later), third


def test_own_dated_keeps_the_unit_without_its_articles_analysis() -> None:
    a = make("a1", _BAN, "2026-10-14", dates=_DATES)
    units = story_units([a])
    ban = units[_words(units).index("ban")]
    assert own_dated(ban, None) is ban
    assert own_dated(ban, {"b1": a}) is ban
    assert own_dated(ban, {"a1": a}).source.when is None


_FILLER = st.lists(st.sampled_from(["quietly", "formally", "finally", "fully", "only", "then"]), min_size=1,
                   max_size=3).map(" ".join)


@settings(max_examples=15, deadline=None)
@given(_FILLER)
def test_property_a_clause_time_past_the_nouns_phrase_never_keeps_it_apart(filler: str) -> None:
    text = ("Regulators ordered the closure of the Dunmore copper mine on Friday, the agency said.\n"
            "About 400 workers are affected.\n"
            f"The closure {filler} takes effect in January 2028, when the last shift ends.")
    a = make("a1", text, "2026-06-06", dates=[("Friday", "2026-06-05"), ("January 2028", "2028-01")])
    units = story_units([a])
    words = _words(units)
    later = [k for k, w in enumerate(words) if w == "closure" and units[k].sentence_index == 2]
    found = definite_anaphors(units, {"a1": text}, {"a1": a})
    assert later and all(found.get(k) == words.index("closure") for k in later)
