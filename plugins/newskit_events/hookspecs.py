"""The vocabulary hooks the events plugin owns (added to the host's plugin manager by
its ``newskit_add_hookspecs``). The plugin ships its own word lists through them, read
from its ``data/`` files; any plugin may add entries (see :mod:`newskit.vocabulary`)."""

from __future__ import annotations

from newskit import Register, hookspec
from newskit.vocabulary import EventTrigger, vocabulary_hook


@hookspec
@vocabulary_hook(EventTrigger)
def newskit_register_event_triggers(register: Register[EventTrigger]) -> None:
    """Register :class:`~newskit.vocabulary.EventTrigger` entries: lemmas that name an event of a class ("score" -> contest).

    .. versionadded:: 0.2
    """
