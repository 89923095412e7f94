"""newskit's bundled `quotes` plugin (skeleton: the extractor is being written)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newskit import Article, Extractor, Mention, Register, hookimpl


class QuotesExtractor:
    name = "quotes"
    provides = frozenset({"quote"})
    requires = frozenset({"person"})

    def extract(self, article: Article, mentions: Sequence[Mention]) -> Iterable[Mention]:
        return ()


@hookimpl
def newskit_register_extractors(register: Register[Extractor]) -> None:
    register(QuotesExtractor())
