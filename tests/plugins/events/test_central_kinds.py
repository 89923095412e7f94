"""Kinds of error that split or lose a story's central event in the events plugin:
phrasal verbs and verb forms of event classes, institutions named by an event noun, a
verb and the event noun it governs, and the day an event takes from dates read together
(a weekday with its clock time, a part of a day, a clock after a named day, a possessive
date, a date that belongs to a rising count). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newskit import Article, DateMention, Event
from newskit_events import EventsLinker
from newskit_events.timing import event_dates


def _date(text: str, surface: str, value: str, kind: str = "DATE", n: int = 1) -> DateMention:
    s = -1
    for _ in range(n):
        s = text.index(surface, s + 1)
    return DateMention(start=s, end=s + len(surface), text=surface, value=value, type=kind)


def _events(text: str, *dates: DateMention, published: str = "2025-03-10") -> list[Event]:
    art = Article.from_dict({"id": "a", "text": text, "published": published})
    return [e for e in EventsLinker().link(art, list(dates), ()) if isinstance(e, Event)]


def _kinds(text: str) -> dict[str, str]:
    """Each mention's first word (a phrase trigger holds its phrase: ``went down``) -> its type."""
    return {m.text.split()[0]: e.type for e in _events(text) for m in e.mentions}


def _event_of(events: list[Event], word: str) -> Event:
    return next(e for e in events if any(m.text == word for m in e.mentions))


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The old trawler went down near the harbour mouth with six crew aboard.", "went", "disaster"),
    ("A cargo ship went down off the northern cape in heavy seas.", "went", "disaster"),
    ("The helicopter went down in a wooded valley.", "went", "disaster"),
    ("The senator won last month's election by a wide margin.", "won", "political"),
    ("After winning the referendum, the premier called an early vote.", "winning", "political"),
    ("The mayor lost Tuesday's runoff to a political newcomer.", "lost", "political"),
    ("Her election victory surprised the pollsters.", "victory", "political"),
    ("The data breach exposed the addresses of two million customers.", "breach", "crime"),
    ("Investigators said the breach began with a stolen password.", "breach", "crime"),
    ("The typhoon made landfall before dawn.", "landfall", "disaster"),
    ("The bank will eliminate 900 jobs by March.", "eliminate", "business"),
])
def test_phrasal_verbs_and_verb_forms_of_event_classes(text: str, word: str, kind: str) -> None:
    assert _kinds(text).get(word) == kind


@pytest.mark.parametrize(("text", "word"), [
    ("Share prices went down sharply in March.", "went"),
    ("The mood went down well with the audience.", "went"),
    ("Auditors found a breach of the lending rules.", "breach"),
    ("The state election commission certified the count.", "election"),
    ("The provincial disaster office opened a hotline.", "disaster"),
])
def test_the_same_words_elsewhere_are_no_event(text: str, word: str) -> None:
    assert word not in _kinds(text)


def test_a_sports_win_stays_a_contest() -> None:
    assert _kinds("The visitors won the final on penalties.").get("won") == "contest"


def test_a_verb_and_the_event_noun_it_governs_are_one_event() -> None:
    text = "The governor will leave office in June after losing Sunday's recall vote."
    evs = _events(text, _date(text, "June", "2025-06"), _date(text, "Sunday", "2025-03-09"))
    lost = _event_of(evs, "losing")
    assert {m.text for m in lost.mentions} >= {"losing", "vote"}
    assert lost.when == "2025-03-09"


def test_a_weekday_with_its_clock_time_is_that_day() -> None:
    text = "The barge sank on Saturday at 11:40 p.m., the harbour master said."
    evs = _events(text, _date(text, "Saturday", "2025-03-08"),
                  _date(text, "11:40 p.m.", "2025-03-10T23:40", "TIME"))
    assert _event_of(evs, "sank").when == "2025-03-08T23:40"


def test_a_part_of_a_day_dates_the_event_by_its_day() -> None:
    text = "A dam collapsed late Saturday night in the hills."
    evs = _events(text, _date(text, "Saturday night", "2025-03-08TNI", "TIME"))
    assert _event_of(evs, "collapsed").when == "2025-03-08"


def test_a_bare_clock_time_is_on_the_day_named_before_it() -> None:
    text = ("A ferry sank in a storm late on Friday.\n"
            "The vessel capsized an hour after leaving port at 8:15 p.m., officials said.")
    evs = _events(text, _date(text, "Friday", "2025-03-07"),
                  _date(text, "8:15 p.m.", "2025-03-10T20:15", "TIME"))
    sank = _event_of(evs, "sank")  # one event, not a Friday sinking and a Monday capsizing
    assert {m.text for m in sank.mentions} >= {"sank", "capsized"}
    assert sank.when is not None and sank.when.startswith("2025-03-07")


def test_a_clock_time_is_not_on_a_day_named_as_a_bound() -> None:
    """"since the strike began on March 3" relates a day to the news; the clock time of the
    next sentence is on the publication day, not on the bound's."""
    text = ("Ten flights were cancelled, the most since the strike began on March 3.\n"
            "Controllers walked out again at 6 a.m. in Lyon.")
    evs = _events(text, _date(text, "March 3", "2025-03-03"), _date(text, "6 a.m.", "2025-03-10T06:00", "TIME"))
    assert _event_of(evs, "walked").when == "2025-03-10T06:00"


