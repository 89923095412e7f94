"""The vocabulary hooks the persons plugin owns (added to the host's plugin manager by
its ``newskit_add_hookspecs``). The plugin ships its own word lists through them, read
from its ``data/`` files; any plugin may add entries (see :mod:`newskit.vocabulary`)."""

from __future__ import annotations

from newskit import Register, hookspec
from newskit.vocabulary import Title, vocabulary_hook


@hookspec
@vocabulary_hook(Title)
def newskit_register_titles(register: Register[Title]) -> None:
    """Register :class:`~newskit.vocabulary.Title` entries: honorifics, roles and role modifiers written before a person's name.

    .. versionadded:: 0.2
    """
