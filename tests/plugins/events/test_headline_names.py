"""A headline written in title case: its capitals mark no names, so a run guessed as a
name that holds a trigger is words of a clause - the trigger an event mention, the run no
participant. Sentences written for these tests (an industrial accident, a port strike, a
product launch)."""

from __future__ import annotations

from tests.plugins.events.helpers import linked_events

from newskit.textlayer import in_title_case_line, title_case

_PLANT = ("Chemical Plant Explosion Injures Four Workers Near Dayton\n"
          "Four workers were hurt on Tuesday when a tank exploded at the Harlan Chemicals plant "
          "near Dayton, officials said.")


def test_a_title_case_headline_noun_is_an_event_mention() -> None:
    events = linked_events(_PLANT)
    blast = [e for e in events if any(m.text == "Explosion" for m in e.mentions)]
    assert blast and blast[0].type == "disaster"
    assert not any("Explosion" in w or "Injures" in w for e in events for w in e.who)


def test_a_name_in_a_sentence_keeps_its_words() -> None:
    text = ("Workers at the Harlan Explosion Protection Company were sent home on Tuesday "
            "after the firm's sale was announced in Dayton.")
    assert not any(m.text == "Explosion" for e in linked_events(text) for m in e.mentions)


def test_title_case_lines() -> None:
    assert title_case("Dockworkers Strike Halts Port Traffic in Antwerp".split())
    assert not title_case("Dockworkers walked out on Monday over pay".split())
    head = "Telvana Unveils Folding Phone at Berlin Show\nThe company showed the phone on Friday."
    assert in_title_case_line(head, head.index("Folding"))
    assert not in_title_case_line(head, head.index("phone on"))
    assert not in_title_case_line("Telvana Unveils Folding Phone " * 20, 300)  # a paragraph
