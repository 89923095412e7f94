"""A wire dateline names where and when the copy was filed ("HALIFAX, Nova Scotia, March 3
(Reuters) - "): its date is no event's time, even when the lead's first trigger stands
within reach of it. The lead's own time still dates the event. Sentences written for
these tests (other kinds of news than the story sets)."""

from __future__ import annotations

import pytest
from tests.plugins.events.helpers import mention_dates as _dated

from newskit.textlayer import dateline_end


@pytest.mark.parametrize(("text", "word"), [
    ("HALIFAX, Nova Scotia, May 7 (Reuters) - A fishing trawler sank off the coast, the coast guard said.",
     "sank"),
    ("GENEVA, May 7 (AP) - The collapsed talks left both sides without a deal.", "collapsed"),
])
def test_a_dateline_date_dates_no_event(text: str, word: str) -> None:
    assert _dated(text, "May 7", "2025-05-07").get(word, "missing") is None


def test_the_leads_own_time_still_dates_it() -> None:
    text = ("HALIFAX, Nova Scotia, May 7 (Reuters) - A trawler that sank off the coast on Monday night "
            "was found by divers, the coast guard said.")
    assert _dated(text, "Monday night", "2025-05-05TNI").get("sank") == "2025-05-05"


@pytest.mark.parametrize(("text", "body"), [
    ("BERLIN (Reuters) - Prices rose.", "Prices rose."),
    ("WASHINGTON, June 3 (AP) \u2014 The vote passed.", "The vote passed."),
    ("SEOUL, South Korea - A ferry sank.", "A ferry sank."),
    ("A ferry sank off Busan - the third this year.", "A ferry sank off Busan - the third this year."),
])
def test_dateline_end(text: str, body: str) -> None:
    assert text[dateline_end(text, 0, len(text)):] == body
