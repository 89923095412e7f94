"""The vocabulary hooks the quotes plugin owns (added to the host's plugin manager by
its ``newskit_add_hookspecs``). The plugin ships its own word lists through them, read
from its ``data/`` files; any plugin may add entries (see :mod:`newskit.vocabulary`)."""

from __future__ import annotations

from newskit import Register, hookspec
from newskit.vocabulary import Organisation, SpeechCue, vocabulary_hook


@hookspec
@vocabulary_hook(SpeechCue)
def newskit_register_speech_cues(register: Register[SpeechCue]) -> None:
    """Register :class:`~newskit.vocabulary.SpeechCue` entries: reporting words with their cue class and stance (read by the quotes and claims plugins).

    .. versionadded:: 0.2
    """


@hookspec
@vocabulary_hook(Organisation)
def newskit_register_organisations(register: Register[Organisation]) -> None:
    """Register :class:`~newskit.vocabulary.Organisation` entries: countries, seats of government and the head nouns of organisations and outlets that name a source.

    .. versionadded:: 0.2
    """
