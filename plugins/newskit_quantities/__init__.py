"""newskit's bundled ``quantities`` plugin: amounts stated in English news text.

Finds numbers written in digits ("11,000", "1.5", "$2bn") or words ("twenty-one",
"a dozen", "two-thirds"), with their approximation ("over", "about", "dozens"), ranges
("7,000-9,000", "between 5 and 10"), units and currencies (normalised: ``USD``,
``percent``, ``km``) and the counted noun ("containers of munitions"). Dates, years,
times, durations, identifiers ("G7", "F-16") and scores are left out.

Modules: :mod:`.numbers` (number expressions), :mod:`.units` (units, currencies, nouns),
:mod:`.lexicon` (the grammar's patterns and word tables), :mod:`.atoms` (the numbers of a
text), :mod:`.grammar` (what grows around each number, and the filters); vocabulary in
``data/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Extractor, Mention, PluginManager, QuantityMention, Register, hookimpl
from newskit.vocabulary import ScaleWord, Unit

from . import hookspecs
from .grammar import Found, find_quantities
from .vocab import bundled_scale_words, bundled_units

__all__ = ["QuantitiesExtractor", "find_quantities", "hookspecs", "newskit_register_extractors"]


class QuantitiesExtractor:
    """The ``quantity`` extractor.

    Args:
        ordinals: also report ordinals ("fifth", "21st") as mentions with
            ``ordinal=True`` and the ordinal number as value (off by default).
    """

    name = "quantities"
    provides = frozenset({"quantity"})
    requires: frozenset[str] = frozenset()

    def __init__(self, *, ordinals: bool = False) -> None:
        self.ordinals = ordinals

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        text = article.text
        if not text:
            return ()
        return tuple(self._mention(text, f) for f in find_quantities(text, ordinals=self.ordinals))

    def _mention(self, text: str, f: Found) -> QuantityMention:
        return QuantityMention(
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            source=self.name,
            value=f.value,
            high=f.high,
            approx=f.approx,
            unit=f.unit,
            of=f.of,
            ordinal=f.ordinal,
        )


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(QuantitiesExtractor())


@hookimpl
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def newskit_register_units(register: Register[Unit]) -> None:
    for unit in bundled_units():
        register(unit)


@hookimpl
def newskit_register_scale_words(register: Register[ScaleWord]) -> None:
    for word in bundled_scale_words():
        register(word)
