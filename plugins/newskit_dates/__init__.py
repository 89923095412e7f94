"""newskit's bundled ``dates`` plugin: temporal expressions as TimeML TIMEX3 mentions.

Modules: :mod:`.grammar` (detection patterns), :mod:`.normalize` (TIMEX3 values),
:mod:`.resolve` (calendar arithmetic and anchoring), :mod:`.tense` (local tense cues),
:mod:`.extractor` (the extractor), vocabularies in ``data/lexicon.json``.
"""

from __future__ import annotations

from newskit import Extractor, Register, hookimpl
from newskit_dates.extractor import DatesExtractor, find_dates

__all__ = ["DatesExtractor", "find_dates", "newskit_register_extractors"]


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(DatesExtractor())
