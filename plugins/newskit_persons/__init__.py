"""newskit's bundled ``persons`` plugin: named mentions of people, with titles, bylines and
within-article coreference (``Putin`` -> ``Vladimir Putin``).

Rule-based and dependency-free: word lists in ``data/`` (see ``data/README.md``), loaded on
first use. Modules: :mod:`.tokens` (words with offsets), :mod:`.lexicon` (word lists),
:mod:`.detect` (candidate names, composed from :mod:`.runs`, :mod:`.edges`,
:mod:`.evidence`, :mod:`.named_things` and the others: see ``docs/plugins/persons.md``),
:mod:`.titles` (roles), :mod:`.coref` (entities).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Extractor, Mention, PersonMention, PluginManager, Register, hookimpl
from newskit.vocabulary import Title
from newskit_persons import hookspecs

__all__ = ["PersonsExtractor", "extract_persons"]


def extract_persons(text: str) -> list[PersonMention]:
    """Person mentions in ``text``, in text order (see :class:`PersonsExtractor`)."""
    from newskit_persons.coref import resolve
    from newskit_persons.detect import detect

    if not text:
        return []
    out: list[PersonMention] = []
    for r in resolve(detect(text)):
        c = r.candidate
        out.append(
            PersonMention(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                source="persons",
                entity=r.entity,
                entity_id=r.entity_id,
                title=c.title,
                affiliation=c.affiliation,
                author=c.author,
            )
        )
    return out


class PersonsExtractor:
    """Finds named mentions of people (kind ``person``)."""

    name = "persons"
    provides = frozenset({"person"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        try:
            return tuple(extract_persons(article.text))
        except RecursionError:  # pragma: no cover - defensive: never raise on input text
            return ()


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(PersonsExtractor())


@hookimpl
def newskit_add_hookspecs(pluginmanager: PluginManager) -> None:
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def newskit_register_titles(register: Register[Title]) -> None:
    from newskit_persons.lexicon import bundled_titles

    for t in bundled_titles():
        register(t)
