"""A past event named in a news article stays apart from the news (in-article coreference)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.plugins.events.helpers import linked_events as _events

from newskit import Article, DateMention, Event
from newskit_events import EventsLinker
from newskit_events.dating import date_line_day


def _with(evs: list[Event], word: str, start: int) -> Event:
    return next(e for e in evs if any(m.text == word and m.start == start for m in e.mentions))


def test_a_dated_past_quake_is_not_the_undated_news_quake() -> None:
    text = ("Taiwan's strongest earthquake in 25 years killed nine people on Wednesday.\n"
            "The U.S. Geological Survey put the quake's magnitude at 7.4.\n"
            "In 1999, a magnitude 7.6 quake killed about 2,400 people in central Taiwan.")
    evs = _events(text, ("Wednesday", "2024-04-03"), ("1999", "1999"))
    news = _with(evs, "earthquake", text.index("earthquake"))
    past = _with(evs, "quake", text.rindex("quake"))
    assert news is not past and news.when is None and past.when == "1999"


def test_a_past_event_named_later_is_not_joined_by_the_news_event() -> None:
    text = ("The earthquake, which the weather agency measured at magnitude 7.2, has killed 10 people.\n"
            "The 1999 Chi-Chi earthquake killed 2,415 people.")
    evs = _events(text, ("1999", "1999"), published="2024-04-04")
    first = _with(evs, "earthquake", 4)
    assert first.when is None and len(first.mentions) == 1


def test_a_verb_shares_the_past_date_of_its_subject_but_not_across_a_comma() -> None:
    text = "In 1999, a magnitude 7.6 quake killed about 2,400 people.\nFour people were killed on Wednesday."
    evs = _events(text, ("1999", "1999"), ("Wednesday", "2024-04-03"))
    old = _with(evs, "killed", text.index("killed"))
    assert old.when == "1999" and _with(evs, "killed", text.rindex("killed")).when == "2024-04-03"
    text = "In March 2023, the court issued a warrant over alleged war crimes, and troops attacked the city."
    evs = _events(text, ("March 2023", "2023-03"))
    assert _with(evs, "attacked", text.index("attacked")).when is None  # after a comma and "and"


def test_recent_dates_are_not_background() -> None:
    text = "Last month, a storm hit the coast. The storm killed three people."
    evs = _events(text, ("Last month", "2024-03"))
    storm = _with(evs, "storm", text.index("storm"))
    assert storm is _with(evs, "storm", text.rindex("storm")) and storm.when == "2024-03"


def test_the_day_a_statement_was_made_dates_no_event() -> None:
    text = ("Elena Vargas won the runoff with 51.4% of the vote, the electoral council said on Monday, "
            "a margin of about 180,000 votes.")
    evs = _events(text, ("Monday", "2026-03-09"), published="2026-03-09")
    assert all(e.when is None for e in evs), [(e.trigger, e.when) for e in evs]
    text = "Police said late on Friday that a gunman killed three people."
    assert all(e.when is None for e in _events(text, ("Friday", "2024-03-29")))


def _undated(text: str, *dates: tuple[str, str]) -> list[Event]:
    """The events of an article given no publication day (as a scraped page comes)."""
    ms = []
    for surface, value in dates:
        s = text.index(surface)
        ms.append(DateMention(start=s, end=s + len(surface), text=surface, value=value))
    art = Article.from_dict({"id": "a", "text": text})
    return [e for e in EventsLinker().link(art, ms, ()) if isinstance(e, Event)]


_FERRY = ("Ferry sinks off Port Alder\n"
          "Updated : March 4 , 2025 , 9 : 15 AM ET\n"
          "A passenger ferry sank off the coast of Port Alder , the coast guard said .\n"
          "Rescuers pulled 31 people from the water .\n"
          "In 2019 , a ferry sank in the same strait with 40 people aboard .\n")


def test_an_undated_page_is_read_against_its_date_line() -> None:
    evs = _undated(_FERRY, ("March 4", "XXXX-03-04"), ("2025", "2025"), ("2019", "2019"))
    news = _with(evs, "sank", _FERRY.index("sank"))
    past = _with(evs, "sank", _FERRY.rindex("sank"))
    assert news is not past and news.when is None and past.when == "2019"


def test_the_date_lines_year_is_read_when_no_mention_gives_it() -> None:
    dates = [DateMention(start=_FERRY.index("March 4"), end=_FERRY.index("March 4") + 7, text="March 4",
                         value="XXXX-03-04")]
    assert date_line_day(_FERRY, dates) == date(2025, 1, 1)
    full = [DateMention(start=_FERRY.index("March"), end=_FERRY.index("2025") + 4, text="March 4 , 2025",
                        value="2025-03-04")]
    assert date_line_day(_FERRY, full) == date(2025, 3, 4)


def test_a_date_line_below_the_pages_top_dates_no_page() -> None:
    text = ("Ferry sinks off Port Alder\n"
            "A passenger ferry sank off the coast of Port Alder on Monday , the coast guard said .\n"
            "Rescuers pulled 31 people from the water .\n"
            "The ferry's owner said it had passed an inspection .\n"
            "Related : Storm closes harbor\n"
            "March 1 , 2019\n")
    assert date_line_day(text, []) is None
    assert date_line_day("Ferry sinks\nA ferry sank off the coast on Monday .\n", []) is None


_BOUT = ("Champion keeps title\n"
         "Daniel Okafor stopped Erik Lindqvist in the ninth round to keep his title .\n"
         "The champion dropped the Swede twice before the referee waved it off .\n"
         "In 2019 , Daniel Okafor stopped Erik Lindqvist in the fourth round .\n")


def test_with_no_day_to_read_against_a_time_told_by_its_year_is_background() -> None:
    evs = _undated(_BOUT, ("2019", "2019"))
    news = _with(evs, "stopped", _BOUT.index("stopped"))
    past = _with(evs, "stopped", _BOUT.rindex("stopped"))
    assert news is not past and news.when is None and past.when == "2019"


def test_a_year_ending_a_full_date_or_modifying_a_noun_is_no_named_year() -> None:
    text = ("Striker arrested after crash\n"
            "The striker was arrested early Sunday , February 1 , 2026 , after his 2025 Audi hit a wall .\n"
            "He was arrested on suspicion of drunk driving , police said .\n")
    evs = _undated(text, ("2026", "2026"), ("2025", "2025"))
    first = _with(evs, "arrested", text.index("arrested"))
    assert first is _with(evs, "arrested", text.rindex("arrested"))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@settings(max_examples=60, deadline=None)
@given(st.integers(1950, 2049), st.sampled_from(_MONTHS), st.integers(1, 28), st.integers(0, 2),
       st.sampled_from(("", "Updated : ", "Published ")))
def test_a_date_line_at_the_top_gives_its_year_and_one_lower_down_none(
        year: int, month: str, day: int, above: int, label: str) -> None:
    lines = ["Ferry sinks off Port Alder", "By Jane Doe", "Staff Writer"][:above + 1]
    line = f"{label}{month} {day} , {year}"
    body = "A passenger ferry sank off the coast on Monday , the coast guard said .\n" * 4
    top = "\n".join([*lines, line, body])
    assert date_line_day(top, []) == date(year, 1, 1)
    low = "\n".join([lines[0], body, line, body])
    assert date_line_day(low, []) is None
