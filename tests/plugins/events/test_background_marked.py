"""An earlier happening an article recalls stays apart from its news (#10, session 10): one dated
a month or more before publication, or one its own phrase marks as earlier ("a previous
truce"), neither joins the news event nor lends it its date."""

from __future__ import annotations

from tests.plugins.events.helpers import linked_events as _events

from newskit import Event


def _with(evs: list[Event], start: int) -> Event:
    return next(e for e in evs if any(m.start == start for m in e.mentions))


def test_a_happening_dated_months_back_does_not_date_the_news() -> None:
    """The dockers' strike of the news has no date of its own; the one "in February" (three
    months before the article) is another strike, not the news dated in February."""
    text = "The dockers' strike has closed the port of Velsen.\nA strike in February, over bonuses, lasted a week."
    evs = _events(text, ("February", "2026-02"), published="2026-05-06")
    news, past = _with(evs, text.index("strike")), _with(evs, text.rindex("strike"))
    assert news is not past and news.when is None and past.when == "2026-02"


def test_an_event_noun_marked_as_earlier_is_another_event() -> None:
    """"A previous strike", "an earlier outage": an adjective of anteriority in its own phrase
    makes the noun an earlier happening, not a bare mention of the one just told."""
    text = ("Dockers began a strike at the port of Velsen on Tuesday.\n"
            "A previous strike ended in a pay deal.\n"
            "The strike has halted all container traffic.")
    evs = _events(text, ("Tuesday", "2026-05-05"), published="2026-05-06")
    news = _with(evs, text.index("strike"))
    assert _with(evs, text.index("strike", text.index("previous"))) is not news
    assert _with(evs, text.rindex("strike")) is not None


def test_a_recent_happening_is_not_background() -> None:
    """A date two weeks back is within the news: "a strike on April 20" still joins."""
    text = "Dockers went on strike on April 28. The strike has halted all container traffic."
    evs = _events(text, ("April 28", "2026-04-28"), published="2026-05-06")
    assert _with(evs, text.index("strike")) is _with(evs, text.rindex("strike"))
