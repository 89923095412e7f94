"""newskit's bundled ``dates`` plugin: temporal expressions as TimeML TIMEX3 mentions.

Modules: :mod:`.grammar` (detection patterns), :mod:`.normalize` (TIMEX3 values: a table of
handlers, one module a kind of time, see ``docs/plugins/dates.md``),
:mod:`.resolve` (calendar arithmetic and anchoring), :mod:`.tense` (local tense cues),
:mod:`.joins` (durations of several units joined), :mod:`.extractor` (the extractor),
vocabularies in ``data/lexicon.json``.
"""

from __future__ import annotations

from newskit import Extractor, PluginManager, Register, hookimpl
from newskit.vocabulary import NamedDate
from newskit_dates import hookspecs
from newskit_dates.extractor import DatesExtractor, find_dates
from newskit_dates.lexicon import bundled_named_dates

__all__ = ["DatesExtractor", "find_dates", "hookspecs", "newskit_register_extractors"]


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(DatesExtractor())


@hookimpl
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def newskit_register_named_dates(register: Register[NamedDate]) -> None:
    for d in bundled_named_dates():
        register(d)
