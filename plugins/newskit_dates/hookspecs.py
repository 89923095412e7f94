"""The vocabulary hooks the dates plugin owns (added to the host's plugin manager by
its ``newskit_add_hookspecs``). The plugin ships its own word lists through them, read
from its ``data/`` files; any plugin may add entries (see :mod:`newskit.vocabulary`)."""

from __future__ import annotations

from newskit import Register, hookspec
from newskit.vocabulary import NamedDate, vocabulary_hook


@hookspec
@vocabulary_hook(NamedDate)
def newskit_register_named_dates(register: Register[NamedDate]) -> None:
    """Register :class:`~newskit.vocabulary.NamedDate` entries: fixed dates known by their name ("bastille day" -> 07-14).

    .. versionadded:: 0.2
    """
