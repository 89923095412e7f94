"""The vocabulary hooks the quantities plugin owns (added to the host's plugin manager by
:func:`newskit_quantities.newskit_add_hookspecs`). The plugin ships its own word lists
(``data/units.json``, ``data/numbers.json``) through them; any plugin may add entries."""

from __future__ import annotations

from newskit import Register, hookspec
from newskit.vocabulary import ScaleWord, Unit, vocabulary_hook


@hookspec
@vocabulary_hook(Unit)
def newskit_register_units(register: Register[Unit]) -> None:
    """Register :class:`~newskit.vocabulary.Unit` entries: units and currencies written
    next to a number ("bps" -> ``basis point``, "€" -> ``EUR``).

    .. versionadded:: 0.2
    """


@hookspec
@vocabulary_hook(ScaleWord)
def newskit_register_scale_words(register: Register[ScaleWord]) -> None:
    """Register :class:`~newskit.vocabulary.ScaleWord` entries: words and abbreviations
    that multiply the number before them ("lakh" -> 100,000, "bn" -> 10⁹).

    .. versionadded:: 0.2
    """