@pytest.mark.parametrize("opening", ["The ferry left port late on Friday.", "After a delay on Friday, the ferry left."])
def test_a_clock_time_after_a_day_of_the_narrative_is_on_that_day(opening: str) -> None:
    """A day a clause only relates ("After a delay on Friday") is a bound; one it states is
    the narrative's day (the property of the rule, both ways)."""
    text = opening + "\nIt capsized at 8:15 p.m., officials said."
    d = _date(text, "8:15 p.m.", "2025-03-10T20:15", "TIME")
    got = [x.value for x in event_dates(text, [_date(text, "Friday", "2025-03-07"), d])]
    assert got[-1] == ("2025-03-10T20:15" if opening.startswith("After") else "2025-03-07T20:15")


@pytest.mark.parametrize("opening", ["The warehouse fire broke out late on Thursday.",
                                     "The warehouse fire broke out on Thursday night.",
                                     "The warehouse fire broke out at 11 p.m. on Thursday."])
def test_a_clock_in_the_small_hours_after_a_late_day_is_on_the_next_day(opening: str) -> None:
    """The night runs on past midnight: 1:15 a.m. after a late Thursday is Friday's."""
    text = opening + "\nCrews arrived at 1:15 a.m., the brigade said."
    day = "Thursday night" if "night" in opening else ("11 p.m. on Thursday" if "11 p.m." in opening else "Thursday")
    value = {"Thursday night": "2025-03-06TNI", "11 p.m. on Thursday": "2025-03-06T23:00"}.get(day, "2025-03-06")
    got = event_dates(text, [_date(text, day, value, "TIME" if "T" in value else "DATE"),
                             _date(text, "1:15 a.m.", "2025-03-10T01:15", "TIME")])
    assert got[-1].value == "2025-03-07T01:15"


def test_a_clock_after_a_day_named_in_daylight_stays_on_it() -> None:
    text = "The ferry left port on Thursday.\nIt reached the island at 1:15 a.m., the operator said."
    got = event_dates(text, [_date(text, "Thursday", "2025-03-06"), _date(text, "1:15 a.m.", "2025-03-10T01:15", "TIME")])
    assert got[-1].value == "2025-03-06T01:15"


@pytest.mark.parametrize("near", ["shortly before", "just after", "minutes after"])
def test_a_clock_time_near_which_it_happened_dates_it(near: str) -> None:
    """"shortly before 11 p.m." is a point in time, not a bound like "since 2000"."""
    text = f"The roof of the sports hall collapsed {near} 11 p.m. on Thursday, the council said."
    evs = _events(text, _date(text, "11 p.m. on Thursday", "2025-03-06T23:00", "TIME"))
    assert _event_of(evs, "collapsed").when == "2025-03-06T23:00"


def test_a_day_after_before_is_still_a_bound() -> None:
    text = "The roof of the sports hall had been inspected before Thursday, the council said."
    evs = _events(text, _date(text, "Thursday", "2025-03-06"))
    assert all(e.when is None for e in evs)


def test_a_clock_time_that_names_its_day_is_kept() -> None:
    text = "Rescuers arrived at 6 a.m. Monday."
    d = _date(text, "6 a.m. Monday", "2025-03-10T06:00", "TIME")
    assert event_dates(text, [d]) == [d]


def test_a_possessive_date_is_its_noun_s_even_after_by() -> None:
    text = "Clinics were hit hardest by last week's cyberattack, the agency said."
    evs = _events(text, _date(text, "last week", "2025-W10"))
    assert _event_of(evs, "cyberattack").when == "2025-W10"


def test_the_date_of_a_rising_count_is_not_the_disaster_s() -> None:
    text = "The toll from the mine collapse climbed to 14 on Monday."
    evs = _events(text, _date(text, "Monday", "2025-03-10"))
    assert _event_of(evs, "collapse").when is None


def test_without_a_publication_date_relative_times_are_read_as_given() -> None:
    """A weekday's part of day in an undated article was resolved against a guessed day: it
    dates nothing, as before."""
    text = "A dam collapsed late Saturday night in the hills."
    d = _date(text, "Saturday night", "2000-03-04TNI", "TIME")
    assert event_dates(text, [d], published=False) == [d]
    assert event_dates(text, [d])[0].value == "2000-03-04"


@pytest.mark.parametrize("text", [
    "Governor Ana Costa condemned the bombing of the market.",
    "Mayor Tom Hale praised the rescue of the miners.",
])
def test_who_reacts_to_an_event_is_no_party_to_it(text: str) -> None:
    from newskit import PersonMention
    name = " ".join(text.split()[1:3])
    s = text.index(name)
    art = Article.from_dict({"id": "a", "text": text, "published": "2025-03-10"})
    evs = [e for e in EventsLinker().link(art, [PersonMention(start=s, end=s + len(name), text=name, entity=name)], ())
           if isinstance(e, Event)]
    assert evs and all(name not in e.who for e in evs)
