"""newskit's bundled `persons` plugin (skeleton: the extractor is being written)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Extractor, Mention, Register, hookimpl


class PersonsExtractor:
    name = "persons"
    provides = frozenset({"person"})
    requires: frozenset[str] = frozenset()

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        return ()


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(PersonsExtractor())
