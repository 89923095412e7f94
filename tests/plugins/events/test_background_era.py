"""A past event named in a news article stays apart from the news (in-article coreference)."""

from __future__ import annotations

from tests.plugins.events.helpers import linked_events as _events

from newskit import Event


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
