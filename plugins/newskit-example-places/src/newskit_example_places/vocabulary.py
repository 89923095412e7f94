"""Words this example adds to the bundled plugins, through their vocabulary hooks.

A regional desk's needs, none of them in newskit's own lists: a unit of gold ("tolas"),
a Malaysian honorific ("Datuk"), a reporting verb ("harrumphed", which asserts), an event
("knighted", an award), a seat of government ("Holyrood" speaks for Scotland) and a named
date ("Juneteenth", 19 June). Each is data with a declared meaning; the bundled plugins
validate and merge it with their own lists when the pipeline is built.
"""

from __future__ import annotations

from newskit.vocabulary import EventTrigger, NamedDate, Organisation, SpeechCue, Title, Unit

__all__ = ["NAMED_DATES", "ORGANISATIONS", "SPEECH_CUES", "TITLES", "TRIGGERS", "UNITS"]

UNITS = (Unit(surface="tolas", unit="tola", form="word"), Unit(surface="tola", unit="tola", form="word"))
TITLES = (Title(word="datuk", kind="honorific"), Title(word="datin", kind="honorific"))
SPEECH_CUES = (SpeechCue(word="harrumph", cue_class="speech", stance="asserts"),)
TRIGGERS = (EventTrigger(lemma="knight", event_class="award"),)
ORGANISATIONS = (Organisation(name="Holyrood", kind="seat", canonical="Scotland"),)
NAMED_DATES = (NamedDate(name="juneteenth", month_day="06-19"),)
