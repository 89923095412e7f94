"""A definite noun of the lead's own word family names the news with the participants of its
own phrase only (issue #10): in "Scootly's chief executive called the ban unlawful" the
caller is the clause's subject, not a party to the ban, so he no longer sets the noun apart
from the ban the lead told; a participant after the noun ("the takeover of Fenwick Mills by
Graydon Group") is its own and still does. Sentences are invented (a council's scooter ban,
a bakery takeover)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.story.events import attach_anaphors, definite_anaphors, own_participants, story_units
from newskit.story.features import Unit
from tests.story.helpers import make

_LEAD = ("The city council of Brenmoor banned e-scooter rentals on Tuesday, the mayor's office said.\n"
         "Operators have two months to remove their fleets.\n")
_BAN = _LEAD + "Scootly chief executive Piet Ruys called the ban unlawful and promised a challenge."
_TAKEOVER = ("Nordwell Foods announced the takeover of Ashby Bakeries on Monday, the company said.\n"
             "The price was not disclosed.\n")


def _words(units: Sequence[Unit]) -> list[str]:
    return [u.ref.text for u in units]


def test_the_clauses_subject_is_no_participant_of_a_definite_noun_of_the_leads_family() -> None:
    a = make("a1", _BAN, "2026-10-14", dates=[("Tuesday", "2026-10-13")], persons=[("Piet Ruys", "Piet Ruys")])
    units = story_units([a])
    words = _words(units)
    ban, banned = words.index("ban"), words.index("banned")
    assert units[ban].who == {"pietruys"}  # the events plugin reads the clause's subject
    assert definite_anaphors(units, {"a1": _BAN}) == {}  # read so, it is another ban
    assert definite_anaphors(units, {"a1": _BAN}, {"a1": a}) == {ban: banned}
    clusters = attach_anaphors([[units[banned]], *([u] for k, u in enumerate(units) if k != banned)],
                               {"a1": _BAN}, {"a1": a})
    joined = next(u for u in clusters[0] if u.ref.text == "ban")
    assert joined.who == frozenset() and joined.persons == frozenset()


def test_a_speaker_before_the_noun_of_a_takeover_is_no_party_to_it() -> None:
    text = _TAKEOVER + "Chief executive Tom Reddy defended the takeover before analysts."
    a = make("a1", text, "2026-10-14", dates=[("Monday", "2026-10-12")], persons=[("Tom Reddy", "Tom Reddy")])
    units = story_units([a])
    later = [k for k, u in enumerate(units) if u.ref.text == "takeover" and u.sentence_index == 2]
    first = next(k for k, u in enumerate(units) if u.ref.text == "takeover" and u.sentence_index == 0)
    assert later and definite_anaphors(units, {"a1": text}) == {}
    assert definite_anaphors(units, {"a1": text}, {"a1": a}) == {later[0]: first}


def test_a_participant_in_the_nouns_own_phrase_still_sets_it_apart() -> None:
    text = _TAKEOVER + "Analysts recalled the takeover of Fenwick Mills by Graydon Group."
    a = make("a1", text, "2026-10-14", dates=[("Monday", "2026-10-12")])
    units = story_units([a])
    later = next(u for u in units if u.ref.text == "takeover" and u.sentence_index == 2)
    assert later.who  # the plugin reads the "of" and "by" phrases
    assert own_participants(later, {"a1": a}) is later  # both are the noun's own
    assert definite_anaphors(units, {"a1": text}, {"a1": a}) == {}


def test_own_participants_keeps_the_unit_without_its_article_or_for_another_instance() -> None:
    a = make("a1", _BAN, "2026-10-14", dates=[("Tuesday", "2026-10-13")], persons=[("Piet Ruys", "Piet Ruys")])
    ban = next(u for u in story_units([a]) if u.ref.text == "ban")
    assert own_participants(ban, None) is ban
    assert own_participants(ban, {"b1": a}) is ban
    assert own_participants(ban, {"a1": a}).who == frozenset()
    text = _LEAD + "Scootly chief executive Piet Ruys recalled the previous ban in his speech."
    b = make("a1", text, "2026-10-14", dates=[("Tuesday", "2026-10-13")], persons=[("Piet Ruys", "Piet Ruys")])
    earlier = next(u for u in story_units([b]) if u.ref.text == "ban")
    assert own_participants(earlier, {"a1": b}) is earlier  # "the previous ban": another one


_NAMES = st.sampled_from(["Piet Ruys", "Anna Kessler", "Marco Dini", "Sara Lund"])
_VERBS = st.sampled_from(["called the ban unlawful", "criticised the ban sharply", "said the ban was rushed"])


@settings(max_examples=15, deadline=None)
@given(_NAMES, _VERBS)
def test_property_a_named_speaker_before_the_noun_never_keeps_it_apart(name: str, rest: str) -> None:
    text = _LEAD + f"Scootly chief executive {name} {rest}."
    a = make("a1", text, "2026-10-14", dates=[("Tuesday", "2026-10-13")], persons=[(name, name)])
    units = story_units([a])
    words = _words(units)
    assert definite_anaphors(units, {"a1": text}, {"a1": a}).get(words.index("ban")) == words.index("banned")
